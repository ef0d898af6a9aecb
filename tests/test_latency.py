"""The service's per-paragraph memory (issue 12, the edited-draft case) must not change a report.

spaCy's token vectors kept per paragraph (mtaudit/detect/units.py) and the per-paragraph memories
of the engines: a draft edited in several ways (a paragraph changed, inserted, deleted, moved, a
change next to a paragraph break) gives the same analysis and byte for byte the same JSON report as
a cold audit of the same text; changed paragraphs and their neighbours are recomputed."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from mtaudit.detect import nlp, units
from mtaudit.pipeline import Auditor
from mtaudit.read.article import Article

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


def _spacy():
    model, _ = nlp.load_spacy()
    if model is None or not units.installed(model):
        pytest.skip("spaCy French pipeline with tok2vec not installed")
    return model


def _paragraphs(seed: Path) -> list[str]:
    """The seed's paragraphs; a seed with few of them is cut into paragraphs of two sentences."""
    paras = seed.read_text(encoding="utf-8").split("\n\n")
    if len(paras) >= 5:
        return paras
    sentences = [s for p in paras for s in p.replace("\n", " ").split(". ") if s.strip()]
    return [". ".join(sentences[i:i + 2]) + "." for i in range(0, len(sentences), 2)]


def drafts(paras: list[str]):
    """(what changed, text) for a sequence of edits of one article, each on the previous draft."""
    p = list(paras)
    yield "original", "\n\n".join(p)
    k = len(p) // 2
    p[k] = p[k].replace(" ", " très ", 1) + " Il l'a confirmé mardi."
    yield "change", "\n\n".join(p)
    p.insert(1, "Un paragraphe ajouté par la rédaction, avec Jean Dupont à Paris.")
    yield "insert", "\n\n".join(p)
    del p[-2]
    yield "delete", "\n\n".join(p)
    p.insert(0, p.pop(len(p) // 2))
    yield "move", "\n\n".join(p)
    p[1] = "Ainsi, " + p[1][0].lower() + p[1][1:]  # right after a paragraph break
    yield "change at a break", "\n\n".join(p)
    yield "same again", "\n\n".join(p)
    yield "merge two paragraphs", "\n\n".join(p[:2]) + " " + "\n\n".join(p[2:])


@pytest.mark.parametrize("seed", SEEDS, ids=lambda s: s.stem[:3])
def test_reused_vectors_give_the_whole_text_analysis(seed):
    _spacy()
    units.clear()
    for what, text in drafts(_paragraphs(seed)):
        assert units.analyse_reusing(text) == nlp.analyse(text), what
    assert units.stats["reused"] > 0  # the later drafts did reuse paragraphs


@pytest.mark.parametrize("seed", [SEEDS[1], SEEDS[2], SEEDS[4]], ids=lambda s: s.stem[:3])
def test_edited_drafts_give_the_cold_report(seed):
    _spacy()
    units.clear()
    warm = Auditor(reuse=True)
    for what, text in drafts(_paragraphs(seed)):
        got = warm.audit(Article.from_text(text, id=seed.stem))
        cold = Auditor().audit(Article.from_text(text, id=seed.stem))
        assert json.dumps(got, ensure_ascii=False) == json.dumps(cold, ensure_ascii=False), what


def test_only_changed_units_and_their_neighbours_are_recomputed():
    model = _spacy()
    units.clear()
    paras = [f"Le paragraphe numéro {i} parle du budget de la ville, de ses écoles et de ses routes, puis il "
             "se termine ici sans aucun détour." for i in range(8)]
    text = "\n\n".join(paras)
    units.analyse_reusing(text)
    n = len(units.units(model.make_doc(text), text))
    assert n == 8 and units.stats["reused"] == 0
    paras[4] = paras[4].replace("écoles", "places")  # mid-paragraph: neighbours keep their context
    before = dict(units.stats)
    units.analyse_reusing("\n\n".join(paras))
    assert units.stats["reused"] - before["reused"] == 7
    paras[4] = "Fin. " + paras[4]  # within CONTEXT tokens of the break: paragraph 3 is recomputed too
    before = dict(units.stats)
    assert units.analyse_reusing("\n\n".join(paras)) == nlp.analyse("\n\n".join(paras))
    assert units.stats["reused"] - before["reused"] == 6


def test_units_join_short_paragraphs_and_cover_the_text():
    model = _spacy()
    text = "Titre\n\nUn.\n\n" + "Le conseil municipal a voté le budget de la ville hier soir.\n\n" * 3 + "Fin"
    doc = model.make_doc(text)
    us = units.units(doc, text)
    assert us[0][0] == 0 and us[-1][1] == len(doc)
    assert all(a == b for (_, a), (b, _) in zip(us, us[1:]))
    assert all(b - a >= units.MIN_TOKENS for a, b in us)
    assert doc[us[1][0]].idx == text.index("Le conseil", text.index("Le conseil") + 1)


def test_the_key_holds_the_neighbouring_tokens():
    model = _spacy()
    a = "Le maire a présenté le budget de la ville aux élus hier soir.\n\n"
    b = "Les élus de l'opposition ont voté contre ce budget jugé trop lourd.\n\n"
    c = "La séance a duré trois heures et s'est terminée tard dans la nuit."
    t1, t2 = a + b + c, a + b + c.replace("La séance", "Cette séance")
    d1, d2 = model.make_doc(t1), model.make_doc(t2)
    u1, u2 = units.units(d1, t1), units.units(d2, t2)
    k1 = [units._key(d1, t1, x, y, "m") for x, y in u1]
    k2 = [units._key(d2, t2, x, y, "m") for x, y in u2]
    assert k1[0] == k2[0]  # more than CONTEXT tokens from the change
    assert k1[1] != k2[1] and k1[2] != k2[2]
    assert units._key(d1, t1, *u1[0], "other model") != k1[0]


def test_the_entity_layer_computes_as_usual_without_rows():
    model = _spacy()
    if "ner" not in model.pipe_names:
        pytest.skip("no entity recognizer")
    text = "Emmanuel Macron est arrivé à Marseille lundi avec la ministre."
    units.installed(model)
    assert [(e.text, e.label_) for e in model(text).ents] == [(e.text, e.label) for e in nlp.analyse(text)[1]]
    assert nlp.analyse(text) == units.analyse_reusing(text)


def test_spelling_errors_are_remembered_per_paragraph_and_copied():
    from mtaudit.lang import grammalecte

    engine = grammalecte.load()
    if engine is None:
        pytest.skip("Grammalecte not installed")
    line = "Le maire a présentté son budjet aux élus."
    engine._spelled.pop(line, None)
    first = engine.spelling_errors(line)
    assert line in engine._spelled
    assert [e["sValue"] for e in first] == ["présentté", "budjet"]
    first[0]["sValue"] = "changed by a caller"
    assert engine.spelling_errors(line) == [dict(e) for e in engine.speller.parseParagraph(line)]


def test_the_concurrent_thread_detects_the_language_as_the_context_would():
    from mtaudit.detect.context import Context
    from mtaudit.detect.language import detect_language

    text = SEEDS[2].read_text(encoding="utf-8")
    auditor = Auditor(concurrent=True)
    ctx = Context(Article.from_text(text), auditor.config, auditor.resources)
    thread = auditor._prefetch(ctx)
    assert thread is not None
    thread.join()
    assert ctx.__dict__["language"] == detect_language(text) == Context.from_text(text).language


def test_entities_are_reused_per_unit_and_equal_the_whole_text_ones():
    _spacy()
    units.clear()
    paras = [f"Lors de la séance numéro {i}, Emmanuel Macron a reçu à l'Élysée la présidente de la "
             f"Commission européenne, Ursula von der Leyen, avant de partir pour Marseille." for i in range(6)]
    text = "\n\n".join(paras)
    assert units.analyse_reusing(text) == nlp.analyse(text)
    runs = units.stats["entity_runs"]
    paras[3] = paras[3].replace("Marseille", "Lyon et Bordeaux")
    text = "\n\n".join(paras)
    got = units.analyse_reusing(text)
    assert got == nlp.analyse(text)
    assert units.stats["entity_runs"] == runs + 1  # one window, the other units' entities reused
    assert any(e.text == "Lyon" for e in got[1])


def test_parser_rows_are_reused_per_unit_only_for_the_same_input_rows():
    model = _spacy()
    if "parser" not in model.pipe_names or not units._wrap_parser(model.get_pipe("parser")):
        pytest.skip("no precomputable parser layer")
    units.clear()
    paras = [f"Le conseil numéro {i} a voté le budget de la ville, puis les élus de Lyon sont partis "
             "dîner ensemble sans aucun détour." for i in range(8)]
    text = "\n\n".join(paras)
    assert units.analyse_reusing(text) == nlp.analyse(text)
    assert units.stats["parser_reused"] == 0 and units.stats["parser_computed"] == 8
    paras[4] = paras[4].replace("ville", "commune")  # mid-paragraph: neighbours keep their context
    edited = "\n\n".join(paras)
    assert units.analyse_reusing(edited) == nlp.analyse(edited)
    assert units.stats["parser_reused"] == 7 and units.stats["parser_computed"] == 9
    for key in list(units._parser_kept)[:2]:  # kept rows whose input no longer matches: computed again
        rows, hidden = units._parser_kept[key]
        units._parser_kept[key] = (rows + 1.0, hidden * 0.0)
    assert units.analyse_reusing(edited) == nlp.analyse(edited)
    assert units.stats["parser_computed"] >= 10
    # without a plan (nlp.pipe, a plain call) the layer computes as usual
    doc, toks = model(edited), nlp.analyse(edited)[0]
    assert [(t.dep_, t.head.idx) for t in doc if not t.is_space] == [(t.dep, toks[t.head].start) for t in toks]
    assert getattr(units._plan, "units", None) is None
