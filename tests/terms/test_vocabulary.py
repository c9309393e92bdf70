"""Vocabulary added from the issue-11c batches of own sentences: foreign heads of state and
government, parks, theatres and federations, the 2025 Party organisation of the Party agencies,
and where a title ends (a holder's two-syllable name, `tại` after a non-diplomat)."""

from __future__ import annotations

import pytest


def rendered(matcher, text: str, span: str) -> tuple[str, str]:
    hits = [m for m in matcher.find(text) if m.source == span]
    assert hits, [(m.source, m.concept) for m in matcher.find(text)]
    return hits[0].targets["cs"][0], hits[0].targets["en"][0]


@pytest.mark.parametrize("text, span, cs, en", [
    ("Chủ tịch nước đón Tổng thống Cộng hòa Pháp tại Hà Nội.", "Tổng thống Cộng hòa Pháp",
     "prezident Francie", "President of France"),
    ("Bộ trưởng hội đàm với Ngoại trưởng Singapore.", "Ngoại trưởng Singapore",
     "ministr zahraničí Singapuru", "Foreign Minister of Singapore"),
    ("Vườn quốc gia Vũ Quang phối hợp tuần tra.", "Vườn quốc gia Vũ Quang",
     "národní park Vũ Quang", "Vu Quang National Park"),
    ("Nhà hát Nghệ thuật truyền thống tỉnh biểu diễn.", "Nhà hát Nghệ thuật truyền thống tỉnh",
     "divadlo tradičního umění provincie", "provincial Traditional Arts Theatre"),
    ("Liên đoàn Bóng đá Việt Nam công bố danh sách.", "Liên đoàn Bóng đá Việt Nam",
     "federace fotbalu Vietnamu", "Vietnam Football Federation"),
    ("Đảng bộ các cơ quan Đảng tỉnh có 86 tổ chức cơ sở đảng.", "Đảng bộ các cơ quan Đảng tỉnh",
     "stranická organizace provinčních stranických orgánů",
     "Party Organisation of provincial Party agencies"),
    ("Đại hội bầu 19 đồng chí vào Ban Chấp hành.", "Ban Chấp hành", "výkonný výbor",
     "Executive Committee"),
    ("Trưởng Ban Chỉ huy phòng thủ dân sự tỉnh kiểm tra.",
     "Trưởng Ban Chỉ huy phòng thủ dân sự tỉnh", "vedoucí velitelství civilní ochrany provincie",
     "Head of the provincial Civil Defence Command"),
])
def test_new_vocabulary(matcher, text, span, cs, en):
    assert rendered(matcher, text, span) == (cs, en)


def test_a_two_syllable_name_after_a_listed_body_is_the_holder(matcher):
    sources = [m.source for m in matcher.find(
        "Giám đốc Đại học Quốc gia Hà Nội Lê Quân trao bằng tốt nghiệp.")]
    assert "Giám đốc Đại học Quốc gia Hà Nội" in sources
    # a named body keeps a name that starts like a surname (`Vũ Quang`, `Trần Phú`)
    sources = [m.source for m in matcher.find("Ban Quản lý Vườn quốc gia Vũ Quang họp.")]
    assert "Ban Quản lý Vườn quốc gia Vũ Quang" in sources


def test_only_a_diplomat_serves_at_a_place(matcher):
    sources = [m.source for m in matcher.find(
        "Đại sứ Cuba tại Việt Nam và Tổng thống Cộng hòa Pháp tại Hà Nội.")]
    assert "Đại sứ Cuba tại Việt Nam" in sources
    assert "Tổng thống Cộng hòa Pháp" in sources and "Hà Nội" in sources


@pytest.mark.parametrize("text, span", [
    ("Tòa án nhân dân cấp cao tại Đà Nẵng mở phiên tòa phúc thẩm.",
     "Tòa án nhân dân cấp cao tại Đà Nẵng"),
    ("Phó Tổng Thanh tra Chính phủ Dương Quốc Huy chủ trì.", "Phó Tổng Thanh tra Chính phủ"),
    ("Bộ trưởng hội đàm với Bộ trưởng Ngoại giao Lào.", "Bộ trưởng Ngoại giao Lào"),
    ("Chủ tịch Quốc hội hội kiến Chủ tịch Thượng viện Campuchia.",
     "Chủ tịch Thượng viện Campuchia"),
    ("Trường Tiểu học và THCS Nậm Cha được xây mới.", "Trường Tiểu học và THCS Nậm Cha"),
    ("Vụ Thị trường trong nước dự báo giá xăng dầu.", "Vụ Thị trường trong nước"),
])
def test_more_bodies_and_titles(matcher, text, span):
    rendered(matcher, text, span)


@pytest.mark.parametrize("text, span, cs, en", [
    ("Phó Giám đốc phụ trách Sở Xây dựng Lê Ngọc Châu trả lời.",
     "Phó Giám đốc phụ trách Sở Xây dựng", "řídící zástupce ředitele odboru výstavby",
     "Deputy Director in charge of the Department of Construction"),
    ("Trưởng Đại diện UNICEF tại Việt Nam làm việc với tỉnh.",
     "Trưởng Đại diện UNICEF tại Việt Nam", "vedoucí zastoupení Dětského fondu OSN pro Vietnam",
     "Chief Representative of the United Nations Children's Fund in Vietnam"),
    ("Thống đốc bang California tiếp đoàn doanh nghiệp.", "Thống đốc bang California",
     "guvernér Kalifornie", "Governor of California"),
    ("Tổ trưởng tổ dân phố 5 vận động người dân.", "Tổ trưởng tổ dân phố 5",
     "vedoucí obytného bloku 5", "Head of the Residential group 5"),
])
def test_titles_from_batch_b3(matcher, text, span, cs, en):
    assert rendered(matcher, text, span) == (cs, en)


def test_where_a_diplomat_serves_is_part_of_the_concept(matcher):
    found = {m.source: m for m in matcher.find(
        "Đại sứ Cuba tại Việt Nam gặp Đại sứ Cuba tại Lào.")}
    vn, la = found["Đại sứ Cuba tại Việt Nam"], found["Đại sứ Cuba tại Lào"]
    assert vn.concept != la.concept
    assert vn.targets["en"][0].endswith("to Vietnam") and la.targets["en"][0].endswith("to Laos")


def test_no_place_name_after_an_international_body(matcher):
    sources = [m.source for m in matcher.find("Tổng Thư ký ASEAN Kao Kim Hourn thăm Việt Nam.")]
    assert "Tổng Thư ký ASEAN" in sources


@pytest.mark.parametrize("text, span, cs, en", [
    ("Phó Trưởng Ban Chỉ đạo 35 Tỉnh ủy phát biểu.", "Phó Trưởng Ban Chỉ đạo 35 Tỉnh ủy",
     "zástupce vedoucího řídícího výboru 35 provinčního výboru strany",
     "Deputy Head of the Steering Committee 35 of the provincial Party Committee"),
    ("Trưởng Thuế cơ sở 2 tỉnh Nghệ An cho biết.", "Trưởng Thuế cơ sở 2 tỉnh Nghệ An",
     "vedoucí základního daňového úřadu 2 provincie Nghệ An",
     "Head of the Nghe An provincial Grassroots Tax Office 2"),
])
def test_numbered_bodies_before_their_level(matcher, text, span, cs, en):
    assert rendered(matcher, text, span) == (cs, en)


def test_a_count_is_no_unit_number(matcher):
    sources = [m.source for m in matcher.find("Sở Y tế 3 tỉnh Bắc Trung Bộ họp bàn.")]
    assert "Sở Y tế" in sources


@pytest.mark.parametrize("text, span", [
    ("Trưởng Ban Công tác đại biểu thuộc Ủy ban Thường vụ Quốc hội phát biểu.",
     "Trưởng Ban Công tác đại biểu thuộc Ủy ban Thường vụ Quốc hội"),
    ("Trưởng Ban KT-NS HĐND tỉnh trình bày báo cáo.", "Trưởng Ban KT-NS HĐND tỉnh"),
    ("Tư lệnh Cảnh sát biển kiểm tra.", "Tư lệnh Cảnh sát biển"),
])
def test_parents_after_thuoc_and_abbreviated_committees(matcher, text, span):
    rendered(matcher, text, span)


@pytest.mark.parametrize("text, span, cs, en", [
    ("Vùng 1 Hải quân tổ chức huấn luyện.", "Vùng 1 Hải quân", "oblast 1 námořnictva",
     "Naval Region 1"),
    ("Hải đoàn 18 Cảnh sát biển tuần tra.", "Hải đoàn 18 Cảnh sát biển",
     "flotila 18 pobřežní stráže", "Coast Guard Flotilla 18"),
    ("Ủy ban MTTQ Việt Nam các cấp tăng cường giám sát.", "Ủy ban MTTQ Việt Nam",
     "výbor Vlastenecké fronty", "Fatherland Front Committee"),
    ("Tổng thống Cộng hòa Indonesia thăm Việt Nam.", "Tổng thống Cộng hòa Indonesia",
     "prezident Indonésie", "President of Indonesia"),
    ("Trung tâm Y tế huyện Ea H'leo triển khai tiêm chủng.", "Trung tâm Y tế huyện Ea H'leo",
     "centrum zdravotní péče okresu Ea H'leo", "Ea H'leo district Health Centre"),
])
def test_units_all_levels_formal_states_and_apostrophes(matcher, text, span, cs, en):
    assert rendered(matcher, text, span) == (cs, en)


def test_a_number_before_a_verb_is_no_unit_name(matcher):
    sources = [m.source for m in matcher.find("Trung đoàn 841 tổ chức hội thao.")]
    assert "Trung đoàn 841" in sources


def test_cua_only_before_a_central_body(matcher):
    sources = [m.source for m in matcher.find(
        "Trưởng Ban Dân nguyện và Giám sát của Quốc hội phát biểu về quyết định của UBND tỉnh "
        "Nghệ An.")]
    assert "Trưởng Ban Dân nguyện và Giám sát của Quốc hội" in sources
    assert "UBND tỉnh Nghệ An" in sources
