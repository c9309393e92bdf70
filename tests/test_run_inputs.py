"""run/update arguments and files that used to be accepted or to crash: file names with line
breaks, language codes with control characters, one single-pair model for several targets,
links planted at the tool's own files, huge and over-long articles."""

from __future__ import annotations

import shutil
from pathlib import Path

import polib
import pytest
from typer.testing import CliRunner

from translate.articles import collect_sources, read_articles
from translate.cli import app
from translate.config import Config
from translate.engines.pool import pair_warnings, resolve_routes
from translate.errors import InputError
from translate.formats.read import MAX_ARTICLE_BYTES
from translate.po.merge import backup, source_units

REPO = Path(__file__).resolve().parent.parent
runner = CliRunner()


def test_a_file_name_with_a_line_break_is_refused(tmp_path):
    evil = tmp_path / 'a\nmsgid "injected"\nmsgstr "x"\n#.md'
    evil.write_text("Câu một.\n", encoding="utf-8")
    with pytest.raises(InputError) as err:
        collect_sources([evil])
    message = str(err.value)
    assert "\n" not in message and "\\n" in message and "rename" in message
    with pytest.raises(InputError):
        collect_sources([tmp_path])  # found in a folder too


@pytest.mark.parametrize("to", ["cs\n", "cs\t", "[bold]cs", "$x$", "../cs", "cs,\nen"])
def test_language_codes_with_odd_characters_are_refused(tmp_path, to):
    result = runner.invoke(app, ["run", str(REPO / "corpus" / "hoi-nghi-tinh-uy.md"), "--to",
                                 to, "--out", str(tmp_path / "po")])
    assert result.exit_code == 2 and "unknown language code" in result.output
    assert len(result.output.strip().splitlines()) == 1
    assert not (tmp_path / "po").exists()


def test_a_marian_model_is_refused_for_several_targets(tiny_marian):
    with pytest.raises(InputError, match="single-pair"):
        resolve_routes(["cs", "en"], Config(), str(tiny_marian))
    assert resolve_routes(["cs"], Config(), str(tiny_marian))  # one target: fine


def test_a_model_named_for_another_pair_is_warned_about():
    [warning] = pair_warnings(["cs"], Config(), "Helsinki-NLP/opus-mt-vi-en")
    assert "vi→en" in warning and "vi→cs" in warning
    assert pair_warnings(["en"], Config(), "Helsinki-NLP/opus-mt-vi-en") == []
    assert pair_warnings(["cs", "de"], Config(), "facebook/m2m100_418M") == []


def test_huge_article_is_refused_with_the_limit(tmp_path):
    huge = tmp_path / "huge.md"
    with huge.open("w", encoding="utf-8") as out:
        line = "Tổng thu ngân sách tháng 8 ước đạt 19.340 tỷ đồng.\n\n"
        out.write(line * (MAX_ARTICLE_BYTES // len(line.encode("utf-8")) + 10))
    with pytest.raises(InputError, match=r"too large .* the limit is 10\.0 MB"):
        read_articles([huge], Config())


def test_distinct_sentences_keep_every_reference_once(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Câu một. Câu hai.\nCâu một.\n\nCâu một. Câu một.\n", encoding="utf-8")
    (read,) = read_articles([article], Config())
    units = source_units("a.txt", read.segments)
    assert [u.text for u in units] == ["Câu một.", "Câu hai."]
    assert units[0].references == [("a.txt", 1), ("a.txt", 2), ("a.txt", 4)]


def test_update_does_not_write_through_a_planted_backup_link(tmp_path):
    po = tmp_path / "a.po"
    po.write_text('msgid ""\nmsgstr ""\n', encoding="utf-8")
    precious = tmp_path / "precious.txt"
    precious.write_text("keep\n", encoding="utf-8")
    (tmp_path / "a.po.bak").symlink_to(precious)
    assert backup(po) == tmp_path / "a.po.bak"
    assert precious.read_text(encoding="utf-8") == "keep\n"
    assert (tmp_path / "a.po.bak").read_text(encoding="utf-8") == po.read_text(encoding="utf-8")


def test_a_symlinked_lock_file_is_refused_and_not_followed(tiny_marian, tmp_path):
    article = tmp_path / "a.md"
    shutil.copy(REPO / "corpus" / "hoi-nghi-tinh-uy.md", article)
    precious = tmp_path / "precious.txt"
    precious.write_text("keep\n", encoding="utf-8")
    lock = tmp_path / "po" / "cs" / ".a.po.lock"
    lock.parent.mkdir(parents=True)
    lock.symlink_to(precious)
    result = runner.invoke(app, ["run", str(article), "--to", "cs", "--out",
                                 str(tmp_path / "po"), "--model", str(tiny_marian)])
    assert result.exit_code == 2 and "lock file is a symbolic link" in result.output
    assert precious.read_text(encoding="utf-8") == "keep\n"


def test_an_over_long_sentence_no_longer_stops_the_batch(tiny_marian, tmp_path):
    words = "kinh tế địa phương tăng trưởng ổn định và bền vững trong năm 2024".split()
    article = tmp_path / "long.md"
    article.write_text("Câu ngắn đầu tiên.\n\n" + " ".join(words[i % len(words)]
                       for i in range(700)) + ".\n\nCâu ngắn cuối cùng.\n", encoding="utf-8")
    result = runner.invoke(app, ["run", str(article), "--to", "cs", "--out",
                                 str(tmp_path / "po"), "--model", str(tiny_marian), "--beam",
                                 "1", "--no-cache"])
    assert result.exit_code == 0, result.output
    catalog = polib.pofile(str(tmp_path / "po" / "cs" / "long.po"))
    assert len(catalog) == 3 and all(e.msgstr for e in catalog)
    long_entry = max(catalog, key=lambda e: len(e.msgid))
    assert "qa: long:" in long_entry.comment
