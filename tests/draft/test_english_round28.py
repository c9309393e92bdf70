"""English `check --fix`, round twenty-eight (issue 12bk): a window that ends on the term's head
said after its modifiers closes the name, so `and` + a capitalised word after it is another
conjunct (`the Foreign Ministry and Hai Duong`); `work` is a mass head (`personnel
work`, never `works`); an adjective before a variant's window that shares its stem with a word
the term has goes with the window (`plenary meeting` → `plenum`); a department's field said
inside the title's `of the` phrase goes after the body (`Director of the {Education}
Department`). Own sentences, none from a bench set; the mechanism with what it must not do."""

from __future__ import annotations

from translate.draft.align import text_words
from translate.draft.enwindow import english_window
from translate.draft.place import find_placement
from translate.review.fix import fix_text
from translate.terms.files import SHIPPED_DIR, load_glossary
from translate.terms.matcher import TermMatcher

GLOSSARY = load_glossary(SHIPPED_DIR / "vi-en.tsv")
MATCHER = TermMatcher(GLOSSARY)


def _fix(vi: str, en: str) -> str:
    return fix_text(vi, en, "en", GLOSSARY, MATCHER)[0]


def test_a_head_said_last_closes_the_name_before_and():
    assert _fix("Bộ Ngoại giao phối hợp với Hải Dương tổ chức hội nghị ngoại giao kinh tế.",
                "The Foreign Ministry and Hai Duong held an economic diplomacy conference.") \
        == "The Ministry of Foreign Affairs and Hai Duong held an economic diplomacy conference."
    assert _fix("Bộ Quốc phòng phối hợp với Quảng Ninh diễn tập cứu hộ.",
                "The Defence Ministry and Quang Ninh held a rescue drill.") \
        == "The Ministry of National Defence and Quang Ninh held a rescue drill."


def test_a_name_that_goes_on_after_and_is_still_left():
    # limit: the window ends on a modifier (`Industry`), so `and Handicrafts` may be the rest
    # of another body's name: nothing is replaced
    text = "The Ministry of Industry and Handicrafts met."
    assert find_placement(text, ("Ministry of Industry and Trade",), "en") is None


def test_the_window_split_is_a_pure_move():
    text = "The Finance Ministry met."
    m = english_window(text, text_words(text), "Ministry of Finance", "rendering")
    assert m is not None and (m.start, m.end) == (1, 3)


def test_work_stays_singular_in_the_terms_place():
    assert _fix("Tỉnh ủy Nghệ An siết chặt kỷ luật trong công tác cán bộ.",
                "The Nghe An provincial Party Committee tightened discipline in personnel "
                "affairs.") \
        == "The Nghe An provincial Party Committee tightened discipline in personnel work."


def test_a_countable_term_is_still_made_plural():
    # limit: only a mass head stays singular; `cadres` still becomes `officials`
    got = find_placement("Many cadres attended.", ("official",), "en")
    assert got is not None and got.replacement == "officials"


def test_a_stem_sharing_adjective_goes_with_the_variant():
    assert _fix("Hội nghị Trung ương lần thứ hai sẽ bàn về ngân sách.",
                "The second plenary meeting of the Central Committee will discuss the budget.") \
        == "The second plenum of the Party Central Committee will discuss the budget."


def test_a_stem_sharing_noun_before_a_window_stays():
    # limit: `commune` shares `comm` with `Committee` but is a noun, not the term's adjective
    got = find_placement("Every commune People's Council met.", ("People's Committee",), "en")
    assert got is None or not got.found.startswith("commune")


def test_a_field_inside_the_title_goes_after_the_department():
    assert _fix("Giám đốc Sở Giáo dục cho biết năm học mới bắt đầu sớm.",
                "The Director of the Education Department said the new school year starts "
                "early.") \
        == "The Director of the Department of Education said the new school year starts early."


def test_a_place_before_the_department_is_no_field():
    # limit: `of the Danang Department of Finance`: the place's name, the field after it
    text = "The director of the Danang Department of Finance answered questions."
    got = find_placement(text, ("Director of the Department",), "en")
    assert got is None or "Danang" not in got.replacement.split("Department")[-1]


def test_a_level_inside_the_title_is_no_field():
    # limit: `Provincial` is the department's level, not its field
    text = "The Director of the Provincial Department spoke."
    got = find_placement(text, ("Director of the Department",), "en")
    assert got is None or "of Provincial" not in got.replacement
