"""Variants that render an English term only in some places (issue 12bw): the term's head
alone (`the Secretariat` for the Party Central Committee's) and a prefixed word (`anti-graft`
for corruption prevention and control), a fight against something (`the fight against graft`),
each a window `english.english_placement` drops where the variant says something else; and the
term's last or first words alone where the rest stands earlier in the text (a second mention
said short, 12cn/12cp), a window it drops as right. Split from english.py."""

from __future__ import annotations

import re
from collections.abc import Sequence

from translate.draft.align import Match, Word
from translate.terms.english import (
    EQUIVALENT,
    FUNCTION,
    content_words,
    english_level,
    noun_goes_on,
)

# words that point back to a body already named (`its deputies`, `the Central Committee's`)
_BACK = ("the", "its", "their")

__all__ = ["against_list", "back_reference", "bare_head", "bare_prefix"]


def bare_head(words: list[Word], m: Match, phrase: str, targets: Sequence[str]) -> bool:
    """A one-word variant that is the term's head alone (`Secretariat`) renders the term only
    right after `the` and not before `of` or a capitalised word: `the ASEAN Secretariat`, `the
    Committee's Secretariat`, `the Secretariat of ASEAN` are other bodies' and `the Secretariat
    Board` another name going on (round 30) (the lead's ruling, issue 12bw)."""
    return phrase not in targets and " " not in phrase \
        and targets[0].endswith(" " + phrase) and m.end - m.start == 1 \
        and (m.start == 0 or words[m.start - 1].low != "the"
             or m.end < len(words) and (words[m.end].low == "of"
                                        or words[m.end].text[:1].isupper()))


def bare_prefix(text: str, words: list[Word], m: Match, phrase: str,
                 targets: Sequence[str]) -> bool:
    """A variant that is one prefixed word (`anti-graft`) renders the term only said whole
    (not its second half alone: `corruption prevention and combat`) and where no noun follows
    that it modifies (`anti-graft {work}`: the longer variant's head in place, 12bm): before
    punctuation, a function word, an auxiliary or a past verb (issue 12bw: unseen24, 28, 34,
    36). Only a prefix to a word of the term (`anti-` + `corruption`/`graft`)."""
    if phrase in targets or not re.fullmatch(r"[a-z]+-[a-z]+", phrase):
        return False
    prefix, stem = phrase.split("-")
    if not any(english_level(stem, w) >= EQUIVALENT for w in content_words(targets[0])):
        return False  # `co-op`: a word's short form, no prefix to a word of the term
    if m.end - m.start != 2 or words[m.start].low != prefix \
            or text[words[m.start].end:words[m.start + 1].start] != "-":
        return True
    if m.end == len(words) or text[words[m.end - 1].end:words[m.end].start] != " ":
        return False
    return noun_goes_on(words[m.end].text)


def against_list(text: str, words: list[Word], m: Match, phrase: str,
                 targets: Sequence[str]) -> bool:
    """A variant that fights something (`the fight against corruption`) renders the term only
    with all its words (not the verb `fight corruption`, not `the fight against smuggling`)
    and not before a list's comma or `and`: the fight is against the whole list (`…,
    wastefulness and negative phenomena`), which the term would cut in two."""
    if phrase in targets or " against " not in phrase:
        return False
    said = content_words(phrase)  # each word itself or its synonym, none in another's place
    return len(set(m.matched.values())) < len(said) \
        or not all(english_level(words[k].text, said[t]) for k, t in m.matched.items()) \
        or re.match(r",| and ", text[words[m.end - 1].end:]) is not None


def back_reference(text: str, words: list[Word], m: Match, phrase: str,
                   targets: Sequence[str]) -> bool:
    """The term's last words alone after `the`/`its` where the words they lack stand earlier
    in the same text (`… member of the Party Central Committee attends the {Central
    Committee}'s sessions`, `elected by the National Assembly from among its {deputies}`): a
    second mention said short, right as it is (issue 12cn: unseen46, 47). The lacking words
    must be the term's first ones and said whole: two words or more, or the whole term
    earlier (`Party` alone before `the Central Committee` is not enough). The term's first
    words alone are asked first (`_first_words`, 12cp)."""
    if m.start == 0 or words[m.start - 1].low not in _BACK:
        return False
    found = [words[k].text for k in range(m.start, m.end) if words[k].low not in FUNCTION]
    if not found:
        return False
    target = targets[0]
    own = target.split()
    if _first_words(text, words, m, found, own):
        return True
    tail = _content_places(own)[-len(found):]
    if len(tail) < len(found) or tail[0] == 0 or not _says(found, own, tail):
        return False  # not the term's last words alone
    missing = " ".join(own[:tail[0]]).removesuffix("'s")
    before = text[:words[m.start].start]
    if not _said_in(missing, before):
        return False
    return len(missing.split()) >= 2 or target in before


def _first_words(text: str, words: list[Word], m: Match, found: list[str],
                 own: list[str]) -> bool:
    """The term's first words alone (`the {Standing Office}`) where its `of …` tail, two
    words or more, stands earlier in the same text and nothing follows to continue it: a
    second mention said short (issue 12cp: unseen48)."""
    head = _content_places(own)[:len(found)]
    if len(head) < len(found) or not _says(found, own, head):
        return False
    rest = own[head[-1] + 1:]
    if not rest or rest[0] != "of" or sum(w.lower() not in FUNCTION for w in rest) < 2:
        return False
    after = text[words[m.end - 1].end:]
    if re.match(r"\s*(of|in|for)\b", after) or re.match(r"\s+[A-Z]", after):
        return False  # the mention goes on: its own tail or a name follows
    return _said_in(" ".join(rest), text[:words[m.start].start])


def _content_places(own: list[str]) -> list[int]:
    """Where the term's words other than function words stand (`back_reference` takes the
    last of them, `_first_words` the first)."""
    return [k for k, w in enumerate(own) if w.lower() not in FUNCTION]


def _says(found: list[str], own: list[str], places: list[int]) -> bool:
    """Each word found says the term's word at the matching place, or another wording of it,
    a possessive's `'s` aside on either side (`the Central Committee's` for `Committee`)."""
    return all(english_level(w.removesuffix("'s"), own[k].removesuffix("'s")) >= EQUIVALENT
               for w, k in zip(found, places, strict=True))


def _said_in(words: str, before: str) -> bool:
    """`words` stand whole in `before` (the text before the short mention)."""
    return re.search(r"\b" + re.escape(words) + r"\b", before) is not None
