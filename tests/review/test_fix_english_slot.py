"""`check --fix` on English: the source-anchored slot (issue 12l). Where no word of the
translation renders the term's, the words between the anchors the source and the translation
share (a name, a number, the sentence's start) are the rendering; nothing changes where those
words are a clause, the term's own words, another country's or a numbered name."""

from __future__ import annotations

import pytest

from translate.draft.enslot import english_slot
from translate.review.fix import fix_text
from translate.terms.files import SHIPPED_DIR, load_glossary
from translate.terms.matcher import TermMatcher

GLOSSARY = load_glossary(SHIPPED_DIR / "vi-en.tsv")
MATCHER = TermMatcher(GLOSSARY)


@pytest.mark.parametrize("vi,en,expected", [
    ("Thủ tướng Phạm Minh Chính yêu cầu đẩy nhanh tiến độ.",
     "Cabinet chief Pham Minh Chinh asked for faster progress.",
     "Prime Minister Pham Minh Chinh asked for faster progress."),
    ("Chủ tịch UBND tỉnh Hoàng Văn Nam ký quyết định.",
     "Provincial Governor Hoang Van Nam signed the decision.",
     "Chairman of the provincial People's Committee Hoang Van Nam signed the decision."),
    # the whole term with one more word, the window found torn from it
    ("Phó Chủ tịch nước Nguyễn Thị Bình tiếp đoàn.",
     "Vice State President Nguyen Thi Binh received the delegation.",
     "Vice President Nguyen Thi Binh received the delegation."),
    # the place word after the name, another unit's noun
    ("Huyện Mê Linh có 18 xã.", "Me Linh county has 18 communes.",
     "Me Linh district has 18 communes."),
    # part of the Vietnamese left in, the rest in English around it
    ("UBND tỉnh Cao Bằng đã ban hành kế hoạch.",
     "The Cao Bang provincial UBND has issued a plan.",
     "The Cao Bang provincial People's Committee has issued a plan."),
    ("Sở Kế hoạch và Đầu tư Hải Dương cấp phép cho 20 dự án.",
     "The Hai Duong Sở KH&ĐT licensed 20 projects.",
     "The Hai Duong Department of Planning and Investment licensed 20 projects."),
    # the Vietnamese term left in without its marks
    ("Thành ủy Vinh họp bàn về quy hoạch.", "The Vinh Thanh uy discussed the master plan.",
     "The Vinh municipal Party Committee discussed the master plan."),
    # a unit's word left before the name: the English noun goes after it
    ("Phường Trúc Bạch đã hoàn thành chỉnh trang hè phố.",
     "Phuong Truc Bach has finished upgrading its pavements.",
     "Truc Bach ward has finished upgrading its pavements."),
    ("Thị xã Sơn Tây thu hút 5 dự án mới.", "Thi xa Son Tay attracted 5 new projects.",
     "Son Tay town attracted 5 new projects."),
    # a plural title of several named bodies: the body is plural too
    ("Chủ tịch UBND tỉnh Sơn La, Điện Biên và Lai Châu đã họp.",
     "The provincial chairmen of Son La, Dien Bien and Lai Chau met.",
     "The Chairmen of the provincial People's Committees of Son La, Dien Bien and Lai Chau "
     "met."),
])
def test_the_slot_between_shared_anchors_is_replaced(vi, en, expected):
    assert fix_text(vi, en, "en", GLOSSARY, MATCHER)[0] == expected


@pytest.mark.parametrize("vi,en", [
    ("Thủ tướng May bác bỏ chỉ trích.", "British PM May rejected the criticism."),
    ("Bộ trưởng Bộ Y tế Đào Hồng Lan chủ trì hội nghị.",
     "Minister of Health Dao Hong Lan chaired the conference."),
    ("Thủ tướng Phạm Minh Chính phát biểu.", "Pham Minh Chinh said so."),
    # a numbered name is the place's own name
    ("Cầu mới nối quận 4 với quận 7.", "The new bridge links District 4 with District 7."),
    ("Ông Hùng, Chủ tịch UBND thành phố Huế, phát biểu.",
     "Mr Hung, Chairman of the Hue People's Committee, spoke."),
])
def test_no_slot_where_the_words_are_not_other_words_for_the_term(vi, en):
    assert fix_text(vi, en, "en", GLOSSARY, MATCHER)[0] == en


def test_english_slot_takes_one_phrase_only():
    text = "The agency deputy chief Le Van A said the Agency 5 rules signed."
    at = text.index(" Le")
    assert english_slot(text, (0, at), ["Office Director"]) == (4, at)  # `agency deputy chief`
    assert english_slot(text, (0, at), ["Director"]) is None  # more than one word over the term
    said = text.index("said")
    assert english_slot(text, (said, said + 4), ["Office Director"]) is None  # a verb's form
    agency = text.index("Agency")
    assert english_slot(text, (agency, agency + 6), ["Office Director"]) is None  # `Agency 5`
    assert english_slot(text, None, ["Office Director"]) is None


def test_abbreviations_of_the_term_are_written_out():
    cases = [("Theo Bộ Kế hoạch và Đầu tư, vốn FDI tăng 5%.",
              "According to the MPI, FDI rose by 5%.",
              "According to the Ministry of Planning and Investment, FDI rose by 5%."),
             ("Các Phó Thủ tướng dự họp.", "Deputy PMs attended the meeting.",
              "Deputy Prime Ministers attended the meeting.")]
    for vi, en, expected in cases:
        assert fix_text(vi, en, "en", GLOSSARY, MATCHER)[0] == expected
