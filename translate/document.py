"""The plain data that crosses stage boundaries: a source document, its blocks and segments.

Offsets (`start`, `end`) always index the file's text as read (after decoding, before any
normalisation), so outside tools can point back into the file.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class Block:
    """A unit of the article that is translated on its own: a title, paragraph, caption...

    `text` is the translatable text (inline markup replaced by placeholders where the format
    has markup); `start`/`end` delimit it in the file text; `line` is 1-based.
    """

    index: int
    kind: str  # title, heading, paragraph, caption, list_item, attribute, ...
    text: str
    start: int
    end: int
    line: int


@dataclass(frozen=True)
class Segment:
    """One sentence of a block: the thing that becomes one PO entry."""

    block: int
    index: int  # position within the block
    text: str
    start: int  # offset into the file text
    end: int
    line: int  # 1-based line of `start` in the file
    kind: str = "paragraph"


@dataclass
class Document:
    """A source article read from disk."""

    path: Path
    text: str  # the whole decoded file
    format: str  # txt, md, html
    blocks: list[Block] = field(default_factory=list)

    @property
    def name(self) -> str:
        return self.path.name


def line_of(text: str, offset: int) -> int:
    """1-based line number of a character offset."""
    return text.count("\n", 0, offset) + 1
