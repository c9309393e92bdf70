"""English `check --fix`, round fourteen (issue 12ai): `executive` is another word for the
`permanent` (thường trực) of a first deputy's title (`Executive Vice Chairman`, `Executive
Deputy Secretary`); the limits: a title the source does not call permanent, and the word
`executive` outside such a title, stay. Own sentences, none from a bench set."""

from __future__ import annotations

import pytest

from translate.review.fix import fix_text
from translate.terms.english import EQUIVALENT, english_level
from translate.terms.files import SHIPPED_DIR, load_glossary
from translate.terms.matcher import TermMatcher

GLOSSARY = load_glossary(SHIPPED_DIR / "vi-en.tsv")
MATCHER = TermMatcher(GLOSSARY)


def _fix(vi: str, en: str) -> str:
    return fix_text(vi, en, "en", GLOSSARY, MATCHER)[0]


@pytest.mark.parametrize("vi,en,expected", [
    ("Phó Chủ tịch Thường trực UBND tỉnh Quảng Bình Đoàn Ngọc Lâm kiểm tra tiến độ cao tốc.",
     "Executive Vice Chairman of the provincial People's Committee Doan Ngoc Lam of Quang Binh "
     "checked the expressway's progress.",
     "Permanent Vice Chairman of the provincial People's Committee Doan Ngoc Lam of Quang Binh "
     "checked the expressway's progress."),
])
def test_executive_for_permanent_is_fixed(vi, en, expected):
    assert _fix(vi, en) == expected


@pytest.mark.parametrize("vi,en", [
    # a plain vice chairman in the source: nothing permanent to fix
    ("Phó Chủ tịch UBND tỉnh Quảng Bình kiểm tra tiến độ cao tốc.",
     "Vice Chairman of the provincial People's Committee of Quang Binh checked the "
     "expressway's progress."),
    # a company's executive, not an office of the state
    ("Giám đốc điều hành công ty cho biết doanh thu tăng 10%.",
     "The company's chief executive said revenue rose 10%."),
])
def test_right_sentences_stay(vi, en):
    assert _fix(vi, en) == en


def test_executive_is_a_word_for_permanent_only():
    assert english_level("executive", "permanent") == EQUIVALENT
    assert english_level("executive", "alternate") == 0
