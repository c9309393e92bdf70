"""Coverage round sixty-two (issue 11zzj): unseen66 as development data (tested with the other
sets in test_coverage_round46.py; the held-out test moved on to round 63), and the span
mechanisms this round added, each with its limits. Sentences are the engineer's own."""

from __future__ import annotations

import pytest
from shipped_matching import found, sources

# -- a unit that takes its parent after a comma (`comma_parents.comma_rule`): a defence zone named
#    by its number alone, its province's command; a hospital's department, its hospital, placed or
#    not -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, span, cs, en", [
    pytest.param(
        "Chỉ huy trưởng Ban Chỉ huy Phòng thủ khu vực 4, Bộ Chỉ huy Quân sự tỉnh Nghệ An cho biết.",
        "Chỉ huy trưởng Ban Chỉ huy Phòng thủ khu vực 4, Bộ Chỉ huy Quân sự tỉnh Nghệ An",
        "velitelství obranné oblasti 4 vojenského velitelství provincie Nghệ An",
        "Regional Defence Command 4 of the Nghe An provincial Military Command", id="zone-title"),
    pytest.param(
        "Ban Chỉ huy Phòng thủ khu vực 1, Bộ Chỉ huy Quân sự tỉnh Cao Bằng tổ chức diễn tập.",
        "Ban Chỉ huy Phòng thủ khu vực 1, Bộ Chỉ huy Quân sự tỉnh Cao Bằng",
        "velitelství obranné oblasti 1 vojenského velitelství provincie Cao Bằng",
        "Regional Defence Command 1 of the Cao Bang provincial Military Command", id="zone-body"),
    pytest.param(
        "Trưởng khoa Cấp cứu, Bệnh viện Nhi Trung ương khuyến cáo phụ huynh.",
        "Trưởng khoa Cấp cứu, Bệnh viện Nhi Trung ương",
        "oddělení urgentního příjmu Národní dětské nemocnice",
        "Emergency Department of the Vietnam National Children's Hospital", id="hospital-listed"),
    pytest.param(
        "Phó trưởng khoa Hồi sức tích cực, Bệnh viện Bạch Mai cho biết.",
        "Phó trưởng khoa Hồi sức tích cực, Bệnh viện Bạch Mai",
        "oddělení intenzivní péče nemocnice Bạch Mai",
        "Intensive Care Department of the Bach Mai Hospital", id="hospital-named"),
])
def test_a_unit_takes_its_parent_after_a_comma(matcher, text, span, cs, en):
    match = found(matcher, text, span)
    assert match.targets["cs"][0].endswith(cs)
    assert match.targets["en"][0].endswith(en)


@pytest.mark.parametrize("text, span", [
    # the next zone of a list is not a parent
    ("Ban Chỉ huy Phòng thủ khu vực 4, Ban Chỉ huy Phòng thủ khu vực 5 tham gia diễn tập.",
     "Ban Chỉ huy Phòng thủ khu vực 4"),
    # a command that names no province is not the zone's parent
    ("Chỉ huy trưởng Ban Chỉ huy Phòng thủ khu vực 4, Bộ Chỉ huy Quân sự cho biết.",
     "Chỉ huy trưởng Ban Chỉ huy Phòng thủ khu vực 4"),
])
def test_a_numbered_defence_zones_limits(matcher, text, span):
    assert span in sources(matcher, text)


@pytest.mark.parametrize("text, span", [
    # a centre is not a hospital's department: the hospital stays apart
    ("Giám đốc Trung tâm Y tế, Bệnh viện Bạch Mai phát biểu.", "Giám đốc Trung tâm Y tế"),
    # a placed department keeps its own place; the hospital after it is the next body
    ("Trưởng phòng Y tế huyện Ba Vì, Bệnh viện Bạch Mai và các xã ký cam kết.",
     "Trưởng phòng Y tế huyện Ba Vì"),
])
def test_a_departments_hospital_limits(matcher, text, span):
    assert span in sources(matcher, text)
