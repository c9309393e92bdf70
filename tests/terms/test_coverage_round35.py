"""Coverage round thirty-five (issue 11zi): unseen35 as development data and unseen36 held out,
own batch b49, and the classes of unseen35's misses. Sentences are the engineer's own."""

from __future__ import annotations

import pytest
from shipped_matching import coverage_bench, found, sources


def test_unseen35_is_development_data_now():
    bench = coverage_bench()
    assert "unseen35" not in bench.HELD_OUT and "unseen35" in bench.UNSEEN_SPLITS
    if not (bench.DATA / "terms_unseen35.jsonl").is_file():
        pytest.skip("the set unseen35 is not in this checkout")
    assert bench.load_split("unseen35")


def test_a_squadron_commander_takes_the_provincial_command_after_a_comma(matcher):
    text = "Ông Lò Văn Tám, Hải đội trưởng Hải đội Biên phòng 3, Bộ Chỉ huy Bộ đội Biên phòng " \
           "tỉnh Kiên Giang, kiểm tra tàu cá."
    match = found(matcher, text, "Hải đội trưởng Hải đội Biên phòng 3, Bộ Chỉ huy Bộ đội Biên "
                                 "phòng tỉnh Kiên Giang")
    assert match.targets["en"][0].startswith("Commander of the Border Guard Squadron 3")
    assert found(matcher, "Phó Hải đội trưởng Hải đội 4 báo cáo.",
                 "Phó Hải đội trưởng Hải đội 4").targets["cs"][0].startswith("zástupce velitele")


def test_a_squadron_keeps_apart_a_command_without_a_place(matcher):
    got = sources(matcher, "Hải đội trưởng Hải đội 4, Bộ Chỉ huy Bộ đội Biên phòng nói.")
    assert "Hải đội trưởng Hải đội 4" in got
    got = sources(matcher, "Hải đội 4, Bộ Chỉ huy Bộ đội Biên phòng nói.")
    assert "Hải đội 4" in got  # alone too: the command names no place
    # a body alone takes its placed command after a comma as a title does (round 42)
    got = sources(matcher, "Hải đội 4, Bộ Chỉ huy Bộ đội Biên phòng tỉnh Bạc Liêu cứu nạn.")
    assert "Hải đội 4, Bộ Chỉ huy Bộ đội Biên phòng tỉnh Bạc Liêu" in got


def test_a_border_post_takes_the_full_border_guard_command_after_a_comma(matcher):
    span = "Đồn trưởng Đồn Biên phòng Na Mèo, Bộ Chỉ huy Bộ đội Biên phòng tỉnh Thanh Hóa"
    assert found(matcher, span + " cho biết.", span).concept.startswith("title:post_commander")


def test_a_listed_provincial_body_ending_with_its_level_joins_a_party_committee_role(matcher):
    span = "Phó Bí thư Tỉnh ủy, Trưởng Ban Chỉ đạo phòng, chống tham nhũng, lãng phí, tiêu cực " \
           "tỉnh Yên Bái"
    match = found(matcher, span + " chủ trì hội nghị.", span)
    assert "," in match.concept and match.concept.startswith("title:")


def test_a_district_title_still_stays_apart_from_a_provincial_member(matcher):
    got = sources(matcher, "Tỉnh ủy viên, Bí thư Huyện ủy Văn Chấn dự lễ.")
    assert "Tỉnh ủy viên" in got and "Bí thư Huyện ủy Văn Chấn" in got


def test_a_provincial_chair_joins_a_steering_committee_named_by_its_number(matcher):
    span = "Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo 138 tỉnh Hà Giang"
    match = found(matcher, span + " phát biểu.", span)
    assert "Steering Committee" in match.targets["en"][0]


def test_a_provincial_member_stays_apart_from_the_provincial_police(matcher):
    got = sources(matcher, "Ủy viên UBND tỉnh, Giám đốc Công an tỉnh Sơn La báo cáo.")
    assert "Ủy viên UBND tỉnh" in got and "Giám đốc Công an tỉnh Sơn La" in got


@pytest.mark.parametrize("text, span", [
    ("Trưởng Ban Chỉ đạo quốc gia chống buôn lậu, gian lận thương mại và hàng giả họp.",
     "Trưởng Ban Chỉ đạo quốc gia chống buôn lậu, gian lận thương mại và hàng giả"),
    ("Ban Chỉ đạo 389 quốc gia công bố số liệu.", "Ban Chỉ đạo 389 quốc gia"),
])
def test_the_national_anti_smuggling_committee_is_listed(matcher, text, span):
    match = found(matcher, text, span)
    assert "gov.anti_smuggling_steering" in match.concept
    assert "Smuggling" in match.targets["en"][0]


def test_a_bare_fight_against_smuggling_is_no_body(matcher):
    got = sources(matcher, "Tỉnh đẩy mạnh chống buôn lậu, gian lận thương mại và hàng giả.")
    assert not any(s.startswith("Ban Chỉ đạo") for s in got)


@pytest.mark.parametrize("text, span, en", [
    ("Phó Trưởng ban Ban Quản lý chợ xã Ea Tam cho biết.",
     "Phó Trưởng ban Ban Quản lý chợ xã Ea Tam", "Market Management Board"),
    ("Theo trưởng ban quản lý chợ Hôm, sức mua giảm.", "trưởng ban quản lý chợ Hôm",
     "Hom Market Management Board"),
    ("Ban Chỉ đạo xóa nhà tạm, nhà dột nát tỉnh Hòa Bình họp.",
     "Ban Chỉ đạo xóa nhà tạm, nhà dột nát tỉnh Hòa Bình", "Dilapidated Housing"),
    ("Ban Chỉ đạo xóa nhà tạm tỉnh Bắc Kạn họp.", "Ban Chỉ đạo xóa nhà tạm tỉnh Bắc Kạn",
     "Temporary Housing Elimination"),
])
def test_a_market_board_and_the_housing_programme_s_committee(matcher, text, span, en):
    assert en in found(matcher, text, span).targets["en"][0]


def test_a_market_word_alone_or_in_another_body_composes_nothing_new(matcher):
    assert not sources(matcher, "Ban Quản lý chợ đã họp với tiểu thương.")
    got = sources(matcher, "Người dân đi chợ xã Ea Tam từ sáng sớm.")
    assert not any("chợ" in s for s in got)


@pytest.mark.parametrize("text", [
    "Ông Hà Văn Sinh, già làng ở bản Nà Sang, góp ý về hương ước.",
    "Già làng cho biết cả bản đã có nước sạch.",
    "Tiếng nói của già làng và trưởng dòng họ rất có trọng lượng.",
    "Bà Vi Thị Lan, già làng, kể lại chuyện xưa.",
])
def test_a_village_elder_is_a_title_alone(matcher, text):
    match = next(m for m in matcher.find(text) if m.source.lower() == "già làng")
    assert match.targets["en"] == ("Village Elder",)


@pytest.mark.parametrize("text", [
    "Già làng Hà Văn Sinh được tặng bằng khen.",
    "Huyện tặng quà 80 già làng trên địa bàn.",
    "Tỉnh gặp mặt các già làng nhân dịp Tết.",
    "Một già làng người Dao kể chuyện.",
    "Huyện biểu dương già làng tiêu biểu năm nay.",
    "Xã chúc Tết già làng, trưởng bản và người có uy tín.",
])
def test_a_village_elder_is_no_title_before_a_name_counted_exemplary_or_listed(matcher, text):
    assert not any(m.source.lower() == "già làng" for m in matcher.find(text))


@pytest.mark.parametrize("text, span, en", [
    ("Trưởng trạm y tế xã cho biết đã tiêm đủ vắc xin.", "Trưởng trạm y tế xã",
     "Health Station"),
    ("Trưởng trạm thủy lợi Đông Sơn kiểm tra cống.", "Trưởng trạm thủy lợi Đông Sơn",
     "Irrigation Station"),
])
def test_a_capitalised_station_head_reads_its_lower_case_station(matcher, text, span, en):
    assert en in found(matcher, text, span).targets["en"][0]


def test_a_station_head_alone_keeps_its_bare_title(matcher):
    assert "Trưởng trạm" in sources(matcher, "Trưởng trạm cho biết tình hình ổn định.")


def test_the_viet_bac_region_is_a_place(matcher):
    match = found(matcher, "Đoàn công tác về thăm chiến khu Việt Bắc.", "Việt Bắc")
    assert match.targets["en"] == ("Viet Bac",)
