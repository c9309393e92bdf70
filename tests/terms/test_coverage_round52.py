"""Coverage round fifty-two (issue 11zz): unseen55 as development data and unseen56 held out,
and the span mechanisms this round added, each with its limits. Sentences are the engineer's
own."""

from __future__ import annotations

import pytest
from shipped_matching import coverage_bench


def test_unseen56_is_held_out_and_a_missing_file_is_said(monkeypatch, tmp_path):
    bench = coverage_bench()
    assert "unseen56" in bench.HELD_OUT and "unseen56" in bench.UNSEEN_SPLITS
    monkeypatch.setattr(bench, "DATA", tmp_path)  # as before the lead copies the set in
    with pytest.raises(SystemExit) as stop:
        bench.load_split("unseen56")
    assert "terms_unseen56.jsonl" in str(stop.value) and "held-out" in str(stop.value)


def test_unseen55_is_development_data_now():
    bench = coverage_bench()
    assert "unseen55" not in bench.HELD_OUT and "unseen55" in bench.UNSEEN_SPLITS
    if not (bench.DATA / "terms_unseen55.jsonl").is_file():
        pytest.skip("the set unseen55 is not in this checkout")
    assert bench.load_split("unseen55")
