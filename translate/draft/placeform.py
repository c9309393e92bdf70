"""The term's form at the place `translate.draft.place` found for it (moved out of
`place.py`, issue 12bl, a pure move): the `Placement` it returns, the genders of a person's
title, the term inflected into the case and number read there, and the form of a Vietnamese
term left in, read from the Czech around it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from translate.draft.agree import DEPUTY, countable
from translate.draft.align import abbreviation
from translate.draft.context import feminine_predicate, order_cells, predicate_after, woman_named
from translate.draft.enshape import left_in_number
from translate.draft.source import SourceHints
from translate.terms.inflect import CASE_NAMES, inflect, parse_phrase, pinned_forms

__all__ = ["Placement", "person_targets", "build_placement", "sentence_start", "from_context",
           "apply_placement", "describe"]


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
    heads = {t: t.split()[parse_phrase(t).heads[0]].lower() for t in targets}
    men = [heads[t] for t in targets if genders[t] == "m"]
    women = [heads[t] for t in targets if genders[t] == "f"]
    # a man's and a woman's title share their stem (`soudruh`, `soudružka`); a feminine name
    # and its masculine abbreviation do not (`Organizace spojených národů|OSN`, `podnik|firma`)
    return genders if any(f.startswith(m[:4]) for m in men for f in women) else {}


def build_placement(text: str, s: int, e: int, target: str, case: str, number: str, lang: str,
               how: str, plural_comp: bool, forms: Sequence[str],
               targets: Sequence[str]) -> Placement:
    pinned = pinned_forms(forms) if target == targets[0] else {}
    person = len(person_targets(targets, lang)) > 0
    new = inflect(target, case, number, lang, plural_complement=plural_comp,
                  animate=True if person else None, pinned=pinned)
    if sentence_start(text, s) and (text[s:s + 1].isupper() or how == "source"):
        new = new[:1].upper() + new[1:]
    return Placement(s, e, text[s:e], new, case if lang == "cs" else "",
                     number if lang == "cs" else "", how)


def sentence_start(text: str, s: int) -> bool:
    before = text[:s].rstrip(" \"'„“”«»([")
    return not before or before[-1] in ".!?:…"


def from_context(text: str, span: tuple[int, int], targets: Sequence[str], lang: str,
                  forms: Sequence[str], hints: SourceHints) -> Placement:
    """The Vietnamese term left in: its case comes from the Czech around it and the role
    the source gives it."""
    s, e = span
    genders = person_targets(targets, lang)
    target = targets[0]
    if not genders:  # `LHQ` left in → `OSN`, `Liên hợp quốc` → `Organizace spojených národů`
        short = abbreviation(text[s:e].replace(" ", ""))
        target = next((t for t in targets if abbreviation(t) == short), target)
    if lang != "cs":  # English: plural where a count or the source says several (12s)
        return build_placement(text, s, e, target, "nom", left_in_number(text, (s, e), target,
                          hints.plural), lang, "source", False, forms, targets)
    cells = {(c, n) for c in ("nom", "gen", "dat", "acc", "voc", "loc", "ins")
             for n in ("sg", "pl")}
    case, number = order_cells(cells, text, s, e, hints.plural, hints.role)[0]
    if genders:
        around = text[max(0, s - 8):s].lower() + " " + text[e:e + 40]
        female = hints.female or "paní" in around or woman_named(text, s, e) \
            or re.search(r"\bThị\b", text[e:e + 40]) is not None \
            or _verb_says_female(text, s, e, case)
        target = next((t for t in targets if genders[t] == ("f" if female else "m")), target)
    plural_comp = number == "pl" and countable(target) \
        and not target.split()[parse_phrase(target).heads[0]].lower().startswith(DEPUTY)
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
    return text[:placement.start] + placement.replacement + text[placement.end:]


def describe(placement: Placement) -> str:
    """`genitive plural` / `` for the comment lines."""
    if not placement.case:
        return ""
    number = "plural" if placement.number == "pl" else "singular"
    return f"{CASE_NAMES[placement.case]} {number}"
