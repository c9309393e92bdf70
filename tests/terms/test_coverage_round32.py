"""Coverage round thirty-two (issue 11zf): unseen32 as development data and unseen33 held out,
own batch b46, and the classes of unseen32's misses. Sentences are the engineer's own."""

from __future__ import annotations

import pytest
from shipped_matching import coverage_bench


def test_unseen33_is_held_out_and_a_missing_file_is_said(monkeypatch, tmp_path):
    bench = coverage_bench()
    assert bench.HELD_OUT == frozenset({"unseen33"}) and "unseen33" in bench.UNSEEN_SPLITS
    monkeypatch.setattr(bench, "DATA", tmp_path)  # as before the lead copies the set in
    with pytest.raises(SystemExit) as stop:
        bench.load_split("unseen33")
    assert "terms_unseen33.jsonl" in str(stop.value) and "held-out" in str(stop.value)


def test_unseen32_is_development_data_now():
    bench = coverage_bench()
    assert "unseen32" not in bench.HELD_OUT and "unseen32" in bench.UNSEEN_SPLITS
    if not (bench.DATA / "terms_unseen32.jsonl").is_file():
        pytest.skip("the set unseen32 is not in this checkout")
    assert bench.load_split("unseen32")
