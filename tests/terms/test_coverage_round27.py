"""Coverage round twenty-seven (issue 11za): unseen27 as development data and unseen28 held out,
own batch b41. Sentences are the engineer's own."""

from __future__ import annotations

import pytest
from shipped_matching import coverage_bench


def test_unseen28_is_held_out_and_a_missing_file_is_said(monkeypatch, tmp_path):
    bench = coverage_bench()
    assert bench.HELD_OUT == frozenset({"unseen28"}) and "unseen28" in bench.UNSEEN_SPLITS
    monkeypatch.setattr(bench, "DATA", tmp_path)  # as before the lead copies the set in
    with pytest.raises(SystemExit) as stop:
        bench.load_split("unseen28")
    assert "terms_unseen28.jsonl" in str(stop.value) and "held-out" in str(stop.value)


def test_unseen27_is_development_data_now():
    bench = coverage_bench()
    assert "unseen27" not in bench.HELD_OUT and "unseen27" in bench.UNSEEN_SPLITS
    if not (bench.DATA / "terms_unseen27.jsonl").is_file():
        pytest.skip("the set unseen27 is not in this checkout")
    assert bench.load_split("unseen27")
