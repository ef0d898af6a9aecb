"""The mtaudit command line. Exit codes: 0 clean, 1 threshold crossed, 2 usage or input error."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from . import __version__
from .config import Config
from .detect.finding import SEVERITIES
from .gate import DEFAULT_DOC, Gate
from .i18n import LANGS, N_, _, current, gettext_, ngettext, quote, set_current, using
from .outputs import (ARTICLE_FORMATS, CHECK_FORMATS, EXIT_BROKEN_PIPE, EXIT_ERROR, EXIT_FINDINGS,  # noqa: F401
                      EXIT_INTERRUPTED, EXIT_OK, EXIT_TERMINATED,
                      EXTRA_FORMATS, FORMATS, RUN_FILES, RUN_FORMATS, check_output_file, check_output_folder, exit_code,
                      rule_failures, suppression_notes)

# argparse's own words (it looks them up with gettext.gettext): through mtaudit's catalogue instead
ARGPARSE_MESSAGES = (
    N_("usage: "), N_("positional arguments"), N_("options"), N_("show this help message and exit"),
    N_("show program's version number and exit"), N_("argument %(argument_name)s: %(message)s"),
    N_("invalid choice: %(value)r (choose from %(choices)s)"), N_("the following arguments are required: %s"),
    N_("unrecognized arguments: %s"), N_("expected one argument"), N_("invalid %(type)s value: %(value)r"),
    N_("ambiguous option: %(option)s could match %(matches)s"), N_("%(prog)s: error: %(message)s\n"),
    N_("expected at least one argument"), N_("expected at most one argument"), N_("not allowed with argument %s"),
    N_("one of the arguments %s is required"), N_("ignored explicit argument %r"),
    N_("unknown parser %(parser_name)r (choices: %(choices)s)"), N_("can't open '%(filename)s': %(error)s"),
    N_("expected %s argument"), N_("expected %s arguments"),
)
argparse._ = gettext_  # English is unchanged: the message id is argparse's own text
argparse.ngettext = lambda singular, plural, n: gettext_(singular if n == 1 else plural)
_start_section = argparse.HelpFormatter.start_section


def _section(self, heading):
    """argparse writes a section heading as "heading:"; French wants a no-break space before the colon."""
    if isinstance(heading, str) and heading != argparse.SUPPRESS and current() == "fr":
        heading += "\u00a0"
    _start_section(self, heading)


argparse.HelpFormatter.start_section = _section


class UsageError(Exception):
    pass


def _formats(value: str) -> list[str]:
    out = [f.strip() for f in value.split(",") if f.strip()]
    bad = [f for f in out if f not in FORMATS]
    if bad or not out:
        raise argparse.ArgumentTypeError(_("unknown format(s) {formats}; choose from {choices}").format(
            formats=", ".join(bad) or repr(value), choices=", ".join(FORMATS)))
    return out


def _data_file(value: str) -> tuple[str, str]:
    name, sep, path = value.partition("=")
    if not sep or not name or not path:
        raise argparse.ArgumentTypeError(_("expected TABLE=FILE (e.g. people=my_people.tsv), got {value!r}").format(
            value=value))
    return name, path  # table name, then file: checked by tables.check_user_file (one error naming both)


def _severity(value: str) -> str:
    if value not in SEVERITIES:
        raise argparse.ArgumentTypeError(_("severity must be one of {choices}").format(choices=", ".join(SEVERITIES)))
    return value


def _quality(value: str) -> float:
    try:
        q = float(value)
    except ValueError:
        q = -1.0
    if not 0 <= q <= 100:
        raise argparse.ArgumentTypeError(_("expected a quality from 0 to 100, got {value!r}").format(value=value))
    return q


def _severity_override(value: str) -> tuple[str, str]:
    rule, sep, level = value.partition("=")
    if not sep or not rule or level not in SEVERITIES:
        raise argparse.ArgumentTypeError(_("expected RULE=SEVERITY with SEVERITY one of {choices}, got {value!r}").format(
            choices=", ".join(SEVERITIES), value=value))
    return rule.strip(), level


def _add_config_file(p: argparse.ArgumentParser, top: bool = False) -> None:
    # on the main parser and on each command; a command's copy must not reset the main one
    default = None if top else argparse.SUPPRESS
    p.add_argument("--config", metavar="FILE", default=default,
                   help=_("configuration file (default: mtaudit.toml, or pyproject.toml with [tool.mtaudit], "
                        "in this folder or a parent)"))
    p.add_argument("--no-config", action="store_true", default=False if top else argparse.SUPPRESS,
                   help=_("ignore configuration files (defaults and command-line options only)"))


def _add_lang(p: argparse.ArgumentParser, top: bool = False) -> None:
    # like --config: on the main parser and on each command, a command's copy not resetting the main one
    p.add_argument("--lang", choices=LANGS, default=None if top else argparse.SUPPRESS,
                   help=_("language of messages and sheets (default: lang in the configuration, else the "
                          "environment's locale, else English)"))


def _add_settings(p: argparse.ArgumentParser, folders: bool = True) -> None:
    """Options that override the configuration file (see mtaudit/settings.py). folders: False for a
    command that reads no folder (check, serve), where --exclude could never apply."""
    _add_config_file(p)
    _add_lang(p)
    p.add_argument("--select", action="append", default=[], metavar="ID|PREFIX|CATEGORY",
                   help=_("run only these rules: ids (MTA312), id prefixes (MTA3, MTA31; MTA: every rule) or "
                          "categories (repeatable, comma-separated; replaces the file's)"))
    p.add_argument("--ignore", action="append", default=[], metavar="ID|PREFIX|CATEGORY",
                   help=_("skip these rules: ids, id prefixes or categories (repeatable, comma-separated; adds to "
                          "the file's); a rule both selected and ignored follows the more specific selector "
                          "(id > MTA31 > MTA3 > category > MTA), ignored between equals"))
    p.add_argument("--severity", action="append", default=[], type=_severity_override, metavar="RULE=SEVERITY",
                   help=_("override a rule's severity, e.g. MTA101=major (repeatable)"))
    if folders:
        p.add_argument("--exclude", action="append", default=[], metavar="GLOB",
                       help=_("skip matching files inside folders, e.g. 'drafts/**' (repeatable; adds to the file's)"))
    p.add_argument("--style", choices=("web", "press"), default=None,
                   help=_("typography house style: web (default; ordinary web French) or press "
                        "(Imprimerie nationale: no-break spaces, typographic apostrophes)"))
    from .detect.tables import help_list

    p.add_argument("--data", action="append", default=[], type=_data_file, metavar="TABLE=FILE",
                   help=_("add your own data file to a table (repeatable; same columns as the packaged table, "
                          "see README 'Data tables'): {tables}").format(tables=help_list()))


def _date(value: str) -> str:
    from .read.dates import DateError, parse_date

    try:
        return parse_date(value)
    except DateError as e:
        raise argparse.ArgumentTypeError(str(e)) from None


def _add_common(p: argparse.ArgumentParser, folders: bool = True) -> None:
    p.add_argument("--date", type=_date, metavar="YYYY-MM-DD",
                   help=_("the articles' date, for who held an office then (default: the input's date "
                        "metadata, else a dateline in the text, else none)"))
    p.add_argument("--fail-under", type=_quality, metavar="Q",
                   help=_("gate: an article fails (exit 1; serve: verdict \"fail\") when its quality is below Q (default "
                          "gate, with neither --fail-under nor --fail-on: {default}; --fail-under 0 never fails)").format(
                       default=_(DEFAULT_DOC)))
    p.add_argument("--fail-on", type=_severity, metavar="SEVERITY",
                   help=_("gate: an article fails (exit 1; serve: verdict \"fail\") when it has a finding at or above "
                          "SEVERITY (minor, major, critical)"))
    _add_settings(p, folders)


def _add_bilingual(p: argparse.ArgumentParser, corpus: bool) -> None:
    """The columns of bilingual CSV/TSV files (and, for `audit`, of corpora), glossaries and
    do-not-translate lists: one definition for `audit` and `check`."""
    if corpus:
        p.add_argument("--text-column", default="text", metavar="NAME", help=_("corpus column with the article text"))
    p.add_argument("--id-column", default="id", metavar="NAME",
                   help=_("corpus column with the article id (default: id; the row number when absent)") if corpus else
                   _("bilingual CSV/TSV: the unit id column (default: id; the row number when absent)"))
    p.add_argument("--source-column", metavar="NAME",
                   help=_("corpus column with the English source text; bilingual CSV/TSV: the source column "
                        "(default: source, or a column named en/en-US)") if corpus else
                   _("bilingual CSV/TSV: the source column (default: source, or a column named en/en-US)"))
    p.add_argument("--target-column", default="target", metavar="NAME",
                   help=_("bilingual CSV/TSV: the French target column (default: target, or a column named fr/fr-FR)"))
    p.add_argument("--glossary", action="append", default=[], metavar="FILE",
                   help=_("bilingual files: terminology (TBX, or CSV/TSV with source,target[,forbidden,dnt,note])"))
    p.add_argument("--dnt", action="append", default=[], metavar="FILE",
                   help=_("bilingual files: do-not-translate terms, one per line"))


def _add_rule_failures(p: argparse.ArgumentParser) -> None:
    p.add_argument("--allow-rule-failures", action="store_true",
                   help=_("a rule that fails (raises) is listed in the report's failures but does not make the "
                        "run exit 2 (default: it does, since that rule's findings are missing)"))


def _add_roundtrip(p: argparse.ArgumentParser) -> None:
    from .roundtrip.cli import add_arguments  # --roundtrip ENGINE, --source PATH

    add_arguments(p)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="mtaudit", description=_("Audit machine-translated French text."))
    parser.add_argument("--version", action="version", version=f"mtaudit {__version__}",
                        help=_("show program's version number and exit"))  # Python 3.11 does not translate its default
    _add_config_file(parser, top=True)
    _add_lang(parser, top=True)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("audit", help=_("audit files and folders, write per-article reports and a batch summary"))
    p.add_argument("paths", nargs="+", metavar="PATH",
                   help=_("files or folders (searched recursively for .txt/.md and XLIFF/TMX/PO/.tsv/.xml bilingual "
                          "files), .html files, bilingual .csv files, or corpora: .jsonl, .csv, .parquet "
                          "files and Hugging Face datasets saved to disk (one article per row)"))
    p.add_argument("--out", default="reports", metavar="DIR", help=_("output folder (default: reports)"))
    p.add_argument("--format", type=_formats, default=list(ARTICLE_FORMATS), metavar="LIST",
                   help=_("comma-separated formats: per article json,md,html (default: all three); per run "
                        "sarif (<out>/mtaudit.sarif), junit (<out>/junit.xml), github (annotations on stdout); "
                        "xliff: a copy of each XLIFF input with the findings as notes (<out>/<id>.mtaudit.xlf)"))
    p.add_argument("--quiet", "-q", action="store_true", help=_("print only errors and warnings (no summary, no progress bar)"))
    p.add_argument("--jobs", "-j", type=int, default=None, metavar="N",
                   help=_("audit in N worker processes (0: one per CPU; default 1); with --engine ray: N actors "
                        "(default and 0: one per CPU of the cluster)"))
    p.add_argument("--engine", choices=("local", "ray"), default="local",
                   help=_("local: this machine (default); ray: Ray Data actors on a local Ray or on the cluster "
                        "at --address (needs mtaudit[cluster])"))
    p.add_argument("--address", metavar="ADDR",
                   help=_("--engine ray: the Ray cluster to join (ray://host:10001 or host:6379; default: start Ray "
                        "on this machine)"))
    p.add_argument("--force", action="store_true",
                   help=_("re-audit articles whose report in --out is up to date (default: reuse them)"))
    _add_bilingual(p, corpus=True)
    p.add_argument("--baseline", metavar="FILE", help=_("drop findings recorded in this baseline file"))
    p.add_argument("--write-baseline", metavar="FILE", help=_("record every current finding in a baseline file"))
    _add_common(p)
    _add_rule_failures(p)
    _add_roundtrip(p)

    p = sub.add_parser("check", help=_("audit articles (files, or - for stdin: text, or a JSON request as sent to "
                                     "the service) and print a report; exit 0 pass, 1 gate crossed, 2 error"))
    p.add_argument("paths", nargs="+", metavar="FILE|-", help=_("files (.txt, .md, .html), or - for stdin"))
    p.add_argument("--id", help=_("article id (default: the file stem, or 'stdin')"))
    p.add_argument("--format", default="json", choices=CHECK_FORMATS,
                   help=_("json (default; an array for several inputs), text (path:line:col lines), sarif, junit, "
                        "github (workflow annotations)"))
    _add_bilingual(p, corpus=False)
    _add_common(p, folders=False)  # files and stdin only
    _add_rule_failures(p)
    _add_roundtrip(p)

    from .service import (DEFAULT_HEAVY_WORDS, DEFAULT_HOST, DEFAULT_MAX_BODY, DEFAULT_MAX_QUEUE, DEFAULT_MAX_WORDS,
                          DEFAULT_PORT, DEFAULT_TIMEOUT)

    p = sub.add_parser("serve", help=_("run the pre-publish HTTP service (POST /v1/audit; API docs at /docs)"))
    p.add_argument("--host", default=DEFAULT_HOST,
                   help=_("address to bind (default: {host}, this machine only)").format(host=DEFAULT_HOST))
    p.add_argument("--port", type=int, default=DEFAULT_PORT, help=_("port (default: {port})").format(port=DEFAULT_PORT))
    p.add_argument("--token", help=_("require 'Authorization: Bearer TOKEN' on /v1/ (default: the MTAUDIT_TOKEN "
                                   "environment variable, which keeps it out of the process list)"))
    p.add_argument("--max-body", type=int, default=DEFAULT_MAX_BODY, metavar="BYTES",
                   help=_("largest request body accepted, larger gets 413 (default: {n})").format(n=DEFAULT_MAX_BODY))
    p.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT, metavar="S",
                   help=_("per-request time limit in seconds, then 503 (default: {n})").format(n=f"{DEFAULT_TIMEOUT:g}"))
    p.add_argument("--workers", type=int, default=1, metavar="N",
                   help=_("worker processes, each loading the models once (default: 1)"))
    p.add_argument("--max-words", type=int, default=DEFAULT_MAX_WORDS, metavar="N",
                   help=_("longest article accepted in words, longer gets 413 (default: {n}; 0: no limit)").format(
                       n=DEFAULT_MAX_WORDS))
    p.add_argument("--heavy-words", type=int, default=DEFAULT_HEAVY_WORDS, metavar="N",
                   help=_("articles over N words are audited in a separate worker process that is stopped when the "
                          "time limit passes or the client goes, so short ones keep being served (default: {n}; 0: no "
                          "separate process)").format(n=DEFAULT_HEAVY_WORDS))
    p.add_argument("--max-queue", type=int, default=DEFAULT_MAX_QUEUE, metavar="N",
                   help=_("/readyz answers 503 (busy) while more than N audits wait (default: {n})").format(
                       n=DEFAULT_MAX_QUEUE))
    p.add_argument("--log-level", default="info", choices=("critical", "error", "warning", "info", "debug"),
                   help=_("the least severe log lines written to stderr, uvicorn's and mtaudit's (default: info)"))
    _add_common(p, folders=False)  # requests only

    p = sub.add_parser("worker", help=_("a resident worker that `check` uses when running (models stay loaded)"))
    p.add_argument("action", choices=("start", "stop", "status", "run", "wait"),
                   help=_("start in the background, stop, status, run in the foreground, wait until ready"))
    p.add_argument("--idle-timeout", type=float, default=3600.0, help=_("exit after this many idle seconds (0: never; default: 3600)"))
    p.add_argument("--timeout", type=float, default=120.0, help=_("start/wait: seconds to wait for readiness"))

    p = sub.add_parser("rules", help=_("list every rule with its id, category, severity and docs"))
    p.add_argument("select", nargs="*", metavar="RULE",
                   help=_("only these rules: ids (MTA403), id prefixes (MTA4), slugs (foreign-text) or categories"))
    p.add_argument("--json", action="store_true", help=_("print the rule registry as JSON"))
    _add_lang(p)

    from .roundtrip.cli import add_models_parser

    add_models_parser(sub)

    p = sub.add_parser("config", help=_("show the effective configuration and where each value came from"))
    p.add_argument("action", nargs="?", default="show", choices=["show"], help=_("show (the default)"))
    p.add_argument("--json", action="store_true", help=_("print it as JSON"))
    p.add_argument("--date", type=_date, metavar="YYYY-MM-DD",
                   help=_("the --date of the audit whose fingerprint to print (the date is in it)"))
    _add_settings(p)
    return parser


def make_config(args) -> Config:
    """Defaults < configuration file < command line (see mtaudit/settings.py)."""
    from .settings import ConfigError, load_config

    split = lambda vals: [x.strip() for v in vals or [] for x in v.split(",") if x.strip()]  # noqa: E731
    data: dict = {}
    for name, path in getattr(args, "data", None) or []:
        data.setdefault(name, []).append(path)
    cli = {"select": split(getattr(args, "select", None)), "ignore": split(getattr(args, "ignore", None)),
           "exclude": split(getattr(args, "exclude", None)),
           "severity_overrides": dict(getattr(args, "severity", None) or []), "data_files": data,
           "glossary": list(getattr(args, "glossary", None) or []), "dnt": list(getattr(args, "dnt", None) or [])}
    if getattr(args, "style", None):
        cli["style"] = args.style
    if getattr(args, "lang", None):
        cli["lang"] = args.lang
    engine = getattr(args, "roundtrip", None)
    if isinstance(engine, str) and engine:
        cli["roundtrip"] = {"engine": engine}
    if getattr(args, "no_config", False) and getattr(args, "config", None) is not None:
        raise UsageError(_("--config FILE and --no-config contradict each other: give one of them"))
    try:
        cfg = load_config(cli, config_file=getattr(args, "config", None),
                          search=not getattr(args, "no_config", False))
    except ConfigError as e:
        if e.lang:  # the language the configuration chose: the error line is in it
            set_current(e.lang)
        raise UsageError(str(e)) from None
    if cfg.select or cfg.ignore:
        from .detect.registry import all_rules

        if not any(cfg.rule_enabled(r.id, r.category) for r in all_rules().values()):
            print(_("mtaudit: warning: {message}").format(message=_(
                "no rule is left to run: the selection ({select}) is all ignored ({ignore})").format(
                    select=", ".join(cfg.select) or _("all rules"), ignore=", ".join(cfg.ignore))), file=sys.stderr)
    if getattr(args, "date", None):
        cfg.date = args.date
    if cfg.lang:  # the configuration's language for the rest of the command
        set_current(cfg.lang)
    return cfg


def _err(msg: str) -> None:
    print(_("mtaudit: error: {message}").format(message=msg), file=sys.stderr)


def cmd_audit(args) -> int:
    import os

    from .baseline import BaselineError
    from .read.corpus import Columns
    from .runner import BatchOptions, run_batch

    if "-" in args.paths:
        raise UsageError(_("audit reads files and folders, not stdin; for text on stdin use `mtaudit check -`"))
    cfg = make_config(args)
    engine = getattr(args, "engine", "local")
    if args.jobs is None:
        args.jobs = 0 if engine == "ray" else 1
    jobs = args.jobs if args.jobs > 0 or engine == "ray" else (os.cpu_count() or 1)
    if args.jobs < 0:
        raise UsageError(_("--jobs must be 0 (one per CPU) or more"))
    if getattr(args, "address", None) and engine != "ray":
        raise UsageError(_("--address needs --engine ray"))
    if engine == "ray":
        import importlib.util

        if importlib.util.find_spec("ray") is None:
            raise UsageError(_("--engine ray needs Ray Data: pip install 'mtaudit[cluster]'"))
        if getattr(args, "address", None):
            from .cluster import RayUnavailable, endpoint

            try:
                endpoint(args.address)  # a malformed address is a usage error before any input is read
            except RayUnavailable as e:
                raise UsageError(str(e)) from None
    out = Path(args.out)
    opts = BatchOptions(out=out, formats=args.format, jobs=jobs, force=args.force, quiet=args.quiet,
                        columns=Columns(args.text_column, args.id_column, args.source_column),
                        baseline=args.baseline, write_baseline=args.write_baseline, source=args.source,
                        target_column=args.target_column, engine=engine, address=getattr(args, "address", None))
    _check_glossaries(cfg)
    _check_source(args)
    problem = check_output_folder(out)  # before auditing: a bad --out must not cost a whole audit
    if not problem and args.write_baseline:
        problem = check_output_file("--write-baseline", args.write_baseline)
    if problem:
        raise UsageError(problem)
    gate = Gate(args.fail_under, args.fail_on).resolved(cfg.thresholds)
    ci = _RunOutputs(args.format)  # sarif / junit / github, written after the batch
    try:
        result = run_batch(args.paths, cfg, opts, on_report=ci.add if ci.wanted else None)
    except BaselineError as e:
        raise UsageError(str(e)) from None
    finally:
        if engine == "ray":
            from .cluster import shutdown

            shutdown()
    reports, errors = result.reports, result.errors
    from .outputs import interrupted_note

    note = interrupted_note(result.not_audited) if result.interrupted else None
    output_errors = result.output_errors + ci.write(reports, errors, out, gate, interrupted=note)
    for e in errors:
        _err(str(e))
    for line in output_errors:  # a run-level file (index.html, summary.csv, mtaudit.sarif...) not written
        _err(line)
    for w in result.warnings:
        print(_("mtaudit: warning: {message}").format(message=w), file=sys.stderr)
    if result.roundtrip_unavailable:
        print(_("mtaudit: warning: {message}").format(message=result.roundtrip_unavailable), file=sys.stderr)
    for line in suppression_notes(reports):
        print(_("mtaudit: warning: {message}").format(message=line), file=sys.stderr)
    from .glossary import plain_articles_note

    note = plain_articles_note(cfg, sum(1 for r in reports if "units" not in r.get("article", {})))
    if note:
        print(_("mtaudit: warning: {message}").format(message=note), file=sys.stderr)
    if result.stopped:  # Ray unreachable or its job failed: after the inputs' errors, the reason
        _err(result.stopped)
    failed_rules = rule_failures(reports) + result.batch_failures
    for line in failed_rules:
        (print(_("mtaudit: warning: {message}").format(message=line), file=sys.stderr) if args.allow_rule_failures else _err(line))
    if not args.quiet:
        print_summary(reports, out, sys.stdout, [str(e) for e in errors])
        if result.skipped:
            print(ngettext("{n} article unchanged since the last run was not re-audited (--force to redo).",
                           "{n} articles unchanged since the last run were not re-audited (--force to redo).",
                           result.skipped).format(n=result.skipped), file=sys.stdout)
        if args.baseline:
            print(ngettext("{n} finding matched the baseline {baseline} and was left out.",
                           "{n} findings matched the baseline {baseline} and were left out.",
                           result.baselined).format(n=result.baselined, baseline=args.baseline))
        if args.write_baseline and not any(line.startswith(f"{args.write_baseline}: ") for line in output_errors):
            print(_("Baseline written to {path}.").format(path=args.write_baseline))
    if result.terminated:
        _err(_("stopped by SIGTERM"))
        return EXIT_TERMINATED
    if result.interrupted:
        _err(_("interrupted"))
        return EXIT_INTERRUPTED
    if result.stopped or output_errors:
        return EXIT_ERROR
    crossed = any(gate.crosses(r) for r in reports) and not args.write_baseline  # recording accepts today's findings
    return exit_code(errors, crossed, failed_rules, args.allow_rule_failures)


def _check_glossaries(cfg) -> None:
    """A glossary or do-not-translate file that cannot be read is a usage error (exit 2), up front."""
    from .detect.resources import DataFileError
    from .glossary import load_dnt, load_glossary

    notes: list = []  # rows a glossary file skipped: one warning line per file
    try:
        for p in cfg.glossary:
            load_glossary(p, notes)
        for p in cfg.dnt:
            load_dnt(p)
    except DataFileError as e:
        raise UsageError(str(e)) from None
    for line in notes:
        print(_("mtaudit: warning: {message}").format(message=line), file=sys.stderr)


class _RunOutputs:
    """Run-level CI outputs of `audit`: keeps what they need of each report as it arrives (its
    findings, their lines and columns and fingerprints, the score), not the text."""

    def __init__(self, formats):
        self.wanted = [f for f in formats if f in RUN_FORMATS]
        self.items: dict = {}

    def add(self, report: dict, article) -> None:
        from .read.loader import shown_path
        from .report.ci import CiItem

        meta, row = article.meta, None
        if meta.get("format") == "corpus" and meta.get("corpus"):  # a row: its file, its row, the row's line
            uri = shown_path(meta["corpus"])
            row = f"row={meta['row']}" if meta.get("split") is None else f"{meta['split']}:{meta['row']}"
        else:
            uri = shown_path(article.path) if article.path else None
        text = article.html.html if article.html is not None else article.text  # what the offsets index
        item = CiItem(report, text, uri, row, meta.get("line") if row else None)
        self.items[report["article"]["id"]] = item.compact()  # not the text: batches can be long

    def write(self, reports, errors, out: Path, gate: Gate, interrupted: str | None = None) -> list[str]:
        """Writes the run-level formats; returns an error line for each file that could not be written.
        `interrupted`: the note of a run stopped by Ctrl-C, carried by each format."""
        if not self.wanted:
            return []
        from .outputs import run_pieces
        from .report import write_atomic
        from .report.ci import relative_uri
        from .runner import cannot_write

        failed = []

        items = [self.items[r["article"]["id"]] for r in reports if r["article"]["id"] in self.items]
        def located(e):
            """(label, problem, file, line): a corpus row's error also names its file and the row's line."""
            path, problem = getattr(e, "path", ""), getattr(e, "problem", str(e))
            file = getattr(e, "file", None)
            if not file or not path.startswith(file):
                return (relative_uri(path) if path else "", problem, None, None)
            return (relative_uri(path), problem, relative_uri(file), getattr(e, "line", None))

        errs = [located(e) for e in errors]
        # GitHub annotates a row's error on its file, at the row's line, the row named in the message
        github = [(label, problem, None) if file is None else (file, f"{e.path[len(e.file):].strip()}: {problem}", line)
                  for e, (label, problem, file, line) in zip(errors, errs)]

        for fmt in self.wanted:
            pieces = run_pieces(fmt, items, github if fmt == "github" else errs,
                                failed=gate.crosses, interrupted=interrupted,
                                more_hint=_("; full reports in {folder}/").format(folder=out))
            if fmt in RUN_FILES:
                try:
                    write_atomic(out / RUN_FILES[fmt], pieces)
                except OSError as e:
                    failed.append(cannot_write(out / RUN_FILES[fmt], e))
            else:
                for piece in pieces:
                    sys.stdout.write(piece)
                sys.stdout.flush()
        return failed


def print_summary(reports: list[dict], out: Path, stream, errors: list[str] = ()) -> None:
    """The table of audited articles, the verdict counts, then the inputs that could not be audited
    (counted and listed: a batch where some files were unreadable must not look complete)."""
    from .report import summary_rows

    rows = summary_rows(reports)
    if not rows:
        print(_("No article audited."), file=stream)
        _print_unaudited(errors, stream)
        return
    from .report.ci import printable
    from .report.labels import VERDICT, num, verdict, verdict_count

    head = (_("article"), _("words"), _("quality"), _("verdict"), _("crit"), _("major"), _("minor"))
    # each column as wide as its heading and, for the verdict, its longest label in this language ("à revoir")
    w = [max(12, max(len(printable(r["id"])) for r in rows)), 6, 7, max(len(verdict(v)) for v in VERDICT), 4, 5, 5]
    w = [max(n, len(h)) for n, h in zip(w, head)]
    print(f"{head[0]:<{w[0]}}  {head[1]:>{w[1]}}  {head[2]:>{w[2]}}  {head[3]:<{w[3]}}  {head[4]:>{w[4]}}  "
          f"{head[5]:>{w[5]}}  {head[6]:>{w[6]}}", file=stream)
    for r in rows:
        print(f"{printable(r['id']):<{w[0]}}  {r['words']:>{w[1]}}  {num(r['quality'], 1):>{w[2]}}  "
              f"{verdict(r['verdict']):<{w[3]}}  {r['critical']:>{w[4]}}  {r['major']:>{w[5]}}  {r['minor']:>{w[6]}}",
              file=stream)
    verdicts = {v: sum(1 for r in rows if r["verdict"] == v) for v in ("pass", "review", "fail")}
    print(ngettext("{n} article: {verdicts}. Reports in {folder}/ (index.html, summary.csv).",
                   "{n} articles: {verdicts}. Reports in {folder}/ (index.html, summary.csv).", len(rows)).format(
        n=len(rows), verdicts=", ".join(verdict_count(v, n) for v, n in verdicts.items()), folder=out), file=stream)
    _print_unaudited(errors, stream)


def _print_unaudited(errors: list[str], stream) -> None:
    if errors:
        print(ngettext("{n} input not audited (unreadable or refused):", "{n} inputs not audited (unreadable or refused):",
                       len(errors)).format(n=len(errors)), file=stream)
        from .report.ci import printable

        for e in errors:
            print(f"  - {printable(e)}", file=stream)


def cmd_check(args) -> int:
    from .check import run_check

    if args.paths.count("-") > 1:
        raise UsageError(_("stdin (-) can be read only once; give - once"))
    _check_source(args)
    cfg = make_config(args)
    _check_glossaries(cfg)  # once, up front: not a failed rule per unit
    return run_check(args, cfg)


def _check_source(args) -> None:
    """A --source that does not exist, or one source file for several articles: a usage error, up front."""
    from .roundtrip.cli import source_problem

    problem = source_problem(args.source, args.paths, getattr(args, "target_column", "target"))
    if problem:
        raise UsageError(problem)


def select_rules(rules: list, wanted: list) -> list:
    """The rules an id, an id prefix, a slug or a category names, in registry order; a usage error
    naming what matched nothing."""
    def hit(r, w):
        w = w.strip()
        return (r["id"].upper().startswith(w.upper()) if w[:3].upper() == "MTA"
                else w.lower() in (r["slug"], r["category"]))
    missing = [w for w in wanted if not any(hit(r, w) for r in rules)]
    if missing:
        raise UsageError(_("no rule matches {what}; `mtaudit rules` lists them all").format(
            what=", ".join(quote(w) for w in missing)))
    return [r for r in rules if any(hit(r, w) for w in wanted)]


def cmd_rules(args) -> int:
    from .api import rules as all_rule_docs

    if args.lang:
        set_current(args.lang)
    rules = all_rule_docs()
    if args.select:
        rules = select_rules(rules, args.select)
    if args.json:
        print(json.dumps(rules, ensure_ascii=False, indent=2))
        return EXIT_OK
    from .report import labels as L

    for r in rules:  # ids stay as they are; category and severity get their display labels
        print(f"{r['id']}  {r['slug']}  {r['name']}  [{L.category(r['category'])}, {L.severity(r['severity'])}, {r['mqm']}]")
        for part, label in (("what", _("what")), ("why", _("why")), ("example", _("example"))):
            print(f"    {label}{L.colon()} {' '.join(r[part].split())}")
        print()
    return EXIT_OK


def cmd_config(args) -> int:
    from .settings import show_json, show_text

    cfg = make_config(args)
    sys.stdout.write(show_json(cfg) if args.json else show_text(cfg))
    return EXIT_OK


def cmd_serve(args) -> int:
    try:
        from .service.app import serve
    except ImportError as e:
        raise UsageError(_("the service needs FastAPI and uvicorn: pip install 'mtaudit[serve]' ({error})").format(error=e)) from None
    cfg = make_config(args)
    _check_glossaries(cfg)
    if args.workers < 1 or args.max_body < 1 or not args.timeout > 0:  # nan too
        raise UsageError(_("--workers and --max-body must be at least 1, --timeout above 0"))
    if args.max_words < 0 or args.heavy_words < 0 or args.max_queue < 0:
        raise UsageError(_("--max-words, --heavy-words and --max-queue must be 0 or more"))
    if not 0 <= args.port <= 65535:
        raise UsageError(_("--port must be from 0 to 65535"))
    problem = _bind_problem(args.host, args.port)
    if problem:  # before the models load: a port in use is an error now, not a service that never answers
        raise UsageError(_("cannot listen on {host} port {port}: {problem}").format(
            host=args.host, port=args.port, problem=problem))
    import os

    from .lang.helper import policy_from_env

    try:
        policy_from_env()  # checked here, not first in each worker
    except ValueError as e:
        raise UsageError(str(e)) from None

    token = args.token
    from .service import LOCAL_HOSTS, TOKEN_ENV

    if args.host not in LOCAL_HOSTS and not (token or os.environ.get(TOKEN_ENV)):
        print(_("mtaudit: warning: serving on {host} without a token; anyone who can reach it can use it")
              .format(host=args.host),
              file=sys.stderr)
    serve(cfg, host=args.host, port=args.port, workers=args.workers, log_level=args.log_level, token=token,
          max_body=args.max_body, timeout=args.timeout, gate=Gate(args.fail_under, args.fail_on),
          max_words=args.max_words or None, heavy_words=args.heavy_words or None, max_queue=args.max_queue)
    return EXIT_OK


def _bind_problem(host: str, port: int) -> str | None:
    """Why the service could not listen on host:port (unknown host, port in use, not allowed), or None.
    Bound and released at once, with the address reuse uvicorn sets."""
    import socket

    try:
        family, kind, proto, _name, addr = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0]
        with socket.socket(family, kind, proto) as s:
            s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            s.bind(addr)
    except OSError as e:  # socket.gaierror too
        return e.strerror or str(e)
    return None


def cmd_worker(args) -> int:
    import math

    from .worker import command

    if math.isnan(args.idle_timeout) or args.idle_timeout < 0:
        raise UsageError(_("--idle-timeout must be 0 (never exit) or more seconds"))
    if not args.timeout > 0:  # nan too
        raise UsageError(_("--timeout must be above 0 seconds"))
    return command(args)


def cmd_models(args) -> int:
    from .roundtrip.cli import cmd_models as run

    return run(args)


COMMANDS = {"audit": cmd_audit, "check": cmd_check, "rules": cmd_rules, "config": cmd_config, "serve": cmd_serve,
            "models": cmd_models, "worker": cmd_worker}


def _argv_lang(argv) -> str | None:
    """--lang from the command line, read before parsing so that help and errors use it."""
    for n, a in enumerate(argv):
        value = argv[n + 1] if a == "--lang" and n + 1 < len(argv) else a[7:] if a.startswith("--lang=") else None
        if value in LANGS:
            return value
    return None


def main(argv=None) -> int:
    with using(_argv_lang(sys.argv[1:] if argv is None else argv)):
        try:
            code = _main(argv)
            sys.stdout.flush()  # here, not at exit: a reader that went away is caught below
            return code
        except BrokenPipeError:  # `mtaudit rules --json | head`: stop quietly, as Unix tools do
            _silence_stdout()
            return EXIT_BROKEN_PIPE


def _silence_stdout() -> None:
    """Point stdout at /dev/null, so that Python's own flush at exit does not fail on the closed pipe again."""
    import os

    try:
        fd = os.open(os.devnull, os.O_WRONLY)
        os.dup2(fd, sys.stdout.fileno())
        os.close(fd)
    except (OSError, ValueError, AttributeError):  # not a real file (tests capture stdout)
        pass


def _main(argv=None) -> int:
    if argv is None and sys.argv[1:2] == ["check"]:  # a real command line: a resident worker may answer
        from .worker import try_check

        rc = try_check(sys.argv[1:])
        if rc is not None:
            return rc
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as e:  # argparse exits 2 on usage errors, 0 on --help
        return int(e.code or 0)
    if not args.command:
        parser.print_help()
        return EXIT_ERROR
    try:
        return COMMANDS[args.command](args)
    except UsageError as e:
        _err(str(e))
        return EXIT_ERROR
    except KeyboardInterrupt:
        _err(_("interrupted"))
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        raise  # main() ends quietly
    except OSError as e:  # a file the command could not read or write that nothing above named: one line, exit 2
        _err(_("{path}: {error}").format(path=e.filename, error=e.strerror or e) if e.filename else str(e.strerror or e))
        return EXIT_ERROR


if __name__ == "__main__":
    sys.exit(main())
