"""build: source + reviewed PO → target article in the source's format; strict by default."""

from __future__ import annotations

from pathlib import Path

import polib
import pytest
from typer.testing import CliRunner

from translate.articles import read_articles
from translate.build import FUZZY, MISSING, UNTRANSLATED, build_batch
from translate.cli import app
from translate.config import Config
from translate.errors import InputError

MD = """# Hội nghị tỉnh

Hội nghị đã bế mạc. Các đại biểu ra về.

- Tập trung cho **doanh nghiệp**.
"""
HTML = """<html><body><article><h1>Hội nghị tỉnh</h1>
<p>Hội nghị đã <b>bế mạc</b>. Các đại biểu ra về.</p></article></body></html>
"""
CS = {
    "Hội nghị tỉnh": "Krajská konference",
    "Hội nghị đã bế mạc.": "Konference skončila.",
    "Các đại biểu ra về.": "Delegáti odešli.",
    "Tập trung cho **doanh nghiệp**.": "Soustředit se na **podniky**.",
    "Hội nghị đã <b>bế mạc</b>.": "Konference <b>skončila</b>.",
}


def _po_for(article, path: Path, fuzzy: set[str] = frozenset(), empty: set[str] = frozenset()):
    po = polib.POFile(wrapwidth=0)
    po.metadata = {"Language": "cs", "Content-Type": "text/plain; charset=UTF-8"}
    for unit in article.units():
        entry = polib.POEntry(msgid=unit.text,
                              msgstr="" if unit.text in empty else CS[unit.text])
        if unit.text in fuzzy:
            entry.flags.append("fuzzy")
        po.append(entry)
    path.parent.mkdir(parents=True, exist_ok=True)
    po.save(str(path))


@pytest.mark.parametrize(("name", "text"), [("a.md", MD), ("b.html", HTML)])
def test_builds_in_source_format(tmp_path: Path, name: str, text: str) -> None:
    source = tmp_path / name
    source.write_text(text, encoding="utf-8")
    (article,) = read_articles([source], Config())
    _po_for(article, article.po_path(tmp_path / "po", "cs"))
    result = build_batch([source], ["cs"], tmp_path / "po", tmp_path / "out", Config())
    assert not result.refused
    built = (tmp_path / "out" / "cs" / name).read_text(encoding="utf-8")
    expected = text
    for vi, cs in sorted(CS.items(), key=lambda kv: -len(kv[0])):
        expected = expected.replace(vi, cs)
    assert built == expected


def test_refuses_untranslated_fuzzy_and_missing(tmp_path: Path) -> None:
    source = tmp_path / "a.md"
    source.write_text(MD, encoding="utf-8")
    (article,) = read_articles([source], Config())
    po_path = article.po_path(tmp_path / "po", "cs")
    _po_for(article, po_path, fuzzy={"Hội nghị đã bế mạc."}, empty={"Các đại biểu ra về."})
    result = build_batch([source], ["cs"], tmp_path / "po", tmp_path / "out", Config())
    assert result.refused == [po_path] and not result.written
    assert {(p.state, p.msgid) for p in result.pending} == {
        (FUZZY, "Hội nghị đã bế mạc."), (UNTRANSLATED, "Các đại biểu ra về.")
    }
    assert not (tmp_path / "out").exists()

    preview = build_batch([source], ["cs"], tmp_path / "po", tmp_path / "out", Config(),
                          allow_draft=True)
    assert preview.written and preview.drafts_used == 2
    built = preview.written[0].read_text(encoding="utf-8")
    assert "Konference skončila." in built and "Các đại biểu ra về." in built

    # the source gained a sentence the PO does not know: even --allow-draft refuses
    source.write_text(MD + "\nMột câu mới.\n", encoding="utf-8")
    stale = build_batch([source], ["cs"], tmp_path / "po", tmp_path / "out2", Config(),
                        allow_draft=True)
    assert stale.refused and (MISSING, "Một câu mới.") in {(p.state, p.msgid)
                                                           for p in stale.pending}


def test_cli_exit_codes(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    source = tmp_path / "a.md"
    source.write_text(MD, encoding="utf-8")
    (article,) = read_articles([source], Config())
    _po_for(article, article.po_path(tmp_path / "po", "cs"), fuzzy={"Hội nghị tỉnh"})
    runner = CliRunner()
    refused = runner.invoke(app, ["build", str(source), "--to", "cs"])
    assert refused.exit_code == 1 and "fuzzy: Hội nghị tỉnh" in refused.output
    ok = runner.invoke(app, ["build", str(source), "--to", "cs", "--allow-draft"])
    assert ok.exit_code == 0 and (tmp_path / "out" / "cs" / "a.md").exists()
    missing = runner.invoke(app, ["build", str(source), "--to", "de"])
    assert missing.exit_code == 2 and "no PO file" in missing.output
    with pytest.raises(InputError):
        build_batch([source], ["de"], tmp_path / "po", tmp_path / "out", Config())
