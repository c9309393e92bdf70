"""Coverage round sixty (issue 11zzh): unseen64 as development data (tested with the other sets
in test_coverage_round46.py; the held-out test moved on to round 61), and the span mechanisms this
round added, each with its limits. Sentences are the engineer's own."""

from __future__ import annotations

import pytest
from shipped_matching import found, sources

# -- a newspaper's or news agency's resident office -----------------------------------------------

@pytest.mark.parametrize("text, span", [
    ("Ông Toàn, Trưởng Cơ quan thường trú Báo Lao Động tại Cần Thơ, cho biết thêm.",
     "Trưởng Cơ quan thường trú Báo Lao Động tại Cần Thơ"),
    ("Phó Trưởng Cơ quan thường trú Thông tấn xã Việt Nam tại Đắk Lắk dự lễ.",
     "Phó Trưởng Cơ quan thường trú Thông tấn xã Việt Nam tại Đắk Lắk"),
    ("Cơ quan thường trú khu vực Tây Bắc tổ chức tọa đàm.", "Cơ quan thường trú khu vực Tây Bắc"),
])
def test_a_resident_office_takes_its_parent_and_its_seat(matcher, text, span):
    match = found(matcher, text, span)
    assert "resident_office" in match.concept


def test_the_agency_is_the_parent_not_a_field_of_a_commune(matcher):
    text = "Trưởng Cơ quan thường trú Thông tấn xã Việt Nam tại Huế phát biểu."
    match = found(matcher, text, "Trưởng Cơ quan thường trú Thông tấn xã Việt Nam tại Huế")
    assert "gov.vna" in match.concept and "commune" not in match.concept
    assert "Resident Office of the Vietnam News Agency in Hue" in match.targets["en"][0]


@pytest.mark.parametrize("text, absent", [
    # prose: a lower-case office of a paper is no body
    ("Cơ quan thường trú của báo đặt tại Quy Nhơn.", "Cơ quan thường trú"),
    # another office does not take `tại` after its parent through this rule
    ("Trưởng Văn phòng Báo Lao Động tại Vinh cho biết.", "Trưởng Văn phòng Báo Lao Động tại Vinh"),
])
def test_the_resident_office_limits(matcher, text, absent):
    assert absent not in sources(matcher, text)


def test_a_customs_unit_of_a_border_gate_is_still_a_field_after_its_head(matcher):
    text = "Chi cục Hải quan cửa khẩu Tà Lùng đã thu ngân sách vượt kế hoạch."
    assert "Chi cục Hải quan cửa khẩu Tà Lùng" in sources(matcher, text)
