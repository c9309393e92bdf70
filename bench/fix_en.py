"""Glossary fixes on English translations: `bench/data/fix_en_*.jsonl`, counted by bench/fix.py.

English has no case, so what `check --fix` must get right is the span and the shape of the
term: the wrong rendering's article and modifiers that the term makes redundant (`the
provincial chairman` → `the Chairman of the provincial People's Committee`), capitals per
English news style, the plural where the rendering was plural, `a`/`an` before the term, a
possessive `'s` kept. Items: one JSON object a line with `id, vi, en, expected, concept, term,
number, planted, replacement, planted_kind, kind` (+ `near_miss`); planted items have
`expected == en.replace(planted, replacement, 1)`, right items `en == expected`.

Glossary: what the product's `translate check --fix` loads (issue 12ca, the lead's ruling that
the bench loads what the product loads): every shipped glossary merged with the title grammar
(`load_shipped_glossaries`, as `load_project_glossaries` does with the default config), not
`vi-en.tsv` alone as before 12ca; `--glossary PATH` loads exactly that file instead (as the
product's `--glossary`). The figures in each set's paragraph (bench/fix_en_sets.py) were taken
with `vi-en.tsv` alone until 12ca; bench/RESULTS.md's 12ca section gives every set's figure
under both.

Sets: the names `--set` takes, each set's file and first figures, and the held-out set are in
bench/fix_en_sets.py (`SETS`, `HELD_OUT`).

`--both-loadings`: the set run twice, first with what `check --fix` loads, then with
`vi-en.tsv` alone (issue 12cc: the product's figures must rise while the core glossary's alone
must not fall).

Counts and the baseline (the found rendering replaced by the term as written) are
bench/fix.py's `run`, in the same run.

`--ntrex a|b`: precision on right English translations instead: NTREX's professional English
of foreign news (read in place; the articles split as bench/ntrex_precision.py splits them,
part `b` held out), how many `check --fix` would change, sentence by sentence and by article
(one PO per NTREX document through `fix_files --dry-run`); `--show` lists part a's changes.

Usage: .venv/bin/python bench/fix_en.py [--set en-own|en-own2..53|en-unseen1..54] [--show N]
                                          [--ntrex a|b] [--both-loadings]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import tempfile  # noqa: E402

from fix import run  # noqa: E402
from fix_en_sets import HELD_OUT, SETS  # noqa: E402
from ntrex_precision import DATA as NTREX  # noqa: E402
from ntrex_precision import read_part, write_articles  # noqa: E402

from translate.review.fix import fix_files, fix_text  # noqa: E402
from translate.terms.files import SHIPPED_DIR, load_glossary, load_shipped_glossaries  # noqa: E402
from translate.terms.matcher import TermMatcher  # noqa: E402


def ntrex(part: str, glossary, matcher, show: bool) -> None:
    """Right English translations changed by `--fix`: by sentence and by article."""
    if not NTREX.is_file():
        print(f"skipped: {NTREX} not found (NTREX is read in place, never copied)")
        return
    docs = {d: [r for r in rows if r["en"]] for d, rows in read_part(NTREX, part).items()}
    n = changed = 0
    for rows in docs.values():
        for r in rows:
            text, fixes = fix_text(r["vi"], r["en"], "en", glossary, matcher)
            n += 1
            changed += text != r["en"]
            if show and part == "a" and fixes:
                print(f"{r['doc_id']} | {r['vi']}\n    en:  {r['en']}\n    fix: {text}")
    with tempfile.TemporaryDirectory() as tmp:
        write_articles(docs, tmp, "en")
        entries = fix_files([tmp], glossary, dry_run=True, lang="en").entries
    print(f"NTREX part {part}: {len(docs)} articles, {n} right vi-en translations\n"
          f"  changed by --fix: by sentence {changed}/{n}, by article (PO) {entries}/{n}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--set", choices=tuple(SETS), default="en-own")
    parser.add_argument("--show", type=int, default=0,
                        help="print N failures (not for en-unseen54: held out)")
    parser.add_argument("--ntrex", choices=("a", "b"),
                        help="right NTREX English translations changed (part b: held out)")
    parser.add_argument("--glossary", help="exactly this glossary file (default: every shipped "
                        "glossary merged, as `translate check --fix` loads them)")
    parser.add_argument("--both-loadings", action="store_true",
                        help="run the set with what `check --fix` loads, then with vi-en.tsv alone")
    args = parser.parse_args()
    if args.both_loadings:
        loadings = [("what check --fix loads", load_shipped_glossaries),
                    ("vi-en.tsv alone", lambda: load_glossary(SHIPPED_DIR / "vi-en.tsv"))]
    elif args.glossary:
        loadings = [(None, lambda: load_glossary(args.glossary))]
    else:
        loadings = [(None, load_shipped_glossaries)]
    show = 0 if args.set in HELD_OUT else args.show
    for label, load in loadings:
        glossary = load()
        matcher = TermMatcher(glossary)
        if label:
            print(f"\n== {label}")
        if args.ntrex:
            ntrex(args.ntrex, glossary, matcher, bool(args.show))
        else:
            run(SETS[args.set], glossary, matcher, show, lang="en")


if __name__ == "__main__":
    main()
