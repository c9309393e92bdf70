"""What a token or a concept says about places, without a reader (split from `placenames.py`,
whose `PlaceReader` reads place names): a unit's number or a quantity (`Quận 3` vs `3 năm`), a
Roman numeral, a foreign or a national place, the level a city's name holds (`TP.HCM`), the
slug of a name for composed ids, and the syllable pairs of the glossary's words (a place name
does not cut one)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from translate.terms.model import Glossary
from translate.terms.title_tables import TitleGrammar
from translate.terms.titles import Place
from translate.terms.tokens import term_tokens
from translate.text.localize import strip_name_diacritics

__all__ = ["ROMAN", "COUNTERS", "VIETNAM", "PLACE_NATIONS", "slug", "is_label", "is_number",
           "is_foreign", "is_nation", "name_level", "syllable_pairs"]

ROMAN = re.compile(r"[IVX]{1,5}")  # up to XVIII (`Bảo hiểm xã hội khu vực XVIII`)
# words after a number that make it a quantity, not a unit's number (`Quận 3` vs `3 năm`)
COUNTERS = frozenset({"năm", "tháng", "ngày", "giờ", "phút", "lần", "người", "hộ", "tỷ", "triệu",
                      "nghìn", "ngàn", "trăm", "%", "ha", "km", "m", "tấn", "đồng", "vụ", "xã",
                      "huyện", "tỉnh", "phường", "đơn", "cá", "ca", "con", "chiếc", "điểm", "tuổi",
                      "thôn", "xóm", "bản", "ấp", "làng"})


def is_foreign(concept: str) -> bool:
    """A foreign place of the glossary: `place.intl.*` or `place.<country code>.*`."""
    parts = concept.split(".")
    return len(parts) == 3 and parts[0] == "place" and (parts[1] == "intl" or len(parts[1]) == 2)


@lru_cache(maxsize=4096)
def slug(text: str) -> str:
    plain = " ".join(map(strip_name_diacritics, text.split(" ")))
    return re.sub(r"[^a-z0-9]+", "_", plain.lower()).strip("_")


VIETNAM = "state.vietnam"  # the home country's concept id
PLACE_NATIONS = frozenset({"place.czechia"})  # another country the glossary lists as a place
_NATIONS = frozenset({VIETNAM, *PLACE_NATIONS})  # listed as places, not `country`


def is_nation(place: Place | None) -> bool:
    """A nation's own name (`Việt Nam`, `Séc`, `Hàn Quốc`), not a city or a province (moved
    from `compose.py`)."""
    return place is not None and (place.country or place.concept in _NATIONS)


# a city whose name holds its level (`Thành phố Hồ Chí Minh`, `TP.HCM`): no level word is written
# before it (`chains.py` since round thirty-two, `plural_bodies.LevelStems.named_level` since
# round forty)
_NAME_LEVELS = (("thành phố ", "level.city"), ("tp.", "level.city"), ("tp ", "level.city"))


def name_level(name: str) -> str | None:
    """The level a place's written name holds (`TP.HCM`: `level.city`), or None."""
    name = name.lower()
    return next((lv for start, lv in _NAME_LEVELS if name.startswith(start)), None)


def is_label(low: Sequence[str], k: int) -> bool:
    """Token `k` is a number of 1-3 digits, the shape of a unit's number or label."""
    return k < len(low) and low[k].isdigit() and len(low[k]) <= 3


def is_number(low: Sequence[str], k: int) -> bool:
    """Token `k` is a unit's number (1-3 digits), not a quantity (`3 năm`, `2,5`)."""
    n = len(low)
    return (is_label(low, k)
            and not (k + 1 < n and (low[k + 1] in COUNTERS
                                    or low[k + 1] in (",", ".") and k + 2 < n
                                    and low[k + 2].isdigit())))


# words that join words (`Anh và Bắc Ireland`): no two-syllable word ends in one of them
_FUNCTION_WORDS = frozenset({"và", "của", "các", "với", "cho", "trong", "tại", "ở", "là", "có",
                             "được", "về", "từ", "đến", "những", "theo", "trên", "sau", "đã"})


def syllable_pairs(glossary: Glossary, grammar: TitleGrammar):
    """Consecutive lower-cased syllables of every glossary term and vocabulary word (a
    function word is no second syllable)."""
    terms = [t for e in glossary.entries for t in e.source_terms]
    if grammar.named is not None:
        terms += [t for w in grammar.named.words for t in w.terms]
    for term in terms:
        toks = [t.lower() for t in term_tokens(term) if t.isalpha()]
        yield from ((a, b) for a, b in zip(toks, toks[1:], strict=False)
                    if b not in _FUNCTION_WORDS)
