"""Word-level error model: the probability that each token of the French text lies in an error a human
annotator would mark, from what the audit already has (the language layer's tokens, word frequencies,
the Hunspell word list, the rules' findings), and its sums per document (score.features word_*).

The model (mtaudit/data/word_model.json, which bench/train_quality.py fits with bench/train_words.py
on the WMT20 QE en-fr annotators' error spans) is a logistic regression over the token features
below: its standardised weights are applied with numpy, one matrix product per article. Beside it,
gradient-boosted trees (LightGBM, mtaudit/data/word_trees.lgbm) over the same features see their
interactions; the token's log-odds are the blend of the two (`trees.share`). No word identity is a
feature (the training data is product listings: the model cannot learn their vocabulary, only their
style). The findings' weights are >= 0 and the trees are monotone in them: a finding can only raise
the error probability. Without the model file the word_* features are not computed.
"""
from __future__ import annotations

import json
import math
import os
import re
import threading
from collections import OrderedDict
from functools import lru_cache
from pathlib import Path

import numpy as np

from ..lang.frequency import zipf_fr_en as _zipf
from .features import EVIDENCE_WORDS, GROUPS, GROUP_NAMES, LINE_ENDS
from .fluency import TOKEN_FEATURES as FLUENCY, lines_of, token_columns

MODEL_FILE = Path(__file__).resolve().parent.parent / "data" / "word_model.json"

UPOS = ("ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN", "PUNCT",
        "SCONJ", "SYM", "VERB", "X")
DEPS = ("ROOT", "acl", "acl:relcl", "advcl", "advmod", "amod", "appos", "aux:pass", "aux:tense", "case", "cc",
        "ccomp", "conj", "cop", "dep", "det", "expl", "fixed", "flat:foreign", "flat:name", "iobj", "mark",
        "nmod", "nsubj", "nsubj:pass", "nummod", "obj", "obl:agent", "obl:arg", "obl:mod", "parataxis", "punct",
        "xcomp")
_DEP_INDEX = {d: i for i, d in enumerate(DEPS)}
_POS_INDEX = {p: i for i, p in enumerate(UPOS)}
ENTS = ("PER", "LOC", "ORG", "MISC")
_ALNUM = re.compile(r"[^\W_]")  # str.isalnum, character by character
_ENT_INDEX = {e: i for i, e in enumerate(ENTS)}
# words of prior added to a text's length in word_errors_shrunk, as for severe_evidence
PRIOR_WORDS = EVIDENCE_WORDS


@lru_cache(maxsize=4096)
def _gender_number(morph: str) -> tuple[str, str]:
    g = nb = ""
    for part in morph.split("|") if morph else ():
        if part.startswith("Gender="):
            g = part[7:]
        elif part.startswith("Number="):
            nb = part[7:]
    return g, nb


@lru_cache(maxsize=512)
def _dep_index(dep: str) -> int:
    return _DEP_INDEX.get(dep.split(":")[0] if dep.startswith("expl") else dep, -1)


# word-order and determiner cues that a linear model cannot build from the one-hot parts of speech:
# a common noun as subject or object with no determiner, an adjective before the noun it modifies
# (French puts most adjectives after), two nouns side by side as English compounds them, an infinitive that
# is the sentence's main verb after its first word, or hangs on a noun with no "à", "de", "pour" (an English
# finite verb rendered by the dictionary form: "l'utilisateur régler la température")
SYNTAX = ("bare_noun", "adj_before_noun", "adj_before_noun_long", "noun_noun", "bare_infinitive")
_CORE = frozenset({"nsubj", "nsubj:pass", "obj", "obl:arg", "obl:mod", "obl:agent", "iobj"})
_DETS = frozenset({"det", "nummod", "nmod:poss"})


def feature_names() -> list[str]:
    """The token features, in the order of the matrix columns."""
    names = ["zipf_fr", "zipf_en", "en_over_fr", "fr_unknown", "hunspell", "hunspell_case", "alpha", "digit",
             "upper", "title", "mid_capital", "log_chars", "apostrophe", "hyphen",
             "gender_clash", "number_clash", "head_far", "entity",
             "line_pos", "line_first", "line_last", "line_log_tokens", "line_unended", "line_unknown",
             "line_english", "line_findings",
             "prev_zipf_fr", "next_zipf_fr", "prev_hunspell", "next_hunspell", "prev_found", "next_found",
             "found", "found_major", "found_conf"]
    names += [f"found_{g}" for g in GROUP_NAMES]
    names += [f"pos_{p}" for p in UPOS] + [f"prev_pos_{p}" for p in UPOS] + [f"next_pos_{p}" for p in UPOS]
    names += [f"dep_{d}" for d in DEPS] + [f"ent_{e}" for e in ENTS]
    names += list(FLUENCY)
    names += list(SYNTAX)
    return names


def _known_words():
    from ..lang import hunspell

    return hunspell.entries(), hunspell.lower_entries()


def token_matrix(text: str, tokens, findings, line_of: np.ndarray | None = None) -> np.ndarray:
    """(tokens x feature_names()) float32 matrix. tokens: the language layer's tokens (detect.nlp.Token:
    start, end, text, pos, morph, dep, head, ent); findings: dicts or Finding objects (start, end,
    severity, category, confidence); line_of: lines_of(text, tokens) when the caller has it."""
    n = len(tokens)
    names = feature_names()
    X = np.zeros((n, len(names)), dtype=np.float32)
    if n == 0:
        return X
    col = {k: i for i, k in enumerate(names)}
    exact, lower = _known_words()
    have_dict = bool(exact)
    starts = np.fromiter((t.start for t in tokens), dtype=np.int64, count=n)
    ends = np.fromiter((t.end for t in tokens), dtype=np.int64, count=n)
    # lines: the segments of the text (one per line)
    line_of = lines_of(text, tokens) if line_of is None else line_of
    # one light pass over the tokens (cached frequency look-ups, set membership), values gathered in lists
    rows, pos_l, dep_l, ent_l, gender, number, head_l, deps, inf_l = [], [], [], [], [], [], [], [], []
    for k, t in enumerate(tokens):
        w = t.text
        low = w.lower().replace("’", "'")
        fr, en = _zipf(low)
        alpha = w.isalpha() or ("'" in low or "-" in low) and any(map(str.isalpha, w))
        rows.append((fr / 8.0, en / 8.0, max(-1.0, min(1.0, (en - fr) / 4.0)), alpha and fr == 0.0,
                     have_dict and low in lower, have_dict and (w in exact or low in exact), alpha,
                     any(map(str.isdigit, w)), len(w) > 1 and w.isupper(), w[:1].isupper(),
                     math.log1p(len(w)), "'" in low, "-" in w))
        pos_l.append(_POS_INDEX.get(t.pos, -1))
        dep_l.append(_dep_index(t.dep))
        ent_l.append(_ENT_INDEX.get(t.ent, -1))
        g, nb = _gender_number(t.morph)
        gender.append(g)
        number.append(nb)
        head_l.append(t.head if 0 <= t.head < n else k)
        deps.append(t.dep)
        inf_l.append("VerbForm=Inf" in t.morph)
    X[:, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 13]] = np.asarray(rows, dtype=np.float32)
    pos_ix = np.asarray(pos_l, dtype=np.int64)
    dep_ix = np.asarray(dep_l, dtype=np.int64)
    ent_ix = np.asarray(ent_l, dtype=np.int64)
    heads = np.asarray(head_l, dtype=np.int64)
    rows_ix = np.arange(n)
    ok = dep_ix >= 0
    X[rows_ix[ok], col["dep_ROOT"] + dep_ix[ok]] = 1.0
    ok = ent_ix >= 0
    X[rows_ix[ok], col["ent_PER"] + ent_ix[ok]] = 1.0
    X[:, 17] = ok
    idx = np.arange(n)
    # agreement with the head, where both carry the feature
    g = np.array(gender, dtype=object)
    nb = np.array(number, dtype=object)
    gh, nh = g[heads], nb[heads]
    X[:, 14] = ((g != "") & (gh != "") & (g != gh) & (heads != idx)).astype(np.float32)
    X[:, 15] = ((nb != "") & (nh != "") & (nb != nh) & (heads != idx)).astype(np.float32)
    X[:, 16] = np.log1p(np.abs(heads - idx)) / 3.0
    # parts of speech of the token and its neighbours in the line
    has = pos_ix >= 0
    X[idx[has], col["pos_ADJ"] + pos_ix[has]] = 1.0
    same_prev = np.zeros(n, dtype=bool)  # the previous token is on the same line
    same_prev[1:] = line_of[1:] == line_of[:-1]
    same_next = np.zeros(n, dtype=bool)
    same_next[:-1] = same_prev[1:]
    pp = np.r_[-1, pos_ix[:-1]]
    ok = same_prev & (pp >= 0)
    X[idx[ok], col["prev_pos_ADJ"] + pp[ok]] = 1.0
    npx = np.r_[pos_ix[1:], -1]
    ok = same_next & (npx >= 0)
    X[idx[ok], col["next_pos_ADJ"] + npx[ok]] = 1.0
    # a capital inside a line, not after a sentence end
    prev_end = np.ones(n, dtype=bool)  # the first token, or one after a sentence end
    prev_end[1:] = [tokens[k - 1].text[-1:] in ".!?:;«»\"(" for k in range(1, n)]
    X[:, 10] = X[:, 9] * (same_prev & ~prev_end)
    # position in the line and the line's own features
    n_lines = int(line_of.max()) + 1
    counts = np.bincount(line_of, minlength=n_lines).astype(np.float32)
    order_in_line = idx - np.searchsorted(line_of, line_of, side="left")
    X[:, 18] = order_in_line / np.maximum(counts[line_of] - 1, 1)
    X[:, 19] = ~same_prev
    X[:, 20] = ~same_next
    X[:, 21] = np.log1p(counts[line_of]) / 4.0
    unended = np.array([1.0 if (ln.rstrip()[-1:] not in LINE_ENDS) else 0.0 for ln in text.split("\n")],
                       dtype=np.float32)
    X[:, 22] = unended[line_of]
    alpha_n = np.maximum(np.bincount(line_of, weights=X[:, 6], minlength=n_lines), 1)
    X[:, 23] = (np.bincount(line_of, weights=X[:, 3], minlength=n_lines) / alpha_n)[line_of]
    english = ((X[:, 1] >= 3.0 / 8) & (X[:, 2] > 0.25)).astype(np.float32)
    X[:, 24] = (np.bincount(line_of, weights=english, minlength=n_lines) / alpha_n)[line_of]
    # the rules' findings over the token
    found = np.zeros(n, dtype=np.float32)
    major = np.zeros(n, dtype=np.float32)
    conf = np.zeros(n, dtype=np.float32)
    groups = np.zeros((n, len(GROUP_NAMES)), dtype=np.float32)
    for f in findings:
        get = f.get if isinstance(f, dict) else (lambda k, f=f: getattr(f, k))
        a, b = int(get("start")), int(get("end"))
        lo = int(np.searchsorted(ends, a, side="right"))  # first token ending after a
        hi = int(np.searchsorted(starts, max(b, a + 1), side="left"))  # tokens starting before b
        if hi <= lo:
            continue
        found[lo:hi] = 1.0
        c = float(get("confidence") or 0.0)
        conf[lo:hi] = np.maximum(conf[lo:hi], c)
        if get("severity") in ("major", "critical"):
            major[lo:hi] = 1.0
        grp = GROUPS.get(get("category"))
        if grp:
            groups[lo:hi, GROUP_NAMES.index(grp)] = 1.0
    X[:, col["found"]] = found
    X[:, col["found_major"]] = major
    X[:, col["found_conf"]] = conf
    X[:, col["found_untranslated"]:col["found_untranslated"] + len(GROUP_NAMES)] = groups
    X[:, 25] = (np.bincount(line_of, weights=found, minlength=n_lines) / np.maximum(counts, 1))[line_of]
    # neighbours in the line
    X[:, 26] = np.where(same_prev, np.r_[0, X[:-1, 0]], 1.0)
    X[:, 27] = np.where(same_next, np.r_[X[1:, 0], 0], 1.0)
    X[:, 28] = np.where(same_prev, np.r_[0, X[:-1, 4]], 1.0)
    X[:, 29] = np.where(same_next, np.r_[X[1:, 4], 0], 1.0)
    X[:, 30] = np.where(same_prev, np.r_[0, found[:-1]], 0.0)
    X[:, 31] = np.where(same_next, np.r_[found[1:], 0], 0.0)
    # fluency: how likely the parts of speech around the token are in French prose, and the parser's
    # sentence breaks where no punctuation ends a sentence (score/fluency.py)
    X[:, col[FLUENCY[0]]:col[FLUENCY[0]] + len(FLUENCY)] = token_columns(text, tokens, line_of)
    # syntax cues (SYNTAX)
    is_noun = pos_ix == _POS_INDEX["NOUN"]
    dep_names = np.asarray(deps, dtype=object)
    has_det = np.zeros(n, dtype=bool)
    has_det[heads[np.isin(dep_names, tuple(_DETS)) & (heads != idx)]] = True
    core = np.isin(dep_names, tuple(_CORE))
    not_name = X[:, 10] == 0  # no capital inside the sentence
    X[:, col["bare_noun"]] = is_noun & core & ~has_det & not_name
    before = (pos_ix == _POS_INDEX["ADJ"]) & (dep_ix == _DEP_INDEX["amod"]) & (heads > idx) & is_noun[heads]
    X[:, col["adj_before_noun"]] = before
    X[:, col["adj_before_noun_long"]] = before * X[:, 11]
    X[:, col["noun_noun"]] = is_noun & same_next & np.r_[is_noun[1:], False] & not_name \
        & np.r_[not_name[1:], False]
    infinitive = np.asarray(inf_l, dtype=bool)
    marked = np.zeros(n, dtype=bool)
    marked[heads[np.isin(dep_names, ("mark", "case")) & (heads != idx)]] = True
    on_noun = np.isin(pos_ix[heads], (_POS_INDEX["NOUN"], _POS_INDEX["PROPN"])) & (heads != idx)
    X[:, col["bare_infinitive"]] = infinitive & ~marked & (on_noun | ((dep_ix == _DEP_INDEX["ROOT"]) & same_prev
                                                                       & ~prev_end))
    return X


# -- the model --------------------------------------------------------------------------------------

_lock = threading.Lock()
_models: dict = {}


def load(path: str | Path | None = None) -> dict | None:
    """The word model (None when the file is missing)."""
    p = Path(path or MODEL_FILE)
    with _lock:
        if p not in _models:
            m = json.loads(p.read_text(encoding="utf-8")) if p.exists() else None
            if m is not None:
                prepare(m)
                if m.get("trees"):  # a missing or mismatched file raises every time, never half a model
                    m["_trees"] = _booster(p.parent / m["trees"]["file"], len(m["features"]))
            _models[p] = m
        return _models[p]


def prepare(m: dict) -> dict:
    """Add to a model dict (as written) the raw-scale weights and intercept that probabilities() applies."""
    m["_w"] = np.asarray(m["weights"], dtype=np.float64) / np.asarray(m["scale"], dtype=np.float64)
    m["_b"] = float(m["intercept"]) - float(np.dot(m["_w"], np.asarray(m["mean"], dtype=np.float64)))
    return m


def _booster(path: Path, n_features: int):
    """The LightGBM trees of the word model, read from their text file."""
    from ..i18n import _
    from .lgbm import Trees

    if not path.exists():
        raise FileNotFoundError(_("the word model's trees {path} are missing").format(path=str(path)))
    trees = Trees.from_file(path)
    if trees.num_features != n_features:
        raise ValueError(_("the word model {path} has {model} features, the code computes {code}").format(
            path=str(path), model=trees.num_features, code=n_features))
    return trees


def probabilities(X: np.ndarray, model: dict, remember: bool = False) -> np.ndarray:
    """P(token in an error) for each row of a token matrix (the model's features must be the matrix's):
    the logistic regression's log-odds, blended with the trees' when the model has them.
    remember: keep the trees' score of each row (the service: an edited draft repeats most rows)."""
    z = X.astype(np.float64) @ model["_w"] + model["_b"]
    trees = model.get("_trees")
    if trees is not None and len(X):
        share = float(model["trees"]["share"])
        z = (1.0 - share) * z + share * (_remembered_scores(trees, X) if remember else trees.raw(X))
    return 1.0 / (1.0 + np.exp(-np.clip(z, -40.0, 40.0)))


# The trees cost about 30 microseconds a token (400 trees walked per row); a row's score depends on
# that row only, so the service keeps the scores of the rows it has seen, keyed on the row's bytes,
# and scores the new ones on two cores (the score comes after the rules: the engine helper is idle)
ROW_MEMORY = 50_000  # rows (about 600 bytes each), least recently used dropped first
SERVICE_THREADS = min(2, os.cpu_count() or 1)
_rows: OrderedDict = OrderedDict()
_rows_lock = threading.Lock()
row_stats = {"hits": 0, "scored": 0}


def _remembered_scores(trees, X: np.ndarray) -> np.ndarray:
    X = np.ascontiguousarray(X, dtype=np.float32)
    keys = [row.tobytes() for row in X]
    out = np.empty(len(keys))
    missing = []
    with _rows_lock:
        for i, k in enumerate(keys):
            v = _rows.get(k)
            if v is None:
                missing.append(i)
            else:
                out[i] = v
                _rows.move_to_end(k)
        row_stats["hits"] += len(keys) - len(missing)
        row_stats["scored"] += len(missing)
    if missing:
        got = trees.raw(X[missing], SERVICE_THREADS)
        out[missing] = got
        with _rows_lock:
            for i, v in zip(missing, got.tolist()):
                _rows[keys[i]] = v
            while len(_rows) > ROW_MEMORY:
                _rows.popitem(last=False)
    return out


def forget_rows() -> None:
    with _rows_lock:
        _rows.clear()
        row_stats.update(hits=0, scored=0)


def aggregate(p: np.ndarray, words: np.ndarray, line_of: np.ndarray | None = None) -> dict:
    """Document features from token probabilities: p over the word tokens (words: boolean mask).
    word_errors: expected share of words in an error; word_errors_shrunk: expected erroneous words
    per (words + PRIOR_WORDS) (a short text is weak evidence); word_flagged: share of words above
    0.5; word_worst_line: the highest mean over a line of at least 3 words."""
    pw = p[words]
    n = int(pw.size)
    if n == 0:
        return {"word_errors": 0.0, "word_errors_shrunk": 0.0, "word_flagged": 0.0, "word_worst_line": 0.0}
    worst = 0.0
    if line_of is not None:
        lw = line_of[words]
        cnt = np.bincount(lw)
        sums = np.bincount(lw, weights=pw)
        ok = cnt >= 3
        if ok.any():
            worst = float((sums[ok] / cnt[ok]).max())
    return {"word_errors": round(float(pw.mean()), 4),
            "word_errors_shrunk": round(float(pw.sum() / (n + PRIOR_WORDS)), 4),
            "word_flagged": round(float(np.mean(pw > 0.5)), 4),
            "word_worst_line": round(worst, 4)}


def word_mask(tokens) -> np.ndarray:
    return np.fromiter((_ALNUM.search(t.text) is not None for t in tokens), dtype=bool, count=len(tokens))


def word_features(text: str, tokens, findings, model_file: str | Path | None = None,
                  remember: bool = False) -> dict | None:
    """score.features word_* for one article (None without the model). remember: as probabilities()."""
    model = load(model_file)
    if model is None:
        return None
    line_of = lines_of(text, tokens)
    X = token_matrix(text, tokens, findings, line_of)
    if X.shape[1] != len(model["features"]):
        from ..i18n import _

        raise ValueError(_("the word model {path} has {model} features, the code computes {code}").format(
            path=str(model_file or MODEL_FILE), model=len(model["features"]), code=X.shape[1]))
    return aggregate(probabilities(X, model, remember), word_mask(tokens), line_of)
