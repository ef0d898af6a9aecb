"""Batch runs: files, folders and corpus rows in; per-article reports, summary.csv and index.html out.

- `jobs` > 1 audits in worker processes, each building one Auditor (models load once per worker);
  reading inputs and writing outputs stay in this process, and output does not depend on `jobs`.
- Resumable: a report in the output folder whose "run" record matches the article's text and the
  run fingerprint (configuration, version, data files, baseline) is reused instead of re-audited.
- A progress bar (rate, ETA) on a terminal; none when stderr is not a TTY, under CI, or when quiet.
"""
from __future__ import annotations

import hashlib
import json
import os
import sys
from concurrent.futures import ALL_COMPLETED, FIRST_COMPLETED, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator

from . import __version__
from .config import Config
from .i18n import _, ngettext
from .read.article import Article
from .read.bilingual import read_warnings
from .read.corpus import Columns, count_rows
from .read.inputs import KINDS, folder_suffixes, keep_found, kind_for, read_file
from .read.loader import InputError, InputWarning, Source, discover, inside

DEATHS_IN_A_ROW = 3  # --jobs: worker processes that die on this many articles in a row are not restarted again
BATCH = 16  # articles analysed together by spaCy (nlp.pipe) in a one-process run
# Article ids taken by the batch outputs (index.html): an article with one of them gets "-article" added.
RESERVED_IDS = frozenset({"index"})


@dataclass(frozen=True)
class AuditFailed:
    """The typed result of an article whose audit raised (instead of a report)."""

    problem: str


@dataclass
class BatchOptions:
    out: Path
    formats: list = field(default_factory=lambda: ["json", "md", "html"])
    jobs: int = 1
    force: bool = False
    quiet: bool = False
    progress: bool | None = None  # None: on when stderr is a terminal and not in CI
    columns: Columns = field(default_factory=Columns)
    baseline: str | None = None
    write_baseline: str | None = None
    source: str | None = None  # --source: English source file, or folder paired by file name
    target_column: str = "target"  # bilingual CSV/TSV
    engine: str = "local"  # local | ray (mtaudit.cluster)
    address: str | None = None  # --engine ray: the cluster to join (None: a local Ray)


@dataclass
class BatchResult:
    reports: list = field(default_factory=list)  # input order; each a kept() summary, the full report is on disk
    errors: list = field(default_factory=list)   # InputError
    audited: int = 0
    skipped: int = 0   # reused from an earlier run
    baselined: int = 0
    variants: list = field(default_factory=list)  # names spelt differently across articles
    warnings: list = field(default_factory=list)  # InputWarning: skipped, not fatal (symlink loops)
    stopped: str | None = None  # why the run stopped early (Ray unreachable or its job failed): exit 2
    batch_failures: list = field(default_factory=list)  # "rule MTA252 failed: ..." (a batch rule raised): exit 2
    roundtrip_unavailable: str | None = None  # the warning for an asked-for round trip that could not run
    interrupted: bool = False  # Ctrl-C: what was done is written and summarised, then exit 130
    terminated: bool = False  # interrupted by SIGTERM (exit 143), handled as Ctrl-C is
    not_audited: int | None = None  # when interrupted: inputs left unread (None: not known, corpus rows)
    output_errors: list = field(default_factory=list)  # "<file>: cannot write it (...)" for a run-level file: exit 2


# -- inputs -----------------------------------------------------------------------------------

def plan(paths: list[str], config: Config, columns: Columns,
         target_column: str = "target", outputs=()) -> tuple[Iterator[Source], int | None, list]:
    """(sources, total or None, errors found up front). Corpus rows are read lazily. Nothing in
    `outputs` (the output folder) and no file mtaudit wrote is read as input."""
    from .read.loader import output_problem

    errors: list = []
    parts: list = []  # ("files", [Path]) | ("corpus", path)
    plain: list = []
    total: int | None = 0

    def flush():
        if plain:
            files, errs = discover(list(plain), suffixes=folder_suffixes(), exclude=config.exclude,
                                   outputs=outputs)
            named = {str(Path(x)) for x in plain}
            # a .tsv (.xml) found in a folder is audited only when its header (root) makes it bilingual
            left = [f for f in files if not (str(f) in named or keep_found(f, target_column))]
            dropped = set(left)
            files = [f for f in files if f not in dropped]
            errors.extend(errs)
            for raw in plain:  # a folder whose files were all left alone: said, as a folder with none
                folder = Path(raw)
                if not folder.is_dir():
                    continue
                mine = [f for f in left if inside(f, [folder.resolve()])]
                if mine and not any(inside(f, [folder.resolve()]) for f in files):
                    errors.append(InputError(raw, ngettext(
                        "no file to audit: {n} .tsv/.xml file found is not bilingual (no target column, no "
                        "<xliff> or <tmx> root): {files}", "no file to audit: {n} .tsv/.xml files found are not "
                        "bilingual (no target column, no <xliff> or <tmx> root): {files}", len(mine)).format(
                            n=len(mine), files=", ".join(f.name for f in mine[:5]) + (", …" if len(mine) > 5 else ""))))
            parts.append(("files", files))
            plain.clear()

    for raw in paths:
        if kind_for(raw, target_column).rows is not None:  # corpus rows
            problem = output_problem(raw, outputs)
            if problem:
                errors.append(InputError(raw, problem))
                continue
            flush()
            parts.append(("rows", raw))
        else:
            plain.append(raw)
    flush()
    for kind, item in parts:
        if total is None:
            break
        n = len(item) if kind == "files" else count_rows(item)
        total = None if n is None else total + n

    files = [f for kind, item in parts if kind == "files" for f in item]
    kinds = {f: kind_for(f, target_column) for f in files}
    # kinds whose files are read together (bilingual files: one translation memory for the run)
    together: dict = {}
    for f in files:
        if kinds[f].batch is not None:
            together.setdefault(kinds[f].name, []).append(f)
    ids = file_ids(files)
    readers = {name: KINDS[name].batch(group, columns, target_column, {f: ids[f] for f in group})
               for name, group in together.items()}

    # numbered row ids of corpus files that share a name in different folders start with their
    # path, as file ids do ("news__rows-1", "blog__rows-1")
    row_stems: dict = {}
    by_stem: dict = {}
    for kind, item in parts:
        if kind == "rows":
            p = Path(item)
            by_stem.setdefault(p.name if p.is_dir() else p.stem, {}).setdefault(p.resolve(), p)
    for group in by_stem.values():
        if len(group) > 1:
            row_stems.update({str(p): i for p, i in file_ids(list(group.values())).items()})

    def sources() -> Iterator[Source]:
        seen: set = set()
        for kind, item in parts:
            if kind == "files":
                for f in item:
                    key = f.resolve()
                    if key in seen:
                        continue
                    seen.add(key)
                    if kinds[f].name in readers:
                        reader = readers[kinds[f].name]
                        yield Source(id=ids[f], path=str(f), load=lambda f=f, r=reader: r.article(f))
                    else:
                        yield Source(id=ids[f], path=str(f),
                                     load=lambda f=f: read_file(f, id=ids[f], target_column=target_column))
            else:
                try:
                    yield from kind_for(item, target_column).rows(item, columns, stem=row_stems.get(str(Path(item))))
                except InputError as e:
                    yield Source(id="", path=str(item), load=_raiser(e))

    return sources(), total, errors


def file_ids(files: list[Path]) -> dict[Path, str]:
    """Article ids for files: the file stem; files of one run that share a stem get their path
    relative to the folder holding them all, folders joined by "__" ("news__x", "blog__x"), and
    the suffix added ("x_md") when that is still not enough. Ids in RESERVED_IDS get "-article"."""
    import os

    from .read.corpus import fit_id, safe_id

    out: dict[Path, str] = {}
    by_stem: dict[str, list[Path]] = {}
    for f in files:
        by_stem.setdefault(f.stem, []).append(f)
    for stem, group in by_stem.items():
        if len(group) == 1 and stem == fit_id(stem):
            out[group[0]] = stem
            continue
        paths = [os.path.abspath(f) for f in group]
        common = os.path.commonpath([os.path.dirname(p) for p in paths])
        rel = {f: Path(os.path.relpath(p, common)) for f, p in zip(group, paths)}
        ids = {f: safe_id("__".join(r.with_suffix("").parts)) for f, r in rel.items()}
        if len(set(ids.values())) < len(ids):
            ids = {f: safe_id("__".join(r.with_suffix("").parts) + "_" + r.suffix.lstrip(".")) for f, r in rel.items()}
        out.update(ids)
    return {f: (i + "-article" if i in RESERVED_IDS else i) for f, i in out.items()}


def label(article: Article) -> str:
    """How an error names an article: a corpus row as its read errors do ("FILE row N (id 'x')"),
    anything else by its path (or id)."""
    meta = article.meta
    if meta.get("format") == "corpus" and meta.get("corpus") is not None and meta.get("row") is not None:
        split = meta.get("split")
        where = f"{meta['corpus']} row {meta['row']}" if split is None else f"{meta['corpus']} [{split}] row {meta['row']}"
        return f"{where} (id {article.id!r})"
    return article.path or article.id


def article_error(article: Article, problem: str) -> InputError:
    """The error of an article that was read but not audited or written, named by label(); a corpus
    row's also says its file and line (GitHub annotations)."""
    meta = article.meta
    if meta.get("format") == "corpus" and meta.get("corpus") is not None:
        return InputError(label(article), problem, str(meta["corpus"]), meta.get("line"))
    return InputError(label(article), problem)


def at(index: int, err: InputError) -> InputError:
    """err, marked with the input it belongs to (errors are listed in input order)."""
    err.input_index = index
    return err


def _raiser(err):
    def load():
        raise err
    return load


# -- what a run keeps of each report ---------------------------------------------------------------

SCORE_DROPPED = ("features", "estimate")  # the quality model's inputs: in the report on disk only


def kept(report: dict) -> dict:
    """What a batch run keeps in memory of a report once it is written to disk: what index.html,
    summary.csv, the summary table, the exit gate and rule-failure warnings read (article id, path
    and words, the language, the score without the model's features, one finding stub per severity
    present, failures). About 1.5 KB an article instead of about 26 KB (bench/runner_memory.py)."""
    out = {k: report[k] for k in ("lang",) if k in report}
    art = report.get("article", {})
    out["article"] = {k: art[k] for k in ("id", "path", "words", "units") if k in art}  # units: a bilingual file
    score = report.get("score")
    out["score"] = {k: v for k, v in score.items() if k not in SCORE_DROPPED} if isinstance(score, dict) else score
    present = dict.fromkeys(f.get("severity") for f in report.get("findings", ()))
    out["findings"] = [{"severity": s} for s in present]  # enough for the --fail-on gate
    for k in ("failures", "baselined", "notes"):
        if k in report:
            out[k] = report[k]
    return _shared(out)


def _shared(obj):
    """obj with its dict keys and short strings interned: a million summaries share them."""
    if isinstance(obj, dict):
        return {sys.intern(k) if isinstance(k, str) else k: _shared(v) for k, v in obj.items()}
    if isinstance(obj, list):
        return [_shared(v) for v in obj]
    if isinstance(obj, str) and len(obj) <= 32:
        return sys.intern(obj)
    return obj


# -- fingerprints -----------------------------------------------------------------------------

def run_fingerprint(config: Config, baseline: str | None = None) -> str:
    """What a stored report must match to be reused: config, version, data file contents, baseline."""
    from .baseline import digest

    h = hashlib.sha256()
    h.update(config.fingerprint().encode())  # with the effective language of the messages
    h.update(__version__.encode())
    for name, files in sorted(config.data_files.items()):
        for f in files:
            try:
                h.update(f"{name}:{hashlib.sha256(Path(f).read_bytes()).hexdigest()}".encode())
            except OSError:
                h.update(f"{name}:missing:{f}".encode())
    h.update(f"baseline:{digest(baseline)}".encode())
    return h.hexdigest()[:16]


# reader details that say where an article is, not what it is: a row that moves keeps its report
# (its path is refreshed); the bilingual document and its offsets are digested as units
_META_PLACE = frozenset({"corpus", "row", "line", "split", "bilingual", "memory", "unit_offsets"})


def text_digest(article: Article) -> dict:
    """What a stored report must have been made from: the text, a bilingual file's units, the
    source, an HTML input's markup (findings carry offsets into it) and the reader's details that
    change findings (the format, a corpus row's date, notes)."""
    d = {"text_sha256": hashlib.sha256(article.text.encode("utf-8")).hexdigest()}
    if article.meta.get("bilingual") is not None:  # units (sources, codes) and the batch they are checked against
        from .l10n.batch import digest

        d["units_sha256"] = digest(article)
    src = article.source
    if src:
        d["source_sha256"] = hashlib.sha256(src.encode("utf-8")).hexdigest()
    if article.html is not None:
        d["html_sha256"] = hashlib.sha256(article.html.html.encode("utf-8", "surrogatepass")).hexdigest()
    meta = {}
    for k, v in sorted(article.meta.items()):
        if k in _META_PLACE:
            continue
        try:
            meta[k] = json.loads(json.dumps(v, sort_keys=True, ensure_ascii=False))
        except (TypeError, ValueError):  # not data (an object a reader keeps): not part of the digest
            continue
    if meta:
        d["meta_sha256"] = hashlib.sha256(json.dumps(meta, sort_keys=True, ensure_ascii=False).encode(
            "utf-8", "surrogatepass")).hexdigest()
    return d


def current_engines() -> dict:
    """The engines an audit here would name in its report's `engines` (grammar, spelling,
    untranslated; the spaCy model without its version), found without loading spaCy."""
    import importlib.util

    from .detect.nlp import MODELS
    from .lang import grammalecte
    from .rules.grammar.analysis import engine_name as grammar_engine
    from .rules.spelling.analysis import Speller
    from .rules.untranslated.analysis import engine_name as untranslated_engine

    out = {"grammar": grammar_engine(grammalecte.load()), "spelling": Speller().name,
           "untranslated": untranslated_engine(build=False)}
    wanted = os.environ.get("MTAUDIT_SPACY_MODEL")
    spacy = importlib.util.find_spec("spacy") is not None
    if wanted and not wanted.isidentifier():
        return out  # a model given by path (spacy.load takes one): not compared
    model = next((m for m in ((wanted,) if wanted else MODELS) if spacy and importlib.util.find_spec(m)), None)
    out["nlp"] = f"spacy:{model}" if model else "regex"
    return out


def same_engines(stored: dict, now: dict) -> bool:
    """Whether a stored report's engines are those an audit would use now (an engine installed or
    removed since, or another spaCy model, makes it stale); keys the report lacks are not compared."""
    if not isinstance(stored, dict):
        return True
    for key, name in stored.items():
        if key not in now:
            continue
        if key == "nlp":
            name = name.rsplit("-", 1)[0] if str(name).startswith("spacy:") else name
        if name != now[key]:
            return False
    return True


RESUME_DIR = ".mtaudit"  # in --out: each article's JSON report when --format has no json (what a run resumes from)


def json_path(out: Path, article_id: str, formats) -> Path:
    """Where a run writes an article's JSON report: <id>.json with --format json, else in RESUME_DIR."""
    return out / f"{article_id}.json" if "json" in formats else out / RESUME_DIR / f"{article_id}.json"


def stored_report(out: Path, article: Article, run: dict, engines: Callable[[], dict] | None = None,
                  where: list | None = None) -> dict | None:
    """The report in `out` (<id>.json, or the one kept in RESUME_DIR by a run without --format json)
    made from this article's text (text_digest) with this run's fingerprint and the engines an audit
    would use now (`engines`: called only when a report matches otherwise). `where` gets its path."""
    for p in (out / f"{article.id}.json", out / RESUME_DIR / f"{article.id}.json"):
        try:
            report = json.loads(p.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if isinstance(report, dict) and report.get("run") == run and report.get("article", {}).get("id") == article.id:
            if engines is not None and not same_engines(report.get("engines"), engines()):
                return None
            if where is not None:
                where.append(p)
            return report
    return None


# -- workers ----------------------------------------------------------------------------------

_worker_auditor = None


def _init_worker(config: Config) -> None:
    global _worker_auditor
    import signal

    from .pipeline import Auditor

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle: it stops the workers

    _worker_auditor = Auditor(config)


def audit_one(auditor, article: Article, analysis=None) -> "dict | AuditFailed":
    """Audit one article: its report, or AuditFailed when the audit raised (the batch goes on).
    The per-article step every engine shares (in-process, worker processes, other executors).
    analysis: a pre-computed spaCy analysis (pipeline.pre_analyse), when batched."""
    try:
        return auditor.audit(article) if analysis is None else auditor.audit(article, analysis=analysis)
    except Exception as e:
        return AuditFailed(_("audit failed ({problem})").format(problem=f"{type(e).__name__}: {e}"))


def audit_batch(auditor, articles: list) -> list:
    """audit_one for several articles, their spaCy analysis in one nlp.pipe batch (each article
    analysed on its own when the batch analysis fails)."""
    from .pipeline import pre_analyse

    try:
        analyses = pre_analyse(articles)
    except Exception:
        analyses = [None] * len(articles)
    return [audit_one(auditor, article, analysis) for article, analysis in zip(articles, analyses)]


def _audit_payload(articles: list) -> list:
    """In a worker process: audit_batch over a chunk of articles (one nlp.pipe batch)."""
    return audit_batch(_worker_auditor, articles)


# -- the run ----------------------------------------------------------------------------------

def progress_enabled(opts: BatchOptions, stream=None) -> bool:
    if opts.progress is not None:
        return opts.progress
    stream = stream or sys.stderr
    ci = os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")
    return not opts.quiet and not ci and hasattr(stream, "isatty") and stream.isatty()


class _Bar:
    def __init__(self, total, enabled):
        self.bar = None
        if enabled:
            try:
                from tqdm import tqdm

                try:
                    width = os.get_terminal_size(sys.stderr.fileno()).columns
                except (OSError, ValueError, AttributeError):
                    width = 0
                # a terminal that reports no size (some CI ptys) would otherwise hide the bar
                sizing = {"dynamic_ncols": True} if width > 0 else {"ncols": 100, "nrows": 24}
                self.bar = tqdm(total=total, unit="article", file=sys.stderr, smoothing=0.1, mininterval=0.2,
                                **sizing)
            except ImportError:  # pragma: no cover
                self.bar = None

    def update(self, n=1, words=0):
        if self.bar is not None:
            self.words = getattr(self, "words", 0) + words
            elapsed = self.bar.format_dict.get("elapsed") or 0
            if elapsed > 0:
                self.bar.set_postfix_str(f"{self.words / elapsed:,.0f} words/s", refresh=False)
            self.bar.update(n)

    def close(self):
        if self.bar is not None:
            self.bar.close()


_sigterm: list = []  # set when SIGTERM stopped the run


def _on_sigterm(signum, frame):
    _sigterm.append(signum)
    raise KeyboardInterrupt  # stops the run where Ctrl-C would: what was done is written and summarised


def catch_sigterm():
    """SIGTERM stops a batch run as Ctrl-C does (the reports done, index.html, the summary); the
    handler it replaces, or None where signals cannot be handled (not the main thread). Ray sets its
    own at ray.init: mtaudit.cluster calls this again after."""
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        return None
    return signal.signal(signal.SIGTERM, _on_sigterm)


def run_batch(paths: list[str], config: Config, opts: BatchOptions,
              on_report: Callable[[dict, Article], None] | None = None) -> BatchResult:
    from .baseline import apply as apply_baseline
    from .baseline import entries, load as load_baseline, render as render_baseline
    from .report import RENDERERS, render_csv, render_index, write_atomic
    from .report.io import json_pieces

    out = Path(opts.out)
    result = BatchResult()
    known = load_baseline(opts.baseline) if opts.baseline else None
    force = opts.force or bool(opts.write_baseline)  # a baseline needs every finding, not stored ones
    fp = run_fingerprint(config, opts.baseline)
    baseline_entries: list = []
    sources, total, early_errors = plan(paths, config, opts.columns, opts.target_column, outputs=[out])
    result.errors.extend(e for e in early_errors if not isinstance(e, InputWarning))
    result.warnings.extend(e for e in early_errors if isinstance(e, InputWarning))
    done: dict[int, dict] = {}
    ids: dict[str, str] = {}
    bar = _Bar(total, progress_enabled(opts))
    from .detect.registry import enabled_rules

    batch_rules = enabled_rules(config, stage="batch")  # the batch stage: rules over all articles
    # rule id -> {input index: (article id, what it collected)}; combined in input order, so the
    # batch outputs do not depend on the order audits finish in (jobs, Ray, resumed runs)
    collected: dict = {r.id: {} for r in batch_rules}
    failed_batch: dict = {}  # rule id -> why it failed (it collects nothing more; its combine is skipped)

    def note_batch(index: int, article: Article) -> None:
        if batch_rules:
            from .detect.context import Context
            from .pipeline import resources_for

            ctx = Context(article, config, resources_for(config))
            for rule in batch_rules:
                if rule.id in failed_batch:
                    continue
                try:
                    collected[rule.id][index] = (article.id, rule.collect(ctx))
                except Exception as e:  # the rule fails for the batch; the articles' reports go on
                    failed_batch[rule.id] = _("rule {rule} failed: {error}").format(
                        rule=rule.id, error=f"{article.id}: {type(e).__name__}: {e}")

    def finish(index: int, article: Article, report: "dict | AuditFailed", run: dict) -> None:
        if isinstance(report, AuditFailed):
            result.errors.append(at(index, article_error(article, report.problem)))
            return
        note_roundtrip(report)
        if opts.write_baseline:
            baseline_entries.extend(entries(report, article.text))
        if known is not None:
            report = apply_baseline(report, known, config, article.text, article)
            result.baselined += report["baselined"]
        report["run"] = run
        try:
            write(article, report)
        except OSError as e:  # this article's reports only; the batch goes on
            result.errors.append(at(index, article_error(article, _(
                "cannot write its report ({error})").format(error=e.strerror or e))))
            return
        result.audited += 1
        done[index] = kept(report)
        note_batch(index, article)
        if on_report:
            on_report(report, article)

    def note_roundtrip(report: dict) -> None:
        if result.roundtrip_unavailable is None:  # said once per run, not per article
            from .roundtrip.cli import unavailable_warning

            result.roundtrip_unavailable = unavailable_warning(config, report)

    def write(article: Article, report: dict, reused: bool = False) -> None:
        """reused: the stored JSON report is kept; the other sheets are rendered again from it
        and rewritten only when they differ (an older run may have left them from another text)."""
        if "json" not in opts.formats and not reused:  # kept for resuming (RESUME_DIR)
            write_atomic(json_path(out, article.id, opts.formats), json_pieces(report))
        for fmt in opts.formats:
            if fmt not in RENDERERS:
                continue  # run-level formats (SARIF, JUnit...) are written by the caller
            ext, render = RENDERERS[fmt]
            target = out / f"{article.id}.{ext}"
            if reused and fmt == "json":
                continue
            if fmt == "json":  # written piece by piece: the report of a long article is never one string
                write_atomic(target, json_pieces(report))
                continue
            rendered = render(report, article.text)
            if rendered is None:  # the format does not apply (xliff for a .txt)
                continue
            if reused:
                try:
                    with open(target, encoding="utf-8", newline="") as fh:
                        if fh.read() == rendered:
                            continue
                except (OSError, ValueError):
                    pass
            write_atomic(target, rendered)

    engines: list = []

    def engines_now() -> dict:
        """The engines an audit would use (once a run, and only when a stored report could be reused)."""
        if not engines:
            engines.append(current_engines())
        return engines[0]

    def load(index: int, source: Source):
        """The Article to audit and its run record, or None when it is done or broken."""
        try:
            article = source.load()
        except InputError as e:
            result.errors.append(at(index, e))
            bar.update()
            return None
        result.warnings.extend(read_warnings(article))
        if opts.source and not article.source:
            from .roundtrip.cli import attach_source

            try:
                warning = attach_source(article, article.path or source.path, opts.source)
            except InputError as e:  # an unreadable source: this article is not audited
                result.errors.append(at(index, e))
                bar.update()
                return None
            if warning is not None:  # a --source folder with no source for it
                result.warnings.append(warning)
        if article.id in RESERVED_IDS:  # corpus rows: the batch's index.html keeps its name
            article.id += "-article"
        first = ids.setdefault(article.id, source.path)
        if first != source.path:
            result.errors.append(at(index, InputError(source.path, _(
                "duplicate article id {id} (also {first}); its reports would overwrite each other (give ids that "
                "differ, or --id-column '' to number rows per file)").format(id=repr(article.id), first=first)
                if opts.columns.id and article.meta.get("format") == "corpus" else _(
                "duplicate article id {id} (also {first}); its reports would overwrite each other (give the inputs "
                "ids that differ)").format(id=repr(article.id), first=first))))
            bar.update()
            return None
        run = {**text_digest(article), "config": fp}
        if not force:
            where: list = []
            old = stored_report(out, article, run, engines_now, where)
            if old is not None:
                target = json_path(out, article.id, opts.formats)
                moved = isinstance(old.get("article"), dict) and old["article"].get("path") != article.path
                if moved:
                    old["article"]["path"] = article.path  # the same row, moved to another line or file
                try:
                    if moved or where[0] != target:
                        write_atomic(target, json_pieces(old))
                    write(article, old, reused=True)  # the other sheets, rendered again from it
                except OSError as e:  # this article's reports only; the batch goes on
                    result.errors.append(at(index, article_error(article, _(
                        "cannot write its report ({error})").format(error=e.strerror or e))))
                    bar.update()
                    return None
                note_roundtrip(old)
                done[index] = kept(old)
                result.skipped += 1
                note_batch(index, article)
                if known is not None:
                    result.baselined += old.get("baselined", 0)
                if on_report:
                    on_report(old, article)
                bar.update(words=article.words)
                return None
        return article, run

    _sigterm.clear()
    previous = catch_sigterm()
    try:
        if opts.engine == "ray":
            from .cluster import RayUnavailable, run as run_on_ray

            try:
                run_on_ray(sources, config, opts.jobs, opts.address, load, finish, bar, result, quiet=opts.quiet)
            except RayUnavailable as e:  # what was done is kept and summarised below
                result.stopped = str(e)
        elif opts.jobs <= 1:
            auditor = None
            chunk: list = []

            def audit_chunk() -> None:
                reports = audit_batch(auditor, [article for _, article, _ in chunk])
                for (index, article, run), report in zip(chunk, reports):
                    finish(index, article, report, run)
                # once per chunk: per article, the first chunk's first article (model loading included)
                # set the rate and a wild ETA
                bar.update(len(chunk), words=sum(article.words for _, article, _ in chunk))
                chunk.clear()

            for index, source in enumerate(sources):
                got = load(index, source)
                if got is None:
                    continue
                article, run = got
                if auditor is None:
                    from .pipeline import Auditor

                    auditor = Auditor(config)
                chunk.append((index, article, run))
                if len(chunk) >= BATCH:
                    audit_chunk()
            if chunk:
                audit_chunk()
        else:
            _run_parallel(sources, config, opts.jobs, load, finish, bar, result, total)
    except KeyboardInterrupt:  # Ctrl-C or SIGTERM: the reports written so far are summarised below (index.html says so)
        result.interrupted = True
        result.terminated = bool(_sigterm)
    finally:
        if previous is not None:
            import signal

            signal.signal(signal.SIGTERM, previous)
        bar.close()

    result.reports = [done[i] for i in sorted(done)]
    if result.interrupted and total is not None:
        handled = set(done) | {e.input_index for e in result.errors if hasattr(e, "input_index")}
        result.not_audited = max(0, total - len(handled))
    result.errors.sort(key=lambda e: getattr(e, "input_index", -1))  # input order; errors found up front first

    def save(path, render: Callable[[], str]) -> None:
        """Write a run-level file; a failure is one error line (exit 2) and the run's other files are still written."""
        try:
            write_atomic(path, render())
        except OSError as e:
            result.output_errors.append(cannot_write(path, e))

    if opts.write_baseline:
        save(opts.write_baseline, lambda: render_baseline(baseline_entries))
    for rule in batch_rules:
        if rule.id in failed_batch:
            continue
        try:
            result.variants.extend(rule.combine({aid: got for _i, (aid, got) in sorted(collected[rule.id].items())}))
        except Exception as e:
            failed_batch[rule.id] = _("rule {rule} failed: {error}").format(rule=rule.id, error=f"{type(e).__name__}: {e}")
    result.batch_failures = list(failed_batch.values())
    if result.variants:
        from .report.batch import render_variants_csv

        save(out / "consistency.csv", lambda: render_variants_csv(result.variants))
    elif (out / "consistency.csv").exists():
        try:
            (out / "consistency.csv").unlink()  # from an earlier run of a different batch
        except OSError as e:
            result.output_errors.append(cannot_write(out / "consistency.csv", e))
    # always: a run with nothing audited must not leave an earlier run's summary in place
    sheet = "html" if "html" in opts.formats else next((f for f in ("md", "json") if f in opts.formats), None)
    problems = [str(e) for e in result.errors] + result.batch_failures + ([result.stopped] if result.stopped else [])
    if result.terminated:
        problems.append(ngettext("stopped by SIGTERM after {n} article; run again to audit the rest (the run resumes)",
                                 "stopped by SIGTERM after {n} articles; run again to audit the rest (the run resumes)",
                                 len(result.reports)).format(n=len(result.reports)))
    elif result.interrupted:
        problems.append(ngettext("interrupted (Ctrl-C) after {n} article; run again to audit the rest (the run resumes)",
                                 "interrupted (Ctrl-C) after {n} articles; run again to audit the rest (the run resumes)",
                                 len(result.reports)).format(n=len(result.reports)))
    save(out / "summary.csv", lambda: render_csv(result.reports))
    save(out / "index.html", lambda: render_index(result.reports, problems, thresholds=config.thresholds,
                                                  sheet_ext=sheet, variants=result.variants))
    return result


def cannot_write(path, error: OSError) -> str:
    """The one-line error for a run-level output file that could not be written."""
    return _("{path}: cannot write it ({error})").format(path=path, error=error.strerror or error)


def _run_parallel(sources, config, jobs, load, finish, bar, result, total=None) -> None:
    """Audit in `jobs` worker processes, sending them chunks of articles (each chunk one spaCy
    nlp.pipe batch in the worker); reports are finished here, in this process. A worker that dies
    (killed, out of memory, a crash in a C extension) breaks the pool: a new pool audits the
    articles that were lost one at a time, so only an article that kills its worker again fails."""
    import multiprocessing
    from concurrent.futures.process import BrokenProcessPool

    ctx = multiprocessing.get_context("spawn")  # no fork after heavy imports in this process
    pending: dict = {}
    limit = jobs * 2  # bounded look-ahead in chunks: corpus rows are never all in memory
    # small runs get smaller chunks so that every worker has some
    size = BATCH if not total else max(1, min(BATCH, total // (jobs * 2)))
    chunk: list = []
    pools: list = []  # the pool in use (a broken one is replaced)

    def new_pool():
        pools[:] = [ProcessPoolExecutor(max_workers=jobs, mp_context=ctx, initializer=_init_worker,
                                        initargs=(config,))]
        return pools[0]

    def restart():
        pools[0].shutdown(wait=False, cancel_futures=True)
        return new_pool()

    def done(items, reports) -> None:
        for (index, article, run), report in zip(items, reports):
            finish(index, article, report, run)
        bar.update(len(items), words=sum(article.words for _, article, _ in items))  # once per chunk

    def outcome(fut, items) -> "list | None":
        """The chunk's reports, or None when the pool broke under it."""
        try:
            return fut.result()
        except BrokenProcessPool:
            return None
        except Exception as e:
            return [AuditFailed(_("audit failed ({problem})").format(problem=f"{type(e).__name__}: {e}"))] * len(items)

    deaths = [0]  # articles in a row whose worker died: at DEATHS_IN_A_ROW, workers cannot run here at all

    def not_audited(items) -> None:
        for index, article, _run in items:
            result.errors.append(at(index, article_error(article, _("not audited: the worker pool died"))))
        bar.update(len(items), words=sum(article.words for _, article, _ in items))

    def recover(lost: list) -> None:
        """The pool broke: every chunk it held is lost (which article killed it is not known).
        A new pool audits them one at a time; one that kills its worker again is that article's error."""
        lost.sort(key=lambda item: item[0])
        if deaths[0] >= DEATHS_IN_A_ROW:
            not_audited(lost)
            return
        restart()
        for n, item in enumerate(lost):
            try:
                report = outcome(pools[0].submit(_audit_payload, [item[1]]), [item])
            except BrokenProcessPool:  # the new pool failed to start
                report = None
            if report is not None:
                deaths[0] = 0
            else:
                deaths[0] += 1
                report = [AuditFailed(_("its worker process died while auditing it (killed, out of memory, "
                                        "or a crash in a compiled library)"))]
                if deaths[0] >= DEATHS_IN_A_ROW:  # workers die whatever they audit (they cannot start?)
                    done([item], report)
                    not_audited(lost[n + 1:])
                    return
                restart()
            done([item], report)

    def collect(futures, lost: list) -> None:
        """Take finished futures out of pending: their reports written, their items lost with the pool."""
        for fut in futures:
            items = pending.pop(fut)
            reports = outcome(fut, items)
            if reports is None:
                lost.extend(items)
            else:
                done(items, reports)

    def drain(everything: bool = False) -> None:
        ready, _rest = wait(list(pending), return_when=ALL_COMPLETED if everything else FIRST_COMPLETED)
        lost: list = []
        collect(ready, lost)
        if lost:  # the pool is broken: whatever else it held is lost or done
            wait(list(pending))
            collect(list(pending), lost)
            recover(lost)

    def submit() -> None:
        items = list(chunk)
        chunk.clear()
        if deaths[0] >= DEATHS_IN_A_ROW:
            not_audited(items)
            return
        try:
            fut = pools[0].submit(_audit_payload, [article for _, article, _ in items])
        except BrokenProcessPool:  # broken by a chunk not yet drained
            if pending:
                drain(everything=True)
            if getattr(pools[0], "_broken", True):
                recover(items)  # no chunk was lost with it: these articles are what is left
                return
            fut = pools[0].submit(_audit_payload, [article for _, article, _ in items])
        pending[fut] = items
        if len(pending) >= limit:
            drain()

    new_pool()
    try:
        for index, source in enumerate(sources):
            got = load(index, source)
            if got is None:
                continue
            article, run = got
            chunk.append((index, article, run))
            if len(chunk) >= size:
                submit()
        if chunk:
            submit()
        while pending:
            drain()
    except BaseException:  # Ctrl-C or a bug: do not wait for queued work, nor for the chunks being audited
        pool = pools[0]
        procs = list((getattr(pool, "_processes", None) or {}).values())  # shutdown() forgets them
        pool.shutdown(wait=False, cancel_futures=True)
        for proc in procs:
            proc.terminate()
        raise
    pools[0].shutdown(wait=True)
