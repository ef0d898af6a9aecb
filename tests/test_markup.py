"""MTA103 and MTA104 in a text that writes code: a placeholder or tag the text documents is minor."""
from mtaudit.detect.context import Context
from mtaudit.rules.markup.html_in_text import HtmlInText
from mtaudit.rules.markup.placeholders import Placeholder


def _found(rule, text):
    return [(f.text, f.severity) for f in rule.check(Context.from_text(text))]


def test_placeholder_a_manual_documents_is_minor():
    text = ("Format de la durée, au format %d[%s], où %s est s (secondes) ou m (minutes). "
            "Voir --ban-time=DURÉE, --motd=TEXTE et le fichier /etc/wesnoth/server.cfg.")
    assert _found(Placeholder(), text) == [("%d", "minor"), ("%s", "minor"), ("%s", "minor")]
    assert "documents" in next(Placeholder().check(Context.from_text(text))).message


def test_placeholder_in_prose_stays_major():
    assert _found(Placeholder(), "Le ministre %s a annoncé %d mesures pour l'hiver.") == [("%s", "major"), ("%d", "major")]


def test_placeholders_alone_do_not_make_a_text_write_code():
    # template placeholders are technical tokens too; three of them are still a template left unfilled
    text = "Bienvenue, {{name}} ! Votre offre ${plan} expire le {0}, à {1}, dans {{ville}}."
    assert {sev for _, sev in _found(Placeholder(), text)} == {"major"}


def test_tag_a_manual_documents_is_minor():
    text = ("Les cellules sont soit normales (balise \"<td>\"), soit d'en-tête (balise \"<th>\"). "
            "Options : --bold, --border=N ; exemples dans /usr/share/doc/freetable.")
    assert _found(HtmlInText(), text) == [("<td>", "minor"), ("<th>", "minor")]


def test_tag_and_entity_left_in_prose_stay_major():
    assert _found(HtmlInText(), "Première ligne<br>seconde ligne, à Paris&nbsp;: le sommet.") == [
        ("<br>", "major"), ("&nbsp;", "major")]


def test_entity_stays_major_in_a_text_that_writes_code():
    # an undecoded entity is conversion debris whatever the text; only tags are named as code
    text = "Lancez --verbose puis --dry-run, la configuration est dans /etc/app/app.conf&nbsp;: voir a=b."
    assert ("&nbsp;", "major") in _found(HtmlInText(), text)


def test_a_manual_s_page_documents_its_placeholders_and_tags():
    """KDE's handbooks list the placeholders a menu entry's command takes (« %D - une liste de dossiers »), with
    too few other technical tokens to count as writing code; a manual's page (HTML a documentation tool rendered,
    or a man page: calibre's « des balises <a href> ») documents what it names, so they are minor. The same page
    from a CMS keeps them major."""
    from mtaudit import Auditor

    page = ('<html><head><meta name="generator" content="{tool}"></head><body><p>La commande peut contenir des '
            'paramètres, remplacés par les valeurs réelles au lancement du programme :</p><p>%d - le dossier du '
            'fichier à ouvrir,</p><p>%D - une liste de dossiers.</p><p>Suivez les liens des balises &lt;a href&gt; '
            'de la page.</p></body></html>')
    auditor = Auditor()

    def found(html):
        return [(f["rule"], f["text"], f["severity"]) for f in auditor.audit(html, html=True)["findings"]
                if f["rule"] in ("MTA103", "MTA104")]

    manual = found(page.format(tool="DocBook XSL Stylesheets Vsnapshot"))
    assert [t for _, t, _ in manual] == ["%d", "%D", "<a href>"] and {s for *_, s in manual} == {"minor"}
    assert {s for *_, s in found(page.format(tool="WordPress 6.4"))} == {"major"}


def test_yelp_s_pages_are_a_manual_s():
    """yelp-xsl, which renders GNOME's Mallard help (as Yelp and help.gnome.org show it), writes no generator <meta>
    but links its script, yelp.js, from every page: gThumb's help documents the date codes (« Équivalent à
    %m/%d/%y »). A page that loads another script is read as before."""
    from mtaudit import Auditor

    page = ('<html><head><script type="text/javascript" src="{script}"></script></head><body><p>Les codes suivants '
            'sont remplacés par la date et l\'heure de la photo dans le nom des fichiers créés :</p><p>%D - équivalent '
            'à %m/%d/%y, la date au format américain.</p></body></html>')
    auditor = Auditor()

    def found(script):
        return [(f["text"], f["severity"]) for f in auditor.audit(page.format(script=script), html=True)["findings"]
                if f["rule"] == "MTA103"]

    assert found("yelp.js") == [("%D", "minor"), ("%d", "minor")]
    assert {s for _, s in found("jquery.js")} == {"major"}
