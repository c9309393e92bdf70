"""`check --fix` on English translations (issue 12, English side): the wrong rendering
replaced by the glossary term with the rendering's article, possessive and number; right
sentences and approved entries left alone."""

from __future__ import annotations

import polib
import pytest

from translate.review.fix import fix_files, fix_text
from translate.terms.files import SHIPPED_DIR, load_glossary
from translate.terms.matcher import TermMatcher

GLOSSARY = load_glossary(SHIPPED_DIR / "vi-en.tsv")
MATCHER = TermMatcher(GLOSSARY)


@pytest.mark.parametrize("vi,en,expected", [
    ("Bộ Y tế đã cấp phép cho vắc xin mới.", "The Health Ministry licensed the new vaccine.",
     "The Ministry of Health licensed the new vaccine."),
    ("Đề xuất của Bộ Tư pháp đã được thảo luận.",
     "The Justice Ministry's proposal was discussed.",
     "The Ministry of Justice's proposal was discussed."),
    ("Phó Thủ tướng Lê Minh Khái đã thị sát nhà máy.",
     "Vice Premier Le Minh Khai inspected the plant.",
     "Deputy Prime Minister Le Minh Khai inspected the plant."),
    ("Huyện đã cử 12 cán bộ xuống cơ sở.", "The district sent 12 cadres to the grassroots.",
     "The district sent 12 officials to the grassroots."),
    ("Chủ tịch Ủy ban nhân dân tỉnh đã tiếp nhà đầu tư.",
     "The provincial chairman received the investors.",
     "The Chairman of the provincial People's Committee received the investors."),
    ("Thủ tướng và Phó Thủ tướng đã dự lễ.", "The Premier and the Vice Premier attended.",
     None),
])
def test_english_renderings_are_fixed_in_place(vi, en, expected):
    text, fixes = fix_text(vi, en, "en", GLOSSARY, MATCHER)
    if expected is None:  # two terms, each in its own place
        assert text == "The Prime Minister and the Deputy Prime Minister attended."
        assert len(fixes) == 2
        return
    assert text == expected
    assert len(fixes) == 1 and fixes[0].form == ""  # English has no case to report


@pytest.mark.parametrize("vi,en", [
    ("Bộ Y tế đã cấp phép cho vắc xin mới.",
     "The Ministry of Health's licence for the new vaccine was issued."),
    ("Nhiều doanh nghiệp đã tuyển thêm lao động.", "Many businesses hired more workers."),
    ("Ủy ban nhân dân tỉnh Lạng Sơn đã họp.", "The People's Committee of Lang Son province met."),
    ("Trưởng đoàn đã phát biểu tại hội thảo.", "The head of the delegation spoke at the workshop."),
    # a woman's title the glossary (which lists `Chairman`) does not list is right
    ("Chủ tịch Ủy ban nhân dân tỉnh Hà Thị Nga đã phát biểu.",
     "Chairwoman of the provincial People's Committee Ha Thi Nga spoke."),
])
def test_right_english_sentences_are_left_alone(vi, en):
    assert fix_text(vi, en, "en", GLOSSARY, MATCHER) == (en, [])


def test_fix_files_on_an_english_po(tmp_path):
    po = polib.POFile()
    po.metadata = {"Language": "en", "Content-Type": "text/plain; charset=UTF-8"}
    po.append(polib.POEntry(msgid="Bộ Y tế đã cấp phép cho vắc xin mới.",
                            msgstr="The Health Ministry licensed the new vaccine.",
                            flags=["fuzzy"]))
    po.append(polib.POEntry(msgid="Huyện đã cử 12 cán bộ xuống cơ sở.",
                            msgstr="The district sent 12 cadres to the grassroots."))  # approved
    path = tmp_path / "en.po"
    po.save(str(path))
    report = fix_files([path], GLOSSARY, dry_run=True)
    assert report.entries == 1 and report.approved_skipped == 1
    assert "+msgstr \"The Ministry of Health licensed the new vaccine.\"" in report.diff
    report = fix_files([path], GLOSSARY)
    fixed = polib.pofile(str(path))
    assert fixed[0].msgstr == "The Ministry of Health licensed the new vaccine."
    assert "fixed 'Health Ministry' → 'Ministry of Health'" in fixed[0].comment
    assert fixed[1].msgstr == "The district sent 12 cadres to the grassroots."
