"""Coverage round forty-eight (issue 11zv): unseen50 as development data and unseen51 held out,
own batch b62, and the classes of unseen50's misses. Sentences are the engineer's own."""

from __future__ import annotations

import pytest
from shipped_matching import coverage_bench


def test_unseen51_is_held_out_and_a_missing_file_is_said(monkeypatch, tmp_path):
    bench = coverage_bench()
    assert bench.HELD_OUT == frozenset({"unseen51"}) and "unseen51" in bench.UNSEEN_SPLITS
    monkeypatch.setattr(bench, "DATA", tmp_path)  # as before the lead copies the set in
    with pytest.raises(SystemExit) as stop:
        bench.load_split("unseen51")
    assert "terms_unseen51.jsonl" in str(stop.value) and "held-out" in str(stop.value)


def test_unseen50_is_development_data_now():
    bench = coverage_bench()
    assert "unseen50" not in bench.HELD_OUT and "unseen50" in bench.UNSEEN_SPLITS
    if not (bench.DATA / "terms_unseen50.jsonl").is_file():
        pytest.skip("the set unseen50 is not in this checkout")
    assert bench.load_split("unseen50")
