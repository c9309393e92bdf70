"""The spine: `translate run` over real corpus articles with tiny local models."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest
from typer.testing import CliRunner

from translate.cli import app
from translate.po.provenance import comment_value

REPO = Path(__file__).resolve().parent.parent
ARTICLE = REPO / "corpus" / "hoi-nghi-tinh-uy.md"
runner = CliRunner()


def invoke(*args: str, env: dict | None = None):
    return runner.invoke(app, list(args), env=env)


@pytest.fixture(scope="module")
def marian_run(tiny_marian, tmp_path_factory):
    out = tmp_path_factory.mktemp("po")
    article = out.parent / "article" / ARTICLE.name
    article.parent.mkdir(exist_ok=True)
    shutil.copy(ARTICLE, article)
    result = invoke("run", str(article), "--to", "cs", "--out", str(out),
                    "--model", str(tiny_marian), "--beam", "2")
    assert result.exit_code == 0, result.output
    return article, out / "cs" / "hoi-nghi-tinh-uy.po", result


def test_every_sentence_has_one_fuzzy_machine_draft(marian_run):
    from translate.formats.read import read_document
    from translate.text.segment import segment_document

    article, po_path, _ = marian_run
    catalog = polib.pofile(str(po_path))
    sentences = [s.text for s in segment_document(read_document(article))]
    assert sorted(e.msgid for e in catalog) == sorted(set(sentences))
    for entry in catalog:
        assert entry.msgstr.strip()
        assert "fuzzy" in entry.flags
        origin = comment_value(entry, "origin:")
        assert origin.startswith("mt engine=") and "model=" in origin
    assert catalog.metadata["Language"] == "cs"
    assert catalog.metadata["Content-Type"] == "text/plain; charset=UTF-8"
    assert catalog.metadata["Plural-Forms"].startswith("nplurals=3;")
    assert "X-Translate-Model" in catalog.metadata


def test_references_point_at_the_lines_and_repeats_merge(marian_run):
    article, po_path, _ = marian_run
    lines = article.read_text(encoding="utf-8").splitlines()
    catalog = polib.pofile(str(po_path))
    for entry in catalog:
        for name, line in entry.occurrences:
            assert name == article.name
            assert entry.msgid in lines[int(line) - 1]
    repeated = catalog.find("Hội nghị đã thống nhất cao với các nội dung được trình bày.")
    assert repeated is not None and len(repeated.occurrences) == 2


@pytest.mark.skipif(shutil.which("msgfmt") is None, reason="gettext not installed")
def test_msgfmt_accepts_the_po(marian_run, tmp_path):
    _, po_path, _ = marian_run
    check = subprocess.run(["msgfmt", "--check", "-o", str(tmp_path / "x.mo"), str(po_path)],
                           capture_output=True, text=True)
    assert check.returncode == 0, check.stderr


def test_m2m100_model_drafts_every_sentence(tiny_m2m100, tmp_path):
    article = REPO / "corpus" / "nghi-dinh-xu-phat.txt"
    result = invoke("run", str(article), "--to", "cs,de", "--out", str(tmp_path),
                    "--model", str(tiny_m2m100), "--beam", "1")
    assert result.exit_code == 0, result.output
    for lang in ("cs", "de"):
        catalog = polib.pofile(str(tmp_path / lang / "nghi-dinh-xu-phat.po"))
        assert len(catalog) > 3
        assert all(e.msgstr and "fuzzy" in e.flags for e in catalog)
        assert not any(e.msgstr.startswith(("__cs__", "__de__")) for e in catalog)


def test_rerun_keeps_reviewer_work_byte_for_byte(tiny_marian, tmp_path):
    article = tmp_path / ARTICLE.name
    shutil.copy(ARTICLE, article)
    out = tmp_path / "po"
    args = ("run", str(article), "--to", "cs", "--out", str(out), "--model", str(tiny_marian))
    assert invoke(*args).exit_code == 0
    po_path = out / "cs" / "hoi-nghi-tinh-uy.po"
    catalog = polib.pofile(str(po_path))
    entry = catalog[0]
    edited = "Konference krajského výboru „strany“ — ruční překlad\u00a0č. 25-NQ/TW"
    entry.msgstr = edited
    entry.flags.remove("fuzzy")
    untouched = catalog[1].msgid, catalog[1].msgstr
    catalog.save(str(po_path))
    result = invoke(*args)
    assert result.exit_code == 0, result.output
    after = polib.pofile(str(po_path))
    assert after.find(entry.msgid).msgstr == edited
    assert "fuzzy" not in after.find(entry.msgid).flags
    assert after.find(untouched[0]).msgstr == untouched[1]
    assert edited.encode() in po_path.read_bytes()


def test_missing_model_offline_is_one_clear_message(tmp_path, monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf"))
    result = invoke("run", str(ARTICLE), "--to", "cs", "--out", str(tmp_path / "po"),
                    "--model", "nobody/not-a-cached-model")
    assert result.exit_code == 1
    assert "nobody/not-a-cached-model" in result.output
    assert "models pull" in result.output and "--model PATH" in result.output
    assert "Traceback" not in result.output
    assert not (tmp_path / "po").exists()


def test_configured_model_missing_offline_stops_before_work(tmp_path, monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf"))
    monkeypatch.chdir(tmp_path)
    result = invoke("run", str(ARTICLE), "--to", "cs")
    assert result.exit_code == 1
    assert "facebook/m2m100_418M" in result.output
    assert not (tmp_path / "po").exists()


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("empty.txt", b"", "empty"),
        ("binary.txt", b"\x00\x01\x02PK\x03\x04" * 20, "binary"),
        ("legacy.txt", "Thủ tướng Chính phủ ký quyết định.".encode("cp1258", "ignore"), "UTF-8"),
    ],
)
def test_bad_input_is_one_line_exit_2(tmp_path, name, content, expected):
    bad = tmp_path / name
    bad.write_bytes(content)
    result = invoke("run", str(bad), "--to", "cs", "--out", str(tmp_path / "po"),
                    "--model", "unused")
    assert result.exit_code == 2, result.output
    lines = [x for x in result.output.splitlines() if x.strip()]
    assert len(lines) == 1 and name in lines[0] and expected.lower() in lines[0].lower()
    assert not (tmp_path / "po").exists()


def test_missing_path_and_unknown_language(tmp_path):
    result = invoke("run", str(tmp_path / "nope.md"), "--to", "cs", "--out", str(tmp_path))
    assert result.exit_code == 2 and "nope.md" in result.output
    result = invoke("run", str(ARTICLE), "--to", "cs,xx", "--out", str(tmp_path / "po"))
    assert result.exit_code == 2 and "'xx'" in result.output
    assert not (tmp_path / "po").exists()


def test_segment_jsonl_contract():
    import json

    result = invoke("segment", str(ARTICLE), "--format", "jsonl")
    assert result.exit_code == 0, result.output
    text = ARTICLE.read_text(encoding="utf-8")
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert len(rows) > 10
    for row in rows:
        assert {"block", "index", "text", "start", "end", "kind"} <= set(row)
        assert text[row["start"]:row["end"]] == row["text"]
    assert rows[0]["kind"] == "title"


def test_commands_without_a_model_do_not_import_torch():
    code = ("import sys; from typer.testing import CliRunner; from translate.cli import app; "
            f"r = CliRunner().invoke(app, ['segment', {str(ARTICLE)!r}]); "
            "assert r.exit_code == 0, r.output; "
            "assert 'torch' not in sys.modules and 'transformers' not in sys.modules")
    subprocess.run([sys.executable, "-c", code], check=True, cwd=REPO)


def test_run_from_an_empty_folder_uses_the_shipped_glossary(tiny_marian, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    article = tmp_path / "tin.txt"
    article.write_text("Phó Chủ tịch UBND huyện Cẩm Xuyên Nguyễn Văn Nam dự hội nghị.\n\n"
                       "Chiều 25/8, Bí thư Tỉnh ủy làm việc tại huyện.\n", encoding="utf-8")
    result = invoke("run", str(article), "--to", "cs", "--model", str(tiny_marian),
                    "--beam", "1")
    assert result.exit_code == 0, result.output
    assert "glossaries: shipped (" in result.output and "vi-cs.tsv" in result.output
    assert "title grammar" in result.output and " concepts" in result.output
    catalog = polib.pofile(str(tmp_path / "po" / "cs" / "tin.po"))
    title = catalog[0]
    assert ("terms: Phó Chủ tịch UBND huyện Cẩm Xuyên = místopředseda lidového výboru okresu "
            "Cẩm Xuyên" in title.comment)
    assert "místopředseda lidového výboru okresu Cẩm Xuyên" in title.msgstr  # enforced
    assert "glossary=none" not in comment_value(title, "origin:")
    assert "25. 8." in catalog[1].msgstr  # a day-month date, localised


def test_run_without_any_glossary_warns(tiny_marian, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "translate.toml").write_text("[glossary]\nshipped = false\n", encoding="utf-8")
    article = tmp_path / "tin.txt"
    article.write_text("Bí thư Tỉnh ủy làm việc tại huyện.\n", encoding="utf-8")
    result = invoke("run", str(article), "--to", "cs", "--model", str(tiny_marian),
                    "--beam", "1")
    assert result.exit_code == 0, result.output
    assert "warning: no glossary" in result.output
