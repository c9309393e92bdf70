"""Sentence splitter benchmark on real news: our splitter vs underthesea vs a naive regex.

Rebuilds each NTREX-128 development article from its Vietnamese sentences (one per line in
`../shared/data/ntrex/documents-dev.tsv`, relative to the repository root), runs each splitter
over the article text and scores the sentence boundaries against the original line breaks:
precision, recall and F1 over boundary offsets, plus sentences per second.

How an article is rebuilt: sentences are joined with single spaces; a line without final
punctuation (the headline, sub-headings, photo credits) stands on its own line, as it does in any
real article (joined with a space it would be invisible to every splitter); and every second
article is also broken into paragraphs of three sentences (a blank line between them), so that
paragraph structure is exercised too.

Usage: .venv/bin/python bench/segment.py [--repeat N] [--show-errors]
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from translate.text.segment import split_sentences  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "ntrex" / "documents-dev.tsv"
_FINAL = re.compile(r"[.!?…][\"”’')»\]]*\Z")

Splitter = Callable[[str], list[tuple[int, int]]]


def load_articles(path: Path) -> list[tuple[str, list[str]]]:
    """(doc_id, Vietnamese sentences) per article, in file order."""
    docs: dict[str, list[str]] = {}
    lines = path.read_text("utf-8").split("\n")
    for line in lines[1:]:
        if not line:
            continue
        doc_id, vi = line.split("\t")[:2]
        docs.setdefault(doc_id, []).append(vi.strip())
    return list(docs.items())


# Inside a gold line: final punctuation after a lower-case word, then a capitalised word.
_INNER_END = re.compile(r"(?<=[^\W\d_]{2})[.!?…][”\"’]?\s+(?=[“\"‘]?[^\W\d_])")


def inner_ends(sentence: str, offset: int) -> set[int]:
    """Offsets where a gold line itself holds a second sentence (the translators merged two)."""
    found = set()
    for m in _INNER_END.finditer(sentence):
        before, after = sentence[m.start() - 1], sentence[m.end() :].lstrip('“"‘')[:1]
        if before.islower() and after.isupper():
            found.add(offset + m.end())
    return found


def rebuild(
    sentences: list[str], paragraphs: bool, headlines_inline: bool = False
) -> tuple[str, set[int], set[int]]:
    """The article text, the gold boundary offsets (start of every sentence but the first) and
    the offsets of sentence ends inside gold lines (scored as neither right nor wrong in the
    "neutral" rows)."""
    parts: list[str] = []
    gold: set[int] = set()
    neutral: set[int] = set()
    pos = 0
    in_para = 0
    for i, sent in enumerate(sentences):
        if i:
            prev = sentences[i - 1]
            if not headlines_inline and not _FINAL.search(prev):
                sep = "\n"
            elif paragraphs and in_para >= 3:
                sep = "\n\n"
            else:
                sep = " "
            in_para = 0 if sep != " " else in_para
            parts.append(sep)
            pos += len(sep)
            gold.add(pos)
        parts.append(sent)
        neutral |= inner_ends(sent, pos)
        pos += len(sent)
        in_para += 1
    return "".join(parts), gold, neutral


def spans_from_strings(text: str, sentences: list[str]) -> list[tuple[int, int]]:
    """Map the strings a tokenizer returned back to offsets in `text` (in order)."""
    spans = []
    pos = 0
    for sent in sentences:
        sent = sent.strip()
        if not sent:
            continue
        at = text.find(sent, pos)
        if at < 0:  # the tokenizer changed whitespace: match the first word instead
            first = sent.split()[0]
            at = text.find(first, pos)
            if at < 0:
                continue
        spans.append((at, at + len(sent)))
        pos = at + 1
    return spans


def underthesea_splitter() -> Splitter | None:
    try:
        from underthesea import sent_tokenize
    except ImportError:
        return None
    sent_tokenize("Khởi động. Xong.")  # loads its abbreviation data once

    def split(text: str) -> list[tuple[int, int]]:
        return spans_from_strings(text, sent_tokenize(text))

    return split


def naive_splitter(text: str) -> list[tuple[int, int]]:
    """The obvious regex: end a sentence at . ! ? … (plus closing quotes) before whitespace."""
    spans = []
    for m in re.finditer(r"\S.*?(?:[.!?…]+[”\"’')»]*(?=\s|\Z)|(?=\n)|\Z)", text):
        spans.append((m.start(), m.end()))
    return spans


def score(
    spans: list[tuple[int, int]], gold: set[int], neutral: set[int] = frozenset()
) -> tuple[int, int, int]:
    predicted = {s for s, _ in spans[1:]} - neutral
    tp = len(predicted & gold)
    return tp, len(predicted) - tp, len(gold) - tp


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="timing runs (best is kept)")
    parser.add_argument("--show-errors", action="store_true", help="print our wrong boundaries")
    parser.add_argument(
        "--headlines-inline",
        action="store_true",
        help="join unpunctuated lines (headlines) with a space too, as no real article does",
    )
    args = parser.parse_args()
    if not DATA.exists():
        print(f"NTREX data not found at {DATA}; nothing to measure", file=sys.stderr)
        return 1
    articles = load_articles(DATA)
    texts: list[tuple[str, set[int], set[int], int]] = []
    for k, (_, sentences) in enumerate(articles):
        text, gold, neutral = rebuild(sentences, bool(k % 2), args.headlines_inline)
        texts.append((text, gold, neutral, len(sentences)))
    n_sent = sum(n for *_, n in texts)
    n_chars = sum(len(t) for t, *_ in texts)
    n_neutral = sum(len(n) for _, _, n, _ in texts)

    systems: list[tuple[str, Splitter]] = [("ours", lambda t: split_sentences(t))]
    ut = underthesea_splitter()
    if ut is not None:
        systems.append(("underthesea", ut))
    systems.append(("naive regex", naive_splitter))

    results = {}
    for name, split in systems:
        strict = [0, 0, 0]
        lenient = [0, 0, 0]
        for text, gold, neutral, _ in texts:
            spans = split(text)
            for acc, counts in (
                (strict, score(spans, gold)),
                (lenient, score(spans, gold, neutral)),
            ):
                for i, v in enumerate(counts):
                    acc[i] += v
        best = float("inf")
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            for text, *_ in texts:
                split(text)
            best = min(best, time.perf_counter() - t0)
        results[name] = (*prf(*strict), prf(*lenient)[2], n_sent / best, *strict)

    names = [name for name, _ in systems]
    print(
        f"NTREX-128 dev (vi): {len(articles)} articles, {n_sent} sentences, "
        f"{n_chars:,} characters; best of {args.repeat} timing runs"
    )
    width = 14
    print("metric".ljust(26) + "".join(n.rjust(width) for n in names))
    rows = [
        ("boundary precision", 0, "{:.4f}"),
        ("boundary recall", 1, "{:.4f}"),
        ("boundary F1", 2, "{:.4f}"),
        ("F1, merged lines neutral", 3, "{:.4f}"),
        ("sentences / s", 4, "{:,.0f}"),
        ("true boundaries", 5, "{:d}"),
        ("false boundaries", 6, "{:d}"),
        ("missed boundaries", 7, "{:d}"),
    ]
    for label, i, fmt in rows:
        print(label.ljust(26) + "".join(fmt.format(results[n][i]).rjust(width) for n in names))
    print(
        f"(gold lines holding two sentences: {n_neutral} inner sentence ends; the 'neutral' row "
        "counts a split there as neither right nor wrong)"
    )
    if "underthesea" in results:
        ratio = results["ours"][4] / results["underthesea"][4]
        print(f"speed ours / underthesea: {ratio:.1f}x")
    ratio = results["ours"][4] / results["naive regex"][4]
    print(f"speed ours / naive regex: {ratio:.2f}x")
    if args.show_errors:
        for text, gold, _, _ in texts:
            predicted = {s for s, _ in split_sentences(text)[1:]}
            for off in sorted(predicted ^ gold):
                tag = "FALSE " if off in predicted else "MISSED"
                print(tag, repr(text[max(0, off - 60) : off]), "|", repr(text[off : off + 40]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
