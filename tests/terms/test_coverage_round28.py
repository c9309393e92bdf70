"""Coverage round twenty-eight (issue 11zb): unseen28 as development data and unseen29 held out,
own batch b42. Sentences are the engineer's own."""

from __future__ import annotations

import pytest
from shipped_matching import coverage_bench


def test_unseen29_is_held_out_and_a_missing_file_is_said(monkeypatch, tmp_path):
    bench = coverage_bench()
    assert bench.HELD_OUT == frozenset({"unseen29"}) and "unseen29" in bench.UNSEEN_SPLITS
    monkeypatch.setattr(bench, "DATA", tmp_path)  # as before the lead copies the set in
    with pytest.raises(SystemExit) as stop:
        bench.load_split("unseen29")
    assert "terms_unseen29.jsonl" in str(stop.value) and "held-out" in str(stop.value)


def test_unseen28_is_development_data_now():
    bench = coverage_bench()
    assert "unseen28" not in bench.HELD_OUT and "unseen28" in bench.UNSEEN_SPLITS
    if not (bench.DATA / "terms_unseen28.jsonl").is_file():
        pytest.skip("the set unseen28 is not in this checkout")
    assert bench.load_split("unseen28")
