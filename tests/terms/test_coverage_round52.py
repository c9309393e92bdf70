"""Coverage round fifty-two (issue 11zz): unseen55 as development data (tested with the other
sets in test_coverage_round46.py; the held-out test moved on to round 53), and the span
mechanisms this round added, each with its limits. Sentences are the engineer's own."""

from __future__ import annotations

import pytest
from shipped_matching import found, sources

# -- a division's head or deputy, or a commission's vice-chair, counted in lower case ---------

@pytest.mark.parametrize("text, span", [
    ("Giám đốc sở đã ký quyết định bổ nhiệm hai trưởng phòng mới.", "trưởng phòng"),
    ("Năm nay huyện điều động 5 phó trưởng phòng về cơ sở.", "phó trưởng phòng"),
    ("Ủy ban Kiểm tra Huyện ủy được bổ sung một phó chủ nhiệm.", "phó chủ nhiệm"),
])
def test_a_counted_division_head_or_vice_chair_is_a_title(matcher, text, span):
    assert span in sources(matcher, text)


@pytest.mark.parametrize("text, role", [
    ("Các trưởng phòng đều có mặt tại buổi họp.", "trưởng phòng"),  # a group, not a count
    ("Ông là trưởng phòng của sở từ năm ngoái.", "trưởng phòng"),  # no count, no body
    ("Tỉnh bổ nhiệm 12 kiểm sát viên và 3 thẩm phán.", "kiểm sát viên"),  # ranks stay outside
    ("Bộ trao quyết định bổ nhiệm hai cục trưởng.", "cục trưởng"),  # not a division's head
    ("Thành phố tập huấn cho 300 tổ trưởng dân phố.", "tổ trưởng"),
])
def test_other_counted_roles_and_uncounted_ones_stay_unmarked(matcher, text, role):
    assert role not in sources(matcher, text)


def test_a_capitalised_count_word_counts_only_opening_the_sentence(matcher):
    assert "trưởng phòng" in sources(matcher, "Ba trưởng phòng được khen thưởng.")
    # inside a sentence a capitalised `Ba` is a name's syllable (`bà Ba`), not a count
    assert "trưởng phòng" not in sources(matcher, "Người ta gọi bà Ba trưởng phòng.")


# -- steering committees named by what they direct ---------------------------------------

@pytest.mark.parametrize("span", [
    "Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo kỳ thi tốt nghiệp THPT tỉnh Quảng Bình",
    "Trưởng Ban Chỉ đạo thực hiện Chương trình xóa nhà tạm, nhà dột nát tỉnh Lào Cai",
    "Trưởng Ban Chỉ đạo thực hiện Chương trình giảm nghèo bền vững huyện Mường Tè",
    "Trưởng Ban Chỉ đạo các chương trình phát triển lâm nghiệp bền vững tỉnh Bình Phước",
    "Trưởng Ban Chỉ đạo các công trình, dự án trọng điểm thành phố Hải Phòng",
])
def test_a_steering_committee_named_by_its_programme_is_one_title(matcher, span):
    hit = found(matcher, f"{span} chủ trì cuộc họp sáng nay.", span)
    assert all("thực hiện" not in t and "chương trình" not in t.lower()
               for t in hit.targets["cs"] + hit.targets["en"])


def test_implementation_needs_its_object(matcher):
    # `thực hiện` alone names no field: the steering committee's name stops before it
    got = sources(matcher, "Trưởng Ban Chỉ đạo thực hiện tỉnh Hà Giang họp.")
    assert "Trưởng Ban Chỉ đạo thực hiện tỉnh Hà Giang" not in got
    assert "thực hiện" not in " ".join(sources(matcher, "Xã thực hiện chương trình nông thôn mới."))


# -- a team named by a code -------------------------------------------------------------------

@pytest.mark.parametrize("text, span, cs", [
    ("Đội K73 vừa tìm thấy thêm hai hài cốt.", "Đội K73", "oddíl K73"),
    ("Đội trưởng Đội K15 cho biết đợt tìm kiếm kéo dài ba tháng.", "Đội trưởng Đội K15",
     "velitel oddílu K15"),
])
def test_a_team_named_by_its_code_is_a_body(matcher, text, span, cs):
    assert cs in found(matcher, text, span).targets["cs"]


@pytest.mark.parametrize("text", [
    "Đội 3 về nhất ở nội dung tiếp sức.",  # a bare number orders teams
    "Đội tuyển U23 thắng trận mở màn.",  # a code after another word is not the team's name
])
def test_a_bare_number_or_a_later_code_names_no_team(matcher, text):
    assert not any(s.startswith("Đội ") for s in sources(matcher, text))
