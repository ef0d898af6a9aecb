"""The public Python API (mtaudit.audit, Auditor, rules, typed exceptions) and README's example."""
import re
from pathlib import Path

import pytest

import mtaudit

README = Path(__file__).resolve().parent.parent / "README.md"


def test_audit_returns_the_json_report():
    r = mtaudit.audit("Bonjour {{prenom}}, la réunion est reportée.", config={"select": ["markup"]})
    assert r["schema"] == "mtaudit.report/1" and [f["text"] for f in r["findings"]] == ["{{prenom}}"]
    assert r["score"]["verdict"] == "fail"


def test_config_takes_id_prefixes():
    r = mtaudit.audit("Bonjour {{prenom}}, voir &nbsp; la suite.", config={"select": ["MTA10"], "ignore": ["MTA103"]})
    assert [f["rule"] for f in r["findings"]] == ["MTA104"]
    with pytest.raises(mtaudit.ConfigError, match="'MTA99'"):
        mtaudit.Auditor({"ignore": ["MTA99"]})


def test_typed_exceptions():
    for bad in ("", "   \n", "a\x00b"):
        with pytest.raises(mtaudit.InputError):
            mtaudit.audit(bad)
    with pytest.raises(mtaudit.InputError):
        mtaudit.audit(b"bytes")
    with pytest.raises(mtaudit.ConfigError):
        mtaudit.Auditor({"select": ["MTA999"]})
    with pytest.raises(mtaudit.ConfigError):
        mtaudit.Auditor({"data": {"peple": ["x.tsv"]}})
    assert issubclass(mtaudit.InputError, mtaudit.MtauditError)


def test_auditor_html_and_many():
    a = mtaudit.Auditor({"select": ["markup"]})
    r = a.audit("<p>Bonjour {{x}}</p>", html=True)
    f = r["findings"][0]
    assert f["text"] == "{{x}}" and "<p>Bonjour {{x}}</p>"[f["html_start"]:f["html_end"]] == "{{x}}"
    many = a.audit_many(["Bonjour {{x}}.", "Le conseil a voté."])
    assert [m["article"]["id"] for m in many] == ["0", "1"]
    assert [m["score"]["verdict"] for m in many] == ["fail", "pass"]


def test_rules_lists_every_rule():
    from mtaudit.detect.registry import all_rules

    listed = mtaudit.rules()
    assert [r["id"] for r in listed] == list(all_rules())
    assert {"id", "slug", "what", "examples"} <= set(listed[0])


def test_readme_python_example_runs(capsys):
    block = re.search(r"<!-- python-example:start -->\n```python\n(.*?)```", README.read_text(encoding="utf-8"), re.S)
    assert block
    exec(compile(block.group(1), "README.md", "exec"), {})
    assert capsys.readouterr().out.strip() == "['pass', 'fail']"


def test_a_blank_or_binary_source_is_refused_and_an_empty_one_is_no_source():
    a = mtaudit.Auditor({"select": ["markup"]})
    for bad, needle in (("   \n ", "is blank"), ("The \x00 council.", "contains a NUL character"),
                        ("The \ud800 council.", "contains a lone surrogate")):
        with pytest.raises(mtaudit.InputError, match="^source: " + needle):
            a.audit("Le conseil a voté.", source=bad)
        with pytest.raises(mtaudit.InputError, match=r"^sources\[0\]: " + needle):
            a.audit_many(["Le conseil a voté."], sources=[bad])
    assert a.audit("Le conseil a voté.", source="")["roundtrip"] is None  # "" is no source, as None


def test_a_config_path_is_kept_by_what_it_names_now(tmp_path, monkeypatch):
    text = "Bonjour {{prenom}}, voir &nbsp; la suite."
    for name, rule in (("a", "MTA103"), ("b", "MTA104")):
        (tmp_path / name).mkdir()
        (tmp_path / name / "mtaudit.toml").write_text(f'select = ["{rule}"]\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path / "a")
    assert [f["rule"] for f in mtaudit.audit(text, config="mtaudit.toml")["findings"]] == ["MTA103"]
    monkeypatch.chdir(tmp_path / "b")  # the same string, another file
    assert [f["rule"] for f in mtaudit.audit(text, config="mtaudit.toml")["findings"]] == ["MTA104"]
    (tmp_path / "b" / "mtaudit.toml").write_text('select = ["MTA103", "MTA104"]\n', encoding="utf-8")  # edited
    assert sorted(f["rule"] for f in mtaudit.audit(text, config="mtaudit.toml")["findings"]) == ["MTA103", "MTA104"]


def test_errors_name_the_argument_and_say_text_not_file():
    a = mtaudit.Auditor({"select": ["markup"]})
    with pytest.raises(mtaudit.InputError, match="^text: empty text"):
        a.audit("")
    with pytest.raises(mtaudit.InputError, match="^source: must be a str or None, got bytes$"):
        a.audit("Le conseil a voté.", source=b"The council voted.")
    with pytest.raises(mtaudit.InputError, match=r"^sources\[1\]: must be a str or None, got int$"):
        a.audit_many(["Le conseil a voté.", "Le maire a parlé."], sources=["The council voted.", 3])


@pytest.mark.parametrize("texts,sources,named,says", [
    (["Le conseil a voté.", "Le maire a parlé."], "ab", "sources", "got one str"),
    (["Le conseil a voté."], b"a", "sources", "got one bytes"),
    (["Le conseil a voté."], 5, "sources", "got int"),
    (None, None, "texts", "got NoneType"),
    ("Le conseil a voté.", None, "texts", "got one str"),
    (5, None, "texts", "got int"),
])
def test_audit_many_refuses_what_is_not_a_list_of_texts_or_sources(texts, sources, named, says):
    with pytest.raises(mtaudit.InputError, match=f"^{named}: must be an iterable of str.*{says}$"):
        mtaudit.Auditor({"select": ["markup"]}).audit_many(texts, sources=sources)
    many = mtaudit.Auditor({"select": ["markup"]}).audit_many(
        (t for t in ["Le conseil a voté.", "Le maire a parlé."]), sources=iter(["The council voted.", None]))
    assert [r["article"]["id"] for r in many] == ["0", "1"]


@pytest.mark.parametrize("bad", [5, None, "", "  ", "a\nb", "a\x1b[31mb", "x" * 201])
def test_an_article_id_is_a_non_empty_line_of_text(bad):
    with pytest.raises(mtaudit.InputError, match="^id: "):
        mtaudit.Auditor({"select": ["markup"]}).audit("Le conseil a voté.", id=bad)


@pytest.mark.parametrize("bad", ["2", None, True, 2.0])
def test_jobs_must_be_an_int(bad):
    with pytest.raises(mtaudit.InputError, match="^jobs: must be an int"):
        mtaudit.Auditor({"select": ["markup"]}).audit_many(["Le conseil a voté.", "Le maire a parlé."], jobs=bad)


def test_jobs_counts_as_audit_jobs_does(monkeypatch):
    """0 is one worker per CPU and a negative count is refused, as with `mtaudit audit --jobs`."""
    import concurrent.futures

    texts = ["Le conseil a voté.", "Le maire a parlé."]
    with pytest.raises(mtaudit.InputError, match="^jobs: must be 0 \\(one per CPU\\) or more, got -1$"):
        mtaudit.Auditor({"select": ["markup"]}).audit_many(texts, jobs=-1)
    asked = []

    class Pool:  # what the API asks for, without starting processes
        def __init__(self, max_workers=None, **_):
            asked.append(max_workers)
            raise RuntimeError("no pool in this test")

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", Pool)
    monkeypatch.setattr("os.cpu_count", lambda: 3)
    with pytest.raises(RuntimeError, match="no pool"):
        mtaudit.Auditor({"select": ["markup"]}).audit_many(texts, jobs=0)
    assert asked == [3]
    monkeypatch.setattr("os.cpu_count", lambda: 1)  # one CPU: one process, this one
    assert len(mtaudit.Auditor({"select": ["markup"]}).audit_many(texts, jobs=0)) == 2 and asked == [3]


def test_the_api_refuses_text_over_the_cli_limit():
    from mtaudit.read.loader import MAX_BYTES

    a = mtaudit.Auditor({"select": ["markup"]})
    with pytest.raises(mtaudit.InputError, match=f"^text: text too large \\({MAX_BYTES + 2} bytes, limit {MAX_BYTES}\\)"):
        a.audit("é" * (MAX_BYTES // 2 + 1))  # over the limit in UTF-8 bytes, not in characters
    with pytest.raises(mtaudit.InputError, match="^source: too large"):
        a.audit("Le conseil a voté.", source="a" * (MAX_BYTES + 1))
    with pytest.raises(mtaudit.InputError, match=r"^1: text too large"):
        a.audit_many(["Le conseil a voté.", "a " * (MAX_BYTES // 2 + 1)])


def test_readme_gives_the_api_signatures_of_the_code():
    import inspect

    def shown(prefix, fn):
        parts, star = [], False
        for p in inspect.signature(fn).parameters.values():
            if p.name == "self":
                continue
            if p.kind is p.KEYWORD_ONLY and not star:
                parts.append("*")
                star = True
            default = "" if p.default is p.empty else "=" + repr(p.default).replace("'", '"')
            parts.append(p.name + default)
        return f"`{prefix}({', '.join(parts)})"

    readme = README.read_text(encoding="utf-8")
    for prefix, fn in (("mtaudit.audit", mtaudit.audit), ("mtaudit.Auditor", mtaudit.Auditor.__init__),
                       (".audit", mtaudit.Auditor.audit), (".audit_many", mtaudit.Auditor.audit_many)):
        assert shown(prefix, fn) in readme, shown(prefix, fn)


MARKDOWN = ("Le conseil municipal a voté le budget jeudi soir.\n\n<!-- TODO: the editor must check these figures "
            "before we publish this story -->\n\nLes élus ont adopté le texte après un long débat.\n")


def test_markdown_text_is_read_as_a_md_file_is():
    from mtaudit.api import Auditor, InputError

    a = Auditor()
    as_text, as_md = a.audit(MARKDOWN), a.audit(MARKDOWN, markdown=True)
    assert [f["rule"] for f in as_text["findings"]] == ["MTA401"]  # the editor's comment read as prose
    assert as_md["findings"] == [] and as_md["score"]["quality"] > as_text["score"]["quality"]
    with pytest.raises(InputError, match="not both"):
        a.audit("<p>x</p>", html=True, markdown=True)
