"""Numbers written as words: Czech cardinals in every case, ordinals and number nouns,
Vietnamese number words, fractions, and month names by stem (CLDR).

Shared by the number reader (`translate.text.numbers`) and the QA numbers check
(`translate.review.qa.numbers`), so both read `v srpnu`, `pěti` or `třetina` the same way.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from functools import lru_cache

__all__ = ["number_words", "has_word", "has_ordinal", "has_number_word", "cs_word_table",
           "cs_word_values", "month_stems", "CS_ORDINALS", "CS_ORDINAL_END", "months_in",
           "CS_FRACTIONS", "VI_WORDS", "season_years"]

_CS_UNITS = {1: ("jed", "jeden", "jedn"), 2: ("dva", "dvě", "dvou", "dvěma", "dvoj"),
             3: ("tři", "tří", "třem", "troj"), 4: ("čtyř", "čtyři"), 5: ("pět", "pěti"),
             6: ("šest",), 7: ("sedm",), 8: ("osm",), 9: ("devět", "devíti")}
_CS_TEENS = {10: ("deset", "deseti"), 11: ("jedenáct",), 12: ("dvanáct",), 13: ("třináct",),
             14: ("čtrnáct",), 15: ("patnáct",), 16: ("šestnáct",), 17: ("sedmnáct",),
             18: ("osmnáct",), 19: ("devatenáct",)}
_CS_TENS = {2: ("dvacet", "dvaceti"), 3: ("třicet", "třiceti"), 4: ("čtyřicet", "čtyřiceti"),
            5: ("padesát",), 6: ("šedesát",), 7: ("sedmdesát",), 8: ("osmdesát",),
            9: ("devadesát",)}
_CS_BIG = {100: ("sto", "set"), 1000: ("tisíc",), 1000000: ("milion",)}
VI_WORDS = {1: ("một",), 2: ("hai",), 3: ("ba",), 4: ("bốn", "tư"), 5: ("năm", "lăm"),
             6: ("sáu",), 7: ("bảy",), 8: ("tám",), 9: ("chín",), 10: ("mười",),
             100: ("trăm",), 1000: ("nghìn", "ngàn"), 1000000: ("triệu",)}


def _cs_number_words(n: int) -> tuple[str, ...]:
    if n == 0:
        return ("nul",)
    if n in _CS_TEENS:
        return _CS_TEENS[n]
    if n in _CS_BIG:
        return _CS_BIG[n]
    if 0 < n < 10:
        return _CS_UNITS[n]
    if 20 <= n < 100:
        tens, unit = divmod(n, 10)
        if not unit:
            return _CS_TENS[tens]
        forms = [f"{u}a{t}" for u in _CS_UNITS[unit] for t in _CS_TENS[tens]]  # dvaapadesát
        forms += [f"{t} {u}" for t in _CS_TENS[tens] for u in _CS_UNITS[unit]]  # padesát dva
        return tuple(forms)
    return ()


CS_ORDINALS = {1: "prvn", 2: "druh", 3: "třet", 4: "čtvrt", 5: "pát", 6: "šest", 7: "sedm",
               8: "osm", 9: "devát", 10: "desát", 20: "dvacát", 30: "třicát", 40: "čtyřicát",
               50: "padesát", 60: "šedesát", 70: "sedmdesát", 80: "osmdesát", 90: "devadesát",
               100: "st", 1000: "tisíc"}
CS_ORDINALS.update({n: forms[0] for n, forms in _CS_TEENS.items() if n > 10})  # jedenáctý
CS_ORDINAL_END = r"(?:ý|á|é|í|ého|ém|ou|ým|ých|ými|ího|ím|ímu|ému|ích|ími)(?!\w)"


def has_ordinal(text_lower: str, n: int, lang: str) -> bool:
    """`thứ 3` → `třetí`, `hiệp 1` → `první poločas`, `quý 2` → `druhé čtvrtletí`."""
    stem = CS_ORDINALS.get(n) if lang == "cs" else None
    return bool(stem) and re.search(rf"(?<!\w){stem}{CS_ORDINAL_END}", text_lower) is not None


def number_words(n: int, lang: str) -> tuple[str, ...]:
    if lang == "cs":
        return _cs_number_words(n)
    if lang == "vi":
        if n in VI_WORDS:
            return VI_WORDS[n]
        if 11 <= n <= 19:
            return tuple(f"mười {w}" for w in VI_WORDS[n - 10])
        if 20 <= n < 100 and n % 10 == 0:
            return tuple(f"{w} mươi" for w in VI_WORDS[n // 10])
    return ()


def has_word(text_lower: str, stems: Iterable[str]) -> bool:
    return any(re.search(rf"(?<!\w){re.escape(stem)}", text_lower) for stem in stems)


# Whole Czech number words, the strong evidence. The stems above match any word that starts
# like a number (`osm` in `osmdesát`, `pět` in `pětka`), which is why they only explain a
# number when nothing on the other side is left over. Whole words are trusted even then:
# every case form of the cardinals 2–99 (`osm`, `osmi`, `čtyřech`, `dvěma`, `pětadvaceti`)
# and the number nouns (`jednička`, `trojky`, `osmičce`: a rank, a grade, a bus line).
# `num2words` was considered, but its Czech module writes nominative cardinals only (no cases,
# no ordinals, no number nouns), so the forms come from these few endings: a cardinal from
# five up adds `-i` in every oblique case, two to four decline on their own.
_CS_NOMINATIVE = {1: "jedna", 2: "dva", 3: "tři", 4: "čtyři", 5: "pět", 6: "šest", 7: "sedm",
                  8: "osm", 9: "devět"}
_CS_DECLINED = {2: ("dva", "dvě", "dvou", "dvěma"), 3: ("tři", "tří", "třem", "třech", "třemi"),
                4: ("čtyři", "čtyř", "čtyřem", "čtyřech", "čtyřmi"), 9: ("devět", "devíti")}
# number nouns: stem + `k` and a case ending (`trojka`, `trojky`), `-ek` (gen. pl.), `-ce` (dat.)
_CS_NOUN_STEMS = {1: "jednič", 2: "dvoj", 3: "troj", 4: "čtyř", 5: "pět", 6: "šest", 7: "sedmič",
                  8: "osmič", 9: "devít", 10: "desít"}
_CS_NOUN = re.compile(
    r"(?<!\w)(" + "|".join(_CS_NOUN_STEMS.values()) + r")(?:k\w{0,3}|ek|ce)(?!\w)"
)
# fraction nouns: `třetina` 1/3, `dvě třetiny` 2/3, `polovina`/`půl` 1/2, `čtvrtina` 1/4
CS_FRACTIONS = {2: ("polovin", "půl"), 3: ("třetin",), 4: ("čtvrtin",), 5: ("pětin",),
                 10: ("desetin",)}


def _oblique(word: str) -> str:
    """`osm` → `osmi`, `devět` → `devíti`, `dvacet` → `dvaceti` (the -i of every oblique case)."""
    return word[:-2] + "íti" if word.endswith("devět") else word + "i"


@lru_cache(maxsize=1)
def cs_word_table() -> dict[str, int]:
    """Whole Czech cardinal words (every case) → value, 2 to 99; `jeden` is left out, since
    it is also the indefinite `one of` (`jeden z hráčů`)."""
    table: dict[str, int] = {}
    for n in range(2, 100):
        tens, unit = divmod(n, 10)
        if n in _CS_DECLINED:
            forms = list(_CS_DECLINED[n])
        elif n < 10:
            forms = [_CS_NOMINATIVE[n]]
        elif n < 20:
            forms = [_CS_TEENS[n][0]]
        elif not unit:
            forms = [_CS_TENS[tens][0]]
        elif unit == 1:  # `jednadvacet`, `jedenačtyřicet`: both spellings are standard
            forms = [f"jedna{_CS_TENS[tens][0]}", f"jedena{_CS_TENS[tens][0]}"]
        else:  # `pětadvacet`: one word, unit first
            forms = [f"{_CS_NOMINATIVE[unit]}a{_CS_TENS[tens][0]}"]
        for form in forms[:1] if n > 4 and unit != 1 else forms:
            table.setdefault(form, n)
            if n > 4:
                table.setdefault(_oblique(form), n)
    return table


@lru_cache(maxsize=64)
def cs_word_values(text_lower: str) -> frozenset[int]:
    """Values written as whole Czech words in a (lower-cased) text: cardinals and number nouns."""
    table = cs_word_table()
    values = {table[w] for w in re.findall(r"\w+", text_lower) if w in table}
    stems = {stem: n for n, stem in _CS_NOUN_STEMS.items()}
    values |= {stems[m.group(1)] for m in _CS_NOUN.finditer(text_lower)}
    return frozenset(values)


def has_number_word(text_lower: str, n: int, lang: str) -> bool:
    """`n` written as a whole word or number noun of `lang` (only Czech has the table)."""
    return lang.split("_")[0] == "cs" and n in cs_word_values(text_lower)


@lru_cache(maxsize=32)
def month_stems(lang: str, inflected_only: bool = False) -> dict[str, int]:
    """Month-name stems of a language from CLDR's two wide forms of each month: their common
    prefix (3+ letters), so every case form matches (`v srpnu`, `в августе`).

    Czech `červen`/`července` stay apart: June's stem is `červ`, July's `červen` (callers
    prefer the longest stem). `inflected_only`: only months whose format and stand-alone
    names differ (the language inflects them), as the number reader's date grammar wants.
    """
    from babel import Locale, UnknownLocaleError

    try:
        locale = Locale.parse(lang.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        return {}
    stems: dict[str, int] = {}
    for month in range(1, 13):
        a = str(locale.months["format"]["wide"][month]).lower()
        b = str(locale.months["stand-alone"]["wide"][month]).lower()
        if inflected_only and a == b:
            continue
        prefix = os.path.commonprefix([a, b])
        if len(prefix) >= 3:
            stems[prefix] = month
    return stems


def months_in(text: str, lang: str) -> set[int]:
    stems = month_stems(lang)
    found = set()
    for word in re.findall(r"\w+", text.lower()):
        best = max((s for s in stems if word.startswith(s)), key=len, default=None)
        if best is not None:
            found.add(stems[best])
    return found


_SEASON_CODE = re.compile(r"(?<![^\W_])(?:SS|AW|FW|PF|RS)(\d{4}|\d{2})(?![^\W_])")


def season_years(text: str) -> dict[str, int]:
    """Fashion season codes and their years: `SS19` → 2019 (spring/summer), `AW2020` → 2020;
    Czech writes `jaro/léto 2019`, so the year stands for the code."""
    return {m.group(): int(m.group(1)) + (2000 if len(m.group(1)) == 2 else 0)
            for m in _SEASON_CODE.finditer(text)}
