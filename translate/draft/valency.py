"""Czech verbs and the case of the noun phrase after them, in this domain.

Verbs are told from nouns by simplemma's lemma (`předala` → `předat`), not by the ending
alone (`zasedání`, `písemnost`). A verb's valency orders the cases of what follows it:
`poděkovat`, `předložit`, `udělit` → the recipient, dative; `stát se`, `být` → instrumental;
`účastnit se`, `týkat se` → genitive; `jmenovat`, `zvolit` → the person (accusative), then
the office (instrumental); `zabývat se`, `disponovat` and `řídit se` (guided by, not
`řídit` something) → instrumental; other verbs → the object, accusative. After a passive participle
the phrase is the recipient where the verb has one (`byl předložen {výboru}`), the office of
a naming verb (`byl jmenován {náměstkem}`), and otherwise the doer (`byl schválen
{výborem}`, instrumental). A predicative `přítomen` is followed by its subject.
"""

from __future__ import annotations

import re

from translate.terms.czech import known_lemma
from translate.terms.lemmas import lemma

__all__ = ["verb_cases", "is_passive", "recipient_of", "TRANSITIVE", "PASSIVE", "RECIPIENT",
           "DATIVE_VERBS", "AUXILIARIES"]

DATIVE_VERBS = frozenset((
    "poděkovat", "děkovat", "předat", "předávat", "předložit", "předkládat", "svěřit",
    "svěřovat", "uložit", "zaslat", "poslat", "posílat", "adresovat", "doporučit",
    "doporučovat", "blahopřát", "gratulovat", "pogratulovat", "pomoci", "pomáhat", "sdělit",
    "oznámit", "udělit", "věnovat", "nařídit", "umožnit", "patřit", "náležet", "podléhat",
    "poskytnout", "přidělit", "odpovědět", "poradit", "radit", "vyhovět", "důvěřovat", "věřit",
    "podřídit", "předepsat", "připomenout", "vytknout", "darovat", "dát", "dávat", "nabídnout",
    "nabízet", "slíbit", "vrátit", "vysvětlit", "telefonovat", "přát", "podat", "podávat",
    "povolit", "vyčítat", "hlásit", "ohlásit", "odevzdat", "vyplatit", "převést", "postoupit",
    "vyjádřit", "projevit", "vzdát", "čelit", "velet", "předsedat", "doručit", "rozeslat",
    "ukládat", "nařizovat", "sdělovat", "oznamovat", "udělovat", "přidělovat", "poskytovat",
    "vyslovit", "tlumočit", "přiznat", "zasílat", "adresovat", "předestřít", "přednést",
    "navrhnout", "navrhovat",
))
_NAMING = frozenset(("jmenovat", "zvolit", "volit", "ustanovit", "ustavit", "pověřit",
                     "zvolen", "jmenován"))
_VALENCY: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(DATIVE_VERBS, ("dat", "acc", "ins", "nom", "gen")),
    **dict.fromkeys(("stát", "stávat", "být", "zůstat", "zůstávat"),
                    ("ins", "nom", "acc", "dat", "gen")),
    **dict.fromkeys(_NAMING, ("acc", "ins", "nom", "dat", "gen")),
    **dict.fromkeys(("účastnit", "zúčastnit", "týkat", "dotýkat", "dosáhnout", "dosahovat",
                     "vážit", "všímat", "obávat", "zastat", "zeptat", "ptát", "využít"),
                    ("gen", "acc", "dat", "ins", "nom")),
}
# verbs whose object is in the instrumental (`zabývat se {usneseními}`); `řídit` only as `se
# řídit` (`se řídí {směrnicemi}`: follows them; `řídí {podnik}` manages it)
_INSTRUMENTAL = frozenset(("zabývat", "zaobírat", "disponovat", "oplývat", "pohrdat"))
_REFLEXIVE_INSTRUMENTAL = frozenset(("řídit",))
_BY = ("ins", "acc", "nom", "dat", "gen")
TRANSITIVE = ("acc", "dat", "ins", "nom", "gen")
PASSIVE = ("ins", "dat", "gen", "nom", "acc")  # the doer: `schválen {výborem}`
RECIPIENT = ("dat", "ins", "gen", "nom", "acc")  # `předložen {výboru}`
_OFFICE = ("ins", "nom", "acc", "dat", "gen")  # `jmenován {náměstkem}`
_SUBJECT = ("nom", "gen", "acc", "dat", "ins")  # `byl přítomen {předseda}`
_PREDICATIVE = ("přítomen", "přítomna", "přítomno", "přítomni", "přítomny", "nepřítomen")
AUXILIARIES = ("jsem", "jsi", "jsme", "jste", "bych", "bys", "by", "bychom", "byste")
_VERB_FORM = re.compile(r"(l|la|lo|li|ly|t|ti|ci|e|í|á|é|ou|ují|uje|ejí|ají|eme|íme|áme)$")
_PARTICIPLE = re.compile(r"(en|na|no|ni|ny|án|ána|áno|áni|ány|ut|uta|uto|uti|uty|it|ita|ito"
                         r"|at|ata|ato|ati|aty|ený|ená|ené|ení|aný|aná|ané|aní)$")  # not `desáté`
_PARTICIPLE_ENDING = re.compile(r"(ený|ená|ené|ení|aný|aná|ané|aní|en|ena|eno|eni|eny|án|ána|"
                                r"áno|áni|ány|n|na|no|ni|ny|t|ta|to|ti|ty)$")
_INFINITIVE = re.compile(r"(ovat|nout|at|it|ít|ět|át|ét|ýt|out|ci|ct)$")  # not `počet`
# past tense forms simplemma may not know (`přizval`, `svolala`)
_PAST = re.compile(r"(al|il|ěl|ul|yl|ala|ila|ěla|ula|yla|alo|ilo|ělo|ali|ili|ěli|uli|yli|aly|"
                   r"ily|ěly|uly|yly)$")
_BE = ("byl", "byla", "bylo", "byli", "byly", "je", "jsou", "bude", "budou", "být")


def is_passive(word: str, before: str = "") -> bool:
    """A passive participle (`schválen`, `zaslány` after `byly`)."""
    low = word.lower()
    if not _PARTICIPLE.search(low) or low in _PREDICATIVE:
        return False
    lem = lemma(low, "cs")
    return (lem.endswith(("ný", "tý")) and lem != low) or before.lower() in _BE \
        or (_is_verb(low, lem) and low.endswith(("en", "án", "ut")))


def _is_verb(low: str, lem: str) -> bool:
    if lem == low and len(low) >= 5 and _PAST.search(low) and known_lemma(low) is None:
        return True
    return lem.endswith(("t", "ti", "ci", "ct")) and not lem.endswith("ost") and (
        (lem != low and _VERB_FORM.search(low) is not None)
        or (lem == low and _INFINITIVE.search(low) is not None))


def _passive_order(low: str) -> tuple[str, ...]:
    """A participle's verb by its stem (`předložen` ~ `předložit`, `jmenován` ~ `jmenovat`)."""
    stem = _PARTICIPLE_ENDING.sub("", low)
    if len(stem) >= 4:
        if any(v.startswith(stem) for v in _NAMING):
            return _OFFICE
        if any(v.startswith(stem) for v in (*DATIVE_VERBS, "určit")):  # `byl určen {komu}`
            return RECIPIENT
    return PASSIVE


def verb_cases(word: str, before: str = "") -> tuple[str, ...] | None:
    """The order of cases after `word` when it is a verb form, else None. `before` is the
    word before it: a participle after `byl` is passive even when simplemma does not know
    it."""
    low = word.lower()
    if low in _PREDICATIVE:
        return _SUBJECT
    if is_passive(low, before):
        return _passive_order(low)
    lem = lemma(low, "cs")
    if lem == low and low.endswith(("ly", "li")) and len(low) >= 5:
        # a past plural simplemma does not list (`navrhly`): the feminine singular's verb
        single = low[:-1] + "a"
        if (other := lemma(single, "cs")) != single and _is_verb(single, other):
            low, lem = single, other
    if not _is_verb(low, lem):
        return None
    if lem in _INSTRUMENTAL or lem in _REFLEXIVE_INSTRUMENTAL and before.lower() == "se":
        return _BY
    return _VALENCY.get(lem, TRANSITIVE)


_WORD_AT = re.compile(r"\w+")


def recipient_of(text: str, start: int, end: int) -> bool:
    """`navrhli {X} upravit`, `doporučil {X} prověřit`: the phrase at text[start:end] stands
    between a verb that takes a recipient in the dative and an infinitive, so it is that
    recipient, whatever case its own endings show (`navrhnout někoho` names a candidate, and
    then no infinitive follows)."""
    before = _WORD_AT.findall(text[:start])
    after = _WORD_AT.match(text[end:].lstrip())
    if not before or after is None or text[end:end + 1] != " ":
        return False
    cases = verb_cases(before[-1], before[-2] if len(before) > 1 else "")
    word = after.group().lower()
    return cases is not None and cases[0] == "dat" and cases != RECIPIENT \
        and _INFINITIVE.search(word) is not None and lemma(word, "cs") == word

