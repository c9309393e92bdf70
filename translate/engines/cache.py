"""Translation cache: the same masked sentence under the same settings is translated once.

Re-running a batch, or a second article that repeats sentences, then costs no model time.
The key holds everything that changes the output: engine, model, decoding settings (beam,
n-best, quantization), glossary signature, source and target language and the masked source
sentence (placeholders already in, so numbers and codes do not fragment the cache). Stored in
SQLite (one file, safe for several processes, rebuilt from nothing if deleted).
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from translate.engines.base import Candidate, Engine, ProgressCallback
from translate.fileio import database_errors, ensure_dir, regular_file

CACHE_DIR = ".translate-cache"
CACHE_FILE = "cache.sqlite"
CACHE_HINT = ("it is only a cache: delete it (it is rebuilt on the next run) or run with "
              "--no-cache")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS translations (
    key TEXT PRIMARY KEY,
    engine TEXT NOT NULL,
    model TEXT NOT NULL,
    source_lang TEXT NOT NULL,
    target_lang TEXT NOT NULL,
    source TEXT NOT NULL,
    candidates TEXT NOT NULL,
    created REAL NOT NULL DEFAULT (julianday('now'))
)
"""


def default_cache_path(workdir: str | os.PathLike = ".") -> Path:
    """`<workdir>/.translate-cache/cache.sqlite` (the folder is gitignored)."""
    return Path(workdir) / CACHE_DIR / CACHE_FILE


def settings_signature(settings: Mapping[str, object]) -> str:
    """A stable text form of decoding settings (sorted JSON)."""
    return json.dumps(dict(settings), sort_keys=True, ensure_ascii=False, default=str)


@dataclass(frozen=True)
class CacheKey:
    engine: str
    model: str
    settings: str  # settings_signature(...), including n_best and the glossary signature
    source_lang: str
    target_lang: str
    text: str  # the masked source sentence

    def digest(self) -> str:
        raw = "\x1f".join(
            (self.engine, self.model, self.settings, self.source_lang, self.target_lang, self.text)
        )
        return hashlib.sha256(raw.encode("utf-8")).hexdigest()


class TranslationCache:
    """SQLite-backed map CacheKey -> list[Candidate]."""

    def __init__(self, connection: sqlite3.Connection, path: Path | None = None) -> None:
        self.conn = connection
        self.path = path

    @classmethod
    def open(cls, path: str | os.PathLike) -> TranslationCache:
        """Open (or start) the cache; a corrupt, unreadable or odd file is one clear error."""
        path = Path(path)
        ensure_dir(path.parent)
        if path.exists() or path.is_symlink():
            regular_file(path, "translation cache")
        with database_errors(path, "the translation cache", CACHE_HINT):
            conn = sqlite3.connect(str(path), timeout=30.0)
            try:
                conn.execute("PRAGMA journal_mode=WAL")
                conn.execute("PRAGMA synchronous=NORMAL")
                conn.execute(_SCHEMA)
                conn.commit()
            except BaseException:
                conn.close()
                raise
        return cls(conn, path)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> TranslationCache:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def __len__(self) -> int:
        return self.conn.execute("SELECT COUNT(*) FROM translations").fetchone()[0]

    def get_many(self, keys: Iterable[CacheKey]) -> dict[CacheKey, list[Candidate]]:
        """The cached candidates of those keys that are present (misses are left out)."""
        by_digest = {k.digest(): k for k in keys}
        found: dict[CacheKey, list[Candidate]] = {}
        digests = list(by_digest)
        with self._errors():
            for start in range(0, len(digests), 500):  # stay under SQLite's variable limit
                chunk = digests[start : start + 500]
                marks = ",".join("?" * len(chunk))
                rows = self.conn.execute(
                    f"SELECT key, candidates FROM translations WHERE key IN ({marks})", chunk
                )
                for digest, payload in rows:
                    found[by_digest[digest]] = [Candidate(t, s) for t, s in json.loads(payload)]
        return found

    def _errors(self):
        return database_errors(self.path or "<memory>", "the translation cache", CACHE_HINT)

    def put_many(self, items: Iterable[tuple[CacheKey, Sequence[Candidate]]]) -> None:
        rows = [
            (
                key.digest(),
                key.engine,
                key.model,
                key.source_lang,
                key.target_lang,
                key.text,
                json.dumps([[c.text, c.score] for c in cands], ensure_ascii=False),
            )
            for key, cands in items
        ]
        with self._errors(), self.conn:
            self.conn.executemany(
                "INSERT OR REPLACE INTO translations"
                " (key, engine, model, source_lang, target_lang, source, candidates)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                rows,
            )


@dataclass
class CacheStats:
    hits: int = 0
    misses: int = 0
    model_calls: int = 0  # calls of the wrapped engine's translate()


@dataclass
class CachedEngine:
    """Wraps any engine: cached sentences skip the model, new ones are stored after it runs.

    `settings` holds what the wrapped engine's output depends on beyond its name and model
    (beam size, quantization, glossary signature...); n_best is added per call. When left
    out, the engine's own `settings` attribute is used if it has one.
    """

    inner: Engine
    cache: TranslationCache
    settings: Mapping[str, object] | None = None
    stats: CacheStats = field(default_factory=CacheStats)

    def __post_init__(self) -> None:
        self.name = self.inner.name
        self.model_id = self.inner.model_id
        if self.settings is None:
            self.settings = dict(getattr(self.inner, "settings", {}) or {})

    def __getattr__(self, attr: str):  # describe(), beam_size, ... of the wrapped engine
        if attr == "inner":
            raise AttributeError(attr)
        return getattr(self.inner, attr)

    def keys(self, sentences: Sequence[str], source: str, target: str, n_best: int):
        sig = settings_signature({**(self.settings or {}), "n_best": n_best})
        return [CacheKey(self.name, self.model_id, sig, source, target, text) for text in sentences]

    def translate(
        self,
        sentences: Sequence[str],
        source: str,
        target: str,
        n_best: int = 1,
        progress: ProgressCallback | None = None,
    ) -> list[list[Candidate]]:
        keys = self.keys(sentences, source, target, n_best)
        found = self.cache.get_many(keys)
        missing = list(dict.fromkeys(k for k in keys if k not in found))  # distinct, in order
        self.stats.hits += sum(1 for k in keys if k in found)
        self.stats.misses += len(missing)
        if progress is not None and len(keys) > len(missing):
            progress(len(keys) - len(missing))  # cached and repeated sentences are done now
        if missing:
            self.stats.model_calls += 1
            texts = [k.text for k in missing]
            stream = getattr(self.inner, "translate_stream", None)
            if stream is None:
                fresh = self.inner.translate(texts, source, target, n_best=n_best,
                                             progress=progress)
                chunks = [(list(range(len(missing))), fresh)]
            else:  # stored batch by batch: a run killed half-way keeps what it finished
                chunks = stream(texts, source, target, n_best)
            for indices, candidates in chunks:
                new = {missing[i]: c for i, c in zip(indices, candidates, strict=True)}
                self.cache.put_many(new.items())
                found.update(new)
                if stream is not None and progress is not None:
                    progress(len(indices))
        return [list(found[k]) for k in keys]
