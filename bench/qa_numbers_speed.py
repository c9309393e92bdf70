"""Throughput of the numbers check (it runs on every entry) on every pair of the numbers sets
in `bench/data` (clean and planted, cs and en), against another checkout of the project.

Each checkout is timed in its own process, the two alternating, `--rounds` times; the best
round of each is kept (the machine is shared, so the minimum is the least disturbed figure).
Printed: pairs per second of each and the ratio (this / other; below 0.9 is a regression of
more than 10 %), and pofilter's digit rule on the same pairs as the floor of what a check costs.

    .venv/bin/python bench/qa_numbers_speed.py --against /path/to/other/checkout
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "bench" / "data"
SPLITS = ("dev", "test", "unseen2", "unseen3", "unseen4")


def load_pairs(data: Path) -> list[tuple[str, str, str]]:
    pairs = []
    for split in SPLITS:
        for line in (data / f"numbers_clean_{split}.jsonl").read_text(
                encoding="utf-8").splitlines():
            if line.strip():
                item = json.loads(line)
                pairs += [(item["vi"], item[lang], lang) for lang in ("cs", "en") if item.get(lang)]
        for line in (data / f"numbers_planted_{split}.jsonl").read_text(
                encoding="utf-8").splitlines():
            if line.strip():
                item = json.loads(line)
                pairs.append((item["vi"], item["target"], item["lang"]))
    return pairs


def time_check(data: Path) -> float:
    """Seconds for one pass of the numbers check over every pair (after a warm-up)."""
    from translate.review.qa import CheckSettings, check_pair

    settings = CheckSettings(checks=frozenset({"numbers"}))
    pairs = load_pairs(data)
    for vi, target, lang in pairs[:200]:
        check_pair(vi, target, lang, settings)
    started = time.perf_counter()
    for vi, target, lang in pairs:
        check_pair(vi, target, lang, settings)
    return time.perf_counter() - started


def _run(checkout: Path, data: Path) -> float:
    code = (f"import sys; sys.path.insert(0, {str(checkout)!r}); sys.path.insert(1, "
            f"{str(ROOT / 'bench')!r}); import qa_numbers_speed as b; from pathlib import Path; "
            f"print(b.time_check(Path({str(data)!r})))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=checkout)
    return float(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--against", type=Path, required=True,
                        help="another checkout of the project (e.g. `git worktree add` of main)")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    pairs = load_pairs(DATA)
    started = time.perf_counter()
    for vi, target, _ in pairs:
        sorted(re.findall(r"\d+", vi)) != sorted(re.findall(r"\d+", target))  # noqa: B015
    pofilter = time.perf_counter() - started
    ours, theirs = [], []
    for _ in range(args.rounds):
        ours.append(_run(ROOT, DATA))
        theirs.append(_run(args.against.resolve(), DATA))
    best_ours, best_theirs = min(ours), min(theirs)
    print(f"numbers check on {len(pairs)} pairs (bench/data numbers sets), best of "
          f"{args.rounds} alternating rounds")
    print(f"  this checkout:  {len(pairs) / best_ours:8.0f} pairs/s")
    print(f"  {args.against}: {len(pairs) / best_theirs:8.0f} pairs/s")
    print(f"  pofilter digit rule: {len(pairs) / pofilter:8.0f} pairs/s")
    print(f"  this/other = {best_theirs / best_ours:.2f}")


if __name__ == "__main__":
    main()
