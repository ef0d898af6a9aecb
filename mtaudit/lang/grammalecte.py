"""Grammalecte (French grammar checker and speller), loaded once per process when available.

Grammalecte is pure Python but Debian ships it as `python3-grammalecte` under the system
dist-packages, which a virtual environment does not see. `load()` first tries a plain
`import grammalecte` (pip or PYTHONPATH install); otherwise it loads only the `grammalecte`
package from a known system directory (MTAUDIT_GRAMMALECTE_PATH, then the Debian/Ubuntu
dist-packages folders) by file location, without putting the whole system folder on sys.path.
No set-up step is needed. MTAUDIT_GRAMMALECTE=0 (or off/no/false) disables it, to run or test
the fallback engines.

Grammalecte keeps module-level state and caches, so every call goes through one lock.
"""
from __future__ import annotations

import importlib
import importlib.util
import os
import re
import sys
import logging
import threading
from pathlib import Path

from .text import ACCELERATED

SYSTEM_DIRS = (
    "/usr/lib/python3/dist-packages",
    "/usr/share/python3/dist-packages",
    "/usr/local/lib/python3/dist-packages",
)

log = logging.getLogger("mtaudit")
_lock = threading.RLock()
_state: dict = {}

# Grammalecte's paragraph rules search unanchored regexes (addresses, e-mails, missing spaces, rare
# characters...) that rescan a run of non-spaces from each of its characters: a run of thousands
# (a pasted hash, "a-a-a-...") costs seconds. Runs longer than LONG_RUN (ordinary French and its
# addresses stay under 130 characters) are parsed as spaces of the same length, so every offset
# holds, and the errors that touch them are dropped.
LONG_RUN = 200
_LONG_RUN_RE = re.compile(r"(?<!\S)\S{%d,}" % (LONG_RUN + 1))
# The rule graph keeps its arcs beside keys such as "<rules>" and "<meta>" in one dict per node, and
# looks a token up there as it is, lower-cased or capitalised: the word "<rules>" of a help text
# ("passé à <rules>") reached a node's rule table and crashed the whole parse. Such tokens are
# blanked the same way (the keys are read from the graph at load time: GRAPH_KEYS).
_ANGLED_RE = re.compile(r"<[A-Za-z_]+>")
GRAPH_KEYS: set[str] = {"<rules>", "<meta>", "<tags>", "<lemmas>", "<morph>", "<re_morph>", "<re_value>",
                        "<phonet>", "<start>", "<end>"}


# Software French marks an optional plural in brackets: "le(s) fichier(s)". Grammalecte reads
# "fichier(s)" as "fichier·s", a plural, but "le(s)" as "le" and reports « le » against it. A determiner
# whose plural is itself plus s is read as that plural ("le(s)" -> "les" and two spaces): same length.
_OPTIONAL_PLURAL = re.compile(r"(?<![\w'’-])(le|ce|leur|quel|quelle)\((s)\)", re.IGNORECASE)


def _plural_determiners(paragraph: str) -> tuple[str, list[tuple[int, int]]]:
    """(the paragraph with "le(s)" read "les", the spans of the two spaces that keep its length: the
    errors that touch them, "extra spaces", are dropped)."""
    if "(" not in paragraph:
        return paragraph, []
    found = list(_OPTIONAL_PLURAL.finditer(paragraph))
    if not found:
        return paragraph, []
    text = _OPTIONAL_PLURAL.sub(lambda m: m.group(1) + m.group(2) + "  ", paragraph)
    return text, [(m.end() - 2, m.end()) for m in found]


# The values and options of a software string, which Grammalecte misreads as words: a printf directive
# (%s, %d, %1$s, %(name)s: "'%s' fini" read as « % » and the pronoun « s' » before a verb), a Qt argument
# (%1: "%1 fichiers" read as one « fichiers »), a help text's command-line option (-a, --all,
# --file=FICHIER: "-a  rechercher" read as the verb « a » before an infinitive) and a backslash escape or
# command (\C, \d, \section, skipped: "de \C n'est" read as « de » before a verb), a placeholder in braces
# ({1}, {name}: "Texte trouvé {1} fois" read with « fois » agreeing with « Texte »). Grammalecte reads
# zeros instead (same length), a value with no gender; the errors on one are dropped.
_VALUES_RE = re.compile(r"(?<![\w%])%(?:\(\w+\)|\d+\$)?[-#0+]*(?:\*|\d+)?(?:\.(?:\*|\d+))?(?:ll|l|h|z)?"
                        r"[sdifuxXeEgGcp](?![^\W\d_])|(?<![\w%])%\d{1,2}(?![\d$])"
                        r"|(?<![\w-])(?:--[A-Za-z][\w-]*(?:=[^\s,;]*)?|-[A-Za-z](?![\w-]))"
                        r"|\\[A-Za-z]\w*|\{\d+\}|\{[A-Za-z_][\w.]*\}")


def _program_values(paragraph: str) -> tuple[str, list[tuple[int, int]]]:
    """(the paragraph with each printf directive, option, backslash escape and placeholder in braces read as
    zeros, their spans)."""
    if "%" not in paragraph and "-" not in paragraph and "\\" not in paragraph and "{" not in paragraph:
        return paragraph, []
    spans = [m.span() for m in _VALUES_RE.finditer(paragraph)]
    if not spans:
        return paragraph, []
    return _VALUES_RE.sub(lambda m: "0" * (m.end() - m.start()), paragraph), spans


# A menu label's keyboard accelerator inside a word (KDE and Qt mark the letter with &: "l&uminance", GTK
# with _: "caté_gories", "info-_bulles"): Grammalecte reads "la l&uminance" as « la » before « l ». The word
# is read without it, the mark moved to a space after the word (same length); the errors on the word are
# dropped (their offsets moved).
_ACCELERATED_RE = re.compile(r"(?<![\w&~])" + ACCELERATED)


def _accelerators(paragraph: str) -> tuple[str, list[tuple[int, int]]]:
    """(the paragraph with each word's inner accelerator taken out, the spans of those words)."""
    if "&" not in paragraph and "_" not in paragraph:
        return paragraph, []
    spans = [m.span() for m in _ACCELERATED_RE.finditer(paragraph)]
    if not spans:
        return paragraph, []
    return _ACCELERATED_RE.sub(lambda m: m.group(1) + m.group(2) + " ", paragraph), spans


# Software and web French often leave the accent off a capital ("Elément", "Etat", "A propos") and type
# « œ » as two letters ("noeud", "coeur"). Grammalecte knows neither spelling, so the word has no gender or
# number and the agreement rules take the next noun for the head (« noeuds d'aide disponibles » read
# against « aide »). A word the speller does not know is read as the spelling it knows: the capital
# accented (same length), « oe » as « œ » with a space after the word (same length; the errors inside
# that space, "extra space", are dropped, an error on the word ends at its old end, and the messages
# quote the paragraph's own spelling).
_BARE_CAPITAL = {"E": "ÉÈÊ", "A": "ÀÂ", "I": "Î", "O": "Ô", "U": "Û"}
_WORD_RE = re.compile(r"[^\W\d_]+")


def _written_out(paragraph: str, valid) -> tuple[str, list[tuple[int, int]], dict]:
    """(the paragraph with unaccented capitals and « oe » read as the speller's spelling, the spans of
    the padding spaces, each word read -> the paragraph's own spelling)."""
    if "oe" not in paragraph.lower() and not any(c in paragraph for c in _BARE_CAPITAL):
        return paragraph, [], {}
    parts, last, padding, words = [], 0, [], {}
    for m in _WORD_RE.finditer(paragraph):
        word = m.group()
        read = None
        if word[0] in _BARE_CAPITAL and len(word) > 1 and not word.isupper() and not valid(word):
            read = next((a + word[1:] for a in _BARE_CAPITAL[word[0]] if valid(a + word[1:])), None)
        if read is None and "oe" in word.lower() and not valid(word):
            joined = word.replace("oe", "œ").replace("Oe", "Œ")
            if joined != word and valid(joined):
                read = joined
        if read is None:
            continue
        parts.append(paragraph[last:m.start()])
        parts.append(read + " " * (len(word) - len(read)))
        last = m.end()
        words[read] = word
        if len(read) < len(word):
            padding.append((m.start() + len(read), m.end()))
    if not parts:
        return paragraph, [], {}
    parts.append(paragraph[last:])
    return "".join(parts), padding, words


def _mask_long_runs(paragraph: str) -> tuple[str, list[tuple[int, int]]]:
    """(the paragraph with each run of more than LONG_RUN non-spaces and each token that is one of the
    rule graph's own keys blanked, their spans)."""
    spans = [m.span() for m in _LONG_RUN_RE.finditer(paragraph)]
    if "<" in paragraph:
        spans = sorted(spans + [m.span() for m in _ANGLED_RE.finditer(paragraph)
                                if m.group().lower() in GRAPH_KEYS
                                and not any(s <= m.start() < e for s, e in spans)])
    if not spans:
        return paragraph, spans
    parts, last = [], 0
    for start, end in spans:
        parts.append(paragraph[last:start])
        parts.append(" " * (end - start))
        last = end
    parts.append(paragraph[last:])
    return "".join(parts), spans


def _off_masked(errors, spans) -> list:
    """The errors that do not touch a masked run."""
    if not spans:
        return list(errors)
    return [e for e in errors
            if not any(e["nStart"] <= end and start <= e["nEnd"] for start, end in spans)]


def disabled() -> bool:
    return os.environ.get("MTAUDIT_GRAMMALECTE", "").strip().lower() in {"0", "off", "no", "false", "none"}


def _import_from(folder: Path):
    """Import the `grammalecte` package found in folder (and nothing else from there)."""
    init = folder / "grammalecte" / "__init__.py"
    if not init.exists():
        return None
    spec = importlib.util.spec_from_file_location(
        "grammalecte", init, submodule_search_locations=[str(init.parent)])
    module = importlib.util.module_from_spec(spec)
    sys.modules["grammalecte"] = module
    try:
        spec.loader.exec_module(module)
    except Exception:
        sys.modules.pop("grammalecte", None)
        raise
    return module


def _find_module():
    try:
        return importlib.import_module("grammalecte")
    except ImportError:
        pass
    dirs = [os.environ["MTAUDIT_GRAMMALECTE_PATH"]] if os.environ.get("MTAUDIT_GRAMMALECTE_PATH") else []
    for d in dirs + list(SYSTEM_DIRS):
        try:
            module = _import_from(Path(d))
        except Exception:
            module = None
        if module is not None:
            return module
    return None


class Grammalecte:
    """The loaded engine: grammar parse, speller, morphology."""

    def __init__(self, module):
        self.checker = module.GrammarChecker("fr")
        self.gce = self.checker.getGCEngine()
        self.speller = self.checker.getSpellChecker()
        self.functions = importlib.import_module(self.gce.__name__ + ".gc_functions")
        self.version = getattr(self.gce, "version", "?")
        self.name = f"grammalecte-{self.version}"
        self.default_options = dict(self.gce.getDefaultOptions())
        self._morph: dict[str, tuple] = {}
        self._valid: dict[str, bool] = {}
        self._suggestions: dict[tuple, tuple] = {}
        self._parsed: dict[tuple, tuple] = {}
        self._spelled: dict[str, tuple] = {}
        _fast_search(importlib.import_module(self.gce.__name__ + ".gc_engine"))
        GRAPH_KEYS.update(_graph_keys(self.gce.__name__))
        _remember_matches(importlib.import_module(self.gce.__name__ + ".gc_engine"))
        for name in ("oMainDic", "oCommunityDic", "oPersonalDic"):
            _fast_dawg(getattr(self.speller, name, None))
            _stable_tails(getattr(self.speller, name, None))

    def parse(self, paragraph: str, options: dict, copy: bool = True) -> list[dict]:
        """Grammalecte's errors in a paragraph (copies; copy=False only parses it ahead)."""
        key = (paragraph, tuple(sorted(options.items())))
        with _lock:
            hit = self._parsed.get(key)
            if hit is None:  # a paragraph seen before (an edited draft, a repeated line) is not re-parsed
                read, padding = _plural_determiners(paragraph)
                read, joined, spelt = _written_out(read, self.is_valid)
                read, values = _program_values(read)
                read, accelerated = _accelerators(read)
                values += accelerated
                masked, spans = _mask_long_runs(read)
                errors = _off_masked(self.gce.parse(masked, "FR", dOptions=options), spans + padding)
                # a word read with « œ »: the errors inside its padding space are dropped, one on the word
                # ends where the word ends; the messages quote the paragraph's own spelling
                errors = [e for e in errors if not any(e["nStart"] < end and start < e["nEnd"] for start, end in joined)]
                for e in errors:
                    e["nEnd"] = next((end for start, end in joined if start == e["nEnd"]), e["nEnd"])
                    for word, own in spelt.items():  # the word whole: not a suggestion it begins (« Éléments »)
                        e["sMessage"] = re.sub(r"(?<!\w)" + re.escape(word) + r"(?!\w)", own, e.get("sMessage", ""))
                errors = [e for e in errors if not any(e["nStart"] < end and start < e["nEnd"] for start, end in values)]
                hit = _bounded(self._parsed, 5_000)[key] = tuple(dict(e) for e in errors)
            return [dict(e) for e in hit] if copy else []

    def has_parsed(self, paragraph: str, options: dict) -> bool:
        return (paragraph, tuple(sorted(options.items()))) in self._parsed

    def keep_parsed(self, paragraph: str, options: dict, errors: list[dict]) -> None:
        """Remember parse(paragraph, options)'s answer computed elsewhere (the engine helper process)."""
        key = (paragraph, tuple(sorted(options.items())))
        with _lock:
            if key not in self._parsed:
                _bounded(self._parsed, 5_000)[key] = tuple(dict(e) for e in errors)

    def forget_lines(self) -> None:
        """Drop the remembered parses and spellings of paragraphs (benches and tests that time or test
        the engine's own work on lines it has seen)."""
        with _lock:
            self._parsed.clear()
            self._spelled.clear()

    def has_spelled(self, paragraph: str) -> bool:
        return paragraph in self._spelled

    def keep_spelled(self, paragraph: str, errors: list[dict]) -> None:
        """Remember spelling_errors(paragraph)'s answer computed elsewhere (the engine helper process)."""
        with _lock:
            if paragraph not in self._spelled:
                _bounded(self._spelled, 5_000)[paragraph] = tuple(dict(e) for e in errors)

    def spelling_errors(self, paragraph: str) -> list[dict]:
        """The speller's unknown words in a paragraph (copies); a paragraph seen before (an edited
        draft's other paragraphs) is not checked again: the answer depends on its text alone."""
        with _lock:
            hit = self._spelled.get(paragraph)
            if hit is None:
                hit = _bounded(self._spelled, 5_000)[paragraph] = tuple(
                    dict(e) for e in self.speller.parseParagraph(paragraph))
            return [dict(e) for e in hit]

    def is_valid(self, word: str) -> bool:
        v = self._valid.get(word)
        if v is None:
            with _lock:
                v = bool(self.speller.isValidToken(word))
            _bounded(self._valid, 200_000)[word] = v
        return v

    def morph(self, word: str) -> tuple:
        """Morphology strings for a word, e.g. ('>mer/:N:f:p/*',)."""
        m = self._morph.get(word)
        if m is None:
            with _lock:
                m = tuple(self.speller.getMorph(word) or ())
            _bounded(self._morph, 200_000)[word] = m
        return m

    def inflect(self, word: str, gender: str | None, number: str | None) -> list[str]:
        """Forms of word with the given gender (m/f) and/or number (s/p), best first."""
        f = self.functions
        table = {("m", "s"): f.suggMasSing, ("m", "p"): f.suggMasPlur, ("f", "s"): f.suggFemSing,
                 ("f", "p"): f.suggFemPlur, (None, "s"): f.suggSing, (None, "p"): f.suggPlur}
        func = table.get((gender, number))
        if func is None:
            return []
        with _lock:
            try:
                out = func(word)
            except Exception:
                return []
        return [w for w in (out or "").split("|") if w and w != word]

    def conjugate_like(self, form: str, who: str) -> list[str]:
        """Same verb and tense as form, for who (":3s", ":3p")."""
        with _lock:
            try:
                out = self.functions.suggVerb(form, who)
            except Exception:
                return []
        return [w for w in (out or "").split("|") if w and w != form]

    def suggest(self, word: str, limit: int = 10) -> list[str]:
        key = (word, limit)
        with _lock:
            hit = self._suggestions.get(key)
            if hit is None:  # slow (a tenth of a second or more): remember it across articles
                out = []
                for group in self.speller.suggest(word, limit):
                    out.extend(group)
                hit = _bounded(self._suggestions, 20_000)[key] = tuple(out[:limit])
            return list(hit)


def _graph_keys(package: str) -> set[str]:
    """The keys of the form <name> that the rule graph's nodes hold beside their arcs."""
    try:
        graphs = importlib.import_module(package + ".gc_rules_graph").dAllGraph
    except (ImportError, AttributeError):
        return set()
    keys = set()
    for graph in graphs.values():
        for node in graph.values() if isinstance(graph, dict) else graph:
            if isinstance(node, dict):
                keys.update(k for k in node if isinstance(k, str) and _ANGLED_RE.fullmatch(k))
    return keys


def _fast_search(module) -> None:
    """Grammalecte's graph engine calls re.search(pattern string, token) about 8,000 times per 100
    words; re's own cache look-up costs as much as the search. Give that module an `re` whose search
    keeps each compiled pattern in a plain dict (same pattern objects, same matches)."""
    import re
    import types

    if getattr(module, "re", None) is not re:
        return
    patterns: dict = {}

    def search(pattern, string, flags=0):
        if flags:
            return re.search(pattern, string, flags)
        compiled = patterns.get(pattern)
        if compiled is None:
            compiled = patterns[pattern] = re.compile(pattern)
        return compiled.search(string)

    fast = types.ModuleType("re")
    fast.__dict__.update({k: v for k, v in vars(re).items() if not k.startswith("__")})
    fast.search = search
    module.re = fast


MATCHES = 200_000  # remembered (graph, token) answers at the graphs' roots (about 40 MB); then afresh


def _remember_matches(module) -> None:
    """Grammalecte's graph engine asks, for every token of every sentence and at the root of each of
    its ten rule graphs, which arcs the token matches (TextParser._getMatches): about ten string
    tests, a dozen regular expressions and the word's lemmas and morphologies, again for every
    occurrence of the same word. At a root the answer depends only on the graph, the token's value
    and type, its morphologies and tags when a rule set them, and the dictionary: remember it under
    those. Deeper nodes (each reached by few tokens) are computed as before. Same arcs in the same
    order, so the same parse."""
    parser = getattr(module, "TextParser", None)
    find = getattr(parser, "_getMatches", None)
    if find is None or getattr(find, "_mtaudit_memo", False):
        return
    table: dict = {}

    def matches(self, dGraph, dToken, dNode, bKeep=False):
        if dNode is not dGraph[0]:
            return find(self, dGraph, dToken, dNode, bKeep)
        morph = dToken.get("lMorph")
        tags = dToken.get("aTags")
        key = (id(dGraph), bKeep, dToken["sValue"], dToken["sType"],
               None if morph is None else tuple(morph), None if tags is None else frozenset(tags))
        hit = table.get(key)
        if hit is None:
            hit = tuple(find(self, dGraph, dToken, dNode, bKeep))
            if len(table) >= MATCHES:
                table.clear()
            table[key] = hit
        return hit

    matches._mtaudit_memo = True
    matches.original = find
    parser._getMatches = matches


DAWG_NODES = 100_000  # decoded dictionary nodes kept (about 30 MB); then the table starts afresh


class _Table(dict):
    """key -> build(key), built on first use and kept (at most `limit` keys, then afresh). A hit is a
    plain dict look-up: its bound __getitem__ answers without running any Python code."""

    def __init__(self, build, limit: int):
        super().__init__()
        self.build = build
        self.limit = limit

    def __missing__(self, key):
        value = self.build(key)
        if len(self) >= self.limit:
            self.clear()
        self[key] = value
        return value


def _fast_dawg(dawg) -> None:
    """Grammalecte's dictionary (an IBDAWG: nodes of arcs packed in one list of integers) decodes a
    node's arcs again on every visit: once per letter of each word looked up, and hundreds of
    thousands of times per spelling suggestion. Decode each visited node once into (arcs in order,
    value -> next node, letter arcs) and answer the three arc readers from that, the letter arcs
    and the two-letter test (isNgramsOK, whose answer depends on its argument alone) straight from
    a table. Same arcs in the same order, so the same look-ups and suggestions. The readers give
    tuples where Grammalecte's give iterators: it only loops over them."""
    needed = ("lByDic", "_arcMask", "_lastArcMask", "nChar", "dCharVal", "_getArcs", "_lookupArcNode",
              "_getCharArcs")
    if dawg is None or getattr(dawg, "_mtaudit_fast", False) or not all(hasattr(dawg, n) for n in needed):
        return
    packed, arc_mask, last, n_char, char_of = dawg.lByDic, dawg._arcMask, dawg._lastArcMask, dawg.nChar, dawg.dCharVal

    def decode(addr):
        arcs, a = [], addr
        while True:
            raw = packed[a]
            arcs.append((raw & arc_mask, packed[a + 1]))
            if raw & last:
                break
            a += 2
        first: dict = {}
        for value, nxt in arcs:
            first.setdefault(value, nxt)  # the first arc with a value wins, as in the scan
        letters = tuple((char_of[value], nxt) for value, nxt in arcs if value <= n_char)
        return tuple(arcs), first, letters

    nodes = _Table(decode, DAWG_NODES)
    letters = _Table(lambda addr: nodes[addr][2], DAWG_NODES)  # the same tuples, one look-up away
    dawg._getArcs = lambda addr: nodes[addr][0]
    dawg._lookupArcNode = lambda value, addr: nodes[addr][1].get(value)
    dawg._getCharArcs = letters.__getitem__
    if callable(getattr(dawg, "isNgramsOK", None)):
        dawg.isNgramsOK = _Table(dawg.isNgramsOK, 100_000).__getitem__
    dawg._mtaudit_fast = True


def _stable_tails(dawg) -> None:
    """The speller collects a word's possible endings in a set and adds them to its suggestions in
    the set's order, which changes with the process's hash seed: two runs on the same text could
    rank tied suggestions differently. Hand them over sorted, so suggestions are the same in every
    process."""
    tails = getattr(dawg, "_getTails", None)
    if tails is None or getattr(dawg, "_mtaudit_stable", False):
        return
    dawg._getTails = lambda addr, tail="", n=2: sorted(tails(addr, tail, n))
    dawg._mtaudit_stable = True


def _bounded(cache: dict, limit: int) -> dict:
    """Keep a long-running process's caches from growing without end."""
    if len(cache) >= limit:
        cache.clear()
    return cache


def load() -> Grammalecte | None:
    """The process-wide engine, or None when Grammalecte is absent or disabled."""
    if disabled():
        return None
    with _lock:
        if "engine" not in _state:
            engine = None
            try:
                module = _find_module()
                if module is not None:
                    engine = Grammalecte(module)
            except Exception as e:  # a broken install must not break audits
                log.warning("grammalecte could not be loaded: %s", e)
                engine = None
            _state["engine"] = engine
        return _state["engine"]


def french_lists(word: str) -> bool | None:
    """Does a French dictionary list this exact form (Grammalecte's lexicon, or hunspell-fr's word
    list with its singular)? Borrowed compounds are there ("week-end", "talk-shows", "e-book").
    None when neither dictionary is installed."""
    from . import hunspell

    engine = load()
    if engine is not None and engine.morph(word):  # the exact form: no splitting at the hyphens
        return True
    listed = hunspell.lists_common(word, plural="s")
    if listed is None and engine is None:
        return None
    return bool(listed)
