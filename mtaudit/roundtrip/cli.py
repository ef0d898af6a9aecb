"""Command-line pieces of the round trip: --roundtrip/--source for audit and check, and the
`models` command (pull, list). mtaudit/cli.py wires them in."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from ..i18n import _
from .options import ENGINES, models_dir

SOURCE_SUFFIXES = (".txt", ".md", ".html", ".htm")


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--roundtrip", choices=ENGINES, metavar="ENGINE",
                   help=_("round-trip fidelity check through English: {engines} (default: the "
                          "configuration's, else none)").format(engines=", ".join(ENGINES)))
    p.add_argument("--source", metavar="PATH",
                   help=_("the English source: a file (for one article) or a folder of files paired with the "
                        "articles by file name; enables the bilingual checks (omissions, additions, mistranslations)"))


def source_problem(source: str | None, paths: list[str], target_column: str = "target") -> str | None:
    """Why --source cannot go with these inputs (a usage error, said before auditing), or None: a path
    that does not exist, or one source file for several articles (a folder, several inputs, a corpus)."""
    from ..read.inputs import kind_for

    if not source:
        return None
    src = Path(source)
    if not src.exists():
        return _("--source: no such file or folder: {path}").format(path=source)
    if not src.is_file():
        return None
    if len(paths) != 1:
        what = _("{n} inputs").format(n=len(paths))
    elif Path(paths[0]).is_dir():
        what = _("the folder {path}").format(path=paths[0])
    elif paths[0] != "-" and kind_for(paths[0], target_column).rows is not None:
        what = _("the corpus {path} (give its sources with --source-column)").format(path=paths[0])
    else:
        return None
    return _("--source {path} is a file, the source of one article, not of {what}; give a folder of sources "
             "paired with the articles by file name").format(path=source, what=what)


def attach_source(article, article_path: str | None, source: str | None):
    """Set article.source from --source (source_for). When a --source folder has no file for the
    article: a note in its report, and an InputWarning to print is returned (None otherwise)."""
    from ..read.loader import InputWarning

    article.source = source_for(article_path, source)
    if article.source is not None or not source or not Path(source).is_dir() \
            or article.meta.get("bilingual") is not None:  # bilingual files carry their own sources
        return None
    name = Path((article_path or "").partition("#")[0]).name
    article.meta.setdefault("notes", []).append({"kind": "no-source", "message": _(
        "No English source for this article in the --source folder {folder}: audited without the "
        "bilingual checks.").format(folder=source)})
    return InputWarning(article_path or article.id, _(
        "no source in {folder} (looked for {name} and {stem} with .txt, .md, .html, .htm); audited without "
        "one").format(folder=source, name=name, stem=Path(name).stem))


def unavailable_warning(config, report: dict) -> str | None:
    """The warning line for a round trip the configuration asked for (--roundtrip or the config's
    engine) that could not run for this report; None when none was asked for or it ran."""
    from .backends.base import one_line

    engine = (config.roundtrip or {}).get("engine", "none")
    rt = report.get("roundtrip")
    if engine == "none" or not isinstance(rt, dict):
        return None
    if rt.get("available") and rt.get("reason"):  # auto fell back after an engine failed
        return _("round trip with {engine}: {reason}").format(engine=engine, reason=one_line(rt["reason"], 600))
    if rt.get("available") is not False:
        return None
    return _("round trip with {engine} unavailable: {reason}; audited without it").format(
        engine=engine, reason=one_line(rt.get("reason", ""), 600))


def source_for(article_path: str | None, source: str | None) -> str | None:
    """The English source text for an article: the --source file itself, or the file of the --source
    folder with the article's file name (or stem with .txt/.md/.html/.htm). None when there is none.
    A source that cannot be read (empty, binary, not UTF-8) raises InputError naming the article."""
    if not source:
        return None
    src = Path(source)
    if src.is_file():
        return _read(src, article_path)
    if not src.is_dir() or not article_path:
        return None
    name = Path(article_path.partition("#")[0]).name
    candidates = [src / name] + [src / (Path(name).stem + s) for s in SOURCE_SUFFIXES]
    for c in candidates:
        if c.is_file():
            return _read(c, article_path)
    return None


def _read(path: Path, article_path: str | None) -> str:
    """The source's text, read as articles are: HTML with its tags stripped, other files as they are."""
    from ..read import InputError, read_article
    from ..read.inputs import read_file

    read = read_file if path.suffix.lower() in (".html", ".htm") else read_article
    try:
        return read(str(path)).text
    except InputError as e:  # the article's error: it is not audited, the others are
        raise InputError(article_path or "<stdin>", _("its source {path}: {problem}").format(
            path=path, problem=e.problem)) from None


# -- mtaudit models ---------------------------------------------------------------------------

def add_models_parser(sub) -> argparse.ArgumentParser:
    p = sub.add_parser("models", help=_("download/convert translation models for the round trip, or list them"))
    msub = p.add_subparsers(dest="models_command", metavar="ACTION")
    pull = msub.add_parser("pull", help=_("download the default MarianMT pair (or the named models: packaged, "
                                        "in the models folder's registry.toml, or hub ids) and convert them to "
                                        "CTranslate2"))
    pull.add_argument("names", nargs="*", metavar="NAME",
                      help=_("model names (`mtaudit models list`) or Hugging Face hub ids, owner/name (default: "
                             "the default pair)"))
    pull.add_argument("--dir", metavar="DIR", help=_("models folder (default: $MTAUDIT_MODELS_DIR, else ./models)"))
    pull.add_argument("--quantization", default="int8", metavar="TYPE",
                      help=_("CTranslate2 quantization (default int8; float16, int8_float16, float32...)"))
    pull.add_argument("--force", action="store_true", help=_("download and convert again"))
    lst = msub.add_parser("list", help=_("show known models, what is installed and where"))
    lst.add_argument("--dir", metavar="DIR", help=_("models folder (default: $MTAUDIT_MODELS_DIR, else ./models)"))
    lst.add_argument("--json", action="store_true", help=_("print JSON"))
    return p


def cmd_models(args, stdout=None) -> int:
    from .models import ModelError, installed, pull

    out = stdout or sys.stdout
    action = getattr(args, "models_command", None)
    if action == "pull":
        try:
            done = pull(args.names or None, folder=args.dir, quantization=args.quantization, force=args.force,
                        say=lambda msg: print(msg, file=out))
        except ModelError as e:
            print(_("mtaudit: error: {message}").format(message=e), file=sys.stderr)
            return 2
        except ImportError as e:
            print(_("mtaudit: error: {message}").format(message=_(
                "{problem}; install the round-trip extra: pip install 'mtaudit[roundtrip]'").format(problem=e)), file=sys.stderr)
            return 2
        for d in done:
            print(f"{d['name']}: {d['transformers']} (transformers), {d['ctranslate2']} (CTranslate2)", file=out)
        return 0
    if action == "list":
        try:
            rows = installed(args.dir)
        except ModelError as e:
            print(_("mtaudit: error: {message}").format(message=e), file=sys.stderr)
            return 2
        if args.json:
            print(json.dumps(rows, indent=2), file=out)
            return 0
        from .backends import ORDER, available
        from .options import Options

        opts = Options(models_dir=args.dir)
        for r in rows:
            where = ", ".join(x for x in (r["transformers"] and f"transformers {r['transformers']}",
                                          r["ctranslate2"] and f"ctranslate2 {r['ctranslate2']}",
                                          r.get("transformers_missing") and _("{folder}, incomplete (no {files}): not used; "
                                                                              "pull again with --force").format(
                                              folder=str(Path(args.dir or models_dir()) / r["name"]),
                                              files=", ".join(r["transformers_missing"])),
                                          r["hf_cache"] and _("Hugging Face cache"),
                                          r.get("hf_cache_missing") and _("Hugging Face cache, incomplete (no {files})").format(
                                              files=", ".join(r["hf_cache_missing"]))) if x) or _("not installed")
            tag = " " + _("(default)") if r["default"] else ""
            repo = r["repo"] or _("local")
            print(f"{r['name']}{tag}  {r['direction'] or '?'}  {repo}: {where}"
                  + (f"  [{r['bytes'] / 1e6:.0f} MB]" if r["bytes"] else ""), file=out)
        status = available(opts)
        ready = _("ready")
        print(_("engines: {list}").format(list="; ".join(f"{n} {ready if status[n] is None else '(' + status[n] + ')'}"
                                                         for n in ORDER)), file=out)
        return 0
    print(_("usage: mtaudit models {pull,list} (see mtaudit models --help)"), file=sys.stderr)
    return 2
