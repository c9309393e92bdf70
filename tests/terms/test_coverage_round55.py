"""Coverage round fifty-five (issue 11zzc): unseen58 as development data (tested with the other
sets in test_coverage_round46.py; the held-out test moved on to round 56), and the span
mechanisms this round added, each with its limits. Sentences are the engineer's own."""

from __future__ import annotations

import pytest
from shipped_matching import found, sources

# -- an election board named by the deputies it elects ---------------------------------------

@pytest.mark.parametrize("text, span", [
    ("Ông Lò Văn Sáu, Trưởng Ban bầu cử đại biểu Quốc hội số 5, kiểm tra các tổ.",
     "Trưởng Ban bầu cử đại biểu Quốc hội số 5"),
    ("Bà Đinh Thị Mai, Phó Trưởng Ban bầu cử ĐBQH số 1, báo cáo tiến độ.",
     "Phó Trưởng Ban bầu cử ĐBQH số 1"),
])
def test_a_board_named_by_its_deputies_is_one_title_with_its_number(matcher, text, span):
    hit = found(matcher, text, span)
    assert "bau_cu_dbqh" in hit.concept


def test_the_election_of_deputies_in_running_text_is_no_board(matcher):
    spans = sources(matcher, "Cử tri trong huyện nô nức đi bầu cử đại biểu Quốc hội khóa mới.")
    assert "bầu cử đại biểu Quốc hội" not in spans and "đại biểu Quốc hội" in spans


# -- the council's role named by its level alone in a chain ----------------------------------

@pytest.mark.parametrize("text, span", [
    ("Ông Hà Văn Tám, Chủ tịch HĐND tỉnh, Trưởng Đoàn ĐBQH tỉnh Hòa Bình, tiếp cử tri.",
     "Chủ tịch HĐND tỉnh, Trưởng Đoàn ĐBQH tỉnh Hòa Bình"),
    ("Bà Vũ Thị Nga, Phó Chủ tịch HĐND tỉnh, Chủ tịch Ủy ban bầu cử tỉnh Ninh Bình, phát biểu.",
     "Phó Chủ tịch HĐND tỉnh, Chủ tịch Ủy ban bầu cử tỉnh Ninh Bình"),
    ("Ông Trịnh Văn Lực, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh, Trưởng đoàn đại biểu Quốc hội tỉnh"
     " Yên Bái, dự lễ.",
     "Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh, Trưởng đoàn đại biểu Quốc hội tỉnh Yên Bái"),
])
def test_the_council_named_by_its_level_shares_the_place_of_the_next_title(matcher, text, span):
    found(matcher, text, span)


def test_the_council_before_the_peoples_committee_stays_a_title_of_its_own(matcher):
    text = "Ông Lê Văn Hải, Phó Chủ tịch HĐND tỉnh, Phó Chủ tịch UBND tỉnh Thái Bình, dự họp."
    spans = sources(matcher, text)
    assert "Phó Chủ tịch HĐND tỉnh" in spans and "Phó Chủ tịch UBND tỉnh Thái Bình" in spans


def test_the_council_without_its_level_keeps_its_rule(matcher):
    text = "Bà Phan Thị Yến, Phó Chủ tịch HĐND, Giám đốc Sở Tư pháp tỉnh Bắc Giang, phát biểu."
    spans = sources(matcher, text)
    assert "Phó Chủ tịch HĐND" in spans and "Giám đốc Sở Tư pháp tỉnh Bắc Giang" in spans


# -- a collection division, its office after a comma -----------------------------------------

def test_a_collection_division_takes_its_office_after_a_comma(matcher):
    text = "Ông Ngô Văn Lợi, Trưởng phòng Quản lý thu, Bảo hiểm xã hội tỉnh Hưng Yên, cho biết."
    found(matcher, text, "Trưởng phòng Quản lý thu, Bảo hiểm xã hội tỉnh Hưng Yên")


def test_collecting_in_running_text_and_the_tax_law_are_no_division(matcher):
    assert not any("quản lý thu" in s.lower()
                   for s in sources(matcher, "Xã tăng cường quản lý thu đối với đất đai."))
    assert "Quản lý thu" not in " ".join(
        sources(matcher, "Theo Luật Quản lý thuế, doanh nghiệp phải nộp tờ khai."))


# -- a joint institute named by both countries -----------------------------------------------

def test_the_joint_institute_is_read_whole_with_its_role(matcher):
    text = "Ông Kim Min-su, Viện trưởng Viện Khoa học và Công nghệ Việt Nam - Hàn Quốc, phát biểu."
    assert "gov.vkist" in found(
        matcher, text, "Viện trưởng Viện Khoa học và Công nghệ Việt Nam - Hàn Quốc").concept


def test_the_vietnamese_institute_alone_is_not_the_joint_one(matcher):
    hits = matcher.find("Viện Khoa học và Công nghệ Việt Nam công bố kết quả nghiên cứu.")
    assert hits and all("vkist" not in h.concept for h in hits)
