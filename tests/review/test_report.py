import base64

import polib
import pytest
from rich.console import Console

from translate.errors import InputError
from translate.po.catalog import new_catalog, save_catalog
from translate.po.provenance import EntryDraft, apply_draft
from translate.review.report import (
    build_report,
    collect_entries,
    diff_html,
    render_html,
    render_table,
    write_html,
)

MT_A = "mt engine=transformers model=Helsinki-NLP/opus-mt-vi-cs glossary=abc123"
MT_B = "mt engine=ctranslate2 model=facebook/m2m100_418M glossary=abc123"


def entry(catalog, msgid, draft, final, origin=MT_A, reviewed=True, comments=()):
    e = polib.POEntry(msgid=msgid, msgstr="")
    apply_draft(e, EntryDraft(msgid=msgid, msgstr=draft, origin=origin, comments=list(comments)))
    e.msgstr = final
    if reviewed and "fuzzy" in e.flags:
        e.flags.remove("fuzzy")
    catalog.append(e)
    return e


@pytest.fixture
def po_dir(tmp_path):
    cs = new_catalog("cs", "Helsinki-NLP/opus-mt-vi-cs", "article")
    # four reviewed MT drafts: two accepted as is, two edited; one still pending
    entry(cs, "Câu một.", "Věta jedna.", "Věta jedna.")
    entry(cs, "Câu hai.", "Věta dva.", "Věta dva.", comments=["terms: Tỉnh ủy = krajský výbor"])
    entry(
        cs, "Bí thư Tỉnh ủy phát biểu.", "Tajemník provincie promluvil.",
        "Tajemník krajského výboru promluvil.",
        comments=["terms: Tỉnh ủy = krajský výbor; Bí thư = tajemník", "qa: glossary: missing"],
    )  # fmt: skip
    entry(
        cs, "Tăng 3,5%.", "Nárůst 3,5%.", "Nárůst o 3,5 %.",
        comments=["qa: numbers: 3,5% written in Vietnamese format"],
    )  # fmt: skip
    entry(cs, "Câu năm.", "Věta pět.", "Věta pět.", reviewed=False)
    # memory draft accepted, a human entry without a draft, an m2m100 draft edited
    entry(cs, "Câu sáu.", "Věta šest.", "Věta šest.", origin="memory score=100")
    cs.append(polib.POEntry(msgid="Câu bảy.", msgstr="Věta sedm."))
    entry(cs, "Câu tám.", "Osm slov.", "Věta osm.", origin=MT_B)
    save_catalog(cs, tmp_path / "po" / "cs" / "article.po")

    en = new_catalog("en", "Helsinki-NLP/opus-mt-vi-en", "article")
    entry(en, "Câu một.", "Sentence one.", "Sentence one.", origin="mt model=opus-vi-en")
    save_catalog(en, tmp_path / "po" / "en" / "article.po")
    return tmp_path / "po"


def group(report, lang, model):
    return next(g for g in report.groups if (g.lang, g.model) == (lang, model))


def test_collect_entries(po_dir):
    records, without = collect_entries([po_dir])
    assert without == 1  # the human entry
    assert len(records) == 8
    third = next(r for r in records if r.source.startswith("Bí thư"))
    assert third.terms == ("Tỉnh ủy", "Bí thư")
    assert third.checks == ("glossary",)
    assert third.changed and third.reviewed


def test_numbers_per_language_and_model(po_dir):
    report = build_report([po_dir])
    keys = [(g.lang, g.model) for g in report.groups]
    assert keys == [
        ("cs", "Helsinki-NLP/opus-mt-vi-cs"),
        ("cs", "facebook/m2m100_418M"),
        ("cs", "memory"),
        ("en", "opus-vi-en"),
    ]
    a = group(report, "cs", "Helsinki-NLP/opus-mt-vi-cs")
    assert (a.drafted, a.reviewed, a.pending, a.unchanged) == (5, 4, 1, 2)
    assert a.accepted_share == pytest.approx(0.5)
    assert 0 < a.chrf < 100 and a.ter > 0
    # terms and checks ranked by how often they were involved in edited entries
    assert a.terms[0] == ("Tỉnh ủy", 1, 2)
    assert ("Bí thư", 1, 1) in a.terms
    assert {c[0] for c in a.checks} == {"glossary", "numbers"}
    assert len(a.most_edited) == 2 and a.most_edited[0][0] <= a.most_edited[1][0]
    mem = group(report, "cs", "memory")
    assert (mem.reviewed, mem.unchanged, mem.chrf, mem.ter) == (1, 1, 100.0, 0.0)
    b = group(report, "cs", "facebook/m2m100_418M")
    assert b.accepted_share == 0.0 and b.chrf < 100
    assert "chrF++" in report.signatures and "TER" in report.signatures


def test_chrf_and_ter_match_sacrebleu(po_dir):
    from sacrebleu.metrics import CHRF, TER

    a = group(build_report([po_dir]), "cs", "Helsinki-NLP/opus-mt-vi-cs")
    drafts = ["Věta jedna.", "Věta dva.", "Tajemník provincie promluvil.", "Nárůst 3,5%."]
    finals = ["Věta jedna.", "Věta dva.", "Tajemník krajského výboru promluvil.", "Nárůst o 3,5 %."]
    assert a.chrf == pytest.approx(CHRF(word_order=2).corpus_score(drafts, [finals]).score)
    assert a.ter == pytest.approx(TER().corpus_score(drafts, [finals]).score)


def test_terminal_table(po_dir):
    console = Console(record=True, width=200)
    render_table(build_report([po_dir]), console=console)
    text = console.export_text()
    assert "Helsinki-NLP/opus-mt-vi-cs" in text
    assert "50 %" in text and "4/5" in text
    assert "1 translated entries without a recorded draft" in text


def test_html_has_embedded_charts(po_dir, tmp_path):
    report = build_report([po_dir])
    out = tmp_path / "out" / "report.html"
    write_html(report, out)
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>")
    # one summary chart, then one chart per language/model
    assert page.count("data:image/png;base64,") == len(report.groups) + 1 == 5
    payload = page.split("data:image/png;base64,", 1)[1].split('"', 1)[0]
    assert base64.b64decode(payload).startswith(b"\x89PNG")
    assert "Tajemník <del>provincie</del><ins>krajského výboru</ins> promluvil." in page
    assert "http" not in page.replace("http-equiv", "")  # self-contained: no external links


def test_html_escapes_text(tmp_path):
    cat = new_catalog("cs", "m", "a")
    entry(cat, "<b>x</b>", "<script>alert(1)</script>", "bezpečné")
    save_catalog(cat, tmp_path / "a.po")
    page = render_html(build_report([tmp_path / "a.po"]))
    assert "<script>" not in page and "&lt;script&gt;" in page


def test_input_errors(tmp_path):
    with pytest.raises(InputError, match="no PO files"):
        build_report([tmp_path])
    txt = tmp_path / "x.txt"
    txt.write_text("x", encoding="utf-8")
    with pytest.raises(InputError, match="not a PO file"):
        build_report([txt])
    with pytest.raises(InputError, match="no such file"):
        build_report([tmp_path / "missing.po"])


def test_cli_report(po_dir, tmp_path):
    from typer.testing import CliRunner

    from translate.cli import app

    out = tmp_path / "r.html"
    result = CliRunner().invoke(app, ["report", str(po_dir), "--html", str(out)])
    assert result.exit_code == 0, result.output
    assert "opus-mt-vi-cs" in result.output and f"wrote {out}" in result.output
    assert "data:image/png;base64," in out.read_text(encoding="utf-8")
    missing = CliRunner().invoke(app, ["report", str(tmp_path / "nope")])
    assert missing.exit_code == 2 and "no such file or folder" in missing.output


def test_diff_html():
    assert diff_html("Nárůst 3,5%.", "Nárůst o 3,5 %.") == "Nárůst<ins> o</ins> 3,5<ins> </ins>%."
    assert diff_html("a <b>", "a <i>") == "a &lt;<del>b</del><ins>i</ins>&gt;"
