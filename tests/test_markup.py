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
