"""English `check --fix`, round thirty-six (issue 12bx): an office of a board the English
names itself (`enboard.named_board`), a prefixed adjective's phrase before a noun compound
(`enwindow._noun_goes_on`), and a leader's `private secretary`; each with its limits. Own
sentences, none from a bench set."""

from __future__ import annotations

import pytest

from translate.draft.align import text_words
from translate.draft.enboard import named_board
from translate.draft.english import english_placement
from translate.review.fix import fix_text
from translate.terms.english import noun_goes_on
from translate.terms.files import SHIPPED_DIR, load_glossary
from translate.terms.matcher import TermMatcher

GLOSSARY = load_glossary(SHIPPED_DIR / "vi-en.tsv")
MATCHER = TermMatcher(GLOSSARY)
HEAD = "head of the commission"


def _fix(vi: str, en: str) -> str:
    return fix_text(vi, en, "en", GLOSSARY, MATCHER)[0]


@pytest.mark.parametrize("vi,en", [
    ("Bà Lan, Trưởng ban quản lý khu di tích, cho biết lượng khách tăng.",
     "Lan, head of the relic site management board, said visitor numbers rose."),
    ("Ông Tâm, Trưởng ban kiểm soát hợp tác xã, đọc báo cáo.",
     "Tam, head of the supervisory board of the cooperative, read the report."),
    ("Ông Tâm, Trưởng ban quản lý dự án, đọc báo cáo.",
     "Tam, head of the board of directors, read the report."),
])
def test_another_boards_head_stays(vi, en):
    assert _fix(vi, en) == en


def test_the_bare_board_is_still_the_commissions():
    vi = "Trưởng ban đề nghị các chi bộ rà soát đảng viên."
    en = "The head of the board asked Party cells to review members."
    assert _fix(vi, en) == "The head of the commission asked Party cells to review members."


@pytest.mark.parametrize("text,start,end,expected", [
    ("Nam, head of the works management board, left.", 5, 9, True),   # the title alone
    ("Nam, head of the inspection board, left.", 5, 33, True),         # a word the term lacks
    ("Nam, head of the board of trustees, left.", 5, 22, True),        # the board's `of` phrase
    ("Nam, head of the board, left.", 5, 22, False),
    ("Nam, head of the board of the province, left.", 5, 22, False),   # `of the`: a place
    ("Nam, head of the provincial board, left.", 5, 33, False),       # a level is no name
])
def test_named_board_and_its_limits(text, start, end, expected):
    assert named_board(text, start, end, HEAD) is expected


def test_named_board_only_reads_offices_of_one_body():
    assert not named_board("The supervisory board met.", 4, 20, "Department")


@pytest.mark.parametrize("en", [
    "The Quang Tri anti-corruption steering committee met on Monday.",
    "The district anti-graft steering board reviewed three cases.",
])
def test_an_anti_corruption_steering_body_is_no_term(en):
    vi = "Ban Chỉ đạo phòng, chống tham nhũng, lãng phí, tiêu cực tỉnh Quảng Trị họp."
    assert _fix(vi, en) == en


def test_anti_corruption_work_is_still_the_term():
    text = "Anti-corruption efforts were stepped up."
    got = english_placement(text, text_words(text), ["corruption prevention and control"])
    assert got is not None and got[2] == "Anti-corruption efforts"


@pytest.mark.parametrize("vi,en,expected", [
    ("Thư ký Thủ tướng dự buổi đối thoại với doanh nghiệp.",
     "The Prime Minister's private secretary attended the dialogue with businesses.",
     "The Secretary to the Prime Minister attended the dialogue with businesses."),
    ("Thư ký Chủ tịch nước đi khảo sát vùng lũ.",
     "The President's private secretary toured the flooded area.",
     "The Secretary to the President toured the flooded area."),
])
def test_a_leaders_private_secretary(vi, en, expected):
    assert _fix(vi, en) == expected


def test_a_private_secretary_the_source_does_not_name_stays():
    en = "The company director's private secretary answered the phone."
    assert _fix("Giám đốc công ty nghe điện thoại.", en) == en


def test_a_title_whose_noun_begins_the_bodys_name():
    vi = "Chánh Văn phòng Tỉnh ủy Bến Tre chủ trì họp báo."
    en = "The Head of the Office of the provincial Party Committee of Ben Tre chaired the briefing."
    assert _fix(vi, en) == ("The Chief of Office of the provincial Party Committee of Ben Tre "
                            "chaired the briefing.")


def test_the_office_of_a_body_alone_is_not_its_chief():
    vi = "Văn phòng Tỉnh ủy Bến Tre chủ trì họp báo."
    en = "The Office of the provincial Party Committee of Ben Tre chaired the briefing."
    assert _fix(vi, en) == en


@pytest.mark.parametrize("word,expected", [
    ("work", True),          # `anti-graft {work}`: the noun the prefixed word modifies
    ("steering", True),      # `anti-corruption {steering} committee`
    ("Work", False),         # a capitalised word begins a name, not this noun phrase
    ("and", False),          # a function word joins, it is no noun
    ("has", False),          # an auxiliary ends the phrase
    ("reviewed", False),     # a past verb begins the clause
    ("speed", True),         # an `-eed` word is no past verb
])
def test_noun_goes_on_and_its_limits(word, expected):
    # the one test `enbare.bare_prefix` and `enwindow._noun_goes_on` share (review-hc)
    assert noun_goes_on(word) is expected
