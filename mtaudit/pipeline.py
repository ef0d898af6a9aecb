"""The audit pipeline: read -> detect -> round-trip -> score -> report (a JSON-ready dict)."""
from __future__ import annotations

import re
import threading
from typing import TYPE_CHECKING

from . import __version__
from .config import Config
from .detect.context import Context
from .detect.engine import merge, run_rules
from .detect.registry import enabled_rules
from .detect.suppress import apply as suppress
from .i18n import _, current, using
from .detect.resources import Resources, data_stamp
from .read.article import Article
from .read.dates import article_date
from .read.fold import fold, fold_article, folded_article, off_code, unfold_report, unfold_source
from .score import score_report

if TYPE_CHECKING:
    from .report.types import Report

SCHEMA = "mtaudit.report/1"
LATER_STAGES = ("roundtrip", "bilingual")  # per-article stages after detect; "batch" rules run in runner.py

_resources_lock = threading.Lock()
_resources: dict = {}


def resources_for(config: Config) -> Resources:
    """One Resources (and its derived indexes) per distinct set of data files, shared across audits;
    a fresh one once one of those files is edited (a stat of each per call: the worker and the
    service live long, and must answer as a fresh process would)."""
    stamp = data_stamp(config.data_files)
    key = tuple((name, tuple(f[0] for f in files)) for name, files in stamp)  # the files, by absolute path
    with _resources_lock:
        got = _resources.get(key)
        if got is None or got.stamp != stamp:
            got = _resources[key] = Resources(config.data_files, stamp)
        return got


class Auditor:
    """Holds configuration, rules and loaded resources; audit() is safe to call repeatedly."""

    def __init__(self, config: Config | None = None, rules=None, concurrent: bool = False,
                 reuse: bool = False, helper=None):
        """concurrent: run the rules' prefetch work (Grammalecte) in a thread while spaCy analyses
        the article: lower latency for one article when a core is free (the service), no gain
        in batches, where every core is busy. reuse: remember spaCy's analysis per paragraph
        (detect/nlp.py), for drafts that come back edited. helper: a started
        lang/helper.EngineHelper (the service's): with concurrent, the prefetch work goes to that
        process rather than a thread while it is ready. The report is the same either way."""
        self.config = config or Config()
        self.concurrent = concurrent
        self.reuse = reuse
        self.helper = helper
        self.rules = rules if rules is not None else enabled_rules(self.config, stage="detect")
        self.later_rules = [r for r in enabled_rules(self.config, stage=None) if r.stage in LATER_STAGES] \
            if rules is None else []
        self.resources = resources_for(self.config)

    def audit_many(self, articles: list[Article], batch_size: int = 32):
        """Reports for several articles, the same as audit() one by one; the spaCy analysis runs in
        batches (nlp.pipe). Yields reports in order."""
        for i in range(0, len(articles), batch_size):
            chunk = articles[i:i + batch_size]
            for article, analysis in zip(chunk, pre_analyse(chunk)):
                yield self.audit(article, analysis=analysis)

    def audit(self, article: Article, analysis=None) -> Report:
        """The report of one article (its English source, when known, is article.source); its
        messages are in config.lang (None: the language already chosen, else the environment's)."""
        with using(self.config.lang):
            got = fold_article(article)
            if got is None:
                report = self._audit(article, analysis)
            else:  # decomposed accents, soft hyphens, lone CRs, code: audit the folded text, map offsets back
                folded, code = got
                report = unfold_report(self._audit(folded_article(article, folded), code=code, plain=folded.plain),
                                       folded, article.text)
            if "lang" in report:
                return report
            out = {}  # "lang" (the language of `message`) right after "tool"
            for k, v in report.items():
                out[k] = v
                if k == "tool":
                    out["lang"] = current()
            return out

    def _audit(self, article: Article, analysis=None, code=(), plain: str | None = None) -> dict:
        """code: spans of the (folded) text that are code or notes (suppression directives, a Markdown
        file's comments), blanked in article.text; findings on them are dropped before the score, so
        the score, the counts and every output agree with the findings listed. plain: the text
        before that blanking (same offsets), where the suppression directives are read."""
        self.resources = resources_for(self.config)  # the user's data files as they are now
        if article.meta.get("bilingual") is not None:  # XLIFF, TMX, PO, CSV/TSV: one segment per unit
            from .l10n.audit import audit_bilingual

            return audit_bilingual(self, article.meta["bilingual"], article.meta.get("memory"))
        ctx = Context(article, self.config, self.resources)
        if self.reuse:
            ctx.extras["reuse"] = True
        if analysis is not None:
            ctx.extras["analysis"] = analysis
        ahead = None
        if self.concurrent and analysis is None:
            ahead = self._remote(ctx) if self.helper is not None else None
            ahead = ahead or self._prefetch(ctx)
        if ahead is not None:
            try:
                if isinstance(ahead, _Joined):
                    ahead.before_tokens()  # this process's share of the paragraphs, then the helper's
                _ = ctx.tokens  # spaCy, while the thread runs the prefetch work
            except Exception:  # not kept: the rules meet the error on their own path, as without a thread
                pass
            ahead.join()
        findings, failures = run_rules(ctx, self.rules)
        roundtrip = None
        engine = self.config.roundtrip.get("engine", "none")
        # a source written another way (decomposed accents, soft hyphens, lone CRs) is compared folded
        source_fold = fold(article.source) if article.source else None
        source, source_note = english_source(source_fold.text if source_fold else article.source)
        if engine != "none" or source:
            from .roundtrip import run_roundtrip  # optional heavy stack, imported only when asked

            roundtrip = run_roundtrip(article, self.config, source_text=source)
            ctx.extras["roundtrip"] = roundtrip
            ctx.extras["source"] = source  # the source as compared (folded), which pairs' offsets index
            more, failed = run_rules(ctx, self.later_rules)
            findings = merge(findings + more)
            failures += failed
        # <!-- mtaudit-disable --> comments; notes on those with unknown names or that suppressed nothing
        unblanked = plain if plain is not None else article.text
        findings, suppressed, notes = suppress(unblanked, findings, self.config)
        findings = off_code(findings, code, unblanked)
        report = build_report(article, ctx, findings, failures, roundtrip, self.config, source)
        if source_fold is not None and source:
            unfold_source(report, source_fold, article.source)
        if source_note:
            report["notes"] = report.get("notes", []) + [source_note]
        if suppressed:
            report["suppressed"] = suppressed
        if notes:
            if article.html is not None:  # offsets and line in the HTML file, as the findings' lines
                from .read.article import line_col, line_starts

                starts = line_starts(article.html.html)
                for n in notes:
                    n["html_start"], n["html_end"] = article.html.html_span(n["start"], n["end"])
                    n["line"] = line_col(starts, n["html_start"])[0]
            report["notes"] = report.get("notes", []) + notes
        return report

    def _distinct(self, ctx: Context, method: str) -> list:
        """The rules that run on this text's style and have `method`, one rule per distinct
        implementation (rules sharing an analysis share its prefetch work)."""
        out, seen = [], set()
        style = ctx.style
        for rule in self.rules:
            fn = getattr(type(rule), method, None)
            if fn is None or fn in seen or (rule.styles and style not in rule.styles):
                continue
            seen.add(fn)
            out.append(rule)
        return out

    def _remote(self, ctx: Context):
        """The rules' remote_jobs(ctx) and langdetect sent to the engine helper process; an object
        whose join() waits for the answers and installs them. None when the helper is not ready or
        busy (then the thread does the work)."""
        from .lang.helper import Job

        jobs = []
        for rule in self._distinct(ctx, "remote_jobs"):
            try:
                jobs.extend(rule.remote_jobs(ctx))
            except Exception:  # the rule meets the error on its own path
                pass
        if "language" not in ctx.__dict__:  # what ctx.language (a cached_property) would keep
            jobs.append(Job("language", (ctx.text,), lambda v: ctx.__dict__.setdefault("language", v)))
        mine = theirs = []
        if self.reuse and getattr(self.helper, "spacy", False) and "analysis" not in ctx.extras:
            from .detect import nlp

            if nlp.load_spacy()[0] is not None:  # without spaCy there is nothing to share
                mine, theirs = split_paragraphs(nlp.unremembered(ctx.text))
            if theirs:  # first, so that its answer comes before Grammalecte's
                jobs.insert(0, Job("spacy.paragraphs", (theirs,),
                                   lambda v, parts=theirs: nlp.remember(v[0], parts, v[1])))
        pending = self.helper.submit(jobs, chars=len(ctx.text))
        return _Joined(pending, mine if theirs else []) if pending is not None else None

    def _prefetch(self, ctx: Context):
        """A started thread running each distinct rule prefetch(ctx) (None when no rule has one).
        Errors there are ignored: the rule meets them again on its own path."""
        jobs = [rule.prefetch for rule in self._distinct(ctx, "prefetch")]
        if not jobs:
            return None

        def run():
            for job in jobs:
                try:
                    job(ctx)
                except Exception:
                    pass
            if "language" not in ctx.__dict__:  # langdetect, pure Python: beside spaCy's released-GIL parts
                try:
                    from .detect.language import detect_language

                    ctx.__dict__["language"] = detect_language(ctx.text)  # what ctx.language would keep
                except Exception:
                    pass
        thread = threading.Thread(target=run, name="mtaudit-prefetch", daemon=True)
        thread.start()
        return thread


# the share of an article's new paragraphs (in characters) that the engine helper analyses with spaCy: it
# also parses every line with Grammalecte, which takes about half as long as spaCy on the same text
HELPER_SHARE = 0.25


def split_paragraphs(parts: list[str], share: float | None = None) -> tuple[list, list]:
    """(this process's paragraphs, the helper's): the helper takes the last ones, at most `share` (by
    default HELPER_SHARE) of the characters, and this process keeps at least one."""
    share = HELPER_SHARE if share is None else share
    total = sum(map(len, parts))
    k, theirs = len(parts), 0
    while k > 1 and theirs + len(parts[k - 1]) <= share * total:
        k -= 1
        theirs += len(parts[k])
    return parts[:k], parts[k:]


class _Joined:
    """A helper's pending answer, joined like the prefetch thread."""

    def __init__(self, pending, mine=()):
        self.pending = pending
        self.mine = list(mine)  # paragraphs this process analyses while the helper does the others

    def before_tokens(self):
        """With a spaCy share sent to the helper: analyse this process's paragraphs, then wait for the
        helper's (remembered when they come; analysed here by the context when they do not)."""
        if not self.mine:
            return
        from .detect import nlp

        nlp.remember_paragraphs(self.mine)
        self.pending.collect_early(0)

    def join(self):
        self.pending.collect()


BATCH_MAX_CHARS = 100_000  # longer articles are analysed on their own (and in pieces where needed)


def pre_analyse(articles: list[Article]) -> list:
    """The spaCy analysis of several articles in one nlp.pipe batch (None for an article that is
    analysed later on its own: bilingual units, very long texts, or all of them if the batch fails)."""
    from .detect.nlp import analyse_many

    picked = [i for i, a in enumerate(articles)
              if a.meta.get("bilingual") is None and len(a.text) <= BATCH_MAX_CHARS]
    out: list = [None] * len(articles)
    if len(picked) < 2:
        return out
    try:
        done = analyse_many([articles[i].text for i in picked], batch_size=len(picked))
    except Exception:  # let each article meet its own error inside its rules, as without batching
        return out
    for i, analysis in zip(picked, done):
        out[i] = analysis
    return out


SOURCE_MIN_WORDS = 8  # lower-case words (names and German nouns aside) before a source's language is judged
# English words that French, German, Spanish and Italian prose does not use ("on", "in", "an", "or" do
# double duty there); at least SOURCE_ENGLISH_SHARE of a source's lower-case words keeps it English
SOURCE_ENGLISH_WORDS = frozenset(
    "the of and to is was were are that with for by from this be been has have had it its which will would "
    "their they he she his her not but who what when there".split())
SOURCE_ENGLISH_SHARE = 0.08


def english_source(source: str | None) -> tuple[str | None, dict | None]:
    """(the source to compare with, a note): a source that is clearly in another language (langdetect
    ≥ 0.95 on at least SOURCE_MIN_WORDS lower-case words, and few of English's own function words) is
    not compared, since the comparison reads English; none of WMT20's 1,448 English sources is set aside."""
    words = re.findall(r"\b[^\W\d_A-Z][^\W\d_]*", source or "")
    if len(words) < SOURCE_MIN_WORDS:
        return source, None
    if sum(w in SOURCE_ENGLISH_WORDS for w in words) >= SOURCE_ENGLISH_SHARE * len(words):
        return source, None  # English that names French things ("the café served crème brûlée")
    from .detect.language import detect_language

    found = detect_language(source)
    if found["code"] in ("en", "und") or found["confidence"] < 0.95:
        return source, None
    from .lang.foreign import language_name

    name = language_name(found["code"], current()) or found["code"]
    return None, {"kind": "source-language", "message": _(
        "The source given is in {language}, not English: audited without the comparison with it.").format(language=name)}


def build_report(article: Article, ctx: Context, findings, failures, roundtrip, config: Config,
                 source_text: str | None = None) -> Report:
    report: Report = {
        "schema": SCHEMA,
        "tool": {"name": "mtaudit", "version": __version__},
        "article": {
            "id": article.id,
            "path": article.path,
            "chars": len(article.text),
            "words": article.words,
            "language": {k: ctx.language[k] for k in ("code", "confidence")},
        },
        "score": None,
        "findings": [f.to_dict() for f in findings],
        "roundtrip": roundtrip,
    }
    if article.html is not None:  # HTML input: offsets into the HTML too
        report["article"]["format"] = "html"
        for f in report["findings"]:
            f["html_start"], f["html_end"] = article.html.html_span(f["start"], f["end"])
    dated = article_date(article, config, ctx.extras)
    if dated:
        report["article"]["date"] = {"value": dated[0], "source": dated[1]}
    doc = article.meta.get("bilingual")  # a bilingual file's findings count in their unit's target
    unit_starts = {u.id: at for u, at in zip(doc.units, article.meta["unit_offsets"])} if doc is not None else None
    score_report(report, article.text, config, source_text, tokens=_word_tokens(ctx),
                 remember=bool(ctx.extras.get("reuse")), unit_starts=unit_starts)
    report["engines"] = dict(sorted(ctx.engines.items()))
    if article.meta.get("notes"):  # what the reader should know about how it was audited
        report["notes"] = [dict(n) for n in article.meta["notes"]]
    if failures:
        report["failures"] = [{"rule": f["rule"], "error": f["error"]} for f in failures]
    return report


def rescore_report(report: dict, article: Article, config: Config) -> dict:
    """The score of `report` (the article's, some findings removed: a baseline) with the model the audit
    used: the word-level error model reads the kept findings on the text the audit scored (folded as the
    audit folds it; spaCy runs again, as the findings it reads changed). A bilingual file's are placed
    on its units' joined targets, where the audit scored them."""
    from .score import rescore

    if "word_errors" not in (report.get("score") or {}).get("features", {}):
        return rescore(report, config)
    findings = report["findings"]
    if article.meta.get("bilingual") is not None:
        from .l10n.audit import place_on_joined

        article, findings = place_on_joined(article.meta["bilingual"], findings)
        with using(config.lang):
            tokens = _word_tokens(Context(article, config, resources_for(config)))
        return rescore(report, config, article.text, tokens, findings)
    got = fold_article(article)
    if got is not None:  # offsets into the input -> into the folded text the audit scored
        folded = got[0]
        article = folded_article(article, folded)
        placed = []
        for f in findings:
            s, e = folded.within(f["start"], f["end"])
            placed.append({**f, "start": s, "end": e})
        findings = placed
    with using(config.lang):
        tokens = _word_tokens(Context(article, config, resources_for(config)))
    return rescore(report, config, article.text, tokens, findings)


def _word_tokens(ctx: Context):
    """The article's spaCy tokens for the word-level error model: the rules' analysis (computed here when
    no selected rule needed it). None when the analysis fails or falls back to regex tokens, which carry
    no part of speech: the model's features then count as neutral (its training mean)."""
    try:
        tokens = ctx.tokens
    except Exception:  # the rules that needed the analysis already reported the failure
        return None
    return tokens if str(ctx.engines.get("nlp", "")).startswith("spacy") else None


def audit_text(text: str, config: Config | None = None, id: str = "stdin", source: str | None = None) -> dict:
    return Auditor(config).audit(Article.from_text(text, id=id, source=source))
