"""The public Python API (re-exported by `import mtaudit`):

    mtaudit.audit(text, *, source=None, config=None) -> report dict (the JSON report)
    mtaudit.Auditor(config=None)      loads rules, data and models once; .audit(...), .audit_many(...)
    mtaudit.rules()                   every rule's docs and examples (as `mtaudit rules --json`)
    mtaudit.MtauditError, InputError, ConfigError   typed exceptions

`config`: None (defaults), a Config, a dict of the same keys as mtaudit.toml
({"select": ["markup"], "ignore": [...], "severity": {...}, "data": {"people": ["p.tsv"]}, ...}),
or the path of a mtaudit.toml / pyproject.toml. {"lang": "fr"} gives French messages (default: the
environment's locale, then English; the report's "lang" says which). Everything else in the package
is private.
"""
from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import Iterable

from .config import Config
from .errors import MtauditError
from .i18n import _
from .read.loader import InputError, surrogate_problem
from .settings import ConfigError

__all__ = ["audit", "Auditor", "rules", "MtauditError", "InputError", "ConfigError"]


def _config(config) -> Config:
    if config is None:
        return Config()
    if isinstance(config, Config):
        return config
    from .settings import check_data_files, check_thresholds, load_config, parse_table

    if isinstance(config, (str, os.PathLike)):
        return load_config(None, config_file=config, search=False)
    if isinstance(config, dict):
        cfg = load_config(None, search=False)
        values = parse_table(dict(config), "config", Path.cwd())
        check_data_files(values.get("data_files", {}), "config")
        from .settings import _apply

        _apply(cfg, cfg.origins, values, "config")
        check_thresholds(cfg, "config")
        return cfg
    raise ConfigError(f"config must be None, a Config, a dict of settings or a file path; got {type(config).__name__}")


def _too_large(text: str) -> int | None:
    """The UTF-8 size of a str over the CLI's input limit (read.loader.MAX_BYTES), or None."""
    from .read.loader import MAX_BYTES

    if len(text) * 4 <= MAX_BYTES:  # at most 4 bytes a character: surely within
        return None
    size = len(text) if len(text) > MAX_BYTES else len(text.encode("utf-8", "surrogatepass"))
    return size if size > MAX_BYTES else None


def check_id(id) -> str:
    """An article id as the service takes one: a non-empty str of one line, at most MAX_ID
    characters, no control characters (it is echoed in reports and terminals)."""
    from .request import MAX_ID, control_char

    if not isinstance(id, str):
        raise InputError("id", _("must be a str, got {kind}").format(kind=type(id).__name__))
    if not id.strip():
        raise InputError("id", _("must not be empty or blank"))
    if len(id) > MAX_ID:
        raise InputError("id", _("must be at most {n} characters").format(n=MAX_ID))
    control = control_char(id)
    if control is not None:
        raise InputError("id", _("contains a control character (U+{code:04X})").format(code=ord(control)))
    problem = surrogate_problem(id)
    if problem:
        raise InputError("id", problem)
    return id


def check_jobs(jobs) -> int:
    """The number of worker processes `jobs` asks for, as `audit --jobs`: 0 is one per CPU, a
    negative count is refused."""
    if type(jobs) is not int:  # bool is no count of workers
        raise InputError("jobs", _("must be an int (the number of worker processes), got {kind}").format(
            kind=type(jobs).__name__))
    if jobs < 0:
        raise InputError("jobs", _("must be 0 (one per CPU) or more, got {n}").format(n=jobs))
    return jobs or (os.cpu_count() or 1)


def _listed(values, name: str, problem: str) -> list:
    """values (an iterable) as a list; a str or bytes is one value, not an iterable of them: refused
    with InputError(name, problem), as anything that is not iterable (None)."""
    if isinstance(values, (str, bytes)):
        raise InputError(name, problem.format(kind=_("one {kind}").format(kind=type(values).__name__)))
    try:
        items = iter(values)
    except TypeError:
        raise InputError(name, problem.format(kind=type(values).__name__)) from None
    return list(items)


def _article(text, source, id: str, html: bool, source_name: str = "source", markdown: bool = False):
    from .read.article import Article
    from .read.inputs import read_html_str
    from .read.loader import MAX_BYTES, nul_problem, str_problem

    if not isinstance(text, str):
        raise InputError(id, _("text must be a str, got {kind}").format(kind=type(text).__name__))
    if source is not None and not isinstance(source, str):
        raise InputError(source_name, _("must be a str or None, got {kind}").format(kind=type(source).__name__))
    for name, value in ((id, text), (source_name, source)):
        size = _too_large(value) if value else None
        if size is not None:  # the CLI's limit on a file: minutes of audit otherwise
            what = _("text too large ({size} bytes, limit {limit}); split it into articles") if value is text \
                else _("too large ({size} bytes, limit {limit})")
            raise InputError(name, what.format(size=size, limit=MAX_BYTES))
    problem = surrogate_problem(text) or nul_problem(text)  # the checks of a file's text
    if problem:
        raise InputError(id, _("text {problem}").format(problem=problem))
    if not text.strip():
        raise InputError(id, _("empty text (nothing to audit)"))
    if html and markdown:
        raise InputError(id, _("give html=True or markdown=True, not both"))
    article = read_html_str(text, id, id=id) if html else \
        Article.from_text(text, id=id, format="md") if markdown else Article.from_text(text, id=id)
    problem = str_problem(source) if source else None  # None and "" are no source
    if problem:
        raise InputError(source_name, problem)
    article.source = source or None
    return article


class Auditor:
    """Holds the configuration, rules and loaded data; audit many texts with one."""

    def __init__(self, config=None):
        from .pipeline import Auditor as _Core

        self.config = _config(config)
        self._core = _Core(self.config)
        self._glossary_said = False

    def _plain(self, n: int) -> None:
        """Texts are plain articles: a configured glossary does not apply to them (said once)."""
        from .glossary import plain_articles_note

        note = None if self._glossary_said else plain_articles_note(self.config, n)
        if note:
            import warnings

            self._glossary_said = True
            warnings.warn("mtaudit: " + note, UserWarning, stacklevel=3)

    def audit(self, text: str, *, source: str | None = None, id: str = "text", html: bool = False,
              markdown: bool = False) -> dict:
        """The report of one text (the same dict as the JSON report). source: the English source
        (enables the bilingual checks; None or "" for none). html: text is HTML (tags stripped,
        html_start/html_end added). markdown: text is Markdown, read as a .md file is (its front
        matter, raw HTML tags and HTML comments are not prose). id: the report's article id (a
        non-empty line, at most 200 characters, no control characters). Raises InputError for text
        that cannot be audited (not a str, empty, NUL characters, over the CLI's 20 MiB limit), for a
        source that is blank, too large or holds NUL characters, and for a bad id."""
        article = _article(text, source, check_id(id), html, markdown=markdown)
        self._plain(1)
        return self._core.audit(article)

    def audit_many(self, texts: Iterable[str], *, sources: Iterable[str | None] | None = None,
                   jobs: int = 1) -> list[dict]:
        """Reports for many texts, in order; ids are their positions ("0", "1"...). jobs > 1 uses
        worker processes, each loading the models once (the same workers as `mtaudit audit --jobs`;
        0, as there, is one per CPU).
        A text that cannot be audited, texts or sources that are not an iterable (None, or a str:
        one text, not texts), or a jobs that is not an int, raises InputError before any work starts."""
        texts = _listed(texts, "texts", _("must be an iterable of str (a list), got {kind}"))
        srcs = _listed(sources, "sources", _("must be an iterable of str or None (a list), or None; got {kind}")) \
            if sources is not None else [None] * len(texts)
        if len(srcs) != len(texts):
            raise InputError("sources", f"{len(srcs)} sources for {len(texts)} texts")
        jobs = check_jobs(jobs)
        articles = [_article(t, s, str(n), False, f"sources[{n}]") for n, (t, s) in enumerate(zip(texts, srcs))]
        self._plain(len(articles))
        if jobs <= 1 or len(articles) < 2:
            return list(self._core.audit_many(articles, batch_size=16))  # spaCy in nlp.pipe batches
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        from .runner import AuditFailed, _audit_payload, _init_worker

        ctx = multiprocessing.get_context("spawn")
        with ProcessPoolExecutor(max_workers=jobs, mp_context=ctx, initializer=_init_worker,
                                 initargs=(self.config,)) as pool:
            size = max(1, min(16, len(articles) // (jobs * 2)))  # a chunk is one nlp.pipe batch in a worker
            chunks = [articles[i:i + size] for i in range(0, len(articles), size)]
            out = [r for reports in pool.map(_audit_payload, chunks) for r in reports]
        for a, r in zip(articles, out):
            if isinstance(r, AuditFailed):
                raise MtauditError(f"text {a.id}: {r.problem}")
        return out


_default_lock = threading.Lock()
_defaults: dict = {}


def _cache_key(config):
    """The key of the kept Auditor for `config`, or False for a config not kept (a dict, a Config).
    A file path counts by what it names now: the resolved path with the file's modification time
    and size, so a chdir or an edited file gives a fresh Auditor."""
    if config is None:
        return None
    if not isinstance(config, (str, os.PathLike)):
        return False
    path = Path(config).resolve()
    try:
        st = path.stat()
    except OSError:
        return False  # the Auditor raises the ConfigError
    return (str(path), st.st_mtime_ns, st.st_size)


def audit(text: str, *, source: str | None = None, config=None) -> dict:
    """Audit one text with `config` (see the module docs); the Auditor is kept for the next call
    (for a file path: while the file is unchanged)."""
    key = _cache_key(config)
    if key is False:
        return Auditor(config).audit(text, source=source)
    with _default_lock:
        auditor = _defaults.get(key[0] if key else None)
        if auditor is None or auditor[0] != key:
            auditor = _defaults[key[0] if key else None] = (key, Auditor(config))  # one per path: the latest
    return auditor[1].audit(text, source=source)


def rules() -> list[dict]:
    """Every rule: id, slug, name, category, mqm, severity, stage, what, why, example, examples
    (and example_sources for rules whose examples carry an English source)."""
    from .detect.registry import all_rules

    def examples(cls) -> dict:
        out = {"examples": {"incorrect": [e.text for e in cls.examples_bad],
                            "correct": [e.text for e in cls.examples_good]}}
        if any("source" in e.context for e in cls.examples_bad + cls.examples_good):  # bilingual rules
            out["example_sources"] = {"incorrect": [e.context.get("source") for e in cls.examples_bad],
                                      "correct": [e.context.get("source") for e in cls.examples_good]}
        return out

    return [cls.describe() | examples(cls) for cls in all_rules().values()]
