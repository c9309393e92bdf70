"""Czech number words in every case: `dvě stě`, `pětadvaceti`, `čtvrt milionu`, `tři setiny`,
`sedmi a půl`, `třetí`, `ztrojnásobit`, `čtyřměsíční`, `desítky tisíc`, `několik set`."""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

from translate.text.numwords import CS_ORDINAL_END, CS_ORDINALS, cs_word_table
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

__all__ = ["czech_numbers", "cs_ordinal_value", "cs_scale", "CS_PERIOD_NOUNS",
           "CS_HALF_OF_NTH_NOUNS"]

# one unit and a half: `rok a půl`, `tunu a půl`, `kilometr a půl`
_A_HALF = re.compile(r"(?<!\w)(?:rok|hodin[ua]|měsíc|týden|den|tun[ua]|kilometr|metr|litr"
                     r"|hektar|minut[ua]|kilo)\s+a\s+půl(?!\w)", re.IGNORECASE)
# one unit opening a range of them: `metr až dva`, `rok či dva`, `metr až metr a půl` (the one
# is said by the noun alone); the noun is the number's span, weak as `one` is
_ONE_TO = re.compile(r"(?<!\w)(?:rok|hodin[ua]|měsíc|týden|den|tun[ua]|kilometr|metr|litr"
                     r"|hektar|minut[ua]|kilo)(?=\s+(?:až|nebo|či)\s+(?:dva|dvě|tři|čtyři|pět|\d"
                     r"|(?:rok|hodin[ua]|měsíc|týden|den|tun[ua]|kilometr|metr|litr|hektar"
                     r"|minut[ua]|kilo)\s+a\s+půl))", re.IGNORECASE)
_HALF_ADJECTIVE = re.compile(r"(?:nad)?polovičn[íéý]\w*")  # `poloviční`, `nadpoloviční`
_SCALE_AND_A_HALF = re.compile(r"\s+a\s+půl(?!\w)", re.IGNORECASE)  # `milion a půl`
# a fraction after a number: `sedmi a půl`, `jednoho a čtvrt`; `pěti a půlhodinovou`: the half
# opens a compound that names the unit
_AND_A_FRACTION = re.compile(r"\s+a\s+((?:půl|čtvrt|tři\s*čtvrtě)(?!\w)|půl(?=[^\W\d_]{4,}))",
                             re.IGNORECASE)


def _cs_forms(stem: str, endings: str) -> list[str]:
    return [stem + e for e in endings.split("|")]


@lru_cache(maxsize=1)
def _cs_tables() -> dict[str, dict[str, int]]:
    cardinals = dict(cs_word_table())  # 2-99 in every case
    cardinals |= {w: 1 for w in ("jeden", "jedna", "jedno", "jednoho", "jedné", "jednomu",
                                 "jedním", "jednom", "jedny", "jedněch", "jedněm")}
    cardinals |= {"nula": 0, "deset": 10, "deseti": 10}
    cardinals |= {w: 3 for w in ("tři", "tří", "třem", "třech", "třemi")}
    hundreds = {w: 100 for w in ("sto", "sta", "stě", "set", "stům", "stech", "stem", "sty",
                                 "stu")}
    scales = {}
    for stem, power in (("tisíc", 3), ("milion", 6), ("milión", 6), ("miliard", 9),
                        ("bilion", 12), ("biliard", 15)):
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


# number nouns of the tens (`dvacítka`, `padesátka`, `jedenáctka`) and people in a decade of
# their life (`čtyřicátník`, `sedmdesátnice`)
_CS_TENS_STEMS = {"dvacít": 20, "třicít": 30, "čtyřicít": 40, "padesát": 50, "šedesát": 60,
                  "sedmdesát": 70, "osmdesát": 80, "devadesát": 90, "jedenáct": 11,
                  "dvanáct": 12, "třináct": 13, "čtrnáct": 14, "patnáct": 15, "šestnáct": 16,
                  "sedmnáct": 17, "osmnáct": 18, "devatenáct": 19, "dvacát": 20, "třicát": 30,
                  "čtyřicát": 40}
_CS_TENS_NOUN = re.compile("(" + "|".join(sorted(_CS_TENS_STEMS, key=len, reverse=True))
                           + r")(?:k(?:a|y|u|ou|ám|ách|ami)|ek|ce|ník\w*|níc\w*|nic\w*)")
# the same nouns of 21-99, unit first: `jednadvacítka`, `třiadvacítka`
_CS_UNIT_FIRST = {"jedna": 1, "jedena": 1, "dvaa": 2, "třia": 3, "čtyřia": 4, "pěta": 5,
                  "šesta": 6, "sedma": 7, "osma": 8, "devěta": 9}
_CS_UNIT_TENS_NOUN = re.compile("(" + "|".join(sorted(_CS_UNIT_FIRST, key=len, reverse=True))
                                + ")(dvacít|třicít|čtyřicít|padesát|šedesát|sedmdesát|osmdesát"
                                r"|devadesát)(?:k(?:a|y|u|ou|ám|ách|ami)|ek|ce)")
CS_PERIOD_NOUNS = {"desetiletí": 10, "tisíciletí": 1000, "čtvrtstoletí": 25,
                   "půlstoletí": 50}  # a decade, a millennium, a quarter century (years)
_CS_AND_A_HALF = re.compile(r"(jeden|jedna|dva|dvě|tři|čtyři|pět|šest|sedm|osm|devět|deset)apůl"
                            r"|půldruh(?:a|ý|á|é|ého|ém|ému|ým|ou|ých|ými)")  # `půldruhakrát`: 1.5
# `půl druhé` is 1:30 as a time; before these nouns it is one and a half of them
CS_HALF_OF_NTH_NOUNS = (r"roku|měsíce|týdne|dne|hodiny|století|milionu|miliardy|tisíce|metru"
                        r"|kilometru|litru|kila")
_HALF_OF_NTH_BEFORE = re.compile(CS_HALF_OF_NTH_NOUNS, re.IGNORECASE)
# `tisíc dvě stě`: 1200, in any case (`s tisícem dvěma sty`, `od tisíce dvou set`)
_CS_ONE_SCALE = {"tisíc", "tisíce", "tisíci", "tisícem", "milion", "milión", "milionu",
                 "milionem", "miliarda", "miliardu", "miliardy", "miliardě", "miliardou"}
# `čtvrtí`, `čtvrtích`: the noun `čtvrť` (a district); the ordinal `čtvrtý` is hard
_CS_DISTRICT = re.compile(r"čtvrtí(?:ch|m|mi)?")
_CS_IMPLIED = {"oba": 2, "obě": 2, "obou": 2, "oběma": 2, "tucet": 12, "tuctu": 12, "tucty": 12,
               "tuctů": 12, "tuctem": 12}
# groups: `dvojice` (a pair, often no count: weak), `trojice` (a trio), `pětice`
_CS_GROUPS = {"dvojic": 2, "trojic": 3, "čtveřic": 4, "pětic": 5, "šestic": 6, "sedmic": 7,
              "osmic": 8, "devític": 9}
_CS_GROUP = re.compile("(" + "|".join(_CS_GROUPS) + r")(?:e|i|í|emi|ích|ím)")
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
                 100: "sto", 1000: "tisíci"}
_CS_UNIT_NOM = {1: "jedna", 2: "dva", 3: "tři", 4: "čtyři", 5: "pět", 6: "šest", 7: "sedm",
                8: "osm", 9: "devět"}
# hundreds as nouns: `dvoustovka`, `trojstovky`, `pětistovce` (a group of 200, 300, 500),
# on the combining stems of 2-9 (`dvou`, `tří`) and the multipliers' (`dvoj`, `troj`)
# and 10-19 for race distances (`patnáctistovka`, the 1500 m)
_CS_HUNDREDS_STEMS = {_CS_COMBINING[n]: n for n in range(2, 20)} | {
    stem: n for stem, n in _CS_MULT_STEMS.items() if n < 10}
_CS_HUNDREDS_NOUN = re.compile("(" + "|".join(_CS_HUNDREDS_STEMS) + r")stov(?:k[ayuo]u?|ce|ek"
                               r"|kám|kách|kami)")
_CS_MEASURES = ("let", "roč", "měsíč", "týden", "týdn", "denn", "den", "hodin", "minut",
                "sekund", "metr", "kilometr", "centimetr", "kilogram", "tun", "procent",
                "člen", "míst", "patr", "stup", "bod", "lůžk", "litr", "hektar", "set", "tisíc",
                "milion", "kolov", "zápas", "gól", "násob", "krát", "kilovolt", "volt",
                "kilowatt", "megawatt", "gigawatt", "watt", "gram", "kilo",  # `pětisetkilovoltový`
                "hvězd", "podlaž", "proud")  # `čtyřhvězdičkový`, `třípodlažní`, `čtyřproudý`


# hundreds before the rest of a compound: `pětisetmetrový` 500, `stodvouletý` 102
_CS_HUNDREDS = {"sto": 100, **{f"{_CS_COMBINING[n]}set": n * 100 for n in range(2, 10)},
                "čtyřset": 400, "dvěstě": 200, "třista": 300, "čtyřista": 400}  # `třistaletý`


@lru_cache(maxsize=1)
def _cs_compound_re() -> tuple[re.Pattern[str], dict[str, Decimal]]:
    prefixes = {v: Decimal(n) for n, v in _CS_COMBINING.items() if n != 100}
    prefixes["půl"] = Decimal("0.5")  # `půlhodinový`, `půlroční`, `půlmilionový`
    prefixes["třičtvrtě"] = Decimal("0.75")  # `třičtvrtěhodinový`
    for n, word in ((1, "jeden"), *_CS_UNIT_NOM.items(), (10, "deset")):  # `dvaapůlmetrový`
        prefixes[f"{word}apůl"] = n + Decimal("0.5")  # two and a half metres long
    for n in range(21, 100):
        tens, unit = divmod(n, 10)
        if unit:  # `pětadvacetiletý`, `jednadvacetiletý`, and tens first: `dvacetipětiletý`
            unit_first = "jedn" if unit == 1 else _CS_UNIT_NOM[unit]
            prefixes[f"{unit_first}a{_CS_COMBINING[tens * 10]}"] = Decimal(n)
            prefixes[f"{_CS_COMBINING[tens * 10]}{_CS_COMBINING[unit]}"] = Decimal(n)
    alt = "|".join(sorted(prefixes, key=len, reverse=True))
    hundreds = "|".join(sorted(_CS_HUNDREDS, key=len, reverse=True))
    measures = "|".join(_CS_MEASURES)
    # not `století`/`staletí` (a century is no hundred of anything here)
    return re.compile(rf"(?!století|staletí)(?P<h>{hundreds})?(?P<n>{alt})?(?<=.)"
                      rf"(?:{measures})\w*", re.IGNORECASE), prefixes


_CS_SHARE = re.compile(r"(?P<n>dvou|tří|čtyř|pěti|šesti|sedmi|osmi|devíti)?(?P<d>třetin|čtvrtin"
                       r"|pětin|šestin|sedmin|osmin|devítin|desetin)ov\w*", re.IGNORECASE)


def _compound_value(m: re.Match[str]) -> Decimal:
    """`pětisetmetrový` 500, `stodvouletá` 102, `dvoutisícový` 2000, `půlhodinový` 0.5."""
    n = Decimal(_CS_HUNDREDS.get((m["h"] or "").lower(), 0))
    n += _cs_compound_re()[1][m["n"].lower()] if m["n"] else 0
    rest = m.group()[m.end("n") if m["n"] else m.end("h"):].lower()
    return n * next((10**p for stem, p in (("tisíc", 3), ("milion", 6), ("miliard", 9))
                     if rest.startswith(stem)), 1)



def czech_numbers(text: str) -> list[WordNumber]:
    t = _cs_tables()
    found: list[WordNumber] = []
    words = [(s, e - (w.endswith(".") and w.lower() not in t["scale"]), w.lower())
             for s, e, w in words_of(text)]
    for m in _A_HALF.finditer(text):  # `rok a půl`, `hodinu a půl`: 1.5
        found.append(WordNumber(m.start(), m.end(), m.group(), CARDINAL, Decimal("1.5")))
    for m in _ONE_TO.finditer(text):  # `metr až dva`: 1 to 2
        found.append(WordNumber(m.start(), m.end(), m.group(), CARDINAL, Decimal(1),
                                strong=False))
    vague_heads = ("několik", "několika", "pár", "řádově")
    i = 0
    while i < len(words):
        s, e, w = words[i]
        bare = w.rstrip(".")
        prev = words[i - 1][2] if i else ""
        nxt_w = words[i + 1][2].rstrip(".") if i + 1 < len(words) else ""
        half = _CS_AND_A_HALF.fullmatch(bare.removesuffix("krát"))
        if half and bare.endswith("krát"):  # `jedenapůlkrát`: one and a half times
            value = t["cardinal"].get(half.group(1), 1) + Decimal("0.5")
            found.append(WordNumber(s, e, text[s:e], MULTIPLIER, value))
            i += 1
            continue
        if bare == "třičtvrtě":  # `po třičtvrtě hodině`: `tři čtvrtě` written as one word
            found.append(WordNumber(s, e, text[s:e], FRACTION, Decimal("0.75")))
            i += 1
            continue
        after = words[i + 2][2].rstrip(".") if i + 2 < len(words) else ""
        nth = cs_ordinal_value(nxt_w) if bare == "půl" and _HALF_OF_NTH_BEFORE.fullmatch(
            after) else 0
        if nth > 1:  # `půl druhého roku` 1.5 years, `půl třetího milionu` 2.5 million
            value, end = Decimal(nth) - Decimal("0.5"), words[i + 1][1]
            if cs_scale(after):
                value, end = value * Decimal(10) ** cs_scale(after), words[i + 2][1]
            found.append(WordNumber(s, end, text[s:end], CARDINAL, value,
                                    scaled=end != words[i + 1][1]))
            i += 2 if end == words[i + 1][1] else 3
            continue
        if half:  # `jedenapůl milionu`, `dvaapůl roku`: one and a half, two and a half
            value, end = t["cardinal"].get(half.group(1), 1) + Decimal("0.5"), e
            scale = words[i + 1][2] if i + 1 < len(words) else ""
            if cs_scale(scale) and gap_ok(text, e, words[i + 1][0], ()):
                value, end = value * Decimal(10) ** cs_scale(scale), words[i + 1][1]
                i += 1
            found.append(WordNumber(s, end, text[s:end], CARDINAL, value,
                                    scaled=end != e))
            i += 1
            continue
        if bare in vague_heads and (nxt_w in t["hundred"] or nxt_w in t["scale"]):
            power = 2 if nxt_w in t["hundred"] else t["scale"][nxt_w]  # `několik set`
            j = i + 2  # `několik set milionů`: several hundred million, one order of magnitude
            while j < len(words) and cs_scale(words[j][2]) and gap_ok(
                    text, words[j - 1][1], words[j][0], ()):
                power += cs_scale(words[j][2])
                j += 1
            found.append(WordNumber(s, words[j - 1][1], text[s:words[j - 1][1]], VAGUE,
                                    Decimal(10) ** power))
            i = j
            continue
        total, current, j, seen, scaled = Decimal(0), Decimal(0), i, False, False
        while j < len(words):
            ws, we, ww = words[j]
            wb = ww if ww in t["scale"] else ww.rstrip(".")
            if j > i and not gap_ok(text, words[j - 1][1], ws, ()):
                break
            if wb in t["cardinal"] and can_add(current, t["cardinal"][wb]):
                current += t["cardinal"][wb]
            elif wb in t["hundred"] and (seen or wb in ("sto", "stu", "sta", "stem")):
                current = (current or 1) * 100
            elif wb in t["scale"] and (seen or j == i and wb in _CS_ONE_SCALE and j + 1 < len(
                    words) and words[j + 1][2] in t["cardinal"] | t["hundred"]):
                total += (current or 1) * Decimal(10) ** cs_scale(wb)  # `tisíc dvě stě`
                current, scaled = Decimal(0), True
            elif wb in ("čtvrt", "půl") and not seen and j + 1 < len(words) and (
                    cs_scale(words[j + 1][2])):
                total += frac(1, t["fraction"][wb]) * Decimal(10) ** cs_scale(words[j + 1][2])
                scaled, j = True, j + 1
            elif wb == "půl" and not seen and j + 1 < len(words) and words[j + 1][2] in (
                    "tuctu", "tuctem"):  # `půl tuctu`: six
                current, j = Decimal(6), j + 1
            else:
                break
            seen = True
            j += 1
        if seen:
            end = words[j - 1][1]
            value = total + current
            m = _AND_A_FRACTION.match(text, end)
            if m and not scaled:  # `sedmi a půl`, `dva a půl milionu`, `jednoho a čtvrt`
                value += {"půl": Decimal("0.5"), "čtvrt": Decimal("0.25")}.get(
                    m.group(1).lower(), Decimal("0.75"))
                end = m.end()
                while j < len(words) and words[j][0] < end:
                    j += 1
                scale = words[j][2] if j < len(words) else ""
                if scale in t["scale"] and gap_ok(text, end, words[j][0], ()):
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
            unit = t["vague"].get(nxt) or (12 if nxt in ("tucty", "tuctů") else 0)
            if unit and not scaled and value > 1 and words[j][0] - end < 3:
                # `tři stovky`, `dvě desítky tisíc`, `dva tucty`: a count of hundreds, of
                # tens, of dozens (300, 20 000, 24)
                value, end, j = value * dec(unit), words[j][1], j + 1
                scale = words[j][2] if j < len(words) else ""
                if scale in t["scale"] and gap_ok(text, end, words[j][0], ()):
                    value, end, j = value * Decimal(10) ** t["scale"][scale], words[j][1], j + 1
                found.append(WordNumber(s, end, text[s:end], CARDINAL, value))
                i = j
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
                half = _SCALE_AND_A_HALF.match(text, e)
                value = Decimal(10) ** power * (Decimal("1.5") if half else 1)
                end = half.end() if half else e  # `milion a půl`: 1 500 000
                found.append(WordNumber(s, end, text[s:end], CARDINAL, value, scaled=True,
                                        strong=bool(half)))
        elif _HALF_ADJECTIVE.fullmatch(bare):  # `poloviční cena`, half (weak)
            found.append(WordNumber(s, e, text[s:e], FRACTION, frac(1, 2), strong=False))
        elif bare in t["fraction"]:
            n = t["fraction"][bare]  # `v polovině století`: the middle of, no share
            locative = bare.endswith("ě") and prev in ("v", "ve", "první", "druhé", "prvn") or (
                n == 2 and prev in ("do", "od", "kolem", "před", "po", "až") and re.match(
                    r"\s+(?:roku|měsíce|století|sezon\w*|týdne|dekády|ledna|února|března|dubna"
                    r"|května|června|července|srpna|září|října|listopadu|prosince)(?!\w)",
                    text[e:]))  # mid-2026, `do poloviny října` (mid-October)
            found.append(WordNumber(s, e, text[s:e], FRACTION, frac(1, n),
                                    strong=not locative and bare != "půl"))
        elif bare in t["vague"]:
            value = dec(t["vague"][bare])
            end = e
            nxt = words[i + 1] if i + 1 < len(words) else None
            if nxt and nxt[2] in t["scale"] and gap_ok(text, e, nxt[0], ()):
                value *= Decimal(10) ** t["scale"][nxt[2]]  # `desítky tisíc`
                end = nxt[1]
                i += 1
            found.append(WordNumber(s, end, text[s:end], VAGUE, value))
        elif bare in t["mult"] or _CS_MULT_VERB.fullmatch(bare):
            m = _CS_MULT_VERB.fullmatch(bare)  # `ztrojnásobily`: tripled
            value = t["mult"].get(bare) or _CS_MULT_STEMS[m.group(1)]
            found.append(WordNumber(s, e, text[s:e], MULTIPLIER, dec(value)))
        elif hundreds := _CS_HUNDREDS_NOUN.fullmatch(bare):  # `první pětistovka` (the top 500)
            n = _CS_HUNDREDS_STEMS[hundreds.group(1)]
            found.append(WordNumber(s, e, text[s:e], CARDINAL, dec(n * 100)))
        elif _CS_TENS_NOUN.fullmatch(bare):  # `dvacítka` 20, `čtyřicátník` (forty years old)
            stem = _CS_TENS_NOUN.fullmatch(bare).group(1)
            found.append(WordNumber(s, e, text[s:e], CARDINAL, dec(_CS_TENS_STEMS[stem])))
        elif unit_tens := _CS_UNIT_TENS_NOUN.fullmatch(bare):  # `třiadvacítka` 23 (an U23)
            value = _CS_TENS_STEMS[unit_tens.group(2)] + _CS_UNIT_FIRST[unit_tens.group(1)]
            found.append(WordNumber(s, e, text[s:e], CARDINAL, dec(value)))
        elif _CS_GROUP.fullmatch(bare):  # `vietnamská trojice`: three
            n = _CS_GROUPS[_CS_GROUP.fullmatch(bare).group(1)]
            found.append(WordNumber(s, e, text[s:e], CARDINAL, dec(n), strong=n > 2))
        elif bare in _CS_IMPLIED:  # `oba týmy`, `tucet vajec`: weak, they may explain only
            found.append(WordNumber(s, e, text[s:e], CARDINAL, dec(_CS_IMPLIED[bare]),
                                    strong=False))
        elif bare.startswith(tuple(CS_PERIOD_NOUNS)):  # `v posledním desetiletí`: a decade
            years = next(n for p, n in CS_PERIOD_NOUNS.items() if bare.startswith(p))
            found.append(WordNumber(s, e, text[s:e], CARDINAL, dec(1), (dec(years),),
                                    strong=False))
        elif bare.endswith("krát") and (bare[:-4] in t["cardinal"] | t["hundred"] or (
                bare.startswith("sto") and bare[3:-4] in t["cardinal"])):
            n = t["cardinal"].get(bare[:-4]) or 100 + t["cardinal"].get(bare[3:-4], 0)
            found.append(WordNumber(s, e, text[s:e], MULTIPLIER, dec(n)))
        else:
            ordinal = cs_ordinal_value(bare) if not _CS_DISTRICT.fullmatch(bare) else 0
            again = bare.startswith("po") and bare.endswith(("é", "í")) and cs_ordinal_value(
                bare[2:])  # `potřetí`, `podruhé`: for the third, second time
            unit = cs_ordinal_value(nxt_w) if ordinal in range(20, 100, 10) else 0
            if 0 < unit < 10:  # `dvacátý první`, `třicátého pátého`: 21, 35
                e, ordinal, i = words[i + 1][1], ordinal + unit, i + 1
                nxt_w = words[i + 1][2].rstrip(".") if i + 1 < len(words) else ""
            if ordinal or again:  # `druhý největší`: a rank
                found.append(WordNumber(s, e, text[s:e], ORDINAL, dec(ordinal or again),
                                        strong=(ordinal or again) > 2 or bool(again)
                                        or nxt_w.startswith("nej")))
            elif _CS_SHARE.fullmatch(bare):  # `dvoutřetinová většina`, `čtvrtinový`: 2/3, 1/4
                m = _CS_SHARE.fullmatch(bare)
                top = _cs_compound_re()[1].get((m["n"] or "").lower(), Decimal(1))
                den = t["fraction"][m["d"] + "a"]
                found.append(WordNumber(s, e, text[s:e], FRACTION, top / den))
            else:
                m = _cs_compound_re()[0].fullmatch(bare)
                if m and (m["h"] or m["n"]):  # `stotisícový` 100 000, `dvoumilionový`
                    n = _compound_value(m)
                    found.append(WordNumber(s, e, text[s:e], CARDINAL, n, strong=n != 1))
        i += 1
    return drop_nested(found)


def cs_scale(word: str) -> int:
    """The power of a Czech scale word (`milionu`, `mld.`; a sentence's final dot allowed)."""
    scales = _cs_tables()["scale"]
    return scales.get(word) or scales.get(word.rstrip("."), 0)


@lru_cache(maxsize=1)
def _cs_ordinal_re() -> re.Pattern[str]:
    stems = sorted(((stem, n) for n, stem in CS_ORDINALS.items() if n not in (100, 1000)),
                   key=lambda x: -len(x[0]))
    return re.compile("|".join(f"(?P<o{n}>{stem}){CS_ORDINAL_END}" for stem, n in stems))


_CS_UNIT_STEMS = {"jedn": 1, "dva": 2, "tři": 3, "čtyři": 4, "pět": 5, "šest": 6, "sedm": 7,
                  "osm": 8, "devět": 9}
# `jednadvacátý` 21, `pětadvacátého` 25: a unit, `a`, a ten; `stý` 100, `tisící` 1000
_CS_COMPOUND_ORDINAL = re.compile(
    "(" + "|".join(_CS_UNIT_STEMS) + ")a(" + "|".join(CS_ORDINALS[n] for n in range(20, 100, 10))
    + ")" + CS_ORDINAL_END)
# `dvoustá`, `dvousetá`: 200th; `patnáctistý`: 1500th (hundreds above a thousand, said so)
_CS_HUNDREDS_ORDINAL = re.compile(r"(dvou|tří|čtyř|pěti|šesti|sedmi|osmi|devíti|jedenácti"
                                  r"|dvanácti|třinácti|čtrnácti|patnácti|šestnácti|sedmnácti"
                                  r"|osmnácti|devatenácti)s(?:e)?t(?:ý|á|é|ého|ém|ému|ým|ou)")
_CS_BIG_ORDINAL = {100: re.compile(r"st(?:ý|á|é|ého|ém|ému|ým|ou)"),
                   1000: re.compile(r"tisící(?:ho|mu)?"),
                   10**6: re.compile(r"milion(?:t|tý|tá|té|tého|tém|tému|tým|tou)")}


def cs_ordinal_value(word: str) -> int:
    """`třetí` 3, `desáté` 10, `pátého` 5, `jednadvacátém` 21, `stého` 100; 0 for any other
    word."""
    if word == "druzí":  # the animate plural (`skončili druzí`) softens its stem
        return 2
    m = _cs_ordinal_re().fullmatch(word)
    if m:
        return next(int(k[1:]) for k, v in m.groupdict().items() if v)
    m = _CS_COMPOUND_ORDINAL.fullmatch(word)
    if m:
        tens = next(n for n in range(20, 100, 10) if CS_ORDINALS[n] == m.group(2))
        return tens + _CS_UNIT_STEMS[m.group(1)]
    m = _CS_HUNDREDS_ORDINAL.fullmatch(word)
    if m:
        return 100 * next(n for n, f in _CS_COMBINING.items() if f == m.group(1))
    if word.startswith("sto") and len(word) > 6 and 0 < (rest := cs_ordinal_value(word[3:])) < 100:
        return 100 + rest  # `stopadesáté` 150
    return next((n for n, pattern in _CS_BIG_ORDINAL.items() if pattern.fullmatch(word)), 0)


