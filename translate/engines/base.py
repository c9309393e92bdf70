"""The engine protocol: a batch of sentences in, n-best candidates with scores out."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True)
class Candidate:
    """One hypothesis for a sentence; `score` is the model's log-probability (higher is better)."""

    text: str
    score: float


ProgressCallback = Callable[[int], None]  # called with the number of sentences just finished
Landed = tuple[Sequence[int], Sequence[list[Candidate]]]  # a batch's input indices, its n-best


def collect(batches: Iterable[Landed], count: int,
            progress: ProgressCallback | None = None) -> list[list[Candidate]]:
    """The n-best of `count` sentences in input order, from batches in the order they land
    (length-sorted, or as workers finish), with progress counted per batch."""
    results: list[list[Candidate]] = [[] for _ in range(count)]
    for indices, candidates in batches:
        for i, options in zip(indices, candidates, strict=True):
            results[i] = options
        if progress is not None:
            progress(len(indices))
    return results


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
