"""English `check --fix`, round seventeen (issue 12ao): another document kind said for the
term's (`a {Decree}` where the source has a `Quyết định`) is its rendering, unless another
term of the source takes it, it is part of the term or the term of it, it begins a longer
name, or the text says two such kinds; other words several writers use (`Announcement` for a
Notice, `Act` for a Law, `National` for `State`, `diplomatic mission`, `squandering`); a word
of a window read as another term word renders the head the window lacks (`provincial Party
Inspection {Committee}`). Own sentences, none from a bench set."""

from __future__ import annotations

import pytest

from translate.draft.align import text_words
from translate.draft.enother import other_kind
from translate.review.fix import fix_text
from translate.terms.english import DOCUMENT_KINDS
from translate.terms.files import SHIPPED_DIR, load_glossary
from translate.terms.matcher import TermMatcher

GLOSSARY = load_glossary(SHIPPED_DIR / "vi-en.tsv")
MATCHER = TermMatcher(GLOSSARY)


def _fix(vi: str, en: str) -> str:
    return fix_text(vi, en, "en", GLOSSARY, MATCHER)[0]


def _start(text: str, at: int) -> bool:
    return at == 0


@pytest.mark.parametrize("vi,en,expected", [
    ("Bộ trưởng Bộ Tài chính ký Quyết định phê duyệt phương án tăng vốn cho ngân hàng.",
     "The Minister of Finance signed a Decree approving the plan to raise the bank's capital.",
     "The Minister of Finance signed a Decision approving the plan to raise the bank's "
     "capital."),
    ("UBND tỉnh Nghệ An ban hành Kế hoạch trồng 5.000 ha rừng trong năm 2026.",
     "The Nghe An provincial People's Committee issued a Scheme to plant 5,000 ha of forest "
     "in 2026.",
     "The Nghe An provincial People's Committee issued a Plan to plant 5,000 ha of forest "
     "in 2026."),
    # `an` before the term's vowel, and two-word kinds that share a word
    ("Bộ Xây dựng gửi Công văn đề nghị các tỉnh rà soát giá vật liệu.",
     "The Ministry of Construction sent an Official Dispatch asking provinces to review "
     "material prices.",
     "The Ministry of Construction sent an Official Letter asking provinces to review "
     "material prices."),
    ("Chính phủ trình Quốc hội Tờ trình về dự án đường sắt tốc độ cao.",
     "The Government presented the National Assembly with a Report on the high-speed railway "
     "project.",
     "The Government presented the National Assembly with a Submission on the high-speed "
     "railway project."),
])
def test_another_document_kind_is_the_terms_rendering(vi, en, expected):
    assert _fix(vi, en) == expected


@pytest.mark.parametrize("vi,en", [
    # the source names the other kind too: it is that term's rendering
    ("Bộ trưởng ký Quyết định hướng dẫn Nghị định 15 về đất đai.",
     "The minister signed a Decision guiding Decree 15 on land."),
    # two kinds the source names neither of: which one is the term's is unclear
    ("Thủ tướng ký Quyết định về giá điện.",
     "The Prime Minister signed the Plan and the Report on electricity prices."),
])
def test_a_kind_the_source_names_or_an_unclear_one_stays(vi, en):
    assert _fix(vi, en) == en


def test_other_kind_limits():
    text = "The ministry cited the Plan and the Report in its Proposal."
    words = text_words(text)
    assert other_kind(text, words, "Decision", (), _start) is None  # three kinds: unclear
    text = "The Circular was issued with the Plan Investment Fund."
    words = text_words(text)
    # `Circular` is part of `Joint Circular`; `Plan` begins a longer name
    assert other_kind(text, words, "Joint Circular", (), _start) is None
    text = "The minister signed a Decree on fees."
    words = text_words(text)
    at = text.index("Decree")
    assert other_kind(text, words, "Decision", [(at, at + 6)], _start) is None  # taken
    assert other_kind(text, words, "Decision", (), _start) == (
        at, at + 6, "Decision", "rendering")
    assert other_kind(text, words, "economic growth", (), _start) is None  # not a kind
    assert "Decision" in DOCUMENT_KINDS and "Official Letter" in DOCUMENT_KINDS


def test_a_plural_kind_gives_the_plural_term():
    text = "The council adopted new Regulations for its staff."
    words = text_words(text)
    at = text.index("Regulations")
    assert other_kind(text, words, "Rules", (), _start) == (
        at, at + len("Regulations"), "Rules", "rendering")
    at = text.index("Regulations")
    assert other_kind(text, words, "Decision", (), _start) == (
        at, at + len("Regulations"), "Decisions", "rendering")


@pytest.mark.parametrize("vi,en,expected", [
    ("Văn phòng Chính phủ ra Thông báo về lịch nghỉ lễ Quốc khánh.",
     "The Government Office released an Announcement on the National Day holiday schedule.",
     "The Government Office released a Notice on the National Day holiday schedule."),
    ("Luật Thủ đô sửa đổi có hiệu lực từ đầu năm 2025.",
     "The amended Capital Act took effect at the start of 2025.",
     "The amended Capital Law took effect at the start of 2025."),
    ("Đại sứ quán Việt Nam tại Lào tổ chức gặp mặt cộng đồng người Việt.",
     "The Vietnamese diplomatic mission in Laos held a meeting with the Vietnamese community.",
     "The Vietnamese Embassy in Laos held a meeting with the Vietnamese community."),
    ("Bộ trưởng yêu cầu chấm dứt lãng phí trong mua sắm công.",
     "The minister demanded an end to squandering in public procurement.",
     "The minister demanded an end to wastefulness in public procurement."),
    ("Kiểm toán Nhà nước công bố kết quả kiểm toán năm 2025.",
     "The National Audit Office announced its audit results for 2025.",
     "The State Audit Office announced its audit results for 2025."),
])
def test_other_words_several_writers_use(vi, en, expected):
    assert _fix(vi, en) == expected


@pytest.mark.parametrize("vi,en,expected", [
    # the head said by the word that was read as the term's `Committee`
    ("Ủy ban Kiểm tra Tỉnh ủy họp phiên thường kỳ tháng 12.",
     "The provincial Party Inspection Committee held its regular December meeting.",
     "The Inspection Commission of the provincial Party Committee held its regular December "
     "meeting."),
    ("Ban Tổ chức Tỉnh ủy trình phương án sắp xếp cán bộ.",
     "The provincial Party Organisation Committee submitted a plan to rearrange officials.",
     "The Organisation Commission of the provincial Party Committee submitted a plan to "
     "rearrange officials."),
    # after `the`, the place's name goes after the term (issue 12bu; 12am kept it before)
    ("Ủy ban Kiểm tra Tỉnh ủy Quảng Bình đề nghị cảnh cáo hai cán bộ.",
     "The Quang Binh provincial Party Inspection Committee proposed warnings for two officials.",
     "The Inspection Commission of the provincial Party Committee of Quang Binh proposed "
     "warnings for two officials."),
])
def test_a_word_read_as_another_term_word_is_the_head(vi, en, expected):
    assert _fix(vi, en) == expected


def test_a_window_that_lacks_more_than_the_head_stays():
    vi = "Ủy ban Kiểm tra Tỉnh ủy họp phiên thường kỳ tháng 12."
    en = "The provincial Committee held its regular December meeting."
    assert _fix(vi, en) == en
