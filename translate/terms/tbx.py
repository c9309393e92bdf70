"""TBX-Basic import and export (TBX 2 `martif` and TBX 3 `tbx/conceptEntry`)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from translate.errors import InputError
from translate.fileio import atomic_write_text, read_bytes
from translate.terms.model import CASES, KINDS, SOURCE_LANG, Entry, Glossary, split_alternatives

__all__ = ["read_tbx", "write_tbx", "tbx_pos", "TBX_POS"]

_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_STATUS_PREFERRED = "preferredTerm-admn-sts"
_STATUS_ADMITTED = "admittedTerm-admn-sts"
_STATUS_DEPRECATED = "deprecatedTerm-admn-sts"
_META = "vi-translate:"
# TBX-Basic's partOfSpeech picklist; our classes map onto it, and stay exact in the note.
TBX_POS = ("noun", "verb", "adjective", "adverb", "properNoun", "other")
_POS_TO_TBX = {"noun": "noun", "title": "noun", "doctype": "noun", "body": "properNoun",
               "org": "properNoun", "place": "properNoun", "event": "properNoun",
               "name": "properNoun", "verb": "verb", "adjective": "adjective", "adj": "adjective",
               "adverb": "adverb", "adv": "adverb", "propernoun": "properNoun"}


def tbx_pos(pos: str) -> str:
    """Our part of speech / class (`body`, `title`, `doctype`...) as a TBX-Basic picklist
    value; "" stays "" (no termNote)."""
    if not pos:
        return ""
    return _POS_TO_TBX.get(pos.strip().lower(), "other")


def write_tbx(glossary: Glossary, path: str | Path | None = None) -> str:
    """Export as TBX-Basic (martif, TBX 2): one termEntry per concept.

    Vietnamese variants become further terms of the `vi` langSet (termType abbreviation for
    capitals); target alternatives are admitted terms, inflected forms termType `variant`,
    forbidden renderings deprecated terms; case, kind and the genitives (`cs_gen`) go into a
    `vi-translate:` note.
    """
    root = ET.Element("martif", {"type": "TBX-Basic", _XML_LANG: SOURCE_LANG})
    header = ET.SubElement(root, "martifHeader")
    desc = ET.SubElement(ET.SubElement(header, "fileDesc"), "sourceDesc")
    ET.SubElement(desc, "p").text = f"Exported by vi-translate; signature {glossary.signature}"
    body = ET.SubElement(ET.SubElement(root, "text"), "body")
    for e in glossary.entries:
        entry = ET.SubElement(body, "termEntry", {"id": e.concept})
        pos = f";pos={e.pos}" if e.pos and e.pos != tbx_pos(e.pos) else ""
        genitive = "".join(f";gen.{lang}={'|'.join(v)}" for lang, v in sorted(e.genitive.items()))
        ET.SubElement(entry, "note").text = f"{_META}case={e.case};kind={e.kind}{pos}{genitive}"
        if e.note:
            ET.SubElement(entry, "note").text = e.note
        vi = ET.SubElement(entry, "langSet", {_XML_LANG: SOURCE_LANG})
        for i, term in enumerate(e.source_terms):
            ttype = (
                "fullForm" if i == 0 else ("abbreviation" if e.case_sensitive(term) else "variant")
            )
            _tig(vi, term, tbx_pos(e.pos) if i == 0 else "", ttype, None)
        for lang in sorted(set(e.targets) | set(e.forms) | set(e.forbidden)):
            ls = ET.SubElement(entry, "langSet", {_XML_LANG: lang})
            for i, term in enumerate(e.targets.get(lang, ())):
                _tig(
                    ls,
                    term,
                    tbx_pos(e.pos) if i == 0 else "",
                    None,
                    _STATUS_PREFERRED if i == 0 else _STATUS_ADMITTED,
                )
            for term in e.forms.get(lang, ()):
                _tig(ls, term, "", "variant", _STATUS_ADMITTED)
            for term in e.forbidden.get(lang, ()):
                _tig(ls, term, "", None, _STATUS_DEPRECATED)
    ET.indent(root)
    text = '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
    if path is not None:
        atomic_write_text(Path(path), text)
    return text


def _tig(parent: ET.Element, term: str, pos: str, ttype: str | None, status: str | None) -> None:
    tig = ET.SubElement(parent, "tig")
    ET.SubElement(tig, "term").text = term
    if pos:
        ET.SubElement(tig, "termNote", {"type": "partOfSpeech"}).text = pos
    if ttype:
        ET.SubElement(tig, "termNote", {"type": "termType"}).text = ttype
    if status:
        ET.SubElement(tig, "termNote", {"type": "administrativeStatus"}).text = status


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def read_tbx(path: str | Path, text: str | None = None) -> Glossary:
    """Import TBX-Basic: TBX 2 (`martif/termEntry/langSet/tig`) or TBX 3 (`tbx/conceptEntry/
    langSec/termSec`). The first `vi` term is the source, other `vi` terms are variants."""
    path = str(path)
    data = text if text is not None else read_bytes(path, "glossary")
    head = data[: 1 << 16]
    if (b"<!ENTITY" if isinstance(head, bytes) else "<!ENTITY") in head:
        raise InputError("the TBX declares entities (<!ENTITY ...>), which no glossary needs; "
                         "refused, as an entity can expand without end", path=path,
                         hint="export the glossary again from its tool")
    try:
        root = ET.fromstring(data)
    except ET.ParseError as exc:
        line, column = exc.position
        raise InputError(
            f"not well-formed TBX: {exc.msg if hasattr(exc, 'msg') else exc}",
            path=path,
            line=line,
            column=column + 1,
        ) from None
    if _local(root.tag) not in ("martif", "tbx"):
        raise InputError(f"not a TBX glossary (the root element is <{_local(root.tag)}>, not "
                         "<martif> or <tbx>)", path=path,
                         hint="export the glossary as TBX-Basic, or use .tsv")
    entries: list[Entry] = []
    n = 0
    for node in root.iter():
        if _local(node.tag) not in ("termEntry", "conceptEntry"):
            continue
        n += 1
        entries.append(_entry_from_tbx(node, path, n))
    return Glossary(entries=entries, path=path)


def _entry_from_tbx(node: ET.Element, path: str, n: int) -> Entry:
    concept = node.get("id") or f"c{n}"
    case, kind, notes, pos, our_pos = "auto", "term", [], "", ""
    genitive: dict[str, tuple[str, ...]] = {}
    langs: dict[str, list[tuple[str, str, str]]] = {}
    for child in node:
        tag = _local(child.tag)
        if tag in ("note", "descrip") and child.text:
            value = child.text.strip()
            if value.startswith(_META):
                for item in value[len(_META) :].split(";"):
                    key, _, val = item.partition("=")
                    if key == "case" and val in CASES:
                        case = val
                    elif key == "kind" and val in KINDS:
                        kind = val
                    elif key == "pos":
                        our_pos = val
                    elif key.startswith("gen.") and val:
                        genitive[key[len("gen."):]] = split_alternatives(val)
            else:
                notes.append(value)
        elif tag in ("langSet", "langSec"):
            lang = (child.get(_XML_LANG) or child.get("lang") or "").split("-")[0].lower()
            terms = langs.setdefault(lang, [])
            for tig in child:
                if _local(tig.tag) not in ("tig", "ntig", "termSec"):
                    continue
                term, ttype, status = "", "", ""
                for sub in tig.iter():
                    st = _local(sub.tag)
                    if st == "term":
                        term = "".join(sub.itertext()).strip()
                    elif st == "termNote":
                        value = (sub.text or "").strip()
                        if sub.get("type") == "termType":
                            ttype = value
                        elif sub.get("type") == "administrativeStatus":
                            status = value
                        elif sub.get("type") == "partOfSpeech" and not pos:
                            pos = value
                if term:
                    terms.append((term, ttype, status))
    vi = langs.pop(SOURCE_LANG, [])
    if not vi:
        raise InputError(
            f"termEntry '{concept}' has no Vietnamese (vi) term",
            path=path,
            hint="every concept needs a langSet xml:lang='vi'",
        )
    targets, forms, forbidden = {}, {}, {}
    for lang, terms in langs.items():
        targets[lang] = tuple(
            t for t, tt, st in terms if st != _STATUS_DEPRECATED and tt != "variant"
        )
        f = tuple(t for t, tt, st in terms if tt == "variant" and st != _STATUS_DEPRECATED)
        bad = tuple(t for t, _, st in terms if st == _STATUS_DEPRECATED)
        if f:
            forms[lang] = f
        if bad:
            forbidden[lang] = bad
    return Entry(
        concept=concept,
        source=vi[0][0],
        variants=tuple(t for t, _, _ in vi[1:]),
        targets=targets,
        forms=forms,
        forbidden=forbidden,
        genitive=genitive,
        pos=our_pos or pos,
        case=case,
        kind=kind,
        note=" ".join(notes),
        path=path,
    )
