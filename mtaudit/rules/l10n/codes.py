"""Inline codes and placeholders: missing from the target, added, or put in another order."""
import re
from collections import Counter

from ...detect.rule import Rule, bad, good
from ...l10n import body, codes, source_of, unit_finding
from ...i18n import _, quote

POSITIONLESS = re.compile(r"%[-#0 +]*\d*(?:\.\d+)?(?:l|ll|h|z)?[sdifuxXeEgGcp@]$")  # %s, %d: order is meaning


class InlineCodes(Rule):
    id = "MTA903"
    slug = "inline-codes"
    name = "Inline codes and placeholders"
    category = "markup"
    mqm = "Design/Markup"
    severity = "major"
    stage = "l10n"
    what = """Compares the inline codes and placeholders of a unit's source and target: XLIFF/TMX
    codes (rendered <g1>…</g1>, <x2/>, <ph3/>, <bpt4/>, <pc1>…</pc1>), format placeholders ({0},
    {name}, %s, %1$s, %(name)s, {{name}}, ${name}), HTML tags and entities. A code of the source
    missing from the target, or a code the source does not have, is major; positional printf
    placeholders (%s, %d) in another order are major (the values swap); other codes in another
    order, or a paired code closed before it opens, are minor (word order may move them)."""
    why = """A lost placeholder drops a value at run time, an added one crashes the formatter or
    shows code to the user, a lost tag breaks the layout or a link."""
    example = "EN: Delete {0} items? → FR: Supprimer les éléments ?"
    examples_bad = [
        bad("Supprimer les éléments ?", source="Delete {0} items?"),
        bad("Bonjour %(name)s, vous avez %(count)d messages %s.", "%s",
            source="Hello %(name)s, you have %(count)d messages."),
        bad("Cliquez sur Enregistrer.", source="Click <g1>Save</g1>."),
        bad("De %d à %s.", "%d", source="From %s to %d."),
        bad("Voir <x2/> puis <x1/>.", "<x2/>", source="See <x1/> then <x2/>."),
    ]
    examples_good = [
        good("Cliquez sur <g1>Enregistrer</g1> pour garder <x2/>vos modifications.",
             source="Click <g1>Save</g1> to keep <x2/>your changes."),
        good("Supprimer {0} éléments ?", source="Delete {0} items?"),
        good("Une remise de 25 %.", source="A 25% discount."),
        good("Bonjour %(name)s !", source="Hello %(name)s!"),
    ]

    def check(self, ctx):
        src = source_of(ctx)
        if src is None:
            return
        sc, tc = codes(src), codes(ctx.text)
        s_count, t_count = Counter(i.key for i in sc), Counter(i.key for i in tc)
        missing = s_count - t_count
        s, e = body(ctx.text)
        if missing and s < e:  # (an empty target is MTA905's finding)
            lost = [i for i in sc if i.key in missing]
            listed = ", ".join(quote(k) + (f" ×{n}" if n > 1 else "") for k, n in sorted(missing.items(),
                                                                                     key=lambda kv: src.index(kv[0])))
            yield unit_finding(self, ctx, s, e, _("The target lacks {codes}, which the source has.").format(codes=listed),
                               source_span=(lost[0].start, lost[-1].end))
        extra = t_count - s_count
        for i in tc:
            if extra[i.key] > 0:
                extra[i.key] -= 1
                yield unit_finding(self, ctx, i.start, i.end, _("{text} is not in the source.").format(text=quote(i.text)))
        if missing or t_count - s_count:
            return
        # same codes: order
        s_keys, t_keys = [i.key for i in sc], [i.key for i in tc]
        if s_keys == t_keys:
            return
        s_printf = [k for k in s_keys if POSITIONLESS.match(k)]
        t_printf = [i for i in tc if POSITIONLESS.match(i.key)]
        if s_printf != [i.key for i in t_printf]:
            for a, b in zip(s_printf, t_printf):
                if a != b.key:
                    yield unit_finding(self, ctx, b.start, b.end,
                                       _("Placeholders without positions are in another order than in the source "
                                         "({order}): the values would swap. Use %1$s-style positions or keep the "
                                         "order.").format(order=" ".join(s_printf)))
                    return
        for i, k in zip(tc, s_keys):
            if i.key != k and not POSITIONLESS.match(i.key):
                yield unit_finding(self, ctx, i.start, i.end,
                                   _("Codes in another order than in the source ({order}).").format(order=" ".join(s_keys)),
                                   severity="minor")
                return
