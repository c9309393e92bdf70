"""check --fix, round thirty-eight (issue 12br): a verb of direction after a lower-case title
makes no compound of it (`fixguard._NOT_NOUN`), `KSM` is a forbidden rendering of the Youth
Union, and a named organisation is one body (`fixterms._one_body`); each with its limits.
Sentences are the developer's own."""

from __future__ import annotations

from translate.draft.enforce import required_terms
from translate.draft.place import Placement
from translate.review.fixterms import _one_body

# -- a verb of direction after a lower-case title (review/fixguard.py) ---------------------------

def test_a_title_sent_somewhere_is_no_compound(fixed):
    assert fixed("Bộ Y tế cử ba thứ trưởng sang Lào trao đổi kinh nghiệm.",
                 "Ministerstvo zdravotnictví vyslalo tři viceministry do Laosu.") \
        == "Ministerstvo zdravotnictví vyslalo tři náměstky ministra do Laosu."


def test_a_title_going_down_to_a_province_is_fixed(fixed):
    assert fixed("Tỉnh đón hai thứ trưởng xuống kiểm tra công trình.",
                 "Provincie přivítala dva viceministry na kontrole stavby.") \
        == "Provincie přivítala dva náměstky ministra na kontrole stavby."


def test_a_compound_naming_another_role_stays(fixed):
    # `đại sứ du lịch`: a tourism ambassador, the translator's `ambasadorka` is right there
    cs = "Zpěvačka se stala ambasadorkou cestovního ruchu provincie."
    assert fixed("Ca sĩ trở thành đại sứ du lịch của tỉnh.", cs) == cs


# -- KSM and one body (review/fixterms.py) -------------------------------------------------------

def test_ksm_is_written_out(fixed):
    assert fixed("Đoàn Thanh niên Cộng sản Hồ Chí Minh tổ chức hiến máu.",
                 "KSM uspořádal darování krve.") \
        == "Komunistický svaz mládeže Ho Či Mina uspořádal darování krve."


def test_ksm_after_a_counted_noun_is_genitive(fixed):
    assert fixed("Hơn 500 đoàn viên Đoàn Thanh niên Cộng sản Hồ Chí Minh trồng cây.",
                 "Přes 500 členů KSM sázelo stromy.") \
        == "Přes 500 členů Komunistického svazu mládeže Ho Či Mina sázelo stromy."


def test_a_named_body_after_a_plural_noun_stays_singular(fixed):
    # the source's `các huyện` after the body made it plural before (`Komunistických svazů`)
    assert fixed("Hội Nông dân tỉnh phối hợp với Đoàn Thanh niên Cộng sản Hồ Chí Minh "
                 "các huyện trồng rừng.",
                 "Provinční svaz rolníků sázel les spolu s pobočkami KSM v okresech.") \
        == ("Provinční svaz rolníků sázel les spolu s pobočkami Komunistického svazu mládeže "
            "Ho Či Mina v okresech.")


def _term(glossary, matcher, vi: str, concept: str):
    matches = matcher.find(vi)
    return next(t for t in required_terms(matches, glossary, "cs") if t.concept == concept)


def test_a_plural_that_is_also_a_singular_form_is_left(glossary, matcher):
    term = _term(glossary, matcher, "Mặt trận Tổ quốc Việt Nam hỗ trợ người nghèo.", "mass.vff")
    text = "Fond Vietnamské vlastenecké fronty pomáhá."
    place = Placement(5, 34, text[5:34], text[5:34], "acc", "pl")
    assert _one_body(text, place, term) is place


def test_a_lower_case_body_keeps_its_plural(glossary, matcher):
    term = _term(glossary, matcher, "Công đoàn các doanh nghiệp tặng quà.", "mass.union")
    text = "Odbory podniků daly dárky."
    place = Placement(0, 6, "Odbory", "odbory", "nom", "pl")
    assert _one_body(text, place, term) is place


def test_a_plural_title_is_no_body(glossary, matcher):
    term = _term(glossary, matcher, "Các Thứ trưởng đã họp.", "state.deputy_minister")
    text = "Viceministři jednali."
    place = Placement(0, 12, "Viceministři", "Náměstci ministra", "nom", "pl")
    assert _one_body(text, place, term) is place
