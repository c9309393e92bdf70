"""Dates and months as each language writes them, beyond the shared number reader, for the
numbers check: English month-day dates (`Nov. 6`, `June 11`, `Sept. 5-7, 2023`, `the first of
June`), Czech ordinal days (`prvního června`), Vietnamese month names (`tháng Ba`), lunar dates
(`mùng 5 tháng 5 âm lịch`: two ordinals, no date of the Gregorian calendar) and the day that
opens a range (`8. až 14. února`)."""

from __future__ import annotations

import datetime
import re
from decimal import Decimal
from functools import lru_cache

from translate.review.qa.base import lang_of
from translate.text.numbers import NumberToken
from translate.text.numwords import month_stems
from translate.text.wordnumbers import cs_ordinal_value, en_ordinal_value

__all__ = ["month_of_word", "months_named", "date_tokens", "unlunar", "range_days", "make_date"]


@lru_cache(maxsize=8)
def _month_names(lang: str) -> dict[str, int]:
    """Lower-cased month names (wide, abbreviated, `sept`) of a language, for whole words."""
    from babel import dates

    names: dict[str, int] = {}
    for width in ("wide", "abbreviated"):
        for context in ("format", "stand-alone"):
            for n, name in dates.get_month_names(width, context, lang).items():
                names.setdefault(str(name).lower().rstrip("."), n)
    if lang == "en":
        names["sept"] = 9
    return names


@lru_cache(maxsize=8)
def _month_word_stems(lang: str) -> dict[str, int]:
    """`month_stems`, with `zářij` for Czech (`zářijový`): built once, not per word."""
    return month_stems(lang) | ({"zářij": 9} if lang == "cs" else {})


def month_of_word(word: str, lang: str) -> int:
    """The month a word names: a whole name first (cs `červen` June), else a stem
    (`července` July, `v srpnu` August); 0 for no month."""
    word = word.lower().rstrip(".")
    names = _month_names(lang)
    if word in names:
        return names[word]
    stems = _month_word_stems(lang)
    best = max((s for s in stems if word.startswith(s)), key=len, default=None)
    return stems[best] if best and lang != "en" else 0


_EN_MONTH_DAY = re.compile(
    r"(?<![\w])(?P<mon>[A-Z][a-z]{2,8})\.?\s+(?P<d1>\d{1,2})(?!\d)(?:st|nd|rd|th)?(?![\d:.,]\d)"
    r"(?:\s*(?:-|–|to|and|through)\s*(?P<d2>\d{1,2})(?:st|nd|rd|th)?(?![\d:]))?"
    r"(?:,?\s+(?P<y>\d{4})(?!\d))?")
_EN_DAY_OF = re.compile(r"(?<![\w])(?P<o>[A-Za-z]+(?:-[a-z]+)?|\d{1,2}(?:st|nd|rd|th))\s+of\s+"
                        r"(?P<mon>[A-Z][a-z]{2,8})\b")
# `a fifth of`, `two thirds of`: a fraction, never a day of the month
_EN_FRACTION_BEFORE = re.compile(r"(?<!\w)(?:an?|one|two|three|four|five)\s+$", re.IGNORECASE)
_CS_ORDINAL_DAY = re.compile(r"(?<!\w)(?P<o>[^\W\d_]+)\s+(?=(?P<mon>[^\W\d_]+))")
_CS_MONTH_GENITIVES = {"ledna", "února", "března", "dubna", "května", "června", "července",
                       "srpna", "září", "října", "listopadu", "prosince",  # `prvního června`
                       "leden", "únor", "březen", "duben", "květen", "červen", "červenec",
                       "srpen", "říjen", "listopad", "prosinec"}  # `První červen`
_VI_MONTHS = {"giêng": 1, "hai": 2, "ba": 3, "tư": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8,
              "chín": 9, "mười": 10, "mười một": 11, "mười hai": 12, "chạp": 12}
_VI_MONTH = re.compile(r"(?<!\w)(?:(?P<d>\d{1,2})\s+)?tháng\s+(?P<m>mười một|mười hai|giêng|hai"
                       r"|ba|tư|năm|sáu|bảy|tám|chín|mười|chạp)(?!\w)"
                       r"(?:\s+năm\s+(?P<y>\d{4})(?!\d))?", re.IGNORECASE)
# after a month in lower case these make it a count (`hai tháng năm ngoái`: two months of
# last year; `9 tháng năm 2025`: nine months of 2025); a capital names the month
_VI_NOT_A_MONTH = re.compile(r"\s+(?:năm|tháng|ngày)(?!\w)")
_VI_YEAR_AFTER = re.compile(r"\s+(?:\d{4}|nay|ngoái|qua|trước|tới|sau)(?!\w)")
_VI_DAY_BEFORE = re.compile(r"(?:ngày|mùng|mồng|rằm)\s+$", re.IGNORECASE)


def months_named(text: str, lang: str) -> set[int]:
    """Months named by a word of `text` (English names capitalised: `may` is a verb)."""
    lang = lang_of(lang)
    found = set()
    for word in re.findall(r"[^\W\d_]+", text):
        if lang == "en" and not word[0].isupper():
            continue
        month = month_of_word(word, lang)
        if month:
            found.add(month)
    return found


def make_date(start: int, end: int, text: str, day: int | None, month: int, year: int | None,
          lang: str) -> NumberToken | None:
    try:
        datetime.date(year or 2000, month, day or 1)
    except ValueError:
        return None
    if year is None:
        kind = "day_month" if day else "month_only"
        value = None
    else:
        kind = "date" if day else "month"
        value = datetime.date(year, month, day or 1)
    return NumberToken(start, end, text[start:end], kind, value, lang, form="long", day=day,
                       month=month, year=year)


def date_tokens(text: str, lang: str) -> list[NumberToken]:
    out: list[NumberToken] = []
    if lang == "en":
        for m in _EN_MONTH_DAY.finditer(text):
            month = _month_names("en").get(m["mon"].lower())
            if not month:
                continue
            year = int(m["y"]) if m["y"] else None
            end1 = m.end("d1") if m["d2"] else m.end()
            first = make_date(m.start(), end1, text, int(m["d1"]), month, year, lang)
            if first is None:
                continue
            out.append(first)
            if m["d2"]:
                second = make_date(m.start("d2"), m.end(), text, int(m["d2"]), month, year, lang)
                if second is not None:
                    out.append(second)
        for m in _EN_DAY_OF.finditer(text):  # `the first of June`, `1st of June`
            if _EN_FRACTION_BEFORE.search(text, 0, m.start()) or text.startswith(
                    ("'s", "\u2019s"), m.end()):
                continue  # `a fifth of September's volume`: a share of a month's amount
            word = m["o"].lower()
            day = int(re.sub(r"\D", "", word) or 0) or en_ordinal_value(word)
            month = _month_names("en").get(m["mon"].lower())
            token = make_date(m.start(), m.end(), text, day, month, None, lang) if (
                day and month) else None
            if token is not None:
                out.append(token)
    elif lang == "cs":  # `První červen`, `prvního června`
        for m in _CS_ORDINAL_DAY.finditer(text):
            if m["mon"].lower() not in _CS_MONTH_GENITIVES:
                continue  # `v prvním prosincovém týdnu` is no date
            day, month = cs_ordinal_value(m["o"].lower()), month_of_word(m["mon"], "cs")
            start = m.start()
            tens = re.search(r"([^\W\d_]+)\s+$", text[max(0, start - 20) : start])
            if tens and day < 10 and cs_ordinal_value(tens[1].lower()) in (20, 30):
                day += cs_ordinal_value(tens[1].lower())  # `dvacátého prvního června`: 21
                start -= len(tens.group())
            if day and month and day <= 31:
                token = make_date(start, m.end("mon"), text, day, month, None, lang)
                if token is not None:
                    out.append(token)
    elif lang == "vi":
        for m in _VI_MONTH.finditer(text):
            out += _vi_month(text, m)
    for m in _MONTH_YEAR.finditer(text):  # `Đại hội VI (12/1986)`: December 1986
        if not _NUMBERED.search(text, 0, m.start()) and 1 <= int(m["m"]) <= 12:
            token = make_date(m.start(), m.end(), text, None, int(m["m"]), int(m["y"]), lang)
            out += [token] if token is not None else []
    return out


# a month and year without `tháng`; never a document's number (`Nghị định 12/2025/NĐ-CP`,
# `Thông tư số 12/2025`, `č. 12/2025`), a quarter (`quý 3/2026`) or a map's scale (`quy hoạch
# tỷ lệ 1/2000` ~ `v měřítku 1 : 2000`, `a 1:2,000 plan`)
_MONTH_YEAR = re.compile(r"(?<![\w/.,])(?P<m>\d{1,2})/(?P<y>(?:18|19|20|21)\d\d)(?![\w/.,])")
_NUMBERED = re.compile(r"(?:số|quý|tháng|Q|định|tư|lệnh|thị|bản|luật|án|hiệu|No\.?|č\.|číslo"
                       r"|vyhlášk\w*|zákon\w*|nařízení|Circular|Decree|Decision|Resolution"
                       r"|tỷ\s+lệ|tỉ\s+lệ|měřítk\w*|scale)\s*$",
                       re.IGNORECASE)


def _vi_month(text: str, m: re.Match[str]) -> list[NumberToken]:
    """`tháng Chín` (September); with its day and year, one date: `ngày 2 tháng Chín năm
    1945` ~ `2. září 1945`. A day before a month in lower case only after `ngày`."""
    named = m["m"][0].isupper()
    if not named and not m["y"] and (_VI_NOT_A_MONTH.match(text, m.end()) or (
            m["m"].lower() == "năm" and _VI_YEAR_AFTER.match(text, m.end()))):
        return []
    month = _VI_MONTHS[m["m"].lower()]
    start = m.start()
    day = int(m["d"]) if m["d"] else None
    if day is not None and not (named or _VI_DAY_BEFORE.search(text, 0, start)):
        start, day = text.rfind("tháng", 0, m.start("m")), None  # `3 tháng ba`: a count
    token = make_date(start, m.end(), text, day, month, int(m["y"]) if m["y"] else None, "vi")
    return [token] if token is not None else []


_LUNAR_BEFORE = re.compile(r"(?:mùng|mồng|rằm)\s*$", re.IGNORECASE)
_LUNAR_AFTER = re.compile(r"\s*(?:âm lịch|âl\b|\(âm lịch\))", re.IGNORECASE)


def unlunar(text: str, tokens: list[NumberToken]) -> list[NumberToken]:
    """`mùng 5 tháng 5 âm lịch` is the fifth day of the fifth lunar month: no date of the
    Gregorian calendar, and translated so (`pátý den pátého lunárního měsíce`); its day and
    month stay two numbers."""
    out = []
    for tok in tokens:
        lunar = tok.is_date and (_LUNAR_BEFORE.search(text[max(0, tok.start - 60) : tok.start])
                                 or _LUNAR_AFTER.match(text, tok.end)
                                 or re.search(r"giêng|chạp", tok.text, re.IGNORECASE))
        if not lunar:
            out.append(tok)
            continue
        name_at = re.search(r"tháng\s+(\D+?)(?:\s+năm|$)", tok.text, re.IGNORECASE)
        if tok.month and name_at:  # `tháng Giêng`: the first lunar month
            name = tok.start + name_at.start(1)  # the name alone, after `tháng`
            out.append(NumberToken(name, tok.start + name_at.end(1),
                                   text[name : tok.start + name_at.end(1)], "integer",
                                   Decimal(tok.month), tok.lang))
        for m in re.finditer(r"\d+", tok.text):
            out.append(NumberToken(tok.start + m.start(), tok.start + m.end(), m.group(),
                                   "integer", Decimal(m.group()), tok.lang))
    return out


_DAY_RANGE = re.compile(r"\.?[\s\u00a0]*(?:-|–|až|do|a|na|to|and|through|đến|tới|đến hết"
                        r"|rạng sáng)"
                        r"[\s\u00a0]*(?:(?:ngày|sáng|trưa|chiều|tối|đêm|rạng sáng)[\s\u00a0]*)?"
                        r"(?:(?:thứ[\s\u00a0]*(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ[\s\u00a0]*nhật"
                        r"|pondělí|úterý|střed[ay]|čtvrt(?:ek|ka)|pát(?:ek|ku)|sobot[ay]"
                        r"|neděl[ei]|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day),?[\s\u00a0]*)?",
                        re.IGNORECASE)  # `từ 1 đến ngày 3/9`, `từ đêm 10 đến sáng 12/10`,
# a weekday before the closing day: `od pondělí 14. do pátku 18. prosince`
# `from October 10 until the morning of the 12th`: the closing day takes the opening month
_DAY_AFTER = re.compile(r"[\s\u00a0]*(?:-|–|to|until|till|through|and)[\s\u00a0]+(?:the[\s\u00a0]+"
                        r"(?:morning|afternoon|evening|night)[\s\u00a0]+of[\s\u00a0]+)?the[\s\u00a0]+",
                        re.IGNORECASE)


def range_days(text: str, tokens: list[NumberToken]) -> list[NumberToken]:
    """`8. až 14. února 2024`, `5-7/9/2023`, `Nov. 5-10`: the first day of a range takes the
    month and year of the date that closes it."""
    out = list(tokens)
    for i in range(len(out) - 2, -1, -1):
        a, b = out[i], out[i + 1]
        if a.kind != "integer" or not b.is_date or b.day is None or a.grouped:
            continue
        if a.start and text[a.start - 1] in "/.:,-–":  # `8/2 đến 14/2`: a day and month
            continue
        if not 1 <= int(a.value) <= 31 or not _DAY_RANGE.fullmatch(text, a.end, b.start):
            continue
        day = make_date(a.start, a.end, text, int(a.value), b.month, b.year, a.lang)
        if day is not None:
            out[i] = day
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if not (a.is_date and a.day and b.kind == "integer" and a.day < b.value <= 31) or (
                not _DAY_AFTER.fullmatch(text, a.end, b.start)
                or not re.match(r"(?:st|nd|rd|th)\b", text[b.end:])):
            continue
        day = make_date(b.start, b.end, text, int(b.value), a.month, a.year, b.lang)
        if day is not None:
            out[i + 1] = day
    return _closing_dates(text, out)


_VI_OPENING_DAY = re.compile(r"(?<!\w)ngày\s+$", re.IGNORECASE)


def _opens_range(text: str, a: NumberToken | None, c: NumberToken | None) -> bool:
    """`từ ngày 2 đến 27/11`: a bare day after `ngày` opens the range too, and takes the
    closing date's month (never a count: `trong 5 ngày 2/9`, no `ngày` before the 5; never
    before a lunar date, `đến 10/3 âm lịch`: `c` is the closing date's month)."""
    return a is not None and a.kind == "integer" and not a.grouped and bool(
        re.fullmatch(r"\d{1,2}", a.text) and 1 <= int(a.value) <= 31) and bool(
        _VI_OPENING_DAY.search(text, 0, a.start)) and not (
        c is not None and _LUNAR_AFTER.match(text, c.end))


def _closing_dates(text: str, tokens: list[NumberToken]) -> list[NumberToken]:
    """`từ ngày 15/9 đến 15/10`: after a date and a range word, `15/10` is a date too (the
    reader takes a bare `D/M` only after `ngày` and its kin)."""
    out: list[NumberToken] = []
    i = 0
    while i < len(tokens):
        a = out[-1] if out else None
        b, c = tokens[i], tokens[i + 1] if i + 1 < len(tokens) else None
        opening = _opens_range(text, a, c)
        if a is not None and c is not None and (a.is_date and a.day or opening) and (
                b.kind == c.kind == "integer") and text[b.end : c.start] == "/" and (
                _DAY_RANGE.fullmatch(text, a.end, b.start)) and not re.match(r"/\d",
                                                                             text[c.end:]):
            date = make_date(b.start, c.end, text, int(b.value), int(c.value), None, b.lang)
            if date is not None:
                if opening:
                    first = make_date(a.start, a.end, text, int(a.value), int(c.value), None,
                                      a.lang)
                    if first is None or first.day >= date.day:
                        out.append(b)
                        i += 1
                        continue
                    out[-1] = first
                out.append(date)
                i += 2
                continue
        out.append(b)
        i += 1
    return out
