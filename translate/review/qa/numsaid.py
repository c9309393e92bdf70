"""Source values the translation says another way with the same meaning, paired before they are
reported: a negative growth (`tăng trưởng âm 8,7%`) said as a fall (`klesl o 8,7 %`, `fell
8.7%`), a loss written negative (`lỗ âm 320 tỷ`) said by a loss word (`ztrátu 320 miliard`, `a
loss of VND320 billion`), and a deadline before the first of a month (`trước ngày 1/7`) said by
the last day of the month before (`do 30. června`, `by June 30`). Each is paired only in the
wording that makes the two equal: the same percentage with a fall word beside it (a rise word,
or none, stays an error), the day before under `do`/`nejpozději`/`by`/`until`/`no later than`
(any other day stays an error). Only the first of a month: `trước ngày 31/12` said `do 30.
prosince` is an error in every set that plants it (unseen7, unseen8, unseen16: there the
translators read `trước` as `by`). Two more said another way: a strength in `độ` of alcohol or
latex (`bia 5,5 độ`, `mủ loại 30 độ`) as a percentage (`5,5 %`, `třicetiprocentní`), never a
temperature, and a time said on the 24-hour clock with a dot (`13h40` ~ `13.40`, `23h20 tối` ~
`23.20`), which the reading of the translation takes for a decimal where no `v`/`ve`/`at` stands
before it; the two days of a weekend (`cộng với 2 ngày cuối tuần` ~ `s víkendem`, `with the
weekend`) and the fineness of gold (`vàng nhẫn 9999` ~ `99.99% gold`). The mirror cases: a
translation's ordinal that names the quarter the source calls `quý trước` (the previous quarter:
`quý III … so với quý trước` ~ `from the second`), and a Roman letter the source writes too but
does not read as a number (`công ty X.` ~ `firmě X.`: a name), or a word in capitals (`phòng học
STEM` ~ `učebnu STEM`, no Czech `stem`); blood group O written with a zero (`skupiny 0`) and
midnight after `po`/`after` for a time past it (`0h15` ~ `krátce po půlnoci`). A profit written
negative (`lợi nhuận âm 58 tỷ`) is a loss too; a level written negative (`âm 12 m`) said as
lying under its reference (`12 metrů pod terénem`, `12 m below ground level`; a groundwater
level also `below the surface`), and a channel's depth written so (`độ sâu âm 14 m`) as a depth
(`a depth of 14 metres`); the chart's zero (`so với số 0 hải đồ`) said as `chart datum`. A
count in a fixed Sino-Vietnamese name (`Tam phủ` ~ `three realms`) and lunar months said as
ordinals (`tháng 11 … âm lịch` ~ `the 11th … lunar month`)."""

from __future__ import annotations

import datetime
import re
from decimal import Decimal

from translate.review.qa.base import lang_of
from translate.review.qa.numdirection import said_direction
from translate.review.qa.numimplicit import last_day
from translate.review.qa.numread import Num, plain_value
from translate.text.wordnumbers import ORDINAL

__all__ = ["pair_said_otherwise"]

_BEFORE_DAY = re.compile(r"(?<!\w)trước[\s\u00a0]+(?:ngày[\s\u00a0]+)?$", re.IGNORECASE)
_CS_DAYS = r"pondělí|úterý|středy|čtvrtka|pátku|soboty|neděle"
_BY_DAY = {
    "cs": re.compile(rf"(?<!\w)(?:do|nejpozději(?:[\s\u00a0]+do)?|až[\s\u00a0]+do)[\s\u00a0]+"
                     rf"(?:(?:{_CS_DAYS})[\s\u00a0]+)?$", re.IGNORECASE),
    "en": re.compile(r"(?<!\w)(?:by|until|till|through|no[\s\u00a0]+later[\s\u00a0]+than"
                     r"|on[\s\u00a0]+or[\s\u00a0]+before)[\s\u00a0]+"
                     r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?[\s\u00a0]+)?$",
                     re.IGNORECASE),
}

# the end of a month, said for its last day: `konce března`, `the end of March`
_END_OF = re.compile(r"(?<!\w)(?:(?:the[\s\u00a0]+)?end[\s\u00a0]+of(?:[\s\u00a0]+the)?"
                     r"|konc\w*|konci|závěr\w*)[\s\u00a0]+$", re.IGNORECASE)

# `5,5 độ` after a word of alcohol or latex: a strength in percent, not degrees (`độ C`)
_STRENGTH = re.compile(r"[\s\u00a0]*độ(?![\s\u00a0]*[CF°](?!\w))(?!\w)", re.IGNORECASE)
_DRINK = re.compile(r"(?<!\w)(?:độ cồn|rượu|bia|mủ)(?!\w)", re.IGNORECASE)
_PERCENT_WORD = re.compile(r"procent|percent", re.IGNORECASE)
_WEEKEND = re.compile(r"[\s\u00a0]+ngày[\s\u00a0]+cuối[\s\u00a0]+tuần(?!\w)", re.IGNORECASE)
_WEEKEND_SAID = re.compile(r"(?<!\w)(?:víkend\w*|weekends?)(?!\w)", re.IGNORECASE)
# `vàng 9999`, `vàng nhẫn trơn 9999`: gold 99.99 % pure, a fineness written as digits
_FINE_GOLD = re.compile(r"(?<!\w)vàng(?:[\s\u00a0]+[^\W\d_]+){0,3}[\s\u00a0]+$", re.IGNORECASE)
_FINENESS = {"9999": Decimal("99.99"), "999,9": Decimal("99.99"), "999": Decimal("99.9"),
             "99,99": Decimal("99.99")}
# `lỗ âm 320 tỷ` (a loss written negative) ~ `ztrátu 320 miliard`, `a loss of VND320 billion`;
# a profit written negative (`lợi nhuận của công ty âm 58 tỷ`, `lợi nhuận quý II của nhà máy
# thép âm 40 tỷ`: up to eight words between) is a loss too, and a balance written negative
# (`cân đối ngân sách … âm 215 tỷ`, `cán cân thương mại âm 2 tỷ USD`) is a deficit
_LOSS_VI = re.compile(r"(?<!\w)(?:(?:thua\s+)?lỗ|thâm\s+hụt|bội\s+chi|lợi\s+nhuận|lãi(?:\s+ròng)?"
                      r"|cân\s+đối|cán\s+cân)"
                      r"(?:[\s\u00a0]+[^\W\d_]+){0,8}?[\s\u00a0]+âm[\s\u00a0]+$", re.IGNORECASE)
_LOSS_SAID = re.compile(r"(?<!\w)(?:ztrát\w*|prodělal\w*|prodělek\w*|schod\w*|deficit\w*"
                        r"|loss(?:es)?|lost|lose|losing)(?!\w)", re.IGNORECASE)


def _below(under_cs: str, under_en: str) -> re.Pattern[str]:
    """`pod X` / `below X` right after the value and its unit (up to two words between)."""
    return re.compile(r"[\s\u00a0]*(?:[^\W\d_]+\.?[\s\u00a0]+){0,2}?(?:pod[\s\u00a0]+"
                      rf"(?:{under_cs})|below[\s\u00a0]+(?:{under_en}))(?!\w)", re.IGNORECASE)


# `mực nước … âm 12 m` (a level written negative) ~ `12 metrů pod terénem`, `12 m below ground
# level`: the minus said by the reference it lies under, right after the value and its unit
# (never `pod povrchem`/`below the surface`: a plain depth, `sâu 120 m`, is said so too)
_BELOW_SAID = _below(r"terén\w*|hladin\w*|úrov\w*|zem\w*|nul\w*",
                     r"ground|sea|zero|the\s+ground|(?:the\s+)?(?:chart\s+)?datum")  # a zero
# `mực nước ngầm … âm 12 m` (a groundwater level: measured from the ground) may also be said
# `12 metrů pod povrchem`, `12 metres below the surface`
_GROUNDWATER_VI = re.compile(r"(?<!\w)nước\s+ngầm(?!\w)", re.IGNORECASE)
_BELOW_SURFACE = _below(r"terén\w*|úrov\w*|zem\w*|povrch\w*", r"ground|the\s+(?:ground|surface)")
# `nạo vét xuống độ sâu âm 14 m` (a channel's depth written negative, below the chart's zero)
# ~ `prohloubena na 14 metrů`, `dredged to a depth of 14 metres`: the minus said by the depth
_DEPTH_VI = re.compile(r"(?<!\w)(?:độ\s+sâu|sâu|nạo\s+vét)(?:[\s\u00a0]+[^\W\d_]+){0,4}?"
                       r"[\s\u00a0]+âm[\s\u00a0]+$", re.IGNORECASE)
_DEPTH_SAID = re.compile(r"(?<!\w)(?:hloub\w*|prohlub\w*|prohloub\w*|depths?|deep\w*|dredg\w*)"
                         r"(?!\w)", re.IGNORECASE)
# the depth said after the value (`3.5 m deep`, `4 metry hluboký`) or measured from the chart's
# zero (`3.5 m below chart datum`, `4,2 metru pod nulou mapy`)
_DEPTH_AFTER = re.compile(r"[\s\u00a0]*(?:[^\W\d_]+[\s\u00a0]+)?(?:deep|hlubok\w*)(?!\w)",
                          re.IGNORECASE)
# the zero of a nautical chart (`so với số 0 hải đồ`), the reference depths are measured from:
# `chart datum`, `nula mapy`, `hydrografická nula`
_CHART_ZERO = re.compile(r"[\s\u00a0]+hải[\s\u00a0]+đồ(?!\w)", re.IGNORECASE)
_CHART_SAID = re.compile(r"(?<!\w)(?:chart[\s\u00a0]+datum|nul\w*[\s\u00a0]+"
                         r"(?:(?:nautick|námořn)\w*[\s\u00a0]+)?map\w*"
                         r"|hydrografick\w*[\s\u00a0]+nul\w*)(?!\w)", re.IGNORECASE)
_DOTTED = re.compile(r"([01]?\d|2[0-3])\.([0-5]\d)")


def _dotted_time(text: str) -> tuple[int, int] | None:
    """`13.40` as (13, 40): a time on the 24-hour clock written with a dot, or None."""
    m = _DOTTED.fullmatch(text)
    return (int(m[1]), int(m[2])) if m else None


def pair_said_otherwise(source: str, target: str, src: list[Num], tgt: list[Num],
                        target_lang: str) -> None:
    """Mark as paired the source values the translation says another way (a fall, a loss
    word, the last day before, a percentage for `độ`, a dotted time, the weekend, a gold
    fineness), then excuse the translation's previous quarter and kept Roman letters."""
    lang = lang_of(target_lang)
    for s in src:
        if s.matched:
            continue
        if s.negative and s.sign.strip().lower() == "âm" and s.key[0] == "percent":
            t = next((t for t in tgt if not t.matched and not t.negative and t.key == s.key
                      and _fall_said(target, t, tgt, lang)), None)
        elif s.negative and s.sign.strip().lower() == "âm" and _LOSS_VI.search(
                source, max(0, s.token.start - 60), s.token.start):  # `lỗ âm 320 tỷ`
            t = next((t for t in tgt if not t.matched and not t.negative and t.scaled == s.scaled
                      # (or rescaled: `âm 1.250 tỷ` ~ `a loss of VND1.25 trillion`)
                      and (t.key == s.key or s.scaled is not None and t.key[0] == s.key[0])
                      and _LOSS_SAID.search(
                          target, max(0, t.token.start - 30), t.token.start)), None)
        elif s.negative and s.sign.strip().lower() == "âm" and _DEPTH_VI.search(
                source, max(0, s.token.start - 50), s.token.start):  # `độ sâu âm 14 m`
            t = next((t for t in tgt if not t.matched and not t.negative and t.key == s.key
                      and (_DEPTH_SAID.search(target, max(0, t.token.start - 40), t.token.start)
                           or _DEPTH_AFTER.match(target, t.token.end)
                           # (or under the ground: `cốt âm 32 m` ~ `32 m pod úrovní terénu`)
                           or _BELOW_SAID.match(target, max(t.token.end, t.scale_end))
                           or _CHART_SAID.search(target, t.token.end, t.token.end + 40))),
                     None)
        elif s.negative and s.sign.strip().lower() == "âm":  # `âm 12 m` ~ `12 m below ground`
            below = _BELOW_SURFACE if _GROUNDWATER_VI.search(
                source, max(0, s.token.start - 60), s.token.start) else _BELOW_SAID
            t = next((t for t in tgt if not t.matched and not t.negative and t.key == s.key
                      and below.match(target, max(t.token.end, t.scale_end))), None)
        elif plain_value(s.token) == 0 and _CHART_ZERO.match(source, s.token.end):
            s.matched = bool(_CHART_SAID.search(target))  # `số 0 hải đồ` ~ `chart datum`
            continue
        elif s.key[0] == "date" and s.key[2] and s.key[3] == 1 and lang in _BY_DAY and (
                _BEFORE_DAY.search(source[max(0, s.token.start - 20) : s.token.start])):
            t = next((t for t in tgt if not t.matched and _day_before(s.key, t.key)
                      and _BY_DAY[lang].search(target[max(0, t.token.start - 40)
                                                      : t.token.start])), None)
        elif s.key[0] == "date" and s.key[3] and s.key[3] == last_day(s.key[2], s.key[1]):
            t = next((t for t in tgt if not t.matched and t.key[0] == "date" and not t.key[3]
                      and t.key[2] == s.key[2] and t.key[1] in (s.key[1], None)
                      and _END_OF.search(target, max(0, t.token.start - 30), t.token.start)),
                     None)  # `trước 31/3/2027` ~ `do konce března 2027`
        elif s.time is not None:
            t = next((t for t in tgt if not t.matched and t.time is None
                      and _dotted_time(t.token.text) == (s.time.hour, s.time.minute)), None)
        elif plain_value(s.token) == 2 and _WEEKEND.match(source, s.token.end):
            s.matched = bool(_WEEKEND_SAID.search(target)) and not any(  # not when the
                not t.matched and plain_value(t.token) == 2 for t in tgt)  # two is said
            continue
        elif _FINE_GOLD.search(source, 0, s.token.start) and s.token.text in _FINENESS:
            t = next((t for t in tgt if not t.matched and t.key[0] == "percent"
                      and plain_value(t.token) == _FINENESS[s.token.text]), None)
        elif (unit := _SI_UNIT.match(source, s.token.end if s.scaled is None else s.scale_end)
              ) and (s.scaled is not None or plain_value(s.token) is not None):
            amount = plain_value(s.token) if s.scaled is None else s.scaled
            t = next((t for t in tgt if not t.matched and t.scaled is None and (
                said := _SI_UNIT.match(target, t.token.end)) and _unit(said) == _unit(unit)
                and plain_value(t.token) is not None and plain_value(t.token) * _PREFIX[
                    said["p"]] == amount * _PREFIX[unit["p"]]), None)  # `tỷ kWh` ~ `TWh`
        elif _STRENGTH.match(source, s.token.end) and _DRINK.search(source):
            t = next((t for t in tgt if not t.matched and plain_value(t.token) == plain_value(
                s.token) and (t.key[0] == "percent" or _PERCENT_WORD.search(t.token.text))),
                     None)
        else:
            continue
        if t is not None:
            s.matched = t.matched = True
            s.partner = tgt.index(t)

    _previous_quarter(source, tgt)
    _letters_kept(source, src, tgt)
    _blood_group_zero(source, target, tgt)
    _after_midnight(target, src, tgt)
    _start_of_day(source, target, src)
    _sino_counts(source, tgt, src)
    _lunar_months(source, target, src, tgt)


# months of the lunar calendar (`từ tháng 11 đến tháng Giêng âm lịch`) said by their place,
# the month noun once at the close: `od jedenáctého do prvního lunárního měsíce`, `from the
# 11th to the first lunar month`
_LUNAR_VI = re.compile(r"[^.;]{0,40}?(?<!\w)âm[\s\u00a0]+lịch(?!\w)", re.IGNORECASE)
_LUNAR_SAID = re.compile(r"[^.;]{0,40}?(?<!\w)(?:lunár\w*|lunar)(?!\w)", re.IGNORECASE)


# an energy, power or data-rate unit after a value: its prefix takes a scale word (`330,5 tỷ
# kWh` ~ `330,5 TWh`, `2 nghìn MW` ~ `2 GW`) or another prefix (`0,3 Pbps` ~ `300 Tb/s`)
_SI_UNIT = re.compile(r"[\s\u00a0]*(?-i:(?P<p>[kMGTP]?)(?P<u>Wh|W|bps|b/s|bit/s))(?![^\W\d_])")
_PREFIX = {"": Decimal(1), "k": Decimal(10) ** 3, "M": Decimal(10) ** 6, "G": Decimal(10) ** 9,
           "T": Decimal(10) ** 12, "P": Decimal(10) ** 15}


def _unit(m: re.Match) -> str:
    """The unit without its prefix, one spelling for bits per second (`bps` = `b/s`)."""
    return "bps" if m["u"] in ("bps", "b/s", "bit/s") else m["u"]


# a value restated after another (`fell by 1,320, or 11%`, `klesl o 1320, tedy o 11 %`)
_APPOSITION = re.compile(r",[\s\u00a0]*(?:or|i\.\s?e\.|that\s+is|tedy|neboli|čili|tj\.)"
                         r"[\s\u00a0]+(?:(?:o|by)[\s\u00a0]+)?$", re.IGNORECASE)


def _fall_said(target: str, t: Num, tgt: list[Num], lang: str) -> bool:
    """The translation says `t` falls: by its own words, or as the restatement of the value
    before it that falls (`fell by 1,320, or 11%`); never a value the words say rises."""
    said = said_direction(target, t.token.start, t.token.end, lang)
    if said is not None or not _APPOSITION.search(target, max(0, t.token.start - 16),
                                                   t.token.start):
        return said is False
    before = [u for u in tgt if u.token.end <= t.token.start]
    last = max(before, key=lambda u: u.token.end) if before else None
    return last is not None and said_direction(target, last.token.start, last.token.end,
                                               lang) is False


def _lunar_months(source: str, target: str, src: list[Num], tgt: list[Num]) -> None:
    """A lunar month of the source (`tháng 11 … âm lịch`) said as an ordinal before the
    translation's `lunar` (`jedenáctého … lunárního měsíce`, `the 11th … lunar month`)."""
    for s in src:
        if s.matched or s.token.kind != "month_only" or not _LUNAR_VI.match(source,
                                                                              s.token.end):
            continue
        t = next((t for t in tgt if not t.matched and plain_value(t.token) == s.token.month
                  and (t.word_kind == ORDINAL or re.fullmatch(r"\d{1,2}(?:st|nd|rd|th|\.)",
                                                              _ordinal_text(target, t)))
                  and _LUNAR_SAID.match(target, t.token.end)), None)
        if t is not None:
            s.matched = t.matched = True


def _ordinal_text(target: str, t: Num) -> str:
    """The digits of a number with the ordinal ending written after them (`11th`, `11.`)."""
    m = re.match(r"st|nd|rd|th|\.", target[t.token.end : t.token.end + 2])
    return t.token.text + (m.group() if m else "")


# fixed Sino-Vietnamese names with a count in them, which translations spell out: `mâm ngũ quả`
# (a tray of five fruits, `mísa pěti plodů`), `ngũ hành` (the five elements), `tứ trụ` (the
# four pillars), `Tam phủ`/`Tam tòa` (the three realms of the Mother Goddesses); a fixed list:
# in place names the numeral is a name only (`cầu Tứ Liên`, `sông Cửu Long`)
_SINO = {3: re.compile(r"(?<!\w)tam[\s\u00a0]+(?:phủ|tòa|toà)(?!\w)", re.IGNORECASE),
         5: re.compile(r"(?<!\w)ngũ[\s\u00a0]+(?:quả|hành)(?!\w)", re.IGNORECASE),
         4: re.compile(r"(?<!\w)tứ[\s\u00a0]+trụ(?!\w)", re.IGNORECASE)}


def _sino_counts(source: str, tgt: list[Num], src: list[Num]) -> None:
    """A number word the translation spells for a count a fixed Sino-Vietnamese name holds,
    where no number of the source has that value (it would be that one's)."""
    for value, pattern in _SINO.items():
        if pattern.search(source) and not any(plain_value(s.token) == value for s in src):
            t = next((t for t in tgt if not t.matched and t.is_word
                      and plain_value(t.token) == value), None)
            if t is not None:
                t.matched = True


_AFTER = re.compile(r"(?<!\w)(?:po|after|past)[\s\u00a0]+$", re.IGNORECASE)


def _after_midnight(target: str, src: list[Num], tgt: list[Num]) -> None:
    """`0h15` ~ `krátce po půlnoci, kolem 0.15`: midnight after `po`/`after` where the source
    has a time past midnight (hour 0, some minutes) is the hour that time falls in."""
    if not any(s.time is not None and s.time.hour == 0 and s.time.minute for s in src):
        return
    for t in tgt:
        if not t.matched and t.time is not None and (t.time.hour, t.time.minute) in (
                (0, 0), (24, 0)) and _AFTER.search(target, max(0, t.token.start - 12),
                                                   t.token.start):
            t.matched = True


# `0h ngày 3/12` ~ `from the start of December 3`, `od začátku 3. prosince`: the day's first
# moment said by its start, the date right after
_DAY_START_VI = re.compile(r"(?<![\d.,])0[\s\u00a0]*(?:h|giờ)(?:[\s\u00a0]*00)?[\s\u00a0]+"
                           r"(?:ngày[\s\u00a0]+)?\d{1,2}/\d{1,2}", re.IGNORECASE)
_DAY_START = re.compile(r"(?<!\w)(?:(?:start|beginning|first\s+minute)\s+of|začát\w*|počát\w*)"
                        r"[\s\u00a0]+(?:(?:the\s+day\s+)?(?:on\s+)?[A-Z][a-z]+\.?[\s\u00a0]+\d"
                        r"|(?:dne[\s\u00a0]+)?\d{1,2}\.)")


def _start_of_day(source: str, target: str, src: list[Num]) -> None:
    """`0h ngày 3/12` ~ `the start of December 3`: hour zero before a date, said as the start
    of that day (the date itself is paired on its own)."""
    if not _DAY_START_VI.search(source) or not _DAY_START.search(target):
        return
    ends = [s for s in src if not s.matched and s.time is not None
            and (s.time.hour, s.time.minute) == (24, 0)]
    for s in src:
        if s.time is None or (s.time.hour, s.time.minute) != (0, 0) or not (
                _DAY_START_VI.match(source, s.token.start)):
            continue
        if s.matched and s.partner >= 0 and ends:  # the midnight it took closes the span
            end = ends.pop(0)  # (`đến 24h ngày 5/12` ~ `to midnight on December 5`)
            end.matched, end.partner, s.partner = True, s.partner, -1
        s.matched = True


# blood group O (`nhóm máu O`), which Czech writes with a zero (`krevní skupina 0`)
_GROUP_O = re.compile(r"(?<!\w)nhóm[\s\u00a0]+(?:máu[\s\u00a0]+)?O(?![\w+-])")
_GROUP_BEFORE = re.compile(r"(?<!\w)(?:skupin\w*|group|type)[\s\u00a0]+$", re.IGNORECASE)


def _blood_group_zero(source: str, target: str, tgt: list[Num]) -> None:
    """`nhóm O` ~ `skupiny 0`: the zero after a group word is the letter O, no added value."""
    if not _GROUP_O.search(source):
        return
    for t in tgt:
        if not t.matched and t.token.text == "0" and _GROUP_BEFORE.search(
                target, max(0, t.token.start - 20), t.token.start):
            t.matched = True


def _letters_kept(source: str, src: list[Num], tgt: list[Num]) -> None:
    """A Roman numeral or a word in capitals of the translation that the source writes alike
    where it reads no number (`công ty X.`, a company whose name is withheld; `phòng học STEM`
    ~ `učebnu STEM`, not the Czech `stem`, a hundred) is that name, no added value."""
    for t in tgt:
        if t.matched or not (t.token.text.isalpha() and t.token.text.isupper()):
            continue
        spots = [m.span() for m in re.finditer(rf"(?<!\w){t.token.text}(?!\w)", source)]
        if spots and not any(n.token.start < b and a < n.token.end for a, b in spots
                             for n in src):
            t.matched = True


_QUARTER = re.compile(r"(?<!\w)quý[\s\u00a0]+(IV|I{1,3}|[1-4])(?![\w/])", re.IGNORECASE)
_PREVIOUS_QUARTER = re.compile(r"(?<!\w)quý[\s\u00a0]+trước(?!\w)", re.IGNORECASE)
_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4}


def _previous_quarter(source: str, tgt: list[Num]) -> None:
    """`quý III … so với quý trước` ~ `in the third quarter … from the second`: the ordinal of
    the quarter before the one quarter the source names is no added number."""
    if not _PREVIOUS_QUARTER.search(source):
        return
    named = {_ROMAN.get(m[1].upper()) or int(m[1]) for m in _QUARTER.finditer(source)}
    if len(named) != 1:
        return
    before = (named.pop() - 2) % 4 + 1
    t = next((t for t in tgt if not t.matched and t.word_kind == ORDINAL
              and plain_value(t.token) == before), None)
    if t is not None:
        t.matched = True


def _day_before(key: tuple, other: tuple) -> bool:
    """`other` is the day before the date `key` (both `('date', year, month, day)`): a source
    year must be the translation's too (`trước 1/1/2027` ~ `by December 31, 2026`); without
    one, either kind of year (29 February)."""
    if other[0] != "date" or not other[2] or not other[3]:
        return False
    _, year, month, day = key
    for y in (year,) if year else (2027, 2028):
        try:
            before = datetime.date(y, month, day) - datetime.timedelta(days=1)
        except ValueError:
            continue
        if (before.month, before.day) == (other[2], other[3]) and (
                not year or other[1] == before.year):
            return True
    return False
