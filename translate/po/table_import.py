"""A bilingual table (TSV: a Vietnamese column and a target column) as a PO catalog.

Translations that did not come from us — another MT system, a freelancer's spreadsheet, an
old archive — become PO entries so that `translate check --fix` can put the glossary terms
into them. Every row is one entry (`#: table.tsv:LINE`); the entries are fuzzy (nobody here
has approved them yet); a sentence that occurs twice keeps its first translation and notes
the other. The table is read by the one TSV reader (`translate.tables`).
"""

from __future__ import annotations

from pathlib import Path

import polib

from translate.errors import InputError
from translate.po.catalog import new_catalog
from translate.tables import read_table

__all__ = ["table_to_catalog"]


def table_to_catalog(path: str | Path, target_lang: str, source_column: str = "vi",
                     target_column: str | None = None) -> polib.POFile:
    """Read `path` and return the catalog (not saved)."""
    target_column = target_column or target_lang
    table = read_table(path, what="bilingual table")
    for name in (source_column, target_column):
        if name not in table.header:
            raise InputError(f"no column {name!r} in the header", path=path,
                             line=table.header_line,
                             hint=f"name the columns, e.g. {source_column}<TAB>{target_column}"
                                  f" (found: {', '.join(table.header)})")
    src, tgt = table.header.index(source_column), table.header.index(target_column)
    catalog = new_catalog(target_lang, None, Path(path).name)
    catalog.header = f"Translations of {Path(path).name}, imported for review."
    entries: dict[str, polib.POEntry] = {}
    for row in table.rows:
        source = row.cells[src].strip() if src < len(row.cells) else ""
        target = row.cells[tgt].strip() if tgt < len(row.cells) else ""
        if not source:
            continue
        where = (Path(path).name, str(row.line))
        entry = entries.get(source)
        if entry is None:
            entry = polib.POEntry(msgid=source, msgstr=target, occurrences=[where])
            if target:
                entry.flags.append("fuzzy")
            entries[source] = entry
            catalog.append(entry)
            continue
        entry.occurrences.append(where)
        if target and target != entry.msgstr:
            note = f"import: line {row.line} translated it as: {target}"
            entry.comment = f"{entry.comment}\n{note}" if entry.comment else note
    return catalog
