"""Renderings round fifty-one (issue 11zy): unseen54 as development data and unseen55 held
out, and the title grammar's and the auxiliary glossary files' renderings following the core
glossary's. Sentences are the engineer's own."""

from __future__ import annotations

import pytest
from shipped_matching import coverage_bench


def test_unseen55_is_held_out_and_a_missing_file_is_said(monkeypatch, tmp_path):
    bench = coverage_bench()
    assert "unseen55" in bench.HELD_OUT and "unseen55" in bench.UNSEEN_SPLITS
    monkeypatch.setattr(bench, "DATA", tmp_path)  # as before the lead copies the set in
    with pytest.raises(SystemExit) as stop:
        bench.load_split("unseen55")
    assert "terms_unseen55.jsonl" in str(stop.value) and "held-out" in str(stop.value)


def test_unseen54_is_development_data_now():
    bench = coverage_bench()
    assert "unseen54" not in bench.HELD_OUT and "unseen54" in bench.UNSEEN_SPLITS
    if not (bench.DATA / "terms_unseen54.jsonl").is_file():
        pytest.skip("the set unseen54 is not in this checkout")
    assert bench.load_split("unseen54")
