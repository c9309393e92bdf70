"""Vietnamese text normalisation for matching: one spelling per syllable, offsets kept.

Vietnamese text reaches us in NFC and NFD, and with the tone mark on either vowel of `oa`,
`oe`, `uy` (`hòa`/`hoà`, `thủy`/`thuỷ`, `ủy`/`uỷ`, `khóa`/`khoá`), sometimes both in one
article. Matching must treat these as equal while reports keep the author's spelling and the
offsets into the text as given.

`normalize_vi` is NFC plus one canonical tone-mark placement per syllable (the traditional
placement most Vietnamese news sites use: `hòa`, `thủy`, `Ủy ban`, but `hoàn`, `thuyền`).
Moving a tone mark between two precomposed vowels does not change the length, so
**`normalize_vi(t)` has exactly `len(unicodedata.normalize("NFC", t))` characters, and for NFC
input every offset maps to itself.** For NFD input use `normalize_with_offsets`, which also
returns, for every output character, the offset of the input character it came from.

`match_key` adds case folding (per character, length-preserving) and maps look-alike letters
(`Ð` U+00D0 → `Đ`, NBSP → space), still one output character per `normalize_vi` character.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache

__all__ = [
    "normalize_vi",
    "normalize_with_offsets",
    "match_key",
    "key_of_normalized",
    "canonical_syllable",
    "sentence_key",
    "fuzzy_sentence_key",
    "strip_marks",
    "upper_like",
    "word_at",
]

# Combining tone marks: huyền, sắc, ngã, hỏi, nặng.
_TONES = frozenset("\u0300\u0301\u0303\u0309\u0323")
# Vowel letters (lower case, without tone) and those carrying a modifier (â ă ê ô ơ ư).
_VOWELS = frozenset("aăâeêioôơuưy")
_MODIFIED = frozenset("ăâêôơư")
_WORD = re.compile(r"[^\W\d_]+")
_LOOKALIKE_RE = re.compile("[\u00d0\u00a0\u202f\u2007]")
_LOOKALIKES = str.maketrans({"\u00d0": "\u0110", "\u00a0": " ", "\u202f": " ", "\u2007": " "})


def _split_tone(ch: str) -> tuple[str, str | None]:
    """Split one NFC character into (character without tone, tone mark or None)."""
    decomposed = unicodedata.normalize("NFD", ch)
    tone = None
    rest = []
    for c in decomposed:
        if c in _TONES and tone is None:
            tone = c
        else:
            rest.append(c)
    if tone is None:
        return ch, None
    return unicodedata.normalize("NFC", "".join(rest)), tone


def _tone_position(lower: str) -> int | None:
    """Index (into the toneless, lower-case syllable) of the vowel that carries the tone."""
    n = len(lower)
    i = 0
    # Onset: leading consonants; `qu` and `gi` (before another vowel) belong to it.
    while i < n and lower[i] not in _VOWELS:
        i += 1
    if i >= n:
        return None
    if i > 0 and lower[i - 1] == "q" and lower[i] == "u" and i + 1 < n and lower[i + 1] in _VOWELS:
        i += 1
    elif (
        i > 0 and lower[i - 1] == "g" and lower[i] == "i" and i + 1 < n and lower[i + 1] in _VOWELS
    ):
        i += 1
    j = i
    while j < n and lower[j] in _VOWELS:
        j += 1
    nucleus = range(i, j)
    modified = [k for k in nucleus if lower[k] in _MODIFIED]
    if modified:
        return modified[-1]  # ươ → ơ, ưu → ư, uô → ô
    if j < n:  # closed syllable: last vowel (hoàn, toán)
        return j - 1
    size = j - i
    if size == 1:
        return i
    if size == 2:
        return i  # open: hòa, thủy, khỏe, mái, mùa
    return i + 1  # three vowels: oái, khuỷu, ngoẹo


@lru_cache(maxsize=1 << 16)
def canonical_syllable(word: str) -> str:
    """One NFC word (letters only) with its tone mark moved to the canonical vowel."""
    tone = None
    tone_at = -1
    chars = list(word)
    for k, ch in enumerate(chars):
        if ord(ch) < 0xC0:
            continue
        base, t = _split_tone(ch)
        if t is not None:
            if tone is not None:  # two tone marks: not a Vietnamese syllable, leave it
                return word
            tone, tone_at = t, k
            chars[k] = base
    if tone is None:
        return word
    lower = "".join(chars).lower()
    if len(lower) != len(chars):
        return word
    pos = _tone_position(lower)
    if pos is None or pos == tone_at:
        return word
    target = unicodedata.normalize("NFC", unicodedata.normalize("NFD", chars[pos]) + tone)
    if len(target) != 1:
        return word
    chars[pos] = target
    return "".join(chars)


def _toned(letters: str) -> str:
    """`letters` with every tone mark, upper and lower case, as one character class body."""
    out = []
    for base in letters + letters.upper():
        out.append(base)
        out.extend(unicodedata.normalize("NFC", base + t) for t in sorted(_TONES))
    return "".join(out)


# Words whose tone placement actually varies in the wild: `oa`, `oe`, `uy` (hòa/hoà,
# khỏe/khoẻ, thủy/thuỷ, hoàn/hòan, qúy/quý). Only these go through `canonical_syllable`, which
# keeps normalisation fast; other syllables have one accepted placement.
_PAIR = rf"(?:[{_toned('o')}][{_toned('ae')}]|[{_toned('u')}][{_toned('y')}])"
_HAS_PAIR = re.compile(_PAIR)


def _canonical_words(text: str) -> str:
    """Re-place tone marks in the words that contain a variable vowel pair (few per sentence:
    the pairs are found by one regex scan, each word is then widened to its boundaries)."""
    pieces: list[str] = []
    emitted = 0  # text[:emitted] is in `pieces`
    seen = 0  # end of the last word looked at
    n = len(text)
    for m in _HAS_PAIR.finditer(text):
        start = m.start()
        if start < seen:
            continue
        while start > 0 and text[start - 1].isalpha():
            start -= 1
        end = m.end()
        while end < n and text[end].isalpha():
            end += 1
        seen = end
        word = text[start:end]
        new = canonical_syllable(word)
        if new != word:
            pieces.append(text[emitted:start])
            pieces.append(new)
            emitted = end
    if not pieces:
        return text
    pieces.append(text[emitted:])
    return "".join(pieces)


def normalize_vi(text: str) -> str:
    """NFC plus canonical tone placement; same length as the NFC form of `text`."""
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
        text = _canonical_words(text)
    return text


def normalize_with_offsets(text: str) -> tuple[str, Sequence[int]]:
    """`normalize_vi(text)` and a map: output index -> input index (plus one entry for the end).

    For NFC input the map is the identity. For NFD input each composed character points to the
    first code point of its cluster, so a span (s, e) in the output is (map[s], map[e]) in the
    input.
    """
    if text.isascii():
        return text, range(len(text) + 1)
    if unicodedata.is_normalized("NFC", text):
        return _canonical_words(text), range(len(text) + 1)
    out: list[str] = []
    offsets: list[int] = []
    i = 0
    n = len(text)
    while i < n:
        j = i + 1
        while j < n and unicodedata.combining(text[j]):
            j += 1
        cluster = unicodedata.normalize("NFC", text[i:j])
        for k, ch in enumerate(cluster):
            out.append(ch)
            offsets.append(i if k == 0 else min(i + k, j - 1))
        i = j
    offsets.append(n)
    return _canonical_words("".join(out)), offsets


def strip_marks(text: str, *, fold_d: bool = True) -> str:
    """`text` without its diacritics, NFD-decomposed (`Hoàng` → `Hoang`). `Đ`/`đ` have no
    decomposition: with `fold_d` they become `D`/`d`, without it they stay letters of their own."""
    if fold_d:
        text = text.replace("Đ", "D").replace("đ", "d")
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def _fold_char(ch: str) -> str:
    low = ch.lower()
    return low if len(low) == 1 else ch


def match_key(text: str, case_sensitive: bool = False) -> str:
    """Comparison key: `normalize_vi`, look-alikes unified, lower case unless `case_sensitive`.

    Length-preserving with respect to `normalize_vi(text)`.
    """
    return key_of_normalized(normalize_vi(text), case_sensitive)


def key_of_normalized(normalized: str, case_sensitive: bool = False) -> str:
    """`match_key` for text that is already `normalize_vi` output (skips normalising again)."""
    key = normalized
    if not key.isascii() and _LOOKALIKE_RE.search(key):
        key = key.translate(_LOOKALIKES)
    if not case_sensitive:
        lowered = key.lower()
        key = lowered if len(lowered) == len(key) else "".join(_fold_char(c) for c in key)
    return key


def sentence_key(text: str) -> str:
    """What makes two sentences "the same sentence" everywhere in the tool (PO merge for `run`
    and `update`, `build`, the translation memory's exact matches): normalised spelling (NFC,
    one tone placement, look-alike letters) and whitespace collapsed; case kept."""
    return " ".join(match_key(text, case_sensitive=True).split())


def fuzzy_sentence_key(text: str) -> str:
    """`sentence_key` case-folded: what fuzzy scores (memory matches, changed sentences in
    `update`) compare."""
    return " ".join(match_key(text).split())


def word_at(word: str, flags: int = 0) -> re.Pattern:
    """`word` standing alone in a text: no word character on either side (`flags` as `re`'s,
    e.g. `re.IGNORECASE`)."""
    return re.compile(rf"(?<!\w){re.escape(word)}(?!\w)", flags)


def upper_like(model: str, word: str) -> str:
    """`word` with its first letter upper-cased where `model`'s is (a replacement that keeps
    the capital of the text it replaces: `Ředitelka` for `Ředitel`)."""
    return word[:1].upper() + word[1:] if model[:1].isupper() else word
