"""Sentence → draft: mask protected tokens, ask the engine, restore, choose, annotate.

This is the per-sentence heart of `run`; it knows nothing about files or PO catalogs.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from .engines.base import Candidate, Engine, ProgressCallback
from .po import EntryDraft


@dataclass(frozen=True)
class DraftSettings:
    """What identifies a draft's provenance and how many candidates to ask for."""

    source: str
    target: str
    n_best: int = 4
    glossary_signature: str = "none"


class Drafter:
    """Drafts sentences into one target language with one engine."""

    def __init__(self, engine: Engine, settings: DraftSettings) -> None:
        self.engine = engine
        self.settings = settings

    @property
    def origin(self) -> str:
        return (f"mt engine={self.engine.name} model={self.engine.model_id} "
                f"glossary={self.settings.glossary_signature}")

    def draft(
        self, sentences: Sequence[str], progress: ProgressCallback | None = None
    ) -> list[EntryDraft]:
        """One `EntryDraft` per sentence, in order."""
        if not sentences:
            return []
        s = self.settings
        candidates = self.engine.translate(list(sentences), s.source, s.target, n_best=1,
                                           progress=progress)
        return [self._finish(sentence, options) for sentence, options in
                zip(sentences, candidates, strict=True)]

    def _finish(self, sentence: str, candidates: list[Candidate]) -> EntryDraft:
        best = candidates[0].text if candidates else ""
        if not best.strip():
            best = sentence  # an empty draft would read as "untranslated"; keep it fuzzy
        return EntryDraft(msgid=sentence, msgstr=best, origin=self.origin, fuzzy=True)


ProgressFactory = Callable[[str, int], ProgressCallback]
