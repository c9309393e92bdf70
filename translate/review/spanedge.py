"""The edges of a found Czech placement, for `check --fix` (moved out of `review.reshape`).

A verb the window ended on is the sentence's, not the rendering's (`{Komise pro propagandu
vydala}` keeps `vydala`); the term's own last words spelt another way right after it
(`reformní proces {Doi Moi}` → `politiku obnovy Đổi mới`) and an abbreviation with the term's
last word after it (`komise {ÚV strany}` for `komise strany`) are the rest of the rendering; an
adjective before it made of a word the term adds (`v {Jihovýchodoasijském} sdružení národů` →
`ve Sdružení národů jihovýchodní Asie`) too, and so is the noun right after a span ending on an
adjective the term renders as a noun (`Ministerstvu {zdravotní} péče`) (issues 12ar, 12ax).
A Vietnamese name's rest left after the span and an adjective coordinated with the term's own
(`Provinční stranická a {svazová organizace}`) are the rendering's too (issue 12bt).
Two terms must not say the same words twice (issue 12cf): the replacement's last words, the same
forms, right after the span (`tajemníka {MV} strany`) are taken in, and so is the title's head
noun right before it in another form (`16 členů {BTV provinčního výboru strany}`: the count
declined it; it stays as written and the rest of the title follows it).
A term of two nouns joined by `a` found by its first noun alone takes in the word (or adjective
and noun) the translator coordinated after it, closed by a preposition or punctuation
(`{obrany} a ochrany v pohraničí` → `obrany a bezpečnosti v pohraničí`, issue 12cm).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from translate.draft.align import FUNCTION, genitive, verb_form
from translate.draft.place import Placement, vocalised
from translate.draft.slot import fold
from translate.terms.czech import is_adjective
from translate.terms.lemmas import same_word, shared_stem
from translate.text.normalize import word_at

__all__ = ["BEFORE", "span_edges"]

_WORDS = re.compile(r"\w+")
BEFORE = re.compile(r"(?<!\w)(\w+) $")  # the word right before a span (`reshape` reads it too)


def span_edges(text: str, placement: Placement, source: str,
               others: Sequence[str]) -> Placement:
    """The placement with its edges' words that are the rendering's (module docstring);
    `source`: the term's source words, `others`: the words of the sentence's other terms."""
    for edge in (_verb_end, _spelt_after, _abbreviation_after, _adjective_before,
                 _adjective_end, _said_after, _head_before):
        placement = edge(text, placement)
    placement = _coordinated(text, _name_rest(text, placement, source), others)
    return _second_conjunct(text, placement, others)


def _verb_end(text: str, placement: Placement) -> Placement:
    """A window that ends on a past verb form none of the term's words is (`Komise ÚV strany
    pro propagandu {vydala}`): the verb is the sentence's and stays after the term (a noun
    simplemma also reads as a verb, `částí`, is not cut)."""
    found = list(_WORDS.finditer(placement.found))
    if len(found) < 2 or not verb_form(found[-1].group()) \
            or not re.search(r"[aeiouyáéěíý](l|la|lo|li|ly)$", found[-1].group()) \
            or any(same_word(found[-1].group().lower(), w.lower(), "cs")
                   for w in _WORDS.findall(placement.replacement)):
        return placement
    end = placement.start + found[-2].end()
    return replace(placement, end=end, found=text[placement.start:end])


def _spelt_after(text: str, placement: Placement) -> Placement:
    """The term's last words (a name: `Đổi mới`) right after the span, capitalised and spelt
    with or without diacritics (`Doi Moi`): the rest of the translator's rendering."""
    new = _WORDS.findall(placement.replacement)
    after = list(re.finditer(r" (\w+)", text[placement.end:]))
    taken = [fold(w) for w in _WORDS.findall(placement.found)]
    for n in range(min(3, len(new) - 1, len(after)), 0, -1):
        said = [m.group(1) for m in after[:n]]
        if any(after[k].start() != (after[k - 1].end() if k else 0) for k in range(n)) \
                or not said[0][:1].isupper() or not new[-n][:1].isupper() \
                or [fold(w) for w in said] != [fold(w) for w in new[-n:]] \
                or fold(said[0]) in taken:
            continue
        end = placement.end + after[n - 1].end()
        return replace(placement, end=end, found=text[placement.start:end])
    return placement


def _name_rest(text: str, placement: Placement, source: str) -> Placement:
    """A span ending on the first word of a name the term's source says, left in Vietnamese,
    with the name's other words right after it (`Komunistický svaz mládeže {Hồ} Chí Minh`,
    source `Đoàn TNCS Hồ Chí Minh`): words the replacement does not say (it writes the name
    `Ho Či Mina`) are the rest of the rendering, taken in so that the name is not said twice."""
    found = _WORDS.findall(placement.found)
    if not found or not found[-1][:1].isupper():
        return placement
    said, new = fold(source), {fold(w) for w in _WORDS.findall(placement.replacement)}
    end = placement.end
    for m in re.finditer(r" (\w+)", text[placement.end:]):
        if m.start() != end - placement.end or not m.group(1)[:1].isupper() \
                or fold(m.group(1)) in new:
            break
        name = fold(text[placement.end - len(found[-1]):placement.end + m.end()])
        if word_at(name).search(said) is None:
            break
        end = placement.end + m.end()
    return placement if end == placement.end \
        else replace(placement, end=end, found=text[placement.start:end])


def _coordinated(text: str, placement: Placement, others: Sequence[str]) -> Placement:
    """An adjective the translator coordinated with the term's own, one body in the source:
    the term's first words before `a` and the span (`Provinční stranická a {svazová
    organizace}`), or the span and `a`, another adjective and the term's remaining words
    after it (`{tajemník okresního} a městského výboru strany`): all the rendering's, taken in
    so that the term does not say its words twice. Not an adjective another term of the
    sentence has (`okresního a {obecního} výboru`, the source naming both committees)."""
    def anothers(word: str) -> bool:
        return any(same_word(word.lower(), w.lower(), "cs") for w in others)

    new = [w.lower() for w in placement.replacement.split()]
    found = [w.lower() for w in placement.found.split()]
    before = text[:placement.start].split(" ")
    if len(before) > 2 and before[-1] == "" and before[-2] == "a":
        for n in range(min(3, len(new) - 1), 0, -1):
            said = before[-2 - n:-2]
            if len(said) == n and [w.lower() for w in said] == new[:n] \
                    and found[:1] != new[n:n + 1] and not anothers(found[0]):
                start = placement.start - len(" ".join(said)) - 3
                first = placement.replacement[:1].upper() if said[0][:1].isupper() \
                    else placement.replacement[:1]
                return replace(placement, start=start, found=text[start:placement.end],
                               replacement=first + placement.replacement[1:])
    rest = new[len(found):]
    if rest and found == new[:len(found)]:
        after = re.match(r" a (\w+) " + r" ".join(re.escape(w) for w in rest) + r"(?!\w)",
                         text[placement.end:], re.IGNORECASE)
        if after is not None and not anothers(after.group(1)):
            end = placement.end + after.end()
            return replace(placement, end=end, found=text[placement.start:end])
    return placement


# a lower-case word closed by a space, punctuation or the end: after `a`, or after a space
_LOWER_WORD = r"([a-záčďéěíňóřšťúůýž]\w*)(?=[ ,.;:!?)]|$)"
_CONJUNCT = re.compile(" a " + _LOWER_WORD)
_NEXT = re.compile(" " + _LOWER_WORD)


def _second_conjunct(text: str, placement: Placement, others: Sequence[str]) -> Placement:
    """A term that is two nouns joined by `a` (`obrana a bezpečnost`) found by its first noun
    alone (`{obrany} a ochrany`): the word coordinated right after the span (or an adjective and
    its noun, `a veřejným pořádkem`), closed by a preposition, punctuation or the end, renders
    the term's second noun and is taken in, so that the term does not keep the translator's
    (`obrany a bezpečnosti a ochrany`). Not where the term has no `a`, the span is more than the
    first conjunct, the words go on (`a ochrany hranic`), or another term of the sentence has
    one of them."""
    new, found = placement.replacement.lower().split(), placement.found.lower().split()
    if "a" not in new or found != new[:new.index("a")]:
        return placement
    first = _CONJUNCT.match(text[placement.end:])
    if first is None:
        return placement
    end, words = placement.end + first.end(), [first.group(1)]
    second = _NEXT.match(text[end:])
    if second is not None and is_adjective(words[0]) and second.group(1) not in FUNCTION:
        end, words = end + second.end(), [*words, second.group(1)]
    tail = re.match(r" (\w+)", text[end:])
    if (tail is not None and tail.group(1).lower() not in FUNCTION) \
            or any(same_word(w, o.lower(), "cs") for w in words for o in others):
        return placement
    return replace(placement, end=end, found=text[placement.start:end])


def _abbreviation_after(text: str, placement: Placement) -> Placement:
    """`předsedovi Ústřední kontrolní komise {ÚV strany}` for `… komise strany`: an
    abbreviation and the word the term ends with, in the same form, right after the span are
    the translator's longer way of saying that word: taken in."""
    new = _WORDS.findall(placement.replacement)
    if not new or any(w == new[-1] for w in _WORDS.findall(placement.found)):
        return placement
    after = re.match(r" ([A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ]{2,5}) (\w+)(?!\w)", text[placement.end:])
    if after is None or after.group(2) != new[-1]:
        return placement
    end = placement.end + after.end()
    return replace(placement, end=end, found=text[placement.start:end])


def _adjective_end(text: str, placement: Placement) -> Placement:
    """`Ministerstvu {zdravotní} péče` → `Ministerstvu zdravotnictví`: a span that ends on an
    adjective the term replaces with a noun of the same stem leaves the adjective's own noun, a
    genitive like it, right after it; that noun is the rest of the rendering: taken in. Any
    other word after it (`zprávu`, `letos`), or after a word of another stem (`Ministerstvu
    {zahraničí} zprávy` → `zahraničních věcí`), is the sentence's."""
    found = _WORDS.findall(placement.found)
    new = _WORDS.findall(placement.replacement)
    after = re.match(r" (\w+)(?!\w)", text[placement.end:])
    if not found or not new or after is None or not is_adjective(found[-1]) \
            or is_adjective(new[-1]) or same_word(found[-1].lower(), new[-1].lower(), "cs") \
            or not shared_stem(found[-1].lower(), new[-1].lower(), 5):
        return placement
    word = after.group(1)
    if word.lower() in FUNCTION or not word.islower() or is_adjective(word) or verb_form(word) \
            or not genitive(word, known=True) \
            or any(same_word(word.lower(), w.lower(), "cs") for w in new):
        return placement
    end = placement.end + after.end()
    return replace(placement, end=end, found=text[placement.start:end])


def _adjective_before(text: str, placement: Placement) -> Placement:
    """`v {Jihovýchodoasijském} sdružení národů` → `ve Sdružení národů jihovýchodní Asie`: the
    adjective right before the span, made of a word the term has and the span has not, says
    that word: taken in (with the preposition before it)."""
    before = BEFORE.search(text[:placement.start])
    if before is None or not is_adjective(before.group(1)):
        return placement
    word = before.group(1).lower()
    found = [w.lower() for w in _WORDS.findall(placement.found)]
    added = [w.lower() for w in _WORDS.findall(placement.replacement)
             if not any(same_word(w.lower(), f, "cs") for f in found)]
    if any(shared_stem(word, f, 5) for f in found) \
            or not any(len(w) >= 6 and shared_stem(word, w, 6) for w in added):
        return placement
    start = before.start(1)
    return vocalised(text, replace(placement, start=start, found=text[start:placement.end]))


def _said_after(text: str, placement: Placement) -> Placement:
    """`tajemníka {MV} strany` → `tajemníka městského výboru strany`: the replacement's last
    one to three words, the same forms, right after the span and not ending the found words
    are the translator's rest of the term: taken in, so they are not said twice."""
    new, found = _WORDS.findall(placement.replacement), _WORDS.findall(placement.found)
    for k in range(min(3, len(new) - 1), 0, -1):
        tail = new[-k:]
        if found[-k:] == tail or any(len(w) < 3 or w.lower() in FUNCTION for w in tail):
            continue
        after = re.match(r"\s+" + r"\s+".join(map(re.escape, tail)) + r"(?!\w)",
                         text[placement.end:])
        if after is not None:
            end = placement.end + after.end()
            return replace(placement, end=end, found=text[placement.start:end])
    return placement


def _head_before(text: str, placement: Placement) -> Placement:
    """`16 členů {BTV provinčního výboru strany}` → `členů stálého výboru …`, not `členů člena
    stálého výboru …`: the replacement opens on a noun (no adjective) and the word right before
    the span is that noun in another form: the word is the title's head as the sentence
    declines it (a count, a preposition): taken in, and the rest of the title follows it."""
    new = placement.replacement.split()
    before = BEFORE.search(text[:placement.start])
    if len(new) < 2 or before is None or is_adjective(new[0].lower()) \
            or before.group(1).lower() == new[0].lower() \
            or not same_word(before.group(1).lower(), new[0].lower(), "cs") \
            or placement.found.split()[0].lower() == new[0].lower():
        return placement
    start = before.start(1)
    return replace(placement, start=start, found=text[start:placement.end],
                   replacement=" ".join([before.group(1), *new[1:]]))
