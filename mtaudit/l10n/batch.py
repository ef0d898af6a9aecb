"""The bilingual files of one batch: read once each, and one translation memory across them all
(for the consistency rules: one source translated differently in two files)."""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

from ..read.bilingual import read_bilingual
from ..read.loader import InputError
from .memory import TranslationMemory


class BilingualBatch:
    def __init__(self, files, columns=None, target_column: str = "target", ids=None):
        self.files = [Path(f) for f in files]
        # the run's article id of each file (runner.file_ids: "msgs_po", "msgs_tsv" for two files named msgs)
        self.ids = {Path(f).resolve(): i for f, i in (ids or {}).items()}
        self.keys = {f.resolve() for f in self.files}
        self.source_column = (getattr(columns, "source", None) or "source")
        self.id_column = getattr(columns, "id", None) or "id"
        self.target_column = target_column or "target"
        self.docs: dict = {}
        self.memory: TranslationMemory | None = None

    def has(self, f) -> bool:
        return Path(f).resolve() in self.keys

    def read(self, f):
        key = Path(f).resolve()
        if key not in self.docs:
            try:
                self.docs[key] = doc = read_bilingual(f, self.source_column, self.target_column, self.id_column)
                doc.id = self.ids.get(key, doc.id)
            except InputError as e:
                self.docs[key] = e
        got = self.docs[key]
        if isinstance(got, InputError):
            raise got
        return got

    def article(self, f, id: str | None = None):
        """The file's article, checked against the batch's memory; `id` renames the file (and its units'
        document) when it is read on its own."""
        doc = self.read(f)
        if self.memory is None:  # every file of the batch, read once
            self.memory = TranslationMemory()
            for g in self.files:
                try:
                    self.memory.add_document(self.read(g))
                except InputError:
                    pass  # reported when that file's turn comes
        article = doc.article()
        article.meta["memory"] = self.memory
        if id:
            article.id = doc.id = id
        return article


def digest(article) -> str:
    """What a stored report of a bilingual file depends on beyond its targets: ids, sources, and
    the units of the whole batch (consistency)."""
    doc = article.meta["bilingual"]
    h = hashlib.sha256()
    h.update(json.dumps([u.to_dict() for u in doc.units], ensure_ascii=False, sort_keys=True).encode())
    h.update(json.dumps([doc.source_language, doc.target_language, doc.format]).encode())
    memory = article.meta.get("memory")
    if memory is not None:
        entries = sorted((e.doc, e.unit, e.source, e.target) for es in memory.by_source.values() for e in es)
        h.update(json.dumps(entries, ensure_ascii=False).encode())
    return h.hexdigest()
