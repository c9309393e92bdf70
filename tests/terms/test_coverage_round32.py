"""Coverage round thirty-two (issue 11zf): unseen32 as development data and unseen33 held out,
own batch b46, and the classes of unseen32's misses. Sentences are the engineer's own."""

from __future__ import annotations

import pytest
from shipped_matching import coverage_bench, found, sources


def test_unseen32_is_development_data_now():
    bench = coverage_bench()
    assert "unseen32" not in bench.HELD_OUT and "unseen32" in bench.UNSEEN_SPLITS
    if not (bench.DATA / "terms_unseen32.jsonl").is_file():
        pytest.skip("the set unseen32 is not in this checkout")
    assert bench.load_split("unseen32")


# --- a city whose name holds its level joins a city committee's role before it ---------------

@pytest.mark.parametrize(("text", "span"), [
    ("Bà Thảo, Ủy viên Ban Thường vụ Thành ủy, Phó Chủ tịch UBND Thành phố Hồ Chí Minh, dự lễ.",
     "Ủy viên Ban Thường vụ Thành ủy, Phó Chủ tịch UBND Thành phố Hồ Chí Minh"),
    ("Ông Tuấn, Phó Bí thư Thành ủy, Chủ tịch HĐND TP.HCM, phát biểu.",
     "Phó Bí thư Thành ủy, Chủ tịch HĐND TP.HCM"),
])
def test_a_city_named_with_its_level_takes_the_city_committee_s_role(matcher, text, span):
    assert len(found(matcher, text, span).parts) == 2


@pytest.mark.parametrize(("text", "first"), [
    # limits: a province's or a district's committee does not join the city's title
    ("Ông Tuấn, Phó Bí thư Tỉnh ủy, Chủ tịch UBND Thành phố Hồ Chí Minh, phát biểu.",
     "Phó Bí thư Tỉnh ủy"),
    ("Ông Tuấn, Huyện ủy viên, Phó Chủ tịch UBND TP Hồ Chí Minh, phát biểu.", "Huyện ủy viên"),
])
def test_another_level_s_committee_stays_apart_from_the_city(matcher, text, first):
    assert sources(matcher, text)[0] == first


# --- domain words of this round ----------------------------------------------------------------

@pytest.mark.parametrize(("text", "span"), [
    ("Bà Nga, tổ trưởng tổ công nghệ số cộng đồng khu phố 6, phường Tân Định, hướng dẫn người dân.",
     "tổ trưởng tổ công nghệ số cộng đồng khu phố 6, phường Tân Định"),
    ("Ông Quang, Phó Tổng Giám đốc Công ty cổ phần Lọc hóa dầu Dung Quất, báo cáo.",
     "Phó Tổng Giám đốc Công ty cổ phần Lọc hóa dầu Dung Quất"),
    ("Ông Sáu, tổ trưởng tổ tự quản ấp Tân Phước, xã Long Hựu, đi tuần.",
     "tổ trưởng tổ tự quản ấp Tân Phước, xã Long Hựu"),
    ("Ông Sáu, Đội trưởng Đội xung kích xã Nghĩa Lộ, dẫn lực lượng.",
     "Đội trưởng Đội xung kích xã Nghĩa Lộ"),
    ("Ông Sáu, Phó Trưởng phòng Quản lý nhà và thị trường bất động sản, Sở Xây dựng tỉnh Lâm "
     "Đồng, trả lời.",
     "Phó Trưởng phòng Quản lý nhà và thị trường bất động sản, Sở Xây dựng tỉnh Lâm Đồng"),
    ("Chị Mai, tổ trưởng tổ du lịch cộng đồng bản Lác, xã Chiềng Châu, đón khách.",
     "tổ trưởng tổ du lịch cộng đồng bản Lác, xã Chiềng Châu"),
])
def test_this_round_s_domain_words_complete_a_title(matcher, text, span):
    found(matcher, text, span)


def test_this_round_s_domain_words_alone_in_prose_are_no_body(matcher):
    assert sources(matcher, "Người dân tự quản con đường của xóm.") == []
    assert sources(matcher, "Lực lượng xung kích có mặt kịp thời.") == []
    assert not any(m.concept.startswith("title:")
                   for m in matcher.find("Giá nhà và thị trường bất động sản đều tăng."))


# --- `kiêm` after a lower-case body or a bare lower-case role ----------------------------------

@pytest.mark.parametrize(("text", "span"), [
    ("Ông Vàng, bí thư chi bộ kiêm trưởng thôn Sín Chải, đi vận động.",
     "bí thư chi bộ kiêm trưởng thôn Sín Chải"),
    ("Ông Vàng, Bí thư chi bộ kiêm trưởng bản Nà Hẩu, xã Mường Khoa, đi vận động.",
     "Bí thư chi bộ kiêm trưởng bản Nà Hẩu, xã Mường Khoa"),
    ("Bà Liên, phó bí thư kiêm chủ tịch UBND xã, tiếp dân.",
     "phó bí thư kiêm chủ tịch UBND xã"),
])
def test_kiem_joins_a_lower_case_first_title(matcher, text, span):
    hit = found(matcher, text, span)
    assert "~," in hit.concept and "a zároveň" in hit.target("cs")


@pytest.mark.parametrize(("text", "first"), [
    # limits: no second title after `kiêm`; a lower-case body alone stays the listed title
    ("Ông Vàng, phó bí thư kiêm nhiệm thêm việc khác.", "phó bí thư"),
    ("Ông Vàng, bí thư chi bộ, cho biết.", "bí thư chi bộ"),
    ("Ông Vàng, bí thư kiêm giám đốc công ty, cho biết.", "bí thư"),
])
def test_kiem_needs_a_title_after_it(matcher, text, first):
    assert sources(matcher, text)[0] == first


# --- a lower-case village head before its village's number -------------------------------------

def test_a_lower_case_village_head_takes_the_village_number(matcher):
    hit = found(matcher, "Ông Bảy, trưởng ấp 5, xã Tân Hòa, cho biết.", "trưởng ấp 5, xã Tân Hòa")
    assert hit.target("cs").startswith("vedoucí vesnice 5")


@pytest.mark.parametrize("text", [
    # limits: a quantity after the role (`3 năm`), a count of communes (`4 xã`)
    "Ông Bảy làm trưởng thôn 3 năm liền.",
    "Ông Bảy, trưởng thôn 4 xã vùng cao, cho biết.",
])
def test_a_number_that_is_a_quantity_is_no_village_number(matcher, text):
    assert sources(matcher, text)[0] == "trưởng thôn"


# --- a village's respected person with the village; `bon` as a village word ---------------------

@pytest.mark.parametrize(("text", "span"), [
    ("Già Y Khăm, người có uy tín buôn Ea Kmar, xã Cư Pui, hòa giải mâu thuẫn.",
     "người có uy tín buôn Ea Kmar, xã Cư Pui"),
    ("Người có uy tín bản Pắc Ngà dự lễ tuyên dương.", "Người có uy tín bản Pắc Ngà"),
    ("Ông K'Dũng, người có uy tín bon Bu Nor, vận động con cháu.", "người có uy tín bon Bu Nor"),
    ("Ông K'Dũng, trưởng bon Bu Nor, xã Đắk Wil, cho biết.", "trưởng bon Bu Nor, xã Đắk Wil"),
])
def test_a_respected_person_of_a_village_is_a_title(matcher, text, span):
    found(matcher, text, span)


@pytest.mark.parametrize("text", [
    # limits: alone, before a commune or a province: the listed phrase
    "Người có uy tín là cầu nối giữa chính quyền và bà con.",
    "Tỉnh thăm hỏi người có uy tín xã Cư Pui.",
    "Tỉnh thăm hỏi người có uy tín tỉnh Đắk Lắk.",
])
def test_a_respected_person_without_a_village_stays_the_phrase(matcher, text):
    hits = [m for m in matcher.find(text) if "uy tín" in m.source]
    assert [m.concept for m in hits] == ["phrase.prestigious_persons"]
