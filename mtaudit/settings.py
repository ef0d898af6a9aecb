"""Loading the configuration: defaults < config file < command line, with where each value came from.

The file is `mtaudit.toml` (top-level keys) or the `[tool.mtaudit]` table of `pyproject.toml`,
looked for in the working folder and then each parent folder, or given with `--config FILE`.

    select = ["markup", "MTA2"]          # run only these rules: ids, id prefixes, categories (default: all)
    ignore = ["MTA105", "typography"]    # skip these (the more specific selector wins: mtaudit/selectors.py)
    exclude = ["drafts/**", "*.tmp.md"]  # paths skipped when auditing folders ('/': from this file's folder)

    [severity]                           # per-rule severity overrides
    MTA101 = "major"

    [weights]                            # MQM penalty points per severity
    minor = 1
    major = 5
    critical = 25

    [thresholds]                         # verdict thresholds on the quality score
    pass = 90
    review = 70

    style = "web"                        # typography house style: web (default) | press
                                         # (or [typography] style = "press")
    lang = "fr"                          # language of messages and sheets: fr | en
                                         # (default: the environment's locale, then English)

    [roundtrip]                          # round-trip options (mtaudit/roundtrip/options.py), checked
    engine = "apertium"

    [data]                               # extra data files by table (paths relative to this file)
    people = ["newsroom/people.tsv"]
    allow = ["newsroom/allow.txt"]
"""
from __future__ import annotations

import copy
import json
import math
import os
import re
import tomllib
from pathlib import Path

from .config import DEFAULT_THRESHOLDS, STYLES, Config
from .i18n import LANGS, N_, _, using
from .errors import MtauditError
from .detect.finding import SEVERITIES

CONFIG_NAME = "mtaudit.toml"
PYPROJECT = "pyproject.toml"
DEFAULT = "default"  # a source label too (translated where shown: N_ below)
N_("default")
COMMAND_LINE = N_("command line")  # a source label, translated where shown
# in a pyproject.toml that is not valid TOML, lines that would write our table: a header
# ([tool.mtaudit], [tool.'mtaudit'], [[tool.mtaudit.x]]) or a key (tool.mtaudit = …, or mtaudit = …
# under [tool], tool = {mtaudit = …}), keys compared without their quotes and spaces
_HEADER = re.compile(r"\s*\[\[?([^\]\n]*)\]")
_KEY = re.compile(r"\s*((?:[\w-]+|\"[^\"\n]*\"|'[^'\n]*')(?:\s*\.\s*(?:[\w-]+|\"[^\"\n]*\"|'[^'\n]*'))*)\s*=(.*)")
_OURS = re.compile(r"tool\.mtaudit(?:\.|$)")

# TOML key -> Config field
KEYS = {
    "select": "select", "ignore": "ignore", "exclude": "exclude", "severity": "severity_overrides",
    "weights": "weights", "thresholds": "thresholds", "roundtrip": "roundtrip", "data": "data_files",
    "style": "style", "typography": "style",
    "glossary": "glossary", "dnt": "dnt", "lang": "lang",
}
ALIASES = {"severity_overrides": "severity", "data_files": "data"}


class ConfigError(MtauditError, ValueError):
    """A configuration problem; the message names the file and key. `lang`: the language it is in,
    when the command line or the file chose one."""

    lang: str | None = None


def find_config(start: str | Path | None = None) -> tuple[Path, str] | None:
    """(file, label) of the nearest mtaudit.toml or pyproject.toml with [tool.mtaudit], walking up."""
    here = Path(start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        own = folder / CONFIG_NAME
        if own.is_file():
            return own, str(own)
        pyproject = folder / PYPROJECT
        if pyproject.is_file():
            try:
                text = pyproject.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError):
                continue  # somebody else's unreadable pyproject is not ours to report
            try:
                data = tomllib.loads(text)
            except tomllib.TOMLDecodeError as e:
                if writes_our_table(text):  # a broken pyproject with our table: not silently ignored
                    raise ConfigError(_("{path}: not valid TOML ({error})").format(path=pyproject, error=e)) from None
                continue
            if isinstance(data.get("tool"), dict) and "mtaudit" in data["tool"]:
                return pyproject, f"{pyproject} [tool.mtaudit]"
    return None


def _dotted(key: str) -> str:
    """A TOML key or table name as dotted bare names: `tool . 'mtaudit'` -> tool.mtaudit."""
    return ".".join(part.strip().strip("\"'").strip() for part in key.split("."))


def writes_our_table(text: str) -> bool:
    """Whether a pyproject.toml's text (not valid TOML: read line by line) writes [tool.mtaudit]."""
    table = ""
    for line in text.splitlines():
        header = _HEADER.match(line)
        if header:
            table = _dotted(header.group(1))
            if _OURS.match(table):
                return True
            continue
        key = _KEY.match(line)
        if key:
            name = _dotted((table + "." if table else "") + key.group(1))
            if _OURS.match(name) or (name == "tool" and re.match(r"\s*\{.*\bmtaudit\b", key.group(2))):
                return True
    return False


def read_file(path: str | Path) -> tuple[dict, str]:
    """The mtaudit table of a config file and a label naming it."""
    p = Path(path)
    if not p.is_file():
        raise ConfigError(_("{path}: configuration file not found").format(path=path))
    try:
        data = tomllib.loads(p.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as e:
        raise ConfigError(_("{path}: not valid TOML ({error})").format(path=path, error=e)) from None
    except (OSError, UnicodeDecodeError) as e:
        raise ConfigError(_("{path}: cannot read ({error})").format(path=path, error=e)) from None
    if p.name == PYPROJECT:
        tool = data.get("tool")
        table = tool.get("mtaudit") if isinstance(tool, dict) else None  # `tool = 5`: no table of ours either
        if table is None:
            raise ConfigError(_("{path}: no [tool.mtaudit] table").format(path=path))
        return table, f"{p.resolve()} [tool.mtaudit]"
    return data, str(p.resolve())


def valid_tables() -> list[str]:
    """Tables users may extend (declared in mtaudit/detect/tables.py)."""
    from .detect.tables import extendable

    return extendable()


def check_data_files(data_files: dict, label: str, others: dict | None = None) -> None:
    """Every table name known and extendable, every file with the table's columns and values.
    `others`: all the user's data files (this source's and the others'), for cross-table values."""
    from .detect.resources import DataFileError
    from .detect.tables import check_user_file

    for name, paths in data_files.items():
        for p in paths:
            try:
                check_user_file(name, p, others if others is not None else data_files, option=label == COMMAND_LINE)
            except DataFileError as e:
                raise ConfigError(f"{label}: {e}" if label != COMMAND_LINE else str(e)) from None


def _fail(label: str, key: str, problem: str):
    raise ConfigError(_("{source}: {key}: {problem}").format(source=_shown(label), key=key, problem=problem))


def _str_list(label, key, value) -> list[str]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        _fail(label, key, _("expected a list of strings"))
    return [v.strip() for v in value]


def _number_table(label, key, value, names) -> dict:
    if not isinstance(value, dict):
        _fail(label, key, _("expected a table with keys {keys}").format(keys=", ".join(names)))
    out = {}
    for k, v in value.items():
        if k not in names:
            _fail(label, f"{key}.{k}", _("unknown key; valid keys: {keys}").format(keys=", ".join(names)))
        if isinstance(v, bool) or not isinstance(v, (int, float)) or v < 0:
            _fail(label, f"{key}.{k}", _("expected a number ≥ 0, got {value!r}").format(value=v))
        if not math.isfinite(v):  # nan passes no comparison, inf no sum: not a weight or a threshold
            _fail(label, f"{key}.{k}", _("expected a finite number ≥ 0, got {value!r}").format(value=v))
        out[k] = float(v)
    return out


def check_style(value, label: str = COMMAND_LINE, key: str = "style") -> str:
    if value not in STYLES:
        _fail(label, key, _("unknown typography style {value!r}; valid styles: {styles}").format(
            value=value, styles=", ".join(STYLES)))
    return value


def check_lang_value(value, label: str = COMMAND_LINE, key: str = "lang") -> str:
    from .i18n import LANGS

    if value not in LANGS:
        _fail(label, key, _("unknown language {value!r}; valid languages: {langs}").format(value=value, langs=", ".join(LANGS)))
    return value


def check_rule_selectors(values, label: str, key: str) -> None:
    from .detect.registry import UnknownRuleError, check_selectors

    try:
        check_selectors(values)
    except UnknownRuleError as e:
        _fail(label, key, str(e))


def anchored(pattern: str, base: Path | None) -> str:
    """An exclude pattern with '/' from a config file, made absolute from the file's folder (so it
    does not depend on the working folder); a name pattern ("drafts", "*.bak.md") stays as it is."""
    if base is None or "/" not in pattern.rstrip("/") or Path(pattern).is_absolute():
        return pattern
    return os.path.normpath(base / pattern).replace(os.sep, "/") + ("/" if pattern.endswith("/") else "")


def parse_table(table: dict, label: str, base: Path | None) -> dict:
    """Validate a config table; returns {Config field: value} with data paths made absolute."""
    from .detect.registry import all_rules

    if not isinstance(table, dict):
        raise ConfigError(_("{source}: expected a table of settings").format(source=label))
    out: dict = {}
    for raw_key, value in table.items():
        key = ALIASES.get(raw_key, raw_key)
        if key not in KEYS:
            _fail(label, raw_key, _("unknown key; valid keys: {keys}").format(keys=", ".join(sorted(KEYS))))
        if key in ("select", "ignore"):
            vals = _str_list(label, key, value)
            check_rule_selectors(vals, label, key)
            out[KEYS[key]] = vals
        elif key == "lang":
            out["lang"] = check_lang_value(value, label)
        elif key == "exclude":
            out["exclude"] = [anchored(p, base) for p in _str_list(label, key, value)]
        elif key in ("style", "typography"):
            if key == "typography":
                if not isinstance(value, dict) or set(value) - {"style"}:
                    _fail(label, key, _("expected a table with the key style, e.g. {example}").format(example='style = "press"'))
                key, value = "typography.style", value.get("style")
            out["style"] = check_style(value, label, key)
        elif key in ("glossary", "dnt"):  # bilingual files: term lists (mtaudit/glossary.py)
            files = []
            for p in _str_list(label, key, [value] if isinstance(value, str) else value):
                full = Path(p) if base is None or Path(p).is_absolute() else base / p
                if not full.is_file():
                    _fail(label, key, _("file not found: {path}").format(path=full))
                files.append(str(full))
            out[key] = files
        elif key == "severity":
            if not isinstance(value, dict):
                _fail(label, key, _("expected a table such as {example}").format(example='{MTA101 = "major"}'))
            rules = all_rules()
            for rid, sev in value.items():
                if rid not in rules:
                    _fail(label, f"{key}.{rid}", _("unknown rule id {rule!r}; valid ids: {ids}").format(
                        rule=rid, ids=", ".join(rules)))
                if sev not in SEVERITIES:
                    _fail(label, f"{key}.{rid}", _("severity must be one of {choices}, got {value!r}").format(
                        choices=", ".join(SEVERITIES), value=sev))
            out["severity_overrides"] = dict(value)
        elif key == "weights":
            out["weights"] = _number_table(label, key, value, SEVERITIES)
        elif key == "thresholds":
            t = _number_table(label, key, value, tuple(DEFAULT_THRESHOLDS))
            for k, v in t.items():
                if v > 100:
                    _fail(label, f"{key}.{k}", _("a quality threshold is at most 100, got {value}").format(value=f"{v:g}"))
            out["thresholds"] = t
        elif key == "roundtrip":
            if not isinstance(value, dict):
                _fail(label, key, _("expected a table (e.g. engine = \"apertium\")"))
            from .roundtrip.options import OptionError, Options

            try:
                opts = Options.from_dict(value)  # an unknown engine or key is an error now, not a note in each report
            except OptionError as e:
                _fail(label, f"{key}.{e.key}", e.problem)
            except (ValueError, TypeError) as e:
                _fail(label, key, str(e))
            out["roundtrip"] = copy.deepcopy(value)
            for name in ("engine", "device"):  # read in any case ("NONE"): stored as read, the value the audit compares
                if isinstance(value.get(name), str):
                    out["roundtrip"][name] = getattr(opts, name)
        elif key == "data":
            if not isinstance(value, dict):
                _fail(label, key, _("expected a table of file lists, e.g. {example}").format(example='people = ["people.tsv"]'))
            tables = valid_tables()
            files = {}
            for name, paths in value.items():
                if name not in tables:
                    _fail(label, f"data.{name}", _("unknown data table; valid tables: {tables}").format(tables=", ".join(tables)))
                resolved = []
                for p in _str_list(label, f"data.{name}", paths):
                    full = Path(p) if base is None or Path(p).is_absolute() else base / p
                    if not full.is_file():
                        _fail(label, f"data.{name}", _("data file not found: {path}").format(path=full))
                    resolved.append(str(full))
                files[name] = resolved
            out["data_files"] = files
    return out


# -- merging with origins -------------------------------------------------------------------

def _defaults() -> tuple[Config, dict]:
    cfg = Config()
    origins = {}
    for key in ("select", "ignore", "exclude", "style", "lang", "glossary", "dnt"):
        origins[key] = DEFAULT
    for k in cfg.weights:
        origins[f"weights.{k}"] = DEFAULT
    for k in cfg.thresholds:
        origins[f"thresholds.{k}"] = DEFAULT
    for k in cfg.roundtrip:
        origins[f"roundtrip.{k}"] = DEFAULT
    return cfg, origins


def _apply(cfg: Config, origins: dict, values: dict, origin: str, extend: tuple = ()) -> None:
    """Lay `values` ({Config field: value}) over cfg; fields in `extend` add to lists instead of replacing."""
    for field, value in values.items():
        if field in ("select", "ignore", "exclude"):
            if field in extend and getattr(cfg, field):
                merged = getattr(cfg, field) + [v for v in value if v not in getattr(cfg, field)]
                setattr(cfg, field, merged)
                if value:
                    origins[field] = _join(origins.get(field), origin)
            else:
                setattr(cfg, field, list(value))
                origins[field] = origin
        elif field in ("weights", "thresholds", "roundtrip", "severity_overrides"):
            target = getattr(cfg, field)
            prefix = "severity" if field == "severity_overrides" else field
            for k, v in value.items():
                target[k] = copy.deepcopy(v)
                origins[f"{prefix}.{k}"] = origin
        elif field in ("style", "lang"):
            setattr(cfg, field, value)
            origins[field] = origin
        elif field in ("glossary", "dnt"):
            have = getattr(cfg, field)
            have.extend(p for p in value if p not in have)
            origins[field] = _join(origins.get(field), origin)
        elif field == "data_files":
            for name, paths in value.items():
                have = cfg.data_files.setdefault(name, [])
                have.extend(p for p in paths if p not in have)
                origins[f"data.{name}"] = _join(origins.get(f"data.{name}"), origin)
        else:  # pragma: no cover - parse_table only yields the fields above
            raise ConfigError(f"unknown setting {field}")


def _join(old: str | None, new: str) -> str:
    if not old or old == DEFAULT or old == new:
        return new
    return f"{old} + {new}"


def load_config(cli: dict | None = None, config_file: str | Path | None = None, *, search: bool = True,
                cwd: str | Path | None = None) -> Config:
    """The effective Config. `cli` holds command-line values ({Config field: value}); `select`
    replaces the file's list, `ignore`, `exclude` and `data_files` add to it. The file used is
    recorded in `config.origins["__file__"]` (None when there is none)."""
    found = table = None
    if config_file is not None:
        table, label = read_file(config_file)
        found = (Path(config_file).resolve(), label)
    elif search:
        hit = find_config(cwd)
        if hit:
            table, label = read_file(hit[0])
            found = (hit[0], label)
    # its problems in the language the command will speak: --lang, else the file's own `lang`
    lang = (cli or {}).get("lang") or (table.get("lang") if isinstance(table, dict) else None)
    lang = lang if lang in LANGS else None
    with using(lang):
        try:
            return _load(cli, table, found)
        except ConfigError as e:
            e.lang = lang  # the command line says the error in it too
            raise


def _load(cli: dict | None, table, found) -> Config:
    cfg, origins = _defaults()
    if found:
        label = found[1]
        values = parse_table(table, label, found[0].parent)
        check_data_files(values.get("data_files", {}), label,
                         _merged(values.get("data_files", {}), (cli or {}).get("data_files") or {}))
        _apply(cfg, origins, values, label)
        check_thresholds(cfg, label)
    if cli:
        cli = {k: v for k, v in cli.items() if v not in (None, [], {})}
        if "style" in cli:
            check_style(cli["style"], COMMAND_LINE, "--style")
        if "select" in cli or "ignore" in cli:
            check_rule_selectors(list(cli.get("select", [])) + list(cli.get("ignore", [])), COMMAND_LINE,
                                 "--select/--ignore")
        if "severity_overrides" in cli:
            from .detect.registry import all_rules

            rules = all_rules()
            for rid in cli["severity_overrides"]:
                if rid not in rules:
                    _fail(COMMAND_LINE, "--severity", _("unknown rule id {rule!r}; valid ids: {ids}").format(
                        rule=rid, ids=", ".join(rules)))
        cli_data = cli.get("data_files", {})
        check_data_files(cli_data, COMMAND_LINE, _merged(cfg.data_files, cli_data))
        _apply(cfg, origins, cli, COMMAND_LINE, extend=("ignore", "exclude"))
    check_thresholds(cfg, COMMAND_LINE)
    origins["__file__"] = found[1] if found else None
    cfg.origins = origins
    return cfg


def _merged(a: dict, b: dict) -> dict:
    """Two {table: [files]} together."""
    return {k: list(a.get(k, [])) + list(b.get(k, [])) for k in {*a, *b}}


def check_thresholds(cfg: Config, label: str) -> None:
    t = cfg.thresholds
    if t.get("review", 0) > t.get("pass", 100):
        _fail(label, "thresholds", _("review ({review}) must not be above pass ({passing})").format(
            review=f"{t['review']:g}", passing=f"{t['pass']:g}"))


# -- `mtaudit config show` ------------------------------------------------------------------

def effective(cfg: Config) -> dict:
    """The configuration as a plain table (TOML key names), in a stable order."""
    return {
        "select": list(cfg.select),
        "ignore": list(cfg.ignore),
        "exclude": list(cfg.exclude),
        "style": cfg.style,
        "lang": cfg.lang,
        "glossary": list(cfg.glossary),
        "dnt": list(cfg.dnt),
        "severity": dict(sorted(cfg.severity_overrides.items())),
        "weights": dict(cfg.weights),
        "thresholds": dict(cfg.thresholds),
        "roundtrip": copy.deepcopy(cfg.roundtrip),
        "data": {k: list(v) for k, v in sorted(cfg.data_files.items())},
    }


def running_rules(cfg: Config) -> list[str]:
    """The ids of the rules the selection runs (every stage), select and ignore resolved."""
    from .detect.registry import all_rules

    return [r.id for r in all_rules().values() if cfg.rule_enabled(r.id, r.category)]


def origin_of(cfg: Config, key: str) -> str:
    return cfg.origins.get(key, DEFAULT)


def run_fingerprint(cfg: Config) -> str:
    """The fingerprint batch reports store as run.config (a run without --baseline), the one `config show` prints."""
    from .runner import run_fingerprint as fingerprint

    return fingerprint(cfg)


def show_json(cfg: Config) -> str:
    table = effective(cfg)
    origins = {}
    for key, value in table.items():
        if isinstance(value, dict):
            for k in value:
                origins[f"{key}.{k}"] = origin_of(cfg, f"{key}.{k}")
        else:
            origins[key] = origin_of(cfg, key)
    payload = {"file": cfg.origins.get("__file__"), "config": table, "origins": origins,
               "rules": running_rules(cfg), "fingerprint": run_fingerprint(cfg)}
    return json.dumps(payload, ensure_ascii=False, indent=2, default=str) + "\n"


def _toml_value(v) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    if isinstance(v, (int, float)):
        return repr(v)
    if isinstance(v, (list, tuple)):
        return "[" + ", ".join(_toml_value(x) for x in v) + "]"
    if isinstance(v, dict):
        return "{" + ", ".join(f"{_toml_key(k)} = {_toml_value(x)}" for k, x in v.items()) + "}"
    return json.dumps(str(v), ensure_ascii=False)


def _toml_key(k: str) -> str:
    return k if k.replace("_", "").replace("-", "").isalnum() and k.isascii() else json.dumps(k)


def show_text(cfg: Config) -> str:
    table = effective(cfg)
    file = cfg.origins.get("__file__")
    lines = ["# " + _("mtaudit effective configuration"),
             "# " + (_("file: {path}").format(path=file) if file else _("file: none found (defaults and command line only)")),
             ""]
    width = 40

    def line(key, value, origin):  # an unset value is a comment, so that the output loads back
        text = f"{key} = {_toml_value(value)}" if value is not None else "# " + _("{key} = (unset)").format(key=key)
        return f"{text:<{width}}  # {_shown(origin)}"

    for key, value in table.items():
        if not isinstance(value, dict):
            lines.append(line(key, value, origin_of(cfg, key)))
    for key, value in table.items():
        if isinstance(value, dict):
            lines += ["", f"[{key}]"]
            if not value:
                lines.append("# " + _("(none)"))
            for k, v in value.items():
                lines.append(line(_toml_key(k), v, origin_of(cfg, f"{key}.{k}")))
    from .detect.registry import all_rules

    running, total = running_rules(cfg), len(all_rules())
    lines += ["", "# " + (_("rules that run: all {total}").format(total=total) if len(running) == total else
                          _("rules that run ({n} of {total}): {ids}").format(n=len(running), total=total,
                                                                             ids=", ".join(running) or "-"))]
    lines += ["# " + _("fingerprint: {value}").format(value=run_fingerprint(cfg))]
    return "\n".join(lines) + "\n"


def _shown(origin: str) -> str:
    """A value's origin in the reader's language ("default", "command line"; file names as they are)."""
    return _(origin) if origin in (DEFAULT, COMMAND_LINE) else origin
