"""The service's per-paragraph memory (issue 12, the edited-draft case) must not change a report.

spaCy's analysis remembered per paragraph (mtaudit/detect/nlp.py) and the per-paragraph memories
of the engines: a draft edited in several ways (a paragraph changed, inserted, deleted, moved, a
change next to a paragraph break) gives the same analysis and byte for byte the same JSON report as
a cold audit of the same text; only the changed paragraphs are analysed again."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from mtaudit.detect import nlp
from mtaudit.pipeline import Auditor
from mtaudit.read.article import Article

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


def _spacy():
    model, _ = nlp.load_spacy()
    if model is None:
        pytest.skip("spaCy French pipeline not installed")
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
def test_remembered_paragraphs_give_the_fresh_analysis(seed):
    _spacy()
    nlp.forget()
    for what, text in drafts(_paragraphs(seed)):
        assert nlp.analyse(text, remember=True) == nlp.analyse(text), what
    assert nlp.stats["remembered"] > 0  # the later drafts did take paragraphs from memory


@pytest.mark.parametrize("seed", [SEEDS[1], SEEDS[2], SEEDS[4]], ids=lambda s: s.stem[:3])
def test_edited_drafts_give_the_cold_report(seed):
    _spacy()
    nlp.forget()
    warm = Auditor(reuse=True)
    for what, text in drafts(_paragraphs(seed)):
        got = warm.audit(Article.from_text(text, id=seed.stem))
        cold = Auditor().audit(Article.from_text(text, id=seed.stem))
        assert json.dumps(got, ensure_ascii=False) == json.dumps(cold, ensure_ascii=False), what


def test_only_changed_paragraphs_are_analysed_again():
    _spacy()
    nlp.forget()
    paras = [f"Le paragraphe numéro {i} parle du budget de la ville, de ses écoles et de ses routes." for i in range(8)]
    nlp.analyse("\n\n".join(paras), remember=True)
    assert nlp.stats == {"analysed": 8, "remembered": 0}
    paras[4] = "Fin. " + paras[4].replace("écoles", "places")
    paras.insert(2, paras[6])  # a copy of a known paragraph, moved
    text = "\n\n".join(paras)
    assert nlp.analyse(text, remember=True) == nlp.analyse(text)
    # 8 paragraphs from memory, the edited one analysed; then the plain call analyses all 9 itself
    assert nlp.stats["remembered"] == 8 and nlp.stats["analysed"] == 8 + 1 + 9


def test_each_paragraph_is_analysed_on_its_own():
    _spacy()
    a = "  Emmanuel Macron est arrivé à Marseille lundi avec la ministre.  "
    b = "Les élus de l'opposition ont voté contre ce budget jugé trop lourd."
    text = "Titre\n \n" + a + "\n\n\n" + b + "\n"
    start = text.index("Emmanuel")
    assert nlp.paragraphs(text) == [(0, 5), (start, start + len(a.strip())), (text.index("Les"), len(text) - 1)]
    toks, ents, _ = nlp.analyse(text)
    alone = nlp.analyse(a.strip())
    mine = [t for t in toks if start <= t.start < start + len(a)]
    assert [(t.text, t.start - start, t.pos, t.dep, toks[t.head].start - start) for t in mine] == \
        [(t.text, t.start, t.pos, t.dep, alone[0][t.head].start) for t in alone[0]]
    assert all(toks[t.head].start >= start for t in mine)  # no dependency crosses a blank line
    assert [(e.text, e.label) for e in ents] == [(e.text, e.label) for e in alone[1]]
    assert all(text[t.start:t.end] == t.text for t in toks) and [t.i for t in toks] == list(range(len(toks)))
    assert nlp.analyse_many([text, b, text]) == [nlp.analyse(text), nlp.analyse(b), nlp.analyse(text)]


def test_the_memory_keeps_at_most_its_tokens(monkeypatch):
    _spacy()
    nlp.forget()
    monkeypatch.setattr(nlp, "MEMORY_TOKENS", 40)
    paras = [f"Le conseil numéro {i} a voté le budget de la ville hier soir." for i in range(10)]
    nlp.analyse("\n\n".join(paras), remember=True)
    assert 0 < sum(len(t) for t, _e in nlp._memory.values()) <= 40
    assert ("Le conseil numéro 9" in list(nlp._memory)[-1][1]) and nlp._memory_tokens <= 40
    nlp.forget()


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
