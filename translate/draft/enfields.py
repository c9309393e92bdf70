"""A placement's fields, the last step of English placement: the word a rendering ends replaced
whole where a bound prefix is hyphened to it (`Inter-{ministerial}`), with the `a`/`an` the term
needs; the term's `of the …` tail said once (`entail.tail_once`); a place's unit said once
(`ennames.unit_once`); the span widened to the words around it that say the term
(`enspan.around_span`); the verb after a plural rendering of one named body made singular
(`enshape.verb_agrees`); the term capitalised where it begins a sentence (split from
english.py, which had reached its size limit)."""

from __future__ import annotations

import re
from collections.abc import Callable

from translate.draft.align import text_words
from translate.draft.ennames import unit_once
from translate.draft.enshape import article_for, verb_agrees
from translate.draft.enspan import around_span
from translate.draft.entail import tail_once

__all__ = ["placement_fields"]

# a bound prefix hyphened to the word a rendering begins with: part of that word (issue 12ak;
# `then-`, `ex-`, `Vietnam-` are words of their own and stay)
_BOUND = re.compile(r"\b(?i:inter|intra|non|sub|multi|cross|trans)-$")


def placement_fields(text: str, got: tuple[int, int, str, str] | None,
            starts_sentence: Callable[[str, int], bool]
            ) -> tuple[int, int, str, str, str, str, str] | None:
    """A placement's fields: a word the rendering ends (`Inter-{ministerial}`) replaced whole,
    with the `a`/`an` the term needs before it; the term capitalised where it begins a
    sentence."""
    if got is None:
        return None
    s, e, new, how = got
    bound = _BOUND.search(text, max(0, s - 6), s)  # a prefix is at most 6 characters
    if bound and bound.end() == s:  # `Inter-{ministerial Circular}`: one word, replaced whole
        s = bound.start()  # and its `a`/`an` as the term needs (`an Inter-…` → `a Joint …`)
        words = text_words(text)
        k = next((k for k, w in enumerate(words) if w.start == s), None)
        article = None if k is None else article_for(text, words, k, new, starts_sentence)
        if article is not None:
            s, new = article
    new = tail_once(text, s, e, new)  # `{Standing Office} of the Quang Ninh provincial …`
    s, e, new = unit_once(text, s, e, new)
    s, e, new = around_span(text, s, e, new)  # `Ministry of {Interior} Affairs`, `plenary …`
    e, new = verb_agrees(text, s, e, new)  # `ward {authorities have}` → `… Committee has`
    if starts_sentence(text, s) and text[s:s + 1].isupper():
        new = new[:1].upper() + new[1:]
    return s, e, text[s:e], new, "", "", how
