"""`translate segment` and `translate terms` see exactly what `run` puts into the PO file:
the same reading and segmentation (project abbreviations, HTML mode, configuration)."""

from __future__ import annotations

import json
from pathlib import Path

import polib
import pytest
from typer.testing import CliRunner

from translate.cli import app
from translate.terms.files import SHIPPED_DIR

REPO = Path(__file__).resolve().parent.parent
CORPUS = sorted((REPO / "corpus").glob("*.*[td]"))  # .md, .txt
PAGE = REPO / "tests" / "data" / "page_baohatinh.html"
runner = CliRunner()


def _po_sentences(article: Path, tmp_path: Path, model: Path, *extra: str) -> set[str]:
    out = tmp_path / "po"
    result = runner.invoke(app, ["run", str(article), "--to", "cs", "--out", str(out),
                                 "--model", str(model), "--beam", "1", "--no-cache", *extra])
    assert result.exit_code == 0, result.output
    return {e.msgid for e in polib.pofile(str(out / "cs" / f"{article.stem}.po"))}


def _segments(article: Path, *extra: str) -> list[str]:
    result = runner.invoke(app, ["segment", str(article), "--format", "jsonl", *extra])
    assert result.exit_code == 0, result.output
    return [json.loads(line)["text"] for line in result.output.splitlines()]


@pytest.mark.parametrize("article", [*CORPUS, PAGE], ids=lambda p: p.name)
def test_segment_prints_the_sentences_the_po_holds(article, tiny_marian, tmp_path):
    assert set(_segments(article)) == _po_sentences(article, tmp_path, tiny_marian)


def test_segment_uses_the_project_configuration(tiny_marian, tmp_path, monkeypatch):
    """A project abbreviation (`TT.`) and `html_mode` from translate.toml reach `segment`
    as they reach `run`."""
    (tmp_path / "abbr.txt").write_text("TT.\n", encoding="utf-8")
    (tmp_path / "translate.toml").write_text(
        '[segmenter]\nabbreviations = "abbr.txt"\n[extract]\nhtml_mode = "fragment"\n',
        encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text("Ông TT. Nguyễn Văn A phát biểu tại hội nghị. Hội nghị bế mạc.\n",
                       encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    segments = _segments(article)
    assert segments[0].startswith("Ông TT. Nguyễn")
    assert set(segments) == _po_sentences(article, tmp_path, tiny_marian)
    page = tmp_path / "page.html"
    page.write_text(PAGE.read_text(encoding="utf-8"), encoding="utf-8")
    fragment = _segments(page)
    assert len(fragment) > len(_segments(page, "--html-mode", "page"))  # menus kept as text


def test_terms_reads_articles_like_run(tmp_path):
    glossary = SHIPPED_DIR / "vi-cs.tsv"
    result = runner.invoke(app, ["terms", str(REPO / "corpus" / "hoi-nghi-tinh-uy.md"),
                                 "--glossary", str(glossary), "--format", "json"])
    assert result.exit_code == 0, result.output
    hits = [json.loads(line) for line in result.output.splitlines()]
    assert {"segment", "start", "end", "source", "concept", "kind", "targets"} == set(hits[0])
    text = (REPO / "corpus" / "hoi-nghi-tinh-uy.md").read_text(encoding="utf-8")
    assert all(text[h["start"]:h["end"]] == h["source"] for h in hits)
