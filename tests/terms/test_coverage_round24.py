"""Coverage round twenty-four (issue 11x): unseen24 as development data and unseen25 held out, own
batch b38. Sentences are the engineer's own."""

from __future__ import annotations

import pytest
from shipped_matching import coverage_bench


def test_unseen25_is_held_out_and_a_missing_file_is_said(monkeypatch, tmp_path):
    bench = coverage_bench()
    assert bench.HELD_OUT == frozenset({"unseen25"}) and "unseen25" in bench.UNSEEN_SPLITS
    monkeypatch.setattr(bench, "DATA", tmp_path)  # as before the lead copies the set in
    with pytest.raises(SystemExit) as stop:
        bench.load_split("unseen25")
    assert "terms_unseen25.jsonl" in str(stop.value) and "held-out" in str(stop.value)


def test_unseen24_is_development_data_now():
    bench = coverage_bench()
    assert "unseen24" not in bench.HELD_OUT
    if not (bench.DATA / "terms_unseen24.jsonl").is_file():
        pytest.skip("the set unseen24 is not in this checkout")
    loaded = bench.load_split("unseen24")
    assert len(loaded) == 258 and sum(len(r["spans"]) for r in loaded) == 347


def test_own_batch_b38_loads_its_marks():
    rows = coverage_bench().load_split("own-b38")
    spans = [s for row in rows for s in row["spans"]]
    assert len(rows) == 33 and len(spans) == 43
    assert sum(s["kind"] == "title" for s in spans) == 16
