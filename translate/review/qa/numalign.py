"""Where an unpaired source number stands in the translation: an omission is judged by its place.

The numbers that were paired are anchors of an alignment: a source number left without a
partner has a place in the translation, the span between the partners of the nearest paired
source numbers on its left and on its right. Rules that excuse an omission anywhere in the
sentence (a quantity word, a year implied) cost recall, because a planted drop looks the same;
here an omission is excused only by what the alignment shows: its place holds an equivalent the
readers found but no pairing took (the same value said another way, a time on the 12-hour
clock), or the source wrote the same value the same way right beside it and that twin was paired
(`470/470` ~ `all 470`), so the translation's one mention fills both. An empty place, a place
between crossed anchors (the translation reordered the numbers), a filler of another value or of
another scale (`1 tỷ` is no `milion`) leaves the omission an error. Measured on the first runs of
the fresh sets (bench/RESULTS.md, round ten): it removes few false alarms; most omissions are
idioms (`letos`, `unanimously`) that no value reader can see in their place.
"""

from __future__ import annotations

import re

from translate.review.qa.numderived import implied, restated_day
from translate.review.qa.numread import Num, plain_value


def place_of(s: Num, src: list[Num], tgt: list[Num], target_len: int) -> tuple[int, int] | None:
    """The translation span between the partners of the paired source numbers around `s`;
    None where those partners stand in the other order."""
    anchors = sorted((n for n in src if n.matched and 0 <= n.partner < len(tgt)),
                     key=lambda n: n.token.start)
    left = [n for n in anchors if n.token.end <= s.token.start]
    right = [n for n in anchors if n.token.start >= s.token.end]
    start = tgt[left[-1].partner].token.end if left else 0
    stop = tgt[right[0].partner].token.start if right else target_len
    return (start, stop) if start <= stop else None


def _hour(n: Num) -> int | None:
    if n.time is not None and not n.time.minute:
        return n.time.hour % 12 or 12
    value = plain_value(n.token)
    return int(value) if value is not None and value == int(value) and 1 <= value <= 12 else None


def _values(n: Num) -> set:
    """What a number says: with its scale word only the scaled value (`1 tỷ` is no `1`)."""
    return {n.scaled} if n.scaled is not None else n.values()


def equivalent(s: Num, t: Num) -> bool:
    """The target number `t` says the source number `s` another way: the same value (a share
    in percentage points only as points), or a time on the hour on the 12-hour clock."""
    if s.points != t.points:
        return False
    if s.time is not None:
        return not s.time.minute and _hour(t) == _hour(s)  # `13 giờ` ~ `one in the afternoon`
    return bool(_values(s) & _values(t)) and t.time is None


def said_beside(source: str, s: Num, src: list[Num]) -> bool:
    """The source says `s` again right beside it and that twin was paired: the nearest paired
    source number on one side is written the same way, with the same value (`470/470` ~ `all
    470`, `2 bệnh viện cơ sở 2` ~ `the second campuses`), so the translation's one mention
    fills both."""
    paired = sorted((n for n in src if n.matched and n is not s), key=lambda n: n.token.start)
    left = [n for n in paired if n.token.end <= s.token.start][-1:]
    right = [n for n in paired if n.token.start >= s.token.end][:1]
    return any(n.token.text == s.token.text and n.token.kind == s.token.kind
               and _values(n) & _values(s) and not _joined(n, s, src)
               and not _CLAUSE_BREAK.search(source[min(n.token.end, s.token.end)
                                                   : max(n.token.start, s.token.start)])
               for n in left + right)


# twins in two clauses are two things (`72 phần trăm … Trung Quốc, bên cạnh đó là 72 phần
# trăm …`: two shares that happen to be equal)
_CLAUSE_BREAK = re.compile(r"[,;:.!?()]\s|\s[-–]\s|\s(?:và|nhưng|còn|trong khi)\s")


def _joined(n: Num, s: Num, src: list[Num]) -> bool:
    """`n` is one side of a score or a range with another number (`1-0`, `3-5%`): the `1` of
    `Hiệp 1 … 1-0` is another thing than the score's, not a twin."""
    return any(m is not n and m is not s and (0 <= m.token.start - n.token.end <= 1
                                                 or 0 <= n.token.start - m.token.end <= 1)
               for m in src)


def filled_places(source: str, target: str, missing: list[Num], src: list[Num],
                  tgt: list[Num], lang: str = "") -> list[Num]:
    """The source numbers of `missing` whose place in the translation holds no equivalent and
    that the paired ones do not imply (`numderived`): those stay reported. A filler serves one
    source number only."""
    kept = []
    for s in missing:
        place = place_of(s, src, tgt, len(target))
        filler = None if place is None else next(
            (t for t in tgt if not t.matched and place[0] <= t.token.start
             and t.token.end <= place[1] and equivalent(s, t)), None)
        if filler is not None:
            s.matched = filler.matched = True
        elif not (said_beside(source, s, src) or implied(source, s, src)
                  or restated_day(source, target, lang, s, place)):
            kept.append(s)
    return kept
