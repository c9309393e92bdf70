"""Which case a Czech noun phrase is in, from its own endings and the words around it.

The endings of the words a term replaces give a set of possible cells (`guvernéra`: genitive
or accusative singular); the adjectives before the head narrow it (`okresním tajemníkům` →
dative plural), and so does a governing preposition (`s`/`se` → instrumental, `k` → dative,
no preposition → never locative). What remains is ordered by what the word before the phrase
suggests: a verb → accusative, a noun → genitive, nothing → nominative.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from translate.terms.czech import CASES, Cell, Reading, adjective_readings, is_adjective

__all__ = ["PREPOSITIONS", "governing_cases", "order_cells", "cells_of", "previous_words"]

_G, _D, _A, _L, _I = "gen", "dat", "acc", "loc", "ins"
PREPOSITIONS: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(("bez", "do", "od", "ode", "z", "ze", "u", "podle", "během", "kromě",
                     "místo", "vedle", "okolo", "kolem", "včetně", "ohledně", "pomocí",
                     "prostřednictvím", "jménem", "uprostřed", "podél", "blízko", "ze strany",
                     "namísto", "stran", "vlivem", "zásluhou"), (_G,)),
    **dict.fromkeys(("k", "ke", "ku", "proti", "naproti", "díky", "kvůli", "vůči", "oproti"),
                    (_D,)),
    **dict.fromkeys(("pro", "přes", "skrz", "mimo"), (_A,)),
    "na": (_L, _A), "o": (_L, _A), "v": (_L, _A), "ve": (_L, _A), "po": (_L, _A), "při": (_L,),
    "za": (_I, _A, _G), "s": (_I, _G), "se": (_I, _G), "před": (_I, _A), "nad": (_I, _A),
    "pod": (_I, _A), "mezi": (_I, _A), "se všemi": (_I,),
}
_ADDRESS = re.compile(r"^(pane|paní|vážen[ýáí]|vážená|milý|milá|soudruhu|soudružko|pani)$",
                      re.IGNORECASE)
_DETERMINERS = ("všemi", "všem", "všech", "všechny", "všichni", "všem", "tento", "tohoto",
                "tomuto", "tímto", "této", "tuto", "touto", "těmto", "těchto", "těmi", "tyto",
                "tito", "jeho", "její", "jejich", "svého", "svému", "svým", "svou", "svoji",
                "své", "svých", "svými", "nového", "novému", "novým", "nové", "novou", "nový",
                "nová", "noví", "nových", "novými", "bývalého", "bývalému", "bývalým", "bývalý",
                "bývalá", "bývalé", "bývalou", "bývalí", "bývalých", "bývalými", "dalších",
                "další", "dalším", "dalšími", "obou", "oběma", "dvěma", "tří", "třem", "třemi")
_CONJUNCTIONS = ("a", "i", "ani", "ale", "že", "nebo", "či", "když", "protože", "který",
                 "která", "které", "kteří", "jak", "aby", "než", "pak", "proto", "také", "tak")
_VERB = re.compile(r"(l|la|lo|li|ly|t|ti|uje|ují|ovat|eje|ejí|ají|á|í|je|jsou|bude|budou|"
                   r"má|mají|ne)$")
_WORD = re.compile(r"\w+")


def previous_words(text: str, start: int, count: int = 3) -> list[str]:
    """Up to `count` words before `start`, nearest first; stops at sentence punctuation."""
    before = text[:start]
    cut = max(before.rfind(c) for c in ".!?;:\n")
    if cut >= 0:
        before = before[cut + 1:]
    words = [m.group() for m in _WORD.finditer(before)]
    return list(reversed(words[-count:]))


def _after_comma(text: str, start: int) -> bool:
    return text[:start].rstrip().endswith(",")


def governing_cases(text: str, start: int) -> tuple[tuple[str, ...] | None, str | None]:
    """(cases a preposition allows, the word that decides the order) for a phrase at `start`.

    Determiners and adjectives between the preposition and the phrase are skipped
    (`se všemi buňkami`).
    """
    words = previous_words(text, start)
    for k, word in enumerate(words):
        low = word.lower()
        if low in PREPOSITIONS:
            return PREPOSITIONS[low], low
        if k < 2 and (low in _DETERMINERS or is_adjective(low)):
            continue
        return None, word
    return None, None


def cells_of(readings: Iterable[Reading]) -> set[Cell]:
    return {(r.case, r.number) for r in readings}


def adjective_cells(word: str, gender: str | None) -> set[Cell]:
    return {(r.case, r.number) for r in adjective_readings(word)
            if gender is None or r.gender == gender}


def order_cells(cells: set[Cell], text: str, start: int, end: int) -> list[Cell]:
    """The possible cells of a phrase at text[start:end], most likely first."""
    allowed, word = governing_cases(text, start)
    words = previous_words(text, start)
    address = bool(words) and bool(_ADDRESS.match(words[0]))
    pool = {c for c in cells if allowed is None or c[0] in allowed}
    if allowed is None:
        pool = {c for c in pool if c[0] != "loc"} or pool
    if not address:
        pool = {c for c in pool if c[0] != "voc"} or pool
    pool = pool or set(cells)
    if address:
        order = ["voc", "nom"]
    elif allowed is not None:
        order = list(allowed)
    elif word is None or word.lower() in _CONJUNCTIONS or _after_comma(text, start):
        order = ["nom", "acc", "gen", "dat", "ins"]
    elif word[:1].isupper() and not words[1:]:
        order = ["nom", "gen", "acc", "dat", "ins"]
    elif _VERB.search(word.lower()):
        order = ["acc", "dat", "ins", "nom", "gen"]
    else:
        order = ["gen", "acc", "dat", "ins", "nom"]
    order += [c for c in CASES if c not in order]
    return sorted(pool, key=lambda c: (order.index(c[0]), c[1] != "sg"))
