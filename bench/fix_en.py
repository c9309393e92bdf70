"""Glossary fixes on English translations: `bench/data/fix_en_*.jsonl`, counted by bench/fix.py.

English has no case, so what `check --fix` must get right is the span and the shape of the
term: the wrong rendering's article and modifiers that the term makes redundant (`the
provincial chairman` → `the Chairman of the provincial People's Committee`), capitals per
English news style, the plural where the rendering was plural, `a`/`an` before the term, a
possessive `'s` kept. Items: one JSON object a line with `id, vi, en, expected, concept, term,
number, planted, replacement, planted_kind, kind` (+ `near_miss`); planted items have
`expected == en.replace(planted, replacement, 1)`, right items `en == expected`.

Sets:
- `en-own`: the developer's own cases (fix_en_own_batch1.jsonl, English-language Vietnamese
  news in the style of VNA / VietnamPlus / Nhân Dân English), developed on, so not an
  evaluation. First run, before any code was changed (issue 12j): 9/39 = 23.1 % fixed
  correctly, 13 wrong form, 17 not found, 0/15 right sentences changed, 0 approved entries
  changed (baseline the same 9/39);
- `en-unseen1`: written by an independent author and copied in by the lead: HELD OUT,
  aggregates only (`--show` never lists it); a plain message and exit 1 while it is missing.

Counts and the baseline (the found rendering replaced by the term as written) are
bench/fix.py's `run`, in the same run.

Usage: .venv/bin/python bench/fix_en.py [--set en-own|en-unseen1] [--show N]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from fix import run  # noqa: E402

from translate.terms.files import SHIPPED_DIR, load_glossary  # noqa: E402
from translate.terms.matcher import TermMatcher  # noqa: E402

SETS = {"en-own": "en_own_batch1", "en-unseen1": "en_unseen1"}  # bench/data/fix_<name>.jsonl
HELD_OUT = ("en-unseen1",)  # aggregate figures only: failures are never printed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--set", choices=tuple(SETS), default="en-own")
    parser.add_argument("--show", type=int, default=0,
                        help="print N failures (en-own only; en-unseen1 is held out)")
    parser.add_argument("--glossary", default=str(SHIPPED_DIR / "vi-en.tsv"))
    args = parser.parse_args()
    glossary = load_glossary(args.glossary)
    matcher = TermMatcher(glossary)
    show = 0 if args.set in HELD_OUT else args.show
    run(SETS[args.set], glossary, matcher, show, lang="en")


if __name__ == "__main__":
    main()
