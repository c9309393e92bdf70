"""build does not publish what a reviewer typed as HTML (stored XSS), nor write through a link
planted at out/<lang>."""

from __future__ import annotations

from pathlib import Path

import polib
import pytest
from typer.testing import CliRunner

from translate.articles import read_articles
from translate.build import MARKUP, build_batch
from translate.cli import app
from translate.config import Config
from translate.errors import InputError
from translate.review.qa import check_files

HTML = ("<html><body><article><p>Hội nghị đã <b>bế mạc</b>. Các đại biểu ra về.</p></article>"
        "</body></html>\n")
MD = "Hội nghị đã bế mạc. Các đại biểu ra về.\n"
XSS = {
    "script": "Delegáti <script>alert(1)</script>odešli.",
    "img": 'Delegáti odešli. <img src=x onerror="alert(2)">',
    "iframe": "Delegáti <iframe src=//evil.example></iframe>odešli.",
    "link": "Delegáti [odešli](javascript:alert(3)).",
}


def _reviewed(tmp_path: Path, name: str, text: str, bad: str) -> Path:
    source = tmp_path / name
    source.parent.mkdir(parents=True, exist_ok=True)
    source.write_text(text, encoding="utf-8")
    (article,) = read_articles([source], Config())
    po = polib.POFile(wrapwidth=0)
    po.metadata = {"Language": "cs", "Content-Type": "text/plain; charset=UTF-8"}
    for unit in article.units():
        msgstr = bad if unit.text.startswith("Các đại biểu") else unit.text.replace(
            "Hội nghị đã", "Konference").replace("bế mạc", "skončila")
        po.append(polib.POEntry(msgid=unit.text, msgstr=msgstr))
    path = article.po_path(tmp_path / "po", "cs")
    path.parent.mkdir(parents=True, exist_ok=True)
    po.save(str(path))
    return source


@pytest.mark.parametrize("kind", sorted(XSS))
@pytest.mark.parametrize("name,text", [("a.html", HTML), ("a.md", MD)])
def test_reviewer_markup_is_refused_unless_allowed(tmp_path, kind, name, text):
    source = _reviewed(tmp_path, name, text, XSS[kind])
    result = build_batch([source], ["cs"], tmp_path / "po", tmp_path / "out", Config())
    assert result.refused and not result.written and not (tmp_path / "out").exists()
    [pending] = result.pending
    assert pending.state == MARKUP and pending.msgid == "Các đại biểu ra về."
    assert "adds" in pending.render() and pending.line > 0
    # even a preview of drafts does not publish it
    preview = build_batch([source], ["cs"], tmp_path / "po", tmp_path / "out", Config(),
                          allow_draft=True)
    assert preview.refused
    allowed = build_batch([source], ["cs"], tmp_path / "po", tmp_path / "out", Config(),
                          allow_markup=True)
    assert allowed.written
    # and `check` flags it
    findings = check_files([tmp_path / "po"], checks=["markup"])
    assert any(f.check == "markup" and "added" in f.message for f in findings)


def test_markup_of_the_source_and_plain_text_articles_build(tmp_path):
    source = _reviewed(tmp_path, "a.html", HTML, "Delegáti odešli.")
    assert build_batch([source], ["cs"], tmp_path / "po", tmp_path / "out", Config()).written
    txt = _reviewed(tmp_path / "t", "a.txt", MD, XSS["script"])  # a .txt renders no markup
    assert build_batch([txt], ["cs"], tmp_path / "t" / "po", tmp_path / "t" / "out",
                       Config()).written


def test_cli_build_says_how_to_allow_markup(tmp_path, monkeypatch):
    _reviewed(tmp_path, "a.md", MD, XSS["script"])
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["build", "a.md", "--to", "cs"])
    assert result.exit_code == 1 and "markup (adds <script>" in result.output
    assert "--allow-markup" in result.output
    assert CliRunner().invoke(app, ["build", "a.md", "--to", "cs", "--allow-markup"]
                              ).exit_code == 0


def test_a_link_planted_at_out_lang_is_not_written_through(tmp_path):
    source = _reviewed(tmp_path, "a.md", MD, "Delegáti odešli.")
    elsewhere = tmp_path / "webroot"
    elsewhere.mkdir()
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "cs").symlink_to(elsewhere)
    with pytest.raises(InputError, match="symbolic link"):
        build_batch([source], ["cs"], tmp_path / "po", tmp_path / "out", Config())
    assert list(elsewhere.iterdir()) == []
    # a link at the article's own file is replaced by the file, the target left alone
    (tmp_path / "out" / "cs").unlink()
    (tmp_path / "out" / "cs").mkdir()
    precious = tmp_path / "precious.txt"
    precious.write_text("keep\n", encoding="utf-8")
    (tmp_path / "out" / "cs" / "a.md").symlink_to(precious)
    build_batch([source], ["cs"], tmp_path / "po", tmp_path / "out", Config())
    assert precious.read_text(encoding="utf-8") == "keep\n"
    assert not (tmp_path / "out" / "cs" / "a.md").is_symlink()
