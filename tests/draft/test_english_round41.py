"""English `check --fix` with what the product loads, round forty-one (issue 12ch): own sentences.

- `draft.enfront.field_of_body` (merged by the lead from 12cg's side branch without tests): a
  department named by its field before the body's word, the term the head `Department` alone
  (`the Quang Binh Health Service` → `the Quang Binh Department of Health`), and its limits;
- `Bureau`/`Directorate` are wordings of the head `Department` (`Sở`) too
  (`terms.english.VARIANTS`), found only capitalised: a one-word capitalised variant found in
  lower case is loose (`draft.english._loose`: `civil service` is no department's `Service`);
- one adjective before the body's word is no field (`Financial Bureau` is not turned into
  `Department of Financial`).
"""

from __future__ import annotations

from translate.draft.align import text_words
from translate.draft.enfront import field_of_body
from translate.draft.english import _loose
from translate.draft.enwindow import english_window
from translate.terms.english import english_variants

# `shipped` (what the product loads) and `core_en` (`vi-en.tsv` alone): tests/draft/conftest



def _field(text: str, phrase: str, target: str = "Department"):
    words = text_words(text)
    m = english_window(text, words, phrase, "rendering", [])
    assert m is not None
    return field_of_body(text, words, m, target)


# --- field_of_body: the mechanism ---------------------------------------------------------------

def test_a_field_before_the_service_becomes_the_department_of_it(shipped, fix_en):
    vi = "Sở Y tế Quảng Bình tăng cường giám sát dịch bệnh."
    got = fix_en(shipped, vi, "The Quang Binh Health Service stepped up disease surveillance.")
    assert got == "The Quang Binh Department of Health stepped up disease surveillance."


def test_a_field_of_several_words_with_and_is_kept_whole(shipped, fix_en):
    vi = "Sở Nông nghiệp và Môi trường Cà Mau hướng dẫn nông dân nuôi tôm."
    en = "The Ca Mau Agriculture and Environment Service guided shrimp farmers."
    got = fix_en(shipped, vi, en)
    assert got == "The Ca Mau Department of Agriculture and Environment guided shrimp farmers."


def test_the_field_at_the_sentence_start_and_after_a_possessive_place():
    assert _field("Health Service staff met.", "Service")[2] == "Department of Health"
    text = "Lam Dong's Health Service warned of dengue."
    assert _field(text, "Service")[2] == "Department of Health"


# --- field_of_body: its limits ------------------------------------------------------------------

def test_no_field_of_body_for_a_term_other_than_the_head_alone():
    assert _field("The Quang Binh Health Service met.", "Service", "Department of Health") is None


def test_no_field_where_more_capitalised_words_stand_before_it():
    """`Phu Tho Home Affairs`: is `Home` the place's or the field's? Nothing is said."""
    assert _field("The Phu Tho Home Affairs Service met.", "Service") is None


def test_no_field_of_one_adjective(shipped, fix_en):
    assert _field("Da Nang's Financial Bureau met.", "Bureau") is None
    vi = "Sở Tài chính Đà Nẵng hướng dẫn các xã lập dự toán."
    got = fix_en(shipped, vi, "Da Nang's Financial Bureau guided communes on budget estimates.")
    assert "Department of Financial" not in got


def test_no_field_of_a_lower_case_word():
    text = "The provincial health Service met."
    words = text_words(text)
    m = english_window(text, words, "Service", "rendering", [])
    assert m is not None  # the capitalised `Service` is the window; `health` is no field
    assert field_of_body(text, words, m, "Department") is None


# --- Bureau / Directorate as wordings of Department ----------------------------------------------

def test_bureau_and_directorate_are_variants_of_the_head_department():
    assert {"Service", "Bureau", "Directorate"} <= set(english_variants("Department"))
    assert "Bureau" not in english_variants("Department of Health")


def test_a_field_directorate_of_a_province_becomes_its_department(shipped, fix_en):
    vi = "Sở Xây dựng tỉnh Quảng Ngãi kiểm tra các công trình nhà ở."
    got = fix_en(shipped, vi, "The Construction Directorate of Quang Ngai province inspected "
                            "housing projects.")
    assert got == "The Department of Construction of Quang Ngai province inspected housing " \
                  "projects."


def test_a_bureau_of_a_field_keeps_its_field(shipped, fix_en):
    vi = "Sở Xây dựng Bắc Ninh đề xuất điều chỉnh giá vé xe buýt."
    got = fix_en(shipped, vi, "The Bac Ninh Bureau of Construction proposed adjusting bus fares.")
    assert got == "The Bac Ninh Department of Construction proposed adjusting bus fares."


def test_a_foreign_bureau_beside_a_right_department_stays(shipped, fix_en):
    vi = "Sở Y tế Hà Nội phối hợp với Cục Điều tra Liên bang Mỹ."
    right = "The Hanoi Department of Health worked with the US Federal Bureau of Investigation."
    assert fix_en(shipped, vi, right) == right


def test_the_core_glossary_alone_has_no_head_department_to_enforce(core_en, fix_en):
    vi = "Sở Xây dựng Bắc Ninh đề xuất điều chỉnh giá vé xe buýt."
    en = "The Bac Ninh Bureau of Construction proposed adjusting bus fares."
    assert fix_en(core_en, vi, en) == en


# --- a capitalised one-word variant is not found in lower case --------------------------------

def test_civil_service_is_no_department_service(shipped, fix_en):
    vi = "Sở Nội vụ Hà Tĩnh tổ chức kỳ thi."
    got = fix_en(shipped, vi, "The Ha Tinh Home Affairs Directorate held a civil service exam.")
    assert "civil Department" not in got


def test_a_lower_case_service_is_only_a_loose_window_of_the_variant():
    text = "Many people work in the civil service."
    words = text_words(text)
    m = english_window(text, words, "Service", "rendering", [])
    assert m is not None  # the window is found: the placement judges it loose
    assert _loose(words, m, "Service")
