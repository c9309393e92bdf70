"""Coverage round fifty-five (issue 11zzc): unseen58 as development data (tested with the other
sets in test_coverage_round46.py) and unseen59 held out, and the span mechanisms this round
added, each with its limits. Sentences are the engineer's own."""

from __future__ import annotations

import pytest
from shipped_matching import coverage_bench


def test_unseen59_is_held_out_and_a_missing_file_is_said(monkeypatch, tmp_path):
    bench = coverage_bench()
    assert "unseen59" in bench.HELD_OUT and "unseen59" in bench.UNSEEN_SPLITS
    monkeypatch.setattr(bench, "DATA", tmp_path)  # as before the lead copies the set in
    with pytest.raises(SystemExit) as stop:
        bench.load_split("unseen59")
    assert "terms_unseen59.jsonl" in str(stop.value) and "held-out" in str(stop.value)
