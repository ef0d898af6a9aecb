"""MTA504 wrong-auxiliary-or-reflexive: auxiliaries and reflexives from data/verb_usage.tsv."""
from __future__ import annotations

from ...detect.rule import bad, good
from ...i18n import _, data_text
from .analysis import (Candidate, GrammarRule, _apostrophe, _is_participle, _norm, _rebuild, auxiliaries,
                       sentences)


class AuxiliaryOrReflexive(GrammarRule):
    id = "MTA504"
    slug = "wrong-auxiliary-or-reflexive"
    name = "Wrong auxiliary or needless reflexive"
    severity = "major"
    what = """Finds verbs built with an auxiliary or a reflexive pronoun they do not take, from the
    lexicon data/verb_usage.tsv matched on lemmas: "se sont convenues de" (convenir de is not
    pronominal), "sont démissionné" (takes avoir), "a décédé" (takes être). The suggestion rewrites
    the verb group with the right auxiliary."""
    why = """Machine translation maps "have agreed", "have resigned" word for word and guesses the
    auxiliary or adds a reflexive by analogy with nearby verbs; the result is ungrammatical French."""
    example = "les deux parties ne se sont pas officiellement convenues des conditions → n’ont pas officiellement convenu"
    examples_bad = [
        bad("Les deux parties ne se sont pas officiellement convenues des conditions.",
            "ne se sont pas officiellement convenues", suggestion="n'ont pas officiellement convenu"),
        bad("Le ministre est démissionné la semaine dernière.", "est démissionné",
            suggestion="a démissionné"),
        bad("Le président a décédé hier.", "a décédé", suggestion="est décédé"),
    ]
    examples_good = [
        good("Les deux parties n'ont pas officiellement convenu des conditions."),
        good("Les deux parties sont convenues de se revoir."),
        good("Ces deux couleurs se sont toujours bien convenu."),
        good("Le ministre a démissionné la semaine dernière."),
        good("Le président est décédé hier."),
        good("Les combats se sont poursuivis."),
    ]

    @staticmethod
    def candidates(ctx, engine) -> list[Candidate]:
        return auxiliary_checks(ctx)


def verb_usage(ctx) -> dict:
    def build():
        out: dict = {}
        for r in ctx.resources.table("verb_usage"):
            out.setdefault(r["lemma"], []).append(r)
        return out
    return ctx.resources.memo(("mta5", "verb_usage"), build)


REFLEXIVE = {"se", "s'"}


def auxiliary_checks(ctx) -> list[Candidate]:
    usage = verb_usage(ctx)
    by_form, by_key = auxiliaries(ctx)
    apostrophe = _apostrophe(ctx)
    out = []
    for _sent, toks in sentences(ctx):
        for n, p in enumerate(toks):
            if p.lemma not in usage or not _is_participle(p):
                continue
            a = n - 1
            while a >= 0 and toks[a].pos == "ADV":
                a -= 1
            if a < 0 or toks[a].text.lower() not in by_form:
                continue
            aux = toks[a]
            aux_row = by_form[aux.text.lower()]
            r = a - 1
            reflexive = toks[r] if r >= 0 and _norm(toks[r].text) in REFLEXIVE else None
            nxt = _norm(toks[n + 1].text) if n + 1 < len(toks) else ""
            for row in usage[p.lemma]:
                kind = row["error"]
                if kind == "pronominal" and not (reflexive and aux_row["lemma"] == "être"):
                    continue
                if kind == "etre-used" and (reflexive or aux_row["lemma"] != "être"):
                    continue
                if kind == "avoir-used" and aux_row["lemma"] != "avoir":
                    continue
                context = [_norm(c) for c in row["context"].split("|") if c]
                if context and nxt not in context:
                    continue
                first = reflexive or aux
                start_idx = toks.index(first)
                if reflexive and start_idx > 0 and _norm(toks[start_idx - 1].text) in ("ne", "n'"):
                    start_idx -= 1
                span = toks[start_idx:n + 1]
                replace = {}
                new_aux = by_key.get((row["fix_aux"], aux_row["person"], aux_row["number"], aux_row["tense"]))
                if new_aux:
                    replace[aux.i] = new_aux
                if reflexive:
                    replace[reflexive.i] = ""
                if row["agree"] != "yes":
                    replace[p.i] = row["participle"]
                neg = span[0] if _norm(span[0].text) in ("ne", "n'") else None
                if neg is not None and new_aux and new_aux[:1] in "aeiouéèêh":
                    replace[neg.i] = "n" + apostrophe
                suggestion = _rebuild(ctx, span, replace) if new_aux else None
                if kind == "pronominal":
                    msg = _("« {verb} » is not pronominal here: drop « {reflexive} » and use {aux}.").format(
                        verb=p.lemma, reflexive=reflexive.text, aux=row["fix_aux"])
                else:
                    msg = _("« {verb} » is conjugated with {aux}, not {wrong}.").format(
                        verb=p.lemma, aux=row["fix_aux"], wrong=aux_row["lemma"])
                out.append(Candidate("MTA504", span[0].start, p.end, f"{msg} {data_text(row['reason'])}.",
                                     suggestion, None, "rules"))
                break
    return out
