"""Translation memory: approved sentence pairs, reused before the model is asked.

The text form is a TMX 1.4b file (default `corpus/memory.tmx`): diffable, reviewable in a pull
request, importable into OmegaT and Trados. Lookups are served by a SQLite index next to it
(`corpus/.memory.sqlite`), which is only a cache: it is rebuilt from the TMX whenever it is
missing, was left half-written, or no longer matches the TMX (size, mtime, then SHA-256).

Exact lookups compare the normalised source (`translate.text.normalize.match_key`: NFC, one tone
placement, look-alike letters, whitespace collapsed; case kept). Fuzzy lookups score with
rapidfuzz's `ratio` on the case-folded key, like translate-toolkit's 75 % default, over a few
hundred candidates preselected in SQLite: same target language, a length band that cannot
reach the threshold otherwise, and the most shared word bigrams among the query's rarest ones.

Writers (`translate learn`, `memory import`) should hold `translate.lock.locked(tmx_path)`
across open → add → save; readers rebuilding a stale index take the same lock, so a reader never
rebuilds from a TMX that a writer is about to replace.
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from translate.errors import InputError
from translate.fileio import install, new_temp
from translate.languages import base_language
from translate.lock import locked
from translate.memory.tmx import Unit, read_tmx, write_tmx
from translate.text.normalize import fuzzy_sentence_key, sentence_key

DEFAULT_TMX = Path("corpus/memory.tmx")
DEFAULT_THRESHOLD = 75
SCHEMA = "3"  # bump when keys or grams change: old indexes are then rebuilt
_WORDS = re.compile(r"\w+")
_RARE_GRAMS = 12  # query grams used to preselect candidates
_CANDIDATES = 300  # candidates scored with rapidfuzz


@dataclass(frozen=True)
class Match:
    """A memory hit. `score` is 0-100 (100: same normalised source)."""

    source: str
    target: str
    target_lang: str
    score: int
    origin: str = ""


def _grams(fkey: str, lang: str) -> list[int]:
    """Word bigrams (or the single word) of a fuzzy key in one target language, hashed."""
    words = _WORDS.findall(fkey)
    if len(words) < 2:
        items = words
    else:
        items = [f"{a} {b}" for a, b in zip(words, words[1:], strict=False)]
    return sorted({zlib.crc32(f"{lang}\x00{item}".encode()) for item in items})


def _length_band(length: int, threshold: float) -> tuple[int, int]:
    """Lengths whose rapidfuzz ratio with a string of `length` can still reach `threshold`."""
    t = max(min(threshold, 100.0), 1.0)
    low = int(length * t / (200 - t))
    high = int(length * (200 - t) / t) + 1
    return low, high


def _now() -> str:
    return datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")


def _file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def index_path_for(tmx_path: str | Path) -> Path:
    """Where the SQLite index of a TMX file lives: `.{stem}.sqlite` beside it."""
    tmx_path = Path(tmx_path)
    return tmx_path.with_name(f".{tmx_path.stem}.sqlite")


_DDL = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS units (
    id INTEGER PRIMARY KEY,
    lang TEXT NOT NULL,
    key TEXT NOT NULL,
    fkey TEXT NOT NULL,
    length INTEGER NOT NULL,
    source TEXT NOT NULL,
    target TEXT NOT NULL,
    source_lang TEXT NOT NULL,
    origin TEXT NOT NULL,
    created TEXT NOT NULL,
    changed TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS grams (
    gram INTEGER NOT NULL, length INTEGER NOT NULL, unit INTEGER NOT NULL,
    PRIMARY KEY (gram, length, unit)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS df (gram INTEGER PRIMARY KEY, n INTEGER NOT NULL);
"""
_INDEXES = """
CREATE UNIQUE INDEX IF NOT EXISTS units_key ON units(lang, key);
"""


class TranslationMemory:
    """A TMX file plus its SQLite index. Open with `TranslationMemory.open(path)`."""

    def __init__(self, tmx_path: Path, conn: sqlite3.Connection) -> None:
        self.tmx_path = tmx_path
        self.index_path = index_path_for(tmx_path)
        self._conn = conn
        self._dirty = False

    # -- opening and the index ------------------------------------------------------------

    @classmethod
    def open(cls, tmx_path: str | Path = DEFAULT_TMX) -> TranslationMemory:
        """Open (or start) the memory at `tmx_path`; rebuild its index if missing or stale."""
        tmx_path = Path(tmx_path)
        index = index_path_for(tmx_path)
        if tmx_path.exists() and tmx_path.is_dir():
            raise InputError("is a folder, not a TMX file", path=tmx_path)
        conn = _connect(index) if index.exists() else None
        if conn is None or not _fresh(conn, tmx_path):
            if conn is not None:
                conn.close()
            index.parent.mkdir(parents=True, exist_ok=True)
            with locked(tmx_path):
                conn = _connect(index) if index.exists() else None
                if conn is None or not _fresh(conn, tmx_path):
                    if conn is not None:
                        conn.close()
                    _rebuild(tmx_path, index)
                    conn = _connect(index)
                    if conn is None:  # pragma: no cover - we just wrote it
                        raise InputError("could not open the memory index", path=index)
        return cls(tmx_path, conn)

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> TranslationMemory:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __len__(self) -> int:
        return self._conn.execute("SELECT COUNT(*) FROM units").fetchone()[0]

    def languages(self) -> list[str]:
        """Target languages present, sorted."""
        rows = self._conn.execute("SELECT DISTINCT lang FROM units ORDER BY lang")
        return [r[0] for r in rows]

    # -- lookups ----------------------------------------------------------------------------

    def lookup_exact(self, source: str, target_lang: str) -> Match | None:
        """The stored translation of the same normalised source, or None."""
        row = self._conn.execute(
            "SELECT source, target, lang, origin FROM units WHERE lang = ? AND key = ?",
            (base_language(target_lang), sentence_key(source)),
        ).fetchone()
        if row is None:
            return None
        return Match(row[0], row[1], row[2], 100, row[3])

    def lookup_fuzzy(
        self,
        source: str,
        target_lang: str,
        threshold: float = DEFAULT_THRESHOLD,
        limit: int = 3,
    ) -> list[Match]:
        """Up to `limit` matches scoring at least `threshold`, best first (ties: shorter edit)."""
        from rapidfuzz import fuzz

        lang = base_language(target_lang)
        query = fuzzy_sentence_key(source)
        if not query:
            return []
        grams = _grams(query, lang)
        low, high = _length_band(len(query), threshold)
        marks = ",".join("?" * len(grams))
        rare = [
            g
            for g, _ in self._conn.execute(
                f"SELECT gram, n FROM df WHERE gram IN ({marks}) ORDER BY n LIMIT ?",
                (*grams, _RARE_GRAMS),
            )
        ]
        if not rare:
            return []
        marks = ",".join("?" * len(rare))
        rows = self._conn.execute(
            f"""SELECT u.fkey, u.source, u.target, u.origin, u.id FROM (
                    SELECT unit, COUNT(*) AS shared FROM grams
                    WHERE gram IN ({marks}) AND length BETWEEN ? AND ?
                    GROUP BY unit ORDER BY shared DESC LIMIT ?
                ) AS c JOIN units AS u ON u.id = c.unit""",
            (*rare, low, high, _CANDIDATES),
        ).fetchall()
        scored = []
        for fkey, src, tgt, origin, uid in rows:
            score = fuzz.ratio(query, fkey, score_cutoff=threshold)
            if score:
                scored.append((-score, uid, Match(src, tgt, lang, int(score), origin)))
        scored.sort(key=lambda item: (item[0], item[1]))
        return [m for _, _, m in scored[:limit]]

    def units(self, target_lang: str | None = None) -> Iterator[Unit]:
        """Every stored pair in file order, optionally for one target language."""
        sql = "SELECT source, target, lang, source_lang, origin, created, changed FROM units"
        args: tuple = ()
        if target_lang:
            sql += " WHERE lang = ?"
            args = (base_language(target_lang),)
        for row in self._conn.execute(sql + " ORDER BY id", args):
            yield Unit(*row)

    # -- changes ----------------------------------------------------------------------------

    def add(
        self,
        source: str,
        target: str,
        target_lang: str,
        source_lang: str = "vi",
        origin: str = "",
    ) -> str:
        """Store a pair; the newest translation of a source wins.

        Returns "added", "updated" or "unchanged". Nothing reaches the TMX until `save()`.
        """
        if not source.strip() or not target.strip():
            return "unchanged"
        return self._add(Unit(source, target, base_language(target_lang), source_lang, origin))

    def add_unit(self, unit: Unit) -> str:
        """Store a `Unit` as read from a file (its dates kept): "added", "updated" or
        "unchanged"."""
        return self._add(unit)

    def _add(self, unit: Unit) -> str:
        key = sentence_key(unit.source)
        lang = unit.target_lang
        stamp = unit.changed or unit.created or _now()
        with self._conn:
            row = self._conn.execute(
                "SELECT id, target FROM units WHERE lang = ? AND key = ?", (lang, key)
            ).fetchone()
            if row is not None and row[1] == unit.target:
                return "unchanged"
            self._mark_dirty()
            if row is not None:
                self._conn.execute(
                    "UPDATE units SET target = ?, source = ?, origin = ?, changed = ? WHERE id = ?",
                    (unit.target, unit.source, unit.origin, stamp, row[0]),
                )
                self._dirty = True
                return "updated"
            values = _unit_row(unit, key, stamp)
            fkey = values[2]
            cur = self._conn.execute(
                "INSERT INTO units (lang, key, fkey, length, source, target, source_lang, "
                "origin, created, changed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                values,
            )
            grams = _grams(fkey, lang)
            self._conn.executemany(
                "INSERT INTO grams (gram, length, unit) VALUES (?, ?, ?)",
                [(g, len(fkey), cur.lastrowid) for g in grams],
            )
            self._conn.executemany(
                "INSERT INTO df (gram, n) VALUES (?, 1) ON CONFLICT(gram) DO UPDATE SET n = n + 1",
                [(g,) for g in grams],
            )
        self._dirty = True
        return "added"

    def _mark_dirty(self) -> None:
        """Flag the index as ahead of the TMX, so a crash before `save()` forces a rebuild."""
        if not self._dirty:
            self._conn.execute("INSERT OR REPLACE INTO meta VALUES ('dirty', '1')")
            self._dirty = True

    def save(self) -> None:
        """Write the TMX atomically (temp file + rename), then mark the index as matching it."""
        if not self._dirty and self.tmx_path.exists():
            return
        with locked(self.tmx_path):
            write_tmx(self.tmx_path, self.units())
            with self._conn:
                _stamp(self._conn, self.tmx_path)
        self._dirty = False


# -- SQLite helpers -------------------------------------------------------------------------


def _connect(index: Path) -> sqlite3.Connection | None:
    try:
        conn = sqlite3.connect(str(index), timeout=30)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
        conn.executescript(_DDL)
        return conn
    except sqlite3.DatabaseError:
        return None  # corrupt index: it is only a cache, rebuild it


def _meta(conn: sqlite3.Connection) -> dict[str, str]:
    return dict(conn.execute("SELECT key, value FROM meta"))


def _fresh(conn: sqlite3.Connection, tmx_path: Path) -> bool:
    """Does the index still describe the TMX on disk?"""
    try:
        meta = _meta(conn)
    except sqlite3.DatabaseError:
        return False
    if meta.get("schema") != SCHEMA or meta.get("dirty") == "1":
        return False
    if not tmx_path.exists():
        return meta.get("sha256") == "" and meta.get("complete") == "1"
    stat = tmx_path.stat()
    if meta.get("size") != str(stat.st_size):
        return False
    if meta.get("mtime_ns") == str(stat.st_mtime_ns):
        return meta.get("complete") == "1"
    if meta.get("sha256") == _file_sha256(tmx_path):  # touched, not changed
        with conn:
            conn.execute(
                "INSERT OR REPLACE INTO meta VALUES ('mtime_ns', ?)", (str(stat.st_mtime_ns),)
            )
        return meta.get("complete") == "1"
    return False


def _stamp(conn: sqlite3.Connection, tmx_path: Path) -> None:
    if tmx_path.exists():
        stat = tmx_path.stat()
        values = {
            "size": str(stat.st_size),
            "mtime_ns": str(stat.st_mtime_ns),
            "sha256": _file_sha256(tmx_path),
        }
    else:
        values = {"size": "", "mtime_ns": "", "sha256": ""}
    values.update(schema=SCHEMA, dirty="0", complete="1")
    conn.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)", list(values.items()))


def _unit_row(unit: Unit, key: str, stamp: str) -> tuple:
    """The `units` table's columns (lang ... changed) for one translation unit."""
    fkey = fuzzy_sentence_key(unit.source)
    return (unit.target_lang, key, fkey, len(fkey), unit.source, unit.target,
            unit.source_lang, unit.origin, unit.created or stamp, stamp)


def _rebuild(tmx_path: Path, index: Path) -> None:
    """Build a fresh index from the TMX into a temp file, then swap it in."""
    tmp = str(new_temp(index))  # removed by the next rebuild if this process is killed
    try:
        conn = sqlite3.connect(tmp)
        conn.execute("PRAGMA journal_mode=OFF")
        conn.execute("PRAGMA synchronous=OFF")
        conn.executescript(_DDL)
        units = read_tmx(tmx_path) if tmx_path.exists() else []
        seen: dict[tuple[str, str], int] = {}
        rows: list[tuple] = []
        for unit in units:
            key = sentence_key(unit.source)
            slot = seen.get((unit.target_lang, key))
            row = _unit_row(unit, key, unit.changed or unit.created or _now())
            if slot is None:  # later units of the same source win, in the earlier's place
                seen[(unit.target_lang, key)] = len(rows)
                rows.append(row)
            else:
                rows[slot] = row
        conn.executemany(
            "INSERT INTO units (id, lang, key, fkey, length, source, target, source_lang, origin,"
            " created, changed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            ((i + 1, *row) for i, row in enumerate(rows)),
        )
        # insert unsorted into a plain table, then let SQLite sort into the clustered one
        conn.execute("CREATE TEMP TABLE raw (gram INTEGER, length INTEGER, unit INTEGER)")
        conn.executemany(
            "INSERT INTO raw VALUES (?, ?, ?)",
            ((g, row[3], i + 1) for i, row in enumerate(rows) for g in _grams(row[2], row[0])),
        )
        conn.execute("INSERT INTO grams SELECT gram, length, unit FROM raw ORDER BY 1, 2, 3")
        conn.execute("DROP TABLE raw")
        conn.execute("INSERT INTO df SELECT gram, COUNT(*) FROM grams GROUP BY gram")
        conn.executescript(_INDEXES)
        _stamp(conn, tmx_path)
        conn.commit()
        conn.close()
        for suffix in ("-wal", "-shm"):
            Path(str(index) + suffix).unlink(missing_ok=True)
        install(tmp, index)
    finally:
        Path(tmp).unlink(missing_ok=True)


