"""Coverage round twenty-nine (issue 11zc): unseen29 as development data and unseen30 held out,
own batch b43. Sentences are the engineer's own."""

from __future__ import annotations

import pytest
from shipped_matching import coverage_bench


def test_unseen30_is_held_out_and_a_missing_file_is_said(monkeypatch, tmp_path):
    bench = coverage_bench()
    assert bench.HELD_OUT == frozenset({"unseen30"}) and "unseen30" in bench.UNSEEN_SPLITS
    monkeypatch.setattr(bench, "DATA", tmp_path)  # as before the lead copies the set in
    with pytest.raises(SystemExit) as stop:
        bench.load_split("unseen30")
    assert "terms_unseen30.jsonl" in str(stop.value) and "held-out" in str(stop.value)


def test_unseen29_is_development_data_now():
    bench = coverage_bench()
    assert "unseen29" not in bench.HELD_OUT and "unseen29" in bench.UNSEEN_SPLITS
    if not (bench.DATA / "terms_unseen29.jsonl").is_file():
        pytest.skip("the set unseen29 is not in this checkout")
    assert bench.load_split("unseen29")
