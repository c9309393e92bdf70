"""Coverage round forty-seven (issue 11zu): unseen48 and unseen49 as development data and unseen50
held out, own batch b61, and the classes of unseen48's and unseen49's misses. Sentences are the
engineer's own."""

from __future__ import annotations

import pytest
from shipped_matching import coverage_bench


def test_unseen50_is_held_out_and_a_missing_file_is_said(monkeypatch, tmp_path):
    bench = coverage_bench()
    assert bench.HELD_OUT == frozenset({"unseen50"}) and "unseen50" in bench.UNSEEN_SPLITS
    monkeypatch.setattr(bench, "DATA", tmp_path)  # as before the lead copies the set in
    with pytest.raises(SystemExit) as stop:
        bench.load_split("unseen50")
    assert "terms_unseen50.jsonl" in str(stop.value) and "held-out" in str(stop.value)


@pytest.mark.parametrize("name", ["unseen48", "unseen49"])
def test_unseen48_and_unseen49_are_development_data_now(name):
    bench = coverage_bench()
    assert name not in bench.HELD_OUT and name in bench.UNSEEN_SPLITS
    if not (bench.DATA / f"terms_{name}.jsonl").is_file():
        pytest.skip(f"the set {name} is not in this checkout")
    assert bench.load_split(name)
