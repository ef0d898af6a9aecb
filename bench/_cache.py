"""Shared by the calibration benches: load the ../shared corpora and audit them with a disk cache.

A cached report is keyed by (sha256 of text and source, run mode, fingerprint of the detection code
and data). The fingerprint hashes every file under mtaudit/ except the score, report and docs code and
the calibration data, so re-scoring never re-runs the detectors, and any rule change re-audits.
Cache folder: $MTAUDIT_BENCH_CACHE, default .cache/bench/ at the repository root.
"""
from __future__ import annotations

import csv
import hashlib
import json
import os
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SHARED = ROOT.parent / "shared" / "data"
WMT22 = SHARED / "wmt22-defr"
WMT20 = SHARED / "wmt20-qe-enfr"
SYSTEMS = ("mt_LT22", "mt_Online-A", "mt_Online-B", "mt_Online-G", "mt_Online-W", "mt_Online-Y")
# not detection: changing these only changes the score, which benches recompute from cached findings
_SKIP = ("mtaudit/score/", "mtaudit/report/", "mtaudit/docs.py", "mtaudit/data/quality_model",
         "mtaudit/data/word_model", "mtaudit/data/word_trees", "mtaudit/data/pos_trigrams",
         "mtaudit/data/rule_precision.tsv", "mtaudit/service/", "mtaudit/cli.py", "mtaudit/check.py",
         "mtaudit/runner.py", "mtaudit/locale/",  # audits run in English (_audit_one): catalogues do not count
         "mtaudit/diskmemo.py", "mtaudit/recache.py",  # caches whose values are checked identical (test_coldcache)
         "mtaudit/lang/helper.py", "mtaudit/detect/units.py")  # the service's reuse, checked identical (test_latency)

csv.field_size_limit(sys.maxsize)


def read_tsv(path: Path):
    with open(path, encoding="utf-8", newline="") as f:
        yield from csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)


_ROUNDTRIP = ("mtaudit/roundtrip/", "mtaudit/rules/fidelity/", "mtaudit/data/roundtrip_thresholds.tsv")


def fingerprint(mode: str = "plain") -> str:
    """The detection code and data a mode's audits depend on. Round-trip and source audits run no
    detector (their findings come from the plain audit), so the detectors' rules and data tables do
    not count for them: a rule change re-audits the plain mode only."""
    skip = _SKIP + (_ROUNDTRIP if mode == "plain" else ())
    h = hashlib.sha256()
    for p in sorted((ROOT / "mtaudit").rglob("*")):
        rel = p.relative_to(ROOT).as_posix()
        if not p.is_file() or "__pycache__" in rel or rel.startswith(skip):
            continue
        if mode != "plain" and rel.startswith(("mtaudit/rules/", "mtaudit/data/")) and not rel.startswith(_ROUNDTRIP):
            continue
        h.update(rel.encode())
        h.update(p.read_bytes())
    table = ROOT / "mtaudit" / "data" / "rule_precision.tsv"
    if table.exists():  # only its default_severity column changes findings: a mode counts its own rules' demotions
        from mtaudit.detect.registry import all_rules
        from mtaudit.detect.resources import load_table
        from mtaudit.pipeline import LATER_STAGES

        stages = {rid: rule.stage for rid, rule in all_rules().items()}
        demoted = sorted((r["rule"], r["default_severity"]) for r in load_table(table) if r.get("default_severity")
                         and (stages.get(r["rule"]) in LATER_STAGES) == (mode != "plain"))
        if demoted:
            h.update(repr(demoted).encode())
    return h.hexdigest()[:16]


def cache_dir() -> Path:
    d = Path(os.environ.get("MTAUDIT_BENCH_CACHE") or ROOT / ".cache" / "bench")
    d.mkdir(parents=True, exist_ok=True)
    return d


def key(text: str, source: str | None, mode: str, fp: str) -> str:
    h = hashlib.sha256()
    for part in (text, source or "", mode, fp):
        h.update(part.encode("utf-8"))
        h.update(b"\0")
    return h.hexdigest()


# -- corpora -----------------------------------------------------------------------------------

def wmt22_docs(columns=("ref_fr",) + SYSTEMS, domain: str | None = None) -> list[dict]:
    """One item per (document, column): id, domain, column, text (segments joined by newlines)."""
    docs = {r["doc_id"]: {"domain": r["domain"], "segs": []} for r in read_tsv(WMT22 / "documents.tsv")}
    for r in read_tsv(WMT22 / "segments.tsv"):
        docs[r["doc_id"]]["segs"].append(r)
    out = []
    for doc_id, d in docs.items():
        if domain and d["domain"] != domain:
            continue
        segs = sorted(d["segs"], key=lambda r: int(r["seg_id"]))
        for col in columns:
            out.append({"id": doc_id, "domain": d["domain"], "column": col, "half": half(doc_id),
                        "text": "\n".join(r[col] for r in segs)})
    return out


def half(doc_id: str) -> str:
    """Stable split of documents for tuning on one half and reporting on the other: 'tune' when the
    first byte of sha256(doc_id) is even, else 'heldout'."""
    return "tune" if hashlib.sha256(doc_id.encode("utf-8")).digest()[0] % 2 == 0 else "heldout"


def wmt20_docs(limit: int | None = None) -> list[dict]:
    """WMT20 QE train: id, mqm, text (MT segments joined by newlines), source, offsets, spans
    (read by bench/wmt20_qe.py's loader)."""
    from wmt20_qe import load

    return load(WMT20, limit)[0]


# -- auditing ---------------------------------------------------------------------------------

_auditors: dict = {}


def _mqm_only(report, text, config=None, source_text=None, tokens=None, remember=False, unit_starts=None):
    """Stand-in for score_report while auditing: benches re-score cached reports with the current
    score code, so the audit itself needs no quality model (the model is trained from these)."""
    from mtaudit.score import score

    report["score"] = score(report["findings"], report["article"]["words"])


def _auditor(mode: str):
    if mode not in _auditors:
        import mtaudit.pipeline
        from mtaudit.config import Config
        from mtaudit.pipeline import Auditor

        mtaudit.pipeline.score_report = _mqm_only

        cfg = Config()
        if mode in ("roundtrip", "source"):
            cfg.roundtrip = {"engine": "apertium",
                             "cache_dir": os.environ.get("MTAUDIT_BENCH_RTCACHE") or str(cache_dir() / "rt")}
        auditor = Auditor(cfg)
        if mode in ("roundtrip", "source"):
            auditor.rules = []  # the detectors' findings come from the plain audit of the same text
        _auditors[mode] = auditor
    return _auditors[mode]


def _audit_one(job):
    text, source, mode, path = job
    from mtaudit.i18n import using
    from mtaudit.read import Article

    with using("en"):  # one language for every cached report, whatever the environment says
        report = _auditor(mode).audit(Article.from_text(text, id="doc", source=source if mode == "source" else None))
    tmp = Path(str(path) + f".{os.getpid()}.tmp")
    tmp.write_text(json.dumps(report, ensure_ascii=False), encoding="utf-8")
    tmp.replace(path)
    return report


def audit_all(items: list[dict], mode: str = "plain", jobs: int = 2, progress: bool = True) -> list[dict]:
    """Reports for items (dicts with text, and source for mode 'source'), cached on disk.
    mode: plain (detectors only, the CMS default); roundtrip (the Apertium round trip and the rules
    that read it) and source (the same plus the bilingual comparison) skip the detectors, whose findings
    the plain audit of the same text has: combine them with with_plain()."""
    d = cache_dir() / fingerprint(mode)
    d.mkdir(exist_ok=True)
    fp = d.resolve().name  # a folder linked to another reuses its audits (made by identical detectors)
    paths = [d / (key(it["text"], it.get("source") if mode == "source" else None, mode, fp) + ".json")
             for it in items]
    out: list = [None] * len(items)
    todo = []
    for i, p in enumerate(paths):
        if p.exists():
            out[i] = json.loads(p.read_text(encoding="utf-8"))
        else:
            todo.append(i)
    if todo:
        if progress:
            print(f"auditing {len(todo)} of {len(items)} texts ({mode}, jobs={jobs}, cache {d})", file=sys.stderr)
        jobs_in = [(items[i]["text"], items[i].get("source"), mode, paths[i]) for i in todo]
        if jobs > 1:
            with ProcessPoolExecutor(jobs) as pool:
                for n, (i, rep) in enumerate(zip(todo, pool.map(_audit_one, jobs_in, chunksize=2))):
                    out[i] = rep
                    if progress and n % 100 == 99:
                        print(f"  {n + 1}/{len(todo)}", file=sys.stderr)
        else:
            for n, (i, job) in enumerate(zip(todo, jobs_in)):
                out[i] = _audit_one(job)
                if progress and n % 100 == 99:
                    print(f"  {n + 1}/{len(todo)}", file=sys.stderr)
    return out


def prewarm_translations(items: list[dict], with_source: bool = True, embed: bool = True) -> None:
    """Translate every sentence of every item in a few large Apertium batches (one process chain per
    batch instead of several per document) and embed them, so that the audits find them cached."""
    from mtaudit.read import Article
    from mtaudit.read.segment import split_sentences
    from mtaudit.roundtrip import encoder
    from mtaudit.roundtrip.backends.apertium import ApertiumBackend
    from mtaudit.roundtrip.cache import CachedTranslator, TranslationCache
    from mtaudit.roundtrip.fidelity import _LETTER, segments
    from mtaudit.roundtrip.options import Options

    cache = TranslationCache.default(os.environ.get("MTAUDIT_BENCH_RTCACHE") or str(cache_dir() / "rt"))
    tr = CachedTranslator(ApertiumBackend(Options.from_dict({"engine": "apertium"})), cache)
    per_text = [[s.text for s in segments(Article.from_text(it["text"]))] for it in items]
    per_source = [[it["source"][a:b] for a, b in split_sentences(it["source"]) if _LETTER.search(it["source"][a:b])]
                  if with_source and it.get("source") else [] for it in items]
    texts = list(dict.fromkeys(t for ts in per_text for t in ts))
    sources = list(dict.fromkeys(t for ts in per_source for t in ts))
    # the sentence alignment also embeds each two neighbouring sentences joined (align.align)
    joined = [xs[i] + " " + xs[i + 1] for xs in per_text + per_source for i in range(len(xs) - 1)] \
        if with_source else []

    def chunks(xs, n=1500):
        return [xs[i:i + n] for i in range(0, len(xs), n)]

    pivots, backs = [], []
    for part in chunks(texts):
        p = tr.translate(part, "fr-en")
        pivots += p
        backs += tr.translate(p, "en-fr")
    for part in chunks(sources):
        tr.translate(part, "en-fr")
    print(f"translated {len(texts)} sentences and {len(sources)} source sentences", file=sys.stderr)
    if embed and encoder.available():
        every = list(dict.fromkeys(texts + pivots + backs + sources + joined))
        known = cache.get_vectors(encoder.name(), every) if cache is not None else {}
        for part in chunks(sorted((t for t in every if t not in known), key=len), 2000):  # similar lengths
            encoder.embed(part, cache)
        print("embedded", file=sys.stderr)


def with_plain(plain: dict, extra: dict) -> dict:
    """A roundtrip/source report completed with the detectors' findings from the plain report."""
    out = dict(extra)
    out["findings"] = sorted(plain["findings"] + extra["findings"], key=lambda f: (f["start"], f["end"], f["rule"]))
    return out


def git_head() -> str:
    import subprocess

    try:
        return subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True,
                              text=True).stdout.strip() or "?"
    except OSError:
        return "?"


def analyses(texts: list[str], progress: bool = True) -> list:
    """The language layer's analysis (tokens, entities, engine) of each text, as an audit computes it
    (mtaudit.detect.nlp.analyse_many over the whole text), cached on disk per text and spaCy model:
    the word-level error model (mtaudit/score/words.py) reads the tokens."""
    import pickle

    from mtaudit.detect.nlp import analyse_many, load_spacy

    _, name = load_spacy()
    d = cache_dir() / ("nlp-" + hashlib.sha256(str(name).encode()).hexdigest()[:12])
    d.mkdir(exist_ok=True)
    paths = [d / (hashlib.sha256(t.encode("utf-8")).hexdigest() + ".pkl") for t in texts]
    out: list = [None] * len(texts)
    todo = []
    for i, p in enumerate(paths):
        if p.exists():
            out[i] = pickle.loads(p.read_bytes())
        else:
            todo.append(i)
    if todo and progress:
        print(f"analysing {len(todo)} of {len(texts)} texts ({name}, cache {d})", file=sys.stderr)
    for k in range(0, len(todo), 64):
        part = todo[k:k + 64]
        for i, res in zip(part, analyse_many([texts[i] for i in part], batch_size=32)):
            out[i] = res
            tmp = Path(str(paths[i]) + f".{os.getpid()}.tmp")
            tmp.write_bytes(pickle.dumps(res, protocol=pickle.HIGHEST_PROTOCOL))
            tmp.replace(paths[i])
        if progress and (k // 64) % 5 == 4:
            print(f"  {k + len(part)}/{len(todo)}", file=sys.stderr)
    return out
