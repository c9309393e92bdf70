"""Coverage round twenty-two (issue 11v): unseen22 as development data and unseen23 held out, own
batch b36. Sentences are the engineer's own."""

from __future__ import annotations

import pytest
from shipped_matching import coverage_bench


def test_unseen23_is_held_out_and_a_missing_file_is_said(monkeypatch, tmp_path):
    bench = coverage_bench()
    assert bench.HELD_OUT == frozenset({"unseen23"}) and "unseen23" in bench.UNSEEN_SPLITS
    monkeypatch.setattr(bench, "DATA", tmp_path)  # as before the lead copies the set in
    with pytest.raises(SystemExit) as stop:
        bench.load_split("unseen23")
    assert "terms_unseen23.jsonl" in str(stop.value) and "held-out" in str(stop.value)


def test_unseen22_is_development_data_now():
    bench = coverage_bench()
    assert "unseen22" not in bench.HELD_OUT
    if not (bench.DATA / "terms_unseen22.jsonl").is_file():
        pytest.skip("the set unseen22 is not in this checkout")
    loaded = bench.load_split("unseen22")
    assert len(loaded) == 249 and sum(len(r["spans"]) for r in loaded) == 382


def test_own_batch_b36_loads_its_marks():
    rows = coverage_bench().load_split("own-b36")
    spans = [s for row in rows for s in row["spans"]]
    assert len(rows) == 33 and len(spans) == 41
    assert sum(s.get("coordinated", False) for s in spans) == 7
