import datetime
from decimal import Decimal

import pytest
from babel import dates as bd
from babel import numbers as bn

from translate.text.localize import (
    LocaleStyle,
    apply_name_style,
    format_date,
    format_number,
    localize_text,
    strip_name_diacritics,
)
from translate.text.numbers import find_numbers

NB = "\u00a0"  # no-break space (cs, ru groups; percent sign spacing)
NNB = "\u202f"  # narrow no-break space (fr groups)
D = datetime.date(2023, 8, 25)
M = datetime.date(2023, 8, 1)
EN = "en_GB"  # what a bare "en" target means by default (DEFAULT_LOCALES)
S2 = datetime.date(2000, 9, 2)
Dec = Decimal


def num(value, locale, fmt=None):
    """The number as babel writes it from CLDR (fmt only to force the decimals)."""
    return bn.format_decimal(value, format=fmt, locale=locale)


def pct(value, locale, decimals=0):
    """A percentage as babel writes it with the locale's percent pattern (decimals forced)."""
    from babel import Locale

    fmt = Locale.parse(locale).percent_formats[None].pattern
    if decimals:
        fmt = fmt.replace("#,##0", "#,##0." + "0" * decimals)
    return bn.format_percent(value, format=fmt, locale=locale)


def skel(skeleton, date, locale):
    return bd.format_skeleton(skeleton, date, locale=locale)


def ldate(date, width, locale):
    return bd.format_date(date, width, locale=locale)


# (Vietnamese source, target, date style, expected text, the same value written by babel/CLDR)
CASES = [
    # integers
    ("19.340", "cs", "auto", f"19{NB}340", num(19340, "cs")),
    ("19.340", "en", "auto", "19,340", num(19340, EN)),
    ("19.340", "de", "auto", "19.340", num(19340, "de")),
    ("19.340", "fr", "auto", f"19{NNB}340", num(19340, "fr")),
    ("19.340", "ru", "auto", f"19{NB}340", num(19340, "ru")),
    ("1.234.567", "cs", "auto", f"1{NB}234{NB}567", num(1234567, "cs")),
    ("1.234.567", "en", "auto", "1,234,567", num(1234567, EN)),
    ("1.234.567", "de", "auto", "1.234.567", num(1234567, "de")),
    ("1.234.567", "fr", "auto", f"1{NNB}234{NNB}567", num(1234567, "fr")),
    ("1.234.567", "ru", "auto", f"1{NB}234{NB}567", num(1234567, "ru")),
    ("2.015", "cs", "auto", f"2{NB}015", num(2015, "cs")),
    ("2.015", "en", "auto", "2,015", num(2015, EN)),
    ("500", "de", "auto", "500", num(500, "de")),
    # decimals (precision as written)
    ("3,5", "cs", "auto", "3,5", num(Dec("3.5"), "cs")),
    ("3,5", "en", "auto", "3.5", num(Dec("3.5"), EN)),
    ("0,50", "en", "auto", "0.50", num(Dec("0.50"), EN, "0.00")),
    ("0,50", "de", "auto", "0,50", num(Dec("0.50"), "de", "0.00")),
    ("1.234,75", "cs", "auto", f"1{NB}234,75", num(Dec("1234.75"), "cs")),
    ("1.234,75", "fr", "auto", f"1{NNB}234,75", num(Dec("1234.75"), "fr")),
    ("1.234,75", "ru", "auto", f"1{NB}234,75", num(Dec("1234.75"), "ru")),
    ("1.234,75", "en", "auto", "1,234.75", num(Dec("1234.75"), EN)),
    # percentages
    ("3,5%", "cs", "auto", f"3,5{NB}%", pct(Dec("0.035"), "cs", 1)),
    ("3,5%", "en", "auto", "3.5%", pct(Dec("0.035"), EN, 1)),
    ("3,5%", "de", "auto", f"3,5{NB}%", pct(Dec("0.035"), "de", 1)),
    ("3,5%", "fr", "auto", f"3,5{NB}%", pct(Dec("0.035"), "fr", 1)),
    ("3,5%", "ru", "auto", f"3,5{NB}%", pct(Dec("0.035"), "ru", 1)),
    ("45%", "cs", "auto", f"45{NB}%", pct(Dec("0.45"), "cs")),
    ("45%", "en", "auto", "45%", pct(Dec("0.45"), EN)),
    # numeric dates
    ("25/8/2023", "cs", "auto", "25. 8. 2023", skel("yMd", D, "cs")),
    ("25/8/2023", "en", "auto", "25/08/2023", skel("yMd", D, EN)),
    ("25/8/2023", "de", "auto", "25.8.2023", skel("yMd", D, "de")),
    ("25/8/2023", "fr", "auto", "25/08/2023", skel("yMd", D, "fr")),
    ("25/8/2023", "ru", "auto", "25.08.2023", skel("yMd", D, "ru")),
    ("25/08/2023", "cs", "numeric", "25. 8. 2023", ldate(D, "medium", "cs")),
    # long dates
    ("25/8/2023", "cs", "long", "25. srpna 2023", ldate(D, "long", "cs")),
    ("25/8/2023", "en", "long", "25 August 2023", ldate(D, "long", EN)),
    ("25/8/2023", "de", "long", "25. August 2023", ldate(D, "long", "de")),
    ("25/8/2023", "fr", "long", "25 août 2023", ldate(D, "long", "fr")),
    ("25/8/2023", "ru", "long", f"25 августа 2023{NNB}г.", ldate(D, "long", "ru")),
    ("ngày 25 tháng 8 năm 2023", "cs", "auto", "25. srpna 2023", ldate(D, "long", "cs")),
    ("ngày 25 tháng 8 năm 2023", "en", "auto", "25 August 2023", ldate(D, "long", EN)),
    ("ngày 25 tháng 8 năm 2023", "cs", "numeric", "25. 8. 2023", skel("yMd", D, "cs")),
    # month and year, day and month
    ("tháng 8/2023", "cs", "auto", "srpen 2023", skel("yMMMM", M, "cs")),
    ("tháng 8/2023", "de", "auto", "August 2023", skel("yMMMM", M, "de")),
    ("tháng 8/2023", "cs", "numeric", "8/2023", skel("yM", M, "cs")),
    ("ngày 2/9", "cs", "auto", "2. 9.", skel("Md", S2, "cs")),
    ("ngày 2/9", "fr", "long", "2 septembre", skel("MMMMd", S2, "fr")),
    ("tháng 6", "cs", "auto", "červen", bd.get_month_names("wide", "stand-alone", "cs")[6]),
    ("tháng 6", "de", "numeric", "Juni", bd.get_month_names("wide", "stand-alone", "de")[6]),
    # percent words and times
    ("70 phần trăm", "cs", "auto", f"70{NB}%", pct(Dec("0.70"), "cs")),
    ("17h30", "en", "auto", "17:30", bd.format_time(datetime.time(17, 30), "short", locale=EN)),
    ("17:30", "cs", "auto", "17:30", bd.format_time(datetime.time(17, 30), "short", locale="cs")),
    # years are never grouped
    ("năm 2023", "cs", "auto", "2023", str(D.year)),
]  # fmt: skip


def test_table_is_large_enough():
    assert len(CASES) >= 40
    assert {lang for _, lang, *_ in CASES} >= {"cs", "en", "de", "fr", "ru"}


@pytest.mark.parametrize("source,lang,date_style,expected,cldr", CASES)
def test_locale_table(source, lang, date_style, expected, cldr):
    tokens = find_numbers(source, "vi")
    assert len(tokens) == 1, tokens
    got = format_number(tokens[0], lang, LocaleStyle(date_style=date_style))
    assert got == expected
    assert got == cldr  # the same value written by babel from CLDR directly


def test_format_plain_values():
    assert format_number(Dec("19340"), "cs") == f"19{NB}340"
    assert format_number(Dec("2.50"), "de") == "2,50"
    assert format_date(D, "cs", LocaleStyle(date_style="long")) == "25. srpna 2023"
    assert format_date(D, "en", LocaleStyle(locale="en_US", date_style="long")) == "August 25, 2023"


def test_bad_date_style():
    with pytest.raises(ValueError):
        LocaleStyle(date_style="fancy")


def test_localize_text_czech():
    text = "Celkem 19.340 lidí, růst 3,5%, dne 25/8/2023, číslo 0912345678."
    assert localize_text(text, "cs") == (
        f"Celkem 19{NB}340 lidí, růst 3,5{NB}%, dne 25. 8. 2023, číslo 0912345678."
    )


def test_localize_text_keeps_valid_target_numbers():
    # already Czech: 2,015 is a decimal in Czech, 19 340 a grouped integer
    assert localize_text("asi 2,015 a 19 340", "cs") == f"asi 2,015 a 19{NB}340"
    # without a source, a valid English reading is kept
    assert localize_text("Total 19,340 people", "en") == "Total 19,340 people"


def test_localize_text_source_resolves_ambiguity():
    # `19.340` in an English sentence: 19.34 in English, 19340 in Vietnamese; the source says
    assert localize_text("Total 19.340 people", "en", source="19.340 người") == (
        "Total 19,340 people"
    )
    assert localize_text("Total 19.340 people", "en") == "Total 19.340 people"


def test_localize_text_leaves_codes():
    text = "podle usnesení 25-NQ/TW a nařízení 15/2020/NĐ-CP"
    assert localize_text(text, "cs") == text


def test_localize_ru_long_date_not_doubled():
    assert localize_text(f"25 августа 2023{NNB}г.", "ru") == f"25 августа 2023{NNB}г."


def test_strip_name_diacritics():
    assert strip_name_diacritics("Hoàng Trung Dũng") == "Hoang Trung Dung"
    assert strip_name_diacritics("Đỗ Mười") == "Do Muoi"
    assert strip_name_diacritics("QĐ-UBND") == "QĐ-UBND"
    assert strip_name_diacritics("657-QĐ/TU") == "657-QĐ/TU"


def test_apply_name_style():
    text = "Ông Hoàng Trung Dũng ký Quyết định 657-QĐ/TU."
    assert apply_name_style(text, ["Hoàng Trung Dũng"]) == text
    stripped = apply_name_style(text, ["Hoàng Trung Dũng"], LocaleStyle(keep_name_diacritics=False))
    assert stripped == "Ông Hoang Trung Dung ký Quyết định 657-QĐ/TU."


def test_number_renderer_with_protect_tokens():
    from translate.draft.protect import make_renderer, mask, unmask
    from translate.text.localize import number_renderer

    masked = mask("Năm 2023 có 19.340 người, tăng 3,5% từ ngày 25/8/2023 theo 25-NQ/TW.")
    render = make_renderer(None, "cs", number_renderer("cs", LocaleStyle(date_style="long")))
    texts = [render(t) for t in masked.tokens]
    assert f"19{NB}340" in texts and f"3,5{NB}%" in texts and "25. srpna 2023" in texts
    assert "2023" in texts and "25-NQ/TW" in texts
    # a model output with the placeholders moved around comes back localised
    out = " ".join(t.placeholder for t in masked.tokens)
    assert unmask(out, masked, render).text.split(" ", 2)[:2] == ["2023", f"19{NB}340"]


def test_localize_text_keeps_the_longer_vietnamese_reading():
    assert localize_text("Ve 17h30 a 3,5 phần trăm", "en") == "Ve 17:30 a 3.5%"


def test_source_names_and_automatic_stripping():
    from translate.text.localize import source_names

    source = (
        "Bí thư Tỉnh ủy Hoàng Trung Dũng gặp ông Đỗ Mười và Nguyễn Văn A tại Hà Nội theo QĐ-UBND."
    )
    assert source_names(source) == [
        "Bí", "Tỉnh", "Hoàng Trung Dũng", "Hoàng Trung", "Trung Dũng", "Đỗ Mười",
        "Nguyễn Văn A", "Nguyễn Văn", "Văn A", "Hà Nội",
    ]  # fmt: skip
    target = "Tajemník Hoàng Trung Dũng se setkal s Đỗ Mười v Hà Nội podle QĐ-UBND."
    strip = LocaleStyle(keep_name_diacritics=False)
    assert apply_name_style(target, style=strip, source=source) == (
        "Tajemník Hoang Trung Dung se setkal s Do Muoi v Ha Noi podle QĐ-UBND."
    )
    assert apply_name_style(target, source=source) == target  # default: keep diacritics


@pytest.mark.parametrize(
    "lang, locale, expected",
    [("cs", None, "25. 8."), ("en", None, "25 August"), ("en", "en_US", "August 25"),
     ("de", None, "25.8.")],
)
def test_day_month_rendered_by_locale(lang, locale, expected):
    from translate.text.localize import LocaleStyle, number_renderer

    tok = find_numbers("Chiều 25/8, hội nghị", "vi")[0]
    assert number_renderer(lang, LocaleStyle(locale=locale))(tok) == expected
