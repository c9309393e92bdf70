"""Coverage round twenty-three (issue 11w): unseen23 as development data and unseen24 held out, own
batch b37. Sentences are the engineer's own."""

from __future__ import annotations

import pytest
from shipped_matching import coverage_bench


def test_unseen24_is_held_out_and_a_missing_file_is_said(monkeypatch, tmp_path):
    bench = coverage_bench()
    assert bench.HELD_OUT == frozenset({"unseen24"}) and "unseen24" in bench.UNSEEN_SPLITS
    monkeypatch.setattr(bench, "DATA", tmp_path)  # as before the lead copies the set in
    with pytest.raises(SystemExit) as stop:
        bench.load_split("unseen24")
    assert "terms_unseen24.jsonl" in str(stop.value) and "held-out" in str(stop.value)


def test_unseen23_is_development_data_now():
    bench = coverage_bench()
    assert "unseen23" not in bench.HELD_OUT
    if not (bench.DATA / "terms_unseen23.jsonl").is_file():
        pytest.skip("the set unseen23 is not in this checkout")
    loaded = bench.load_split("unseen23")
    assert len(loaded) == 267 and sum(len(r["spans"]) for r in loaded) == 369


def test_own_batch_b37_loads_its_marks():
    rows = coverage_bench().load_split("own-b37")
    spans = [s for row in rows for s in row["spans"]]
    assert len(rows) == 33 and len(spans) == 40
    assert sum(s["kind"] == "title" for s in spans) == 18
