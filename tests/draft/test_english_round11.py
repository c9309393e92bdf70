"""English `check --fix`, round eleven (issue 12ac): words English adds next to a term it
already has that the source does not say (`… People's Committee Office`, `Government of
Vietnam`, `Government Decree`, `Women's Union Association`), another country named right before
one of our named bodies (`China's Defence Ministry` keeps its name), a person's office after a
body's name (`State Bank Governor`), and general equivalents (`Border Defence Army`,
`centrally-governed city`, `provincial Party leadership`, `Legal Order`, `VFF Committee`,
`CPVCC`). Own sentences, none from a bench set."""

from __future__ import annotations

import pytest

from translate.draft.enforce import RequiredTerm
from translate.review.enleftover import leftover
from translate.review.fix import fix_text
from translate.terms.english import english_variants, names_abroad
from translate.terms.files import SHIPPED_DIR, load_glossary
from translate.terms.matcher import TermMatcher

GLOSSARY = load_glossary(SHIPPED_DIR / "vi-en.tsv")
MATCHER = TermMatcher(GLOSSARY)


def _fix(vi: str, en: str) -> str:
    return fix_text(vi, en, "en", GLOSSARY, MATCHER)[0]


@pytest.mark.parametrize("vi,en,expected", [
    # added words next to a present term that the source does not say
    ("Chính phủ quyết định hỗ trợ 300 tấn gạo cho tỉnh Hà Giang.",
     "The Government of Vietnam decided to send 300 tonnes of rice to Ha Giang province.",
     "The Government decided to send 300 tonnes of rice to Ha Giang province."),
    ("UBND tỉnh Quảng Nam yêu cầu kiểm tra an toàn đê điều.",
     "The Quang Nam provincial People's Committee Office asked for checks on dyke safety.",
     "The Quang Nam provincial People's Committee asked for checks on dyke safety."),
    ("Nghị định 70/2025/NĐ-CP sửa đổi quy định về hóa đơn.",
     "Government Decree 70/2025/ND-CP amends the rules on invoices.",
     "Decree 70/2025/ND-CP amends the rules on invoices."),
    ("Hội Liên hiệp Phụ nữ Việt Nam phát động chương trình hỗ trợ phụ nữ khởi nghiệp.",
     "The Vietnam Women's Union Association launched a programme to support women's start-ups.",
     "The Vietnam Women's Union launched a programme to support women's start-ups."),
    # general equivalents
    ("Bộ đội Biên phòng tỉnh Hà Giang bắt giữ hai đối tượng buôn lậu.",
     "The Ha Giang Border Defence Army arrested two smugglers.",
     "The Ha Giang Border Guard arrested two smugglers."),
    ("Cần Thơ là thành phố trực thuộc Trung ương.",
     "Can Tho is a centrally-governed city.", "Can Tho is a centrally-run city."),
    ("Tỉnh ủy Quảng Trị kỷ luật ba cán bộ.",
     "The Quang Tri provincial Party leadership disciplined three officials.",
     "The Quang Tri provincial Party Committee disciplined three officials."),
    ("Ủy ban Thường vụ Quốc hội cho ý kiến về Pháp lệnh Phí và lệ phí.",
     "The National Assembly Standing Committee commented on the Legal Order on Fees and Charges.",
     "The National Assembly Standing Committee commented on the Ordinance on Fees and Charges."),
    ("Ủy ban MTTQ tỉnh Hà Nam tiếp nhận 3 tỷ đồng ủng hộ.",
     "The Ha Nam provincial VFF Committee received 3 billion VND in donations.",
     "The Ha Nam provincial Fatherland Front Committee received 3 billion VND in donations."),
    ("Hội nghị Ban Chấp hành Trung ương lần thứ 12 bế mạc.",
     "The 12th plenum of the CPVCC closed.",
     "The 12th plenum of the Party Central Committee closed."),
])
def test_round11_fixes(vi, en, expected):
    assert _fix(vi, en) == expected


@pytest.mark.parametrize("vi,en", [
    # the source says the added word: it stays
    ("Văn phòng UBND tỉnh Quảng Nam thông báo lịch tiếp công dân.",
     "The Quang Nam provincial People's Committee Office announced the citizen reception "
     "schedule."),
    ("Chính phủ Việt Nam cam kết giảm phát thải.",
     "The Government of Vietnam committed to cutting emissions."),
    # VNA's own English writes it: not an addition to remove
    ("Tổng Bí thư Tô Lâm tiếp Đại sứ Nhật Bản.",
     "Party General Secretary To Lam received the Japanese Ambassador."),
    # another country's body keeps its own name
    ("Bộ Quốc phòng Trung Quốc tổ chức họp báo.",
     "China's Defence Ministry held a press conference."),
    ("Bộ Ngoại giao Nhật Bản ra thông cáo.", "The Japanese Foreign Ministry issued a statement."),
])
def test_round11_right_sentences_stay(vi, en):
    assert _fix(vi, en) == en


def test_a_place_that_begins_like_a_country_is_ours():
    """`Thai Nguyen`, `Lao Cai`: a country's word followed by a capitalised one is a place of
    ours; `Thai` is not `Thailand's` there."""
    assert _fix("Bí thư Tỉnh ủy Thái Nguyên tiếp các nhà đầu tư.",
                "Thai Nguyen provincial Party chief received investors.") \
        == "Secretary of the provincial Party Committee of Thai Nguyen received investors."
    assert _fix("Bộ Quốc phòng tổ chức diễn tập.", "The Defence Ministry held a drill.") \
        == "The Ministry of National Defence held a drill."


def test_an_office_after_a_body_is_not_the_rest_of_its_name():
    """`State Bank Governor`: the term replaces `State Bank`, `Governor` stays (it was taken
    into the name and lost)."""
    got = _fix("Thống đốc Ngân hàng Nhà nước Nguyễn Thị Hồng phát biểu tại hội nghị.",
               "State Bank Governor Nguyen Thi Hong spoke at the conference.")
    assert "Governor Nguyen Thi Hong" in got


def test_leftover_span_and_its_limits():
    term = RequiredTerm("state.government", "Chính phủ", ("Government",))
    text = "The Government of Vietnam met."
    assert leftover(text, (4, 14), term, "Chính phủ họp.") == (14, 25)
    assert leftover(text, (4, 14), term, "Chính phủ Việt Nam họp.") is None
    assert leftover(text, (4, 14), term, "Chính phủ họp.", taken=[(18, 25)]) is None
    assert leftover("The Government met.", (4, 14), term, "Chính phủ họp.") is None


def test_names_abroad_and_whole_term_variants():
    assert names_abroad("China") and names_abroad("Cambodian") and names_abroad("US")
    assert not names_abroad("Vietnam") and not names_abroad("china") \
        and not names_abroad("Hanoi")
    # whole-term variants never reach the longer terms that have the term inside
    assert "provincial Party leadership" in english_variants("provincial Party Committee")
    assert not any("leadership" in v for v in english_variants(
        "Inspection Commission of the provincial Party Committee"))
    assert "CPVCC member" in english_variants("member of the Party Central Committee")
    assert not any("CPVCC" in v for v in english_variants(
        "Party Central Committee's Secretariat"))
