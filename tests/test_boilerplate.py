"""Scraped page chrome (MTA600-MTA602): seeds, unseen promos/widgets/credits, position and negatives."""

import pytest
from conftest import family_ids, read_seed, run_rules_on

from mtaudit.config import Config
from mtaudit.detect import Context, all_rules, run_rules

IDS = family_ids("boilerplate")
BODY = [
    "Le sommet de l'OTAN s'est ouvert jeudi à Bruxelles en présence de trente délégations.",
    "Les ministres ont discuté du soutien à l'Ukraine pendant plus de quatre heures.",
    "Un accord sur le financement pourrait être trouvé dès la semaine prochaine, selon un diplomate.",
    "La Russie a dénoncé une escalade et promis une réponse.",
    "Les discussions ont porté sur la défense aérienne et les munitions.",
    "Plusieurs pays ont annoncé de nouvelles livraisons d'armes.",
    "Le secrétaire général a salué une unité retrouvée.",
    "La prochaine réunion aura lieu à La Haye en juin.",
]


def audit(text):
    findings, _ctx = run_rules_on(text, IDS)
    assert all(f.category == "boilerplate" for f in findings)
    return findings


def seed(prefix):
    text = read_seed(prefix)
    return text, audit(text)


def placed(line, where):
    lines = list(BODY)
    {"start": lambda: lines.insert(0, line), "end": lambda: lines.append(line),
     "middle": lambda: lines.insert(4, line)}[where]()
    text = "\n".join(lines)
    return [f for f in audit(text) if f.text == line]


def test_seed_002_promo_lines_and_byline():
    text, found = seed("002")
    lines = text.splitlines()
    texts = {f.text: f for f in found}
    assert lines[0] in texts and texts[lines[0]].severity == "major"
    assert lines[1] in texts  # "Votre guide de Washington …" tagline
    assert lines[-1].strip() == "Rapport supplémentaire sur Richard Milne d’Oslo"
    assert lines[-1].strip() in texts and texts[lines[-1].strip()].severity == "major"
    assert len(found) == 3  # nothing inside the article body


def test_seed_001_widgets_glyph_and_site_suffix():
    text, found = seed("001")
    by_text = {f.text: f for f in found}
    for line in ("Related Post", "Vous pouvez partager cette histoire sur les réseaux sociaux :", "Lien source"):
        assert line in by_text, line
        assert by_text[line].rule == "MTA600" and by_text[line].severity == "major"
    first = [f for f in found if f.start == 0]
    assert first and first[0].text == "X" and first[0].rule == "MTA601" and first[0].severity == "minor"
    assert "— RT World News" in by_text and by_text["— RT World News"].rule == "MTA602"
    assert "– WaPo" not in " ".join(by_text)  # the source attribution stays part of the headline


@pytest.mark.parametrize("prefix", ["000", "003", "004"])
def test_seeds_without_chrome_are_quiet(prefix):
    _, found = seed(prefix)
    assert found == []


UNSEEN = [
    "Abonnez-vous à notre newsletter",
    "Cliquez ici pour lire la suite",
    "Accepter les cookies",
    "Share this article",
    "Read more:",
    "Avec AFP",
    "(Avec AFP et Reuters)",
    "Par Jean Dupont, publié le 3 avril 2025 à 10h12",
    "Mis à jour le 04/04/2025 à 08:15",
    "Lire aussi : Les ministres de la Défense réunis à Bruxelles",
    "Publicité",
    "Suivez-nous sur Telegram",
    "Temps de lecture : 3 min",
    "Nous utilisons des cookies pour améliorer votre expérience. Tout accepter",
    "Additional reporting by Jane Smith in London",
    "Reportage supplémentaire de Paul Martin à Kiev",
    "Laisser un commentaire",
    "Facebook Twitter WhatsApp E-mail",
    "Déjà abonné ? Connectez-vous",
    "Unlock the Europe Express newsletter for free",
    "Source : Reuters",
    "Vous aimerez aussi",
]


@pytest.mark.parametrize("line", UNSEEN)
@pytest.mark.parametrize("where", ["start", "end"])
def test_unseen_chrome_at_the_edges_is_major(line, where):
    hits = placed(line, where)
    assert hits, f"{line!r} at the {where} not flagged"
    assert hits[0].severity == "major"


def test_position_weighs_more_at_the_edges():
    line = "Lire aussi : Les ministres de la Défense réunis à Bruxelles"
    edge, middle = placed(line, "end")[0], placed(line, "middle")[0]
    assert edge.confidence > middle.confidence
    assert middle.severity == "minor" and edge.severity == "major"


def test_short_line_weighs_more_than_a_long_sentence():
    short = placed("Notre newsletter", "end")
    long = placed("La newsletter du journal, lancée en 2015 par la rédaction, compte aujourd'hui trois "
                  "millions d'abonnés en Europe et aux États-Unis.", "end")
    assert short and not long


ARTICLE_TEXT = [
    "Il a partagé une vidéo du discours sur Facebook.",
    "Ces dirigeants ont partagé leurs inquiétudes sur les réseaux sociaux lundi.",
    "Le guide suprême iranien rejette l'offre américaine",
    "Par ailleurs, les ministres se sont quittés sans accord.",
    "Par Washington, il faut entendre la Maison Blanche.",
    "Publié le 3 mars, le rapport montre que la croissance ralentit nettement en Europe.",
    "Les cookies tiers seront interdits en 2025.",
    "Source d'inquiétude pour Kiev, la Russie avance dans l'est.",
    "Le gouvernement a débloqué 3 milliards d'euros pour les agriculteurs.",
    "Partager le pouvoir avec l'opposition n'est pas envisageable, a-t-il dit.",
    "Avec l'OTAN, la France a renforcé sa présence.",
    "Accueil chaleureux pour le président à Kiev.",
    "L'article X du traité a été invoqué.",
    "Garanties de sécurité : une ligne rouge pour Moscou",
]


@pytest.mark.parametrize("line", ARTICLE_TEXT)
@pytest.mark.parametrize("where", ["start", "middle", "end"])
def test_article_text_that_looks_like_chrome_is_quiet(line, where):
    assert placed(line, where) == []


def test_lone_x_only_as_a_whole_line():
    assert placed("X", "middle")  # a glyph line anywhere is chrome
    assert audit("Le groupe X a publié ses résultats.\nL'article X du traité s'applique.") == []


def test_headline_site_suffix_only_on_a_headline():
    found = audit("Le sommet de l'OTAN s'ouvre à Bruxelles | Le Monde.fr\n\n" + "\n".join(BODY))
    assert [f.text for f in found] == ["| Le Monde.fr"]
    # a dash before a person's name in a headline is not a site name
    assert audit("Le sommet de l'OTAN s'ouvre à Bruxelles – Jean-Pierre Dupont\n\n" + "\n".join(BODY)) == []


def test_user_patterns_extend_the_table(tmp_path):
    extra = tmp_path / "bp.tsv"
    extra.write_text("kind\tlang\tmatch\tpattern\tweight\tnote\n"
                     "promo\tfr\tline\tsoutenez notre rédaction\t1.0\tdonation appeal\n", encoding="utf-8")
    config = Config(data_files={"boilerplate": [str(extra)]})
    text = "\n".join(BODY + ["Soutenez notre rédaction"])
    ctx = Context.from_text(text, config)
    found, _ = run_rules(ctx, [all_rules()["MTA600"](config)])
    assert [f.text for f in found] == ["Soutenez notre rédaction"]


UI_LABELS = [("NATO summit opens in Brussels today | Euronews",  # a page title, as MTA602 reads the first lines
              "Le sommet de l'OTAN s'ouvre à Bruxelles aujourd'hui | Euronews"),
             ("Close", "Fermer"), ("Next", "Suivant"), ("Share", "Partager"), ("Home", "Accueil"),
             ("Read more", "Lire la suite"), ("Accept all cookies", "Accepter tous les cookies"),
             ("Follow us", "Suivez-nous"), ("Advertisement", "Publicité"), ("Share this article", "Partager cet article"),
             ("×", "×")]


def _units_report(tmp_path, rows):
    from mtaudit.pipeline import Auditor
    from mtaudit.read.bilingual import read_bilingual

    p = tmp_path / "ui.tsv"
    p.write_text("id\tsource\ttarget\n" + "".join(f"k{i}\t{s}\t{t}\n" for i, (s, t) in enumerate(rows)),
                 encoding="utf-8")
    return Auditor(Config(select=IDS)).audit(read_bilingual(p).article())


def test_a_translated_ui_label_is_no_scraped_chrome(tmp_path):
    """In a localisation file, a unit's target that translates its source's label ("Share" ->
    "Partager") is the label, not chrome a scraper left: MTA600-602 read articles."""
    assert _units_report(tmp_path, UI_LABELS)["findings"] == []
    # the same targets with no source to translate are still read as chrome
    rules = {f["rule"] for f in _units_report(tmp_path, [("", t) for _s, t in UI_LABELS])["findings"]}
    assert {"MTA600", "MTA601", "MTA602"} <= rules


MANUAL_CREDITS = ('<html><head><meta name="generator" content="{tool}"></head><body><div class="chapter">'
                  '<h1>Chapitre 6. Remerciements et licence</h1><p>Cantor</p>'
                  '<p>Programme sous copyright 2009-2011 Alexander Rieder</p>'
                  '<p>La documentation est soumise aux termes de la licence de documentation libre GNU, et le '
                  'programme aux termes de la licence publique générale GNU, comme le reste du logiciel.</p>'
                  '<p>Traduction française par Joëlle Cornavin. Relecture par Ludovic Grossard.</p></div>'
                  '<p><a href="#top">Back to Top</a></p></body></html>')


@pytest.mark.parametrize("tool", ["DocBook XSL Stylesheets Vsnapshot",
                                  "Docutils 0.17.1: http://docutils.sourceforge.net/", "texi2html 1.82",
                                  "LaTeX2HTML v2019.2"])
def test_a_manual_s_own_credits_are_no_scraped_chrome(tool):
    """A page whose generator <meta> names a tool that renders a manual from its source (DocBook's stylesheets,
    Docutils, Texinfo, LaTeX2HTML…) holds the manual's own credits and copyright, not chrome scraped into an
    article (KDE's handbooks: « Programme sous copyright 2009-2011 … » on their credits page); a navigation label
    left in English there is still reported (a Sphinx theme's « Back to Top »). The same page written by a CMS,
    or a converter of any page, is read as before."""
    from mtaudit import Auditor

    auditor = Auditor()

    def found(tool):
        return [f["text"] for f in auditor.audit(MANUAL_CREDITS.format(tool=tool), html=True)["findings"]
                if f["rule"] == "MTA600"]

    assert found(tool) == ["Back to Top"]
    for other in ("WordPress 6.4", "pandoc"):
        assert found(other) == ["Programme sous copyright 2009-2011 Alexander Rieder", "Back to Top"]


def test_an_interface_label_a_manual_names_is_no_navigation_label():
    """KDE's handbooks name a dialog's button in a definition list (DocBook's <guibutton>Ok</guibutton>, « Ok »
    alone on its line) and its fields (<guilabel>Commentaire :</guilabel>): the program's labels, not a page's
    navigation or comment prompt. The same line without the markup is still read as chrome."""
    from mtaudit import Auditor

    page = ('<html><body><p>La boîte de dialogue de création d\'une tâche planifiée comporte les éléments suivants, '
            'décrits un par un dans cette section du manuel.</p><dl><dt>{ok}</dt><dd><p>Termine la création de la '
            'tâche et ferme la boîte de dialogue.</p></dd></dl></body></html>')
    auditor = Auditor()

    def found(html):
        return [f["text"] for f in auditor.audit(html, html=True)["findings"] if f["rule"] == "MTA600"]

    assert found(page.format(ok='<span class="guiitem"><span class="guibutton">Ok</span></span>')) == []
    assert found(page.format(ok="Ok")) == ["Ok"]
