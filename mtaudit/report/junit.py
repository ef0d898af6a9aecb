"""JUnit XML: one testsuite, one testcase per article; a <failure> when the article fails the gate
(by default its verdict is "fail"), with the findings in the failure's text; unreadable inputs
are testcases with an <error>. No timestamps or durations, so reruns are byte-identical."""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from typing import Callable

from ..i18n import _, using
from .ci import CiItem, finding_line, report_lang, summary_line

# characters XML 1.0 cannot carry, even escaped
_BAD_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _clean(s: str) -> str:
    return _BAD_XML.sub(lambda m: f"\\u{ord(m.group()):04x}", s)


def verdict_fails(report: dict) -> bool:
    """The default gate (mtaudit/gate.py) when the report already carries its verdict."""
    return report.get("verdict", report["score"]["verdict"]) == "fail"


def render_junit(items: list[CiItem], errors: list[tuple[str, str]] = (),
                 failed: Callable[[dict], bool] = verdict_fails, suite: str = "mtaudit",
                 interrupted: str | None = None) -> str:
    """`interrupted`: why the run stopped early; it becomes a suite property, the suite's
    system-err and an errored testcase ("interrupted"), which CI test views show."""
    with using(report_lang(items)):  # the fixed text follows the reports' language
        return _render_junit(items, errors, failed, suite, interrupted)


def _render_junit(items, errors, failed, suite, interrupted=None) -> str:
    cases = []
    n_fail = 0
    for item in items:
        rep = item.report
        case = ET.Element("testcase", {"classname": _clean(suite), "name": _clean(item.name), "time": "0"})
        if item.uri:
            case.set("file", _clean(item.uri))
        props = ET.SubElement(case, "properties")
        s = rep["score"]
        for k, v in (("article", rep["article"]["id"]), ("words", rep["article"]["words"]),
                     ("quality", f"{s['quality']:.1f}"), ("verdict", rep.get("verdict", s["verdict"])),
                     *((f"count.{sev}", n) for sev, n in s["counts"].items())):
            ET.SubElement(props, "property", {"name": k, "value": _clean(str(v))})
        if failed(rep):
            n_fail += 1
            fail = ET.SubElement(case, "failure", {"type": "mtaudit." + rep.get("verdict", s["verdict"]),
                                                   "message": _clean(summary_line(item))})
            fail.text = _clean("\n".join(finding_line(item, f, start, end) for f, start, end in item.spans()))
        if rep.get("failures"):
            err = ET.SubElement(case, "system-err")
            err.text = _clean("\n".join(_("rule {rule} failed: {error}").format(rule=x["rule"], error=x["error"])
                                         for x in rep["failures"]))
        cases.append(case)
    for path, problem, *where in errors:  # (label, problem[, file, line])
        case = ET.Element("testcase", {"classname": _clean(suite), "name": _clean(path), "time": "0"})
        if where and where[0]:  # a corpus row: its file, and the row's line
            case.set("file", _clean(where[0]))
            if len(where) > 1 and where[1]:
                case.set("line", str(where[1]))
        ET.SubElement(case, "error", {"type": "mtaudit.input", "message": _clean(problem)})
        cases.append(case)
    n_err = len(errors)
    if interrupted:
        case = ET.Element("testcase", {"classname": _clean(suite), "name": "interrupted", "time": "0"})
        ET.SubElement(case, "error", {"type": "mtaudit.interrupted", "message": _clean(interrupted)})
        cases.append(case)
        n_err += 1

    attrs = {"name": _clean(suite), "tests": str(len(cases)), "failures": str(n_fail), "errors": str(n_err),
             "skipped": "0", "time": "0"}
    root = ET.Element("testsuites", attrs)
    ts = ET.SubElement(root, "testsuite", attrs)
    if interrupted:
        props = ET.SubElement(ts, "properties")
        ET.SubElement(props, "property", {"name": "interrupted", "value": _clean(interrupted)})
    ts.extend(cases)
    if interrupted:
        ET.SubElement(ts, "system-err").text = _clean(interrupted)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
