"""Text written another way (decomposed accents, soft hyphens, lone carriage returns) is audited as
the same French, and every offset still points into the text as it was sent."""
import glob
import unicodedata

import pytest

import mtaudit
from mtaudit.read.fold import fold

CALQUE = "Les dirigeants européens forment une coalition des conférences pour aider l'Ukraine."


def rules_and_spans(report, text):
    for f in report["findings"]:
        assert text[f["start"]:f["end"]] == f["text"]  # offsets into the exact text sent
    return [(f["rule"], f["severity"]) for f in report["findings"]]


def test_plain_text_is_not_folded():
    assert fold(CALQUE) is None and fold("Ligne une.\r\nLigne deux.\n") is None


def test_decomposed_accents_give_the_findings_of_composed_ones():
    nfd = unicodedata.normalize("NFD", CALQUE)
    assert nfd != CALQUE
    got, want = mtaudit.audit(nfd), mtaudit.audit(CALQUE)
    assert rules_and_spans(got, nfd) == rules_and_spans(want, CALQUE) == [("MTA301", "major")]
    assert got["score"]["quality"] == want["score"]["quality"] and got["article"]["chars"] == len(nfd)


def test_a_span_never_ends_inside_a_decomposed_letter():
    s = unicodedata.normalize("NFD", "Le ministre a parlé de de décisions importantes.")
    f = next(f for f in mtaudit.audit(s)["findings"] if f["rule"] == "MTA700")
    assert s[f["start"]:f["end"]] == f["text"] and not unicodedata.combining(s[f["end"]])


def test_soft_hyphens_do_not_split_words():
    shy = CALQUE.replace("conférences", "confé\u00adrences")
    report = mtaudit.audit(shy)
    assert rules_and_spans(report, shy) == [("MTA301", "major")]
    assert report["findings"][0]["text"] == "coalition des confé\u00adrences"


def test_html_offsets_compose_with_the_fold():
    html = "<p>Les dirigeants européens forment une coalition des confé&shy;rences pour aider l'Ukraine.</p>"
    f = mtaudit.Auditor().audit(html, html=True)["findings"][0]
    assert f["rule"] == "MTA301" and html[f["html_start"]:f["html_end"]] == "coalition des confé&shy;rences"
    nfd = unicodedata.normalize("NFD", f"<p>{CALQUE}</p>")
    f = mtaudit.Auditor().audit(nfd, html=True)["findings"][0]
    assert nfd[f["html_start"]:f["html_end"]] == unicodedata.normalize("NFD", "coalition des conférences")


@pytest.mark.parametrize("seed", sorted(glob.glob("seeds/*.txt"))[:3])
def test_old_mac_line_ends_and_decomposed_seeds_score_as_the_seed(seed):
    text = open(seed, encoding="utf-8").read()
    want = mtaudit.audit(text)
    for variant in (text.replace("\n", "\r"), unicodedata.normalize("NFD", text)):
        got = mtaudit.audit(variant)
        assert rules_and_spans(got, variant) == [(f["rule"], f["severity"]) for f in want["findings"]]
        assert got["score"]["quality"] == want["score"]["quality"]


MARKDOWN = """---
title: "Le budget"
tags: [news, world]
---

# Le budget

Le conseil municipal a voté le budget mardi soir. Les élus ont adopté le texte le le matin.

```python
def main():
    print("hello world, this is the main function of the package")
```

Pour lancer, tapez `python main.py --verbose` puis <b>Entrée</b>.
"""


def test_markdown_code_front_matter_and_tags_are_not_read_as_french(tmp_path):
    from mtaudit.pipeline import Auditor
    from mtaudit.read.inputs import read_file

    p = tmp_path / "a.md"
    p.write_text(MARKDOWN, encoding="utf-8")
    report = Auditor().audit(read_file(p))
    assert rules_and_spans(report, MARKDOWN) == [("MTA700", "minor")]  # only the French "le le"
    assert report["article"]["chars"] == len(MARKDOWN)


def test_inline_code_in_plain_text_is_code_but_a_backtick_apostrophe_is_not():
    code = "Pour installer, lancez `pip install --upgrade the-package` dans un terminal, puis relancez le service."
    assert mtaudit.audit(code)["findings"] == []
    prose = "Il a vu l`homme et l`enfant le le soir."
    assert [f["text"] for f in mtaudit.audit(prose)["findings"] if f["rule"] == "MTA700"] == ["le le"]


def test_fences_are_found_in_one_pass_and_an_unclosed_one_runs_to_the_end():
    from mtaudit.read.fold import code_spans

    text = "Avant.\n```\ncode\n```\nEntre.\n~~~~\nencore\n"
    assert [text[a:b] for a, b in code_spans(text, False)] == ["```\ncode\n```\n", "~~~~\nencore\n"]
    many = "".join(f"```a ligne {i}\n" for i in range(20000))  # each line opens none: one block to the end
    assert code_spans(many, False) == [(0, len(many))]
