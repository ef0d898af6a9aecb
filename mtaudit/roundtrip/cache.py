"""A persistent translation cache: SQLite in the user's cache folder, shared by every process.

Key: sha256 of (engine signature, direction, source text); the signature includes the model and the
options that change the output (beam size, max length...). WAL journal and a busy timeout make
concurrent readers and writers (several audits at once) safe; writes are INSERT OR IGNORE, so two
processes translating the same sentence both succeed.

Folder: $MTAUDIT_CACHE_DIR, else $XDG_CACHE_HOME/mtaudit, else ~/.cache/mtaudit
(%LOCALAPPDATA%\\mtaudit\\cache on Windows, ~/Library/Caches/mtaudit on macOS).
"""
from __future__ import annotations

import hashlib
import os
import sqlite3
import sys
import threading
import time
from pathlib import Path

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
    if os.environ.get("MTAUDIT_CACHE_DIR"):
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
    """get_many/put_many over one SQLite file; one connection per process, guarded by a lock."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self._lock = threading.Lock()
        self._conn: sqlite3.Connection | None = None
        self._pid = None

    @classmethod
    def default(cls, explicit_dir: str | None = None) -> "TranslationCache":
        """The shared cache of this process for a folder (one connection, reused across audits)."""
        path = cache_dir(explicit_dir) / FILE_NAME
        with _shared_lock:
            if path not in _shared:
                _shared[path] = cls(path)
            return _shared[path]

    def _connection(self) -> sqlite3.Connection:
        if self._conn is None or self._pid != os.getpid():  # never share a connection across fork()
            self.path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(str(self.path), timeout=30.0, check_same_thread=False, isolation_level=None)
            conn.execute("PRAGMA busy_timeout = 30000")
            _retry(lambda: conn.execute("PRAGMA journal_mode = WAL"))
            conn.execute("PRAGMA synchronous = NORMAL")
            _retry(lambda: conn.executescript(SCHEMA))
            self._conn, self._pid = conn, os.getpid()
        return self._conn

    def get_many(self, signature: str, direction: str, texts: list[str]) -> dict[str, str]:
        """{text: translation} for the texts already cached."""
        keys = {make_key(signature, direction, t): t for t in dict.fromkeys(texts)}
        found: dict[str, str] = {}
        with self._lock:
            conn = self._connection()
            items = list(keys)
            for k in range(0, len(items), 500):
                chunk = items[k:k + 500]
                rows = conn.execute(f"SELECT key, target FROM translations WHERE key IN ({','.join('?' * len(chunk))})",
                                    chunk).fetchall()
                for key, target in rows:
                    found[keys[key]] = target
        return found

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
        found = {}
        with self._lock:
            conn = self._connection()
            items = list(keys)
            for k in range(0, len(items), 500):
                chunk = items[k:k + 500]
                for key, blob in conn.execute(
                        f"SELECT key, vector FROM embeddings WHERE key IN ({','.join('?' * len(chunk))})", chunk):
                    found[keys[key]] = np.frombuffer(blob, dtype=np.float32)
        return found

    def put_vectors(self, model: str, vectors: dict) -> None:
        import numpy as np

        rows = [(make_key(model, "embed", t), model, np.asarray(v, dtype=np.float32).tobytes())
                for t, v in vectors.items()]
        if not rows:
            return
        self._insert("INSERT OR IGNORE INTO embeddings VALUES (?, ?, ?)", rows)

    def _insert(self, sql: str, rows: list) -> None:
        """Insert rows in one immediate transaction, retried while another process holds the lock."""
        with self._lock:
            conn = self._connection()

            def write():
                conn.execute("BEGIN IMMEDIATE")
                try:
                    conn.executemany(sql, rows)
                    conn.execute("COMMIT")
                except BaseException:
                    conn.execute("ROLLBACK")
                    raise

            _retry(write)

    def count(self) -> int:
        with self._lock:
            return self._connection().execute("SELECT COUNT(*) FROM translations").fetchone()[0]

    def clear(self) -> int:
        with self._lock:
            conn = self._connection()
            n = conn.execute("DELETE FROM translations").rowcount
            conn.execute("DELETE FROM embeddings")
        return n

    def close(self) -> None:
        with self._lock:
            if self._conn is not None and self._pid == os.getpid():
                self._conn.close()
            self._conn = None


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
            if self.cache:
                self.cache.put_many(signature, direction, new)
            known.update(new)
        return [known.get(t, "") for t in texts]
