"""Building blocks shared by the format readers: line offsets, trimmed block spans, captions.

A block's `text` is an exact substring of the decoded file text (`doc.text[b.start:b.end]`).
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Iterator

from translate.document import Block

__all__ = ["BlockBuilder", "iter_lines", "HAS_LETTER", "ENDS_SENTENCE", "LIST_ITEM"]

class _Lines:
    """Offset → 1-based line lookups without rescanning the text."""

    def __init__(self, text: str) -> None:
        self.newlines = [m.start() for m in re.finditer("\n", text)]

    def line(self, offset: int) -> int:
        return bisect.bisect_left(self.newlines, offset) + 1


def iter_lines(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, content) of each line; `end` excludes the line break (\\n, \\r\\n or \\r)."""
    for m in re.finditer(r"[^\r\n]*(?:\r\n|\n|\r|$)", text):
        if m.start() == len(text) and m.end() == m.start():
            break
        content = m.group().rstrip("\r\n")
        yield m.start(), m.start() + len(content), content


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    chunk = text[start:end]
    left = len(chunk) - len(chunk.lstrip())
    return start + left, start + len(chunk.rstrip())


class BlockBuilder:
    def __init__(self, text: str) -> None:
        self.text = text
        self.lines = _Lines(text)
        self.blocks: list[Block] = []

    def add(self, kind: str, start: int, end: int) -> None:
        start, end = _trimmed(self.text, start, end)
        if start >= end or not HAS_LETTER.search(self.text, start, end):
            return
        if kind == "paragraph" and _PHOTO_CREDIT.match(
            unicodedata.normalize("NFC", self.text[start : min(end, start + 40)])
        ):
            kind = "caption"  # `*Ảnh: Toàn cảnh hội nghị.*`, `(Ảnh minh họa)`
        self.blocks.append(
            Block(len(self.blocks), kind, self.text[start:end], start, end, self.lines.line(start))
        )


HAS_LETTER = re.compile(r"[^\W\d_]")
_PHOTO_CREDIT = re.compile(r"(?:[*_(\[]|<[^>]*>)*\s*Ảnh(?:\s*:|\s+minh\s+h[oọ]a)", re.I)
ENDS_SENTENCE = re.compile(r"[.!?…:;,][\"”’')»\]]*\s*$")
LIST_ITEM = re.compile(r"[ \t]*(?:[-*+•–]|\d{1,3}[.)]|[a-zđ]\))[ \t]+(?=\S)")
