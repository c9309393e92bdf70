"""Markdown articles: headings, paragraphs, lists, quotes, tables, image captions; code,
front matter, link definitions and raw HTML lines are left alone."""

from __future__ import annotations

import re

from translate.document import Block
from translate.formats.blocks import LIST_ITEM, BlockBuilder, iter_lines
from translate.formats.html import html_fragment

__all__ = ["md_blocks"]

_MD_HEADING = re.compile(r"[ ]{0,3}(#{1,6})(?:[ \t]+|$)")
_MD_HEADING_TAIL = re.compile(r"(?:[ \t]+#+)?[ \t]*$")
_MD_FENCE = re.compile(r"[ ]{0,3}(`{3,}|~{3,})")
_MD_RULE = re.compile(r"[ ]{0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$")
_MD_SETEXT = re.compile(r"[ ]{0,3}(?:=+|-+)[ \t]*$")
_MD_QUOTE = re.compile(r"[ ]{0,3}>[ \t]?")
_MD_LINKDEF = re.compile(r"[ ]{0,3}\[[^\]]+\]:\s*\S")
_MD_IMAGE_LINE = re.compile(r"[ \t]*!\[([^\]]*)\]\([^)]*\)[ \t]*$")
_MD_IMAGE_TITLE = re.compile(r"!\[[^\]]*\]\(\S+?\s+(\"[^\"]*\"|'[^']*')\)")
_MD_TABLE_SEP = re.compile(r"[ \t]*\|?[ \t]*:?-{2,}:?[ \t]*(?:\|[ \t]*:?-{2,}:?[ \t]*)*\|?[ \t]*$")
_MD_EMPHASIS_LINE = re.compile(r"[ \t]*(\*[^*\s][^*]*\*|_[^_\s][^_]*_)[ \t]*$")
# A line opening an HTML block inside Markdown (CommonMark "HTML blocks"); inline tags such
# as <b> at the start of a line are ordinary paragraph text.
_MD_HTML_LINE = re.compile(
    r"[ ]{0,3}<(?:!--|/?(?:address|article|aside|audio|blockquote|center|details|div|dl|"
    r"figcaption|figure|footer|form|h[1-6]|header|hr|iframe|img|li|nav|noscript|ol|p|picture|"
    r"pre|script|section|style|summary|table|tbody|td|template|tfoot|th|thead|tr|ul|video)\b)",
    re.I,
)


def md_blocks(text: str) -> list[Block]:
    """Markdown: headings, paragraphs, list items, quotes, table cells, image alt text and
    captions. Code blocks, front matter, link definitions and HTML lines are left alone."""
    b = BlockBuilder(text)
    lines = list(iter_lines(text))
    para: list[tuple[int, int, str]] = []
    item: list[int] | None = None  # [start, end] of the current list item text
    image_end = -10  # offset where the last image line ended: a caption may follow it
    title_done = False

    def flush() -> None:
        nonlocal item
        if item is not None:
            b.add("list_item", item[0], item[1])
            item = None
        if para:
            kind = "paragraph"
            between = text[image_end : para[0][0]]
            if (
                len(para) == 1
                and image_end >= 0
                and not between.strip()
                and _MD_EMPHASIS_LINE.match(para[0][2])
            ):
                kind = "caption"
            b.add(kind, para[0][0], para[-1][1])
            para.clear()

    i = 0
    # YAML front matter
    if lines and lines[0][2].strip() == "---":
        for j in range(1, len(lines)):
            if lines[j][2].strip() in ("---", "..."):
                i = j + 1
                break
    fence: str | None = None
    while i < len(lines):
        s, e, c = lines[i]
        i += 1
        if fence is not None:
            if c.strip().startswith(fence):
                fence = None
            continue
        m = _MD_FENCE.match(c)
        if m:
            flush()
            fence = m.group(1)[0] * 3
            continue
        if not c.strip():
            flush()
            continue
        if c.startswith(("    ", "\t")) and not para and item is None:
            continue  # indented code block
        m = _MD_HEADING.match(c)
        if m:
            flush()
            tail = _MD_HEADING_TAIL.search(c, m.end())
            kind = "title" if len(m.group(1)) == 1 and not title_done else "heading"
            title_done = title_done or kind == "title"
            b.add(kind, s + m.end(), s + (tail.start() if tail else len(c)))
            continue
        if para and item is None and _MD_SETEXT.match(c):
            kind = "heading"
            if c.strip()[0] == "=" and not title_done:
                kind, title_done = "title", True
            start, end = para[0][0], para[-1][1]
            para.clear()
            b.add(kind, start, end)
            continue
        if _MD_RULE.match(c):
            flush()
            continue
        if _MD_LINKDEF.match(c) and not para:
            continue
        m = _MD_IMAGE_LINE.match(c)
        if m:
            flush()
            b.add("attribute", s + m.start(1), s + m.end(1))
            t = _MD_IMAGE_TITLE.search(c)
            if t:
                b.add("attribute", s + t.start(1) + 1, s + t.end(1) - 1)
            image_end = e
            continue
        m = LIST_ITEM.match(c)
        if m:
            flush()
            item = [s + m.end(), e]
            continue
        if item is not None:
            item[1] = e  # lazy continuation line of a list item
            continue
        m = _MD_QUOTE.match(c)
        if m:
            flush()
            b.add("quote", s + m.end(), e)
            continue
        if "|" in c and _MD_TABLE_SEP.match(c):
            if len(para) == 1:  # a header row written without a leading pipe
                header = para.pop()
                _table_cells(b, header)
            continue
        if c.lstrip().startswith("|"):
            flush()
            _table_cells(b, (s, e, c))
            continue
        if not para and item is None and _MD_HTML_LINE.match(c):
            # an HTML block runs to the next blank line: extract it as HTML
            j = i
            while j < len(lines) and lines[j][2].strip():
                j += 1
            region_end = lines[j - 1][1]
            for h in html_fragment(text[s:region_end]):
                b.add(h.block.kind, s + h.block.start, s + h.block.end)
            i = j
            continue
        para.append((s, e, c))
    flush()
    return b.blocks


def _table_cells(b: BlockBuilder, line: tuple[int, int, str]) -> None:
    s, _, c = line
    for m in re.finditer(r"(?:(?<=\|)|^)([^|]+)(?=\||$)", c):
        b.add("table_cell", s + m.start(1), s + m.end(1))


# ---------------------------------------------------------------------------------------------
# HTML
