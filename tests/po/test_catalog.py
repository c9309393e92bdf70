"""Loading PO files: checked like msgfmt (file, line), charset mix-ups, the record file."""

from __future__ import annotations

from pathlib import Path

import polib
import pytest
from typer.testing import CliRunner

from translate.cli import app
from translate.errors import InputError
from translate.po.catalog import load_catalog, new_catalog, records_path, save_catalog
from translate.po.provenance import EntryDraft, apply_draft, origin_of

HEADER = 'msgid ""\nmsgstr ""\n"Language: cs\\n"\n"Content-Type: text/plain; charset={}\\n"\n\n'


def _write(tmp_path: Path, body: str, charset: str = "UTF-8", encoding: str = "utf-8") -> Path:
    path = tmp_path / "a.po"
    path.write_bytes((HEADER.format(charset) + body).encode(encoding))
    return path


@pytest.mark.parametrize(("body", "line", "message"), [
    ('msgid "Hội nghị"\nmsgstr "Konference thêm\n', 7, "end of line within string"),
    ('msgid "a"\nmsgstr "b"\n\nmsgid "a"\nmsgstr "c"\n', 9, "duplicate message definition"),
    ('msgid "a"\nmsgstr "b"\n\n#~ msgid "a"\n#~ msgstr "c"\n', 9, "duplicate"),
    ('msgid "a"\n\nmsgid "b"\nmsgstr "c"\n', 6, "entry without msgstr"),
    ('msgid "a"\nmsgtxt "b"\n', 7, "keyword 'msgtxt' unknown"),
    ('msgid "a"\nmsgstr "b\\q"\n', 7, "invalid escape"),
    ('msgid "a"\nmsgid_plural "as"\nmsgstr[0] "x"\nmsgstr[2] "y"\n', 9, "wrong index"),
    ('msgstr "x"\n', 6, "twice"),
])
def test_malformed_files_name_file_and_line(tmp_path: Path, body, line, message) -> None:
    path = _write(tmp_path, body)
    with pytest.raises(InputError) as caught:
        load_catalog(path)
    assert caught.value.line == line and message in caught.value.detail
    assert caught.value.path == str(path)


def test_commands_exit_2_on_a_malformed_file(tmp_path: Path) -> None:
    path = _write(tmp_path, 'msgid "a"\nmsgstr "b"\n\nmsgid "a"\nmsgstr "c"\n')
    for command in (["stats"], ["check"], ["report"], ["learn", "--memory",
                                                       str(tmp_path / "m.tmx")]):
        result = CliRunner().invoke(app, [*command, str(path)])
        assert result.exit_code == 2, (command, result.output)
        assert f"{path}:9" in result.output and "duplicate" in result.output


def test_utf8_under_an_iso_8859_1_header_is_not_double_encoded(tmp_path: Path) -> None:
    path = _write(tmp_path, 'msgid "Hội nghị"\nmsgstr "Konference třetí"\n', "ISO-8859-1")
    catalog = load_catalog(path)
    assert catalog.find("Hội nghị").msgstr == "Konference třetí"
    save_catalog(catalog, path)
    again = load_catalog(path)
    assert again.find("Hội nghị").msgstr == "Konference třetí"
    assert "charset=UTF-8" in again.metadata["Content-Type"]
    assert "třetí".encode() in path.read_bytes()


def test_a_real_latin1_file_is_read_by_its_charset(tmp_path: Path) -> None:
    path = _write(tmp_path, 'msgid "Hội"\nmsgstr "café"\n'.replace("Hội", "Hoi"),
                  "ISO-8859-1", "latin-1")
    assert load_catalog(path).find("Hoi").msgstr == "café"


def test_undeclared_non_utf8_bytes_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "a.po"
    path.write_bytes(b'msgid ""\nmsgstr ""\n\nmsgid "a"\nmsgstr "caf\xe9"\n')
    with pytest.raises(InputError) as caught:
        load_catalog(path)
    assert caught.value.line == 5


def test_new_catalog_header_has_what_msgfmt_checks() -> None:
    catalog = new_catalog("cs", "m", "a.md")
    assert catalog.metadata["Last-Translator"] and catalog.metadata["Language-Team"] == "Czech"


def test_record_restores_provenance_removed_from_comments(tmp_path: Path) -> None:
    catalog = new_catalog("cs", "m", "a.md")
    entry = polib.POEntry(msgid="Hội nghị.", occurrences=[("a.md", "1")])
    apply_draft(entry, EntryDraft(entry.msgid, "Konference.", "mt engine=e model=m glossary=g"))
    catalog.append(entry)
    path = tmp_path / "a.po"
    save_catalog(catalog, path)
    assert records_path(path).is_file()
    stripped = path.read_text(encoding="utf-8").replace("#. origin:", "#. TRANSLATORS:")
    stripped = "\n".join(line for line in stripped.splitlines() if not line.startswith(
        "#. draft:")) + "\n"
    path.write_text(stripped, encoding="utf-8")
    loaded = load_catalog(path).find("Hội nghị.")
    assert origin_of(loaded) == "mt"
    assert loaded.comment.splitlines()[0].startswith("TRANSLATORS:")  # the template's kept
    records_path(path).write_text("not json\n", encoding="utf-8")
    assert origin_of(load_catalog(path).find("Hội nghị.")) == "human"  # a bad record: ignored
