"""Numbers written with a slash, or as a ratio, paired as one value: `3/6` without `ngày` is a
day and month (`sáng 3/6` ~ `3. června`, `June 3`), `3/4` a fraction (`tři čtvrtiny`, `75 %`),
`1 trong 10` or `cứ 10 người thì có 3` a share (`one in ten`, `three in ten`). Split out of
`translate.review.qa.numbers`, which calls `pair_slashes` once the plain values are paired;
what stays unpaired here is left to the usual two-number pairing."""

from __future__ import annotations

import re
from decimal import Decimal

from translate.review.qa.numread import Num, plain_value
from translate.text.wordnumbers import ORDINAL

__all__ = ["pair_slashes"]

# `1 trong 10`, `9 trên 10` (nine out of ten)
_RATIO_GAP = re.compile(r"\s+(?:trong(?:\s+số)?|trên)\s+", re.IGNORECASE)
_EVERY = re.compile(r"(?<!\w)cứ\s+$", re.IGNORECASE)
_THEN = re.compile(r"(?<!\w)thì\s+(?:vẫn\s+)?(?:còn\s+)?(?:có\s+)?(?:khoảng\s+|gần\s+|hơn\s+)?$",
                   re.IGNORECASE)  # `thì vẫn còn gần 2`: still nearly two
_EVERY_NTH = re.compile(r"(?:každ\w+|every)\s+$", re.IGNORECASE)
_EVERY_GAP = re.compile(r"\s+(?:[^\W_]+\s+){1,8}(?:thì\s+)?(?:có\s+)?(?:khoảng\s+|gần\s+|hơn\s+)?",
                        re.IGNORECASE)


def pair_slashes(source: str, target: str, src: list[Num], tgt: list[Num]) -> None:
    """`3/6` written without `ngày` is a day and month (`sáng 3/6` ~ `3. června`, `June 3`);
    `3/4` a fraction (`tři čtvrtiny`, `three-quarters`, `75 %`). Paired when the target
    says so; otherwise they stay two numbers."""
    # `cứ 10 trẻ dưới 5 tuổi thì có 2 trẻ`: the count after `thì có`, past other numbers
    far = [(a, b) for i, a in enumerate(src) if _EVERY.search(source, 0, a.token.start)
           for b in src[i + 2 : i + 4] if _THEN.search(source, 0, b.token.start)]
    for a, b in [*zip(src, src[1:], strict=False), *far]:
        av, bv = plain_value(a.token), plain_value(b.token)
        gap = source[a.token.end : b.token.start]
        if gap == "/" and av is not None and av == bv and a.matched != b.matched:
            a.matched = b.matched = True  # `477/477 đại biểu` ~ `všech 477 poslanců`
            continue
        if gap == "/" and a.matched and not b.matched and _regain_date(src, tgt, a, b):
            continue
        if gap == "/" and b.matched and not a.matched and _regain_date(src, tgt, b, a,
                                                                       month_taken=True):
            continue  # `tuần tới (7/12) ... thứ 12` ~ `12. zasedání ... 7. prosince`
        if a.matched or b.matched or av is None or bv is None:
            continue
        ratio = _RATIO_GAP.fullmatch(gap) is not None  # `1 trong 10` ~ `one in ten`
        if (a.is_word or b.is_word) and not ratio:  # `chín trong mười` ~ `nine out of ten`
            continue
        if _EVERY.search(source[max(0, a.token.start - 8) : a.token.start]) and (
                _EVERY_GAP.fullmatch(gap)  # `cứ 10 người thì có 3` ~ `three in ten`, however
                or _THEN.search(source, 0, b.token.start)):  # long the noun between
            av, bv, ratio = bv, av, True
        if not (gap == "/" or ratio) or av != int(av) or bv != int(bv):
            continue
        day, month = int(av), int(bv)
        # `každý pátý` before `pětina`: the ratio's own words, a share may say another value
        for t in sorted(tgt, key=lambda t: t.word_kind != ORDINAL):
            if t.matched:
                continue
            date = not ratio and t.token.is_date and (t.token.day, t.token.month) == (day, month)
            fraction = 0 < av < bv and (
                t.is_word and av / bv in t.values()  # `a third`
                # `2/3` ~ `67%`, `66.7%`: the share rounded at the percentage's last digit
                or t.key[0] == "percent" and abs(plain_value(t.token) - av * 100 / bv) <= (
                    Decimal("0.5").scaleb(-t.token.decimals))
                or t.word_kind == ORDINAL and plain_value(t.token) * av == bv  # 2/10: `každé
                and _EVERY_NTH.search(target, 0, t.token.start) is not None)  # páté`, `desátý`
            if date or fraction:
                a.matched = b.matched = t.matched = True
                if date:  # the day stands for the date (its order is the date's)
                    a.partner = tgt.index(t)
                    _pair_range_start(source, src, a, month, tgt)
                break
        else:  # `lễ 2/9 ... đến 2/9`: the same date twice in the source, once translated
            if not ratio and (any(o.matched and o.token.is_date and (
                    o.token.day, o.token.month) == (day, month) for o in src) or any(
                    c.matched and d.matched and c is not a and source[c.token.end:d.token.start]
                    == "/" and (plain_value(c.token), plain_value(d.token)) == (av, bv)
                    for c, d in zip(src, src[1:], strict=False))):
                a.matched = b.matched = True


def _regain_date(src: list[Num], tgt: list[Num], a: Num, b: Num, month_taken: bool = False
                 ) -> bool:
    """`Sáng mai (1/12) … quận 1` ~ `1. prosince … v 1. obvodu`: the day of a date written with
    a slash, paired by its value with another number, gives that one to the source's other
    number of the same value and takes the translation's date of that day and month; with
    `month_taken`, `a` is the month so paired and `b` the day (`(7/12) … thứ 12`)."""
    day, month = plain_value(a.token), plain_value(b.token)
    if month_taken:
        day, month = month, day
    if a.partner < 0 or tgt[a.partner].token.is_date:
        return False
    taken = tgt[a.partner]
    date = next((t for t in tgt if not t.matched and t.token.is_date
                 and (t.token.day, t.token.month) == (day, month)), None)
    other = next((s for s in src if not s.matched and s is not b and not s.token.is_date
                  and plain_value(s.token) == plain_value(taken.token)), None)
    if date is None or other is None:
        return False
    other.matched, other.partner = True, a.partner
    a.partner = tgt.index(date)
    b.matched = date.matched = True
    return True


def _pair_range_start(source: str, src: list[Num], a: Num, month: int, tgt: list[Num]) -> None:
    """`từ 5 đến 10/11` ~ `od 5. do 10. listopadu`, `Nov. 5-10`: the day that opens the
    range is a date of the same month."""
    i = src.index(a)
    first = src[i - 1] if i else None
    if first is None or first.matched or first.token.kind != "integer":
        return
    day = plain_value(first.token)
    if not re.fullmatch(r"\s*(?:-|–|đến|tới|đến hết|và)\s*", source[first.token.end:a.token.start]):
        return
    for k, t in enumerate(tgt):
        # `từ ngày 2 đến 15/1 năm 2027` ~ `od 2. do 15. ledna 2027`: the source year may have
        # taken the range's first day, which only borrows the year the last one writes
        borrowed = t.matched and str(t.token.year) not in t.token.text and any(
            s.partner == k and s.token.kind == "year" for s in src)
        if (not t.matched or borrowed) and t.token.is_date and (
                t.token.day, t.token.month) == (day, month):
            for s in src if borrowed else ():  # the year goes with the date that writes it
                if s.partner == k and s.token.kind == "year":
                    s.partner = next((j for j, o in enumerate(tgt)
                                      if str(t.token.year) in o.token.text), -1)
            first.matched = t.matched = True
            first.partner = k
            return
