"""Coverage round sixty-seven (issue 11zzo): unseen71 as development data (tested with the other
sets in test_coverage_round46.py) and unseen72 held out; unseen73, written during the stop and run
once by the lead on its final code, registered held out beside it. The round changed no matcher
code (its classes are counted in bench/RESULTS.md), so this file holds only the held-out switch."""

from __future__ import annotations

import pytest
from shipped_matching import coverage_bench


@pytest.mark.parametrize("name", ["unseen72", "unseen73"])
def test_the_newest_sets_are_held_out_and_a_missing_file_is_said(monkeypatch, tmp_path, name):
    bench = coverage_bench()
    assert bench.HELD_OUT == {"unseen72", "unseen73"} and name in bench.UNSEEN_SPLITS
    monkeypatch.setattr(bench, "DATA", tmp_path)  # as before the lead copies the set in
    with pytest.raises(SystemExit) as stop:
        bench.load_split(name)
    assert f"terms_{name}.jsonl" in str(stop.value) and "held-out" in str(stop.value)
