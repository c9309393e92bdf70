"""Czech word declension: nouns and adjectives in 7 cases × 2 numbers, and the reverse.

No maintained Czech morphological resource on PyPI allows commercial use (MorphoDiTa/UDPipe
models and the Czech spaCy pipeline are CC BY-NC-SA; simplemma only lemmatises), so this is
a small rule-based declension for the words glossary terms are made of: the standard
paradigms (pán, muž, předseda, soudce, hrad, stroj, žena, růže, píseň, kost, město, moře,
stavení, muzeum; adjectives mladý and jarní) with the consonant alternations (`tajemník` →
`tajemníci`, `buňka` → `buňce`, `ministr` → `ministře`), the mobile `e` (`náměstek` →
`náměstka`, `poslanec` → `poslance`, `členka` → `členek`) and a short lexicon of nouns whose
gender or animacy the ending does not tell (`kancelář` f, `zástupce` m, `oběžník` inanimate).
Tests compare it with declension tables and check with `simplemma` that generated forms
lemmatise back (tests/terms/test_inflect.py).

The tables themselves (generation) live in `translate.terms.czech_paradigms`; this module
re-exports them and adds what reads a form back: adjective readings and the noun analysis.
`analyse(word)` goes the other way by synthesis: it guesses lemmas (simplemma's, and the word
with its ending replaced), declines each guess and keeps the cells that give the word back.
"""

from __future__ import annotations

from functools import lru_cache

from translate.terms.czech_paradigms import (
    ADJECTIVAL_NOUNS,
    CASES,
    HARD_ADJ,
    NUMBERS,
    SOFT_ADJ,
    Cell,
    NounClass,
    Reading,
    adjective_stem,
    decline_adjective,
    decline_noun,
    is_vowel,
    noun_class,
    noun_forms,
    noun_table,
    verbal_noun,
)

__all__ = ["CASES", "NUMBERS", "Cell", "NounClass", "Reading", "noun_class", "decline_noun",
           "noun_forms", "adjective_stem",
           "decline_adjective", "is_adjective", "analyse", "adjective_readings", "known_lemma"]


# -- adjectives ----------------------------------------------------------------------------------

def is_adjective(word: str) -> bool:
    """An adjective form (not a verbal noun like `shromáždění`, not `vedoucí`)."""
    low = word.lower()
    if low in ADJECTIVAL_NOUNS or verbal_noun(low):
        return False
    known = known_lemma(word)
    if known and known.lower().endswith("á") \
            and known_lemma(known[:-1] + "ý") == known[:-1] + "ý":
        known = known[:-1] + "ý"  # `ženské`: the dictionary's noun `ženská`, an adjective too
    if known and not known.lower().endswith(("ý", "í")) and not known.lower().endswith(
            ("ův", "in")):
        return False
    if known and verbal_noun(known.lower()):  # `rozhodnutím` is a form of the noun
        return False
    if known is None and low.endswith("ích") and any(r.lemma in _lemmas() for r in analyse(word)):
        return False  # `okrscích`: a listed noun's (`okrsek`) locative the list does not hold
    return bool(adjective_readings(word))


_ADJ_ENDINGS: dict[str, list[tuple[str, str, str, bool]]] = {}


def _build_adjective_endings() -> None:
    for soft, tables in ((False, HARD_ADJ), (True, SOFT_ADJ)):
        for (gender, anim), (sg, pl) in tables.items():
            for number, row in (("sg", sg), ("pl", pl)):
                for case, ending in zip(CASES, row, strict=True):
                    endings = ["cí", "zí", "ří", "ší", "ští", "čtí", "í"] if ending == "*" \
                        else [ending]
                    for e in endings:
                        key = ("soft:" if soft else "hard:") + e
                        _ADJ_ENDINGS.setdefault(key, []).append((case, number, gender, anim))


_build_adjective_endings()


@lru_cache(maxsize=1 << 14)
def adjective_readings(word: str) -> tuple[Reading, ...]:
    """Readings of an adjective form from its ending (`okresním` → dat pl, ins/loc sg m/n)."""
    low = word.lower()
    if len(low) < 3 or verbal_noun(low) or low in ADJECTIVAL_NOUNS:
        return ()
    found: list[Reading] = []
    for soft in (False, True):
        prefix = "soft:" if soft else "hard:"
        before = len(found)
        for size in (3, 2, 1):
            ending = low[-size:]
            for case, number, gender, anim in _ADJ_ENDINGS.get(prefix + ending, ()):
                if soft and not ending.startswith("í"):
                    continue
                if not soft and ending.startswith("í") and ending not in (
                        "ího", "ímu", "ím", "ích", "ími"):
                    # hard adjectives: í only in the animate nominative plural
                    if not (number == "pl" and anim):
                        continue
                if soft is False and ending in ("ího", "ímu", "ím", "ích", "ími"):
                    continue
                found.append(Reading(case, number, gender, anim, ""))
            if len(found) > before:  # the longest ending of this declension only
                break
    return tuple(dict.fromkeys(found))


# -- analysis by synthesis -----------------------------------------------------------------------

@lru_cache(maxsize=1)
def _dictionary():
    try:
        from simplemma.strategies.dictionaries import DefaultDictionaryFactory

        return DefaultDictionaryFactory().get_dictionary("cs")
    except (ImportError, ValueError, KeyError, OSError):  # pragma: no cover - optional data
        return {}


@lru_cache(maxsize=1)
def _lemmas() -> frozenset[str]:
    d = _dictionary()
    try:
        return frozenset(str(v) for v in d.values())
    except Exception:  # pragma: no cover - simplemma internals changed
        return frozenset()


def known_lemma(word: str) -> str | None:
    """simplemma's dictionary lemma of a form (no guessing), or None."""
    value = _dictionary().get(word) or _dictionary().get(word.lower())
    return str(value) if value else None


_NOMINATIVE = ("", "a", "e", "o", "í", "um", "us", "ek", "ec", "ka", "ce", "ě")
_ENDINGS = ("ovi", "ové", "ech", "ích", "ách", "ami", "emi", "ěmi", "ími", "ům", "ám", "ím",
            "em", "ou", "ů", "a", "e", "ě", "i", "í", "o", "u", "y", "é")
_UNPALATAL = (("ci", "k"), ("ce", "k"), ("zi", "h"), ("ze", "h"), ("ři", "r"), ("ře", "r"),
              ("ši", "ch"), ("še", "ch"), ("č", "c"))


def _lemma_guesses(word: str) -> list[str]:
    guesses: list[str] = []
    known = known_lemma(word)
    if known:
        guesses.append(known)
    for ending in ("",) + _ENDINGS:
        if ending and not word.lower().endswith(ending):
            continue
        stem = word[: len(word) - len(ending)] if ending else word
        if len(stem) < 2:
            continue
        stems = [stem]
        for pal, plain in _UNPALATAL:
            if (stem.lower() + ending[:1]).endswith(pal) and len(pal) == 2 and ending:
                stems.append(stem[:-1] + plain)
        for st in stems:
            vowel = ("", "um") if st[-1:].lower() in ("i", "e") else ("",)  # prezidiu
            for nom in _NOMINATIVE if not is_vowel(st[-1]) else vowel:
                guesses.append(st + nom)
            if len(st) > 2 and not is_vowel(st[-1]) and not is_vowel(st[-2]):
                guesses.append(st[:-1] + "e" + st[-1])  # mobile e: náměstk → náměstek
                if st.endswith("k") or st.endswith("c"):
                    guesses.append(st[:-1] + "ek")
                    guesses.append(st[:-1] + "ec")
    return list(dict.fromkeys(guesses))


@lru_cache(maxsize=1 << 14)
def analyse(word: str, hints: tuple[str, ...] = ()) -> tuple[Reading, ...]:
    """Noun readings of a word form: the cells of every plausible lemma that give it back.

    `hints` are lemmas the caller expects (a glossary word and its female form); then lemmas
    simplemma knows; guessed lemmas count only when neither fits. A capitalised hint in -y is
    also read as a name with no singular (`Čechy`: `z Čech`, `v Čechách`), in the plural only.
    """
    if not word or not word[0].isalpha():
        return ()
    lemmas = _lemmas()
    hinted, known, guessed = [], [], []
    low = word.lower()
    plural_only = {f"{h[:-1]}a" for h in hints if h[:1].isupper() and h.endswith("y")}
    for lemma in (*hints, *plural_only, *_lemma_guesses(word)):
        classes = {noun_class(lemma)}
        if lemma[-1:].isalpha() and not is_vowel(lemma[-1]):
            classes.add(noun_class(lemma, animate=not noun_class(lemma).animate))
        for cls in classes:
            if cls.paradigm in ("indeclinable", "jarní"):
                continue
            for (case, number), form in noun_table(cls).items():
                if form.lower() == low:
                    reading = Reading(case, number, cls.gender, cls.animate, cls.lemma)
                    if lemma in plural_only and lemma not in hints:
                        if number == "pl":  # a name with no singular (`z Čech`, issue 12by)
                            hinted.append(reading)
                    elif lemma in hints:
                        hinted.append(reading)
                    elif lemma in lemmas or lemma.lower() in lemmas:
                        known.append(reading)
                    else:
                        guessed.append(reading)
    return tuple(dict.fromkeys(hinted or known or guessed))
