"""`check --fix`, round eighteen (issue 12ab): names listed with commas after a rendering make it
plural; a number after `rok` is a year, not a count; the `ve` of `ve městě` goes with its word; a
place noun qualifying a named body may be said by its adjective; a prepositional phrase ending the
clause after a replaced bare noun goes with it where the source has nothing after the term; the
recipient of a dative verb before an infinitive is dative whatever its endings say (and after such
a verb a verbal noun is its object, not a conjunct's genitive); `okres`, `obvod` and `kraj`, a
`diplomatická mise` and a `vládní vyhláška` render their terms. Sentences written for these tests
(none from a bench set)."""

from __future__ import annotations

import pytest

from translate.draft.align import preposition_for
from translate.draft.context import order_cells
from translate.draft.valency import recipient_of, verb_cases
from translate.review.fix import fix_text


def _fixed(vi, cs, glossary, matcher):
    return fix_text(vi, cs, "cs", glossary, matcher)[0]


def test_names_listed_with_commas_make_the_rendering_plural(glossary, matcher):
    got = _fixed("Chủ tịch Hội đồng nhân dân tỉnh yêu cầu Ủy ban nhân dân huyện Mường Tè, Sìn Hồ "
                 "và Phong Thổ rà soát các điểm sạt lở.",
                 "Předseda provinční lidové rady uložil okresním správám Muong Te, Sin Ho a "
                 "Phong Tho prověřit místa ohrožená sesuvy.", glossary, matcher)
    assert "uložil okresním lidovým výborům Muong Te, Sin Ho a Phong Tho" in got


def test_one_name_keeps_a_plural_word_for_one_body_singular(glossary, matcher):
    got = _fixed("Chủ tịch Hội đồng nhân dân tỉnh yêu cầu Ủy ban nhân dân huyện Mường Tè rà soát "
                 "các điểm sạt lở.",
                 "Předseda provinční lidové rady uložil okresní správě Muong Te prověřit místa "
                 "ohrožená sesuvy.", glossary, matcher)
    assert "uložil okresnímu lidovému výboru Muong Te" in got


def test_a_year_after_rok_is_no_count(glossary, matcher):
    got = _fixed("Tỉnh đặt mục tiêu tăng thu ngân sách thêm 5% trong năm 2026.",
                 "Provincie chce zvýšit v roce 2026 příjmy do rozpočtu o 5 %.", glossary, matcher)
    assert got == "Provincie chce zvýšit v roce 2026 rozpočtové příjmy o 5 %."


def test_a_count_before_the_phrase_still_asks_for_the_genitive():
    text = "Provincie podpořila 2026 rodin."
    start = text.index("rodin")
    assert order_cells({("gen", "pl"), ("nom", "pl"), ("acc", "pl")}, text, start,
                       start + 5)[0] == ("gen", "pl")


def test_the_ve_of_ve_meste_goes_with_its_word(glossary, matcher):
    got = _fixed("Nhà máy mới được xây dựng ở thị xã Quảng Trị.",
                 "Nová továrna byla postavena ve městě Quang Tri.", glossary, matcher)
    assert got == "Nová továrna byla postavena v okresním městě Quang Tri."
    # a word that needs `ve` keeps it; one the translator chose `ve` for is not `město`
    assert preposition_for("ve", "městě", "Vietnamu") == "ve"
    assert preposition_for("ve", "čtvrti", "okresním městě") == "v"
    assert preposition_for("ve", "mnoha", "okresním městě") == "ve"  # `ve mnoha` is no `město`


def test_a_place_noun_said_by_its_adjective_before_the_body_it_qualifies(glossary, matcher):
    cs = "Stranický výbor Všeobecné provinční nemocnice Gia Lai zasedal."
    assert _fixed("Đảng ủy Bệnh viện Đa khoa tỉnh Gia Lai đã họp.", cs, glossary,
                  matcher) == cs


def test_the_place_noun_after_a_preposition_is_still_required(glossary, matcher):
    got = _fixed("Dự án được triển khai tại tỉnh Gia Lai.",
                 "Projekt se realizuje v kraji Gia Lai.", glossary, matcher)
    assert got == "Projekt se realizuje v provincii Gia Lai."


def test_a_phrase_ending_the_clause_after_a_replaced_bare_noun_goes(glossary, matcher):
    got = _fixed("Chương trình hỗ trợ hộ nghèo đã kết thúc.",
                 "Program podpory rodin v nouzi skončil.", glossary, matcher)
    assert got == "Program podpory chudých domácností skončil."


def test_the_phrase_stays_where_the_source_has_words_after_the_term(glossary, matcher):
    got = _fixed("Chương trình hỗ trợ hộ nghèo ở vùng núi đã kết thúc.",
                 "Program podpory rodin v horských oblastech skončil.", glossary, matcher)
    assert got == "Program podpory chudých domácností v horských oblastech skončil."


def test_the_recipient_before_an_infinitive_is_dative(glossary, matcher):
    got = _fixed("Các chuyên gia đề xuất Ủy ban nhân dân tỉnh điều chỉnh dự án.",
                 "Odborníci navrhli provinční vládu upravit projekt.", glossary, matcher)
    assert got == "Odborníci navrhli provinčnímu lidovému výboru upravit projekt."


def test_recipient_of_needs_a_dative_verb_and_an_infinitive():
    text = "Odborníci navrhli provinční vládu upravit projekt."
    start, end = text.index("provinční"), text.index(" upravit")
    assert recipient_of(text, start, end)
    other = "Odborníci navrhli provinční vládu na ocenění."  # a candidate, no infinitive
    assert not recipient_of(other, start, other.index(" na"))
    seen = "Odborníci viděli provinční vládu upravit projekt."  # no recipient verb
    assert not recipient_of(seen, seen.index("provinční"), seen.index(" upravit"))


def test_a_past_plural_simplemma_lacks_is_read_through_the_feminine():
    assert verb_cases("navrhly") == verb_cases("navrhla") is not None
    assert verb_cases("čísly") is None  # a noun's instrumental plural stays a noun


def test_a_verbal_noun_after_a_dative_verbs_recipient_is_its_object(glossary, matcher):
    got = _fixed("Các trường đại học đề xuất Bộ Khoa học và Công nghệ tăng kinh phí.",
                 "Univerzity navrhly Ministerstvu vědy a inovací navýšení rozpočtu.", glossary,
                 matcher)
    assert got == "Univerzity navrhly Ministerstvu vědy a technologií navýšení rozpočtu."


@pytest.mark.parametrize("vi, cs, expected", [
    ("Các huyện miền núi của Sơn La đã hoàn thành kế hoạch.",
     "Horské kraje provincie Son La splnily plán.",
     "Horské okresy provincie Son La splnily plán."),
    ("Lãnh đạo 5 quận của Hải Phòng đã họp.",
     "Vedení pěti městských okresů Haiphongu se sešlo.",
     "Vedení pěti městských obvodů Haiphongu se sešlo."),
    ("Thủ tục được quy định trong hai nghị định.",
     "Postup stanoví dvě vládní vyhlášky.",
     "Postup stanoví dvě nařízení vlády."),
    ("Công dân có thể làm hộ chiếu tại các Đại sứ quán Việt Nam.",
     "Občané si mohou vyřídit pas v diplomatických misích Vietnamu.",
     "Občané si mohou vyřídit pas na velvyslanectvích Vietnamu."),
])
def test_new_equivalents_render_their_terms(vi, cs, expected, glossary, matcher):
    assert _fixed(vi, cs, glossary, matcher) == expected


@pytest.mark.parametrize("vi, cs", [
    ("Các quận và huyện của Hà Nội đã họp.", "Městské obvody a okresy Hanoje se sešly."),
    ("Lãnh đạo các tỉnh đã họp.", "Vedení provincií se sešlo."),
])
def test_right_sentences_with_both_words_stay(vi, cs, glossary, matcher):
    assert _fixed(vi, cs, glossary, matcher) == cs


def test_a_minority_place_name_in_vietnamese_letters_is_no_foreign_name(glossary, matcher):
    got = _fixed("Tỉnh Đắk Lắk giao Chủ tịch UBND huyện Krông Năng rà soát dự án.",
                 "Provincie Dak Lak uložila okresnímu hejtmanovi Krong Nang prověřit projekt.",
                 glossary, matcher)
    assert got == "Provincie Dak Lak uložila předsedovi okresního lidového výboru Krong Nang " \
                  "prověřit projekt."
    # a marked cluster Vietnamese writes only in minority names counts too (issue 12ad:
    # `Krông Pa`); the limit: the same name written without its marks in the source is judged
    # by its syllables as before and reads as a foreign name
    got = _fixed("Tỉnh Gia Lai giao Chủ tịch UBND huyện Krông Pa rà soát dự án.",
                 "Provincie Gia Lai uložila okresnímu hejtmanovi Krong Pa prověřit projekt.",
                 glossary, matcher)
    assert "předsedovi okresního lidového výboru Krong Pa" in got
    kept = "Provincie Gia Lai uložila okresnímu hejtmanovi Krong Pa prověřit projekt."
    assert _fixed("Tỉnh Gia Lai giao Chủ tịch UBND huyện Krong Pa rà soát dự án.", kept,
                  glossary, matcher) == kept


def test_vietnamese_letters_are_not_a_french_circumflex():
    from translate.terms.newscontext import _vietnamese_letters

    assert _vietnamese_letters("Đắk") and _vietnamese_letters("Pắc") and _vietnamese_letters("Hồ")
    assert not _vietnamese_letters("Rhône") and not _vietnamese_letters("Côte")
    assert not _vietnamese_letters("Washington")
