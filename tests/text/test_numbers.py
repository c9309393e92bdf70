import datetime
from decimal import Decimal

import pytest

from translate.text.numbers import (
    code_spans,
    find_numbers,
    is_document_number_context,
    numeric_key,
    numeric_keys,
)


def one(text, lang):
    toks = find_numbers(text, lang)
    assert len(toks) == 1, toks
    return toks[0]


@pytest.mark.parametrize(
    "text,lang,kind,value",
    [
        ("19.340", "vi", "integer", Decimal(19340)),
        ("1.234.567", "vi", "integer", Decimal(1234567)),
        ("2.015", "vi", "integer", Decimal(2015)),
        ("3,5%", "vi", "percent", Decimal("3.5")),
        ("0,75", "vi", "decimal", Decimal("0.75")),
        ("19 340", "cs", "integer", Decimal(19340)),
        ("19\u00a0340", "cs", "integer", Decimal(19340)),
        ("19\u202f340", "cs", "integer", Decimal(19340)),
        ("2,015", "cs", "decimal", Decimal("2.015")),
        ("3,5 %", "cs", "percent", Decimal("3.5")),
        ("3,5\u00a0%", "cs", "percent", Decimal("3.5")),
        ("19,340", "en", "integer", Decimal(19340)),
        ("3.5%", "en", "percent", Decimal("3.5")),
        ("2.015", "en", "decimal", Decimal("2.015")),
        ("1,234.5", "en", "decimal", Decimal("1234.5")),
        ("19.340", "de", "integer", Decimal(19340)),
        ("19\u202f340", "fr", "integer", Decimal(19340)),
        ("19\u00a0340,25", "ru", "decimal", Decimal("19340.25")),
        ("19,340", "zh", "integer", Decimal(19340)),
        ("2023", "vi", "year", Decimal(2023)),
    ],
)
def test_number_values(text, lang, kind, value):
    tok = one(f"x {text} y", lang)
    assert (tok.kind, tok.value, tok.text) == (kind, value, text)
    assert tok.start == 2 and tok.end == 2 + len(text)


AUG25 = datetime.date(2023, 8, 25)


@pytest.mark.parametrize(
    "text,lang,kind,value,form",
    [
        ("25/8/2023", "vi", "date", AUG25, "numeric"),
        ("25/08/2023", "vi", "date", AUG25, "numeric"),
        ("25.8.2023", "vi", "date", AUG25, "numeric"),
        ("25-8-2023", "vi", "date", AUG25, "numeric"),
        ("25 tháng 8 năm 2023", "vi", "date", AUG25, "long"),
        ("25 Tháng 8 Năm 2023", "vi", "date", AUG25, "long"),
        ("tháng 8/2023", "vi", "month", datetime.date(2023, 8, 1), "long"),
        ("tháng 8 năm 2023", "vi", "month", datetime.date(2023, 8, 1), "long"),
        ("2023-08-25", "vi", "date", AUG25, "iso"),
        ("25. 8. 2023", "cs", "date", AUG25, "numeric"),
        ("25.8.2023", "cs", "date", AUG25, "numeric"),
        ("25. srpna 2023", "cs", "date", AUG25, "long"),
        ("25. SRPNA 2023", "cs", "date", AUG25, "long"),
        ("srpen 2023", "cs", "month", datetime.date(2023, 8, 1), "long"),
        ("25 August 2023", "en", "date", AUG25, "long"),
        ("August 25, 2023", "en", "date", AUG25, "long"),
        ("Aug 25, 2023", "en", "date", AUG25, "long"),
        ("8/25/2023", "en", "date", AUG25, "numeric"),
        ("25. August 2023", "de", "date", AUG25, "long"),
        ("25.08.2023", "de", "date", AUG25, "numeric"),
        ("25 août 2023", "fr", "date", AUG25, "long"),
        ("1er août 2023", "fr", "date", datetime.date(2023, 8, 1), "long"),
        ("25 августа 2023", "ru", "date", AUG25, "long"),
        ("2023年8月25日", "zh", "date", AUG25, "long"),
        # inflected month names (stems from CLDR's format and stand-alone forms)
        ("srpnu 2023", "cs", "month", datetime.date(2023, 8, 1), "long"),
        ("5. července 2023", "cs", "date", datetime.date(2023, 7, 5), "long"),
        ("červnu 2023", "cs", "month", datetime.date(2023, 6, 1), "long"),
        ("červenci 2023", "cs", "month", datetime.date(2023, 7, 1), "long"),
        ("prosinci 2021", "cs", "month", datetime.date(2021, 12, 1), "long"),
        ("августе 2023", "ru", "month", datetime.date(2023, 8, 1), "long"),
    ],
)
def test_dates(text, lang, kind, value, form):
    tok = one(f"( {text} )", lang)
    assert (tok.kind, tok.value, tok.form, tok.text) == (kind, value, form, text)


def test_vietnamese_nfd_date_words():
    import unicodedata

    text = unicodedata.normalize("NFD", "ngày 25 tháng 8 năm 2023")
    tok = one(text, "vi")
    assert tok.value == AUG25


def test_day_month_needs_ngay():
    tok = one("ngày 2/9 tới", "vi")
    assert (tok.kind, tok.day, tok.month, tok.year, tok.value) == ("day_month", 2, 9, None, None)
    assert tok.text == "2/9"
    assert tok.start == 5


def test_day_month_long_vi():
    tok = one("ngày 25 tháng 8", "vi")
    assert (tok.kind, tok.day, tok.month) == ("day_month", 25, 8)


@pytest.mark.parametrize(
    "text",
    [
        "Nghị quyết 25-NQ/TW",
        "Nghị định 15/2020/NĐ-CP",
        "Quyết định 2156/QĐ-UBND",
        "Luật 10/2022/QH15",
        "Quyết định 657-QĐ/TU",
        "dịch Covid-19",
        "phiên bản v1.2.3",
    ],
)
def test_document_numbers_are_not_numbers(text):
    assert find_numbers(text, "vi") == []


def test_document_number_context():
    text = "Theo Nghị quyết 25-NQ/TW năm 2023"
    assert is_document_number_context(text, text.index("25"), text.index("25") + 2)
    assert not is_document_number_context(text, text.index("2023"), len(text))
    assert code_spans("số 15/2020/NĐ-CP") == [(3, 16)]
    toks = find_numbers(text, "vi")
    assert [t.text for t in toks] == ["2023"]


def test_foreign_convention_is_flagged():
    # real text mixes conventions: read with the other decimal mark, and say so
    tok = one("động đất 7.5 độ", "vi")
    assert (tok.value, tok.kind, tok.convention) == (Decimal("7.5"), "decimal", "foreign")
    tok = one("CBS měla 3.1 milionu", "cs")
    assert (tok.value, tok.convention) == (Decimal("3.1"), "foreign")
    assert one("3,5 %", "cs").convention == "locale"
    tok = one("tăng 2.5%", "vi")
    assert (tok.kind, tok.value, tok.convention) == ("percent", Decimal("2.5"), "foreign")
    assert find_numbers("1.2.3", "en") == []


def test_numbers_that_read_both_ways_have_an_alternative():
    tok = one("10,000 người", "vi")  # English-style grouping in a Vietnamese text
    assert (tok.value, tok.alternative) == (Decimal("10.000"), Decimal(10000))
    tok = one("2.015", "vi")
    assert (tok.value, tok.alternative) == (Decimal(2015), Decimal("2.015"))
    assert numeric_keys(tok) == {("number", Decimal(2015)), ("number", Decimal("2.015"))}
    assert one("19.340,5", "vi").alternative is None
    assert one("1.234.567", "vi").alternative is None
    cs = one("10 000 lidí", "cs")
    assert numeric_key(cs) in numeric_keys(one("10,000 người", "vi"))


def test_vietnamese_month_without_year():
    tok = one("vào tháng 6, Ủy ban", "vi")
    assert (tok.kind, tok.month, tok.value, tok.text) == ("month_only", 6, None, "tháng 6")
    assert one("3 tháng", "vi").kind == "integer"  # three months: a duration
    assert one("tháng 8/2023", "vi").kind == "month"


def test_invalid_date_is_not_a_date():
    assert all(t.kind != "date" for t in find_numbers("31/2/2023", "vi"))


def test_skip_spans():
    text = "⟦1⟧ và 19.340"
    toks = find_numbers(text, "vi", skip=[(0, 3)])
    assert [t.text for t in toks] == ["19.340"]


def test_ranges_and_sentence_end():
    toks = find_numbers("Giai đoạn 2021-2025 có 19.340.", "vi")
    assert [(t.text, t.kind) for t in toks] == [
        ("2021", "year"),
        ("2025", "year"),
        ("19.340", "integer"),
    ]


def test_numeric_key_across_languages():
    vi = find_numbers("19.340 và 3,5% ngày 25/8/2023", "vi")
    cs = find_numbers("19 340 a 3,5 % dne 25. srpna 2023", "cs")
    en = find_numbers("19,340 and 3.5% on August 25, 2023", "en")
    assert [numeric_key(t) for t in vi] == [numeric_key(t) for t in cs]
    assert [numeric_key(t) for t in vi] == [numeric_key(t) for t in en]
    # 2.015 (vi) is two thousand fifteen, 2,015 (cs) is about two
    assert numeric_key(one("2.015", "vi")) != numeric_key(one("2,015", "cs"))


@pytest.mark.parametrize(
    "text,lang,value,seconds",
    [
        ("17:30", "vi", datetime.time(17, 30), False),
        ("17h30", "vi", datetime.time(17, 30), False),
        ("7:05:09", "en", datetime.time(7, 5, 9), True),
        ("19:00", "cs", datetime.time(19, 0), False),
    ],
)
def test_times(text, lang, value, seconds):
    tok = one(f"lúc {text} ngày", lang)
    assert (tok.kind, tok.value, tok.text, tok.decimals == 2) == ("time", value, text, seconds)


def test_score_is_not_a_time():
    assert [t.kind for t in find_numbers("thắng 4:0", "vi")] == ["integer", "integer"]


@pytest.mark.parametrize(
    "text,lang,value",
    [
        ("70 phần trăm", "vi", Decimal(70)),
        ("70 procent", "cs", Decimal(70)),
        ("34 procentům", "cs", Decimal(34)),
        ("3 procenta", "cs", Decimal(3)),
        ("50 percent", "en", Decimal(50)),
        ("50 Prozent", "de", Decimal(50)),
        ("50 процентов", "ru", Decimal(50)),
    ],
)
def test_percent_words(text, lang, value):
    tok = one(text, lang)
    assert (tok.kind, tok.value, tok.text) == ("percent", value, text)


def test_percentage_points_are_not_percent():
    assert one("40 procentních bodů", "cs").kind == "integer"


def test_number_glued_to_a_word_is_a_number():
    assert [(t.text, t.value) for t in find_numbers("20letý muž, 200krát, 30m", "cs")] == [
        ("20", Decimal(20)),
        ("200", Decimal(200)),
        ("30", Decimal(30)),
    ]
    assert find_numbers("QH15 a H5N1 a 5G", "cs") == []


def test_abbreviated_month_needs_a_day_or_a_dot():
    assert [t.kind for t in find_numbers("rozpočet pro 2023", "cs")] == ["year"]
    assert [t.kind for t in find_numbers("vedli 17-5 pro Ayr", "cs")] == ["integer", "integer"]
    assert one("Aug 25, 2023", "en").value == AUG25
    assert one("Aug. 2023", "en").kind == "month"


def test_day_month_without_year_needs_cldr_day_form():
    tok = one("dne 1. ledna", "cs")
    assert (tok.kind, tok.day, tok.month) == ("day_month", 1, 1)
    assert one("5 May", "en").kind == "day_month"


@pytest.mark.parametrize(
    "text, day, month",
    [
        ("Chiều 25/8, hội nghị bế mạc", 25, 8),
        ("sáng 3/6 tại Hà Tĩnh", 3, 6),
        ("Trưa 1/9 đoàn về", 1, 9),
        ("tối 30/4 có pháo hoa", 30, 4),
        ("đêm 2/9", 2, 9),
        ("hôm 19/8 vừa qua", 19, 8),
        ("thứ Hai (25/8)", 25, 8),
        ("Chủ nhật, 24/8", 24, 8),
        ("sáng 25-8", 25, 8),
    ],
)
def test_day_month_after_context_words(text, day, month):
    tok = one(text, "vi")
    assert (tok.kind, tok.day, tok.month, tok.year) == ("day_month", day, month, None)


@pytest.mark.parametrize("text", ["đạt 3/4 số xã", "21/23 xã đạt chuẩn", "tỷ lệ 1/2"])
def test_fractions_and_ratios_stay_numbers(text):
    assert {t.kind for t in find_numbers(text, "vi")} == {"integer"}


def test_day_month_nfd_context_word():
    import unicodedata

    tok = one(unicodedata.normalize("NFD", "Chiều 25/8"), "vi")
    assert (tok.kind, tok.day, tok.month) == ("day_month", 25, 8)


def test_target_day_month_forms():
    assert (one("dne 25. 8. se", "cs").kind, one("dne 25. 8. se", "cs").month) == ("day_month", 8)
    assert one("dne 25. 8. 2023", "cs").kind == "date"
    tok = one("On August 25 the", "en")
    assert (tok.kind, tok.day, tok.month) == ("day_month", 25, 8)
    assert one("On August 25, 2023", "en").kind == "date"
