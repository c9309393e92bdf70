"""Glossary enforcement on n-best lists: pick the candidate that has every required term.

Neither CTranslate2 nor transformers 5 offers constrained decoding, so the engine is asked for
n-best candidates where a segment has required terms, and `choose` prefers the best-scoring
candidate that contains every required target term (by lemma, `translate.terms.lemmas`). When none
does, the best candidate (most terms, then score) gets the missing terms inserted — in place of
the model's own rendering of the concept, in its case (`translate.draft.place`), or, when the
concept is rendered nowhere, in square brackets before the final punctuation — and the choice
says so, so the PO entry is flagged. `Choice.comments` are the `#.` lines for the PO entry.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from translate.draft.encomposed import capitals_kept, composed_variants
from translate.draft.enslot import (
    chunk_slot,
    english_slot,
    left_in_slot,
    name_cut,
    name_slot,
    place_noun_slot,
)
from translate.draft.place import apply_placement, describe, find_placement
from translate.draft.protect import find_tokens
from translate.draft.slot import side_slot, slot_bounds, slot_span
from translate.draft.source import SourceHints, source_hints
from translate.engines.base import Candidate
from translate.po.provenance import APPENDED, TERMS
from translate.terms.brackets import bracket_base
from translate.terms.english import other_name
from translate.terms.equivalents import female_noun
from translate.terms.inflect import plain_forms
from translate.terms.lemmas import find_all, find_term
from translate.terms.matcher import TermMatch
from translate.terms.model import Glossary

__all__ = ["RequiredTerm", "Choice", "choose", "required_terms", "term_span", "is_present",
           "term_slot", "occurrences", "SELECTION", "INSERTION", "NONE"]

SELECTION = "selection"  # a candidate had every term
INSERTION = "insertion"  # at least one term was inserted by the tool
NONE = "none"  # no required terms


# Missing terms looked for in place in one segment: a sentence misses a handful; a segment
# missing hundreds is a table or a list run together, where every look scans the whole text
# again (each placement changes it), so the rest are appended and say why.
PLACE_LIMIT = 24


@dataclass(frozen=True)
class RequiredTerm:
    """A target term a translation must contain because its source term is in the segment."""

    concept: str
    source: str  # the Vietnamese term as written in the segment
    targets: tuple[str, ...]  # accepted renderings, preferred first
    forms: tuple[str, ...] = ()  # explicit extra forms from the glossary
    forbidden: tuple[str, ...] = ()
    plural: bool = False  # the Vietnamese marks it plural (`các Bí thư`, `hai Thứ trưởng`)
    female: bool = False  # … a woman (`bà`, `nữ`, `Nguyễn Thị Mai`)
    role: str = ""  # … its role in the sentence (`translate.draft.source`)
    country: bool = False  # … names Việt Nam outside the term
    kind: str = ""  # the glossary's kind of concept (`title`, `body`, `place`): English `the`

    @property
    def target(self) -> str:
        return self.targets[0]

    @property
    def comment(self) -> str:
        """`terms: Bí thư Tỉnh ủy = tajemník provinčního výboru strany` (alternatives after /)."""
        return f"{TERMS} {self.source} = {' / '.join(self.targets)}"


def required_terms(
    matches: Sequence[TermMatch], glossary: Glossary, lang: str, source: str = ""
) -> list[RequiredTerm]:
    """One RequiredTerm per concept matched in a segment that has a `lang` rendering.

    Do-not-translate entries are left to `protect`; give `TermMatcher.find` the protected spans
    as `skip` so terms inside a document reference are not required twice. With the segment's
    `source` text, a term marked plural there (`các`, `những`, a numeral) says so, which
    decides the number of a replacement whose Czech form is ambiguous; so do the gender and
    the role the source gives it (`translate.draft.source`).
    """
    seen: set[str] = set()
    result = []
    for m in matches:
        if m.kind == "dnt" or m.concept in seen:
            continue
        entry = glossary.get(m.concept)
        targets = (entry.targets if entry else m.targets).get(lang, ())
        if not targets:
            continue
        seen.add(m.concept)
        # a body with its acronym (`country.org.who(WHO)`): the body's forms and kind
        entry = entry or glossary.get(bracket_base(m.concept))
        generic = bool(entry) and entry.pos == "noun" and len(targets) > 1 \
            and female_noun(targets[1].split()[-1])  # a kind of person: `công chức`
        hints = source_hints(source, m.start, m.end, generic) if source else SourceHints()
        result.append(
            RequiredTerm(
                concept=m.concept,
                source=m.source,
                targets=tuple(targets),
                forms=entry.forms.get(lang, ()) if entry else (),
                forbidden=entry.forbidden.get(lang, ()) if entry else (),
                plural=hints.plural,
                female=hints.female,
                role=hints.role,
                country=hints.country,
                kind=entry.pos if entry else "",
            )
        )
    return result


@dataclass(frozen=True)
class Choice:
    """The chosen translation and how the terms were satisfied."""

    text: str
    index: int  # position of the chosen candidate in the input list
    score: float
    satisfied_by: str  # selection | insertion | none
    inserted: tuple[str, ...] = ()  # concepts whose term the tool inserted
    comments: tuple[str, ...] = ()  # extracted-comment lines for the PO entry

    @property
    def needs_review(self) -> bool:
        return self.satisfied_by == INSERTION


def _another_name(text: str, span: tuple[int, int], target: str, lang: str) -> bool:
    """The English words at `span`, found lemma-blind for `target`, name something else
    (`terms.english.other_name`: `Culture, {Sport} and Tourism`), so the term is not there
    (issue 12be); English only: the test reads English capitals and plural `s`."""
    return lang == "en" and other_name(text, span, target)


def occurrences(text: str, term: RequiredTerm, lang: str) -> list[tuple[int, int]]:
    """Every place where one of the term's accepted renderings is in `text`, less another
    name's words; in English also a composed match written in the other place order, with the
    name's capitals (`draft.encomposed`)."""
    forms = plain_forms(term.forms)
    spans = [span for target in term.targets for span in find_all(text, target, lang, forms)
             if not _another_name(text, span, target, lang)]
    if lang == "en":  # a composed match in another English order (`draft.encomposed`)
        spans += [span for variant in composed_variants(term.concept, term.targets)
                  for span in find_all(text, variant, lang) if capitals_kept(text, span, variant)]
    return spans


def is_present(text: str, term: RequiredTerm, lang: str,
               others: Sequence[RequiredTerm] = ()) -> bool:
    """The term is in `text`, and not only inside another term of the segment: `vlády` in
    `nařízení vlády` is the decree's, not the government's."""
    longer = [span for other in others if other is not term
              if (span := term_span(text, other, lang))]
    return _free(text, term, lang, longer)


def present_terms(text: str, required: Sequence[RequiredTerm], lang: str) -> list[bool]:
    """`is_present` for every term of the segment, each term's place looked up once (a long
    segment has many terms, and each is asked about inside all the others)."""
    spans = [term_span(text, term, lang) for term in required]
    return [_free(text, term, lang, [span for k, span in enumerate(spans) if k != i and span])
            for i, term in enumerate(required)]


def _free(text: str, term: RequiredTerm, lang: str, longer: Sequence[tuple[int, int]]) -> bool:
    return any(not any(a <= s and e <= b and (a, b) != (s, e) for a, b in longer)
               for s, e in occurrences(text, term, lang))


def term_span(text: str, term: RequiredTerm, lang: str) -> tuple[int, int] | None:
    """Where `term` is in `text`: its first accepted rendering (glossary order) found there.

    Only that one counts as the term's place: `premiér` inside `zástupkyně premiéra` is not
    where the prime minister is when `předseda vlády` is in the sentence too.
    """
    forms = plain_forms(term.forms)
    for target in term.targets:
        span = find_term(text, target, lang, forms)
        if span is not None and _another_name(text, span, target, lang):
            span = next((s for s in find_all(text, target, lang, forms)
                         if not _another_name(text, s, target, lang)), None)
        if span is not None:
            return span
    return None


def _positions(sentence: str, words: str) -> list[tuple[int, int]]:
    found, at = [], sentence.find(words)
    while words and at >= 0:
        found.append((at, at + len(words)))
        at = sentence.find(words, at + 1)
    return found


def term_slot(sentence: str, text: str, term: RequiredTerm, required: Sequence[RequiredTerm],
              lang: str) -> tuple[int, int] | None:
    """Where the source `sentence` puts the term, in `text` (`translate.draft.slot`): the
    other terms of the sentence, where the translation renders them, are the anchors."""
    own = _positions(sentence, term.source)
    if len(own) != 1:
        return None
    at = own[0]
    anchors = []
    for other in required:
        if other is term:
            continue
        spans = _positions(sentence, other.source)
        if any(s < at[1] and at[0] < e for s, e in spans):
            return None  # the term is part of another one
        rendered = term_span(text, other, lang) if len(spans) == 1 else None
        anchors += [(span, rendered) for span in spans]
    size = max(len(t.split()) for t in term.targets)
    if lang == "en":  # the spans English gives: translate.draft.enslot
        return name_cut(text, english_slot(text, slot_bounds(sentence, text, at, anchors),
                                           term.targets), sentence, at) \
            or place_noun_slot(sentence, text, at, term.targets) \
            or left_in_slot(text, term.source, term.targets) \
            or name_slot(sentence, text, at, term.targets) \
            or chunk_slot(sentence, text, at, anchors, term.targets,
                          [w for o in required if o is not term for t in o.targets
                           for w in t.split()])
    return slot_span(sentence, text, at, anchors, size) \
        or side_slot(sentence, text, at, anchors, size)


def _insert(text: str, term: RequiredTerm, lang: str,
            others: Sequence[RequiredTerm] = (), sentence: str = "") -> tuple[str, str, str]:
    """Put the term into `text`; returns (new text, how, the term as inserted).

    Where the concept is rendered some other way — a forbidden rendering, the Vietnamese
    source left in, a rendering sharing most words with the term (`provinční tajemník` ~
    `tajemník provinčního výboru strany`), or one the model cut short — that rendering is
    replaced in place by the term in its case, number and gender (`translate.draft.place`).
    Only when the concept is rendered nowhere is the term appended in square brackets before
    the final punctuation.
    """
    codes = protected_in(text, lang)
    taken = [span for other in others if (span := term_span(text, other, lang))] + codes
    placement = find_placement(text, term.targets, lang, forbidden=term.forbidden,
                               source=term.source, forms=term.forms, taken=taken,
                               plural=term.plural, female=term.female, role=term.role,
                               country=term.country, kind=term.kind,
                               slot=term_slot(sentence, text, term, [term, *others], lang))
    if placement is not None and not cuts_code(placement.start, placement.end, codes):
        form = describe(placement)
        where = f"replaced '{placement.found}' in place" + (f", {form}" if form else "")
        return apply_placement(text, placement), where, placement.replacement
    return _append(text, term.target), APPENDED, term.target


def _append(text: str, target: str) -> str:
    """`target` in square brackets before the final punctuation."""
    stripped = text.rstrip()
    tail = ""
    while stripped and stripped[-1] in '.!?…:;"”»)':
        tail = stripped[-1] + tail
        stripped = stripped[:-1]
    sep = " " if stripped else ""
    return f"{stripped}{sep}[{target}]{tail}"


def protected_in(text: str, lang: str) -> list[tuple[int, int]]:
    """Spans of the translation's protected tokens: document numbers, codes, URLs, e-mails,
    markup (`translate.draft.protect`; numbers aside, a placement may take a number's word)."""
    return [(t.start, t.end) for t in find_tokens(text, lang=lang, numbers=False)]


def cuts_code(start: int, end: int, codes: Sequence[tuple[int, int]]) -> bool:
    """The span overlaps a protected token (`protected_in`): those come through byte for byte,
    so no placement may cut into one (the `TU` of `657-QĐ/TU` is no rendering of `Tỉnh ủy`)."""
    return any(s < end and start < e for s, e in codes)


def _case_like(original: str, replacement: str) -> str:
    if original[:1].isupper() and replacement[:1].islower():
        return replacement[:1].upper() + replacement[1:]
    return replacement


def choose(candidates: Sequence[Candidate], required: Sequence[RequiredTerm], lang: str,
           source: str = "",
           accepted: Callable[[str, RequiredTerm], bool] | None = None) -> Choice:
    """Best candidate containing every required term; else the best one with terms inserted.

    `candidates` are restored translations (placeholders already put back), best first or in
    any order: the score decides; `source`, the segment, locates renderings in words no list
    has (`translate.draft.slot`); `accepted(text, term)` says a candidate renders a term
    another right way (`translate.draft.accepted`: `americký` for the United States). Raises
    ValueError on an empty list.
    """
    if not candidates:
        raise ValueError("choose() needs at least one candidate")
    order = sorted(range(len(candidates)), key=lambda i: -candidates[i].score)
    comments = [t.comment for t in required]
    if not required:
        best = order[0]
        return Choice(candidates[best].text, best, candidates[best].score, NONE)
    present = {i: [ok or (accepted is not None and accepted(candidates[i].text, t))
                   for t, ok in zip(required, present_terms(candidates[i].text, required, lang),
                                    strict=True)] for i in order}
    full = [i for i in order if all(present[i])]
    if full:
        best = full[0]
        comments.append(
            f"{TERMS} satisfied by selection (candidate {order.index(best) + 1} of "
            f"{len(candidates)})"
        )
        forbidden = _forbidden_found(candidates[best].text, required, lang)
        comments += [f"{TERMS} forbidden rendering '{f}' in the draft" for f in forbidden]
        return Choice(candidates[best].text, best, candidates[best].score, SELECTION,
                      comments=tuple(comments))  # fmt: skip
    best = max(order, key=lambda i: (sum(present[i]), candidates[i].score))
    text = candidates[best].text
    inserted = []
    missing = [term for term, ok in zip(required, present[best], strict=True) if not ok]
    for n, term in enumerate(missing):
        why = f"not in any of {len(candidates)} candidates"
        if n < PLACE_LIMIT:
            text, how, form = _insert(text, term, lang, [t for t in required if t is not term],
                                      source)
        else:
            text, how, form = _append(text, term.target), APPENDED, term.target
            why += f"; not looked for in place: {len(missing)} terms missing in one segment"
        inserted.append(term.concept)
        comments.append(f"{TERMS} inserted '{form}' ({how}; {why}) - please review")
    return Choice(text, best, candidates[best].score, INSERTION, tuple(inserted),
                  tuple(comments))  # fmt: skip


def _forbidden_found(text: str, required: Sequence[RequiredTerm], lang: str) -> list[str]:
    return [bad for t in required for bad in t.forbidden if find_term(text, bad, lang)]
