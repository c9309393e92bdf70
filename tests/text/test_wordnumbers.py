"""Numbers written as words, read into values (Czech in every case, English, Vietnamese)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from translate.text.wordnumbers import (
    CARDINAL,
    FRACTION,
    MULTIPLIER,
    ORDINAL,
    VAGUE,
    cs_ordinal_value,
    en_ordinal_value,
    find_word_numbers,
)


def read(text: str, lang: str) -> list[tuple[str, str, Decimal, bool]]:
    return [(w.text, w.kind, w.value, w.strong) for w in find_word_numbers(text, lang)]


@pytest.mark.parametrize(
    ("lang", "text", "kind", "value"),
    [
        ("cs", "dvě stě", CARDINAL, 200),
        ("cs", "dvěma stům", CARDINAL, 200),
        ("cs", "tři sta", CARDINAL, 300),
        ("cs", "dva tisíce", CARDINAL, 2000),
        ("cs", "pětadvaceti", CARDINAL, 25),
        ("cs", "čtvrt milionu", CARDINAL, 250000),
        ("cs", "dva a půl milionu", CARDINAL, 2500000),
        ("cs", "sedmi a půl", CARDINAL, Decimal("7.5")),
        ("cs", "tři setiny", FRACTION, Decimal("0.03")),
        ("cs", "čtyři pětiny", FRACTION, Decimal("0.8")),
        ("cs", "polovinu", FRACTION, Decimal("0.5")),
        ("cs", "Pětačtyřicetiletý", CARDINAL, 45),
        ("cs", "Pětisetmetrový", CARDINAL, 500),  # hundreds first
        ("cs", "Stodvouletá", CARDINAL, 102),
        ("cs", "třistaletý", CARDINAL, 300),
        ("cs", "stodvacetiletou", CARDINAL, 120),
        ("cs", "půlhodinové", CARDINAL, Decimal("0.5")),
        ("cs", "sta milionů", CARDINAL, 100000000),
        ("cs", "půl tuctu", CARDINAL, 6),
        ("cs", "trojice", CARDINAL, 3),
        ("cs", "jedenapůlkrát", MULTIPLIER, Decimal("1.5")),
        ("en", "halved", FRACTION, Decimal("0.5")),
        ("vi", "đầu tiên", ORDINAL, 1),
        ("vi", "dẫn đầu", ORDINAL, 1),
        ("vi", "ba trăm hai mươi", CARDINAL, 320),  # `mươi` counts the last unit in tens
        ("vi", "hai mươi lăm", CARDINAL, 25),
        ("vi", "một trăm lẻ năm", CARDINAL, 105),
        ("vi", "nhiều thập kỷ", VAGUE, 10),
        ("cs", "čtyřměsíčnímu", CARDINAL, 4),
        ("cs", "desítky tisíc", VAGUE, 10000),
        ("cs", "tři stovky", CARDINAL, 300),  # a count of hundreds, of tens
        ("cs", "dvě desítky", CARDINAL, 20),
        ("cs", "tři desítky tisíc", CARDINAL, 30000),
        ("cs", "pět tisícovek", CARDINAL, 5000),
        ("cs", "půldruhého", CARDINAL, 1.5),
        ("cs", "dvoustá", ORDINAL, 200),
        ("cs", "pětistého", ORDINAL, 500),
        ("en", "a kilometre and a half", CARDINAL, 1.5),
        ("cs", "několik set", VAGUE, 100),
        ("cs", "třetím", ORDINAL, 3),
        ("cs", "potřetí", ORDINAL, 3),
        ("cs", "ztrojnásobily", MULTIPLIER, 3),
        ("cs", "rok a půl", CARDINAL, Decimal("1.5")),
        ("en", "Sixty-four", CARDINAL, 64),
        ("en", "two hundred and fifty thousand", CARDINAL, 250000),
        ("en", "half a million", FRACTION, 500000),
        ("en", "three-quarters", FRACTION, Decimal("0.75")),
        ("en", "four in five", FRACTION, Decimal("0.8")),
        ("en", "seven and a half", CARDINAL, Decimal("7.5")),
        ("en", "a year and a half", CARDINAL, Decimal("1.5")),
        ("en", "tens of thousands", VAGUE, 10000),
        ("en", "twice", MULTIPLIER, 2),
        ("en", "sixth", ORDINAL, 6),
        ("vi", "ba trăm tỷ", CARDINAL, 300 * 10**9),
        ("vi", "hai mươi lăm", CARDINAL, 25),
        ("vi", "hai triệu rưỡi", CARDINAL, 2500000),
        ("vi", "Nửa triệu", CARDINAL, 500000),
        ("vi", "một nửa", FRACTION, Decimal("0.5")),
        ("vi", "hàng chục nghìn", VAGUE, 10000),
        ("vi", "rằm", ORDINAL, 15),
        # the forms a general reader must know, in every language
        ("cs", "dvěma sty", CARDINAL, 200),
        ("cs", "pěti stech", CARDINAL, 500),
        ("cs", "stu", CARDINAL, 100),
        ("cs", "tisíc dvě stě", CARDINAL, 1200),
        ("cs", "jedenapůl milionu", CARDINAL, 1500000),
        ("cs", "Šedesátiosmiletý", CARDINAL, 68),
        ("cs", "dvacetipětiletá", CARDINAL, 25),
        ("cs", "stotisícový", CARDINAL, 100000),
        ("cs", "jednadvacátého", ORDINAL, 21),
        ("cs", "stého", ORDINAL, 100),
        ("cs", "dvacítka", CARDINAL, 20),
        ("cs", "čtyřicátník", CARDINAL, 40),
        ("cs", "stokrát", MULTIPLIER, 100),
        ("en", "twenty-first", ORDINAL, 21),
        ("en", "one hundred and fiftieth", ORDINAL, 150),
        ("en", "threefold", MULTIPLIER, 3),
        ("en", "several hundred", VAGUE, 100),
        ("en", "a few thousand", VAGUE, 1000),
        ("en", "hundreds of billions", VAGUE, 10**11),
        ("en", "Dozens", VAGUE, 10),
        ("en", "one-third", FRACTION, Decimal(1) / 3),
        ("en", "two-and-a-half", CARDINAL, Decimal("2.5")),
        ("en", "a million and a half", CARDINAL, 1500000),
        ("en", "half a dozen", CARDINAL, 6),
        ("en", "sixties", CARDINAL, 60),
        ("vi", "một tá", CARDINAL, 12),
    ],
)
def test_words_read_as_values(lang: str, text: str, kind: str, value) -> None:
    [(written, found_kind, found_value, _)] = read(text, lang)
    assert (written, found_kind, found_value) == (text, kind, Decimal(value))


def test_weak_words_are_read_but_marked() -> None:
    """`one`, `first`, `jeden`, `druhý` (also "other") and every Vietnamese word may be no
    number at all: read, but weak."""
    assert [strong for *_, strong in read("one of the first two", "en")] == [False, False, True]
    assert [strong for *_, strong in read("na druhé straně jeden dům", "cs")] == [False, False]
    assert all(not strong for *_, strong in read("hai người và ba trăm tỷ", "vi"))


def test_what_is_no_number() -> None:
    assert read("v polovině 17. století", "cs")[0][3] is False  # the middle of, no share
    assert read("ve čtvrtek a v pátek", "cs") == []
    assert read("thứ Hai và thứ Sáu, tháng Ba, Ba Lan, năm 2023", "vi") == []
    assert read("Tỷ lệ sinh, tỷ giá", "vi") == []  # a rate, an exchange rate: no billion
    assert read("století a staletí", "cs") == []
    assert read("the first quarter", "en")[1][3] is False  # a period, no share
    assert read("a double-digit rise", "en")[0][3] is False
    assert [(w, v) for w, _, v, _ in read("one million two months after", "en")] == [
        ("one million", 1000000), ("two", 2)]


def test_ordinal_values() -> None:
    assert (cs_ordinal_value("desáté"), cs_ordinal_value("pátého"), cs_ordinal_value("pátek")) == (
        10, 5, 0)
    assert (en_ordinal_value("twenty-first"), en_ordinal_value("fifth"),
            en_ordinal_value("fifty")) == (21, 5, 0)


def test_words_that_imply_a_number_are_weak() -> None:
    """`both`, `nil`, `oba`, `tucet`, a decade said as a noun: they may explain a number on
    the other side, never be reported alone."""
    assert [(w, v, strong) for w, _, v, strong in read("both teams drew nil", "en")] == [
        ("both", 2, False), ("nil", 0, False)]
    assert [(w, v, strong) for w, _, v, strong in read("oba týmy, tucet vajec", "cs")] == [
        ("oba", 2, False), ("tucet", 12, False)]
    assert read("v posledním desetiletí", "cs")[0][3] is False
    assert read("a fifth of them", "en")[0][1] == FRACTION  # a share
    assert read("a fifth consecutive win", "en")[0][1] == ORDINAL  # a rank
    assert read("the same quarter of 2022", "en")[0][3] is False  # a period, no share


@pytest.mark.parametrize(("text", "values"), [
    ("hai năm", [2]),  # two years, not seven
    ("mười năm", [10]),  # ten years (fifteen is `mười lăm`)
    ("sau năm năm cân nhắc", []),  # five years: `năm` alone is mostly a year
    ("ba ba", [3, 3]),
])
def test_vietnamese_units_follow_only_tens(text: str, values: list[int]) -> None:
    assert [int(w.value) for w in find_word_numbers(text, "vi")] == values
