"""Is a target term present in a translation, in any inflected form?

Czech has seven cases: `tajemník provinčního výboru strany` appears as `tajemníka`,
`tajemníkovi`, `tajemníkem provinčního výboru strany`... Exact-string checks (Weblate, OmegaT,
Okapi) miss these or flag them falsely. Here a term is present when its word sequence appears
in the text with every word matching by one of:

1. the lemma from `simplemma` (maintained, ships Czech data; cached per word);
2. a light Czech stem (case endings removed, final consonant alternations undone:
   `ruce`→`ruk`, `Praze`→`Prah`, `ministři`→`ministr`, `poslance`→`poslanec`), for words the
   lemmatiser does not know or gets wrong (`tajemnici`, proper names);
3. or the whole phrase appears as one of the explicit forms listed in the glossary
   (`cs_forms`), for irregular cases neither rule covers.

Words are compared lower-cased; punctuation between words is ignored. For languages other
than Czech the same code runs with simplemma's data for that language (if any) and no stemmer.
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from functools import lru_cache

__all__ = ["contains_term", "find_all", "find_term", "find_prefix", "lemma", "stem_cs", "same_word",
           "shared_stem"]

_WORD = re.compile(r"\w+")


@lru_cache(maxsize=1 << 16)
def lemma(word: str, lang: str) -> str:
    """simplemma's lemma of one word, lower-cased; the word itself if unsupported."""
    low = word.lower()
    try:
        import simplemma

        return simplemma.lemmatize(low, lang=lang).lower()
    except (ValueError, KeyError, ImportError):
        return low


_PALATAL = (("čtě", "ck"), ("čti", "ck"), ("čtí", "ck"), ("ště", "sk"), ("šti", "sk"),
            ("ští", "sk"), ("ci", "k"), ("ce", "k"), ("či", "k"), ("če", "k"), ("zi", "h"),
            ("ze", "h"), ("ži", "h"), ("že", "h"))  # fmt: skip
_FINAL = str.maketrans({"c": "k", "č": "k", "z": "h", "ž": "h", "ř": "r", "ť": "t", "ď": "d",
                        "ň": "n"})  # fmt: skip


def _palatalise(word: str) -> str:
    for suffix, repl in _PALATAL:
        if word.endswith(suffix):
            return word[: -len(suffix)] + repl
    return word[:-1]


def _remove_case(w: str) -> str:
    n = len(w)
    if n > 7 and w.endswith("atech"):
        return w[:-5]
    if n > 6:
        if w.endswith("ětem"):
            return _palatalise(w[:-3])
        if w.endswith("atům"):
            return w[:-4]
    if n > 5:
        if w.endswith(("ech", "ich", "ích")):
            return _palatalise(w[:-2])
        if w.endswith(("ého", "ěmi", "emi", "ému", "ete", "eti", "iho", "ího", "ími", "imu")):
            return _palatalise(w[:-2])
        if w.endswith(("ách", "ata", "aty", "ých", "ama", "ami", "ové", "ovi", "ými", "ovu", "ově",
                       "ova", "ovo", "ovy")):  # fmt: skip
            return w[:-3]
    if n > 4:
        if w.endswith("em"):
            return _palatalise(w[:-1])
        if w.endswith(("ém", "ím")):  # `tajemnicím` ~ `tajemnice`, `stálém` ~ `stálý`
            return _palatalise(w[:-2] + ("i" if w[-2] == "í" else "e"))
        if w.endswith("es"):
            return _palatalise(w[:-2])
        if w.endswith(("ům", "at", "ám", "os", "us", "ým", "mi", "ou", "ám")):
            return w[:-2]
    if n > 3:
        if w.endswith(("e", "i", "í", "ě")):
            return _palatalise(w)
        if w.endswith(("u", "y", "ů", "a", "o", "á", "é", "ý")):
            return w[:-1]
    return w


@lru_cache(maxsize=1 << 16)
def stem_cs(word: str) -> str:
    """Light Czech stem (after Dolamic & Savoy's light stemmer) with the final consonant and
    the mobile `e` (`poslanec`/`poslance`) normalised, so inflected forms share one stem."""
    w = _remove_case(word.lower())
    if len(w) > 3 and w.endswith("ec"):
        w = w[:-2] + "c"
    if len(w) > 2 and w[-1] in "cčzžřťďň":
        w = w[:-1] + w[-1].translate(_FINAL)
    return w


def _words(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group().lower()) for m in _WORD.finditer(text)]


_ADJECTIVE_END = re.compile(r"(ého|ému|ých|ými|ým|ém|ího|ímu|ích|ími|ím|ou|ý|á|é|í)$")


@lru_cache(maxsize=1 << 17)  # every window of every candidate compares the same few words
def _same(a: str, b: str, lang: str) -> bool:
    if a == b:
        return True
    if lemma(a, lang) == lemma(b, lang):
        return True
    if lang == "cs" and len(a) > 3 and len(b) > 3 and stem_cs(a) == stem_cs(b):
        return True
    if lang == "cs" and _possessive_stem(a) and _possessive_stem(a) == _possessive_stem(b):
        return True  # `Minovým` ~ `Minovo` (a name's possessive adjective: the stemmer cuts
        # `-ovo` but `-ým` only after the `ov`)
    if lang == "cs" and len(a) > 4 and len(b) > 4:  # `kádrové` ~ `kádrová` (not `ové` nouns)
        x, y = _ADJECTIVE_END.sub("", a), _ADJECTIVE_END.sub("", b)
        return x == y and x != a and y != b and len(x) > 3
    return False


_POSSESSIVE_END = re.compile(r"^(\w{3,}?)(?:ův|ovo|ova|ovu|ově|ovým|ovou|ových|ovými|ovy)$")


def _possessive_stem(word: str) -> str:
    m = _POSSESSIVE_END.match(word)
    return m.group(1) if m else ""


def shared_stem(a: str, b: str, least: int) -> bool:
    """`a` and `b` begin with the same `least` letters or more, and the shorter has at most
    three letters after that shared start (`osvojení` ~ `osvojit`, `masovou` ~ `mas`)."""
    prefix = len(os.path.commonprefix((a, b)))
    return prefix >= least and prefix >= min(len(a), len(b)) - 3


def same_word(a: str, b: str, lang: str) -> bool:
    """Two lower-cased words are one word in different forms (lemma, or Czech stem)."""
    return _same(a, b, lang)


def find_term(text: str, term: str, lang: str, forms: Sequence[str] = ()) -> tuple[int, int] | None:
    """Span of the first occurrence of `term` (any inflection) or of an explicit form."""
    words, where = _indexed(text, lang)
    at = _find(words, where, (term, *forms), lang, 0)
    return None if at is None else (words[at[0]][0], words[at[1]][1])


def find_all(text: str, term: str, lang: str, forms: Sequence[str] = ()) -> list[tuple[int, int]]:
    """Every occurrence `find_term` finds, scanning on after each one: the spans, in order."""
    words, where = _indexed(text, lang)
    spans, k = [], 0
    while (at := _find(words, where, (term, *forms), lang, k)) is not None:
        spans.append((words[at[0]][0], words[at[1]][1]))
        k = at[1] + 1
    return spans


@lru_cache(maxsize=1 << 16)
def _keys(word: str, lang: str) -> tuple[tuple[str, str], ...]:
    """What `_same` compares, as keys: two words are the same word only if they share one
    (the word, its lemma, its Czech stem, possessive stem or adjective stem)."""
    keys = [("word", word), ("lemma", lemma(word, lang))]
    if lang == "cs":
        if len(word) > 3:
            keys.append(("stem", stem_cs(word)))
        if possessive := _possessive_stem(word):
            keys.append(("possessive", possessive))
        adjective = _ADJECTIVE_END.sub("", word)
        if len(word) > 4 and adjective != word and len(adjective) > 3:
            keys.append(("adjective", adjective))
    return tuple(keys)


@lru_cache(maxsize=64)  # one translation is asked for every term of its segment in turn
def _indexed(text: str, lang: str) -> tuple[list[tuple[int, int, str]],
                                            dict[tuple[str, str], list[int]]]:
    """The text's words and where each key of each word stands (`_keys`): a term's first
    word is looked up, not compared with every word of a long text."""
    words = _words(text)
    where: dict[tuple[str, str], list[int]] = {}
    for i, (_, _, word) in enumerate(words):
        for key in _keys(word, lang):
            where.setdefault(key, []).append(i)
    return words, where


def _find(words: Sequence[tuple[int, int, str]], where: dict[tuple[str, str], list[int]],
          phrases: Sequence[str], lang: str, first: int) -> tuple[int, int] | None:
    """Word indices (first, last) of the earliest match at or after word `first` of the first
    phrase that matches at all; the first phrase is the term (any inflection), the rest are
    explicit forms (exact words). Only the places of the phrase's rarest word are tried."""
    for n, phrase in enumerate(phrases):
        target = [w for _, _, w in _words(phrase)]
        if not target:
            continue
        exact = n > 0
        last = len(words) - len(target)
        lists = [[where.get(key, ()) for key in ((("word", want),) if exact else _keys(want, lang))]
                 for want in target]
        k = min(range(len(target)), key=lambda k: sum(map(len, lists[k])))  # the rarest word
        starts = sorted({i - k for at in lists[k] for i in at if first <= i - k <= last})
        for i in starts:
            if all(words[i + k][2] == want or (not exact and _same(words[i + k][2], want, lang))
                   for k, want in enumerate(target)):
                return i, i + len(target) - 1
    return None


def contains_term(text: str, term: str, lang: str, forms: Sequence[str] = ()) -> bool:
    """True when `term` appears in `text` in any inflected form (see module docstring)."""
    return find_term(text, term, lang, forms) is not None


def find_prefix(text: str, term: str, lang: str) -> tuple[int, int, str] | None:
    """Longest leading part of a multi-word `term` present in `text` (any inflection).

    Returns (start, end, rest) where `rest` is the part of the term that is missing, or None.
    Used to complete a rendering the model cut short: `tajemníkem provinčního výboru` +
    `strany`.
    """
    spans = _words(term)
    target = [w for _, _, w in spans]
    if len(target) < 2:
        return None
    words = _words(text)
    for size in range(len(target) - 1, 0, -1):
        for i in range(len(words) - size + 1):
            if all(_same(words[i + k][2], target[k], lang) for k in range(size)):
                rest = term[spans[size - 1][1] :].strip()
                return words[i][0], words[i + size - 1][1], rest
    return None
