"""English `check --fix`, round eighteen (issue 12aq): a forbidden rendering said in the plural
keeps its number in the term (`three Circular {Letters}` → `three Circulars`); `apparatus` is
another word for `system`; a rendering that ends in a lower-case word is no name that goes on
after `and` (`Marxist-Leninist theory and Ho Chi Minh Thought`: two things), while a
capitalised one still is (`Ministry of Industry and Handicrafts`). Own sentences, none from a
bench set."""

from __future__ import annotations

import pytest

from translate.draft.place import find_placement
from translate.review.fix import fix_text
from translate.terms.files import SHIPPED_DIR, load_glossary
from translate.terms.matcher import TermMatcher

GLOSSARY = load_glossary(SHIPPED_DIR / "vi-en.tsv")
MATCHER = TermMatcher(GLOSSARY)


def _fix(vi: str, en: str) -> str:
    return fix_text(vi, en, "en", GLOSSARY, MATCHER)[0]


@pytest.mark.parametrize("vi,en,expected", [
    ("Bộ Tài chính ban hành ba thông tư về thuế tiêu thụ đặc biệt.",
     "The Ministry of Finance issued three Circular Letters on special consumption tax.",
     "The Ministry of Finance issued three Circulars on special consumption tax."),
    ("Bộ Tài chính ban hành thông tư về thuế tiêu thụ đặc biệt.",
     "The Ministry of Finance issued a Circular Letter on special consumption tax.",
     "The Ministry of Finance issued a Circular on special consumption tax."),
])
def test_a_forbidden_rendering_keeps_its_number(vi, en, expected):
    assert _fix(vi, en) == expected


def test_apparatus_renders_system():
    vi = "Tỉnh tiếp tục kiện toàn hệ thống chính trị ở cơ sở."
    en = "The province continues to consolidate the grassroots political apparatus."
    assert _fix(vi, en) == ("The province continues to consolidate the grassroots political "
                            "system.")


def test_a_lower_case_rendering_before_and_a_name_is_replaced():
    vi = "Học viên được học chủ nghĩa Mác - Lênin, tư tưởng Hồ Chí Minh trong ba tháng."
    en = "Trainees study Marxist-Leninist theory and Ho Chi Minh Thought for three months."
    assert _fix(vi, en) == ("Trainees study Marxism-Leninism and Ho Chi Minh Thought for three "
                            "months.")


def test_a_capitalised_name_that_goes_on_after_and_stays():
    text = "The Ministry of Industry and Handicrafts sent a delegation."
    assert find_placement(text, ["Ministry of Industry and Trade"], "en") is None
