"""English `check --fix`, round ten (issue 12aa): a document type before the source's bare
number (`Ordinance 45` for `Nghị định 45`), a Vietnamese acronym left in with `Đ` written `D`
(`HDND`), the term's first word said just before the rendering (`Official {Document}`), a
department's field before `Department` (`{Finance} Department head`), the rendering's own `of`
complement where the term's goes (`Ministry {of Law}`), `President of the` for a term's
`Chairman of the`, the body plural after several local heads (`Secretaries of the district
Party Committees`), general equivalents (`Commissioner`, `Marxist-Leninist theory`, `Parliament
Speaker`, `SAV`, `provincial Party executive members`), and `firm` left as a right word for a
business. Own sentences, none from a bench set."""

from __future__ import annotations

import pytest

from translate.draft.enforce import RequiredTerm
from translate.draft.enspan import echo_ends
from translate.draft.place import find_placement
from translate.review.docref import code_slot, numbered
from translate.review.fix import fix_text
from translate.terms.files import SHIPPED_DIR, load_glossary
from translate.terms.matcher import TermMatcher

GLOSSARY = load_glossary(SHIPPED_DIR / "vi-en.tsv")
MATCHER = TermMatcher(GLOSSARY)


def _fix(vi: str, en: str) -> str:
    return fix_text(vi, en, "en", GLOSSARY, MATCHER)[0]


@pytest.mark.parametrize("vi,en,expected", [
    # a document type before the number the source gives it bare
    ("Nghị định 45 quy định mức phạt mới với vi phạm giao thông.",
     "Ordinance 45 sets new fines for traffic violations.",
     "Decree 45 sets new fines for traffic violations."),
    # a Vietnamese acronym left in, `Đ` typed as `D`
    ("HĐND tỉnh Bình Phước thông qua dự toán ngân sách.",
     "The Binh Phuoc HDND approved the budget estimate.",
     "The Binh Phuoc provincial People's Council approved the budget estimate."),
    # the term's first word just before the rendering: said once
    ("Bộ Tài chính ban hành Công văn số 77/BTC-TCT.",
     "The Ministry of Finance issued Official Document No. 77/BTC-TCT.",
     "The Ministry of Finance issued Official Letter No. 77/BTC-TCT."),
    # a department's field before `Department`, capitalised or not
    ("Giám đốc Sở Tài chính ký kế hoạch.",
     "The Finance Department head signed the plan.",
     "The Director of the Department of Finance signed the plan."),
    ("Giám đốc Sở Tài chính ký kế hoạch.",
     "The finance department Director signed the plan.",
     "The Director of the Department of Finance signed the plan."),
    # the rendering's own `of` complement where the term's goes
    ("Bộ Tư pháp ban hành hướng dẫn mới.",
     "The Ministry of Law issued new guidance.",
     "The Ministry of Justice issued new guidance."),
    # `President of the` a People's Committee
    ("Phó Chủ tịch UBND tỉnh kiểm tra công trình.",
     "The Vice President of the provincial People's Committee inspected the works.",
     "The Vice Chairman of the provincial People's Committee inspected the works."),
    # general equivalents
    ("Ba Ủy viên Bộ Chính trị dự lễ khánh thành.",
     "Three Politburo Commissioners attended the inauguration.",
     "Three Politburo members attended the inauguration."),
    ("Cán bộ phải nắm vững chủ nghĩa Mác - Lênin.",
     "Officials must master Marxist-Leninist theory.",
     "Officials must master Marxism-Leninism."),
    ("Chủ tịch Quốc hội tiếp Thủ tướng Lào.",
     "Parliament Speaker Tran Van Son received the Lao Prime Minister.",
     "Chairman of the National Assembly Tran Van Son received the Lao Prime Minister."),
    ("Phó Thủ tướng Thường trực chủ trì cuộc họp về trung tâm tài chính.",
     "First Deputy Prime Minister Le Van Tam chaired a meeting on the financial centre.",
     "Permanent Deputy Prime Minister Le Van Tam chaired a meeting on the financial centre."),
    ("Chủ tịch Quốc hội phát biểu khai mạc kỳ họp.",
     "The speaker of the legislature opened the session.",
     "The Chairman of the National Assembly opened the session."),
    ("Kiểm toán Nhà nước công bố báo cáo kiểm toán năm.",
     "The SAV published its annual audit report.",
     "The State Audit Office published its annual audit report."),
    ("Hội nghị bầu bổ sung hai Tỉnh ủy viên.",
     "The conference elected two more provincial Party executive members.",
     "The conference elected two more members of the provincial Party Committee."),
    # several local bodies' one head: the body plural too; several vice chairmen of one body
    ("Các Bí thư Huyện ủy được luân chuyển.",
     "The district Party chiefs were rotated.",
     "The Secretaries of the district Party Committees were rotated."),
    ("Các Phó Chủ tịch UBND tỉnh dự họp.",
     "The provincial vice chairmen attended the meeting.",
     "The Vice Chairmen of the provincial People's Committee attended the meeting."),
])
def test_round_ten_renderings_become_the_term(vi: str, en: str, expected: str) -> None:
    assert _fix(vi, en) == expected


@pytest.mark.parametrize("vi,en", [
    # `firm` is a right word for a business (`doanh nghiệp`): left
    ("Hơn 50 đảng viên mới được kết nạp tại các doanh nghiệp tư nhân.",
     "More than 50 new Party members were admitted at private firms."),
    # an acronym the source does not have is not taken for another body's
    ("UBND tỉnh Bình Phước thông qua dự toán ngân sách.",
     "The Binh Phuoc HDND approved the budget estimate."),
    # (a Vietnamese place's name before the field goes after the term since 12bu:
    # tests/draft/test_english_round34.py)
    # `President of the` another country's assembly is right
    ("Chủ tịch Quốc hội tiếp Chủ tịch Quốc hội Campuchia.",
     "The Chairman of the National Assembly received the President of the Cambodian National "
     "Assembly."),
    # `President` of a mass organisation may be right
    ("Chủ tịch Hội Liên hiệp Phụ nữ Việt Nam phát biểu.",
     "The President of the Vietnam Women's Union spoke."),
])
def test_round_ten_limits_leave_the_sentence(vi: str, en: str) -> None:
    assert _fix(vi, en) == en


def test_a_field_before_department_goes_into_the_of_phrase() -> None:
    placed = find_placement("Transport Department head Tran Van Lam spoke.",
                            ("Director of the Department",), "en")
    assert (placed.found, placed.replacement) == ("Transport Department head",
                                                  "Director of the Department of Transport")


def test_a_field_after_the_title_is_the_one_the_term_lacks() -> None:
    # `Director of the Department` says no field: `of Construction` is kept after it
    assert _fix("Giám đốc Sở Xây dựng bị khiển trách.", "The Director of Construction was "
                "reprimanded.") == ("The Director of the Department of Construction was "
                                    "reprimanded.")


def test_a_bare_number_names_a_document_in_english_only() -> None:
    term = RequiredTerm("doc.decree", "Nghị định", ("Decree",))
    assert numbered("Nghị định 45 quy định mức phạt.", term, "en") == "45"
    assert numbered("Nghị định 45 quy định mức phạt.", term) is None  # Czech: `số` only
    assert numbered("Nghị định số 45 quy định mức phạt.", term) == "45"
    assert numbered("Nghị định 45% mức phạt.", term, "en") is None
    # the English noun before the bare number: capitalised, a word (not `the 45`)
    assert code_slot("Ordinance 45 sets fines.", "45", "en") == (0, 9)
    assert code_slot("It sets the 45 fines.", "45", "en") is None
    assert code_slot("Ordinance 45 sets fines.", "45", "cs") is None


def test_echo_ends_takes_the_terms_first_word_said_before() -> None:
    text = "issued Official Document No. 5"
    start = text.index("Document")
    assert echo_ends(text, start, start + 8, "Official Letter") == (text.index("Official"),
                                                                    start + 8)
    lower = "issued the Document No. 5"
    at = lower.index("Document")
    assert echo_ends(lower, at, at + 8, "The Document") == (at, at + 8)  # `the` stays
