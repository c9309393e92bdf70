"""Coverage round forty (issue 11zn): unseen40 as development data and unseen41 held out,
own batch b54, and the classes of unseen40's misses. Sentences are the engineer's own."""

from __future__ import annotations

import pytest
from shipped_matching import coverage_bench, found


def test_unseen41_is_held_out_and_a_missing_file_is_said(monkeypatch, tmp_path):
    bench = coverage_bench()
    assert bench.HELD_OUT == frozenset({"unseen41"}) and "unseen41" in bench.UNSEEN_SPLITS
    monkeypatch.setattr(bench, "DATA", tmp_path)  # as before the lead copies the set in
    with pytest.raises(SystemExit) as stop:
        bench.load_split("unseen41")
    assert "terms_unseen41.jsonl" in str(stop.value) and "held-out" in str(stop.value)


def test_unseen40_is_development_data_now():
    bench = coverage_bench()
    assert "unseen40" not in bench.HELD_OUT and "unseen40" in bench.UNSEEN_SPLITS
    if not (bench.DATA / "terms_unseen40.jsonl").is_file():
        pytest.skip("the set unseen40 is not in this checkout")
    assert bench.load_split("unseen40")


@pytest.mark.parametrize(("sentence", "name", "concept"), [
    ("Cà phê Việt Nam được bán nhiều ở Bờ Biển Ngà và Ghana.", "Bờ Biển Ngà",
     "country.cote_divoire"),
    ("Đoàn doanh nghiệp sẽ sang Ghana vào tháng tới.", "Ghana", "country.ghana"),
    ("Hạt điều nhập từ Tanzania và Cameroon tăng mạnh.", "Tanzania", "country.tanzania"),
    ("Triển lãm hàng Việt diễn ra tại Istanbul tuần này.", "Istanbul", "place.intl.istanbul"),
])
def test_new_countries_and_city_are_listed_places(matcher, sentence, name, concept):
    match = found(matcher, sentence, name)
    assert match.concept == concept


def test_a_lowercase_coast_is_no_country(matcher):
    # `bờ biển` is a coast: only the capitalised name is the country
    text = "Sóng lớn đánh vào bờ biển ngà voi của huyện."
    assert not any(m.concept == "country.cote_divoire" for m in matcher.find(text))
