"""A local unit before its name, for `check --fix`: the name is the anchor.

The source names a place with its unit word first (`huyện Mường Lát`, `tỉnh Đắk Lắk`); a Czech
translation from elsewhere keeps the name (its letters without the marks, `Muong Lat`) and puts
its own unit noun right before it (`v regionu Muong Lat`, `v oblasti Dak Lak`): a word no list
pairs with the term, found by where the name is. Only for the glossary's local units (ids
`local.*` written in lower case in the source), a name found once in the translation, and a
lower-case noun there (not a preposition, a verb, an adjective or another name).
"""

from __future__ import annotations

import re

from translate.draft.enforce import RequiredTerm
from translate.review.docref import head_noun
from translate.text.normalize import strip_marks

__all__ = ["unit_slot"]

_NAME = re.compile(r"\s+((?:[A-ZĐ]\w*)(?:\s+[A-ZĐ]\w*)*)")


def unit_slot(sentence: str, text: str, term: RequiredTerm) -> tuple[int, int] | None:
    """The noun right before the name that follows the term's one place in `sentence`."""
    if not term.concept.startswith("local.") or not term.source.islower() or not sentence:
        return None
    at = [m.end() for m in re.finditer(r"(?<!\w)" + re.escape(term.source) + r"(?!\w)",
                                        sentence, re.IGNORECASE)]
    name = _NAME.match(sentence, at[0]) if len(at) == 1 else None
    folded = strip_marks(text, fold_d=True)
    if name is None or len(folded) != len(text):
        return None
    plain = strip_marks(name.group(1), fold_d=True).split()
    found = list(re.finditer(r"(\w+) " + r"\s+".join(map(re.escape, plain)) + r"(?!\w)",
                             folded))
    if len(found) != 1:
        return None
    s, e = found[0].span(1)
    return (s, e) if text[s:e].islower() and head_noun(text[s:e]) else None
