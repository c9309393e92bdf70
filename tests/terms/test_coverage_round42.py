"""Coverage round forty-two (issue 11zp): unseen42 as development data and unseen43 held out,
own batch b56, and the classes of unseen42's misses. Sentences are the engineer's own."""

from __future__ import annotations

import pytest
from shipped_matching import coverage_bench


def test_unseen43_is_held_out_and_a_missing_file_is_said(monkeypatch, tmp_path):
    bench = coverage_bench()
    assert bench.HELD_OUT == frozenset({"unseen43"}) and "unseen43" in bench.UNSEEN_SPLITS
    monkeypatch.setattr(bench, "DATA", tmp_path)  # as before the lead copies the set in
    with pytest.raises(SystemExit) as stop:
        bench.load_split("unseen43")
    assert "terms_unseen43.jsonl" in str(stop.value) and "held-out" in str(stop.value)


def test_unseen42_is_development_data_now():
    bench = coverage_bench()
    assert "unseen42" not in bench.HELD_OUT and "unseen42" in bench.UNSEEN_SPLITS
    if not (bench.DATA / "terms_unseen42.jsonl").is_file():
        pytest.skip("the set unseen42 is not in this checkout")
    assert bench.load_split("unseen42")
