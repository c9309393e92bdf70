"""Tab-separated tables with a header row: the one TSV reader (glossaries, test sets,
bilingual imports). Errors name the file, the line and the column.

No quoting: `"` is plain text, as in the TSV files translators keep in spreadsheets.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from translate.errors import InputError
from translate.fileio import read_text

__all__ = ["Row", "Table", "read_table", "require_columns", "column_of"]


@dataclass(frozen=True)
class Row:
    line: int  # 1-based line in the file
    cells: tuple[str, ...]
    raw: str  # the line as written, for column numbers in messages


@dataclass(frozen=True)
class Table:
    path: str
    header: tuple[str, ...]
    header_line: int
    rows: tuple[Row, ...]
    header_raw: str = ""

    def columns(self) -> dict[str, list[str]]:
        """The table as columns by header name (rows shorter than the header padded)."""
        out: dict[str, list[str]] = {name: [] for name in self.header}
        for row in self.rows:
            for i, name in enumerate(self.header):
                out[name].append(row.cells[i] if i < len(row.cells) else "")
        return out


def column_of(line: str, index: int) -> int:
    """1-based character column where tab-separated field `index` starts."""
    col = 1
    for _ in range(index):
        pos = line.find("\t", col - 1)
        if pos < 0:
            break
        col = pos + 2
    return col


def read_table(
    path: str | Path,
    text: str | None = None,
    *,
    comments: bool = False,
    exact_width: bool = False,
    what: str = "TSV file",
    hint: str = "a stray tab? cells must not contain tabs or line breaks",
) -> Table:
    """Read a table: the first line (with `comments`, the first line that is not blank and
    does not start with `#`) names the columns. A row with more cells than the header is an
    error; with `exact_width` so is a row with fewer."""
    path = str(path)
    if text is None:
        text = read_text(path, what)
    text = text.removeprefix("\ufeff")
    header: tuple[str, ...] | None = None
    header_line = 0
    header_raw = ""
    rows: list[Row] = []
    for lineno, raw in enumerate(text.split("\n"), start=1):
        line = raw.removesuffix("\r")
        if comments and (not line.strip() or line.startswith("#")):
            continue
        if header is None:
            if not line.strip():
                continue
            header = tuple(c.strip() for c in line.split("\t"))
            header_line, header_raw = lineno, line
            seen: set[str] = set()
            for i, name in enumerate(header):
                if name in seen:
                    raise InputError(f"duplicate column {name!r} in header", path=path,
                                     line=lineno, column=column_of(line, i))
                seen.add(name)
            continue
        if not line and lineno == text.count("\n") + 1:
            break  # the final newline
        cells = tuple(line.split("\t"))
        if len(cells) > len(header) or (exact_width and len(cells) != len(header)):
            raise InputError(
                f"{len(cells)} fields but the header has {len(header)}", path=path, line=lineno,
                column=column_of(line, min(len(cells), len(header))), hint=hint,
            )
        rows.append(Row(lineno, cells, line))
    if header is None:
        raise InputError(f"empty {what} (no header line)", path=path, line=1, column=1,
                         hint="the first line must name the columns")
    return Table(path, header, header_line, tuple(rows), header_raw)


def require_columns(table: Table, required: Sequence[str]) -> None:
    """Refuse a table whose header lacks one of `required`, naming the file and its line."""
    for column in required:
        if column not in table.header:
            raise InputError(f"header has no '{column}' column", path=table.path,
                             line=table.header_line, hint=f"columns: {', '.join(required)}")
