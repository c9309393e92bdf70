"""Coverage round sixty-six (issue 11zzn): unseen70 as development data (tested with the other
sets in test_coverage_round46.py; the held-out test moved on to round 67), and the span mechanisms
this round added, each with its limits. Sentences are the engineer's own."""

from __future__ import annotations

import pytest
from shipped_matching import found, sources

# -- a hamlet's other words (`sóc`, `buôn`, `bản`, `làng`) written capitalised before a capitalised
#    word begin a name (`Sóc Sơn`, `Buôn Đôn`), not a hamlet's level word ------------------------

@pytest.mark.parametrize("text, span, cs, en", [
    ("Giám đốc Ban Quản lý rừng phòng hộ Sóc Sơn kiểm tra các chốt lửa.",
     "Giám đốc Ban Quản lý rừng phòng hộ Sóc Sơn", "ředitel správy ochranných lesů Sóc Sơn",
     "Director of the Soc Son Protection Forest Management Board"),
    ("Ban Quản lý rừng phòng hộ Buôn Đôn tuần tra dọc sông.",
     "Ban Quản lý rừng phòng hộ Buôn Đôn", "správa ochranných lesů Buôn Đôn",
     "Buon Don Protection Forest Management Board"),
    ("Ông Tâm, Trưởng ấp Sóc Xoài, cho biết.", "Trưởng ấp Sóc Xoài", "předseda osady Sóc Xoài",
     "Village Head of Soc Xoai"),
])
def test_a_capitalised_hamlet_word_begins_a_name(matcher, text, span, cs, en):
    match = found(matcher, text, span)
    assert match.targets["cs"][0] == cs and match.targets["en"][0] == en


def test_a_person_named_with_a_hamlet_word_is_no_place(matcher):
    assert sources(matcher, "Ông Chau Sóc Khanh, người dân trong ấp, cho biết.") == []


@pytest.mark.parametrize("text, span, cs", [
    ("Trưởng sóc Prey Chóp vận động bà con.", "Trưởng sóc Prey Chóp", "vedoucí vesnice Prey Chóp"),
    ("Trưởng Bản 3 vận động bà con.", "Trưởng Bản 3", "vedoucí vesnice 3"),  # a number
])
def test_the_hamlet_word_in_lower_case_or_before_a_number_stays_a_level(matcher, text, span, cs):
    assert found(matcher, text, span).targets["cs"][0] == cs


# -- a lower-case role with its body alone in lower case (no level word, no name): the post ------

@pytest.mark.parametrize("text, span, cs, en", [
    ("Chị Lan, bí thư chi đoàn, vận động thanh niên dọn kênh.", "bí thư chi đoàn",
     "tajemnice základní organizace Svazu mládeže", "Secretary of the Youth Union cell"),
    ("Ông Khải, phó giám đốc trung tâm giáo dục nghề nghiệp, cho biết.",
     "phó giám đốc trung tâm giáo dục nghề nghiệp", None, None),
    ("Ông Sơn, ủy viên ủy ban kiểm tra, đọc báo cáo.", "ủy viên ủy ban kiểm tra",
     "člen kontrolní komise", "Member of the Inspection Commission"),
])
def test_a_lower_case_role_takes_its_lower_case_body_alone(matcher, text, span, cs, en):
    match = found(matcher, text, span)
    assert cs is None or cs in match.targets["cs"]
    assert en is None or match.targets["en"][0] == en


@pytest.mark.parametrize("text", [
    "Ông Bình, chủ tịch hội, cho biết quỹ đã đủ.",  # a body that needs its name: a common noun
    "Bà Hoa, Chủ tịch hội phụ nữ, cho biết.",  # a capitalised role: no lower-case body alone
])
def test_a_body_that_needs_its_name_or_a_capitalised_role_stays_apart(matcher, text):
    assert not any(s.startswith(("chủ tịch hội", "Chủ tịch hội")) for s in sources(matcher, text))


# -- five domain words: women's football, traditional wrestling, overseas employment, logistics
#    (tiếp vận), fine woodcraft -------------------------------------------------------------------

@pytest.mark.parametrize("text, span, cs, en", [
    ("Chủ nhiệm Câu lạc bộ Bóng đá nữ Hà Nam trao thưởng.",
     "Chủ nhiệm Câu lạc bộ Bóng đá nữ Hà Nam",
     "předseda klubu ženského fotbalu Hà Nam", "Chairman of the Ha Nam Women's Football Club"),
    ("Liên đoàn Vật dân tộc tỉnh Hưng Yên tổ chức giải.", "Liên đoàn Vật dân tộc tỉnh Hưng Yên",
     "federace tradičního zápasu provincie Hưng Yên",
     "Hung Yen provincial Traditional Wrestling Federation"),
    ("Quỹ Hỗ trợ việc làm ngoài nước hỗ trợ người lao động gặp rủi ro.",
     "Quỹ Hỗ trợ việc làm ngoài nước", "fond podpory zaměstnávání v zahraničí",
     "Overseas Employment Support Fund"),
    ("Công ty cổ phần Tiếp vận Hải An mở kho mới.", "Công ty cổ phần Tiếp vận Hải An",
     "akciová společnost logistiky Hải An", "Hai An Logistics Joint Stock Company"),
    ("Công ty TNHH Gỗ mỹ nghệ Đồng Kỵ xuất khẩu sang Nhật.", "Công ty TNHH Gỗ mỹ nghệ Đồng Kỵ",
     "společnost uměleckých výrobků ze dřeva s ručením omezeným Đồng Kỵ",
     "Dong Ky Fine Woodcraft Company Limited"),
])
def test_five_domain_words(matcher, text, span, cs, en):
    match = found(matcher, text, span)
    assert match.targets["cs"][0] == cs and match.targets["en"][0] == en


def test_women_s_football_in_prose_is_no_body(matcher):
    assert sources(matcher, "Đội tuyển bóng đá nữ giành vé dự giải.") == []


# -- an unlisted surname before a middle name (`Văn`, `Thị`) opens the holder's name: the place
#    ends before it ------------------------------------------------------------------------------

@pytest.mark.parametrize("text, span", [
    ("Chủ tịch UBND xã Quảng Phú Thông Văn Dũng cho biết.", "Chủ tịch UBND xã Quảng Phú"),
    ("Bí thư Đảng ủy xã Phước Thắng Lự Thị Mai cho biết.", "Bí thư Đảng ủy xã Phước Thắng"),
])
def test_an_unlisted_surname_before_a_middle_name_ends_the_place(matcher, text, span):
    found(matcher, text, span)


@pytest.mark.parametrize("text, span", [
    ("Chủ tịch UBND xã Văn Lâm cho biết.", "Chủ tịch UBND xã Văn Lâm"),  # a place's first word
    ("Hiệu trưởng Trường THCS Lê Văn Thiêm phát biểu.",  # a school named after a person
     "Hiệu trưởng Trường THCS Lê Văn Thiêm"),
])
def test_a_middle_name_word_opening_a_name_stays_in_it(matcher, text, span):
    found(matcher, text, span)


# -- a forest-protection unit named by its place with its province's sub-department after a comma

@pytest.mark.parametrize("text, span, en", [
    ("Hạt trưởng Hạt Kiểm lâm huyện Kỳ Sơn, Chi cục Kiểm lâm tỉnh Nghệ An cho biết.",
     "Hạt trưởng Hạt Kiểm lâm huyện Kỳ Sơn, Chi cục Kiểm lâm tỉnh Nghệ An",
     "Head of the Ky Son district Forest Protection Unit of the Nghe An provincial Forest "
     "Protection Sub-department"),
])
def test_a_forest_protection_unit_with_its_sub_department(matcher, text, span, en):
    assert found(matcher, text, span).targets["en"][0] == en


@pytest.mark.parametrize("text, span", [
    ("Hạt Kiểm lâm Kỳ Sơn, Hạt Kiểm lâm Tương Dương cùng tuần tra.", "Hạt Kiểm lâm Kỳ Sơn"),
    ("Hạt trưởng Hạt Kiểm lâm Kỳ Sơn, Chi cục Kiểm lâm cho biết.",  # the parent names no place
     "Hạt trưởng Hạt Kiểm lâm Kỳ Sơn"),
])
def test_a_list_of_units_or_an_unplaced_sub_department_stays_apart(matcher, text, span):
    found(matcher, text, span)
