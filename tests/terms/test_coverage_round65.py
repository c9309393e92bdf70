"""Coverage round sixty-five (issue 11zzm): unseen69 as development data (tested with the other
sets in test_coverage_round46.py) and unseen70 held out, and the span mechanisms this round added,
each with its limits. Sentences are the engineer's own."""

from __future__ import annotations

import pytest
from shipped_matching import coverage_bench


def test_unseen70_is_held_out_and_a_missing_file_is_said(monkeypatch, tmp_path):
    bench = coverage_bench()
    assert bench.HELD_OUT == {"unseen70"} and "unseen70" in bench.UNSEEN_SPLITS
    monkeypatch.setattr(bench, "DATA", tmp_path)  # as before the lead copies the set in
    with pytest.raises(SystemExit) as stop:
        bench.load_split("unseen70")
    assert "terms_unseen70.jsonl" in str(stop.value) and "held-out" in str(stop.value)
