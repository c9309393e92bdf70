"""A state or public employee said as a person `in the service` (`zdravotnicím ve veřejné
službě`, `úředníků ve státní službě`, `učitelkami ve službě`), for `check --fix`.

The glossary's `státní úředník` and `veřejný zaměstnanec` (công chức, viên chức) put the
service into the adjective; translators often say it after the person instead. The words
`ve (státní|veřejné) službě` then render the term's adjective: the person noun before them and
the phrase are one rendering, replaced as a whole by the term in the noun's case and number
(`640 {zdravotnicím ve veřejné službě}` → `640 veřejným zaměstnankyním`). Only a term whose
first word is that adjective, and only after a noun for a person (`práce ve státní službě`
is the work, not a worker).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import NamedTuple

from translate.draft.place import Placement
from translate.terms.czech import is_adjective
from translate.terms.lemmas import lemma

__all__ = ["ServicePhrase", "service_phrase", "in_service"]

# the adjective of the service, the term's first word (`státní úředník`, `veřejný zaměstnanec`)
_SERVICE_ADJECTIVES = ("státní", "veřejný", "veřejná")
_PHRASE = re.compile(r"(\w+)\s+ve?\s+(?:(?:státní|veřejné|státních|veřejných)\s+)?"
                     r"služb(?:ě|ách)\b", re.IGNORECASE)
# a noun for a person: the endings of Czech agent nouns (`úředník`, `zdravotnice`,
# `zaměstnanec`, `zaměstnankyně`, `učitel`, `učitelka`, `lékař`), and a few plain words
_PERSON_ENDINGS = ("ník", "nice", "nec", "kyně", "tel", "telka", "ař", "ařka")
_PERSONS = ("žena", "muž", "člověk", "osoba", "sestra", "pracovnice")


class ServicePhrase(NamedTuple):
    """Where a noun and the `ve … službě` after it stand in the text."""

    start: int  # the noun's first character
    noun_end: int
    end: int  # the end of `službě`
    person: bool  # the noun names a person (`úředníků`), not a thing (`práci`)


def service_phrase(text: str, targets: Sequence[str]) -> ServicePhrase | None:
    """The first `… ve … službě` after a noun in `text`, where the term's first word is the
    service's adjective; None otherwise."""
    if not targets or targets[0].split()[0].lower() not in _SERVICE_ADJECTIVES \
            or len(targets[0].split()) < 2:
        return None
    for m in _PHRASE.finditer(text):
        if not is_adjective(m.group(1)):
            return ServicePhrase(m.start(1), m.end(1), m.end(), _person(m.group(1)))
    return None


def in_service(placement: Placement | None, text: str, span: ServicePhrase,
               find: Callable[[tuple[int, int]], Placement | None]) -> Placement | None:
    """The placement over the person and the service phrase: the one found where it ends with
    the noun (its adjectives go with it), else the noun's own (`find`, over the noun alone),
    the phrase after it taken in. After a noun that is no person (`práci ve státní službě`),
    the service is no rendering of the term: a placement inside the phrase is dropped."""
    start, noun_end, end, person = span
    if not person:
        inside = placement is not None and placement.start < end and noun_end < placement.end
        return None if inside else placement
    if placement is None or placement.end != noun_end or placement.start > start:
        placement = find((start, noun_end))
    if placement is None or placement.end != noun_end:
        return None
    return Placement(placement.start, end, text[placement.start:end], placement.replacement,
                     placement.case, placement.number, placement.how)


def _person(word: str) -> bool:
    """The word, by its lemma, names a person: an agent noun's ending or a plain word."""
    low = lemma(word.lower(), "cs")
    return low in _PERSONS or low.endswith(_PERSON_ENDINGS)
