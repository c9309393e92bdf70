"""Coverage round sixteen (issue 11p): a table body that needs its name (`Báo`) loses a tie to
a listed body written with the same words (`Báo Công an nhân dân`), the Lao People's Army and
the Diplomatic Academy, two mottos, two name variants and unseen16 as development data (the
unseen17 held-out test moved to round seventeen's file). Sentences are the engineer's own."""

from __future__ import annotations

import pytest
from shipped_matching import coverage_bench, found, sources

from translate.terms.inflect import english_plural


@pytest.mark.parametrize(("text", "span", "concept", "en"), [
    # the listed newspaper and the table's `Báo` + name end at the same word: the listed wins
    ("Tổng Biên tập Báo Công an nhân dân trao giải báo chí.", "Tổng Biên tập Báo Công an nhân dân",
     "title:editor_in_chief+press.cand",
     "Editor-in-Chief of the People's Public Security Newspaper"),
    ("Phó Tổng Biên tập Báo Công an nhân dân dự hội thảo.",
     "Phó Tổng Biên tập Báo Công an nhân dân", None, None),
    # the other central newspaper as before
    ("Tổng Biên tập Báo Quân đội nhân dân trao giải.", "Tổng Biên tập Báo Quân đội nhân dân",
     "title:editor_in_chief+press.qdnd", "Editor-in-Chief of the People's Army Newspaper"),
])
def test_a_listed_newspaper_wins_the_tie_with_the_bare_newspaper_word(matcher, text, span,
                                                                       concept, en):
    hit = found(matcher, text, span)
    if concept is not None:
        assert hit.concept == concept and hit.target("en") == en


@pytest.mark.parametrize(("text", "first"), [
    # `Báo` without a name is still no body: the role alone, as before
    ("Tổng Biên tập Báo cho biết sẽ cải tiến chuyên mục.", "Tổng Biên tập"),
    # a provincial newspaper named by its place: unchanged
    ("Tổng Biên tập Báo Hà Tĩnh phát biểu.", "Tổng Biên tập Báo Hà Tĩnh"),
])
def test_the_newspaper_word_still_needs_its_name(matcher, text, first):
    assert sources(matcher, text)[0] == first


@pytest.mark.parametrize(("text", "span", "cs", "en"), [
    ("Quân đội nhân dân Lào tổ chức lễ kỷ niệm ngày thành lập.", "Quân đội nhân dân Lào",
     "Laoská lidová armáda", "Lao People's Army"),
    ("Sinh viên Học viện Ngoại giao tham gia tình nguyện.", "Học viện Ngoại giao",
     "Diplomatická akademie Vietnamu", "Diplomatic Academy of Vietnam"),
    ("Đảng ủy Quân sự Trung ương họp phiên thường kỳ.", "Đảng ủy Quân sự Trung ương",
     "Ústřední vojenská komise", "Central Military Commission"),
])
def test_new_bodies_and_variants(matcher, text, span, cs, en):
    hit = found(matcher, text, span)
    assert (hit.target("cs"), hit.target("en")) == (cs, en)


def test_a_role_of_the_lao_army_is_one_title(matcher):
    hit = found(matcher, "Tổng Tham mưu trưởng Quân đội nhân dân Lào thăm Hà Nội.",
                "Tổng Tham mưu trưởng Quân đội nhân dân Lào")
    assert "Lao People's Army" in hit.target("en")
    # the Vietnam People's Army as before
    found(matcher, "Tổng Tham mưu trưởng Quân đội nhân dân Việt Nam thăm Viêng Chăn.",
          "Tổng Tham mưu trưởng Quân đội nhân dân Việt Nam")


def test_the_czech_republic_written_in_full_in_the_friendship_association(matcher):
    hit = found(matcher, "Chủ tịch Hội hữu nghị Việt Nam - Cộng hòa Séc tiếp đoàn sinh viên.",
                "Chủ tịch Hội hữu nghị Việt Nam - Cộng hòa Séc")
    assert "Společnosti vietnamsko-českého přátelství" in hit.target("cs")


@pytest.mark.parametrize(("text", "span"), [
    ('Với tinh thần "Đảng đã quyết, Chính phủ đồng lòng, Quốc hội đồng thuận, nhân dân ủng hộ", '
     "tỉnh hoàn thành sắp xếp.",
     "Đảng đã quyết, Chính phủ đồng lòng, Quốc hội đồng thuận, nhân dân ủng hộ"),
    ('Lãnh đạo tỉnh yêu cầu "chỉ bàn làm, không bàn lùi" trong giải phóng mặt bằng.',
     "chỉ bàn làm, không bàn lùi"),
])
def test_the_mottos_are_one_phrase(matcher, text, span):
    found(matcher, text, span)


def test_a_part_of_the_motto_is_not_it(matcher):
    assert "chỉ bàn làm, không bàn lùi" not in sources(matcher, "Họ chỉ bàn làm ruộng.")


def test_unseen16_is_development_data_now():
    bench = coverage_bench()
    assert "unseen16" not in bench.HELD_OUT
    if not (bench.DATA / "terms_unseen16.jsonl").is_file():
        pytest.skip("the set unseen16 is not in this checkout")
    loaded = bench.load_split("unseen16")
    assert len(loaded) == 258 and sum(len(r["spans"]) for r in loaded) == 439


def test_own_batch_b30_loads_its_marks():
    rows = coverage_bench().load_split("own-b30")
    spans = [s for row in rows for s in row["spans"]]
    assert len(rows) == 46 and len(spans) == 61
    assert sum(bool(s.get("coordinated")) for s in spans) == 4


def test_a_chinese_peoples_government_written_with_chinh_phu(matcher):
    hit = found(matcher, "Phó Chủ tịch Chính phủ nhân dân tỉnh Vân Nam dự hội chợ.",
                "Phó Chủ tịch Chính phủ nhân dân tỉnh Vân Nam")
    assert "People's Government" in hit.target("en")
    # the Vietnamese Government's deputy head is not it (no `nhân dân` + level after it)
    assert sources(matcher, "Phó Chủ tịch Chính phủ dự hội nghị.")[0] == "Phó Chủ tịch Chính phủ"


def test_a_port_word_inside_a_company_name_is_no_port(matcher):
    hit = found(matcher, "Giám đốc Tổng công ty Tân Cảng Sài Gòn kiểm tra bến mới.",
                "Giám đốc Tổng công ty Tân Cảng Sài Gòn")
    assert "Saigon Newport" in hit.target("en")


@pytest.mark.parametrize(("text", "span", "cs", "en"), [
    # the commune police is another table body written `Công an`: its levels decide
    ("Công an các xã, phường ra quân bảo đảm an ninh.", "Công an các xã, phường",
     "stanice veřejné bezpečnosti obcí a městských čtvrtí", "commune and ward Police"),
    ("Công an các xã tiếp nhận hồ sơ cư trú.", "Công an các xã",
     "obecní stanice veřejné bezpečnosti", "commune Police"),
    # the provincial police as before
    ("Công an các tỉnh, thành phố phối hợp truy bắt.", "Công an các tỉnh, thành phố",
     "provinční a městská ředitelství veřejné bezpečnosti",
     "provincial and municipal Police Departments"),
])
def test_a_plural_body_tries_the_table_body_that_takes_its_levels(matcher, text, span, cs, en):
    hit = found(matcher, text, span)
    assert (hit.target("cs"), hit.target("en")) == (cs, en)


def test_english_plural_keeps_a_collective_head():
    assert english_plural("commune Police") == "commune Police"
    assert english_plural("Police Department") == "Police Departments"


@pytest.mark.parametrize("zone", ["Bạch Long Vĩ", "Cô Tô", "Phú Quý", "Thổ Châu", "Cồn Cỏ"])
def test_the_special_zones_are_places_on_their_own(matcher, zone):
    found(matcher, f"Lực lượng biên phòng tuần tra tại {zone} trong mùa bão.", zone)


@pytest.mark.parametrize("text", [
    "Chánh Văn phòng Đoàn đại biểu Quốc hội và HĐND tỉnh Hà Tĩnh đọc tờ trình.",
    "Chánh Văn phòng Đoàn ĐBQH và Hội đồng nhân dân tỉnh Hà Tĩnh đọc tờ trình.",
    "Chánh Văn phòng Đoàn ĐBQH và HĐND tỉnh Hà Tĩnh đọc tờ trình.",
])
def test_the_joint_office_with_one_name_written_out(matcher, text):
    hit = found(matcher, text, text[:text.index(" đọc")])
    assert hit.concept == "title:office_chief+na_council_office+province@place.ha_tinh"
