"""Where `translate.text.numbers` looks for numbers: windows of text around digits, and spans
it must not report from merged into one sorted list.

Kept apart from the reader itself because it knows nothing of any language's conventions: it
only keeps the (slow) alternation of month names from being tried at every word of prose.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

__all__ = ["DIGITS", "matches_near_digits", "merge_spans"]

DIGITS = re.compile("[0-9]+")
_REACH = 48  # every match has a digit within this many characters of each of its ends


def merge_spans(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted, non-overlapping spans."""
    merged: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    return merged


def matches_near_digits(regex: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """`regex.finditer` restricted to windows around digits: prose without digits is never
    scanned (the alternation of month names is slow to try at every word).

    Windows are merged when closer than twice the reach, so a window edge is always at least
    `_REACH` characters from any digit; a match extends at most ~15 characters past a digit
    (`5 phần trăm`, `2023 г.`), so none is cut or changed by an edge.
    """
    windows: list[list[int]] = []
    for m in DIGITS.finditer(text):
        start, end = max(0, m.start() - _REACH), min(len(text), m.end() + _REACH)
        if windows and start <= windows[-1][1] + _REACH:
            windows[-1][1] = end
        else:
            windows.append([start, end])
    for start, end in windows:
        yield from regex.finditer(text, start, end)
