"""Coverage round fifteen (issue 11o): plural bodies (`UBND các xã`: `plural_bodies.py`) and
their limits, the central newspapers named after their owner in a title, the intergovernmental
committees, the quoted names of the Front's house and fund campaigns and unseen14/unseen15 as
development data (round sixteen made unseen16 development data too and moved the held-out test to
test_coverage_round16.py). Sentences are the engineer's own."""

from __future__ import annotations

import pytest
from shipped_matching import coverage_bench, found, sources


@pytest.mark.parametrize(("text", "span", "cs", "en"), [
    ("UBND các xã rà soát nhà tạm trước mùa mưa.", "UBND các xã",
     "obecní lidové výbory", "commune People's Committees"),
    # two levels with an adjective each: the adjectives coordinated
    ("HĐND các tỉnh, thành phố giám sát việc sắp xếp.", "HĐND các tỉnh, thành phố",
     "provinční a městské lidové rady", "provincial and municipal People's Councils"),
    # a level without a Czech adjective: the level nouns in the genitive plural
    ("UBND các phường công khai danh sách.", "UBND các phường",
     "lidové výbory městských čtvrtí", "ward People's Committees"),
    ("UBND các xã, phường đã bàn giao mặt bằng.", "UBND các xã, phường",
     "lidové výbory obcí a městských čtvrtí", "commune and ward People's Committees"),
    ("Hội Nông dân các xã, phường, thị trấn hỗ trợ hội viên.",
     "Hội Nông dân các xã, phường, thị trấn", "svazy rolníků obcí, městských čtvrtí a městysů",
     "commune, ward and township Farmers' Unions"),
    # a neuter body: the hard adjective's plural in -á
    ("Công an các tỉnh, thành phố phối hợp truy bắt.", "Công an các tỉnh, thành phố",
     "provinční a městská ředitelství veřejné bezpečnosti",
     "provincial and municipal Police Departments"),
    ("Sở Y tế các tỉnh báo cáo số ca mắc.", "Sở Y tế các tỉnh",
     "odbory zdravotnictví provincií", "provincial Departments of Health"),
])
def test_a_body_of_every_unit_of_its_levels_is_one_plural_body(matcher, text, span, cs, en):
    hit = found(matcher, text, span)
    assert hit.concept.startswith("body:") and hit.concept.endswith("*pl")
    assert (hit.target("cs"), hit.target("en")) == (cs, en)


@pytest.mark.parametrize(("text", "expected"), [
    # named units: a list of places, not the body of every unit
    ("UBND các xã Kỳ Phong, Kỳ Bắc họp bàn.", ["UBND", "Kỳ Phong", "Kỳ Bắc"]),
    # a region after the level picks some units: the body alone
    ("Ủy ban MTTQ Việt Nam các tỉnh ven biển phát động ủng hộ.", ["Ủy ban MTTQ Việt Nam", "tỉnh"]),
    ("UBND các xã vùng cao được hỗ trợ.", ["UBND"]),
    # `các cấp` is no level word: unchanged
    ("HĐND các cấp tổ chức tiếp xúc cử tri.", ["HĐND"]),
])
def test_a_plural_body_stops_where_the_units_are_named_or_picked(matcher, text, expected):
    assert sources(matcher, text)[:len(expected)] == expected


def test_a_role_before_a_plural_body_is_one_plural_title_since_round_45(matcher):
    # round 15 ended the title at the body; since round 45 (unseen44 and unseen45 mark the role's
    # plural holders with their units) the role and the plural body are one plural title
    # (`plural_titles.py`, tested in test_coverage_round45.py)
    assert sources(matcher, "Chủ tịch UBND các xã được giao nhiệm vụ.")[0] == \
        "Chủ tịch UBND các xã"


@pytest.mark.parametrize(("text", "span", "en"), [
    ("Tổng Biên tập Báo Quân đội nhân dân trao giải cho tác giả.",
     "Tổng Biên tập Báo Quân đội nhân dân", "Editor-in-Chief of the People's Army Newspaper"),
    ("Báo Công an nhân dân mở chuyên mục mới.", "Báo Công an nhân dân",
     "People's Public Security Newspaper"),
])
def test_a_newspaper_named_after_its_owner(matcher, text, span, en):
    assert found(matcher, text, span).target("en") == en


def test_the_newspaper_keeps_its_name_in_czech(matcher):
    hit = found(matcher, "Tổng Biên tập Báo Quân đội nhân dân phát biểu.",
                "Tổng Biên tập Báo Quân đội nhân dân")
    assert hit.target("cs") == "šéfredaktor deníku Quân đội nhân dân"


@pytest.mark.parametrize(("text", "span", "cs"), [
    ("Phiên họp thứ 12 của Ủy ban liên Chính phủ Việt Nam - Lào diễn ra tại Viêng Chăn.",
     "Ủy ban liên Chính phủ Việt Nam - Lào", "vietnamsko-laoský mezivládní výbor"),
    ("Ủy ban liên Chính phủ Việt Nam – Campuchia rà soát các dự án.",
     "Ủy ban liên Chính phủ Việt Nam – Campuchia", "vietnamsko-kambodžský mezivládní výbor"),
    # the pair not written: the committee alone
    ("Hai bên nhất trí tổ chức kỳ họp Ủy ban liên Chính phủ hai nước.",
     "Ủy ban liên Chính phủ", "mezivládní výbor"),
])
def test_intergovernmental_committees(matcher, text, span, cs):
    assert found(matcher, text, span).target("cs") == cs


@pytest.mark.parametrize(("text", "span", "en"), [
    ('Hội Phụ nữ trao hai căn nhà "Đại đoàn kết" cho hộ nghèo.', "Đại đoàn kết",
     "Great Solidarity"),
    ('Quỹ "Vì người nghèo" của phường tiếp nhận 200 triệu đồng.', "Vì người nghèo",
     "For the Poor"),
])
def test_quoted_names_of_the_fronts_houses_and_funds(matcher, text, span, en):
    assert found(matcher, text, span).target("en") == en


@pytest.mark.parametrize("text", [
    "Phát huy sức mạnh khối đại đoàn kết toàn dân.",
    "Cả xã chung tay vì người nghèo trong dịp Tết.",
])
def test_the_quoted_names_are_case_sensitive(matcher, text):
    found_ = sources(matcher, text)
    assert "Đại đoàn kết" not in found_ and "Vì người nghèo" not in found_


def test_listed_longer_names_still_win(matcher):
    assert sources(matcher, "Tham gia Ngày hội Đại đoàn kết toàn dân tộc và ủng hộ Quỹ Vì "
                            "người nghèo.") == ["Đại đoàn kết toàn dân tộc", "Quỹ Vì người nghèo"]


@pytest.mark.parametrize(("name", "rows", "spans"), [("unseen14", 256, 456),
                                                     ("unseen15", 256, 462)])
def test_unseen14_and_unseen15_are_development_data_now(name, rows, spans):
    bench = coverage_bench()
    assert name not in bench.HELD_OUT
    if not (bench.DATA / f"terms_{name}.jsonl").is_file():
        pytest.skip(f"the set {name} is not in this checkout")
    loaded = bench.load_split(name)
    assert len(loaded) == rows and sum(len(r["spans"]) for r in loaded) == spans


def test_own_batch_b29_loads_its_marks():
    rows = coverage_bench().load_split("own-b29")
    spans = [s for row in rows for s in row["spans"]]
    assert len(rows) == 40 and len(spans) == 49


@pytest.mark.parametrize(("text", "span", "cs", "en"), [
    # a listed body with its level built in (`Thuế tỉnh`), no table body for its first words
    ("Thuế các tỉnh, thành phố hướng dẫn hộ kinh doanh kê khai.", "Thuế các tỉnh, thành phố",
     "provinční a městské daňové správy", "provincial and municipal Tax Offices"),
    ("Thống kê các tỉnh công bố số liệu quý III.", "Thống kê các tỉnh",
     "provinční statistické úřady", "Provincial Statistics Offices"),
])
def test_a_listed_body_with_its_level_built_in_in_the_plural(matcher, text, span, cs, en):
    hit = found(matcher, text, span)
    assert (hit.target("cs"), hit.target("en")) == (cs, en)


def test_a_common_noun_before_plural_levels_is_no_body(matcher):
    # `thuế` in lower case is the tax itself
    assert "thuế các tỉnh" not in [s.lower() for s in sources(
        matcher, "Doanh nghiệp nộp thuế các tỉnh theo quy định.")]
