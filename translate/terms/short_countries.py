"""Countries whose short name is also a common word (`Anh`: the United Kingdom, and a pronoun or
a given name; `Đức`: Germany, and a given name; `Nhật`: Japan, and a given name or `Chủ Nhật`,
Sunday: round fifty). The glossaries list them only in full (`Vương quốc Anh`, `nước Đức`); the
short name is read as the country only where the sentence says so: an item of a list whose
neighbour is a listed country (`sang Hà Lan và Đức`, `tại Đức, Latvia và Iceland`) or after `đến
từ` (`doanh nghiệp đến từ Anh`). Round sixty-three: `Nga` (Russia, and a given name)
too, and two more contexts that name a country: a noun of firms, experts or visitors, or `của`,
right before it (`doanh nghiệp Đức`, `chuyên gia Nga`, `của Nga`), and the short name alone in
brackets after a word (`bang Sachsen (Đức)`). A capitalised word right before or after it makes
it a person's name (`ông Nguyễn Văn Đức`, `Đức Linh`) and it is left alone, as is one after a
kinship or courtesy word (`chị Nga`, `anh Đức`: not among those nouns)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TypeVar

from translate.terms.model import Entry, Glossary

__all__ = ["SHORT_COUNTRIES", "short_country_entries", "with_short_countries"]

# short name -> the concept of the country listed in full
SHORT_COUNTRIES = {"Anh": "country.uk", "Đức": "country.germany",
                   "Nhật": "country.japan", "Nga": "country.russia"}
_COUNTRY = "country."
_WORD = re.compile(r"(?<!\w)(" + "|".join(SHORT_COUNTRIES) + r")(?!\w)")
_JOIN = re.compile(r"\s*(?:,|và|hoặc)\s*")  # between two items of a list
_FROM = re.compile(r"(?<!\w)đến từ\s+$")
# the nouns a nationality follows in the news (firms, investors, experts, visitors, a side), and
# `của`: a given name after them would have its surname or a courtesy word first
_NOUN_OR_OF = re.compile(r"(?<!\w)(?:doanh nghiệp|nhà đầu tư|chuyên gia|du khách|phía|của)\s+$")
_BRACKETED = re.compile(r"\w\s*\($")  # `bang Sachsen (Đức)`: a region's country
_WORD_AFTER = re.compile(r"\s+(\w)")
_WORD_BEFORE = re.compile(r"(\w+)\s+$")

M = TypeVar("M")


def short_country_entries(glossary: Glossary) -> dict[str, Entry]:
    """The listed countries the short names stand for (none when a glossary lacks them)."""
    by_concept = {e.concept: e for e in glossary.entries if e.concept in SHORT_COUNTRIES.values()}
    return {word: by_concept[c] for word, c in SHORT_COUNTRIES.items() if c in by_concept}


def with_short_countries(text: str, matches: Sequence[M], entries: dict[str, Entry],
                         make: Callable[[int, int, Entry], M]) -> list[M]:
    """`matches` with the short country names that a neighbouring country or `đến từ` reads
    as countries (`make` builds a match of `text[start:end]` for the entry), in text order."""
    out = list(matches)
    taken = [(m.start, m.end) for m in out]
    countries = [(m.start, m.end) for m in out if m.concept.startswith(_COUNTRY)]
    found = []
    for hit in _WORD.finditer(text):
        start, end = hit.span()
        entry = entries.get(hit.group())
        if entry is None or any(s < end and start < e for s, e in taken) \
                or _capital(_WORD_AFTER.match(text, end)):
            continue
        before = text[max(start - 40, 0):start]
        if _FROM.search(before) or _NOUN_OR_OF.search(before) or _bracketed(text, end, before) \
                or _listed_next_to(text, start, end, countries, before):
            found.append(make(start, end, entry))
    if not found:
        return out
    return sorted([*out, *found], key=lambda m: m.start)


def _capital(word: re.Match | None) -> bool:
    """The word found is capitalised (a person's or place's name goes on)."""
    return word is not None and word.group(1)[:1].isupper()


def _bracketed(text: str, end: int, before: str) -> bool:
    """The short name alone in brackets right after a word (`bang Sachsen (Đức)`)."""
    return bool(_BRACKETED.search(before)) and text.startswith(")", end)


def _listed_next_to(text: str, start: int, end: int, countries: list[tuple[int, int]],
                    before: str) -> bool:
    """A listed country joined to the short name by a comma, `và` or `hoặc`, on either side."""
    for s, e in countries:
        if e <= start and _JOIN.fullmatch(text, e, start):
            return True
        if end <= s and _JOIN.fullmatch(text, end, s) and not _capital(_WORD_BEFORE.search(before)):
            return True
    return False
