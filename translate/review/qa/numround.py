"""Values a translation says approximately, paired with the exact source value: a rounded
amount after an approximation word (`1,98 tỷ` ~ `téměř dvou miliard`, `almost $2 billion`;
`khoảng 9,3 triệu` ~ `some 9 million`), on the side that word puts it (`almost 4 million`
is never 4,2), a share as a fraction (`gần 30%` ~ `almost a third`), a multiplier as the
share it adds (`gấp 1,5 lần` ~ `o polovinu vyšší`, `half as much again`), a fall as what is
left (`giảm 75%` ~ `a quarter of what`), a share as times (`vượt 150%` ~ `two and a half
times`) or as what it exceeds the whole by (`bằng 110%` ~ `o desetinu víc`), and a range
inside one decade of life said by the decade (`40-45 tuổi` ~ `in his early forties`)."""

from __future__ import annotations

import re
from decimal import Decimal

from translate.review.qa.measures import rounds_to
from translate.review.qa.numread import Num, plain_value
from translate.text.wordnumbers import MULTIPLIER

__all__ = ["rounds_from", "pair_rounded", "pair_times_more", "pair_share_as_times",
           "pair_share_as_excess", "pair_excess_as_share", "pair_fall_as_remainder",
           "pair_decade_of_life"]


# an approximation said before a rounded value: `téměř dvou miliard`, `almost $2 billion`
_APPROX = {"cs": re.compile(r"(?<!\w)(téměř|skoro|bezmála|takřka|necel\w+|zhruba|přibližně|asi"
                            r"|kolem|okolo|cca\.?|přes|více\s+než|víc\s+než|méně\s+než"
                            r"|nejméně|nejvýše)\s+(?:o\s+|na\s+)?(?:[$€£]|US\$)?$", re.IGNORECASE),
           "en": re.compile(r"(?<!\w)(almost|nearly|about|around|roughly|some|approximately"
                            r"|close\s+to|just\s+(?:under|over)|more\s+than|less\s+than|over"
                            r"|under|circa|at\s+least|upwards\s+of)\s+(?:by\s+)?(?:an?\s+)?"
                            r"(?:[$€£]|US\$|VND|USD|EUR)?$",
                            re.IGNORECASE)}
# the side of the rounded value an approximation word puts the exact one on: below
# (`almost 4 million` for 3,8) or above (`more than $2 billion` for 2,03)
_BELOW = {"téměř", "skoro", "bezmála", "takřka", "almost", "nearly", "just under", "close to",
          "méně než", "less than", "under", "nejvýše", "necel"}
_ABOVE = {"přes", "více než", "víc než", "more than", "over", "just over", "at least",
          "nejméně", "upwards of"}
# the source's approximation words; of them the bounds (`dưới 30%`: below 30 %, no rounding)
_BOUNDS_VI = r"hơn|trên|dưới"
_BOUND_VI = re.compile(rf"(?:{_BOUNDS_VI})\s", re.IGNORECASE)
_APPROX_VI = re.compile(rf"(?<!\w)(?:khoảng|gần|{_BOUNDS_VI}|xấp xỉ|chừng|ước(?:\s+tính)?"
                        r"|độ|tầm)\s+$", re.IGNORECASE)


# a share closing a range on both sides is approximate too: `20-30%` ~ `o pětinu až třetinu`
_RANGE_VI = re.compile(r"\d\s*(?:-|–|đến|tới)\s*$")
_RANGE_TO = re.compile(r"(?:\s(?:až|to|or|nebo|či)|[-–])\s*$", re.IGNORECASE)


def _full(n: Num) -> Decimal | None:
    return n.scaled if n.scaled is not None else plain_value(n.token)


def _loose_count(s: Num, exact: Decimal, rounded: Decimal) -> bool:
    """An exact whole count (no scale word, no decimals, nothing approximate in the source)
    said `about`/`some`/`more than` a round value over 2.5 % away: news English and Czech round
    such a count only to a near figure (`2.980` ~ `nearly 3,000`, `101.500 tấn` ~ `more than
    100,000 tonnes`); further off, the count was lost. `almost`/`téměř` stay looser (`186` ~
    `téměř dvěma sty`, `95` ~ `nearly 100` in clean pairs), and so do amounts of money with
    their scale (`998 tỷ` ~ `almost VND1 trillion`) and decimals (`2,8 tháng` ~ `necelé tři`)."""
    return (s.key[0] == "number" and s.scaled is None and exact == exact.to_integral_value()
            and abs(exact - rounded) > exact * Decimal("0.025"))


def rounds_from(exact: Decimal, rounded: Decimal) -> bool:
    """`rounded` is `exact` said to fewer significant digits, within 8 % of it (a translator
    who says `almost` or `some` rounds more freely than one who converts a measure): 1,98 →
    2; 3,8 mil. → 4 mil.; 48 → 50; never 1200 → 1000 nor 9,3 → 9,8."""
    place = rounded.normalize().as_tuple().exponent
    if exact <= 0 or rounded <= 0 or place <= exact.normalize().as_tuple().exponent:
        return False  # not rounder than the exact value
    return abs(exact - rounded) < Decimal(1).scaleb(place) / 2 and rounds_to(
        exact, rounded, max(0, -place), coarse=Decimal("0.08"))  # 65 is no `60`


def pair_rounded(source: str, target: str, src: list[Num], tgt: list[Num], lang: str) -> None:
    """A value the translation rounds and says so (`1,98 tỷ` ~ `téměř dvou miliard`,
    `khoảng 9,3 triệu` ~ `some 9 million`): an approximation word before one side, or the
    close of a range on both."""
    for s in src:
        sv = _full(s)
        if s.matched or sv is None or s.key[0] not in ("number", "percent") or s.time or (
                s.token.kind == "year"):
            continue
        approx_source = _APPROX_VI.search(source[max(0, s.token.start - 12) : s.token.start])
        # a share said as a fraction: within 4 points (an eighth), `gần 30%` ~ `almost a
        # third`; after a bound within 1, the fraction being the bound itself (`dưới 33%` ~
        # `under a third`, never `below a third` for 30 %)
        tolerance = 1 if approx_source and _BOUND_VI.match(approx_source.group()) else min(
            4, sv / 8)
        for t in tgt:
            tv = _full(t)
            shares = [100 * v for v in t.values() if 0 < v < 1 and abs(sv - 100 * v) <= tolerance
                      ] if s.key[0] == "percent" and t.is_word else []
            share = bool(shares)
            if t.matched or tv is None or t.time or t.token.kind == "year" or not share and (
                    t.key[0] != s.key[0] or not rounds_from(sv, tv)):
                continue
            tv = shares[0] if share else tv
            ranged = share and _RANGE_VI.search(source, max(0, s.token.start - 12),
                                                s.token.start) and _RANGE_TO.search(
                target, max(0, t.token.start - 12), t.token.start)
            said = _APPROX[lang].search(target, max(0, t.token.start - 24), t.token.start)
            word = re.sub(r"\s+|(?<=necel)\w+", " ", said.group(1).lower()).strip() if (
                said) else ""
            if word in _BELOW and tv < sv or word in _ABOVE and tv > sv:
                continue  # `almost 4 million` is never 4,2; `more than 2 billion` never 1,98
            if said and not (approx_source or ranged) and word not in _BELOW and _loose_count(
                    s, sv, tv):
                continue  # `312 doanh nghiệp` is no `some 300`, `94.362` no `more than 90,000`
            if approx_source or ranged or said:
                s.matched = t.matched = True
                break


_TIMES = re.compile(r"gấp\s*(?:(?:khoảng|chừng|gần|hơn)\s+)?$", re.IGNORECASE)
_BY_SHARE = re.compile(r"(?<!\w)(?:o|by)\s+$", re.IGNORECASE)
_AGAIN = re.compile(r"\s+(?:again|more|higher|larger)\b", re.IGNORECASE)


def pair_times_more(source: str, target: str, src: list[Num], tgt: list[Num]) -> None:
    """`gấp 1,5 lần` (1.5 times) ~ `o polovinu vyšší`, `half as much again`: the share added."""
    for s in src:
        sv = plain_value(s.token)
        if s.matched or sv is None or not 1 < sv < 2 or not _TIMES.search(
                source, max(0, s.token.start - 16), s.token.start):
            continue
        for t in tgt:  # the share in words, or as a percentage (`50% higher`)
            share = sv - 1 in t.values() if t.is_word else t.key[0] == "percent" and (
                plain_value(t.token) == (sv - 1) * 100 and not t.points)
            if not t.matched and share and (
                    _BY_SHARE.search(target, max(0, t.token.start - 4), t.token.start)
                    or _AGAIN.match(target, t.token.end)
                    or re.match(r"\s+as\s+much\s+again", target[t.token.end:])):
                s.matched = t.matched = True
                break


_FALL = re.compile(r"(?:giảm|hạ|rút)(?:\s+(?:khoảng|gần|hơn|còn))?\s*$", re.IGNORECASE)
_OF_BEFORE = re.compile(r"\s+(?:of\s+(?:what|its|the\s+(?:former|previous|earlier|old))|toho,?\s+co"
                        r"|(?:z\s+)?původní\w*|(?:z\s+)?dřívější\w*)(?!\w)", re.IGNORECASE)


_BY_FRACTION = re.compile(r"(?<!\w)(?:o|by)\s+(?:an?\s+)?$", re.IGNORECASE)


def pair_fall_as_remainder(source: str, target: str, src: list[Num], tgt: list[Num]) -> None:
    """`giảm 75%` (down by three quarters) ~ `a quarter of what it was`, `čtvrtinu toho, co`:
    a fall said as the share left, a fraction in words before what it is a share of."""
    for s in src:
        sv = plain_value(s.token)
        if s.matched or sv is None or s.key[0] != "percent" or s.points or not 0 < sv < 100 or (
                not _FALL.search(source, max(0, s.token.start - 16), s.token.start)):
            continue
        for t in tgt:
            if not t.matched and t.is_word and 1 - sv / 100 in t.values() and (
                    _OF_BEFORE.match(target, t.token.end)) and not _BY_FRACTION.search(
                    target, max(0, t.token.start - 8), t.token.start):  # `by a quarter`
                s.matched = t.matched = True
                break


def pair_share_as_times(source: str, target: str, src: list[Num], tgt: list[Num]) -> None:
    """`vượt tải trọng 150%` ~ `two and a half times its permitted load`, `tăng 200%` ~
    `trojnásobek`, `bằng 250%` ~ `2.5 times`: a share over 100 % said as a multiple, the
    whole (after a word of excess or rise) or the share itself."""
    for s in src:
        sv = plain_value(s.token)
        if s.matched or sv is None or s.key[0] != "percent" or s.points or sv <= 100:
            continue
        rise = _RISE.search(source, max(0, s.token.start - 40), s.token.start) is not None
        wanted = {sv / 100 + 1, sv / 100} if rise else {sv / 100}
        for t in tgt:
            if not t.matched and plain_value(t.token) in wanted and t.key[0] != "percent" and (
                    _TIMES_AFTER.match(target, t.token.end)
                    or not rise and t.word_kind == MULTIPLIER):  # `400% lương` ~ `čtyřnásobek`
                s.matched = t.matched = True
                break


def pair_share_as_excess(source: str, target: str, src: list[Num], tgt: list[Num]) -> None:
    """`bằng 110% cùng kỳ` ~ `o desetinu víc`, `a tenth more`, `10% higher`: a share over
    100 % said as what it exceeds the whole by (a fraction in words or the excess percent),
    with a word of more right after it; never after a word of rise (`tăng 110%` is more than
    double)."""
    for s in src:
        sv = plain_value(s.token)
        if s.matched or sv is None or s.key[0] != "percent" or s.points or not 100 < sv < 200:
            continue
        if _RISE.search(source, max(0, s.token.start - 40), s.token.start):
            continue
        for t in tgt:
            tv = plain_value(t.token)
            if t.matched or tv is None or not _MORE_AFTER.match(target, t.token.end):
                continue
            if (t.key[0] == "percent" and tv == sv - 100) or (
                    t.is_word and t.key[0] != "percent" and tv == (sv - 100) / 100):
                s.matched = t.matched = True
                break


def pair_excess_as_share(source: str, target: str, src: list[Num], tgt: list[Num]) -> None:
    """`vượt 11,6% chỉ tiêu` ~ `splnila plán na 111,6 %`, `111.6% of the target`: an excess
    over a plan said as the share of the plan reached, with the plan named near it; the
    translation's percent is the source's plus 100, said once."""
    for s in src:
        sv = plain_value(s.token)
        if s.matched or sv is None or s.key[0] != "percent" or s.points or not 0 < sv < 100:
            continue
        if not (_EXCESS.search(source, max(0, s.token.start - 30), s.token.start)
                and _PLAN_AFTER.match(source, s.token.end)):
            continue
        shares = [t for t in tgt if not t.matched and t.key[0] == "percent"
                  and plain_value(t.token) == sv + 100]
        if len(shares) == 1 and _PLAN_TARGET.search(target):
            s.matched = shares[0].matched = True


_EXCESS = re.compile(r"(?<!\w)vượt(?:\s+(?:mức|khoảng|gần|hơn))*\s*$", re.IGNORECASE)
_PLAN_AFTER = re.compile(r"\s*(?:%\s*)?(?:so\s+với\s+)?(?:chỉ\s+tiêu|kế\s+hoạch|mục\s+tiêu"
                         r"|dự\s+toán)(?!\w)", re.IGNORECASE)
_PLAN_TARGET = re.compile(r"(?<!\w)(?:plán\w*|cíl\w*|target\w*|plan\w*|goal\w*|quot\w*)",
                          re.IGNORECASE)
_MORE_AFTER = re.compile(r"[\s\u00a0]+(?:víc|více|vyšš\w*|nad|more|higher|above)(?!\w)",
                         re.IGNORECASE)
_RISE = re.compile(r"(?:vượt|tăng|cao hơn|nhiều hơn)(?:\s+\S+){0,4}\s*$", re.IGNORECASE)
_TIMES_AFTER = re.compile(r"[\s\u00a0-]*(?:times|fold|krát|násob\w*)(?!\w)", re.IGNORECASE)
_AGE_AFTER = re.compile(r"\s+tuổi(?!\w)")
_PLURAL_S = re.compile(r"['’]?s(?!\w)")  # `50s`, `50's`: a decade
_DECADE_NOUN = re.compile(r"(?:átník\w*|átnic\w*|genarians?)$", re.IGNORECASE)
_DECADE_PART = re.compile(r"\b(early|mid|late)[\s-]*$", re.IGNORECASE)
_PARTS = {"early": range(0, 4), "mid": range(3, 8), "late": range(6, 10)}
_RANGE_GAP_VI = re.compile(r"\s*(?:-|–|đến|tới)\s*", re.IGNORECASE)


def _decade_word(t: Num, decade: Decimal) -> bool:
    return t.is_word and plain_value(t.token) == decade and re.search(
        r"(?:ies|átník\w*|átnic\w*|genarians?)$", t.token.text, re.IGNORECASE) is not None


def pair_decade_of_life(source: str, src: list[Num], tgt: list[Num], target: str = "") -> None:
    """`40-45 tuổi` ~ `in his early forties`, `čtyřicátník`: a range inside one decade said
    by the decade's word (which may have paired with the range's first number already);
    a whole decade `50-59` ~ `in their 50s`, `mezi padesáti a šedesáti`."""
    for a, b in zip(src, src[1:], strict=False):
        va, vb = plain_value(a.token), plain_value(b.token)
        if a.matched and not b.matched and va is not None and va % 10 == 0 and vb == va + 9 and (
                0 <= a.partner < len(tgt) and _RANGE_GAP_VI.fullmatch(
                    source, a.token.end, b.token.start)):
            t = tgt[a.partner]
            if _PLURAL_S.match(target, t.token.end):  # `in their 50s`
                b.matched = True
                continue
            after = tgt[a.partner + 1] if a.partner + 1 < len(tgt) else None
            if after is not None and not after.matched and plain_value(after.token) == va + 10:
                b.matched = after.matched = True  # `mezi padesáti a šedesáti`
                continue
        if b.matched or va is None or vb is None or not 10 <= va < vb or (
                va // 10 != vb // 10) or not _RANGE_GAP_VI.fullmatch(
                source, a.token.end, b.token.start):
            continue
        decade = va // 10 * 10
        if a.matched:
            b.matched = 0 <= a.partner < len(tgt) and _decade_word(tgt[a.partner], decade)
            continue
        for t in tgt:
            if not t.matched and _decade_word(t, decade):
                a.matched = b.matched = t.matched = True
                break
    for s in src:  # `56 tuổi` ~ `in his mid-fifties`: an age said by the part of its decade
        value = plain_value(s.token)
        if s.matched or value is None or not 20 <= value < 100 or not _AGE_AFTER.match(
                source, s.token.end):
            continue
        for t in tgt:
            part = _DECADE_PART.search(target, max(0, t.token.start - 8), t.token.start)
            if not t.matched and _decade_word(t, value // 10 * 10) and (
                    value % 10 in _PARTS[part[1].lower()] if part else  # `an octogenarian`,
                    _DECADE_NOUN.search(t.token.text) is not None):  # `devadesátnice`
                s.matched = t.matched = True
                break
