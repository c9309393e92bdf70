"""Coverage round sixty-one (issue 11zzi): unseen65 as development data (tested with the other
sets in test_coverage_round46.py; the held-out test moved on to round 62), and the span
mechanisms this round added, each with its limits. Sentences are the engineer's own."""

from __future__ import annotations

import pytest
from shipped_matching import found, sources

# -- the province after a commune that is a parent, not the part itself ---------------------------

@pytest.mark.parametrize("text, span, cs", [
    ("Phó trưởng phòng Văn hóa - Xã hội UBND phường Nghĩa Lộ, thành phố Đà Nẵng cho biết.",
     "Phó trưởng phòng Văn hóa - Xã hội UBND phường Nghĩa Lộ, thành phố Đà Nẵng",
     "městské čtvrti Nghĩa Lộ města Da Nangu"),
    ("Bí thư Chi bộ thôn Bản Chang, xã Tân Lập, tỉnh Tuyên Quang phát biểu.",
     "Bí thư Chi bộ thôn Bản Chang, xã Tân Lập, tỉnh Tuyên Quang",
     "vesnice Bản Chang obce Tân Lập provincie Tuyên Quang"),
])
def test_a_communes_province_joins_when_the_commune_is_a_parent(matcher, text, span, cs):
    match = found(matcher, text, span)
    assert match.targets["cs"][0].endswith(cs)


@pytest.mark.parametrize("text, span", [
    # a village's commune, then its district: round 31's limit, the district stays apart
    ("Trưởng thôn Nà Pồng, xã Hòa Bình, huyện Hòa An cho biết.",
     "Trưởng thôn Nà Pồng, xã Hòa Bình"),
    # a district's unit keeps its province apart (older sets split it; no gain over all sets)
    ("Bí thư Huyện ủy Yên Lạc, tỉnh Vĩnh Phúc dự lễ.", "Bí thư Huyện ủy Yên Lạc"),
    ("Phó Chủ tịch UBND huyện Châu Đức, tỉnh Bà Rịa - Vũng Tàu phát biểu.",
     "Phó Chủ tịch UBND huyện Châu Đức"),
])
def test_the_comma_parent_limits(matcher, text, span):
    assert span in sources(matcher, text)


# -- the army's honorific name, a phrase row ------------------------------------------------------

def test_uncle_hos_soldiers_is_one_phrase(matcher):
    match = found(matcher, "Các chiến sĩ trẻ rèn luyện phẩm chất Bộ đội Cụ Hồ mỗi ngày.",
                  "Bộ đội Cụ Hồ")
    assert match.targets["cs"][0] == "vojáci strýčka Ho"
    assert match.targets["en"][0] == "Uncle Ho's soldiers"


def test_the_ministry_is_still_read_before_another_word(matcher):
    assert "Bộ Quốc phòng" in sources(matcher, "Bộ Quốc phòng phát động phong trào thi đua.")


# -- a relic site's special national rank, one qualifier -----------------------------------------

def test_a_special_national_relic_site_keeps_its_name(matcher):
    text = "Trưởng Ban Quản lý Khu di tích quốc gia đặc biệt Kim Liên cho biết số khách tăng."
    match = found(matcher, text, "Trưởng Ban Quản lý Khu di tích quốc gia đặc biệt Kim Liên")
    assert "Special National" in match.targets["en"][0]


def test_a_plain_national_site_is_unchanged(matcher):
    text = "Trưởng Ban Quản lý Khu di tích quốc gia Kim Liên cho biết số khách tăng."
    match = found(matcher, text, "Trưởng Ban Quản lý Khu di tích quốc gia Kim Liên")
    assert "Special" not in match.targets["en"][0]
