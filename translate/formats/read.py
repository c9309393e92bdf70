"""Article extraction: a file on disk in, a `Document` of translatable blocks out.

A block's `text` is an exact substring of the decoded file text (`doc.text[b.start:b.end]`),
inline markup included (`**x**`, `[x](url)`, `<b>x</b>`), like translate-toolkit's md2po and
html2po: the protect stage masks that markup for the model, and `render_document` puts
translations back into the same places, so everything outside the blocks survives untouched.
New formats: a `<format>.py` with a `<format>_blocks(text)` reader, and a line in `FORMATS`.
"""

from __future__ import annotations

from pathlib import Path

from translate.document import Document
from translate.errors import InputError
from translate.fileio import read_bytes
from translate.formats.decode import decode
from translate.formats.html import html_blocks
from translate.formats.markdown import md_blocks
from translate.formats.txt import txt_blocks

__all__ = ["FORMATS", "MAX_ARTICLE_BYTES", "read_document"]

# A news article is well under 1 MB; ten times the longest book chapter is a mistake (a dump,
# a log, a database export), refused with a clear message instead of hours of drafting.
MAX_ARTICLE_BYTES = 10 << 20

FORMATS = {
    ".txt": "txt",
    ".text": "txt",
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
}


def read_document(path: Path, html_mode: str = "auto") -> Document:
    """Read a .txt, .md or .html article into blocks; bad input raises `InputError`.

    `html_mode`: `fragment` keeps all text of the HTML, `page` reduces a saved news page to
    its article, `auto` picks `page` when the file looks like a whole page with navigation.
    """
    path = Path(path)
    fmt = FORMATS.get(path.suffix.lower())
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
    data = read_bytes(path, "article", limit=MAX_ARTICLE_BYTES)
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
