"""Sentence → draft: mask protected tokens, ask the engine, restore, choose, annotate.

`prepare` runs once per batch (it depends only on the source and the glossary); a `Drafter`
then drafts the prepared sentences into one target language. Nothing here knows about files
or PO catalogs.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from translate.config import Config
from translate.draft.enforce import Choice, RequiredTerm, choose, required_terms
from translate.draft.protect import Masked, Protector, make_renderer, unmask
from translate.engines.base import Candidate, Engine, ProgressCallback
from translate.po.provenance import PROTECTED, EntryDraft, mt_origin
from translate.terms.matcher import TermMatch, TermMatcher
from translate.terms.model import Glossary
from translate.text.localize import LocaleStyle, apply_name_style, number_renderer


@dataclass(frozen=True)
class Prepared:
    """A source sentence ready for any target: its masked form and its glossary hits."""

    source: str
    masked: Masked
    matches: tuple[TermMatch, ...] = ()


@dataclass(frozen=True)
class DraftSettings:
    """What identifies a draft's provenance and how it is finished."""

    source: str
    target: str
    n_best: int = 4
    glossary_signature: str = "none"
    style: LocaleStyle = field(default_factory=LocaleStyle)


def settings_for(config: Config, target: str, glossary: Glossary | None) -> DraftSettings:
    """A target's draft settings from the project configuration."""
    return DraftSettings(
        config.source_lang, target, config.n_best,
        glossary.signature if glossary is not None else "none",
        LocaleStyle(date_style=config.date_style,
                    keep_name_diacritics=config.keep_name_diacritics),
    )


def prepare(sentences: Sequence[str], glossary: Glossary | None,
            source_lang: str = "vi") -> dict[str, Prepared]:
    """Mask and match every distinct sentence once, whatever the number of targets."""
    matcher = TermMatcher(glossary) if glossary is not None and len(glossary) else None
    protector = Protector(glossary, source_lang)  # builds the token grammar once per batch
    prepared: dict[str, Prepared] = {}
    for sentence in sentences:
        if sentence in prepared:
            continue
        masked = protector.mask(sentence)
        matches = tuple(matcher.find(sentence, skip=masked.spans)) if matcher else ()
        prepared[sentence] = Prepared(sentence, masked, matches)
    return prepared


class Drafter:
    """Drafts prepared sentences into one target language with one engine."""

    def __init__(self, engine: Engine, settings: DraftSettings,
                 glossary: Glossary | None = None) -> None:
        self.engine = engine
        self.settings = settings
        self.glossary = glossary
        self.render = make_renderer(glossary, settings.target,
                                    number_renderer(settings.target, settings.style))

    @property
    def origin(self) -> str:
        return mt_origin(self.engine.name, self.engine.model_id,
                         self.settings.glossary_signature)

    def required(self, item: Prepared) -> list[RequiredTerm]:
        if self.glossary is None or not item.matches:
            return []
        return required_terms(item.matches, self.glossary, self.settings.target, item.source)

    def draft(self, items: Sequence[Prepared],
              progress: ProgressCallback | None = None) -> list[EntryDraft]:
        """One `EntryDraft` per prepared sentence, in order.

        Sentences with required glossary terms get n-best candidates so that one containing
        every term can be chosen; the rest get the single best.
        """
        required = [self.required(item) for item in items]
        with_terms = [i for i, r in enumerate(required) if r]
        plain = [i for i, r in enumerate(required) if not r]
        candidates: list[list[Candidate]] = [[] for _ in items]
        s = self.settings
        for group, n_best in ((plain, 1), (with_terms, max(1, s.n_best))):
            if not group:
                continue
            texts = [items[i].masked.text for i in group]
            out = self.engine.translate(texts, s.source, s.target, n_best=n_best,
                                        progress=progress)
            for i, options in zip(group, out, strict=True):
                candidates[i] = options
        return [self._finish(item, options, terms) for item, options, terms in
                zip(items, candidates, required, strict=True)]

    def _finish(self, item: Prepared, candidates: list[Candidate],
                terms: list[RequiredTerm]) -> EntryDraft:
        """Restore protected tokens in every candidate, then let the glossary choose."""
        restored: list[Candidate] = []
        repairs: dict[int, list[str]] = {}
        for k, candidate in enumerate(candidates or [Candidate("", 0.0)]):
            text = candidate.text if candidate.text.strip() else item.masked.text
            result = unmask(text, item.masked, self.render)
            final = apply_name_style(result.text, style=self.settings.style, source=item.source)
            restored.append(Candidate(final, candidate.score))
            repairs[k] = result.repairs
        choice: Choice = choose(restored, terms, self.settings.target)
        comments = list(choice.comments)
        comments += [f"{PROTECTED} {r}" for r in repairs.get(choice.index, [])]
        return EntryDraft(msgid=item.source, msgstr=choice.text, origin=self.origin,
                          fuzzy=True, comments=comments)


def draft_sentences(drafter: Drafter, sentences: Sequence[str], glossary: Glossary | None,
                    progress: ProgressCallback | None = None) -> list[str]:
    """Plain sentences in, finished drafts out (for `eval` and library users)."""
    prepared = prepare(sentences, glossary, drafter.settings.source)
    return [d.msgstr for d in drafter.draft([prepared[s] for s in sentences], progress)]

