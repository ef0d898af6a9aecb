"""bench/l10n_judge.py: a blind set's majors laid out to judge, earlier verdicts carried, judged rows counted."""
import json

import pytest
from conftest import bench_module


def _module():
    return bench_module("l10n_judge")


def _report(path, findings):
    units = [{"id": "u1", "source": "Delete %d files", "target": "Supprimer\tles fichiers"},
             {"id": "u2", "source": "Open", "target": "Open"}]
    path.write_text(json.dumps({"units": units, "findings": findings}), encoding="utf-8")


FINDINGS = [
    {"rule": "MTA903", "severity": "major", "unit": "u1", "start": 10, "end": 13, "message": "The target lacks '%d'."},
    {"rule": "MTA906", "severity": "minor", "unit": "u2", "start": 0, "end": 4, "message": "copied"},
    {"rule": "MTA906", "severity": "critical", "unit": "u2", "start": 0, "end": 4, "message": "copied"},
]


def test_list_lays_out_majors_with_the_span_marked_and_cells_escaped(tmp_path):
    m = _module()
    _report(tmp_path / "cat.json", FINDINGS)
    _report(tmp_path / "cat.mt.json", FINDINGS)  # Apertium's column is not judged
    rows = m.majors(tmp_path)
    assert [(r["file"], r["unit"], r["rule"]) for r in rows] == [("cat", "u1", "MTA903"), ("cat", "u2", "MTA906")]
    assert rows[0]["target"] == "Supprimer\\t⟦les⟧ fichiers"  # code points of the unit's target, the tab escaped
    assert rows[1]["target"] == "⟦Open⟧"


def test_verdicts_carry_over_and_tally_counts_them(tmp_path, capsys):
    m = _module()
    _report(tmp_path / "cat.json", FINDINGS)
    rows = m.majors(tmp_path)
    rows[0] |= {"verdict": "real defect", "why": "the count dropped"}
    judged = tmp_path / "judged.tsv"
    with judged.open("w", encoding="utf-8") as out:
        m.write_table(rows, out)
    back = m.read_table(judged)
    assert back[0]["verdict"] == "real defect" and back[0]["target"] == rows[0]["target"]
    text = m.tally(back, words=1000)
    assert text.startswith("2 majors (10.00 per 5,000 words): 1 real (5.00 per 5,000 words), 0 false")
    assert "1 not judged" in text


def test_diff_names_what_went_and_came(tmp_path):
    m = _module()
    _report(tmp_path / "cat.json", FINDINGS)
    old = m.majors(tmp_path)
    old[1]["verdict"] = "false alarm"
    new = old[:1]
    text = m.diff(old, new)
    assert text.splitlines()[0] == "1 went, 0 came"
    assert text.splitlines()[1].startswith("went\tfalse alarm\t1\tcat\tu2\tMTA906")


def test_a_table_with_a_bad_verdict_is_refused(tmp_path):
    m = _module()
    bad = tmp_path / "bad.tsv"
    bad.write_text("\t".join(m.COLUMNS) + "\n0\tmaybe\t\tf\tu\tR\tmajor\tt\ts\tm\n", encoding="utf-8")
    with pytest.raises(SystemExit, match="neither of"):
        m.read_table(bad)
