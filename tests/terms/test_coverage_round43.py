"""Coverage round forty-three (issue 11zq): unseen43 as development data and unseen44 held out,
own batch b57, and the classes of unseen43's misses. Sentences are the engineer's own."""

from __future__ import annotations

import pytest
from shipped_matching import coverage_bench


def test_unseen44_is_held_out_and_a_missing_file_is_said(monkeypatch, tmp_path):
    bench = coverage_bench()
    assert bench.HELD_OUT == frozenset({"unseen44"}) and "unseen44" in bench.UNSEEN_SPLITS
    monkeypatch.setattr(bench, "DATA", tmp_path)  # as before the lead copies the set in
    with pytest.raises(SystemExit) as stop:
        bench.load_split("unseen44")
    assert "terms_unseen44.jsonl" in str(stop.value) and "held-out" in str(stop.value)


def test_unseen43_is_development_data_now():
    bench = coverage_bench()
    assert "unseen43" not in bench.HELD_OUT and "unseen43" in bench.UNSEEN_SPLITS
    if not (bench.DATA / "terms_unseen43.jsonl").is_file():
        pytest.skip("the set unseen43 is not in this checkout")
    assert bench.load_split("unseen43")
