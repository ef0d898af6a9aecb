"""A persistent translation cache: SQLite in the user's cache folder, shared by every process.

Key: sha256 of (engine signature, direction, source text); the signature includes the model and the
options that change the output (beam size, max length...). WAL journal and a busy timeout make
concurrent readers and writers (several audits at once) safe; writes are INSERT OR IGNORE, so two
processes translating the same sentence both succeed.

Folder: $MTAUDIT_CACHE_DIR, else $XDG_CACHE_HOME/mtaudit, else ~/.cache/mtaudit
(%LOCALAPPDATA%\\mtaudit\\cache on Windows, ~/Library/Caches/mtaudit on macOS).
MTAUDIT_CACHE_DIR=off (or 0, none) means no cache, as for the other caches (mtaudit.recache).

A cache that cannot be used never stops an audit: a damaged database file (not a database,
truncated) is renamed to translations.sqlite3.corrupt-<time> and a new one is started; a folder that
cannot be written (read-only, full disk, not a folder) switches the cache off for the process. Either
way one warning line says so, and the round trip runs as without a cache.
"""
from __future__ import annotations

import hashlib
import logging
import os
import sqlite3
import sys
import threading
import time
from pathlib import Path

from ..i18n import _
from ..recache import switched_off  # MTAUDIT_CACHE_DIR=off: no cache, the same test for every cache

log = logging.getLogger("mtaudit")

FILE_NAME = "translations.sqlite3"
SCHEMA = """
CREATE TABLE IF NOT EXISTS translations (
    key TEXT PRIMARY KEY,
    signature TEXT NOT NULL,
    direction TEXT NOT NULL,
    source TEXT NOT NULL,
    target TEXT NOT NULL,
    created REAL NOT NULL
)
;
CREATE TABLE IF NOT EXISTS embeddings (
    key TEXT PRIMARY KEY,
    model TEXT NOT NULL,
    vector BLOB NOT NULL
)
"""


def cache_dir(explicit: str | None = None) -> Path:
    if explicit:
        return Path(explicit).expanduser()
    if os.environ.get("MTAUDIT_CACHE_DIR") and not switched_off():
        return Path(os.environ["MTAUDIT_CACHE_DIR"]).expanduser()
    if os.environ.get("XDG_CACHE_HOME"):
        return Path(os.environ["XDG_CACHE_HOME"]).expanduser() / "mtaudit"
    if sys.platform == "win32" and os.environ.get("LOCALAPPDATA"):
        return Path(os.environ["LOCALAPPDATA"]) / "mtaudit" / "cache"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "mtaudit"
    return Path.home() / ".cache" / "mtaudit"


def make_key(signature: str, direction: str, text: str) -> str:
    return hashlib.sha256("\x1f".join((signature, direction, text)).encode("utf-8")).hexdigest()


_shared: dict = {}
_shared_lock = threading.Lock()


class TranslationCache:
    """get_many/put_many over one SQLite file; one connection per process, guarded by a lock.

    Every read and write goes through _use(): an SQLite or OS error there sets a damaged file aside
    (and starts a new one) or switches the cache off, with one warning; reads then find nothing and
    writes do nothing. `disabled` holds why the cache is off (None while it works)."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self._lock = threading.Lock()
        self._conn: sqlite3.Connection | None = None
        self._pid = None
        self.disabled: str | None = None

    @classmethod
    def default(cls, explicit_dir: str | None = None) -> "TranslationCache | None":
        """The shared cache of this process for a folder (one connection, reused across audits);
        None when MTAUDIT_CACHE_DIR switches the caches off and no folder is given."""
        if not explicit_dir and switched_off():
            return None
        path = cache_dir(explicit_dir) / FILE_NAME
        with _shared_lock:
            if path not in _shared:
                _shared[path] = cls(path)
            return _shared[path]

    def _connection(self) -> sqlite3.Connection:
        if self._conn is None or self._pid != os.getpid():  # never share a connection across fork()
            self._conn = None
            self.path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(str(self.path), timeout=30.0, check_same_thread=False, isolation_level=None)
            try:
                conn.execute("PRAGMA busy_timeout = 30000")
                _retry(lambda: conn.execute("PRAGMA journal_mode = WAL"))
                conn.execute("PRAGMA synchronous = NORMAL")
                _retry(lambda: conn.executescript(SCHEMA))
            except BaseException:
                conn.close()
                raise
            self._conn, self._pid = conn, os.getpid()
        return self._conn

    def _use(self, work, default):
        """work(connection) under the lock; on an SQLite or OS error: default, after setting a damaged
        file aside (then work is tried once on the new file) or switching the cache off."""
        with self._lock:
            for attempt in (0, 1):
                if self.disabled is not None:
                    return default
                try:
                    return work(self._connection())
                except (sqlite3.Error, OSError) as e:
                    problem = _problem(e)
                    log.debug("translation cache %s: %s", self.path, problem, exc_info=True)
                    self._drop()
                    if attempt == 0 and _damaged(e):
                        moved = self._set_aside()
                        if moved is not None:
                            log.warning(_("translation cache {path} is damaged ({problem}): moved to {moved}; "
                                          "a new one is started").format(path=self.path, problem=problem,
                                                                          moved=moved.name))
                            continue
                    self.disabled = problem
                    log.warning(_("translation cache {path} cannot be used ({problem}): switched off for this "
                                  "run; the round trip runs without it").format(path=self.path, problem=problem))
                    return default
            return default

    def _drop(self) -> None:
        """Forget the connection (closed when this process opened it)."""
        if self._conn is not None and self._pid == os.getpid():
            try:
                self._conn.close()
            except sqlite3.Error:
                pass
        self._conn = None

    def _set_aside(self) -> Path | None:
        """Rename the damaged database (and its -wal/-shm files) to *.corrupt-<time>; None if that fails."""
        stamp = time.strftime("%Y%m%d-%H%M%S")
        target = self.path.with_name(f"{self.path.name}.corrupt-{stamp}")
        k = 1
        while target.exists():
            k += 1
            target = self.path.with_name(f"{self.path.name}.corrupt-{stamp}-{k}")
        try:
            os.replace(self.path, target)
        except OSError:
            return None
        for extra in ("-wal", "-shm"):
            side = self.path.with_name(self.path.name + extra)
            try:
                if side.exists():
                    os.replace(side, target.with_name(target.name + extra))
            except OSError:
                pass
        return target

    def get_many(self, signature: str, direction: str, texts: list[str]) -> dict[str, str]:
        """{text: translation} for the texts already cached."""
        keys = {make_key(signature, direction, t): t for t in dict.fromkeys(texts)}

        def read(conn):
            found: dict[str, str] = {}
            items = list(keys)
            for k in range(0, len(items), 500):
                chunk = items[k:k + 500]
                rows = conn.execute(f"SELECT key, target FROM translations WHERE key IN ({','.join('?' * len(chunk))})",
                                    chunk).fetchall()
                for key, target in rows:
                    found[keys[key]] = target
            return found

        return self._use(read, {})

    def put_many(self, signature: str, direction: str, pairs: dict[str, str]) -> None:
        if not pairs:
            return
        now = time.time()
        rows = [(make_key(signature, direction, s), signature, direction, s, t, now) for s, t in pairs.items()]
        self._insert("INSERT OR IGNORE INTO translations VALUES (?, ?, ?, ?, ?, ?)", rows)

    def get_vectors(self, model: str, texts: list[str]) -> dict:
        """{text: float32 vector} for sentence embeddings already computed by `model`."""
        import numpy as np

        keys = {make_key(model, "embed", t): t for t in dict.fromkeys(texts)}

        def read(conn):
            found = {}
            items = list(keys)
            for k in range(0, len(items), 500):
                chunk = items[k:k + 500]
                for key, blob in conn.execute(
                        f"SELECT key, vector FROM embeddings WHERE key IN ({','.join('?' * len(chunk))})", chunk):
                    if isinstance(blob, bytes) and blob and len(blob) % 4 == 0:  # a damaged row reads as none
                        found[keys[key]] = np.frombuffer(blob, dtype=np.float32)
            return found

        return self._use(read, {})

    def put_vectors(self, model: str, vectors: dict) -> None:
        import numpy as np

        rows = [(make_key(model, "embed", t), model, np.asarray(v, dtype=np.float32).tobytes())
                for t, v in vectors.items()]
        if not rows:
            return
        self._insert("INSERT OR IGNORE INTO embeddings VALUES (?, ?, ?)", rows)

    def _insert(self, sql: str, rows: list) -> None:
        """Insert rows in one immediate transaction, retried while another process holds the lock."""

        def work(conn):
            def write():
                conn.execute("BEGIN IMMEDIATE")
                try:
                    conn.executemany(sql, rows)
                    conn.execute("COMMIT")
                except BaseException:
                    if conn.in_transaction:
                        conn.execute("ROLLBACK")
                    raise

            _retry(write)

        self._use(work, None)

    def count(self) -> int:
        return self._use(lambda conn: conn.execute("SELECT COUNT(*) FROM translations").fetchone()[0], 0)

    def clear(self) -> int:
        def work(conn):
            n = conn.execute("DELETE FROM translations").rowcount
            conn.execute("DELETE FROM embeddings")
            return n

        return self._use(work, 0)

    def close(self) -> None:
        with self._lock:
            self._drop()


def _damaged(e: BaseException) -> bool:
    """An SQLite error that says the file itself is damaged (not a database, malformed), not that the
    folder cannot be written."""
    if not isinstance(e, sqlite3.DatabaseError):
        return False
    name = getattr(e, "sqlite_errorname", "") or ""
    text = str(e).lower()
    return name in ("SQLITE_CORRUPT", "SQLITE_NOTADB") or "not a database" in text or "malformed" in text


def _problem(e: BaseException) -> str:
    """One line saying what went wrong: "OperationalError: attempt to write a readonly database"."""
    text = " ".join(str(e).split()) or type(e).__name__
    return f"{type(e).__name__}: {text}"[:300]


def _retry(fn, attempts: int = 20):
    """SQLite can still report 'database is locked' past the busy timeout under heavy contention."""
    for i in range(attempts):
        try:
            return fn()
        except sqlite3.OperationalError as e:
            if "locked" not in str(e) and "busy" not in str(e) or i == attempts - 1:
                raise
            time.sleep(0.05 * (i + 1))


class CachedTranslator:
    """A backend behind the cache: only texts never seen before reach the engine, in one batch."""

    def __init__(self, backend, cache: TranslationCache | None):
        self.backend = backend
        self.cache = cache
        self.hits = 0
        self.misses = 0

    def translate(self, texts: list[str], direction: str) -> list[str]:
        texts = [" ".join(t.split()) for t in texts]
        signature = self.backend.signature(direction)
        known = self.cache.get_many(signature, direction, texts) if self.cache else {}
        todo = [t for t in dict.fromkeys(texts) if t not in known and t]
        self.hits += sum(1 for t in texts if t in known)
        self.misses += len(todo)
        if todo:
            new = dict(zip(todo, self.backend.translate(todo, direction)))
            if self.cache:  # an empty translation of a text is not kept: the next run asks again
                self.cache.put_many(signature, direction, {s: t for s, t in new.items() if t.strip()})
            known.update(new)
        return [known.get(t, "") for t in texts]
