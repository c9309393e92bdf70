"""QA checks on PO files: findings per entry, like translate-toolkit's `pofilter` and CheckMate.

Every finding names its file, line, source, check, severity and message; `--format json` prints
them one object per line, and outside tools rely on that shape:

    {"file": str, "line": int, "msgid": str, "check": str, "severity": "error"|"warning",
     "message": str}

What is better than pofilter here: numbers are compared as values read by each language's own
conventions (`19.340` in Vietnamese equals `19 340` in Czech; `2.000` against `2,000` is an
error), with the usual honest translations explained away (numbers written as words in any
case, `jednička`, `třetina`, month numbers written as month names, `3 giờ chiều` as `15 hodin`,
inches, feet and °F converted and rounded, `380.000` as `380 tisíc`, `những năm 1930` as
`30. léta 20. století`, `SS19` as `jaro/léto 2019`); Vietnamese document numbers must survive
letter for letter (`657-QD/TU` for `657-QĐ/TU` is an error); glossary terms are found in
inflected Czech; and Vietnamese words left inside the translation are reported.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from decimal import Decimal
from functools import lru_cache
from pathlib import Path

from translate.errors import InputError
from translate.text.normalize import match_key
from translate.text.numbers import NumberToken, code_spans, find_numbers, numeric_key

ERROR = "error"
WARNING = "warning"

CHECKS = (
    "untranslated",
    "fuzzy",
    "unchanged",
    "numbers",
    "protected",
    "glossary",
    "markup",
    "vietnamese",
    "consistency",
    "endpunc",
    "doublewords",
    "doublespaces",
    "length",
)


@dataclass(frozen=True)
class Finding:
    """One QA problem of one PO entry (the JSON contract's fields, in its order)."""

    file: str
    line: int
    msgid: str
    check: str
    severity: str
    message: str

    def as_dict(self) -> dict:
        return asdict(self)

    def to_json(self) -> str:
        return json.dumps(self.as_dict(), ensure_ascii=False)

    def render(self) -> str:
        return f"{self.file}:{self.line}: {self.severity}: {self.check}: {self.message}"


@dataclass(frozen=True)
class CheckSettings:
    """What to check and against what. `checks=None` runs them all."""

    source_lang: str = "vi"
    glossary: object | None = None  # translate.terms.glossary.Glossary
    checks: frozenset[str] | None = None
    min_ratio: float = 0.4  # target/source characters, sentences of 30+ characters
    max_ratio: float = 2.5

    def wants(self, check: str) -> bool:
        return self.checks is None or check in self.checks


@dataclass
class Issue:
    """A problem found in one source/target pair, before it is tied to a file and line."""

    check: str
    severity: str
    message: str


# -- numbers ----------------------------------------------------------------------------------

_DIGIT_RUN = re.compile(r"\d+(?:[.,:\u00a0\u202f ]\d+)*")
# Scale words after a number: `380 tisíc` = 380.000, `19,3 triệu` = 19.300.000.
_SCALES = {
    "vi": {"nghìn": 3, "ngàn": 3, "triệu": 6, "tỷ": 9, "tỉ": 9},
    "cs": {"tisíc": 3, "tis.": 3, "milion": 6, "mil.": 6, "miliard": 9, "mld.": 9, "bilion": 12},
    "en": {"thousand": 3, "million": 6, "billion": 9, "trillion": 12},
}
# Imperial units in Vietnamese (and English) sources that translators convert for Czech readers.
_UNITS: dict[str, tuple[str, ...]] = {
    "inch": ("25.4", "2.54", "0.0254"),
    "inches": ("25.4", "2.54", "0.0254"),
    "foot": ("0.3048", "30.48"),
    "feet": ("0.3048", "30.48"),
    "dặm": ("1.609344",),
    "mile": ("1.609344",),
    "miles": ("1.609344",),
    "mph": ("1.609344",),
    "pound": ("0.45359237",),
    "pounds": ("0.45359237",),
    "cân": ("0.45359237",),
    "ounce": ("28.35",),
    "gallon": ("3.785",),
    "yard": ("0.9144",),
    "yards": ("0.9144",),
    "acre": ("0.4047", "4047"),
    "độ": ("F",),  # Fahrenheit in US stories: (n - 32) * 5/9, or a difference n * 5/9
}
# Czech number words (stems match every case form: `tři`, `třech`, `třináctiletý`).
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
_VI_WORDS = {1: ("một",), 2: ("hai",), 3: ("ba",), 4: ("bốn", "tư"), 5: ("năm", "lăm"),
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


_CS_ORDINALS = {1: "prvn", 2: "druh", 3: "třet", 4: "čtvrt", 5: "pát", 6: "šest", 7: "sedm",
                8: "osm", 9: "devát", 10: "desát", 20: "dvacát", 30: "třicát", 40: "čtyřicát",
                50: "padesát", 60: "šedesát", 70: "sedmdesát", 80: "osmdesát", 90: "devadesát",
                100: "st", 1000: "tisíc"}
_CS_ORDINALS.update({n: forms[0] for n, forms in _CS_TEENS.items() if n > 10})  # jedenáctý
_CS_ORDINAL_END = r"(?:ý|á|é|í|ého|ém|ou|ým|ých|ými|ího|ím|ímu|ému|ích|ími)(?!\w)"


def _has_ordinal(text_lower: str, n: int, lang: str) -> bool:
    """`thứ 3` → `třetí`, `hiệp 1` → `první poločas`, `quý 2` → `druhé čtvrtletí`."""
    stem = _CS_ORDINALS.get(n) if lang == "cs" else None
    return bool(stem) and re.search(rf"(?<!\w){stem}{_CS_ORDINAL_END}", text_lower) is not None


def _number_words(n: int, lang: str) -> tuple[str, ...]:
    if lang == "cs":
        return _cs_number_words(n)
    if lang == "vi":
        if n in _VI_WORDS:
            return _VI_WORDS[n]
        if 11 <= n <= 19:
            return tuple(f"mười {w}" for w in _VI_WORDS[n - 10])
        if 20 <= n < 100 and n % 10 == 0:
            return tuple(f"{w} mươi" for w in _VI_WORDS[n // 10])
    return ()


def _has_word(text_lower: str, stems: Iterable[str]) -> bool:
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
_CS_FRACTIONS = {2: ("polovin", "půl"), 3: ("třetin",), 4: ("čtvrtin",), 5: ("pětin",),
                 10: ("desetin",)}


def _oblique(word: str) -> str:
    """`osm` → `osmi`, `devět` → `devíti`, `dvacet` → `dvaceti` (the -i of every oblique case)."""
    return word[:-2] + "íti" if word.endswith("devět") else word + "i"


@lru_cache(maxsize=1)
def _cs_word_table() -> dict[str, int]:
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
        else:  # `pětadvacet`: one word, unit first
            forms = [f"{_CS_NOMINATIVE[unit]}a{_CS_TENS[tens][0]}"]
        for form in forms[:1] if n > 4 else forms:
            table.setdefault(form, n)
            if n > 4:
                table.setdefault(_oblique(form), n)
    return table


@lru_cache(maxsize=64)
def _cs_word_values(text_lower: str) -> frozenset[int]:
    """Values written as whole Czech words in a (lower-cased) text: cardinals and number nouns."""
    table = _cs_word_table()
    values = {table[w] for w in re.findall(r"\w+", text_lower) if w in table}
    stems = {stem: n for n, stem in _CS_NOUN_STEMS.items()}
    values |= {stems[m.group(1)] for m in _CS_NOUN.finditer(text_lower)}
    return frozenset(values)


def _has_number_word(text_lower: str, n: int, lang: str) -> bool:
    """`n` written as a whole word or number noun of `lang` (only Czech has the table)."""
    return lang.split("_")[0] == "cs" and n in _cs_word_values(text_lower)


@lru_cache(maxsize=16)
def _month_stems(lang: str) -> dict[str, int]:
    """Month-name stems of a language (CLDR): `červ` → 6, `červen` → 7 (longest prefix wins)."""
    from babel import Locale
    from babel.core import UnknownLocaleError

    try:
        locale = Locale.parse(lang)
    except (UnknownLocaleError, ValueError):
        return {}
    stems: dict[str, int] = {}
    for month in range(1, 13):
        forms = {
            str(locale.months[ctx][width][month]).lower()
            for ctx in ("format", "stand-alone")
            for width in ("wide",)
        }
        prefix = forms.pop()
        for form in forms:
            while not form.startswith(prefix):
                prefix = prefix[:-1]
        if len(prefix) >= 3:
            stems[prefix] = month
    return stems


def _months_in(text: str, lang: str) -> set[int]:
    stems = _month_stems(lang)
    found = set()
    for word in re.findall(r"\w+", text.lower()):
        best = max((s for s in stems if word.startswith(s)), key=len, default=None)
        if best is not None:
            found.add(stems[best])
    return found


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def _unparsed_digit_runs(text: str, tokens: Sequence[NumberToken]) -> list[str]:
    """Digit strings the number reader left alone: `13letého`, `3.1` in Czech, `7.5` in vi."""
    runs = []
    for m in _DIGIT_RUN.finditer(text):
        if any(t.start < m.end() and m.start() < t.end for t in tokens):
            continue
        runs.append(_digits(m.group()))
    return runs


def _scale_after(text: str, token: NumberToken, lang: str) -> int:
    words = _SCALES.get(lang.split("_")[0], {})
    rest = text[token.end :].lstrip(" \u00a0\u202f").lower()
    for word, power in words.items():
        if rest.startswith(word):
            return power
    return 0


def _word_after(text: str, token: NumberToken) -> str:
    m = re.match(r"[\s\u00a0]*(\w+)", text[token.end :])
    return m.group(1).lower() if m else ""


_NOT_AFTER_NUM = r"(?<![\d.,])"
# Times written with words, which the number reader leaves to us; clock times (`17:30`,
# `17h30`) are `time` tokens of `translate.text.numbers.find_numbers`.
_WORD_TIMES: dict[str, re.Pattern[str]] = {
    "vi": re.compile(rf"{_NOT_AFTER_NUM}(?P<h>\d{{1,2}})(?:[.:h](?P<m>\d{{2}}))?\s*giờ"
                     rf"(?:\s*(?P<m2>\d{{1,2}})\s*phút)?"),
    "cs": re.compile(rf"{_NOT_AFTER_NUM}(?P<h>\d{{1,2}})(?:[.:](?P<m>\d{{2}})|\.)?\s*hod"),
}


def find_times(
    text: str, lang: str, tokens: Sequence[NumberToken] = ()
) -> list[tuple[int, int, tuple[int, int], str]]:
    """Times of day as (start, end, (hour mod 12, minute), text): `3 giờ chiều` = `15 hodin`
    = `15:00`. Word forms are found here; clock forms come from the `time` tokens given."""
    found: list[tuple[int, int, tuple[int, int], str]] = []
    pattern = _WORD_TIMES.get(lang.split("_")[0])
    for m in pattern.finditer(text) if pattern is not None else ():
        hour = int(m.group("h"))
        minute = int(m.group("m") or (m.groupdict().get("m2") or 0))
        if hour <= 24 and minute <= 59:
            found.append((m.start(), m.end(), (hour % 12, minute), m.group().strip()))
    for tok in tokens:
        if tok.kind == "time" and not any(a < tok.end and tok.start < b for a, b, _, _ in found):
            found.append((tok.start, tok.end, (tok.value.hour % 12, tok.value.minute), tok.text))
    return sorted(found)


def _plain_value(token: NumberToken) -> Decimal | None:
    return token.value if isinstance(token.value, Decimal) else None


_PERCENT_WORD = re.compile(r"[\s\u00a0]*(?:phần trăm|procent|per ?cent)", re.IGNORECASE)


@dataclass
class _Num:
    token: NumberToken
    key: tuple
    scaled: Decimal | None
    alt: Decimal | None = None
    matched: bool = False
    partner: int = -1  # index of the matched number on the other side
    measure: Decimal | None = None  # `6 foot 6`: 6.5 (feet), the inches folded in

    def values(self) -> set[Decimal]:
        value = _plain_value(self.token)
        return {v for v in (value, self.scaled, self.alt) if v is not None}


def compare_numbers(
    source: str,
    target: str,
    source_lang: str = "vi",
    target_lang: str = "cs",
    skip_source: Sequence[tuple[int, int]] = (),
    skip_target: Sequence[tuple[int, int]] = (),
) -> list[Issue]:
    """Numbers and dates of the source that the target lost or changed, and the reverse."""
    src_times = find_times(source, source_lang)
    tgt_times = find_times(target, target_lang)
    src_tokens = find_numbers(source, source_lang,
                              list(skip_source) + [(a, b) for a, b, _, _ in src_times])
    tgt_tokens = find_numbers(target, target_lang,
                              list(skip_target) + [(a, b) for a, b, _, _ in tgt_times])
    src_times = find_times(source, source_lang, src_tokens)
    tgt_times = find_times(target, target_lang, tgt_tokens)
    src_tokens = [t for t in src_tokens if t.kind != "time"]
    tgt_tokens = [t for t in tgt_tokens if t.kind != "time"]
    quantities = _quantity_words(source, source_lang)  # `nửa inch`
    if not (src_tokens or tgt_tokens or src_times or tgt_times or quantities):
        return []

    def wrap(tokens: list[NumberToken], text: str, lang: str, is_source: bool) -> list[_Num]:
        out = []
        for tok in tokens:
            value = _plain_value(tok)
            power = _scale_after(text, tok, lang) if value is not None else 0
            # `10,000` in a Vietnamese source is often English grouping (10000): accept that
            # reading; never the other way round (`2.015` stays 2015, not 2,015)
            alt = getattr(tok, "alternative", None) if is_source else None
            if alt is not None and value is not None and alt <= value:
                alt = None
            key = numeric_key(tok)
            if value is not None and tok.kind != "percent" and _PERCENT_WORD.match(
                text, tok.end
            ):
                key = ("percent", value.normalize())  # `40 phần trăm`, `16 procent`
            out.append(_Num(tok, key, value.scaleb(power) if power else None, alt))
        return out

    src = wrap(src_tokens, source, source_lang, True)
    src += [_Num(tok, numeric_key(tok), None) for tok in quantities]
    src.sort(key=lambda n: n.token.start)
    tgt = wrap(tgt_tokens, target, target_lang, False)

    def pair(accept) -> None:
        for s in src:
            if s.matched:
                continue
            for i, t in enumerate(tgt):
                if not t.matched and accept(s, t):
                    s.matched = t.matched = True
                    s.partner = i
                    break

    # same value, and a scale word on both sides or neither: `20 triệu` is no `20. letech`
    pair(lambda s, t: s.key == t.key and (s.scaled is None) == (t.scaled is None))
    # `40 phần trăm` ~ `40 %`; `380.000` ~ `380 tisíc`; `19.340 tỷ` ~ `19,34 bilionu`
    pair(lambda s, t: _loose_equal(s, t))
    # `3 giờ chiều` ~ `15 hodin`
    pair(lambda s, t: _is_hour(source, s) and _plain_value(t.token) == _plain_value(s.token) + 12)
    _join_feet_inches(source, src)  # `6 foot 6`: one measure
    # `10 inch` ~ `250 mm`; `80` (°F) ~ `27 °C`
    pair(lambda s, t: _converted(source, s, t, target))
    _pair_by_meaning(source, target, src, tgt, source_lang, target_lang)

    tgt_lower = target.lower()
    src_lower = source.lower()
    tgt_runs = _unparsed_digit_runs(target, tgt_tokens) + [
        _digits(target[a:b]) for a, b in code_spans(target)
    ]
    src_runs = _unparsed_digit_runs(source, src_tokens)
    tgt_months = _months_in(target, target_lang)
    # `tháng 6 năm 2018` ~ `v červnu 2018`: the year as a number, the month as a word
    for s in src:
        if s.matched or s.token.kind != "month" or s.token.month not in tgt_months:
            continue
        year = next((t for t in tgt if not t.matched
                     and _plain_value(t.token) == s.token.year), None)
        if year is not None:
            s.matched = year.matched = True
    # First the strong explanations (digits glued to a word, month names); number words only
    # when nothing on the other side is left over, since `5-2` → `1-2` must not be excused by
    # `pátek` or `một`.
    missing = [s for s in src if not s.matched and not _explained_source(
        source, s, tgt_lower, tgt_runs, tgt_months, target_lang, words=False)]
    extra = [t for t in tgt if not t.matched and not _explained_target(
        t, src_lower, src_runs, source_lang, words=False, target=target)]
    if not (missing and extra):
        missing = [s for s in missing if not _explained_source(
            source, s, tgt_lower, tgt_runs, tgt_months, target_lang, words=True)]
        extra = [t for t in extra if not _explained_target(
            t, src_lower, src_runs, source_lang, words=True, target=target)]
    # the same digits grouped differently (`0800 555 111 24/7` ~ `555 111`, `247`); one token
    # against one token is never excused this way: `2.000` against `2,000` stays an error
    if missing and extra and len(missing) != len(extra) and "".join(
        _digits(s.token.text) for s in missing
    ) == "".join(_digits(t.token.text) for t in extra):
        missing, extra = [], []
    # an imperial measure: converted into a compound (`250kilogramový`), or in words
    # (`šestimetrové`), or a duplicate in brackets dropped (`300 km (190 dặm)`)
    converted = [s for s in missing if _unit_after(source, s.token)]
    missing = [s for s in missing if s not in converted]
    issues = [
        Issue("numbers", ERROR, f"{s.token.text} {_unit_after(source, s.token)} is missing "
                                "(no converted value either)")
        for s in converted
        if not _conversion_elsewhere(source, s, src, tgt_runs, tgt_lower, target_lang)
    ]
    issues += _number_issues(missing, extra)
    if not issues:  # with leftovers the pairing is a guess: the order says nothing more
        issues += _order_issues(source, target, src, tgt)
    if not issues:
        issues += _year_issues(target, target_lang, src, tgt)
    lost_times = Counter(k for *_, k, _ in src_times) - Counter(k for *_, k, _ in tgt_times)
    new_times = Counter(k for *_, k, _ in tgt_times) - Counter(k for *_, k, _ in src_times)
    tgt_digits = tgt_runs + [_digits(t.token.text) for t in tgt if not t.matched]
    for _, _, key, text in src_times:
        if lost_times[key] > 0 and _digits(text) not in tgt_digits:
            lost_times[key] -= 1
            issues.append(Issue("numbers", ERROR, f"time {text!r} is missing from the translation"))
    for _, _, key, text in tgt_times:
        if new_times[key] > 0 and _digits(text) not in src_runs:
            new_times[key] -= 1
            issues.append(Issue("numbers", ERROR, f"time {text!r} in the translation is not in "
                                                  "the source"))
    return issues


def _loose_equal(s: _Num, t: _Num) -> bool:
    sv, tv = _plain_value(s.token), _plain_value(t.token)
    if sv is None or tv is None:
        # `tháng 7, 2017` (month, then a year) ~ `v červenci 2017` (one date)
        if sv is not None and t.token.is_date and s.token.kind == "year":
            return t.token.year == int(sv)
        if tv is not None and s.token.is_date and t.token.kind == "year":
            return s.token.year == int(tv)
        # dates: a source date without a year matches the same day and month with one
        if s.token.is_date and t.token.is_date:
            if s.token.day is None and s.token.year != t.token.year:
                return False  # `tháng 7` + `2017` ~ `červenci 2017`: month names, years apart
            return (s.token.month, s.token.day) == (t.token.month, t.token.day) and (
                s.token.year is None or s.token.year == t.token.year
            )
        return False
    if (s.key[0] == "percent") != (t.key[0] == "percent"):
        return False
    if s.scaled is not None and t.scaled is not None:  # both scaled: `2,8 tỷ` ~ `2,8 mld.`
        return s.scaled == t.scaled
    if (s.scaled is None) != (t.scaled is None):  # `380.000` ~ `380 tisíc`, never `20 triệu` ~ `20`
        s_full = {s.scaled} if s.scaled is not None else s.values()
        t_full = {t.scaled} if t.scaled is not None else t.values()
        return bool(s_full & t_full)
    if s.values() & t.values():
        return True
    # `những năm 1980` ~ `80. letech` (decades)
    return bool(s.alt is None and sv >= 1900 and sv % 10 == 0 and tv == sv % 100
                and tv > 0)


def _is_hour(source: str, s: _Num) -> bool:
    value = _plain_value(s.token)
    return value is not None and 1 <= value <= 12 and _word_after(source, s.token) == "giờ"


_COARSE = Decimal("0.05")  # rounding coarser than a whole number may move a value this much


def _rounds_to(exact: Decimal, written: Decimal, decimals: int = 0) -> bool:
    """`written` is `exact` rounded at its own last digit: 12.7 → `13`, 4.83 → `5`, 1.98 → `2`,
    254 → `250`, 76.2 → `75` (to fives); not 11.1 → `12`. Rounding coarser than a whole
    number is believed within 5 % only: 26.7 → `30` and 12.7 → `15` are other values.
    Converted measures are rounded by the translator, never changed: the earlier fixed
    tolerance (5 % + 0.5) let `12` pass for 11.1."""
    if decimals:
        return abs(exact - written) <= Decimal(1).scaleb(-decimals) / 2
    digits = str(int(written))
    significant = digits.rstrip("0") or "0"
    unit = Decimal(1).scaleb(len(digits) - len(significant))
    if significant.endswith("5"):  # `75 mm` for 3 inch: rounded to fives
        unit *= 5
    tolerance = max(Decimal("0.5"), min(unit / 2, abs(exact) * _COARSE))
    return abs(exact - written) <= tolerance


def _conversions(value: Decimal, factors: Sequence[str]) -> list[Decimal]:
    """Metric values of an imperial `value`; `F`: a Fahrenheit temperature or difference."""
    out: list[Decimal] = []
    for factor in factors:
        if factor == "F":
            out += [(value - 32) * 5 / 9, value * 5 / 9]
        else:
            out.append(value * Decimal(factor))
    return out


# A metric unit after a converted value, or after the range it closes (`50 až 75 mm`).
_METRIC = (r"(?:mm|cm|dm|m|km|kg|g|t|l|ha|°|℃|metr|kilometr|centimetr|milimetr|kilogram|gram"
           r"|tun|litr|hektar|stup)")
_METRIC_AFTER = re.compile(
    rf"[\s\u00a0]*(?:(?:až|do|a|-|–)[\s\u00a0]*[\d.,\u00a0 ]+)?[\s\u00a0]*{_METRIC}",
    re.IGNORECASE)
_METRIC_BEFORE = re.compile(r"(?<!\w)(?:mm|cm|m|km|kg|mét|ki-lô-mét|km/h|cân|tấn)\s*$",
                            re.IGNORECASE)
_CELSIUS = re.compile(r"[\s\u00a0]*(?:°\s?C|℃|stup\w*\s+Celsi)", re.IGNORECASE)
_SOURCE_CELSIUS = re.compile(r"°\s?C|℃|độ\s+C\b|Celsius|độ\s+bách", re.IGNORECASE)


def _converted(source: str, s: _Num, t: _Num, target: str = "") -> bool:
    """`10 inch` ~ `250 mm`; a US temperature (`khoảng 80`, no unit written) ~ `27 °C` when
    the translation says Celsius and the source does not."""
    sv, tv = s.measure or _plain_value(s.token), _plain_value(t.token)
    if sv is None or tv is None or not sv:
        return False
    factors: Sequence[str] = _UNITS.get(_unit_after(source, s.token), ())
    if not factors and _CELSIUS.match(target, t.token.end) and not _SOURCE_CELSIUS.search(source):
        factors = ("F",)
    if not factors or not _METRIC_AFTER.match(target, t.token.end):  # `64` alone, `1967 km`
        return False
    return any(c and _rounds_to(c, tv, t.token.decimals) for c in _conversions(sv, factors))


_RANGE = re.compile(r"[\s\u00a0]*(?:đến|tới|-|–|và|hoặc|hay|to|or|and)[\s\u00a0]*[\d.,]+")


def _unit_after(source: str, token: NumberToken) -> str:
    """The imperial unit after a number or after the range it opens (`1 đến 4 inch`), or ''."""
    rest = source[token.end :]
    m = _RANGE.match(rest)
    if m:
        rest = rest[m.end() :]
    m = re.match(r"[\s\u00a0]*(\w+)", rest)
    word = m.group(1).lower() if m else ""
    return word if word in _UNITS else ""


def _conversion_elsewhere(
    source: str, s: _Num, src: list[_Num], tgt_runs: list[str], tgt_lower: str, lang: str
) -> bool:
    before = source[: s.token.start].rstrip()
    if before.endswith("("):
        previous = [o for o in src if o.token.end <= s.token.start and o is not s]
        if previous and previous[-1].matched:
            return True
        if _METRIC_BEFORE.search(before[:-1]):  # `sáu mét (18 feet)`: a duplicate, dropped
            return True
    factors = _UNITS.get(_unit_after(source, s.token), ())
    value = s.measure or _plain_value(s.token)
    if value is None:
        return False
    for c in _conversions(value, factors):
        for run in tgt_runs:  # `250kilogramový`
            if run and _rounds_to(c, Decimal(run)):
                return True
        for n in range(max(int(c) - 1, 1), int(c) + 2):  # `dvoumetrový`, `šestimetrové`
            if n < 100 and _rounds_to(c, Decimal(n)) and _has_word(
                tgt_lower, _number_words(n, lang)
            ):
                return True
    return False


# -- numbers written another way: quantities in words, decades, fractions, records, seasons --

_SP_RE = "[\\s\u00a0]*"
# Vietnamese quantities in words before an imperial unit (`nửa inch`, `hai dặm`); `một` is
# left out (also `a`), so are `độ` and `cân` (also `about`/`degree`, `to weigh`).
_VI_QUANTITIES = {"nửa": Decimal("0.5")} | {
    w: Decimal(n) for n, ws in _VI_WORDS.items() if 2 <= n <= 10 for w in ws
}
_WORD_UNITS = "|".join(sorted((u for u in _UNITS if u not in ("độ", "cân")), key=len,
                              reverse=True))
_VI_QUANTITY = re.compile(rf"(?<!\w)({'|'.join(_VI_QUANTITIES)})\s+(?=(?:{_WORD_UNITS})(?!\w))",
                          re.IGNORECASE)


def _quantity_words(source: str, lang: str) -> list[NumberToken]:
    """`nửa inch` (half an inch) as a number token of 0.5: it must reach the translation,
    converted (`13 mm`) or not, like a measure written in digits."""
    if lang.split("_")[0] != "vi":
        return []
    return [NumberToken(m.start(1), m.end(1), m.group(1), "decimal",
                        _VI_QUANTITIES[m.group(1).lower()], lang)
            for m in _VI_QUANTITY.finditer(source)]


def _join_feet_inches(source: str, src: list[_Num]) -> None:
    """`6 foot 6` (six feet six inches) is one measure of 6.5 feet, converted as a whole
    (`1,98 m`, `dvoumetrový`); the inches are no number of their own."""
    for a, b in zip(src, src[1:], strict=False):
        feet, inches = _plain_value(a.token), _plain_value(b.token)
        if a.matched or b.matched or feet is None or inches is None or inches >= 12:
            continue
        if re.fullmatch(rf"{_SP_RE}(?:foot|feet|ft){_SP_RE}", source[a.token.end : b.token.start],
                        re.IGNORECASE):
            a.measure = feet + inches / 12
            b.matched = True


_SEASON_CODE = re.compile(r"(?<![^\W_])(?:SS|AW|FW|PF|RS)(\d{4}|\d{2})(?![^\W_])")


def season_years(text: str) -> dict[str, int]:
    """Fashion season codes and their years: `SS19` → 2019 (spring/summer), `AW2020` → 2020;
    Czech writes `jaro/léto 2019`, so the year stands for the code."""
    return {m.group(): int(m.group(1)) + (2000 if len(m.group(1)) == 2 else 0)
            for m in _SEASON_CODE.finditer(text)}


_CENTURY = re.compile(rf"\.?{_SP_RE}stol", re.IGNORECASE)  # `20. století`, `20. stol.`
_OUT_OF = re.compile(r"(?<!\w)(\w+)\s+ze?\s+(\w+)(?!\w)")  # `čtyři ze čtyř`, `3 z 5`


def _word_or_digits(word: str) -> int | None:
    return int(word) if word.isdigit() else _cs_word_table().get(word.lower())


def _pair_by_meaning(
    source: str, target: str, src: list[_Num], tgt: list[_Num], source_lang: str,
    target_lang: str,
) -> None:
    """Numbers that say the same thing in another shape (matched in place):

    - a season code's year: `SS19` ~ `jaro/léto 2019`;
    - the century of a source year: `những năm 1930` ~ `30. letech 20. století` (the decade
      itself is paired by `_loose_equal`);
    - a fraction: `1/3` ~ `třetina`, `2/3` ~ `dvě třetiny`;
    - a record of wins and losses: `thắng 4:0` ~ `čtyři ze čtyř` (four out of four).
    """
    seasons = set(season_years(source).values())
    years = {int(s.token.value) for s in src if s.token.kind == "year"} | {
        s.token.year for s in src if s.token.is_date and s.token.year}
    centuries = {y // 100 + 1 for y in years} | {(y - 1) // 100 + 1 for y in years}
    for t in tgt:
        value = _plain_value(t.token)
        if t.matched or value is None or value != value.to_integral_value():
            continue
        if int(value) in seasons or (
            int(value) in centuries and _CENTURY.match(target, t.token.end)
        ):
            t.matched = True
    if target_lang.split("_")[0] != "cs":
        return
    tgt_lower = target.lower()
    for a, b in zip(src, src[1:], strict=False):
        av, bv = _plain_value(a.token), _plain_value(b.token)
        if b.matched or av is None or bv is None or av != int(av) or bv != int(bv):
            continue
        between = source[a.token.end : b.token.start]
        if between == "/" and not a.matched and 0 < av < bv and int(bv) in _CS_FRACTIONS:
            if _has_word(tgt_lower, _CS_FRACTIONS[int(bv)]) and (
                av == 1 or _has_number_word(tgt_lower, int(av), target_lang)
            ):
                a.matched = b.matched = True
        elif between in (":", "-", "–"):
            for m in _OUT_OF.finditer(target):
                if (_word_or_digits(m.group(1)), _word_or_digits(m.group(2))) == (av, av + bv):
                    a.matched = b.matched = True
                    for t in tgt:
                        if m.start() <= t.token.start < m.end():
                            t.matched = True
                    break


_DECADE_WORDS = ("những năm", "thập niên", "thập kỷ")


def _round_decade_explained(source: str, tok: NumberToken, tgt_lower: str) -> bool:
    """`những năm 2000` (the 2000s) ~ `na začátku tisíciletí`, `v nultých letech`; a round
    century's decade named by its century or millennium."""
    value = _plain_value(tok)
    if tok.kind != "year" or value is None or value % 100:
        return False
    if not source[: tok.start].rstrip().lower().endswith(_DECADE_WORDS):
        return False
    words = ("nult", "století") + (("tisíciletí",) if value % 1000 == 0 else ())
    return _has_word(tgt_lower, words)


# Periods of a game named by number in the source and by a noun in the target: `hiệp 1`
# (the first half) ends at `poločas` (half-time).
_PERIODS = {("hiệp", "cs"): ("poloč",)}


def _period_explained(before: str, n: int, tgt_lower: str, lang: str) -> bool:
    if n not in (1, 2):
        return False
    word = before.split()[-1] if before.split() else ""
    return _has_word(tgt_lower, _PERIODS.get((word, lang.split("_")[0]), ()))


_TURN = re.compile(rf"{_SP_RE}(?:°|stup)")


def _turn_idiom(target: str, tok: NumberToken) -> bool:
    """`otočit o 180°` (a U-turn): an idiom the source may say without a number. Only in the
    weak pass, when the source has no number left over that this could be."""
    return (_plain_value(tok) in (180, 360) and bool(_TURN.match(target, tok.end))
            and target[: tok.start].rstrip().lower().endswith(" o"))


def _explained_source(
    source: str, s: _Num, tgt_lower: str, tgt_runs: list[str], months: set[int], lang: str,
    words: bool = True,
) -> bool:
    """A source number the target writes another way: in words, as a month, glued to a word."""
    tok = s.token
    if _digits(tok.text) in tgt_runs:
        return True
    if tok.is_date and tok.year is None and tok.day is None:  # `tháng 6` ~ `v červnu`
        return tok.month in months
    if _round_decade_explained(source, tok, tgt_lower):  # `những năm 2000` ~ `tisíciletí`
        return True
    for value in s.values():
        if value != value.to_integral_value():
            continue
        n = int(value)
        before = source[: tok.start].rstrip().lower()
        if 1 <= n <= 12 and (before.endswith("tháng") or _word_after(source, tok) == "tháng"):
            return n in months
        if _has_number_word(tgt_lower, n, lang):  # `8 điểm` ~ `osm bodů`, `hạng 3` ~ `trojka`
            return True
        if words and (_has_word(tgt_lower, _number_words(n, lang))
                      or _has_ordinal(tgt_lower, n, lang)
                      or _period_explained(before, n, tgt_lower, lang)):
            return True
    return False


def _explained_target(
    t: _Num, src_lower: str, src_runs: list[str], lang: str, words: bool = True,
    target: str = "",
) -> bool:
    tok = t.token
    if _digits(tok.text) in src_runs:
        return True
    value = _plain_value(tok)
    if not words or value is None or value != value.to_integral_value():
        return False
    return _has_word(src_lower, _number_words(int(value), lang)) or _turn_idiom(target, tok)


_YEAR_WORDS = {"cs": ("roce", "roku", "rok", "r.", "let", "letech", "léta"),
               "en": ("in", "year", "since"), "vi": ("năm",)}


def _year_issues(target: str, lang: str, src: list[_Num], tgt: list[_Num]) -> list[Issue]:
    """`v roce 63` where the source's 63 is not a year: two numbers traded places."""
    words = _YEAR_WORDS.get(lang.split("_")[0], ())
    for s in src:
        if s.partner < 0 or s.token.kind == "year" or s.token.is_date:
            continue
        t = tgt[s.partner]
        before = target[: t.token.start].rstrip().lower()
        if any(before.endswith(" " + w) or before == w for w in words):
            return [Issue("numbers", ERROR, f"{t.token.text!r} follows {before.split()[-1]!r} "
                                            "in the translation but is no year in the source")]
    return []


def _bracketed(text: str, token: NumberToken) -> bool:
    return text[: token.start].rstrip().endswith("(")


def _order_issues(source: str, target: str, src: list[_Num], tgt: list[_Num]) -> list[Issue]:
    """Two numbers that trade places (`từ 50 đến 75` → `75 až 50`): same values, new meaning.

    Years and dates move freely around a sentence, and so does a measure and its conversion
    (`45 dặm (72 km)` → `72 km (45 mil)`).
    """
    # a value written twice in the source (`hạng 1 ... 2&1`) may have been paired with the wrong
    # one of its twins (the other written in words): such pairs say nothing about order
    keys = Counter(s.key for s in src)
    linked = [(s, tgt[s.partner]) for s in src if s.partner >= 0 and keys[s.key] == 1]
    for (s1, t1), (s2, t2) in zip(linked, linked[1:], strict=False):
        if any(_bracketed(source, s.token) for s in (s1, s2)) or any(
            _bracketed(target, t.token) for t in (t1, t2)
        ):
            continue
        # years and dates move freely around a sentence; so do values of different kinds
        if {s1.token.kind, s2.token.kind} & _FREE_KINDS or (s1.key[0] == "percent") != (
            s2.key[0] == "percent"
        ):
            continue
        if s1.key != s2.key and t1.token.start > t2.token.start:
            return [Issue("numbers", ORDER_SEVERITY,
                          f"{s1.token.text!r} and {s2.token.text!r} appear in the opposite order "
                          f"in the translation ({t2.token.text!r} before {t1.token.text!r})")]
    return []


ORDER_SEVERITY = ERROR
_FREE_KINDS = {"year", "date", "month", "month_only", "day_month"}


def _number_issues(missing: list[_Num], extra: list[_Num]) -> list[Issue]:
    if not missing and not extra:
        return []
    if len(missing) == 1 and len(extra) == 1:
        return [Issue("numbers", ERROR, f"source has {missing[0].token.text!r}, translation has "
                                        f"{extra[0].token.text!r}")]
    issues = [Issue("numbers", ERROR, f"{m.token.text!r} is missing from the translation")
              for m in missing]
    issues += [Issue("numbers", ERROR, f"{e.token.text!r} in the translation is not in the "
                                       "source") for e in extra]
    return issues


# -- protected tokens, markup and placeholders -----------------------------------------------

_VERBATIM = ("docref", "docnum", "url", "email", "code", "dnt")
_LEFTOVER_PLACEHOLDER = re.compile(r"(?<![A-Za-z])Q\s?Z\s?\d{1,3}(?!\d)")


def _fold(text: str) -> str:
    """ASCII skeleton for spotting altered tokens: `657-QĐ/TU` → `657-qd/tu`."""
    text = text.replace("Đ", "D").replace("đ", "d")
    return "".join(
        c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c)
    ).lower()


def _tokens(text: str, glossary=None, lang: str = "vi"):
    from translate.draft.protect import find_tokens

    return find_tokens(text, glossary, lang=lang, numbers=False)


def protected_spans(text: str, glossary=None, lang: str = "vi") -> list[tuple[int, int]]:
    """Spans of the protected tokens (`translate.draft.protect`): document numbers, codes, URLs..."""
    return [(t.start, t.end) for t in _tokens(text, glossary, lang)]


def compare_protected(source: str, target: str, glossary=None, source_lang: str = "vi") -> list[
    Issue
]:
    """Every protected token of the source must appear verbatim (NFC) in the target.

    A document reference (`Nghị quyết số 25-NQ/TW`) is rendered in words, so only its code
    (`25-NQ/TW`) is required.
    """
    issues = []
    tgt_nfc = unicodedata.normalize("NFC", target)
    tgt_words = [w.strip(".:;,!?") for w in re.findall(r"[^\s,;()\[\]„“\"']+", tgt_nfc)]
    for token in _tokens(source, glossary, source_lang):
        if token.kind not in _VERBATIM:
            continue
        value = unicodedata.normalize("NFC", token.value)
        if value in tgt_nfc:
            continue
        season = season_years(value)  # `SS19` ~ `jaro/léto 2019`
        if season and all(str(year) in tgt_nfc for year in season.values()):
            continue
        folded = _fold(value)
        altered = next((w for w in tgt_words if w != value and _fold(w) == folded), None)
        if altered:
            issues.append(Issue("protected", ERROR, f"{value!r} was altered to {altered!r}"))
        else:
            issues.append(Issue("protected", ERROR, f"{value!r} is missing from the translation"))
    return issues


def compare_markup(source: str, target: str, target_lang: str = "cs") -> list[Issue]:
    """Inline markup (md emphasis, links, html tags) kept, and no `QZn` placeholder left over."""
    issues = []
    leftovers = _LEFTOVER_PLACEHOLDER.findall(target)
    if leftovers and not _LEFTOVER_PLACEHOLDER.search(source):
        issues.append(Issue("markup", ERROR, "placeholder left in the translation: "
                                             + ", ".join(leftovers)))

    def markup(text: str, lang: str) -> Counter:
        return Counter(t.source.strip() for t in _tokens(text, lang=lang) if t.kind == "markup")

    src, tgt = markup(source, "vi"), markup(target, target_lang)
    if src != tgt:
        parts = []
        if src - tgt:
            parts.append("missing " + " ".join((src - tgt).elements()))
        if tgt - src:
            parts.append("added " + " ".join((tgt - src).elements()))
        issues.append(Issue("markup", ERROR, "markup differs: " + "; ".join(parts)))
    return issues


# -- Vietnamese left in the target ---------------------------------------------------------------

_VI_LETTERS = frozenset(
    "àảãạăằắẳẵặâầấẩẫậđèẻẽẹêềếểễệìỉĩịòỏõọôồốổỗộơờớởỡợùủũụưừứửữựỳỷỹỵ"
)
_VI_MARKS = frozenset("\u0309\u0323\u031b")  # hook above, dot below, horn
# Letters of the Vietnamese alphabet that a target language's own alphabet also lacks, beyond
# those no European language uses (hook, dot below, horn, đ, two marks on one vowel).
_ALSO_FOREIGN = {"cs": "àâãèêìòôõùă", "en": "àâãèêìòôõùăáéíóúý", "de": "àâãèêìòôõùăáéíóúý"}


@lru_cache(maxsize=16)
def _foreign_letters(lang: str) -> frozenset[str]:
    """Vietnamese letters that never occur in words of the target language."""
    foreign = set(_ALSO_FOREIGN.get(lang, ""))
    for c in _VI_LETTERS:
        marks = [m for m in unicodedata.normalize("NFD", c) if unicodedata.combining(m)]
        if c == "đ" or len(marks) >= 2 or any(m in _VI_MARKS for m in marks) or (
            c in "ẽĩũỹ"
        ):
            foreign.add(c)
    return frozenset(foreign)


def find_vietnamese(target: str, target_lang: str) -> list[str]:
    """Lower-case words with letters the target language never uses (`của`, `được`, `đã`).

    Capitalised words are names (`Nguyễn`, `Hà Tĩnh`): Czech media may keep their diacritics.
    """
    foreign = _foreign_letters(target_lang.split("_")[0])
    words = []
    for word in re.findall(r"[^\W\d_]+", unicodedata.normalize("NFC", target)):
        if word[0].isupper():
            continue
        if any(c in foreign for c in word.lower()):
            words.append(word)
    return words


# -- surface checks ---------------------------------------------------------------------------

_END_MARKS = ".!?…:;"
_TRAILERS = "\"'”“„»«)]*_ \u00a0"


def _end_punct(text: str) -> str:
    """The sentence's final mark, looking through closing quotes and brackets either side
    (`… vstupem“.` and `… vstupem.“` both end with '.')."""
    tail = []
    for ch in reversed(text.rstrip()):
        if ch not in _END_MARKS and ch not in _TRAILERS:
            break
        tail.append(ch)
    marks = [c for c in tail if c in _END_MARKS]  # reversed: the last mark first
    if not marks:
        return ""
    return "." if marks[0] == "…" else marks[0]


def surface_issues(
    source: str, target: str, settings: CheckSettings, target_lang: str = "cs"
) -> list[Issue]:
    issues = []
    if settings.wants("endpunc"):
        s_end, t_end = _end_punct(source), _end_punct(target)
        if s_end != t_end:
            issues.append(Issue("endpunc", WARNING,
                                f"source ends with {s_end or 'no punctuation'!r}, translation "
                                f"with {t_end or 'no punctuation'!r}"))
    if settings.wants("doublewords"):
        src_doubles = {m.group(1).lower() for m in _DOUBLE.finditer(source)}
        legit = _LEGIT_DOUBLES.get(_lang_of(target_lang), ())
        doubled = dict.fromkeys(m.group(1).lower() for m in _DOUBLE.finditer(target)
                                if m.group(1).lower() not in src_doubles
                                and m.group(1).lower() not in legit)
        if doubled:
            issues.append(Issue("doublewords", WARNING, "word repeated: " + ", ".join(doubled)))
    if settings.wants("doublespaces"):
        if "  " in target.strip() and "  " not in source.strip():
            issues.append(Issue("doublespaces", WARNING, "double space in the translation"))
        if target != target.strip() and source == source.strip():
            issues.append(Issue("doublespaces", WARNING,
                                "leading or trailing space in the translation"))
    if settings.wants("length") and len(source) >= 30:
        ratio = len(target) / len(source)
        if not settings.min_ratio <= ratio <= settings.max_ratio:
            issues.append(Issue("length", WARNING,
                                f"translation is {ratio:.1f}× the source's length"))
    return issues


_LEGIT_DOUBLES = {"cs": ("se",)}  # `setkal se se zástupci`: reflexive + preposition


def _lang_of(code: str) -> str:
    return code.split("_")[0].split("-")[0].lower()


_DOUBLE = re.compile(r"(?<!\w)([^\W\d_]+)\s+\1(?!\w)", re.IGNORECASE)


# -- glossary ---------------------------------------------------------------------------------


def glossary_issues(
    source: str, target: str, target_lang: str, glossary, matcher=None
) -> list[Issue]:
    """Required renderings missing (any inflected form accepted, `translate.terms.lemmas`) and
    forbidden renderings used."""
    from translate.draft.enforce import required_terms
    from translate.terms.lemmas import contains_term, find_term
    from translate.terms.matcher import TermMatcher

    matcher = matcher or TermMatcher(glossary)
    matches = matcher.find(source, skip=protected_spans(source, glossary))
    issues = []
    for term in required_terms(matches, glossary, target_lang):
        if not any(contains_term(target, t, target_lang, term.forms) for t in term.targets):
            issues.append(Issue("glossary", WARNING,
                                f"{term.source!r} should be rendered as {term.target!r}"))
        for bad in term.forbidden:
            if find_term(target, bad, target_lang):
                issues.append(Issue("glossary", ERROR, f"forbidden rendering {bad!r} used for "
                                                       f"{term.source!r} (use {term.target!r})"))
    return issues


# -- one pair, one catalog, many files -----------------------------------------------------------


def check_pair(
    source: str, target: str, target_lang: str, settings: CheckSettings | None = None,
    matcher=None,
) -> list[Issue]:
    """Content checks of one translated sentence (no PO states, no cross-file consistency)."""
    settings = settings or CheckSettings()
    if not target:
        return []
    issues: list[Issue] = []
    prot_src = protected_spans(source, settings.glossary)
    if settings.wants("unchanged") and target.strip() == source.strip() and re.search(
        r"[^\W\d_]{2}", source
    ):
        issues.append(Issue("unchanged", WARNING, "translation is identical to the source"))
    if settings.wants("numbers"):
        issues += compare_numbers(source, target, settings.source_lang, target_lang,
                                  skip_source=prot_src,
                                  skip_target=protected_spans(target, lang=target_lang))
    if settings.wants("protected"):
        issues += compare_protected(source, target, settings.glossary, settings.source_lang)
    if settings.wants("markup"):
        issues += compare_markup(source, target, target_lang)
    if settings.wants("vietnamese") and target_lang.split("_")[0] != settings.source_lang:
        words = find_vietnamese(target, target_lang)
        if words:
            shown = ", ".join(dict.fromkeys(words[:6]))
            issues.append(
                Issue("vietnamese", ERROR, f"Vietnamese left in the translation: {shown}")
            )
    if settings.wants("glossary") and settings.glossary is not None:
        issues += glossary_issues(source, target, target_lang, settings.glossary, matcher)
    issues += surface_issues(source, target, settings, target_lang)
    return issues


@dataclass
class CatalogInput:
    """A parsed PO file to check: its path (as shown in findings) and polib catalog."""

    path: str
    catalog: object  # polib.POFile
    target_lang: str = ""
    extra: list[Finding] = field(default_factory=list)


def check_entries(
    entries: Iterable,
    file: str,
    target_lang: str,
    settings: CheckSettings | None = None,
) -> list[Finding]:
    """Findings for the live entries of one catalog (polib entries), consistency excluded."""
    settings = settings or CheckSettings()
    matcher = None
    if settings.glossary is not None and settings.wants("glossary"):
        from translate.terms.matcher import TermMatcher

        matcher = TermMatcher(settings.glossary)
    findings = []
    for entry in entries:
        if entry.obsolete or not entry.msgid:
            continue
        line = int(getattr(entry, "linenum", 0) or 0)

        def add(issue: Issue, entry=entry, line=line) -> None:
            findings.append(
                Finding(file, line, entry.msgid, issue.check, issue.severity, issue.message)
            )

        if not entry.msgstr:
            if settings.wants("untranslated"):
                add(Issue("untranslated", ERROR, "not translated"))
            continue
        if "fuzzy" in entry.flags and settings.wants("fuzzy"):
            add(Issue("fuzzy", ERROR, "still marked fuzzy (needs review)"))
        seen: set[tuple[str, str]] = set()
        for issue in check_pair(entry.msgid, entry.msgstr, target_lang, settings, matcher):
            if (issue.check, issue.message) not in seen:
                seen.add((issue.check, issue.message))
                add(issue)
    return findings


def consistency_findings(inputs: Sequence[CatalogInput]) -> list[Finding]:
    """The same (normalised) source translated differently across the checked files."""
    by_source: dict[tuple[str, str], list[tuple[str, object]]] = defaultdict(list)
    for item in inputs:
        for entry in item.catalog:
            if entry.obsolete or not entry.msgstr or "fuzzy" in entry.flags:
                continue
            key = " ".join(match_key(entry.msgid, case_sensitive=True).split())
            by_source[(item.target_lang, key)].append((item.path, entry))
    findings = []
    for occurrences in by_source.values():
        variants = Counter(" ".join(e.msgstr.split()) for _, e in occurrences)
        if len(variants) < 2:
            continue
        for path, entry in occurrences:
            others = [v for v in variants if v != " ".join(entry.msgstr.split())]
            findings.append(Finding(
                path, int(getattr(entry, "linenum", 0) or 0), entry.msgid, "consistency",
                WARNING, f"translated differently elsewhere: {others[0]!r}"
                + (f" (+{len(others) - 1} more)" if len(others) > 1 else ""),
            ))
    return findings


def po_files(paths: Iterable[str | Path]) -> list[Path]:
    """PO files as given, folders searched recursively; a missing path is an input error."""
    found: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            found += sorted(p for p in path.rglob("*.po") if p.is_file())
        elif path.is_file():
            found.append(path)
        else:
            raise InputError("no such file or folder", path=path, hint="give PO files or folders")
    if not found:
        raise InputError("no PO files found", path=", ".join(map(str, paths)),
                         hint="run `translate run` first, or point at the po/ folder")
    return found


def load_inputs(paths: Iterable[str | Path]) -> list[CatalogInput]:
    """Parse every PO file first, so one corrupt file stops the check before any output."""
    from translate.po.catalog import load_catalog

    inputs = []
    for path in po_files(paths):
        catalog = load_catalog(path)
        lang = catalog.metadata.get("Language", "") or path.parent.name
        inputs.append(CatalogInput(str(path), catalog, lang))
    return inputs


def check_files(
    paths: Iterable[str | Path],
    glossary=None,
    source_lang: str = "vi",
    checks: Iterable[str] | None = None,
) -> list[Finding]:
    """Check PO files (or folders of them): per-entry findings plus cross-file consistency."""
    wanted = frozenset(checks) if checks is not None else None
    if wanted is not None and wanted - set(CHECKS):
        unknown = ", ".join(sorted(wanted - set(CHECKS)))
        raise InputError(f"unknown check {unknown}", hint=f"choose from {', '.join(CHECKS)}")
    settings = CheckSettings(source_lang=source_lang, glossary=glossary, checks=wanted)
    inputs = load_inputs(paths)
    findings: list[Finding] = []
    for item in inputs:
        findings += check_entries(item.catalog, item.path, item.target_lang, settings)
    if settings.wants("consistency"):
        findings += consistency_findings(inputs)
    return sorted(findings, key=lambda f: (f.file, f.line, CHECKS.index(f.check)))


def has_errors(findings: Iterable[Finding]) -> bool:
    return any(f.severity == ERROR for f in findings)


def format_findings(findings: Sequence[Finding], fmt: str = "text") -> str:
    """`text`: one `file:line: severity: check: message` per finding plus a summary; `json`."""
    if fmt == "json":
        return "\n".join(f.to_json() for f in findings)
    lines = [f.render() for f in findings]
    errors = sum(f.severity == ERROR for f in findings)
    lines.append(f"{errors} errors, {len(findings) - errors} warnings")
    return "\n".join(lines)


# -- QA on fresh drafts, for the reviewer ---------------------------------------------------------

DRAFT_CHECKS = frozenset(
    {"numbers", "protected", "markup", "vietnamese", "unchanged", "doublewords", "length"}
)


def qa_line(source: str, target: str, target_lang: str, source_lang: str = "vi") -> str | None:
    """`qa: numbers: '19.340' is missing from the translation; vietnamese: ...` for a draft,
    or None when it passes. Glossary terms are reported by the drafting stage (`terms:`)."""
    settings = CheckSettings(source_lang=source_lang, checks=DRAFT_CHECKS)
    issues = check_pair(source, target, target_lang, settings)
    if not issues:
        return None
    items = dict.fromkeys(f"{i.check}: {i.message.replace(';', ',')}" for i in issues)
    return "qa: " + "; ".join(items)


def annotate_drafts(drafts: dict, target_lang: str, source_lang: str = "vi") -> None:
    """Add a `qa:` comment line to every draft (`translate.po.catalog.EntryDraft`) that fails a check,
    so reviewers see what to look at and `translate report` can count it."""
    for draft in drafts.values():
        line = qa_line(draft.msgid, draft.msgstr, target_lang, source_lang)
        if line and line not in draft.comments:
            draft.comments.append(line)
