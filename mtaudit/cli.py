"""The mtaudit command line. Exit codes: 0 clean, 1 threshold crossed, 2 usage or input error."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from . import __version__
from .config import Config
from .detect.finding import SEVERITIES, SEVERITY_RANK

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
FORMATS = ("json", "md", "html")


class UsageError(Exception):
    pass


def _formats(value: str) -> list[str]:
    out = [f.strip() for f in value.split(",") if f.strip()]
    bad = [f for f in out if f not in FORMATS]
    if bad or not out:
        raise argparse.ArgumentTypeError(f"unknown format(s) {', '.join(bad) or value!r}; choose from {', '.join(FORMATS)}")
    return out


def _data_file(value: str) -> tuple[str, str]:
    name, sep, path = value.partition("=")
    if not sep or not name or not path:
        raise argparse.ArgumentTypeError(f"expected TABLE=FILE (e.g. people=my_people.tsv), got {value!r}")
    if not Path(path).is_file():
        raise argparse.ArgumentTypeError(f"data file not found: {path}")
    return name, path


def _severity(value: str) -> str:
    if value not in SEVERITIES:
        raise argparse.ArgumentTypeError(f"severity must be one of {', '.join(SEVERITIES)}")
    return value


def _add_common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--fail-under", type=float, metavar="Q", help="exit 1 when an article's quality is below Q")
    p.add_argument("--fail-on", type=_severity, metavar="SEVERITY",
                   help="exit 1 when a finding is at or above SEVERITY (minor, major, critical)")
    p.add_argument("--select", action="append", default=[], metavar="ID|CATEGORY",
                   help="run only these rules or categories (repeatable, comma-separated)")
    p.add_argument("--ignore", action="append", default=[], metavar="ID|CATEGORY",
                   help="skip these rules or categories (repeatable, comma-separated)")
    p.add_argument("--data", action="append", default=[], type=_data_file, metavar="TABLE=FILE",
                   help="add your own data file to a table: people, places, orgs, set_phrases, calques, "
                        "boilerplate, english_ok, allow (repeatable)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="mtaudit", description="Audit machine-translated French text.")
    parser.add_argument("--version", action="version", version=f"mtaudit {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("audit", help="audit files and folders, write per-article reports and a batch summary")
    p.add_argument("paths", nargs="+", metavar="PATH", help="files or folders (searched recursively for .txt/.md)")
    p.add_argument("--out", default="reports", metavar="DIR", help="output folder (default: reports)")
    p.add_argument("--format", type=_formats, default=list(FORMATS), metavar="LIST",
                   help="comma-separated per-article formats: json,md,html (default: all three)")
    p.add_argument("--quiet", "-q", action="store_true", help="print only errors")
    _add_common(p)

    p = sub.add_parser("check", help="audit one article (a file, or - for stdin) and print its JSON report")
    p.add_argument("path", metavar="FILE|-")
    p.add_argument("--id", help="article id (default: the file stem, or 'stdin')")
    _add_common(p)

    p = sub.add_parser("rules", help="list every rule with its id, category, severity and docs")
    p.add_argument("--json", action="store_true", help="print the rule registry as JSON")
    return parser


def make_config(args) -> Config:
    from .detect.registry import UnknownRuleError, check_selectors

    cfg = Config()
    split = lambda vals: [x.strip() for v in vals for x in v.split(",") if x.strip()]  # noqa: E731
    cfg.select, cfg.ignore = split(args.select), split(args.ignore)
    try:
        check_selectors(cfg.select + cfg.ignore)
    except UnknownRuleError as e:
        raise UsageError(str(e)) from None
    for name, path in args.data:
        cfg.data_files.setdefault(name, []).append(path)
    return cfg


def crosses(report: dict, fail_under: float | None, fail_on: str | None) -> bool:
    if fail_under is not None and report["score"]["quality"] < fail_under:
        return True
    if fail_on is not None:
        floor = SEVERITY_RANK[fail_on]
        return any(SEVERITY_RANK[f["severity"]] >= floor for f in report["findings"])
    return False


def _err(msg: str) -> None:
    print(f"mtaudit: error: {msg}", file=sys.stderr)


def cmd_audit(args) -> int:
    from .pipeline import Auditor
    from .read import InputError, discover, read_article
    from .report import RENDERERS, render_csv, render_index, write_atomic

    cfg = make_config(args)
    files, errors = discover(args.paths)
    auditor = Auditor(cfg)
    out = Path(args.out)
    reports = []
    for path in files:
        try:
            article = read_article(path)
            report = auditor.audit(article)
        except InputError as e:
            errors.append(e)
            continue
        for fmt in args.format:
            ext, render = RENDERERS[fmt]
            write_atomic(out / f"{article.id}.{ext}", render(report, article.text))
        reports.append(report)
    for e in errors:
        _err(str(e))
    if reports or errors:
        write_atomic(out / "summary.csv", render_csv(reports))
        write_atomic(out / "index.html", render_index(reports, [str(e) for e in errors]))
    if not args.quiet:
        print_summary(reports, out, sys.stdout)
    if errors:
        return EXIT_ERROR
    return EXIT_FINDINGS if any(crosses(r, args.fail_under, args.fail_on) for r in reports) else EXIT_OK


def print_summary(reports: list[dict], out: Path, stream) -> None:
    from .report import summary_rows

    rows = summary_rows(reports)
    if not rows:
        print("No article audited.", file=stream)
        return
    width = max(12, max(len(r["id"]) for r in rows))
    print(f"{'article':<{width}}  {'words':>6}  {'quality':>7}  {'verdict':<7}  {'crit':>4}  {'major':>5}  {'minor':>5}", file=stream)
    for r in rows:
        print(f"{r['id']:<{width}}  {r['words']:>6}  {r['quality']:>7.1f}  {r['verdict']:<7}  {r['critical']:>4}  "
              f"{r['major']:>5}  {r['minor']:>5}", file=stream)
    verdicts = {v: sum(1 for r in rows if r["verdict"] == v) for v in ("pass", "review", "fail")}
    print(f"{len(rows)} article(s): " + ", ".join(f"{n} {v}" for v, n in verdicts.items())
          + f". Reports in {out}/ (index.html, summary.csv).", file=stream)


def cmd_check(args) -> int:
    from .pipeline import Auditor
    from .read import Article, InputError, decode, read_article
    from .report import to_json

    cfg = make_config(args)
    try:
        if args.path == "-":
            article = Article.from_text(decode(sys.stdin.buffer.read(), "<stdin>"), id=args.id or "stdin")
        else:
            article = read_article(args.path, id=args.id)
    except InputError as e:
        _err(str(e))
        return EXIT_ERROR
    report = Auditor(cfg).audit(article)
    sys.stdout.write(to_json(report))
    fail_under = args.fail_under if args.fail_under is not None or args.fail_on else cfg.thresholds["pass"]
    return EXIT_FINDINGS if crosses(report, fail_under, args.fail_on) else EXIT_OK


def cmd_rules(args) -> int:
    from .detect.registry import all_rules

    rules = [cls.describe() | {"examples": {"incorrect": [e.text for e in cls.examples_bad],
                                            "correct": [e.text for e in cls.examples_good]}}
             for cls in all_rules().values()]
    if args.json:
        print(json.dumps(rules, ensure_ascii=False, indent=2))
        return EXIT_OK
    for r in rules:
        print(f"{r['id']}  {r['slug']}  [{r['category']}, {r['severity']}, {r['mqm']}]")
        for part in ("what", "why", "example"):
            print(f"    {part}: {' '.join(r[part].split())}")
        print()
    return EXIT_OK


COMMANDS = {"audit": cmd_audit, "check": cmd_check, "rules": cmd_rules}


def main(argv=None) -> int:
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
        _err("interrupted")
        return EXIT_ERROR


if __name__ == "__main__":
    sys.exit(main())
