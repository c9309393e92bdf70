"""Coverage round twelve (issue 11l): the written rules of the eleventh set's README, which the
next annotator reads (a Deputy Prime Minister who is also a minister is one coordinated span;
a river keeps `sông` inside its place span; a port named by two places joined by a dash is one
name), a steering committee against IUU fishing, a named body named in capitals (`Tập đoàn
LEGO`), a park's numbered site (`VSIP III`), two phrases in their longest form (`môi trường đầu
tư`, `xây dựng, chỉnh đốn Đảng và hệ thống chính trị`) (the unseen12 split is development data
since round thirteen)."""

from __future__ import annotations

import pytest
from shipped_matching import coverage_bench, found, sources


@pytest.mark.parametrize(("span", "en"), [
    ("Phó Thủ tướng, Bộ trưởng Bộ Tài chính",
     "Deputy Prime Minister and Minister of Finance"),
    ("Phó Thủ tướng Thường trực, Bộ trưởng Bộ Ngoại giao",
     "Permanent Deputy Prime Minister and Minister of Foreign Affairs"),
])
def test_a_deputy_prime_minister_and_minister_is_one_span(matcher, span, en):
    hit = found(matcher, span + " trình Tờ trình.", span)
    assert hit.target("en") == en
    assert hit.target("cs").startswith("místopředseda vlády") or \
        hit.target("cs").startswith("první místopředseda vlády")
    assert "ministr" in hit.target("cs")


def test_other_chains_after_a_deputy_prime_minister_stay_apart(matcher):
    # a complete office before another office that is no minister's: two titles
    assert sources(matcher, "Phó Thủ tướng, Chủ tịch UBND tỉnh Lào Cai dự họp.") != [
        "Phó Thủ tướng, Chủ tịch UBND tỉnh Lào Cai"]


@pytest.mark.parametrize(("text", "span", "cs", "en"), [
    ("Mực nước sông Tiền đang lên.", "sông Tiền", "řeka Tiền", "Tien River"),
    ("Đua ghe ngo trên sông Maspero.", "sông Maspero", "řeka Maspero", "Maspero River"),
    ("Nước sông Hồng lên cao.", "sông Hồng", "Rudá řeka", "Red River"),  # listed: as listed
])
def test_a_river_keeps_its_word(matcher, text, span, cs, en):
    hit = found(matcher, text, span)
    assert (hit.target("cs"), hit.target("en")) == (cs, en)


def test_two_rivers_in_a_list_and_names_that_start_with_song(matcher):
    assert "sông Hậu" in sources(matcher, "Nước trên sông Tiền và sông Hậu lên nhanh.")
    # capitalised `Sông` starts a name (a ward, a company), no river
    assert sources(matcher, "Chủ tịch UBND phường Sông Trí phát biểu.") == [
        "Chủ tịch UBND phường Sông Trí"]
    # inside a region's listed name the river stays the region's
    assert sources(matcher, "Lúa ở Đồng bằng sông Cửu Long tăng giá.") == [
        "Đồng bằng sông Cửu Long"]


def test_a_port_named_by_two_places_is_one_name(matcher):
    hit = found(matcher, "Hàng qua cảng Cái Mép - Thị Vải tăng.", "Cái Mép - Thị Vải")
    assert hit.target("en") == "Cai Mep - Thi Vai"
    # a route between two places stays two places
    assert sources(matcher, "Tuyến cao tốc Cam Lâm - Vĩnh Hảo thông xe.")[-2:] == [
        "Cam Lâm", "Vĩnh Hảo"]


def test_the_investment_environment_and_its_longer_forms(matcher):
    assert found(matcher, "Đánh giá cao môi trường đầu tư của tỉnh.",
                 "môi trường đầu tư").concept == "phrase.investment_environment"
    assert sources(matcher, "Tiếp tục cải thiện môi trường đầu tư kinh doanh.") == [
        "cải thiện môi trường đầu tư kinh doanh"]


def test_own_batch_b26_loads_its_marks():
    rows = coverage_bench().load_split("own-b26")
    spans = [s for row in rows for s in row["spans"]]
    assert len(rows) == 52 and len(spans) == 74


def test_a_steering_committee_against_iuu_fishing(matcher):
    span = "Trưởng Ban Chỉ đạo chống khai thác IUU tỉnh Cà Mau"
    hit = found(matcher, span + " yêu cầu xử lý.", span)
    assert hit.target("en") == (
        "Head of the Ca Mau provincial IUU Fishing Prevention Steering Committee")
    assert "nezákonnému, nehlášenému a neregulovanému rybolovu" in hit.target("cs")
    # the formula alone is the abbreviation since round thirteen (test_coverage_round13.py)
    assert sources(matcher, "Công tác chống khai thác IUU được đẩy mạnh.") == ["IUU"]


@pytest.mark.parametrize(("text", "span", "en"), [
    ("Thủ tướng tiếp Chủ tịch Tập đoàn LEGO nhân dịp này.", "Chủ tịch Tập đoàn LEGO",
     "Chairman of the LEGO Group"),
    ("Tổng Giám đốc Tập đoàn VNPT phát biểu.", "Tổng Giám đốc Tập đoàn VNPT",
     "General Director of the VNPT Group"),
])
def test_a_named_body_named_in_capitals(matcher, text, span, en):
    assert found(matcher, text, span).target("en") == en


@pytest.mark.parametrize("span", [
    "Trưởng phòng Quản lý đô thị UBND thành phố Thủ Đức",  # an abbreviation that is a body
    "Thủ trưởng Cơ quan điều tra VKSND tối cao",
])
def test_a_body_abbreviation_is_no_name_in_capitals(matcher, span):
    found(matcher, span + " phát biểu.", span)


def test_a_numbered_site_of_a_park_named_by_an_abbreviation(matcher):
    assert "VSIP III" in sources(matcher, "Nhà máy khánh thành tại VSIP III (Bình Dương cũ).")
    assert "VSIP" in sources(matcher, "Công nhân ở khu công nghiệp VSIP.")


def test_party_building_and_the_political_system_whole(matcher):
    hit = found(matcher, "Đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị trong sạch.",
                "xây dựng, chỉnh đốn Đảng và hệ thống chính trị")
    assert hit.concept == "phrase.party_system_building"
    assert sources(matcher, "Tham gia xây dựng, chỉnh đốn Đảng là trách nhiệm.") == [
        "xây dựng, chỉnh đốn Đảng"]
