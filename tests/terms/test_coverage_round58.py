"""Coverage round fifty-eight (issue 11zzf): unseen62 as development data (tested with the other
sets in test_coverage_round46.py; the held-out test moved on to test_coverage_round60.py), and the
span mechanisms this round added, each with its limits. Sentences are the engineer's own."""

from __future__ import annotations

import pytest
from shipped_matching import found, sources

# -- a role and its deputy's role joined by `và` before one body ---------------------------------

@pytest.mark.parametrize("text, span", [
    ("Giám đốc và Phó Giám đốc Sở Xây dựng tỉnh Yên Bái cùng đi kiểm tra công trình.",
     "Giám đốc và Phó Giám đốc Sở Xây dựng tỉnh Yên Bái"),
    ("Chủ tịch và Phó Chủ tịch UBND phường Trần Phú đối thoại với người dân.",
     "Chủ tịch và Phó Chủ tịch UBND phường Trần Phú"),
])
def test_a_role_and_its_deputy_share_the_body(matcher, text, span):
    assert found(matcher, text, span).concept.startswith("title:")


@pytest.mark.parametrize("text, spans", [
    # two different roles joined by `và` stay two titles (the earlier rule)
    ("Bí thư và Chủ tịch UBND xã Tân Lập đến thăm gia đình.", ["Chủ tịch UBND xã Tân Lập"]),
    # the deputy's role without a body or level: no chain of bare roles
    ("Chủ tịch và Phó Chủ tịch đã về dự.", ["Chủ tịch", "Phó Chủ tịch"]),
    # the deputies in the plural stay apart (one case in the sets, marked so)
    ("Giám đốc và các Phó Giám đốc Sở Công Thương dự họp.",
     ["Giám đốc", "Phó Giám đốc Sở Công Thương"]),
    # the first role with its own body is a title of its own
    ("Chủ tịch UBND tỉnh và Phó Chủ tịch UBND tỉnh Phú Yên đã dự.",
     ["Chủ tịch UBND tỉnh", "Phó Chủ tịch UBND tỉnh Phú Yên"]),
])
def test_a_single_and_joins_no_other_roles(matcher, text, spans):
    for span in spans:
        assert span in sources(matcher, text)


# -- the graduation exam spelled out without `kỳ` ----------------------------------------------

def test_the_exam_spelled_out_is_a_steering_committees_field(matcher):
    text = "Ban Chỉ đạo thi tốt nghiệp trung học phổ thông tỉnh Hà Nam họp phiên cuối."
    match = found(matcher, text, "Ban Chỉ đạo thi tốt nghiệp trung học phổ thông tỉnh Hà Nam")
    assert "ky_thi_tot_nghiep_thpt" in match.concept


def test_the_exam_as_a_verb_phrase_is_no_term(matcher):
    assert sources(matcher, "Em Hoa sẽ thi tốt nghiệp trung học phổ thông vào tháng 6.") == []


# -- a consul's city followed by its country ------------------------------------------------------

@pytest.mark.parametrize("text, span", [
    ("Bà Lan, Tổng Lãnh sự Việt Nam tại Chiang Mai, Thái Lan, tiếp đoàn doanh nghiệp.",
     "Tổng Lãnh sự Việt Nam tại Chiang Mai, Thái Lan"),
    ("Tổng Lãnh sự Việt Nam tại Vladivostok, Liên bang Nga dự lễ thượng cờ.",
     "Tổng Lãnh sự Việt Nam tại Vladivostok, Liên bang Nga"),
])
def test_a_diplomats_city_takes_its_country_after_a_comma(matcher, text, span):
    match = found(matcher, text, span)
    assert match.concept.startswith("title:consul_general") and "," not in match.targets["en"][0]


@pytest.mark.parametrize("text, spans", [
    # two countries: the second is a place of its own, not the first one's country
    ("Đại sứ Việt Nam tại Lào, Campuchia đã dự.", ["Đại sứ Việt Nam tại Lào", "Campuchia"]),
    # a Vietnamese city after the comma is no country
    ("Tổng Lãnh sự Việt Nam tại Chiang Mai, Hà Nội cùng dự.",
     ["Tổng Lãnh sự Việt Nam tại Chiang Mai", "Hà Nội"]),
    # a mission (a body) keeps its span as before
    ("Tổng Lãnh sự quán Việt Nam tại Osaka, Nhật Bản tổ chức Tết cộng đồng.",
     ["Tổng Lãnh sự quán Việt Nam tại Osaka", "Nhật Bản"]),
])
def test_no_country_is_taken_otherwise(matcher, text, spans):
    assert sources(matcher, text) == spans


# -- a province's VNPT unit as the body of a title -------------------------------------------

@pytest.mark.parametrize("text, span, place", [
    ("Giám đốc Viễn thông Hà Giang cho biết đã phủ sóng 4G toàn tỉnh.",
     "Giám đốc Viễn thông Hà Giang", "ha_giang"),
    ("Ông Trần Minh, Phó Giám đốc Viễn thông Thanh Hóa, trao máy tính cho trường.",
     "Phó Giám đốc Viễn thông Thanh Hóa", "thanh_hoa"),
])
def test_a_provinces_vnpt_unit_is_a_titles_body(matcher, text, span, place):
    match = found(matcher, text, span)
    assert "vnpt_province" in match.concept and place in match.concept
    assert "VNPT" in match.targets["cs"][0] and "VNPT" in match.targets["en"][0]


@pytest.mark.parametrize("text, absent", [
    ("Viễn thông Cao Bằng lắp thêm trạm phát sóng.", "Viễn thông Cao Bằng"),  # alone: no body
    ("Ngành Bưu chính, Viễn thông Hà Nội tăng trưởng.", "Viễn thông Hà Nội"),  # a field
])
def test_no_vnpt_unit_without_a_role(matcher, text, absent):
    assert absent not in sources(matcher, text)


def test_the_vnpt_group_keeps_its_listed_name(matcher):
    match = found(matcher, "Tập đoàn Bưu chính Viễn thông Việt Nam ra mắt dịch vụ mới.",
                  "Tập đoàn Bưu chính Viễn thông Việt Nam")
    assert match.concept == "gov.soe.vnpt"


# -- a working group (task force) as the body of its leader's title ------------------------------

@pytest.mark.parametrize("text, span, head", [
    ("Tổ trưởng Tổ công tác số 5 của UBND tỉnh Bình Thuận kiểm tra dự án điện gió.",
     "Tổ trưởng Tổ công tác số 5 của UBND tỉnh Bình Thuận", "named:working_group"),
    ("Tổ trưởng Tổ công tác đặc biệt của UBND tỉnh Bắc Ninh gặp nhà đầu tư.",
     "Tổ trưởng Tổ công tác đặc biệt của UBND tỉnh Bắc Ninh", "named:special_working_group"),
    ("Tổ trưởng Tổ công tác liên ngành kiểm tra hoạt động khoáng sản tỉnh Hòa Bình báo cáo.",
     "Tổ trưởng Tổ công tác liên ngành kiểm tra hoạt động khoáng sản tỉnh Hòa Bình",
     "hoat_dong_khoang_san"),
])
def test_a_working_group_leaders_title(matcher, text, span, head):
    assert head in found(matcher, text, span).concept


def test_a_special_working_group_named_by_its_task_is_a_body(matcher):
    text = "Tổ công tác đặc biệt hỗ trợ doanh nghiệp tiếp nhận 40 kiến nghị."
    assert "special_working_group" in found(
        matcher, text, "Tổ công tác đặc biệt hỗ trợ doanh nghiệp").concept


@pytest.mark.parametrize("text, spans", [
    # alone, a working group takes no `của`: the agency after it is a body of its own
    ("Tổ công tác của Bộ Ngoại giao Hoa Kỳ đến Hà Nội.", ["Bộ Ngoại giao Hoa Kỳ", "Hà Nội"]),
    # bare, it is no term at all
    ("Tổ công tác đã làm việc với bà con.", []),
])
def test_a_working_group_alone_takes_no_sender(matcher, text, spans):
    got = sources(matcher, text)
    assert all(s in got for s in spans) and not any(s.startswith("Tổ công tác") for s in got)


# -- Ho Chi Minh City's export processing and industrial zones authority (a listed body) -------

@pytest.mark.parametrize("text, span, concept", [
    ("Phó Trưởng Ban Quản lý các khu chế xuất và công nghiệp Thành phố Hồ Chí Minh tiếp nhà "
     "đầu tư Hàn Quốc.", "Phó Trưởng Ban Quản lý các khu chế xuất và công nghiệp Thành phố Hồ "
     "Chí Minh", "title:deputy_head_of_ban+econ.hepza"),
    ("Ban Quản lý các khu chế xuất và công nghiệp TP.HCM cấp phép 12 dự án.",
     "Ban Quản lý các khu chế xuất và công nghiệp TP.HCM", "econ.hepza"),
])
def test_the_hcmc_zones_authority(matcher, text, span, concept):
    assert found(matcher, text, span).concept == concept


def test_another_provinces_zones_board_keeps_its_own_body(matcher):
    text = "Trưởng Ban Quản lý các khu công nghiệp tỉnh Long An kiểm tra dự án."
    assert "industrial_zones" in found(
        matcher, text, "Trưởng Ban Quản lý các khu công nghiệp tỉnh Long An").concept
