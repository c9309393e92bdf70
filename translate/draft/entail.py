"""The term's own `of the …` tail said once: where the translator's words after the replaced
span already name the body the term ends on, more fully (`{permanent board} of the Quang Ninh
provincial Party Committee`), the term's `of the provincial Party Committee` is dropped rather
than said twice (`Standing Office of the provincial Party Committee of the Quang Ninh provincial
Party Committee`, issue 12cv)."""

from __future__ import annotations

import re

__all__ = ["tail_once"]

# the term's tail: `of the` and one to five words, the last its head noun
_TAIL = re.compile(r" of the ((?:[\w'-]+ ){0,4}([\w'-]+))$")
# the translator's `of the` phrase right after the span: up to ten words (a comma or `and`
# inside a commission's name), no sentence end
_AFTER = re.compile(r" of the ((?:[\w'-]+,? ){0,9}[\w'-]+)")


def tail_once(text: str, s: int, e: int, new: str) -> str:
    """`new` (the replacement of `text[s:e]`) less its `of the …` tail where the text right
    after the span says `of the …` ending on the same head noun with every word of the tail
    and more (`of the Hai Phong municipal Party Committee` after `… of the municipal Party
    Committee`, `of the Information, Education and Mass Mobilisation Commission` after `… of
    the commission`); `new` as it is otherwise, or where it is what the text already says."""
    tail = _TAIL.search(new)
    if tail is None or new == text[s:e]:
        return new
    after = _AFTER.match(text, e)  # right after the span, nothing between
    if after is None:
        return new
    own = tail.group(1).lower().split()
    head = tail.group(2).lower()
    said = after.group(1).lower().replace(",", "").split()
    for k, word in enumerate(said):
        name = said[:k + 1]  # the translator's phrase up to this word
        one_phrase = "of" not in name[:-1]  # no other body's `of` before the head
        more_fully = set(own) <= set(name) and len(name) > len(own)
        if word == head and one_phrase and more_fully:
            return new[:tail.start()]
    return new
