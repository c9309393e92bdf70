"""Engines for tests that fix what the "model" says: a real engine whose best candidate is
planted, and one that only returns fixed candidates. Shared so the drafting and `run` tests
exercise one engine protocol, not a copy per file."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from translate.engines.base import Candidate


class PlantingEngine:
    """The real engine, with a planted rendering as the best candidate where one is given."""

    def __init__(self, inner, planted: Mapping[str, str]):
        self.inner, self.planted = inner, planted
        self.name, self.model_id = inner.name, inner.model_id

    def translate(self, sentences, source, target, n_best=1, progress=None):
        out = self.inner.translate(sentences, source, target, n_best=n_best, progress=progress)
        return [([Candidate(self.planted[s], 0.0)] if s in self.planted else []) + list(options)
                for s, options in zip(sentences, out, strict=True)]


class ScriptedEngine:
    """Returns fixed candidates, in order, so the choice between them can be tested exactly;
    records the n-best size it was asked for."""

    name, model_id = "scripted", "scripted"

    def __init__(self, outputs: Sequence[str]):
        self.outputs = outputs
        self.n_best_seen: list[int] = []

    def translate(self, sentences, source, target, n_best=1, progress=None):
        self.n_best_seen.append(n_best)
        return [[Candidate(t, -float(k)) for k, t in enumerate(self.outputs[:n_best])]
                for _ in sentences]
