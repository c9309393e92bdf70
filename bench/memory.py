"""Translation-memory lookup speed with 100,000 stored segments.

Segments are variations of the NTREX Vietnamese–Czech pairs (words swapped between sentences,
numbers changed, sentences joined), or synthetic Vietnamese-like text when the data is absent.
Queries: stored sources (exact) and fresh variations of stored sources (fuzzy). The obvious
alternative, measured in the same run: a linear rapidfuzz scan over every stored source
(`rapidfuzz.process.extract`), which also gives the reference answer for the index's recall.

    .venv/bin/python bench/memory.py [--segments 100000] [--queries 500]
"""

from __future__ import annotations

import argparse
import csv
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from translate.memory.store import TranslationMemory  # noqa: E402
from translate.memory.tmx import Unit, write_tmx  # noqa: E402
from translate.text.normalize import fuzzy_sentence_key as fuzzy_key  # noqa: E402

NTREX = ROOT.parent / "shared" / "data" / "ntrex" / "documents-dev.tsv"
SYLLABLES = ("các ban của và đã được trong với cho người năm tỉnh hội nghị công tác phát triển "
             "kinh tế xã hội quốc gia chính phủ đảng ủy nhân dân thành phố huyện cán bộ").split()


def load_pairs() -> tuple[list[tuple[str, str]], str]:
    if NTREX.exists():
        with NTREX.open(encoding="utf-8") as fh:
            rows = list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
        pairs = [(r["vi"], r["cs"]) for r in rows if r.get("vi") and r.get("cs")]
        return pairs, f"NTREX {NTREX.name} ({len(pairs)} pairs)"
    rng = random.Random(1)
    pairs = []
    for _ in range(1000):
        words = rng.choices(SYLLABLES, k=rng.randint(6, 30))
        pairs.append((" ".join(words).capitalize() + ".", "Česká věta."))
    return pairs, "synthetic text (NTREX absent)"


def vary(text: str, rng: random.Random, vocab: list[str], edits: int) -> str:
    words = text.split()
    for _ in range(edits):
        op = rng.random()
        i = rng.randrange(len(words)) if words else 0
        if op < 0.5 and words:
            words[i] = rng.choice(vocab)
        elif op < 0.7:
            words.insert(i, str(rng.randint(1, 99999)))
        elif op < 0.85 and len(words) > 3:
            del words[i]
        else:
            words.insert(i, rng.choice(vocab))
    return " ".join(words)


def build_units(pairs, n: int, rng: random.Random) -> list[Unit]:
    vocab = [w for vi, _ in pairs for w in vi.split()]
    units: list[Unit] = []
    seen: set[str] = set()
    while len(units) < n:
        vi, cs = rng.choice(pairs)
        if rng.random() < 0.15:
            vi2, cs2 = rng.choice(pairs)
            vi, cs = vi + " " + vi2, cs + " " + cs2
        text = vary(vi, rng, vocab, rng.randint(1, 4)) if len(units) >= len(pairs) else vi
        key = fuzzy_key(text)
        if key in seen:
            continue
        seen.add(key)
        units.append(Unit(text, cs, "cs"))
    return units


def median_ms(times: list[float]) -> float:
    return statistics.median(times) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--segments", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=500)
    parser.add_argument("--scan-queries", type=int, default=50)
    args = parser.parse_args()

    from rapidfuzz import fuzz, process

    rng = random.Random(7)
    pairs, origin = load_pairs()
    vocab = [w for vi, _ in pairs for w in vi.split()]
    units = build_units(pairs, args.segments, rng)
    with tempfile.TemporaryDirectory() as tmp:
        tmx = Path(tmp) / "memory.tmx"
        t0 = time.perf_counter()
        write_tmx(tmx, units)
        t_write = time.perf_counter() - t0
        t0 = time.perf_counter()
        tm = TranslationMemory.open(tmx)
        t_index = time.perf_counter() - t0
        t0 = time.perf_counter()
        tm.close()
        tm = TranslationMemory.open(tmx)
        t_reopen = time.perf_counter() - t0

        picks = rng.sample(units, args.queries)
        exact_times = []
        for u in picks:
            t0 = time.perf_counter()
            hit = tm.lookup_exact(u.source, "cs")
            exact_times.append(time.perf_counter() - t0)
            assert hit is not None and hit.target == u.target
        queries = [vary(u.source, rng, vocab, rng.randint(1, 3)) for u in picks]
        fuzzy_times, found = [], []
        for q in queries:
            t0 = time.perf_counter()
            found.append(tm.lookup_fuzzy(q, "cs", threshold=75, limit=3))
            fuzzy_times.append(time.perf_counter() - t0)

        keys = [fuzzy_key(u.source) for u in units]
        scan_times, agree, reachable = [], 0, 0
        for q, hits in zip(queries[: args.scan_queries], found, strict=False):
            t0 = time.perf_counter()
            best = process.extract(fuzzy_key(q), keys, scorer=fuzz.ratio, score_cutoff=75,
                                   limit=3)
            scan_times.append(time.perf_counter() - t0)
            if best:
                reachable += 1
                agree += bool(hits) and hits[0].score >= int(best[0][1])
        exact_scan = []
        for u in picks[: args.scan_queries]:
            key = fuzzy_key(u.source)
            t0 = time.perf_counter()
            next(i for i, k in enumerate(keys) if k == key)
            exact_scan.append(time.perf_counter() - t0)
        tm.close()
        size_mb = tmx.stat().st_size / 1e6
        index_mb = (Path(tmp) / ".memory.sqlite").stat().st_size / 1e6

    hit_rate = sum(1 for f in found if f) / len(found)
    print(f"translation memory: {len(units):,} segments from {origin}")
    print(f"  TMX {size_mb:.1f} MB written in {t_write:.2f} s; SQLite index {index_mb:.1f} MB "
          f"built in {t_index:.2f} s; reopen (index fresh) {t_reopen * 1000:.1f} ms")
    head = f"  {'lookup':<8} {'median ms':>10} {'p95 ms':>8}   {'linear scan ms':>14}"
    print(head + f" {'speed-up':>9}")
    for name, times, scan in (("exact", exact_times, exact_scan),
                              ("fuzzy", fuzzy_times, scan_times)):
        p95 = sorted(times)[int(len(times) * 0.95)] * 1000
        print(f"  {name:<8} {median_ms(times):>10.3f} {p95:>8.3f}   {median_ms(scan):>14.3f} "
              f"{median_ms(scan) / median_ms(times):>8.0f}x")
    print(f"  fuzzy queries with a hit >= 75: {hit_rate:.1%}; index top hit as good as the "
          f"linear scan's in {agree}/{reachable} queries")
    ok = median_ms(exact_times) < 1 and median_ms(fuzzy_times) < 20
    print(f"  targets (exact < 1 ms, fuzzy < 20 ms median): {'met' if ok else 'NOT met'}")


if __name__ == "__main__":
    main()
