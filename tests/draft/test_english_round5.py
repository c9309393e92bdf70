"""English `check --fix`, round five (issue 12q): a name's word in the other spelling
(`Labor` for `Labour`), a capitalised function word inside a place's name (`Long {An}`), a
one-word term's adjective before a phrase (`the {provincial} … management board`), a
Vietnamese place inside a rendering (`the {Binh Phuoc} provincial …`) and an acronym of the
words a rendering lacks inside it (`Chairman of the {PPC}`, `Deputy {PMs}`). Own sentences,
none from a bench set."""

from __future__ import annotations

import pytest

from translate.draft.ennames import place_inside, several
from translate.draft.enslot import _adjective_near
from translate.review.fix import fix_text
from translate.terms.english import STRONG, _british, english_level
from translate.terms.files import SHIPPED_DIR, load_glossary
from translate.terms.matcher import TermMatcher

GLOSSARY = load_glossary(SHIPPED_DIR / "vi-en.tsv")
MATCHER = TermMatcher(GLOSSARY)


def _fix(vi: str, en: str) -> str:
    return fix_text(vi, en, "en", GLOSSARY, MATCHER)[0]


@pytest.mark.parametrize("vi,en,expected", [
    # a name's word in the American spelling: the whole name, not its beginning
    ("Tổng Liên đoàn Lao động Việt Nam kiến nghị tăng lương tối thiểu.",
     "The Vietnam General Confederation of Labor proposed a minimum wage rise.",
     "The Vietnam General Confederation of Labour proposed a minimum wage rise."),
    # a Vietnamese place inside the rendering stays where it was
    ("Phó Chủ tịch Thường trực UBND tỉnh Tây Ninh tiếp nhà đầu tư.",
     "Standing Vice Chairman of the Tay Ninh provincial People's Committee received investors.",
     "Permanent Vice Chairman of the Tay Ninh provincial People's Committee received"
     " investors."),
    # ... and is said once where the text says it after the rendering too
    ("Ông Lê Văn Bình được bầu làm Ủy viên Ban Thường vụ Tỉnh ủy Quảng Bình.",
     "Le Van Binh was elected a member of the Quang Binh provincial Party Standing Committee"
     " of Quang Binh.",
     "Le Van Binh was elected a member of the Standing Board of the provincial Party Committee"
     " of Quang Binh."),
    # an acronym of the words the rendering lacks, inside it
    ("Chủ tịch UBND tỉnh đã ký quyết định thành lập đoàn kiểm tra.",
     "The Chairman of the PPC signed a decision setting up an inspection team.",
     "The Chairman of the provincial People's Committee signed a decision setting up an"
     " inspection team."),
    # ... in the plural
    ("Các Phó Thủ tướng dự phiên họp trực tuyến.",
     "The Deputy PMs attended the online meeting.",
     "The Deputy Prime Ministers attended the online meeting."),
    # a plenum called a meeting (word-list data: `_PHRASES`)
    ("Hội nghị Trung ương 9 thảo luận về kinh tế - xã hội.",
     "The 9th Central Committee meeting discussed socio-economic matters.",
     "The 9th plenum of the Party Central Committee discussed socio-economic matters."),
])
def test_round_five_fixes(vi, en, expected):
    assert _fix(vi, en) == expected


@pytest.mark.parametrize("vi,en", [
    # a place's name with a capitalised function word inside the term: already right
    ("Bí thư Tỉnh ủy Long An thăm các hộ nuôi tôm.",
     "Secretary of the Long An provincial Party Committee visited shrimp farmers."),
    # a one-word term said by its adjective before a lower-case body
    ("Ban quản lý các khu công nghiệp tỉnh cấp phép cho 3 dự án.",
     "The provincial industrial parks management board licensed 3 projects."),
    # American spelling of a lower-case common word is no wrong term
    ("Bộ Y tế triển khai chương trình tiêm chủng mở rộng.",
     "The Ministry of Health carried out the expanded immunization program."),
    # a place inside a right rendering
    ("Chủ tịch UBND tỉnh Đắk Lắk kiểm tra vùng hạn.",
     "Chairman of the Dak Lak provincial People's Committee inspected the drought area."),
])
def test_round_five_right_sentences_left(vi, en):
    assert _fix(vi, en) == en


def test_british_spelling_is_one_word_only_for_names():
    assert english_level("Labor", "Labour") == STRONG
    assert english_level("Defense", "defence") == STRONG
    assert english_level("program", "Programme") < STRONG  # a common word: stem only
    assert _british("organize") == _british("organise")
    assert _british("center") == "centre" and _british("for") == "for"


def test_place_inside_finds_a_vietnamese_place_before_a_unit_adjective():
    text = "Vice Chairman of the Binh Phuoc provincial People's Committee spoke."
    a, b, unit = place_inside(text, [])
    assert text[a:b] == "Binh Phuoc " and unit == "provincial"
    assert place_inside(text, [(a, b)]) is None  # another term's words
    assert place_inside("Chairman of the Standing provincial Committee", []) is None


def test_adjective_near_counts_only_a_one_word_term():
    text = "the provincial industrial parks management board"
    span = (text.index("management"), len(text))
    assert _adjective_near(text, span, "province")
    assert not _adjective_near(text, span, "provincial People's Committee")
    assert not _adjective_near("More than 90,000 companies entered", (17, 26), "enterprise")


def test_several_bodies_make_the_body_plural():
    text = "Secretaries of Ha Tinh, Nghe An and Quang Tri"
    assert several(text, len("Secretaries"), "Secretaries of the provincial Party Committee") \
        == "Secretaries of the provincial Party Committees"
