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
from .read.loader import InputError
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


def _article(text, source, id: str, html: bool):
    from .read.article import Article
    from .read.inputs import read_html_str
    from .read.loader import decode, str_problem, surrogate_problem

    if not isinstance(text, str):
        raise InputError(id, f"text must be a str, got {type(text).__name__}")
    if source is not None and not isinstance(source, str):
        raise InputError(id, f"source must be a str or None, got {type(source).__name__}")
    problem = surrogate_problem(text)
    if problem:
        raise InputError(id, f"text {problem}")
    if html:
        article = read_html_str(text, id, id=id)
    else:
        decode(text.encode("utf-8"), id)  # the same checks as files: empty, NUL
        article = Article.from_text(text, id=id)
    problem = str_problem(source) if source else None  # None and "" are no source
    if problem:
        raise InputError(id, f"source {problem}")
    article.source = source or None
    return article


class Auditor:
    """Holds the configuration, rules and loaded data; audit many texts with one."""

    def __init__(self, config=None):
        from .pipeline import Auditor as _Core

        self.config = _config(config)
        self._core = _Core(self.config)

    def audit(self, text: str, *, source: str | None = None, id: str = "text", html: bool = False) -> dict:
        """The report of one text (the same dict as the JSON report). source: the English source
        (enables the bilingual checks; None or "" for none). html: text is HTML (tags stripped,
        html_start/html_end added). Raises InputError for text that cannot be audited (not a str,
        empty, NUL characters) and for a source that is blank or holds NUL characters."""
        return self._core.audit(_article(text, source, id, html))

    def audit_many(self, texts: Iterable[str], *, sources: Iterable[str | None] | None = None,
                   jobs: int = 1) -> list[dict]:
        """Reports for many texts, in order; ids are their positions ("0", "1"...). jobs > 1 uses
        worker processes, each loading the models once (the same workers as `mtaudit audit --jobs`).
        A text that cannot be audited raises InputError before any work starts."""
        if isinstance(texts, (str, bytes)):
            raise InputError("texts", f"texts must be an iterable of str (a list), got one {type(texts).__name__}")
        texts = list(texts)
        srcs = list(sources) if sources is not None else [None] * len(texts)
        if len(srcs) != len(texts):
            raise InputError("sources", f"{len(srcs)} sources for {len(texts)} texts")
        articles = [_article(t, s, str(n), False) for n, (t, s) in enumerate(zip(texts, srcs))]
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
