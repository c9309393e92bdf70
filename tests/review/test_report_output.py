"""report: JSON output, model ids and languages that look like markup, terms without the
enforcement notes, no bars for what nobody reviewed, whole lines when piped."""

from __future__ import annotations

import io
import json

import polib
from rich.console import Console
from typer.testing import CliRunner

from translate.cli import app
from translate.po.catalog import new_catalog, save_catalog
from translate.po.provenance import EntryDraft, apply_draft
from translate.review.report import (
    build_report,
    glossary_terms,
    render_html,
    render_table,
    report_json,
    summary_values,
)

ODD_MODEL = "[red]models/$\\alpha$-vi[/red]"


def _entry(catalog, msgid, draft, final, model="facebook/m2m100_418M", reviewed=True,
           comments=()):
    e = polib.POEntry(msgid=msgid)
    apply_draft(e, EntryDraft(msgid=msgid, msgstr=draft, comments=list(comments),
                              origin=f"mt engine=ctranslate2 model={model} glossary=abc"))
    e.msgstr = final
    if reviewed:
        e.flags = [f for f in e.flags if f != "fuzzy"]
    catalog.append(e)


def _project(tmp_path):
    cs = new_catalog("cs", ODD_MODEL, "a")
    _entry(cs, "Bí thư phát biểu.", "Tajemník mluvil.", "Tajemník promluvil.", model=ODD_MODEL,
           comments=["terms: Bí thư = tajemník",
                     "terms: inserted 'politbyro' (appended; not in any of 4 candidates) - "
                     "please review", "terms: satisfied by selection (candidate 2 of 4)"])
    save_catalog(cs, tmp_path / "po" / "cs" / "a.po")
    de = new_catalog("de", "facebook/m2m100_418M", "a")
    _entry(de, "Câu một.", "Satz eins.", "Satz eins.", reviewed=False)  # nothing reviewed
    save_catalog(de, tmp_path / "po" / "de" / "a.po")
    return tmp_path / "po"


def test_terms_are_glossary_terms_not_enforcement_notes(tmp_path):
    report = build_report([_project(tmp_path)])
    cs = next(g for g in report.groups if g.lang == "cs")
    assert [name for name, _, _ in cs.terms] == ["Bí thư"]
    entry = polib.POEntry(msgid="x")
    entry.comment = "terms: A = B / C\nterms: inserted 'B' (appended; x) - please review"
    assert glossary_terms(entry) == ("A",)


def test_markup_and_dollars_in_model_ids_are_shown_as_written(tmp_path):
    report = build_report([_project(tmp_path)])
    out = io.StringIO()
    render_table(report, Console(file=out, width=200))
    assert ODD_MODEL in out.getvalue()
    page = render_html(report)  # matplotlib no longer parses `$...$` as mathtext
    assert "models/$\\alpha$-vi" in page


def test_nothing_reviewed_is_no_bar_not_zero(tmp_path):
    report = build_report([_project(tmp_path)])
    values = dict(zip([g.lang for g in report.groups], summary_values(report.groups),
                      strict=True))
    assert values["de"] == (None, None)  # drawn as "nothing reviewed yet"
    assert values["cs"][0] == 0.0 and values["cs"][1] is not None


def test_json_format(tmp_path):
    po = _project(tmp_path)
    data = json.loads(report_json(build_report([po])))
    assert set(data) == {"files", "without_draft", "signatures", "groups"}
    cs = next(g for g in data["groups"] if g["lang"] == "cs")
    assert cs["model"] == ODD_MODEL and cs["reviewed"] == 1 and cs["accepted_share"] == 0.0
    assert cs["terms"] == [{"term": "Bí thư", "in_edited": 1, "total": 1}]
    de = next(g for g in data["groups"] if g["lang"] == "de")
    assert de["accepted_share"] is None and de["chrf"] is None
    result = CliRunner().invoke(app, ["report", str(po), "--format", "json", "--html",
                                      str(tmp_path / "r.html")])
    assert result.exit_code == 0
    assert json.loads(result.stdout)["groups"]  # stdout is only the JSON object
    assert CliRunner().invoke(app, ["report", str(po), "--format", "xml"]).exit_code == 2


def test_piped_table_is_not_cut_at_80_columns(tmp_path):
    result = CliRunner().invoke(app, ["report", str(_project(tmp_path))])
    assert result.exit_code == 0
    assert ODD_MODEL in result.stdout  # whole, on one line
    assert any(len(line) > 80 for line in result.stdout.splitlines())
