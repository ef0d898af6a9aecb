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
