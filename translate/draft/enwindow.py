"""The window of an English translation's words that renders a term's words (split from
`translate.draft.english` for its 540-line limit, issue 12bk: a pure move).

Every content word of the window renders a word of the term (the same word, another word for
it, or a word of the same stem: `translate.terms.english`), in any order, with the function
words English puts between them; `translate.draft.english` then judges the best window and
puts the term in its place.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from translate.draft.align import Match, Word
from translate.draft.enother import overlaps
from translate.draft.enshape import head_index, initials_of
from translate.terms.english import (
    COORDINATING,
    EQUIVALENT,
    FUNCTION,
    PHRASE_ENDS,
    STRONG,
    WEAK,
    content_words,
    english_level,
    noun_goes_on,
    past_verb,
)

__all__ = ["english_window"]

_WORD = re.compile(r"\w+")
_WEIGHT = {STRONG: 1.0, EQUIVALENT: 0.8, WEAK: 0.5}
_JOINS = ("", "-", "'", "’")
# what a body holds, not another name of it: no head in a body's place (`the provincial Party
# {Congress}` is the Congress of the provincial Party Organisation, issue 12au)
_EVENTS = frozenset(("congress", "congresses", "conference", "conferences", "meeting",
                     "meetings", "session", "sessions", "plenum", "plenums", "election",
                     "elections"))


def english_window(text: str, words: list[Word], phrase: str, how: str,
                   taken: Sequence[tuple[int, int]] = ()) -> Match | None:
    """The best window of `words` that renders `phrase` (see module docstring), or None."""
    term = content_words(phrase)
    if not term:
        return None
    head = head_index(phrase, term)
    best = None
    for i, first in enumerate(words):
        if first.low in FUNCTION or overlaps(taken, first.start, first.end):
            continue
        for j in range(i + 1, min(len(words), i + 2 * len(term) + 2) + 1):
            last = words[j - 1]
            if overlaps(taken, last.start, last.end) or (
                    j - 1 > i and not _joined(text[words[j - 2].end:last.start], phrase)):
                break
            if last.low in FUNCTION:
                continue
            m = _score(words, i, j, term, head, phrase, how)
            if m and (best is None or (m.score, m.end - m.start) >
                      (best.score, best.end - best.start)):
                best = m
    return best


def _joined(between: str, phrase: str) -> bool:
    """Only spaces, a hyphen or an apostrophe between two words, or punctuation the term
    itself has (`Ministry of Labour, Invalids and Social Affairs`)."""
    between = between.strip()
    return between in _JOINS or between in phrase


@lru_cache(maxsize=1024)  # the same for every window `_score` is given
def _phrase_words(phrase: str) -> frozenset[str]:
    """The phrase's words, lower-cased, and `and` where it has a hyphened pair
    (`socio-political` said `political and social`)."""
    words = {w.lower() for w in _WORD.findall(phrase)}
    return frozenset(words | {"and"}) if re.search(r"\w-\w", phrase) else frozenset(words)


def _score(words: list[Word], i: int, j: int, term: list[str], head: int, phrase: str,
           how: str) -> Match | None:
    """Every content word of i..j-1 renders a word of the term (one word more inside a
    rendering that has all of the term's: `Labour, {War} Invalids`); the head among them, or
    every word but a last head (`State Audit` for `State Audit Office`)."""
    matched: dict[int, int] = {}
    levels: dict[int, int] = {}
    extra = []
    phrase_words = _phrase_words(phrase)
    for k in range(i, j):
        if words[k].low in COORDINATING and words[k].low not in phrase_words:
            return None  # `Prime Minister {and the} Vice Premier`: two renderings
        if words[k].low in FUNCTION and not (k > i and words[k].text[:1].isupper()
                                             and words[k].low not in phrase_words):
            continue  # a capitalised `An` inside is a name's word (`the Long {An} …`)
        options = [(english_level(words[k].text, tw), t == head, t) for t, tw in enumerate(term)
                   if t not in levels]
        level, _, t = max(options, default=(0, False, -1))
        said = initials_of(words[k].text, term) if not level and k > i else set()
        if said and not said & set(levels) and len(said) > 1:  # `Chairman of the {PPC}`
            matched[k] = head if head in said else min(said)
            levels.update(dict.fromkeys(said, STRONG))
            continue
        if not level:
            extra.append(k)
            continue
        matched[k], levels[t] = t, level
    if extra == [j - 1] and head == len(term) - 1 and head not in levels and j - 2 in matched \
            and len(levels) == len(term) - 1 >= 2 and set(levels.values()) == {STRONG} \
            and words[j - 1].text[:1].isupper() == term[head][:1].isupper() \
            and not all(w[:1].isupper() for w in term) \
            and (words[j - 1].low not in _EVENTS or term[head].lower() in _EVENTS) \
            and words[j - 1].low not in PHRASE_ENDS and not past_verb(words[j - 1].text) \
            and not _head_joined(phrase) and not _noun_goes_on(words, j, phrase):
        # another noun in the head's place of an otherwise full rendering (`provincial Party
        # {Organisation}`): a name's other head is another body, an event no body at all; an
        # auxiliary or a past verb ends the noun phrase (`anti-graft {has} put`, issue 12bm;
        # `the National Assembly {met}`, 12bp)
        matched[j - 1], levels[head], extra = head, EQUIVALENT, []
    if extra and (len(extra) > 1 or len(levels) < len(term)
                  or len(term) < 3 and not (len(term) == 2 and phrase.islower())
                  or set(levels.values()) != {STRONG} or not i < extra[0] < j - 1
                  or _names_generic(words, extra[0], matched, term)
                  or phrase[:1].isupper() and words[extra[0]].text.islower()):
        return None
    if head not in levels and not extra:
        _head_taken(words, matched, levels, term, head)
    if head not in levels and not _headless(words, i, j, term, head, levels):
        return None
    if len(term) >= 3 and len(levels) < 2:
        return None  # a head alone is no rendering of a long term (`Tinh uy {Secretary}`)
    if levels[head] < EQUIVALENT and not (  # `Supreme People's {Procuratorate}`: a name
            len(term) >= 3 and all(lv == STRONG for t, lv in levels.items() if t != head)
            and len(levels) == len(term) and words[j - 1].text[:1].isupper()):
        return None
    if levels[head] == EQUIVALENT and len(term) > 1 \
            and not any(lv == STRONG for t, lv in levels.items() if t != head):
        return None  # `the head {of the delegation}` is not `Director of the Department`
    weight = sum((2.0 if t == head else 1.0) * _WEIGHT[lv] for t, lv in levels.items())
    return Match(i, j, weight / (len(term) + 1), matched, levels, phrase, how)


def _noun_goes_on(words: list[Word], j: int, phrase: str) -> bool:
    """A prefixed adjective's phrase (`anti-corruption efforts`) whose other noun in the head's
    place has a lower-case noun after it (`anti-corruption {steering} committee`, issue 12bx):
    that noun modifies the next, and the phrase names another body (a steering committee)."""
    return re.match(r"[a-z]+-[a-z]+ ", phrase) is not None and j < len(words) \
        and noun_goes_on(words[j].text)


@lru_cache(maxsize=1024)
def _head_joined(phrase: str) -> bool:
    """The phrase's last word is joined to the one before by a function word (`Party building
    {and} rectification`): a noun right after the words before it stands in no head's place
    (`Party building {took} place`, issue 12bb)."""
    said = _WORD.findall(phrase)
    return len(said) > 2 and said[-2].lower() in FUNCTION


def _head_taken(words: list[Word], matched: dict[int, int], levels: dict[int, int],
                term: list[str], head: int) -> None:
    """The head rendered by a word that was read as another word of the term (`provincial
    Party Inspection {Committee}` for `Inspection Commission of the provincial Party
    Committee`: `Committee` is the commission, the `Party` before it says the Party
    Committee): that word is the head where the window then lacks only the word it gave up
    (issue 12ao)."""
    if len(term) < 3 or len(levels) != len(term) - 1:
        return
    for k in sorted(matched, reverse=True):
        level = english_level(words[k].text, term[head])
        if level >= EQUIVALENT:
            del levels[matched[k]]
            matched[k], levels[head] = head, level
            return


def _names_generic(words: list[Word], k: int, matched: dict[int, int], term: list[str]) -> bool:
    """The one word more is a capitalised name's before a word the term writes lower-case
    (`deputy head of the {Organisation} Commission` for `deputy head of the commission`): the
    text names one body where the term is the generic word, so it is no rendering of it.
    (A lower-case word more inside a name's rendering is none either: `Tourism Ministry
    {opened} a culture` is a clause.)"""
    nxt = matched.get(k + 1)
    return words[k].text[:1].isupper() and nxt is not None and term[nxt].islower() \
        and words[k + 1].text[:1].isupper()


def _headless(words: list[Word], i: int, j: int, term: list[str], head: int,
              levels: dict[int, int]) -> bool:
    """A body named without its last, head noun (`State Audit` for `State Audit Office`):
    every other word of the term, the same words, capitalised, at least two."""
    if head != len(term) - 1 or len(term) < 3 or len(levels) != len(term) - 1 \
            or set(levels.values()) != {STRONG}:
        return False
    k = j + 1 if j < len(words) and words[j].low == "s" else j  # over a possessive `'s`
    if k < len(words) and words[k].text[:1].isupper():
        return False  # the name goes on in other words (`Youth {League}`)
    levels[head] = EQUIVALENT  # scored as the name in other words it is
    return all(w.text[:1].isupper() for w in words[i:j] if w.low not in FUNCTION)
