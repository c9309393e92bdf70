"""English `check --fix`, round twenty-two (issue 12ay): the span takes the rest of the
translator's synonym it sits in (`plenary session of the {…}` → `plenum of the …`, `{…
Commission} for Home Affairs`), a hyphened term's first half said before the span goes with
it (`Marx-{…}`), the `a`/`an` before a Vietnamese word left in agrees with the term put there,
a name that goes on after the span keeps the capital its word was said with, and a rendering
ending on `candidates` where the source says someone stands for the office is right.
Own sentences, none from a bench set; each mechanism with what it must not do."""

from __future__ import annotations

from dataclasses import dataclass

from translate.draft.enshape import definite
from translate.draft.enspan import hyphen_half, name_goes_on, synonym_rest
from translate.review.fix import fix_text
from translate.terms.english import candidacy
from translate.terms.files import SHIPPED_DIR, load_glossary
from translate.terms.matcher import TermMatcher

GLOSSARY = load_glossary(SHIPPED_DIR / "vi-en.tsv")
MATCHER = TermMatcher(GLOSSARY)
PLENUM = "plenum of the Party Central Committee"


def _fix(vi: str, en: str) -> str:
    return fix_text(vi, en, "en", GLOSSARY, MATCHER)[0]


def _rest(text: str, span: str, new: str) -> str:
    start = text.index(span)
    s, e = synonym_rest(text, start, start + len(span), new)
    return text[s:e]


@dataclass(frozen=True)
class _Placed:
    start: int
    end: int
    found: str
    replacement: str


def _starts(text: str, at: int) -> bool:
    return at == 0


# the synonym's remaining words

def test_the_words_before_the_span_that_say_the_added_words_go_with_it():
    text = "Opening the plenary meeting of the Party Central Committee, he spoke."
    assert _rest(text, "Party Central Committee", PLENUM) \
        == "plenary meeting of the Party Central Committee"


def test_a_possessive_after_the_span_that_says_them_goes_with_it():
    text = "The Party Central Committee's plenary sitting ended on Friday."
    assert _rest(text, "Party Central Committee", PLENUM) \
        == "Party Central Committee's plenary sitting"


def test_the_same_preposition_and_head_after_the_span_go_with_it():
    text = "The Ministry for Domestic Affairs met on Monday."
    assert _rest(text, "Ministry", "Ministry for Internal Affairs") \
        == "Ministry for Domestic Affairs"


def test_words_that_say_something_else_stay():
    # `resolution` shares no stem with `plenum`: the resolution stays outside the span
    text = "A resolution of the Party Central Committee was issued."
    assert _rest(text, "Party Central Committee", PLENUM) == "Party Central Committee"
    # another head after the preposition (`Hanoi`, not `Affairs`) is no synonym's rest
    text = "The Ministry for Hanoi met."
    assert _rest(text, "Ministry", "Ministry for Internal Affairs") == "Ministry"


def test_only_as_many_words_as_the_term_adds_and_one_more():
    text = "The Party Central Committee's plenary session agenda review began."
    assert _rest(text, "Party Central Committee", PLENUM) \
        == "Party Central Committee's plenary session"
    text = "The Party Central Committee's plenary ended on Friday."  # `ended`: the verb
    assert _rest(text, "Party Central Committee", PLENUM) == "Party Central Committee's plenary"
    text = "Opening the long first plenary meeting of the Party Central Committee, he spoke."
    assert _rest(text, "Party Central Committee", PLENUM) \
        == "plenary meeting of the Party Central Committee"
    text = "The Party Central Committee's new agenda for the plenary was set."
    assert _rest(text, "Party Central Committee", PLENUM) == "Party Central Committee"


def test_a_span_the_term_does_not_contain_is_left_as_it_is():
    text = "The plenary session of the Central Party Board ended."
    assert _rest(text, "Central Party Board", PLENUM) == "Central Party Board"


def test_the_whole_fix_takes_the_synonym_in():
    vi = "Hội nghị Trung ương bàn về công tác cán bộ."
    en = "The Party Central Committee's plenary session discussed personnel work."
    assert _fix(vi, en) == "The plenum of the Party Central Committee discussed personnel work."


# a hyphened term's first half

def test_the_hyphened_first_half_goes_with_the_span():
    text = "They studied Marx-Lenin theory."
    at = text.index("Lenin")
    assert hyphen_half(text, at, "Marxism-Leninism") == text.index("Marx")


def test_another_hyphened_word_stays():
    text = "They signed the Vietnam-Laos treaty."
    at = text.index("Laos")
    assert hyphen_half(text, at, "Marxism-Leninism") == at  # no first half of the term
    assert hyphen_half(text, at, "Vietnam Fatherland Front") == at  # no hyphened term
    text = "The Ma-Lenin line."
    assert hyphen_half(text, text.index("Lenin"), "Marxism-Leninism") == text.index("Lenin")


# `a`/`an` before the term put in the Vietnamese's place

def test_a_before_a_vowel_becomes_an():
    text = "He signed a Quyết định yesterday."
    s = text.index("Quyết")
    got = definite(text, _Placed(s, s + 9, "Quyết định", "Official Decision"), "doctype",
                   "Official Decision", _starts)
    assert got.replacement == "an Official Decision" and got.start == text.index("a Quyết")


def test_an_before_a_consonant_becomes_a_and_a_name_keeps_its_an():
    text = "They issued an Chỉ thị."
    s = text.index("Chỉ")
    got = definite(text, _Placed(s, s + 7, "Chỉ thị", "Directive"), "doctype", "Directive",
                   _starts)
    assert got.replacement == "a Directive"
    text = "Nghe An Công văn."  # `An` of a place name is no article
    s = text.index("Công")
    got = definite(text, _Placed(s, s + 8, "Công văn", "Official Letter"), "doctype",
                   "Official Letter", _starts)
    assert got.replacement == "Official Letter" and got.start == s


def test_czech_never_gets_an_english_article():
    text = "Ministerstvo a Úřad vlády."  # Czech `a` is `and`; Czech passes no kind
    s = text.index("Úřad")
    got = definite(text, _Placed(s, s + 10, "Úřad vlády", "Úřad vlády"), "", "Úřad vlády",
                   _starts)
    assert got.replacement == "Úřad vlády" and got.start == s


def test_the_whole_fix_puts_an_before_a_vowel():
    vi = "Bộ Y tế ban hành Công điện về phòng chống dịch sốt xuất huyết."
    en = "The Ministry of Health issued a Cong dien on dengue prevention."
    assert "issued an Official Dispatch on dengue" in _fix(vi, en)


# a name that goes on keeps its capital

def test_the_capital_said_stays_where_a_name_goes_on():
    text = "He is vice head of the Commission for Mass Mobilisation."
    end = text.index(" for")
    start = text.index("vice")
    assert name_goes_on(text, start, end, "deputy head of the commission") \
        == "deputy head of the Commission"


def test_the_term_s_lower_case_stays_elsewhere():
    text = "He is vice head of the Commission, a post he took in May."
    start, end = text.index("vice"), text.index(",")
    assert name_goes_on(text, start, end, "deputy head of the commission") \
        == "deputy head of the commission"
    text = "He is vice head of the commission for mass mobilisation."  # said in lower case
    start, end = text.index("vice"), text.index(" for")
    assert name_goes_on(text, start, end, "deputy head of the commission") \
        == "deputy head of the commission"


# candidates for an office

def test_candidates_for_the_office_are_right():
    assert candidacy("Danh sách người ứng cử đại biểu Hội đồng nhân dân tỉnh đã được công bố.",
                     "đại biểu Hội đồng nhân dân", "People's Council candidates")
    assert candidacy("Ba ứng viên Chủ tịch tỉnh được giới thiệu.", "Chủ tịch tỉnh",
                     "provincial chairman nominees")


def test_no_candidacy_without_the_source_saying_it_or_the_word():
    # the source names the office holders: `candidates` is a wrong rendering there
    assert not candidacy("Các đại biểu Hội đồng nhân dân tỉnh tiếp xúc cử tri.",
                         "đại biểu Hội đồng nhân dân", "People's Council candidates")
    # the source says the candidacy, but the rendering names the office holders
    assert not candidacy("Danh sách người ứng cử đại biểu Hội đồng nhân dân tỉnh đã công bố.",
                         "đại biểu Hội đồng nhân dân", "People's Council members")


def test_the_whole_fix_leaves_candidates_alone():
    vi = "Tỉnh giới thiệu 12 người ứng cử đại biểu Quốc hội khóa mới."
    en = "The province nominated 12 National Assembly candidates for the new term."
    assert _fix(vi, en).startswith("The province nominated 12 National Assembly candidates")


# a generic head English adds after a term it already has

def test_an_added_generic_head_goes():
    vi = "Kim ngạch xuất khẩu của tỉnh tăng 12%."
    en = "The province's export turnover value rose by 12%."
    assert _fix(vi, en) == "The province's export turnover rose by 12%."
    vi = "Công đoàn công ty tặng quà Tết cho công nhân."
    en = "The company's trade union organisation gave Tet gifts to workers."
    assert _fix(vi, en) == "The company's trade union gave Tet gifts to workers."


def test_a_head_the_source_says_stays():
    # `giá trị` is in the source: the value is the translator's word for it
    vi = "Giá trị kim ngạch xuất khẩu của tỉnh tăng 12%."
    en = "The province's export turnover value rose by 12%."
    assert _fix(vi, en) == en


# a forbidden rendering holding the whole term

def test_a_forbidden_rendering_with_the_term_in_it_goes_before_a_verb():
    # `phụ trách` after `đảng viên` made it read as a compound naming another role
    vi = "Mỗi đảng viên phụ trách kèm cặp hai học sinh nghèo."
    en = "Each Communist Party member mentors two poor pupils."
    assert _fix(vi, en) == "Each Party member mentors two poor pupils."


def test_another_role_s_word_is_still_a_compound_s():
    from types import SimpleNamespace

    from translate.review.fixguard import forbidden_word as _forbidden_word
    term = SimpleNamespace(target="Party member", forbidden=("Communist Party member",))
    other = SimpleNamespace(found="Communist cadre", how="forbidden")
    whole = SimpleNamespace(found="Communist Party member", how="forbidden")
    assert _forbidden_word(other, term, "en")  # not the term: the compound's exemption holds
    assert not _forbidden_word(whole, term, "en")  # the term and more: replaced
    assert _forbidden_word(whole, term, "cs") and _forbidden_word(whole, term)  # Czech as before
