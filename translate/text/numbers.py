"""Find numbers, percentages and dates in text, by the conventions of its language.

One shared reader for the stages that care about numbers (protect, QA check, localise), so
they agree on what `19.340` means: in Vietnamese it is nineteen thousand three hundred and
forty, in English nineteen point three four. Separators and month names come from CLDR via
`babel`, never from hand tables; Vietnamese date phrases (`ngày 25 tháng 8 năm 2023`) are
matched explicitly because CLDR has no reverse (parsing) data for them.

Document numbers and codes (`25-NQ/TW`, `15/2020/NĐ-CP`, `QH15`, `Covid-19`) are skipped:
any run of letters, digits, `/`, `-` and `_` that holds both a letter and a digit is a code
(`translate.text.numcodes.code_spans`, re-exported here with `is_document_number_context`),
and no number is reported inside it.
"""

from __future__ import annotations

import datetime
import os
import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from translate.text.numcodes import LETTER as _LETTER
from translate.text.numcodes import code_spans, is_document_number_context
from translate.text.numscan import matches_near_digits, merge_spans
from translate.text.numwords import month_stems

__all__ = [
    "NumberToken",
    "find_numbers",
    "code_spans",
    "is_document_number_context",
    "numeric_key",
    "numeric_keys",
    "CONTEXT_DEPENDENT_KINDS",
]

# Kinds reported in NumberToken.kind.
INTEGER = "integer"
DECIMAL = "decimal"
PERCENT = "percent"
YEAR = "year"
DATE = "date"  # day, month and year
MONTH = "month"  # month and year (`tháng 8/2023`, `srpen 2023`)
DAY_MONTH = "day_month"  # day and month without a year (`ngày 25/8`, `25. srpna`)
MONTH_ONLY = "month_only"  # a month of the year named by its number (`tháng 6`: June)
TIME = "time"  # 17:30, 7:05:00 (value: datetime.time)
DATE_KINDS = (DATE, MONTH, DAY_MONTH, MONTH_ONLY)
# Kinds whose written form depends on the sentence in inflecting targets (cs `v srpnu 2023`,
# `v červnu`, not `srpen 2023`, `červen`): better translated by the model in context than
# masked and rendered in one fixed case; the checks still compare their values.
CONTEXT_DEPENDENT_KINDS = (MONTH, MONTH_ONLY)


@dataclass(frozen=True)
class NumberToken:
    """One number or date found in a text.

    `value` is a `Decimal` for integer/decimal/percent/year (a percentage keeps the number as
    written: `3,5%` has value 3.5), a `datetime.date` for `date` and `month` (day 1), a
    `datetime.time` for `time` (`decimals` 2 when seconds were written), and `None` for
    `day_month` and `month_only` (no year); `day`/`month`/`year` are set as known.
    `decimals` is the number of fraction digits written, `grouped` whether thousands were
    separated, `form` how a date was written: "numeric", "long" (month name or Vietnamese
    words) or "iso".

    `convention` is "locale" when the number follows the language's separators, "foreign"
    when it only reads with the other decimal mark (`7.5` in Vietnamese, `3.1` in Czech: real
    text mixes conventions). `alternative` is the other plausible value of a number that
    reads both ways (`10,000` in Vietnamese: 10.000 by the convention, but often 10000 as
    English-style grouping; `2.015`: 2015, or 2.015), so a checker can accept either.
    """

    start: int
    end: int
    text: str
    kind: str
    value: Decimal | datetime.date | datetime.time | None
    lang: str
    decimals: int = 0
    grouped: bool = False
    form: str = ""
    day: int | None = None
    month: int | None = None
    year: int | None = None
    convention: str = "locale"
    alternative: Decimal | None = None

    @property
    def is_date(self) -> bool:
        return self.kind in DATE_KINDS


_SPACES = "\u0020\u00a0\u202f\u2009"  # space, no-break space, narrow no-break, thin
_SP = f"[{_SPACES}]"


def _vi(word: str) -> str:
    """Regex for a Vietnamese word in NFC or NFD (input text may be either)."""
    nfc, nfd = unicodedata.normalize("NFC", word), unicodedata.normalize("NFD", word)
    return f"(?:{re.escape(nfc)}|{re.escape(nfd)})" if nfc != nfd else re.escape(nfc)


def _alt(words: set[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True) if w)


@dataclass(frozen=True)
class _Grammar:
    regex: re.Pattern[str]
    group: str  # characters accepted as thousands separator
    decimal: str
    months: dict[str, int]  # lower-cased month name -> number
    stems: dict[str, int]  # lower-cased stem of inflected month names -> number
    order: str  # "dmy", "mdy" or "ymd" for numeric dates


def _month_names(locale: str) -> tuple[dict[str, int], dict[str, int]]:
    """Lower-cased month names from CLDR: (wide names, abbreviations that are not wide)."""
    from babel import dates

    full: dict[str, int] = {}
    abbr: dict[str, int] = {}
    for width, names in (("wide", full), ("abbreviated", abbr)):
        for context in ("format", "stand-alone"):
            for num, name in dates.get_month_names(width, context, locale).items():
                name = name.strip().rstrip(".").lower()
                if name and not name[0].isdigit():
                    names.setdefault(name, num)
                    names.setdefault(unicodedata.normalize("NFD", name), num)
    return full, {k: v for k, v in abbr.items() if k not in full}


def _unit_words(locale: str, unit: str) -> list[str]:
    """Words CLDR writes after a number for a unit (cs `procent`, `procenta`, `procento`)."""
    from babel import Locale

    patterns = Locale.parse(locale)._data["unit_patterns"].get(unit, {}).get("long", {})
    words = set()
    for pattern in patterns.values():
        word = pattern.replace("{0}", "").strip()
        if word and not set(word) & set("%‰"):
            words.add(word.lower())
    return sorted(words)


def _stem_alternation(words: list[str]) -> str:
    """Words as a regex; inflected sets (`procent`/`procenta`) also by stem + up to 3 letters."""
    alts = [re.escape(w) for w in sorted(words, key=len, reverse=True)]
    stem = os.path.commonprefix(words) if len(words) > 1 else ""
    if len(stem) >= 4:
        alts.append(re.escape(stem) + r"[^\W\d_]{0,3}")
    return "|".join(alts)


@lru_cache(maxsize=32)
def _grammar(lang: str) -> _Grammar:
    from babel import Locale, numbers
    from babel import dates as bdates

    locale = Locale.parse(lang.replace("-", "_"))
    dec = numbers.get_decimal_symbol(locale)
    grp = numbers.get_group_symbol(locale)
    group = _SPACES if grp.isspace() or grp in _SPACES else grp
    if grp in "’'":
        group = "’'"
    short = bdates.get_date_format("short", locale=locale).pattern
    order = "".join(sorted("dMy", key=lambda c: short.find(c) if c in short else 9)).lower()
    is_vi = locale.language == "vi"
    is_cjk = locale.language in ("zh", "ja")
    months, abbrs = ({}, {}) if is_vi or is_cjk else _month_names(str(locale))
    stems = {} if is_vi or is_cjk else month_stems(str(locale), inflected_only=True)

    G = f"[{re.escape(group)}]"
    D = re.escape(dec)
    d2 = r"(?<![0-9])[0-9]{1,2}(?![0-9])"
    y4 = r"(?<![0-9])[0-9]{4}(?![0-9])"
    sep = rf"(?:\.{_SP}?|/|-)"
    parts = [
        # ISO 2023-08-25
        rf"(?P<iso>(?P<iso_y>{y4})-(?P<iso_m>[0-9]{{2}})-(?P<iso_d>[0-9]{{2}})(?![0-9]))",
        # numeric date in the locale's order, one separator throughout
        rf"(?P<num>(?P<n1>{d2})(?P<ns>{sep})(?P<n2>{d2})(?P=ns)(?P<n3>{y4}))",
        rf"(?P<ymd>(?P<ymd_y>{y4})(?P<ymd_s>[/.])(?P<ymd_m>{d2})(?P=ymd_s)(?P<ymd_d>{d2}))",
    ]
    if is_vi:
        thang, nam = _vi("tháng"), _vi("năm")
        after_context = _day_month_context()
        ws, amount = r"\s+", r"\.[0-9]{3}(?![0-9])"  # `tháng 11.200 tỷ`: thousands, no month
        parts += [
            # 25 tháng 8 năm 2023 / 25 tháng 8, 2023 / 25 tháng 8 (`9 tháng 1,5 triệu`: none)
            rf"(?P<vil>(?P<vil_d>{d2}){ws}{thang}{ws}(?P<vil_m>{d2})(?!{ws}lần|{amount}|,[0-9]{{1,3}}(?!\d))"
            rf"(?:(?:{ws}{nam}{ws}|,\s*|/)(?P<vil_y>{y4}))?)",
            # tháng 8/2023 / tháng 8 năm 2023 / tháng 8-2023
            rf"(?P<vim>{thang}{ws}(?P<vim_m>{d2})(?:{ws}{nam}{ws}|/|-)(?P<vim_y>{y4}))",
            # tháng 6 (June), not followed by a year nor a decimal (`hằng tháng 1,2 triệu`)
            rf"(?P<vimo>{thang}{ws}(?P<vimo_m>{d2})(?!{ws}{nam}{ws}[0-9]|[/,-][0-9]|{amount}|{ws}lần))",
            # ngày 25/8, Chiều 25/8, thứ Hai (25/8): no year, so only after a word that
            # introduces a day (a bare 3/4 is a fraction, 21/23 a ratio)
            rf"(?P<vidm>{after_context}(?P<vidm_d>{d2})(?P<vidm_s>[/-])(?P<vidm_m>{d2})"
            rf"(?![0-9]|[/.-][0-9])(?:\)?{ws}{nam}{ws}(?P<vidm_y>{y4}))?)",  # `5-7/9/2023`: days
            # `15/3 năm 2027`, `(21/4) năm 2027`: a year said after the day-month makes it a
            # date with no word before it (`1/2 năm 2027`, half the year, stays a fraction)
            rf"(?P<vidy>(?!(?:1/[234]|2/[34]|3/4)\)?\s)(?P<vidy_d>{d2})/(?P<vidy_m>{d2})"
            rf"\)?{ws}{nam}{ws}(?P<vidy_y>{y4}))",
        ]
    if is_cjk:
        parts += [
            rf"(?P<cjk>(?P<cjk_y>{y4})\s*年\s*(?P<cjk_m>{d2})\s*月(?:\s*(?P<cjk_d>{d2})\s*[日号])?)",
        ]
    if months:
        mon = _alt(set(months))  # wide names, then stems of inflected forms
        if stems:
            letters = f"[^\\W\\d_]{{0,3}}(?![{_LETTER}])"
            mon += "|" + "|".join(
                re.escape(stem) + letters for stem in sorted(stems, key=len, reverse=True)
            )
        abbr = _alt(set(abbrs)) or "(?!)"
        # a literal after the year in the CLDR long date (ru `2023 г.`) belongs to the date
        long_pat = bdates.get_date_format("long", locale=locale).pattern
        tail = long_pat[long_pat.rfind("y") + 1 :].replace("'", "").strip()
        year_tail = rf"(?:{_SP}?{re.escape(tail)})?" if tail and not tail.isspace() else ""
        day = rf"(?P<PFX_d>{d2})(?:\.|er|st|nd|rd|th)?"
        # without a year, the day must be written as CLDR writes it (cs/de `25.`)
        dot = r"\." if "d." in long_pat else r"(?:\.|er|st|nd|rd|th)?"
        end = f"(?![{_LETTER}])"
        parts += [
            # 25. srpna 2023 / 25 August 2023 / 25 août 2023 / 25 Aug 2023
            rf"(?P<dm>{day.replace('PFX', 'dm')}{_SP}+(?P<dm_m>{mon}|(?:{abbr})\.?){end}"
            rf",?{_SP}+{_NO_DATE_YEAR}(?P<dm_y>{y4}){year_tail})",
            # 25. srpna (no year: wide names only, `17-5 pro Ayr` is no date; `27 may` a verb)
            rf"(?P<dn>(?P<dn_d>{d2}){dot}{_SP}+(?!(?-i:may){end})(?P<dn_m>{mon}){end})",
            # August 25 (no year: wide names only, where CLDR puts the month first)
            *([rf"(?P<mdn>(?<![{_LETTER}])(?P<mdn_m>{mon}){end}{_SP}+(?P<mdn_d>{d2})"
               rf"(?:st|nd|rd|th)?(?![0-9])(?![.,][0-9])(?!,?{_SP}+[0-9])(?![{_LETTER}]))"]
              if 0 <= _skeleton(locale, "MMMMd").find("M") < _skeleton(locale, "MMMMd").find("d")
              else []),
            # August 25, 2023 / August 2023 / Aug. 2023 / Aug 25, 2023 (not `pro 2023`)
            rf"(?P<md>(?<![{_LETTER}])(?:(?P<md_m>{mon}|(?:{abbr})\.)\.?{end}{_SP}+"
            rf"(?:{day.replace('PFX', 'md')},?{_SP}+)?"
            rf"|(?P<ma_m>{abbr}){_SP}+{day.replace('PFX', 'ma')},?{_SP}+)"
            rf"{_NO_DATE_YEAR}(?P<md_y>{y4}){year_tail}(?!{_SP}*(?:{_AMOUNT})(?![{_LETTER}])))",
        ]
    if _skeleton(locale, "Md").endswith(".") and _skeleton(locale, "Md").startswith("d"):
        # cs `25. 8.`, de `25.8.`: a numeric day and month, as CLDR writes them without a year
        parts.append(rf"(?P<ndm>(?<![0-9.])(?P<ndm_d>{d2})\.{_SP}?(?P<ndm_m>{d2})\."
                     rf"(?!{_SP}?[0-9])(?![{_LETTER}]))")
    # times: 17:30, 7:05:00, Vietnamese 17h30
    parts.append(
        r"(?P<time>(?<![0-9:.,])(?P<t_h>[01]?[0-9]|2[0-3])(?::|(?<=[0-9])h(?=[0-5][0-9]))"
        r"(?P<t_m>[0-5][0-9])(?::(?P<t_s>[0-5][0-9]))?(?![0-9]|:[0-9]))"
    )
    # percent words: CLDR's unit names (cs `procent`), Vietnamese `phần trăm` (CLDR has `%`)
    pct_words = _unit_words(str(locale), "concentr-percent")
    if is_vi:
        pct_words.append(unicodedata.normalize("NFC", "phần trăm"))
    pct_word = rf"|{_SP}+(?:{_stem_alternation(pct_words)})(?![{_LETTER}])" if pct_words else ""
    other = "." if dec == "," else ","
    parts.append(
        rf"(?P<number>(?<![0-9])(?<![0-9][.,])"
        rf"(?P<int>[0-9]{{1,3}}(?:{G}[0-9]{{3}})+|[0-9]+)(?:{D}(?P<frac>[0-9]+))?"
        rf"(?![0-9])(?![.,][0-9])(?P<pct>{_SP}?%{pct_word})?)"
    )
    # a decimal written with the other convention's mark, read as such (flagged "foreign")
    parts.append(
        rf"(?P<foreign>(?<![0-9])(?<![0-9][.,])(?P<f_int>[0-9]+){re.escape(other)}"
        rf"(?P<f_frac>[0-9]+)(?![0-9])(?![.,][0-9])(?P<f_pct>{_SP}?%{pct_word})?)"
    )
    regex = re.compile("|".join(parts), re.IGNORECASE)
    return _Grammar(regex, group, dec, {**abbrs, **months}, stems, order)


# a currency, weight or counted scale after `month year` (`v listopadu 1812 USD`, `v listopadu
# 1046 milionů kWh`: a count in a genitive of the scale): an amount, no year
_AMOUNT = (r"USD|EUR|VND|CZK|Kč|US\$|\$|dolar\w*|dollars?|eur(?:o|a|os)?|đồng|dong[ůuy]?"
           r"|korun\w*|tun(?:a|y|u|ě|ou)?|tonnes?|tons?|kg|milionů|miliard(?!\w)|bilionů")
# four digits from 2200 on after a day and month are a count, no year a news date names
# (`zadržel 28. listopadu 2300 párů`: the date has no year, 2300 pairs were seized)
_NO_DATE_YEAR = r"(?!(?:2[2-9]|[3-9][0-9])[0-9]{2}(?![0-9]))"
# Words that introduce a day in Vietnamese news: `ngày 25/8`, `Chiều 25/8`, `hôm 19/8`,
# `thứ Hai (25/8)`, `Chủ nhật, 24/8`. Without one, `3/4` is a fraction and `21/23` a ratio.
_DAY_WORDS = ("ngày", "sáng", "trưa", "chiều", "tối", "đêm", "hôm", "khuya", "rạng sáng",
              "thứ hai", "thứ ba", "thứ tư", "thứ năm", "thứ sáu", "thứ bảy", "chủ nhật")
_DAY_WORD_GAPS = (" ", ", ", " (", ", ngày ")


def _day_month_context() -> str:
    """Fixed-width look-behinds (one per word, gap and Unicode form) for a day-month date."""
    behinds = {
        rf"(?<={re.escape(unicodedata.normalize(form, word + gap))})"
        for word in _DAY_WORDS for gap in _DAY_WORD_GAPS for form in ("NFC", "NFD")
    }
    return "(?:" + "|".join(sorted(behinds)) + ")"


def _skeleton(locale, name: str) -> str:
    """A CLDR date skeleton's pattern (`MMMMd`: en `MMMM d`; `Md`: cs `d. M.`, de `d.M.`)."""
    fmt = locale.datetime_skeletons.get(name)
    return fmt.pattern.replace("'", "").strip() if fmt is not None else ""


def _month(g: _Grammar, name: str) -> int:
    name = name.lower().rstrip(".")
    if name in g.months:
        return g.months[name]
    stem = max((s for s in g.stems if name.startswith(s)), key=len)
    return g.stems[stem]


def _valid(y: int, m: int, d: int) -> bool:
    try:
        datetime.date(y, m, d)
    except ValueError:
        return False
    return True


def _date_token(m: re.Match[str], g: _Grammar, lang: str) -> NumberToken | None:
    kind, form = DATE, "numeric"
    y = mo = d = None
    if m.group("iso"):
        y, mo, d, form = int(m["iso_y"]), int(m["iso_m"]), int(m["iso_d"]), "iso"
    elif m.group("num"):
        a, b, y = int(m["n1"]), int(m["n2"]), int(m["n3"])
        d, mo = (b, a) if g.order.startswith("m") else (a, b)
        if not _valid(y, mo, d) and _valid(y, d, mo):  # 25/8/2023 in an en text
            d, mo = mo, d
    elif m.group("ymd"):
        y, mo, d = int(m["ymd_y"]), int(m["ymd_m"]), int(m["ymd_d"])
    elif m.groupdict().get("vil"):
        d, mo, form = int(m["vil_d"]), int(m["vil_m"]), "long"
        y = int(m["vil_y"]) if m["vil_y"] else None
    elif m.groupdict().get("vim"):
        mo, y, form, kind = int(m["vim_m"]), int(m["vim_y"]), "long", MONTH
    elif m.groupdict().get("vimo"):
        mo, form = int(m["vimo_m"]), "long"
        if not 1 <= mo <= 12:  # `lương tháng 13`: the thirteenth-month salary, a number
            return NumberToken(m.start("vimo_m"), m.end("vimo_m"), m["vimo_m"], INTEGER,
                               Decimal(mo), lang)
        return NumberToken(m.start(), m.end(), m.group(), MONTH_ONLY, None, lang, form=form,
                           month=mo)
    elif m.groupdict().get("ndm"):
        d, mo, kind = int(m["ndm_d"]), int(m["ndm_m"]), DAY_MONTH
    elif m.groupdict().get("mdn"):
        d, mo, form, kind = int(m["mdn_d"]), _month(g, m["mdn_m"]), "long", DAY_MONTH
    elif m.groupdict().get("vidm") or m.groupdict().get("vidy"):
        at = "vidm" if m.groupdict().get("vidm") else "vidy"
        d, mo = int(m[at + "_d"]), int(m[at + "_m"])
        y = int(m[at + "_y"]) if m[at + "_y"] else None
    elif m.groupdict().get("cjk"):
        y, mo, form = int(m["cjk_y"]), int(m["cjk_m"]), "long"
        d = int(m["cjk_d"]) if m["cjk_d"] else None
    elif m.groupdict().get("dm"):
        d, mo, form = int(m["dm_d"]), _month(g, m["dm_m"]), "long"
        y = int(m["dm_y"])
    elif m.groupdict().get("dn"):
        d, mo, form = int(m["dn_d"]), _month(g, m["dn_m"]), "long"
    elif m.groupdict().get("md"):
        y, form = int(m["md_y"]), "long"
        if m["ma_m"]:
            mo, d = _month(g, m["ma_m"]), int(m["ma_d"])
        else:
            mo = _month(g, m["md_m"])
            d = int(m["md_d"]) if m["md_d"] else None
    else:
        return None
    if d is None and kind == DATE:
        kind = MONTH
    if y is None:
        kind = DAY_MONTH
    value: datetime.date | None
    if kind == DAY_MONTH:
        if not _valid(2000, mo, d):  # leap year: 29/2 is a valid day-month
            return None
        value = None
    else:
        if not _valid(y, mo, d or 1):
            return None
        value = datetime.date(y, mo, d or 1)
    return NumberToken(
        m.start(), m.end(), m.group(), kind, value, lang, form=form, day=d, month=mo, year=y
    )


_BOTH_WAYS = re.compile(r"[0-9]{1,3}[.,][0-9]{3}")  # 10,000 / 2.015: grouping or decimal?


def _time_token(m: re.Match[str], lang: str) -> NumberToken:
    sec = int(m["t_s"]) if m["t_s"] else 0
    value = datetime.time(int(m["t_h"]), int(m["t_m"]), sec)
    return NumberToken(
        m.start(), m.end(), m.group(), TIME, value, lang, decimals=2 if m["t_s"] else 1
    )


def _number_token(m: re.Match[str], g: _Grammar, lang: str) -> NumberToken:
    foreign = bool(m["foreign"])
    if foreign:
        int_part, frac, pct = m["f_int"], m["f_frac"], m["f_pct"]
    else:
        int_part, frac, pct = m["int"], m["frac"], m["pct"]
    digits = "".join(c for c in int_part if c.isdigit())
    grouped = len(digits) != len(int_part)
    value = Decimal(f"{digits}.{frac}") if frac else Decimal(digits)
    alternative = None
    number_text = m.group()[: len(int_part) + (len(frac) + 1 if frac else 0)]
    if _BOTH_WAYS.fullmatch(number_text):
        other = number_text.replace(",", "").replace(".", "")
        alternative = Decimal(other) if frac else Decimal(number_text.replace(",", "."))
    if pct:
        kind = PERCENT
    elif frac:
        kind = DECIMAL
    elif not grouped and len(digits) == 4 and 1000 <= int(digits) < 2200:
        kind = YEAR
    else:
        kind = INTEGER
    return NumberToken(
        m.start(), m.end(), m.group(), kind, value, lang,
        decimals=len(frac) if frac else 0, grouped=grouped,
        convention="foreign" if foreign else "locale", alternative=alternative,
    )  # fmt: skip


def find_numbers(
    text: str, lang: str, skip: list[tuple[int, int]] | None = None
) -> list[NumberToken]:
    """All numbers, percentages and dates in `text`, read by the conventions of `lang`.

    Numbers inside codes (`25-NQ/TW`, `15/2020/NĐ-CP`) and inside the `skip` spans (e.g.
    placeholders) are not reported. A number that does not follow the language's own
    separators (`3.5` in Vietnamese, `19.340` in Czech) is not reported either: it cannot be
    read without guessing.
    """
    g = _grammar(lang)
    blocked = merge_spans(code_spans(text) + list(skip or ()))
    tokens = []
    i = 0
    for m in matches_near_digits(g.regex, text):
        s, e = m.span()
        while i < len(blocked) and blocked[i][1] <= s:
            i += 1
        if i < len(blocked) and blocked[i][0] < e:
            continue
        if m.group("number") or m.group("foreign"):
            tok = _number_token(m, g, lang)
        elif m.group("time"):
            tok = _time_token(m, lang)
        else:
            tok = _date_token(m, g, lang)
            if tok is None and m.groupdict().get("ndm"):
                tok = _before_full_stop(m, g, lang, text)
        if tok is not None:
            tokens.append(tok)
    return tokens


def _before_full_stop(m: re.Match[str], g: _Grammar, lang: str, text: str
                      ) -> NumberToken | None:
    """`ve 14.35.` at a sentence's end looks like a day and month (`14. 3.`) that is no date:
    the number is the text before the full stop, read as it is read anywhere else."""
    again = g.regex.match(text, m.start(), m.end() - 1)
    if again is None or again.end() != m.end() - 1:
        return None
    if again.group("number") or again.group("foreign"):
        return _number_token(again, g, lang)
    return _time_token(again, lang) if again.group("time") else None


def numeric_key(token: NumberToken) -> tuple:
    """A language-independent key: equal for `19.340` (vi) and `19 340` (cs)."""
    if token.is_date:
        return ("date", token.year, token.month, token.day)
    if token.kind == TIME:
        return ("time", token.value.hour, token.value.minute, token.value.second)
    if token.kind == PERCENT:
        return ("percent", token.value.normalize())
    return ("number", token.value.normalize())


def numeric_keys(token: NumberToken) -> frozenset[tuple]:
    """Every plausible key of a token: its own, and its `alternative` reading if any."""
    keys = {numeric_key(token)}
    if token.alternative is not None:
        kind = "percent" if token.kind == PERCENT else "number"
        keys.add((kind, token.alternative.normalize()))
    return frozenset(keys)
