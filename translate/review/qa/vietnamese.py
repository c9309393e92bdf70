"""Vietnamese left in the translation: words with letters the target language never uses.

No other checker notices a Czech target that still holds `của`, `được` or `đã`.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from translate.review.qa.base import ERROR, Issue, Pair, lang_of

__all__ = ["find_vietnamese", "vietnamese_issues"]

_VI_LETTERS = frozenset(
    "àảãạăằắẳẵặâầấẩẫậđèẻẽẹêềếểễệìỉĩịòỏõọôồốổỗộơờớởỡợùủũụưừứửữựỳỷỹỵ"
)
_VI_MARKS = frozenset("\u0309\u0323\u031b")  # hook above, dot below, horn
# Letters of the Vietnamese alphabet that a target language's own alphabet also lacks, beyond
# those no European language uses (hook, dot below, horn, đ, two marks on one vowel).
_ALSO_FOREIGN = {"cs": "àâãèêìòôõùă", "en": "àâãèêìòôõùăáéíóúý", "de": "àâãèêìòôõùăáéíóúý"}


@lru_cache(maxsize=16)
def _foreign_letters(lang: str) -> frozenset[str]:
    """Vietnamese letters that never occur in words of the target language."""
    foreign = set(_ALSO_FOREIGN.get(lang, ""))
    for c in _VI_LETTERS:
        marks = [m for m in unicodedata.normalize("NFD", c) if unicodedata.combining(m)]
        if c == "đ" or len(marks) >= 2 or any(m in _VI_MARKS for m in marks) or (
            c in "ẽĩũỹ"
        ):
            foreign.add(c)
    return frozenset(foreign)


def find_vietnamese(target: str, target_lang: str) -> list[str]:
    """Lower-case words with letters the target language never uses (`của`, `được`, `đã`).

    Capitalised words are names (`Nguyễn`, `Hà Tĩnh`): Czech media may keep their diacritics.
    """
    foreign = _foreign_letters(lang_of(target_lang))
    words = []
    for word in re.findall(r"[^\W\d_]+", unicodedata.normalize("NFC", target)):
        if word[0].isupper():
            continue
        if any(c in foreign for c in word.lower()):
            words.append(word)
    return words


def vietnamese_issues(pair: Pair) -> list[Issue]:
    if lang_of(pair.target_lang) == pair.settings.source_lang:
        return []
    words = find_vietnamese(pair.target, pair.target_lang)
    if not words:
        return []
    shown = ", ".join(dict.fromkeys(words[:6]))
    return [Issue("vietnamese", ERROR, f"Vietnamese left in the translation: {shown}")]
