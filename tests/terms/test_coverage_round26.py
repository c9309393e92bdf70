"""Coverage round twenty-six (issue 11z): unseen26 as development data and unseen27 held out, own
batch b40. Sentences are the engineer's own."""

from __future__ import annotations

import pytest
from shipped_matching import coverage_bench


def test_unseen27_is_held_out_and_a_missing_file_is_said(monkeypatch, tmp_path):
    bench = coverage_bench()
    assert bench.HELD_OUT == frozenset({"unseen27"}) and "unseen27" in bench.UNSEEN_SPLITS
    monkeypatch.setattr(bench, "DATA", tmp_path)  # as before the lead copies the set in
    with pytest.raises(SystemExit) as stop:
        bench.load_split("unseen27")
    assert "terms_unseen27.jsonl" in str(stop.value) and "held-out" in str(stop.value)


def test_unseen26_is_development_data_now():
    bench = coverage_bench()
    assert "unseen26" not in bench.HELD_OUT
    if not (bench.DATA / "terms_unseen26.jsonl").is_file():
        pytest.skip("the set unseen26 is not in this checkout")
    loaded = bench.load_split("unseen26")
    assert len(loaded) == 264 and sum(len(r["spans"]) for r in loaded) == 425


def test_own_batch_b40_loads_its_marks():
    rows = coverage_bench().load_split("own-b40")
    spans = [s for row in rows for s in row["spans"]]
    assert len(rows) == 32 and len(spans) == 38
    assert sum(s["kind"] == "title" for s in spans) == 10
