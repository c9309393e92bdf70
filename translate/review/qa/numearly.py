"""A time said as earlier or later by a length keeps its side: `sớm hơn kế hoạch 1 tháng` is
no `a month behind schedule`, `muộn hơn 2 tuần` no `o dva týdny dřív`. The length agrees on
both sides (or is said in words, `a month`), so the pairing of numbers cannot see it; only a
source that says one side with a length of time (`sớm hơn dự kiến 2 tuần`, `chậm hơn năm
ngoái khoảng 10 ngày`) is judged, and only a translation that says the other side and not
the source's anywhere (a translator's own wording, `o minutu za rekordem`, is left alone)."""

from __future__ import annotations

import re

from translate.review.qa.base import ERROR, Issue, lang_of

__all__ = ["early_late_issues"]

# the comparative, up to six words of its base (`kế hoạch`, `trung bình nhiều năm khoảng`),
# then a length of time: a number (`1`, `1-2`, `ba`, `nửa`) and its unit; `chậm hơn 5 km/h`
# (slower) has no unit of time and is left alone
_SOURCE = re.compile(r"(?<!\w)(?P<side>sớm|muộn|chậm|trễ)\s+hơn(?:\s+[^\W\d_]+){0,6}?"
                     r"\s+(?:\d+(?:[-–]\d+)?|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|nửa|vài)"
                     r"\s+(?:phút|giờ|tiếng|ngày|tuần|tháng|năm|quý)(?!\w)", re.IGNORECASE)
# each language's (earlier, later) words; English `late` is left out (`in late October` is a
# date's part, no side)
_SIDES = {
    "en": (re.compile(r"(?<!\w)(?:earlier|early|ahead|sooner|before)(?!\w)", re.IGNORECASE),
           re.compile(r"(?<!\w)(?:later|behind|delay\w*|overdue)(?!\w)", re.IGNORECASE)),
    "cs": (re.compile(r"(?<!\w)(?:dřív|dříve|dřívějš\w*|předstih\w*|předčasn\w*|brzy)(?!\w)",
                      re.IGNORECASE),
           re.compile(r"(?<!\w)(?:později|pozdě|pozdějš\w*|zpožd\w*|zpozd\w*)(?!\w)",
                      re.IGNORECASE))}


def early_late_issues(source: str, target: str, target_lang: str) -> list[Issue]:
    """`sớm hơn kế hoạch 1 tháng` said `a month behind schedule`: earlier made later (and
    later made earlier) where the source says one side only."""
    lang = lang_of(target_lang)
    if lang not in _SIDES:
        return []
    sides = {m["side"].lower() == "sớm" for m in _SOURCE.finditer(source)}
    if len(sides) != 1:
        return []
    early = sides.pop()
    same, other = _SIDES[lang] if early else _SIDES[lang][::-1]
    said = other.search(target)
    if said is None or same.search(target):
        return []
    kind, made = ("earlier", "later") if early else ("later", "earlier")
    return [Issue("numbers", ERROR, f"the source says {kind} by a length of time, the "
                                    f"translation '{said.group()}' ({made})")]
