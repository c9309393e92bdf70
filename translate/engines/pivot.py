"""Pivot translation: chain engines through intermediate languages (vi → en → de)."""

from __future__ import annotations

from collections.abc import Sequence

from translate.engines.base import Candidate, Engine, ProgressCallback


class PivotEngine:
    """Best hypothesis of each hop feeds the next; n-best comes from the last hop."""

    name = "pivot"

    def __init__(self, engines: Sequence[Engine], pivots: Sequence[str]) -> None:
        if len(engines) != len(pivots) + 1:
            raise ValueError("a pivot route needs one engine more than pivot languages")
        self.engines = list(engines)
        self.pivots = list(pivots)
        self.model_id = " + ".join(e.model_id for e in engines)

    @property
    def max_input_tokens(self) -> int | None:
        """The first hop's limit (later hops cut what is left over, they never crash)."""
        return getattr(self.engines[0], "max_input_tokens", None)

    def count_tokens(self, sentences: Sequence[str]) -> list[int]:
        count = getattr(self.engines[0], "count_tokens", None)
        return count(sentences) if count else [0 for _ in sentences]

    def translate(self, sentences: Sequence[str], source: str, target: str, n_best: int = 1,
                  progress: ProgressCallback | None = None) -> list[list[Candidate]]:
        texts = list(sentences)
        langs = [source, *self.pivots, target]
        for hop, engine in enumerate(self.engines[:-1]):
            best = engine.translate(texts, langs[hop], langs[hop + 1], n_best=1)
            texts = [c[0].text if c else "" for c in best]
        return self.engines[-1].translate(texts, langs[-2], target, n_best=n_best,
                                          progress=progress)
