"""What the memoised word comparisons buy when terms are put in place (`check --fix`, `run`).

Finding where a translation renders a glossary concept compares every word of every window of
the sentence with every word of the term and of its licensed equivalents
(`translate.terms.equivalents.match_level`, `translate.terms.lemmas._same`); the same pairs
recur across windows, terms and sentences, so both are memoised. This script runs `fix_text`
over the development sets of `bench/fix.py` (held-out sets are not read) with the memoised
functions and with the plain ones (`__wrapped__`), alternating, the caches emptied before each
memoised round (a fresh process's first batch), and checks that both give the same text.

Usage: python bench/placement_speed.py [--rounds 3]
       [--sets dev,test,unseen,unseen3,unseen4,unseen5,own]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))
sys.path.insert(0, str(BENCH.parent))

from fix import load  # noqa: E402

from translate.draft import align, around  # noqa: E402
from translate.review.fix import fix_text  # noqa: E402
from translate.terms import equivalents, lemmas  # noqa: E402
from translate.terms.files import SHIPPED_DIR, load_glossary  # noqa: E402
from translate.terms.matcher import TermMatcher  # noqa: E402

MEMOISED = {"match_level": equivalents.match_level, "_same": lemmas._same}
USERS = {"match_level": (equivalents, align, around), "_same": (lemmas,)}


def use(memoised: bool) -> None:
    """Point every user of the two functions at the memoised or the plain version."""
    for name, function in MEMOISED.items():
        chosen = function if memoised else function.__wrapped__
        for module in USERS[name]:
            setattr(module, name, chosen)
        function.cache_clear()


def fix_all(items: list[dict], glossary, matcher) -> tuple[float, float, list[str]]:
    started, cpu = time.perf_counter(), time.process_time()
    texts = [fix_text(item["vi"], item["cs"], "cs", glossary, matcher)[0] for item in items]
    return time.perf_counter() - started, time.process_time() - cpu, texts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--sets", default="dev,test,unseen,unseen3,unseen4,unseen5,own")
    args = parser.parse_args()
    items = [item for name in args.sets.split(",") for item in load(name)]
    glossary = load_glossary(SHIPPED_DIR / "vi-cs.tsv")  # as bench/fix.py
    matcher = TermMatcher(glossary)
    fix_all(items[:5], glossary, matcher)  # imports, dictionaries, the matcher's tables
    times: dict[bool, list[tuple[float, float]]] = {True: [], False: []}
    outputs: dict[bool, list[str]] = {}
    for _ in range(args.rounds):
        for memoised in (False, True):
            use(memoised)
            wall, cpu, outputs[memoised] = fix_all(items, glossary, matcher)
            times[memoised].append((wall, cpu))
    use(True)
    print(f"{len(items)} sentences ({args.sets}), {args.rounds} rounds, medians")
    for memoised, label in ((False, "plain     "), (True, "memoised  ")):
        wall = statistics.median(w for w, _ in times[memoised])
        cpu = statistics.median(c for _, c in times[memoised])
        rate = len(items) / wall
        print(f"  {label} {wall:7.2f} s wall  {cpu:7.2f} s CPU  {rate:7.1f} sentences/s")
    ratio = (statistics.median(c for _, c in times[False])
             / statistics.median(c for _, c in times[True]))
    same = sum(a == b for a, b in zip(outputs[False], outputs[True], strict=True))
    print(f"  same text: {same}/{len(items)}")
    print(f"memoised/plain CPU speed = {ratio:.2f}")


if __name__ == "__main__":
    main()
