"""English `check --fix`, round twenty (issue 12au): an event a body holds (`Congress`,
`conference`, `session`) is no other name of that body, so `the district Party Congress` for
`Đại hội Đảng bộ huyện` keeps its Congress (an event term's own head may still be said as
another event: `Central Committee session` for a plenum); capitals and provinces abroad name
another country's office (`Vientiane's Party chief` is Vientiane's, not a Vietnamese Secretary).
Own sentences, none from a bench set."""

from __future__ import annotations

from translate.draft.enshape import plural_head
from translate.draft.enslot import english_slot
from translate.review.fix import fix_text
from translate.terms.english import names_abroad
from translate.terms.files import SHIPPED_DIR, load_glossary
from translate.terms.matcher import TermMatcher

GLOSSARY = load_glossary(SHIPPED_DIR / "vi-en.tsv")
MATCHER = TermMatcher(GLOSSARY)


def _fix(vi: str, en: str) -> str:
    return fix_text(vi, en, "en", GLOSSARY, MATCHER)[0]


def test_a_party_congress_is_no_party_organisation():
    vi = "Đại hội Đảng bộ tỉnh lần thứ XVIII bầu ban chấp hành mới."
    en = "The provincial Party Congress elected a new executive committee."
    assert _fix(vi, en) == en


def test_a_conference_is_no_party_organisation_either():
    vi = "Hội nghị Đảng bộ tỉnh tổng kết công tác năm."
    en = "The provincial Party conference reviewed the year's work."
    assert _fix(vi, en) == en


def test_another_head_noun_still_renders_the_organisation():
    # a body's other noun in the head's place is still read as the body (the rule kept)
    vi = "Đảng bộ tỉnh có hơn 90.000 đảng viên."
    en = "The provincial Party Chapter has more than 90,000 Party members."
    assert _fix(vi, en) == "The provincial Party Organisation has more than 90,000 Party members."


def test_a_foreign_capitals_party_chief_stays():
    vi = "Bí thư Thành ủy Viêng Chăn tiếp đoàn đại biểu Hà Nội."
    en = "Vientiane's Party chief received the Hanoi delegation."
    assert _fix(vi, en) == en


def test_a_foreign_citys_communist_party_chief_stays():
    vi = "Bí thư Thành ủy Bắc Kinh gặp các doanh nghiệp Việt Nam."
    en = "Beijing's Communist Party chief met Vietnamese businesses."
    assert _fix(vi, en) == en


def test_a_vietnamese_citys_party_chief_is_still_replaced():
    vi = "Bí thư Thành ủy Hải Phòng kiểm tra cảng Lạch Huyện."
    en = "Hai Phong's Party chief inspected Lach Huyen port."
    assert "Secretary of the municipal Party Committee" in _fix(vi, en)


def test_foreign_places_are_abroad_only_capitalised():
    assert names_abroad("Shanghai") and names_abroad("Penh") and names_abroad("Taiwan")
    assert not names_abroad("shanghai") and not names_abroad("Hanoi")
    assert not names_abroad("Hue")


def test_party_construction_renders_party_building():
    vi = "Hội nghị quán triệt các nội dung về xây dựng, chỉnh đốn Đảng."
    en = "The conference studied the content of Party construction and rectification."
    assert _fix(vi, en) == ("The conference studied the content of Party building and "
                            "rectification.")


def test_construction_alone_is_no_party_building():
    # the variant is the two words together: a building site is no Party building
    vi = "Tỉnh đẩy nhanh xây dựng đường cao tốc."
    en = "The province sped up construction of the expressway."
    assert _fix(vi, en) == en


def test_an_before_a_prefixed_rendering_follows_the_term():
    vi = "Bộ Tư pháp đề nghị bãi bỏ một Thông tư liên tịch về công chứng."
    en = "The Ministry of Justice proposed scrapping an Inter-ministerial Circular on notarisation."
    assert _fix(vi, en) == ("The Ministry of Justice proposed scrapping a Joint Circular on "
                            "notarisation.")


def test_a_prefixed_rendering_without_an_article_gets_none():
    vi = "Thông tư liên tịch số 07 hết hiệu lực từ tháng 5."
    en = "Inter-ministerial Circular No. 07 expired in May."
    assert _fix(vi, en) == "Joint Circular No. 07 expired in May."


def test_the_state_coffers_are_one_state_budget():
    vi = "Phiên đấu giá đóng góp 500 tỷ đồng cho ngân sách nhà nước."
    en = "The auction contributed 500 billion VND to the state coffers."
    assert _fix(vi, en) == "The auction contributed 500 billion VND to the state budget."


def test_budget_receipts_are_one_revenue():
    vi = "Thu ngân sách đạt 90% dự toán."
    en = "Budget receipts reached 90% of the estimate."
    assert _fix(vi, en) == "Budget revenue reached 90% of the estimate."


def test_a_real_plural_keeps_its_number():
    # the limit: a plural with a singular of its own still says several
    assert plural_head("families", "households") is False  # (the term's word is plural)
    assert plural_head("zones", "park") and not plural_head("coffers", "budget")


def test_an_acronym_after_an_opening_phrase_gets_the():
    vi = "Tháng 5, Bộ Y tế đã cấp phép hai loại vắc xin mới."
    en = "In May, MOH licensed two new vaccines."
    assert _fix(vi, en) == "In May, the Ministry of Health licensed two new vaccines."


def test_a_title_with_a_name_after_a_comma_gets_no_article():
    vi = "Trong chuyến thăm, Thủ tướng Phạm Minh Chính gặp cộng đồng người Việt."
    en = "During the visit, PM Pham Minh Chinh met the Vietnamese community."
    assert _fix(vi, en) == ("During the visit, Prime Minister Pham Minh Chinh met the "
                            "Vietnamese community.")


def test_a_title_whose_body_the_source_names_again_is_found():
    # the source names the committee a second time alone: its words in the title are still
    # the title's rendering
    vi = ("Phó Chủ tịch Thường trực UBND tỉnh Lê Văn Tâm được giao điều hành hoạt động của "
          "UBND tỉnh.")
    en = ("Standing Vice Chairman of the provincial People's Committee Le Van Tam was assigned "
          "to run the committee.")
    assert _fix(vi, en) == ("Permanent Vice Chairman of the provincial People's Committee Le "
                            "Van Tam was assigned to run the committee.")


def test_the_assembly_named_twice_leaves_its_secretary_general_findable():
    vi = "Tổng Thư ký Quốc hội trình bày báo cáo của Quốc hội về công tác lập pháp."
    en = ("The National Assembly Secretary General presented the National Assembly's report "
          "on law-making.")
    assert _fix(vi, en) == ("The Secretary General of the National Assembly presented the "
                            "National Assembly's report on law-making.")


def test_words_of_the_term_out_of_its_order_stay_another_terms():
    # the limit: `Party committee` is no run of `Party Central Committee's Organisation
    # Commission`, so the other term keeps its place
    vi = "Ban Tổ chức Trung ương hướng dẫn quy trình giới thiệu nhân sự cấp ủy."
    en = "The Central Personnel Committee issued guidance on nominating Party committee staff."
    assert "Party committee staff" in _fix(vi, en)


def test_a_slot_ends_before_a_preposition():
    vi = "Các tổ chức chính trị - xã hội trực thuộc Mặt trận được sắp xếp lại."
    en = "The mass organisations under the Front were reorganised."
    assert _fix(vi, en) == "The socio-political organisations under the Front were reorganised."


def test_a_slot_without_a_preposition_is_replaced_as_before():
    vi = "Các tổ chức chính trị - xã hội được sắp xếp lại."
    en = "The mass organisations were reorganised."
    assert _fix(vi, en) == "The socio-political organisations were reorganised."


def test_a_title_without_an_of_phrase_leaves_the_other_office_alone():
    # the limit: `Prime Minister` beside `Vice Premier` is the Prime Minister himself, no
    # part of a Deputy Prime Minister's rendering
    vi = "Thủ tướng và Phó Thủ tướng dự hội nghị."
    en = "The Prime Minister and the Vice Premier attended the conference."
    assert "The Prime Minister and" in _fix(vi, en)


def test_a_cut_preposition_still_counts_against_the_slot():
    # the limit: cutting `between` must not make a slot that was too long fit (`second
    # summit` is no rendering of a one-word title)
    text = "They planned a second summit between the two leaders."
    a = text.index("second")
    b = text.index("between") + len("between")
    assert english_slot(text, (a, b), ("Chairman",)) is None
    text = "The mass organisations under the Front met."
    a, b = text.index("mass"), text.index("under") + len("under")
    assert english_slot(text, (a, b), ("socio-political organisations",)) == (
        a, text.index(" under"))
