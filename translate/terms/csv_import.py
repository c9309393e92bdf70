"""CSV glossary import: Weblate exports and Google Translate glossaries."""

from __future__ import annotations

import csv
import hashlib
import io
from pathlib import Path

from translate.errors import InputError
from translate.fileio import read_text
from translate.terms.model import SOURCE_LANG, Entry, Glossary, is_lang_column, split_alternatives

__all__ = ["read_csv"]


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
        text = read_text(path, "glossary")
    rows = _rows(text, path)
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
            if c not in ("pos", "description") and is_lang_column(c.split("-")[0])
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


def _rows(text: str, path: str) -> list[list[str]]:
    """The CSV's rows; a quote left open (which would swallow every line after it into one
    term) or a term with a line break is an error naming the line where it starts."""
    reader = csv.reader(io.StringIO(text), strict=True)
    rows: list[list[str]] = []
    start = 1
    try:
        for row in reader:
            if any("\n" in cell or "\r" in cell for cell in row):
                raise InputError("a quoted term runs over a line break", path=path, line=start,
                                 hint="close the quote (\"...\") on the same line")
            rows.append(row)
            start = reader.line_num + 1
    except csv.Error as exc:
        raise InputError(f"not valid CSV: {exc}", path=path, line=start,
                         hint="an unbalanced quote (\")? close it, or double it inside a "
                         "quoted term (\"\")") from None
    return rows


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
        targets={k: split_alternatives(v) for k, v in targets.items()},
        pos=pos,
        note=note,
        path=path,
        line=lineno,
    )
