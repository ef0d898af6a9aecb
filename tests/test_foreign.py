"""Paragraphs in a language other than French or English (MTA403) and what they do to the verdict."""

import pytest

from mtaudit.config import Config
from mtaudit.lang.foreign import foreign_lines, language_name
from mtaudit.pipeline import Auditor
from mtaudit.read import Article

SPANISH = "El ministro dijo ayer que el presupuesto se reduciría un diez por ciento el próximo año."
FRENCH = ("Le ministre a parlé jeudi devant les députés de la commission des finances.\n"
          "Il a promis un budget plus sobre pour l'an prochain, sans hausse d'impôts.\n"
          "La séance a ensuite été levée dans le calme.\n")


@pytest.fixture(scope="module")
def auditor():
    return Auditor(Config())


def audit(auditor, text):
    return auditor.audit(Article.from_text(text, id="t"))


def findings(report, rule):
    return [f for f in report["findings"] if f["rule"] == rule]


def test_spanish_paragraph_in_french_article(auditor):
    text = FRENCH + SPANISH + "\n"
    rep = audit(auditor, text)
    hits = findings(rep, "MTA403")
    assert len(hits) == 1
    f = hits[0]
    assert text[f["start"]:f["end"]] == SPANISH == f["text"]
    assert f["severity"] == "major"  # a quarter of the article: not the whole of it
    assert "Spanish" in f["message"]
    # the Spanish words are not also reported as French misspellings
    assert not [g for g in rep["findings"] if g["rule"].startswith("MTA51") and f["start"] <= g["start"] < f["end"]]


def test_article_in_another_script_fails(auditor):
    text = "안녕하세요. 오늘 날씨가 좋습니다. 장관이 말했습니다.\n"
    rep = audit(auditor, text)
    hits = findings(rep, "MTA403")
    assert [(f["start"], f["end"], f["severity"]) for f in hits] == [(0, len(text) - 1, "critical")]
    assert rep["score"]["verdict"] == "fail"


def test_whole_article_in_german_is_critical(auditor):
    text = ("Der Minister sagte gestern, dass der Haushalt im nächsten Jahr gekürzt werden soll.\n"
            "Die Opposition kritisierte die Pläne und forderte mehr Geld für die Schulen.\n")
    rep = audit(auditor, text)
    assert [f["severity"] for f in findings(rep, "MTA403")] == ["critical", "critical"]
    assert rep["score"]["verdict"] == "fail"


@pytest.mark.parametrize("text", [
    FRENCH,
    "Avec son équipe composée de Thorsten Margis (SV Halle), Candy Bauer (BSC Oberbärenburg) et Alexander "
    "Schüller, il a remporté le titre.",
    "Le quotidien a titré « Ein alter Mann wird älter » et la phrase a fait le tour du pays.",
    "The minister said yesterday that the budget would be cut by ten percent next year.",  # MTA401's
    # a name in its own script beside the French text
    "Le président russe Vladimir Poutine (Владимир Путин) a déclaré jeudi que les négociations continueraient.",
])
def test_french_names_quotes_and_english_are_left_alone(auditor, text):
    assert findings(audit(auditor, text), "MTA403") == []


def test_lines_and_offsets_with_indentation():
    known = lambda w: w in {"le", "la", "et", "de", "les"}  # noqa: E731
    text = "la maison\n   \tМинистр заявил, что бюджет будет сокращён.  \nfin"
    (f,) = foreign_lines(text, known)
    assert text[f.start:f.end] == "Министр заявил, что бюджет будет сокращён."
    assert f.script and f.language == "ru"


def test_language_names_follow_the_message_language():
    assert language_name("es", "en") == "Spanish"
    assert language_name("es", "fr") == "espagnol"
    assert language_name("und") is None


def test_addresses_are_no_language_and_a_paragraph_beside_them_still_is():
    """A credits line of names and e-mail addresses, a home page's address (procps' and xawtv's man pages): their
    lower-case words are the addresses', no language. A Spanish paragraph that gives an address is still Spanish."""
    known = lambda w: w in {"le", "la", "et", "de", "les"}  # noqa: E731
    credits = "Branko Lankester <lankeste@fwi.uva.nl>, David Engel <david@ods.com> et Michael K. Johnson <johnsonm@redhat.com>"
    assert foreign_lines(credits, known) == []
    assert foreign_lines("http://bytesex.org/xawtv/ (homepage)", known) == []
    (f,) = foreign_lines(SPANISH + " Escriba a info@ejemplo.es para más información.", known)
    assert f.language == "es"


def test_addresses_of_any_scheme_are_no_language():
    """man2html's page lists the addresses it links (« ftp.host.name "ftp://ftp.host.name" », « name@host
    "mailto:name@host" »): any scheme before "//" and mailto: open an address, as https:// and www. do."""
    from mtaudit.lang.addresses import url_matches

    found = lambda t: [m.group() for m in url_matches(t)]  # noqa: E731
    assert found('ftp.host.name "ftp://ftp.host.name"') == ["ftp://ftp.host.name"]
    assert found('name@host "mailto:name@host"') == ["mailto:name@host"]
    assert found("smb://serveur/partage ou file:///etc/fstab") == ["smb://serveur/partage", "file:///etc/fstab"]
    assert found("Note : voir la section 2, puis la suite:/ rien") == []
    known = lambda w: w in {"le", "la", "et", "de", "les"}  # noqa: E731
    assert foreign_lines('name@host "mailto:name@host"', known) == []
    (f,) = foreign_lines(SPANISH + " Descargue ftp://ftp.ejemplo.es/pub para más información.", known)
    assert f.language == "es"
