"""Places without a level word (issue 11c): the foreign gazetteer, places after a preposition,
landmark names with a lower-case syllable, and foreign names that give way to Vietnamese ones."""

from __future__ import annotations

import pytest

from translate.terms.place_tokens import is_foreign


def spans(matcher, text: str) -> dict[str, tuple[str, str, str]]:
    return {m.source: (m.concept, m.targets["cs"][0], m.targets["en"][0])
            for m in matcher.find(text)}


@pytest.mark.parametrize("text, name, cs, en", [
    ("Đoàn công tác tỉnh Bolikhamxay thăm Hà Tĩnh.", "Bolikhamxay", "Bolikhamxai", "Bolikhamxay"),
    ("Hợp tác với tỉnh Xiêng Khoảng, Lào.", "Xiêng Khoảng", "Siangkhuang", "Xiengkhouang"),
    ("Lãnh đạo tỉnh Svay Rieng (Campuchia) dự lễ.", "Svay Rieng", "Svay Rieng", "Svay Rieng"),
    ("Thương mại qua Bằng Tường tăng mạnh.", "Bằng Tường", "Pching-siang", "Pingxiang"),
    ("Tỉnh kết nghĩa với tỉnh Hyogo (Nhật Bản).", "Hyogo", "Hjógo", "Hyogo"),
    ("Đường bay thẳng đến Busan được mở.", "Busan", "Pusan", "Busan"),
])
def test_gazetteer_places(matcher, text, name, cs, en):
    concept, got_cs, got_en = spans(matcher, text)[name]
    assert is_foreign(concept) and (got_cs, got_en) == (cs, en)


def test_a_foreign_name_after_a_vietnamese_level_word_is_the_vietnamese_place(matcher):
    found = spans(matcher, "Người dân phường Hà Khẩu, thành phố Hạ Long đón Tết.")
    assert found["Hà Khẩu"][0] == "place:ha_khau"  # a ward of Hạ Long, not Hekou
    assert is_foreign(spans(matcher, "Hàng hóa qua Hà Khẩu sang Vân Nam.")["Hà Khẩu"][0])


@pytest.mark.parametrize("text, place", [
    ("Thanh tra tỉnh kết luận sai phạm đất đai tại Kỳ Anh.", "Kỳ Anh"),
    ("Hàng hóa vận chuyển từ Thạch Hà đến Cẩm Xuyên.", "Thạch Hà"),
    ("Hàng hóa được tập kết ở Cẩm Xuyên.", "Cẩm Xuyên"),
    ("Khu di tích lịch sử Ngã ba Đồng Lộc đón khách.", "Ngã ba Đồng Lộc"),
    ("Lễ hội du lịch biển Thiên Cầm khai mạc.", "Thiên Cầm"),
])
def test_places_without_a_level_word(matcher, text, place):
    assert place in spans(matcher, text)


@pytest.mark.parametrize("text", [
    "Hội nghị diễn ra tại Hội trường Trung tâm Hội nghị tỉnh.",
    "Đại biểu phát biểu tại Kỳ họp thứ 9.",
    "Bằng khen được trao tận tay từ Nguyễn Văn An.",
    "Nhà máy đặt tại Khu Liên hợp gang thép.",
])
def test_no_place_after_a_preposition_without_a_name(matcher, text):
    assert not [m for m in matcher.find(text) if m.concept.startswith("place:")]


@pytest.mark.parametrize("text, place", [
    ("Di tích quốc gia đặc biệt Thành cổ Quảng Trị được tu bổ.", "Thành cổ Quảng Trị"),
    ("Ban quản lý đẩy nhanh cao tốc Vũng Áng - Bùng.", "Vũng Áng"),
    ("Ban quản lý đẩy nhanh cao tốc Vũng Áng - Bùng.", "Bùng"),
    ("Kim ngạch qua cửa khẩu Lào Bảo tăng 18%.", "Lào Bảo"),
])
def test_landmarks_routes_and_longer_names(matcher, text, place):
    assert place in spans(matcher, text)


def test_a_listed_place_is_only_the_start_of_a_longer_name(matcher):
    found = spans(matcher, "UBND phường Quy Nhơn Nam tổ chức lễ công bố.")
    assert "UBND phường Quy Nhơn Nam" in found
    # but not where a holder's name follows, nor after a foreign place
    found = spans(matcher, "Phó Trưởng Ban Tổ chức Tỉnh ủy Nghệ An Đậu Thị Hương phát biểu.")
    assert "Phó Trưởng Ban Tổ chức Tỉnh ủy Nghệ An" in found
    found = spans(matcher, "Phó Tỉnh trưởng tỉnh Champasak Vilay Phommavong đánh giá cao.")
    assert "Phó Tỉnh trưởng tỉnh Champasak" in found


def test_a_numbered_region_after_a_body(matcher):
    concept, cs, en = spans(matcher, "Chi cục Kiểm lâm vùng IV tuần tra rừng.")[
        "Chi cục Kiểm lâm vùng IV"]
    assert cs.endswith("oblasti IV") and en.startswith("Region IV")


def test_a_list_of_places_after_one_level_word(matcher):
    found = spans(matcher, "Bão đổ bộ vào các tỉnh Quảng Ninh, Hải Phòng và Thái Bình.")
    assert {"Quảng Ninh", "Hải Phòng", "Thái Bình"} <= set(found)
    found = spans(matcher, "Lũ gây ngập các xã Cẩm Bình, Cẩm Lạc và Cẩm Hưng.")
    assert {"Cẩm Bình", "Cẩm Lạc", "Cẩm Hưng"} <= set(found)
    # a title after the comma ends the list
    found = spans(matcher, "Người dân huyện Thạch Hà, Chủ tịch UBND huyện cho biết.")
    assert "Thạch Hà" in found and "Chủ tịch UBND huyện" in found


def test_a_function_word_ends_a_name(matcher):
    """`Anh và` (from `Vương quốc Anh và Bắc Ireland`) is no two-syllable word."""
    assert "Kỳ Anh" in spans(matcher, "Đường đi qua thị xã Kỳ Anh và huyện Cẩm Xuyên.")
