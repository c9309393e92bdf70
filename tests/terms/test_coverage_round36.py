"""Coverage round thirty-six (issue 11zj): unseen36 as development data and unseen37 held out,
own batch b50, and the classes of unseen36's misses. Sentences are the engineer's own."""

from __future__ import annotations

import pytest
from shipped_matching import coverage_bench


def test_unseen37_is_held_out_and_a_missing_file_is_said(monkeypatch, tmp_path):
    bench = coverage_bench()
    assert bench.HELD_OUT == frozenset({"unseen37"}) and "unseen37" in bench.UNSEEN_SPLITS
    monkeypatch.setattr(bench, "DATA", tmp_path)  # as before the lead copies the set in
    with pytest.raises(SystemExit) as stop:
        bench.load_split("unseen37")
    assert "terms_unseen37.jsonl" in str(stop.value) and "held-out" in str(stop.value)


def test_unseen36_is_development_data_now():
    bench = coverage_bench()
    assert "unseen36" not in bench.HELD_OUT and "unseen36" in bench.UNSEEN_SPLITS
    if not (bench.DATA / "terms_unseen36.jsonl").is_file():
        pytest.skip("the set unseen36 is not in this checkout")
    assert bench.load_split("unseen36")
