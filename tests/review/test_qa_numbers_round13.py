"""Round thirteen of the numbers check (issue 13): the held-out protocol of the thirteenth
independent set, and the target-side readers of number forms the round adds."""

from __future__ import annotations

import json
import runpy
import sys
from pathlib import Path

import pytest


def test_the_held_out_split_of_round_thirteen_is_figures_only(tmp_path, capsys) -> None:
    """`unseen13` is held out: a missing file is one clear line; present, no item is shown;
    `unseen12` is development data now and shows its items."""
    script = str(Path(__file__).resolve().parents[2] / "bench" / "qa_numbers_unseen.py")
    argv = sys.argv
    try:
        sys.argv = ["qa_numbers_unseen.py", "--split", "unseen13", "--data", str(tmp_path)]
        with pytest.raises(SystemExit) as stop:
            runpy.run_path(script, run_name="__main__")
        assert "unseen13 is held out" in str(stop.value) and "not found" in str(stop.value)
        assert "numbers_clean_unseen13.jsonl" in str(stop.value)
        clean = {"id": "x-1", "vi": "Có 8 người.", "cs": "Bylo tam devět lidí.", "tags": []}
        planted = {"id": "x-1-cs", "pair": "x-1", "lang": "cs", "vi": "Có 8 người.",
                   "target": "Bylo tam sedm lidí.", "error": "number_word", "description": "-"}
        for split in ("unseen12", "unseen13"):
            (tmp_path / f"numbers_clean_{split}.jsonl").write_text(json.dumps(clean) + "\n")
            (tmp_path / f"numbers_planted_{split}.jsonl").write_text(json.dumps(planted) + "\n")
        for split in ("unseen13", "unseen12"):
            sys.argv = ["qa_numbers_unseen.py", "--split", split, "--lang", "cs", "--show", "5",
                        "--data", str(tmp_path)]
            runpy.run_path(script, run_name="__main__")
    finally:
        sys.argv = argv
    held, shown = capsys.readouterr().out.split("== unseen12")
    assert "held out: no items are shown" in held and "Bylo" not in held
    assert "recall (planted items raising an error): 1/1" in held
    assert "held out" not in shown and "Bylo tam devět" in shown


