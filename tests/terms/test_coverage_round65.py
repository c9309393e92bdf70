"""Coverage round sixty-five (issue 11zzm): unseen69 as development data (tested with the other
sets in test_coverage_round46.py; the held-out test moved on to round 66), and the span mechanisms
this round added, each with its limits. Sentences are the engineer's own."""

from __future__ import annotations

import pytest
from shipped_matching import found, sources

# -- weather services: a station named by meteorology or hydrology and its place, a forecasting
#    division (the action alone) with its station after it --------------------------------------

@pytest.mark.parametrize("text, span, cs, en", [
    ("Ông Hải, Trưởng trạm Khí tượng Sa Pa, cho biết nhiệt độ xuống 2 độ.",
     "Trưởng trạm Khí tượng Sa Pa", "vedoucí stanice meteorologie Sa Pa",
     "Head of the Sa Pa Meteorological Station"),
    ("Trạm Thủy văn Hòa Bình ghi nhận mực nước lên nhanh.",
     "Trạm Thủy văn Hòa Bình", "stanice hydrologie Hòa Bình", "Hoa Binh Hydrological Station"),
    ("Trưởng phòng Dự báo Đài Khí tượng Thủy văn tỉnh Hà Tĩnh cho biết.",
     "Trưởng phòng Dự báo Đài Khí tượng Thủy văn tỉnh Hà Tĩnh",
     "vedoucí oddělení předpovědí stanice hydrometeorologie provincie Hà Tĩnh",
     "Head of the Forecasting Division of the Ha Tinh provincial Hydro-meteorological Station"),
    ("Ông Lâm, Phó Trưởng phòng Dự báo, Đài Khí tượng Thủy văn khu vực Bắc Bộ, cho biết.",
     "Phó Trưởng phòng Dự báo, Đài Khí tượng Thủy văn khu vực Bắc Bộ", None,
     "Deputy Head of the Forecasting Division of the Bac Bo Regional Hydro-meteorological "
     "Station"),
])
def test_weather_stations_and_forecasting_divisions(matcher, text, span, cs, en):
    match = found(matcher, text, span)
    assert cs is None or match.targets["cs"][0] == cs
    assert match.targets["en"][0] == en


def test_the_longer_hydro_meteorological_word_still_wins(matcher):
    match = found(matcher, "Giám đốc Đài Khí tượng Thủy văn tỉnh Lai Châu cho biết.",
                  "Giám đốc Đài Khí tượng Thủy văn tỉnh Lai Châu")
    assert "hydrometeorologie" in match.targets["cs"][0]


@pytest.mark.parametrize("text", [
    "Theo dự báo của cơ quan khí tượng, trời sẽ mưa.",  # prose: no head, no body
    "Ông nói thủy văn năm nay bất thường.",
])
def test_the_words_in_prose_are_no_body(matcher, text):
    assert not any("khí tượng" in s or "thủy văn" in s or "dự báo" in s.lower()
                   for s in sources(matcher, text))


# -- the abbreviations BHXH and BHYT as fields (a steering committee's policy) ---------------------

@pytest.mark.parametrize("text, span, en", [
    ("Bà Lan, Phó Bí thư Tỉnh ủy, Trưởng Ban Chỉ đạo thực hiện chính sách BHXH, BHYT tỉnh "
     "An Giang, phát biểu.",
     "Phó Bí thư Tỉnh ủy, Trưởng Ban Chỉ đạo thực hiện chính sách BHXH, BHYT tỉnh An Giang",
     "Deputy Secretary of the provincial Party Committee and Head of the An Giang provincial "
     "Social Insurance and Health Insurance Policy Implementation Steering Committee"),
    ("Trưởng Ban Chỉ đạo thực hiện chính sách BHXH, BHYT phát biểu.",
     "Trưởng Ban Chỉ đạo thực hiện chính sách BHXH, BHYT",
     "Head of the Social Insurance and Health Insurance Policy Implementation Steering "
     "Committee"),
])
def test_the_insurance_abbreviations_are_a_committees_fields(matcher, text, span, en):
    match = found(matcher, text, span)
    assert match.targets["en"][0] == en
    assert "BHXH" not in match.targets["cs"][0] and "BHYT" not in match.targets["cs"][0]


@pytest.mark.parametrize("text, span", [
    # the agency's short name with its province after a comma: the division's parent, no field
    ("Ông Tâm, Trưởng phòng Chế độ BHXH, BHXH tỉnh Nam Định cho biết.",
     "Trưởng phòng Chế độ BHXH, BHXH tỉnh Nam Định"),
    ("Ông Tâm, Trưởng phòng Chính sách BHYT, BHXH tỉnh Nam Định cho biết.",
     "Trưởng phòng Chính sách BHYT, BHXH tỉnh Nam Định"),
])
def test_the_agencys_short_name_after_a_comma_stays_the_parent(matcher, text, span):
    match = found(matcher, text, span)
    assert "správy sociálního zabezpečení provincie Nam Định" in match.targets["cs"][0]
    assert "Social Security" in match.targets["en"][0]


# -- a council for naming streets (the advisory council of the 2005 decree, a short form) -------

@pytest.mark.parametrize("text, span, cs, en", [
    ("Hội đồng tư vấn đặt, đổi tên đường, phố và công trình công cộng tỉnh Bắc Ninh họp.",
     "Hội đồng tư vấn đặt, đổi tên đường, phố và công trình công cộng tỉnh Bắc Ninh",
     "pojmenování a přejmenování ulic a veřejných objektů provincie Bắc Ninh",
     "Bac Ninh provincial Street and Public Facility Naming Consulting Council"),
    ("Ông Nam, Phó Chủ tịch UBND tỉnh, Chủ tịch Hội đồng đặt tên đường tỉnh Bình Định, dự họp.",
     "Phó Chủ tịch UBND tỉnh, Chủ tịch Hội đồng đặt tên đường tỉnh Bình Định",
     "předseda rady pojmenování ulic provincie Bình Định",
     "Vice Chairman of the provincial People's Committee and Chairman of the Binh Dinh "
     "provincial Street Naming Council"),
])
def test_a_street_naming_council_is_one_body(matcher, text, span, cs, en):
    match = found(matcher, text, span)
    assert cs in match.targets["cs"][0] and match.targets["en"][0] == en


def test_naming_a_street_in_prose_is_no_body(matcher):
    text = "Tỉnh sẽ đặt tên đường theo tên các anh hùng."
    assert not any("đặt tên" in source for source in sources(matcher, text))


# -- four more bodies' domains: survey and mapping, statistical informatics, an ancient village, a
#    boundary dispute steering committee --------------------------------------------------------

@pytest.mark.parametrize("text, span, en", [
    ("Cục trưởng Cục Đo đạc, Bản đồ và Thông tin địa lý Việt Nam cho biết.",
     "Cục trưởng Cục Đo đạc, Bản đồ và Thông tin địa lý Việt Nam",
     "Director of the Vietnam Survey, Mapping and Geographic Information Department"),
    ("Ông An, Phó Giám đốc Trung tâm Tin học thống kê khu vực II, cho biết.",
     "Phó Giám đốc Trung tâm Tin học thống kê khu vực II",
     "Deputy Director of the Regional Statistical Informatics Centre II"),
    ("Trưởng ban Quản lý làng cổ Đường Lâm cho biết.", "Trưởng ban Quản lý làng cổ Đường Lâm",
     "Head of the Duong Lam Ancient Village Management Board"),
    ("Ông Hùng, Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo giải quyết tranh chấp địa giới hành "
     "chính tỉnh Lào Cai, phát biểu.",
     "Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo giải quyết tranh chấp địa giới hành chính tỉnh "
     "Lào Cai",
     "Vice Chairman of the provincial People's Committee and Head of the Lao Cai provincial "
     "Administrative Boundary Dispute Resolution Steering Committee"),
])
def test_four_more_domains_name_their_bodies(matcher, text, span, en):
    match = found(matcher, text, span)
    assert match.targets["en"][0] == en
    assert match.targets["cs"][0]


def test_a_map_in_prose_is_no_body(matcher):
    assert not any("bản đồ" in s for s in sources(matcher, "Người dân xem bản đồ trên điện thoại."))
