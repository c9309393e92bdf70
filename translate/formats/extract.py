"""Article extraction: a file on disk in, a `Document` of translatable blocks out.

A block's `text` is an exact substring of the decoded file text (`doc.text[b.start:b.end]`),
inline markup included (`**x**`, `[x](url)`, `<b>x</b>`), like translate-toolkit's md2po and
html2po: the protect stage masks that markup for the model, and `render_document` puts
translations back into the same places, so everything outside the blocks survives untouched.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from translate.document import Block, Document
from translate.errors import InputError
from translate.text.segment import split_sentences

FORMATS = {
    ".txt": "txt",
    ".text": "txt",
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
}

# Vietnamese letters whose cp1258 bytes are distinctive (ă â đ ê ô ơ ư and combining tones).
_CP1258_HINT = re.compile(rb"[\xc3\xe3\xd0\xf0\xd5\xf5\xdd\xfd\xcc\xec\xd2\xde\xf2]")
# C0 controls other than tab, line breaks, form feed; a few are tolerated, many mean binary.
_CONTROL = re.compile(r"[\x01-\x08\x0e-\x1f\x7f]")


def read_document(path: Path, html_mode: str = "auto") -> Document:
    """Read a .txt, .md or .html article into blocks; bad input raises `InputError`.

    `html_mode`: `fragment` keeps all text of the HTML, `page` reduces a saved news page to
    its article, `auto` picks `page` when the file looks like a whole page with navigation.
    """
    path = Path(path)
    fmt = FORMATS.get(path.suffix.lower())
    if not path.exists():
        raise InputError("file not found", path=path)
    if path.is_dir():
        raise InputError(
            "is a directory, expected an article file",
            path=path,
            hint="pass the files, e.g. articles/*.md",
        )
    if fmt is None:
        raise InputError(
            f"unsupported file type {path.suffix or '(no extension)'!r}",
            path=path,
            hint="supported: " + ", ".join(sorted(FORMATS)),
        )
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read file: {exc.strerror or exc}", path=path) from None
    text = decode(data, path)
    if fmt == "txt":
        blocks = txt_blocks(text)
    elif fmt == "md":
        blocks = md_blocks(text)
    else:
        blocks = html_blocks(text, path=path, mode=html_mode)
    if not blocks:
        raise InputError("no translatable text found", path=path)
    return Document(path=path, text=text, format=fmt, blocks=blocks)


def decode(data: bytes, path: Path | str = "<input>") -> str:
    """Decode UTF-8 (with or without BOM); anything else is an `InputError` saying what to do."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")) or _looks_utf16(data):
        raise _encoding_error(path, "UTF-16", "UTF-16")
    if b"\x00" in data:
        raise InputError("binary file (contains NUL bytes), expected text", path=path)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        if len(_CP1258_HINT.findall(data)) >= 3:
            name, iconv = "windows-1258 (Vietnamese Windows) or TCVN3", "CP1258"
        else:
            name, iconv = "windows-1252 or Latin-1", "WINDOWS-1252"
        raise _encoding_error(path, name, iconv, line) from None
    if not text.strip():
        raise InputError("file is empty", path=path)
    sample = text[:100_000]
    if len(_CONTROL.findall(sample)) > max(8, len(sample) // 100):
        raise InputError("binary file (many control characters), expected text", path=path)
    return text


def _looks_utf16(data: bytes) -> bool:
    sample = data[:4000]
    return len(sample) >= 8 and (
        sample[1::2].count(0) > len(sample) // 4 or sample[0::2].count(0) > len(sample) // 4
    )


def _encoding_error(path: Path | str, name: str, iconv: str, line: int | None = None) -> InputError:
    src = Path(str(path))
    out = src.with_name(f"{src.stem}.utf8{src.suffix}")
    return InputError(
        f"not UTF-8 text; it looks like {name}",
        path=path,
        line=line,
        hint=f"convert it: iconv -f {iconv} -t UTF-8 {path} > {out}",
    )


class _Lines:
    """Offset → 1-based line lookups without rescanning the text."""

    def __init__(self, text: str) -> None:
        self.newlines = [m.start() for m in re.finditer("\n", text)]

    def line(self, offset: int) -> int:
        return bisect.bisect_left(self.newlines, offset) + 1


def _iter_lines(text: str) -> Iterator[tuple[int, int, str]]:
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


class _Builder:
    def __init__(self, text: str) -> None:
        self.text = text
        self.lines = _Lines(text)
        self.blocks: list[Block] = []

    def add(self, kind: str, start: int, end: int) -> None:
        start, end = _trimmed(self.text, start, end)
        if start >= end or not _HAS_LETTER.search(self.text, start, end):
            return
        if kind == "paragraph" and _PHOTO_CREDIT.match(
            unicodedata.normalize("NFC", self.text[start : min(end, start + 40)])
        ):
            kind = "caption"  # `*Ảnh: Toàn cảnh hội nghị.*`, `(Ảnh minh họa)`
        self.blocks.append(
            Block(len(self.blocks), kind, self.text[start:end], start, end, self.lines.line(start))
        )


_HAS_LETTER = re.compile(r"[^\W\d_]")
_PHOTO_CREDIT = re.compile(r"(?:[*_(\[]|<[^>]*>)*\s*Ảnh(?:\s*:|\s+minh\s+h[oọ]a)", re.I)
_ENDS_SENTENCE = re.compile(r"[.!?…:;,][\"”’')»\]]*\s*$")


def txt_blocks(text: str) -> list[Block]:
    """Paragraphs separated by blank lines; a short unpunctuated first line is the title;
    lines starting with a list marker are list items."""
    b = _Builder(text)
    para: list[tuple[int, int, str]] = []

    def flush() -> None:
        if not para:
            return
        if all(_LIST_ITEM.match(c) for _, _, c in para):
            for s, e, c in para:
                b.add("list_item", s + _LIST_ITEM.match(c).end(), e)
        else:
            kind = "paragraph"
            if not b.blocks and len(para) == 1 and not _ENDS_SENTENCE.search(para[0][2]):
                kind = "title"
            b.add(kind, para[0][0], para[-1][1])
        para.clear()

    for s, e, content in _iter_lines(text):
        if content.strip():
            para.append((s, e, content))
        else:
            flush()
    flush()
    return b.blocks


_LIST_ITEM = re.compile(r"[ \t]*(?:[-*+•–]|\d{1,3}[.)]|[a-zđ]\))[ \t]+(?=\S)")
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
    b = _Builder(text)
    lines = list(_iter_lines(text))
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
        m = _LIST_ITEM.match(c)
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
            for h in _html_fragment(text[s:region_end]):
                b.add(h.block.kind, s + h.block.start, s + h.block.end)
            i = j
            continue
        para.append((s, e, c))
    flush()
    return b.blocks


def _table_cells(b: _Builder, line: tuple[int, int, str]) -> None:
    s, _, c = line
    for m in re.finditer(r"(?:(?<=\|)|^)([^|]+)(?=\||$)", c):
        b.add("table_cell", s + m.start(1), s + m.end(1))


# ---------------------------------------------------------------------------------------------
# HTML

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
    blocks = _html_fragment(text)
    if mode == "auto":
        mode = (
            "page" if re.search(r"<body\b", text, re.I) and _PAGE_HINT.search(text) else "fragment"
        )
    if mode == "fragment":
        return [h.block for h in blocks]
    return _article_blocks(text, blocks, path)


def _html_fragment(text: str) -> list[_HtmlBlock]:
    b = _Builder(text)
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
        if not has_letter and _HAS_LETTER.search(_ENTITY.sub(" ", chunk)):
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
    import html

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
