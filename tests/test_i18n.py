"""Messages in the reader's language: the choice of language, the catalogues, and their completeness."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import mtaudit
from mtaudit import i18n
from mtaudit.i18n import _, accept_language, env_lang, using

ROOT = Path(__file__).resolve().parent.parent
LOCALE = ROOT / "mtaudit" / "locale"
PO = LOCALE / "fr" / "LC_MESSAGES" / "mtaudit.po"
POT = LOCALE / "mtaudit.pot"


def test_environment_language():
    assert env_lang({}) == "en"
    assert env_lang({"LANG": "fr_FR.UTF-8"}) == "fr"
    assert env_lang({"LANG": "de_DE.UTF-8"}) == "en"
    assert env_lang({"LANG": "C.UTF-8"}) == "en"
    assert env_lang({"LC_ALL": "en_US.UTF-8", "LANG": "fr_FR.UTF-8"}) == "en"  # the first one set wins
    assert env_lang({"LC_MESSAGES": "fr_CA.UTF-8", "LANG": "en_GB.UTF-8"}) == "fr"
    assert env_lang({"LANGUAGE": "de:fr", "LANG": "en_US.UTF-8"}) == "fr"  # a list, first supported
    assert env_lang({"LANGUAGE": "de", "LANG": "fr_FR.UTF-8"}) == "fr"  # none supported: the next variable


def test_accept_language():
    assert accept_language("fr-FR,fr;q=0.9,en;q=0.8") == "fr"
    assert accept_language("en-GB, fr;q=0.5") == "en"
    assert accept_language("de, fr;q=0.3, en;q=0.7") == "en"
    assert accept_language("de, *") is None and accept_language("") is None and accept_language(None) is None
    assert accept_language("fr;q=0, en;q=0.1") == "en"


def test_gettext_follows_the_chosen_language():
    msg = "Doubled word"
    with using("fr"):
        assert _(msg) == "Mot doublé"
        with using("en"):
            assert _(msg) == msg
        assert _(msg) == "Mot doublé"
    with using("en"):
        assert _("no such message id") == "no such message id"
    with pytest.raises(ValueError):
        with using("de"):
            pass


def test_report_carries_its_language_and_stable_ids():
    en = mtaudit.audit("Il faut que que l'Europe agisse.", config={"select": ["MTA700"], "lang": "en"})
    fr = mtaudit.audit("Il faut que que l'Europe agisse.", config={"select": ["MTA700"], "lang": "fr"})
    assert en["lang"] == "en" and fr["lang"] == "fr"
    strip = lambda r: [{k: v for k, v in f.items() if k != "message"} for f in r["findings"]]  # noqa: E731
    assert strip(en) == strip(fr) and strip(en)
    assert list(en)[:3] == ["schema", "tool", "lang"]


def test_config_lang_is_checked():
    with pytest.raises(mtaudit.ConfigError, match="lang"):
        mtaudit.Auditor({"lang": "de"})


def test_environment_default_reaches_the_report(monkeypatch):
    monkeypatch.setenv("LANGUAGE", "fr")
    assert mtaudit.Auditor({"select": ["MTA700"]}).audit("Le le chat.")["lang"] == "fr"
    monkeypatch.setenv("LANGUAGE", "en")
    assert mtaudit.Auditor({"select": ["MTA700"]}).audit("Le le chat.")["lang"] == "en"


def test_rules_docs_in_french():
    from mtaudit.detect.registry import all_rules

    with using("fr"):
        names = {r["id"]: r["name"] for r in mtaudit.rules()}
    assert names["MTA700"] == "Mot doublé"
    assert all_rules()["MTA700"].name == "Doubled word"


def test_missing_mo_falls_back_to_the_po(tmp_path, monkeypatch):
    shutil.copy(PO, tmp_path / "mtaudit.po")
    folder = tmp_path / "fr" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    shutil.move(tmp_path / "mtaudit.po", folder / "mtaudit.po")  # a .po and no .mo
    monkeypatch.setattr(i18n, "LOCALEDIR", tmp_path)
    i18n.catalogue.cache_clear()
    try:
        with using("fr"):
            assert _("Doubled word") == "Mot doublé"
        (folder / "mtaudit.po").unlink()  # nothing at all: English, with a note
        i18n.catalogue.cache_clear()
        with using("fr"):
            assert _("Doubled word") == "Doubled word"
    finally:
        i18n.catalogue.cache_clear()


def _entries(path: Path) -> dict[str, str]:
    from babel.messages.pofile import read_po

    out = {}
    with path.open("rb") as fp:
        for m in read_po(fp):
            if not m.id:
                continue
            if isinstance(m.id, (tuple, list)):  # a plural entry (ngettext): its singular and its plural
                forms = list(m.string) if isinstance(m.string, (tuple, list)) else [m.string]
                out[m.id[0]] = forms[0] if forms else ""
                out[m.id[1]] = forms[-1] if forms else ""
            else:
                out[m.id] = m.string
    return out


def test_every_message_has_a_french_translation():
    missing = [k for k, v in _entries(PO).items() if not v or not v.strip()]
    assert not missing, f"{len(missing)} message ids without French in {PO} (run `make messages`, translate): " \
                        f"{missing[:5]}"


def test_catalogues_are_up_to_date_with_the_code(tmp_path):
    """The template lists exactly the message ids of the code, and the French catalogue follows it."""
    out = tmp_path / "now.pot"
    subprocess.run([sys.executable, "-m", "babel.messages.frontend", "extract", "-F", "babel.cfg", "-k", "N_",
                    "--no-location", "--omit-header", "-o", str(out), "."],
                   cwd=ROOT, check=True, capture_output=True, env={**__import__("os").environ, "PYTHONPATH": str(ROOT)})
    now = set(_entries(out))
    assert now, "nothing extracted"
    assert set(_entries(POT)) == now, "mtaudit.pot is stale: run `make messages`"
    assert set(_entries(PO)) == now, "the French catalogue is stale: run `make messages` and translate"


def test_cli_lang_option(tmp_path, capsys):
    from mtaudit.cli import main

    f = tmp_path / "a.txt"
    f.write_text("Il faut que que l'Europe agisse.", encoding="utf-8")
    for lang in ("fr", "en"):
        assert main(["check", str(f), "--select", "MTA700", "--no-config", "--lang", lang]) in (0, 1)
        import json

        assert json.loads(capsys.readouterr().out)["lang"] == lang


def test_no_translation_call_inside_an_f_string():
    """pybabel (on Python 3.11) does not look inside f-strings: a _() there is never extracted, so its
    message would silently stay in English. Call _() outside and put the result in the f-string."""
    import io
    import re
    import tokenize

    bad = []
    for path in sorted((ROOT / "mtaudit").rglob("*.py")):
        src = path.read_text(encoding="utf-8")
        for tok in tokenize.generate_tokens(io.StringIO(src).readline):
            if tok.type == tokenize.STRING and re.match(r"(?i)[rb]*f", tok.string) \
                    and re.search(r"\{[^{}]*\b(?:_|N_)\(", tok.string):
                bad.append(f"{path.relative_to(ROOT)}:{tok.start[0]}")
    assert not bad, f"_() inside an f-string (not extracted): {bad}"


# -- sheets in each language --------------------------------------------------------------------

SHEET_TEXT = ("Le le ministre a présenté le projet {{prenom}} jeudi à Paris.\n\n"
              "Il a salué le soutien de la de la France. Il faut que que l'Europe agisse.\n\n"
              "Le sommet s'ouvre jeudi à Bruxelles avec trente pays. Le sommet s'ouvre jeudi à Bruxelles avec trente pays.\n\n"
              "Le général a répondu &nbsp; sans <b>commentaire</b> .\n\n"
              "Le sommet de Brussels a dit \"non\" aux propositions.\n\n"
              "Abonnez-vous à notre newsletter pour recevoir gratuitement nos articles chaque matin\n\n"
              "Le meilleur diplomate du pays a salué un réservoir de pensée dont l'analyse fait du sens.\n")
# rule families whose messages come from the catalogue (Grammalecte's are the engine's own French);
# MTA301/MTA310/MTA311 quote notes of the data tables (set_phrases.tsv, calques.tsv)
SHEET_RULES = ["markup", "repetition", "boilerplate", "MTA510", "typography", "MTA402", "MTA301", "MTA310", "MTA311"]


def _chunks(template: str) -> list[str]:
    """The literal parts of a message template (between its {fields} and %(fields)s) long enough to
    be recognisable: two words or more."""
    import re

    parts = (p.strip(" .,:;()«»\"'\u00a0\u202f") for p in re.split(r"\{[^{}]*\}|%\(\w+\)[sdr]|%[sd]", template))
    return [p for p in parts if len(re.findall(r"[^\W\d_]{2,}", p)) >= 2]


def _other_language_left(sheet: str, lang: str) -> list[str]:
    """Catalogue strings of the other language found in a sheet written in `lang`."""
    import html as htmllib

    text = htmllib.unescape(sheet)
    left = []
    for msgid, msgstr in _entries(PO).items():
        if not msgstr or msgid == msgstr:
            continue
        wrong, right = (msgid, msgstr) if lang == "fr" else (msgstr, msgid)
        for chunk in _chunks(wrong):
            if chunk and chunk not in right and chunk in text:
                left.append(chunk)
    return sorted(set(left))


ENGLISH_WORDS = r"\b(?:the|is|are|was|with|which|not|of|and|from|this|that|left|found|written|per|words)\b"


def _english_left_in_french(md: str, html: str) -> list[str]:
    """English words in a French sheet, outside article text, quoted text, suggestions and the stable
    ids (rule, slug, MQM, engine names): what no catalogue lookup produced."""
    import html as htmllib
    import re

    pieces = []
    for line in md.splitlines():
        if line.startswith("| ") and not line.startswith("| #"):
            cells = line.split(" | ")
            pieces.append(cells[6])  # the message
        elif not line.startswith(("|", "- Engines", "- Moteurs")):
            pieces.append(line)
    head = re.sub(r"<style.*?</style>|<script.*?</script>|<article.*?</article>|<table.*?</table>|<[^>]+>", " ", html, flags=re.S)
    pieces.append(re.sub(r"mtaudit [\d.]+ · .*", "", htmllib.unescape(head)))
    text = re.sub(r"«[^»]*»|'[^']*'|\"[^\"]*\"|<code>.*?</code>", " ", "\n".join(pieces))
    return sorted(set(re.findall(ENGLISH_WORDS, text)))


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_sheets_have_no_string_of_the_other_language(lang):
    from mtaudit.report.html import render_html
    from mtaudit.report.markdown import render_markdown

    report = mtaudit.audit(SHEET_TEXT, config={"select": SHEET_RULES, "lang": lang})
    assert len(report["findings"]) >= 5 and report["lang"] == lang
    with using("en" if lang == "fr" else "fr"):  # the sheet follows the report, not the caller's language
        sheets = {"html": render_html(report, SHEET_TEXT), "md": render_markdown(report, SHEET_TEXT)}
    for kind, sheet in sheets.items():
        assert _other_language_left(sheet, lang) == [], f"{kind} sheet in {lang}"
    if lang == "fr":
        assert _english_left_in_french(sheets["md"], sheets["html"]) == []
    rules = {f["rule"] for f in report["findings"]}
    assert {"MTA301", "MTA310", "MTA311"} <= rules, rules  # the data tables' notes are on the sheet
    expected = {"fr": ("Fiche qualité", "Gravité", "est écrit deux fois de suite", "pas le meilleur"),
                "en": ("Quality sheet", "Severity", "is written twice in a row", "not best")}[lang]
    for kind, sheet in sheets.items():
        for word in expected:
            assert word in sheet, f"{word!r} missing from the {kind} sheet in {lang}"
    ids = [(f["rule"], f["slug"], f["category"]) for f in report["findings"]]
    other = mtaudit.audit(SHEET_TEXT, config={"select": SHEET_RULES, "lang": "en" if lang == "fr" else "fr"})
    assert ids == [(f["rule"], f["slug"], f["category"]) for f in other["findings"]]


def test_batch_index_in_french():
    from mtaudit.report.batch import render_csv, render_index

    reports = [mtaudit.audit(SHEET_TEXT, config={"select": SHEET_RULES, "lang": "fr"})]
    index = render_index(reports)
    assert "Articles, du moins bon au meilleur" in index and _other_language_left(index, "fr") == []
    assert render_csv(reports).splitlines()[0] == "id,words,quality,verdict,critical,major,minor"


def test_a_stale_mo_gives_way_to_the_po(tmp_path, monkeypatch):
    import os

    folder = tmp_path / "fr" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    shutil.copy(PO, folder / "mtaudit.po")
    (folder / "mtaudit.mo").write_bytes(i18n.compile_po(folder / "mtaudit.po").read())
    text = (folder / "mtaudit.po").read_text(encoding="utf-8").replace('msgstr "Mot doublé"', 'msgstr "Mot redoublé"')
    (folder / "mtaudit.po").write_text(text, encoding="utf-8")
    os.utime(folder / "mtaudit.mo", (1, 1))  # the .po is newer
    monkeypatch.setattr(i18n, "LOCALEDIR", tmp_path)
    i18n.catalogue.cache_clear()
    try:
        with using("fr"):
            assert _("Doubled word") == "Mot redoublé"
    finally:
        i18n.catalogue.cache_clear()


def test_no_function_shadows_the_translation_function():
    """A function that assigns `_` (`x, _ = ...`, `for _ in`) makes `_` local: its `_("...")` calls
    then fail at run time ('tuple' object is not callable). Comprehensions have their own scope."""
    import ast

    bad = []
    for path in sorted((ROOT / "mtaudit").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for fn in ast.walk(tree):
            if not isinstance(fn, (ast.FunctionDef, ast.AsyncFunctionDef)):
                continue
            stores, calls = False, False
            stack = list(fn.body)
            while stack:
                node = stack.pop()
                if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef,
                                     ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)):
                    continue  # their own scope
                if isinstance(node, ast.Name) and node.id == "_":
                    stores |= isinstance(node.ctx, ast.Store)
                if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "_":
                    calls = True
                stack.extend(ast.iter_child_nodes(node))
            if stores and calls:
                bad.append(f"{path.relative_to(ROOT)}:{fn.lineno} {fn.name}")
    assert not bad, f"functions that both assign and call _: {bad}"


def test_rule_messages_go_through_the_catalogue():
    """A finding's message written as a bare string or an f-string with words in it never reaches
    the catalogue: rules build messages with _("…{field}…").format(field=…)."""
    import ast

    bad = []
    for path in sorted((ROOT / "mtaudit" / "rules").glob("*.py")) + sorted((ROOT / "mtaudit" / "l10n").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            where = {"finding": 3, "unit_finding": 4, "Candidate": 3, "NameIssue": 7}.get(name)  # the message
            if where is None or len(node.args) <= where:
                continue
            for arg in [node.args[where]]:
                parts = arg.values if isinstance(arg, ast.JoinedStr) else [arg]
                if any(isinstance(p, ast.Constant) and isinstance(p.value, str) and any(c.isalpha() for c in p.value)
                       for p in parts):
                    bad.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert not bad, f"messages outside the catalogue: {bad}"


def test_data_notes_without_french_are_labelled():
    from mtaudit.i18n import data_text

    with using("fr"):
        assert data_text("template variable ({{name}})") == "variable de gabarit ({{name}})"
        assert data_text("a note nobody translated") == "a note nobody translated (en anglais)"
    with using("en"):
        assert data_text("a note nobody translated") == "a note nobody translated"


# what may stay English: log lines for operators (%-style logging), internal errors that name a bug
# rather than the user's input, TypeErrors of the Python API (for programmers), the i18n module's own
# notes (they say the catalogue itself is missing), and the worker's socket protocol
ENGLISH_ALLOWED = {
    "mtaudit/__init__.py", "mtaudit/api.py", "mtaudit/i18n.py", "mtaudit/detect/engine.py",
    "mtaudit/outputs.py", "mtaudit/roundtrip/encoder.py", "mtaudit/roundtrip/backends/base.py",
    "mtaudit/roundtrip/backends/apertium.py:RuntimeError", "mtaudit/detect/registry.py:RuntimeError",
    "mtaudit/worker.py:OSError", "mtaudit/settings.py:ConfigError",
}


def _literals_outside_the_catalogue() -> list[str]:
    """Strings with words in print()/raise …Error()/…Unavailable() calls and in "detail"/"reason"/
    "how_to_enable" values, not inside _() or N_(): what a user reads and the catalogue never sees."""
    import ast
    import re

    def text_of(node):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return [node.value]
        if isinstance(node, ast.JoinedStr):
            return ["".join(v.value if isinstance(v, ast.Constant) else "{}" for v in node.values)]
        if isinstance(node, (ast.BinOp, ast.BoolOp)):
            return [t for v in ((node.left, node.right) if isinstance(node, ast.BinOp) else node.values)
                    for t in text_of(v)]
        if isinstance(node, ast.IfExp):
            return text_of(node.body) + text_of(node.orelse)
        return []

    bad = []
    for path in sorted((ROOT / "mtaudit").rglob("*.py")):
        rel = str(path.relative_to(ROOT))
        if rel in ENGLISH_ALLOWED or "/rules/" in rel or "/l10n/" in rel:  # rules: test_rule_messages_…
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            values = []
            if isinstance(node, ast.Call):
                fn = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
                if fn == "print" or fn.endswith(("Error", "Unavailable")) or fn in ("say", "error", "command"):
                    if f"{rel}:{fn}" in ENGLISH_ALLOWED:
                        continue
                    values = node.args
            elif isinstance(node, ast.Dict):
                values = [v for k, v in zip(node.keys, node.values)
                          if isinstance(k, ast.Constant) and k.value in ("detail", "reason", "how_to_enable")]
            for v in values:
                for s in text_of(v):
                    words = re.sub(r"pip install \S+|\b(?:transformers|CTranslate2)\b", "", s)  # commands, names
                    if re.fullmatch(r"[a-z_]+", s) or "%s" in s:  # machine codes ("too_large"), log formats
                        continue
                    if len(re.findall(r"[A-Za-z]{3,}", words)) >= 2:
                        bad.append(f"{rel}:{v.lineno}: {s[:60]!r}")
    return bad


def test_user_facing_literals_go_through_the_catalogue():
    """CLI lines, input and data-file errors, service error details, round-trip reasons: _() or N_()."""
    bad = _literals_outside_the_catalogue()
    assert not bad, f"{len(bad)} user-facing strings outside the catalogue: {bad[:8]}"


def test_argparse_speaks_french_with_french_typography(capsys):
    """argparse's own words (usage, section titles, its errors) come from the catalogue; in French a
    no-break space goes before every colon it writes, section headings included."""
    from mtaudit.cli import main

    assert main(["--lang", "fr", "check", "--help"]) == 0
    fr_help = capsys.readouterr().out
    assert fr_help.startswith("utilisation\u00a0: ") and "\noptions\u00a0:\n" in fr_help
    assert "options:" not in fr_help and "usage:" not in fr_help
    assert main(["--lang", "fr", "--help"]) == 0
    assert "affiche la version du programme" in capsys.readouterr().out  # argparse 3.11 leaves this one English
    assert main(["--lang", "fr", "audit"]) == 2
    err = capsys.readouterr().err
    assert "erreur\u00a0: les arguments suivants sont obligatoires\u00a0: PATH" in err and "error" not in err
    assert main(["--lang", "en", "check", "--help"]) == 0
    en_help = capsys.readouterr().out
    assert en_help.startswith("usage: ") and "\noptions:\n" in en_help and "\u00a0" not in en_help


def test_french_rules_reference_has_no_english_left():
    """docs/rules.fr.md: every rule's name and docs, the table's head and intro, in French."""
    import re

    from mtaudit.docs import rules_page

    from mtaudit.detect.registry import all_rules

    page = rules_page("fr")
    assert "**Exemple.**" in page and "## MTA700 — Mot doublé" in page
    prose = "\n".join(line for line in page.splitlines() if not line.startswith("**Exemple.**"))  # they quote sources
    prose = re.sub(r"`[^`]*`|«[^»]*»|\"[^\"]*\"|“[^”]*”", " ", prose)  # code and quoted text
    for mqm in {r.mqm for r in all_rules().values()}:  # MQM types are stable ids
        prose = prose.replace(mqm, " ")
    assert _other_language_left(prose, "fr") == []
    prose = re.sub(r"\([^()]*\)", " ", prose)  # asides (English sources of examples)
    assert sorted(set(re.findall(ENGLISH_WORDS, prose))) == []


@pytest.mark.parametrize("fmt", ["sarif", "junit", "text"])
def test_ci_formats_follow_the_reports_language(fmt):
    """SARIF/JUnit/text: the fixed text around the messages, and SARIF's rule help, in the report's language."""
    from mtaudit.report.ci import CiItem
    from mtaudit.report.junit import render_junit
    from mtaudit.report.sarif import render_sarif
    from mtaudit.report.ci import render_text

    render = {"sarif": render_sarif, "junit": render_junit, "text": render_text}[fmt]
    out = {}
    for lang in ("fr", "en"):
        report = mtaudit.audit(SHEET_TEXT, config={"select": SHEET_RULES, "lang": lang})
        report["failures"] = [{"rule": "MTA999", "error": "ValueError: boom"}]
        report["verdict"] = "fail"
        with using("en" if lang == "fr" else "fr"):  # follows the reports, not the caller
            out[lang] = render([CiItem(report, SHEET_TEXT, "a.txt")], [("b.txt", "x")])
    for lang in ("fr", "en"):
        text = out[lang]
        if fmt == "sarif":  # without the rule examples (they quote English sources on purpose)
            import json

            run = json.loads(text)["runs"][0]
            parts = [r["message"]["text"] for r in run["results"]]
            parts += [n["message"]["text"] for n in run["invocations"][0]["toolExecutionNotifications"]]
            for rule in run["tool"]["driver"]["rules"] if lang == "fr" else ():  # English docs quote French
                parts += [rule["shortDescription"]["text"], rule["fullDescription"]["text"]]
                parts += [p for p in rule["help"]["text"].split("\n\n") if not p.startswith(("Example", "Exemple"))]
            text = "\n".join(parts)
        assert _other_language_left(text, lang) == [], (fmt, lang)
    fixed = {"sarif": ("Suggestion\u00a0:", "Pourquoi\u00a0:", "la règle MTA999 a échoué"),
             "junit": ("qualité", "la règle MTA999 a échoué"),
             "text": ("qualité", "a.txt\u00a0: la règle MTA999 a échoué", "b.txt\u00a0: erreur\u00a0: x")}[fmt]
    for piece in fixed:
        assert piece in out["fr"], piece
    assert "la règle" not in out["en"] and "failed" in out["en"]
    if fmt == "sarif":
        import json

        assert json.loads(out["fr"])["runs"][0]["language"] == "fr"


def test_config_show_in_french(capsys):
    from mtaudit.cli import main

    assert main(["--no-config", "--lang", "fr", "config", "show"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("# configuration effective de mtaudit\n") and "# par défaut" in out
    assert "# ligne de commande" in out and "default" not in out and "command line" not in out


def test_rules_listing_in_french(capsys):
    from mtaudit.cli import main

    assert main(["--lang", "fr", "rules"]) == 0
    out = capsys.readouterr().out
    assert "MTA700  doubled-word  Mot doublé  [répétition, mineur, Fluency/Duplication]" in out
    assert "\n    quoi\u00a0: " in out and "what:" not in out


def test_bilingual_sheet_in_french(tmp_path):
    """An XLIFF file audited in French: its unit sheet (HTML, Markdown) and the index carry no
    catalogue English (source segments are the file's own English)."""
    from mtaudit.cli import main

    data = ROOT / "tests" / "data" / "l10n"
    out = tmp_path / "out"
    assert main(["--no-config", "--lang", "fr", "audit", str(data / "errors.xlf"), "--glossary",
                 str(data / "glossary.csv"), "--out", str(out), "-q"]) in (0, 1)
    for name in ("errors.html", "errors.md", "index.html"):
        sheet = (out / name).read_text(encoding="utf-8")
        assert _other_language_left(sheet, "fr") == [], name
    assert "La cible est vide." in (out / "errors.md").read_text(encoding="utf-8")


def test_a_rerun_in_another_environment_language_re_audits(tmp_path, monkeypatch, capsys):
    """Reports are reused only when written in the language of this run, also when the language
    comes from the environment (no --lang)."""
    import json

    from mtaudit.cli import main

    (tmp_path / "a.txt").write_text("Il faut que que l'Europe agisse.\n", encoding="utf-8")
    args = ["--no-config", "audit", str(tmp_path / "a.txt"), "--out", str(tmp_path / "out"), "-q", "--select", "MTA700"]
    monkeypatch.setenv("LANGUAGE", "en")
    main(args)
    assert json.loads((tmp_path / "out" / "a.json").read_text(encoding="utf-8"))["lang"] == "en"
    monkeypatch.setenv("LANGUAGE", "fr")
    main(args)
    assert json.loads((tmp_path / "out" / "a.json").read_text(encoding="utf-8"))["lang"] == "fr"


def test_every_packaged_data_note_reads_in_french():
    """The notes rules quote from the packaged tables (babel.cfg's [mtaudit_tsv] sections) all have
    French, looked up as the rules look them up (mtaudit.i18n.data_text)."""
    import configparser

    from mtaudit.detect.resources import load_table
    from mtaudit.i18n import data_text

    cfg = configparser.ConfigParser()
    cfg.read(ROOT / "babel.cfg", encoding="utf-8")
    sections = [(s.split(":", 1)[1].strip(), cfg[s]["columns"].split()) for s in cfg.sections()
                if s.startswith("mtaudit_tsv:")]
    assert len(sections) >= 8
    with using("fr"):
        for path, columns in sections:
            for row in load_table(ROOT / path):
                for col in columns:
                    note = (row.get(col) or "").strip()
                    assert not note or "(en anglais)" not in data_text(note), (path, col, note)


def test_the_same_effective_language_reuses_reports_and_config_show_says_their_fingerprint(tmp_path, monkeypatch,
                                                                                           capsys):
    """The default English is --lang en, LANGUAGE=fr is --lang fr: the same run.config, so an unchanged
    article is not audited again; `config show` prints that fingerprint."""
    import json

    from mtaudit.cli import main

    (tmp_path / "a.txt").write_text("Il faut que que l'Europe agisse.\n", encoding="utf-8")
    out = tmp_path / "out"
    args = ["--no-config", "audit", str(tmp_path / "a.txt"), "--out", str(out), "--select", "MTA700"]
    stored = lambda: json.loads((out / "a.json").read_text(encoding="utf-8"))["run"]["config"]  # noqa: E731
    for unset in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(unset, raising=False)
    for chosen, again in (({"LANG": "C"}, ["--lang", "en"]), ({"LANG": "fr_FR.UTF-8"}, ["--lang", "fr"])):
        for k, v in chosen.items():
            monkeypatch.setenv(k, v)
        main([*args, "--force"])
        first = stored()
        capsys.readouterr()
        main([*args, *again])
        said = capsys.readouterr().out
        assert ("inchangé depuis la dernière exécution" if again[-1] == "fr" else "unchanged since the last run") \
            in said, chosen
        assert stored() == first
        main(["--no-config", "config", "show", "--json", "--select", "MTA700", *again])
        assert json.loads(capsys.readouterr().out)["fingerprint"] == first
        main(["--no-config", "config", "show", "--select", "MTA700", *again])
        assert capsys.readouterr().out.rstrip().endswith(f": {first}")  # "fingerprint: …", "empreinte : …"
