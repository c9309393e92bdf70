"""The one TSV reader: header, widths, and columns a table must have."""

import pytest

from translate.errors import InputError
from translate.tables import read_table, require_columns


def test_a_table_reads_its_header_and_rows(tmp_path):
    path = tmp_path / "t.tsv"
    path.write_text("# note\nid\tcs\na\tb\n", encoding="utf-8")
    table = read_table(path, comments=True)
    assert table.header == ("id", "cs") and table.header_line == 2
    assert [row.cells for row in table.rows] == [("a", "b")]


def test_a_row_wider_than_the_header_names_its_line(tmp_path):
    path = tmp_path / "t.tsv"
    path.write_text("id\tcs\na\tb\tc\n", encoding="utf-8")
    with pytest.raises(InputError, match="3 fields but the header has 2") as info:
        read_table(path)
    assert info.value.line == 2


def test_a_missing_column_is_refused_with_the_header_line(tmp_path):
    path = tmp_path / "roles.tsv"
    path.write_text("# roles\n\nid\tvi\n", encoding="utf-8")
    table = read_table(path, comments=True)
    require_columns(table, ("id", "vi"))
    with pytest.raises(InputError, match="header has no 'cs' column") as info:
        require_columns(table, ("id", "vi", "cs"))
    assert info.value.line == 3 and "columns: id, vi, cs" in str(info.value.hint)
