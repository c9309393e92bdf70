"""Glossary enforcement on n-best lists: pick the candidate that has every required term.

Neither CTranslate2 nor transformers 5 offers constrained decoding, so the engine is asked for
n-best candidates where a segment has required terms, and `choose` prefers the best-scoring
candidate that contains every required target term (by lemma, `translate.terms.lemmas`). When none
does, the best candidate (most terms, then score) gets the missing terms inserted — replacing a
forbidden rendering or the untranslated Vietnamese term where one is found, otherwise placed in
square brackets before the final punctuation — and the choice says so, so the PO entry is
flagged. `Choice.comments` are the `#.` lines for the PO entry.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from translate.engines.base import Candidate
from translate.po.provenance import TERMS
from translate.terms.lemmas import find_prefix, find_term
from translate.terms.matcher import TermMatch
from translate.terms.model import Glossary

__all__ = ["RequiredTerm", "Choice", "choose", "required_terms", "SELECTION", "INSERTION", "NONE"]

SELECTION = "selection"  # a candidate had every term
INSERTION = "insertion"  # at least one term was inserted by the tool
NONE = "none"  # no required terms


@dataclass(frozen=True)
class RequiredTerm:
    """A target term a translation must contain because its source term is in the segment."""

    concept: str
    source: str  # the Vietnamese term as written in the segment
    targets: tuple[str, ...]  # accepted renderings, preferred first
    forms: tuple[str, ...] = ()  # explicit extra forms from the glossary
    forbidden: tuple[str, ...] = ()

    @property
    def target(self) -> str:
        return self.targets[0]

    @property
    def comment(self) -> str:
        """`terms: Bí thư Tỉnh ủy = tajemník provinčního výboru strany` (alternatives after /)."""
        return f"{TERMS} {self.source} = {' / '.join(self.targets)}"


def required_terms(
    matches: Sequence[TermMatch], glossary: Glossary, lang: str
) -> list[RequiredTerm]:
    """One RequiredTerm per concept matched in a segment that has a `lang` rendering.

    Do-not-translate entries are left to `protect`; give `TermMatcher.find` the protected spans
    as `skip` so terms inside a document reference are not required twice.
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
        result.append(
            RequiredTerm(
                concept=m.concept,
                source=m.source,
                targets=tuple(targets),
                forms=entry.forms.get(lang, ()) if entry else (),
                forbidden=entry.forbidden.get(lang, ()) if entry else (),
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


def _present(text: str, term: RequiredTerm, lang: str) -> bool:
    return any(find_term(text, t, lang, term.forms) is not None for t in term.targets)


def _insert(text: str, term: RequiredTerm, lang: str) -> tuple[str, str]:
    """Put the term into `text`; returns (new text, how).

    In order: replace a forbidden rendering; replace the Vietnamese source left untranslated;
    complete a rendering the model cut short (its leading words are there, inflected: the
    missing trailing words, genitive complements in Czech, are appended after them); else
    append the term in square brackets before the final punctuation.
    """
    for bad in term.forbidden:
        span = find_term(text, bad, lang)
        if span:
            s, e = span
            new = _case_like(text[s:e], term.target)
            return text[:s] + new + text[e:], f"replaced '{text[s:e]}'"
    pos = text.lower().find(term.source.lower())
    if pos >= 0:
        s, e = pos, pos + len(term.source)
        return text[:s] + _case_like(text[s:e], term.target) + text[e:], f"replaced '{text[s:e]}'"
    best = None
    for target in term.targets:
        found = find_prefix(text, target, lang)
        if found and (best is None or found[1] - found[0] > best[1] - best[0]):
            best = found
    if best is not None:
        s, e, rest = best
        return text[:e] + " " + rest + text[e:], f"completed '{text[s:e]}' with '{rest}'"
    stripped = text.rstrip()
    tail = ""
    while stripped and stripped[-1] in '.!?…:;"”»)':
        tail = stripped[-1] + tail
        stripped = stripped[:-1]
    sep = " " if stripped else ""
    return f"{stripped}{sep}[{term.target}]{tail}", "appended"


def _case_like(original: str, replacement: str) -> str:
    if original[:1].isupper() and replacement[:1].islower():
        return replacement[:1].upper() + replacement[1:]
    return replacement


def choose(candidates: Sequence[Candidate], required: Sequence[RequiredTerm], lang: str) -> Choice:
    """Best candidate containing every required term; else the best one with terms inserted.

    `candidates` are restored translations (placeholders already put back), best first or in
    any order: the score decides. Raises ValueError on an empty list.
    """
    if not candidates:
        raise ValueError("choose() needs at least one candidate")
    order = sorted(range(len(candidates)), key=lambda i: -candidates[i].score)
    comments = [t.comment for t in required]
    if not required:
        best = order[0]
        return Choice(candidates[best].text, best, candidates[best].score, NONE)
    present = {i: [_present(candidates[i].text, t, lang) for t in required] for i in order}
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
    for term, ok in zip(required, present[best], strict=True):
        if ok:
            continue
        text, how = _insert(text, term, lang)
        inserted.append(term.concept)
        comments.append(
            f"{TERMS} inserted '{term.target}' ({how}; not in any of {len(candidates)} "
            "candidates) - please review"
        )
    return Choice(text, best, candidates[best].score, INSERTION, tuple(inserted),
                  tuple(comments))  # fmt: skip


def _forbidden_found(text: str, required: Sequence[RequiredTerm], lang: str) -> list[str]:
    return [bad for t in required for bad in t.forbidden if find_term(text, bad, lang)]
