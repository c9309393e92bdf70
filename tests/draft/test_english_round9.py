"""English `check --fix`, round nine (issue 12x): the word a translator put where the term's
first word goes is not left before the placed term: an adjective (`{national} Statistics
Office` for `General Statistics Office`), the first word spelt in two (`{Viet Nam} Fatherland
Front`), `overseas` for `foreign`; `ideology` for `Thought` (`Ho Chi Minh's ideology`). Own
sentences, none from a bench set."""

from __future__ import annotations

import pytest

from translate.review.fix import fix_text
from translate.terms.files import SHIPPED_DIR, load_glossary
from translate.terms.matcher import TermMatcher

GLOSSARY = load_glossary(SHIPPED_DIR / "vi-en.tsv")
MATCHER = TermMatcher(GLOSSARY)


def _fix(vi: str, en: str) -> str:
    return fix_text(vi, en, "en", GLOSSARY, MATCHER)[0]


@pytest.mark.parametrize("vi,en,expected", [
    # an adjective where the term's first word goes
    ("Tổng cục Thống kê công bố chỉ số sản xuất công nghiệp tháng 5.",
     "The national Statistics Office published the May industrial production index.",
     "The General Statistics Office published the May industrial production index."),
    # the term's first word spelt in two
    ("Mặt trận Tổ quốc Việt Nam phát động tuần lễ hiến máu.",
     "The Viet Nam Fatherland Front launched a blood donation week.",
     "The Vietnam Fatherland Front launched a blood donation week."),
    # `overseas` for `foreign`, at the sentence start
    ("Đầu tư trực tiếp nước ngoài vào ngành chế biến tăng 12%.",
     "Overseas direct investment in processing grew 12 percent.",
     "Foreign direct investment in processing grew 12 percent."),
    # limits: an adjective before a rendering that may hold the term's first word stays
    # (`co-ops` is the whole term), and so does a level (`provincial`) before an acronym
    ("Tỉnh hiện có 300 hợp tác xã nông nghiệp.",
     "The province now has 300 agricultural co-ops.",
     "The province now has 300 agricultural cooperatives."),
    ("Đoàn đại biểu Quốc hội tỉnh tiếp xúc cử tri.",
     "The provincial NA deputies' delegation met voters.",
     "The provincial National Assembly deputies' delegation met voters."),
    # `ideology` for `Thought`, after a possessive
    ("Hội nghị quán triệt tư tưởng Hồ Chí Minh về xây dựng Đảng.",
     "The conference studied Ho Chi Minh's ideology on Party building.",
     "The conference studied Ho Chi Minh Thought on Party building."),
])
def test_round_nine_fixes(vi, en, expected):
    assert _fix(vi, en) == expected


@pytest.mark.parametrize("vi,en", [
    # the term present after an adjective of the sentence's own: kept
    ("Tổng cục Thống kê đưa ra số liệu mới.",
     "The General Statistics Office released new figures."),
    ("Dòng vốn đầu tư trực tiếp nước ngoài tăng mạnh.",
     "Strong foreign direct investment flows rose sharply."),
    # a country's adjective before a present term: not a leftover
    ("Mặt trận Tổ quốc Việt Nam tiếp đoàn đại biểu Lào.",
     "The Vietnam Fatherland Front received a Lao delegation."),
    # the acronym alone is the whole term (round eight) and stays handled as before
    ("Theo UBND tỉnh Cà Mau, triều cường gây ngập 300 ha.",
     "According to the Ca Mau provincial People's Committee, high tides flooded 300 ha."),
])
def test_round_nine_leaves_right_sentences(vi, en):
    assert _fix(vi, en) == en


@pytest.mark.parametrize("vi,en,expected", [
    # `anti-corruption efforts` for the term
    ("Tỉnh đẩy mạnh công tác phòng, chống tham nhũng trong đầu tư công.",
     "The province stepped up anti-corruption efforts in public investment.",
     "The province stepped up corruption prevention and control in public investment."),
    ("Ban Chỉ đạo đánh giá cao công tác phòng, chống tham nhũng năm qua.",
     "The steering committee praised last year's anti-graft efforts.",
     "The steering committee praised last year's corruption prevention and control."),
])
def test_anti_corruption_is_the_term(vi, en, expected):
    assert _fix(vi, en) == expected


def test_fighting_corruption_is_left():
    # the verb renders `chống`: `corruption` alone is no shortened rendering of the term
    # (`waste` the noun is wastefulness's rendering since 12bf: four independent sets)
    vi = "Tỉnh kiên quyết đấu tranh phòng, chống tham nhũng, lãng phí."
    en = "The province resolutely fights corruption and waste."
    assert _fix(vi, en) == "The province resolutely fights corruption and wastefulness."


@pytest.mark.parametrize("vi,en,expected", [
    # `labour union` for `trade union`: no `labour` left before the term
    ("Công đoàn cơ sở tổ chức hội nghị người lao động.",
     "The grassroots labour union held a workers' conference.",
     "The grassroots trade union held a workers' conference."),
    # `staff work` for `personnel work`
    ("Hội nghị cho ý kiến về công tác cán bộ.",
     "The conference commented on staff work.",
     "The conference commented on personnel work."),
    # `substitute` for `alternate`
    ("Ông Lê Văn Tâm, Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng, phát biểu.",
     "Le Van Tam, a substitute member of the Party Central Committee, spoke.",
     "Le Van Tam, an alternate member of the Party Central Committee, spoke."),
])
def test_general_equivalents(vi, en, expected):
    assert _fix(vi, en) == expected


@pytest.mark.parametrize("vi,en,expected", [
    # the literal `Central Conference` for a plenum
    ("Hội nghị Trung ương 10 khóa XIII thảo luận về chiến lược phát triển.",
     "The 10th Central Conference of the 13th tenure discussed the development strategy.",
     "The 10th plenum of the Party Central Committee of the 13th tenure discussed the "
     "development strategy."),
    # the acronym `PB`
    ("Bộ Chính trị cho ý kiến về đề án sắp xếp đơn vị hành chính.",
     "The PB commented on the administrative unit arrangement scheme.",
     "The Politburo commented on the administrative unit arrangement scheme."),
    # `graft` for `corruption`
    ("Vụ án tham nhũng tại công ty được đưa ra xét xử.",
     "The graft case at the company was brought to trial.",
     "The corruption case at the company was brought to trial."),
])
def test_calques_and_acronyms(vi, en, expected):
    assert _fix(vi, en) == expected


@pytest.mark.parametrize("vi,en", [
    # `PB` where the source has no Politburo: nothing to place
    ("Ổ cứng dung lượng 2 PB được lắp đặt.", "A 2 PB disk array was installed."),
    # the term already there beside `graft`: left
    ("Tỉnh xử lý nghiêm tham nhũng.", "The province dealt strictly with corruption and graft."),
])
def test_calques_leave_right_sentences(vi, en):
    assert _fix(vi, en) == en


@pytest.mark.parametrize("vi,en,expected", [
    # another document type before the source's code: the code names the type
    ("Nghị quyết số 15-NQ/TU của Tỉnh ủy về phát triển du lịch được ban hành.",
     "The provincial Party Committee's Decree No. 15-NQ/TU on tourism development was issued.",
     "The provincial Party Committee's Resolution No. 15-NQ/TU on tourism development was "
     "issued."),
    # the code written without its Đ, at the sentence start
    ("Nghị định 100/2019/NĐ-CP quy định xử phạt vi phạm giao thông.",
     "Resolution 100/2019/ND-CP sets penalties for traffic violations.",
     "Decree 100/2019/ND-CP sets penalties for traffic violations."),
])
def test_document_type_before_its_code(vi, en, expected):
    assert _fix(vi, en) == expected


@pytest.mark.parametrize("vi,en", [
    # the right type before the code, and a name before a code: left
    ("Nghị quyết số 15-NQ/TU của Tỉnh ủy được ban hành.",
     "Resolution No. 15-NQ/TU of the provincial Party Committee was issued."),
    ("Công ty thực hiện Quyết định số 20/QĐ-UBND.",
     "The company implemented Decision No. 20/QD-UBND."),
])
def test_document_type_right_is_left(vi, en):
    assert _fix(vi, en) == en
