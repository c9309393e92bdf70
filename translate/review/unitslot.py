"""A local unit before its name, for `check --fix`: the name is the anchor.

The source names a place with its unit word first (`huyện Mường Lát`, `tỉnh Đắk Lắk`); a Czech
translation from elsewhere keeps the name (its letters without the marks, `Muong Lat`) and puts
its own unit noun right before it (`v regionu Muong Lat`, `v oblasti Dak Lak`): a word no list
pairs with the term, found by where the name is. Only for the glossary's local units (ids
`local.*` written in lower case in the source), a name found once in the translation, and a
lower-case noun there (not a preposition, a verb, an adjective or another name). Not where
content words join another term to the unit word (`Sở Y tế tỉnh Nghệ An` → `Odbor
zdravotnictví Nghệ An`): the noun before the name may render them (issue 12at).

`unnamed_body`: the other side of the same reading, a local level's body with no name after
it in the source (`Ủy ban nhân dân xã phải…`) is any commune's body, so a plural rendering
(`obecní úřady`) keeps the term plural (`translate.draft.place`'s `unnamed`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from translate.draft.enforce import RequiredTerm
from translate.draft.slot import VI_FUNCTION
from translate.review.docref import head_noun
from translate.text.normalize import strip_marks, word_at

__all__ = ["unit_slot", "unnamed_body"]

_NAME = re.compile(r"\s+((?:[A-ZĐ]\w*)(?:\s+[A-ZĐ]\w*)*)")


def _places(sentence: str, source: str) -> list[tuple[int, int]]:
    """Where the term's source words stand in `sentence` as whole words, in any case: the
    unit is read only where the source says it once."""
    return [m.span() for m in word_at(source, re.IGNORECASE).finditer(sentence)]


def unit_slot(sentence: str, text: str, term: RequiredTerm,
              others: Sequence[str] = ()) -> tuple[int, int] | None:
    """The noun right before the name that follows the term's one place in `sentence`
    (`others`: the source words of the segment's other terms, required or already there)."""
    if not term.concept.startswith("local.") or not term.source.islower() or not sentence:
        return None
    at = _places(sentence, term.source)
    if len(at) != 1 or _after_content(sentence, at[0][0], others):
        return None
    name = _NAME.match(sentence, at[0][1])
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


def _after_content(sentence: str, start: int, others: Sequence[str]) -> bool:
    """Content words (up to three) stand between another term and the unit word (`Sở {Y tế}
    tỉnh`): they name what the term is, and the translation may put them before the name.
    A body's capitalised name may be longer and join its fields with `và` (`Sở {Giáo dục và
    Đào tạo} tỉnh`): its capitalised words and that `và` do not count (at most eight words)."""
    ends = {m.end() for other in others if other
            for m in re.finditer(re.escape(other), sentence, re.IGNORECASE)}
    at, count, steps, following = start, 0, 0, ""  # (the word after `word`: read a step before)
    while count < 3 and steps < 8:
        before = re.search(r"(\w+)\s+$", sentence[:at])
        if before is None:
            return False
        word = before.group(1)
        if word.lower() in VI_FUNCTION and not (word == "và" and following[:1].isupper()):
            return False
        if before.end(1) in ends:
            return steps > 0  # a word or more between them
        count += not (word[:1].isupper() or word == "và")
        at, steps, following = before.start(1), steps + 1, word
    return False


def unnamed_body(sentence: str, term: RequiredTerm) -> bool:
    """A local level's body the source names by no place (`Ủy ban nhân dân xã phải…`, not
    `Ủy ban nhân dân xã Tân Lập`): every commune's, so the translation's plural (`obecní
    úřady`) is not one body's plural name, and the term goes plural with it (issue 12at)."""
    last = term.source.split()[-1] if term.source.split() else ""
    if not term.concept.startswith("local.") or not last.islower() or " " not in term.source:
        return False
    at = _places(sentence, term.source)
    return len(at) == 1 and _NAME.match(sentence, at[0][1]) is None
