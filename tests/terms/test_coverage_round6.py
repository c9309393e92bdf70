"""Coverage round six (issue 11f): the annotators' majority conventions (`nguyên`, `các cấp`,
`Thông báo kết luận`), missions at international organisations, enforcement officers and
commune civil-servant posts, grassroots social insurance offices, steering committees on a
topic, a modifier after a shared body, double surnames after a place, bank names."""

from __future__ import annotations

import pytest
from shipped_matching import found, sources

from translate.terms.files import load_shipped_glossaries
from translate.terms.matcher import TermMatcher
from translate.terms.titles import load_title_grammar


@pytest.mark.parametrize(("text", "span", "cs", "en"), [
    ("Ông A, Trưởng Phái đoàn thường trực Việt Nam tại Liên hợp quốc, phát biểu.",
     "Trưởng Phái đoàn thường trực Việt Nam tại Liên hợp quốc",
     "vedoucí stálé mise Vietnamu u Organizace spojených národů",
     "Head of the Permanent Mission of Vietnam to the United Nations"),
    ("Đại sứ, Trưởng Phái đoàn đại diện thường trực Việt Nam bên cạnh Liên hợp quốc dự họp.",
     "Đại sứ, Trưởng Phái đoàn đại diện thường trực Việt Nam bên cạnh Liên hợp quốc",
     "velvyslanec a vedoucí stálé mise Vietnamu u Organizace spojených národů",
     "Ambassador and Head of the Permanent Mission of Vietnam to the United Nations"),
    ("Trưởng Cơ quan đại diện Bộ Ngoại giao tại Thành phố Hồ Chí Minh cho biết.",
     "Trưởng Cơ quan đại diện Bộ Ngoại giao tại Thành phố Hồ Chí Minh",
     "vedoucí zastoupení Ministerstva zahraničních věcí pro Ho Či Minovo Město",
     "Head of the Representative Mission of the Ministry of Foreign Affairs in Ho Chi Minh City"),
    ("Chấp hành viên Chi cục Thi hành án dân sự huyện Gia Lâm Nguyễn Văn Tú đọc quyết định.",
     "Chấp hành viên Chi cục Thi hành án dân sự huyện Gia Lâm",
     "exekutor pobočného úřadu výkonu civilních rozhodnutí okresu Gia Lâm",
     "Enforcement Officer of the Gia Lam district Civil Judgment Enforcement Sub-department"),
    ("Công chức Tư pháp - Hộ tịch UBND xã Đông Hưng Phạm Thị Ngọc hướng dẫn người dân.",
     "Công chức Tư pháp - Hộ tịch UBND xã Đông Hưng",
     "referentka pro justici a matriku lidového výboru obce Đông Hưng",
     "Justice and Civil Status Officer of the Dong Hung commune People's Committee"),
    ("Kiểm tra viên cao cấp Ủy ban Kiểm tra Trung ương Lê Văn Kỳ đọc báo cáo.",
     "Kiểm tra viên cao cấp Ủy ban Kiểm tra Trung ương",
     "hlavní kontrolor Ústřední kontrolní komise strany",
     "Senior Inspector of the Party Central Inspection Commission"),
    ("Ông F, Giám đốc Bảo hiểm xã hội cơ sở Cẩm Xuyên, cho biết.",
     "Giám đốc Bảo hiểm xã hội cơ sở Cẩm Xuyên",
     "ředitel základní správy sociálního zabezpečení Cẩm Xuyên",
     "Director of the Cam Xuyen Grassroots Social Security Office"),
    ("Phó Trưởng Đoàn ĐBQH chuyên trách tỉnh Sơn La Lò Thị Việt Hằng cho biết.",
     "Phó Trưởng Đoàn ĐBQH chuyên trách tỉnh Sơn La",
     "uvolněná zástupkyně vedoucího poslanecké delegace provincie Sơn La",
     "full-time Deputy Head of the Son La National Assembly deputies' delegation"),
    ("Ban Chỉ đạo về chuyển đổi số tỉnh Bắc Ninh họp phiên thứ nhất.",
     "Ban Chỉ đạo về chuyển đổi số tỉnh Bắc Ninh",
     "řídící výbor digitální transformace provincie Bắc Ninh",
     "Bac Ninh provincial Digital Transformation Steering Committee"),
    ("Trưởng Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở xã phát biểu.",
     "Trưởng Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở xã",
     "vedoucí řídícího výboru pro uplatňování demokracie na místní úrovni obce",
     "Head of the commune Grassroots Democracy Steering Committee"),
    ("Phó Tổng Giám đốc Ngân hàng TMCP Ngoại thương Việt Nam Lê An phát biểu.",
     "Phó Tổng Giám đốc Ngân hàng TMCP Ngoại thương Việt Nam",
     "náměstek generálního ředitele banky Vietcombank",
     "Deputy General Director of the Joint Stock Commercial Bank for Foreign Trade of Vietnam"
     " (Vietcombank)"),
    ("Phó Chủ tịch Chính phủ Khu tự trị dân tộc Choang Quảng Tây Lý An nói.",
     "Phó Chủ tịch Chính phủ Khu tự trị dân tộc Choang Quảng Tây",
     "místopředseda vlády Kuang-si", "Vice Chairman of the Guangxi Government"),
    ("Chánh án Tòa án nhân dân khu vực 2 Hà Nội tuyên án.",
     "Chánh án Tòa án nhân dân khu vực 2 Hà Nội",
     "předseda oblastního lidového soudu 2 - Hanoj",
     "Chief Judge of the regional People's Court 2 - Hanoi"),
])
def test_round_six_compositions(matcher, text, span, cs, en):
    m = found(matcher, text, span)
    assert cs in m.targets["cs"]
    assert en in m.targets["en"]


def test_nguyen_and_tan_stay_outside_the_title():
    """The independent annotators' written rule: `nguyên`/`tân` are not part of the title;
    the modifier row stays (it is still rendered when composed by hand)."""
    m = TermMatcher(load_shipped_glossaries())
    assert "Giám đốc Sở Y tế tỉnh Hà Tĩnh" in sources(
        m, "Ông A, nguyên Giám đốc Sở Y tế tỉnh Hà Tĩnh, bị khởi tố.")
    assert "Bí thư Tỉnh ủy" in sources(m, "Tân Bí thư Tỉnh ủy phát biểu nhận nhiệm vụ.")
    former = next(x for x in load_title_grammar().modifiers if x.id == "mod.former")
    assert former.outside and former.before


def test_all_levels_and_concluding_notice(matcher):
    assert "Ủy ban Kiểm tra" in sources(matcher, "Ủy ban Kiểm tra các cấp đã kiểm tra.")
    assert "MTTQ" in sources(matcher, "Cuộc vận động được MTTQ các cấp triển khai.")
    notice = found(matcher, "Theo Thông báo kết luận số 215-TB/TU của Ban Thường vụ.",
                   "Thông báo kết luận")
    assert notice.targets["en"][0] == "Notice of Conclusions"
    assert "kinh tế - xã hội" in sources(matcher, "Kế hoạch phát triển kinh tế - xã hội năm 2026.")


def test_a_place_ends_before_a_double_surname_and_an_ethnic_one(matcher):
    assert "Chủ tịch Hội đồng Đội Trung ương" in sources(
        matcher, "Chủ tịch Hội đồng Đội Trung ương Nguyễn Phạm Thùy Trang khai mạc.")
    assert "Chủ nhiệm Ủy ban Kiểm tra Huyện ủy Tương Dương" in sources(
        matcher, "Chủ nhiệm Ủy ban Kiểm tra Huyện ủy Tương Dương Lô Thị Hồng Nhung thông báo.")
    assert "UBND quận Hoàng Mai" in sources(matcher, "UBND quận Hoàng Mai Lê Văn An họp.")


def test_places_after_pagodas_and_stations(matcher):
    assert "Bái Đính" in sources(matcher, "Ông dự lễ Phật đản tại chùa Bái Đính.")
    assert "Vinh" in sources(matcher, "Đoàn kiểm tra ga Vinh.")
    assert sources(matcher, "Xe chạy bằng ga.") == []


def test_guards_a_modifier_after_a_body_needs_a_title_and_a_level(matcher):
    assert "Đoàn ĐBQH" in sources(matcher, "Đoàn ĐBQH chuyên trách tỉnh Sơn La họp.")
    assert "Quân khu 4" in sources(matcher, "Quân khu 4 Nghệ An tổ chức diễn tập.")
    assert "Sở Y tế" in sources(matcher, "Sở Y tế về dự lễ khai mạc.")


def test_where_a_mission_serves_may_start_with_a_level_word(matcher):
    m = found(matcher, "Trưởng Cơ quan đại diện Bộ Ngoại giao tại Thành phố Đà Nẵng tiếp đoàn.",
              "Trưởng Cơ quan đại diện Bộ Ngoại giao tại Thành phố Đà Nẵng")
    assert m.targets["en"][0].endswith("of the Ministry of Foreign Affairs in Da Nang")
    assert "Tổng Lãnh sự Việt Nam tại TP.HCM" in sources(
        matcher, "Tổng Lãnh sự Việt Nam tại TP.HCM phát biểu.")


def test_a_bare_party_committee_is_shared_unless_written_again(matcher):
    assert "Ủy viên Ban Thường vụ Đảng ủy, Trưởng phòng Kinh tế xã Cẩm Hưng" in sources(
        matcher, "Ủy viên Ban Thường vụ Đảng ủy, Trưởng phòng Kinh tế xã Cẩm Hưng phát biểu.")
    assert sources(matcher, "Ủy viên Ban Thường vụ Đảng ủy, Chủ nhiệm Ủy ban Kiểm tra Đảng ủy xã "
                            "Can Lộc phát biểu.")[:2] == [
        "Ủy viên Ban Thường vụ Đảng ủy", "Chủ nhiệm Ủy ban Kiểm tra Đảng ủy xã Can Lộc"]


def test_an_autonomous_region_is_a_place_word(matcher):
    assert "Quảng Tây" in sources(matcher, "Đoàn đã thăm Khu tự trị dân tộc Choang Quảng Tây.")


@pytest.mark.parametrize(("text", "span", "en"), [
    ("Đại biện lâm thời Việt Nam tại Myanmar tiếp đoàn.",
     "Đại biện lâm thời Việt Nam tại Myanmar", "Chargé d'Affaires a.i. of Vietnam to Myanmar"),
    ("Tham tán Công sứ Đại sứ quán Việt Nam tại Trung Quốc phát biểu.",
     "Tham tán Công sứ Đại sứ quán Việt Nam tại Trung Quốc",
     "Minister-Counsellor of the Embassy of Vietnam in China"),
    ("Ông B, Tham tán Thương mại Việt Nam tại Nhật Bản, nói.",
     "Tham tán Thương mại Việt Nam tại Nhật Bản", "Trade Counsellor of Vietnam in Japan"),
    ("Ông A, Bí thư Đảng ủy MTTQ, các đoàn thể tỉnh Hà Tĩnh, cho biết.",
     "Bí thư Đảng ủy MTTQ, các đoàn thể tỉnh Hà Tĩnh",
     "Secretary of the Party Committee of the Ha Tinh provincial Fatherland Front and mass "
     "organisations"),
])
def test_diplomats_and_the_fronts_party_committee(matcher, text, span, en):
    assert found(matcher, text, span).targets["en"][0] == en
