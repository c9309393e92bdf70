"""HTML articles: `fragment` keeps all text (a CMS body, with inline tags inside sentences and
`alt`/`title` attributes as their own units); `page` keeps only the article of a saved news
page (title, lead, body, captions, author line) with `trafilatura`; `auto` picks `page` when
the file has a `<body>` with navigation, header, footer or aside parts."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from pathlib import Path

from translate.document import Block
from translate.errors import InputError
from translate.formats.blocks import HAS_LETTER, BlockBuilder
from translate.text.segment import split_sentences

__all__ = ["html_blocks", "html_fragment"]

_HTML_TOKEN = re.compile(
    r"<!--.*?(?:-->|\Z)"
    r"|<!\[CDATA\[.*?(?:\]\]>|\Z)"
    r"|<[!?][^>]*+(?:>|\Z)"  # doctype, bogus comment (to the end, as browsers do)
    r"|<(?P<close>/?)(?P<name>[A-Za-z][A-Za-z0-9:-]*+)"
    r"(?P<attrs>(?:[^>\"']++|\"[^\"]*+\"|'[^']*+')*+)>",
    re.S,
)
_HTML_ATTR = re.compile(
    r"(?P<key>[^\s=/>\"']+)(?:\s*=\s*(?:\"(?P<dq>[^\"]*)\"|'(?P<sq>[^']*)'|(?P<uq>[^\s>]+)))?"
)
_INLINE = frozenset(
    "a abbr acronym b bdi bdo big br cite code data del dfn em font i ins kbd label mark nobr "
    "q s samp small span strike strong sub sup time tt u var wbr".split()
)
_RAW = frozenset({"script", "style", "pre", "textarea", "svg", "math", "noscript", "template"})
_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
_BLOCK_KIND = {
    "h1": "title",
    "h2": "heading",
    "h3": "heading",
    "h4": "heading",
    "h5": "heading",
    "h6": "heading",
    "p": "paragraph",
    "li": "list_item",
    "dt": "list_item",
    "dd": "list_item",
    "figcaption": "caption",
    "caption": "caption",
    "td": "table_cell",
    "th": "table_cell",
    "blockquote": "quote",
    "title": "meta",
}
# <meta> whose content is read by people (search results, link previews)
_META_NAMES = frozenset(
    {"description", "og:title", "og:description", "twitter:title", "twitter:description"}
)
_ENTITY = re.compile(r"&(?:#\d+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);?")
_TRANSLATABLE_ATTRS = ("alt", "title")
_TRAFILATURA_FAST_ABOVE = 1_000_000
_PAGE_HINT = re.compile(
    r"<(?:nav|header|footer|aside)\b|\b(?:class|id)\s*=\s*[\"'][^\"']*"
    r"(?:menu|navbar|footer|sidebar|comment|related|breadcrumb)",
    re.I,
)


@dataclass
class _HtmlBlock:
    block: Block
    plain: str  # text content: tags dropped, entities decoded, spaces collapsed
    region: tuple[int, ...]  # offsets of the enclosing block elements' start tags


def html_blocks(text: str, path: Path | str = "<input>", mode: str = "auto") -> list[Block]:
    """Blocks of an HTML file. `fragment`: every text block, markup kept in place (inline
    tags stay inside the block text; `alt`/`title` values become `attribute` blocks);
    `page`: only the article of a saved news page (trafilatura decides what is article);
    `auto`: `page` when the file has page furniture (nav, header, footer, menus), else
    `fragment`."""
    if mode not in ("auto", "fragment", "page"):
        raise ValueError(f"unknown HTML mode {mode!r}")
    blocks = html_fragment(text)
    if mode == "auto":
        mode = (
            "page" if re.search(r"<body\b", text, re.I) and _PAGE_HINT.search(text) else "fragment"
        )
    if mode == "fragment":
        return [h.block for h in blocks]
    return _article_blocks(text, blocks, path)


def html_fragment(text: str) -> list[_HtmlBlock]:
    b = BlockBuilder(text)
    out: list[_HtmlBlock] = []
    stack: list[tuple[str, int, str]] = []  # open block elements: (name, tag start, kind)
    span: list[int] | None = None  # [start, end] of the open run of text and inline tags
    has_letter = False
    title_done = False

    def kind_now() -> str:
        for _name, _, kind in reversed(stack):
            if kind:
                return kind
        return "paragraph"

    def add(kind: str, start: int, end: int) -> None:
        before = len(b.blocks)
        b.add(kind, start, end)
        if len(b.blocks) > before:
            blk = b.blocks[-1]
            out.append(_HtmlBlock(blk, _plain(blk.text), tuple(t for _, t, _ in stack)))

    def flush() -> None:
        nonlocal span, has_letter, title_done
        if span is not None and has_letter:
            kind = kind_now()
            if kind == "title":
                if title_done:
                    kind = "heading"
                title_done = True
            add(kind, span[0], span[1])
        span, has_letter = None, False

    def text_run(start: int, end: int) -> None:
        nonlocal span, has_letter
        chunk = text[start:end]
        if not chunk.strip():
            if span is not None:
                span[1] = end
            return
        if span is None:
            span = [start, end]
        span[1] = end
        if not has_letter and HAS_LETTER.search(_ENTITY.sub(" ", chunk)):
            has_letter = True

    pos = 0
    n = len(text)
    while pos < n:
        m = _HTML_TOKEN.search(text, pos)
        if m is None:
            text_run(pos, n)
            break
        if m.start() > pos:
            text_run(pos, m.start())
        pos = m.end()
        name = (m.group("name") or "").lower()
        if not name:  # comment, doctype, processing instruction: leave untouched
            flush()
            continue
        closing = bool(m.group("close"))
        if name in _INLINE:
            if span is None and closing:
                continue  # a stray closing tag before any text
            if span is None:
                span = [m.start(), m.end()]
            span[1] = m.end()
            continue
        flush()
        if closing:
            for k in range(len(stack) - 1, -1, -1):
                if stack[k][0] == name:
                    del stack[k:]
                    break
            continue
        attrs = m.group("attrs")
        attrs_start = m.start("attrs")
        meta = name == "meta" and (
            _attr(attrs, "name").lower() in _META_NAMES
            or _attr(attrs, "property").lower() in _META_NAMES
        )
        for am in _HTML_ATTR.finditer(attrs):
            key = am.group("key").lower()
            group = "dq" if am.group("dq") is not None else "sq"
            if am.group(group) is None:
                continue  # only quoted values can be replaced safely
            value = (attrs_start + am.start(group), attrs_start + am.end(group))
            if key in _TRANSLATABLE_ATTRS and (key == "title" or name in ("img", "area", "input")):
                add("attribute", *value)
            elif meta and key == "content":
                add("meta", *value)
        if name in _RAW:
            end = re.compile(rf"</{name}\s*>", re.I).search(text, pos)
            pos = end.end() if end else n
            continue
        if name in _VOID or attrs.rstrip().endswith("/"):
            continue
        kind = _BLOCK_KIND.get(name, "")
        classes = _attr(attrs, "class").lower()
        if "caption" in classes or "sapo" in classes:
            kind = "caption" if "caption" in classes else "lead"
        elif "author" in classes or "byline" in classes:
            kind = "byline"
        elif name == "p" and ("lead" in classes or "summary" in classes):
            kind = "lead"
        stack.append((name, m.start(), kind))
    flush()
    return out


def _common_prefix(regions: list[tuple[int, ...]]) -> tuple[int, ...]:
    prefix = regions[0]
    for region in regions[1:]:
        k = 0
        while k < min(len(prefix), len(region)) and prefix[k] == region[k]:
            k += 1
        prefix = prefix[:k]
    return prefix


def _attr(attrs: str, key: str) -> str:
    for am in _HTML_ATTR.finditer(attrs):
        if am.group("key").lower() == key:
            return am.group("dq") or am.group("sq") or am.group("uq") or ""
    return ""


def _plain(fragment: str) -> str:

    return " ".join(html.unescape(_HTML_TOKEN.sub(_tag_space, fragment)).split())


def _tag_space(m: re.Match[str]) -> str:
    """Inline tags vanish from plain text (`<b>A</b>,` is `A,`); line breaks are spaces."""
    return " " if (m.group("name") or "").lower() == "br" else ""


def _article_blocks(text: str, blocks: list[_HtmlBlock], path: Path | str) -> list[Block]:
    """Keep the blocks of a saved page that trafilatura recognises as the article."""
    import trafilatura

    result = trafilatura.bare_extraction(
        text,
        include_comments=False,
        include_tables=True,
        include_images=True,
        with_metadata=True,
        favor_precision=True,
        # its fallback extractors grow faster than linearly; a news page is far below this
        fast=len(text) > _TRAFILATURA_FAST_ABOVE,
    )
    article = (getattr(result, "text", None) or "") if result is not None else ""
    title = (getattr(result, "title", None) or "") if result is not None else ""
    lines = {" ".join(line.split()) for line in article.splitlines() if line.strip()}
    # trafilatura may join or re-wrap a paragraph: match such blocks sentence by sentence
    flat = " ".join(article.split())
    sentences = {flat[a:b] for a, b in split_sentences(flat)}

    def in_article(plain: str) -> bool:
        if plain in lines:
            return True
        if len(plain) < 40:
            return False
        spans = split_sentences(plain)
        return 2 * sum(plain[a:b] in sentences for a, b in spans) >= len(spans)

    chosen = [
        i
        for i, h in enumerate(blocks)
        if h.block.kind not in ("attribute", "meta") and h.plain and in_article(h.plain)
    ]
    if not chosen:
        raise InputError(
            "no article found in this page",
            path=path,
            hint="if the whole file should be translated, use the HTML fragment mode",
        )
    # The article body: the block elements that enclose every chosen block. Captions, image
    # alt text, the lead and the author line inside it belong to the article too, and so do
    # those between the headline and the body (a lead printed above the body). Blocks of these
    # kinds elsewhere (related-article summaries, ad banners) are page furniture.
    body = _common_prefix([blocks[i].region for i in chosen])
    norm_title = " ".join(title.split())
    headline = None
    for i in range(chosen[0] - 1, -1, -1):
        h = blocks[i]
        if h.block.kind in ("title", "heading") and norm_title and h.plain == norm_title:
            headline = i
            break
    around = body if headline is None else _common_prefix([body, blocks[headline].region])
    lo = chosen[0] if headline is None else headline
    keep = set(chosen)
    if headline is not None:
        keep.add(headline)
    for i, h in enumerate(blocks):
        if h.block.kind == "meta":
            keep.add(i)  # the page's <title> and description travel with the article
        elif h.block.kind in ("caption", "attribute", "byline", "lead") and (
            h.region[: len(body)] == body
            or (lo <= i <= chosen[-1] and h.region[: len(around)] == around)
        ):
            keep.add(i)
    selected = [blocks[i].block for i in sorted(keep)]
    out: list[Block] = []
    titled = False
    for k, b in enumerate(selected):
        kind = b.kind
        if kind in ("title", "heading"):
            kind = "heading" if titled else "title"
            titled = True
        out.append(Block(k, kind, b.text, b.start, b.end, b.line))
    return out
