"""English `check --fix`, round twenty-seven (issue 12bi): a document kind another term's
place already says (`the Labour {Code}` ... `the Code allows`) is that term said again, not
the rendering of a second document word of the source (`quy định` in `có quy định khác`);
`head`/`chief` of one office and `reform process` for Doi Moi (each from two or more independent
authors) and their limits; `full` before a member's title the source gives without `chính thức`.
Own sentences, none from a bench set; the mechanism with what it must not do."""

from __future__ import annotations

from translate.draft.align import text_words
from translate.draft.enother import other_kind
from translate.review.fix import fix_text
from translate.terms.files import SHIPPED_DIR, load_glossary
from translate.terms.matcher import TermMatcher

GLOSSARY = load_glossary(SHIPPED_DIR / "vi-en.tsv")
MATCHER = TermMatcher(GLOSSARY)


def _fix(vi: str, en: str) -> str:
    return fix_text(vi, en, "en", GLOSSARY, MATCHER)[0]


def _never_starts(text: str, at: int) -> bool:
    return False


def test_a_kind_said_again_after_another_terms_place_is_left():
    en = "Under the Labour Code, overtime is capped unless the Code allows more."
    assert _fix("Theo Bộ luật Lao động, giờ làm thêm bị giới hạn, trừ khi Bộ luật có quy định "
                "khác.", en) == en


def test_other_kind_skips_a_kind_inside_a_taken_span():
    text = "Under the Labour Code, overtime is capped unless the Code allows more."
    taken = [(text.index("Labour"), text.index(","))]
    assert other_kind(text, text_words(text), "Regulation", taken, _never_starts) is None


def test_other_kind_still_takes_a_kind_no_taken_span_says():
    # limit: with nothing taken saying `Code`, the one other kind is still this term's place
    text = "Overtime is capped unless the Code allows more."
    got = other_kind(text, text_words(text), "Regulation", [], _never_starts)
    assert got is not None and text[got[0]:got[1]].endswith("Code") and got[2] == "Regulation"
    # limit: a taken span saying another kind (`Decree`) does not hide `Code`
    text = "Under the Decree, overtime is capped unless the Code allows more."
    taken = [(text.index("Decree"), text.index(","))]
    got = other_kind(text, text_words(text), "Regulation", taken, _never_starts)
    assert got is not None and got[2] == "Regulation"


# `head`/`chief` of one office (terms.english): four independent sets wrote one for the other


def test_a_chief_for_the_head_of_a_commission_is_replaced():
    assert _fix("Trưởng ban Dân vận Tỉnh ủy Gia Lai thăm các già làng.",
                "The chief of the commission for mass mobilisation of the Gia Lai provincial "
                "Party Committee visited village elders.").startswith("The head of the commission")


def test_a_head_for_the_chief_of_office_is_replaced():
    got = _fix("Chánh Văn phòng Tỉnh ủy Hà Giang chủ trì buổi họp báo.",
               "The Head of Office of the Ha Giang provincial Party Committee chaired the press "
               "conference.")
    assert got.startswith("The Chief of Office")


def test_a_right_chief_of_office_and_a_foreign_head_stay():
    en = "The Chief of Office of the Ha Giang provincial Party Committee chaired the briefing."
    assert _fix("Chánh Văn phòng Tỉnh ủy Hà Giang chủ trì buổi họp báo.", en) == en
    en = "The head of the Japanese delegation thanked the province."
    assert _fix("Trưởng đoàn Nhật Bản cảm ơn tỉnh.", en) == en


# `reform process` for `công cuộc đổi mới` (unseen21, unseen26)


def test_a_reform_process_for_doi_moi_is_replaced():
    got = _fix("Sau gần 40 năm công cuộc đổi mới, thu nhập của nông dân tăng nhiều lần.",
               "After nearly 40 years of the reform process, farmers' incomes rose many times.")
    assert "Doi Moi (renewal) process" in got and "reform process" not in got


def test_a_reform_process_the_source_does_not_call_doi_moi_stays():
    # limit: a reform process of another thing (`cải cách hành chính`) is no Doi Moi
    en = "The province sped up the reform process for land procedures."
    assert _fix("Tỉnh đẩy nhanh quá trình cải cách thủ tục đất đai.", en) == en


# `full` before a member's title the source gives without `chính thức` (review.enleftover)


def test_a_full_member_the_source_does_not_call_full_loses_the_word():
    got = _fix("Ông Trần Văn Hòa, Tỉnh ủy viên, Giám đốc Sở Tài chính, trả lời chất vấn.",
               "Mr Tran Van Hoa, a full member of the provincial Party Committee and Director of "
               "the Department of Finance, answered questions.")
    assert "a member of the provincial Party Committee" in got and "full" not in got


def test_a_full_member_the_source_calls_full_keeps_it():
    en = ("Mr Tran Van Hoa, a full member of the provincial Party Committee, answered "
          "questions.")
    assert "full member" in _fix("Ông Trần Văn Hòa, Tỉnh ủy viên chính thức, trả lời chất vấn.",
                                 en)


def test_full_before_another_term_stays():
    # limit: `full` leaves only a member's title, not any term (`full Party building`)
    en = "The province achieved full economic growth targets this year."
    assert _fix("Tỉnh đạt đầy đủ các chỉ tiêu tăng trưởng kinh tế năm nay.", en) == en
