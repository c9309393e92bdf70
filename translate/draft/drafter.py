"""Sentence → draft: mask protected tokens, ask the engine, restore, choose, annotate.

`prepare` runs once per batch (it depends only on the source and the glossary); a `Drafter`
then drafts the prepared sentences into one target language. Nothing here knows about files
or PO catalogs.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from translate.config import Config
from translate.draft.accepted import accepted
from translate.draft.enforce import Choice, RequiredTerm, choose, required_terms
from translate.draft.protect import Masked, Protector, make_renderer, unmask
from translate.draft.split import long_note, split_to_fit
from translate.engines.base import Candidate, Engine, ProgressCallback
from translate.po.provenance import PROTECTED, EntryDraft, mt_origin
from translate.terms.matcher import TermMatch, TermMatcher
from translate.terms.model import Glossary
from translate.terms.newscontext import HOME, NewsContext, enforced_matches, news_context
from translate.text.localize import LocaleStyle, apply_name_style, number_renderer


@dataclass(frozen=True)
class Prepared:
    """A source sentence ready for any target: its masked form, its glossary hits and what
    its article is about (`translate.terms.newscontext`: foreign news needs fewer terms)."""

    source: str
    masked: Masked
    matches: tuple[TermMatch, ...] = ()
    context: NewsContext = HOME


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


def prepare(sentences: Sequence[str], glossary: Glossary | None, source_lang: str = "vi",
            articles: Sequence[Sequence[str]] = ()) -> dict[str, Prepared]:
    """Mask and match every distinct sentence once, whatever the number of targets.

    `articles` (each one's sentences) say what a sentence's article is about; a sentence in
    none of them is judged on its own, as `check` does. A sentence in several articles is
    foreign news only if every one of them is."""
    matcher = TermMatcher(glossary) if glossary is not None and len(glossary) else None
    protector = Protector(glossary, source_lang)  # builds the token grammar once per batch
    seen: dict[str, tuple[Masked, tuple[TermMatch, ...]]] = {}

    def analyse(sentence: str) -> tuple[Masked, tuple[TermMatch, ...]]:
        if sentence not in seen:  # each distinct sentence masked and matched once
            masked = protector.mask(sentence)
            seen[sentence] = masked, (tuple(matcher.find(sentence, skip=masked.spans))
                                      if matcher else ())
        return seen[sentence]

    def matches_of(sentence: str) -> tuple[TermMatch, ...]:
        return analyse(sentence)[1]

    contexts: dict[str, NewsContext] = {}
    if matcher is not None:
        for article in articles:
            context = news_context(article, glossary, matcher, matches_of)
            for sentence in article:
                known = contexts.get(sentence)
                contexts[sentence] = context if known is None or known.foreign else known
    prepared: dict[str, Prepared] = {}
    for sentence in sentences:
        if sentence in prepared:
            continue
        masked, matches = analyse(sentence)
        context = HOME
        if matches:
            context = contexts.get(sentence) or news_context([sentence], glossary, matcher,
                                                             matches_of)
        prepared[sentence] = Prepared(sentence, masked, matches, context)
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
        target = self.settings.target
        matches = enforced_matches(item.matches, item.source, self.glossary, item.context,
                                   target)
        return required_terms(matches, self.glossary, target, item.source)

    def draft(self, items: Sequence[Prepared],
              progress: ProgressCallback | None = None) -> list[EntryDraft]:
        """One `EntryDraft` per prepared sentence, in order.

        Sentences with required glossary terms get n-best candidates so that one containing
        every term can be chosen; the rest get the single best.
        """
        required = [self.required(item) for item in items]
        parts, notes = self._parts([item.masked.text for item in items])
        with_terms = [i for i, r in enumerate(required) if r and i not in parts]
        plain = [i for i, r in enumerate(required) if not r and i not in parts]
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
        if parts:  # too long for the model at once: each part alone, the best ones joined
            flat = [p for i in parts for p in parts[i]]
            out = iter(self.engine.translate(flat, s.source, s.target, n_best=1))
            for i in parts:
                best = [next(out)[:1] or [Candidate("", 0.0)] for _ in parts[i]]
                candidates[i] = [Candidate(" ".join(c[0].text.strip() for c in best),
                                           sum(c[0].score for c in best))]
            if progress is not None:
                progress(len(parts))
        return [self._finish(item, options, terms, notes.get(i)) for i, (item, options, terms)
                in enumerate(zip(items, candidates, required, strict=True))]

    def _parts(self, texts: list[str]) -> tuple[dict[int, list[str]], dict[int, str]]:
        """The texts longer than the engine takes at once, split into parts that fit, and
        the note each such draft carries (engines that say nothing about limits: none)."""
        limit = getattr(self.engine, "max_input_tokens", None)
        count = getattr(self.engine, "count_tokens", None)
        if not limit or count is None or not texts:
            return {}, {}
        parts: dict[int, list[str]] = {}
        notes: dict[int, str] = {}
        for i, (text, n) in enumerate(zip(texts, count(texts), strict=True)):
            if n > limit:
                pieces = split_to_fit(text, count, limit)
                if len(pieces) > 1:
                    parts[i] = pieces
                    notes[i] = long_note(n, limit, len(pieces))
        return parts, notes

    def _finish(self, item: Prepared, candidates: list[Candidate],
                terms: list[RequiredTerm], note: str | None = None) -> EntryDraft:
        """Restore protected tokens in every candidate, then let the glossary choose."""
        restored: list[Candidate] = []
        repairs: dict[int, list[str]] = {}
        for k, candidate in enumerate(candidates or [Candidate("", 0.0)]):
            text = candidate.text if candidate.text.strip() else item.masked.text
            result = unmask(text, item.masked, self.render)
            final = apply_name_style(result.text, style=self.settings.style, source=item.source)
            restored.append(Candidate(final, candidate.score))
            repairs[k] = result.repairs
        target, glossary = self.settings.target, self.glossary
        other_way = None if glossary is None else (  # `americký` for the United States
            lambda text, term: accepted(text, term, item.source, glossary, target))
        choice: Choice = choose(restored, terms, target, item.source, other_way)
        comments = list(choice.comments)
        comments += [f"{PROTECTED} {r}" for r in repairs.get(choice.index, [])]
        if note:
            comments.append(note)
        return EntryDraft(msgid=item.source, msgstr=choice.text, origin=self.origin,
                          fuzzy=True, comments=comments)


def draft_sentences(drafter: Drafter, sentences: Sequence[str], glossary: Glossary | None,
                    progress: ProgressCallback | None = None) -> list[str]:
    """Plain sentences in, finished drafts out (for `eval` and library users)."""
    prepared = prepare(sentences, glossary, drafter.settings.source)
    return [d.msgstr for d in drafter.draft([prepared[s] for s in sentences], progress)]

