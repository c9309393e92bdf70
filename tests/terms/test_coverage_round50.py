"""Coverage round fifty (issue 11zx): unseen52 and unseen53 as development data and unseen54
held out, own batch b64, and the classes of unseen52's and unseen53's misses. Sentences are the
engineer's own."""

from __future__ import annotations

import pytest
from shipped_matching import coverage_bench


def test_unseen54_is_held_out_and_a_missing_file_is_said(monkeypatch, tmp_path):
    bench = coverage_bench()
    assert "unseen54" in bench.HELD_OUT and "unseen54" in bench.UNSEEN_SPLITS
    monkeypatch.setattr(bench, "DATA", tmp_path)  # as before the lead copies the set in
    with pytest.raises(SystemExit) as stop:
        bench.load_split("unseen54")
    assert "terms_unseen54.jsonl" in str(stop.value) and "held-out" in str(stop.value)


@pytest.mark.parametrize("name", ["unseen52", "unseen53"])
def test_unseen52_and_unseen53_are_development_data_now(name):
    bench = coverage_bench()
    assert name not in bench.HELD_OUT and name in bench.UNSEEN_SPLITS
    if not (bench.DATA / f"terms_{name}.jsonl").is_file():
        pytest.skip(f"the set {name} is not in this checkout")
    assert bench.load_split(name)
