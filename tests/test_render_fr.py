"""Renderings in French: numbers as French writes them, labels translated, quoted text in guillemets."""
import re

import pytest

import mtaudit
from mtaudit.i18n import using

TEXT = ("Le le ministre a présenté le projet {{prenom}} jeudi à Paris.\n\n"
        "Il a salué le soutien de la de la France. Il faut que que l'Europe agisse.\n")


@pytest.fixture(scope="module")
def report_fr():
    return mtaudit.audit(TEXT, config={"lang": "fr"})


def test_html_estimate_line_writes_numbers_the_french_way(report_fr):
    from mtaudit.report.html import _estimate_line, render_html

    est = dict(report_fr["score"], mqm_quality=61.5,
               estimate={"model": "q4/base", "contributions": {"severe_penalty": -64.4, "log_words": 2.3}})
    with using("fr"):
        line = _estimate_line(est)
    assert "pénalité MQM seule\u00a0: 61,5" in line or "seule : 61,5" in line, line
    assert "-64,4" in line and "+2,3" in line, line
    assert not re.search(r"\d\.\d", line), line
    with using("en"):
        assert "-64.4" in _estimate_line(est) and "alone: 61.5" in _estimate_line(est)
    page = render_html(report_fr, TEXT)
    note = re.search(r'<div class="note">(La qualité[^<]*)</div>', page).group(1)
    assert not re.search(r"\d\.\d", note), note


def test_markdown_round_trip_line_has_labels_and_french_numbers(report_fr):
    from mtaudit.report.markdown import render_markdown

    rt = {"available": True, "engine": "apertium", "models": {"fr-en": "fr-en", "en-fr": "en-fr"},
          "metrics": {"chrf": 73.69, "bleu": 55.42, "ter": 25.0, "semantic": 0.811, "semantic_low_decile": 0.661}}
    md = render_markdown(dict(report_fr, roundtrip=rt), TEXT)
    line = next(ln for ln in md.splitlines() if ln.startswith("Moteur apertium"))
    assert "semantic_low_decile" not in line and "bleu" not in line, line
    assert "chrF++ 73,7" in line and "0,811" in line and "0,661" in line and "TER 25,0" in line, line
    md_en = render_markdown(dict(report_fr, roundtrip=rt, lang="en"), TEXT)
    assert "Article: chrF++ 73.7, BLEU 55.4, TER 25.0, semantic 0.811 (lowest decile 0.661)." in md_en


def _unit_item(lang):
    from mtaudit.report.ci import CiItem

    f = {"rule": "MTA901", "slug": "number-mismatch", "category": "mistranslation", "mqm": "Accuracy/Mistranslation",
         "severity": "major", "start": 0, "end": 2, "text": "12", "message": "m", "suggestion": None,
         "confidence": 1.0, "engine": "rules", "unit": 'z"', "line": 7}
    report = {"lang": lang, "article": {"id": "x", "path": "x.xlf", "words": 2, "format": "xliff1"},
              "score": {"quality": 40.0, "verdict": "fail", "counts": {"critical": 0, "major": 1, "minor": 0}},
              "findings": [f]}
    return CiItem(report, None, "x.xlf")


def test_text_junit_and_github_unit_prefix_and_severity_in_french():
    import xml.etree.ElementTree as ET

    from mtaudit.report.ci import render_text
    from mtaudit.report.github import render_github
    from mtaudit.report.junit import render_junit

    item = _unit_item("fr")
    text = render_text([item])
    assert 'x.xlf:7: unité «\u00a0z"\u00a0»\u00a0: MTA901 [majeur] m' in text, text
    fail = ET.fromstring(render_junit([item])).find("testsuite/testcase/failure")
    assert "unité «\u00a0z\"\u00a0»" in fail.text and "[majeur]" in fail.text
    gh = render_github([item])
    assert "::unité «\u00a0z\"\u00a0»\u00a0: m" in gh and "::warning " in gh, gh  # the command keeps its id
    en = render_text([_unit_item("en")])
    assert "x.xlf:7: unit 'z\"': MTA901 [major] m" in en, en


def test_index_bar_tooltips_use_the_french_colon(report_fr):
    from mtaudit.report.batch import render_index

    index = render_index([report_fr])
    tips = re.findall(r"<rect class=\"bar[^\"]*\"[^>]*><title>([^<]*)</title>", index)
    bars = [t for t in tips if not t[:1].isdigit()]  # severity and category bars (not the histogram's ranges)
    assert bars and all(re.search(r"\S\u00a0: \d+$", t) for t in bars), bars


def test_stdout_summary_table_quality_in_french(report_fr):
    import io
    from pathlib import Path

    from mtaudit.cli import print_summary

    out = io.StringIO()
    with using("fr"):
        print_summary([dict(report_fr, score=dict(report_fr["score"], quality=40.0))], Path("o"), out)
    row = out.getvalue().splitlines()[1]
    assert " 40,0 " in row and "40.0" not in row, row


PLURALS = {  # French plural entries as the lead will add them (Babel's French: one, many, other)
    ("{n} critical", "{n} critical"): ("{n} critique", "{n} critiques", "{n} critiques"),
    ("{n} major", "{n} major"): ("{n} majeur", "{n} majeurs", "{n} majeurs"),
    ("{n} minor", "{n} minor"): ("{n} mineur", "{n} mineurs", "{n} mineurs"),
    ("mtaudit batch — {n} article", "mtaudit batch — {n} articles"):
        ("lot mtaudit — {n} article", "lot mtaudit — {n} articles", "lot mtaudit — {n} articles"),
    ("{n} word", "{n} words"): ("{n} mot", "{n} mots", "{n} mots"),
    ("{n} finding", "{n} findings"): ("{n} constat", "{n} constats", "{n} constats"),
    ("{n} pass", "{n} pass"): ("{n} accepté", "{n} acceptés", "{n} acceptés"),
    ("{n} review", "{n} review"): ("{n} à revoir", "{n} à revoir", "{n} à revoir"),
    ("{n} fail", "{n} fail"): ("{n} refusé", "{n} refusés", "{n} refusés"),
    ("{n} article: {verdicts}. Reports in {folder}/ (index.html, summary.csv).",
     "{n} articles: {verdicts}. Reports in {folder}/ (index.html, summary.csv)."):
        ("{n} article\u00a0: {verdicts}. Rapports dans {folder}/ (index.html, summary.csv).",
         "{n} articles\u00a0: {verdicts}. Rapports dans {folder}/ (index.html, summary.csv).",
         "{n} articles\u00a0: {verdicts}. Rapports dans {folder}/ (index.html, summary.csv)."),
    ("{n} input not audited (unreadable or refused):", "{n} inputs not audited (unreadable or refused):"):
        ("{n} entrée non auditée (illisible ou refusée)\u00a0:", "{n} entrées non auditées (illisibles ou refusées)\u00a0:",
         "{n} entrées non auditées (illisibles ou refusées)\u00a0:"),
    "{name}: quality {quality}, {verdict} ({counts})": "{name}\u00a0: qualité {quality}, {verdict} ({counts})",
}


@pytest.fixture
def plural_catalogue(monkeypatch, tmp_path):
    """The French catalogue with the plural entries added (compiled as mtaudit compiles a .po)."""
    import io

    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    from mtaudit import i18n

    with (i18n.LOCALEDIR / "fr" / "LC_MESSAGES" / "mtaudit.po").open("rb") as fp:
        cat = read_po(fp)
    for msgid, msgstr in PLURALS.items():
        cat.add(msgid, msgstr)
    buf = io.BytesIO()
    write_mo(buf, cat)
    buf.seek(0)
    import gettext

    fr = gettext.GNUTranslations(buf)
    monkeypatch.setattr(i18n, "catalogue", lambda lang: fr if lang == "fr" else gettext.NullTranslations())


def _report(lang, counts, words=1):
    return {"lang": lang, "schema": "mtaudit.report/1", "tool": {"name": "mtaudit", "version": "0"},
            "article": {"id": "a", "path": None, "chars": 3, "words": words, "language": {"code": "fr", "confidence": 1.0}},
            "score": {"quality": 50.0, "verdict": "fail", "penalty": 1, "penalty_per_1000_words": 1.0,
                      "counts": counts, "by_category": {}},
            "findings": [], "roundtrip": None}


def test_counts_agree_with_their_number_in_french(plural_catalogue):
    from mtaudit.report.batch import render_index
    from mtaudit.report.html import render_html
    from mtaudit.report.markdown import render_markdown

    rep = _report("fr", {"critical": 0, "major": 1, "minor": 5})
    page = render_html(rep, "Le.")
    assert ">0 critique<" in page and ">1 majeur<" in page and ">5 mineurs<" in page and "1 mot<" in page
    units = dict(rep, units=[{"id": "u1", "source": "One.", "target": "Un."}],
                 article=dict(rep["article"], format="po", units=1))
    page = render_html(units, "")  # a bilingual file's sheet: the same chips
    assert ">0 critique<" in page and ">1 majeur<" in page and ">5 mineurs<" in page
    assert "Constats\u00a0: 0 critique, 1 majeur, 5 mineurs" in render_markdown(rep, "Le.")
    index = render_index([rep])
    assert "lot mtaudit — 1 article<" in index and "1 mot<" in index and "6 constats<" in index
    assert "lot mtaudit — 2 articles<" in render_index([rep, dict(rep)])


def test_counts_in_english_and_before_the_catalogue_has_the_plurals(monkeypatch):
    from mtaudit import i18n
    from mtaudit.report.batch import render_index
    from mtaudit.report.html import render_html

    rep = _report("en", {"critical": 0, "major": 1, "minor": 5})
    page = render_html(rep, "Le.")
    assert ">1 major<" in page and ">5 minor<" in page and ">1 word<" in page
    assert "mtaudit batch — 1 article<" in render_index([rep])
    assert "mtaudit batch — 2 articles<" in render_index([rep, dict(rep)])
    fr = _report("fr", {"critical": 0, "major": 1, "minor": 5}, words=3)

    class Older:  # a catalogue made before the plural entries: plain entries only
        plain = {"mtaudit batch — {n} articles": "lot mtaudit — {n} articles", "minor": "mineur"}

        def ngettext(self, singular, plural, n):
            return singular if n == 1 else plural

        def gettext(self, message):
            return self.plain.get(message, message)

    monkeypatch.setattr(i18n, "catalogue", lambda lang: Older())
    # their plain translation stands in, the number as it falls
    assert "lot mtaudit — 2 articles<" in render_index([fr, dict(fr)])
    assert "lot mtaudit — 1 articles<" in render_index([fr])
    assert ">5 mineur<" in render_html(fr, "Le.")


def test_suppression_notes_quote_the_french_way():
    text = "<!-- mtaudit-disabel MTA103 -->\nUn.\n<!-- mtaudit-disable MTA1O3, markp, template-placeholder -->\nDeux.\n"
    notes = [n["message"] for n in mtaudit.audit(text, config={"lang": "fr", "select": ["markup"]})["notes"]]
    assert len(notes) == 4 and not [m for m in notes if "'" in m], notes
    assert "«\u00a0mtaudit-disabel\u00a0»" in notes[0] and "«\u00a0MTA103\u00a0»" in notes[1], notes


def test_configuration_errors_in_the_language_the_file_chose(tmp_path, monkeypatch, capsys):
    from mtaudit.cli import main

    monkeypatch.setenv("LANGUAGE", "en")
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text("Le chat.", encoding="utf-8")
    (tmp_path / "mtaudit.toml").write_text('lang = "fr"\nstyel = "web"\n', encoding="utf-8")
    assert main(["check", "a.txt"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("mtaudit\u00a0: erreur\u00a0:") and "clé inconnue" in err, err
    assert main(["check", "a.txt", "--lang", "en"]) == 2  # the command line's language wins
    assert "unknown key" in capsys.readouterr().err
    (tmp_path / "mtaudit.toml").write_text('styel = "web"\n', encoding="utf-8")
    assert main(["check", "a.txt"]) == 2
    assert "unknown key" in capsys.readouterr().err


def test_a_source_not_in_english_is_said_on_stderr(tmp_path, monkeypatch, capsys):
    """As the no-source note: one warning line naming the article (check and audit)."""
    from mtaudit.cli import main

    monkeypatch.chdir(tmp_path)
    (tmp_path / "art.txt").write_text("Le chat dort sur le canapé. Il fait beau aujourd'hui et les enfants jouent "
                                      "dans le jardin.\n", encoding="utf-8")
    (tmp_path / "src.txt").write_text("Die Katze schläft auf dem Sofa. Heute ist schönes Wetter und die Kinder "
                                      "spielen im Garten hinter dem Haus.\n", encoding="utf-8")
    main(["--no-config", "check", "art.txt", "--source", "src.txt", "--format", "json"])
    err = capsys.readouterr().err
    assert "mtaudit: warning: art.txt: The source given is in German, not English" in err, err
    main(["--no-config", "audit", "art.txt", "--source", "src.txt", "--out", "o", "-q"])
    err = capsys.readouterr().err.splitlines()
    assert [ln for ln in err if "not English" in ln] == \
        ["mtaudit: warning: art.txt: The source given is in German, not English: audited without the comparison with it."]


def test_round_trip_tables_write_numbers_the_french_way():
    from mtaudit.roundtrip.render import render_roundtrip_html

    rt = {"available": True, "engine": "apertium", "models": {}, "thresholds": {"minor": 0.5, "major": 0.3},
          "metrics": {"chrf": 73.69, "bleu": 55.42, "ter": 25.0, "semantic": 0.811, "semantic_low_decile": 0.661},
          "sentences": [{"start": 0, "end": 9, "text": "Le texte.", "pivot": "The text.", "back": "Le texte.",
                         "chrf": 52.2, "bleu": 40.1, "ter": 20.0, "semantic": 0.739, "fidelity": 0.63}]}
    with using("fr"):
        page = render_roundtrip_html(rt)
    assert "73,7" in page and "0,739" in page and "0,63" in page, page
    assert not re.search(r">\d+\.\d+<", page), page


def _summary(lang, verdicts, errors=()):
    import io
    from pathlib import Path

    from mtaudit.cli import print_summary

    reports = [dict(_report(lang, {"critical": 1, "major": 0, "minor": 2}), article={"id": f"a{n}", "words": 9},
                    score=dict(_report(lang, {})["score"], verdict=v, counts={"critical": 1, "major": 0, "minor": 2}))
               for n, v in enumerate(verdicts)]
    out = io.StringIO()
    with using(lang):
        print_summary(reports, Path("o"), out, list(errors))
    return out.getvalue().splitlines()


def test_summary_lines_agree_with_their_counts(plural_catalogue):
    """"5 article(s) : 2 accepté, 1 à revoir, 2 refusé" and "(1 critique(s), ...)": each count takes
    its number, in English too; the verdict column holds the longest label ("à revoir")."""
    from mtaudit.report.ci import make_item, summary_line

    lines = _summary("fr", ["pass", "pass", "review", "fail", "fail"], ["x.txt: illisible"])
    assert "5 articles\u00a0: 2 acceptés, 1 à revoir, 2 refusés." in lines[6], lines
    assert lines[7] == "1 entrée non auditée (illisible ou refusée)\u00a0:"
    table = lines[:6]
    verdict_end = table[0].index("verdict") + len("à revoir")
    assert all(len(line) == len(table[0]) for line in table), table  # the columns line up
    assert "à revoir  " in table[3] and table[3][verdict_end:verdict_end + 2] == "  ", table
    assert "1 article\u00a0: 0 accepté, 0 à revoir, 1 refusé." in _summary("fr", ["fail"])[2]
    en = _summary("en", ["pass", "fail"], ["x", "y"])
    assert en[3].startswith("2 articles: 1 pass, 0 review, 1 fail.") and en[4] == "2 inputs not audited (unreadable or refused):"
    assert _summary("en", ["review"], ["x"])[2].startswith("1 article: 0 pass, 1 review, 0 fail.")
    item = make_item(_report("fr", {"critical": 1, "major": 2, "minor": 0}), "Le.")
    with using("fr"):
        assert summary_line(item).endswith("(1 critique, 2 majeurs, 0 mineur)"), summary_line(item)
    with using("en"):
        assert summary_line(item).endswith("(1 critical, 2 major, 0 minor)")
