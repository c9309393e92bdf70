"""`translate check --fix`, `--dry-run`, `--include-approved`, and `translate tsv2po`."""

import difflib
from pathlib import Path

import polib
from typer.testing import CliRunner

from translate.cli import app
from translate.review import fix as fix_module
from translate.review.fix import fix_files, fix_text, glossary_tables
from translate.terms.files import SHIPPED_DIR

ROOT = Path(__file__).resolve().parents[2]
GLOSSARY = SHIPPED_DIR / "vi-cs.tsv"
SOURCE = "Theo chỉ đạo của Bí thư Tỉnh ủy, các địa phương phải hoàn thành việc di dời."
PLANTED = "Podle pokynu provinčního tajemníka strany musí obce dokončit přesídlení."
FIXED = "Podle pokynu tajemníka provinčního výboru strany musí obce dokončit přesídlení."
RIGHT = ("Bí thư Tỉnh ủy đã phát biểu.", "Tajemník provinčního výboru strany promluvil.")


def write_po(path: Path, approved: bool = False) -> Path:
    po = polib.POFile(wrapwidth=0)
    po.metadata = {"Language": "cs", "Content-Type": "text/plain; charset=UTF-8"}
    po.append(polib.POEntry(msgid=SOURCE, msgstr=PLANTED,
                            flags=[] if approved else ["fuzzy"]))
    po.append(polib.POEntry(msgid=RIGHT[0], msgstr=RIGHT[1], flags=["fuzzy"]))
    path.parent.mkdir(parents=True, exist_ok=True)
    po.save(str(path))
    return path


def test_fix_text_keeps_the_rest_byte_for_byte(glossary):
    text, fixes = fix_text(SOURCE, PLANTED, "cs", glossary)
    assert text == FIXED
    assert fixes[0].comment == ("terms: fixed 'provinčního tajemníka strany' → "
                                "'tajemníka provinčního výboru strany' (genitive)")
    assert fix_text(*RIGHT, "cs", glossary) == (RIGHT[1], [])


def test_fix_files_rewrites_with_backup_and_comment(tmp_path, glossary):
    path = write_po(tmp_path / "a.po")
    before = path.read_text(encoding="utf-8")
    report = fix_files([path], glossary)
    assert (report.fixes, report.entries, report.files) == (1, 1, [str(path)])
    assert (tmp_path / "a.po.bak").read_text(encoding="utf-8") == before
    entry = polib.pofile(str(path)).find(SOURCE)
    assert entry.msgstr == FIXED and entry.fuzzy
    assert "terms: fixed 'provinčního tajemníka strany'" in entry.comment
    assert polib.pofile(str(path)).find(RIGHT[0]).msgstr == RIGHT[1]


def test_fix_files_reads_the_glossary_tables_once_per_run(tmp_path, glossary, monkeypatch):
    """The whole-glossary Czech tables are read once for every file and entry of a run, and
    `fix_text` given them fixes exactly as it does reading them itself."""
    calls = []

    def counted(glossary):
        calls.append(1)
        return glossary_tables(glossary)

    monkeypatch.setattr(fix_module, "glossary_tables", counted)
    paths = [write_po(tmp_path / "a.po"), write_po(tmp_path / "b.po")]
    report = fix_files(paths, glossary)
    assert report.entries == 2 and len(calls) == 1
    tables = glossary_tables(glossary)
    assert fix_text(SOURCE, PLANTED, "cs", glossary, tables=tables)[0] == FIXED


def test_dry_run_writes_nothing_and_returns_a_diff(tmp_path, glossary):
    path = write_po(tmp_path / "a.po")
    before = path.read_text(encoding="utf-8")
    report = fix_files([path], glossary, dry_run=True)
    assert path.read_text(encoding="utf-8") == before and not (tmp_path / "a.po.bak").exists()
    assert f'-msgstr "{PLANTED}"' in report.diff
    # the diff shows the file exactly as a real --fix writes it (gettext's wrapping included)
    fix_files([path], glossary)
    after = path.read_text(encoding="utf-8")
    assert report.diff == "".join(difflib.unified_diff(
        before.splitlines(keepends=True), after.splitlines(keepends=True),
        fromfile=f"a/{path}", tofile=f"b/{path}"))
    assert polib.pofile(str(path)).find(SOURCE).msgstr == FIXED


def test_approved_entries_only_with_include_approved(tmp_path, glossary):
    path = write_po(tmp_path / "a.po", approved=True)
    before = path.read_text(encoding="utf-8")
    report = fix_files([path], glossary)
    assert report.approved_skipped == 1 and path.read_text(encoding="utf-8") == before
    fix_files([path], glossary, include_approved=True)
    entry = polib.pofile(str(path)).find(SOURCE)
    assert entry.msgstr == FIXED and entry.fuzzy  # approved → fuzzy again


def test_cli_fix_follows_the_check_contract(tmp_path):
    path = write_po(tmp_path / "po" / "cs" / "a.po")
    runner = CliRunner()
    result = runner.invoke(app, ["check", str(path), "--glossary", str(GLOSSARY), "--fix",
                                 "--dry-run", "--only", "glossary"])
    assert result.exit_code == 1  # the forbidden rendering is still there: nothing written
    lines = result.output.splitlines()
    start = lines.index('+msgstr ""') + 1  # wrapped as gettext wraps it
    added = []
    while lines[start].startswith('+"'):
        added.append(lines[start][2:-1])
        start += 1
    assert "".join(added) == FIXED
    result = runner.invoke(app, ["check", str(path), "--glossary", str(GLOSSARY), "--fix",
                                 "--only", "glossary", "--format", "json"])
    assert result.exit_code == 0, result.output
    assert "fixed 1 glossary terms in 1 entries of 1 files" in result.output
    result = runner.invoke(app, ["check", str(path), "--dry-run"])
    assert result.exit_code == 2 and "go with --fix" in result.output


def test_tsv2po_imports_someone_elses_translations(tmp_path):
    table = tmp_path / "freelancer.tsv"
    table.write_text(f"vi\tcs\tnote\n{SOURCE}\t{PLANTED}\tx\n{RIGHT[0]}\t{RIGHT[1]}\t\n"
                     f"{SOURCE}\tJiný překlad.\t\n", encoding="utf-8")
    out = tmp_path / "po" / "cs" / "freelancer.po"
    runner = CliRunner()
    result = runner.invoke(app, ["tsv2po", str(table), "--to", "cs", "--out", str(out)])
    assert result.exit_code == 0, result.output
    catalog = polib.pofile(str(out))
    assert len(catalog) == 2 and catalog.metadata["Language"] == "cs"
    entry = catalog.find(SOURCE)
    assert entry.msgstr == PLANTED and entry.fuzzy
    assert entry.occurrences == [("freelancer.tsv", "2"), ("freelancer.tsv", "4")]
    assert "Jiný překlad." in entry.comment
    again = runner.invoke(app, ["tsv2po", str(table), "--to", "cs", "--out", str(out)])
    assert again.exit_code == 2 and "refusing to overwrite" in again.output
    bad = tmp_path / "bad.tsv"
    bad.write_text("source\ttarget\nx\ty\n", encoding="utf-8")
    result = runner.invoke(app, ["tsv2po", str(bad), "--to", "cs", "--out",
                                 str(tmp_path / "b.po")])
    assert result.exit_code == 2 and "no column 'vi'" in result.output
    assert "bad.tsv" in result.output
