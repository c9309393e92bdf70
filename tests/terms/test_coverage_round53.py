"""Coverage round fifty-three (issue 11zza): unseen56 as development data (tested with the
other sets in test_coverage_round46.py; the held-out test moved on to round 54), and the span
mechanisms this round added, each with its limits. Sentences are the engineer's own."""

from __future__ import annotations

import pytest
from shipped_matching import found, sources

# -- a city whose name holds its level, shared by a role named by the level alone ------------

@pytest.mark.parametrize("span", [
    "Phó Chủ tịch UBND thành phố, Trưởng Ban Chỉ đạo chuyển đổi số TP.HCM",
    "Phó Chủ tịch UBND thành phố, Trưởng Ban Chỉ đạo phòng, chống dịch Thành phố Hồ Chí Minh",
])
def test_a_city_role_shares_a_city_named_with_its_level(matcher, span):
    assert found(matcher, f"{span} đề nghị các phường rà soát lại.", span).concept.count(",") == 1


@pytest.mark.parametrize("text, first", [
    # a province's level is no city's: two titles
    ("Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo chuyển đổi số TP.HCM phát biểu.",
     "Phó Chủ tịch UBND tỉnh"),
    # a city named by its name alone holds no level
    ("Phó Chủ tịch UBND thành phố, Trưởng Ban Chỉ đạo chuyển đổi số Đà Nẵng phát biểu.",
     "Phó Chủ tịch UBND thành phố"),
])
def test_the_level_must_be_the_one_the_name_holds(matcher, text, first):
    assert first in sources(matcher, text)


# -- a department's role before a branch department's or a steering committee's -------------

@pytest.mark.parametrize("span", [
    "Phó Giám đốc Sở Nông nghiệp và Môi trường, Chi cục trưởng Chi cục Thủy lợi tỉnh Nghệ An",
    "Giám đốc Sở Công Thương, Trưởng Ban Chỉ đạo 389 tỉnh Long An",
])
def test_a_department_shares_the_province_of_its_branch_or_steering_committee(matcher, span):
    assert found(matcher, f"{span} kiểm tra tại cửa khẩu.", span).concept.count(",") == 1


def test_two_departments_stay_two_titles(matcher):
    got = sources(matcher, "Giám đốc Sở Y tế, Giám đốc Sở Tài chính tỉnh Nghệ An dự họp.")
    assert "Giám đốc Sở Y tế" in got


# -- vocabulary: sports games, infantry, shipbuilding ----------------------------------------

@pytest.mark.parametrize("text, span, cs, en", [
    ("Trưởng Ban Tổ chức Đại hội Thể dục thể thao huyện Sơn Dương phát biểu.",
     "Trưởng Ban Tổ chức Đại hội Thể dục thể thao huyện Sơn Dương", "sportovních her",
     "Sports Games"),
    ("Trung đoàn Bộ binh 3 tổ chức diễn tập.", "Trung đoàn Bộ binh 3", "pěchoty", "Infantry"),
    ("Công ty Đóng tàu Hạ Long bàn giao tàu mới.", "Công ty Đóng tàu Hạ Long", "stavby lodí",
     "Shipbuilding"),
])
def test_the_new_domain_words_compose(matcher, text, span, cs, en):
    hit = found(matcher, text, span)
    assert cs in hit.targets["cs"][0] and en in hit.targets["en"][0]


def test_sports_games_with_a_city_role_before_is_one_title(matcher):
    span = "Phó Chủ tịch UBND tỉnh, Trưởng Ban Tổ chức Đại hội TDTT tỉnh Hà Nam"
    assert found(matcher, f"{span} bế mạc đại hội.", span).concept.count(",") == 1


# -- lower-case generic heads and a commune's civil servants ----------------------------------

@pytest.mark.parametrize("text, span, cs, en", [
    ("Luật yêu cầu thủ trưởng cơ quan trả lời bằng văn bản.", "thủ trưởng cơ quan",
     "vedoucí orgánu", "head of the agency"),
    ("Báo cáo phải có chữ ký của thủ trưởng đơn vị.", "thủ trưởng đơn vị", "vedoucí útvaru",
     "head of the unit"),
])
def test_a_generic_head_in_lower_case_is_listed(matcher, text, span, cs, en):
    hit = found(matcher, text, span)
    assert hit.target("cs") == cs and hit.target("en") == en


def test_a_named_agency_keeps_its_composed_title(matcher):
    span = "Thủ trưởng Cơ quan Cảnh sát điều tra Công an tỉnh Hà Tĩnh"
    assert found(matcher, f"{span} ký lệnh bắt.", span).concept.startswith("title:")


@pytest.mark.parametrize("text, span", [
    ("Ở phường, công chức văn hóa - xã hội lo việc lễ hội.", "công chức văn hóa - xã hội"),
    ("Mỗi công chức tài chính - kế toán xã phải lập báo cáo quý.",
     "công chức tài chính - kế toán xã"),
    ("Nhiều công chức tư pháp - hộ tịch cấp xã vừa được tập huấn.",
     "công chức tư pháp - hộ tịch"),  # the tier stays outside
])
def test_a_communes_civil_servant_stands_alone_in_lower_case(matcher, text, span):
    assert span in sources(matcher, text)


@pytest.mark.parametrize("text", [
    "Xã đang thiếu một công chức địa chính - xây dựng.",  # a count: anyone in the post
    "Phường tuyển thêm 2 công chức văn phòng - thống kê.",
])
def test_a_counted_civil_servant_is_no_title(matcher, text):
    assert not any(s.startswith("công chức ") for s in sources(matcher, text))
