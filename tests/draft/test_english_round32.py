"""English `check --fix`, round thirty-two (issue 12bq). A kind's word added after a whole name
(`European Union bloc`); Vietnam's own adjective or possessive before a lower-case rendering
(`the Vietnamese central bank`, `Vietnam's central bank`); a US cabinet title for a minister
(`Health Secretary`, `Secretary of Construction`). Own sentences, none from a bench set; each
mechanism with what it must not do."""

from __future__ import annotations

import pytest

from translate.draft.ennames import VI_NAME
from translate.review.fix import fix_text
from translate.terms.files import SHIPPED_DIR, load_glossary
from translate.terms.matcher import TermMatcher

GLOSSARY = load_glossary(SHIPPED_DIR / "vi-en.tsv")
MATCHER = TermMatcher(GLOSSARY)


def _fix(vi: str, en: str) -> str:
    return fix_text(vi, en, "en", GLOSSARY, MATCHER)[0]


# --- a kind's word after a whole name -------------------------------------------------------

def test_a_bloc_after_the_whole_union_goes():
    vi = "Liên minh châu Âu là đối tác thương mại lớn thứ ba của tỉnh."
    out = _fix(vi, "The European Union bloc is the province's third largest trading partner.")
    assert out == "The European Union is the province's third largest trading partner."


def test_a_bloc_after_an_acronym_alone_stays():
    # limit: only after the name as the term writes it (`the ASEAN bloc` is no whole name)
    vi = "Việt Nam đề nghị Hiệp hội các quốc gia Đông Nam Á tăng cường hợp tác."
    en = "Vietnam asked the ASEAN bloc to step up cooperation."
    assert "ASEAN bloc" in _fix(vi, en)


def test_a_bloc_the_source_says_stays():
    # limit: the source's own `khối` is rendered by it
    vi = "Khối Liên minh châu Âu là thị trường lớn của tỉnh."
    en = "The European Union bloc is a large market for the province."
    assert "Union bloc" in _fix(vi, en)


def test_a_deal_elsewhere_in_the_sentence_stays():
    # limit: the word goes only touching the term (`signed a cooperation deal` is the verb's)
    vi = "Hội Nông dân Việt Nam ký thỏa thuận hợp tác với một công ty phân bón."
    en = "The Vietnam Farmers' Union signed a cooperation deal with a fertiliser company."
    assert _fix(vi, en) == en


# --- Vietnam's own adjective or possessive before a lower-case rendering --------------------

def test_the_vietnamese_central_bank_is_the_state_bank():
    vi = "Ngân hàng Nhà nước yêu cầu các ngân hàng thương mại hạ lãi suất cho vay."
    out = _fix(vi, "The Vietnamese central bank asked commercial banks to lower lending rates.")
    assert out == "The State Bank of Vietnam asked commercial banks to lower lending rates."


def test_vietnams_central_bank_is_the_state_bank():
    vi = "Ngân hàng Nhà nước Việt Nam bơm thêm tiền vào hệ thống."
    out = _fix(vi, "Vietnam's central bank pumped more money into the system.")
    assert out == "The State Bank of Vietnam pumped more money into the system."


@pytest.mark.parametrize("en", [
    "The Thai central bank asked commercial banks to lower lending rates.",
    "Thailand's central bank asked commercial banks to lower lending rates.",
])
def test_another_countrys_central_bank_stays(en):
    # limit: only Vietnam's own adjective; another country's keeps its bank
    vi = "Ngân hàng Trung ương Thái Lan yêu cầu các ngân hàng thương mại hạ lãi suất."
    assert _fix(vi, en) == en


# --- a US cabinet title for a minister ------------------------------------------------------

def test_a_health_secretary_is_the_minister_of_health():
    vi = "Bộ trưởng Bộ Y tế làm việc với các bệnh viện tuyến tỉnh."
    out = _fix(vi, "The Health Secretary met provincial hospitals.")
    assert out == "The Minister of Health met provincial hospitals."


def test_a_secretary_of_the_ministrys_field_is_the_minister():
    vi = "Bộ trưởng Bộ Xây dựng kiểm tra tiến độ cầu mới."
    out = _fix(vi, "The Secretary of Construction checked progress on the new bridge.")
    assert out == "The Minister of Construction checked progress on the new bridge."


def test_another_countrys_secretary_stays():
    # limit: a country's name before the title is that country's secretary
    vi = "Bộ trưởng Bộ Y tế Mỹ thăm một bệnh viện ở Hà Nội."
    en = "The US Health Secretary visited a hospital in Hanoi."
    assert _fix(vi, en) == en


def test_a_secretary_of_a_company_is_no_minister():
    # limit: a capitalised word after the ministry's words makes them another name
    vi = "Bộ trưởng Bộ Xây dựng gặp lãnh đạo công ty."
    en = "The Secretary of Construction Holdings met the Minister."
    assert "Secretary of Construction Holdings" in _fix(vi, en)


# --- renderings two or more set authors used (the source says which term) ------------------

@pytest.mark.parametrize(("vi", "en", "want"), [
    ("Đảng bộ phường Tân An được tặng bằng khen.",
     "The Tan An ward Party chapter received a certificate of merit.",
     "The Tan An ward Party Organisation received a certificate of merit."),
    ("Tỷ lệ giải ngân vốn đầu tư công của tỉnh đạt 60%.",
     "The province's public investment spending rate reached 60%.",
     "The province's public investment disbursement rate reached 60%."),
    ("Sở Tài chính gửi Công văn đề nghị các huyện báo cáo số thu.",
     "The Department of Finance sent a dispatch asking districts to report revenue.",
     "The Department of Finance sent an Official Letter asking districts to report revenue."),
])
def test_renderings_two_set_authors_used(vi, en, want):
    assert _fix(vi, en) == want


def test_a_party_chapter_for_a_cell_stays_the_cell():
    # limit: `Chi bộ` is the cell; `Party chapter` renders it as before
    vi = "Chi bộ thôn Na Lang kết nạp hai đảng viên mới."
    out = _fix(vi, "The Na Lang village Party chapter admitted two new Party members.")
    assert "Party Organisation" not in out and "Party cell" in out


def test_spending_without_disbursement_in_the_source_stays():
    # limit: the source must say `giải ngân`; other spending is the budget's
    vi = "Tỉnh dành 30% chi thường xuyên cho giáo dục."
    en = "The province allocates 30% of its recurrent spending to education."
    assert _fix(vi, en) == en


def test_a_dispatch_for_an_urgent_dispatch_is_the_official_dispatch():
    # limit: `Công điện` is the Official Dispatch, never a letter
    vi = "Thủ tướng ký Công điện chỉ đạo ứng phó nắng nóng."
    out = _fix(vi, "The Prime Minister signed a dispatch on responding to the heatwave.")
    assert out == "The Prime Minister signed an Official Dispatch on responding to the heatwave."


@pytest.mark.parametrize(("vi", "en", "want"), [
    ("Trợ lý Chủ tịch nước thăm trường học vùng cao.",
     "The aide to the President visited a highland school.",
     "The Assistant to the President visited a highland school."),
    ("Trợ lý Tổng Bí thư dự hội thảo về kinh tế tư nhân.",
     "An aide to the General Secretary attended a seminar on the private economy.",
     "An Assistant to the Party General Secretary attended a seminar on the private economy."),
    ("Sau 40 năm công cuộc đổi mới, diện mạo nông thôn thay đổi rõ rệt.",
     "After 40 years of the cause of renewal, the countryside has changed markedly.",
     "After 40 years of the Doi Moi (renewal) process, the countryside has changed markedly."),
])
def test_more_renderings_several_set_authors_used(vi, en, want):
    assert _fix(vi, en) == want


def test_another_leaders_aide_stays():
    # limit: the source names no assistant; an aide of someone else is left alone
    vi = "Thủ tướng tiếp trợ lý Ngoại trưởng Mỹ."
    en = "The Prime Minister received an aide to the US Secretary of State."
    assert "aide to the US Secretary of State" in _fix(vi, en)


# --- a Central Highlands name is a Vietnamese place's -----------------------------------------

def test_governor_of_a_highland_province_is_the_chairman():
    vi = "Chủ tịch UBND tỉnh Đắk Nông Hồ Văn Mười yêu cầu khắc phục sạt lở."
    out = _fix(vi, "Ho Van Muoi, Governor of Dak Nong, ordered repairs to the landslides.")
    assert out == ("Ho Van Muoi, Chairman of the provincial People's Committee of Dak Nong, "
                   "ordered repairs to the landslides.")


@pytest.mark.parametrize(("word", "place"), [
    ("dak", True), ("lak", True), ("book", False), ("peak", False), ("week", False),
])
def test_a_k_final_syllable_has_one_vowel(word, place):
    # limit: English words that end in `k` after two vowels are no syllable of a name
    assert bool(VI_NAME.fullmatch(word)) is place


@pytest.mark.parametrize(("vi", "en", "want"), [
    ("Thủ tướng ký Công điện yêu cầu các địa phương ứng phó mưa lũ.",
     "The Prime Minister signed an urgent cable asking localities to respond to the rains.",
     "The Prime Minister signed an Official Dispatch asking localities to respond to the rains."),
    ("UBND tỉnh gửi Công văn đề nghị Bộ Tài chính bổ sung vốn.",
     "The provincial People's Committee sent an official note asking the Ministry of Finance "
     "for more capital.",
     "The provincial People's Committee sent an Official Letter asking the Ministry of Finance "
     "for more capital."),
    ("Ủy ban Đối ngoại của Quốc hội tiếp đoàn nghị sĩ Nhật Bản.",
     "The Foreign Affairs Committee of the National Assembly received Japanese lawmakers.",
     "The National Assembly's Committee for External Relations received Japanese lawmakers."),
    ("Tỉnh tập huấn chuyển đổi số cho 500 cán bộ cấp xã.",
     "The province trained 500 commune-level functionaries in digital skills.",
     "The province trained 500 commune-level officials in digital skills."),
    ("Thư ký Thủ tướng thị sát công trường sân bay.",
     "The Personal Secretary to the Prime Minister inspected the airport site.",
     "The Secretary to the Prime Minister inspected the airport site."),
])
def test_renderings_and_an_added_word_several_authors_used(vi, en, want):
    assert _fix(vi, en) == want


def test_a_cable_without_the_official_dispatch_in_the_source_stays():
    # limit: only where the source says `Công điện`
    vi = "Tỉnh lắp đặt tuyến cáp ngầm mới."
    en = "The province laid a new underground cable."
    assert _fix(vi, en) == en


def test_a_personal_assistant_the_source_says_stays():
    # limit: `riêng` in the source is the personal in English
    vi = "Trợ lý riêng của Chủ tịch nước dự buổi lễ."
    en = "The President's personal assistant attended the ceremony."
    assert "personal" in _fix(vi, en)


def test_an_added_state_before_a_public_sectors_term_goes():
    vi = "Giải ngân vốn đầu tư công của tỉnh đạt 50% kế hoạch."
    out = _fix(vi, "The province's disbursement of state public investment capital reached 50% "
                   "of the plan.")
    assert out == ("The province's disbursement of public investment capital reached 50% of the "
                   "plan.")


def test_a_state_the_source_says_stays():
    # limit: `nhà nước` in the source is the state in English
    vi = "Thu ngân sách nhà nước của tỉnh vượt dự toán."
    en = "The province's state budget revenue exceeded the estimate."
    assert "state budget" in _fix(vi, en)
