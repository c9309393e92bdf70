"""Coverage round four (issue 11d): campaign names written with free capitals, missions abroad
with `tại`, a bare role that does not hide a longer body, numbered steering committees,
religious, youth and merged-media bodies, the phrases of topics the earlier rounds lacked."""

from __future__ import annotations

import pytest
from shipped_matching import found
from shipped_matching import sources as spans

from translate.terms import Entry, Glossary
from translate.terms.matcher import TermMatcher


def test_a_campaign_name_needs_its_first_capital_only():
    """`Tuổi cao - gương sáng` is written `Tuổi cao - Gương sáng` as often: a case-sensitive
    event name checks the capital of its first word (which marks it as a name), not the rest."""
    g = Glossary([Entry("e", "Tuổi cao - gương sáng", targets={"cs": ("x",)}, pos="event",
                        case="sensitive"),
                  Entry("d", "Quyết định", targets={"cs": ("rozhodnutí",)}, pos="doctype",
                        case="sensitive", kind="doctype")])
    m = TermMatcher(g)
    assert [x.source for x in m.find("phong trào Tuổi cao - Gương sáng")] == [
        "Tuổi cao - Gương sáng"]
    assert [x.source for x in m.find("phong trào Tuổi cao - gương sáng")] == [
        "Tuổi cao - gương sáng"]
    assert m.find("người tuổi cao - gương sáng") == []
    assert m.find("bàn và quyết định") == []  # other case-sensitive entries stay exact


@pytest.mark.parametrize("text, span", [
    ("Công tác phòng cháy, chữa cháy và cứu nạn, cứu hộ được triển khai.", "cứu nạn, cứu hộ"),
    ("Công tác tổ chức cán bộ và bảo vệ chính trị nội bộ được thực hiện chặt chẽ.",
     "bảo vệ chính trị nội bộ"),
    ("Công tác tổ chức cán bộ được thực hiện chặt chẽ.", "tổ chức cán bộ"),
    # whole since issue 11h (unseen7 marks the campaign with its season)
    ("Lễ ra quân Chiến dịch Thanh niên tình nguyện hè năm 2025.", "Thanh niên tình nguyện hè"),
    ("Số người tham gia bảo hiểm xã hội tự nguyện tăng.", "bảo hiểm xã hội tự nguyện"),
    ("Đấu tranh phòng, chống ma túy trên tuyến biên giới.", "phòng, chống ma túy"),
    ("Tỉnh đẩy mạnh xúc tiến đầu tư vào khu kinh tế.", "xúc tiến đầu tư"),
    ("Thực hiện tốt công tác hòa giải ở cơ sở.", "hòa giải ở cơ sở"),
])
def test_phrases_of_round_four(matcher, text, span):
    m = found(matcher, text, span)
    assert m.targets["cs"] and m.targets["en"]


def test_a_composed_phrase_does_not_swallow_the_phrase_inside_a_name(matcher):
    """Annotators mark the fixed phrase inside an event or a longer noun phrase
    (`Ngày hội [Đại đoàn kết toàn dân tộc]`, `[dịch vụ công trực tuyến] toàn trình`), so such
    longer phrases are not listed."""
    assert "Đại đoàn kết toàn dân tộc" in spans(
        matcher, "Ngày hội Đại đoàn kết toàn dân tộc được tổ chức ở khu dân cư.")
    assert "dịch vụ công trực tuyến" in spans(
        matcher, "Tỉnh cung cấp 1.200 dịch vụ công trực tuyến toàn trình.")


@pytest.mark.parametrize("text, span, cs, en", [
    ("Đại sứ quán Việt Nam tại Lào tổ chức lễ kỷ niệm.", "Đại sứ quán Việt Nam tại Lào",
     "velvyslanectví Vietnamu pro Laos", "Embassy of Vietnam in Laos"),
    ("Tổng Lãnh sự quán Việt Nam tại Quảng Châu tiếp đoàn.",
     "Tổng Lãnh sự quán Việt Nam tại Quảng Châu", "generální konzulát Vietnamu pro Kanton",
     "Consulate General of Vietnam in Guangzhou"),
    ("Đại sứ quán Lào tổ chức tiệc chiêu đãi.", "Đại sứ quán Lào", "velvyslanectví Laosu",
     "Embassy of Laos"),
])
def test_missions_abroad_take_where_they_serve(matcher, text, span, cs, en):
    """A country's mission, then `tại` and where it serves; the bare role `Đại sứ` at the
    same start no longer hides the longer body."""
    m = found(matcher, text, span)
    assert m.targets["cs"][0] == cs and m.targets["en"][0] == en


def test_a_listed_mission_still_wins(matcher):
    m = found(matcher, "Đại sứ quán Séc tại Việt Nam trao quà.", "Đại sứ quán Séc tại Việt Nam")
    assert m.concept == "country.cz.embassy_in_vietnam"


def test_an_ambassador_is_still_a_title(matcher):
    m = found(matcher, "Đại sứ Việt Nam tại Lào thăm trường.", "Đại sứ Việt Nam tại Lào")
    assert m.concept.startswith("title:ambassador")


def test_numbered_steering_committees(matcher):
    m = found(matcher, "Ban Chỉ đạo 35 tỉnh nhận diện các quan điểm sai trái.",
              "Ban Chỉ đạo 35 tỉnh")
    assert "35" in m.targets["cs"][0] and "35" in m.targets["en"][0]
    found(matcher, "Ban Chỉ đạo 389 huyện Kỳ Anh họp phiên thường kỳ.",
          "Ban Chỉ đạo 389 huyện Kỳ Anh")
    # a number before a level word after any other body is a count
    assert "UBND 3 xã" not in spans(matcher, "UBND 3 xã đã hoàn thành.")


@pytest.mark.parametrize("text, span, cs, en", [
    ("Ông Thích Thanh Nhiễu, Phó Chủ tịch Thường trực Hội đồng Trị sự Giáo hội Phật giáo "
     "Việt Nam, chứng minh buổi lễ.",
     "Phó Chủ tịch Thường trực Hội đồng Trị sự Giáo hội Phật giáo Việt Nam",
     "první místopředseda rady správy Vietnamské buddhistické sanghy",
     "Permanent Vice Chairman of the Executive Council of the Vietnam Buddhist Sangha"),
    ("Đoàn chúc mừng Giáng sinh Giáo phận Vinh.", "Giáo phận Vinh", "diecéze Vinh",
     "Vinh Diocese"),
    ("Hội đồng Đội tỉnh phát động cuộc thi.", "Hội đồng Đội tỉnh", "rada pionýrů provincie",
     "provincial Pioneer Council"),
    ("Báo và Phát thanh, Truyền hình Hà Tĩnh ra mắt.", "Báo và Phát thanh, Truyền hình Hà Tĩnh",
     "noviny, rozhlas a televize Hà Tĩnh", "Ha Tinh Newspaper and Radio-Television"),
    ("Giám đốc Quốc gia Ngân hàng Thế giới tại Việt Nam Mariam Sherman phát biểu.",
     "Giám đốc Quốc gia Ngân hàng Thế giới tại Việt Nam",
     "ředitel Světové banky pro Vietnam", "Country Director of the World Bank in Vietnam"),
])
def test_new_bodies_and_roles(matcher, text, span, cs, en):
    m = found(matcher, text, span)
    assert m.targets["cs"][0] == cs and m.targets["en"][0] == en


def test_joined_abbreviations_are_spelt_both_ways():
    from translate.terms.tokens import spellings
    assert spellings("Sở GD&ĐT") == ("Sở GD&ĐT", "Sở GD-ĐT")
    assert set(spellings("Sở LĐ-TB&XH")) == {"Sở LĐ-TB&XH", "Sở LĐ-TB-XH"}
    assert spellings("Việt - Lào") == ("Việt - Lào",)  # spaced dashes are no abbreviation
    assert spellings("UBND tỉnh") == ("UBND tỉnh",)


@pytest.mark.parametrize("text, span", [
    ("Bộ GD-ĐT công bố phương án thi.", "Bộ GD-ĐT"),
    ("Sở TN-MT tỉnh Bình Dương xử phạt doanh nghiệp.", "Sở TN-MT tỉnh Bình Dương"),
    ("Theo Sở KH-ĐT TP Đà Nẵng, vốn tăng.", "Sở KH-ĐT TP Đà Nẵng"),
])
def test_dashed_department_abbreviations(matcher, text, span):
    assert found(matcher, text, span).targets["cs"]


@pytest.mark.parametrize("text, span, cs", [
    ("Ông Lê Văn Tám - phó giám đốc Sở GD-ĐT TP.HCM - cho biết.",
     "phó giám đốc Sở GD-ĐT TP.HCM", None),
    ("Ông Nguyễn Văn Phương, chủ tịch UBND tỉnh Quảng Nam, ký công điện.",
     "chủ tịch UBND tỉnh Quảng Nam", "předseda lidového výboru provincie Quảng Nam"),
    ("Theo ông Trần Văn Lực, phó giám đốc Công an tỉnh Đắk Lắk, nghi phạm đã bị bắt.",
     "phó giám đốc Công an tỉnh Đắk Lắk", None),
    ("Bà Lê Thị Hằng, phó cục trưởng Cục Quản lý khám, chữa bệnh (Bộ Y tế), cho biết.",
     "phó cục trưởng Cục Quản lý khám, chữa bệnh", None),
])
def test_roles_in_lower_case_before_their_body(matcher, text, span, cs):
    """Dailies write the role in lower case after the holder's name; it is read when a
    capitalised body follows it, in the same way as the capitalised role."""
    m = found(matcher, text, span)
    if cs is not None:
        assert cs in m.targets["cs"]
    capitalised = matcher.find(text.replace(span, span[0].upper() + span[1:]))
    assert [x.targets for x in capitalised if x.source.lower() == span.lower()] == [m.targets]


@pytest.mark.parametrize("text", [
    "Điều này cho thấy bà ấy không có khí chất trở thành ủy viên Quốc hội.",
    "Đoàn đại biểu Tỉnh ủy đến viếng.",
    "Ông Nam, phó giám đốc, cho biết công ty sẽ mở rộng sản xuất.",
])
def test_lower_case_words_that_are_no_title(matcher, text):
    assert not [m.source for m in matcher.find(text) if m.concept.startswith("title:")]


@pytest.mark.parametrize("text, span, cs, en", [
    ("Bộ trưởng Thương mại Hàn Quốc thăm nhà máy.", "Bộ trưởng Thương mại Hàn Quốc",
     "ministr obchodu Jižní Koreje", None),
    ("Bộ trưởng Tài chính Nguyễn Văn Thắng trình bày.", "Bộ trưởng Tài chính",
     "ministr financí", "Finance Minister"),
    ("Tổng thống Pháp Emmanuel Macron thăm Việt Nam.", "Tổng thống Pháp", "prezident Francie",
     None),
    ("Sở Giao dịch chứng khoán TP.HCM đưa hệ thống mới vào vận hành.",
     "Sở Giao dịch chứng khoán TP.HCM", None, None),
    ("Ủy ban Olympic Việt Nam tổ chức lễ xuất quân.", "Ủy ban Olympic Việt Nam",
     "Vietnamský olympijský výbor", "Vietnam Olympic Committee"),
    ("Sở VH-TT Hà Nội kiểm tra các cơ sở.", "Sở VH-TT Hà Nội", None, None),
    ("Ông Hưởng, phó trưởng phòng Dự báo thời tiết Trung tâm Dự báo khí tượng thủy văn quốc "
     "gia, cho biết.", "phó trưởng phòng Dự báo thời tiết Trung tâm Dự báo khí tượng thủy văn "
     "quốc gia", None, None),
])
def test_ministers_abroad_and_national_bodies(matcher, text, span, cs, en):
    m = found(matcher, text, span)
    assert cs is None or m.targets["cs"][0] == cs
    assert en is None or m.targets["en"][0] == en


def test_lower_case_phap_is_no_country(matcher):
    """`Pháp` (France) is case-sensitive: `biện pháp`, `pháp luật` are common words."""
    assert matcher.find("Các biện pháp phòng ngừa được áp dụng.") == []
    assert [m.source for m in matcher.find("Hội thảo tại Pháp.") if m.concept.startswith(
        "country.")] == ["Pháp"]


@pytest.mark.parametrize("text, span, cs", [
    ("Bí thư Đặc khu ủy Côn Đảo kiểm tra công tác chuẩn bị.", "Bí thư Đặc khu ủy Côn Đảo",
     "tajemník výboru strany zvláštní zóny Côn Đảo"),
    ("Bí thư Đoàn xã Hương Khê Trần Thị Mai dẫn đầu đoàn viên.", "Bí thư Đoàn xã Hương Khê",
     "tajemnice organizace Svazu mládeže obce Hương Khê"),
    ("Bí thư Đoàn xã Trần Thị Mai dẫn đầu.", "Bí thư Đoàn xã",
     "tajemnice obecní organizace Svazu mládeže"),
    ("Chính trị viên Ban Chỉ huy Quân sự xã Đức Quang giúp dân.",
     "Chính trị viên Ban Chỉ huy Quân sự xã Đức Quang", None),
    ("Lữ đoàn Pháo binh 45 hoàn thành nhiệm vụ.", "Lữ đoàn Pháo binh 45", None),
    ("Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao Công an tỉnh cảnh báo.",
     "Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao Công an tỉnh", None),
    ("Thực hiện tốt công tác tuyển chọn và gọi công dân nhập ngũ.",
     "tuyển chọn và gọi công dân nhập ngũ", None),
])
def test_communes_youth_and_armed_units(matcher, text, span, cs):
    m = found(matcher, text, span)
    assert cs is None or m.targets["cs"][0] == cs


def test_a_youth_union_needs_its_level_word(matcher):
    """A bare `Đoàn` is a delegation as often (`Đoàn công tác`, `Đoàn Việt Nam`): only
    `Đoàn xã`, `Đoàn phường`, `Đoàn thị trấn` are youth-union bodies."""
    assert not [m for m in matcher.find("Đoàn Việt Nam giành 3 huy chương vàng.")
                if "youth" in m.concept]


@pytest.mark.parametrize("text, span", [
    ("Ông A, Bí thư Chi bộ, Trưởng thôn, Trưởng Ban Công tác Mặt trận thôn Bắc Sơn cho biết.",
     "Bí thư Chi bộ, Trưởng thôn, Trưởng Ban Công tác Mặt trận thôn Bắc Sơn"),
    ("Ông A, Bí thư Chi bộ, Trưởng thôn cho biết.", "Bí thư Chi bộ, Trưởng thôn"),
    ("Bà Hà, Ủy viên Ban Chấp hành, Trưởng Ban Tuyên giáo Tỉnh đoàn điều hành hội thi.",
     "Ủy viên Ban Chấp hành, Trưởng Ban Tuyên giáo Tỉnh đoàn"),
])
def test_chains_that_share_a_place_or_an_owner(matcher, text, span):
    """A role ending in a level word (`Trưởng thôn`) and a member of an organ named without
    its owner (`Ủy viên Ban Chấp hành`) share the place or the body written at the end."""
    m = found(matcher, text, span)
    assert m.concept.count(",") == span.count(",")


def test_a_complete_chain_part_stays_apart(matcher):
    got = spans(matcher, "Ủy viên Ban Chấp hành Đảng bộ tỉnh, Bí thư Huyện ủy Kỳ Anh dự.")
    assert "Bí thư Huyện ủy Kỳ Anh" in got


def test_democratic_centralism(matcher):
    found(matcher, "Thực hiện nghiêm nguyên tắc tập trung dân chủ.", "tập trung dân chủ")


@pytest.mark.parametrize("text, body", [
    ("Đoàn đại biểu Quốc hội Lào do Phó Chủ tịch Quốc hội dẫn đầu.", "Quốc hội Lào"),
    ("Đoàn đại biểu Quốc hội Campuchia thăm Cần Thơ.", "Quốc hội Campuchia"),
    ("Đoàn đại biểu Quốc hội Việt Nam thăm Lào.", "Quốc hội Việt Nam"),
])
def test_a_parliament_delegation_abroad(matcher, text, body):
    """`Đoàn đại biểu Quốc hội Lào` is a delegation of Laos's parliament (the body is
    `Quốc hội Lào`), not a Vietnamese province's deputies' delegation (`Đoàn ĐBQH`)."""
    got = spans(matcher, text)
    assert body in got and not [s for s in got if s.startswith("Đoàn")]


def test_a_province_deputies_delegation_is_unchanged(matcher):
    m = found(matcher, "Đoàn đại biểu Quốc hội tỉnh Hà Tĩnh tiếp xúc cử tri.",
              "Đoàn đại biểu Quốc hội tỉnh Hà Tĩnh")
    assert m.concept.startswith("body:na_delegation")


def test_a_place_word_at_the_end_of_a_listed_term(matcher):
    """`tuyến cao tốc` is listed; the place word it ends in still takes the names after it."""
    got = spans(matcher, "Đẩy nhanh tiến độ tuyến cao tốc Vũng Áng - Bùng.")
    assert "Vũng Áng" in got and "Bùng" in got


@pytest.mark.parametrize("text, place", [
    ("Người dân xã Sơn Kim 1 tổ chức lễ hội.", "Sơn Kim 1"),
    ("Xã Sơn Kim 2 đón bằng công nhận.", "Sơn Kim 2"),
    ("Xã Cẩm Bình 3 năm liền đạt chuẩn.", "Cẩm Bình"),  # a count, not the commune's number
    ("Xã Cẩm Bình 2 thôn đã về đích.", "Cẩm Bình"),
])
def test_numbered_commune_names(matcher, text, place):
    assert place in spans(matcher, text)


def test_more_surnames_end_a_title(matcher):
    assert "Cục trưởng Cục Hàng không Việt Nam" in spans(
        matcher, "Cục trưởng Cục Hàng không Việt Nam Uông Việt Dũng chủ trì cuộc họp.")


@pytest.mark.parametrize("text, span", [
    ("Ban Quản lý cảng cá tỉnh yêu cầu tàu cá lắp thiết bị.", "Ban Quản lý cảng cá tỉnh"),
    ("Tỉnh tập trung chuyển đổi cơ cấu cây trồng thích ứng với hạn hán.",
     "chuyển đổi cơ cấu cây trồng"),
])
def test_fisheries_and_crops(matcher, text, span):
    found(matcher, text, span)


@pytest.mark.parametrize("text, span", [
    ("Chủ tịch UBND H.Hương Sơn Lê Văn Hùng cho biết.", "Chủ tịch UBND H.Hương Sơn"),
    ("Công an Q.Bình Thạnh đã tạm giữ 2 đối tượng.", "Công an Q.Bình Thạnh"),
    ("Phó chủ tịch UBND TX.Kỳ Anh Trần Văn Tuấn kiểm tra.", "Phó chủ tịch UBND TX.Kỳ Anh"),
    ("Bí thư Thành ủy TP.Cần Thơ làm việc với doanh nghiệp.", "Bí thư Thành ủy TP.Cần Thơ"),
    ("Người dân P.Bến Nghé phản ánh.", "Bến Nghé"),
])
def test_dotted_level_abbreviations(matcher, text, span):
    """Online dailies abbreviate the level word with a dot and no space (`H.Hương Sơn`)."""
    assert span in spans(matcher, text)


@pytest.mark.parametrize("text", [
    "Bắt giữ Nguyễn Văn H. Tại cơ quan điều tra, H. khai nhận.",
    "Đối tượng Nguyễn Văn H. Cho biết đã bỏ trốn.",
    "Chiến dịch tranh cử của TT. Trump diễn ra sôi nổi.",
])
def test_initials_and_other_dotted_abbreviations_are_no_level(matcher, text):
    assert not [m for m in matcher.find(text) if m.concept.startswith("place:")]


def test_a_document_that_is_read_out(matcher):
    assert [m.source for m in matcher.find("Ông Bình đọc quyết định bổ nhiệm.")
            if m.kind == "doctype"] == ["quyết định"]


@pytest.mark.parametrize("text, span", [
    ("Cục Quản lý xử lý vi phạm hành chính và theo dõi thi hành pháp luật tổ chức tập huấn.",
     "Cục Quản lý xử lý vi phạm hành chính và theo dõi thi hành pháp luật"),
    ("Thống kê tỉnh công bố chỉ số giá tiêu dùng.", "Thống kê tỉnh"),
    ("Hội Chữ thập đỏ phát động Tháng Nhân đạo.", "Tháng Nhân đạo"),
    ("Bảo tồn giá trị di sản văn hóa gắn với du lịch.", "di sản văn hóa"),
])
def test_statistics_law_monitoring_and_heritage(matcher, text, span):
    found(matcher, text, span)


def test_statistics_is_a_body_only_when_capitalised(matcher):
    assert not [m for m in matcher.find("Theo thống kê tỉnh có 300 hộ nghèo.")
                if m.concept.startswith("dept.")]


@pytest.mark.parametrize("text, span, en", [
    ("Hội thảo lý luận với Đảng Nhân dân Cách mạng Lào.", "Đảng Nhân dân Cách mạng Lào",
     "Lao People's Revolutionary Party"),
    ("Đoàn đại biểu Đảng Cộng sản Trung Quốc thăm Hà Nội.", "Đảng Cộng sản Trung Quốc",
     "Communist Party of China"),
])
def test_foreign_parties(matcher, text, span, en):
    assert found(matcher, text, span).targets["en"][0] == en
