"""The engine protocol: a batch of sentences in, n-best candidates with scores out."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True)
class Candidate:
    """One hypothesis for a sentence; `score` is the model's log-probability (higher is better)."""

    text: str
    score: float


ProgressCallback = Callable[[int], None]  # called with the number of sentences just finished


class Engine(Protocol):
    """What every engine offers. `name` and `model_id` go into PO comments."""

    name: str
    model_id: str

    def translate(
        self,
        sentences: Sequence[str],
        source: str,
        target: str,
        n_best: int = 1,
        progress: ProgressCallback | None = None,
    ) -> list[list[Candidate]]:
        """Return, for each input sentence in order, `n_best` candidates, best first."""
        ...
