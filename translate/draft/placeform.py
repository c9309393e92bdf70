"""The term's form at the place `translate.draft.place` found for it (moved out of
`place.py`, issue 12bl, a pure move): the `Placement` it returns, the genders of a person's
title, the term inflected into the case and number read there, and the form of a Vietnamese
term left in, read from the Czech around it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from translate.draft.agree import several_bodies
from translate.draft.align import abbreviation
from translate.draft.context import feminine_predicate, order_cells, predicate_after, woman_named
from translate.draft.enshape import left_in_number
from translate.draft.source import MEANS, SourceHints
from translate.terms.czech_paradigms import CASES, NUMBERS
from translate.terms.inflect import CASE_NAMES, head_word, inflect, parse_phrase, pinned_forms
from translate.terms.lemmas import lemma

__all__ = ["Placement", "apply_placement", "build_placement", "describe", "from_context",
           "person_targets", "sentence_start"]


@dataclass(frozen=True)
class Placement:
    """Where the concept was rendered and what replaces it."""

    start: int
    end: int
    found: str  # text[start:end]
    replacement: str
    case: str = ""  # nom..ins ("" for languages without case)
    number: str = ""
    how: str = "rendering"  # forbidden | source | rendering


def person_targets(targets: Sequence[str], lang: str) -> dict[str, str]:
    """Gender of each target when the glossary lists both (`tajemník …|tajemnice …`)."""
    if lang != "cs":
        return {}
    genders = {t: parse_phrase(t).gender for t in targets}
    if not {"m", "f"} <= set(genders.values()):
        return {}
    heads = {t: head_word(t).lower() for t in targets}
    men = [heads[t] for t in targets if genders[t] == "m"]
    women = [heads[t] for t in targets if genders[t] == "f"]
    # a man's and a woman's title share their stem (`soudruh`, `soudružka`); a feminine name
    # and its masculine abbreviation do not (`Organizace spojených národů|OSN`, `podnik|firma`)
    return genders if any(f.startswith(m[:4]) for m in men for f in women) else {}


def build_placement(text: str, s: int, e: int, target: str, case: str, number: str, lang: str,
                    how: str, plural_comp: bool, forms: Sequence[str],
                    targets: Sequence[str]) -> Placement:
    """`text[s:e]` replaced by `target` in the case and number read there: the forms the
    glossary pins apply to its first target only, a person's title declines as animate, and a
    sentence's first word keeps its capital (a term left in Vietnamese gets one)."""
    pinned = pinned_forms(forms) if target == targets[0] else {}
    person = len(person_targets(targets, lang)) > 0
    new = inflect(target, case, number, lang, plural_complement=plural_comp,
                  animate=True if person else None, pinned=pinned)
    if sentence_start(text, s) and (text[s:s + 1].isupper() or how == "source"):
        new = new[:1].upper() + new[1:]
    return Placement(s, e, text[s:e], new, case if lang == "cs" else "",
                     number if lang == "cs" else "", how)


def sentence_start(text: str, s: int) -> bool:
    """`s` opens the text or a sentence (after `.!?:…`), quotes and brackets aside."""
    before = text[:s].rstrip(" \"'„“”«»([")
    return not before or before[-1] in ".!?:…"


def from_context(text: str, span: tuple[int, int], targets: Sequence[str], lang: str,
                 forms: Sequence[str], hints: SourceHints, *, document: bool = False) -> Placement:
    """The Vietnamese term left in: its case comes from the Czech around it and the role
    the source gives it; a `document` (the glossary's `doctype`) is never a recipient
    (`_document_case`)."""
    s, e = span
    genders = person_targets(targets, lang)
    target = targets[0]
    if not genders:  # `LHQ` left in → `OSN`, `Liên hợp quốc` → `Organizace spojených národů`
        short = abbreviation(text[s:e].replace(" ", ""))
        target = next((t for t in targets if abbreviation(t) == short), target)
    if lang != "cs":  # English: plural where a count or the source says several (12s)
        return build_placement(text, s, e, target, "nom", left_in_number(text, (s, e), target,
                               hints.plural), lang, "source", False, forms, targets)
    cells = {(c, n) for c in CASES for n in NUMBERS}
    case, number = order_cells(cells, text, s, e, hints.plural, hints.role)[0]
    if document:
        case = _document_case(text, s, case, hints.role)
    if genders:
        around = text[max(0, s - 8):s].lower() + " " + text[e:e + 40]
        female = hints.female or "paní" in around or woman_named(text, s, e) \
            or re.search(r"\bThị\b", text[e:e + 40]) is not None \
            or _verb_says_female(text, s, e, case)
        target = next((t for t in targets if genders[t] == ("f" if female else "m")), target)
    plural_comp = number == "pl" and several_bodies(target)
    return build_placement(text, s, e, target, case, number, lang, "source", plural_comp, forms,
                           targets)


def _verb_says_female(text: str, s: int, e: int, case: str) -> bool:
    """The verb agrees with a woman: the subject's (`{X} uvedla`), or the predicate's the
    phrase completes (`byla zvolena {X}`)."""
    if case == "nom":
        agreed = predicate_after(text, e)
        return agreed is not None and agreed[1] == "f"
    return case == "ins" and feminine_predicate(text, s)


def apply_placement(text: str, placement: Placement) -> str:
    """`text` with the placement's replacement in place of what it found."""
    return text[:placement.start] + placement.replacement + text[placement.end:]


def describe(placement: Placement) -> str:
    """`genitive plural` / `` for the comment lines."""
    if not placement.case:
        return ""
    number = "plural" if placement.number == "pl" else "singular"
    return f"{CASE_NAMES[placement.case]} {number}"


# verbs of sending and handing over: what comes right after one is the recipient when it is a
# person or a body, but a document there is the thing sent (`zaslal {công văn}`)
_SENDING = frozenset(("zaslat", "zasílat", "poslat", "posílat", "rozeslat", "rozesílat",
                      "předat", "předávat", "doručit", "doručovat", "odevzdat", "adresovat"))


def _document_case(text: str, s: int, case: str, role: str) -> str:
    """A document left in Vietnamese: the means the source says with `bằng` → instrumental
    (`odpověděl podniku {công văn}` → `úředním dopisem`); right after a verb of sending, the
    accusative of the thing sent where the Czech order gave the recipient's dative (`rozeslal
    {công văn}` → `úřední dopis`). A preposition's dative (`díky`, `k`) stays."""
    if role == MEANS:
        return "ins"
    before = re.findall(r"\w+", text[:s])
    if case == "dat" and before and text[:s].rstrip()[-1:].isalnum() \
            and lemma(before[-1].lower(), "cs") in _SENDING:
        return "acc"
    return case
