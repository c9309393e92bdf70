"""Coverage round forty-four (issue 11zr): unseen44 and unseen45 as development data and unseen46
held out, own batch b58, and the classes of unseen44's and unseen45's misses. Sentences are the
engineer's own."""

from __future__ import annotations

import pytest
from shipped_matching import coverage_bench


def test_unseen46_is_held_out_and_a_missing_file_is_said(monkeypatch, tmp_path):
    bench = coverage_bench()
    assert bench.HELD_OUT == frozenset({"unseen46"}) and "unseen46" in bench.UNSEEN_SPLITS
    monkeypatch.setattr(bench, "DATA", tmp_path)  # as before the lead copies the set in
    with pytest.raises(SystemExit) as stop:
        bench.load_split("unseen46")
    assert "terms_unseen46.jsonl" in str(stop.value) and "held-out" in str(stop.value)


@pytest.mark.parametrize("name", ["unseen44", "unseen45"])
def test_unseen44_and_45_are_development_data_now(name):
    bench = coverage_bench()
    assert name not in bench.HELD_OUT and name in bench.UNSEEN_SPLITS
    if not (bench.DATA / f"terms_{name}.jsonl").is_file():
        pytest.skip(f"the set {name} is not in this checkout")
    assert bench.load_split(name)
