"""Which case a Czech noun phrase is in, from its own endings and the words around it.

The endings of the words a term replaces give a set of possible cells (`guvernéra`: genitive
or accusative singular); the adjectives before the head narrow it (`okresním tajemníkům` →
dative plural), and so do a governing preposition (`s`/`se` → instrumental, `k` → dative,
no preposition → never locative) and a pronoun, numeral or adjective just before the phrase
that agrees with it (`na tomto zasedání` → locative, `všem buňkám` → dative plural). What
remains is ordered by the word before the phrase: a verb by its valency
(`translate.draft.valency`), a noun → genitive (a quantity `počet`, `řada` → genitive
plural), a conjunction → the case of the first conjunct (`s ministrem a {náměstkem}`),
nothing → nominative; adverbs and auxiliaries in between are skipped (`poděkoval také
{předsedovi}`, `vyzpovídali jsme {předsedkyni}`). What the Vietnamese source says of the
phrase's role (`translate.draft.source`) goes first.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from translate.draft.casewords import ADDRESS as _ADDRESS
from translate.draft.casewords import ADVERBS as _ADVERBS
from translate.draft.casewords import CONJUNCTIONS as _CONJUNCTIONS
from translate.draft.casewords import COORDINATORS as _COORDINATORS
from translate.draft.casewords import DETERMINERS as _DETERMINERS
from translate.draft.casewords import FIVE_AND_MORE as _FIVE_AND_MORE
from translate.draft.casewords import PREPOSITIONS
from translate.draft.casewords import PRONOUNS as _PRONOUNS
from translate.draft.casewords import QUANTITY as _QUANTITY
from translate.draft.casewords import WITH_PHRASES as _WITH_PHRASES
from translate.draft.valency import AUXILIARIES, is_passive, verb_cases
from translate.terms.czech import adjective_readings, analyse, is_adjective
from translate.terms.czech_paradigms import CASES, Cell, Reading
from translate.terms.lemmas import lemma

__all__ = ["PREPOSITIONS", "governing_cases", "order_cells", "cells_of", "previous_words",
           "agreeing_cells", "verb_cases", "predicate_after", "feminine_predicate",
           "apposition", "woman_named"]

_WORD = re.compile(r"\w+")
_VOCALISED = re.compile(r"^(s|z|š|ž|vš|ps|mn|sp|st|sk|sl)", re.IGNORECASE)


def previous_words(text: str, start: int, count: int = 3) -> list[str]:
    """Up to `count` words before `start`, nearest first; stops at sentence punctuation."""
    before = _ORDINAL.sub(r"\1 ", text[:start])  # `na 11. {konferenci}`: not a sentence end
    cut = max(before.rfind(c) for c in ".!?;:\n")
    if cut >= 0:
        before = before[cut + 1:]
    words = [m.group() for m in _WORD.finditer(before)]
    return list(reversed(words[-count:]))


_ORDINAL = re.compile(r"(\d)\.(?= +[a-zěščřžýáíéúůďťň]| *$)")


def _after_comma(text: str, start: int) -> bool:
    return text[:start].rstrip().endswith(",")


def governing_cases(text: str, start: int) -> tuple[tuple[str, ...] | None, str | None]:
    """(cases a preposition allows, the word that decides the order) for a phrase at `start`.

    Determiners and adjectives between the preposition and the phrase are skipped
    (`se všemi buňkami`); `se`/`si` before a word that would not take the vocalised `se`
    are the reflexive pronoun (`zúčastnil se sjezdu` is, `účastnil se konference` is not).
    """
    words = previous_words(text, start, 5)
    for k, word in enumerate(words):
        low = word.lower()
        after = words[k - 1] if k else text[start:]  # the word `se` stands before
        fixed = k + 1 < len(words) and words[k + 1].lower() in _WITH_PHRASES
        if low == "si" or (low == "se" and _VOCALISED.match(after) is None and not fixed):
            continue
        if low in PREPOSITIONS:
            return PREPOSITIONS[low], low
        if low in _CONJUNCTIONS:  # `o který se {X} zajímá`: a new clause
            return None, word
        if k < 2 and (low in _DETERMINERS or low in _PRONOUNS or low.isdigit()
                      or (is_adjective(low) and not is_passive(low))) \
                or low in _ADVERBS or low in AUXILIARIES:
            continue
        return None, word
    return None, None


# a number right after the word `rok` is the year it names, not a count (`v roce 2025 {příjmy}`)
_YEAR = re.compile(r"(?<!\w)(?:rok|roku|roce|rokem)\s+$", re.IGNORECASE)


def agreeing_cells(text: str, start: int) -> set[Cell] | None:
    """Cells allowed by the pronouns, numerals and adjectives right before `start` (`na tomto
    {zasedání}`, `všem {buňkám}`, `50 {členů}`); None when there are none."""
    cells: set[Cell] | None = None
    before = text[:start]
    for m in reversed(list(_WORD.finditer(before))):
        if before[m.end():start].strip(" "):
            break
        low = m.group().lower()
        if low.isdigit():  # `50 {členů}`, but `20 {členům}`: the numeral takes the case
            own = {("gen", "pl"), ("dat", "pl"), ("loc", "pl"), ("ins", "pl")} \
                if int(low) >= 5 and not _YEAR.search(before[:m.start()]) else None
        elif low in _PRONOUNS:
            own = set(_PRONOUNS[low])
        elif is_adjective(low) and low not in PREPOSITIONS and not is_passive(low):
            own = adjective_cells(low, None)
        else:
            break
        if own:
            cells = own if cells is None else (cells & own) or cells
        start = m.start()
    return cells


def cells_of(readings: Iterable[Reading]) -> set[Cell]:
    return {(r.case, r.number) for r in readings}


def adjective_cells(word: str, gender: str | None) -> set[Cell]:
    return {(r.case, r.number) for r in adjective_readings(word)
            if gender is None or r.gender == gender}


# the phrase alone before a comma at the start of a sentence or a quotation, an imperative
# right after (`„{Kolegyně}, vysvětlete …“`): the person spoken to
_CALLED_BEFORE = re.compile(r"(?:^|[.!?]\s+|[„“\"»«]\s*)$")
_CALLED_AFTER = re.compile(r",\s+\w+(?:ete|ěte|jte|te)\b")


def _called(text: str, start: int, end: int) -> bool:
    return bool(_CALLED_BEFORE.search(text[:start])) and bool(_CALLED_AFTER.match(text, end))


# a time adverbial between a verb and its object (`navštíví příští měsíc {X}`, `v roce 2027`):
# the phrase's case is what precedes the adverbial, not the adverbial's noun
_TIME_BEFORE = re.compile(
    r"(?<!\w)(?:(?:v|ve)\s+roce\s+\d{4}|(?:příští|minulý|tento|letošní|celý)\s+"
    r"(?:týden|měsíc|rok)|(?:v|ve)\s+(?:lednu|únoru|březnu|dubnu|květnu|červnu|červenci|"
    r"srpnu|září|říjnu|listopadu|prosinci)(?:\s+\d{4})?)\s+$", re.IGNORECASE)
# an ordinal written as a number (`XIV.`, `8.`): it takes the noun's case, not its own
_ORDINAL_BEFORE = re.compile(r"(?<![\w.])(?:[IVXLC]+|\d{1,3})\.\s+$")


def order_cells(cells: set[Cell], text: str, start: int, end: int,
                plural: bool = False, role: str = "") -> list[Cell]:
    """The possible cells of a phrase at text[start:end], most likely first; singular before
    plural in the same case unless the source marks the phrase `plural`. The `role` the
    source gives the phrase (`translate.draft.source`) goes before the Czech word order:
    the owner → genitive, the recipient → dative, the doer → nominative (instrumental in a
    passive clause), the subject → the same where the Czech has a verb or nothing before."""
    named = apposition(text, start)
    if named is not None:  # `s paní Lê Thị Hồng, {místopředsedkyní}`: the name's case
        return order_cells(cells, text, named, end, plural, "")
    timed = _TIME_BEFORE.search(text[:start])
    if timed is not None:  # `přilákat v roce 2027 {PZI}`: the case of what precedes the time
        return order_cells(cells, text, timed.start(), end, plural, role)
    ordinal = _ORDINAL_BEFORE.search(text[:start])
    if ordinal is not None and text[start:start + 1].islower():  # `na XIV. {sjezdu}`: an
        return order_cells(cells, text, ordinal.start(), end, plural, role)  # ordinal agrees
    allowed, word = governing_cases(text, start)
    words = previous_words(text, start, 5)
    conjunct = _first_conjunct(text, start) if word and word.lower() in _COORDINATORS \
        and allowed is None else None
    if conjunct is not None:
        allowed, order_of = conjunct
    else:
        order_of = None
    called = _called(text, start, end)
    address = (bool(words) and bool(_ADDRESS.match(words[0]))) or role == "voc" or called
    numeral = _numeral_before(text, start)  # `pro 6 dalších {zón}`: a numeral from five on
    counted = ("gen",) if numeral and allowed and {"nom", "acc"} & set(allowed) else ()
    pool = {c for c in cells if allowed is None or c[0] in (*allowed, *counted)}
    if allowed is None:
        pool = {c for c in pool if c[0] != "loc"} or pool
    if not address:
        pool = {c for c in pool if c[0] != "voc"} or pool
    pool = pool or set(cells)
    agree = agreeing_cells(text, start)
    if agree:
        pool = (pool & agree) or pool
    verb = None
    if word:
        at = words.index(word) if word in words else len(words)
        verb = verb_cases(word, words[at + 1] if at + 1 < len(words) else "")
    quantity = bool(word) and verb is None and lemma(word.lower(), "cs") in _QUANTITY
    if address:
        order = ["voc", "nom"]
    elif order_of is not None:
        order = list(order_of)
    elif allowed is not None:
        order = list(allowed)
    elif quantity:  # `počet {členů}`, `řada {tajemníků}`
        order, plural = ["gen", "acc", "nom", "dat", "ins"], True
    elif word is None or word.lower() in _CONJUNCTIONS or _after_comma(text, start):
        order = ["nom", "acc", "gen", "dat", "ins"]
    elif verb is not None:
        order = list(verb)
    elif _second_object(text, start):  # `darovaly květiny {prezidentce}`: verb, object, recipient
        order = ["dat", "gen", "acc", "ins", "nom"]
    elif word[:1].isupper() and words[1:] \
            and not text.lstrip().startswith(word):  # a name before the phrase, not the
        # sentence's first word (`Zástupce české {ambasády}`: genitive)
        order = ["nom", "gen", "acc", "dat", "ins"]
    else:
        order = ["gen", "acc", "dat", "ins", "nom"]
    if numeral:  # `zvolil 50 {členů}`: nominative/accusative → genitive
        order = [("gen" if c in ("nom", "acc") else c) for c in order]
        order = list(dict.fromkeys(order))
    order += [c for c in CASES if c not in order]
    first = _subject_after_verb(word, words) if verb is not None and allowed is None \
        and role != "object" else None
    wanted = _role_cases(role, text, start, word, verb)
    if allowed is not None and wanted and wanted[0] not in allowed[:1] \
            and not (role == "dat" and wanted == ("acc",)):
        wanted = ()  # `ve spolupráci s {X}` for `với sự phối hợp của X`: the Czech decides
    if numeral:
        wanted = tuple(dict.fromkeys("gen" if c in ("nom", "acc") else c for c in wanted))
    if called:  # the Czech says who is spoken to, whatever the source's word order says
        wanted = ("voc",)
    number = "pl" if plural else "sg"
    ordered = sorted(pool, key=lambda c: (c[0] not in wanted, role == "object" and c[0] == "nom",
                                          c != first, order.index(c[0]), c[1] != number))
    if ordered and ordered[0][0] == "nom" and first is None:
        agreed = predicate_after(text, end)
        if agreed and ("nom", agreed[0]) in pool:  # `{Bí thư Tỉnh ủy} se sešli`: plural
            ordered.remove(("nom", agreed[0]))
            ordered.insert(0, ("nom", agreed[0]))
    return ordered


_TITLES = ("pan", "pana", "panu", "panem", "panovi", "paní", "pane")


def apposition(text: str, start: int) -> int | None:
    """Where the name a phrase after a comma stands in apposition to begins (`se s paní Lê
    Thị Hồng, {X}` → at `paní`, also past adjectives of the phrase: `o Lò Thị Hà, nejmladší
    {X}`); None when the comma follows no name."""
    before = text[:start].rstrip()
    for _ in range(2):
        last = re.search(r"(\w+)$", before)
        if last is None or not last.group(1)[:1].islower() or not is_adjective(last.group(1)):
            break
        before = before[:last.start()].rstrip()
    if not before.endswith(","):
        return None
    names = list(_WORD.finditer(before[:-1]))
    k = len(names)
    while k > 0 and names[k - 1].group()[:1].isupper() and k > len(names) - 5:
        k -= 1
    if k == len(names) or k == 0 and not names:
        return None
    if k > 0 and names[k - 1].group().lower() in _TITLES:
        k -= 1
    if k == 0 or before[:names[k].start()].rstrip()[-1:] in ".!?":
        return None  # the name opens the sentence: the phrase is in its nominative anyway
    return names[k].start()


def woman_named(text: str, start: int, end: int) -> bool:
    """`paní` right before the phrase or the name it is in apposition to, a Czech woman's surname
    after it (`velvyslanci Janě {Novákové}`) or a Vietnamese woman's name (`Nguyễn Thị …`)."""
    named = apposition(text, start)
    if named is not None and text[named:named + 4].lower() == "paní" \
            or re.search(r"(?<!\w)paní\s+$", text[:start], re.IGNORECASE):
        return True  # … or right before it: `Vážená paní {delegátko}`
    lead = previous_words(text, named, 1) if named is not None else []
    if named is not None and re.match(r"[A-ZĐ]\w*\s+Th[ịi]\s+[A-ZĐ]", text[named:start]) \
            and (not lead or lead[0].lower() in PREPOSITIONS):
        return True  # the name it is in apposition to is a woman's: `s Le Thi Thu, {X}`
        # (not a list's next title after a titled name: `ministryně X Thi Y, {předseda} …`)
    after = _WORD.findall(re.split(r"[,;:!?„“]", text[end:end + 40])[0])[:3]  # `, Hmongové`
    if len(after) >= 2 and after[0][:1].isupper() and after[1] == "Thị":
        return True  # a Vietnamese woman's middle name: `Nguyễn Thị Hạnh`
    return any(w[:1].isupper() and w.lower().endswith(("ová", "ové", "ovou"))
               and not _name_adjective(w, after[k + 1:k + 2]) for k, w in enumerate(after))


def _name_adjective(word: str, rest: list[str]) -> bool:
    """`velvyslance {Spolkové} republiky`, `ředitele {Světové} banky`: a capitalised -ový
    adjective opening a body's or a country's name (a lower-case noun follows), not a woman's
    surname (`Novákové` has no -ový lemma; `Nové` alone, with no noun after it, stays one)."""
    return bool(rest) and rest[0][:1].islower() and lemma(word.lower(), "cs").endswith("ový") \
        and lemma(word.lower(), "cs") != "nový"


_SKIP_AFTER = ("se", "si", "už", "již", "také", "rovněž", "dnes", "včera", "pak", "totiž",
               "proto", "tak", "zase", "ale", "však", "ovšem")


def predicate_after(text: str, end: int) -> tuple[str, str] | None:
    """(number, gender) of the past-tense verb that follows a subject (`… {X} se sešli` →
    plural, masculine; `{X} Nguyễn Thị Lan promluvila` → singular, feminine); names and
    particles in between are skipped. None when no such verb follows."""
    rest = text[end:]
    cut = min((rest.find(c) for c in ".!?;:" if c in rest), default=len(rest))
    for m in _WORD.finditer(rest[:cut]):
        word = m.group()
        low = word.lower()
        if word[:1].isupper() or low in _SKIP_AFTER:
            continue
        if lemma(low, "cs") == low or not low.endswith(("l", "la", "lo", "li", "ly")):
            return None
        return _L_FORMS[next(k for k in ("li", "ly", "la", "lo", "l") if low.endswith(k))]
    return None


_L_FORMS = {"li": ("pl", "m"), "ly": ("pl", "f"), "la": ("sg", "f"), "lo": ("sg", "n"),
            "l": ("sg", "m")}


def feminine_predicate(text: str, start: int) -> bool:
    """A feminine verb or participle the phrase is the predicate of (`byla zvolena
    {předsedkyní}`, `se stala {členkou}`)."""
    for word in previous_words(text, start, 3):
        low = word.lower()
        if low in ("byla", "byly", "stala", "staly") or (
                is_passive(low) and low.endswith(("na", "ta", "ny", "ty"))):
            return True
        if low in PREPOSITIONS or low in _CONJUNCTIONS:
            return False
    return False


def _numeral_before(text: str, start: int) -> bool:
    words = previous_words(text, start, 3)
    for word in words:
        low = word.lower()
        if low.isdigit():  # not `11. {zasedání}`, not `v roce 2025 {příjmy}`
            at = text[:start].rfind(low)
            return int(low) >= 5 and re.search(rf"(?<!\d){low}\.", text[:start]) is None \
                and not _YEAR.search(text[:at])
        if low in _FIVE_AND_MORE:
            return True
        if not (is_adjective(low) or low in _DETERMINERS):
            return False
    return False


def _first_conjunct(text: str, start: int) -> tuple[tuple[str, ...] | None,
                                                    tuple[str, ...]] | None:
    """(cases, order) of the phrase before `a`: its preposition or its verb (`jednal s
    předsedou výboru a {X}`, `poděkoval ministrovi a {X}`)."""
    words = previous_words(text, start, 9)
    for k in range(1, len(words)):
        low = words[k].lower()
        if low in PREPOSITIONS:
            return PREPOSITIONS[low], PREPOSITIONS[low]
        cases = verb_cases(words[k], words[k + 1] if k + 1 < len(words) else "")
        if cases is not None:
            # `zúčastnili se i {X}`: `i` right after the verb is `also`, not `and`
            return None if k == 1 or (k == 2 and words[1].lower() in ("se", "si")) \
                else (None, cases)
    return None


def _second_object(text: str, start: int) -> bool:
    """A verb that takes a recipient (dative), after its subject, and its object right
    before the phrase (`Děti darovaly květiny {prezidentce}`; not `Odpověděl zástupce
    {úřadu}`, where the noun after the clause-opening verb is its subject)."""
    words = [w for w in previous_words(text, start, 7)]
    while words and (words[0].isdigit() or words[0].lower() in _DETERMINERS):
        words = words[1:]  # `udělila čestná uznání 20 {členům}`
    if len(words) < 2 or words[0][:1].isupper() or words[0].lower() in _CONJUNCTIONS \
            or words[0].lower() in PREPOSITIONS:
        return False
    for k in (1, 2):
        if k >= len(words) or words[k].lower() in _CONJUNCTIONS \
                or words[k].lower() in PREPOSITIONS:
            return False
        cases = verb_cases(words[k], words[k + 1] if k + 1 < len(words) else "")
        if cases is None:
            continue
        if cases[0] != "dat" or (k + 1 < len(words) and words[k + 1].lower() in _CONJUNCTIONS):
            return False
        # a subject before the verb (`Děti darovaly`), or none and no nominative after it
        # (`O případu podal zprávu {X}`; not `Na interpelace odpověděl guvernér {X}`)
        no_subject = k + 1 >= len(words) or words[k + 1].lower() in PREPOSITIONS or (
            k + 2 < len(words) and words[k + 2].lower() in PREPOSITIONS)
        return not no_subject or not _agrees_as_subject(words[0], words[k])
    return False


def _agrees_as_subject(noun: str, verb: str) -> bool:
    """A person in the nominative, in the verb's number (`odpověděl guvernér`, `odpověděla
    mluvčí`)."""
    if noun.lower() in ("mluvčí", "vedoucí", "radní", "představitelé", "zástupci"):
        return True
    number = "pl" if verb.lower().endswith(("li", "ly")) else "sg"
    return any(r.case == "nom" and r.number == number
               and (r.animate or r.lemma.lower().endswith(("kyně", "ice", "ka")))
               for r in analyse(noun))


def _role_cases(role: str, text: str, start: int, word: str | None,
                verb: tuple[str, ...] | None) -> tuple[str, ...]:
    if role == "dat" and word and word.lower() in ("na", "v", "ve"):
        return ("acc",)  # `podali žádost na {úřad}`: where to, not where
    if role == "ins":  # `với`: the partner, where the Czech has `s`/`se` (even reflexive-looking),
        near = previous_words(text, start, 2)  # also across a count (`se 14 {družstvy}`)
        near = near[1:] if near and near[0].isdigit() else near[:1]
        return ("ins",) if near and near[0].lower() in ("s", "se") else ()
    if role in ("gen", "dat", "voc"):
        return (role,)
    if role == "as":  # `zvolen {předsedou}`, `zvolilo ho za {předsedu}`, not `do funkce {X}`
        if word and word.lower() == "za":
            return ("acc",)
        return ("ins",) if verb is not None or not word or word[:1].isupper() else ()
    if role == "patient" and (word is None or verb is not None):
        return ("nom",)
    if role == "agent" or (role == "subject" and (word is None or verb is not None)):
        return ("ins",) if passive_clause(text, start) else ("nom",)
    return ()


def passive_clause(text: str, start: int) -> bool:
    """A passive participle earlier in the clause (`byl schválen`, `zasláno`)."""
    words = previous_words(text, start, 6)
    for k, word in enumerate(words):
        if word.lower() in _CONJUNCTIONS:
            break
        if is_passive(word, words[k + 1] if k + 1 < len(words) else ""):
            return True
    return False


def _subject_after_verb(word: str, words: list[str]) -> Cell | None:
    """A past-tense verb opening the clause is followed by its subject: `Promluvila
    {tajemnice}` → nominative singular, `Sešli se {provinční tajemníci}` → plural. Not the
    second of two verbs after words of the clause (`Sněm usnesením změnil a doplnil {X}`:
    the subject came first, the phrase is their object)."""
    rest = words[words.index(word) + 1:] if word in words else []
    if rest and rest[0].lower() not in _CONJUNCTIONS:
        return None
    if len(rest) >= 3 and verb_cases(rest[1], rest[2]) is not None:
        return None
    low = word.lower()
    if low.endswith(("li", "ly")):
        return ("nom", "pl")
    if low.endswith(("l", "la", "lo")):
        return ("nom", "sg")
    return None
