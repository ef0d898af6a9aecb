"""README's rules list is generated from the registry and kept up to date."""
import re
from pathlib import Path

from mtaudit.detect import all_rules
from mtaudit.docs import END, START, TABLES_END, TABLES_START, rules_markdown, tables_markdown

README = Path(__file__).resolve().parent.parent / "README.md"


def test_readme_rules_block_is_current():
    text = README.read_text(encoding="utf-8")
    block = re.search(re.escape(START) + r"\n(.*?)" + re.escape(END), text, re.S)
    assert block, "README lacks the rules block markers"
    assert block.group(1) == rules_markdown(), "run: python -m mtaudit.docs --update README.md"


def test_every_rule_is_listed():
    md = rules_markdown()
    for rid in all_rules():
        assert f"| {rid} |" in md


def test_readme_tables_block_is_current():
    text = README.read_text(encoding="utf-8")
    block = re.search(re.escape(TABLES_START) + r"\n(.*?)" + re.escape(TABLES_END), text, re.S)
    assert block and block.group(1) == tables_markdown(), "run: python -m mtaudit.docs --update README.md"
    assert "| `people` |" in block.group(1) and "terms` |" not in block.group(1).replace("english_terms", "")


def test_french_rules_reference_is_current():
    from mtaudit.docs import PAGES, rules_page

    page = (README.parent / PAGES["fr"]).read_text(encoding="utf-8")
    assert page == rules_page("fr"), "run: python -m mtaudit.docs --lang fr --write docs/rules.fr.md"
    for rid in all_rules():
        assert f"| {rid} |" in page and f"## {rid} — " in page


def test_the_readme_json_excerpt_is_seed_004s_report():
    import json
    import re
    from pathlib import Path

    readme = Path("README.md").read_text(encoding="utf-8")
    block = readme.split("## JSON report", 1)[1].split("```json", 1)[1].split("```", 1)[0]
    golden = json.loads(Path("tests/golden/004_64d9f94697e5759b.json").read_text(encoding="utf-8"))
    values: dict = {}

    def walk(node):
        if isinstance(node, dict):
            for k, v in node.items():
                values.setdefault(k, []).append(v)
                walk(v)
        elif isinstance(node, list):
            for v in node:
                walk(v)

    walk(golden)
    shown = re.findall(r'"(\w+)": (-?\d+(?:\.\d+)?)\b', block)
    assert len(shown) > 20
    for key, number in shown:
        assert float(number) in [v for v in values.get(key, []) if isinstance(v, (int, float))], (key, number)
