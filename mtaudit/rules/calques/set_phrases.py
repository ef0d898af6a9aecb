"""Set phrases of English news rendered word for word instead of by their accepted French form."""
from ...detect.rule import bad, good
from .lexicon import LexiconRule
from ...i18n import _, data_text


class SetPhraseMistranslation(LexiconRule):
    id = "MTA301"
    slug = "set-phrase-mistranslation"
    name = "Mistranslated set phrase"
    category = "mistranslation"
    mqm = "Accuracy/Mistranslation"
    severity = "major"
    table = "set_phrases"
    what = """Finds known wrong renderings of English set phrases from diplomacy, defence, politics,
    economy and the newsroom ("coalition des conférences" for "coalition of the willing", "grève
    aérienne" for "air strike", "réservoir de pensée" for "think tank"), in inflected forms and with
    a small insertion, and suggests the accepted French. The lexicon is mtaudit/data/set_phrases.tsv."""
    why = """A set phrase has one accepted French form; a literal rendering either means something else
    or nothing at all, and the reader loses the fact the sentence reports."""
    example = "la coalition des conférences → la coalition des volontaires"
    examples_bad = [
        bad("Les alliés de l'Ukraine qui forment la coalition des conférences se sont réunis jeudi.",
            "coalition des conférences", suggestion="coalition des volontaires"),
        bad("Deux grèves aériennes israéliennes ont tué six personnes, selon l'armée.",
            "grèves aériennes"),
        bad("Un réservoir de pensée américain estime que Pékin ralentit.", "réservoir de pensée"),
        bad("Le président devient un canard politiquement estropié après les élections.",
            "canard politiquement estropié"),
        bad("Les soldats utiliseront les structures de commande et de contrôle de l'Alliance.",
            "commande et de contrôle"),
    ]
    examples_good = [
        good("Un sommet de la « coalition des volontaires » a eu lieu à Paris."),
        good("Le cessez-le-feu a été signé par les deux camps."),
        good("Les syndicats préparent une grève aérienne : les pilotes cesseront le travail lundi."),
        good("Les gardiens de la paix ont interpellé un manifestant près du commissariat."),
        good("Le serveur de commande et de contrôle du logiciel malveillant a été saisi."),
        good("Un groupe de réflexion américain estime que Pékin ralentit."),
    ]

    def message(self, ctx, m):
        r = m.row
        msg = _('"{text}" renders "{english}"; French says "{french}" ({note}).') if r.get("note") \
            else _('"{text}" renders "{english}"; French says "{french}".')
        return msg.format(text=ctx.text[m.start:m.end], english=r["english"], french=r["french"],
                          note=data_text(r.get("note") or ""))

    def suggestion(self, m):
        return m.row.get("french") or None
