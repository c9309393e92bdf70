"""Czech agreement around a placed term (split from translate.draft.place, issue 12v).

The words around the replaced rendering decide the term's form: adjectives before the head
narrow its readings (`státní {zaměstnance}`), a soft-adjective noun reads as a person's title
(`vedoucí`), an adjective before the rendering is re-declined for the term's gender, and the
complement goes plural only where it names a body or a person and the evidence says several.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from translate.draft.align import Match, Word, adjacent
from translate.draft.context import adjective_cells, cells_of
from translate.terms.czech import (
    Reading,
    adjective_readings,
    analyse,
    decline_adjective,
    is_adjective,
    known_lemma,
)
from translate.terms.inflect import CASE_NAMES, head_word, parse_phrase
from translate.terms.lemmas import same_word

__all__ = ["DEPUTY", "adjectival", "agreeing", "agreeing_before", "before_agrees", "countable",
           "plural_complement", "several_bodies"]

DEPUTY = ("místo", "vice", "náměst", "zástup", "člen", "poslan", "kandidát", "delegát")
_MEMBER = ("člen",)  # many to one body: an adjective before them says their level only
NEVER_PLURAL = ("strany", "státu", "vlády", "země")
COUNTABLE = ("výbor", "rada", "odbor", "komise", "kancelář", "organizace", "ministr", "úřad",
             "ministerstvo", "soud", "svaz", "provincie", "okres", "obec")


def agreeing(readings: list, adjectives: list[str]) -> list:
    """The head's readings the adjectives before it agree with, animacy included
    (`státní {zaměstnance}`: accusative plural, the singular would be `státního`)."""
    def key(r) -> tuple:
        return r.case, r.number, r.gender, r.animate if r.gender == "m" else None

    for word in adjectives:
        if is_adjective(word):
            forms = {key(r) for r in adjective_readings(word)}
            readings = [r for r in readings if key(r) in forms] or readings
    return readings


def adjectival(word: str) -> list[Reading]:
    """The readings of a noun declined like a soft adjective (`vedoucí`, `vedoucími`) as a
    person's title: a man's (animate) or a woman's; none for other words."""
    lemma, low = known_lemma(word) or "", word.lower()
    if re.search(r"ov(á|ou|ých|ým|ými)$", low):  # `šéfová`, `šéfovým` (not `-ové`: men)
        hard = re.sub(r"ov(á|ou|ých|ým|ými)$", "ový", low)
        return [Reading(c, n, "f", False, hard[:-1] + "á") for c in CASE_NAMES
                for n in ("sg", "pl") if decline_adjective(hard, c, n, "f", False) == low]
    if not lemma.endswith("í") or not (is_adjective(word) or lemma == word.lower()):
        return []
    return [Reading(case, number, gender, gender == "m", lemma)
            for case in CASE_NAMES for number in ("sg", "pl") for gender in ("m", "f")
            if decline_adjective(lemma, case, number, gender, gender == "m") == word.lower()]


def before_agrees(word: str, readings: Sequence, gender: str) -> set:
    """The cells in which an adjective before the rendering agrees both with the replaced head
    and with a person's title of `gender` (`mladé {kádry}`: the accusative for `funkcionáře`);
    empty when it does not agree with the replaced head (`vedená {viceministryní}`)."""
    cells = adjective_readings(word)
    old = {(r.case, r.number) for r in cells if any(
        r.gender == o.gender and (r.gender != "m" or r.animate == o.animate) for o in readings)}
    return old & {(r.case, r.number) for r in cells
                  if r.gender == gender and (gender != "m" or r.animate)}


def agreeing_before(text: str, words: list[Word], start: int, readings: Sequence,
                     target: str, case: str, number: str) -> tuple[int, str] | None:
    """An adjective just before the rendering that agrees with its head but would not with
    the term's (`s českou ambasádou` → `s českým velvyslanectvím`): its index and new form."""
    if start == 0 or not adjacent(text, words[start - 1], words[start]):
        return None
    word = words[start - 1].text
    old = {r.gender for r in readings if (r.case, r.number) == (case, number)}
    phrase = parse_phrase(target)
    if len(old) != 1 or phrase.gender in old or not is_adjective(word) \
            or (case, number) not in adjective_cells(word, next(iter(old))) \
            or (case, number) in adjective_cells(word, phrase.gender):  # `největšími` fits both
        return None
    lemma = known_lemma(word)
    if not lemma or not lemma.endswith(("ý", "í")) or lemma[:3].lower() != word[:3].lower():
        return None  # `největší` → `velký`: a lemma that is not this word's stem
    new = decline_adjective(lemma, case, number, phrase.gender, phrase.animate)
    return start - 1, new[:1].upper() + new[1:] if word[:1].isupper() else new


def countable(target: str) -> bool:
    """The term's complement names a body or a person, so several of them can be meant."""
    phrase = parse_phrase(target)
    return bool(phrase.complement) and any(
        same_word(phrase.words[phrase.complement[-1]].strip(",").lower(), noun, "cs")
        for noun in COUNTABLE)


def plural_complement(words: list[Word], m: Match, start: int, end: int, h: int,
                       term: list[str], head: int, target: str) -> bool:
    """Several bodies or one? Evidence from the replaced words first (`provinčních úřadů`,
    `okresním tajemníkům`); else one body has one head (secretaries of several committees)
    but several deputies and members (members of one committee). Only a complement that
    names a body or a person can be plural (`výborů`, not `vnitra` or `zdravotnictví`)."""
    if not countable(target):
        return False
    evidence = []
    first = head_word(target).lower()
    for k in range(start, end):
        t = m.matched.get(k)
        if k == h or (t is not None and t <= head) or words[k].text in NEVER_PLURAL:
            continue
        word = words[k].text
        cells = adjective_cells(word, None) if is_adjective(word) else cells_of(analyse(word))
        if k < h and t is not None and t > head and not first.startswith(_MEMBER):
            evidence.append(True)  # `okresním tajemníkům`: the complement agrees, plural
            # (not members': `krajští funkcionáři` are one committee's, issue 12bj)
        elif k > h and cells:
            if ("gen", "pl") in cells and ("gen", "sg") not in cells:
                evidence.append(True)
            elif ("gen", "sg") in cells and ("gen", "pl") not in cells:
                evidence.append(False)
    if evidence:
        return any(evidence)
    return several_bodies(target)


def several_bodies(target: str) -> bool:
    """A plural title's complement without evidence either way: one body has one head, so
    several heads are several bodies' (`tajemníci provinčních výborů`), but several deputies
    and members are one body's (`místopředsedové výboru`); only a countable complement."""
    return countable(target) and not head_word(target).lower().startswith(DEPUTY)
