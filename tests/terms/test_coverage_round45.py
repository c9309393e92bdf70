"""Coverage round forty-five (issue 11zs): unseen46 as development data and unseen47 held out,
own batch b59, and the classes of unseen46's misses. Sentences are the engineer's own."""

from __future__ import annotations

import pytest
from shipped_matching import coverage_bench


def test_unseen47_is_held_out_and_a_missing_file_is_said(monkeypatch, tmp_path):
    bench = coverage_bench()
    assert bench.HELD_OUT == frozenset({"unseen47"}) and "unseen47" in bench.UNSEEN_SPLITS
    monkeypatch.setattr(bench, "DATA", tmp_path)  # as before the lead copies the set in
    with pytest.raises(SystemExit) as stop:
        bench.load_split("unseen47")
    assert "terms_unseen47.jsonl" in str(stop.value) and "held-out" in str(stop.value)


def test_unseen46_is_development_data_now():
    bench = coverage_bench()
    assert "unseen46" not in bench.HELD_OUT and "unseen46" in bench.UNSEEN_SPLITS
    if not (bench.DATA / "terms_unseen46.jsonl").is_file():
        pytest.skip("the set unseen46 is not in this checkout")
    assert bench.load_split("unseen46")
