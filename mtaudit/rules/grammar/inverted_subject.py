"""MTA503 inverted-subject-agreement: the verb of a reporting incise against its inverted subject."""
from __future__ import annotations

from ...detect.rule import bad, good
from ...i18n import _
from .analysis import (COLLECTIVE, COORD, Candidate, GrammarRule, SINGULAR_HEADS, SPACY_NUMBER,
                       _is_participle, _norm, _rebuild, auxiliaries, determiners, sentences)


class InvertedSubjectAgreement(GrammarRule):
    id = "MTA503"
    slug = "inverted-subject-agreement"
    name = "Verb of an incise does not agree with its inverted subject"
    severity = "major"
    what = """Finds reporting incises (« … », a déclaré X / …, ont ajouté les responsables) where
    the subject follows the verb, and checks their numbers: "l'un des responsables", "chacun des
    ministres", a name or a singular noun phrase takes a singular verb; a plural determiner takes a
    plural one. Coordinated subjects and collective nouns are left alone, and so is a verb whose
    subject the dependency parse finds on its left ("Le patron, un ancien ministre, a expliqué les
    raisons": an apposition between commas, then a plain object). Verbs of saying are listed
    in data/reporting_verbs.txt."""
    why = """The English "said one of the officials" ends with a plural noun, and machine translation
    agrees the French verb with it: "ont déclaré l'un des responsables". Grammar checkers rarely look
    for the subject after the verb."""
    example = "», ont déclaré l’un des responsables. → », a déclaré l’un des responsables."
    examples_bad = [
        bad("« Rien n'est décidé », ont déclaré l'un des responsables.",
            "ont déclaré l'un des responsables", suggestion="a déclaré l'un des responsables"),
        bad("« Nous sommes prêts », a ajouté les ministres européens.",
            suggestion="ont ajouté les ministres européens"),
        bad("La guerre continuera, ont affirmé le porte-parole du gouvernement.",
            "ont affirmé le porte-parole"),
    ]
    examples_good = [
        good("« Rien n'est décidé », a déclaré l'un des responsables."),
        good("« Nous sommes prêts », ont ajouté les ministres européens."),
        good("« Nous sommes prêts », ont déclaré le ministre et son homologue."),
        good("« C'est une étape importante », a-t-il déclaré."),
        good("« Nous verrons », a déclaré Kaja Kallas aux journalistes."),
        good("Le patron de l'entreprise, un ancien ministre, a expliqué les raisons de son départ."),
    ]

    @staticmethod
    def candidates(ctx, engine) -> list[Candidate]:
        return inverted_subject_checks(ctx, engine)


CLOSERS = {",", "»", "”", '"', "’’"}
def reporting_verbs(ctx) -> frozenset:
    return ctx.resources.words("reporting_verbs")


# -- entry point ------------------------------------------------------------------------------------

def inverted_subject_checks(ctx, engine) -> list[Candidate]:
    verbs = reporting_verbs(ctx)
    dets = determiners(ctx)
    by_form, by_key = auxiliaries(ctx)
    out = []
    for _sent, toks in sentences(ctx):
        for n, v in enumerate(toks):
            if n == 0 or toks[n - 1].text not in CLOSERS:
                continue
            if not (v.pos in ("AUX", "VERB") and "VerbForm=Fin" in v.morph) or v.text[:1].isupper():
                continue
            k = n + 1
            if v.pos == "AUX" or v.lemma in ("avoir", "être"):
                while k < len(toks) and toks[k].pos == "ADV":
                    k += 1
                if k >= len(toks) or not _is_participle(toks[k]) or toks[k].lemma not in verbs:
                    continue
                k += 1
            elif v.lemma not in verbs:
                continue
            if k >= len(toks) or toks[k].text.startswith("-"):
                continue  # "a-t-il déclaré": pronoun subject
            if not _incise(ctx, toks, n, k - 1):
                continue  # "Le président, M. X, a annoncé les mesures": subject before the verb
            subj = _inverted_subject(toks, k, dets)
            if subj is None:
                continue
            s_num, s_end = subj
            v_num = by_form[v.text.lower()]["number"] if v.text.lower() in by_form \
                else SPACY_NUMBER.get(v.feat("Number"))
            if v_num not in ("s", "p") or v_num == s_num:
                continue
            span = toks[n:s_end + 1]
            suggestion = None
            row = by_form.get(v.text.lower())
            other = by_key.get((row["lemma"], row["person"], s_num, row["tense"])) if row else None
            if not other and engine is not None:
                forms = engine.conjugate_like(v.text, ":3" + s_num)
                other = forms[0] if forms else None
            if other:
                suggestion = _rebuild(ctx, span, {v.i: other})
            subject_text = ctx.text[toks[k].start:toks[s_end].end]
            out.append(Candidate(
                "MTA503", v.start, toks[s_end].end,
                _("Subject-verb agreement: in this incise the subject comes after the verb; « {subject} » is "
                  "{number}, so the verb must be too.").format(
                    subject=subject_text, number=_("singular") if s_num == "s" else _("plural")),
                suggestion, None, "rules"))
    return out


QUOTE_CLOSERS = {"»", "”", '"', "’’"}


def _incise(ctx, toks, n, m) -> bool:
    """Is the verb group toks[n..m] an incise whose subject follows it? Not when the parse gives the
    verb a subject on its left (a plain subject-verb-object sentence with an apposition between
    commas); yes after a quotation, where the parse puts the verb's subject on its right, or where
    it reads the verb as an inserted clause (parataxis)."""
    heads = {toks[n].i, toks[m].i}
    first = toks[0].i
    if _resumes_after_comma(toks, m):
        return True  # "La décision, ont ajouté les sources, sera connue": the sentence goes on after
    for t in ctx.tokens[first:toks[n].i]:
        if t.head in heads and t.dep.split(":")[0] in ("nsubj", "expl") and not _quoted(toks, t):
            return False
    quoted = any(t.text in QUOTE_CLOSERS for t in toks[max(0, n - 3):n])
    right = any(t.head in heads and t.dep.startswith("nsubj") for t in toks if t.i > toks[m].i)
    return quoted or right or toks[m].dep == "parataxis" or toks[n].dep == "parataxis"


def _resumes_after_comma(toks, m) -> bool:
    """After the verb group toks[..m], does the clause close with a comma followed at once by a
    finite verb (the main clause resuming after a mid-sentence incise)?"""
    for j in range(m + 1, len(toks) - 1):
        if toks[j].pos == "PUNCT":
            if toks[j].text != ",":
                return False
            k = j + 1
            while k < len(toks) and toks[k].lower in ("ne", "n'"):
                k += 1
            return k < len(toks) and toks[k].pos in ("AUX", "VERB") and "VerbForm=Fin" in toks[k].morph
    return False


def _quoted(toks, tok) -> bool:
    """Is tok inside a « » quotation of this sentence?"""
    depth = 0
    for t in toks:
        if t.i == tok.i:
            return depth > 0
        if t.text in ("«", "“"):
            depth += 1
        elif t.text in ("»", "”") and depth:
            depth -= 1
    return False


def _inverted_subject(toks, k, dets):
    """(number, index of its last core token) of the subject starting at toks[k], or None."""
    t = toks[k]
    low = _norm(t.text)
    end_clause = k
    while end_clause < len(toks) and toks[end_clause].pos != "PUNCT":
        end_clause += 1
    clause = toks[k:end_clause]
    if any(_norm(c.text) in COORD or c.text == "ainsi" for c in clause):
        return None
    # l'un des responsables / une des sources / chacun des ministres
    j = k + 1 if low in ("l'",) else k
    if j < len(toks) and _norm(toks[j].text) in SINGULAR_HEADS and toks[j].pos == "PRON":
        end = j
        if j + 2 < len(toks) and _norm(toks[j + 1].text) in ("des", "de", "d'"):
            end = j + 2
            while end + 1 < end_clause and toks[end + 1].pos == "ADJ":
                end += 1
        return "s", end
    if t.pos == "PROPN":
        end = k
        while end + 1 < end_clause and toks[end + 1].pos == "PROPN":
            end += 1
        return "s", end
    if low in dets and t.pos in ("DET", "ADP"):
        number = dets[low]["number"]
        if number not in ("s", "p"):
            return None
        end = k + 1
        while end < end_clause and toks[end].pos in ("ADJ", "NUM"):
            end += 1
        if end >= end_clause or toks[end].pos != "NOUN" or toks[end].lemma in COLLECTIVE:
            return None
        while end + 1 < end_clause and toks[end + 1].pos == "ADJ":
            end += 1
        return number, end
    return None


# -- wrong auxiliary or reflexive ------------------------------------------------------------------
