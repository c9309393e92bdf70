"""Coverage round thirty-three (issue 11zg): unseen33 as development data and unseen34 held out,
own batch b47, and the classes of unseen33's misses. Sentences are the engineer's own."""

from __future__ import annotations

import pytest
from shipped_matching import coverage_bench


def test_unseen34_is_held_out_and_a_missing_file_is_said(monkeypatch, tmp_path):
    bench = coverage_bench()
    assert bench.HELD_OUT == frozenset({"unseen34"}) and "unseen34" in bench.UNSEEN_SPLITS
    monkeypatch.setattr(bench, "DATA", tmp_path)  # as before the lead copies the set in
    with pytest.raises(SystemExit) as stop:
        bench.load_split("unseen34")
    assert "terms_unseen34.jsonl" in str(stop.value) and "held-out" in str(stop.value)


def test_unseen33_is_development_data_now():
    bench = coverage_bench()
    assert "unseen33" not in bench.HELD_OUT and "unseen33" in bench.UNSEEN_SPLITS
    if not (bench.DATA / "terms_unseen33.jsonl").is_file():
        pytest.skip("the set unseen33 is not in this checkout")
    assert bench.load_split("unseen33")
