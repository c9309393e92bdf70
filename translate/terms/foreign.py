"""Words that are not Vietnamese, and the Czech words a country or place is rendered by.

Vietnamese writes one syllable per word: an onset, one vowel cluster and at most one final
consonant (`nghiêng`, `Xuyên`, `Anh`). A capitalised word that cannot be read as one such
syllable (`Michigan`, `Wales`, `Kavanaugh`, `Rouge`) is a foreign name as written; a composed
name built from it, or a Vietnamese state concept followed by it, is about something
abroad.

A country or a place is often rendered by the words derived from its name rather than the
name: `americký`, `USA`, `Američané` for Hoa Kỳ/Mỹ, `čínský` for Trung Quốc, `londýnském`
for London. `place_words` gives the beginnings of those words for one Czech name: the stem
of the name (rules) and, for names whose derived words do not share it, a small table of
established forms (`Spojené státy` → `USA`, `americk…`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from translate.text.normalize import strip_marks

__all__ = ["is_vietnamese_syllable", "is_foreign_name", "place_words", "derived_from",
           "initials"]

_ONSET = r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?"
_NUCLEUS = r"[aeiouy]{1,3}"
_FINAL = r"(?:ch|ng|nh|[cmnptk])?"  # `k`: `Đắk Lắk`
_SYLLABLE = re.compile(f"{_ONSET}{_NUCLEUS}{_FINAL}")
_WORD = re.compile(r"\w+")
# Central Highlands and other minority place names written the Vietnamese way: a consonant
# cluster Vietnamese syllables lack (`Krông`, `Đắk Glong`, `Plei`), read as Vietnamese only
# when the word carries a Vietnamese vowel or tone mark (`Krông`; foreign `Kroner`, `Gloria`
# stay foreign)
_CLUSTER_SYLLABLE = re.compile(f"(?:kr|gl|bl|dr|pl|br|kl){_NUCLEUS}{_FINAL}")

# Czech names whose derived words do not begin with the name's own stem: the established
# adjective or demonym stems and abbreviations (lower case; abbreviations as written)
_ALIASES = {
    "spojené státy": ("USA", "ameri"),
    "spojené státy americké": ("USA", "ameri"),
    "spojené království": ("britsk", "brit", "angli"),
    "velká británie": ("britsk", "brit", "angli"),
    "severní korea": ("KLDR", "severokorej"),
    "jižní korea": ("jihokorej",),
    "čínská lidová republika": ("ČLR", "čín"),
    "ruská federace": ("rus",),
    "evropská unie": ("EU", "evropsk"),
    "organizace spojených národů": ("OSN",),
}
_NAME_END = re.compile(r"(?:sko|cko|ko|ie|ia|[aeiouyáéíý])$")
_COMPASS = {"severní": "severo", "jižní": "jiho", "východní": "východo", "západní": "západo",
            "střední": "středo"}
# soft consonants and vowel length alternate between a name and its derived words:
# `Čína` → `Číňan`, `Itálie` → `italský`, `Austrálie` → `australský`
_SOFT = str.maketrans("ňťďáéíýóúů", "ntdaeiyouu")
_DERIVED_AFTER_SHORT = ("sk", "ck", "št", "an", "č", "ic", "k")  # `čín|ský`, `Čín|an`, `rus|ký`


@lru_cache(maxsize=1 << 14)
def is_vietnamese_syllable(word: str) -> bool:
    """`word` can be read as one Vietnamese syllable (tone marks and vowel marks ignored)."""
    plain = strip_marks(word.lower())
    if _SYLLABLE.fullmatch(plain) is not None:
        return True
    return plain != word.lower() and _CLUSTER_SYLLABLE.fullmatch(plain) is not None


def is_foreign_name(word: str) -> bool:
    """A capitalised word (not an abbreviation) that is not a Vietnamese syllable."""
    return (len(word) > 1 and word[0].isupper() and not word.isupper() and word.isalpha()
            and not is_vietnamese_syllable(word))


@lru_cache(maxsize=4096)
def place_words(name: str) -> tuple[str, ...]:
    """Beginnings of the Czech words derived from the place `name` (its renderings too)."""
    low = name.lower().strip()
    out = list(_ALIASES.get(low, ()))
    words = low.split()
    if len(words) == 1 and len(low) >= 4:
        stem = _NAME_END.sub("", low) if len(low) > 4 else low[:-1]
        out.append(stem if len(stem) >= 3 else low[:-2])  # `Rus|ko` → `rus|ký`
    elif len(words) == 2 and words[0] in _COMPASS:  # `Severní Korea`, `Jižní Afrika`
        noun = _NAME_END.sub("", words[1])
        if len(noun) >= 3:
            out.append(_COMPASS[words[0]] + noun)  # `severo|korej|ský`
        if len(noun) >= 4:
            out.append(noun)  # `korej|ská válka`: the Korea of `Severní Korea`
    return tuple(dict.fromkeys(w for w in out if len(w) >= 3))


@lru_cache(maxsize=4096)
def _beginnings(beginnings: tuple[str, ...]) -> tuple[frozenset[str], tuple[str, ...]]:
    """The abbreviations among `beginnings` (as written) and the others (soft consonants
    and vowel length folded): sorted out once, not for every word of a translation."""
    abbreviations = frozenset(b for b in beginnings if any(c.isupper() for c in b))
    return abbreviations, tuple(b.translate(_SOFT) for b in beginnings
                                if b not in abbreviations)


def derived_from(word: str, beginnings: tuple[str, ...]) -> bool:
    """`word` of a translation is one derived from a place (see `place_words`)."""
    abbreviations, stems = _beginnings(beginnings)
    if word in abbreviations:
        return True
    low = word.lower().translate(_SOFT)
    for begin in stems:
        if not low.startswith(begin) or low == begin:
            continue
        if len(begin) >= 4 or low[len(begin):].startswith(_DERIVED_AFTER_SHORT):
            return True
    return False


def initials(term: str) -> str:
    """`Mezinárodní soudní dvůr` → `MSD`: the abbreviation made of the words' initials."""
    return "".join(w[0] for w in _WORD.findall(term) if w[0].isalpha()).upper()
