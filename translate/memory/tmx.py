"""TMX 1.4b, the memory's text form: read (streamed, entities never resolved) and written
atomically, one `tu` per pair in a stable order so diffs stay small."""

from __future__ import annotations

import io
import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO
from xml.sax.saxutils import escape, quoteattr

from translate import GENERATOR, __version__
from translate.errors import InputError
from translate.fileio import atomic_output, open_binary
from translate.languages import base_language

__all__ = ["Unit", "read_tmx", "write_tmx"]

_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_BAD_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


@dataclass(frozen=True)
class Unit:
    """One stored pair, as read from or written to TMX."""

    source: str
    target: str
    target_lang: str
    source_lang: str = "vi"
    origin: str = ""
    created: str = ""
    changed: str = ""


def read_tmx(path: str | Path, source_lang: str = "vi") -> list[Unit]:
    """The pairs of a TMX file: one Unit per (tu, target language). Inline codes are kept as text.

    The source variant is the `tuv` in `source_lang` (else the header's srclang, else the first).
    """
    from lxml import etree

    path = Path(path)
    units: list[Unit] = []
    try:
        _check_root(etree, path)
        header_src = None
        for event, elem in etree.iterparse(
            str(path),
            events=("end",),
            tag=("header", "tu"),
            resolve_entities=False,
            no_network=True,
        ):
            if elem.tag == "header":
                header_src = elem.get("srclang")
                continue
            variants: list[tuple[str, str]] = []
            for tuv in elem.iterfind("tuv"):
                lang = tuv.get(_XML_LANG) or tuv.get("lang") or ""
                seg = tuv.find("seg")
                if seg is not None and lang:
                    variants.append((base_language(lang), "".join(seg.itertext())))
            origin = ""
            for prop in elem.iterfind("prop"):
                if prop.get("type") == "x-origin":
                    origin = prop.text or ""
            created = elem.get("creationdate", "")
            changed = elem.get("changedate", "")
            want = base_language(source_lang)
            if not any(lang == want for lang, _ in variants) and header_src:
                want = base_language(header_src) if header_src != "*all*" else want
            src = next((text for lang, text in variants if lang == want), None)
            if src is None and variants:
                want, src = variants[0]
            for lang, text in variants:
                if lang != want and src is not None:
                    units.append(Unit(src, text, lang, want, origin, created, changed))
            elem.clear()
            del event
    except etree.XMLSyntaxError as exc:
        raise InputError(
            f"not a valid TMX file: {exc.msg}",
            path=path,
            line=exc.lineno,
            hint="fix the XML, or restore the file from version control",
        ) from None
    except OSError as exc:
        raise InputError(f"cannot read TMX file: {exc.strerror or exc}", path=path) from None
    return units


def _check_root(etree, path: Path) -> None:
    """Refuse what is not a readable regular file (a FIFO would block the parser), declares
    entities (a "billion laughs" bomb), or whose root element is not `<tmx>` (an HTML or TBX
    file given as memory)."""
    with open_binary(path, "TMX file") as handle:
        if b"<!ENTITY" in handle.read(1 << 16).split(b"<tmx", 1)[0]:
            raise InputError("the TMX declares entities (<!ENTITY ...>), which no TMX file "
                             "needs; refused, as an entity can expand without end", path=path,
                             hint="export the memory again from its tool")
        handle.seek(0)
        for _, elem in etree.iterparse(handle, events=("start",), resolve_entities=False,
                                       no_network=True):
            if elem.tag != "tmx":
                raise InputError(
                    f"not a TMX file (the root element is <{elem.tag}>, not <tmx>)", path=path,
                    hint="give a TMX 1.4 file (OmegaT, Trados and others export it)")
            return


def write_tmx(path: str | Path, units: Iterable[Unit], source_lang: str = "vi") -> None:
    """Write TMX 1.4b atomically, one `tu` per pair, in the given order (stable diffs)."""
    path = Path(path)

    def text(value: str) -> str:
        return escape(_BAD_XML.sub("", value))

    def attr(value: str) -> str:
        return quoteattr(_BAD_XML.sub("", value))

    with atomic_output(path) as raw:  # a full disk: one error, the previous file intact
        with _text(raw) as out:
            out.write('<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n')
            out.write(
                f'  <header creationtool="{GENERATOR.split()[0]}" creationtoolversion='
                f'"{__version__}" datatype="plaintext" segtype="sentence" adminlang="en"'
                f' srclang={attr(source_lang)} o-tmf="vi-translate"/>\n  <body>\n'
            )
            for u in units:
                dates = ""
                if u.created:
                    dates += f" creationdate={attr(u.created)}"
                if u.changed:
                    dates += f" changedate={attr(u.changed)}"
                out.write(f"    <tu{dates}>\n")
                if u.origin:
                    out.write(f'      <prop type="x-origin">{text(u.origin)}</prop>\n')
                out.write(
                    f"      <tuv xml:lang={attr(u.source_lang)}><seg>{text(u.source)}</seg></tuv>\n"
                )
                out.write(
                    f"      <tuv xml:lang={attr(u.target_lang)}><seg>{text(u.target)}</seg></tuv>\n"
                )
                out.write("    </tu>\n")
            out.write("  </body>\n</tmx>\n")


@contextmanager
def _text(raw: BinaryIO) -> Iterator[io.TextIOWrapper]:
    out = io.TextIOWrapper(raw, encoding="utf-8", newline="\n")
    try:
        yield out
    finally:
        out.flush()
        out.detach()
