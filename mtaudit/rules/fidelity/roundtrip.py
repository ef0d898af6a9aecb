"""Round-trip fidelity: sentences that do not survive French -> English -> French."""
from ...detect.rule import Rule, bad, good
from .common import ex_roundtrip, ex_sentence, option, quote, roundtrip, sentence_records
from ...i18n import _

_T1 = "Le ministre a salué un accord historique. Related Post"
_T2 = "Le pays du désir pour la maintenance de forces. Les ministres se sont réunis mardi à Bruxelles."
_T3 = "Le sommet s'est tenu à Paris. Les dirigeants ont promis une aide rapide."


class LowRoundTripFidelity(Rule):
    id = "MTA801"
    slug = "low-round-trip-fidelity"
    name = "Low round-trip fidelity"
    category = "fidelity"
    mqm = "Accuracy/Mistranslation"
    severity = "minor"
    stage = "roundtrip"
    what = """Translates each sentence to English and back to French (the engine chosen with
    --roundtrip) and flags sentences whose back-translation is far from the original: fidelity, the
    mean of chrF++/100 and the semantic similarity of original and back-translation, falls below the
    engine's calibrated threshold (mtaudit/data/roundtrip_thresholds.tsv). Below the `major`
    threshold the rule makes the finding major, but by default it is demoted to minor: its false
    alarms on human French outweigh its worth (mtaudit/data/rule_precision.tsv; a `severity` override
    in the configuration sets it). The message shows the English pivot and the back-translation."""
    why = """A sentence that a translation engine cannot carry to English and back usually does not
    say clearly what it means: leftover English, word salad from a bad machine translation, a broken
    construction. The evidence is indirect (the engine may be the one at fault), so these findings
    are never critical and point the reviewer at the sentence rather than at a word."""
    example = "« Related Post » → English « Related Post » → back « Endroit narré » (fidelity 0.10)"
    examples_bad = [
        bad(_T1, "Related Post", roundtrip=ex_roundtrip(
            ex_sentence(_T1, "Le ministre a salué un accord historique.", "The minister welcomed a historic agreement.",
                        "Le ministre a salué un accord historique.", 100.0, 1.0),
            ex_sentence(_T1, "Related Post", "Related Post", "Endroit narré", 4.46, 0.15))),
        bad(_T2, "Le pays du désir pour la maintenance de forces.", roundtrip=ex_roundtrip(
            ex_sentence(_T2, "Le pays du désir pour la maintenance de forces.", "The country of the wish for the maintenance of forces.",
                        "Le pays du souhait pour l'entretien de forces.", 38.0, 0.55),
            ex_sentence(_T2, "Les ministres se sont réunis mardi à Bruxelles.", "The ministers met on Tuesday in Brussels.",
                        "Les ministres se sont réunis mardi à Bruxelles.", 100.0, 0.99))),
        # without the encoder only chrF++ counts
        bad(_T3, "Les dirigeants ont promis une aide rapide.", roundtrip=ex_roundtrip(
            ex_sentence(_T3, "Les dirigeants ont promis une aide rapide.", "Leaders promised help.",
                        "Les chefs ont juré un secours.", 18.0, None))),
    ]
    examples_good = [
        # an awkward but faithful back-translation stays above the thresholds (seed 000's worst: 0.548)
        good(_T3, roundtrip=ex_roundtrip(
            ex_sentence(_T3, "Le sommet s'est tenu à Paris.", "The summit was held in Paris.",
                        "La cime a été tenue à Paris.", 44.9, 0.65),
            ex_sentence(_T3, "Les dirigeants ont promis une aide rapide.", "The leaders promised a fast help.",
                        "Les dirigeants ont promis une aide rapide.", 100.0, 1.0))),
        good(_T3, roundtrip={"available": False, "reason": "no translation engine available", "how_to_enable": "…"}),
        good(_T3, roundtrip=ex_roundtrip(
            ex_sentence(_T3, "Le sommet s'est tenu à Paris.", "The summit was held in Paris.",
                        "Le sommet a eu lieu à Paris.", 52.0, None))),
        good(_T3),
    ]

    def check(self, ctx):
        rt = roundtrip(ctx) or {}
        for rec in sentence_records(ctx):
            chrf, sem = rec.get("chrf"), rec.get("semantic")
            if chrf is None:
                continue
            if sem is None:
                value, minor, major = chrf, option(ctx, "chrf_minor", 35.0), option(ctx, "chrf_major", 20.0)
                shown = _("chrF++ {chrf}").format(chrf=f"{chrf:.1f}")
            else:
                value = 0.5 * chrf / 100.0 + 0.5 * max(0.0, sem)
                minor, major = option(ctx, "minor", 0.50), option(ctx, "major", 0.30)
                shown = _("fidelity {value}: chrF++ {chrf}, semantic {semantic}").format(
                    value=f"{value:.2f}", chrf=f"{chrf:.1f}", semantic=f"{sem:.2f}")
            if value >= minor:
                continue
            severity = "major" if value < major else "minor"
            yield self.finding(
                ctx, rec["start"], rec["end"],
                _("This sentence does not survive a round trip through English ({scores}; threshold {threshold}). "
                  "English: {english}; back to French: {back}. Check that it says what the source meant.").format(
                    scores=shown, threshold=f"{minor:g}", english=quote(rec.get("pivot")), back=quote(rec.get("back"))),
                severity=severity, confidence=0.6, engine=f"roundtrip:{rt.get('engine', '?')}")
