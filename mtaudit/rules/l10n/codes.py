"""Inline codes and placeholders: missing from the target, added, or put in another order."""
import re
from collections import Counter

from ...detect.rule import Rule, bad, good
from ...l10n import PRINTF_RE, QT_ARG, body, codes, pair_changed, printf_type, singular_count, source_of, tag_key, \
    unit_finding
from ...i18n import _, quote

POSITIONED = re.compile(r"%\d+\$")  # %1$s: the argument is named, not taken in order


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
    {name}, %s, %1$s, %(name)s, {{name}}, ${name}, and Qt's %1, which may come in any order; in a string
    that has them, "%1x%2" is %1, x and %2; a named one written with no conversion before a word, "%(dependency)
    must", is the name alone, its space no flag of a conversion « m »), HTML tags and entities. A code of the source
    missing from the target, or a code the source does not have, is major (a code the target writes
    in the place of one of the source's of its kind, "%2i" for "%2", or a placeholder written in another
    syntax, "%s" for "{partner_name}" (a stale translation), is one finding, on the target's code); positional printf
    placeholders (%s, %d) in another order are major (the values swap); other codes in another
    order, or a paired code closed before it opens, are minor (word order may move them). Printf
    directives are compared as msgfmt --check-format compares them: by the argument each reads
    (its %N$ position, or its rank) and its type, so "%2$s … %1$s" for "%s … %s" is right and
    "%d" for "%ld" is not; a directive glued to letters ("%dkB") counts when the other side has one
    of its type ("%d Ko"), or always when it has a precision ("%6.2fV": printf's, not Qt's %6); the
    singular form (msgstr[0]) of a PO plural entry, which French uses
    for 0 and 1 only, may leave out the count ("Un fichier supprimé" for "%d file deleted"; Qt's %1, when it
    is the source's one numbered argument, "Supprimer cette photo ?" for "Delete %1 photo"), and may
    write the count where its source writes 1 or "one" (« %1 commande » for KDE's "1 command"); a time
    format turned to the 24-hour clock ("%H:%M" for "%l:%M %p") drops the AM/PM marker %p, and a date
    format (strftime's, with %Y, %B, %H...) is the locale's: the target may write the same fields its
    own way ("%a %e %B %Y" for "%a, %d %B %Y"). Angle brackets around words in help texts (<command>, <number>,
    <standard output>, Texinfo's @var{start}) are metavariables the translator translates (<commande>,
    @var{début}), not tags: a
    <name> is a tag when it closes (</b>, <br/>), has an attribute value, is closed later in the
    string or is a common HTML element (<b>, <br>, <p>, <span>…); XLIFF and TMX inline codes are
    always codes. Tags are compared by name and attributes (spaces aside): <br>, <br/> and <br /> are one tag, the
    text of title and alt attributes, and the value a submit, reset or button input shows as its label, is the
    translator's, and the addresses in a tag's attributes are
    compared by MTA904 (a link changed is its one finding). Formatting elements (<b>, <i>, <tt>,
    <span>…) that the target adds or leaves out whole, each opening tag with its closing one, the other
    codes all kept, are one minor finding (each opening tag paired with the next closing one: a formatting
    tag left open beside them, « <i>stibium<i> », is still major): the markup stays valid, the style is the
    translator's choice; so are
    KDE's KUIT phrase tags (<filename>, <resource>, <interface>…) and DocBook's inline ones (<literal>,
    <guilabel>…), which a reader sees as a style. KUIT's <link url='…'> is the <a href='…'> it renders to.
    A tag the source writes with spaces inside (« < / p > », which no markup reader takes for a tag) and
    the target writes right is no tag added. Line breaks (<br>, an empty tag such as Enlightenment's
    <ps/>) that the source uses to wrap its lines, twice or more and once at least inside a sentence,
    may be placed elsewhere and in another number by the translator: one minor finding says so. A
    source that is the program's key ("__PlaylistItem__", "Banjo5GTablatureString", a template's file or
    path: mailman's "help.txt", "list:admin:action:post.txt", or such a path in braces: simplesamlphp's
    "{core:no_cookie:header}"; Plone's message ids: "front-text" translated into a page of text,
    "date_format_short" into « ${d}/${m}/${Y} »), translated into French words, has no codes to keep: the
    French is the only text."""
    why = """A lost placeholder drops a value at run time, an added one crashes the formatter or
    shows code to the user, a lost tag breaks the layout or a link."""
    example = "EN: Delete {0} items? → FR: Supprimer les éléments ?"
    examples_bad = [
        bad("Supprimer les éléments ?", source="Delete {0} items?"),
        bad("Bonjour %(name)s, vous avez %(count)d messages %s.", "%s",
            source="Hello %(name)s, you have %(count)d messages."),
        bad("Cliquez sur Enregistrer.", source="Click <g1>Save</g1>."),
        bad("De %d à %s.", "%d", source="From %s to %d."),
        bad("Impossible de trouver le fichier.", source="The file %1 was not found."),  # Qt's %1 lost
        bad("Formats : <tt>serveur</tt> ; <tt>serveur:port</tt>", "<tt>", source="Formats: server; server:port"),
        bad("Le <et>avant</et> texte", "<et>", source="The <i>before</i> text"),  # formatting turned into another tag
        bad("Voir <x2/> puis <x1/>.", "<x2/>", source="See <x1/> then <x2/>."),
        bad("Le fanion %2$s du fichier %1$pB est en conflit avec %4$s", "%4$s",
            source="File %pB's flag %s conflicts with %s"),
        bad("De %2$d à %1$s.", "%2$d", source="From %s to %ld."),
        bad("Cliquez sur Enregistrer.", source="Click <b>Save</b>."),
        bad("Barre d'outils <resource>Éditeur</resource>", "<resource>", source="Edit Toolbar"),  # KUIT: minor
        bad("grec <i>anti</i> « contre » ; latin <i>stibium<i>", "<i>", "<i>",
            source="Greek: anti (against); Latin: stibium"),  # a pair added (minor), then an <i> left open twice
        bad('<input type="hidden" name="mode" value="ajout"/>', '<input type="hidden" name="mode" value="ajout"/>',
            source='<input type="hidden" name="mode" value="add"/>'),  # a hidden value is data, not a label
        bad("Ligne un, ligne deux", source="Line one<br>line two"),
        bad("Un.<br>Deux.", source="One.<br>Two.<br>Three."),  # breaks between sentences only: not a wrap
        bad('Voir le <a href="http://example.org" class="x">site</a>.', '<a href="http://example.org" class="x">',
            source='See the <a href="https://example.org">site</a>.'),
        bad("Des entrées ont été supprimées.", source="%d entries were purged.", plural_form=1),
        bad("Supprimer des photos ?", source="Delete %1 photos", plural_form=1),  # the plural form keeps the count
        # a stale translation: the source names its field, the target still writes printf's (one finding, on it)
        bad("Le mandat %s a expiré.", "%s", source="The mandate {mandate_ref} has expired."),
        bad("%a %e %B", source="%a, %d %B %Y"),  # the year lost
        bad("%un, %d %B %Y %Xe", "%X", source="%a, %d %B %Y %X"),  # garbled, not localised
        bad("%F%P : le format %s ne peut pas représenter %s", source="%F%P: format %s cannot represent %s: %E"),  # %E lost
        bad('<p style="font-size:10pt">Attention</p>', '<p style="font-size:10pt">',
            source='<p style=" font-size: 9pt;">Warning</p>'),
        bad('<p style="font-size: small\u00a0;">%1</p>', '<p style="font-size: small\u00a0;">',
            source='<p style="font-size: small;">%1</p>'),  # a no-break space is no space in CSS
    ]
    examples_good = [
        good("<p>Solde : %1</p><p>Rapproché : %2</p>", source="<p>Balance : %1 < / p > <p>Checked : %2 < / p >"),
        good("Mesures %s à %s", source="__PlaylistItem__"),  # the msgid is the program's key
        good("Aide pour la liste de diffusion ${listname}", source="help.txt"),  # a template's file as its key
        good("Cookie introuvable", source="{core:no_cookie:header}"),  # a path in braces as the key
        good("Cliquez sur <g1>Enregistrer</g1> pour garder <x2/>vos modifications.",
             source="Click <g1>Save</g1> to keep <x2/>your changes."),
        good("Supprimer {0} éléments ?", source="Delete {0} items?"),
        good("Renvoie « $ligne $sousroutine » pour l'appel", source="Returns \"$line $subroutine\" for the call"),  # help text
        good("Total %d fichier$|s$ transférés", source="Total %d $file|files$ transferred"),  # lftp's plural forms
        # a link's address is MTA904's to compare, brackets in it included
        good('Voir <a href="https://fr.wikipedia.org/wiki/Croche_(musique)">croche</a>.',
             source='See <a href="https://en.wikipedia.org/wiki/Eighth_note">eighth note</a>.'),
        good("Une remise de 25 %.", source="A 25% discount."),
        good("Bonjour %(name)s !", source="Hello %(name)s!"),
        good("%(dependency) doit être installée", source="%(dependency) must be installed"),
        good("Le fanion %2$s du fichier %1$pB est en conflit avec la cible %3$s",
             source="File %pB's flag %s conflicts with target %s"),
        good("Une écriture de %d Ko", source="One %dkB write"),
        good("Utilisation : %s [<commande>]", source="Usage: %s [<command>]"),
        good("<sortie standard>", source="<standard output>"),
        good("Une entrée a été supprimée.", source="%d entry was purged.", plural_form=0),
        good("Supprimer cette photo ?", source="Delete %1 photo", plural_form=0),  # Qt's count, the singular form
        good("%1 commande en cours", source="1 command being processed", plural_form=0),  # KDE's singular form
        good("%1 erreur a été trouvée.", source="Found one error.", plural_form=0),
        good("Un index entre @var{début} et @var{fin}", source="The index between @var{start} and @var{end}"),
        good("%2 éléments sur %1 supprimés", source="Deleted %1 of %2 items"),  # Qt's numbered arguments
        good("Mise à l'échelle à %1 x %2", source="Scaling to %1x%2"),  # Qt's format: %1, then "x"
        good("Fermé.<br />Le mot de passe est demandé.", source="Closed.<br>The password is needed."),  # one tag
        good('<p style="font-size:9pt">Attention</p>', source='<p style=" font-size: 9pt;">Warning</p>'),  # CSS spaces
        good('Cliquez sur <input type="submit" value="Activer"/>.',
             source='Click <input type="submit" value="Enable"/>.'),  # a button's label is text
        good('Vers le <a href="https://example.org">service</a>.',
             source="To the <link url='https://example.org'>service</link>."),  # KUIT's link renders as <a>
        good('Depuis <a href="https://r.org" title="Le site de R">r.org</a>',
             source='From <a href="https://r.org" title="R site">r.org</a>'),  # the title's text is translated
        good("Aujourd’hui %H:%M", source="Today %l:%M %p"),  # a time format on the 24-hour clock, AM/PM dropped
        good("%a %e %B %Y", source="%a, %d %B %Y"),  # a date format made French: the same fields
        good("%i j %02i h", source="%id%02ih"),  # printf's %02i, not Qt's %02
        good("%2i min %02i", source="%2im%02i"),  # printf's %2i glued to a unit, not Qt's %2
        good("%s : %6.2f V", source="%s:%6.2fV"),  # printf's %6.2f glued to its unit, not Qt's %6
        # a link's address changed is MTA904's finding, not the tag's
        good('Voir le <a href="http://example.org">site</a>.', source='See the <a href="https://example.org">site</a>.'),
    ]

    def check(self, ctx):
        src = source_of(ctx)
        if src is None:
            return
        sc, tc = codes(src, ctx.text), _spaced_in_source(src, codes(ctx.text, src))
        if same_date_fields(src, ctx.text):  # a date format the translator made French: its directives are fine
            sc, tc = [i for i in sc if not _STRFTIME.fullmatch(i.text)], [i for i in tc if not _STRFTIME.fullmatch(i.text)]
        s_args, t_args = printf_args(sc), printf_args(tc)
        printf = {id(i) for i, _, _ in s_args + t_args}
        sc, tc = [i for i in sc if id(i) not in printf], [i for i in tc if id(i) not in printf]
        s_count, t_count = Counter(i.key for i in sc), Counter(i.key for i in tc)
        missing = s_count - t_count
        lost = [i for k, n in missing.items() for i in [j for j in sc if j.key == k][-n:]]
        stray = [i for k, n in (t_count - s_count).items() for i in [j for j in tc if j.key == k][:n]]
        mistyped, reordered = [], None
        # printf directives, as msgfmt --check-format reads them: by argument (its %N$ position, or
        # its rank) and type; "%2$s %1$s" is "%s %s" reordered, the right way
        if not any(POSITIONED.match(i.text) for i, _, _ in s_args + t_args):
            s_types, t_types = Counter(t for _, _, t in s_args), Counter(t for _, _, t in t_args)
            lost += [i for t, n in (s_types - t_types).items() for i in [j for j, _, u in s_args if u == t][-n:]]
            stray += [i for t, n in (t_types - s_types).items() for i in [j for j, _, u in t_args if u == t][-n:]]
            if s_types == t_types:
                reordered = next((b for (_, _, x), (b, _, y) in zip(s_args, t_args) if x != y), None)
        else:
            s_types, t_types = _types(s_args), _types(t_args)
            lost += [next(i for i, k, _ in s_args if k == n) for n in s_types if n not in t_types]
            stray += [i for i, n, _ in t_args if n not in s_types]
            mistyped = [(i, next(j for j, k, _ in s_args if k == n)) for i, n, t in t_args
                        if n in s_types and s_types[n] != t]
        # a directive with a star reads two arguments: report it once
        lost, stray = _once(lost), _once(stray)
        # formatting the translator added or left out whole (<tt>…</tt> pairs), the other codes all kept:
        # valid markup, a style choice (not when other codes are lost or added: <i> turned into <et>; a
        # formatting tag left open beside them, « <i>stibium<i> », is still reported)
        rest_lost, dropped = _balanced_formatting(lost)
        rest_stray, added = _balanced_formatting(stray)
        if (dropped or added) and not mistyped and all(_formatting(i) for i in rest_lost + rest_stray):
            lost, stray = rest_lost, rest_stray
        else:
            dropped, added = [], []
        mistyped = [m for k, m in enumerate(mistyped) if all(m[0] is not o[0] for o in mistyped[:k])]
        if ctx.extras.get("plural_form") == 0:
            # a PO plural entry's French msgstr[0] serves n = 0 and 1 only: it may write "un fichier"
            # without the count, as msgfmt --check-format accepts for a form used for so few values of n
            lost = [i for i in lost if id(i) not in printf or printf_type(PRINTF_RE.fullmatch(i.text))[-1] not in "du"]
            # so may a Qt-style count, the source's one numbered argument (« Supprimer cette photo ? » for "Delete %1 photo")
            qt_args = {i.text for i in sc if QT_ARG.fullmatch(i.text)}
            if len(qt_args) == 1:
                lost = [i for i in lost if i.text not in qt_args]
        if (counts := singular_count(ctx, src, ctx.text)):  # « %1 commande » for "1 command", KDE's singular
            stray = [i for i in stray if i.text not in counts]
        if _clock_24(src, ctx.text):  # "%l:%M %p" -> "%H:%M": French tells the time on the 24-hour clock
            lost = [i for i in lost if i.text != "%p"]
        s, e = body(ctx.text)
        # line breaks the source wraps its lines with, placed by the translator for the French lines: layout
        wraps = _rewrapped(src, sc, lost + stray)
        if wraps:
            lost, stray = [i for i in lost if i.key not in wraps], [i for i in stray if i.key not in wraps]
            if s < e:
                yield unit_finding(self, ctx, s, e, _("The target breaks its lines elsewhere than the source ({codes}): "
                                                      "check the layout.").format(codes=", ".join(
                                                          quote(next(i.text for i in sc if i.key == k)) for k in sorted(wraps))),
                                   severity="minor")
            sc, tc = [i for i in sc if i.key not in wraps], [i for i in tc if i.key not in wraps]  # nor out of order
        # a code of the source written as another of its kind ("%2" -> "%2i", {thebibliography} ->
        # {labibliographie}): one change, one finding where the target has it
        changed, lost, stray = pair_changed(lost, stray, src, ctx.text, kind=_kind, in_order=True)
        if lost and s < e:  # (an empty target is MTA905's finding)
            lost.sort(key=lambda i: i.start)
            shown = Counter(i.text for i in lost)
            listed = ", ".join(quote(k) + (f" ×{n}" if n > 1 else "") for k, n in shown.items())
            yield unit_finding(self, ctx, s, e, _("The target lacks {codes}, which the source has.").format(codes=listed),
                               source_span=(lost[0].start, lost[-1].end))
        for i, was in changed:
            yield unit_finding(self, ctx, i.start, i.end, _("{text} stands where the source has {source}.").format(
                text=quote(i.text), source=quote(was.text)), source_span=(was.start, was.end))
        for i in sorted(stray, key=lambda i: i.start):
            yield unit_finding(self, ctx, i.start, i.end, _("{text} is not in the source.").format(text=quote(i.text)))
        for i, first in mistyped:
            yield unit_finding(self, ctx, i.start, i.end,
                               _("{text} reads its argument as another type than the source's {source}.")
                               .format(text=quote(i.text), source=quote(first.text)),
                               source_span=(first.start, first.end))
        if reordered is not None:
            yield unit_finding(self, ctx, reordered.start, reordered.end,
                               _("Placeholders without positions are in another order than in the source "
                                 "({order}): the values would swap. Use %1$s-style positions or keep the "
                                 "order.").format(order=" ".join(i.text for i, _, _ in s_args)))
        for pairs, message in ((added, _("The target adds formatting the source does not have ({codes}): check "
                                         "that it reads as meant.")),
                               (dropped, _("The target leaves out the source's formatting ({codes})."))):
            if pairs:
                shown = Counter(i.text for i in pairs if not i.text.startswith("</"))
                listed = ", ".join(quote(k) + (f" ×{n}" if n > 1 else "") for k, n in shown.items())
                at = pairs[0] if pairs is added else None
                yield unit_finding(self, ctx, at.start if at else s, at.end if at else e, message.format(codes=listed),
                                   severity="minor", **({} if at else {"source_span": (pairs[0].start, pairs[-1].end)}))
        if lost or stray or changed or mistyped or reordered is not None or added or dropped:
            return
        # the same codes: in another order (printf directives and Qt's numbered %1 aside: their order is
        # their numbers')
        sc, tc = [i for i in sc if not QT_ARG.fullmatch(i.text)], [i for i in tc if not QT_ARG.fullmatch(i.text)]
        s_keys = [i.key for i in sc]
        for i, k in zip(tc, s_keys):
            if i.key != k:
                yield unit_finding(self, ctx, i.start, i.end,
                                   _("Codes in another order than in the source ({order}).").format(order=" ".join(s_keys)),
                                   severity="minor")
                return


_BREAK = re.compile(r"<\s*([A-Za-z]+)\s*/?\s*>")  # an empty tag without attributes: <br>, <br/>, <ps/>
WRAPS = 2  # a source that breaks its lines at least this often, once or more inside a sentence, wraps them


def _rewrapped(source: str, codes_of_source: list, changed: list) -> set:
    """The keys of the empty tags (<br>, <ps/>) that the source uses to wrap its lines, WRAPS times or more
    and at least once inside a sentence (after a word or a comma, before a word), and whose count alone
    the target changes: the translator wrapped the French lines elsewhere. Not a break the source puts
    only between sentences, nor a lost break of a source that breaks once ("Line one<br>line two")."""
    keys = {i.key for i in changed if (m := _BREAK.fullmatch(i.text)) and (i.text.endswith("/>") or m.group(1).lower() == "br")}
    out = set()
    for k in keys:
        mine = [i for i in codes_of_source if i.key == k]
        inside = [i for i in mine if re.search(r"[\w,]\s*$", source[max(0, i.start - 3):i.start])
                  and re.match(r"\s*\w", source[i.end:i.end + 3])]
        if len(mine) >= WRAPS and inside:
            out.add(k)
    return out


def _kind(item) -> str:
    """What a code is, by how it opens: an opening or closing tag (<b>; </b>), a command (\\x)...; a
    placeholder of any syntax (%s, %1, {0}, {name}, ${name}) is one kind: a field the target writes in
    another syntax than the source's is one change (a stale translation's "%s" for "{partner_name}")."""
    if item.text.startswith("</"):
        return "</"
    return "field" if item.text[:1] in "%{$" else item.text[:1]


# inline elements that only style the text they enclose: HTML's, KDE's KUIT phrase tags, DocBook's inline ones
FORMATTING = frozenset({"b", "i", "u", "s", "em", "strong", "tt", "code", "big", "small", "sub", "sup", "kbd", "var",
                        "samp", "cite", "q", "mark", "span", "font",
                        "application", "command", "emphasis", "envar", "filename", "icode", "interface", "numid",
                        "placeholder", "resource", "shortcut",
                        "literal", "replaceable", "guilabel", "guibutton", "guimenu", "guimenuitem", "guisubmenu",
                        "keycap", "userinput", "computeroutput", "systemitem", "varname"})
_FORMATTING_TAG = re.compile(r"<(/?)([A-Za-z]+)[\s>]")


def _formatting(item):
    """The match of a formatting element's tag (<b>, </resource>), None for any other code."""
    m = _FORMATTING_TAG.match(item.text)
    return m if m and m.group(2).lower() in FORMATTING else None


def _balanced_formatting(items: list) -> tuple[list, list]:
    """(the items, formatting tags taken out) -> (items left, the formatting tags of every element whose
    opening tag is followed by its closing one among them, each paired with the next: pairs added or left
    out whole; an element left open, « <i>stibium<i> », stays in the items)."""
    opened, pairs = {}, []
    for i in sorted(items, key=lambda i: i.start):
        if not (m := _formatting(i)):
            continue
        name = m.group(2).lower()
        if not m.group(1):
            opened.setdefault(name, []).append(i)
        elif opened.get(name):
            pairs += [opened[name].pop(), i]
    if not pairs:
        return items, []
    taken = {id(i) for i in pairs}
    return [i for i in items if id(i) not in taken], sorted(pairs, key=lambda i: i.start)


def printf_args(items) -> list:
    """The printf directives among a string's codes, each with the argument it reads (its %N$ position,
    or the next one) and its type: [(item, argument, type)]."""
    out, following = [], 0
    for i in items:
        m = PRINTF_RE.fullmatch(i.text)
        if m is None:
            continue
        for star, pos in (("wstar", "wpos"), ("pstar", "ppos")):  # a width or precision read as an int
            if m.group(star):
                if m.group(pos):
                    out.append((i, int(m.group(pos)[:-1]), "d"))
                else:
                    following += 1
                    out.append((i, following, "d"))
        if m.group("pos"):
            n = int(m.group("pos"))
        else:
            following += 1
            n = following
        out.append((i, n, printf_type(m)))
    return out


# a tag written with spaces after its "<" or its "/" ("< / p >", "< b >"), which no markup reader takes for a tag
_SPACED_TAG = re.compile(r"<(\s+/?\s*|/\s+)([A-Za-z][\w-]*)\s*>")


def _spaced_in_source(src: str, items: list) -> list:
    """The target's codes without the tags that the source writes with spaces inside (« < / p > »): the
    translator wrote the source's markup right, nothing was added."""
    if "<" not in src:
        return items
    spaced = Counter(tag_key(f"<{'/' if '/' in m.group(1) else ''}{m.group(2)}>") for m in _SPACED_TAG.finditer(src))
    if not spaced:
        return items
    out = []
    for i in items:
        if spaced[i.key] > 0:
            spaced[i.key] -= 1
        else:
            out.append(i)
    return out


def _once(items) -> list:
    """items without repeats (the same Item object), in order."""
    seen, out = set(), []
    for i in items:
        if id(i) not in seen:
            seen.add(id(i))
            out.append(i)
    return out


def _types(args) -> dict:
    """argument -> type (the first directive that reads it decides)."""
    out = {}
    for _, n, t in args:
        out.setdefault(n, t)
    return out


# strftime's conversions by the field each writes: a date format is the locale's, and French may write the day
# with %e for %d, the month's name for its number, the fields in its own order
_DIRECTIVE = r"%[-_0^#]?[EO]?"  # a strftime directive's flag and modifier, before its conversion
_STRFTIME = re.compile(_DIRECTIVE + r"([A-Za-z+])")
_GLUED_DATE = re.compile(_DIRECTIVE + r"[A-Za-z][^\W\d_]")
_DATE_ONLY = frozenset("YBHMSjTRDFVUWCZzk")  # conversions printf does not have: the string is a date format
_FIELDS = {**dict.fromkeys("de", "day"), **dict.fromkeys("mbBh", "month"), **dict.fromkeys("YyGgC", "year"),
           **dict.fromkeys("aAuw", "weekday"), **dict.fromkeys("HkIl", "hour"), "M": "minute", "S": "second",
           **dict.fromkeys("pP", "am/pm"), "c": "date and time", **dict.fromkeys("xDF", "date"),
           **dict.fromkeys("XTRr", "time"), **dict.fromkeys("zZ", "zone"), "j": "day of year",
           **dict.fromkeys("UWV", "week"), "+": "date and time"}


def date_fields(text: str) -> Counter | None:
    """The fields a strftime format writes (Counter), None when text is no date format."""
    found = [m.group(1) for m in _STRFTIME.finditer(text)]
    if not any(c in _DATE_ONLY for c in found):
        return None
    return Counter(_FIELDS.get(c, "%" + c) for c in found)  # any other directive as it is written (%s, %E)


def same_date_fields(source: str, target: str) -> bool:
    """Does the target write the same fields as the source's date format, however it writes them ("%a %e %B
    %Y" for "%a, %d %B %Y"), the AM/PM marker aside when the time turns to the 24-hour clock?"""
    if "%" not in source or (_GLUED_DATE.search(target) and not _GLUED_DATE.search(source)):
        return False  # a directive run into a word ("%un" for "%a"): the format was garbled, not localised
    theirs, ours = date_fields(source), date_fields(target)
    if theirs is None or ours is None:
        return False
    if _clock_24(source, target):
        theirs.pop("am/pm", None)
    return theirs == ours


_TWELVE, _TWENTY_FOUR = re.compile(r"%-?[Il]"), re.compile(r"%-?[Hk]")


def _clock_24(source: str, target: str) -> bool:
    """A time format the target turns from the 12-hour clock (%I or %l, with %p) to the 24-hour one
    (%H or %k), minutes kept: %p, the AM/PM marker, has nothing to say in it."""
    return bool("%p" in source and _TWELVE.search(source) and "%M" in source and "%p" not in target
                and _TWENTY_FOUR.search(target) and "%M" in target)
