"""Glossaries: one concept per line in a plain TSV file; TBX-Basic and Weblate/Google CSV too.

The TSV format is documented in glossaries/README.md. In short: a header line names the
columns; `id` and `vi` are required; every other language column (`cs`, `en`, ...) holds the
target renderings (`|`-separated, preferred first), `<lang>_forms` extra accepted (inflected)
forms, `<lang>_forbidden` renderings a reviewer must not use; `vi_variants` holds other
Vietnamese spellings and abbreviations (`UBND` for `Ủy ban nhân dân`); `pos`, `case`
(`auto`/`sensitive`/`insensitive`), `kind` (`term`/`doctype`/`dnt`) and `note`.

Conflicts (one Vietnamese term, two different targets) are kept as written and reported by
`check_glossary`; the matcher reports the first concept and names the others.
"""

from __future__ import annotations

import csv
import hashlib
import io
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from translate.errors import InputError
from translate.fileio import atomic_write_text
from translate.text.normalize import match_key

__all__ = [
    "Entry",
    "Glossary",
    "Finding",
    "load_glossary",
    "read_tsv",
    "write_tsv",
    "read_tbx",
    "write_tbx",
    "read_csv",
    "merge_glossaries",
    "save_glossary",
    "check_glossary",
]

SOURCE_LANG = "vi"
CASES = ("auto", "sensitive", "insensitive")
KINDS = ("term", "doctype", "number-sign", "dnt")
_FIXED = ("id", "vi", "vi_variants", "pos", "case", "kind", "note")
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


@dataclass(frozen=True)
class Entry:
    """One concept: a Vietnamese term with its variants and its renderings per language."""

    concept: str
    source: str
    variants: tuple[str, ...] = ()
    targets: dict[str, tuple[str, ...]] = field(default_factory=dict)
    forms: dict[str, tuple[str, ...]] = field(default_factory=dict)
    forbidden: dict[str, tuple[str, ...]] = field(default_factory=dict)
    pos: str = ""
    case: str = "auto"
    kind: str = "term"
    note: str = ""
    path: str | None = None
    line: int | None = None

    @property
    def source_terms(self) -> tuple[str, ...]:
        """The Vietnamese term followed by its variants."""
        return (self.source, *self.variants)

    def case_sensitive(self, term: str) -> bool:
        """`auto`: abbreviations written in capitals (`UBND`, `HĐND`) match case-sensitively."""
        if self.case == "sensitive":
            return True
        if self.case == "insensitive":
            return False
        letters = [c for c in term if c.isalpha()]
        return len(letters) >= 2 and all(c.isupper() for c in letters) and " " not in term

    def target(self, lang: str) -> str | None:
        """The preferred rendering in `lang`, or None."""
        values = self.targets.get(lang, ())
        return values[0] if values else None


@dataclass(frozen=True)
class Finding:
    """A problem in a glossary file, for `translate glossary check`."""

    code: str  # duplicate-id, duplicate-term, conflict, empty-target, colliding-variant, ...
    message: str
    path: str | None = None
    line: int | None = None
    severity: str = "error"  # error | warning

    def render(self) -> str:
        where = f"{self.path or '<glossary>'}:{self.line}" if self.line else (self.path or "")
        return f"{where}: {self.severity}: {self.code}: {self.message}"


@dataclass
class Glossary:
    """An ordered list of entries; `signature` identifies its content in PO comments."""

    entries: list[Entry] = field(default_factory=list)
    path: str | None = None
    _index: dict[str, Entry] = field(default_factory=dict, init=False, repr=False, compare=False)
    _index_key: tuple[int, int] = field(default=(0, -1), init=False, repr=False, compare=False)

    def __len__(self) -> int:
        return len(self.entries)

    def __iter__(self):
        return iter(self.entries)

    @property
    def languages(self) -> list[str]:
        """Target languages present in the glossary, in first-seen order."""
        seen: dict[str, None] = {}
        for entry in self.entries:
            for lang in entry.targets:
                seen.setdefault(lang, None)
        return list(seen)

    def get(self, concept: str) -> Entry | None:
        """The first entry with this concept id (the index is rebuilt when entries change)."""
        key = (id(self.entries), len(self.entries))
        if self._index_key != key:
            index: dict[str, Entry] = {}
            for entry in self.entries:
                index.setdefault(entry.concept, entry)
            self._index, self._index_key = index, key
        return self._index.get(concept)

    def of_kind(self, kind: str) -> list[Entry]:
        return [e for e in self.entries if e.kind == kind]

    @property
    def signature(self) -> str:
        """Short content hash (12 hex digits) over the entries, not the file's layout.

        Comments, blank lines and column order do not change it; any term, target, form,
        forbidden rendering, case or kind change does.
        """
        digest = hashlib.sha256()
        for entry in sorted(self.entries, key=lambda e: (e.concept, e.source)):
            parts = [
                entry.concept,
                entry.source,
                "|".join(entry.variants),
                entry.case,
                entry.kind,
                entry.pos,
            ]
            for name in ("targets", "forms", "forbidden"):
                values = getattr(entry, name)
                parts.extend(f"{name}.{k}={'|'.join(values[k])}" for k in sorted(values))
            digest.update("\t".join(parts).encode("utf-8"))
            digest.update(b"\n")
        return digest.hexdigest()[:12]

    def describe(self) -> str:
        """sacrebleu-style one-liner for PO comments: `glossary:vi-cs.tsv|concepts:132|sig:…`."""
        name = Path(self.path).name if self.path else "-"
        return f"glossary:{name}|concepts:{len(self.entries)}|sig:{self.signature}"


# --- TSV --------------------------------------------------------------------------------------


def _split(value: str) -> tuple[str, ...]:
    return tuple(v.strip() for v in value.split("|") if v.strip())


def _column_of(line: str, index: int) -> int:
    """1-based character column where tab-separated field `index` starts."""
    col = 1
    for _ in range(index):
        pos = line.find("\t", col - 1)
        if pos < 0:
            break
        col = pos + 2
    return col


def read_tsv(path: str | Path, text: str | None = None) -> Glossary:
    """Read the TSV format (see glossaries/README.md); errors name file, line and column."""
    path = str(path)
    if text is None:
        try:
            text = Path(path).read_text(encoding="utf-8")
        except UnicodeDecodeError as exc:
            raise InputError(
                f"not UTF-8 ({exc.reason} at byte {exc.start})",
                path=path,
                hint="save the glossary as UTF-8",
            ) from None
        except OSError as exc:
            raise InputError(f"cannot read glossary: {exc.strerror}", path=path) from None
    header: list[str] | None = None
    entries: list[Entry] = []
    for lineno, raw in enumerate(text.splitlines(), start=1):
        line = raw.lstrip("\ufeff") if lineno == 1 else raw
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            header = [c.strip() for c in cells]
            for required in ("id", "vi"):
                if required not in header:
                    raise InputError(
                        f"header has no '{required}' column",
                        path=path,
                        line=lineno,
                        column=1,
                        hint="first non-comment line names the columns: id, vi, cs, ...",
                    )
            for i, name in enumerate(header):
                if not name or (name not in _FIXED and not _is_lang_column(name)):
                    raise InputError(
                        f"unknown column '{name}'",
                        path=path,
                        line=lineno,
                        column=_column_of(line, i),
                        hint="columns: id vi vi_variants pos case kind note "
                        "<lang> <lang>_forms <lang>_forbidden",
                    )
            if len(set(header)) != len(header):
                raise InputError("duplicate column in header", path=path, line=lineno, column=1)
            continue
        if len(cells) > len(header):
            raise InputError(
                f"{len(cells)} fields but the header has {len(header)}",
                path=path,
                line=lineno,
                column=_column_of(line, len(header)),
                hint="a stray tab? use '|' to separate alternatives",
            )
        row = dict(zip(header, (c.strip() for c in cells), strict=False))
        entries.append(_entry_from_row(row, header, path, lineno, line))
    if header is None:
        raise InputError("empty glossary (no header line)", path=path, line=1, column=1)
    return Glossary(entries=entries, path=path)


def _is_lang_column(name: str) -> bool:
    base = name.split("_", 1)[0]
    suffix = name[len(base) :]
    return (
        base.isalpha()
        and base.islower()
        and 2 <= len(base) <= 3
        and suffix in ("", "_forms", "_forbidden")
    )


def _entry_from_row(
    row: dict[str, str], header: list[str], path: str, lineno: int, line: str
) -> Entry:
    def col(name: str) -> int:
        return _column_of(line, header.index(name)) if name in header else 1

    concept = row.get("id", "")
    source = row.get("vi", "")
    if not concept:
        raise InputError("empty concept id", path=path, line=lineno, column=col("id"))
    if not source:
        raise InputError(
            f"concept '{concept}' has no Vietnamese term", path=path, line=lineno, column=col("vi")
        )
    case = row.get("case", "") or "auto"
    if case not in CASES:
        raise InputError(
            f"case must be one of {', '.join(CASES)}, not '{case}'",
            path=path,
            line=lineno,
            column=col("case"),
        )
    kind = row.get("kind", "") or "term"
    if kind not in KINDS:
        raise InputError(
            f"kind must be one of {', '.join(KINDS)}, not '{kind}'",
            path=path,
            line=lineno,
            column=col("kind"),
        )
    targets: dict[str, tuple[str, ...]] = {}
    forms: dict[str, tuple[str, ...]] = {}
    forbidden: dict[str, tuple[str, ...]] = {}
    for name in header:
        if name in _FIXED:
            continue
        value = _split(row.get(name, ""))
        if name.endswith("_forms"):
            if value:
                forms[name[: -len("_forms")]] = value
        elif name.endswith("_forbidden"):
            if value:
                forbidden[name[: -len("_forbidden")]] = value
        else:
            targets[name] = value  # empty kept so `check` can report it
    return Entry(
        concept=concept,
        source=source,
        variants=_split(row.get("vi_variants", "")),
        targets=targets,
        forms=forms,
        forbidden=forbidden,
        pos=row.get("pos", ""),
        case=case,
        kind=kind,
        note=row.get("note", ""),
        path=path,
        line=lineno,
    )


def write_tsv(glossary: Glossary, path: str | Path | None = None) -> str:
    """Serialise to the TSV format; writes atomically when `path` is given."""
    langs = glossary.languages
    header = ["id", "vi", "vi_variants"]
    for lang in langs:
        header += [lang, f"{lang}_forms", f"{lang}_forbidden"]
    header += ["pos", "case", "kind", "note"]
    lines = ["\t".join(header)]
    for e in glossary.entries:
        row = [e.concept, e.source, "|".join(e.variants)]
        for lang in langs:
            row += [
                "|".join(e.targets.get(lang, ())),
                "|".join(e.forms.get(lang, ())),
                "|".join(e.forbidden.get(lang, ())),
            ]
        row += [e.pos, e.case, e.kind, e.note.replace("\t", " ")]
        lines.append("\t".join(row))
    text = "\n".join(lines) + "\n"
    if path is not None:
        atomic_write_text(Path(path), text)
    return text


# --- TBX-Basic --------------------------------------------------------------------------------

_STATUS_PREFERRED = "preferredTerm-admn-sts"
_STATUS_ADMITTED = "admittedTerm-admn-sts"
_STATUS_DEPRECATED = "deprecatedTerm-admn-sts"
_META = "vi-translate:"


def write_tbx(glossary: Glossary, path: str | Path | None = None) -> str:
    """Export as TBX-Basic (martif, TBX 2): one termEntry per concept.

    Vietnamese variants become further terms of the `vi` langSet (termType abbreviation for
    capitals); target alternatives are admitted terms, inflected forms termType `variant`,
    forbidden renderings deprecated terms; case/kind go into a `vi-translate:` note.
    """
    root = ET.Element("martif", {"type": "TBX-Basic", _XML_LANG: SOURCE_LANG})
    header = ET.SubElement(root, "martifHeader")
    desc = ET.SubElement(ET.SubElement(header, "fileDesc"), "sourceDesc")
    ET.SubElement(desc, "p").text = f"Exported by vi-translate; signature {glossary.signature}"
    body = ET.SubElement(ET.SubElement(root, "text"), "body")
    for e in glossary.entries:
        entry = ET.SubElement(body, "termEntry", {"id": e.concept})
        ET.SubElement(entry, "note").text = f"{_META}case={e.case};kind={e.kind}"
        if e.note:
            ET.SubElement(entry, "note").text = e.note
        vi = ET.SubElement(entry, "langSet", {_XML_LANG: SOURCE_LANG})
        for i, term in enumerate(e.source_terms):
            ttype = (
                "fullForm" if i == 0 else ("abbreviation" if e.case_sensitive(term) else "variant")
            )
            _tig(vi, term, e.pos if i == 0 else "", ttype, None)
        for lang in sorted(set(e.targets) | set(e.forms) | set(e.forbidden)):
            ls = ET.SubElement(entry, "langSet", {_XML_LANG: lang})
            for i, term in enumerate(e.targets.get(lang, ())):
                _tig(
                    ls,
                    term,
                    e.pos if i == 0 else "",
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
    try:
        root = ET.fromstring(text) if text is not None else ET.parse(path).getroot()
    except ET.ParseError as exc:
        line, column = exc.position
        raise InputError(
            f"not well-formed TBX: {exc.msg if hasattr(exc, 'msg') else exc}",
            path=path,
            line=line,
            column=column + 1,
        ) from None
    except OSError as exc:
        raise InputError(f"cannot read glossary: {exc.strerror}", path=path) from None
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
    case, kind, notes, pos = "auto", "term", [], ""
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
        pos=pos,
        case=case,
        kind=kind,
        note=" ".join(notes),
        path=path,
    )


# --- CSV (Weblate / Google) -------------------------------------------------------------------


def read_csv(path: str | Path, target: str = "cs", text: str | None = None) -> Glossary:
    """Import a CSV glossary.

    Three layouts are recognised from the first row:
    - Weblate export: header with `source` and `target` (plus optional `context`,
      `developer_comments`, `translator_comments`, ...); the target language is `target`.
    - Google Translate equivalent term sets: header of language codes (`vi,cs,en,pos,description`).
    - Google Translate unidirectional: no header, two columns `source,target`.
    """
    path = str(path)
    if text is None:
        try:
            text = Path(path).read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError(f"cannot read glossary: {exc}", path=path) from None
    rows = list(csv.reader(io.StringIO(text)))
    if not rows:
        raise InputError("empty CSV glossary", path=path, line=1, column=1)
    head = [c.strip().lower() for c in rows[0]]
    entries: list[Entry] = []
    if "source" in head and "target" in head:
        si, ti = head.index("source"), head.index("target")
        notes = [
            head.index(c)
            for c in ("developer_comments", "translator_comments", "explanation", "context")
            if c in head
        ]
        body, first = rows[1:], 2
        for k, row in enumerate(body):
            lineno = first + k
            if not any(c.strip() for c in row):
                continue
            if len(row) <= max(si, ti):
                raise InputError(
                    f"{len(row)} fields, expected at least {max(si, ti) + 1}",
                    path=path,
                    line=lineno,
                    column=1,
                )
            note = " ".join(row[i].strip() for i in notes if i < len(row) and row[i].strip())
            entries.append(_csv_entry(path, lineno, row[si], {target: row[ti]}, note, ""))
    elif SOURCE_LANG in head:
        lang_cols = {
            i: c
            for i, c in enumerate(head)
            if c not in ("pos", "description") and _is_lang_column(c.split("-")[0])
        }
        pos_i = head.index("pos") if "pos" in head else None
        desc_i = head.index("description") if "description" in head else None
        for k, row in enumerate(rows[1:]):
            lineno = 2 + k
            if not any(c.strip() for c in row):
                continue
            cells = {lang_cols[i].split("-")[0]: row[i] for i in lang_cols if i < len(row)}
            src = cells.pop(SOURCE_LANG, "")
            pos = row[pos_i].strip() if pos_i is not None and pos_i < len(row) else ""
            note = row[desc_i].strip() if desc_i is not None and desc_i < len(row) else ""
            entries.append(_csv_entry(path, lineno, src, cells, note, pos))
    else:
        for k, row in enumerate(rows):
            lineno = 1 + k
            if not any(c.strip() for c in row):
                continue
            if len(row) != 2:
                raise InputError(
                    f"{len(row)} fields; a headerless CSV glossary has two (source,target)",
                    path=path,
                    line=lineno,
                    column=1,
                    hint="or add a header: source,target or vi,cs,en",
                )
            entries.append(_csv_entry(path, lineno, row[0], {target: row[1]}, "", ""))
    return Glossary(entries=entries, path=path)


def _csv_entry(
    path: str, lineno: int, source: str, targets: dict[str, str], note: str, pos: str
) -> Entry:
    source = source.strip()
    if not source:
        raise InputError("empty source term", path=path, line=lineno, column=1)
    concept = "csv:" + hashlib.sha1(source.encode("utf-8")).hexdigest()[:8]
    return Entry(
        concept=concept,
        source=source,
        targets={k: _split(v) for k, v in targets.items()},
        pos=pos,
        note=note,
        path=path,
        line=lineno,
    )


# --- loading, merging, checking ---------------------------------------------------------------


def load_glossary(path: str | Path, target: str = "cs") -> Glossary:
    """Load by extension: `.tsv`/`.tab`, `.tbx`/`.xml`, `.csv` (`target` names a CSV's language)."""
    suffix = Path(path).suffix.lower()
    if not Path(path).exists():
        raise InputError(
            "glossary not found", path=path, hint="see glossaries/ for the shipped ones"
        )
    if suffix in (".tbx", ".xml"):
        return read_tbx(path)
    if suffix == ".csv":
        return read_csv(path, target=target)
    return read_tsv(path)


def save_glossary(glossary: Glossary, path: str | Path) -> None:
    """Write by extension: `.tbx` (TBX-Basic) or `.tsv` (our format); atomic."""
    suffix = Path(path).suffix.lower()
    if suffix == ".tbx":
        write_tbx(glossary, path)
    elif suffix in (".tsv", ".tab"):
        write_tsv(glossary, path)
    else:
        raise InputError("cannot write this glossary format", path=path, hint="use .tsv or .tbx")


def merge_glossaries(glossaries: Iterable[Glossary]) -> Glossary:
    """Combine glossaries (e.g. vi-cs.tsv and vi-en.tsv): entries with the same concept id and
    Vietnamese term are merged (targets of each language added); others are appended."""
    merged: dict[tuple[str, str], Entry] = {}
    order: list[tuple[str, str]] = []
    paths = []
    for g in glossaries:
        paths.append(g.path or "-")
        for e in g.entries:
            key = (e.concept, e.source)
            if key not in merged:
                merged[key] = e
                order.append(key)
                continue
            old = merged[key]
            merged[key] = Entry(
                concept=old.concept,
                source=old.source,
                variants=tuple(dict.fromkeys(old.variants + e.variants)),
                targets={
                    **old.targets,
                    **{k: v for k, v in e.targets.items() if v and not old.targets.get(k)},
                },  # fmt: skip
                forms={**e.forms, **old.forms},
                forbidden={**e.forbidden, **old.forbidden},
                pos=old.pos or e.pos,
                case=old.case,
                kind=old.kind,
                note=old.note or e.note,
                path=old.path,
                line=old.line,
            )
    return Glossary(entries=[merged[k] for k in order], path="+".join(paths))


def check_glossary(glossary: Glossary) -> list[Finding]:
    """Duplicates, conflicts, empty targets, colliding variants, forbidden = target."""
    findings: list[Finding] = []
    seen_ids: dict[str, Entry] = {}
    by_key: dict[str, list[tuple[Entry, str, bool]]] = {}
    for e in glossary.entries:
        if e.concept in seen_ids:
            findings.append(
                Finding(
                    "duplicate-id",
                    f"concept id '{e.concept}' also on line {seen_ids[e.concept].line}",
                    e.path,
                    e.line,
                )
            )
        else:
            seen_ids[e.concept] = e
        if e.kind != "dnt":
            for lang, values in e.targets.items():
                if not values:
                    findings.append(
                        Finding(
                            "empty-target",
                            f"'{e.source}' has no {lang} rendering",
                            e.path,
                            e.line,
                            "warning",
                        )
                    )
        for lang, bad in e.forbidden.items():
            clash = set(bad) & set(e.targets.get(lang, ()))
            if clash:
                findings.append(
                    Finding(
                        "forbidden-is-target",
                        f"{lang} rendering {sorted(clash)} is both allowed and forbidden",
                        e.path,
                        e.line,
                    )
                )
        keys_here: set[str] = set()
        for i, term in enumerate(e.source_terms):
            key = match_key(term, e.case_sensitive(term))
            if key in keys_here:
                findings.append(
                    Finding(
                        "duplicate-variant",
                        f"'{term}' repeats another spelling of '{e.source}'",
                        e.path,
                        e.line,
                        "warning",
                    )
                )
                continue
            keys_here.add(key)
            by_key.setdefault(match_key(term), []).append((e, term, i > 0))
    for items in by_key.values():
        concepts = {}
        for e, term, is_variant in items:
            concepts.setdefault(e.concept, (e, term, is_variant))
        if len(concepts) < 2:
            continue
        (first, fterm, _), *others = concepts.values()
        for e, term, is_variant in others:
            same = all(
                set(first.targets.get(lang, ())) == set(e.targets.get(lang, ()))
                for lang in set(first.targets) | set(e.targets)
            )
            if is_variant or fterm != first.source:
                code, msg = (
                    "colliding-variant",
                    (
                        f"'{term}' of '{e.concept}' is also '{fterm}' of '{first.concept}' "
                        f"(line {first.line})"
                    ),
                )
            elif same:
                code, msg = (
                    "duplicate-term",
                    (
                        f"'{term}' defined again (same targets as '{first.concept}', "
                        f"line {first.line})"
                    ),
                )
            else:
                targets = "; ".join(
                    f"{lang}: {first.target(lang)} / {e.target(lang)}"
                    for lang in sorted(set(first.targets) | set(e.targets))
                    if first.target(lang) != e.target(lang)
                )
                code, msg = (
                    "conflict",
                    (
                        f"'{term}' has two renderings ({targets}): concepts '{first.concept}' "
                        f"(line {first.line}) and '{e.concept}'"
                    ),
                )
            findings.append(
                Finding(
                    code, msg, e.path, e.line, "warning" if code == "duplicate-term" else "error"
                )
            )
    return findings
