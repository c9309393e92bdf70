"""Write numbers and dates the way each target language writes them (CLDR data via babel).

`19.340` read as Vietnamese is nineteen thousand three hundred and forty; Czech writes it
`19 340` (no-break space), English `19,340`, German `19.340`. All separators, percent
patterns, month names and date patterns come from CLDR through `babel`; nothing here is a
hand-written table. Reading is `translate.text.numbers`; this module only writes.
"""

from __future__ import annotations

import copy
import datetime
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import TYPE_CHECKING

from translate.config import DATE_STYLES
from translate.text.normalize import strip_marks
from translate.text.numbers import (
    DATE,
    DAY_MONTH,
    DECIMAL,
    INTEGER,
    MONTH,
    MONTH_ONLY,
    PERCENT,
    TIME,
    YEAR,
    NumberToken,
    find_numbers,
    numeric_key,
    numeric_keys,
)

if TYPE_CHECKING:
    from babel import Locale

__all__ = [
    "LocaleStyle",
    "DEFAULT_LOCALES",
    "babel_locale",
    "format_number",
    "format_date",
    "number_renderer",
    "localize_text",
    "non_overlapping",
    "strip_name_diacritics",
    "apply_name_style",
    "source_names",
]

# Which CLDR locale a bare target language means, where the plain one is not what a
# European newsroom expects: CLDR `en` is US English (`August 25, 2023`); `en_GB` writes
# `25 August 2023`. Override per project with LocaleStyle.locale.
DEFAULT_LOCALES = {"en": "en_GB"}




@dataclass(frozen=True)
class LocaleStyle:
    """Per-project choices for the finish stage.

    date_style: "auto" keeps the form the source used (numeric stays numeric, `ngày 25 tháng
    8 năm 2023` becomes a month name), "numeric" (`25. 8. 2023`) or "long" (`25. srpna 2023`).
    keep_name_diacritics: Czech media differ; False strips them from personal names only.
    locale: a CLDR locale to use instead of the target language's default (e.g. "en_US").
    """

    date_style: str = "auto"
    keep_name_diacritics: bool = True
    locale: str | None = None

    def __post_init__(self) -> None:
        if self.date_style not in DATE_STYLES:
            raise ValueError(f"date_style must be one of {', '.join(DATE_STYLES)}")


_DEFAULT_STYLE = LocaleStyle()


@lru_cache(maxsize=64)
def _locale(name: str) -> Locale:
    from babel import Locale

    return Locale.parse(name.replace("-", "_"))


def babel_locale(lang: str, style: LocaleStyle | None = None) -> str:
    """The CLDR locale name used for a target language."""
    if style is not None and style.locale:
        return style.locale
    return DEFAULT_LOCALES.get(lang, lang)


@lru_cache(maxsize=256)
def _pattern(locale_name: str, percent: bool, decimals: int):
    loc = _locale(locale_name)
    base = (loc.percent_formats if percent else loc.decimal_formats)[None]
    pattern = copy.copy(base)
    pattern.frac_prec = (decimals, decimals)  # keep the precision the author wrote
    return pattern


def format_number(
    token: NumberToken | Decimal | int, lang: str, style: LocaleStyle | None = None
) -> str:
    """A number, percentage, year or date token written for `lang`.

    Keeps the number of decimals as written (`3,50` stays two decimals); years are never
    grouped (`2023`, not `2 023`). A bare Decimal/int is written as a plain number.
    """
    name = babel_locale(lang, style)
    if not isinstance(token, NumberToken):
        value = Decimal(token)
        decimals = max(0, -int(value.as_tuple().exponent))
        return _pattern(name, False, decimals).apply(value, _locale(name))
    if token.is_date:
        return format_date(token, lang, style)
    if token.kind == YEAR:
        return str(int(token.value))
    if token.kind == TIME:
        from babel import dates

        return dates.format_time(token.value, "medium" if token.decimals == 2 else "short",
                                 locale=name)  # fmt: skip
    if token.kind == PERCENT:
        return _pattern(name, True, token.decimals).apply(token.value / 100, _locale(name))
    if token.kind in (INTEGER, DECIMAL):
        return _pattern(name, False, token.decimals).apply(token.value, _locale(name))
    raise ValueError(f"not a number token: {token.kind}")


def format_date(
    value: NumberToken | datetime.date,
    lang: str,
    style: LocaleStyle | None = None,
    kind: str = DATE,
) -> str:
    """A date (or month and year, or day and month) written for `lang` by the style.

    Numeric dates use the CLDR skeleton `yMd` (cs `25. 8. 2023`, de `25.8.2023`), long ones
    the CLDR long date format (cs `25. srpna 2023`, en `25 August 2023`).
    """
    from babel import dates

    style = style or _DEFAULT_STYLE
    name = babel_locale(lang, style)
    form = "numeric"
    if isinstance(value, NumberToken):
        token = value
        kind, form = token.kind, token.form
        if kind == DAY_MONTH:
            date = datetime.date(2000, token.month, token.day)
        elif kind == MONTH_ONLY:
            date = datetime.date(2000, token.month, 1)
        else:
            date = token.value
    else:
        date = value
    long = style.date_style == "long" or (style.date_style == "auto" and form == "long")
    if kind == DATE:
        if long:
            return dates.format_date(date, "long", locale=name)
        return dates.format_skeleton("yMd", date, locale=name)
    if kind == MONTH:
        return dates.format_skeleton("yMMMM" if long else "yM", date, locale=name)
    if kind == DAY_MONTH:
        # without a year, a numeric day-month is only unambiguous where the locale writes it
        # with dots (cs `25. 8.`, de `25.8.`); `8/25` and `25/08` are not: en `25 August`
        numeric = not long and _dotted_day_month(name)
        return dates.format_skeleton("Md" if numeric else "MMMMd", date, locale=name)
    if kind == MONTH_ONLY:  # a month has no numeric form on its own: its stand-alone name
        return dates.get_month_names("wide", "stand-alone", locale=name)[date.month]
    raise ValueError(f"not a date kind: {kind}")


@lru_cache(maxsize=64)
def _dotted_day_month(locale_name: str) -> bool:
    pattern = _locale(locale_name).datetime_skeletons.get("Md")
    text = pattern.pattern.replace("'", "").rstrip() if pattern is not None else ""
    return text.endswith(".")


def number_renderer(lang: str, style: LocaleStyle | None = None) -> Callable[[object], str]:
    """A renderer for `protect.make_renderer`: a protected number/date token, localised.

    Accepts a `NumberToken` or anything carrying one in `.number` (a `protect.Token`); a
    token without a parsed number, or an identifier-like one (`0912345678`), comes back as
    its source text.
    """

    def render(token: object) -> str:
        number = token if isinstance(token, NumberToken) else getattr(token, "number", None)
        if not isinstance(number, NumberToken) or _identifier_like(number):
            return str(getattr(token, "source", getattr(token, "text", "")))
        return format_number(number, lang, style)

    return render


def _identifier_like(token: NumberToken) -> bool:
    """Digit strings that are identifiers, not quantities: leading zero, or 8+ bare digits."""
    if token.kind != INTEGER or token.grouped:
        return False
    return (len(token.text) > 1 and token.text.startswith("0")) or len(token.text) >= 8


def localize_text(
    text: str,
    lang: str,
    style: LocaleStyle | None = None,
    source: str | list[NumberToken] | None = None,
    source_lang: str = "vi",
) -> str:
    """Rewrite numbers and dates in a target-language `text` into `lang`'s conventions.

    Numbers may be left in Vietnamese form (`19.340`, `3,5%`, `25/8/2023`) by the model.
    Where the Vietnamese reading and the target reading of a span disagree (`19.340` in an
    English sentence: 19340 or 19.34?), the one whose value occurs in `source` (the source
    sentence or its tokens) wins; without a source, a valid target reading is kept.
    """
    if source_lang == lang:
        return text
    target = find_numbers(text, lang)
    foreign = find_numbers(text, source_lang)
    src_keys: tuple[set[tuple], set[tuple]] = (set(), set())  # (own readings, any reading)
    if source is not None:
        src_tokens = find_numbers(source, source_lang) if isinstance(source, str) else source
        src_keys = (
            {numeric_key(t) for t in src_tokens},
            set().union(*(numeric_keys(t) for t in src_tokens)),
        )

    chosen: list[NumberToken] = []
    by_span = {(t.start, t.end): t for t in target}
    used: set[tuple[int, int]] = set()
    for v in foreign:
        same = by_span.get((v.start, v.end))
        overlapping = [t for t in target if t.start < v.end and v.start < t.end]
        if same is not None:
            used.add((same.start, same.end))
            chosen.append(_pick(same, v, src_keys))
        elif not overlapping:
            chosen.append(v)
        elif (
            len(overlapping) == 1
            and v.start <= overlapping[0].start
            and overlapping[0].end <= v.end
            and overlapping[0].value == v.value
        ):  # `3,5 phần trăm`: the Vietnamese reading saw more of it (a percentage)
            used.add((overlapping[0].start, overlapping[0].end))
            chosen.append(v)
    chosen += [t for t in target if (t.start, t.end) not in used]
    chosen = non_overlapping(chosen)

    out = []
    pos = 0
    for tok in chosen:
        if _identifier_like(tok):
            continue
        out.append(text[pos : tok.start])
        out.append(format_number(tok, lang, style))
        pos = tok.end
    out.append(text[pos:])
    return "".join(out)


def _pick(
    target: NumberToken, source: NumberToken, src_keys: tuple[set[tuple], set[tuple]]
) -> NumberToken:
    """Of two readings of one span, the one the source sentence confirms, else the one that
    follows its language's convention (the target's first): `19.340` in Czech is no Czech
    number, so it is the Vietnamese 19340; in English it is 19.34 unless the source says."""
    t, s = numeric_key(target), numeric_key(source)
    if t == s:
        return target
    for keys in src_keys:  # the source's own readings first, then its alternative ones
        if s in keys and t not in keys:
            return source
        if t in keys and s not in keys:
            return target
    if target.convention != "locale" and source.convention == "locale":
        return source
    return target


def non_overlapping(tokens: list[NumberToken]) -> list[NumberToken]:
    """Sorted by position; of overlapping tokens the longer wins."""
    result: list[NumberToken] = []
    for tok in sorted(tokens, key=lambda t: (t.start, -(t.end - t.start))):
        if result and tok.start < result[-1].end:
            continue
        result.append(tok)
    return result


_CODE_LIKE = re.compile(r"[0-9/_]|[A-ZĐ]{2,}-|-[A-ZĐ]{2,}")


def strip_name_diacritics(name: str) -> str:
    """`Hoàng Trung Dũng` -> `Hoang Trung Dung`, `Đ` -> `D`; codes (`QĐ-UBND`) unchanged."""
    if _CODE_LIKE.search(name):
        return name
    return unicodedata.normalize("NFC", strip_marks(name))


_CAPITALISED_RUN = re.compile(r"[^\W\d_][^\W\d_]*(?:[ \u00a0][^\W\d_]+)*")


def source_names(source: str) -> list[str]:
    """Capitalised word runs of a Vietnamese sentence that carry diacritics: the candidates
    for personal names (`Hoàng Trung Dũng`, `Đỗ Mười`). Runs are cut at lower-case words."""
    names = []
    for m in _CAPITALISED_RUN.finditer(unicodedata.normalize("NFC", source)):
        words = m.group().replace("\u00a0", " ").split(" ")
        run: list[str] = []
        for word in words + [""]:
            if word[:1].isupper() and (len(word) == 1 or not word[1:].isupper()):
                run.append(word)
                continue
            if run and any(not c.isascii() for c in "".join(run)):
                names.append(" ".join(run))
                # `Ông Hoàng Trung Dũng`: the title word is translated, the name is kept,
                # so every inner run of two or more words is a candidate too
                names += [" ".join(run[i:j]) for i in range(len(run))
                          for j in range(i + 2, len(run) + 1) if (i, j) != (0, len(run))]
            run = []
    return names


def apply_name_style(
    text: str,
    names: list[str] | None = None,
    style: LocaleStyle | None = None,
    source: str | None = None,
) -> str:
    """Strip diacritics from personal names in a target `text` when the style asks for it.

    The names are given, or taken from the Vietnamese `source`: its capitalised runs with
    diacritics that the translation kept verbatim (a name, or Vietnamese left untranslated,
    which the checks flag anyway). Codes (`QĐ-UBND`) are never touched.
    """
    style = style or _DEFAULT_STYLE
    if style.keep_name_diacritics:
        return text
    if names is None:
        names = source_names(source) if source else []
    if not names:
        return text
    text = unicodedata.normalize("NFC", text)  # names are NFC; match on the NFC text
    for name in sorted(set(names), key=len, reverse=True):
        name = unicodedata.normalize("NFC", name)
        text = re.sub(rf"(?<!\w){re.escape(name)}(?!\w)", strip_name_diacritics(name), text)
    return text
