"""Plain-text articles: paragraphs separated by blank lines; a short first line is a title."""

from __future__ import annotations

from translate.document import Block
from translate.formats.blocks import ENDS_SENTENCE, LIST_ITEM, BlockBuilder, iter_lines

__all__ = ["txt_blocks"]


def txt_blocks(text: str) -> list[Block]:
    """Paragraphs separated by blank lines; a short unpunctuated first line is the title;
    lines starting with a list marker are list items."""
    b = BlockBuilder(text)
    para: list[tuple[int, int, str]] = []

    def flush() -> None:
        if not para:
            return
        if all(LIST_ITEM.match(c) for _, _, c in para):
            for s, e, c in para:
                b.add("list_item", s + LIST_ITEM.match(c).end(), e)
        else:
            kind = "paragraph"
            if not b.blocks and len(para) == 1 and not ENDS_SENTENCE.search(para[0][2]):
                kind = "title"
            b.add(kind, para[0][0], para[-1][1])
        para.clear()

    for s, e, content in iter_lines(text):
        if content.strip():
            para.append((s, e, content))
        else:
            flush()
    flush()
    return b.blocks
