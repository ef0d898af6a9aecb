"""The report's types: the `mtaudit.report/1` dict as TypedDicts, key for key the JSON Schema
(report.schema.json; tests/test_schema.py checks that both declare the same keys and the same
required ones). Keys marked NotRequired appear only for some inputs or runs."""

from typing import Literal, NotRequired, TypedDict

Severity = Literal["minor", "major", "critical"]
Verdict = Literal["pass", "review", "fail"]


class Tool(TypedDict):
    name: str
    version: str


class Language(TypedDict):
    code: str
    confidence: float


class ArticleDate(TypedDict):
    value: str
    source: str


class ArticleInfo(TypedDict):
    id: str
    path: str | None
    chars: int
    words: int
    language: Language
    date: NotRequired[ArticleDate]
    format: NotRequired[str]  # txt, md, html; xliff1, xliff2, tmx, po, ts, csv, tsv
    source_language: NotRequired[str]
    target_language: NotRequired[str]
    units: NotRequired[int]
    product: NotRequired[str]  # bilingual files: the software the file translates
    title: NotRequired[str]


class Counts(TypedDict):
    critical: int
    major: int
    minor: int


class Estimate(TypedDict):
    model: str
    predicted_mqm: float
    contributions: dict[str, float]
    fallback: NotRequired[str]  # why the base model was used instead of the one for the features that ran
    domain: NotRequired[str]  # "units": the pass line is the units domain's (a file of translation units)


class Score(TypedDict):
    quality: float
    verdict: Verdict
    penalty: float
    penalty_per_1000_words: float
    counts: Counts
    by_category: dict[str, int]
    mqm_quality: NotRequired[float]
    features: NotRequired[dict[str, float]]
    estimate: NotRequired[Estimate]


class FindingDict(TypedDict):
    rule: str
    slug: str
    category: str
    mqm: str
    severity: Severity
    start: int
    end: int
    text: str
    message: str
    suggestion: str | None
    confidence: float
    engine: str
    unit: NotRequired[str]  # bilingual files
    source_start: NotRequired[int]  # bilingual files, and findings against the English source
    source_end: NotRequired[int]
    source_text: NotRequired[str]
    line: NotRequired[int]
    html_start: NotRequired[int]  # HTML input
    html_end: NotRequired[int]


class Unit(TypedDict):
    id: str
    source: str
    target: str
    notes: NotRequired[list[str]]
    state: NotRequired[str]
    line: NotRequired[int]
    translate: NotRequired[bool]  # False: the file marks it not to be translated; not checked


class Failure(TypedDict):
    rule: str
    error: str


class Note(TypedDict):
    kind: Literal["no-source", "source-language", "unknown-directive", "unknown-selector", "unused-suppression"]
    message: str
    start: NotRequired[int]  # a suppression comment's offsets, line and text
    end: NotRequired[int]
    line: NotRequired[int]
    text: NotRequired[str]
    html_start: NotRequired[int]
    html_end: NotRequired[int]


class Run(TypedDict):
    text_sha256: str
    config: str
    source_sha256: NotRequired[str]
    units_sha256: NotRequired[str]
    html_sha256: NotRequired[str]
    meta_sha256: NotRequired[str]


class GateInfo(TypedDict):
    fail_under: float | None
    fail_on: Severity | None
    crossed: bool


class Report(TypedDict):
    schema: Literal["mtaudit.report/1"]
    tool: Tool
    article: ArticleInfo
    score: Score
    findings: list[FindingDict]
    roundtrip: dict | None
    lang: NotRequired[Literal["en", "fr"]]
    engines: NotRequired[dict[str, str]]
    failures: NotRequired[list[Failure]]
    units: NotRequired[list[Unit]]
    suppressed: NotRequired[int]
    notes: NotRequired[list[Note]]
    baselined: NotRequired[int]
    run: NotRequired[Run]
    verdict: NotRequired[Verdict]
    gate: NotRequired[GateInfo]


# the schema's objects, by their path in report.schema.json, and the type that declares each
BY_SCHEMA_PATH = {
    "": Report, "tool": Tool, "article": ArticleInfo, "article.language": Language, "article.date": ArticleDate,
    "score": Score, "score.counts": Counts, "score.estimate": Estimate, "findings[]": FindingDict,
    "units[]": Unit, "failures[]": Failure, "notes[]": Note, "run": Run, "gate": GateInfo,
}
