"""Coverage round thirty-eight (issue 11zl): unseen38 as development data and unseen39 held out,
own batch b52, and the classes of unseen38's misses. Sentences are the engineer's own."""

from __future__ import annotations

import pytest
from shipped_matching import coverage_bench


def test_unseen39_is_held_out_and_a_missing_file_is_said(monkeypatch, tmp_path):
    bench = coverage_bench()
    assert bench.HELD_OUT == frozenset({"unseen39"}) and "unseen39" in bench.UNSEEN_SPLITS
    monkeypatch.setattr(bench, "DATA", tmp_path)  # as before the lead copies the set in
    with pytest.raises(SystemExit) as stop:
        bench.load_split("unseen39")
    assert "terms_unseen39.jsonl" in str(stop.value) and "held-out" in str(stop.value)


def test_unseen38_is_development_data_now():
    bench = coverage_bench()
    assert "unseen38" not in bench.HELD_OUT and "unseen38" in bench.UNSEEN_SPLITS
    if not (bench.DATA / "terms_unseen38.jsonl").is_file():
        pytest.skip("the set unseen38 is not in this checkout")
    assert bench.load_split("unseen38")
