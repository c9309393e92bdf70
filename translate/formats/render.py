"""Reassembly: the source file with each segment replaced by its translation.

Everything between segments (markup, whitespace, page chrome, line endings) is copied from the
source as it is, so an identity translation reproduces the file exactly. In HTML, text a
translator or model wrote is escaped where HTML needs it (a bare `&` or `<` in text, quotes in
attribute values); inline tags and entities that are already there are kept.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from translate.document import Document, Segment

# `&` that does not start a character reference; `<` that does not start a tag or comment.
_BARE_AMP = re.compile(r"&(?!#\d{1,7};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]{1,31};)")
_BARE_LT = re.compile(r"<(?![A-Za-z/!?])")


def escape_html_text(text: str, quote: str | None = None) -> str:
    """Escape what HTML needs escaped in `text`, keeping existing tags and entities."""
    text = _BARE_AMP.sub("&amp;", text)
    text = _BARE_LT.sub("&lt;", text)
    if quote == '"':
        text = text.replace('"', "&quot;")
    elif quote == "'":
        text = text.replace("'", "&#39;")
    if quote:
        text = text.replace("<", "&lt;").replace(">", "&gt;")
    return text


def render_document(doc: Document, segments: Sequence[Segment], translations: Sequence[str]) -> str:
    """`doc.text` with `segments[i]` replaced by `translations[i]`; raises ValueError on
    misaligned input (different lengths, overlapping or out-of-range segments)."""
    if len(segments) != len(translations):
        raise ValueError(
            f"{len(segments)} segments but {len(translations)} translations for {doc.path}"
        )
    order = sorted(range(len(segments)), key=lambda i: (segments[i].start, segments[i].end))
    out: list[str] = []
    pos = 0
    text = doc.text
    for i in order:
        seg, target = segments[i], translations[i]
        if seg.start < pos or seg.end > len(text) or seg.start > seg.end:
            raise ValueError(f"segment {seg.block}.{seg.index} overlaps or leaves {doc.path}")
        out.append(text[pos : seg.start])
        source = text[seg.start : seg.end]
        if doc.format == "html" and target != source:
            quote = None
            if seg.kind == "attribute":
                block_start = _block_start(doc, seg)
                if block_start > 0 and text[block_start - 1] in "\"'":
                    quote = text[block_start - 1]
            target = escape_html_text(target, quote)
        out.append(target)
        pos = seg.end
    out.append(text[pos:])
    return "".join(out)


def _block_start(doc: Document, seg: Segment) -> int:
    if 0 <= seg.block < len(doc.blocks) and doc.blocks[seg.block].index == seg.block:
        return doc.blocks[seg.block].start
    return next((b.start for b in doc.blocks if b.index == seg.block), seg.start)
