"""Coverage round thirty-five (issue 11zi): unseen35 as development data and unseen36 held out,
own batch b49, and the classes of unseen35's misses. Sentences are the engineer's own."""

from __future__ import annotations

import pytest
from shipped_matching import coverage_bench


def test_unseen36_is_held_out_and_a_missing_file_is_said(monkeypatch, tmp_path):
    bench = coverage_bench()
    assert bench.HELD_OUT == frozenset({"unseen36"}) and "unseen36" in bench.UNSEEN_SPLITS
    monkeypatch.setattr(bench, "DATA", tmp_path)  # as before the lead copies the set in
    with pytest.raises(SystemExit) as stop:
        bench.load_split("unseen36")
    assert "terms_unseen36.jsonl" in str(stop.value) and "held-out" in str(stop.value)


def test_unseen35_is_development_data_now():
    bench = coverage_bench()
    assert "unseen35" not in bench.HELD_OUT and "unseen35" in bench.UNSEEN_SPLITS
    if not (bench.DATA / "terms_unseen35.jsonl").is_file():
        pytest.skip("the set unseen35 is not in this checkout")
    assert bench.load_split("unseen35")
