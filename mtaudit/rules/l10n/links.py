"""URLs and e-mail addresses of the source that the target lost or changed."""
import re

from ...detect.rule import Rule, bad, good
from ...l10n import body, links, pair_changed, source_of, unit_finding
from ...i18n import _, quote


class Links(Rule):
    id = "MTA904"
    slug = "url-email-mismatch"
    name = "URL or e-mail changed"
    category = "mistranslation"
    mqm = "Accuracy/Mistranslation"
    severity = "major"
    stage = "l10n"
    what = """Finds a URL (http://, https://, ftp://, www.) or e-mail address of the unit's source that the target
    does not have exactly (case and a final slash aside), and one in the target that the source does not
    have; an address of the target that stands for one of the source (on the same host, or any other of its kind, web
    or e-mail, at about the same place of the text) is one finding, on the target's address. A
    localised address, the source's host with a French marker in its path that the source's address lacks (https://www.gnu.org/gethelp/ →
    https://www.gnu.org/help/gethelp.fr.html, /team/ → /team/fr.html) or with French as the host's
    language label (en.wikipedia.org/wiki/Software_flow_control →
    fr.wikipedia.org/wiki/Contrôle_de_flux) or with France's domain for the source's (the same address on
    google.fr for google.com), is minor: the translator points French readers to the French page, which
    the reviewer checks exists. An address the target adds that is the translators'
    own (in a PO file, the header's Language-Team or Last-Translator: "Signalez les bogues de traduction
    à <traduc@traduc.org>", a line translation teams add; an e-mail address where the source has a template
    word for the translator's name or address: "Translation by TRANSLATOR_NAME_AND_EMAIL") is not reported, nor an example address that
    stands for the source's: an e-mail address on a domain reserved for examples (example.com, *.test:
    vous@example.com for you@example.com), one the translator moved to the French word's domain
    (http://www.example.com/ad/* → http://www.exemple.com/publicite/*, first.last@example.org →
    prénom.nom@exemple.org), one whose host is a placeholder the translator wrote in French
    (http://hostname:631/ipp/ → http://nom-machine:631/ipp/, https://myserver.org/ → https://monserveur.org/),
    one that names a person by a placeholder word, is on a domain reserved for examples or has a placeholder
    for its host, which the translator wrote in French with its other words, its punctuation and digits kept
    (user@company.com → utilisateur@entreprise.com, john@doe.com → jean@dupont.com, email@address.invalid →
    courrier@adresse.invalide, ftp://host:port/path → ftp://hôte:port/chemin), or an
    address both sides give as an example ("For example: www.domain.com" → « Par exemple :
    www.domaine.com »)."""
    why = """A translated or mistyped link sends the reader nowhere; MT engines translate words inside
    URLs ("/help" → "/aide") and drop addresses."""
    example = "EN: https://example.com/help → FR: https://example.com/aide"
    examples_bad = [
        bad("Visitez https://example.com/aide.", "https://example.com/aide", source="Visit https://example.com/help."),
        # one address changed is one finding, on the target's address
        bad("Voir <http://support.example.com>.", "http://support.example.com", source="See <https://support.example.com>."),
        bad("Écrivez-nous.", source="Write to help@example.com."),
        bad("Voir https://example.org/team/fr.html.", "https://example.org/team/fr.html",
            source="See https://example.com/team/."),  # another host
        # the French page of the source's address: a minor finding (the reviewer checks the page)
        bad("Signalez les erreurs de traduction à <https://translationproject.org/team/fr.html>.",
            "https://translationproject.org/team/fr.html", source="Report translation bugs to <https://translationproject.org/team/>."),
        # the French edition of the source's site, the page's name translated: minor too
        bad("Voir https://fr.wikipedia.org/wiki/Contrôle_de_flux.", "https://fr.wikipedia.org/wiki/Contrôle_de_flux",
            source="See https://en.wikipedia.org/wiki/Software_flow_control."),
        # France's domain of the same site: minor; the example's host dropped, a real domain now: major
        bad("Chercher sur https://www.google.fr/search?q=%s", "https://www.google.fr/search?q=%s",
            source="Search https://www.google.com/search?q=%s"),
        bad("Adresse d'un serveur Kolab2 : https://kolab2.com/freebusy/", "https://kolab2.com/freebusy/",
            source="A Kolab2 server's URL: https://kolab2.example.com/freebusy/"),
        # placeholder words in French, but the address's digits changed
        bad("Proxy : utilisateur2@entreprise.com", "utilisateur2@entreprise.com", source="Proxy: user1@company.com"),
    ]
    examples_good = [
        good("Voir <http://lpg.ticalc.org/prj_gfm>.", source="See <http://lpg.ticalc.org/prj_gfm/>."),  # a final slash
        # an example address the translator made French, on a domain reserved for examples, or given as an example
        good("Adresse : vous@example.com", source="Address: you@example.com"),
        good("Traduit par Jean Dupont (jean@dupont.fr)", source="Translation by TRANSLATOR_NAME_AND_EMAIL"),
        good("Par exemple\u00a0: www.domaine.com ou 192.168.2.1", source="For example: www.domain.com or 192.168.2.1"),
        good("Visitez https://example.com/help ou écrivez à help@example.com.",
             source="Visit https://example.com/help or write to help@example.com."),
        good("Voir WWW.EXAMPLE.COM.", source="See www.example.com."),
        good("Filtre (p. ex. http://www.exemple.com/publicite/*)", source="Filter (e.g. http://www.example.com/ad/*)"),
        good("Adresse principale : prénom.nom@exemple.org", source="Primary address: first.last@example.org"),
        good("Courriel : courrier@adresse.invalide", source="Email: email@address.invalid"),  # reserved domain
        good("Serveur : ftp://hôte:port/chemin", source="Server: ftp://host:port/path"),  # placeholder host
        good("L'URL doit être de la forme « https://monserveur.org/EWS/Exchange.asmx »",
             source="The URL should be something like https://myserver.org/EWS/Exchange.asmx"),
        good("Exemples :\n    http://nom-machine:631/ipp/port1", source="Examples:\n    http://hostname:631/ipp/port1"),
        good("Proxy : utilisateur@entreprise.com", source="Proxy: user@company.com"),  # placeholder words in French
        good("Connexion : nom_utilisateur@domaine.com", source="Login: username@domain.com"),  # words joined by _
        good("Compte : jean@dupont.com", source="Account: john@doe.com"),  # John Doe, a placeholder person
        # the source quotes the address in backticks, the target in guillemets: no quote is part of a URL
        good("P. ex. «\u00a0LicenseRef-free=https://example.com/l.html\u00a0»",
             source="E.g. `LicenseRef-free=https://example.com/l.html`"),
    ]

    def check(self, ctx):
        src = source_of(ctx)
        if src is None:
            return
        sl, tl = links(src), links(ctx.text)
        t_keys, s_keys = {_bare(i.key) for i in tl}, {_bare(i.key) for i in sl}
        s, e = body(ctx.text)
        lost = [i for i in sl if _bare(i.key) not in t_keys]
        localised = {}  # target address -> the source address it localises
        changed = {}  # target address -> the source address of the same host it stands for
        for i in tl:
            if _bare(i.key) not in s_keys:
                original = next((x for x in lost if _localises(i.key, x.key)), None)
                if original is not None:
                    localised[i.key] = original
                    lost.remove(original)
        examples = set()  # an example address the translator made French (vous@example.com; "e.g. www.domaine.com")
        for i in tl:
            if _bare(i.key) not in s_keys and i.key not in localised and (_example(i.key) or _after(ctx.text, i, _FR_EXAMPLE)):
                original = next((x for x in lost if _example(x.key) == _example(i.key)
                                 and (_example(x.key) or _after(src, x, _EN_EXAMPLE))), None)
                if original is not None:
                    examples.add(i.key)
                    lost.remove(original)
        for i in tl:  # an example on the French word's domain (exemple.com), a placeholder host in French
            if _bare(i.key) not in s_keys and i.key not in localised and i.key not in examples:
                original = next((x for x in lost if _french_example(i.key, x.key) or _placeholder_host(i.key, x.key)
                                 or _placeholder_words(i.key, x.key)), None)
                if original is not None:
                    examples.add(i.key)
                    lost.remove(original)
        for i in tl:
            if _bare(i.key) not in s_keys and i.key not in localised and i.key not in examples:
                original = next((x for x in lost if _same_host(i.key, x.key)), None)
                if original is not None:
                    changed[i.key] = original
                    lost.remove(original)
        for i in tl:
            if i.key in localised:
                yield unit_finding(self, ctx, i.start, i.end, _("{text} localises the source's {link}: check that the "
                                                                "French page exists.").format(
                    text=quote(i.text), link=quote(localised[i.key].text)), severity="minor",
                    source_span=(localised[i.key].start, localised[i.key].end))
        own = set(ctx.extras.get("contacts") or ())  # the translators' address, added to "report bugs" lines
        slot = _TRANSLATOR_SLOT.search(src) is not None  # "Translation by TRANSLATOR_NAME_AND_EMAIL"
        added = [i for i in tl if not (slot and "@" in i.key) and _bare(i.key) not in s_keys and i.key not in own
                 and i.key not in localised and i.key not in examples and i.key not in changed]
        # any other address written in the place of one of the source's, of its kind: one change too
        others, lost, added = pair_changed(lost, added, src, ctx.text, kind=lambda i: "@" in i.key)
        if lost and s < e:
            yield unit_finding(self, ctx, s, e, _("The target lacks {links}.").format(links=", ".join(quote(i.text) for i in lost)),
                               source_span=(lost[0].start, lost[-1].end))
        instead, rest = {id(i): was for i, was in others}, {id(i) for i in added}
        for i in tl:
            was = changed.get(i.key) or instead.get(id(i))
            if was is not None:  # one address changed: one finding, where the target has it
                yield unit_finding(self, ctx, i.start, i.end, _("{text} stands where the source has {link}.").format(
                    text=quote(i.text), link=quote(was.text)), source_span=(was.start, was.end))
            elif id(i) in rest:
                yield unit_finding(self, ctx, i.start, i.end, _("{text} is not in the source.").format(text=quote(i.text)))


# a template word that asks for the translator's name or address ("TRANSLATOR_NAME_AND_EMAIL", "YOUR-NAME")
_TRANSLATOR_SLOT = re.compile(r"(?<![A-Za-z])(?:TRANSLATORS?|YOUR[-_ ]?(?:NAMES?|E-?MAILS?))(?![a-z])")


def _bare(key: str) -> str:
    """An address compared without a final slash: "http://host/dir/" and "http://host/dir" name one page."""
    return key.rstrip("/")


_FRENCH_MARK = re.compile(r"(?<![a-z])fr(?:[_-]fr)?(?![a-z])")  # /fr/, fr.html, .fr., lang=fr, fr_FR


def _host_path(url: str) -> tuple[str, str]:
    host, _, path = re.sub(r"^(?:https?|ftp)://", "", url).partition("/")
    return host.removeprefix("www."), path


# the domains RFC 2606 and RFC 6761 reserve for examples and tests
_EXAMPLE_HOST = re.compile(r"(?:^|[.@])(?:example\.(?:com|net|org)|[\w-]+\.(?:example|test|invalid)|localhost)$")


# an address given as an example ("For example: www.domain.com"), which a translation may make French
_EN_EXAMPLE = re.compile(r"(?:\be\.g\.|\bfor (?:example|instance)|\bsuch as|\blike)[\s:,]*$", re.IGNORECASE)
_FR_EXAMPLE = re.compile(r"(?:\bp\. ?ex\.|\bpar exemple|\bexemple|\bcomme|\btel(?:le)?s? que)[\s:,\u00a0\u202f]*$",
                         re.IGNORECASE)


def _after(text: str, item, marker) -> bool:
    """Does the address come right after words that give it as an example?"""
    return marker.search(text, max(0, item.start - 30), item.start) is not None


def _example(address: str) -> bool:
    """An e-mail address on a domain reserved for examples (you@example.com): its name illustrates."""
    return "@" in address and bool(_EXAMPLE_HOST.search("." + address.rsplit("@", 1)[1]))


def _host(address: str) -> str:
    return address.rsplit("@", 1)[1] if "@" in address else _host_path(address)[0]


def _french_example(target: str, source: str) -> bool:
    """The source's address is on a domain reserved for examples (example.com) and the target's, of the
    same kind, on that domain with the French word (exemple.com): an example made French, whose other
    words may be French too (first.last@example.org -> prénom.nom@exemple.org)."""
    if ("@" in target) != ("@" in source):
        return False
    s_host, t_host = _host(source), _host(target)
    return bool(_EXAMPLE_HOST.search("." + s_host)) and "example" in s_host.split(".") \
        and t_host.split(".") == ["exemple" if x == "example" else x for x in s_host.split(".")]


# a host that names the reader's own machine or server, not an address (http://hostname:631/ipp/,
# https://myserver.org/): the translator may write it in French
_PLACEHOLDER_HOST = re.compile(r"^(?:(?:my|your)?(?:host|hostname|server|servername|domain|machine|computer)|ip|address)$")
_URL_PARTS = re.compile(r"^([a-z][\w+.-]*://)?([^/:?#]+)(.*)$")
_FRENCH_PLACEHOLDER = frozenset({"serveur", "machine", "hôte", "hote", "domaine", "nom", "ordinateur", "adresse", "ip"})


def _placeholder_host(target: str, source: str) -> bool:
    """The source's web address has a placeholder for its host (hostname, myserver.org), the target's
    is the same but for that host (http://nom-machine:631/ipp/, https://monserveur.org/EWS/)."""
    if "@" in target or "@" in source:
        return False
    (s_scheme, s_host, s_rest), (t_scheme, t_host, t_rest) = (_URL_PARTS.match(x).groups() for x in (source, target))
    name, _, tld = s_host.removeprefix("www.").partition(".")
    return s_scheme == t_scheme and s_rest.rstrip("/") == t_rest.rstrip("/") and s_host != t_host \
        and bool(_PLACEHOLDER_HOST.match(name)) and _french_placeholder(t_host.partition(".")[0]) \
        and (not tld or t_host.endswith("." + tld) or "." not in t_host)


# words that stand for a person in an example address (user@company.com, https://meet.company.com/someone/)
_EXAMPLE_WORDS = frozenset("""user username someone somebody firstname lastname yourname you me john jane doe
joe""".split())  # John Doe, Joe: the placeholder persons of English
_LETTER_RUN = re.compile(r"[^\W\d_]+")
_JOINED_WORDS = re.compile(r"[^\W\d_]+(?:[_-][^\W\d_]+)*")  # « nom_utilisateur » says "username"


def _placeholder_words(target: str, source: str) -> bool:
    """The source's address is an example (one that names a person by a placeholder word, user@company.com,
    https://meet.company.com/someone/…; one on a domain reserved for examples, email@address.invalid; one
    whose host is a placeholder, ftp://host:port/path, name@server.tld), and the target's, of the same kind
    and scheme, is the same address with words in their place (utilisateur@entreprise.com,
    courrier@adresse.invalide, ftp://hôte:port/chemin): its punctuation, digits and number of words
    unchanged (words joined by « _ » or « - » are one: « nom_utilisateur@domaine.com » for
    "username@domain.com")."""
    if ("@" in target) != ("@" in source) or _JOINED_WORDS.sub("a", target) != _JOINED_WORDS.sub("a", source):
        return False
    if "@" not in source and _URL_PARTS.match(source).group(1) != _URL_PARTS.match(target).group(1):
        return False
    if any(w in _EXAMPLE_WORDS for w in _LETTER_RUN.findall(source)):
        return True
    # a reserved or placeholder host the translator wrote in French (not a real page's path translated)
    return _address_host(target) != _address_host(source) and _example_host(_address_host(source))


def _address_host(address: str) -> str:
    return (_host(address) if "@" in address else (_URL_PARTS.match(address).group(2) or "")).lower()


def _example_host(host: str) -> bool:
    """A host that can name no real site: a domain reserved for examples, a placeholder name with no domain
    (ftp://host:port/), any name under "tld" (name@server.tld). www.domain.com is a real site's."""
    labels = host.removeprefix("www.").split(".")
    return bool(_EXAMPLE_HOST.search("." + host)) or (len(labels) == 1 and bool(_PLACEHOLDER_HOST.match(labels[0]))) \
        or (len(labels) > 1 and labels[-1] == "tld")


def _french_placeholder(label: str) -> bool:
    """A host label that says in French what the address stands for: « monserveur », « nom-machine »."""
    return any(re.sub(r"^(?:mon|votre)", "", part) in _FRENCH_PLACEHOLDER for part in re.split(r"[-_]", label))


def _same_host(target: str, source: str) -> bool:
    """Two web addresses of one host (the scheme and www. aside): the target's stands for the source's."""
    if "@" in target or "@" in source:
        return False
    return _host_path(target)[0] == _host_path(source)[0]


_LANGUAGE_LABEL = re.compile(r"^(?:[a-z]{2}(?:-[a-z]{2})?)\.(?=[^.]+\.[^.]+)")  # en.wikipedia.org, fr.wikipedia.org


def _localises(target: str, source: str) -> bool:
    """The target address is the source's with a French marker the source lacks: in its path (same host),
    or as the host's language label (en.wikipedia.org -> fr.wikipedia.org, the page's name translated)."""
    if "@" in target or "@" in source:
        return False
    (t_host, t_path), (s_host, s_path) = _host_path(target), _host_path(source)
    if t_host == s_host:
        return bool(_FRENCH_MARK.search(t_path)) and not _FRENCH_MARK.search(s_path)
    if t_host.endswith(".fr") and not s_host.endswith(".fr") and t_path == s_path:  # google.com -> google.fr
        return t_host.rsplit(".", 1)[0] == s_host.rsplit(".", 1)[0] and "." in s_host
    return t_host.startswith("fr.") and not s_host.startswith("fr.") \
        and _LANGUAGE_LABEL.sub("", t_host) == _LANGUAGE_LABEL.sub("", s_host)
