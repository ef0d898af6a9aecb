"""`mtaudit check`: JSON requests on stdin (as sent to the service), several files, exit codes,
and the pre-commit hook declaration."""
import io
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from conftest import ROOT

from mtaudit.cli import main

CLEAN = (ROOT / "seeds" / "000_61c0142607882218.txt").read_text(encoding="utf-8")  # human-quality French
DIRTY = "Sujets : (Tagstotranslate) Défense (T) Finlande (T) France\n"


def check(monkeypatch, capsys, stdin: bytes, *args):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8"))
    code = main(["--no-config", "check", *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_json_request_on_stdin(monkeypatch, capsys):
    body = json.dumps({"id": "cms-42", "title": "Défense", "text": DIRTY}).encode()
    code, out, _ = check(monkeypatch, capsys, body, "-")
    got = json.loads(out)
    assert code == 1
    assert got["article"]["id"] == "cms-42" and got["article"]["title"] == "Défense"
    assert got["verdict"] == "fail" and got["gate"]["crossed"] is True
    assert any(f["text"] == "(Tagstotranslate)" for f in got["findings"])


def test_clean_json_request_passes(monkeypatch, capsys):
    code, out, _ = check(monkeypatch, capsys, json.dumps({"text": CLEAN}).encode(), "-")
    got = json.loads(out)
    assert code == 0 and got["verdict"] == "pass" and got["article"]["id"] == "stdin"


def test_json_options_set_the_gate(monkeypatch, capsys):
    text = "Le maire a parlé hier soir devant le conseil municipal de la ville. {{signature}}\n" * 3
    body = {"text": text, "options": {"fail_on": "critical"}}
    code, out, _ = check(monkeypatch, capsys, json.dumps(body).encode(), "-")
    assert code == 0 and json.loads(out)["gate"]["fail_on"] == "critical"
    body["options"] = {"fail_on": "major"}
    code, out, _ = check(monkeypatch, capsys, json.dumps(body).encode(), "-")
    assert code == 1
    # the command line wins over the request's options
    code, _, _ = check(monkeypatch, capsys, json.dumps(body).encode(), "-", "--fail-under", "0")
    assert code == 1  # fail_on major from the request still applies with --fail-under only
    code, _, _ = check(monkeypatch, capsys, json.dumps(body).encode(), "-", "--fail-on", "critical")
    assert code == 0


def test_command_line_wins_over_request_options(monkeypatch, capsys):
    body = json.dumps({"text": "Il a dit : « bonjour » et l'homme est parti. " + DIRTY,
                       "options": {"select": ["markup"], "style": "web", "lang": "fr"}}).encode()
    code, out, _ = check(monkeypatch, capsys, body, "-")
    got = json.loads(out)
    assert {f["rule"][:5] for f in got["findings"]} == {"MTA10"} and "Marqueur" in got["findings"][0]["message"]
    code, out, _ = check(monkeypatch, capsys, body, "-", "--select", "typography", "--style", "press", "--lang", "en")
    got = json.loads(out)
    rules = {f["rule"] for f in got["findings"]}
    assert rules and all(r.startswith("MTA6") for r in rules)  # typography, not the request's markup
    assert any("Press style" in f["message"] for f in got["findings"])  # press style, in English
    # the request's options still apply where the command line says nothing
    code, out, _ = check(monkeypatch, capsys, body, "-", "--lang", "en")
    assert {f["rule"][:5] for f in json.loads(out)["findings"]} == {"MTA10"}


def test_request_selectors_take_id_prefixes(monkeypatch, capsys):
    text = "Bonjour {{prenom}}, voir &nbsp; la suite. " + DIRTY
    body = {"text": text, "options": {"select": ["MTA10"], "ignore": ["MTA103"]}}
    code, out, _ = check(monkeypatch, capsys, json.dumps(body).encode(), "-")
    assert {f["rule"] for f in json.loads(out)["findings"]} == {"MTA101", "MTA102", "MTA104"}
    body["options"] = {"select": ["MTA103"], "ignore": ["markup"]}  # the id is more specific
    code, out, _ = check(monkeypatch, capsys, json.dumps(body).encode(), "-")
    assert {f["rule"] for f in json.loads(out)["findings"]} == {"MTA103"}
    # the command line's --ignore replaces the request's, and is resolved with the request's select
    code, out, _ = check(monkeypatch, capsys, json.dumps(body).encode(), "-", "--ignore", "MTA10")
    assert {f["rule"] for f in json.loads(out)["findings"]} == {"MTA103"}
    code, out, _ = check(monkeypatch, capsys, json.dumps(body).encode(), "-", "--ignore", "MTA103")
    assert json.loads(out)["findings"] == []


def test_html_request_gets_html_offsets(monkeypatch, capsys):
    page = "<article><h2>Résumé</h2><p>Cher <strong>{{abonne}}</strong>, merci&nbsp;!</p></article>"
    code, out, _ = check(monkeypatch, capsys, json.dumps({"html": page}).encode(), "-")
    got = json.loads(out)
    hole = next(f for f in got["findings"] if f["text"] == "{{abonne}}")
    assert page[hole["html_start"]:hole["html_end"]] == "{{abonne}}"
    assert code == 1


@pytest.mark.parametrize("stdin,needle", [
    (b'{"text": "Bonjour",}', "malformed JSON"),
    (b'{"title": "sans texte"}', "\"markdown\" or \"html\""),
    (b'{"text": "Bonjour", "options": {"select": ["MTA000"]}}', "valid ids"),
    (b'{"text": "Bonjour", "options": {"ignore": ["MTA0"]}}', "'MTA0'"),
    (b'{"text": 12}', "must be a string"),
    (b'{"text": "Bonjour", "n": ' + b"9" * 5000 + b"}", "malformed JSON: a number has more than"),
    (b'{"text": "Bon\x01jour"}', "Invalid control character at line 1"),
    (b'{"text": "Bonjour", "options": []}', '"options" must be an object'),
    (b'{"text": ' + b"[" * 30000 + b"]" * 30000 + b"}", "malformed JSON: nested too deeply"),
    # a request cut short is not audited as article text (with the id "stdin")
    (b'{"text": "Bonjour", "id": "a1"', "malformed JSON request: Expecting ',' delimiter at line 1"),
    (b' \n{\n  "id": "a1",\n  "text": "Bonjour\n', "malformed JSON request: "),
    (b'{}', "\"markdown\" or \"html\""),
])
def test_bad_json_requests_exit_2(monkeypatch, capsys, stdin, needle):
    code, out, err = check(monkeypatch, capsys, stdin, "-")
    assert code == 2 and out == ""
    assert needle in err


@pytest.mark.parametrize("text", ["{Note de la rédaction} Le sommet a eu lieu à Paris.\n",
                                  "{Note} Le sommet a eu lieu à Paris {mardi}",  # ends with a brace too
                                  '{ « Note » } Le sommet a eu lieu à Paris.\n'])
def test_text_starting_with_a_brace_is_still_text(monkeypatch, capsys, text):
    """Text that does not start as a JSON object does ('{', a quoted key, a colon) is the article."""
    code, out, _ = check(monkeypatch, capsys, text.encode(), "-")
    got = json.loads(out)
    assert code in (0, 1) and "verdict" not in got and got["article"]["chars"] == len(text)


def test_several_files(tmp_path, capsys):
    a, b = tmp_path / "a.md", tmp_path / "b.txt"
    a.write_text(CLEAN, encoding="utf-8")
    b.write_text(DIRTY, encoding="utf-8")
    code = main(["--no-config", "check", str(a), str(b)])
    got = json.loads(capsys.readouterr().out)
    assert code == 1 and [r["article"]["id"] for r in got] == ["a", "b"]
    assert main(["--no-config", "check", str(a)]) == 0
    capsys.readouterr()
    code = main(["--no-config", "check", str(a), str(tmp_path / "missing.md"), "--format", "text"])
    out = capsys.readouterr()
    assert code == 2 and "missing.md" not in out.err  # said once, on stdout (the text format)
    assert re.search(r"a\.md: quality [\d.]+, pass", out.out) and "missing.md: error: no such file" in out.out


def test_text_format_lines(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("article.md").write_text("Titre\n\n" + DIRTY, encoding="utf-8")
    code = main(["--no-config", "check", "article.md", "--format", "text"])
    lines = capsys.readouterr().out.splitlines()
    assert code == 1
    assert "article.md:3:10: MTA101 [critical]" in "\n".join(lines)
    assert re.match(r"article\.md: quality [\d.]+, fail \(", lines[-1])


def test_real_stdin_subprocess():
    body = json.dumps({"id": "pipe", "text": DIRTY}).encode()
    proc = subprocess.run([sys.executable, "-m", "mtaudit", "--no-config", "check", "-"], input=body,
                          capture_output=True, cwd=ROOT, timeout=300)
    assert proc.returncode == 1, proc.stderr.decode()
    assert json.loads(proc.stdout)["article"]["id"] == "pipe"


def test_pre_commit_hook_declaration():
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    hook = next(h for h in hooks if h["id"] == "mtaudit")
    assert hook["entry"].split()[:2] == ["mtaudit", "check"]
    assert hook["language"] == "python" and hook.get("pass_filenames", True) is True
    files = re.compile(hook["files"])
    assert files.search("news/2024/article.md") and files.search("a.txt") and not files.search("script.py")
    # the entry works on several files, as pre-commit passes them
    argv = hook["entry"].split()[1:] + [str(ROOT / "seeds" / "000_61c0142607882218.txt"),
                                        str(ROOT / "seeds" / "003_e9a559d903c3afa4.txt")]
    assert main(["--no-config", *argv]) == 0


def test_markdown_request_on_stdin(monkeypatch, capsys):
    from test_api import MARKDOWN

    code, out, _ = check(monkeypatch, capsys, json.dumps({"id": "md", "markdown": MARKDOWN}).encode(), "-")
    got = json.loads(out)
    assert code == 0 and got["findings"] == [] and got["article"]["format"] == "md"
    code, out, _ = check(monkeypatch, capsys, json.dumps({"id": "md", "text": MARKDOWN}).encode(), "-")
    got = json.loads(out)
    assert got["article"]["format"] == "text" and [f["rule"] for f in got["findings"]] == ["MTA401"]
    code, _, err = check(monkeypatch, capsys, json.dumps({"text": "a", "markdown": "b"}).encode(), "-")
    assert code == 2 and 'give one of "text", "markdown" and "html", not several: "text", "markdown"' in err
