"""Coverage round thirty-nine (issue 11zm): unseen39 as development data and unseen40 held out,
own batch b53, and the classes of unseen39's misses. Sentences are the engineer's own."""

from __future__ import annotations

import pytest
from shipped_matching import coverage_bench


def test_unseen40_is_held_out_and_a_missing_file_is_said(monkeypatch, tmp_path):
    bench = coverage_bench()
    assert bench.HELD_OUT == frozenset({"unseen40"}) and "unseen40" in bench.UNSEEN_SPLITS
    monkeypatch.setattr(bench, "DATA", tmp_path)  # as before the lead copies the set in
    with pytest.raises(SystemExit) as stop:
        bench.load_split("unseen40")
    assert "terms_unseen40.jsonl" in str(stop.value) and "held-out" in str(stop.value)


def test_unseen39_is_development_data_now():
    bench = coverage_bench()
    assert "unseen39" not in bench.HELD_OUT and "unseen39" in bench.UNSEEN_SPLITS
    if not (bench.DATA / "terms_unseen39.jsonl").is_file():
        pytest.skip("the set unseen39 is not in this checkout")
    assert bench.load_split("unseen39")
