"""pocount-like counts per file and total, with provenance."""

from __future__ import annotations

import json
from pathlib import Path

import polib
import pytest

from translate.errors import InputError
from translate.po.provenance import EntryDraft, apply_draft
from translate.review.stats import count_files, format_stats, total


def _catalog(path: Path) -> Path:
    po = polib.POFile(wrapwidth=0)
    po.metadata = {"Language": "cs", "Content-Type": "text/plain; charset=UTF-8"}
    mt = polib.POEntry(msgid="Hội nghị đã bế mạc.")  # 5 words, untouched MT draft, fuzzy
    apply_draft(mt, EntryDraft(mt.msgid, "Konference skončila.", "mt engine=x model=y glossary=z"))
    approved = polib.POEntry(msgid="Tỉnh ủy họp.")  # 3 words, MT draft approved by a reviewer
    apply_draft(approved, EntryDraft(approved.msgid, "Výbor zasedal.",
                                     "mt engine=x model=y glossary=z"))
    approved.flags.remove("fuzzy")
    memory = polib.POEntry(msgid="Ảnh minh họa.")  # 3 words, exact memory match
    apply_draft(memory, EntryDraft(memory.msgid, "Ilustrační foto.", "memory score=100",
                                   fuzzy=False))
    po.extend([mt, approved, memory, polib.POEntry(msgid="Chưa có bản dịch nào.", msgstr="")])
    gone = polib.POEntry(msgid="Câu cũ.", msgstr="Stará věta.", obsolete=True)
    po.append(gone)
    po.save(str(path))
    return path


def test_counts_per_file_and_total(tmp_path: Path) -> None:
    _catalog(tmp_path / "a.po")
    (tmp_path / "sub").mkdir()
    _catalog(tmp_path / "sub" / "b.po")
    counts = count_files([tmp_path])
    assert [Path(c.file).name for c in counts] == ["a.po", "b.po"]
    a = counts[0]
    assert (a.translated, a.fuzzy, a.untranslated) == (2, 1, 1)
    assert (a.translated_words, a.fuzzy_words, a.untranslated_words) == (6, 5, 5)
    assert (a.machine, a.memory, a.human) == (1, 1, 1)
    both = total(counts)
    assert both.total == 8 and both.total_words == 32


def test_text_and_json_output(tmp_path: Path) -> None:
    counts = count_files([_catalog(tmp_path / "a.po")])
    data = json.loads(format_stats(counts, "json"))
    assert data["total"]["translated"] == 2 and data["files"][0]["total_words"] == 16
    text = format_stats(counts)
    assert "a.po" in text and "2/6w" in text and "38% of source words" in text


def test_bad_input(tmp_path: Path) -> None:
    with pytest.raises(InputError):
        count_files([tmp_path / "nothing-here"])
    (tmp_path / "x.po").write_text('msgid "a"\nmsgstr "b"\nmsgid\n', encoding="utf-8")
    with pytest.raises(InputError):
        count_files([tmp_path])


@pytest.mark.parametrize(("text", "count"), [  # counts as printed by pocount 3.x
    ("Ngày 25/8/2023, Ban Chấp hành Đảng bộ tỉnh.", 10),
    ("Hội nghị — số 25-NQ/TW và 19.340 tỷ đồng (3,5%).", 11),
    ("Liverpool at 3 p.m. on Wednesday", 5),
    ("don't stop", 2),
    ("a - b", 2),
    ("<b>Tỉnh</b> ủy<br/>họp", 3),
    ("会议在河内举行", 7),
    ("Nghị quyết số 657-QĐ/TU", 6),
    ("e\u0301 hoa\u0300", 2),
    ("snake_case x.y.z", 2),
    ("- Nâng cao chất lượng công tác cán bộ.", 8),
])
def test_words_are_counted_like_pocount(text: str, count: int) -> None:
    from translate.review.stats import words

    assert words(text) == count
