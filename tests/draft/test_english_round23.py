"""English `check --fix`, round twenty-three (issue 12ba): order words and capitalised names
are no slot for a common noun, no `The` before a term that modifies a plural noun, the
possessed said before a possessor's `of the`, a plural title's bare `of` phrase, a place
before a capitalised `Provincial`, a possessive the term has too, a mass noun's head, the
calque `city directly under the central government`, a list of offices said item by item,
and `mandate`/`term` for `tenure` after a year span only.
Own sentences, none from a bench set; each mechanism with what it must not do."""

from __future__ import annotations

from translate.draft.ennames import offices_listed, place_inside
from translate.draft.enshape import head_index, mass_term
from translate.draft.enslot import dated_slot, english_slot
from translate.draft.enspan import bare_of, possessor_cut, synonym_rest
from translate.review.fix import fix_text
from translate.terms.files import SHIPPED_DIR, load_glossary
from translate.terms.matcher import TermMatcher

GLOSSARY = load_glossary(SHIPPED_DIR / "vi-en.tsv")
MATCHER = TermMatcher(GLOSSARY)


def _fix(vi: str, en: str) -> str:
    return fix_text(vi, en, "en", GLOSSARY, MATCHER)[0]


def _slot(text: str, inside: str, targets: tuple[str, ...]) -> str | None:
    start = text.index(inside)
    got = english_slot(text, (start, start + len(inside)), targets)
    return None if got is None else text[got[0]:got[1]]


# order words and names are no slot of a common noun's


def test_a_slot_of_order_words_alone_is_no_rendering():
    text = "The cell drew up its plan for the next tenure."
    assert _slot(text, "the next ", ("official",)) is None
    text = "The cell drew up its plan for the previous tenure."
    assert _slot(text, "the previous ", ("official",)) is None


def test_a_slot_with_a_noun_is_still_one():
    text = "The cell drew up its plan for young staff in the district."
    assert _slot(text, "young staff ", ("official",)) == "staff"  # its modifier kept (12ak)


def test_the_next_tenure_keeps_its_next():
    vi = "Đảng ủy phường rà soát quy hoạch cán bộ cho nhiệm kỳ tới."
    en = "The ward Party Committee reviewed its staffing plan for the next tenure."
    assert _fix(vi, en) == en


def test_a_capitalised_name_is_no_slot_for_a_lower_case_term():
    text = "The congress chose a 17-member ward Party Committee for 2025-2030."
    assert _slot(text, "ward Party Committee ", ("tenure",)) is None
    vi = "Đại hội bầu Ban Chấp hành Đảng bộ phường nhiệm kỳ 2025 - 2030 gồm 17 đồng chí."
    assert "tenure" not in _fix(vi, text)


def test_a_capitalised_term_still_takes_a_capitalised_slot():
    text = "The meeting heard the Press Centre report on jobs."
    assert _slot(text, "the Press Centre ", ("Government Office",)) == "Press Centre"


# no `The` before a term that modifies a plural noun


def test_no_the_before_a_term_that_modifies_a_plural_noun():
    vi = "Chiến sĩ Bộ đội Biên phòng tuần tra dọc biên giới."
    assert _fix(vi, "Border Army soldiers patrolled along the border.") \
        == "Border Guard soldiers patrolled along the border."


def test_the_before_the_term_as_the_subject_stays():
    vi = "Bộ đội Biên phòng tuần tra dọc biên giới."
    assert _fix(vi, "Border Army patrolled along the border.") \
        == "The Border Guard patrolled along the border."


# the possessed said before the possessor's `of the`

ORGANISATION = "Party Central Committee's Organisation Commission"


def _rest(text: str, span: str, new: str) -> str:
    start = text.index(span)
    s, e = synonym_rest(text, start, start + len(span), new)
    return text[s:e]


def test_the_possessed_before_of_the_goes_with_the_span():
    text = "The Organisation Department of the Party Central Committee met."
    assert _rest(text, "Party Central Committee", ORGANISATION) \
        == "Organisation Department of the Party Central Committee"


def test_another_commission_before_of_the_stays():
    text = "The Inspection Committee of the Party Central Committee met."
    assert _rest(text, "Party Central Committee", ORGANISATION) == "Party Central Committee"


def test_the_whole_fix_puts_the_possessive_in():
    vi = "Ban Tổ chức Trung ương công bố quyết định nhân sự."
    en = "The Organisation Department of the Party Central Committee announced the appointment."
    assert _fix(vi, en) == ("The Party Central Committee's Organisation Commission announced"
                            " the appointment.")


# a plural title's `of` phrase said without `the`

COMMUNE_SECRETARY = "Secretaries of the commune Party Committees"


def test_a_plural_of_phrase_without_the_keeps_its_generic_plural():
    found = "secretaries of commune Party Committees"
    assert bare_of(found, COMMUNE_SECRETARY) == found
    vi = "Lớp tập huấn dành cho bí thư đảng ủy xã."
    en = "The course was held for secretaries of commune Party Committees."
    assert _fix(vi, en) == en


def test_a_singular_without_the_gets_it():
    assert bare_of("secretary of commune Party Committee",
                   "Secretary of the commune Party Committee") \
        == "Secretary of the commune Party Committee"
    vi = "Bí thư đảng ủy xã phát biểu."
    assert _fix(vi, "The secretary of commune Party Committee spoke.") \
        == "The Secretary of the commune Party Committee spoke."


def test_another_body_after_a_bare_of_is_still_replaced():
    assert bare_of("secretaries of commune Party Cells", COMMUNE_SECRETARY) \
        == COMMUNE_SECRETARY


# a Vietnamese place before a capitalised `Provincial`


def test_a_place_before_a_capitalised_provincial_is_taken_out():
    text = "The Standing Committee of the Ha Nam Provincial Party Committee met."
    a, b, unit = place_inside(text, [])
    assert text[a:b] == "Ha Nam " and unit == "provincial"


def test_a_name_of_no_vietnamese_shape_or_another_terms_is_no_place():
    assert place_inside("The Standing Committee of the Shropshire Provincial Party met.", []) \
        is None
    assert place_inside("the Ha Nam Provincial Party Committee", [(4, 10)]) is None


def test_the_whole_fix_with_a_capitalised_provincial():
    vi = "Ủy ban Kiểm tra Tỉnh ủy Hà Nam kỷ luật ba đảng viên."
    en = "The Inspection Committee of the Ha Nam Provincial Party Committee disciplined three" \
         " Party members."
    assert _fix(vi, en) == ("The Inspection Commission of the Ha Nam provincial Party Committee"
                            " disciplined three Party members.")


# a possessive the term has too


def test_the_word_after_the_terms_own_possessive_goes_with_the_span():
    text = "The Chairman of the provincial People's Assembly of Thanh Hoa spoke."
    end = text.index("'s")
    assert text[:possessor_cut(text, end, text[4:end],
                               "Chairman of the provincial People's Council")] \
        == "The Chairman of the provincial People's Assembly"


def test_a_lower_case_word_after_the_possessive_stays_out():
    text = "The Chairman of the provincial People's assembly hall was full."
    end = text.index("'s")
    assert possessor_cut(text, end, text[4:end], "Chairman of the provincial People's Council") \
        == end


def test_the_whole_fix_with_the_terms_possessive():
    vi = "Chủ tịch HĐND tỉnh Thanh Hóa phát biểu khai mạc."
    assert _fix(vi, "The Chairman of the provincial People's Assembly of Thanh Hoa opened"
                    " the session.") == ("The Chairman of the provincial People's Council of"
                                         " Thanh Hoa opened the session.")


# a mass noun's head stays singular


def test_a_mass_head_is_not_counted():
    assert mass_term("Ho Chi Minh Thought")
    assert not mass_term("provincial Party Committee")
    assert not mass_term("Secretary of the commune Party Committee")
    vi = "Học tập tư tưởng Hồ Chí Minh về đạo đức công vụ."
    assert _fix(vi, "Studying Ho Chi Minh's thoughts on public service ethics.") \
        == "Studying Ho Chi Minh Thought on public service ethics."


# the calque `city directly under the central government`


def test_the_calque_becomes_the_term_in_its_number():
    vi = "Hải Phòng là một trong sáu thành phố trực thuộc Trung ương."
    assert _fix(vi, "Hai Phong is one of six cities directly under the central government.") \
        == "Hai Phong is one of six centrally-run cities."
    vi = "Huế là thành phố trực thuộc Trung ương thứ sáu."
    assert _fix(vi, "Hue is the sixth city directly under the central government.") \
        == "Hue is the sixth centrally-run city."


def test_a_heads_post_modifier_starts_at_directly_or_under():
    assert head_index("city directly under the central government", ["city"]) == 0
    assert head_index("provincial Party Committee", ["provincial", "Party", "Committee"]) == 2
    assert head_index("Secretary of the commune Party Committee", ["a"] * 4) == 0


# a list of offices said item by item


def test_a_list_of_offices_is_the_rendering():
    text = "The province told its departments, agencies and sectors to act."
    s, e, _, _ = offices_listed(text, "departments and agencies", "sở, ban, ngành")
    assert text[s:e] == "departments, agencies and sectors"
    vi = "Tỉnh yêu cầu các sở, ban, ngành rà soát thủ tục."
    assert _fix(vi, "The province told its services, boards and sectors to review procedures.") \
        == "The province told its departments and agencies to review procedures."


def test_a_list_that_says_something_more_stays():
    term, source = "departments and agencies", "sở, ban, ngành"
    assert offices_listed("its departments, agencies and localities acted", term, source) \
        is None
    assert offices_listed("its departments, agencies, boards and sectors acted", term, source) \
        is None  # four items for the source's three
    assert offices_listed("its departments, agencies and sectors acted", term, "sở và ngành") \
        is None  # the source lists two


# `mandate` and `term` for `tenure`, not a person's own term


def test_mandate_and_term_become_tenure():
    vi = "Đại hội Đảng bộ xã nhiệm kỳ 2025 - 2030 diễn ra trong hai ngày."
    assert _fix(vi, "The commune Party congress for the 2025-2030 mandate lasted two days.") \
        == "The commune Party congress for the 2025-2030 tenure lasted two days."
    vi = "Trong nhiệm kỳ 2021 - 2026, tỉnh xây 40 trường học."
    assert _fix(vi, "During the 2021-2026 term, the province built 40 schools.") \
        == "During the 2021-2026 tenure, the province built 40 schools."


def test_an_undated_term_stays():
    vi = "Đại sứ Pháp chào từ biệt nhân dịp kết thúc nhiệm kỳ công tác."
    en = "The French Ambassador paid a farewell call at the end of his term."
    assert _fix(vi, en) == en
    assert dated_slot("a long-term plan for the new term", "tenure") is None
    assert dated_slot("the 2026 long-term plan", "tenure") is None
    assert dated_slot("the 2020-2025 term", "official") is None  # only the table's term


def test_a_dated_word_is_the_span():
    text = "in the 2021–2026 mandate"
    s, e, new, _ = dated_slot(text, "tenure")
    assert text[s:e] == "mandate" and new == "tenure"
