"""Term-matching speed: the syllable trie vs naive loops over entries, same glossary, same run.

Glossary: every shipped glossary (`translate/data/glossaries/`, with the title grammar that
composes official titles) plus generated entries up to 10,000 terms. The
generated terms are 1-4 syllable n-grams sampled (fixed seed) from the text itself, so they
really occur and the matchers do real work, not just misses. Text: the Vietnamese column of
the NTREX-128 development set (`../shared/data/ntrex/documents-dev.tsv` from the repository
root); the benchmark exits cleanly when it is absent.

Compared, on the same sentences:
- `TermMatcher.find` (normalisation + syllable trie, leftmost-longest, case rules), with the
  title grammar (as `run` uses it) and without it (the listed terms only);
- naive regex: one compiled regex per entry (`(?<!\\w)term(?!\\w)` on the match key), looped
  over all entries for every sentence (what per-entry checkers do);
- naive find: `str.find` per entry with a syllable-boundary check (the cheapest loop there is).
The naive loops are timed on a subset (they are slow) and report sentences/s; the matches of
the trie without the grammar and the naive loops are compared on that subset after the same
leftmost-longest resolution (they differ only where the text has a run of several spaces
inside a term: the trie accepts any whitespace between syllables, the naive loops need exactly
one space).

The two full-corpus rates (with and without the title grammar) are measured with their passes
interleaved, best of `--repeat` each, after one untimed pass.

Usage: .venv/bin/python bench/terms.py [--entries 10000] [--naive-sentences 200] [--repeat 7]
"""

from __future__ import annotations

import argparse
import os
import random
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from translate.terms import Entry, Glossary  # noqa: E402
from translate.terms.files import load_shipped_glossaries  # noqa: E402
from translate.terms.matcher import MATCHED_KINDS, TermMatcher  # noqa: E402
from translate.text.normalize import match_key  # noqa: E402

# the shared data folder sits next to the checkout (or next to its parent, for a worktree)
DATA = next((p for p in (ROOT.parent / "shared" / "data" / "ntrex" / "documents-dev.tsv",
                         ROOT.parent.parent / "shared" / "data" / "ntrex" / "documents-dev.tsv")
             if p.exists()), ROOT.parent / "shared" / "data" / "ntrex" / "documents-dev.tsv")
_SYL = re.compile(r"[^\W\d_]+")


def load_sentences(path: Path) -> list[str]:
    lines = path.read_text("utf-8").split("\n")
    return [line.split("\t")[1] for line in lines[1:] if line.count("\t") >= 3]


def build_glossary(sentences: list[str], size: int, seed: int = 0) -> Glossary:
    base = load_shipped_glossaries()
    entries = list(base.entries)
    have = {match_key(t) for e in entries for t in e.source_terms}
    rng = random.Random(seed)
    words = [_SYL.findall(s) for s in sentences]
    words = [w for w in words if len(w) >= 4]
    count = sum(len(e.source_terms) for e in entries if e.kind in MATCHED_KINDS)
    n = 0
    while count < size:
        sent = rng.choice(words)
        k = rng.choice((2, 2, 3, 3, 3, 4))
        i = rng.randrange(0, len(sent) - k + 1)
        term = " ".join(sent[i : i + k])
        key = match_key(term)
        if key in have:
            continue
        have.add(key)
        n += 1
        entries.append(Entry(f"gen.{n}", term, targets={"cs": (f"termín {n}",)}))
        count += 1
    return Glossary(entries=entries, path="bench", grammar=base.grammar)


def resolve(cands: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Leftmost-longest selection over (start, end, concept) candidates."""
    out, pos = [], -1
    for s, e, c in sorted(cands, key=lambda x: (x[0], -x[1])):
        if s >= pos:
            out.append((s, e, c))
            pos = e
    return out


def naive_regex_matcher(glossary: Glossary):
    compiled = []
    for e in glossary.entries:
        if e.kind not in MATCHED_KINDS:
            continue
        for t in e.source_terms:
            cs = e.case_sensitive(t)
            flags = 0 if cs else re.IGNORECASE
            key = match_key(t, True)
            compiled.append((re.compile(rf"(?<!\w){re.escape(key)}(?!\w)", flags), e.concept))

    def find(text: str):
        key = match_key(text, True)
        cands = []
        for rx, concept in compiled:
            for m in rx.finditer(key):
                cands.append((m.start(), m.end(), concept))
        return resolve(cands)

    return find, len(compiled)


def naive_find_matcher(glossary: Glossary):
    terms = []
    for e in glossary.entries:
        if e.kind not in MATCHED_KINDS:
            continue
        for t in e.source_terms:
            cs = e.case_sensitive(t)
            terms.append((match_key(t, cs), cs, e.concept))

    def find(text: str):
        sens, low = match_key(text, True), match_key(text)
        cands = []
        for term, cs, concept in terms:
            hay = sens if cs else low
            i = hay.find(term)
            while i >= 0:
                j = i + len(term)
                if (i == 0 or not hay[i - 1].isalnum()) and (j == len(hay) or not hay[j].isalnum()):
                    cands.append((i, j, concept))
                i = hay.find(term, i + 1)
        return resolve(cands)

    return find


def rate(fn, sentences: list[str], repeat: int) -> tuple[float, float]:
    """Best-of-`repeat` sentences/s by wall clock and by this process's CPU time (the build
    machine is shared, so CPU time is the steadier of the two)."""
    return rates([fn], sentences, repeat)[0]


def rates(fns, sentences: list[str], repeat: int) -> list[tuple[float, float]]:
    """`rate` for several matchers, their passes interleaved (A, B, A, B, …) so that a busy
    moment on the shared machine slows them alike; best of `repeat` passes each."""
    wall = [float("inf")] * len(fns)
    cpu = [float("inf")] * len(fns)
    for _ in range(repeat):
        for k, fn in enumerate(fns):
            t0, c0 = time.perf_counter(), time.process_time()
            for s in sentences:
                fn(s)
            wall[k] = min(wall[k], time.perf_counter() - t0)
            cpu[k] = min(cpu[k], time.process_time() - c0)
    return [(len(sentences) / w, len(sentences) / max(c, 1e-9)) for w, c in zip(wall, cpu,
                                                                                strict=True)]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--entries", type=int, default=10_000)
    ap.add_argument("--naive-sentences", type=int, default=200)
    ap.add_argument("--repeat", type=int, default=7)
    args = ap.parse_args()
    if not DATA.exists():
        print(f"skipped: {DATA} not found (NTREX-128 development set)")
        return 0
    sentences = load_sentences(DATA)
    glossary = build_glossary(sentences, args.entries)
    t0 = time.perf_counter()
    matcher = TermMatcher(glossary)
    build_s = time.perf_counter() - t0
    flat_matcher = TermMatcher(Glossary(entries=glossary.entries, path="bench"))
    regex_find, n_terms = naive_regex_matcher(glossary)
    str_find = naive_find_matcher(glossary)

    load_before = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    for s in sentences:  # one untimed pass each: the composer's rendering caches fill
        matcher.find(s)
        flat_matcher.find(s)
    trie_all, flat_all = rates([matcher.find, flat_matcher.find], sentences, args.repeat)
    subset = sentences[: args.naive_sentences]
    trie_sub = rate(matcher.find, subset, args.repeat)
    regex_sub = rate(regex_find, subset, 1)
    find_sub = rate(str_find, subset, 1)

    agree_regex = agree_find = 0
    hits = 0
    for s in subset:
        ours = [(m.start, m.end, m.concept) for m in flat_matcher.find(s)]
        hits += len(ours)
        agree_regex += ours == regex_find(s)
        agree_find += ours == str_find(s)
    total_hits = sum(len(matcher.find(s)) for s in sentences)
    composed = sum(m.concept.startswith(("title:", "body:", "place:"))
                   for s in sentences for m in matcher.find(s))

    print(
        f"glossary: {len(glossary.entries)} concepts, {n_terms} terms (shipped glossaries + "
        f"generated) and the title grammar; matcher built in {build_s * 1000:.0f} ms"
    )
    print(
        f"text: NTREX-128 dev, {len(sentences)} Vietnamese sentences, {total_hits} matches "
        f"({total_hits / len(sentences):.1f} per sentence, {composed} of them composed; "
        f"{hits} listed-term matches in the {len(subset)}-sentence subset)"
    )
    print()
    print(f"{'matcher':<30}{'sentences':>10}{'sent/s wall':>13}{'sent/s cpu':>12}{'trie is':>9}")
    rows = [
        ("TermMatcher (syllable trie)", len(sentences), trie_all, None),
        ("  without the title grammar", len(sentences), flat_all, None),
        ("TermMatcher (subset)", len(subset), trie_sub, None),
        ("naive: regex per entry", len(subset), regex_sub, trie_sub),
        ("naive: str.find per entry", len(subset), find_sub, trie_sub),
    ]
    for name, n, (wall, cpu), ref in rows:
        ratio = f"{ref[1] / cpu:,.0f}x" if ref else "-"
        print(f"{name:<30}{n:>10}{wall:>13,.0f}{cpu:>12,.0f}{ratio:>9}")
    print()
    print(
        f"listed terms, same matches as regex loop: {agree_regex}/{len(subset)} sentences; "
        f"as str.find loop: {agree_find}/{len(subset)}"
    )
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(
        f"targets (cpu time; load average {load_before:.1f} before, {load:.1f} after, on "
        f"{os.cpu_count()} cores): >= 50x the naive loop -> "
        f"{trie_sub[1] / regex_sub[1]:,.0f}x (regex), {trie_sub[1] / find_sub[1]:,.0f}x "
        f"(str.find); > 20,000 sentences/s -> {trie_all[1]:,.0f} with the title grammar, "
        f"{flat_all[1]:,.0f} without (same run, passes interleaved)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
