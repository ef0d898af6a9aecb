"""The first letter of source and target differ in case."""
import re
import weakref

from ...detect.rule import Rule, bad, good
from ...l10n import CODE_RE, PLACEHOLDER_RE, source_of, unit_finding
from ...l10n.memory import memory_of
from ...i18n import _

LETTER = re.compile(r"[^\W\d_]")
WORD = re.compile(r"[\w.'’-]+")
# a file whose translator changes the case of this share of its units (at least MIN_CONVENTION of them)
# does so on purpose: French lower-cases language names, a help text may capitalise its lines
CONVENTION, MIN_CONVENTION = 0.2, 3
_conventions: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def first_letter(text: str):
    masked = PLACEHOLDER_RE.sub(lambda m: "0" * len(m.group()), CODE_RE.sub(lambda m: "0" * len(m.group()), text))
    m = LETTER.search(masked)
    if not m or masked[:m.start()].strip(" \t\n\u00a0\"'«“(¿¡-–—•*"):
        return None  # a number or a placeholder opens the string: nothing to compare
    return m


def sentence_case(text: str, m) -> bool:
    """Whether the word at m reads in sentence case (Open, open), not as an acronym, a code or a name
    written its own way (CASE, X.509, BibTeX, iPhone), whose case says nothing of a sentence start."""
    w = WORD.match(text, m.start())
    word = w.group() if w else m.group()
    letters = [c for c in word if c.isalpha()]
    return (word.replace("-", "").replace("'", "").replace("’", "").isalpha()
            and not any(c.isupper() for c in letters[1:]))


def case_pair(source: str, target: str):
    """(source letter, target letter, their match objects) of a comparable unit, else None."""
    ms, mt = first_letter(source), first_letter(target)
    if not ms or not mt or not sentence_case(source, ms) or not sentence_case(target, mt):
        return None
    a, b = ms.group(), mt.group()
    if not (a.isupper() or a.islower()) or not (b.isupper() or b.islower()):
        return None
    return a, b, ms, mt


def conventions(tm, doc) -> dict:
    """For one file of the memory: per source case ("upper", "lower"), the units compared and how many
    the target writes the other way (every file of the memory counted in one pass, on first use)."""
    if tm not in _conventions:
        per_doc, seen = {}, set()
        for entries in tm.by_source.values():
            for e in entries:
                if (e.doc, e.unit) in seen:
                    continue
                seen.add((e.doc, e.unit))
                pair = case_pair(e.source, e.target)
                if pair:
                    c = per_doc.setdefault(e.doc, {"upper": [0, 0], "lower": [0, 0]})["upper" if pair[0].isupper()
                                                                                      else "lower"]
                    c[0] += 1
                    c[1] += pair[0].isupper() != pair[1].isupper()
        _conventions[tm] = per_doc
    return _conventions[tm].get(doc) or {"upper": [0, 0], "lower": [0, 0]}


class FirstLetterCase(Rule):
    id = "MTA909"
    slug = "first-letter-case"
    name = "First letter case differs"
    category = "typography"
    mqm = "Fluency/Typography"
    severity = "minor"
    stage = "l10n"
    what = """Compares the case of the first letter of a unit's source and target (after opening
    quotes, brackets and codes; a string that opens with a number or a placeholder is left
    alone, and so is one whose first word is an acronym, a code or a name written its own way:
    CASE, X.509, BibTeX). When a file changes the case one way in a fifth of its units or more
    (at least 3), that is the translator's convention (French writes language names in lower
    case: "German" → "allemand"; a help text may capitalise every line): not reported."""
    why = """A capital lost at the start of a sentence or one added to a fragment that continues
    another string shows in the product."""
    example = "EN: Open the file → FR: ouvrez le fichier"
    examples_bad = [bad("ouvrez le fichier", "o", source="Open the file"),
                    bad("Du fichier", "D", source="of the file"),
                    bad("ouvrez le fichier", "o", source="Open the file",
                        memory=[("f", "1", "Open the file", "ouvrez le fichier"), ("f", "2", "Save", "Enregistrer"),
                                ("f", "3", "Close", "Fermer"), ("f", "4", "German", "allemand")],
                        doc="f", unit="1")]
    examples_good = [good("Ouvrez le fichier", source="Open the file"), good("« Ouvrez »", source="“Open”"),
                     good("3 fichiers", source="3 files"), good("iPhone", source="iPhone"),
                     good("certificat X.509", source="X.509 certificate"),
                     good("l'instruction CASE n'a pas de partie ELSE", source="CASE statement is missing ELSE part"),
                     good("allemand", source="German",
                          memory=[("f", "1", "German", "allemand"), ("f", "2", "French", "français"),
                                  ("f", "3", "Dutch", "néerlandais"), ("f", "4", "Open", "Ouvrir")],
                          doc="f", unit="1")]

    def check(self, ctx):
        src = source_of(ctx)
        if src is None:
            return
        pair = case_pair(src, ctx.text)
        if not pair:
            return
        a, b, ms, mt = pair
        if a.isupper() == b.isupper():
            return
        tm = memory_of(ctx)
        if tm is not None:
            n, changed = conventions(tm, ctx.extras.get("doc"))["upper" if a.isupper() else "lower"]
            if changed >= MIN_CONVENTION and changed >= CONVENTION * n:
                return
        # a word the source keeps in lower case on purpose (iPhone, eBay) is not a sentence start
        if a.islower() and re.match(r"[a-z]+[A-Z]", src[ms.start():]):
            return
        yield unit_finding(self, ctx, mt.start(), mt.end(),
                           _("The source starts with a capital, the target with a small letter.") if a.isupper()
                           else _("The source starts with a small letter, the target with a capital."),
                           source_span=(ms.start(), ms.end()))
