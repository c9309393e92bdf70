"""The glossary's own format: one concept per line of a tab-separated file.

Documented in glossaries/README.md. Errors name the file, line and column.
"""

from __future__ import annotations

from pathlib import Path

from translate.errors import InputError
from translate.fileio import atomic_write_text
from translate.tables import column_of, read_table
from translate.terms.model import (
    CASES,
    KINDS,
    Entry,
    Glossary,
    is_lang_column,
    split_alternatives,
)

__all__ = ["read_tsv", "write_tsv", "FIXED_COLUMNS"]

FIXED_COLUMNS = ("id", "vi", "vi_variants", "pos", "case", "kind", "note")


def read_tsv(path: str | Path, text: str | None = None) -> Glossary:
    """Read the TSV format (see glossaries/README.md); errors name file, line and column."""
    path = str(path)
    table = read_table(path, text, comments=True, what="glossary",
                       hint="a stray tab? use '|' to separate alternatives")
    header, line = list(table.header), table.header_line
    for required in ("id", "vi"):
        if required not in header:
            raise InputError(
                f"header has no '{required}' column", path=path, line=line, column=1,
                hint="first non-comment line names the columns: id, vi, cs, ...",
            )
    for i, name in enumerate(header):
        if not name or (name not in FIXED_COLUMNS and not is_lang_column(name)):
            raise InputError(
                f"unknown column '{name}'", path=path, line=line,
                column=column_of(table.header_raw, i),
                hint="columns: id vi vi_variants pos case kind note "
                "<lang> <lang>_gen <lang>_forms <lang>_forbidden",
            )
    entries = [
        _entry_from_row(dict(zip(header, (c.strip() for c in row.cells), strict=False)),
                        header, path, row.line, row.raw)
        for row in table.rows
    ]
    return Glossary(entries=entries, path=path)


def _entry_from_row(
    row: dict[str, str], header: list[str], path: str, lineno: int, line: str
) -> Entry:
    def col(name: str) -> int:
        return column_of(line, header.index(name)) if name in header else 1

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
    genitive: dict[str, tuple[str, ...]] = {}
    for name in header:
        if name in FIXED_COLUMNS:
            continue
        value = split_alternatives(row.get(name, ""))
        if name.endswith("_gen"):
            if value:
                genitive[name[: -len("_gen")]] = value
        elif name.endswith("_forms"):
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
        variants=split_alternatives(row.get("vi_variants", "")),
        targets=targets,
        forms=forms,
        forbidden=forbidden,
        genitive=genitive,
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
    with_gen = {lang for e in glossary.entries for lang in e.genitive}
    header = ["id", "vi", "vi_variants"]
    for lang in langs:
        header += [lang, *([f"{lang}_gen"] if lang in with_gen else []), f"{lang}_forms",
                   f"{lang}_forbidden"]
    header += ["pos", "case", "kind", "note"]
    lines = ["\t".join(header)]
    for e in glossary.entries:
        row = [e.concept, e.source, "|".join(e.variants)]
        for lang in langs:
            row += [
                "|".join(e.targets.get(lang, ())),
                *(["|".join(e.genitive.get(lang, ()))] if lang in with_gen else []),
                "|".join(e.forms.get(lang, ())),
                "|".join(e.forbidden.get(lang, ())),
            ]
        row += [e.pos, e.case, e.kind, e.note.replace("\t", " ")]
        lines.append("\t".join(row))
    text = "\n".join(lines) + "\n"
    if path is not None:
        atomic_write_text(Path(path), text)
    return text
