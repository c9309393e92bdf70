"""Roles that are a title on their own and never take a complement (split from `compose.py`,
which reads every other role with its body): a village elder (`già làng`), in lower case too;
any role in lower case right after `tân`, the new holder's (round thirty-eight); and a
division's head or deputy or a commission's vice-chair in lower case right after a count of its
holders (round fifty-two).

Recount of round thirty-five over the development sets: the two newest (unseen34, unseen35) mark
a bare `già làng` as a title; unseen31's and unseen32's written rule leaves it outside before a
name (`Già làng Y Z`) and in a list of groups (`già làng, trưởng bản, người có uy tín`); a count
(`các già làng`, `120 già làng`, `một già làng`) or the exemplary ones honoured (`già làng tiêu
biểu`) name a group or anyone, not the post.
"""

from __future__ import annotations

from collections.abc import Sequence

from translate.terms.place_tokens import is_number

__all__ = ["COUNTED_ROLES", "GROUP_WORDS", "LONE_ROLES", "counted_holder", "holder_without_body",
           "new_holder", "stands_alone"]

LONE_ROLES = frozenset({"role.village_elder"})
# words before a role that make it a group, not one holder's title (`các già làng`, `các đại
# biểu HĐND`: `compose.py` reads them too)
GROUP_WORDS = frozenset({"các", "những", "vị", "mọi"})
_COUNTED = GROUP_WORDS | {"một"}  # … or count it (`một già làng`)
_EXEMPLARY = ["tiêu", "biểu"]
# `tân` (new: left outside the span) before a role in lower case: the new holder of a post just
# named, one person's title without its body (`chúc mừng tân giám đốc`, `tân chỉ huy trưởng`), as
# the sets mark every role after it (round 38's count: 3 of 3 in lower case); not `nguyên`
# (former): `nguyên giám đốc một doanh nghiệp` is anyone's post (marked 1 of 5)
_NEW_WORD = "tân"


def stands_alone(low: Sequence[str], sens: Sequence[str], i: int, end: int) -> bool:
    """Is the lone role written at `i:end` one holder's title: not before a name, not counted,
    not the exemplary ones, not the first of a list of groups (`X, già làng,` is one person)?"""
    nxt, prev = low[end] if end < len(low) else "", low[i - 1] if i > 0 else ""
    if end < len(low) and sens[end][:1].isupper():
        return False
    if prev in _COUNTED or i > 0 and is_number(low, i - 1):
        return False
    return list(low[end:end + 2]) != _EXEMPLARY and not (nxt == "," and prev != ",")


def new_holder(low: Sequence[str], i: int, written_before: str) -> bool:
    """Is the role at `i` written right after `tân` (lower case, or opening the sentence), not
    after a place name's `Tân` (`xã Phú Tân`)? `written_before`: token `i - 1` as written (its
    first letter is enough: the start index has no token list of its own)."""
    return i > 0 and low[i - 1] == _NEW_WORD and _not_a_name(i, written_before)


def _not_a_name(i: int, written_before: str) -> bool:
    """Is token `i - 1` a plain word, not a name's syllable: in lower case, or opening the
    sentence (where any word is capitalised)?"""
    return i == 1 or written_before[:1].islower()


# a division's head or deputy or a commission's vice-chair in lower case after a count of its
# holders (`bổ nhiệm hai trưởng phòng`, `3 phó trưởng phòng`, `bổ sung một phó chủ nhiệm`): the
# post named without its body, a title in 8 of the 9 cases over the development sets (unseen45,
# unseen52-55; not in unseen11), round fifty-two. Not other roles: a count of procurators,
# judges, heads of groups or of departments (`bổ nhiệm 4 cục trưởng`) is left unmarked in 7 of
# 7 cases (unseen7-49); not `các`/`những` (a group: `GROUP_WORDS`)
COUNTED_ROLES = frozenset({"role.division_head", "role.division_deputy_head",
                           "role.vice_chairman_commission"})
_COUNT_WORDS = frozenset({"một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười"})


def counted_holder(low: Sequence[str], i: int, written_before: str) -> bool:
    """Is the role at `i` written in lower case right after a count (a numeral in words or in
    digits)? `written_before`: token `i - 1` as written (a capitalised `Năm` or `Ba` inside a
    sentence is a name's syllable; opening it, a count)."""
    return i > 0 and (low[i - 1] in _COUNT_WORDS and _not_a_name(i, written_before)
                      or low[i - 1].isdigit())


def holder_without_body(role_id: str, low: Sequence[str], i: int, written_before: str) -> bool:
    """Does the lower-case role `role_id` at `i` name one holder's post without its body: the
    new holder's (`tân giám đốc`, any role) or a counted one's (`hai trưởng phòng`, only
    `COUNTED_ROLES`)? `compose.py` reads it; the start index, which has no role ids, tries
    `new_holder` and `counted_holder` for any role."""
    return new_holder(low, i, written_before) or role_id in COUNTED_ROLES and counted_holder(
        low, i, written_before)
