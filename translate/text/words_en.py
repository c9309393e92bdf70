"""English number words: `sixty-four`, `two hundred and fifty thousand`, `half a million`,
`three-quarters`, `four in five`, `sixth`, `twice`, `two decades`, `tens of thousands`."""

from __future__ import annotations

import re
from decimal import Decimal

from translate.text.wordbase import (
    CARDINAL,
    FRACTION,
    MULTIPLIER,
    ORDINAL,
    VAGUE,
    WordNumber,
    can_add,
    dec,
    drop_nested,
    frac,
    gap_ok,
    words_of,
)

__all__ = ["english_numbers", "en_ordinal_value"]

_AND_A_HALF = re.compile(r"\b(?:an?|one)\s+(?!(?:hundred|thousand|million|billion|trillion)\b)"
                         r"[^\W\d_]+\s+and\s+a\s+half\b", re.IGNORECASE)  # `a metre and a half`


_EN_UNITS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen".split())}
_EN_TENS = {w: 10 * i for i, w in enumerate(
    "twenty thirty forty fifty sixty seventy eighty ninety".split(), start=2)}
_EN_ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
           "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12}
_EN_ORD |= {w + "th": n for w, n in _EN_UNITS.items() if 13 <= n <= 19}
_EN_ORD |= {w[:-1] + "ieth": n for w, n in _EN_TENS.items()}
# the scale ordinals and their powers of ten: a rank counted in a scale (`the ten millionth
# visitor` is visitor number 10,000,000); up to `millionth` an ordinal alone too
_EN_SCALE_ORD = {"hundredth": 2, "thousandth": 3, "millionth": 6, "billionth": 9}
_EN_ORD |= {w: 10**p for w, p in _EN_SCALE_ORD.items() if p <= 6}
_EN_SCALES = {"thousand": 3, "million": 6, "billion": 9, "trillion": 12}
_EN_FRACTIONS = {"half": 2, "halves": 2, "quarter": 4, "quarters": 4} | {
    w + "s": n for w, n in _EN_ORD.items() if 3 <= n <= 10 or n in (100, 1000)}
_EN_MULT = {"once": 1, "twice": 2, "thrice": 3, "double": 2, "triple": 3, "quadruple": 4,
            "doubled": 2, "tripled": 3, "quadrupled": 4, "trebled": 3, "treble": 3,
            # the verbs' -ing forms (`with some tripling or even quadrupling`)
            "doubling": 2, "tripling": 3, "quadrupling": 4, "trebling": 3}
# `double-digit`, `a double room`
_EN_WEAK_MULT = {"once", "double", "triple", "quadruple", "treble"}
# orders of magnitude: `dozens` and `scores` are tens, as `hàng chục` and `desítky` are
_EN_VAGUE = {"dozens": 10, "scores": 10, "tens": 10, "hundreds": 100, "thousands": 1000,
             "millions": 10**6, "billions": 10**9, "trillions": 10**12}
_EN_WEAK = {"one", "first", "second", "once", "a", "an"}
# `a fifth of`, `gained a fifth since`: a share (`a fifth consecutive win` is a rank)
_AFTER_SHARE = {"of", "since", "in", "on", "from", "over", "than", "compared", "last", "this",
                "year", "year-on-year", "to", "by", "more", "less", "fewer", "higher", "lower",
                "above", "below"}
# `the same quarter of 2022`, `the second half of the year`: a period, no share
_PERIOD_DETERMINERS = {"the", "this", "that", "same", "each", "every", "last", "final", "next",
                       "past", "previous", "current", "latest", "fiscal", "calendar", "opening",
                       "closing", "early", "late"}
# a rate's period after its number: `averaged 8% a quarter`, `$40 per quarter`
# (or how often: `once a quarter`, `every quarter`; never `every quarter of an hour`)
_RATE_BEFORE = re.compile(r"(?:(?:\d|%|\bper\s+cent|\bpercent|\bonce|\btwice|\bthrice|\btimes"
                          r"|\d[\s\u00a0]*(?:thousand|million|billion|trillion|bn|m)\b)"
                          r"[\s\u00a0]+(?:a|per|each)|\bevery|\beach)[\s\u00a0]+$", re.IGNORECASE)
# `several hundred`, `a few thousand`, `a couple of dozen`: an order of magnitude too
_FEW = re.compile(r"\b(?:several|a\s+few|a\s+couple\s+of|a\s+handful\s+of)\s+"
                  r"((?:hundred|thousand|million|billion|dozen)(?:\s+(?:thousand|million"
                  r"|billion))*)\b(?!s)", re.IGNORECASE)
_MAGNITUDE = {"hundred": 2, "thousand": 3, "million": 6, "billion": 9, "dozen": 1}
# words that say a number without being one: weak, they may explain a number only
_EVERY_OTHER = re.compile(r"\bevery\s+other\b", re.IGNORECASE)  # `every other day`: every 2
_EN_IMPLIED = {"both": 2, "nil": 0, "couple": 2, "centenary": 100, "centennial": 100,
               "bicentenary": 200, "bicentennial": 200, "duo": 2, "trio": 3, "quartet": 4,
               "quintet": 5, "halfway": Decimal("0.5"),  # `a trio of players`, `halfway done`
               "centenarian": 100, "centenarians": 100}  # `100 tuổi`: aged a hundred
# `in his sixties`, `the nineties`: a decade of age or of a century
_EN_DECADES = {w[:-1] + "ies": n for w, n in _EN_TENS.items()} | {
    f"{stem}genarian{end}": n for stem, n in (("septua", 70), ("octo", 80), ("nona", 90))
    for end in ("", "s")}  # `an octogenarian`: a person in their eighties
# a group by age: `under-fives`, `the over-sixties`, `under-twelves`
_AGE_GROUP = re.compile(r"\b(under|over)-([a-z]+?)s\b", re.IGNORECASE)
# `more than a dozen` is as near ten as twelve (`hơn chục`)
_ROUGHLY = re.compile(r"(?:about|around|nearly|almost|over|more\s+than|some|roughly|at\s+least"
                      r"|under|fewer\s+than|less\s+than|up\s+to)\s+$", re.IGNORECASE)



def _per_million(words: list[tuple[int, int, str]], i: int) -> bool:
    """`30 cases per million inhabitants`: one million (never `parts per million`, a unit,
    nor `per thousand`, a rate in ‰)."""
    return words[i][2] in ("million", "billion") and i > 0 and words[i - 1][2] == "per" and (
        i < 2 or words[i - 2][2] not in ("part", "parts"))


def english_numbers(text: str) -> list[WordNumber]:
    found: list[WordNumber] = []
    words = [(s, e - w.endswith("."), w.rstrip(".").lower()) for s, e, w in words_of(text)]
    for m in _AND_A_HALF.finditer(text):  # `a year and a half`: 1.5
        found.append(WordNumber(m.start(), m.end(), m.group(), CARDINAL, Decimal("1.5")))
    for m in _EVERY_OTHER.finditer(text):
        found.append(WordNumber(m.start(), m.end(), m.group(), CARDINAL, Decimal(2),
                                strong=False))
    for m in _AGE_GROUP.finditer(text):  # `under-fives`, `the over-sixties`: an age
        stem = m[2].lower()
        stem = stem[:-2] + "y" if stem.endswith("ie") else stem  # `sixties`: sixty
        value = _EN_UNITS.get(stem) or _EN_TENS.get(stem) or _EN_UNITS.get(stem[:-1])  # sixes
        if value:
            found.append(WordNumber(m.start(2), m.end(), m.group()[m.start(2) - m.start():],
                                    CARDINAL, Decimal(value)))
    for m in _FEW.finditer(text):
        power = sum(_MAGNITUDE[x.lower()] for x in m.group(1).split())
        found.append(WordNumber(m.start(), m.end(), m.group(), VAGUE, Decimal(10) ** power))
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
            if j > i and not gap_ok(text, words[j - 1][1], ws, ("and",)):
                break
            if ww == "and" and seen and (current % 100 == 0) and j + 1 < len(words) and (
                    words[j + 1][2] in _EN_UNITS or words[j + 1][2] in _EN_TENS):
                j += 1  # `two hundred and fifty`
                continue
            if total and not current and (ww in _EN_UNITS or ww in _EN_TENS) and not any(
                    x[2] == "hundred" or x[2] in _EN_SCALES for x in words[j + 1 : j + 3]):
                break  # `one million two months`: two is no part of the million
            if (ww in _EN_UNITS or ww in _EN_TENS) and can_add(
                    current, _EN_UNITS.get(ww, _EN_TENS.get(ww, 0))):
                current += _EN_UNITS.get(ww, _EN_TENS.get(ww, 0))
            elif ww in ("a", "an") and j == i and article:
                current = Decimal(1)
            elif ww == "hundred" and (seen or article or j == i and (
                    prev in ("another", "every") or (
                    prev == "per" and i > 1 and words[i - 2][2] not in ("part", "parts")))):
                current = (current or 1) * 100  # `another hundred`, `in every hundred`,
                # `VND80,000 per hundred`
                # (not `parts per hundred`: a unit, `measures.py`)
            elif ww == "dozen" and (seen or article or j == i and prev == "another"):
                current = (current or 1) * 12
            elif ww in _EN_SCALES and (seen or article or j == i and (prev in ("another", "every")
                                                                   or _per_million(words, i))):
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
            m = re.match(r"[\s-]+and[\s-]+(?:a[\s-]+(?P<q>half|quarter)|(?P<tq>three[\s-]+"
                         r"quarters))\b(?:\s+(thousand|million|billion))?", text[end:],
                         re.IGNORECASE)
            if m:  # `a million and a half`: half of the last scale; `one and a quarter`
                part = Decimal("0.75") if m["tq"] else Decimal(
                    "0.5" if m["q"].lower() == "half" else "0.25")
                value += part * (Decimal(10) ** max(
                    (_EN_SCALES[x[2]] for x in words[i:j] if x[2] in _EN_SCALES), default=0)
                    if not current else 1)
                if m.group(3):
                    value *= Decimal(10) ** _EN_SCALES[m.group(3).lower()]
                    scaled = True
                end += m.end()
                phrase = text[s:end]
            after = words[j][2] if j < len(words) else ""
            rough = (dec(10),) if value == 12 and "dozen" in phrase.lower() and (_ROUGHLY.search(
                text[max(0, s - 20) : s]) or re.match(r"\s+or\s+so\b", text[end:])) else ()
            nw = WordNumber(s, end, phrase, CARDINAL, value, rough, scaled=scaled,
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
            if after in _EN_SCALE_ORD and not scaled and value < 1000 and gap_ok(
                    text, end, words[j][0], ()):  # `its five millionth passenger`: a rank
                found.append(WordNumber(s, words[j][1], text[s:words[j][1]], ORDINAL,
                                        value * Decimal(10) ** _EN_SCALE_ORD[after]))
                i = j + 1
                continue
            k = j + 1 if after == "and" else j  # `one hundred and fiftieth`
            unit = _EN_ORD.get(words[k][2], 0) if k < len(words) else 0
            if unit and unit < 100 and value >= 20 and can_add(value, unit) and not scaled and (
                    gap_ok(text, end, words[k][0], ("and",))):  # `twenty-first`
                found.append(WordNumber(s, words[k][1], text[s:words[k][1]], ORDINAL,
                                        value + unit))
                i = k + 1
                continue
            if value == 1 and _EN_ORD.get(after, 0) >= 3 and gap_ok(text, end, words[j][0], ()):
                n = _EN_ORD[after]  # `one-third`, `one fifth`: a share
                found.append(WordNumber(s, words[j][1], text[s:words[j][1]], FRACTION,
                                        frac(1, n)))
                i = j + 1
                continue
            if after in ("decade", "decades"):  # `two decades`: 20 years
                nw = WordNumber(s, end, phrase, CARDINAL, value, (value * 10,), scaled, True)
            elif after in ("times", "fold"):  # `three times`, `two-fold`
                nw = WordNumber(s, end, phrase, MULTIPLIER, value, scaled=scaled)
            elif after in _EN_FRACTIONS and after not in ("half", "halves"):  # `two-thirds`
                den = _EN_FRACTIONS[after]
                periods = (value,) if after == "quarters" else ()  # `the first two quarters`
                nw = WordNumber(s, words[j][1], text[s:words[j][1]], FRACTION, value / den,
                                periods)
                j += 1
            found.append(nw)
            i = j
            continue
        if w == "third" and nxt in ("party", "parties"):
            pass  # `third-party insurance`: a legal term (`trách nhiệm dân sự`), no rank
        elif w in _EN_ORD:
            n = _EN_ORD[w]
            others = (frac(1, n),) if n >= 3 else ()  # `the final third`, `a third`
            strong = w not in _EN_WEAK or w == "second" and not (
                prev in ("a", "per", "one", "every", "each", "split")
                or nxt in ("half", "hand", "leg"))
            share = n >= 3 and prev in ("a", "an", "one") and (nxt in _AFTER_SHARE
                                                         or not _word_follows(text, e))
            if share:  # `a fifth of the population`, `one tenth`: a share, not a rank
                found.append(WordNumber(s, e, text[s:e], FRACTION, frac(1, n), (dec(n),)))
            else:
                found.append(WordNumber(s, e, text[s:e], ORDINAL, dec(n), others,
                                        strong=strong))
        elif w.endswith("fold") and (w[:-4] in _EN_UNITS or w[:-4] in _EN_TENS
                                     or w[:-4] == "hundred"):  # `threefold`, `tenfold`
            n = _EN_UNITS.get(w[:-4]) or _EN_TENS.get(w[:-4]) or 100
            found.append(WordNumber(s, e, text[s:e], MULTIPLIER, dec(n)))
        elif w in _EN_DECADES:  # `in his sixties`, `the nineties`
            found.append(WordNumber(s, e, text[s:e], CARDINAL, dec(_EN_DECADES[w])))
        elif w == "half" and re.match(r"\s+a\s+dozen\b", text[e:], re.IGNORECASE):
            end = e + len(re.match(r"\s+a\s+dozen\b", text[e:], re.IGNORECASE).group())
            found.append(WordNumber(s, end, text[s:end], CARDINAL, dec(6)))  # half a dozen
        elif w in ("halved", "halve", "halves", "halving") and prev not in _EN_UNITS:
            found.append(WordNumber(s, e, text[s:e], FRACTION, frac(1, 2)))  # `cases halved`
        elif w in _EN_IMPLIED:  # `both teams`, `two-nil`, `the centenary`, `halfway`
            found.append(WordNumber(s, e, text[s:e], FRACTION if w == "halfway" else CARDINAL,
                                    dec(_EN_IMPLIED[w]), strong=False))
        elif w == "half" and nxt.startswith("marathon"):
            pass  # `a half marathon`: a race named by its distance (`21 km`), no share
        elif w == "quarter" and nxt != "of" and _RATE_BEFORE.search(text, max(0, s - 40), s):
            pass  # `8% a quarter`, `$40 per quarter`: the period a rate is per, no share
        elif w in _EN_FRACTIONS:
            n = _EN_FRACTIONS[w]  # `the second quarter of 2018`: a period, no share
            strong = (prev in ("a", "an", "one") or nxt in ("of", "a", "an")) and not (
                prev in _EN_ORD or prev in _PERIOD_DETERMINERS)
            value = frac(1, n)
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
            found.append(WordNumber(s, e, text[s:e], MULTIPLIER, dec(_EN_MULT[w]),
                                    strong=w not in _EN_WEAK_MULT))
        elif w in _EN_VAGUE and (w != "scores" or nxt == "of"):  # `admission scores`
            value = dec(_EN_VAGUE[w])
            end = e
            m = re.match(r"\s+of\s+(thousands|millions|billions|trillions)\b", text[e:],
                         re.IGNORECASE)
            if m:  # `tens of thousands`, `hundreds of billions`
                value *= _EN_VAGUE[m.group(1).lower()]
                end = e + m.end()
            if w != "tens" or m:
                found.append(WordNumber(s, end, text[s:end], VAGUE, value))
        elif w in ("decade", "decades") and prev in ("a", "the", "past", "last"):
            found.append(WordNumber(s, e, text[s:e], CARDINAL, dec(1), (dec(10),), strong=False))
        i += 1
    return drop_nested(found)


def _word_follows(text: str, end: int) -> bool:
    return re.match(r"[\s-]+[^\W\d_]", text[end:]) is not None


def en_ordinal_value(word: str) -> int:
    """`first` 1, `twenty-first` 21, `fifth` 5; 0 for any other word."""
    word = word.lower()
    if word in _EN_ORD:
        return _EN_ORD[word]
    tens, _, unit = word.partition("-")
    return _EN_TENS[tens] + _EN_ORD[unit] if tens in _EN_TENS and unit in _EN_ORD else 0


