"""Coverage round nine (issue 11i): a list of roles ended with `và` sharing one body, `phụ trách`
only before what it governs, places listed after a place word and after words such as `xã biên
giới`, friendship bodies naming two countries, and the domain's set phrases and bodies that
the eighth independent set brought."""

from __future__ import annotations

import pytest
from shipped_matching import coverage_bench, found, sources


@pytest.mark.parametrize(("text", "span", "cs", "en"), [
    ("Chủ tịch, Phó Chủ tịch và Ủy viên UBND tỉnh Bắc Ninh đã ký cam kết.",
     "Chủ tịch, Phó Chủ tịch và Ủy viên UBND tỉnh Bắc Ninh",
     "předseda, místopředseda a člen lidového výboru provincie Bắc Ninh",
     "Chairman, Vice Chairman and Member of the Bac Ninh provincial People's Committee"),
    ("Giám đốc, Phó Giám đốc và Kế toán trưởng Trung tâm Dịch vụ nông nghiệp tỉnh Cà Mau bị "
     "đình chỉ.",
     "Giám đốc, Phó Giám đốc và Kế toán trưởng Trung tâm Dịch vụ nông nghiệp tỉnh Cà Mau",
     "ředitel, zástupce ředitele a hlavní účetní centra služeb zemědělství provincie Cà Mau",
     "Director, Deputy Director and Chief Accountant of the Ca Mau provincial Agriculture "
     "Services Centre"),
    ("Chủ tịch Hội hữu nghị Việt Nam - Ba Lan phát biểu.",
     "Chủ tịch Hội hữu nghị Việt Nam - Ba Lan",
     "předseda svazu přátelství Vietnam - Polsko",
     "Chairman of the Vietnam - Poland Friendship Association"),
    ("Chủ tịch Hội hữu nghị Séc - Việt cho biết.", "Chủ tịch Hội hữu nghị Séc - Việt",
     "předseda Česko-vietnamské společnosti",
     "Chairman of the Czech - Vietnam Friendship Society"),
    ("Tổng Giám đốc Bảo hiểm tiền gửi Việt Nam cho biết.",
     "Tổng Giám đốc Bảo hiểm tiền gửi Việt Nam",
     "generální ředitel Vietnamské agentury pro pojištění vkladů",
     "General Director of the Deposit Insurance of Vietnam"),
    ("Đại diện Thương mại Hoa Kỳ điện đàm với Bộ trưởng.", "Đại diện Thương mại Hoa Kỳ",
     "obchodní zmocněnec USA", "United States Trade Representative"),
    ("Phó Giám đốc phụ trách Sở Xây dựng tỉnh Nghệ An dự họp.",
     "Phó Giám đốc phụ trách Sở Xây dựng tỉnh Nghệ An",
     "řídící zástupce ředitele odboru výstavby provincie Nghệ An",
     "Deputy Director in charge of the Nghe An provincial Department of Construction"),
])
def test_round_nine_compositions(matcher, text, span, cs, en):
    hit = found(matcher, text, span)
    assert hit.target("cs") == cs
    assert hit.target("en") == en


def test_a_single_va_joins_two_titles_not_two_roles(matcher):
    # only the last item of a list begun with commas shares the body; since round fifty-eight
    # a role and its own deputy's role do too (`Giám đốc và Phó Giám đốc Sở X`: one span in all
    # 4 cases over the sets), tested in test_coverage_round58.py
    assert sources(matcher, "Chánh Văn phòng và Phó Giám đốc Sở Y tế dự họp.") == [
        "Chánh Văn phòng", "Phó Giám đốc Sở Y tế"]
    assert sources(matcher, "Bí thư Tỉnh ủy và Chủ tịch UBND tỉnh Nghệ An dự họp.") == [
        "Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh Nghệ An"]


def test_in_charge_needs_what_it_governs(matcher):
    assert sources(matcher, "Ông Tú, Phó Chủ tịch phụ trách khối văn hóa - xã hội, dự.") == [
        "Phó Chủ tịch"]


def test_a_friendship_group_names_two_countries(matcher):
    hit = found(matcher, "Nhóm Nghị sĩ hữu nghị Việt Nam - Nhật Bản họp.",
                "Nhóm Nghị sĩ hữu nghị Việt Nam - Nhật Bản")
    assert hit.target("en") == "Vietnam - Japan Friendship Parliamentarians' Group"
    # the listed associations keep their own rows
    assert found(matcher, "Hội hữu nghị Việt Nam - Lào tỉnh Kon Tum họp.",
                 "Hội hữu nghị Việt Nam - Lào tỉnh Kon Tum").concept.startswith(
        "body:mass.friendship_lao")


@pytest.mark.parametrize(("text", "places"), [
    ("Hàng hóa qua cửa khẩu Hữu Nghị và Tân Thanh tăng.", ["Hữu Nghị", "Tân Thanh"]),
    ("Đoàn trao quà ở xã biên giới Ia Mơ.", ["Ia Mơ"]),
    ("Người dân huyện vùng cao Mường Tè đón Tết.", ["Mường Tè"]),
    ("Nhà vườn ở cồn Phú Đa thu hoạch bưởi.", ["Phú Đa"]),
])
def test_places_after_place_words(matcher, text, places):
    assert [m.source for m in matcher.find(text) if m.source in places] == places


def test_a_level_word_alone_still_wins_when_longer(matcher):
    # the level word `xã` before a name, no place word in between
    assert "Sơn Kim 1" in sources(matcher, "Người dân xã Sơn Kim 1 và xã Sơn Tây dự.")


@pytest.mark.parametrize("span", [
    "bảo vệ Tổ quốc từ sớm, từ xa",
    "không có vùng cấm, không có ngoại lệ",
    "trên nóng, dưới lạnh",
    "sắp xếp, tinh gọn tổ chức bộ máy",
    # (the ethnic areas' programme is read as its phrases since round thirteen)
])
def test_round_nine_phrases(matcher, span):
    assert span in sources(matcher, f"Các địa phương tiếp tục {span} trong năm nay.")


def test_own_batch_b23_loads_its_marks():
    rows = coverage_bench().load_split("own-b23")
    spans = [s for row in rows for s in row["spans"]]
    assert len(rows) == 52 and len(spans) == 80
    assert sum(s["kind"] == "title" for s in spans) == 54
    assert sum(s.get("coordinated", False) for s in spans) == 4


def test_a_body_alone_ends_before_cua_a_ministry(matcher):
    # unseen8: `Vụ Pháp chế` | `của Bộ Tư pháp`; in a title, and before the National Assembly,
    # `của` still joins (every set marks `Ủy ban … của Quốc hội` whole)
    assert sources(matcher, "Vụ Pháp chế của Bộ Tư pháp chủ trì rà soát.") == [
        "Vụ Pháp chế", "Bộ Tư pháp"]
    assert sources(matcher, "Ủy ban Kinh tế của Quốc hội họp.") == ["Ủy ban Kinh tế của Quốc hội"]
    assert sources(matcher, "Vụ trưởng Vụ Pháp chế của Bộ Tư pháp họp.") == [
        "Vụ trưởng Vụ Pháp chế của Bộ Tư pháp"]


@pytest.mark.parametrize(("text", "span", "concept"), [
    ("Đoàn tham quan vịnh Hạ Long.", "Hạ Long", "geo.ha_long_bay"),
    ("Cây cầu vượt sông Hương.", "sông Hương", "geo.perfume_river"),
    ("Bờ sông Sài Gòn sạt lở.", "sông Sài Gòn", "geo.saigon_river"),
    ("Thành phố Hạ Long đón khách.", "Hạ Long", "place.city.ha_long"),
    ("Xe qua cầu Sài Gòn.", "Sài Gòn", "place.city.saigon"),
])
def test_a_river_or_bay_is_its_name_after_its_own_word(matcher, text, span, concept):
    # `vịnh [Hạ Long]` (test, unseen5, unseen8); a river keeps its word since round twelve
    # (`[sông Hương]`, the eleventh set's README); the river's or bay's rendering
    # (`Voňavá řeka`), and only after its own word (`cầu Sài Gòn` is no river)
    assert found(matcher, text, span).concept == concept
