"""Coverage round sixty-six (issue 11zzn): unseen70 as development data (tested with the other
sets in test_coverage_round46.py) and unseen71 held out, and the span mechanisms this round added,
each with its limits. Sentences are the engineer's own."""

from __future__ import annotations

import pytest
from shipped_matching import coverage_bench


def test_unseen71_is_held_out_and_a_missing_file_is_said(monkeypatch, tmp_path):
    bench = coverage_bench()
    assert bench.HELD_OUT == {"unseen71"} and "unseen71" in bench.UNSEEN_SPLITS
    monkeypatch.setattr(bench, "DATA", tmp_path)  # as before the lead copies the set in
    with pytest.raises(SystemExit) as stop:
        bench.load_split("unseen71")
    assert "terms_unseen71.jsonl" in str(stop.value) and "held-out" in str(stop.value)
