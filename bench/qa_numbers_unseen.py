"""The numbers check on an independent evaluation set (vi–cs and vi–en), against pofilter.

`bench/data/numbers_*.jsonl` (see `bench/data/README.md`) were written by hand by someone who
never saw the check's code: clean human-style pairs (a correct check raises nothing) and copies
of them with exactly one planted number error (a correct check raises an error). The set is
split by pair into dev (about 30 %: look at it, tune on it) and test (held out: run it only
for the final figures; this script never prints a test item). `unseen2` is a second, fully
independent set (`numbers_*_unseen2.jsonl`, `unseen2_README.md`: 462 pairs, 1005 planted
items, another author, written after the check was built), all of it held out: it is run
once, for the final figures, and never shown either. `unseen3` is a third one
(`numbers_*_unseen3.jsonl`, `unseen3_README.md`: 508 pairs, 1086 planted items, written while
issue-13a3 worked on the check, never opened), held out the same way. `own` and `own:b01,b02`
are the developer's own batches (`bench/numbers_own.py`, `bench/data/numbers_own/`).

Printed per split and target language:

1. false positives: clean pairs raising an error (the goal: at most 2 %); pairs raising only
   warnings are counted apart; pairs tagged `implicit_number` (`100%` → `všechny`, the
   hardest and most debatable items) are reported as their own group as well as in the total;
2. recall: planted items raising an error (the goal: at least 98 %), per error class; the
   `scale` items that change a unit of measure (km → m) rather than a number are their own
   group, since the numbers check compares numbers, not units;
3. the same figures for translate-toolkit's `pofilter` numbers rule (the digit strings of
   source and translation must agree: `re.findall(r"\\d+")` as sorted lists), the obvious
   alternative, measured in the same run on the same items.

    .venv/bin/python bench/qa_numbers_unseen.py                 # dev
    .venv/bin/python bench/qa_numbers_unseen.py --split test    # held out: figures only
    .venv/bin/python bench/qa_numbers_unseen.py --split unseen2 # held out: figures only
    .venv/bin/python bench/qa_numbers_unseen.py --split unseen3 # held out: figures only
    .venv/bin/python bench/qa_numbers_unseen.py --split own:b07 # own batch (first run logged)
    .venv/bin/python bench/qa_numbers_unseen.py --show 20       # dev false alarms and misses

Round five (issue-13a5): `test`, `unseen2`, `unseen3` and `unseen4` have been reported and are
development data now, so `--show` lists their false alarms and misses too; a newer set stays
figures only. Round six (issue-13a6): `unseen5` has been reported and is development data too.
Round seven (issue-13a7): `unseen6` has been reported and is development data too; `unseen7`
(`numbers_*_unseen7.jsonl`, written by a new author during round seven and copied in by the
lead after the merge) is held out: aggregates only, never an item. Round eight (issue-13a8):
`unseen7` has been reported and is development data too; `unseen8` (`numbers_*_unseen8.jsonl`,
written by a new author during round eight and copied in by the lead after the merge) is held
out the same way. Round nine (issue-13a9): `unseen8` has been reported and is development data
too; `unseen9` (`numbers_*_unseen9.jsonl`, written during round nine and copied in by the lead
after the merge) is held out: aggregates only. Round ten (issue-13a10): `unseen9` has been
reported and is development data too; `unseen10` (`numbers_*_unseen10.jsonl`, written during
round ten and copied in by the lead after the merge) is held out: aggregates only. Round eleven
(issue-13a11): `unseen10` has been reported and is development data too; `unseen11`
(`numbers_*_unseen11.jsonl`, written during round eleven and copied in by the lead after the
merge) is held out: aggregates only. Round twelve (issue-13a12): `unseen11` has been reported
and is development data too; `unseen12` (`numbers_*_unseen12.jsonl`, written during round
twelve and copied in by the lead after the merge) is held out: aggregates only. Round thirteen
(issue-13a13): `unseen12` has been reported and is development data too; `unseen13`
(`numbers_*_unseen13.jsonl`, written during round thirteen and copied in by the lead after the
merge) is held out: aggregates only. Round fourteen (issue-13a14): `unseen13` has been reported
and is development data too; nothing is held out until the next set is copied in. From round
fifteen (issue-13a15) to round fifty-six (issue-13a56) the same step each round: the
sets reported since the last merge (`unseen13` ... `unseen60`; `unseen41`, `unseen44`,
`unseen48`, `unseen55` and `unseen58`, written while a stop's final reviews ran, were run once on
that stop's final code) are development data too, and the set written during the round
(`numbers_*_unseenN.jsonl`, `unseen14` ... `unseen61`, copied in by the lead after the merge) is
held out: aggregates only; while its files are absent the script says so and exits 1.
`unseen62`, written during the stop of round fifty-six, is held out beside `unseen61` and was run
once on that stop's final code. `DEVELOPMENT` and `HELD_OUT` below name the sets now,
`bench/data/HELD_OUT.md` each round's step. Every set is checked with the article date
2026-11-29 (`CheckSettings.reference_date`, for dates the translation gives as weekdays): the
sets were written this week and no README states another "today".
"""

from __future__ import annotations

import argparse
import datetime
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.numbers_own import BatchError, load_own  # noqa: E402
from translate.review.qa import ERROR, CheckSettings, check_pair  # noqa: E402

DATA = Path(__file__).resolve().parent / "data"
# the day the sets were written (no README names another): the year of their undated dates
ARTICLE_DATE = datetime.date(2026, 11, 29)
SETTINGS = CheckSettings(checks=frozenset({"numbers"}), reference_date=ARTICLE_DATE)
LANGS = ("cs", "en")
UNIT_CHANGE = "unit of measure changed"
DEBATABLE = "implicit_number"
# reported sets that became development data in rounds five to fifty-six (HELD_OUT.md):
# their items may be shown; any other split (a newer independent set) prints figures only
DEVELOPMENT = ("dev", "own", "test", "unseen2", "unseen3", "unseen4", "unseen5", "unseen6",
               "unseen7", "unseen8", "unseen9", "unseen10", "unseen11", "unseen12", "unseen13",
               "unseen14", "unseen15", "unseen16", "unseen17", "unseen18", "unseen19",
               "unseen20", "unseen21", "unseen22", "unseen23", "unseen24",
               "unseen25", "unseen26", "unseen27", "unseen28", "unseen29",
               "unseen30", "unseen31", "unseen32", "unseen33", "unseen34",
               "unseen35", "unseen36", "unseen37", "unseen38", "unseen39",
               "unseen40", "unseen41", "unseen42", "unseen43", "unseen44",
               "unseen45", "unseen46", "unseen47", "unseen48", "unseen49",
               "unseen50", "unseen51", "unseen52", "unseen53", "unseen54", "unseen55",
               "unseen56", "unseen57", "unseen58", "unseen59", "unseen60")
HELD_OUT = ("unseen61", "unseen62")  # the newest independent sets: aggregates only


def read_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def verdict(vi: str, target: str, lang: str) -> tuple[list[str], list[str]]:
    """(error messages, warning messages) of the numbers check on one pair."""
    issues = check_pair(vi, target, lang, SETTINGS)
    return ([i.message for i in issues if i.severity == ERROR],
            [i.message for i in issues if i.severity != ERROR])


def pofilter_numbers(vi: str, target: str) -> bool:
    """translate-toolkit's `numbers` test: the digit strings must match."""
    return sorted(re.findall(r"\d+", vi)) != sorted(re.findall(r"\d+", target))


def error_class(item: dict) -> str:
    if item["error"] == "scale" and UNIT_CHANGE in item.get("description", ""):
        return "scale (unit changed)"
    return item["error"]


def share(n: int, total: int) -> str:
    return f"{n}/{total} = {n / total:.1%}" if total else "0/0"


class MissingSplit(Exception):
    """A split whose jsonl files are not in the data folder (a held-out set not copied yet)."""


def load_split(data: Path, split: str) -> tuple[list[dict], list[dict]]:
    """Clean pairs and planted items of a split; `own` and `own:b01,b02` are the developer's
    batches (`bench/numbers_own.py`)."""
    if split == "own" or split.startswith("own:"):
        names = split.partition(":")[2]
        return load_own(names.split(",") if names else None)
    paths = (data / f"numbers_clean_{split}.jsonl", data / f"numbers_planted_{split}.jsonl")
    missing = [str(path) for path in paths if not path.is_file()]
    if missing:
        raise MissingSplit(
            f"split {split!r}: {' and '.join(missing)} not found; "
            + (f"{split} is held out and copied into {data} by the lead after the round's "
               "merge: run it once then" if split in HELD_OUT else
               f"check --split (dev, test, unseen2 to {HELD_OUT[-1]}, own, own:b01,b02) and "
               "--data"))
    return read_jsonl(paths[0]), read_jsonl(paths[1])


def evaluate(data: Path, split: str, lang: str, show: int, tags: bool = False) -> dict:
    every_clean, every_planted = load_split(data, split)
    clean = [c for c in every_clean if c.get(lang)]
    planted = [p for p in every_planted if p["lang"] == lang]
    by_design = [p for p in planted if p.get("warn")]  # own batches: a warning by design
    planted = [p for p in planted if not p.get("warn")]
    flagged: list[tuple[dict, list[str]]] = []
    warned = 0
    pof_flagged = 0
    debatable = debatable_flagged = 0
    flagged_ids = set()
    for c in clean:
        errs, warns = verdict(c["vi"], c[lang], lang)
        if errs:
            flagged.append((c, errs))
            flagged_ids.add(c["id"])
        elif warns:
            warned += 1
        pof_flagged += pofilter_numbers(c["vi"], c[lang])
        if DEBATABLE in c.get("tags", ()):
            debatable += 1
            debatable_flagged += bool(errs)
    planted_n: Counter = Counter()
    caught: Counter = Counter()
    pof_caught: Counter = Counter()
    misses: list[tuple[dict, list[str]]] = []
    on_passed = caught_on_passed = 0
    for p in planted:
        cls = error_class(p)
        planted_n[cls] += 1
        errs, warns = verdict(p["vi"], p["target"], lang)
        caught[cls] += bool(errs)
        pof_caught[cls] += pofilter_numbers(p["vi"], p["target"])
        if p["pair"] not in flagged_ids:
            on_passed += 1
            caught_on_passed += bool(errs)
        if not errs:
            misses.append((p, warns))

    n_clean, n_planted = len(clean), sum(planted_n.values())
    units = planted_n["scale (unit changed)"]
    number_errors = n_planted - units
    caught_numbers = sum(caught.values()) - caught["scale (unit changed)"]
    print(f"\n== {split} vi–{lang}: {n_clean} clean pairs, {n_planted} planted errors")
    print(f"  false positives (clean pairs raising an error): {share(len(flagged), n_clean)}"
          f"   pofilter: {share(pof_flagged, n_clean)}")
    print(f"    only warnings: {warned};  of them `{DEBATABLE}` pairs: "
          f"{share(debatable_flagged, debatable)};  without them: "
          f"{share(len(flagged) - debatable_flagged, n_clean - debatable)}")
    print(f"  recall (planted items raising an error): {share(sum(caught.values()), n_planted)}"
          f"   pofilter: {share(sum(pof_caught.values()), n_planted)}")
    print(f"    number errors (unit changes apart): {share(caught_numbers, number_errors)}"
          f";  on pairs whose clean target passed: {share(caught_on_passed, on_passed)}")
    for cls in sorted(planted_n):
        print(f"    {cls:<22} {caught[cls]:>4}/{planted_n[cls]:<4}"
              f" {caught[cls] / planted_n[cls]:6.1%}   pofilter "
              f"{pof_caught[cls] / planted_n[cls]:6.1%}")
    if by_design:
        warned_design = sum(bool(verdict(p["vi"], p["target"], lang)[1]) for p in by_design)
        print(f"    changes that are a warning by design (not counted above): "
              f"{share(warned_design, len(by_design))} warned")
    swaps = planted_n["swap"]
    print(f"    without `swap` (order alone is a warning): "
          f"{share(sum(caught.values()) - caught['swap'], n_planted - swaps)}")
    if tags:
        per_tag = Counter(t for c, _ in flagged for t in c.get("tags", ()))
        total_tag = Counter(t for c in clean for t in c.get("tags", ()))
        print("  false positives by tag (a pair has several tags): " + ", ".join(
            f"{t} {per_tag[t]}/{total_tag[t]}" for t, _ in per_tag.most_common()))
    if show and split not in DEVELOPMENT and not split.startswith("own:"):
        print("  (held out: no items are shown)")
    elif show:
        for c, errs in flagged[:show]:
            print(f"  FP {c['id']} {c.get('tags')}: {errs}\n      vi: {c['vi']}\n"
                  f"      {lang}: {c[lang]}")
        for p, warns in misses[:show]:
            print(f"  MISS {p['id']} {p['error']}: {p['description']}"
                  f"{'  (warned: ' + '; '.join(warns) + ')' if warns else ''}\n"
                  f"      vi: {p['vi']}\n      {lang}: {p['target']}")
    return {"clean": n_clean, "fp": len(flagged), "planted": n_planted,
            "caught": sum(caught.values()), "pof_fp": pof_flagged,
            "pof_caught": sum(pof_caught.values())}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="dev",
                        help=f"dev, test, both, unseen2 ... {HELD_OUT[-1]}, own or own:b01,b02 "
                             f"(the developer's batches); held out: {', '.join(HELD_OUT)}, "
                             "aggregates only (bench/data/HELD_OUT.md)")
    parser.add_argument("--lang", choices=(*LANGS, "both"), default="both")
    parser.add_argument("--show", type=int, default=0,
                        help="print N false alarms and N misses (development splits only)")
    parser.add_argument("--data", type=Path, default=DATA, help="folder of the jsonl files")
    parser.add_argument("--tags", action="store_true",
                        help="false positives per tag (counts only, any split)")
    args = parser.parse_args()
    splits = ("dev", "test") if args.split == "both" else (args.split,)
    langs = LANGS if args.lang == "both" else (args.lang,)
    print("numbers check vs pofilter's digit rule on bench/data (independent, hand-written)")
    for split in splits:
        for lang in langs:
            try:
                evaluate(args.data, split, lang, args.show, args.tags)
            except (BatchError, MissingSplit) as exc:  # a malformed own batch or absent files
                sys.exit(f"error: {exc}")


if __name__ == "__main__":
    main()
