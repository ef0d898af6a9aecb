"""Configuration: mtaudit.toml / [tool.mtaudit], precedence default < file < command line, origins."""
import json
import re
from pathlib import Path

import pytest

from mtaudit.cli import main
from mtaudit.settings import ConfigError, find_config, load_config

DIRTY = "Sujets : (Tagstotranslate) Défense (T) Finlande\nBonjour {{name}}, voir la suite.\n"


def show(capsys, *argv):
    code = main(["config", "show", "--json", *argv])
    out = capsys.readouterr()
    assert code == 0, out.err
    return json.loads(out.out)


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_defaults_without_any_file(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    got = show(capsys)
    assert got["file"] is None
    assert got["config"]["weights"] == {"minor": 1.0, "major": 5.0, "critical": 25.0}
    assert got["config"]["select"] == [] and got["config"]["roundtrip"]["engine"] == "none"
    assert set(got["origins"].values()) == {"default"}


def test_precedence_default_then_file_then_command_line(tmp_path, monkeypatch, capsys):
    cfg = write(tmp_path / "mtaudit.toml", """
select = ["markup"]
ignore = ["MTA106"]
[weights]
major = 7
[thresholds]
pass = 95
[severity]
MTA102 = "major"
[roundtrip]
engine = "apertium"
beam_size = 2
""")
    monkeypatch.chdir(tmp_path)
    got = show(capsys, "--select", "MTA101,MTA103", "--ignore", "MTA105", "--severity", "MTA102=critical")
    c, o = got["config"], got["origins"]
    label = str(cfg.resolve())
    assert got["file"] == label
    # command line replaces select, adds to ignore, wins on severity
    assert c["select"] == ["MTA101", "MTA103"] and o["select"] == "command line"
    assert c["ignore"] == ["MTA106", "MTA105"] and o["ignore"] == f"{label} + command line"
    assert c["severity"] == {"MTA102": "critical"} and o["severity.MTA102"] == "command line"
    # the file beats the defaults, key by key
    assert c["weights"] == {"minor": 1.0, "major": 7.0, "critical": 25.0}
    assert o["weights.major"] == label and o["weights.minor"] == "default"
    assert c["thresholds"]["pass"] == 95 and o["thresholds.pass"] == label and o["thresholds.review"] == "default"
    assert c["roundtrip"] == {"engine": "apertium", "beam_size": 2} and o["roundtrip.beam_size"] == label


def test_show_text_names_each_origin(tmp_path, monkeypatch, capsys):
    write(tmp_path / "mtaudit.toml", '[weights]\nmajor = 6\n')
    monkeypatch.chdir(tmp_path)
    assert main(["config", "--ignore", "MTA104"]) == 0  # `show` is the default action
    text = capsys.readouterr().out
    lines = {ln.split("=")[0].strip(): ln for ln in text.splitlines() if "=" in ln and not ln.startswith("#")}
    assert lines["major"].rstrip().endswith(f"# {(tmp_path / 'mtaudit.toml').resolve()}")
    assert lines["minor"].rstrip().endswith("# default")
    assert lines["ignore"].startswith('ignore = ["MTA104"]') and lines["ignore"].rstrip().endswith("# command line")
    assert "[weights]" in text and "[thresholds]" in text


def test_show_has_every_setting_and_loads_back(tmp_path, monkeypatch, capsys):
    write(tmp_path / "terms.csv", "source,target\nfile,fichier\n")
    write(tmp_path / "brands.txt", "Smart Sync\n")
    write(tmp_path / "allow.txt", "Bidule\n")
    write(tmp_path / "a" / "mtaudit.toml", 'glossary = ["../terms.csv"]\ndnt = "../brands.txt"\nexclude = ["x/**"]\n'
                                         '[severity]\nMTA101 = "major"\n[data]\nallow = ["../allow.txt"]\n')
    monkeypatch.chdir(tmp_path / "a")
    got = show(capsys)
    glossary, dnt = str(tmp_path / "a" / ".." / "terms.csv"), str(tmp_path / "a" / ".." / "brands.txt")
    assert got["config"]["glossary"] == [glossary] and got["origins"]["glossary"].endswith("mtaudit.toml")
    assert got["config"]["dnt"] == [dnt] and got["origins"]["dnt"].endswith("mtaudit.toml")
    assert main(["config", "show"]) == 0
    text = capsys.readouterr().out
    assert f'glossary = ["{glossary}"]' in text and f'dnt = ["{dnt}"]' in text
    assert "# lang = " in text  # unset: a comment, not lang = ""
    # saved as a configuration file elsewhere, it gives the same configuration
    write(tmp_path / "b" / "mtaudit.toml", text)
    monkeypatch.chdir(tmp_path / "b")
    again = show(capsys)
    assert again["config"] == got["config"] and again["fingerprint"] == got["fingerprint"]
    monkeypatch.chdir(tmp_path)
    assert main(["config", "show", "--no-config"]) == 0
    write(tmp_path / "c" / "mtaudit.toml", capsys.readouterr().out)
    monkeypatch.chdir(tmp_path / "c")
    assert show(capsys)["config"]["lang"] is None


def test_pyproject_tool_table_found_by_walking_up(tmp_path, monkeypatch, capsys):
    write(tmp_path / "pyproject.toml", '[project]\nname = "news"\n\n[tool.mtaudit]\nignore = ["MTA103"]\n'
                                      '[tool.mtaudit.thresholds]\nreview = 60\n')
    deep = tmp_path / "content" / "2024" / "06"
    deep.mkdir(parents=True)
    # a pyproject without [tool.mtaudit] on the way up is passed over
    write(tmp_path / "content" / "pyproject.toml", '[project]\nname = "other"\n')
    monkeypatch.chdir(deep)
    got = show(capsys)
    assert got["file"].endswith("pyproject.toml [tool.mtaudit]")
    assert Path(got["file"].split(" [")[0]) == (tmp_path / "pyproject.toml").resolve()
    assert got["config"]["ignore"] == ["MTA103"] and got["config"]["thresholds"]["review"] == 60


def test_nearest_mtaudit_toml_wins_over_parent_pyproject(tmp_path):
    write(tmp_path / "pyproject.toml", '[tool.mtaudit]\nignore = ["MTA103"]\n')
    write(tmp_path / "site" / "mtaudit.toml", 'ignore = ["MTA104"]\n')
    path, label = find_config(tmp_path / "site")
    assert path.name == "mtaudit.toml"
    assert load_config(cwd=tmp_path / "site").ignore == ["MTA104"]
    assert load_config(cwd=tmp_path).ignore == ["MTA103"]


def test_broken_pyproject_with_our_table_is_an_error(tmp_path, monkeypatch, capsys):
    write(tmp_path / "pyproject.toml", '[project]\nversion = 1.0.0\n\n[tool.mtaudit]\nstyle = "press"\n')
    monkeypatch.chdir(tmp_path)
    assert main(["config", "show"]) == 2
    err = capsys.readouterr().err
    assert "pyproject.toml" in err and "not valid TOML" in err and "line 2" in err
    # somebody else's broken pyproject (no [tool.mtaudit]) is still passed over
    write(tmp_path / "pyproject.toml", '[project]\nversion = 1.0.0\n')
    assert show(capsys)["file"] is None


@pytest.mark.parametrize("ours", [
    "[tool.'mtaudit']\nstyle = \"press\"\n",
    '[tool."mtaudit".thresholds]\npass = 80\n',
    '[[ tool . mtaudit . x ]]\n',
    '[tool]\nmtaudit = {style = "press",\n  ignore = []}\n',
    '[tool] # our tools\nblack = {}\n"mtaudit".style = "press"\n',
    "'tool'.mtaudit.style = 'press'\n",
    'tool = { mtaudit = { style = "press" }\n',
])
def test_broken_pyproject_writing_our_table_any_way_is_an_error(tmp_path, monkeypatch, capsys, ours):
    write(tmp_path / "pyproject.toml", ours + '\n[project]\nversion = 1.0.0\n')  # top-level keys first
    monkeypatch.chdir(tmp_path)
    assert main(["config", "show"]) == 2
    err = capsys.readouterr().err
    assert "pyproject.toml" in err and "not valid TOML" in err, err


@pytest.mark.parametrize("theirs", ['[tool.mtauditor]\nx = 1\n', '[tool.black]\nmtaudit = 1\n',
                                    '[tool]\nblack = {}\n[other]\nmtaudit = 1\n', 'name = "tool.mtaudit"\n'])
def test_broken_pyproject_without_our_table_is_still_passed_over(tmp_path, monkeypatch, capsys, theirs):
    write(tmp_path / "pyproject.toml", '[project]\nversion = 1.0.0\n' + theirs)
    monkeypatch.chdir(tmp_path)
    assert show(capsys)["file"] is None


def test_explicit_config_file_and_no_config(tmp_path, monkeypatch, capsys):
    write(tmp_path / "mtaudit.toml", 'ignore = ["MTA104"]\n')
    other = write(tmp_path / "ci" / "strict.toml", '[thresholds]\npass = 99\nreview = 90\n')
    monkeypatch.chdir(tmp_path)
    got = show(capsys, "--config", str(other))
    assert got["config"]["ignore"] == [] and got["config"]["thresholds"] == {"pass": 99.0, "review": 90.0}
    # the global form, before the command
    assert main(["--config", str(other), "config", "show", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["config"]["thresholds"]["pass"] == 99
    assert show(capsys, "--no-config")["file"] is None


@pytest.mark.parametrize("toml", ['tool = 5\n', 'tool = "mtaudit"\n', 'tool = ["mtaudit"]\n', '[project]\nname = "x"\n'])
def test_a_pyproject_given_whose_tool_is_no_table_is_an_error_naming_it(tmp_path, capsys, toml):
    given = write(tmp_path / "pyproject.toml", toml)
    assert main(["config", "show", "--config", str(given)]) == 2
    assert capsys.readouterr().err.strip() == f"mtaudit: error: {given}: no [tool.mtaudit] table"
    with pytest.raises(ConfigError, match="no \\[tool.mtaudit\\] table"):
        load_config(config_file=given)


@pytest.mark.parametrize("where", ["before", "after", "split"])
def test_config_file_and_no_config_together_are_a_usage_error(tmp_path, monkeypatch, capsys, where):
    other = write(tmp_path / "strict.toml", '[thresholds]\npass = 99\nreview = 90\n')
    write(tmp_path / "a.txt", "Le conseil a voté hier.\n")
    monkeypatch.chdir(tmp_path)
    for command in (["config", "show"], ["check", "a.txt"]):
        argv = {"before": ["--no-config", "--config", str(other), *command],
                "after": [*command, "--config", str(other), "--no-config"],
                "split": ["--config", str(other), *command, "--no-config"]}[where]
        assert main(argv) == 2
        out, err = capsys.readouterr()
        assert out == "" and err == "mtaudit: error: --config FILE and --no-config contradict each other: give one of them\n"


@pytest.mark.parametrize("toml,named", [
    ('selekt = ["markup"]\n', "selekt"),
    ('[weights]\nfatal = 3\n', "weights.fatal"),
    ('[thresholds]\npass = "high"\n', "thresholds.pass"),
    ('[severity]\nMTA101 = "blocker"\n', "severity.MTA101"),
    ('[data]\npeeple = ["x.tsv"]\n', "data.peeple"),
    ('[data]\npeople = ["nowhere.tsv"]\n', "nowhere.tsv"),
    ('[thresholds]\npass = 60\nreview = 80\n', "review"),
    ('select = [\n', "not valid TOML"),
])
def test_bad_configuration_is_exit_2_naming_the_key(tmp_path, monkeypatch, capsys, toml, named):
    write(tmp_path / "mtaudit.toml", toml)
    monkeypatch.chdir(tmp_path)
    assert main(["config", "show"]) == 2
    err = capsys.readouterr().err
    assert named in err and "mtaudit.toml" in err


def test_french_configuration_errors_name_the_file_as_it_is(tmp_path, monkeypatch, capsys):
    import mtaudit.detect.tables as tables
    import mtaudit.settings as settings

    write(tmp_path / "mtaudit.toml", 'severity = "major"\n')
    monkeypatch.chdir(tmp_path)
    assert main(["--lang", "fr", "config", "show"]) == 2
    err = capsys.readouterr().err.replace("\u00a0", " ")
    assert f"{(tmp_path / 'mtaudit.toml').resolve()} : severity" in err and "anglais" not in err
    # every message goes through _() (the lead's catalogue gives the French)
    monkeypatch.setattr(settings, "_", lambda m: f"<{m}>")
    monkeypatch.setattr(tables, "_", lambda m: f"<{m}>")
    for toml, marked in (('severity = "major"\n', '<expected a table such as {MTA101 = "major"}>'),
                         ('typography = "press"\n', '<expected a table with the key style, e.g. style = "press">'),
                         ('data = "people.tsv"\n', '<expected a table of file lists, e.g. people = ["people.tsv"]>')):
        write(tmp_path / "mtaudit.toml", toml)
        with pytest.raises(ConfigError, match=re.escape(marked)):
            load_config(cwd=tmp_path)
    with pytest.raises(ConfigError, match="<unknown data table>"):
        load_config({"data_files": {"peple": [str(tmp_path / "mtaudit.toml")]}}, search=False)


@pytest.mark.parametrize("toml,named", [
    ('[thresholds]\nreview = nan\n', "thresholds.review"),
    ('[thresholds]\npass = nan\n', "thresholds.pass"),
    ('[weights]\nmajor = inf\n', "weights.major"),
    ('[weights]\nminor = -nan\n', "weights.minor"),
])
def test_nan_and_inf_weights_and_thresholds_are_refused(tmp_path, monkeypatch, capsys, toml, named):
    write(tmp_path / "mtaudit.toml", toml)
    write(tmp_path / "a.txt", "Le chat dort.\n")
    monkeypatch.chdir(tmp_path)
    for argv in (["config", "show", "--json"], ["check", "a.txt", "--format", "json"]):
        assert main(argv) == 2
        out, err = capsys.readouterr()
        assert out == "" and f"mtaudit.toml: {named}: expected a finite number ≥ 0, got " in err, err
    import mtaudit

    key, sub = named.split(".")
    with pytest.raises(ConfigError, match=f"config: {named}: expected a finite number"):
        mtaudit.Auditor({key: {sub: float(toml.split("= ")[1].strip())}})


@pytest.mark.parametrize("toml,named,allowed", [
    ('[roundtrip]\nthresholds = "abc"\n', "roundtrip.thresholds", "expected a table with keys minor"),
    ('[roundtrip.thresholds]\nbogus = 1\n', "roundtrip.thresholds.bogus", "valid keys: minor"),
    ('[roundtrip.thresholds]\nminor = "x"\n', "roundtrip.thresholds.minor", "number from 0 to 1, got 'x'"),
    ('[roundtrip.thresholds]\nsimilarity_minor = "zz"\n', "roundtrip.thresholds.similarity_minor", "'zz'"),
    ('[roundtrip.thresholds]\nchrf_minor = 120\n', "roundtrip.thresholds.chrf_minor", "from 0 to 100"),
    ('[roundtrip.thresholds]\nminor = 0.1\nmajor = 0.9\n', "roundtrip.thresholds", "major (0.9) must not be above minor (0.1)"),
    ('[roundtrip.thresholds]\nminor = 0.2\n', "roundtrip.thresholds", "calibrated value"),
    ('[roundtrip]\napertium_timeout = -1\n', "roundtrip.apertium_timeout", "above 0, got -1"),
    ('[roundtrip]\napertium_timeout = 0\n', "roundtrip.apertium_timeout", "above 0, got 0"),
    ('[roundtrip]\napertium_timeout = nan\n', "roundtrip.apertium_timeout", "above 0, got nan"),
    ('[roundtrip]\nbeam_size = 2.7\n', "roundtrip.beam_size", "whole number ≥ 1, got 2.7"),
    ('[roundtrip]\nbeam_size = "abc"\n', "roundtrip.beam_size", "whole number ≥ 1, got 'abc'"),
    ('[roundtrip]\nengine = ""\n', "roundtrip.engine", "choose from auto"),
    ('[roundtrip]\ncache = "maybe"\n', "roundtrip.cache", "true or false, got 'maybe'"),
    ('[roundtrip]\nsemantic = "nope"\n', "roundtrip.semantic", "true or false, got 'nope'"),
    ('[roundtrip]\nmodels_dir = ["a"]\n', "roundtrip.models_dir", "non-empty string, got ['a']"),
    ('[roundtrip]\napertium_fr_en = "fr-es"\n', "roundtrip.apertium_fr_en", "from fr to en joined by |"),
    ('[roundtrip]\ndevice = "tpu"\n', "roundtrip.device", "choose from auto, cpu, cuda"),
    ('[roundtrip]\nbeam = 2\n', "roundtrip.beam", "valid options: engine"),
])
def test_bad_roundtrip_values_name_the_key_and_what_is_allowed(tmp_path, monkeypatch, capsys, toml, named, allowed):
    write(tmp_path / "mtaudit.toml", toml)
    monkeypatch.chdir(tmp_path)
    assert main(["config", "show"]) == 2
    err = capsys.readouterr().err
    assert f"mtaudit.toml: {named}: " in err and allowed in err, err


def test_good_roundtrip_values_are_accepted(tmp_path):
    write(tmp_path / "mtaudit.toml", '[roundtrip]\nengine = "Apertium"\napertium_timeout = 30\ncache = "off"\n'
          'apertium_en_fr = ["eng-spa", "es-fr"]\nthreads = 0\n[roundtrip.thresholds]\nminor = 0.6\n'
          'similarity_major = 0.2\n')
    cfg = load_config(cwd=tmp_path)
    assert cfg.roundtrip["apertium_timeout"] == 30 and cfg.roundtrip["thresholds"]["minor"] == 0.6


def test_roundtrip_engine_and_device_are_stored_normalised(tmp_path, capsys):
    """engine = "NONE" is the engine none (read in any case): kept as such, so the audit runs no round
    trip, says no warning, and has the fingerprint of engine = "none"."""
    loud = write(tmp_path / "loud" / "mtaudit.toml", '[roundtrip]\nengine = " NONE "\ndevice = "CPU"\n')
    quiet = write(tmp_path / "quiet" / "mtaudit.toml", '[roundtrip]\nengine = "none"\ndevice = "cpu"\n')
    got = load_config(config_file=loud, search=False)
    assert got.roundtrip == {"engine": "none", "device": "cpu"}
    assert got.fingerprint() == load_config(config_file=quiet, search=False).fingerprint()
    text = write(tmp_path / "a.txt", "Le conseil a voté hier.\n")
    assert main(["check", str(text), "--config", str(loud), "--format", "json"]) == 0
    out, err = capsys.readouterr()
    assert err == "" and json.loads(out)["roundtrip"] is None
    import mtaudit

    assert mtaudit.Auditor({"roundtrip": {"engine": "Apertium"}}).config.roundtrip == {"engine": "apertium"}


def test_config_show_gives_the_fingerprint_of_an_audit_with_date(tmp_path, capsys):
    (tmp_path / "a.txt").write_text("Le conseil a voté hier.\n", encoding="utf-8")
    out = tmp_path / "out"
    for date in ("2020-03-01", "2019"):
        assert main(["--no-config", "audit", str(tmp_path / "a.txt"), "--out", str(out), "--select", "MTA700",
                     "--date", date, "--force", "-q"]) == 0
        stored = json.loads((out / "a.json").read_text(encoding="utf-8"))["run"]["config"]
        capsys.readouterr()
        assert show(capsys, "--no-config", "--select", "MTA700", "--date", date)["fingerprint"] == stored
        assert show(capsys, "--no-config", "--select", "MTA700")["fingerprint"] != stored
    assert main(["config", "show", "--date", "2020-13-01"]) == 2
    assert "--date: not a valid date" in capsys.readouterr().err


def test_unknown_key_lists_valid_keys(tmp_path):
    write(tmp_path / "mtaudit.toml", 'thresholdz = 3\n')
    with pytest.raises(ConfigError) as e:
        load_config(cwd=tmp_path)
    assert "thresholdz" in str(e.value) and "thresholds" in str(e.value) and "select" in str(e.value)


@pytest.mark.parametrize("toml", ['select = ["MTA999"]\n', 'ignore = ["markupp"]\n', '[severity]\nMTA998 = "minor"\n',
                                  'select = ["MTA99"]\n', 'ignore = ["MTA0"]\n', 'select = ["mta3"]\n',
                                  'select = ["MTA3x"]\n', 'ignore = ["idiom-calque"]\n', '[severity]\nMTA3 = "minor"\n'])
def test_unknown_rule_ids_in_file_are_exit_2_with_valid_ids(tmp_path, monkeypatch, capsys, toml):
    write(tmp_path / "mtaudit.toml", toml)
    write(tmp_path / "a.txt", DIRTY)
    monkeypatch.chdir(tmp_path)
    assert main(["audit", "a.txt", "--out", "o", "--quiet"]) == 2
    err = capsys.readouterr().err
    assert "valid ids" in err and "MTA101" in err and "MTA103" in err
    assert not (tmp_path / "o").exists()


def test_unknown_rule_id_on_command_line(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert main(["config", "show", "--severity", "MTA997=major"]) == 2
    err = capsys.readouterr().err
    assert "MTA997" in err and "MTA101" in err


# -- rule selectors: ids, id prefixes and categories; the more specific one wins ----------------

def ran(cfg) -> list:
    from mtaudit.detect.registry import enabled_rules

    return [r.id for r in enabled_rules(cfg, stage=None)]


def ids(where=lambda r: True) -> list:
    from mtaudit.detect.registry import all_rules

    return [r.id for r in all_rules().values() if where(r)]


@pytest.mark.parametrize("select,ignore,runs", [
    # as before: a category selected and one of its ids ignored; the same selector on both sides
    (["markup"], ["MTA101"], ["MTA102", "MTA103", "MTA104", "MTA105", "MTA106", "MTA903"]),
    (["MTA101"], ["MTA101"], []),
    (["markup"], ["markup"], []),
    ([], ["calque", "MTA1"], ids(lambda r: r.category != "calque" and not r.id.startswith("MTA1"))),
    # changed: an id selected now beats its category ignored (the ignore won before)
    (["MTA101"], ["markup"], ["MTA101"]),
    # prefixes: the longer one wins, an id beats its prefix, a prefix beats a category
    (["MTA3"], ["MTA31"], ["MTA301", "MTA320"]),
    (["MTA31"], ["MTA3"], ["MTA310", "MTA311", "MTA312"]),
    (["MTA31"], ["MTA312"], ["MTA310", "MTA311"]),
    (["MTA312"], ["MTA31"], ["MTA312"]),
    (["calque"], ["MTA31"], ["MTA320"]),
    (["MTA31"], ["calque"], ["MTA310", "MTA311", "MTA312"]),
    (["MTA3", "MTA31"], ["MTA31"], ["MTA301", "MTA320"]),  # equal specificity: the ignore wins
    # MTA is every rule, and the least specific selector (as Ruff's ALL): below a category
    (["MTA"], [], ids()),
    (["MTA"], ["typography"], ids(lambda r: r.category != "typography")),
    (["typography"], ["MTA"], ids(lambda r: r.category == "typography")),
    ([], ["MTA"], []),
])
def test_selector_precedence(select, ignore, runs):
    from mtaudit.config import Config

    assert ran(Config(select=select, ignore=ignore)) == runs


def test_id_prefixes_in_the_file_and_on_the_command_line(tmp_path, monkeypatch, capsys):
    write(tmp_path / "mtaudit.toml", 'select = ["MTA3"]\nignore = ["MTA31"]\n')
    assert ran(load_config(cwd=tmp_path)) == ["MTA301", "MTA320"]
    # the command line replaces select and adds to ignore, then the lists are resolved together
    cli = load_config({"select": ["MTA31", "MTA6"], "ignore": ["typography"]}, cwd=tmp_path)
    assert cli.select == ["MTA31", "MTA6"] and cli.ignore == ["MTA31", "typography"]
    assert ran(cli) == ["MTA600", "MTA601", "MTA602", "MTA650", "MTA651", *ids(lambda r: r.id[:4] == "MTA6" and r.category == "typography")]
    monkeypatch.chdir(tmp_path)
    plain = show(capsys, "--no-config")
    got = show(capsys, "--select", "MTA7")
    assert got["config"]["select"] == ["MTA7"] and got["config"]["ignore"] == ["MTA31"]
    assert got["fingerprint"] != plain["fingerprint"] != show(capsys, "--no-config", "--select", "MTA70")["fingerprint"]
    assert main(["config", "show", "--select", "MTA99"]) == 2
    err = capsys.readouterr().err
    assert "'MTA99'" in err and "MTA101" in err


def test_show_lists_the_rules_that_run(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert show(capsys)["rules"] == ids()
    got = show(capsys, "--select", "MTA3,MTA101", "--ignore", "MTA31,markup")
    assert got["rules"] == ["MTA101", "MTA301", "MTA320"]
    assert main(["config", "show", "--select", "MTA3,MTA101", "--ignore", "MTA31,markup"]) == 0
    text = capsys.readouterr().out
    assert "# rules that run (3 of %d): MTA101, MTA301, MTA320\n" % len(ids()) in text
    assert main(["config", "show"]) == 0
    assert "# rules that run: all %d\n" % len(ids()) in capsys.readouterr().out


def test_fingerprint_follows_the_rules_a_selection_runs(monkeypatch):
    from mtaudit.config import Config

    chosen, default = Config(select=["MTA101"], ignore=["markup"]), Config()
    before = chosen.fingerprint(), default.fingerprint()
    # the same lists resolved another way (as an ignore always winning did): another fingerprint,
    # so a resumed batch does not reuse reports audited with the other rules
    monkeypatch.setattr(Config, "rule_enabled", lambda self, rid, cat: False)
    assert chosen.fingerprint() != before[0]
    assert default.fingerprint() == before[1]  # no selection: unchanged, nothing re-audited


def test_a_prefix_selection_that_leaves_nothing_warns(tmp_path, capsys):
    f = tmp_path / "a.txt"
    f.write_text("Le conseil a voté le budget.\n", encoding="utf-8")
    assert main(["--no-config", "check", str(f), "--select", "MTA3", "--ignore", "MTA30,MTA31,MTA32"]) == 0
    assert "warning: no rule is left to run" in capsys.readouterr().err
    assert main(["--no-config", "check", str(f), "--select", "MTA312", "--ignore", "MTA3"]) == 0  # MTA312 wins
    assert "warning" not in capsys.readouterr().err


def test_file_settings_change_the_audit(tmp_path, monkeypatch):
    write(tmp_path / "mtaudit.toml", 'select = ["markup"]\nignore = ["MTA102"]\n[severity]\nMTA103 = "critical"\n'
                                     '[weights]\ncritical = 10\n')
    write(tmp_path / "in" / "a.txt", DIRTY)
    monkeypatch.chdir(tmp_path)
    assert main(["audit", "in", "--out", "o", "--format", "json", "--quiet", "--fail-under", "0"]) == 0
    report = json.loads((tmp_path / "o" / "a.json").read_text())
    rules = {f["rule"]: f["severity"] for f in report["findings"]}
    assert "MTA102" not in rules
    assert rules["MTA103"] == "critical" and rules["MTA101"] == "critical"
    assert report["score"]["penalty"] == 20  # two criticals at 10 points each
    # the command line beats the file: MTA102 back via --select replacing, severity via --severity
    assert main(["audit", "in", "--out", "o2", "--format", "json", "--quiet", "--severity", "MTA103=minor",
                 "--fail-under", "0"]) == 0
    report = json.loads((tmp_path / "o2" / "a.json").read_text())
    assert {f["rule"]: f["severity"] for f in report["findings"]}["MTA103"] == "minor"


def test_data_paths_are_relative_to_the_config_file(tmp_path, monkeypatch, capsys):
    write(tmp_path / "newsroom" / "allow.txt", "# our words\nTagstotranslate\n")
    write(tmp_path / "mtaudit.toml", '[data]\nallow = ["newsroom/allow.txt"]\n')
    sub = tmp_path / "articles"
    sub.mkdir()
    monkeypatch.chdir(sub)
    extra = write(tmp_path / "more.txt", "Bidule\n")
    got = show(capsys, "--data", f"allow={extra}")
    assert got["config"]["data"]["allow"] == [str(tmp_path / "newsroom" / "allow.txt"), str(extra)]
    assert got["origins"]["data.allow"].endswith("mtaudit.toml + command line")


def test_exclude_globs_skip_files_in_folders(tmp_path, monkeypatch, capsys):
    write(tmp_path / "mtaudit.toml", 'exclude = ["in/drafts/**", "*.old.md"]\n')
    for name in ("in/a.txt", "in/drafts/b.txt", "in/drafts/deep/c.md", "in/d.old.md", "in/e.md", "in/sub/f.txt"):
        write(tmp_path / name, DIRTY)
    # the file's patterns are anchored at its folder, the command line's at the folder audited:
    # the same files from any working folder
    for cwd, folder in ((tmp_path, "in"), (tmp_path / "in", "."), (tmp_path / "in" / "sub", "..")):
        monkeypatch.chdir(cwd)
        out = tmp_path / "o" / cwd.name
        assert main(["audit", folder, "--out", str(out), "--format", "json", "--quiet",
                     "--exclude", "e.md", "--exclude", "sub/**"]) == 1  # a (dirty) fails
        assert sorted(p.stem for p in out.glob("*.json")) == ["a"], cwd
    assert show(capsys)["config"]["exclude"] == [f"{tmp_path.resolve().as_posix()}/in/drafts/**", "*.old.md"]


@pytest.mark.parametrize("command", ["check", "serve"])
def test_exclude_is_offered_only_where_folders_are_read(command, capsys):
    """check (files and stdin) and serve (requests) read no folder: --exclude could never apply there."""
    assert main([command, "--help"]) == 0
    assert "--exclude" not in capsys.readouterr().out
    assert main([command, "x.txt", "--exclude", "drafts/**"] if command == "check" else
                [command, "--exclude", "drafts/**"]) == 2
    assert "unrecognized arguments: --exclude" in capsys.readouterr().err
    for other in ("audit", "config"):
        assert main([other, "--help"]) == 0
        assert "--exclude GLOB" in capsys.readouterr().out
