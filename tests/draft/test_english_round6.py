"""English `check --fix`, round six (issue 12s): a term left in Vietnamese made plural where a
count or the source says several (`12 livestock {HTX}`, `Các {UBND xã}`), the unaccented
syllables of the source term beside a left-in abbreviation (`{Uy ban} MTTQ {tinh}`), the
Vietnamese title left in without marks before a name (`{Thu tuong} Pham Minh Chinh`), the
term's last word said just after a rendering (`Ministry of {Interior} Affairs`) and another
unit's word before a rendering whose term says its unit (`{county} Party Committee`). Own
sentences, none from a bench set. Also: a coordinated term for a listed source rendered as the
list (`departments, boards and sectors`) or with another noun for its last part (`Party
building and {renewal}`)."""

from __future__ import annotations

import pytest

from translate.draft.align import text_words
from translate.draft.ennames import other_conjunct, other_unit
from translate.draft.enshape import counted, left_in_number, uncountable
from translate.draft.enspan import echo_end
from translate.draft.leftin import source_span
from translate.review.fix import fix_text
from translate.terms.files import SHIPPED_DIR, load_glossary
from translate.terms.matcher import TermMatcher

GLOSSARY = load_glossary(SHIPPED_DIR / "vi-en.tsv")
MATCHER = TermMatcher(GLOSSARY)


def _fix(vi: str, en: str) -> str:
    return fix_text(vi, en, "en", GLOSSARY, MATCHER)[0]


@pytest.mark.parametrize("vi,en,expected", [
    # a count before the term left in: plural
    ("Huyện hỗ trợ 12 HTX chăn nuôi vay vốn.",
     "The district helped 12 livestock HTX borrow capital.",
     "The district helped 12 livestock cooperatives borrow capital."),
    # the source says several (`Các`): plural
    ("Các UBND xã phải hoàn thành kiểm kê trước ngày 30/6.",
     "The UBND xa must finish the inventory by June 30.",
     "The commune People's Committees must finish the inventory by June 30."),
    # the source term's other syllables left in without marks beside its abbreviation (the
    # text leaves out the source's `Việt Nam`, so the whole term is not found left in)
    ("Ủy ban MTTQ Việt Nam tỉnh tiếp nhận 2 tỷ đồng ủng hộ.",
     "The Uy ban MTTQ tinh received 2 billion VND in donations.",
     "The provincial Fatherland Front Committee received 2 billion VND in donations."),
    # the title left in without marks before a name
    ("Chủ tịch nước Lương Cường gặp kiều bào.",
     "Chu tich nuoc Luong Cuong met overseas Vietnamese.",
     "President Luong Cuong met overseas Vietnamese."),
    ("Thủ tướng Phạm Minh Chính chủ trì hội nghị trực tuyến.",
     "Thu tuong Pham Minh Chinh chaired the online conference.",
     "Prime Minister Pham Minh Chinh chaired the online conference."),
    # another unit's word before a rendering whose term says the unit
    ("Huyện ủy Ba Vì tổ chức hội nghị sơ kết.",
     "The Ba Vi county Party Committee held a review conference.",
     "The Ba Vi district Party Committee held a review conference."),
    # a head-first term in a slot: one ministry (its `Affairs` is no plural head)
    ("Bộ Ngoại giao công bố thông tin về chuyến thăm.",
     "The Ministry of External Affairs released details of the visit.",
     "The Ministry of Foreign Affairs released details of the visit."),
])
def test_round6_fixes(vi, en, expected):
    assert _fix(vi, en) == expected


@pytest.mark.parametrize("vi,en,expected", [
    # `at all levels`: English's collective stays singular though the source says `các`
    ("MTTQ các cấp tổ chức tặng quà Tết.", "The MTTQ at all levels gave Tet gifts.",
     "The Fatherland Front at all levels gave Tet gifts."),
    # a year before the term is no count (nor is the source's year)
    ("Năm 2024 HTX Phú Lộc mở rộng sản xuất.", "In 2024 the HTX expanded production.",
     "In 2024 the cooperative expanded production."),
])
def test_round6_limits(vi, en, expected):
    assert _fix(vi, en) == expected


@pytest.mark.parametrize("vi,en", [
    ("Mặt trận Tổ quốc các cấp giám sát cuộc bầu cử.",
     "The Fatherland Front at all levels supervised the election."),
    ("Thị ủy Sơn Tây họp bất thường.",
     "The Son Tay town Party Committee held an extraordinary meeting."),
    ("Tỉnh có 40 HTX hoạt động hiệu quả.",
     "The province has 40 cooperatives operating effectively."),
    ("Bộ trưởng Bộ Nội vụ Phạm Thị Thanh Trà trả lời chất vấn.",
     "Minister of Home Affairs Pham Thi Thanh Tra answered questions."),
])
def test_round6_right_sentences_stay(vi, en):
    assert _fix(vi, en) == en


def test_counted_needs_a_number_that_is_no_year_or_one():
    assert counted(["supported", "40"]) and counted(["three", "new"])
    assert not counted(["in", "2025"]) and not counted(["1"]) and not counted(["the"])
    assert not counted(["40", "in", "the"])  # only the two words before


def test_left_in_number():
    text = "The province has 420 HTX."
    at = text.index("HTX")
    assert left_in_number(text, (at, at + 3), "cooperative", False) == "pl"
    assert left_in_number("The HTX grew.", (4, 7), "cooperative", False) == "sg"
    assert left_in_number("The HTX grew.", (4, 7), "cooperative", True) == "pl"
    assert left_in_number("The MTTQ at all levels met.", (4, 8), "Fatherland Front",
                          True) == "sg"
    assert uncountable("socialism") and uncountable("poor households")
    assert left_in_number("The 12 CNXH.", (7, 11), "socialism", True) == "sg"


def test_echo_end_takes_the_terms_last_word_said_after():
    text = "The Ministry of Interior Affairs said."
    end = text.index(" Affairs")
    assert echo_end(text, end, "Ministry of Interior", "Ministry of Home Affairs") \
        == end + len(" Affairs")
    # the word is the found rendering's own, or a lower-case word: nothing more
    assert echo_end(text, len(text) - 6, "Ministry of Interior Affairs",
                    "Ministry of Home Affairs") == len(text) - 6
    plain = "the reform reform"
    assert echo_end(plain, 10, "reform", "administrative reform") == 10


def test_other_unit_only_before_a_term_that_says_its_unit():
    text = "The Ba Vi county Party Committee met."
    words = text_words(text)
    k = next(i for i, w in enumerate(words) if w.text == "Party")
    assert other_unit(text, words, k, "district Party Committee")
    assert not other_unit(text, words, k, "Party Committee")  # the term says no unit
    same = "The Son Tay town Party Committee met."
    same_words = text_words(same)
    k = next(i for i, w in enumerate(same_words) if w.text == "Party")
    assert not other_unit(same, same_words, k, "town Party Committee")  # its own unit


def test_source_span_before_a_name_only_when_asked():
    text = "Chu tich nuoc Luong Cuong spoke."
    assert source_span(text, "Chủ tịch nước") is None  # the slot's (`Thi xa Ky Anh`)
    assert source_span(text, "Chủ tịch nước", names=True) == (0, len("Chu tich nuoc"))


@pytest.mark.parametrize("vi,en,expected", [
    # a coordinated term rendered as the source's list, word by word
    ("UBND huyện đề nghị các sở, ban, ngành hỗ trợ kinh phí.",
     "The district People's Committee asked departments, boards and sectors for funding.",
     "The district People's Committee asked departments and agencies for funding."),
    ("Các sở, ban, ngành cần rà soát thủ tục.",
     "Departments and sectors need to review procedures.",
     "Departments and agencies need to review procedures."),
    # the list says the term's other noun, or more items than the source has: left
    ("Đại diện các sở, ban, ngành và địa phương dự lễ.",
     "Representatives of departments, agencies and localities attended the ceremony.",
     "Representatives of departments, agencies and localities attended the ceremony."),
    ("Đại diện các sở, ban, ngành và địa phương dự lễ.",
     "Representatives of departments, boards, sectors and localities attended the ceremony.",
     "Representatives of departments, boards, sectors and localities attended the ceremony."),
])
def test_round6_listed(vi, en, expected):
    assert _fix(vi, en) == expected


@pytest.mark.parametrize("vi,en,expected", [
    # a listed source's last part in another noun at the end of the phrase
    ("Tỉnh tập trung xây dựng, chỉnh đốn Đảng.",
     "The province focuses on Party building and renewal and the political system.",
     "The province focuses on Party building and rectification and the political system."),
    ("Bài viết về xây dựng, chỉnh đốn Đảng được đón nhận.",
     "The article on Party building and consolidation was well received.",
     "The article on Party building and rectification was well received."),
    # not where the word goes on into a longer noun phrase
    ("Bài viết về xây dựng, chỉnh đốn Đảng được đón nhận.",
     "The article on Party building and consolidation work pleased readers.",
     "The article on Party building and consolidation work pleased readers."),
])
def test_round6_other_conjunct(vi, en, expected):
    assert _fix(vi, en) == expected


def test_other_conjunct_needs_a_listed_source():
    text = "Party building and renewal."
    assert other_conjunct(text, "Party building and rectification",
                          "xây dựng, chỉnh đốn Đảng") == (19, 26, "rectification", "rendering")
    assert other_conjunct(text, "Party building and rectification", "chỉnh đốn Đảng") is None
    assert other_conjunct("Party building and rectification.", "Party building and "
                          "rectification", "xây dựng, chỉnh đốn Đảng") is None
