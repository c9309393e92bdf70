"""Round forty-five of `check --fix` (issue 12cf), under both loadings: an address (`Pane`,
`Paní` opening a quote, then the title and a comma) takes the vocative of the gender its
address word names; a place adjective inside a title, made from a place the source names, is
kept (`Ředitel hanojského odboru`); the QA terms check judges a Czech title as the fix does
(the core glossary's rendering is the standard)."""

from __future__ import annotations

import pytest

from translate.review.fix import fix_text
from translate.review.qa.glossary import glossary_issues_of

_MINISTER = "“Thưa Bộ trưởng, trường học ở vùng núi cần thêm giáo viên”, một cô giáo nói."
_AMBASSADOR = "“Thưa bà Đại sứ, chúng tôi mời các trường đại học Séc hợp tác”, ông Tuấn nói."
_DIRECTOR = "Giám đốc Sở Xây dựng Hải Phòng đã kiểm tra công trình cầu mới."



@pytest.mark.parametrize(("vi", "cs", "expected"), [
    # the man's title undeclined after `Pane`: his vocative
    (_MINISTER, "„Pane ministr, školy v horách potřebují další učitele,“ řekla učitelka.",
     "„Pane ministře, školy v horách potřebují další učitele,“ řekla učitelka."),
    # the man's vocative after `Paní`: hers
    (_MINISTER, "„Paní ministře, školy v horách potřebují další učitele,“ řekla učitelka.",
     "„Paní ministryně, školy v horách potřebují další učitele,“ řekla učitelka."),
    (_AMBASSADOR, "„Paní velvyslanče, zveme české univerzity ke spolupráci,“ řekl pan Tuấn.",
     "„Paní velvyslankyně, zveme české univerzity ke spolupráci,“ řekl pan Tuấn."),
    # after `vážený` inside the sentence
    (_AMBASSADOR, "Řekl: „Vážená paní velvyslanec, zveme české univerzity ke spolupráci.“",
     "Řekl: „Vážená paní velvyslankyně, zveme české univerzity ke spolupráci.“"),
])
def test_an_address_takes_the_vocative_its_address_word_asks_for(fix_loaded, vi, cs, expected):
    assert fix_loaded(vi, cs) == expected


@pytest.mark.parametrize(("vi", "cs"), [
    # already the vocative of the address's gender
    (_MINISTER, "„Pane ministře, školy v horách potřebují další učitele,“ řekla učitelka."),
    (_MINISTER, "„Paní ministryně, školy v horách potřebují další učitele,“ řekla učitelka."),
    # more words after the title: not read as an address
    (_MINISTER, "„Pane ministře školství, školy v horách potřebují učitele,“ řekla učitelka."),
    # `paní` inside a sentence, not opening it, a quote or after `vážená`: not an address
    (_AMBASSADOR, "Pan Tuấn se obrátil na paní velvyslankyni, aby pozvala české univerzity."),
])
def test_an_address_already_right_or_not_an_address_is_left_alone(fix_loaded, vi, cs):
    assert fix_loaded(vi, cs) == cs


def test_a_place_adjective_the_source_names_is_kept(fix_loaded):
    cs = "Ředitel haiphongského odboru výstavby zkontroloval stavbu nového mostu."
    assert fix_loaded(_DIRECTOR, cs) == cs


@pytest.mark.parametrize(("vi", "cs", "expected"), [
    # the source names no place: the adjective is the translator's addition and goes
    ("Giám đốc Sở Xây dựng đã kiểm tra công trình cầu mới.",
     "Ředitel haiphongského odboru výstavby zkontroloval stavbu nového mostu.",
     "Ředitel odboru výstavby zkontroloval stavbu nového mostu."),
    # an adjective that is no place's: the usual fix
    (_DIRECTOR, "Ředitel stavebního odboru Hải Phòng zkontroloval stavbu nového mostu.",
     "Ředitel odboru výstavby Hải Phòng zkontroloval stavbu nového mostu."),
])
def test_an_adjective_no_place_of_the_source_makes_is_not_kept(fix_loaded, vi, cs, expected):
    assert fix_loaded(vi, cs) == expected


_CHAIR = "Chủ tịch UBND huyện Yên Châu đã tiếp đoàn doanh nghiệp."


@pytest.mark.parametrize("cs", [
    # the grammar's own order: `check --fix` rewrites it, so `check` reports it
    "Předseda lidového výboru okresu Yên Châu přijal delegaci podniků.",
    "Hejtman okresu Yên Châu přijal delegaci podniků.",
])
def test_check_reports_what_check_fix_rewrites(product, cs):
    glossary, matcher = product
    fixed = fix_text(_CHAIR, cs, "cs", glossary, matcher)[0]
    assert fixed == "Předseda okresního lidového výboru Yên Châu přijal delegaci podniků."
    issues = glossary_issues_of(_CHAIR, cs, "cs", glossary, matcher)
    assert any("předseda okresního lidového výboru" in i.message for i in issues)
    # and what the fix leaves is what the check accepts
    assert glossary_issues_of(_CHAIR, fixed, "cs", glossary, matcher) == []


def test_english_check_keeps_the_whole_glossarys_judgement(product):
    # the Czech ruling only: an English abbreviation around a listed concept is still accepted
    english, matcher = product
    vi = "Hội đồng Bảo an Liên hợp quốc đã họp về tình hình Gaza."
    en = "The U.N. Security Council met on the situation in Gaza."
    assert glossary_issues_of(vi, en, "en", english, matcher) == []


@pytest.mark.parametrize(("vi", "cs", "expected"), [
    # the term's last word right after an abbreviation: taken in, said once
    ("Theo đề xuất của Bí thư Thành ủy Vinh, thành phố sẽ xây thêm trường.",
     "Na návrh tajemníka MV strany ve Vinhu postaví město další školy.",
     "Na návrh tajemníka městského výboru strany ve Vinhu postaví město další školy."),
    # the title's head before the span, declined by the count: kept, the rest follows it
    ("Hội nghị có 12 Ủy viên Ban Thường vụ Tỉnh ủy Nghệ An.",
     "Zasedání se zúčastnilo 12 členů BTV provinčního výboru strany v Nghệ Anu.",
     "Zasedání se zúčastnilo 12 členů stálého výboru provinčního výboru strany v Nghệ Anu."),
])
def test_two_terms_do_not_say_the_same_words_twice(fix_loaded, vi, cs, expected):
    assert fix_loaded(vi, cs) == expected


def test_a_following_word_the_term_does_not_end_with_is_not_taken_in(fix_loaded):
    vi = "Theo đề xuất của Bí thư Thành ủy Vinh, thành phố sẽ xây thêm trường."
    cs = "Na návrh tajemníka MV ve Vinhu postaví město další školy."
    assert fix_loaded(vi, cs) == ("Na návrh tajemníka městského výboru strany ve Vinhu "
                                    "postaví město další školy.")
