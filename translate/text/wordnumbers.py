"""Numbers written as words, read into values: `dvě stě` 200, `sixty-four` 64, `ba trăm tỷ`
300 000 000 000, `čtvrt milionu` 250 000, `three-quarters` 0.75, `třetí` 3, `twice` 2,
`desítky tisíc` (tens of thousands).

The QA numbers check compares these with the digits on the other side: a translator writes
`200` as `dvě stě` or `two hundred`, and a wrong word (`sedm` for 8) is a wrong number.
Words that are often no number (`one`, `jeden`, `first`, `druhý` "other", every Vietnamese
word: `một` is also "a", `năm` "year") are read but marked weak: they may explain a number
on the other side, and are never reported when nothing explains them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from translate.text.numwords import _CS_ORDINAL_END, _CS_ORDINALS, cs_word_table

__all__ = ["WordNumber", "find_word_numbers", "cs_ordinal_value",
           "en_ordinal_value", "ORDINAL", "CARDINAL", "FRACTION", "MULTIPLIER",
           "VAGUE"]

CARDINAL, ORDINAL, FRACTION, MULTIPLIER, VAGUE = (
    "cardinal", "ordinal", "fraction", "multiplier", "vague")


@dataclass(frozen=True)
class WordNumber:
    """A number written in words. `value`: what it says (`tři sta milionů`: 300 000 000;
    `třetí`: 3; `desítky tisíc`: 10 000, the order of magnitude); `others`: further readings
    (`third` is also 1/3, `two decades` also 20 years); `scaled`: it has a scale word
    (`milion`, `billion`, `tỷ`) like `2,5 mld.`; `strong`: it is surely a number."""

    start: int
    end: int
    text: str
    kind: str
    value: Decimal
    others: tuple[Decimal, ...] = ()
    scaled: bool = False
    strong: bool = True

    def values(self) -> frozenset[Decimal]:
        return frozenset((self.value, *self.others))


def _d(n: int | str) -> Decimal:
    return Decimal(n)


def _frac(a: int, b: int) -> Decimal:
    return Decimal(a) / Decimal(b)


# -- English ---------------------------------------------------------------------------------

_EN_UNITS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen".split())}
_EN_TENS = {w: 10 * i for i, w in enumerate(
    "twenty thirty forty fifty sixty seventy eighty ninety".split(), start=2)}
_EN_ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
           "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12}
_EN_ORD |= {w + "th": n for w, n in _EN_UNITS.items() if 13 <= n <= 19}
_EN_ORD |= {w[:-1] + "ieth": n for w, n in _EN_TENS.items()}
_EN_ORD |= {"hundredth": 100, "thousandth": 1000, "millionth": 10**6}
_EN_SCALES = {"thousand": 3, "million": 6, "billion": 9, "trillion": 12}
_EN_FRACTIONS = {"half": 2, "halves": 2, "quarter": 4, "quarters": 4} | {
    w + "s": n for w, n in _EN_ORD.items() if 3 <= n <= 10 or n in (100, 1000)}
_EN_MULT = {"once": 1, "twice": 2, "thrice": 3, "double": 2, "triple": 3, "quadruple": 4,
            "doubled": 2, "tripled": 3, "quadrupled": 4}
_EN_WEAK_MULT = {"once", "double", "triple", "quadruple"}  # `double-digit`, `a double room`
_EN_VAGUE = {"dozens": 12, "tens": 10, "hundreds": 100, "thousands": 1000,
             "millions": 10**6, "billions": 10**9}
_EN_WEAK = {"one", "first", "second", "once", "a", "an"}


# -- Czech -----------------------------------------------------------------------------------

def _cs_forms(stem: str, endings: str) -> list[str]:
    return [stem + e for e in endings.split("|")]


@lru_cache(maxsize=1)
def _cs_tables() -> dict[str, dict[str, int]]:
    cardinals = dict(cs_word_table())  # 2-99 in every case
    cardinals |= {w: 1 for w in ("jeden", "jedna", "jedno", "jednoho", "jedné", "jednomu",
                                 "jedním", "jednom", "jedny", "jedněch", "jedněm")}
    cardinals |= {"nula": 0, "deset": 10, "deseti": 10}
    cardinals |= {w: 3 for w in ("tři", "tří", "třem", "třech", "třemi")}
    hundreds = {w: 100 for w in ("sto", "sta", "stě", "set", "stům", "stech", "stem", "sty")}
    scales = {}
    for stem, power in (("tisíc", 3), ("milion", 6), ("milión", 6), ("miliard", 9),
                        ("bilion", 12)):
        ends = "|e|i|ům|ích|em" if power == 3 else "|u|ů|y|em|ech|ům|a|ou|ám|ách|ami"
        scales |= {w: power for w in _cs_forms(stem, ends)}
    scales |= {"tis.": 3, "mil.": 6, "mld.": 9, "bil.": 12}
    fractions = {"půl": 2, "čtvrt": 4, "čtvrtě": 4}
    for stem, n in (("polovin", 2), ("třetin", 3), ("čtvrtin", 4), ("pětin", 5),
                    ("šestin", 6), ("sedmin", 7), ("osmin", 8), ("devítin", 9),
                    ("desetin", 10), ("setin", 100), ("tisícin", 1000)):
        fractions |= {w: n for w in _cs_forms(stem, "a|y|u|ou|ě||ám|ách|ami")}
    vague = {}  # plural: `desítky tisíc` (tens of thousands); singular: `tisícovka` (1000)
    for stem, n in (("desít", 10), ("stov", 100), ("tisícov", 1000)):
        vague |= {w: n for w in _cs_forms(stem, "ky|ek|kám|kách|kami|ka|ku|kou|ce")}
    vague |= {w: 10**4 for w in _cs_forms("desetitisíc", "|e|i|ům|ích")}
    vague |= {w: 10**5 for w in _cs_forms("statisíc", "|e|i|ům|ích")}
    mult = {}
    for n, stem in ((2, "dvoj"), (3, "troj"), (4, "čtyř"), (5, "pěti"), (10, "deseti")):
        mult |= {w: n for w in _cs_forms(stem + "násob", "|ek|ku|kem|ně|ný|ná|né|ného|ném")}
    mult |= {"dvakrát": 2, "třikrát": 3, "čtyřikrát": 4, "pětkrát": 5, "šestkrát": 6,
             "sedmkrát": 7, "osmkrát": 8, "devětkrát": 9, "desetkrát": 10}
    return {"cardinal": cardinals, "hundred": hundreds, "scale": scales,
            "fraction": fractions, "vague": vague, "mult": mult}


_CS_MULT_STEMS = {"dvoj": 2, "troj": 3, "čtyř": 4, "pěti": 5, "šesti": 6, "sedmi": 7, "osmi": 8,
                  "devíti": 9, "deseti": 10, "sto": 100}
_CS_MULT_VERB = re.compile(r"ze?(" + "|".join(_CS_MULT_STEMS) + r")násob\w+")

# compound adjectives and adverbs that start with a number: `čtyřměsíční`, `pětiletý`,
# `osmašedesátiletý`, `dvoumetrový`, `třídenní`, `desetitisícový`
_CS_COMBINING = {1: "jedno", 2: "dvou", 3: "tří", 4: "čtyř", 5: "pěti", 6: "šesti",
                 7: "sedmi", 8: "osmi", 9: "devíti", 10: "deseti", 11: "jedenácti",
                 12: "dvanácti", 13: "třinácti", 14: "čtrnácti", 15: "patnácti",
                 16: "šestnácti", 17: "sedmnácti", 18: "osmnácti", 19: "devatenácti",
                 20: "dvaceti", 30: "třiceti", 40: "čtyřiceti", 50: "padesáti",
                 60: "šedesáti", 70: "sedmdesáti", 80: "osmdesáti", 90: "devadesáti",
                 100: "sto"}
_CS_UNIT_NOM = {1: "jedna", 2: "dva", 3: "tři", 4: "čtyři", 5: "pět", 6: "šest", 7: "sedm",
                8: "osm", 9: "devět"}
_CS_MEASURES = ("let", "roč", "měsíč", "týden", "týdn", "denn", "den", "hodin", "minut",
                "sekund", "metr", "kilometr", "centimetr", "kilogram", "tun", "procent",
                "člen", "míst", "patr", "stup", "bod", "lůžk", "litr", "hektar", "set", "tisíc", "milion", "kolov", "zápas", "gól", "násob", "krát")


@lru_cache(maxsize=1)
def _cs_compound_re() -> tuple[re.Pattern[str], dict[str, int]]:
    prefixes = {v: n for n, v in _CS_COMBINING.items()}
    for n in range(21, 100):
        tens, unit = divmod(n, 10)
        if unit:
            prefixes[f"{_CS_UNIT_NOM[unit]}a{_CS_COMBINING[tens * 10]}"] = n
    alt = "|".join(sorted(prefixes, key=len, reverse=True))
    measures = "|".join(_CS_MEASURES)
    # not `století`/`staletí` (a century is no hundred of anything here)
    return re.compile(rf"(?!stolet|staletí)({alt})(?:{measures})\w*", re.IGNORECASE), prefixes


# -- Vietnamese ------------------------------------------------------------------------------

_VI_UNITS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "năm": 5, "lăm": 5, "sáu": 6,
             "bảy": 7, "bẩy": 7, "tám": 8, "chín": 9, "mười": 10, "mốt": 1, "chục": 10}
_VI_SCALES = {"trăm": 2, "nghìn": 3, "ngàn": 3, "vạn": 4, "triệu": 6, "tỷ": 9, "tỉ": 9}
# words that only count inside a number (`năm` is mostly "year", `tư` "private", `ba` "father")
_VI_INNER_ONLY = {"năm", "lăm", "tư", "mốt"}


def _words(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in re.finditer(r"[^\W\d_]+\.?", text)]


def find_word_numbers(text: str, lang: str) -> list[WordNumber]:
    """Numbers written as words in `text` (cs, en or vi), left to right."""
    lang = lang.split("_")[0].split("-")[0].lower()
    if lang == "en":
        return _english(text)
    if lang == "cs":
        return _czech(text)
    if lang == "vi":
        return _vietnamese(text)
    return []


def _can_add(current: Decimal, n: int) -> bool:
    """`twenty` + `four`, `sto` + `dvacet`, `dvě stě` + `padesát`; never `five` + `six`."""
    if not current:
        return True
    if current % 100 == 0:
        return n < 100
    return current % 10 == 0 and n < 10


def _gap_ok(text: str, a: int, b: int, joiners: tuple[str, ...]) -> bool:
    gap = text[a:b].strip(" \u00a0-–").lower()
    return gap == "" or gap in joiners


def _english(text: str) -> list[WordNumber]:
    found: list[WordNumber] = []
    words = [(s, e, w.rstrip(".").lower()) for s, e, w in _words(text)]
    i = 0
    while i < len(words):
        s, e, w = words[i]
        prev = words[i - 1][2] if i else ""
        nxt = words[i + 1][2] if i + 1 < len(words) else ""
        # a cardinal phrase: `two hundred and fifty thousand`, `sixty-four`, `a million`
        total, current, j, seen = Decimal(0), Decimal(0), i, False
        article = w in ("a", "an") and nxt in ("hundred", "thousand", "million", "billion",
                                               "dozen", "trillion")
        while j < len(words):
            ws, we, ww = words[j]
            if j > i and not _gap_ok(text, words[j - 1][1], ws, ("and",)):
                break
            if ww == "and" and seen and (current % 100 == 0) and j + 1 < len(words) and (
                    words[j + 1][2] in _EN_UNITS or words[j + 1][2] in _EN_TENS):
                j += 1  # `two hundred and fifty`
                continue
            if total and not current and (ww in _EN_UNITS or ww in _EN_TENS) and not any(
                    x[2] == "hundred" or x[2] in _EN_SCALES for x in words[j + 1 : j + 3]):
                break  # `one million two months`: two is no part of the million
            if (ww in _EN_UNITS or ww in _EN_TENS) and _can_add(
                    current, _EN_UNITS.get(ww, _EN_TENS.get(ww, 0))):
                current += _EN_UNITS.get(ww, _EN_TENS.get(ww, 0))
            elif ww in ("a", "an") and j == i and article:
                current = Decimal(1)
            elif ww == "hundred" and (seen or article):
                current = (current or 1) * 100
            elif ww == "dozen" and (seen or article):
                current = (current or 1) * 12
            elif ww in _EN_SCALES and (seen or article):
                total += (current or 1) * Decimal(10) ** _EN_SCALES[ww]
                current = Decimal(0)
            else:
                break
            seen = True
            j += 1
        if seen and j > i and not (j == i + 1 and w in ("a", "an")):
            end = words[j - 1][1]
            value = total + current
            phrase = text[s:end]
            scaled = any(x[2] in _EN_SCALES for x in words[i:j])
            # `seven and a half`, `two and a half million`
            m = re.match(r"\s+and\s+a\s+half\b(?:\s+(thousand|million|billion))?", text[end:],
                         re.IGNORECASE)
            if m:
                value += Decimal("0.5")
                if m.group(1):
                    value *= Decimal(10) ** _EN_SCALES[m.group(1).lower()]
                    scaled = True
                end += m.end()
                phrase = text[s:end]
            after = words[j][2] if j < len(words) else ""
            nw = WordNumber(s, end, phrase, CARDINAL, value, scaled=scaled,
                            strong=value != 1 or scaled)
            share = re.match(r"\s+(?:in|out\s+of)\s+(" + "|".join(_EN_UNITS) + r")\b",
                             text[end:], re.IGNORECASE)
            if share and not scaled and 0 < value < _EN_UNITS[share.group(1).lower()]:
                end += share.end()  # `four in five`: 4/5
                whole = _EN_UNITS[share.group(1).lower()]
                found.append(WordNumber(s, end, text[s:end], FRACTION, value / whole))
                while j < len(words) and words[j][0] < end:
                    j += 1
                i = j
                continue
            if after in ("decade", "decades"):  # `two decades`: 20 years
                nw = WordNumber(s, end, phrase, CARDINAL, value, (value * 10,), scaled, True)
            elif after in ("times",):
                nw = WordNumber(s, end, phrase, MULTIPLIER, value, scaled=scaled)
            elif after in _EN_FRACTIONS and after not in ("half", "halves"):  # `two-thirds`
                den = _EN_FRACTIONS[after]
                nw = WordNumber(s, words[j][1], text[s:words[j][1]], FRACTION, value / den)
                j += 1
            found.append(nw)
            i = j
            continue
        if w in _EN_ORD:
            n = _EN_ORD[w]
            others = (_frac(1, n),) if n >= 3 else ()  # `the final third`, `a third`
            strong = w not in _EN_WEAK or w == "second" and not (
                prev in ("a", "per", "one", "every", "each", "split") or nxt in ("half", "hand"))
            found.append(WordNumber(s, e, text[s:e], ORDINAL, _d(n), others, strong=strong))
        elif w in _EN_FRACTIONS:
            n = _EN_FRACTIONS[w]  # `the second quarter of 2018`: a period, no share
            strong = (prev in ("a", "an", "one") or nxt in ("of", "a", "an")) and not (
                prev in _EN_ORD or prev in ("last", "final", "next", "past", "this"))
            value = _frac(1, n)
            end = e
            m = re.match(r"\s+(?:of\s+)?an?\s+(million|billion|thousand|trillion)\b",
                         text[e:], re.IGNORECASE)
            scaled = False
            if m:  # `half a million`, `a quarter of a million`
                value *= Decimal(10) ** _EN_SCALES[m.group(1).lower()]
                end, scaled, strong = e + m.end(), True, True
            found.append(WordNumber(s, end, text[s:end], FRACTION, value, scaled=scaled,
                                    strong=strong))
        elif w in _EN_MULT:
            found.append(WordNumber(s, e, text[s:e], MULTIPLIER, _d(_EN_MULT[w]),
                                    strong=w not in _EN_WEAK_MULT))
        elif w in _EN_VAGUE:
            value = _d(_EN_VAGUE[w])
            end = e
            m = re.match(r"\s+of\s+(thousands|millions)\b", text[e:], re.IGNORECASE)
            if m:  # `tens of thousands`, `hundreds of thousands`
                value *= _EN_VAGUE[m.group(1).lower()]
                end = e + m.end()
            if w != "tens" or m:
                found.append(WordNumber(s, end, text[s:end], VAGUE, value))
        elif w in ("decade", "decades") and prev in ("a", "the", "past", "last"):
            found.append(WordNumber(s, e, text[s:e], CARDINAL, _d(1), (_d(10),), strong=False))
        i += 1
    return _drop_nested(found)


def _drop_nested(found: list[WordNumber]) -> list[WordNumber]:
    out: list[WordNumber] = []
    for nw in sorted(found, key=lambda n: (n.start, -n.end)):
        if out and nw.start < out[-1].end:
            continue
        out.append(nw)
    return out


def _czech(text: str) -> list[WordNumber]:
    t = _cs_tables()
    found: list[WordNumber] = []
    words = [(s, e, w.lower()) for s, e, w in _words(text)]
    vague_heads = ("několik", "pár", "řádově")
    i = 0
    while i < len(words):
        s, e, w = words[i]
        bare = w.rstrip(".")
        prev = words[i - 1][2] if i else ""
        total, current, j, seen, scaled, frac = Decimal(0), Decimal(0), i, False, False, None
        while j < len(words):
            ws, we, ww = words[j]
            wb = ww if ww in t["scale"] else ww.rstrip(".")
            if j > i and not _gap_ok(text, words[j - 1][1], ws, ()):
                break
            if wb in t["cardinal"] and _can_add(current, t["cardinal"][wb]):
                current += t["cardinal"][wb]
            elif wb in t["hundred"] and (seen or wb == "sto"):
                current = (current or 1) * 100
            elif wb in t["scale"] and seen:
                total += (current or 1) * Decimal(10) ** _cs_scale(wb)
                current, scaled = Decimal(0), True
            elif wb in ("čtvrt", "půl") and not seen and j + 1 < len(words) and (
                    _cs_scale(words[j + 1][2])):
                frac = _frac(1, t["fraction"][wb])
                total += frac * Decimal(10) ** _cs_scale(words[j + 1][2])
                scaled, j = True, j + 1
            else:
                break
            seen = True
            j += 1
        if seen:
            end = words[j - 1][1]
            value = total + current
            m = re.match(r"\s+a\s+půl(?!\w)", text[end:], re.IGNORECASE)
            if m and not scaled:  # `sedmi a půl`, `dva a půl milionu`
                value += Decimal("0.5")
                end += m.end()
                while j < len(words) and words[j][0] < end:
                    j += 1
                scale = words[j][2] if j < len(words) else ""
                if scale in t["scale"] and _gap_ok(text, end, words[j][0], ()):
                    value *= Decimal(10) ** t["scale"][scale]
                    scaled, end, j = True, words[j][1], j + 1
            nxt = words[j][2] if j < len(words) else ""
            if nxt.rstrip(".") in t["fraction"] and not scaled and value and (
                    words[j][0] - end < 3):  # `tři čtvrtiny`, `dvě třetiny`, `tři setiny`
                den = t["fraction"][nxt.rstrip(".")]
                found.append(WordNumber(s, words[j][1], text[s:words[j][1]], FRACTION,
                                        value / den))
                i = j + 1
                continue
            others: tuple[Decimal, ...] = ()
            if nxt.startswith("desetilet"):  # `dvě desetiletí`: 20 years
                others = (value * 10,)
            found.append(WordNumber(s, end, text[s:end], CARDINAL, value, others, scaled,
                                    strong=value != 1 or scaled))
            i = max(j, i + 1)
            continue
        if bare in t["scale"] and w != "mil." and prev not in ("tis.",):
            # `tisíce lidí`: thousands; `milionem dolarů`: a million
            power = t["scale"][w] if w in t["scale"] else t["scale"][bare]
            plural = bare.endswith(("e", "y", "ů", "ích", "ům", "ech")) and power >= 3
            if plural and prev not in ("desítky", "stovky", "desítek", "stovek"):
                found.append(WordNumber(s, e, text[s:e], VAGUE, Decimal(10) ** power))
            elif not plural:
                found.append(WordNumber(s, e, text[s:e], CARDINAL, Decimal(10) ** power,
                                        scaled=True, strong=False))
        elif bare in t["fraction"]:
            n = t["fraction"][bare]  # `v polovině století`: the middle of, no share
            locative = bare.endswith("ě") and prev in ("v", "ve", "první", "druhé", "prvn")
            found.append(WordNumber(s, e, text[s:e], FRACTION, _frac(1, n),
                                    strong=not locative and bare != "půl"))
        elif bare in t["vague"]:
            value = _d(t["vague"][bare])
            end = e
            nxt = words[i + 1] if i + 1 < len(words) else None
            if nxt and nxt[2] in t["scale"] and _gap_ok(text, e, nxt[0], ()):
                value *= Decimal(10) ** t["scale"][nxt[2]]  # `desítky tisíc`
                end = nxt[1]
                i += 1
            found.append(WordNumber(s, end, text[s:end], VAGUE, value))
        elif bare in t["mult"] or _CS_MULT_VERB.fullmatch(bare):
            m = _CS_MULT_VERB.fullmatch(bare)  # `ztrojnásobily`: tripled
            value = t["mult"].get(bare) or _CS_MULT_STEMS[m.group(1)]
            found.append(WordNumber(s, e, text[s:e], MULTIPLIER, _d(value)))
        else:
            ordinal = cs_ordinal_value(bare)
            if ordinal:
                found.append(WordNumber(s, e, text[s:e], ORDINAL, _d(ordinal),
                                        strong=ordinal > 2))
            else:
                m = _cs_compound_re()[0].fullmatch(bare)
                if m:
                    n = _cs_compound_re()[1][m.group(1).lower()]
                    found.append(WordNumber(s, e, text[s:e], CARDINAL, _d(n), strong=n > 1))
        i += 1
    return _drop_nested(found)


def _cs_scale(word: str) -> int:
    """The power of a Czech scale word (`milionu`, `mld.`; a sentence's final dot allowed)."""
    scales = _cs_tables()["scale"]
    return scales.get(word) or scales.get(word.rstrip("."), 0)


@lru_cache(maxsize=1)
def _cs_ordinal_re() -> re.Pattern[str]:
    stems = sorted(((stem, n) for n, stem in _CS_ORDINALS.items() if n not in (100, 1000)),
                   key=lambda x: -len(x[0]))
    return re.compile("|".join(f"(?P<o{n}>{stem}){_CS_ORDINAL_END}" for stem, n in stems))


def en_ordinal_value(word: str) -> int:
    """`first` 1, `twenty-first` 21, `fifth` 5; 0 for any other word."""
    word = word.lower()
    if word in _EN_ORD:
        return _EN_ORD[word]
    tens, _, unit = word.partition("-")
    return _EN_TENS[tens] + _EN_ORD[unit] if tens in _EN_TENS and unit in _EN_ORD else 0


def cs_ordinal_value(word: str) -> int:
    """`třetí` 3, `desáté` 10, `pátého` 5; 0 for any other word."""
    m = _cs_ordinal_re().fullmatch(word)
    if not m:
        return 0
    return next(int(k[1:]) for k, v in m.groupdict().items() if v)


def _vietnamese(text: str) -> list[WordNumber]:
    found: list[WordNumber] = []
    words = [(s, e, w.lower()) for s, e, w in _words(text)]
    originals = [w for _, _, w in _words(text)]
    i = 0
    while i < len(words):
        s, e, w = words[i]
        prev = words[i - 1][2] if i else ""
        if w == "rằm":  # the fifteenth day of a lunar month
            found.append(WordNumber(s, e, text[s:e], ORDINAL, _d(15), strong=False))
            i += 1
            continue
        if w in ("nhất", "nhì") and prev in ("giải", "hạng", "về", "thứ", "đứng", "xếp"):
            found.append(WordNumber(s, e, text[s:e], ORDINAL, _d(1 if w == "nhất" else 2),
                                    strong=False))  # `giải nhất`: first prize
            i += 1
            continue
        if prev in ("thứ", "tháng") or w not in _VI_UNITS and w not in _VI_SCALES and w not in (
                "nửa", "rưỡi", "đôi"):
            if prev == "thứ" and w in _VI_UNITS | {"nhất": 1, "nhì": 2} and originals[i].islower():
                value = {"nhất": 1, "nhì": 2}.get(w) or _VI_UNITS[w]
                found.append(WordNumber(s, e, text[s:e], ORDINAL, _d(value), strong=False))
            i += 1
            continue
        # `hàng nghìn`, `vài chục`, `hàng chục nghìn`: an order of magnitude
        if prev in ("hàng", "vài", "mấy", "dăm") and (w in _VI_SCALES or w == "chục"):
            value = Decimal(10) ** _VI_SCALES.get(w, 1)
            j = i + 1
            while j < len(words) and words[j][2] in _VI_SCALES:
                value *= Decimal(10) ** _VI_SCALES[words[j][2]]
                j += 1
            found.append(WordNumber(words[i - 1][0], words[j - 1][1],
                                    text[words[i - 1][0]:words[j - 1][1]], VAGUE, value,
                                    strong=False))
            i = j
            continue
        nxt = words[i + 1][2] if i + 1 < len(words) else ""
        if w == "thập" and nxt in ("kỷ", "kỉ", "niên") and prev in ("nhiều", "vài", "mấy",
                                                                   "hàng"):
            found.append(WordNumber(words[i - 1][0], words[i + 1][1],  # `nhiều thập kỷ`
                                    text[words[i - 1][0]:words[i + 1][1]], VAGUE, _d(10),
                                    strong=False))
            i += 2
            continue
        if w == "đôi" and prev == "gấp":
            found.append(WordNumber(s, e, text[s:e], MULTIPLIER, _d(2), strong=False))
            i += 1
            continue
        if w == "rưỡi" and prev == "gấp":  # 1.5 times, up by half
            found.append(WordNumber(s, e, text[s:e], MULTIPLIER, Decimal("1.5"),
                                    (Decimal("0.5"),), strong=False))
            i += 1
            continue
        total, current, j, units = Decimal(0), Decimal(0), i, 0
        last_scale = 0
        while j < len(words):
            ws, we, ww = words[j]
            if j > i and not _gap_ok(text, words[j - 1][1], ws, ()):
                break
            if ww == "nửa" and (j == i or (j == i + 1 and current == 1)):
                current = Decimal("0.5")  # `nửa`, `một nửa`
            elif ww == "mươi" and current:
                current = current * 10 if current < 10 else current
            elif ww in ("linh", "lẻ") and current:
                pass
            elif ww in _VI_UNITS and ww != "chục":
                current += _VI_UNITS[ww]
                units += 1
            elif ww == "chục":
                current = (current or 1) * 10
            elif ww in _VI_SCALES:
                power = _VI_SCALES[ww]
                if power == 2:
                    current = (current or 1) * 100
                else:
                    total = (total + (current or 1)) * Decimal(10) ** power if power > (
                        last_scale or 99) else total + (current or 1) * Decimal(10) ** power
                    current, last_scale = Decimal(0), power
            elif ww == "rưỡi" and (current or total):
                half = Decimal(10) ** last_scale / 2 if last_scale and not current else (
                    Decimal("0.5"))
                total += half
            else:
                break
            j += 1
        span = words[i:j]
        if not span:
            i += 1
            continue
        value = total + current
        only = [x[2] for x in span]
        if len(only) == 1 and only[0] in _VI_INNER_ONLY or value == 0:
            i = j
            continue
        if len(only) == 1 and originals[i][0].isupper() and only[0] in _VI_UNITS and i > 0:
            i = j  # `Ba Lan`, `Hai Bà Trưng`: names
            continue
        end = span[-1][1]
        scaled = any(x in _VI_SCALES and _VI_SCALES[x] >= 3 for x in only)
        kind = FRACTION if "nửa" in only and not scaled else CARDINAL
        after = [x[2] for x in words[j : j + 2]]
        others: tuple[Decimal, ...] = ()
        if after[:1] == ["thập"] and after[1:] in (["kỷ"], ["kỉ"], ["niên"]):
            others, end = (value * 10,), words[j + 1][1]  # `một thập kỷ`: ten years
        elif len(after) == 2 and after[1] == "rưỡi":  # `hai tiếng rưỡi`: two and a half
            others, end = (value + Decimal("0.5"),), words[j + 1][1]
        found.append(WordNumber(s, end, text[s:end], kind, value, others, scaled,
                                strong=False))
        i = j
    return found
