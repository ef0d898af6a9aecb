"""MTA650 unbalanced-guillemets: a closing » without its «, an « never closed, doubled marks."""
from __future__ import annotations

import re

from ...detect.rule import Rule, bad, good
from ...i18n import _
from .common import guillemets, skip_spaces


INCISE_AFTER = re.compile(r"[ \u00a0\u202f]*,[ \u00a0\u202f]*[a-zà-ÿ]")
SPEECH_BEFORE = re.compile(r"(?:^|\n|:)[ \u00a0\u202f]*$")
CAPITAL_AFTER = re.compile(r"[ \u00a0\u202f]*[A-ZÀ-Ý]")


def _speech_close(text, pos) -> bool:
    """» after words, followed by a reporting incise (« …, a déclaré X »): the end of a quoted
    speech whose opening mark lies in an earlier paragraph (or was left implicit)."""
    j = skip_spaces(text, pos - 1, -1)
    return j >= 0 and not text[j].isdigit() and INCISE_AFTER.match(text, pos + 1) is not None


def _speech_open(text, pos) -> bool:
    """« opening a quoted sentence at the start of a paragraph or after a colon: speech that runs
    on over the next paragraphs, closed by an incise or left open in the French manner."""
    return SPEECH_BEFORE.search(text, max(0, pos - 5), pos) is not None \
        and CAPITAL_AFTER.match(text, pos + 1) is not None


class UnbalancedGuillemets(Rule):
    id = "MTA650"
    slug = "unbalanced-guillemets"
    name = "Doubled or unbalanced guillemets"
    category = "punctuation"
    mqm = "Fluency/Punctuation"
    severity = "minor"
    what = """Finds a closing guillemet » with no opening « before it, an opening « that is never
    closed, and doubled marks ("durable » »"). A quotation may run over a few paragraphs, and the
    French convention of repeating « (or ») at the start of each continued paragraph is understood.
    Speech that runs over paragraphs with one mark left implicit is not reported either: a « that
    opens a quoted sentence at the start of a paragraph or after a colon, and a » followed by a
    reporting incise (« …, a déclaré X »). A mark after a number (inches: 16 ») is still reported."""
    why = """Machine translation often duplicates or drops one of a pair of quotation marks; the
    reader can no longer tell where the quoted words end."""
    example = "« Nous avons besoin de quelque chose de durable » » a déclaré… → « … durable », a déclaré…"
    examples_bad = [
        bad("« Nous avons besoin de quelque chose de durable » » a déclaré un diplomate.", "» »", suggestion="»"),
        bad("Il a parlé d'une « paix juste. Les discussions continuent demain.", "«"),
        bad("Le ministre a dénoncé une décision » injuste ».", "»"),
        bad("Il a dit « « Non » à la proposition.", "« «", suggestion="«"),
        bad("L'écran mesure 16 » de diagonale.", "»"),
    ]
    examples_good = [
        good("« Nous avons besoin de quelque chose de durable », a déclaré un diplomate."),
        good("La source a noté que « les discussions ont souligné qu'une forme de « soutien tacite » est cruciale »."),
        good("« Premier paragraphe de la citation.\n« Deuxième paragraphe, toujours cité. »\nLe texte reprend."),
        good("Elle a déclaré : « Nous partirons\ndemain matin. »"),
        good("Il a résumé la soirée : « Le public était debout.\nPersonne ne voulait partir.\nLe groupe a joué "
             "deux heures.\nNous reviendrons l'an prochain.\nLa salle était pleine, a-t-il ajouté."),
        good("Le match était serré.\nNous avons manqué de réussite.\nIl faudra corriger nos erreurs.\n"
             "Nous repartons au travail dès demain », a expliqué l'entraîneuse."),
    ]

    def check(self, ctx):
        text = ctx.text
        _pairs, unmatched, _rest = guillemets(ctx)
        for kind, pos in unmatched:
            if kind == "close":
                j = skip_spaces(text, pos - 1, -1)
                if j >= 0 and text[j] == "»":
                    yield self.finding(ctx, j, pos + 1, _("Doubled closing guillemet."), suggestion="»")
                    continue
                if _speech_close(text, pos):
                    continue
                yield self.finding(ctx, pos, pos + 1, _("Closing guillemet » without an opening «."))
            else:
                j = skip_spaces(text, pos + 1, 1)
                if j < len(text) and text[j] == "«":
                    yield self.finding(ctx, pos, j + 1, _("Doubled opening guillemet."), suggestion="«")
                    continue
                if _speech_open(text, pos):
                    continue
                yield self.finding(ctx, pos, pos + 1, _("Opening guillemet « that is never closed."))
