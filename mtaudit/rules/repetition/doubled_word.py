"""MTA700 doubled-word: a word written twice in a row."""
from __future__ import annotations

from ...detect.rule import Rule, bad, good
from ...i18n import _, quote
from .common import words


SPACES = " \u00a0\u202f\t"
def _only_spaces(text, a, b) -> bool:
    return a < b and all(c in SPACES for c in text[a:b])


class DoubledWord(Rule):
    id = "MTA700"
    slug = "doubled-word"
    name = "Doubled word"
    category = "repetition"
    mqm = "Fluency/Duplication"
    severity = "minor"
    what = """Finds a word or a group of two to four words written twice in a row ("le le", "de la
    de la"). Legitimate doublings are listed in data/repetition.tsv ("nous nous", "vous vous",
    "en en parlant"); names ("Bora Bora", "de De Gaulle"), numbers and runs of three or more
    ("la la la") are left alone."""
    why = """A doubled word is a typing or segment-joining slip; it makes the sentence look
    unrevised and sometimes hides a missing word."""
    example = "il faut que que l'Europe → il faut que l'Europe"
    examples_bad = [
        bad("Il faut que que l'Europe agisse.", "que que", suggestion="que"),
        bad("Le le président a parlé.", "Le le", suggestion="Le"),
        bad("Le soutien de la de la France est acquis.", "de la de la", suggestion="de la"),
    ]
    examples_good = [
        good("Nous nous sommes rencontrés à Bruxelles, où vous vous êtes exprimé."),
        good("On apprend beaucoup en en parlant avec les diplomates."),
        good("Il a cité la maison de De Gaulle et l'atoll de Bora Bora."),
        good("Le budget atteint 1 000 000 euros."),
        good("Le refrain faisait la la la."),
    ]

    def check(self, ctx):
        text = ctx.text
        allow = words(ctx, "allow_double")
        phrases = [p for p in allow if " " in p]
        starts = {ln.start for ln in ctx.article.lines} | {st.start for st in ctx.article.sentences}
        ws = ctx.article.word_spans
        lows = [w.text.lower() for w in ws]
        i = 0
        while i < len(ws):
            hit = None
            for n in (4, 3, 2, 1):
                if i + 2 * n > len(ws) or lows[i] != lows[i + n]:
                    continue
                first, second = ws[i:i + n], ws[i + n:i + 2 * n]
                a, b = [w.text for w in first], [w.text for w in second]
                same = a == b or (first[0].start in starts and a[0][:1].isupper() and a[0].lower() == b[0]
                                  and a[1:] == b[1:])
                if not same:
                    continue
                if not all(_only_spaces(text, ws[k].end, ws[k + 1].start) for k in range(i, i + 2 * n - 1)):
                    continue
                low = [w.lower() for w in b]
                if any(c.isdigit() for w in low for c in w) or b[0][:1].isupper():
                    continue
                if n == 1 and (low[0] in allow or self._allowed_phrase(text, second[0].end, phrases)):
                    continue
                if n > 1 and low[-1] in ("et", "ou"):
                    continue  # "dure et dure et" is emphasis
                # a run of three or more (onomatopoeia, refrains)
                nxt = ws[i + 2 * n:i + 3 * n]
                if len(nxt) == n and [w.text.lower() for w in nxt] == low \
                        and _only_spaces(text, second[-1].end, nxt[0].start):
                    continue
                if n == 1 and i > 0 and ws[i - 1].text.lower() == low[0] \
                        and _only_spaces(text, ws[i - 1].end, ws[i].start):
                    continue
                hit = (n, first[0].start, second[-1].end, text[first[0].start:first[-1].end])
                break
            if hit:
                n, start, end, once = hit
                yield self.finding(ctx, start, end, _("{word} is written twice in a row.").format(word=quote(once)),
                                   suggestion=once)
                i += 2 * n
            else:
                i += 1

    @staticmethod
    def _allowed_phrase(text, end, phrases) -> bool:
        before = " ".join(text[max(0, end - 60):end].lower().replace("’", "'").split())
        return any(before.endswith(p) for p in phrases)
