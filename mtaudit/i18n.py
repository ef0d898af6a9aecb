"""Messages in the reader's language: gettext catalogues in mtaudit/locale/<lang>/LC_MESSAGES/mtaudit.po.

    from .i18n import _
    _("{word!r} is written twice in a row.").format(word=w)   # a template with named fields

The language is chosen per audit (Config.lang: `--lang`, `lang` in the config, the service's
Accept-Language) and otherwise from the environment (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), then
English. `using(lang)` sets it for the code inside (a context variable, so threads and requests do
not mix). English is the source language: its "translation" is the message id itself.

The .mo files are compiled at install time (`make install` runs compile_po below; not `pybabel
compile`, whose printf check rejects rule docs that mention %s). If one is missing or older than its
.po, the .po is compiled in memory with Babel; without Babel the messages stay in English and a note
says so on stderr, once.
"""
from __future__ import annotations

import contextvars
import gettext
import os
import sys
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path

DOMAIN = "mtaudit"
LOCALEDIR = Path(__file__).resolve().parent / "locale"
LANGS = ("en", "fr")
DEFAULT = "en"
ENV_VARS = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")

_current: contextvars.ContextVar[str | None] = contextvars.ContextVar("mtaudit_lang", default=None)


def _code(value: str | None) -> str | None:
    """'fr_FR.UTF-8' -> 'fr', 'en-GB' -> 'en', anything unsupported -> None."""
    if not value:
        return None
    code = value.strip().split(".")[0].split("@")[0].replace("-", "_").split("_")[0].lower()
    return code if code in LANGS else None


def env_lang(environ=None) -> str:
    """The environment's language as gettext reads it: the first variable set wins (LANGUAGE may
    list several, colon-separated); unsupported or C/POSIX -> English."""
    environ = os.environ if environ is None else environ
    for var in ENV_VARS:
        value = environ.get(var)
        if not value:
            continue
        for item in value.split(":"):
            code = _code(item)
            if code:
                return code
        if var != "LANGUAGE":  # LANGUAGE falls through when none of its entries is supported
            return DEFAULT
    return DEFAULT


def accept_language(header: str | None) -> str | None:
    """The best supported language of an HTTP Accept-Language header (q-values honoured), or None."""
    if not header:
        return None
    best, best_q = None, 0.0
    for n, part in enumerate(header.split(",")):
        tag, _sep, params = part.strip().partition(";")
        q = 1.0
        for p in params.split(";"):
            k, _s, v = p.strip().partition("=")
            if k == "q":
                try:
                    q = float(v)
                except ValueError:
                    q = 0.0
        code = _code(tag) if tag.strip() != "*" else None
        if code and q > best_q:
            best, best_q = code, q
    return best


class LangError(ValueError):
    pass


def check_lang(value) -> str:
    if value not in LANGS:
        raise LangError(f"unknown language {value!r}; valid languages: {', '.join(LANGS)}")
    return value


def resolve(lang: str | None = None) -> str:
    """`lang` when given, else the environment's language."""
    return check_lang(lang) if lang else env_lang()


def current() -> str:
    """The language of the code running now."""
    return _current.get() or env_lang()


def set_current(lang: str) -> None:
    """Switch the language of the current context (inside a `using` block, which undoes it)."""
    _current.set(check_lang(lang))


@contextmanager
def using(lang: str | None):
    """Run the block in `lang` (None: keep the language already set, else the environment's)."""
    token = _current.set(resolve(lang) if lang else (_current.get() or env_lang()))
    try:
        yield
    finally:
        _current.reset(token)


_warned: set = set()


def _note(msg: str) -> None:
    if msg not in _warned:
        _warned.add(msg)
        print(f"mtaudit: {msg}", file=sys.stderr)


@lru_cache(maxsize=None)
def catalogue(lang: str) -> gettext.NullTranslations:
    if lang == DEFAULT:
        return gettext.NullTranslations()
    folder = LOCALEDIR / lang / "LC_MESSAGES"
    mo = folder / f"{DOMAIN}.mo"
    po = folder / f"{DOMAIN}.po"
    if mo.is_file() and not (po.is_file() and po.stat().st_mtime > mo.stat().st_mtime):  # a stale .mo: use the .po
        with mo.open("rb") as fp:
            return gettext.GNUTranslations(fp)
    if po.is_file():
        try:
            return gettext.GNUTranslations(compile_po(po))
        except ImportError:
            _note(f"{mo} is missing and Babel is not installed to compile {po.name}; "
                  "messages stay in English (run `make install`)")
            return gettext.NullTranslations()
    _note(f"no {lang} catalogue under {folder}; messages stay in English")
    return gettext.NullTranslations()


def compile_po(po: Path):
    """The .mo bytes of a .po file (a file object), compiled with Babel."""
    import io

    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    with po.open("rb") as fp:
        cat = read_po(fp)
    out = io.BytesIO()
    write_mo(out, cat)
    out.seek(0)
    return out


def gettext_(message: str) -> str:
    """`message` in the current language (itself in English, or when it has no translation)."""
    lang = current()
    if lang == DEFAULT or not message:
        return message
    return catalogue(lang).gettext(message)


_ = gettext_


def ngettext(singular: str, plural: str, n: int) -> str:
    """The form of a message for a count n, in the current language: `singular` when n is 1 in
    English; the catalogue's plural forms otherwise (French: 0 and 1 take the singular). While the
    catalogue lacks the plural entry, a plain entry for either English form stands in for it (the
    reader's language with the wrong number beats English)."""
    lang = current()
    english, other = (singular, plural) if n == 1 else (plural, singular)
    if lang == DEFAULT:
        return english
    cat = catalogue(lang)
    out = cat.ngettext(singular, plural, n)
    if out != english:
        return out
    for form in (english, other):
        if cat.gettext(form) != form:
            return cat.gettext(form)
    return english


def quote(value) -> str:
    """A quoted piece of text inside a message: Python's repr in English ('text'), guillemets with
    no-break spaces in French (« texte »)."""
    if current() == "fr":
        return f"«\u00a0{value}\u00a0»"
    return repr(value)


def data_text(text: str) -> str:
    """A note from a data file (mtaudit/data/*.tsv) in the current language when the catalogue has it;
    else as written, and in a French message labelled as English (notes of the calque, set-phrase and
    idiom tables and of users' own files are not in the catalogue)."""
    if not text or current() == DEFAULT:
        return text
    out = catalogue(current()).gettext(text)
    return out if out != text else _("{note} (in English)").format(note=text)


def N_(message: str) -> str:
    """Marks a string for extraction without translating it now (translate it where it is shown)."""
    return message


def doc(text: str) -> str:
    """A rule's docstring-like text (name, what, why, example) in the current language. The message
    id is the text with its line breaks and indentation folded into single spaces."""
    if not text or current() == DEFAULT:
        return text
    key = " ".join(text.split())
    out = catalogue(current()).gettext(key)
    return text if out is key else out
