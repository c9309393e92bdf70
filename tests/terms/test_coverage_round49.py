"""Coverage round forty-nine (issue 11zw): unseen51 as development data and unseen52 held out,
own batch b63, and the classes of unseen51's misses. Sentences are the engineer's own."""

from __future__ import annotations

import pytest
from shipped_matching import coverage_bench, found


def test_unseen52_is_held_out_and_a_missing_file_is_said(monkeypatch, tmp_path):
    bench = coverage_bench()
    assert bench.HELD_OUT == frozenset({"unseen52"}) and "unseen52" in bench.UNSEEN_SPLITS
    monkeypatch.setattr(bench, "DATA", tmp_path)  # as before the lead copies the set in
    with pytest.raises(SystemExit) as stop:
        bench.load_split("unseen52")
    assert "terms_unseen52.jsonl" in str(stop.value) and "held-out" in str(stop.value)


def test_unseen51_is_development_data_now():
    bench = coverage_bench()
    assert "unseen51" not in bench.HELD_OUT and "unseen51" in bench.UNSEEN_SPLITS
    if not (bench.DATA / "terms_unseen51.jsonl").is_file():
        pytest.skip("the set unseen51 is not in this checkout")
    assert bench.load_split("unseen51")


# the lead's ruling on `giao quyền`: after `giao` the entrusted power stays outside the title
@pytest.mark.parametrize("text, span", [
    ("Ông Trần Văn Lợi được giao quyền Chủ tịch UBND huyện Đức Cơ từ tháng trước.",
     "Chủ tịch UBND huyện Đức Cơ"),
    ("Sở giao quyền Trưởng phòng Quản lý đô thị cho một phó phòng.", "Trưởng phòng Quản lý đô thị"),
])
def test_power_entrusted_after_giao_stays_outside_the_title(matcher, text, span):
    found(matcher, text, span)


# limits: `quyền` elsewhere is the title's `acting`, inside it
@pytest.mark.parametrize("text, span", [
    ("Quyền Chủ tịch UBND huyện Đức Cơ ký quyết định.", "Quyền Chủ tịch UBND huyện Đức Cơ"),
    ("Ông Lợi, quyền Giám đốc Sở Y tế tỉnh Gia Lai, cho biết.",
     "quyền Giám đốc Sở Y tế tỉnh Gia Lai"),
    ("Ông được bổ nhiệm quyền Giám đốc Sở Y tế tỉnh Gia Lai.",
     "quyền Giám đốc Sở Y tế tỉnh Gia Lai"),
])
def test_acting_stays_inside_the_title_elsewhere(matcher, text, span):
    found(matcher, text, span)
