"""Coverage round sixty-seven (issue 11zzo): unseen71 as development data (tested with the other
sets in test_coverage_round46.py) and unseen72 held out. The round changed no matcher code (its
classes are counted in bench/RESULTS.md), so this file holds only the held-out switch."""

from __future__ import annotations

import pytest
from shipped_matching import coverage_bench


def test_unseen72_is_held_out_and_a_missing_file_is_said(monkeypatch, tmp_path):
    bench = coverage_bench()
    assert bench.HELD_OUT == {"unseen72"} and "unseen72" in bench.UNSEEN_SPLITS
    monkeypatch.setattr(bench, "DATA", tmp_path)  # as before the lead copies the set in
    with pytest.raises(SystemExit) as stop:
        bench.load_split("unseen72")
    assert "terms_unseen72.jsonl" in str(stop.value) and "held-out" in str(stop.value)
