"""The numbers check's findings after its pairing: a number kept with another unit (`5 km`
→ `5 m`), two numbers that traded units (`183 ... 24 giờ` → `24 ... 183 hours`), a share or
a rank in words changed (`nửa` → `třetina`, `thứ nhất` → `druhá`), a number written as a
year where the source has none (`v roce 63`) and a part of the day in words changed (`sáng
nay` → `this afternoon`); a rate per another period is `numrates`'.
`translate.review.qa.numbers` pairs, this module judges what the pairs say."""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from translate.review.qa.base import ERROR, Issue, lang_of
from translate.review.qa.nummessages import shown
from translate.review.qa.numread import Num, is_fraction, plain_value
from translate.review.qa.numunits import rate_changed, rate_unit_at, unit_at, unit_changed
from translate.text.wordnumbers import MULTIPLIER, ORDINAL

__all__ = ["ORDINAL_CONTEXT", "unit_issues", "fraction_issues", "rank_issues", "year_issues",
           "multiplier_issues", "part_of_day_issues", "points_may_be_meant",
           "decimal_point_issues"]

# (`định kỳ 25 ngày` is periodic, for 25 days: no 25th term)
ORDINAL_CONTEXT = re.compile(r"(?:thứ|hạng|hiệp|lần|quý|khóa|khoá|(?<!định )kỳ|(?<!trong )vòng|giải"
                             r"|đợt|phần|(?<!trong )số|tầng"
                             r"|lớp|chương|mùng|mồng|ngày|tháng|top|No\.|(?<!cung )cấp|bậc"
                             r"|giai đoạn|cơ sở)\s*$", re.IGNORECASE)


def _unit_of(text: str, n: Num) -> tuple[str, str, Decimal] | None:
    if n.time is not None:  # `trong vòng 24 giờ`: a plain hour that is a duration
        duration = n.time.plain and re.search(r"\d\s*(?:giờ|tiếng)$", n.token.text) and not (
            _CLOCK_BEFORE.search(text[max(0, n.token.start - 8) : n.token.start]))
        return ("giờ", "time", Decimal(60)) if duration else None
    if n.word_kind == ORDINAL or re.search(r"\d(?:st|nd|rd|th)$", n.token.text) or (
            _MONTH_NAMED_AFTER.match(text, n.token.end)):
        return None  # `the sixth day`, `druhého měsíce`, `mùng 10 tháng Giêng`: labels
    if _PER_PERIOD.match(text, max(n.token.end, n.scale_end)):
        return None  # `45% year on year`, `meziročně`: a comparison, no unit
    return unit_at(text, max(n.token.end, n.scale_end))


_PER_PERIOD = re.compile(r"[\s\u00a0%]*(?:year|month|week|quarter)[\s-]+on[\s-]+", re.IGNORECASE)
# `10 tháng Giêng`, `6 tháng 5`: a day of a month, not ten months
_MONTH_NAMED_AFTER = re.compile(r"\s*tháng\s+(?:\d|[Gg]iêng|[Cc]hạp|Hai|Ba|Tư|Năm|Sáu|Bảy|Tám"
                                r"|Chín|Mười)(?!\w)")
_CLOCK_BEFORE = re.compile(r"(?:lúc|từ|đến|tới|vào|khoảng)\s*$", re.IGNORECASE)


def _duration_unit_changed(source: str, target: str, src: list[Num],
                           tgt: list[Num]) -> list[Issue]:
    """`sau 2 giờ` → `in two minutes`, `11 giây 38` → `11.38 minutes`: a length of time whose
    unit is read with its number (a plain hour, seconds inside a race time) kept with the
    same value and another unit of time."""
    for s in src:
        t = tgt[s.partner] if s.partner >= 0 else None
        if t is None or t.time is not None:
            continue
        ours = _unit_of(source, s) if s.time is not None else _unit_inside(s)
        value = Decimal(s.time.hour) if s.time is not None else plain_value(s.token)
        theirs = unit_at(target, max(t.token.end, t.scale_end))
        if ours and theirs and ours[1] == theirs[1] == "time" and ours[2] != theirs[2] and (
                value in t.values()):
            return [Issue("numbers", ERROR, f"{shown(s.token.text)} is written "
                                            f"{shown(t.token.text + ' ' + theirs[0])} in the "
                                            "translation: another unit")]
    return []


# a Czech compound that holds its unit of time: `čtyřdenní (pracovní týden)`, `pětiletý`
_GLUED_TIME = re.compile(r"[^\W\d_](?:denn|den|let|roč|měsíč|týden|týdn|hodin|minut)\w*$",
                         re.IGNORECASE)


def _time_unit_past_word(text: str, end: int) -> tuple[str, str, Decimal] | None:
    """`15 peak weeks`, `15 špičkových týdnů`: a unit of time after one word that describes it
    (a unit of time only: `5 new cases` is no unit)."""
    if unit_at(text, end) is not None:  # `osm měsíců roku`: the unit is `měsíců`
        return None
    word = re.match(r"[\s\u00a0]+[^\W\d_]{3,}(?=[\s\u00a0])", text[end:])
    unit = unit_at(text, end + word.end()) if word else None
    return unit if unit is not None and unit[1] == "time" else None


def _unit_inside(n: Num) -> tuple[str, str, Decimal] | None:
    """The unit inside a token (`11 giây 37`: 11.37 seconds)."""
    lead = re.match(r"\d+", n.token.text)
    return unit_at(n.token.text, lead.end()) if lead and lead.end() < len(n.token.text) else None


def _units_traded(source: str, target: str, src: list[Num], tgt: list[Num]) -> list[Issue]:
    """`183 lượng khí thải trong 24 giờ` → `24 emissions over 183 hours`: two numbers that
    traded places across their units. However the sentence is reordered, a unit stays with
    its number, so this is an error (unlike two counts of one kind that trade places)."""
    paired = [(s, tgt[s.partner]) for s in src if s.partner >= 0 and not s.is_word]
    units = [(_unit_of(source, s) or _unit_inside(s), _unit_of(target, t)) for s, t in paired]
    for (s, _t), (su, tu) in zip(paired, units, strict=False):
        if su is None or tu is not None and tu[1:] == su[1:]:
            continue
        for (s2, t2), (su2, tu2) in zip(paired, units, strict=False):
            if s2 is not s and tu2 is not None and tu2[1:] == su[1:] and (
                    su2 is None or su2[1:] != su[1:]) and not s.values() & s2.values() and (
                    not _same_amount(s2, su2, t2, tu2)):
                return [Issue("numbers", ERROR, f"{shown(s.token.text)} ({su[0]}) and "
                                                f"{shown(s2.token.text)} traded places: the "
                                                f"translation has {shown(t2.token.text)} "
                                                f"{tu2[0]}")]
    return []


def _same_amount(s: Num, su: tuple | None, t: Num, tu: tuple) -> bool:
    """`30 tháng` ~ `dva a půl roku`: one amount in two units of a dimension (a month is 30
    days there and a year 365, so within 3 %)."""
    if su is None or su[1] != tu[1]:
        return False
    return any(a > 0 and abs(a * su[2] - b * tu[2]) <= Decimal("0.03") * a * su[2]
               for a in s.values() for b in t.values())


def unit_issues(source: str, target: str, src: list[Num], tgt: list[Num]) -> list[Issue]:
    """`5 km` written `5 m`, `4-5 năm` written `four to five months`: a number kept, its unit
    changed."""
    traded = _units_traded(source, target, src, tgt) or _duration_unit_changed(source, target,
                                                                                src, tgt)
    if traded:
        return traded
    for s in src:
        if s.partner < 0 or s.time is not None or plain_value(s.token) is None:
            continue
        t = tgt[s.partner]
        label = ORDINAL_CONTEXT.search(source[max(0, s.token.start - 60) : s.token.start])
        ours = {s.scaled} if s.scaled is not None else s.values()  # `3 năm rưỡi`: 3.5 too
        theirs = {t.scaled} if t.scaled is not None else t.values()
        if not ours & theirs or t.word_kind == ORDINAL or label:
            continue  # `mùng 5 tháng 5` ~ `pátý den`: a label, no measure
        full = min(ours & theirs)
        # the unit follows the scale word: `5.000 ha` ~ `pět tisíc metrů čtverečních`
        units = unit_changed(source, replace(s.token, end=max(s.token.end, s.scale_end)), full,
                             target, replace(t.token, end=max(t.token.end, t.scale_end)),
                             theirs)
        if not units and not _GLUED_TIME.search(t.token.text) and (
                ours_unit := unit_at(source, max(s.token.end, s.scale_end))) and (
                ours_unit[1] == "time") and (past := _time_unit_past_word(
                    target, max(t.token.end, t.scale_end))) and not any(
                full * ours_unit[2] == v * past[2] for v in theirs):
            units = ours_unit[0], past[0]  # `15 ngày cao điểm` → `15 peak weeks`
        if units:
            return [Issue("numbers", ERROR, f"{shown(s.token.text + ' ' + units[0])} is written "
                                            f"{shown(t.token.text + ' ' + units[1])} in the "
                                            "translation: another unit")]
        per = [rate_unit_at(text, max(n.token.end, n.scale_end))
               for text, n in ((source, s), (target, t))]
        if rate_changed(per[0], per[1]):
            return [Issue("numbers", ERROR, f"{shown(s.token.text)} per {per[0][0]} is written "
                                            f"{shown(t.token.text)} per {per[1][0]} in the "
                                            "translation: another unit")]  # `per kWh` → `MWh`
    return []


def fraction_issues(src: list[Num], tgt: list[Num]) -> list[Issue]:
    return _word_changed([s for s in src if not s.matched and is_fraction(s)],
                         [t for t in tgt if not t.matched and is_fraction(t)])


# a fraction said of a base, as a multiplier is: `half the usual number`, `a third of that`,
# `half as many as the (previous) year` (a time as the base: `half as much as the 5G one` may say
# `gấp đôi` the other way round, and `half as many again` is `gấp rưỡi`)
_OF_A_BASE = re.compile(r"[\s\u00a0]+(?:the|that[\s\u00a0]+of|of[\s\u00a0]+(?:the|that|last)"
                        r"|as[\s\u00a0]+(?:many|much)[\s\u00a0]+as[\s\u00a0]+(?:the[\s\u00a0]+(?:previous"
                        r"[\s\u00a0]+)?(?:year|month|week|day|quarter)|last|a[\s\u00a0]+year|in[\s\u00a0]+\d{4}))"
                        r"(?!\w)", re.IGNORECASE)


def multiplier_issues(src: list[Num], tgt: list[Num], target: str) -> list[Issue]:
    """`gấp đôi` → `triple`, `gấp rưỡi` → `dvojnásobek`, `gấp đôi ngày thường` → `half the
    usual`: a multiplier in words on both sides (weak words: `double` is often no number),
    changed; `target` tells a fraction said of a base (`half the usual`) from a share."""
    multipliers = [s for s in src if s.word_kind == MULTIPLIER]
    return _word_changed([s for s in multipliers if not s.matched],
                         [t for t in tgt if not t.matched and (t.word_kind == MULTIPLIER or (
                             is_fraction(t) and (any(s.values() - {plain_value(s.token)}
                                                     for s in multipliers)
                                                 or multipliers and _OF_A_BASE.match(
                                                     target, t.token.end))))])


def _word_changed(lost: list[Num], added: list[Num]) -> list[Issue]:
    """Words left over on both sides that share no value: one was changed."""
    if lost and added and not set().union(*(s.values() for s in lost)) & set().union(
            *(t.values() for t in added)):
        return [Issue("numbers", ERROR, f"source has {shown(lost[0].token.text)}, translation "
                                        f"has {shown(added[0].token.text)}")]
    return []


def rank_issues(src: list[Num], tgt: list[Num]) -> list[Issue]:
    """`đứng thứ nhất` → `skončila druhá`, `lần thứ ba` → `druhým`: a rank said in words on
    both sides (weak words, `první` and `thứ hai` are often no rank), changed: the source's
    ranks left over, and the translation's, share no value. The Vietnamese reader takes
    `thứ hai` as a rank only in lower case (`thứ Hai` is Monday)."""
    return _word_changed(
        [s for s in src if not s.matched and s.word_kind == ORDINAL and s.is_word],
        [t for t in tgt if not t.matched and t.word_kind == ORDINAL])


def label_rank_issues(source: str, src: list[Num], tgt: list[Num]) -> list[Issue]:
    """`vùng I` → `ve druhé oblasti`, `đợt 1` → `druhé kolo`: a label the source numbers
    (after `vùng`, `đợt`, `vòng`, `giải`...) said by an ordinal word of another value, where
    no word of the translation gives the label's value. A weak ordinal (`druhý` is also
    "other") is otherwise no number, so the pairing lets the label go unsaid."""
    labels = [s for s in src if not s.matched and s.strong and not s.is_word
              and s.token.kind == "integer" and _LABEL_BEFORE.search(
                  source, max(0, s.token.start - 20), s.token.start)]
    values = {plain_value(s.token) for s in labels} - {None}
    if len(values) != 1 or not (1 <= next(iter(values)) <= 10):
        return []
    value = values.pop()
    words = [t for t in tgt if not t.matched and t.word_kind == ORDINAL]
    if not words or any(plain_value(t.token) == value for t in tgt if not t.matched):
        return []
    return [Issue("numbers", ERROR, f"source has {shown(labels[0].token.text)}, translation "
                                    f"has {shown(words[0].token.text)}")]


_LABEL_BEFORE = re.compile(r"(?<!\w)(?:vùng|đợt|vòng|giải|jackpot|hạng|(?<!định )kỳ|khu\s+vực|nhóm"
                           r"|báo\s+động|cấp\s+độ)\s*$", re.IGNORECASE)


# (a kind of year between: `this school year 320`, `na tento školní rok 320 učitelek`)
_YEAR_WITH_DETERMINER = re.compile(r"(?:this|last|next|that|each|every|a|per|the)"
                                   r"\s+(?:(?:school|academic|fiscal|financial)\s+)?year[,:]?$")
_CS_YEAR_WITH_DETERMINER = re.compile(r"(?:celý|za|každý|tento|letošní|loňský|minulý|příští)"
                                      r"\s+(?:(?:školní|akademický|hospodářský|fiskální)\s+)?"
                                      r"rok[,:]?$")
_YEAR_WORDS = {"cs": ("roce", "roku", "rok", "r.", "let", "letech", "léta"),
               "en": ("in", "year", "since"), "vi": ("năm",)}


def _before(target: str, t: Num) -> str:
    """The target's text before `t`, lower case, for its label words."""
    return target[max(0, t.token.start - 60) : t.token.start].rstrip().lower()


def _after_word(before: str, words: tuple[str, ...]) -> bool:
    return any(before.endswith(" " + w) or before == w for w in words)


def _year_elsewhere(target: str, words: tuple[str, ...], src: list[Num],
                    tgt: list[Num]) -> bool:
    """A year the source writes in digits is paired with a number after no year word."""
    for s in src:
        value = plain_value(s.token)
        if s.partner < 0 or not s.token.text.isdigit() or value is None or not (
                1000 <= value <= 2100):
            continue
        if not _after_word(_before(target, tgt[s.partner]), words):
            return True
    return False


# a short number after a year word is an amount where the source's year (if any) stands
# elsewhere and it opens a range or a percent (`lunárního roku 30 až 35 %`) or the year word
# is a part of the year (`od začátku roku 173 stížností`); never `Po pěti letech roku 63 …`
_RANGE_AFTER = re.compile(r"[\s\u00a0]*(?:%|[–-][\s\u00a0]*\d|(?:až|to)[\s\u00a0]+\d)")
_PART_OF_YEAR = re.compile(r"(?<!\w)(?:začátku|počátku|konce|konci|koncem|začátkem|počátkem"
                           r"|poloviny|polovině|zbytku|průběhu|během)\s+roku$")


# a number and `let` before the number: a count of years (`pět let`, `5 let`), no year label
_COUNTED_YEARS = re.compile(r"[\s\u00a0]+let[\s\u00a0]+", re.IGNORECASE)
# `đúc năm 798`: a year of fewer than four digits, or a year of another era said after it
# (`Phật lịch 2570`, the Buddhist era ~ `buddhistického roku 2570`)
_VI_YEAR_BEFORE = re.compile(r"(?<![\d\s])\s*(?<!\w)năm\s+$|(?<!\w)Phật\s+lịch\s+(?:năm\s+)?$",
                             re.IGNORECASE)
# an amount written with a thousands separator in the source (`1.250 ca`): never a year
_GROUPED = re.compile(r"\d{1,3}(?:\.\d{3})+")
# a bare number alone in brackets after an event (`lập nước Đại Cồ Việt (968)`): its year
_BRACKETED = re.compile(r"\(\d{3,4}\)")


def year_issues(target: str, lang: str, src: list[Num], tgt: list[Num],
                source: str = "") -> list[Issue]:
    """`v roce 63` where the source's 63 is not a year: two numbers traded places. Only a
    number that can be read as a year at all (up to four digits, no separator, no decimals):
    `od začátku roku 18 264 případů` is an amount after the word (round nine: every false
    alarm of this check on the fresh sets' first runs was such an amount), unless the source's
    year stands elsewhere (`roku 40 000 bylo hlášeno 2018 případů`). A short year the source
    says after `năm` (`đúc năm 798` ~ `z roku 798`) or alone in brackets (`(968)`) is a year on
    both sides."""
    words = _YEAR_WORDS.get(lang_of(lang), ())
    for s in src:
        if s.partner < 0 or s.token.kind == "year" or s.token.is_date or s.time is not None:
            continue
        if s.token.text.isdigit() and (_VI_YEAR_BEFORE.search(source, 0, s.token.start)
                                       or _BRACKETED.fullmatch(source, s.token.start - 1,
                                                               s.token.end + 1)):
            continue  # `lập nước Đại Cồ Việt (968)` ~ `v roce 968`: a year in brackets
        t = tgt[s.partner]
        if t.is_word or plain_value(t.token) is None or plain_value(t.token) < 10 or (
                t.scaled is not None):  # `za celý rok 33,5 bilionu`: an amount, no year
            continue
        before = _before(target, t)
        if _YEAR_WITH_DETERMINER.search(before) or _CS_YEAR_WITH_DETERMINER.search(before):
            continue  # `This year 142,000 went abroad`: `year` with its determiner, no label
        if re.match(r"\.[\s\u00a0]*[^\W\d_]", target[t.token.end:]) and not re.match(
                r"\.[\s\u00a0]*[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ]", target[t.token.end:]):
            continue  # `v 60. letech 20. století`: an ordinal before its noun, no year
        if re.search(r"(?:^|\s)in$", before, re.IGNORECASE) and not re.match(
                r"\s*(?:[,.;:)]|$)", target[t.token.end:]):
            continue  # `in 18 games`, `In 13 years`, `in 220 2/3 innings`: no year
        if _after_word(before, words):
            if any(_COUNTED_YEARS.fullmatch(target, n.token.end, t.token.start) for n in tgt):
                continue  # `za posledních pět let 14 odrůd`: `let` counts years, no label
            if re.search(r"\d[,.]\d", t.token.text) and (t.token.text.endswith("%") or re.match(
                    r"[\s\u00a0]*(?:%|procent|per\s*cent|percent)", target[t.token.end:])):
                continue  # `mladší 35 let 24,6 %`: a share with decimals is never a year
            no_year_shape = not re.fullmatch(r"\d{1,4}", t.token.text)  # `18 264`, `33,5`
            short_in_context = len(t.token.text) < 4 and bool(  # `roku 30 až 35 %`
                _RANGE_AFTER.match(target, t.token.end) or _PART_OF_YEAR.search(before))
            grouped_in_source = bool(_GROUPED.fullmatch(s.token.text))  # `roku 2400 vstupenek`
            if (no_year_shape or short_in_context or grouped_in_source) and (
                    not _year_elsewhere(target, words, src, tgt)):
                continue  # a count or an amount after the year word, no year
            return [Issue("numbers", ERROR, f"{shown(t.token.text)} follows "
                                            f"'{before.split()[-1]}' in the translation but is "
                                            "no year in the source")]
    return []


# a part of a named day, said in words: `sáng nay` ~ `this morning`, `dnes ráno`
# a part of the day before `nay`/`mai`/`qua`, a weekday or a day (`chiều tối thứ Sáu`: both;
# `đêm 10 đến sáng 12/10`); `bữa trưa 25/11` is a lunch, no part of the day said
_VI_PART = re.compile(r"(?<!\w)(?<!bữa )((?:(?:sáng|trưa|chiều|tối|đêm|khuya)\s+)*"
                      r"(?:sáng|trưa|chiều|tối|đêm|khuya))\s+(?:(?:hôm\s+)?(?:nay|mai|qua)|thứ\s+(?:hai|ba|tư|năm|sáu"
                      r"|bảy|[2-7])|chủ\s+nhật|(?:ngày\s+|mùng\s+)?\d{1,2}(?:/\d{1,2})?)(?!\w)",
                      re.IGNORECASE)
_CS_PART = re.compile(r"(?<!\w)(?:dnes|zítra|včera|dnešní\w*|zítřejší\w*|včerejší\w*)\s+"
                      r"(ráno|dopoledne|poledne|odpoledne|večer|v\s+noci|noc\w*)(?!\w)"
                      r"|(?<!\w)(ráno|dopoledne|odpoledne|večer)\s+(?:dnes|zítra|včera)(?!\w)"
                      # `v pátek večer`, `páteční odpoledne`
                      r"|(?<!\w)(?:ve?\s+(?:pondělí|úterý|středu|čtvrtek|pátek|sobotu|neděli)"
                      r"|(?:pondělní|úterní|středeční|čtvrteční|páteční|sobotní|nedělní))\s+"
                      r"(ráno|dopoledne|odpoledne|večer|v\s+noci)(?!\w)"
                      # `20. února 2027 večer`: the part of the day after a date
                      r"|(?<!\w)\d{1,2}\.\s*(?:ledna|února|března|dubna|května|června|července"
                      r"|srpna|září|října|listopadu|prosince)(?:\s+\d{4})?\s+"
                      r"(ráno|dopoledne|odpoledne|večer|v\s+noci)(?!\w)"
                      # `do odpoledne 29. listopadu`, `dopoledne 3. prosince`: the part before
                      r"|(?<!\w)(?:(?:do|od|z|ze)\s+)?(rána|dopoledne|odpoledne|večera?)\s+\d{1,2}\.\s*"
                      r"(?:ledna|února|března|dubna|května|června|července|srpna|září|října"
                      r"|listopadu|prosince)(?!\w)", re.IGNORECASE)
_EN_PART = re.compile(r"(?<!\w)(?:(?:this|tomorrow|yesterday)\s+(morning|afternoon|evening|night)"
                      r"|(tonight|last\s+night))(?!\w)"
                      # `on Friday evening`, `on the morning of November 26`
                      r"|(?<!\w)(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+"
                      r"(morning|afternoon|evening|night)(?!\w)|(?<!\w)(morning|afternoon|evening"
                      r"|night)\s+of\s+(?:\w+day|the\s+\w+\s+day|(?:January|February|March|April|May"
                      r"|June|July|August|September|October|November|December)\s+\d)",
                      re.IGNORECASE)
_PARTS = {"sáng": "morning", "ráno": "morning", "dopoledne": "morning", "morning": "morning",
          "trưa": "noon", "poledne": "noon", "chiều": "afternoon", "odpoledne": "afternoon",
          "afternoon": "afternoon", "tối": "late", "đêm": "late", "khuya": "late",
          "večer": "late", "evening": "late", "night": "late", "tonight": "late",
          "last night": "late", "rána": "morning", "večera": "late"}


def part_name(word: str) -> str:
    """`večer`, `evening`, `tối` → `late`; `ráno`, `sáng` → `morning`; anything else: ``."""
    word = re.sub(r"\s+", " ", word.lower())
    return _PARTS.get(word, "late" if word.startswith(("v noci", "noc")) else "")


def part_of_day_issues(source: str, target: str, lang: str) -> list[Issue]:
    """`sáng nay` → `this afternoon`, `tối qua` → `včera ráno`, `sáng thứ Sáu` → `Friday
    evening`, `tối 26/11` → `on the morning of November 26`: a part of the day said in words
    on both sides, changed (noon goes with the morning and the afternoon)."""
    lang = lang_of(lang)
    pattern = _CS_PART if lang == "cs" else _EN_PART if lang == "en" else None
    ours = [(part_name(word), m.group()) for m in _VI_PART.finditer(source)
            for word in m[1].split()]
    if pattern is None or not ours:
        return []
    parts = {p for p, _ in ours}
    for m in pattern.finditer(target):
        part = part_name(next(g for g in m.groups() if g))
        near = parts | ({"morning", "afternoon"} if "noon" in parts else set()) | (
            {"noon"} if parts & {"morning", "afternoon"} else set())
        if part and part not in near:
            return [Issue("numbers", ERROR, f"source has {shown(ours[0][1])}, translation has "
                                            f"{shown(m.group())}")]
    return []


# a margin between two shares (`thắng cách biệt 40%`) is points whatever its size
_MARGIN_BEFORE = re.compile(r"(?:cách biệt|chênh lệch|khoảng cách)(?:\s+\S+){0,3}\s*$",
                            re.IGNORECASE)
_CHANGE_BEFORE = re.compile(r"(?:tăng(?!\s+trưởng)|giảm|hạ|nâng|cắt|cao hơn|thấp hơn|chênh lệch)"
                            r"(?:\s+\S+){0,6}\s*$", re.IGNORECASE)  # `tăng trưởng`: growth
_COMPARED = re.compile(r"%?\s*so\s+(?:với|cùng)", re.IGNORECASE)


def points_may_be_meant(source: str, s: Num) -> bool:
    """A source percentage a translator may say as percentage points (`giảm 2% thuế` ~ `o dva
    procentní body`): a small change or a margin, never a level (`chiếm 18,3%`, `lên khoảng
    8,1%` after `tăng trưởng`, growth) nor a change against a base (`tăng 0,28% so với tháng
    trước`: percent of the earlier value)."""
    value = plain_value(s.token)
    before = source[max(0, s.token.start - 40) : s.token.start]
    return value is not None and (value <= 10 and _CHANGE_BEFORE.search(before) is not None
                                  and not _COMPARED.match(source, s.token.end)
                                  or _MARGIN_BEFORE.search(before) is not None)


# `1288.45` in Czech: a decimal point after four or more whole digits (no time, date or
# thousands group looks so); the source's `1.288,45` says the value with a decimal comma
_CS_POINT = re.compile(r"(?<![\d.,])(\d{4,})\.(\d{1,2})(?![\d]|[.,]\d)")
# `12.4 miliardy`, `31.5 %` in Czech: a point before one or two digits and a scale word or a
# percent is a decimal point whatever the source writes (a time or a date has no such word after)
_CS_SHORT_POINT = re.compile(r"(?<![\d.,])(\d{1,3})\.(\d{1,2})(?![\d]|[.,]\d)"
                             r"(?=\s*(?:%|procent|tisíc|milion|miliard|bilion|biliard))",
                             re.IGNORECASE)
_VI_COMMA = re.compile(r"(?<![\d.,])(\d{1,3}(?:\.\d{3})*|\d+),(\d{1,2})(?![\d]|[.,]\d)")


def decimal_point_issues(source: str, target: str, target_lang: str) -> list[Issue]:
    """`1.288,45 điểm` → `1288.45 bodu`: Czech writes a decimal comma; a value the source gives
    with one, written in Czech with an English decimal point, is a wrong separator."""
    if lang_of(target_lang) != "cs":
        return []
    decimals = {(m[1].replace(".", ""), m[2]) for m in _VI_COMMA.finditer(source)}
    found = [m for m in _CS_POINT.finditer(target) if (m[1], m[2]) in decimals]
    return [Issue("numbers", ERROR, f"{shown(m.group())} in the translation has a decimal "
                  f"point: Czech writes {shown(m[1] + ',' + m[2])}")
            for m in found + list(_CS_SHORT_POINT.finditer(target))]
