"""Targets far shorter or far longer than their source."""
from ...detect.rule import Rule, bad, good
from ...l10n import CODE_RE, body, source_of, unit_finding
from ...i18n import _
from ...report.labels import num

# French over English length, in characters. WMT20 QE en-fr segments without any human-annotated
# error (400, sources of 30+ characters, 724 calibration documents; bench/l10n_peer.py --calibrate,
# 2026-12-01): 0.5th percentile 0.82, median 1.15, 99.5th 1.60. The limits sit 25 % outside those.
LOW, HIGH = 0.6, 2.0
MIN_SOURCE = 30


class LengthRatio(Rule):
    id = "MTA911"
    slug = "length-ratio"
    name = "Length ratio outlier"
    category = "omission"
    mqm = "Accuracy/Omission"
    severity = "minor"
    stage = "l10n"
    what = f"""A unit whose target is under {LOW} or over {HIGH} times the length of its source
    (characters outside codes; sources of {MIN_SOURCE}+ characters). French usually runs 10 to 30 %
    longer than English."""
    why = """A target much shorter than its source has usually lost a clause; a much longer one
    repeats itself or carries text that is not a translation (MT hallucination, notes pasted in)."""
    example = "EN: a 60-character sentence → FR: 12 characters"
    examples_bad = [bad("Enregistrez.", "Enregistrez.", source="Save your changes before closing the window, or they are lost.")]
    examples_good = [good("Enregistrez vos modifications avant de fermer la fenêtre, sinon elles sont perdues.",
                          source="Save your changes before closing the window, or they are lost."),
                     good("OK", source="Okay")]

    def check(self, ctx):
        src = source_of(ctx)
        if src is None or not ctx.text.strip():
            return
        ls, lt = len(CODE_RE.sub("", src).strip()), len(CODE_RE.sub("", ctx.text).strip())
        if ls < MIN_SOURCE:
            return
        ratio = lt / ls
        if LOW <= ratio <= HIGH:
            return
        s, e = body(ctx.text)
        yield unit_finding(self, ctx, s, e, _("The target is {ratio} times the length of the source (usual range "
                                              "{low}–{high}).").format(ratio=num(ratio, 2), low=num(LOW), high=num(HIGH)),
                           source_span=body(src))
