"""A few sequences of the review-loop torture (`bench/review_torture.py`, which runs 500):
random reviewer edits, source changes and run/update; nothing a reviewer wrote is lost."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from review_torture import torture  # noqa: E402


def test_random_edits_and_updates_lose_no_reviewer_byte() -> None:
    tally = torture(sequences=25, seed=7)
    assert tally.sequences == 25 and tally.written > 100 and tally.runs > 100
    assert tally.lost == [] and tally.unapproved == []
    assert tally.msgfmt_failed == [] and tally.msgcat_changed == []
