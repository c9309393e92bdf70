"""Coverage round forty-one (issue 11zo): unseen41 as development data and unseen42 held out,
own batch b55, and the classes of unseen41's misses. Sentences are the engineer's own."""

from __future__ import annotations

import pytest
from shipped_matching import coverage_bench


def test_unseen42_is_held_out_and_a_missing_file_is_said(monkeypatch, tmp_path):
    bench = coverage_bench()
    assert bench.HELD_OUT == frozenset({"unseen42"}) and "unseen42" in bench.UNSEEN_SPLITS
    monkeypatch.setattr(bench, "DATA", tmp_path)  # as before the lead copies the set in
    with pytest.raises(SystemExit) as stop:
        bench.load_split("unseen42")
    assert "terms_unseen42.jsonl" in str(stop.value) and "held-out" in str(stop.value)


def test_unseen41_is_development_data_now():
    bench = coverage_bench()
    assert "unseen41" not in bench.HELD_OUT and "unseen41" in bench.UNSEEN_SPLITS
    if not (bench.DATA / "terms_unseen41.jsonl").is_file():
        pytest.skip("the set unseen41 is not in this checkout")
    assert bench.load_split("unseen41")
