"""Coverage round fifty-six (issue 11zzd): unseen59 as development data (tested with the other
sets in test_coverage_round46.py; the held-out test moved on to round 57), and the span
mechanisms this round added, each with its limits. Sentences are the engineer's own."""

from __future__ import annotations

import pytest
from shipped_matching import found, sources

# -- `công tác` (the work of) before a named body's field -------------------------------------

@pytest.mark.parametrize("text, span, field", [
    ("Ông Vi Văn Lộc, Trưởng Ban Chỉ đạo công tác dân số huyện Bảo Lâm, kiểm tra trạm y tế.",
     "Trưởng Ban Chỉ đạo công tác dân số huyện Bảo Lâm", "dan_so"),
    ("Trưởng Ban Chỉ đạo công tác chuyển đổi số tỉnh Yên Bái dự hội thảo.",
     "Trưởng Ban Chỉ đạo công tác chuyển đổi số tỉnh Yên Bái", "chuyen_doi_so"),
])
def test_work_of_before_a_field_is_read_through(matcher, text, span, field):
    hit = found(matcher, text, span)
    assert field in hit.concept and "cong_tac" not in hit.concept


def test_work_of_is_no_name_after_a_field_nor_after_ve(matcher):
    spans = sources(matcher, "Sở Y tế công tác dân số rất hiệu quả trong năm qua.")
    assert "Sở Y tế" in spans and not any("công tác" in s for s in spans)
    spans = sources(matcher, "Ban Chấp hành Trung ương ra nghị quyết về công tác dân số mới.")
    assert not any("công tác dân số" in s for s in spans)


def test_work_of_as_a_word_of_its_own_keeps_its_meaning(matcher):
    hit = found(matcher, "Giám đốc Trung tâm công tác xã hội tỉnh Hòa Bình thăm trẻ em.",
                "Giám đốc Trung tâm công tác xã hội tỉnh Hòa Bình")
    assert "cong_tac_xa_hoi" in hit.concept


# -- a capitalised level word that starts the parent body (`Tỉnh đoàn`) -----------------------

@pytest.mark.parametrize("text, span", [
    ("Anh Lò Văn Tú, Phó Trưởng Ban Thanh niên nông thôn Tỉnh đoàn Sơn La, trao quà.",
     "Phó Trưởng Ban Thanh niên nông thôn Tỉnh đoàn Sơn La"),
    ("Chị Hà Thị Yến, Trưởng Ban Tổ chức - Kiểm tra Tỉnh đoàn Bắc Kạn, phát biểu.",
     "Trưởng Ban Tổ chức - Kiểm tra Tỉnh đoàn Bắc Kạn"),
])
def test_a_named_body_under_the_provincial_youth_union(matcher, text, span):
    assert "youth_province" in found(matcher, text, span).concept


def test_a_capitalised_level_before_a_place_stays_a_level(matcher):
    hit = found(matcher, "Giám đốc Trung tâm Y tế Huyện Đoàn Hùng họp giao ban.",
                "Giám đốc Trung tâm Y tế Huyện Đoàn Hùng")
    assert "youth" not in hit.concept
    assert "youth" not in found(matcher, "Giám đốc Sở Y tế tỉnh Lai Châu dự họp.",
                                "Giám đốc Sở Y tế tỉnh Lai Châu").concept


# -- a home-affairs department's dash-joined fields --------------------------------------------

def test_organisation_and_staffing_is_one_department(matcher):
    hit = found(matcher, "Bà Lê Thị Na, Trưởng phòng Tổ chức - Biên chế, Sở Nội vụ tỉnh Hòa Bình, "
                "trình bày đề án.", "Trưởng phòng Tổ chức - Biên chế, Sở Nội vụ tỉnh Hòa Bình")
    assert "bien_che" in hit.concept


def test_staffing_in_running_text_stays_the_quota_phrase(matcher):
    spans = sources(matcher, "Huyện được giao thêm biên chế giáo viên năm học mới.")
    assert "biên chế" in spans
