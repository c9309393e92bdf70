"""Coverage round thirty (issue 11zd): unseen30 as development data and unseen31 held out,
own batch b44, chains over two bodies. Sentences are the engineer's own."""

from __future__ import annotations

import pytest
from shipped_matching import coverage_bench


def test_unseen31_is_held_out_and_a_missing_file_is_said(monkeypatch, tmp_path):
    bench = coverage_bench()
    assert bench.HELD_OUT == frozenset({"unseen31"}) and "unseen31" in bench.UNSEEN_SPLITS
    monkeypatch.setattr(bench, "DATA", tmp_path)  # as before the lead copies the set in
    with pytest.raises(SystemExit) as stop:
        bench.load_split("unseen31")
    assert "terms_unseen31.jsonl" in str(stop.value) and "held-out" in str(stop.value)


def test_unseen30_is_development_data_now():
    bench = coverage_bench()
    assert "unseen30" not in bench.HELD_OUT and "unseen30" in bench.UNSEEN_SPLITS
    if not (bench.DATA / "terms_unseen30.jsonl").is_file():
        pytest.skip("the set unseen30 is not in this checkout")
    assert bench.load_split("unseen30")
