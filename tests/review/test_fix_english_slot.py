"""`check --fix` on English: the source-anchored slot (issue 12l). Where no word of the
translation renders the term's, the words between the anchors the source and the translation
share (a name, a number, the sentence's start) are the rendering; nothing changes where those
words are a clause, the term's own words, another country's or a numbered name."""

from __future__ import annotations

import pytest

from translate.draft.english import english_slot
from translate.review.fix import fix_text
from translate.terms.files import SHIPPED_DIR, load_glossary
from translate.terms.matcher import TermMatcher

GLOSSARY = load_glossary(SHIPPED_DIR / "vi-en.tsv")
MATCHER = TermMatcher(GLOSSARY)


@pytest.mark.parametrize("vi,en,expected", [
    ("Thủ tướng Phạm Minh Chính yêu cầu đẩy nhanh tiến độ.",
     "Cabinet chief Pham Minh Chinh asked for faster progress.",
     "Prime Minister Pham Minh Chinh asked for faster progress."),
    ("Chủ tịch UBND tỉnh Hoàng Văn Nam ký quyết định.",
     "Provincial Governor Hoang Van Nam signed the decision.",
     "Chairman of the provincial People's Committee Hoang Van Nam signed the decision."),
])
def test_the_slot_between_shared_anchors_is_replaced(vi, en, expected):
    assert fix_text(vi, en, "en", GLOSSARY, MATCHER)[0] == expected


@pytest.mark.parametrize("vi,en", [
    ("Thủ tướng May bác bỏ chỉ trích.", "British PM May rejected the criticism."),
    ("Bộ trưởng Bộ Y tế Đào Hồng Lan chủ trì hội nghị.",
     "Minister of Health Dao Hong Lan chaired the conference."),
    ("Thủ tướng Phạm Minh Chính phát biểu.", "Pham Minh Chinh said so."),
])
def test_no_slot_where_the_words_are_not_other_words_for_the_term(vi, en):
    assert fix_text(vi, en, "en", GLOSSARY, MATCHER)[0] == en


def test_english_slot_takes_one_phrase_only():
    text = "The agency deputy chief Le Van A said the Agency 5 rules signed."
    at = text.index(" Le")
    assert english_slot(text, (0, at), 2) == (4, at)  # `agency deputy chief`
    assert english_slot(text, (0, at), 1) is None  # more than one word over the term
    said = text.index("said")
    assert english_slot(text, (said, said + 4), 3) is None  # a verb's form
    agency = text.index("Agency")
    assert english_slot(text, (agency, agency + 6), 3) is None  # `Agency 5`: a numbered name
    assert english_slot(text, None, 3) is None
