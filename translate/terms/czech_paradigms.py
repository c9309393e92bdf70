"""Czech declension tables: the paradigms of the nouns and adjectives glossary terms are made of.

The generating half of `translate.terms.czech` (which re-exports it and adds the analysis of
word forms): noun classes from the lemma's ending and a short lexicon, the standard paradigms
(pán, muž, předseda, soudce, hrad, stroj, žena, růže, píseň, kost, město, moře, stavení,
muzeum; adjectives mladý and jarní) with the consonant alternations (`tajemník` →
`tajemníci`, `buňka` → `buňce`, `ministr` → `ministře`) and the mobile `e` (`náměstek` →
`náměstka`). Tests: tests/terms/test_inflect.py (through `translate.terms.czech`).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

__all__ = ["CASES", "NUMBERS", "Cell", "NounClass", "Reading", "noun_class", "decline_noun",
           "noun_forms", "noun_table", "is_vowel", "verbal_noun", "ADJECTIVAL_NOUNS",
           "adjective_stem", "decline_adjective", "HARD_ADJ", "SOFT_ADJ"]

CASES = ("nom", "gen", "dat", "acc", "voc", "loc", "ins")
NUMBERS = ("sg", "pl")
Cell = tuple[str, str]  # (case, number)

_VOWELS = set("aáeéěiíoóuúůyý")
_SOFT = set("žščřcjťďň")
# nouns whose gender/animacy/paradigm the ending does not tell
_FEMININE_CONSONANT = {"kancelář": "píseň", "stráž": "píseň", "mládež": "píseň", "daň": "píseň",
                       "píseň": "píseň", "Hanoj": "píseň", "věc": "kost", "moc": "kost",
                       "pomoc": "kost", "noc": "kost", "zeď": "píseň", "loď": "píseň",
                       "čtvrť": "kost", "oblast": "kost", "část": "kost", "vlast": "kost",
                       "pravomoc": "kost", "nemoc": "kost"}
_MASCULINE_A = ("předseda", "místopředseda", "starosta", "kolega", "vévoda", "sluha", "soudruh",
               "přednosta")  # `přednosta`: the head of a Czech office (issue 12bl)
_MASCULINE_E = ("zástupce", "soudce", "vůdce", "správce", "průvodce", "obhájce", "předchůdce",
                "nástupce", "poradce", "strůjce", "dárce", "vládce", "mluvčí",
                "zákonodárce")
_INANIMATE = ("oběžník", "zákoník", "podnik", "program", "telegram", "systém",
              "výbor", "odbor", "úřad", "soud", "sekretariát", "zákon", "předpis", "řád",
              "plán", "projekt", "venkov", "rozpočet", "růst", "rozvoj", "kádr", "sjezd",
              "sněm", "kongres", "parlament", "inspektorát", "departement", "závěr", "pokyn",
              "delikt", "přestupek", "příjem", "obvod", "okres", "kraj", "stát", "svaz", "orgán",
              "úsek", "obchod", "dokument", "Vietnam", "socialismus", "marxismus", "leninismus")
_ANIMATE = ("člen", "ministr", "šéf", "soudruh", "konzul", "prezident", "viceprezident",
            "premiér", "vicepremiér", "guvernér", "viceguvernér", "kandidát", "náměstek",
            "poslanec", "velvyslanec", "úředník", "zaměstnanec", "příslušník", "funkcionář",
            "ředitel", "tajemník", "místotajemník", "prokurátor", "ambasador", "sekretář",
            "hejtman", "primátor", "viceministr", "delegát", "diplomat", "inspektor", "pán",
            "muž", "předák", "lídr", "vůdce", "zástupce", "soudce", "rolník", "veterán",
            "představitel", "vedoucí", "politik", "činitel", "komisař", "generál", "syn")
_ANIMATE_SUFFIXES = ("ník", "tel", "ec", "ista", "log", "ér", "ent", "ant", "ář", "íř", "or",
                     "át", "an", "ák", "ik")
_ZERO_ENDING_INSERT = set("kmnlrvb")  # gen pl of žena/město: buňka → buněk, -stvo → -stev,
# služba → služeb, volba → voleb
# masculine inanimate nouns with genitive singular -a
_GENITIVE_A = ("zákon",)
ADJECTIVAL_NOUNS = ("vedoucí", "mluvčí", "radní", "vrchní")
_MOBILE_E = ("rozpočet", "příjem", "zájem", "den", "pes", "orel")
_VERBAL_NOUN = ("ání", "ení", "ění", "tí", "ství", "ctví", "ití", "ýtí", "utí", "ízení", "ůní")


def verbal_noun(low: str) -> bool:
    """`rozhodnutí`, `shromáždění`; not the plural of `-ský`, `-cký` (`vietnamští`, `čeští`)."""
    return low.endswith(_VERBAL_NOUN) and not low.endswith(("ští", "čtí"))


@dataclass(frozen=True)
class NounClass:
    """How a noun declines: paradigm name, gender (m, f, n), animacy, and its stems."""

    lemma: str
    paradigm: str
    gender: str
    animate: bool
    stem: str  # before the case endings
    soft_e: str = "e"  # růže: `e` or `ě` after ň/ť/ď (předsedkyně)


@dataclass(frozen=True)
class Reading:
    """One morphological reading of a word form."""

    case: str
    number: str
    gender: str
    animate: bool
    lemma: str


def is_vowel(ch: str) -> bool:
    return ch.lower() in _VOWELS


def _mobile_e(lemma: str) -> str:
    """Stem of `náměstek`, `poslanec`, `příjem` without the mobile e."""
    low = lemma.lower()
    if len(low) > 3 and low.endswith(("ek", "ec")) and not is_vowel(low[-3]):
        return lemma[:-2] + lemma[-1]
    if low.endswith(("ěc", "jem")) or low in _MOBILE_E:
        return lemma[:-2] + lemma[-1]
    return lemma


def _animate_guess(lemma: str) -> bool:
    low = lemma.lower()
    if low in _ANIMATE or lemma in _ANIMATE:
        return True
    if low in _INANIMATE or lemma in _INANIMATE:
        return False
    return low.endswith(_ANIMATE_SUFFIXES)


@lru_cache(maxsize=1 << 14)
def noun_class(lemma: str, gender: str | None = None, animate: bool | None = None) -> NounClass:
    """The paradigm of a noun given in the nominative singular.

    `gender` and `animate` override the guess (a phrase knows them from its adjectives, a
    glossary term with a female alternative is a person).
    """
    low = lemma.lower()
    last = low[-1:]
    if low in ADJECTIVAL_NOUNS:
        return NounClass(lemma, "jarní", gender or "m", True if animate is None else animate,
                         lemma[:-1])
    if low.endswith("zkum"):  # výzkum, přezkum are native masculines: výzkumu, výzkumem
        return NounClass(lemma, "hrad", "m", False, lemma)
    if low.endswith("um") and len(low) > 4:
        return NounClass(lemma, "muzeum", "n", False, lemma[:-2])
    if low.endswith(("ismus", "us")) and len(low) > 4 and gender != "f":
        return NounClass(lemma, "hrad", "m", False, lemma[:-2])
    if last == "a":
        if (gender == "m" or low in _MASCULINE_A or low.endswith("seda")
                or (low.endswith("ista") and len(low) > 6)) and gender != "f":
            return NounClass(lemma, "předseda", "m", True, lemma[:-1])
        return NounClass(lemma, "žena", "f", False, lemma[:-1])
    if last in "eě":
        if low in _MASCULINE_E or (gender == "m" and low.endswith("ce")):
            return NounClass(lemma, "soudce", "m", True, lemma[:-1])
        if low.endswith(("iště", "ště")) or gender == "n":
            return NounClass(lemma, "moře", "n", False, lemma[:-1], last)
        return NounClass(lemma, "růže", "f", False, lemma[:-1], last)
    if last == "o":
        return NounClass(lemma, "město", "n", False, lemma[:-1])
    if last == "í":
        return NounClass(lemma, "stavení", "n", False, lemma[:-1])
    if last in "iyuúů" or not last.isalpha():
        return NounClass(lemma, "indeclinable", gender or "m", bool(animate), lemma)
    # consonant
    if lemma in _FEMININE_CONSONANT or low in _FEMININE_CONSONANT:
        paradigm = _FEMININE_CONSONANT.get(lemma) or _FEMININE_CONSONANT[low]
        return NounClass(lemma, paradigm, "f", False, lemma)
    if gender == "f" or low.endswith("ost"):
        return NounClass(lemma, "kost" if low.endswith("ost") else "píseň", "f", False, lemma)
    anim = _animate_guess(lemma) if animate is None else animate
    stem = _mobile_e(lemma)
    soft = last in _SOFT or low.endswith("tel") or low == "městys"  # městyse, v městysi
    if anim:
        return NounClass(lemma, "muž" if soft else "pán", "m", True, stem)
    return NounClass(lemma, "stroj" if soft else "hrad", "m", False, stem)


def _palatal_e(stem: str) -> str:
    """stem + `ě`/`e` with the alternation before e: `rad`+ě, `buňk` → `buňce`, `ministr` →
    `ministře`."""
    low = stem.lower()
    for old, new in (("ch", "še"), ("k", "ce"), ("h", "ze"), ("g", "ze"), ("r", "ře")):
        if low.endswith(old):
            return stem[: -len(old)] + new
    if low[-1:] in "dtnbpvmf":
        return stem + "ě"
    return stem + "e"


def _palatal_i(stem: str) -> str:
    """Masculine animate nominative plural `-i`: `tajemník` → `tajemníci`, `ministr` →
    `ministři`, `prezident` → `prezidenti`."""
    low = stem.lower()
    for old, new in (("ch", "ši"), ("k", "ci"), ("h", "zi"), ("g", "zi"), ("r", "ři")):
        if low.endswith(old):
            return stem[: -len(old)] + new
    return stem + "i"


def _locative_plural_hard(stem: str) -> str:
    low = stem.lower()
    for old, new in (("ch", "ších"), ("k", "cích"), ("h", "zích"), ("g", "zích")):
        if low.endswith(old):
            return stem[: -len(old)] + new
    return stem + "ech"


def _zero(stem: str) -> str:
    """Genitive plural without ending: `buňk` → `buněk`, `ministerstv` → `ministerstev`,
    `firm` → `firem`; `stran`, `rad` stay."""
    low = stem.lower()
    if len(low) < 3 or low[-1] not in _ZERO_ENDING_INSERT or is_vowel(low[-2]) \
            or low[-2] in "j":
        return stem
    before, last = stem[:-1], stem[-1]
    for soft, hard in (("ň", "ně"), ("ť", "tě"), ("ď", "dě")):
        if before.endswith(soft):
            return before[:-1] + hard + last
    return before + "e" + last


def _soft_stem(stem: str) -> str:
    """`předsedkyn` → `předsedkyň` (růže genitive plural)."""
    for hard, soft in (("n", "ň"), ("t", "ť"), ("d", "ď")):
        if stem.endswith(hard):
            return stem[:-1] + soft
    return stem


def _monosyllabic(stem: str) -> bool:
    groups, prev = 0, False
    for ch in stem.lower():
        vowel = is_vowel(ch)
        if vowel and not prev:
            groups += 1
        prev = vowel
    return groups <= 1


@lru_cache(maxsize=1 << 15)
def noun_table(cls: NounClass) -> dict[Cell, str]:
    s, p = cls.stem, cls.paradigm
    low = cls.lemma.lower()
    if p == "indeclinable":
        return {(c, n): cls.lemma for c in CASES for n in NUMBERS}
    if p == "pán":
        velar = s.lower().endswith(("k", "h", "g", "ch"))
        cons_r = s.lower().endswith("r") and len(s) > 1 and not is_vowel(s[-2])
        voc = s + "u" if velar else (s[:-1] + "ře" if cons_r else s + "e")
        nom_pl = s + "ové" if _monosyllabic(s) else _palatal_i(s)
        sg = (cls.lemma, s + "a", s + "ovi", s + "a", voc, s + "ovi", s + "em")
        pl = (nom_pl, s + "ů", s + "ům", s + "y", nom_pl, _locative_plural_hard(s), s + "y")
    elif p == "muž":
        voc = s[:-1] + "če" if s.lower().endswith("c") else s + "i"
        nom_pl = s + "é" if low.endswith("tel") else s + "i"
        sg = (cls.lemma, s + "e", s + "i", s + "e", voc, s + "i", s + "em")
        pl = (nom_pl, s + "ů", s + "ům", s + "e", nom_pl, s + "ích", s + "i")
    elif p == "předseda":
        nom_pl = s + "é" if low.endswith("ista") else s + "ové"
        sg = (cls.lemma, s + "y", s + "ovi", s + "u", s + "o", s + "ovi", s + "ou")
        pl = (nom_pl, s + "ů", s + "ům", s + "y", nom_pl, s + "ech", s + "y")
    elif p == "soudce":
        sg = (cls.lemma, s + "e", s + "i", s + "e", s + "e", s + "i", s + "em")
        pl = (s + "i", s + "ů", s + "ům", s + "e", s + "i", s + "ích", s + "i")
    elif p == "hrad":
        velar = s.lower().endswith(("k", "h", "g", "ch"))
        gen = s + ("a" if cls.lemma in _GENITIVE_A else "u")
        cons_r = s.lower().endswith("r") and len(s) > 1 and not is_vowel(s[-2])
        voc = s + "u" if velar else (s[:-1] + "ře" if cons_r else s + "e")
        sg = (cls.lemma, gen, s + "u", cls.lemma, voc, s + "u", s + "em")
        pl = (s + "y", s + "ů", s + "ům", s + "y", s + "y", _locative_plural_hard(s), s + "y")
    elif p == "stroj":
        sg = (cls.lemma, s + "e", s + "i", cls.lemma, s + "i", s + "i", s + "em")
        pl = (s + "e", s + "ů", s + "ům", s + "e", s + "e", s + "ích", s + "i")
    elif p == "žena":
        dat = _palatal_e(s)
        sg = (cls.lemma, s + "y", dat, s + "u", s + "o", dat, s + "ou")
        pl = (s + "y", _zero(s), s + "ám", s + "y", s + "y", s + "ách", s + "ami")
    elif p == "růže":
        e = cls.soft_e
        gen_pl = _soft_stem(s) if low.endswith(("yně", "ice", "ně")) else s + "í"
        if low.endswith("ice"):
            gen_pl = s
        sg = (cls.lemma, s + e, s + "i", s + "i", s + e, s + "i", s + "í")
        pl = (s + e, gen_pl, s + "ím", s + e, s + e, s + "ích", s + e + "mi")
    elif p == "píseň":
        base = s[:-1] + {"ň": "n", "ť": "t", "ď": "d"}[s[-1]] if s[-1] in "ňťď" else s
        e = "ě" if s[-1] in "ňťď" else "e"
        sg = (cls.lemma, base + e, base + "i", cls.lemma, base + "i", base + "i", base + "í")
        pl = (base + e, base + "í", base + "ím", base + e, base + e, base + "ích",
              base + e + "mi")
    elif p == "kost":
        b = s[:-1] + {"ň": "n", "ť": "t", "ď": "d"}[s[-1]] if s[-1] in "ňťď" else s
        sg = (cls.lemma, b + "i", b + "i", cls.lemma, b + "i", b + "i", b + "í")
        pl = (b + "i", b + "í", b + ("ím" if b != s else "em"), b + "i", b + "i",
              b + ("ích" if b != s else "ech"), b + ("ěmi" if b != s else "mi"))
    elif p == "město":
        loc = _palatal_e(s) if s.lower()[-1:] in "dtnmbpf" else s + "u"
        velar = s.lower().endswith(("k", "h", "g", "ch"))
        sg = (cls.lemma, s + "a", s + "u", cls.lemma, cls.lemma, loc, s + "em")
        pl = (s + "a", _zero(s), s + "ům", s + "a", s + "a", s + ("ách" if velar else "ech"),
              s + "y")
    elif p == "moře":
        sg = (cls.lemma, s + "e", s + "i", cls.lemma, cls.lemma, s + "i", s + "em")
        pl = (s + "e", s + "í", s + "ím", s + "e", s + "e", s + "ích", s + "i")
    elif p == "stavení":
        sg = (cls.lemma,) * 6 + (s + "ím",)
        pl = (cls.lemma, cls.lemma, s + "ím", cls.lemma, cls.lemma, s + "ích", s + "ími")
    elif p == "muzeum":
        sg = (cls.lemma, s + "a", s + "u", cls.lemma, cls.lemma, s + "u", s + "em")
        if is_vowel(s[-1:]):  # muzeum, gymnázium: muzeí, muzeím, muzeích, muzei
            pl = (s + "a", s + "í", s + "ím", s + "a", s + "a", s + "ích", s + "i")
        else:  # centrum, fórum decline as město in the plural: center, centrům, centrech
            pl = (s + "a", _zero(s), s + "ům", s + "a", s + "a", s + "ech", s + "y")
    elif p == "jarní":  # adjectival nouns: vedoucí
        return {(c, n): decline_adjective(cls.lemma, c, n, cls.gender, cls.animate)
                for c in CASES for n in NUMBERS}
    else:  # pragma: no cover - every paradigm above
        raise ValueError(p)
    table = {(c, "sg"): f for c, f in zip(CASES, sg, strict=True)}
    table.update({(c, "pl"): f for c, f in zip(CASES, pl, strict=True)})
    return table


def decline_noun(lemma: str, case: str, number: str, gender: str | None = None,
                 animate: bool | None = None) -> str:
    """`decline_noun("tajemník", "dat", "pl")` → `tajemníkům`."""
    return noun_table(noun_class(lemma, gender, animate))[(case, number)]


def noun_forms(lemma: str, gender: str | None = None,
               animate: bool | None = None) -> dict[Cell, str]:
    return dict(noun_table(noun_class(lemma, gender, animate)))


# -- adjectives ----------------------------------------------------------------------------------

HARD_ADJ = {
    ("m", True): (("ý", "ého", "ému", "ého", "ý", "ém", "ým"),
                  ("*", "ých", "ým", "é", "*", "ých", "ými")),
    ("m", False): (("ý", "ého", "ému", "ý", "ý", "ém", "ým"),
                   ("é", "ých", "ým", "é", "é", "ých", "ými")),
    ("f", False): (("á", "é", "é", "ou", "á", "é", "ou"),
                   ("é", "ých", "ým", "é", "é", "ých", "ými")),
    ("n", False): (("é", "ého", "ému", "é", "é", "ém", "ým"),
                   ("á", "ých", "ým", "á", "á", "ých", "ými")),
}
SOFT_ADJ = {
    ("m", True): (("í", "ího", "ímu", "ího", "í", "ím", "ím"),
                  ("í", "ích", "ím", "í", "í", "ích", "ími")),
    ("m", False): (("í", "ího", "ímu", "í", "í", "ím", "ím"),
                   ("í", "ích", "ím", "í", "í", "ích", "ími")),
    ("f", False): (("í", "í", "í", "í", "í", "í", "í"),
                   ("í", "ích", "ím", "í", "í", "ích", "ími")),
    ("n", False): (("í", "ího", "ímu", "í", "í", "ím", "ím"),
                   ("í", "ích", "ím", "í", "í", "ích", "ími")),
}


def _hard_plural_animate(stem: str) -> str:
    low = stem.lower()
    for old, new in (("ck", "čtí"), ("sk", "ští"), ("ch", "ší"), ("k", "cí"), ("h", "zí"),
                     ("r", "ří")):
        if low.endswith(old):
            return stem[: -len(old)] + new
    return stem + "í"


def adjective_stem(lemma: str) -> tuple[str, bool] | None:
    """(stem, soft) of an adjective in the nominative (any gender), or None."""
    low = lemma.lower()
    if low.endswith("í"):
        return lemma[:-1], True
    if low.endswith(("ý", "á", "é")):
        return lemma[:-1], False
    return None


def decline_adjective(lemma: str, case: str, number: str, gender: str, animate: bool) -> str:
    """`decline_adjective("provinční", "gen", "sg", "m", False)` → `provinčního`."""
    found = adjective_stem(lemma)
    if found is None:
        return lemma
    stem, soft = found
    key = (gender, animate and gender == "m")
    table = (SOFT_ADJ if soft else HARD_ADJ)[key]
    ending = table[NUMBERS.index(number)][CASES.index(case)]
    if ending == "*":
        return _hard_plural_animate(stem)
    return stem + ending
