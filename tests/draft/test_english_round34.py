"""English `check --fix`, round thirty-four (issue 12bu). The lead's ruling on places before
titles: a place the draft wrote after `the` before a wrong title goes after an `of`-structure
term (`the Chairman of the provincial People's Council of Tay Ninh`), a compound term keeps it
where the draft put it; a department's field after a place's name goes into the term with the
place after it; `Viet Nam's` / `the Viet Nam` before `central bank` are the country's own; a
possessed name with the term's head (`…'s Home Affairs Commission`) is replaced whole; the
`provisions of the Constitution` are no `Regulation`. Own sentences, none from a bench set;
each mechanism with what it must not do."""

from __future__ import annotations

import pytest

from translate.review.fix import fix_text
from translate.terms.files import SHIPPED_DIR, load_glossary
from translate.terms.matcher import TermMatcher

GLOSSARY = load_glossary(SHIPPED_DIR / "vi-en.tsv")
MATCHER = TermMatcher(GLOSSARY)


def _fix(vi: str, en: str) -> str:
    return fix_text(vi, en, "en", GLOSSARY, MATCHER)[0]


# --- a place before a title: after an `of`-structure term ---------------------------------------

@pytest.mark.parametrize("vi,en,expected", [
    ("Chủ tịch HĐND tỉnh Tây Ninh phát biểu bế mạc kỳ họp.",
     "The Tay Ninh provincial People's Council chairman gave the closing speech.",
     "The Chairman of the provincial People's Council of Tay Ninh gave the closing speech."),
    ("Phó Chủ tịch UBND tỉnh Bến Tre kiểm tra đê biển.",
     "The Ben Tre provincial People's Committee vice chairman inspected the sea dyke.",
     "The Vice Chairman of the provincial People's Committee of Ben Tre inspected the sea dyke."),
])
def test_after_the_article_a_place_goes_after_an_of_term(vi, en, expected):
    assert _fix(vi, en) == expected


def test_a_compound_term_keeps_the_place_where_the_draft_put_it():
    vi = "UBND tỉnh Tây Ninh họp phiên thường kỳ tháng mười."
    en = "The Tay Ninh provincial People's Committee held its regular October meeting."
    assert _fix(vi, en) == en


def test_a_place_already_after_the_title_stays_once():
    vi = "Chủ tịch HĐND tỉnh Tây Ninh phát biểu bế mạc kỳ họp."
    en = "The Chairman of the provincial People's Council of Tay Ninh gave the closing speech."
    assert _fix(vi, en) == en


def test_the_term_s_own_words_reordered_take_the_place_after_them():
    vi = "Ban Thường vụ Tỉnh ủy Long An họp phiên thường kỳ."
    en = "The Long An provincial Party Committee's Standing Board held its regular meeting."
    assert _fix(vi, en) == ("The Standing Board of the provincial Party Committee of Long An "
                            "held its regular meeting.")


# --- a department's field after a place's name ------------------------------------------------

@pytest.mark.parametrize("vi,en,expected", [
    ("Giám đốc Sở Giao thông vận tải tỉnh Bến Tre thông xe cầu mới.",
     "The Ben Tre transport department head opened the new bridge to traffic.",
     "The Director of the Department of Transport of Ben Tre opened the new bridge to traffic."),
    ("Giám đốc Sở Y tế tỉnh Tây Ninh kiểm tra bệnh viện.",
     "The Tay Ninh Health Department director inspected the hospital.",
     "The Director of the Department of Health of Tay Ninh inspected the hospital."),
])
def test_a_place_before_the_field_goes_after_the_term(vi, en, expected):
    assert _fix(vi, en) == expected


def test_a_field_with_a_name_s_shape_is_not_taken_for_one():
    # limit: `Ninh` could be the place's last syllable: nothing is said about the field
    vi = "Giám đốc Sở Tài chính tỉnh Quảng Ninh phát biểu."
    en = "The Quang Ninh Department head spoke."
    assert "of Ninh" not in _fix(vi, en)


# --- Viet Nam's central bank ------------------------------------------------------------------

@pytest.mark.parametrize("en", [
    "Viet Nam's central bank kept its policy rates unchanged.",
    "The Viet Nam central bank kept its policy rates unchanged.",
])
def test_viet_nam_in_two_words_is_the_country_s_own(en):
    vi = "Ngân hàng Nhà nước Việt Nam giữ nguyên lãi suất điều hành."
    assert _fix(vi, en) == "The State Bank of Vietnam kept its policy rates unchanged."


def test_another_country_s_central_bank_stays():
    vi = "Ngân hàng Nhà nước Lào giữ nguyên lãi suất điều hành."
    en = "The Lao central bank kept its policy rates unchanged."
    assert _fix(vi, en) == en


# --- a possessed name with the term's head ------------------------------------------------------

def test_a_possessed_name_with_the_term_s_head_is_replaced_whole():
    vi = "Ban Nội chính Trung ương tổng kết công tác năm."
    en = "The Party Central Committee's Home Affairs Commission reviewed the year's work."
    assert _fix(vi, en) == ("The Party Central Committee's Commission for Internal Affairs "
                            "reviewed the year's work.")


def test_a_name_after_the_right_term_is_another_body():
    # limit: the term is there, the capitalised words after it are another body's
    vi = "Ban Tổ chức Trung ương làm việc với Ủy ban Kinh tế."
    en = "The Party Central Committee's Organisation Commission worked with the Economic Committee."
    assert _fix(vi, en) == en


# --- the provisions of a law ------------------------------------------------------------------

def test_the_provisions_of_the_constitution_are_no_regulation():
    vi = "Đại biểu góp ý các quy định của Hiến pháp về quyền con người."
    en = "Deputies commented on the provisions of the Constitution on human rights."
    assert _fix(vi, en) == en


def test_a_regulation_by_its_number_is_still_the_document():
    # limit: the document itself, numbered, still takes its term
    vi = "Bộ Chính trị ban hành Quy định số 41 về miễn nhiệm cán bộ."
    en = "The Politburo issued Rule No. 41 on dismissing officials."
    assert "Regulation No. 41" in _fix(vi, en)
