"""bench/fix.py's sets: every reported set is development data, the fifty-seventh is held out
and missing until the lead copies it in (issue 12f; since issue 12cw the fifty-sixth is
development)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("bench_fix_sets", ROOT / "bench" / "fix.py")
bench_fix = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bench_fix)


def test_only_the_fifty_seventh_set_is_held_out():
    assert bench_fix.HELD_OUT == ("unseen57",)
    for name in ("unseen53", "unseen54", "unseen55", "unseen56"):
        assert name in bench_fix.SETS and name not in bench_fix.HELD_OUT
    assert set(bench_fix.HELD_OUT) < set(bench_fix.SETS)  # still run, for aggregates


def test_a_missing_held_out_set_says_so_plainly(tmp_path, monkeypatch):
    monkeypatch.setattr(bench_fix, "DATA", tmp_path)
    monkeypatch.setattr(bench_fix, "ROOT", tmp_path.parent)
    with pytest.raises(SystemExit) as stop:
        bench_fix.load("unseen57")
    message = str(stop.value)
    assert "fix_unseen57.jsonl" in message and "lead" in message


def test_held_out_failures_are_never_printed(tmp_path, monkeypatch, capsys):
    item = {"id": "x-1", "vi": "Quốc hội họp.", "cs": "Parlament zasedá.", "kind": "planted",
            "expected": "Národní shromáždění zasedá.", "case": "nom", "number": "sg",
            "gender": None, "planted_kind": "alternative"}
    monkeypatch.setattr(bench_fix, "load", lambda name: [item])
    monkeypatch.setattr(bench_fix, "approved_changes", lambda items, glossary, *lang: 0)
    monkeypatch.setattr(bench_fix, "fix_text", lambda *a, **k: ("Parlament zasedá.", []))
    monkeypatch.setattr(bench_fix, "baseline", lambda *a, **k: "Parlament zasedá.")
    bench_fix.run("unseen57", None, None, show=10)
    assert "x-1" not in capsys.readouterr().out
    bench_fix.run("unseen51", None, None, show=10)
    assert "x-1" in capsys.readouterr().out


def test_the_bench_loads_what_check_fix_loads(glossaries_loaded):
    # the lead's ruling after issue 12ca: every shipped glossary merged with the title grammar
    # (the product's default), `--glossary` exactly one file
    assert glossaries_loaded(bench_fix, ["fix.py", "--set", "own"]) == ["all", "mine.tsv"]
