"""Round fourteen of the numbers check (issue 13): a day-month date the translation gives as its
weekday, news style (`Chiều 27/11` → `v pátek odpoledne`), judged against the article's date
(`CheckSettings.reference_date`: the PO header's date in `translate check`); and the held-out
protocol now that `unseen13` is development data."""

from __future__ import annotations

import datetime
import json
import runpy
import sys
from pathlib import Path

import polib
import pytest

from translate.po.provenance import EntryDraft
from translate.review.qa import ERROR, CheckSettings, check_pair
from translate.review.qa.runner import annotate_drafts

ARTICLE = datetime.date(2026, 11, 29)  # a Sunday; 27/11/2026 is a Friday, 22/11/2026 a Sunday


def _errors(vi: str, target: str, lang: str, reference: datetime.date | None) -> list[str]:
    settings = CheckSettings(checks=frozenset({"numbers"}), reference_date=reference)
    return [i.message for i in check_pair(vi, target, lang, settings) if i.severity == ERROR]


# Sentences written for these tests (not taken from any evaluation set).
@pytest.mark.parametrize(("vi", "lang", "right", "wrong"), [
    ("Chiều 27/11, Quốc hội thông qua luật đất đai.", "cs",
     "Národní shromáždění v pátek odpoledne schválilo zákon o půdě.",
     "Národní shromáždění ve čtvrtek odpoledne schválilo zákon o půdě."),
    ("Chiều 27/11, Quốc hội thông qua luật đất đai.", "en",
     "On Friday afternoon, the National Assembly passed the land law.",
     "On Thursday afternoon, the National Assembly passed the land law."),
    ("Tối 22/11, ba người bị thương trong vụ cháy.", "cs",
     "Minulou neděli večer byli při požáru zraněni tři lidé.",
     "Minulou sobotu večer byli při požáru zraněni tři lidé."),
])
def test_a_date_given_as_its_weekday_in_the_article_year(vi, lang, right, wrong) -> None:
    assert _errors(vi, right, lang, ARTICLE) == []
    (message,) = _errors(vi, wrong, lang, ARTICLE)
    assert "a wrong weekday for the date" in message
    assert "is a Friday" in message or "is a Sunday" in message


def test_without_an_article_date_nothing_changes() -> None:
    vi = "Chiều 27/11, Quốc hội thông qua luật đất đai."
    for target in ("Národní shromáždění v pátek odpoledne schválilo zákon o půdě.",
                   "Národní shromáždění ve čtvrtek odpoledne schválilo zákon o půdě."):
        assert _errors(vi, target, "cs", None) == ["'27/11' is missing from the translation"]
    # a date left out with no weekday in its place stays missing with an article date too
    assert _errors(vi, "Národní shromáždění odpoledne schválilo zákon o půdě.", "cs",
                   ARTICLE) == ["'27/11' is missing from the translation"]


def test_the_year_of_the_source_wins() -> None:
    """27/11/2025 was a Thursday, whatever the article's year says of 27/11/2026 (a Friday)."""
    vi = "Chiều 27/11/2025, Quốc hội thông qua luật đất đai."
    right = "On Thursday afternoon, the National Assembly passed the land law."
    wrong = "On Friday afternoon, the National Assembly passed the land law."
    for reference in (ARTICLE, None):
        assert _errors(vi, right, "en", reference) == []
        (message,) = _errors(vi, wrong, "en", reference)
        assert "2025-11-27 is a Thursday: a wrong weekday for the date" in message


def test_across_the_new_year() -> None:
    """30/12 in an article of 2 January 2026 is 30/12/2025, a Tuesday (30/12/2026: Wednesday);
    in an article of June only its own year counts."""
    vi = "Tối 30/12, hai xe tải va chạm trên cao tốc."
    target = "V úterý večer se na dálnici srazila dvě nákladní auta."
    assert _errors(vi, target, "cs", datetime.date(2026, 1, 2)) == []
    (message,) = _errors(vi, target, "cs", datetime.date(2026, 6, 15))
    assert "2026-12-30 is a Wednesday" in message


def _po(path: Path, header_date: str | None, pairs: list[tuple[str, str]]) -> Path:
    po = polib.POFile()
    po.metadata = {"Language": "cs", "Content-Type": "text/plain; charset=UTF-8"}
    if header_date is not None:
        po.metadata["POT-Creation-Date"] = header_date
    for msgid, msgstr in pairs:
        po.append(polib.POEntry(msgid=msgid, msgstr=msgstr))
    path.parent.mkdir(parents=True, exist_ok=True)
    po.save(str(path))
    return path


def test_the_po_header_date_reaches_translate_check(tmp_path: Path, monkeypatch) -> None:
    from typer.testing import CliRunner

    from translate.cli import app

    monkeypatch.chdir(tmp_path)  # no project glossary here
    runner = CliRunner()
    pair = ("Chiều 27/11, Quốc hội thông qua luật đất đai.",
            "Národní shromáždění v pátek odpoledne schválilo zákon o půdě.")
    dated = _po(tmp_path / "a" / "cs" / "a.po", "2026-11-29 08:00+0700", [pair])
    result = runner.invoke(app, ["check", str(dated)])
    assert result.exit_code == 0, result.output
    # 27/11/2025 was a Thursday: the same pair in an article of 2025 has the wrong weekday
    old = _po(tmp_path / "b" / "cs" / "a.po", "2025-11-29 08:00+0700", [pair])
    result = runner.invoke(app, ["check", str(old), "--format", "json"])
    assert result.exit_code == 1
    (finding,) = [json.loads(line) for line in result.output.splitlines()]
    assert "2025-11-27 is a Thursday: a wrong weekday" in finding["message"]
    # no date in the header (gettext's template placeholder): unchanged, the date is missing
    undated = _po(tmp_path / "c" / "cs" / "a.po", "YEAR-MO-DA HO:MI+ZONE", [pair])
    result = runner.invoke(app, ["check", str(undated), "--format", "json"])
    assert result.exit_code == 1
    assert "'27/11' is missing from the translation" in result.output


def test_drafts_are_dated_by_the_run() -> None:
    vi = "Chiều 27/11, Quốc hội thông qua luật đất đai."
    drafts = {vi: EntryDraft(msgid=vi, msgstr="On Friday afternoon, the assembly passed it.",
                           origin="mt")}
    annotate_drafts(drafts, "en", today=ARTICLE)
    assert not any("numbers" in c for c in drafts[vi].comments)
    annotate_drafts(drafts, "en", today=datetime.date(2025, 11, 29))
    assert any("wrong weekday" in c for c in drafts[vi].comments)


def test_the_held_out_protocol_after_round_fourteen(tmp_path, capsys) -> None:
    """`unseen13` is development data now and shows its items; a newer set (`unseen61` since
    round fifty-six) is figures only, and a missing one is one clear line naming its file."""
    script = str(Path(__file__).resolve().parents[2] / "bench" / "qa_numbers_unseen.py")
    argv = sys.argv
    try:
        sys.argv = ["qa_numbers_unseen.py", "--split", "unseen61", "--data", str(tmp_path)]
        with pytest.raises(SystemExit) as stop:
            runpy.run_path(script, run_name="__main__")
        assert "numbers_clean_unseen61.jsonl" in str(stop.value) and "not found" in str(
            stop.value)
        clean = {"id": "x-1", "vi": "Có 8 người.", "cs": "Bylo tam devět lidí.", "tags": []}
        planted = {"id": "x-1-cs", "pair": "x-1", "lang": "cs", "vi": "Có 8 người.",
                   "target": "Bylo tam sedm lidí.", "error": "number_word", "description": "-"}
        for split in ("unseen13", "unseen61"):
            (tmp_path / f"numbers_clean_{split}.jsonl").write_text(json.dumps(clean) + "\n")
            (tmp_path / f"numbers_planted_{split}.jsonl").write_text(json.dumps(planted) + "\n")
        for split in ("unseen61", "unseen13"):
            sys.argv = ["qa_numbers_unseen.py", "--split", split, "--lang", "cs", "--show", "5",
                        "--data", str(tmp_path)]
            runpy.run_path(script, run_name="__main__")
    finally:
        sys.argv = argv
    held, shown = capsys.readouterr().out.split("== unseen13")
    assert "held out: no items are shown" in held and "Bylo" not in held
    assert "recall (planted items raising an error): 1/1" in held
    assert "held out" not in shown and "Bylo tam devět" in shown


def test_the_part_of_the_day_next_to_the_weekday_is_checked() -> None:
    """`Sáng 28/11` (a Saturday morning) given as `v sobotu večer` is still an error: the
    weekday is right, the part of the day is not; other values are still checked."""
    vi = "Sáng 28/11, chỉ số ô nhiễm tại Hà Nội lên tới 218."
    assert _errors(vi, "V sobotu ráno vystoupal index znečištění v Hanoji až na 218.", "cs",
                   ARTICLE) == []
    (message,) = _errors(vi, "V sobotu večer vystoupal index znečištění v Hanoji až na 218.",
                         "cs", ARTICLE)
    assert "'Sáng 28/11'" in message and "'sobotu večer'" in message
    (message,) = _errors("Chiều 27/11, mưa phổ biến 150-250 mm.",
                         "On Friday afternoon, 150-250cm of rain fell.", "en", ARTICLE)
    assert "cm" in message or "unit" in message


def test_a_date_said_with_its_hour() -> None:
    """`23h ngày 24/11` (a Tuesday, 11 pm): `on Tuesday` at 11 pm passes; the weekday with a
    morning next to it contradicts the hour."""
    vi = "Khoảng 23h ngày 24/11, một đám cháy bùng phát tại xưởng gỗ."
    assert _errors(vi, "A fire broke out at a woodshop at around 11pm on Tuesday.", "en",
                   ARTICLE) == []
    assert _errors(vi, "A fire broke out at a woodshop at around 11pm on Wednesday.", "en",
                   ARTICLE) != []
    assert _errors(vi, "V úterý ráno kolem jedenácté vypukl v dílně požár.", "cs", ARTICLE) != []
