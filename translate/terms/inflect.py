"""Glossary terms in any case and number: `tajemník provinčního výboru strany` → dative plural
`tajemníkům provinčního výboru strany` (or `tajemníkům provinčních výborů strany`).

A Czech term is read as a noun phrase: agreeing adjectives, the head noun, an optional
coordinated second head (`obrana a bezpečnost`), then complements that keep their form
(`provinčního výboru strany`, `pro mobilizaci mas`). The head and its adjectives are declined
by `translate.terms.czech`; the first genitive complement can be put in the plural too, for
several committees (`tajemníci provinčních výborů strany`); `strany`, capitalised bodies and
abbreviations never are. Forms the rules get wrong are pinned in the glossary's `cs_forms`
as `case.number=form` (`loc.sg=Ho Či Minově Městě`, glossaries/README.md); untagged forms stay
what they were, extra accepted forms.

Other languages have no case here; English puts the head noun in the plural
(`Secretary of …` → `Secretaries of …`), others keep the term as written.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from translate.terms.czech import (
    CASES,
    NUMBERS,
    Cell,
    adjective_readings,
    adjective_stem,
    analyse,
    decline_adjective,
    is_adjective,
    known_lemma,
    noun_class,
    noun_forms,
)

__all__ = ["Phrase", "parse_phrase", "head_word", "inflect", "term_forms", "pinned_forms",
           "plain_forms", "CASE_NAMES", "gender_of", "english_plural"]

CASE_NAMES = {"nom": "nominative", "gen": "genitive", "dat": "dative", "acc": "accusative",
              "voc": "vocative", "loc": "locative", "ins": "instrumental"}
_PIN = re.compile(r"^\s*(nom|gen|dat|acc|voc|loc|ins)\.(sg|pl)\s*=\s*(.+?)\s*$")
_CORE = re.compile(r"^(\W*)(.*?)(\W*)$")
_NEVER_PLURAL = ("strany", "státu", "vlády", "země", "Vietnamu", "venkova")


def pinned_forms(forms: Sequence[str]) -> dict[Cell, str]:
    """`cs_forms` entries written `gen.pl=…`: forms the declension rules must not compute."""
    pinned: dict[Cell, str] = {}
    for form in forms:
        m = _PIN.match(form)
        if m:
            pinned[(m.group(1), m.group(2))] = m.group(3)
    return pinned


def plain_forms(forms: Sequence[str]) -> tuple[str, ...]:
    """Every accepted form, pinned ones without their `case.number=` tag."""
    return tuple(m.group(3) if (m := _PIN.match(f)) else f for f in forms)


@dataclass(frozen=True)
class Phrase:
    """A term read as a noun phrase: which words agree with the head, and how."""

    words: tuple[str, ...]
    agree: tuple[int, ...]  # adjectives and heads, declined
    heads: tuple[int, ...]  # the head noun(s)
    gender: str
    animate: bool
    plural: bool  # the term itself is plural (`stranické výbory`)
    complement: tuple[int, ...] = ()  # the first genitive complement (may go plural)


def _core(word: str) -> tuple[str, str, str]:
    m = _CORE.match(word)
    return (m.group(1), m.group(2), m.group(3)) if m else ("", word, "")


def _abbreviation(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _adjectival(word: str) -> bool:
    core = _core(word)[1]
    if not core or _abbreviation(core) or any(c.isdigit() for c in core):
        return False
    last = core.split("-")[-1]
    return adjective_stem(last) is not None and is_adjective(last)


def _plural_head(word: str) -> str | None:
    """The singular lemma when `word` is a nominative plural only (`výbory` → `výbor`)."""
    lemma = known_lemma(word)
    if not lemma or lemma.lower() == word.lower():
        return None
    readings = analyse(word, (lemma,))
    if any(r.case == "nom" and r.number == "pl" for r in readings) and not any(
            r.case == "nom" and r.number == "sg" for r in readings):
        return lemma
    return None


def gender_of(term: str) -> str:
    """m, f or n of a term's head (for choosing the female alternative)."""
    return parse_phrase(term).gender


_POSSESSIVE = re.compile(r"^([A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ]\w+?)(ův|ova|ovo)$")
# possessive adjective endings (-ův, -ova, -ovo) by gender/animacy, 7 cases, sg then pl
_POSSESSIVE_ENDINGS = {
    ("m", True): ("ův ova ovu ova ův ově ovým", "ovi ových ovým ovy ovi ových ovými"),
    ("m", False): ("ův ova ovu ův ův ově ovým", "ovy ových ovým ovy ovy ových ovými"),
    ("f", False): ("ova ovy ově ovu ova ově ovou", "ovy ových ovým ovy ovy ových ovými"),
    ("n", False): ("ovo ova ovu ovo ovo ově ovým", "ova ových ovým ova ova ových ovými"),
}


def _possessive(word: str) -> bool:
    """`Minovo` in `Ho Či Minovo Město`: a possessive adjective made from a name."""
    return _POSSESSIVE.match(_core(word)[1]) is not None


def _decline_possessive(word: str, case: str, number: str, phrase: Phrase) -> str:
    m = _POSSESSIVE.match(word)
    if m is None:
        return word
    key = (phrase.gender, phrase.animate and phrase.gender == "m")
    row = _POSSESSIVE_ENDINGS.get(key, _POSSESSIVE_ENDINGS[("m", False)])
    return m.group(1) + row[NUMBERS.index(number)].split()[CASES.index(case)]


_ADVERB = re.compile(r"[a-zěščřžýáíéúů]{4,}(?:[^y]ně|sky|cky)")  # `sociálně`, `ekonomicky`


def _adjective_run(words: tuple[str, ...], i: int) -> int:
    """Index after the adjectives starting at `i` (`obchodní a průmyslová` is one run; the
    name before a possessive too: `Ho Či Minovo`); the last word is never taken, it is the
    head."""
    n = len(words)
    while i < n - 1:
        if _adjectival(words[i]) or _possessive(words[i]) or (
                words[i][:1].isupper() and any(_possessive(w) for w in words[i + 1:n - 1])):
            i += 1
        elif words[i] == "a" and i > 0 and i + 2 < n and _adjectival(words[i + 1]):
            i += 1
        elif _ADVERB.fullmatch(words[i]) and _adjectival(words[i + 1]):
            i += 1  # the adverb of the adjective after it: `centrálně spravované město`
        else:
            break
    return i


def parse_phrase(term: str, animate: bool | None = None) -> Phrase:
    """Read a Czech term in the nominative as adjectives + head (+ `a` + head) + complements."""
    words = tuple(term.split())
    n = len(words)
    head = _adjective_run(words, 0)
    adjectives = [k for k in range(head) if words[k] != "a"]
    agree = [*adjectives, head]
    heads = [head]
    j = head + 1
    if j + 1 < n and words[j] == "a" and not _core(words[head])[2]:
        k = _adjective_run(words, j + 1)
        agree += [m for m in range(j + 1, k + 1) if words[m] != "a"]
        heads.append(k)
        j = k + 1
    gender, plural = _head_gender(words, adjectives, head)
    comp = []
    k = j
    while k < n - 1 and is_adjective(_core(words[k])[1]) and not _core(words[k])[2]:
        comp.append(k)
        k += 1
    comp.append(k)
    if k >= n or any(words[c][:1].isupper() or _abbreviation(_core(words[c])[1])
                     for c in comp) or _core(words[k])[1] in _NEVER_PLURAL \
            or words[k] in ("a", "pro", "o", "proti", "pod", "mezi", "v", "na"):
        comp = []
    anim = animate
    if anim is None:
        anim = noun_class(_core(words[head])[1]).animate if gender == "m" else False
    return Phrase(words, tuple(agree), tuple(heads), gender, anim, plural, tuple(comp))



def head_word(term: str) -> str:
    """The word of a Czech term that is its (first) head, as written (`výbor` in `provinční
    výbor strany`): what a placement reads the translation's word and a title's kind by."""
    return term.split()[parse_phrase(term).heads[0]]


def _head_gender(words: tuple[str, ...], adjectives: list[int], head: int) -> tuple[str, bool]:
    core = _core(words[head])[1]
    plural = _plural_head(core) is not None
    for a in adjectives:
        last = _core(words[a])[1].split("-")[-1].lower()
        if last.endswith("á"):
            return "f", False
        if last.endswith("ý"):
            return "m", False
        if last.endswith("é"):
            cls = noun_class(_plural_head(core) or core)
            return (cls.gender, cls.gender != "n")
    if plural:
        return noun_class(_plural_head(core) or core).gender, True
    return noun_class(core).gender, False


def _decline_word(word: str, case: str, number: str, phrase: Phrase, is_head: bool) -> str:
    pre, core, post = _core(word)
    if len(core) <= 2 or _abbreviation(core) or any(c.isdigit() for c in core):
        return word  # `ÚV`, `EU`, `Ho Či …`: not declined (pin forms in the glossary)
    parts = core.split("-")
    if is_head:
        declined = [_noun(p, case, number, phrase) for p in parts]
    else:  # compound adjective `společensko-politické`: only the last part agrees
        parts[-1] = _adjective(parts[-1], case, number, phrase)
        declined = parts
    return pre + "-".join(declined) + post


def _adjective(word: str, case: str, number: str, phrase: Phrase) -> str:
    if _POSSESSIVE.match(word):
        return _decline_possessive(word, case, number, phrase)
    lemma = word
    low = word.lower()
    if adjective_stem(word) and (low.endswith(("á", "é"))):
        lemma = word[:-1] + "ý"  # the masculine lemma declines every gender
    if word[-1:] == "í" and phrase.plural and adjective_readings(word):
        lemma = word
    out = decline_adjective(lemma, case, number, phrase.gender, phrase.animate)
    return out


def _noun(word: str, case: str, number: str, phrase: Phrase) -> str:
    lemma = _plural_head(word) or word
    if lemma.lower() in ("vedoucí", "mluvčí"):
        return decline_adjective(lemma, case, number, "m", True)
    if not lemma[:1].isalpha():
        return word
    cls_gender = phrase.gender
    animate = phrase.animate if cls_gender == "m" else None
    forms = noun_forms(lemma, cls_gender, animate)
    out = forms[(case, number)]
    return out[:1].upper() + out[1:] if word[:1].isupper() else out


def _complement_plural(word: str) -> str:
    pre, core, post = _core(word)
    if not is_adjective(core):
        readings = [r for r in analyse(core) if r.case == "gen" and r.number == "sg"]
        if not readings:
            return word
        r = readings[0]
        out = noun_forms(r.lemma, r.gender, r.animate)[("gen", "pl")]
        return pre + (out[:1].upper() + out[1:] if core[:1].isupper() else out) + post
    low = core.lower()
    for old, new in (("ého", "ých"), ("ího", "ích"), ("é", "ých"), ("í", "ích")):
        if low.endswith(old):
            return pre + core[: -len(old)] + new + post
    return word


def _conjunct(phrase: Phrase, head: int) -> Phrase:
    """The second head of `obrana a bezpečnost` with its own gender."""
    adjectives = [k for k in phrase.agree if phrase.heads[0] < k < head]
    gender, plural = _head_gender(phrase.words, adjectives, head)
    animate = noun_class(_core(phrase.words[head])[1]).animate if gender == "m" else False
    return Phrase(phrase.words, phrase.agree, phrase.heads, gender, animate, plural)


def inflect(term: str, case: str, number: str, lang: str = "cs", *,
            plural_complement: bool = False, animate: bool | None = None,
            pinned: dict[Cell, str] | None = None) -> str:
    """The term in `case` and `number` (`nom`…`ins`, `sg`/`pl`); see the module docstring."""
    if case not in CASES or number not in NUMBERS:
        raise ValueError(f"unknown case/number {case}.{number}")
    if pinned and (case, number) in pinned and not plural_complement:
        return pinned[(case, number)]
    if lang == "en":
        return english_plural(term) if number == "pl" else term
    if lang != "cs" or not term.strip():
        return term
    phrase = parse_phrase(term, animate)
    if phrase.plural:
        number = "pl"  # a plural term has plural forms only: pinned as `dat.pl=…`
        if pinned and (case, number) in pinned and not plural_complement:
            return pinned[(case, number)]
    words = list(phrase.words)
    second = phrase.heads[1] if len(phrase.heads) > 1 else None
    for i in phrase.agree:
        own = phrase
        if second is not None and i > phrase.heads[0]:
            own = _conjunct(phrase, second)
        words[i] = _decline_word(words[i], case, number, own, i in phrase.heads)
    if plural_complement and number == "pl":
        for i in phrase.complement:
            words[i] = _complement_plural(words[i])
    return " ".join(words)


def term_forms(term: str, lang: str = "cs", animate: bool | None = None,
               pinned: dict[Cell, str] | None = None) -> dict[Cell, str]:
    """All 14 forms of a term (complement as written)."""
    return {(c, n): inflect(term, c, n, lang, animate=animate, pinned=pinned)
            for n in NUMBERS for c in CASES}


_EN_STOP = ("of", "for", "on", "in", "to", "at", "with", "from", "and", "(")
# heads that are plural already (`commune Police` of every commune: `commune Police`)
_EN_INVARIABLE = frozenset({"police", "staff", "personnel"})


def english_plural(term: str) -> str:
    """`Secretary of the Provincial Party Committee` → `Secretaries of …`; `deputy` →
    `deputies`; the head is the last word before the first preposition."""
    words = term.split()
    head = len(words) - 1
    for k, w in enumerate(words):
        if k and w.lower() in _EN_STOP:
            head = k - 1
            break
    w = words[head]
    low = w.lower()
    if low in _EN_INVARIABLE:
        pass
    elif low.endswith("man"):
        w = w[:-3] + ("MEN" if w.isupper() else "men")
    elif low.endswith("y") and len(low) > 1 and low[-2] not in "aeiou":
        w = w[:-1] + "ies"
    elif low.endswith(("s", "x", "z", "ch", "sh")):
        w = w + "es"
    elif not _abbreviation(w):
        w = w + "s"
    words[head] = w
    return " ".join(words)
