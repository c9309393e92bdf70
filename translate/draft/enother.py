"""Where no window of words renders an English term: the source's slot and a title's word.

Split from `translate.draft.english` (issue 12ao), which calls these when no content word of
the text renders the term's: the words the source's slot gives (`english_slot`) in the term's
shape (`slotted`), whether they can be the term in other words at all (`other_words`), and a
title in other words before a body another term has rendered (`title_of_taken`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from translate.draft.align import Word, abbreviation
from translate.draft.ennames import (
    UNITS,
    bare,
    name_after,
    place_before,
    said_after,
    several,
)
from translate.draft.enshape import (
    AFTER_HEAD,
    article_for,
    counted,
    head_index,
    initials_of,
    mass_term,
    named,
    plural_head,
    plural_term,
)
from translate.terms.english import (
    DOCUMENT_KINDS,
    EQUIVALENT,
    FUNCTION,
    MODALS,
    PHRASE_ENDS,
    STRONG,
    TOLERATED,
    content_words,
    english_level,
)
from translate.terms.inflect import english_plural
from translate.terms.lemmas import shared_stem

__all__ = ["SUBJECTS", "overlaps", "other_words", "slotted", "title_of_taken", "other_kind",
           "takes_next"]

_WORD = re.compile(r"\w+")
# an association's, alliance's or society's head is its Chairman in our news, never its
# President (issue 12bs: unseen18, 19, 29, 32, 33 write Chairman of each; a Women's Union's or
# the Front's President may be right)
_ASSOCIATION = re.compile(r" of the (?:(?:[A-Z][\w'’-]*|provincial|municipal|city|district|commune)"
                          r" ){0,5}(?:Association|Alliance|Society)(?![\w'’-])")
_VERB_BEFORE = ("to", "not", *MODALS)  # words a verb follows


def takes_next(text: str, words: list[Word], start: int, end: int) -> bool:
    """One lower-case word after `to`, a modal or a subject that a lower-case content word
    follows: a verb with its object (`to {waste} time`), not the noun a one-word variant of
    the term is (`caused huge waste and …`, `leads to waste in …`) (issue 12bf)."""
    if end - start != 1 or start == 0 or end >= len(words) \
            or not words[start].text.islower() \
            or words[start - 1].low not in (*_VERB_BEFORE, *SUBJECTS) \
            or text[words[start].end:words[end].start] != " ":
        return False
    after = words[end]
    return after.text.isalpha() and after.text.islower() and after.low not in FUNCTION \
        and after.low not in PHRASE_ENDS


def overlaps(taken: Sequence[tuple[int, int]], s: int, e: int) -> bool:
    return any(a < e and s < b for a, b in taken)


# subjects a verb follows: a rendering's word right after one is that verb (`who {chairs}`)
SUBJECTS = ("who", "which", "he", "she", "they", "we", "it")


def title_of_taken(text: str, words: list[Word], target: str,
                   taken: Sequence[tuple[int, int]]) -> tuple[int, int, str, str] | None:
    """A title in other words before a body another term of the sentence has rendered
    (`{Head} of the Department of Industry and Trade` for `Director of the Department`):
    only the title's word is replaced, the body is that term's."""
    term = content_words(target)
    head = head_index(target, term)
    rest = target.split(f"{term[head]} ", 1)[-1].lower().split()
    if head != 0 or len(term) < 2 or not rest or rest[0] not in AFTER_HEAD:
        return None
    for k, word in enumerate(words[:-1]):
        if english_level(word.text, term[0]) != EQUIVALENT \
                or overlaps(taken, word.start, word.end):
            continue
        after = [w.low for w in words[k + 1:k + len(rest)]]
        body = words[k + len(rest)] if k + len(rest) < len(words) else None
        if after == rest[:-1] and body is not None and body.low == rest[-1] \
                and any(s <= body.start < e for s, e in taken):
            new = english_plural(term[0]) if plural_head(word.text, term[0]) else term[0]
            return word.start, word.end, new, "rendering"
    return None


def other_words(slot: list[str], target: str) -> bool:
    """The slot's words can be the term in other words: not part of the term, its head or
    only its words, with the rest elsewhere (`Minister of {Health}`), and no function word
    the term does not have (`According to the MPI`: a clause)."""
    term = content_words(target)
    head = head_index(target, term)
    own = [w for w in slot if w.lower() not in FUNCTION]
    said = [{k for k, t in enumerate(term) if english_level(w, t) == STRONG}
            | initials_of(w, term) for w in own]  # `HCM` says `Ho Chi Minh`
    whole = set().union(*said) == set(range(len(term))) or (  # `CC`: the term's short name
        len(own) == 1 and head in initials_of(own[0], term))
    renamed = len(own) <= len(term) and len(term) >= 3 and any(  # a word for one of the
        not s and w.isalpha() for w, s in zip(own, said, strict=True))  # term's, not one more
    if whole and " of the " in f" {target} " and not all(said):
        return False  # `{Health} Department Director`: the body's own name, which the term lacks
    if not whole and (any(head in s for s in said) and not renamed or all(said)):
        return False  # but a name in other words keeps its head (`Central {Personnel} …`,
        # `{central} bank`)
    inner = slot[:1] and slot[0][:1].isupper() and slot[-1][:1].isupper()  # a name's `of the`
    return not any(w.lower() in FUNCTION and w.lower() not in _WORD.findall(target.lower())
                   and not (inner and w.lower() in ("of", "the", "for"))
                   for w in slot)  # (`People's` is two words here: its `s` is the term's)


# a law's or a document's name after `of the` (`the Constitution`, `the Land Law`)
_OF_DOCUMENT = re.compile(r" of the (?:[A-Z][\w-]* )*(?:Constitution|Law|Code|Charter|Decree"
                          r"|Resolution|Statute|Treaty|Convention)s?\b")


def _contents_of(text: str, words: list[Word], i: int, j: int, target: str) -> bool:
    """A document kind's term (`Regulation`) in a slot of one lower-case plural word before a
    law's name (`the {provisions} of the Constitution`): what that law says, not a
    document of the kind; the translator's word stays (issue 12bu). A slot of words inside
    the law's name (`the provisions of the {Land} Law`) is that name (issue 12bw)."""
    if not target[:1].isupper() or " " in target:
        return False
    if any(m.start() + len(" of the") < words[i].start and words[j].end < m.end() - 1
           and not _OF_DOCUMENT.match(text, words[j].end)  # (`…'s {provisions} of the …`)
           for m in _OF_DOCUMENT.finditer(text)):
        return True  # the slot inside the law's name (`of the {Land} Law`): its name (12bw)
    return i == j and words[i].text.islower() and words[i].low.endswith("s") \
        and _OF_DOCUMENT.match(text, words[j].end) is not None


def _other_head(words: list[Word], i: int, j: int, target: str) -> bool:
    """A lower-case term's slot (words `i`..`j`) of more lower-case words than the term has,
    whose words before the last render every term word (a word for it or of its stem) and whose
    last word, the slot's head, renders none: the term said as a modifier of another thing
    (`{civil service} exam` for `công chức`: an exam), not the term (issue 12cj). Where a term
    word is not said before the head the slot is another wording of the term (`public service
    workers` for `public employees`, `safety nets` for `social security`): judged as before."""
    term = content_words(target)
    return target.islower() and j - i + 1 > len(term) \
        and all(w.text.islower() for w in words[i:j + 1]) \
        and not any(english_level(words[j].text, t) for t in term) \
        and all(any(english_level(w.text, t) or shared_stem(w.low, t.lower(), 4)
                    for w in words[i:j]) for t in term)


def slotted(text: str, words: list[Word], slot: tuple[int, int], target: str,
            starts_sentence: Callable[[str, int], bool]) -> tuple[int, int, str, str] | None:
    """The term in the slot's shape: plural where its last word is, capitals inside a name,
    `a`/`an` as the term's first sound needs. A one-word lower-case term's slot of several
    lower-case words is the translator's own phrase (`personnel {planning dossiers}` for
    `cán bộ`, issue 12bw): left, and so is a lower-case term's slot of more lower-case words
    whose last (its head) renders no term word (`civil service {exam}` for `công chức`: an
    exam, issue 12cj); an untranslated slot (`Thi xa`) is still the term."""
    i = next((k for k, w in enumerate(words) if w.start == slot[0]), None)
    j = next((k for k, w in enumerate(words) if w.end == slot[1]), None)
    if i is None or j is None or _contents_of(text, words, i, j, target):
        return None
    if target.islower() and " " not in target and j > i \
            and all(w.text.islower() for w in words[i:j + 1]):
        return None  # (`personnel {planning dossiers}` for `cán bộ`: the translator's phrase)
    if _other_head(words, i, j, target):
        return None  # (`civil service {exam}`: another noun heads the slot, 12cj)
    term = content_words(target)
    head = term[head_index(target, term)]
    inside = [w.text for w in words[i:j + 1]]
    own = next((len(c) for c in (["Vietnam", "s"], ["Viet", "Nam", "s"], ["Viet", "Nam"])
                if inside[:len(c)] == c), 0)  # (`Viet Nam's`, `the Viet Nam …`: issue 12bu)
    if own and len(inside) > own and target.endswith(" of Vietnam"):
        inside = inside[own:]  # `{Vietnam's central bank}`: the country's possessive is the
        # term's own `of Vietnam` (issue 12bq: unseen5)
    if not other_words(inside, target) or all(
            w.low in TOLERATED.get(head.lower(), ()) for w in words[i:j + 1]) \
            and not _ASSOCIATION.match(text, slot[1]) \
            or words[i].low in SUBJECTS:
        return None  # (`{President} of the Vietnam Women's Union` may be right, not before
        # an association: `_ASSOCIATION`; `{who chairs}` is a clause, 12am)
    k, place = place_before(text, words, i, term), ""
    name = text[words[k].start:words[i - 1].end] if k < i else ""
    if name and " of the " in f" {target} ":  # the place
        place = "" if said_after(text, slot[1], name) else f" of {name}"  # into the term's
        slot, i = (words[k].start, slot[1]), k  # `of` phrase, once (`{Hanoi} Mayor`)
    new = target
    number = [w.text for w in words[max(0, i - 2):i]]
    last = words[j].text  # the head's place: the last word, or the first before an `of`
    of = next((k for k in range(i + 1, j) if words[k].low == "of"), None)
    if of is not None and (head_index(target, term) == 0 and " of " in f" {target} "
                           or words[i].text[:1].isupper()):  # a name's head is before its
        last = words[of - 1].text  # `of` (`Ministry of External {Affairs}`, `Board of
        # Secretaries`: one body, 12v)
    if (plural_head(last, head) or counted(number)  # a count, not a year (`2025-2030 term`)
            or last.endswith("s") and abbreviation(last[:-1])) \
            and not plural_term(new) and not mass_term(new) \
            and not head.lower().endswith(("ity", "ness", "ism")):
        new = several(text, slot[1], english_plural(new))  # `420 {HTX}` → `cooperatives`
    new = named(text, words, i, j + 1, new)
    name = name_after(words, j, new)
    if target.islower() and target.split()[-1] in UNITS and not any(
            w.low in UNITS for w in words[i:j + 1]) and not (name and words[i].text[0].isupper()):
        return None  # a place's kind English leaves out beside the name (`{help} Yen Bai`,
        # `held a {working session}`: not its rendering; `{Phuong} Ben Nghe` is, 12v)
    if name:  # `{Phuong} Ben Nghe` → `Ben Nghe ward`: English puts the unit after the name
        return slot[0], words[name - 1].end, " ".join(
            [*(w.text for w in words[j + 1:name]), new]), "rendering"
    s = slot[0]
    article = article_for(text, words, i, new, starts_sentence)
    if article is not None:
        s, new = article
    elif i == j and bare(text, words, i, new):  # `MOLISA proposed` → `The Ministry of …`
        new = ("The " if starts_sentence(text, slot[0]) else "the ") + new
    return s, slot[1], new + place, "rendering"


# each document kind with its number of words, its plural and its set of words, made once
_KINDS = tuple((kind, len(kind.split()), english_plural(kind), frozenset(kind.split()))
               for kind in DOCUMENT_KINDS)


def other_kind(text: str, words: list[Word], target: str, taken: Sequence[tuple[int, int]],
               starts_sentence: Callable[[str, int], bool]) -> tuple[int, int, str, str] | None:
    """Another document kind said for the term's (`signed a {Decree}` where the source has a
    `Quyết định`, a Decision) (issue 12ao): where the term is a document kind, the one
    capitalised kind of the text, not at a sentence start, that no other term of the source
    has taken (a kind the source names is that term's rendering) and that is no part of the
    term or the term of it (`Circular` in `Joint Circular`); two such kinds: none."""
    if target not in DOCUMENT_KINDS:
        return None
    found, own = [], set(target.split())
    others = {w for a, b in taken for w in re.findall(r"[A-Z][a-z]+", text[a:b])}
    kinds = [(kind, size, plural) for kind, size, plural, parts in _KINDS
             if not parts <= own and not own <= parts and not parts <= others]
    # a kind another term's place already says (`the Criminal {Code}` ... `the Code provides`)
    # is that term said again, not this one's (issue 12bi)
    for k, word in enumerate(words):
        if not word.text[:1].isupper() or starts_sentence(text, word.start) \
                or overlaps(taken, word.start, word.end):
            continue
        for kind, size, plural in kinds:
            said = " ".join(w.text for w in words[k:k + size])
            if said in (kind, plural) and not any(f[:2] == (k, k + size) for f in found):
                found.append((k, k + size, said != kind))  # (`Rules`: a kind, `Rule`'s plural)
    if len(found) != 1 or any(w.text[:1].isupper() for w in words[found[0][1]:found[0][1] + 1]
                              if w.low not in FUNCTION):
        return None  # a kind that begins a longer name (`Plan Investment Fund`) is that name
    i, j, plural = found[0]
    new = english_plural(target) if plural and not plural_term(target) else target
    s = words[i].start
    article = article_for(text, words, i, new, starts_sentence)
    if article is not None:
        s, new = article
    return s, words[j - 1].end, new, "rendering"
