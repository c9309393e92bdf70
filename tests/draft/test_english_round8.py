"""English `check --fix`, round eight (issue 12v): an acronym of the whole term is its rendering
(`The {CPV}`, `the Quang Tri {PPC}`; not another country's: `British {PM} May`), a title's
added word named by the glossary's forbidden column (`{Government} Prime Minister`, `{State}
Vice President`), and `Speaker` for the National Assembly's Chairman (not a foreign house's
Speaker); a place's kind (`province`) is not put into a slot of other words beside the name
(`helped {Ha Giang}`, `held a {working session}`); a name's head is the word before its `of`
(`Board of Secretaries` is one body). Own sentences, none from a bench set."""

from __future__ import annotations

import pytest

from translate.draft.place import find_placement
from translate.review.fix import fix_text
from translate.terms.files import SHIPPED_DIR, load_glossary
from translate.terms.matcher import TermMatcher

GLOSSARY = load_glossary(SHIPPED_DIR / "vi-en.tsv")
MATCHER = TermMatcher(GLOSSARY)


def _fix(vi: str, en: str) -> str:
    return fix_text(vi, en, "en", GLOSSARY, MATCHER)[0]


@pytest.mark.parametrize("vi,en,expected", [
    # the whole term's initials, `of` skipped
    ("Đảng Cộng sản Việt Nam lãnh đạo công cuộc chuyển đổi số quốc gia.",
     "The CPV leads the national digital transformation.",
     "The Communist Party of Vietnam leads the national digital transformation."),
    # a lower-case term's initials, with the place before it
    ("Theo UBND tỉnh Quảng Trị, mưa lớn làm sạt lở 20 tuyến đường.",
     "According to the Quang Tri PPC, heavy rain caused landslides on 20 roads.",
     "According to the Quang Tri provincial People's Committee, heavy rain caused landslides "
     "on 20 roads."),
    # an added word the forbidden column names
    ("Thủ tướng Phạm Minh Chính dự hội nghị xúc tiến đầu tư.",
     "Government Prime Minister Pham Minh Chinh attended the investment promotion conference.",
     "Prime Minister Pham Minh Chinh attended the investment promotion conference."),
    ("Phó Chủ tịch nước tiếp đoàn cựu chiến binh tỉnh Bến Tre.",
     "State Vice President received a delegation of Ben Tre veterans.",
     "Vice President received a delegation of Ben Tre veterans."),
    # `Speaker` for the National Assembly's Chairman, either order
    ("Chủ tịch Quốc hội khai mạc kỳ họp bất thường.",
     "The Speaker of the National Assembly opened the extraordinary session.",
     "The Chairman of the National Assembly opened the extraordinary session."),
    ("Chủ tịch Quốc hội Trần Thanh Mẫn tiếp Chủ tịch Quốc hội Lào.",
     "National Assembly Speaker Tran Thanh Man received the President of the Lao National "
     "Assembly.",
     "Chairman of the National Assembly Tran Thanh Man received the President of the Lao "
     "National Assembly."),
])
def test_round_eight_fixes(vi, en, expected):
    assert _fix(vi, en) == expected


@pytest.mark.parametrize("vi,en", [
    # another country's Prime Minister: not ours to rewrite
    ("Thủ tướng Anh May bác bỏ chỉ trích.", "British PM May rejected the criticism."),
    # a foreign house's Speaker stays
    ("Chủ tịch Quốc hội Trần Thanh Mẫn hội đàm với Chủ tịch Hạ viện Séc.",
     "Chairman of the National Assembly Tran Thanh Man held talks with the Speaker of the "
     "Czech Chamber of Deputies."),
    # the terms as written
    ("Thủ tướng Chính phủ chủ trì phiên họp.", "The Prime Minister chaired the meeting."),
    ("Đảng Cộng sản Việt Nam ra đời năm 1930.",
     "The Communist Party of Vietnam was founded in 1930."),
    # `the Government and Prime Minister`: the forbidden words are not one phrase here
    ("Chính phủ, Thủ tướng chỉ đạo quyết liệt.",
     "The Government and the Prime Minister gave resolute instructions."),
])
def test_round_eight_leaves_right_sentences(vi, en):
    assert _fix(vi, en) == en


def test_an_acronym_is_the_whole_terms_initials_only():
    text = "The CPV and the PPC met."
    assert find_placement(text, ["Communist Party of Vietnam"], "en") is not None
    # `CP` is not the initials of the whole term
    assert find_placement("The CP met.", ["Communist Party of Vietnam"], "en") is None
    # an acronym after another country's adjective is that country's
    assert find_placement("Cambodian PPC officials met.", ["provincial People's Committee"],
                          "en") is None


@pytest.mark.parametrize("vi,en", [
    # English leaves `province` out beside the name: neither the verb nor the name is its slot
    ("Bộ Y tế hỗ trợ tỉnh Hà Giang phòng chống dịch sởi.",
     "The Ministry of Health helped Ha Giang fight the measles outbreak."),
    ("Thứ trưởng Bộ Tài chính làm việc với Sở Tài chính tỉnh Lạng Sơn.",
     "The Deputy Minister of Finance held a working session with the Lang Son Department of "
     "Finance."),
])
def test_a_places_kind_is_not_put_into_other_words(vi, en):
    assert _fix(vi, en) == en


def test_a_places_kind_left_in_before_the_name_is_still_fixed():
    assert _fix("Phường Tân Định hoàn thành số hóa hồ sơ.",
                "Phuong Tan Dinh has finished digitising its records.") \
        == "Tan Dinh ward has finished digitising its records."


def test_a_names_head_is_before_its_of():
    # `Board of Secretaries` is one body: the term stays singular
    assert _fix("Ban Bí thư chỉ đạo tổng kết công tác dân vận.",
                "The Board of Secretaries directed a review of mass mobilisation work.") \
        == "The Party Central Committee's Secretariat directed a review of mass mobilisation work."
