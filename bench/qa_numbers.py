"""Numbers and protected-token checks on real human Vietnamese–Czech and Vietnamese–English
pairs (NTREX dev: the set these checks were developed on; `bench/qa_numbers_unseen.py` is the
independent one).

1. False positives: every vi/cs (vi/en) pair becomes a PO entry; a correct human pair should
   raise no error. Printed: the share of pairs containing numbers that raise one (target
   <= 2 %), over all of them and over those whose numbers really agree. NTREX's vi, cs and en
   were translated from the English original separately (vi and cs), and some pairs really
   disagree (a number one side dropped, added or garbled): those are listed by hand in
   `ntrex_number_discrepancies.tsv` (cs) and `ntrex_number_discrepancies_en.tsv` (en) (TSV
   line, doc_id, reason); flagging them is right, and the share caught is printed too.
2. Recall: one error is planted in a copy of each pair that was clean (change a digit of a
   number, drop a number, or swap two numbers / two digits), and the share caught is printed
   (target >= 98 %).
The obvious alternative, measured on the same entries: pofilter's rule (the digits of source and
translation must be the same multiset of digit strings), implemented here as translate-toolkit
does it (`re.findall(r"\\d+")` compared as sorted lists).

    .venv/bin/python bench/qa_numbers.py [--tsv PATH] [--lang cs|en|both] [--show 10]
"""

from __future__ import annotations

import argparse
import csv
import random
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import polib  # noqa: E402

from translate.review.qa import CheckSettings, check_entries  # noqa: E402
from translate.review.qa.times import find_times  # noqa: E402
from translate.text.numbers import find_numbers  # noqa: E402

NTREX = ROOT.parent / "shared" / "data" / "ntrex" / "documents-dev.tsv"
DISCREPANCIES = {"cs": Path(__file__).resolve().parent / "ntrex_number_discrepancies.tsv",
                 "en": Path(__file__).resolve().parent / "ntrex_number_discrepancies_en.tsv"}
SETTINGS = CheckSettings(checks=frozenset({"numbers", "protected"}))


def load(path: Path, lang: str) -> tuple[list[tuple[str, str]], list[tuple[int, str]]]:
    """The (vi, target) pairs, and where each comes from: (line in the TSV, doc_id)."""
    pairs, origins = [], []
    with path.open(encoding="utf-8") as fh:
        rows = csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        for r in rows:
            if r.get("vi") and r.get(lang):
                pairs.append((r["vi"].strip(), r[lang].strip()))
                origins.append((rows.line_num, r.get("doc_id") or ""))
    return pairs, origins


def load_discrepancies(path: Path) -> dict[int, tuple[str, str]]:
    """Hand-annotated pairs whose numbers really differ: TSV line -> (doc_id, reason)."""
    if not path.exists():
        return {}
    known = {}
    for raw in path.read_text(encoding="utf-8").splitlines():
        if not raw.strip() or raw.startswith("#") or raw.startswith("line\t"):
            continue
        line, doc_id, reason = raw.split("\t", 2)
        known[int(line)] = (doc_id, reason)
    return known


def errors(vi: str, target: str, lang: str) -> list[str]:
    entry = polib.POEntry(msgid=vi, msgstr=target)
    return [f.message for f in check_entries([entry], "ntrex.po", lang, SETTINGS)
            if f.severity == "error"]


def pofilter_numbers(vi: str, cs: str) -> bool:
    """translate-toolkit's `numbers` test: the digit strings must match."""
    return sorted(re.findall(r"\d+", vi)) != sorted(re.findall(r"\d+", cs))


def number_spans(text: str, lang: str) -> list[tuple[int, int]]:
    """Digit runs (with their grouping) of the numbers, dates and times the checker reads."""
    tokens = find_numbers(text, lang)
    read = [(t.start, t.end) for t in tokens]
    read += [(t.start, t.end) for t in find_times(text, lang, tokens)]
    return [m.span() for m in re.finditer(r"\d+(?:[.,:\u00a0 ]\d+)*", text)
            if any(a <= m.start() and m.end() <= b for a, b in read)]


def change(text: str, span: tuple[int, int], rng: random.Random) -> str:
    a, b = span
    positions = [i for i in range(a, b) if text[i].isdigit()]
    i = rng.choice(positions)
    choices = [d for d in "0123456789" if d != text[i] and not (i == positions[0] and d == "0")]
    return text[:i] + rng.choice(choices) + text[i + 1 :]


def drop(text: str, span: tuple[int, int]) -> str:
    a, b = span
    return re.sub(r"  +", " ", text[:a] + text[b:]).strip()


def swap(text: str, spans: list[tuple[int, int]], rng: random.Random) -> str | None:
    """Swap two different numbers; with one number, swap two of its different digits."""
    distinct = [s for s in spans if any(text[s[0]:s[1]] != text[o[0]:o[1]] for o in spans)]
    if len(distinct) >= 2:
        (a1, b1), (a2, b2) = sorted(rng.sample(distinct, 2))
        while text[a1:b1] == text[a2:b2]:
            (a1, b1), (a2, b2) = sorted(rng.sample(distinct, 2))
        return text[:a1] + text[a2:b2] + text[b1:a2] + text[a1:b1] + text[b2:]
    a, b = spans[0]
    digits = [i for i in range(a, b) if text[i].isdigit()]
    pairs = [(i, j) for i, j in zip(digits, digits[1:], strict=False) if text[i] != text[j]]
    if not pairs:
        return None
    i, j = rng.choice(pairs)
    chars = list(text)
    chars[i], chars[j] = chars[j], chars[i]
    return "".join(chars)


def run(tsv: Path, lang: str, show: int) -> None:
    pairs, origins = load(tsv, lang)
    known = load_discrepancies(DISCREPANCIES[lang])
    for line, (doc_id, _) in known.items():
        if (line, doc_id) not in origins:
            print(f"warning: {DISCREPANCIES[lang].name}: line {line} is no pair of {doc_id}")
    rng = random.Random(2023)
    numbered = [i for i, (vi, tgt) in enumerate(pairs)
                if number_spans(tgt, lang) or find_numbers(vi, "vi") or find_times(vi, "vi")]
    with_numbers = [pairs[i] for i in numbered]
    flagged = [(pairs[i][0], pairs[i][1], errors(*pairs[i], lang), origins[i]) for i in numbered]
    flagged = [f for f in flagged if f[2]]
    differing = [i for i in numbered if origins[i][0] in known]
    agreeing = len(with_numbers) - len(differing)
    flagged_differing = sum(line in known for *_, (line, _) in flagged)
    flagged_agreeing = len(flagged) - flagged_differing
    pofilter_flagged = sum(pofilter_numbers(vi, tgt) for vi, tgt in with_numbers)
    clean = [(vi, tgt) for vi, tgt in with_numbers
             if not errors(vi, tgt, lang) and number_spans(tgt, lang)]

    caught: Counter = Counter()
    warned: Counter = Counter()
    planted: Counter = Counter()
    pofilter_caught: Counter = Counter()
    pofilter_planted: Counter = Counter()
    misses = []
    for n, (vi, tgt) in enumerate(clean):
        spans = number_spans(tgt, lang)
        kind = ("change", "drop", "swap")[n % 3]
        if kind == "change":
            bad = change(tgt, rng.choice(spans), rng)
        elif kind == "drop":
            bad = drop(tgt, rng.choice(spans))
        else:
            bad = swap(tgt, spans, rng)
            if bad is None or bad == tgt:
                kind, bad = "change", change(tgt, rng.choice(spans), rng)
        planted[kind] += 1
        if errors(vi, bad, lang):
            caught[kind] += 1
        else:
            found = check_entries([polib.POEntry(msgid=vi, msgstr=bad)], "ntrex.po", lang,
                                  SETTINGS)
            warned[kind] += bool(found)
            misses.append((kind, vi, tgt, bad))
        if not pofilter_numbers(vi, tgt):  # only where pofilter passed the original
            pofilter_planted[kind] += 1
            pofilter_caught[kind] += pofilter_numbers(vi, bad)

    total = sum(planted.values())
    print(f"NTREX vi–{lang} pairs: {len(pairs)}; containing numbers or times: {len(with_numbers)}")
    print(f"  false positives (pairs raising an error): {len(flagged)}/{len(with_numbers)} = "
          f"{len(flagged) / len(with_numbers):.1%}   pofilter digits rule: "
          f"{pofilter_flagged}/{len(with_numbers)} = {pofilter_flagged / len(with_numbers):.1%}")
    print(f"  false positives on pairs whose numbers agree ({len(differing)} annotated "
          f"discrepancies left out): {flagged_agreeing}/{agreeing} = "
          f"{flagged_agreeing / max(agreeing, 1):.1%}   annotated discrepancies flagged: "
          f"{flagged_differing}/{len(differing)}")
    p_total = sum(pofilter_planted.values())
    print(f"  planted errors in {total} clean pairs: recall {sum(caught.values())}/{total} = "
          f"{sum(caught.values()) / total:.1%} (warned only: {sum(warned.values())})   "
          f"pofilter digits rule (on the {p_total} of them it passed before): "
          f"{sum(pofilter_caught.values()) / max(p_total, 1):.1%}")
    for kind in ("change", "drop", "swap"):
        if planted[kind]:
            share = caught[kind] / planted[kind]
            print(f"    {kind:<7} {caught[kind]:>4}/{planted[kind]:<4} {share:.1%}"
                  f"   pofilter {pofilter_caught[kind] / max(pofilter_planted[kind], 1):.1%}"
                  f"   warned only {warned[kind]}")
    for vi, tgt, messages, (line, doc_id) in flagged[:show]:
        note = f"known discrepancy: {known[line][1]}" if line in known else "numbers agree"
        print(f"  FP: {messages}   [line {line}, {doc_id}; {note}]\n      vi: {vi}\n"
              f"      {lang}: {tgt}")
    for kind, vi, tgt, bad in misses[:show]:
        print(f"  MISS {kind}:\n      vi: {vi}\n      {lang}: {tgt}\n     bad: {bad}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tsv", type=Path, default=NTREX)
    parser.add_argument("--lang", choices=("cs", "en", "both"), default="both")
    parser.add_argument("--show", type=int, default=0, help="print N flagged pairs / misses")
    args = parser.parse_args()
    if not args.tsv.exists():
        print(f"{args.tsv} not found: this benchmark needs the NTREX vi/cs/en pairs (--tsv)")
        return
    for lang in ("cs", "en") if args.lang == "both" else (args.lang,):
        run(args.tsv, lang, args.show)


if __name__ == "__main__":
    main()
