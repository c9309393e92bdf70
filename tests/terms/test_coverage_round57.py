"""Coverage round fifty-seven (issue 11zze): unseen60 and unseen61 as development data (tested
with the other sets in test_coverage_round46.py; the held-out test moved on to
test_coverage_round60.py), and the span mechanisms this round added, each with its limits.
Sentences are the engineer's own."""

from __future__ import annotations

import pytest
from shipped_matching import found, sources

# -- insurance and border as a board's or a division's field -----------------------------------

@pytest.mark.parametrize("text, span, field", [
    ("Ông Đỗ Văn Kiên, Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo thực hiện chính sách bảo hiểm "
     "xã hội, bảo hiểm y tế tỉnh Nam Định, chủ trì họp.",
     "Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo thực hiện chính sách bảo hiểm xã hội, bảo hiểm "
     "y tế tỉnh Nam Định", "bao_hiem_y_te"),
    ("Trưởng Ban Chỉ đạo công tác biên giới tỉnh Lạng Sơn kiểm tra mốc giới.",
     "Trưởng Ban Chỉ đạo công tác biên giới tỉnh Lạng Sơn", "bien_gioi"),
    ("Bà Vũ Thị Lan, Phó Trưởng phòng Quản lý biên giới, Sở Ngoại vụ tỉnh Lai Châu, cho biết.",
     "Phó Trưởng phòng Quản lý biên giới, Sở Ngoại vụ tỉnh Lai Châu", "bien_gioi"),
    ("Trưởng phòng Chế độ BHXH, Bảo hiểm xã hội tỉnh Thái Bình giải đáp thắc mắc.",
     "Trưởng phòng Chế độ BHXH, Bảo hiểm xã hội tỉnh Thái Bình", "che_do_bao_hiem_xa_hoi"),
    ("Ông Lý Văn Sáng, Trưởng phòng Xây dựng chính quyền và Công tác thanh niên, Sở Nội vụ tỉnh "
     "Cao Bằng, báo cáo.", "Trưởng phòng Xây dựng chính quyền và Công tác thanh niên, Sở Nội vụ "
     "tỉnh Cao Bằng", "cong_tac_thanh_nien"),
])
def test_a_field_of_insurance_border_or_government_building(matcher, text, span, field):
    assert field in found(matcher, text, span).concept


def test_insurance_words_outside_a_named_body_stay_phrases(matcher):
    spans = sources(matcher, "Số người tham gia bảo hiểm xã hội, bảo hiểm y tế tăng 8 %.")
    assert spans == ["bảo hiểm xã hội", "bảo hiểm y tế"]
    spans = sources(matcher, "Tỉnh chú trọng công tác thanh niên và xây dựng chính quyền cơ sở.")
    assert not any("công tác thanh niên" in s or "xây dựng chính quyền" in s for s in spans)


# -- loudspeaker stations and sports federations -----------------------------------------------

@pytest.mark.parametrize("text, span, field", [
    ("Đài Truyền thanh xã Quỳnh Lưu phát bản tin thời tiết mỗi sáng.",
     "Đài Truyền thanh xã Quỳnh Lưu", "truyen_thanh"),
    ("Chủ tịch Liên đoàn Ba môn phối hợp tỉnh Khánh Hòa trao huy chương.",
     "Chủ tịch Liên đoàn Ba môn phối hợp tỉnh Khánh Hòa", "ba_mon_phoi_hop"),
    ("Liên đoàn Cờ Hà Nội tổ chức giải cho học sinh.", "Liên đoàn Cờ Hà Nội", "+co@"),
    ("Câu lạc bộ Cờ tướng Hải Phòng kết nạp hội viên.", "Câu lạc bộ Cờ tướng Hải Phòng",
     "co_tuong"),
])
def test_a_station_or_federation_named_by_its_field(matcher, text, span, field):
    assert field in found(matcher, text, span).concept


def test_a_flag_outside_a_named_body_is_no_field(matcher):
    assert sources(matcher, "Các hộ dân treo cờ đỏ sao vàng trước cổng nhà.") == []


# -- `giữ chức Vụ trưởng`: the phrase does not eat the title's first syllable -----------------

def test_holding_the_post_of_a_department_director(matcher):
    text = "Ông Lê Hữu Nam được bổ nhiệm giữ chức Vụ trưởng Vụ Hợp tác quốc tế Bộ Công an."
    assert sources(matcher, text)[:2] == ["giữ chức", "Vụ trưởng Vụ Hợp tác quốc tế Bộ Công an"]


def test_holding_a_post_written_in_full_keeps_its_phrase(matcher):
    spans = sources(matcher, "Bà Mai giữ chức vụ Phó Giám đốc Sở Xây dựng từ tháng 4.")
    assert spans[0] == "giữ chức vụ"
    spans = sources(matcher, "Ông Bình thôi giữ chức vụ Vụ trưởng từ ngày 1/7.")
    assert spans == ["giữ chức vụ", "Vụ trưởng"]


# -- a council's role and the role of a delegation it sends ------------------------------------

def test_a_council_role_shares_the_council_of_its_delegation(matcher):
    span = "Phó Chủ tịch HĐND tỉnh, Trưởng đoàn giám sát HĐND tỉnh Thanh Hóa"
    assert sources(matcher, f"Ông Lê Tiến Lam, {span}, làm việc với sở.") == [span]


@pytest.mark.parametrize("text, first", [
    ("Ông A, Phó Chủ tịch HĐND tỉnh, Trưởng đoàn giám sát HĐND huyện Nông Cống, làm việc.",
     "Phó Chủ tịch HĐND tỉnh"),
    ("Ông A, Phó Chủ tịch UBND tỉnh, Trưởng đoàn giám sát HĐND tỉnh Thanh Hóa, làm việc.",
     "Phó Chủ tịch UBND tỉnh"),
])
def test_no_shared_council_across_levels_or_from_another_body(matcher, text, first):
    spans = sources(matcher, text)
    assert spans[0] == first and spans[1].startswith("Trưởng đoàn giám sát HĐND")


# -- holders' clan names after a commune's name ------------------------------------------------

def test_a_raglai_holder_after_a_commune(matcher):
    text = "Chủ tịch UBND xã Phước Hà Pi Năng Thị Mai cho biết xã đã trồng 40 ha rừng."
    assert sources(matcher, text)[0] == "Chủ tịch UBND xã Phước Hà"


def test_a_clan_name_written_last_opens_the_commune_not_the_holder(matcher):
    text = "Chủ tịch UBND xã Ayun Rơ Lan Hương kiểm tra công trình."
    assert sources(matcher, text)[0] == "Chủ tịch UBND xã Ayun"
    text = "Phó Chủ tịch UBND xã Ea Kly Y Bhin Ayun cho biết."
    assert sources(matcher, text)[0] == "Phó Chủ tịch UBND xã Ea Kly"


def test_a_double_surname_still_opens_the_holder(matcher):
    spans = sources(matcher, "Bí thư Đảng ủy xã Lê Hồ Nguyễn Văn Toàn phát biểu.")
    assert spans[0] == "Bí thư Đảng ủy xã Lê Hồ"


def test_the_clan_names_written_last_are_surnames_too(matcher):
    grammar = matcher.glossary.grammar  # the shared matcher's, not a second load
    assert grammar.last_surnames and grammar.last_surnames <= grammar.surnames
