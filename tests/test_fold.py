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


def test_bilingual_units_written_another_way_are_folded_and_mapped_back(tmp_path):
    from mtaudit.pipeline import Auditor
    from mtaudit.read.bilingual import read_bilingual

    nfd = lambda s: unicodedata.normalize("NFD", s)  # noqa: E731
    rows = [("The coalition of the willing met in Geneva.", CALQUE),
            ("The café in Zürich opened in 2019.", "Le café de Zürich a ou\u00advert en 2018.")]
    reports = []
    for name, form in (("nfc.tsv", lambda s: s), ("nfd.tsv", nfd)):
        p = tmp_path / name
        p.write_text("id\tsource\ttarget\n" + "".join(f"u{i}\t{form(s)}\t{form(t)}\n" for i, (s, t) in enumerate(rows)),
                     encoding="utf-8")
        doc = read_bilingual(p)
        report = Auditor().audit(doc.article())
        units = {u["id"]: u for u in report["units"]}
        assert [u["target"] for u in report["units"]] == [form(t) for _, t in rows]  # the units as read
        for f in report["findings"]:
            u = units[f["unit"]]
            assert u["target"][f["start"]:f["end"]] == f["text"]
            if f.get("source_start") is not None:
                assert u["source"][f["source_start"]:f["source_end"]] == f["source_text"]
        reports.append(report)
    plain, folded = ([(f["rule"], f["unit"], f["severity"], unicodedata.normalize("NFC", f["text"]))
                      for f in r["findings"]] for r in reports)
    assert ("MTA301", "u0", "major", "coalition des conférences") in folded and folded == plain
    assert any(f.get("source_text") == nfd("2019") for f in reports[1]["findings"])
    assert reports[1]["score"]["quality"] == reports[0]["score"]["quality"]


def test_the_joined_fold_of_bilingual_units_maps_each_unit_onto_itself():
    from mtaudit.l10n.audit import _folded, _joined_fold
    from mtaudit.read.bilingual import Bilingual, Unit

    units = [Unit("a", "x", unicodedata.normalize("NFD", "Été à Genève")), Unit("b", "y", "sans accent"),
             Unit("c", "z", "Confé\u00adrence\r")]
    for i, u in enumerate(units):
        u.index = i
    doc = Bilingual("d", None, "tsv", "en", "fr", units)
    work, folds = _folded(doc)
    joined = _joined_fold(doc, work, folds)
    original, text = doc.article(), work.article()
    assert joined.text == text.text and len(joined.starts) == len(text.text) + 1
    for k, (u, w) in enumerate(zip(doc.units, work.units)):
        s, e = joined.span(text.meta["unit_offsets"][k], text.meta["unit_offsets"][k] + len(w.target))
        assert original.text[s:e] == u.target


def test_a_folded_bilingual_file_keeps_roundtrip_null_and_the_keys_of_an_unfolded_one(tmp_path):
    # found by tests/test_fuzz.py: a unit needing the fold (here a decomposed source) lost the
    # report's "roundtrip": null, a key the schema requires
    import json

    import jsonschema

    from mtaudit.pipeline import Auditor
    from mtaudit.read.bilingual import read_bilingual

    from conftest import ROOT

    schema = json.loads((ROOT / "mtaudit/report/report.schema.json").read_text(encoding="utf-8"))
    keys = []
    for name, source in (("plain.tsv", "Caf\u00e9"), ("nfd.tsv", "Cafe\u0301")):
        p = tmp_path / name
        p.write_text(f"id\tsource\ttarget\nu1\t{source}\tLe caf\u00e9.\n", encoding="utf-8")
        report = Auditor().audit(read_bilingual(p).article())
        assert report["roundtrip"] is None
        jsonschema.Draft202012Validator(schema).validate(report)
        keys.append(list(report))
    assert keys[0] == keys[1]


def test_findings_dropped_for_touching_code_are_not_scored():
    text = "Lancez `pip install mtaudit` puis `mtaudit audit dossier` pour obtenir le rapport.\n"
    report = mtaudit.audit(text)
    score = report["score"]
    assert report["findings"] == []
    assert score["counts"] == {"critical": 0, "major": 0, "minor": 0}
    assert score["by_category"] == {} and score["penalty"] == 0
    # the score of the same French without its code: nothing else changes it
    assert score["mqm_quality"] == 100.0


def test_html_code_elements_are_code_by_tag_and_by_documentation_class():
    from mtaudit.read.html_input import html_to_text

    html = ('<p>Lancez <code>apt-get</code> ou <span class="command"><strong>aptitude</strong></span> ici.</p>'
            '<pre class="screen">$ make\nok</pre><p>Fin <span>x</span> <span class="literal">a<span>b</span>c</span>'
            ' d</p><p><span class="language-python">print(1)</p><p>Suite.</p>'
            '<p>Installez <span class="application"><strong>adept</strong></span>.</p>')
    t = html_to_text(html)
    assert [t.text[s:e] for s, e in t.code] == ["apt-get", "aptitude", "$ make\nok", "abc", "print(1)", "adept"]
    # a </p> ends a code element left open inside it; the next paragraph is text
    assert "Suite." in t.text and not any(s <= t.text.index("Suite.") < e for s, e in t.code)


def test_html_code_block_is_blanked_and_code_in_a_sentence_keeps_its_grammar(tmp_path):
    from mtaudit.pipeline import Auditor
    from mtaudit.read.inputs import read_file

    html = ("<html><body><p>Le programme affiche ce message quand un symbole manque :</p>\n"
            "<pre>dpkg-gensymbols: warning: some new symbols appeared in the symbols file\n"
            "see diff output below for details</pre>\n"
            "<p>Vous pouvez télécharger le code source d'<span class=\"command\"><strong>aptitude</strong></span>"
            " en utilisant Git, puis lancez la commande <code>su</code> pour devenir administrateur.</p>\n"
            "<p>Ils a fini le le travail.</p></body></html>")
    p = tmp_path / "page.html"
    p.write_text(html, encoding="utf-8")
    report = Auditor().audit(read_file(p))
    texts = [(f["rule"], f["text"]) for f in report["findings"]]
    assert not [t for t in texts if t[0] in ("MTA401", "MTA403")]  # the terminal's English is code
    assert not [t for t in texts if t[0] == "MTA501" and t[1] in ("utilisant", "su", "aptitude")]
    assert ("MTA700", "le le") in texts  # the French around the code is still read
    for f in report["findings"]:  # offsets into the page's text, and into its markup
        assert html[f["html_start"]:f["html_end"]].endswith(f["text"][-1:])


def test_an_html_page_s_own_footer_is_furniture_and_its_english_still_read(tmp_path):
    from mtaudit.pipeline import Auditor
    from mtaudit.read.html_input import html_to_text
    from mtaudit.read.inputs import read_file

    body = "".join(f"<p>Le paragraphe {i} décrit la configuration du serveur et de ses journaux.</p>" for i in range(6))
    credits = '<div class="copyright">© 2011-2012 Alain Lojewski</div><div class="copyright">© 2021 Guillaume Bernard</div>'
    for page in (f'<html><body><article>{body}</article><footer>{credits}</footer></body></html>',
                 f'<html><body>{body}<div class="about" role="contentinfo">{credits}<p>Written By</p></div></body></html>'):
        t = html_to_text(page)
        assert [t.text[s:e] for s, e in t.furniture][0].startswith("© 2011-2012 Alain Lojewski")
        p = tmp_path / "page.html"
        p.write_text(page, encoding="utf-8")
        assert [f for f in Auditor().audit(read_file(p))["findings"] if f["rule"] == "MTA600"] == []
    assert [f["rule"] for f in Auditor().audit(read_file(p))["findings"] if f["text"] == "Written By"] == ["MTA401"]
    # the same credits in a plain article, or in the page's body, are chrome, as before
    for name, text in (("page.txt", "\n".join(f"Le paragraphe {i} décrit la configuration du serveur et de ses "
                                              "journaux." for i in range(6)) + "\n© 2021 Guillaume Bernard\n"),
                       ("body.html", f"<html><body>{body}{credits}</body></html>")):
        p = tmp_path / name
        p.write_text(text, encoding="utf-8")
        assert [f["text"] for f in Auditor().audit(read_file(p))["findings"] if f["rule"] == "MTA600"]


def test_an_html_page_s_own_navigation_is_listed_and_not_reported_as_scraped_chrome(tmp_path):
    from mtaudit.pipeline import Auditor
    from mtaudit.read.html_input import html_to_text
    from mtaudit.read.inputs import read_file

    body = "".join(f"<p>Le paragraphe {i} décrit la configuration du serveur et de ses journaux.</p>" for i in range(6))
    html = ('<html><body><ul class="docnav"><li><a accesskey="p" href="a.html">Précédent</a></li></ul>' + body +
            '<nav><a href="index.html">Sommaire</a></nav><div role="navigation"><a href="b.html">Suivant</a></div>'
            '</body></html>')
    t = html_to_text(html)
    assert [t.text[s:e] for s, e in t.furniture] == ["Précédent", "Sommaire\n\nSuivant"]  # side by side: one run
    p = tmp_path / "page.html"
    p.write_text(html, encoding="utf-8")
    assert [f for f in Auditor().audit(read_file(p))["findings"] if f["rule"] == "MTA600"] == []
    # the same links in plain text are chrome, as before
    p = tmp_path / "page.txt"
    p.write_text("Précédent\n" + "\n".join(f"Le paragraphe {i} décrit la configuration du serveur et de ses "
                                            "journaux." for i in range(6)) + "\nSommaire\nSuivant\n", encoding="utf-8")
    assert [f["text"] for f in Auditor().audit(read_file(p))["findings"] if f["rule"] == "MTA600"]


def test_a_heading_that_links_to_itself_is_the_page_s_own_and_a_man_page_s_bold_is_code(tmp_path):
    """mandoc writes a man page's section headings with a permalink to their own id (« VOIR AUSSI »), Sphinx
    its headings with a link to their section's id: the document's own titles, not a scraped « see also »
    block; a heading linking elsewhere still is one. In mandoc's man page body, bold (typed as shown) and
    italic (an argument, a file name) are code; the same words in another page's bold are prose."""
    from mtaudit.pipeline import Auditor
    from mtaudit.read.html_input import html_to_text
    from mtaudit.read.inputs import read_file

    body = "".join(f"<p>Le paragraphe {i} décrit la configuration du serveur et de ses journaux.</p>" for i in range(6))
    values = "<p>Les valeurs admises sont <b>auto</b> (par défaut), <b>always</b> et <b>never</b>.</p>"
    man = (f'<html><body><div class="manual-text"><section class="Sh">{body}{values}</section><section class="Sh">'
           '<h1 class="Sh" id="VOIR_AUSSI"><a class="permalink" href="#VOIR_AUSSI">VOIR AUSSI</a></h1>'
           '<p><b>dpkg</b>(1).</p></section></div></body></html>')
    sphinx = (f'<html><body><section id="fin">{body}<h2>Voir aussi<a class="headerlink" href="#fin">¶</a></h2>'
              '<p>La page suivante.</p></section></body></html>')
    elsewhere = f'<html><body>{body}<h2><a href="#commentaires">Voir aussi</a></h2><p>La page suivante.</p></body></html>'
    t = html_to_text(man)
    assert [t.text[s:e] for s, e in t.furniture] == [t.text.strip()]  # a man page's body is the manual's own
    assert [t.text[s:e] for s, e in t.code] == ["auto", "always", "never", "dpkg"]
    t = html_to_text(sphinx)
    assert [t.text[s:e] for s, e in t.furniture] == ["Voir aussi¶"]
    for name, page, chrome in (("man.html", man, False), ("sphinx.html", sphinx, False), ("else.html", elsewhere, True)):
        p = tmp_path / name
        p.write_text(page, encoding="utf-8")
        findings = Auditor().audit(read_file(p))["findings"]
        assert bool([f for f in findings if f["rule"] == "MTA600"]) is chrome, name
        if name == "man.html":
            assert not [f for f in findings if f["text"] in ("auto", "always", "never")]
    p = tmp_path / "bold.html"  # the same values in bold outside a man page: read as words
    p.write_text(f"<html><body>{body}{values}</body></html>", encoding="utf-8")
    assert [f["text"] for f in Auditor().audit(read_file(p))["findings"] if f["rule"] == "MTA401"]


def test_a_man_page_s_copyright_and_bugs_sections_and_docbook_s_section_titles_are_the_page_s_own(tmp_path):
    """mandoc renders a man page's body from the manual's source: its COPYRIGHT line and its BUGS section's
    address are the manual's, not chrome scraped into it. DocBook wraps a section's title in `titlepage` or
    `refsect1`: « Voir aussi », « Copyright » are the manual's headings. The same lines in another page's
    body are still chrome, and the English in a man page's body is still read."""
    from mtaudit.pipeline import Auditor
    from mtaudit.read.inputs import read_file

    body = "".join(f"<p>Le paragraphe {i} décrit la configuration du serveur et de ses journaux.</p>" for i in range(6))
    bugs = '<h1>BOGUES</h1><p>https://bugs.example.org/src:outil</p>'
    notice = "<h1>COPYRIGHT</h1><p>Copyright © 2002 Jean Dupont &lt;jean@example.org&gt;</p><p>Written by Jean.</p>"
    docbook = ('<div class="refsect1"><a name="x"></a><h2>Voir aussi</h2><p>La page suivante.</p></div>'
               '<div class="sect1"><div class="titlepage"><div><h2 class="title">Copyright</h2></div></div>'
               '<p>Ce manuel est distribué sous licence libre.</p></div>')
    pages = {"man.html": (f'<html><body><div class="manual-text">{body}{bugs}{notice}</div></body></html>', False),
             "docbook.html": (f'<html><body><div class="refentry">{body}{docbook}</div></body></html>', False),
             "plain.html": (f"<html><body>{body}{bugs}{notice}</body></html>", True),
             "headings.html": (f"<html><body>{body}<div class='aside'><h2>Voir aussi</h2><p>La page suivante.</p>"
                               "<h2>Copyright</h2></div></body></html>", True)}
    for name, (page, chrome) in pages.items():
        p = tmp_path / name
        p.write_text(page, encoding="utf-8")
        findings = Auditor().audit(read_file(p))["findings"]
        assert bool([f for f in findings if f["rule"] == "MTA600"]) is chrome, (name, findings)
        if name == "man.html":
            assert [f["rule"] for f in findings if f["text"] == "Written by Jean"] == ["MTA401"]


def test_an_english_sentence_holding_code_is_still_reported_and_a_finding_on_code_is_not(tmp_path):
    """A finding over prose that holds a little code (« See also apt-secure(8) for details … », the command in
    bold in a man page) is about the prose: kept. A finding on the code itself, or on a few words around a
    long piece of it, is still dropped (read.fold.off_code)."""
    from mtaudit.pipeline import Auditor
    from mtaudit.read.inputs import read_file

    body = "".join(f"<p>Le paragraphe {i} décrit la configuration du serveur et de ses journaux.</p>" for i in range(6))
    english = ("<p>Sinon, APT refusera la mise à jour. See also <b>apt-secure</b>(8) for details on the concept and "
               "the implications of this setting.</p>")
    french = "<p>Les valeurs admises sont <b>auto</b> (par défaut), <b>always</b> et <b>never</b>.</p>"
    p = tmp_path / "man.html"
    p.write_text(f'<html><body><div class="manual-text">{body}{english}{french}</div></body></html>', encoding="utf-8")
    found = [(f["rule"], f["text"]) for f in Auditor().audit(read_file(p))["findings"]]
    assert any(r == "MTA401" and t.startswith("See also apt-secure(8) for details") for r, t in found), found
    assert not [t for r, t in found if t in ("auto", "always", "never")]


def test_off_code_keeps_a_finding_over_prose_only():
    from mtaudit.detect.finding import Finding
    from mtaudit.read.fold import off_code

    text = "See also apt-secure(8) for details here. Lancez apt-get upgrade maintenant."
    code = [(9, 19), (48, 63)]  # apt-secure, apt-get upgrade
    def f(s, e):
        return Finding("MTA401", "english-text", "untranslated", "Accuracy/Untranslated", "major", s, e, text[s:e], "m")
    sentence, on_code, around = f(0, 39), f(48, 55), f(41, 63)
    assert off_code([sentence, on_code, around], code, text) == [sentence]
    assert off_code([sentence], code) == []  # without the text, as before: touching code is enough


def test_a_name_the_page_sets_as_code_is_that_name_in_its_prose(tmp_path):
    """A man page sets « faked » in bold in its synopsis, then names the daemon in plain text: a finding on
    just that name is dropped as one on the code is. A name the page never sets as code, one or two
    letters of code, and an English sentence that holds the name are still reported (read.fold.code_names)."""
    from mtaudit.detect.finding import Finding
    from mtaudit.pipeline import Auditor
    from mtaudit.read.fold import code_names, off_code
    from mtaudit.read.inputs import read_file

    text = "faked -p ; ls ; « config.dat ». Le démon faked répond, puis faked et ls encore. The faked daemon stops."
    spans = [(0, 5), (6, 8), (11, 13), (16, 30)]  # faked, -p, ls, « config.dat »
    assert code_names(text, spans) == {"faked", "config.dat"}  # « ls »: too short to name anything else

    def f(word, nth=1):
        s = -1
        for _ in range(nth):
            s = text.index(word, s + 1)
        return Finding("MTA401", "english-text", "untranslated", "Accuracy/Untranslated", "major", s, s + len(word),
                       word, "m")
    name, again, short, sentence = f("faked", 2), f("faked", 3), f("ls", 2), f("The faked daemon stops")
    grammar = Finding("MTA501", "grammar-checker", "grammar", "Fluency/Grammar", "major", name.start, name.end,
                      "faked", "m")  # a grammar finding on the word is about the grammar: kept
    assert off_code([name, again, short, sentence, grammar], spans, text) == [short, sentence, grammar]

    body = "".join(f"<p>Le paragraphe {i} décrit la configuration du serveur et de ses journaux.</p>" for i in range(6))
    page = ('<html><body><div class="manual-text"><p><b>faked</b> [<b>--debug</b>]</p>' + body +
            "<p>Le démon faked répond aux appels de la bibliothèque.</p></div></body></html>")
    p = tmp_path / "faked.html"
    p.write_text(page, encoding="utf-8")
    assert "faked" not in [x["text"] for x in Auditor().audit(read_file(p))["findings"]]
    p.write_text(page.replace("<b>faked</b>", "faked"), encoding="utf-8")  # never set as code: still read
    assert "faked" in [x["text"] for x in Auditor().audit(read_file(p))["findings"]]


def test_a_name_set_as_code_at_a_line_end_is_that_name():
    """apt-build's page writes « <i>apt-get</i> » at the end of an option's description, and the next option opens
    in bold: the reader's code run goes on past the line's end (« apt-get⏎--apt-cache »). Each line of a run is
    read for a name, so « une interface à apt-get » in its prose is that name; a run's line of several words
    names none of its words (only the command whole: test_a_command_the_page_sets_as_code_is_that_command)."""
    from mtaudit.read.fold import code_names
    from mtaudit.read.html_input import html_to_text

    page = ('<div class="manual-text"><p><b>apt-build</b> est une interface à apt-get pour construire des paquets.</p>'
            '<dl><dt><b>--apt-get</b></dt><dd>Indique une commande alternative à <i>apt-get</i></dd>'
            '<dt><b>--apt-cache</b></dt><dd>Indique une commande alternative à <i>apt-cache</i></dd></dl>'
            '<pre>make all\nsudo make install</pre></div>')
    got = html_to_text(page)
    assert any("\n" in got.text[s:e] for s, e in got.code)  # a run across a line's end
    names = code_names(got.text, got.code)
    assert {"apt-build", "apt-get", "apt-cache"} <= names and not {"make", "install", "sudo"} & names


def test_a_command_the_page_sets_as_code_is_that_command():
    """Cervisia's handbook sets « cvs update » as a command, and writes it again in quotes in its prose (« Lance un
    « cvs update » sur les fichiers »): the same command, not English left. The same words never set as code whole
    (only « cvs -n update » written plainly) are still reported, and a longer run of code names no command, nor
    does one that starts with a capital."""
    from mtaudit import Auditor
    from mtaudit.read.fold import code_names
    from mtaudit.read.html_input import html_to_text

    page = ('<html><body><dl><dt>Mettre à jour</dt><dd><p>Lance un « cvs update » sur les fichiers sélectionnés et '
            "change l'état, ainsi que les numéros de révision en conséquence dans le listage.</p></dd><dt>État</dt>"
            '<dd><p>Lance une simulation (<span class="command">cvs update</span>) et affiche l\'état des fichiers '
            "dans la fenêtre principale de l'application.</p></dd></dl></body></html>")
    got = html_to_text(page)
    assert "cvs update" in code_names(got.text, got.code)
    auditor = Auditor()
    assert [f["text"] for f in auditor.audit(page, html=True)["findings"] if f["rule"] == "MTA401"] == []
    plain = page.replace('<span class="command">cvs update</span>', "cvs -n update")
    assert [f["text"] for f in auditor.audit(plain, html=True)["findings"] if f["rule"] == "MTA401"] == ["cvs update"]
    long = html_to_text('<pre>cvs -d :pserver:anonymous@cvs.example.org:/cvsroot update -dP module</pre>')
    assert code_names(long.text, long.code) == set()
    # a man page's bold words that do not start with a command's name in lower case are no command (procps' sysctl
    # refers in bold to its section « SYSTEM FILE PRECEDENCE », left in English)
    title = html_to_text('<div class="manual-text"><p>Voir <b>SYSTEM FILE PRECEDENCE</b> et <b>git log</b>.</p></div>')
    assert code_names(title.text, title.code) == {"git log"}


def test_off_code_keeps_an_english_sentence_around_a_long_command_and_drops_a_list_of_values():
    """Five words or more standing alone outside the code make a sentence, however long the command it holds
    (« Then run ldapadd … to apply the changes »); a list of values glued by bars around an option (« --compression
    bzip2|gzip|lzip|xz|none ») is no sentence, nor are a few words around a long command."""
    from mtaudit.detect.finding import Finding
    from mtaudit.read.fold import off_code

    command = "ldapadd -ZD 'cn=admin,ou=ldap-access,dc=skole,dc=skolelinux,dc=no' -W -f ipxe.ldif"
    text = f"Then run {command} to apply the changes. [--compression bzip2|gzip|lzip|xz|none] Run {command} now."
    a = text.index(command)
    b = text.index("--compression")
    c = text.index(command, a + 1)
    code = [(a, a + len(command)), (b, b + len("--compression")), (c, c + len(command))]

    def f(s, e):
        return Finding("MTA401", "english-text", "untranslated", "Accuracy/Untranslated", "major", s, e, text[s:e], "m")
    sentence = f(0, text.index("changes") + len("changes"))
    values = f(b - 1, text.index("]") + 1)
    few = f(text.index("Run"), len(text) - 1)
    assert off_code([sentence, values, few], code, text) == [sentence]
