"""Coverage round sixty-three (issue 11zzk): unseen67 as development data (tested with the other
sets in test_coverage_round46.py; the held-out test moved on to round 64), and the span mechanisms
this round added, each with its limits. Sentences are the engineer's own."""

from __future__ import annotations

import pytest
from shipped_matching import found, sources

# -- a short country name after a noun of firms, experts or visitors, after `của`, in brackets ----

@pytest.mark.parametrize("text, span, cs, en", [
    ("Nhiều doanh nghiệp Đức muốn mở nhà máy ở Bình Dương.", "Đức", "Německo", "Germany"),
    ("Các chuyên gia Nga hỗ trợ vận hành nhà máy điện.", "Nga", "Rusko", "Russia"),
    ("Lượng du khách Nga đến Nha Trang tăng mạnh.", "Nga", "Rusko", "Russia"),
    ("Đoàn khảo sát của Nga làm việc với tỉnh về hợp tác dầu khí.", "Nga", "Rusko", "Russia"),
    ("Thống đốc bang Bayern (Đức) thăm Hà Nội.", "Đức", "Německo", "Germany"),
])
def test_a_short_country_after_a_nationality_noun_or_in_brackets(matcher, text, span, cs, en):
    match = found(matcher, text, span)  # the country's entry: its short name among its targets
    assert match.concept.startswith("country.")
    assert cs in match.targets["cs"] and en in match.targets["en"]


@pytest.mark.parametrize("text, word", [
    # a courtesy or kinship word before it: a person's given name
    ("Theo chị Nga, giá rau tăng mạnh.", "Nga"),
    ("Anh Đức cho biết sẽ mở rộng cửa hàng.", "Đức"),
    # a surname before it, even after one of the nouns
    ("Ý kiến của Nguyễn Thị Nga được ghi nhận.", "Nga"),
    # a capitalised word after it goes on with a name
    ("Doanh nghiệp Đức Thành được khen thưởng.", "Đức"),
    # brackets around more than the short name
    ("Bà Lê Thị Hoa (Nga Sơn) phát biểu.", "Nga"),
])
def test_a_short_countrys_limits(matcher, text, word):
    assert word not in sources(matcher, text)


# -- a regional State Audit office's deputy chief auditor ---------------------------------------

@pytest.mark.parametrize("text, span, cs, en", [
    ("Phó Kiểm toán trưởng Kiểm toán Nhà nước khu vực IV cho biết.",
     "Phó Kiểm toán trưởng Kiểm toán Nhà nước khu vực IV",
     "zástupce hlavního auditora Státního kontrolního úřadu oblasti IV",
     "Deputy Chief Auditor of the regional State Audit Office IV"),
    ("Bà Hoa, Phó Kiểm toán trưởng Kiểm toán nhà nước khu vực II, phát biểu.",
     "Phó Kiểm toán trưởng Kiểm toán nhà nước khu vực II",
     "zástupkyně hlavního auditora Státního kontrolního úřadu oblasti II",
     "Deputy Chief Auditor of the regional State Audit Office II"),
])
def test_a_deputy_chief_auditor_is_one_title(matcher, text, span, cs, en):
    match = found(matcher, text, span)
    assert match.targets["cs"][0] == cs and match.targets["en"][0] == en


def test_the_chief_auditor_alone_stays_the_chief(matcher):
    text = "Kiểm toán trưởng Kiểm toán Nhà nước khu vực IV cho biết."
    match = found(matcher, text, "Kiểm toán trưởng Kiểm toán Nhà nước khu vực IV")
    assert match.targets["en"][0].startswith("Chief Auditor")


# -- two domain words: a hydropower company, an electromechanical college ------------------------

@pytest.mark.parametrize("text, span, cs, en", [
    ("Ông Khoa, Phó Giám đốc Công ty Thủy điện Sơn La, cho biết.",
     "Phó Giám đốc Công ty Thủy điện Sơn La",
     "zástupce ředitele společnosti vodní energetiky Sơn La",
     "Deputy Director of the Son La Hydropower Company"),
    ("Giám đốc Công ty Cơ điện Hà Nội cho biết.", "Giám đốc Công ty Cơ điện Hà Nội",
     "ředitel společnosti elektromechaniky Hanoje",
     "Director of the Hanoi Electromechanics Company"),
])
def test_hydropower_and_electromechanics_name_a_body(matcher, text, span, cs, en):
    match = found(matcher, text, span)
    assert match.targets["cs"][0] == cs and match.targets["en"][0] == en


def test_a_lower_case_hydropower_plant_is_no_body(matcher):
    # the word names a body's field only after a capitalised head
    assert sources(matcher, "Nhà máy thủy điện Lai Châu phát điện.") == ["Lai Châu"]


# -- a Party committee's member before a title that writes that committee ------------------------

@pytest.mark.parametrize("text, span, en", [
    ("Ông Hùng, Đảng ủy viên, Chủ nhiệm Ủy ban Kiểm tra Đảng ủy phường Tân Lập, cho biết.",
     "Đảng ủy viên, Chủ nhiệm Ủy ban Kiểm tra Đảng ủy phường Tân Lập",
     "Member of the Party Committee and Chairman of the Inspection Commission of the Tan Lap ward "
     "Party Committee"),
    ("Bà Lan, Đảng ủy viên, Bí thư Đảng ủy xã Tân Lập, cho biết.",
     "Đảng ủy viên, Bí thư Đảng ủy xã Tân Lập",
     "Member of the Party Committee and Secretary of the Tan Lap commune Party Committee"),
])
def test_a_party_committee_member_joins_the_committee_written_next(matcher, text, span, en):
    match = found(matcher, text, span)
    assert match.targets["en"][0] == en
    assert match.targets["cs"][0].startswith(("člen výboru strany a ", "členka výboru strany a "))


@pytest.mark.parametrize("text", [
    # another body's title: two titles (the member's committee is not written)
    "Ông Hùng, Đảng ủy viên, Phó Chủ tịch UBND xã Tân Lập, cho biết.",
    # a committee with no place: nothing to share
    "Đảng ủy viên, Bí thư Đảng ủy cho biết.",
])
def test_a_party_committee_members_limits(matcher, text):
    assert "Đảng ủy viên" in sources(matcher, text)


# -- a steering committee's task: three domain words and the search task's fuller name ----------

@pytest.mark.parametrize("text, span, en", [
    ("Ông A, Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo chống thất thu ngân sách tỉnh Bình Định, "
     "cho biết.",
     "Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo chống thất thu ngân sách tỉnh Bình Định",
     "Head of the Binh Dinh provincial Budget Revenue Loss Prevention Steering Committee"),
    ("Ông A, Giám đốc Sở Tài chính, Phó Trưởng Ban Chỉ đạo quản lý giá tỉnh Bến Tre, cho biết.",
     "Giám đốc Sở Tài chính, Phó Trưởng Ban Chỉ đạo quản lý giá tỉnh Bến Tre",
     "Deputy Head of the Ben Tre provincial Price Management Steering Committee"),
    ("Ông A, Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo xây dựng trường nội trú tỉnh Lai Châu, "
     "cho biết.",
     "Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo xây dựng trường nội trú tỉnh Lai Châu",
     "Head of the Lai Chau provincial Boarding School Construction Steering Committee"),
    ("Trưởng Ban Chỉ đạo tìm kiếm, quy tập hài cốt liệt sĩ tỉnh Kon Tum phát biểu.",
     "Trưởng Ban Chỉ đạo tìm kiếm, quy tập hài cốt liệt sĩ tỉnh Kon Tum",
     "Head of the Kon Tum provincial Martyrs' Remains Search Steering Committee"),
])
def test_a_steering_committees_task_is_read(matcher, text, span, en):
    assert found(matcher, text, span).targets["en"][0].endswith(en)


def test_a_price_word_alone_names_no_task(matcher):
    # `giá` alone is no task: the committee stops before it
    text = "Phó Trưởng Ban Chỉ đạo giá tỉnh Bến Tre phát biểu."
    assert not any("giá" in s for s in sources(matcher, text))
