"""Word forms inside a composed title's rendering (split from `titles.py`, which composes the
parts): the English article before a state's name, where a holder or a mission serves (`pro` +
accusative, `v` + locative, `u` + genitive), and roles named in the plural in a list
(`các Phó Chủ tịch`: místopředsedové / Vice Chairmen)."""

from __future__ import annotations

import re
import unicodedata

from translate.terms.inflect import inflect

__all__ = ["english_country", "serving", "plural_role"]

# English names of states that take the article (`the Czech Republic`, `the Philippines`)
_EN_ARTICLE = re.compile(r"\b(?:Republic|Kingdom|States|Union|Emirates|Federation|Islands|Region)\b"
                         r"|^(?:Netherlands|Philippines|Bahamas|Gambia|Maldives)$")
_EN_IRREGULAR = {"man": "men", "woman": "women", "Chief": "Chiefs", "Staff": "Staff"}


def english_country(name: str) -> str:
    """`Czech Republic` → `the Czech Republic`; `China`, `South Korea` stay as they are."""
    return f"the {name}" if _EN_ARTICLE.search(name) and not name.startswith("the ") else name


def serving(cs: str, en: str, concept: str, at_cs: str, at_cs_gen: str, at_en: str,
            en_at: str | None, resident: bool) -> tuple[str, str]:
    """A title or mission followed by where it serves: a country (`pro Čínu` / `in China`, `pro
    Českou republiku` / `to the Czech Republic`: `pro` takes the accusative; English `in` or the
    role's own word), an organisation (`u Organizace spojených národů` / `to the United
    Nations`), or, for a body based abroad (`resident`), where it is (`v České republice`)."""
    if concept.startswith(("intl.", "country.org.")):
        return f"{cs} u {at_cs_gen}", f"{en} " + ("to the " if " " in at_en else "to ") + at_en
    if resident:
        where = at_cs if _undeclined(concept, at_cs, at_en) else inflect(at_cs, "loc", "sg")
        return f"{cs} {_in(where)} {where}", f"{en} in {english_country(at_en)}"
    return (f"{cs} pro {inflect(at_cs, 'acc', 'sg')}",
            f"{en} {en_at or 'in'} {english_country(at_en)}")


def _undeclined(concept: str, cs: str, en: str) -> bool:
    """A Vietnamese place without a Czech exonym keeps its name (`v Cần Thơ`, `v Hue`); an
    exonym declines (`v Hanoji`)."""
    return concept.startswith("place") and ".intl." not in concept and (cs == en or any(
        mark in _VIETNAMESE_MARKS for mark in unicodedata.normalize("NFD", cs.lower())))


# combining marks Czech never writes (grave, hook, tilde, dot below, circumflex, breve, horn)
_VIETNAMESE_MARKS = frozenset("\u0300\u0309\u0303\u0323\u0302\u0306\u031b")


def _in(word: str) -> str:
    """Czech `v`, vocalised before v/f and s/z + consonant (`ve Vietnamu`, `ve Španělsku`)."""
    first, second = word[:1].lower(), word[1:2].lower()
    return "ve" if first in "vf" or first in "sšzž" and second not in "aeiouyáéíóúůýě" else "v"


def plural_role(cs: str, en: str) -> tuple[str, str]:
    """A role in the plural (`các Phó Chủ tịch` in `Chủ tịch, các Phó Chủ tịch và Ủy viên …`):
    the Czech nominative plural of the role's words, the English plural of its head noun (the
    last word before `of`, if any)."""
    head, sep, rest = en.partition(" of ")
    words = head.split(" ")
    last = words[-1]
    if last in _EN_IRREGULAR:
        last = _EN_IRREGULAR[last]
    elif last.endswith("man"):
        last = last[:-3] + "men"
    elif last.endswith("y") and last[-2:-1] not in "aeiou":
        last = last[:-1] + "ies"
    elif last.endswith(("s", "sh", "ch", "x")):
        last += "es"
    else:
        last += "s"
    return inflect(cs, "nom", "pl"), " ".join([*words[:-1], last]) + sep + rest
