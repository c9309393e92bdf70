"""Renderings `check --fix` leaves alone although the term is not there word for word.

A placement that only completes the translator's words is not always a repair. The term's
owner may be named already: as a participant (`Vláda vydá nové nařízení`: the decree is the
government's, `nařízení vlády` would say it twice), or as another owner right after the
words (`celostátní sjezd {Vietnamského svazu žen}` is not the party's congress). A minister's
title names the ministry's field without the ministry (`ministr průmyslu a obchodu`, not
`ministr Ministerstva průmyslu a obchodu`). A word derived from a place name is not the
place (`Vietnamců`, people, is not `Vietnamu`). And a level word's head alone, the genitive
of another term's body right before it (`lidový výbor {čtvrti}`, `stranického výboru
{obvodu}`), names the level as Czech names it there: `městské čtvrti` adds nothing (issue 12aj).
The level may also be said by its own adjective on the body before the words the source's
position points to (`Provinční svaz {žen} Khánh Hòa` for `Hội Liên hiệp Phụ nữ tỉnh Khánh
Hòa`): those words render the body's field, not the level (issue 12ar). The words a
placement would add may also come a little later in another form, the term split around the
translator's own words (`ředitele jednoho z {odborů}`, issue 12av). An adjective of the
translator's inside the term's words (`ředitel {provinčního} odboru`) narrows the term, which
is there: a placement that would only drop it is needless (issue 12ax).

Two answers `fix` asks before placing (issue 12av): `world_issued`, the document types an
international organisation issued (a UN resolution keeps the translator's `rezoluce`), and
`short_form`, another term's one-word short form, whose word in the text is the longer term's
to complete, not a place that term has taken (`Fronta` for `Mặt trận Tổ quốc`). And where the
source names a concept by a longer variant holding another concept (`Ban Chấp hành Đảng bộ
tỉnh`), a word-for-word rendering of it stays (`výbor provinční stranické organizace`,
`literal_variant`, issue 12bj). A placement that changes a title's first word keeps the
translator's level adjective inside the title where the source says the level (`level_kept`,
issue 12bl).

Right items completed no more (issue 12cs; sets 52 and 54): a head after a possessive pronoun
whose owner the sentence names (`Základní organizace strany …; její {předseda}`), an inner
adjective made from a name the source gives after the term (`chudým {bahnarským} domácnostem`
for `hộ nghèo người Bahnar`), a head with a counted owner (`se {správami} pěti městysů`) or its
own years (`na {období} 2025–2027`) after it, and a second mention whose added words the
sentence said earlier (`Předseda provinčního lidového výboru … se členy {výboru}`).
A first mention shortened where the source names the term twice and the sentence says it whole
later is kept too (issue 12cu).
An inner level adjective is kept where the term's own words say the level (a department `Sở`
is a province's or a city's: `ředitel {provinčního} odboru`) and `místní` where the source names
a village after the term (`Chi bộ thôn`; issue 12cw).
"""

from __future__ import annotations

import re
from dataclasses import replace

from translate.draft.align import FUNCTION, genitive
from translate.draft.place import Placement
from translate.draft.slot import VI_FUNCTION
from translate.terms.czech import is_adjective
from translate.terms.equivalents import word_equivalents
from translate.terms.lemmas import find_term, same_word
from translate.terms.matcher import TermMatch
from translate.terms.model import Glossary
from translate.text.normalize import strip_marks

__all__ = ["level_of_body", "level_kept", "level_opening", "level_said", "literal_variant",
           "needless", "nested_terms", "short_form", "world_issued"]

_WORD = re.compile(r"\w+")
# complements that name the owner of what the term's head names
_OWNERS = ("strany", "vlády", "státu")
# what follows a place name's stem in a word derived from it: `Vietnam|ců`, `Vietnam|ský`
_DERIVED = ("c", "č", "k", "sk", "št", "šť")
# where a phrase ends: the words a check looks at around a placement stay inside one
_PHRASE_END = re.compile(r"[,;:.!?()„“\"–]")
# a possessive pronoun of a third person's right before the words: it names their owner
_POSSESSIVE = re.compile(r"\b(?:jeho|jejich|její|jejího|jejímu|jejím)\s+$", re.IGNORECASE)


def world_issued(source: str, matches: list[TermMatch], glossary: Glossary) -> set[str]:
    """The document types the source names as an international organisation's (`Nghị quyết
    của Đại hội đồng Liên hợp quốc`): that organisation's resolution keeps the translator's
    word for it (a UN `rezoluce`), the glossary's is Vietnam's document (issue 12av)."""
    out = set()
    for m in matches:
        entry = glossary.get(m.concept)
        if entry is None or entry.pos != "doctype":
            continue
        issuer = min((o for o in matches if o.start >= m.end), key=lambda o: o.start,
                     default=None)  # the next term after the document type
        body = glossary.get(issuer.concept) if issuer is not None else None
        if body is not None and body.pos == "org" and issuer.concept.startswith("intl.") \
                and _organ(source[m.end:issuer.start].split()):
            out.add(m.concept)
    return out


def _organ(gap: list[str]) -> bool:
    """Nothing, or an organ's name (`của Đại hội đồng`, `Hội đồng Bảo an`) between a document
    and its organisation: no preposition or other word that would make it a topic."""
    gap = gap[1:] if gap[:1] == ["của"] else gap
    return not gap or gap[0][:1].isupper() and len(gap) <= 4 \
        and not any(w.lower() in VI_FUNCTION for w in gap)


def short_form(short: tuple[str, ...], term: tuple[str, ...]) -> bool:
    """Every rendering of `short` is a word of one of `term`'s (`Fronta` in `Vlastenecká
    fronta`, for `Mặt trận` after `Mặt trận Tổ quốc`): where the text has only the short
    one, its word is the longer term's rendering to complete, not another term's place."""
    words = [{w.lower() for w in t.split()} for t in term]
    return bool(short) and all(" " not in s and any(s.lower() in w for w in words)
                               for s in short)


def needless(text: str, placement: Placement, sentence: str = "", source: str = "",
             lang: str = "cs") -> bool:
    """The placement adds words the sentence says otherwise, or only drops the translator's
    level adjective inside the term where the source says that level after the term
    (`source`, in the source `sentence`): see the module docstring. A head said earlier
    (`_said_before`) excuses it in Czech only: in English one lone earlier word (`Young Party
    members … the Central Committee's plenum`) is no shortened second mention, and
    `draft/enbare.back_reference` judges English second mentions."""
    found = [w.lower() for w in _WORD.findall(placement.found)]
    new = [w.lower() for w in _WORD.findall(placement.replacement)]
    n = len(found)
    at = next((i for i in range(len(new) - n + 1) if n and new[i:i + n] == found), None)
    if at is None:
        dropped = _inner_adjectives(found, new)
        return _derived(placement.found, placement.replacement) \
            or _level_after(sentence, source, dropped, own=True) \
            or _name_after(sentence, source, dropped) \
            or _owner_by_pronoun(text, placement, found, new)
    before, after = new[:at], new[at + n:]
    if after and not before and all(w in _OWNERS for w in after):
        return _owner_named(text, placement, after) or _owner_follows(text, placement.end)
    if after and not before and _said_after(text, placement.end, after):
        return True
    if after and not before and _POSSESSIVE.search(text[:placement.start]):
        return _owner_said(text, placement, after)
    # a head put before the words: needless where the title, a counted owner, the term said
    # whole earlier or later, or the period's years already say whose it is
    if before and not after:
        return _field_of_title(text, placement.start, before[0]) \
            or _counted_owner(text, placement.end) \
            or lang == "cs" and _said_before(text, placement.start, before) \
            or _said_later(text, placement.end, before, sentence, source) \
            or _years_follow(text, placement.end)
    return False


def _inner_adjectives(found: list[str], new: list[str]) -> list[str]:
    """The placement only drops one or two adjectives from inside the found words, whose first
    and last words are the term's (`ředitel {provinčního} odboru`, `vedoucí {organizační}
    komise`): the translator's words narrow the term (they render the source's level or field
    words after it), the term is there; an adjective at an edge (`{první} místopředseda
    vlády`) is not inside and still goes. The dropped words, or none."""
    if not 2 <= len(new) < len(found) <= len(new) + 2:
        return []
    kept, dropped = 0, []
    for word in found:
        if kept < len(new) and (word == new[kept] or same_word(word, new[kept], "cs")):
            kept += 1
        else:
            dropped.append((kept, word))
    inside = kept == len(new) and all(0 < at < len(new) and is_adjective(w) for at, w in dropped)
    return [w for _, w in dropped] if inside else []


# the source's level words after a term, the stem of the Czech adjective that says them and the
# starts of the level's own noun (`obecní` ~ `obcí`, `obec`), one row per level
_LEVELS = {"tỉnh": ("provinč", ("provinci",)), "thành phố": ("městs", ("měst",)),
           "huyện": ("okresn", ("okres",)), "quận": ("obvodn", ("obvod",)),
           "xã": ("obecn", ("obc", "obec")),
           # a village's body is the local one (`Chi bộ thôn`: `místní základní organizace`)
           "thôn": ("místn", ("vesnic",))}
_LEVEL_STEMS = {word: stem for word, (stem, _) in _LEVELS.items()}
_LEVEL_NOUNS = {stem: nouns for stem, nouns in _LEVELS.values()}


def level_kept(placement: Placement, sentence: str, source: str) -> Placement:
    """The placement changes the title's first word (`{Náčelnice} provinčního odboru …` →
    `Ředitelka odboru …`) and would drop the translator's level adjective inside the term
    that the source says after it (`Sở Y tế tỉnh`): the adjective stays where it stood
    (`Ředitelka provinčního odboru …`, issue 12bl). Otherwise the placement as it is."""
    found = _WORD.findall(placement.found)
    new = placement.replacement.split()
    if len(found) < 3 or len(new) < 2 or same_word(found[0].lower(), new[0].lower(), "cs"):
        return placement
    low = [new[0].lower(), *(w.lower() for w in found[1:])]
    dropped = _inner_adjectives(low, [w.lower() for w in new])
    if not dropped or not _level_after(sentence, source, dropped):
        return placement
    at = next(k for k, w in enumerate(low) if w == dropped[0])
    if dropped != low[at:at + len(dropped)]:
        return placement  # not side by side: left as placed
    words = [*new[:at], *found[at:at + len(dropped)], *new[at:]]
    return replace(placement, replacement=" ".join(words))


# a soft adjective's plural (or masculine/neuter oblique) ending and the hard one it agrees like,
# the longest ending first
_SOFT_HARD = {"ích": "ých", "ím": "ým", "ími": "ými", "ího": "ého", "ímu": "ému"}
_SOFT_ENDINGS = sorted(_SOFT_HARD, key=len, reverse=True)


def level_opening(text: str, placement: Placement, sentence: str, source: str) -> Placement:
    """The found words open with a level adjective the source says after the term (`{obecním}
    výborům` for `cấp ủy xã`, `{obecních} rad lidu` for `HĐND các xã`) that the replacement
    does not say: it stays before the replacement (`obecním stranickým výborům`, issue 12bz).
    Only where the replacement opens with an adjective in the agreeing ending (`-ím`/`-ým`,
    `-ích`/`-ých`, …), so the kept word needs no new form, and not where the level's own noun
    follows (`radách obcí`); otherwise the placement as it is."""
    found = _WORD.findall(placement.found)
    new = placement.replacement.split()
    if len(found) < 2 or not new or not is_adjective(found[0]) or not is_adjective(new[0]):
        return placement
    first, low = found[0], found[0].lower()
    stem = next((st for st in _LEVEL_STEMS.values() if low.startswith(st)), None)
    if stem is None or any(w.lower()[:5] == low[:5] for w in new) \
            or not _level_after(sentence, source, [low]):
        return placement
    after = _WORD.findall(text[placement.end:placement.end + 30])[:1]
    if after and after[0].lower().startswith(_LEVEL_NOUNS[stem]):
        return placement  # the level's own noun follows (`radách {obcí}`): said once is enough
    ending = next((e for e in _SOFT_ENDINGS if low.endswith(e)), "")
    if not ending or not new[0].lower().endswith(_SOFT_HARD[ending]):
        return placement
    lead = first if placement.replacement[:1].islower() or first[:1].isupper() else first.lower()
    return replace(placement, replacement=f"{lead} {placement.replacement}")


def _level_after(sentence: str, source: str, dropped: list[str], own: bool = False) -> bool:
    """Every dropped adjective says a level the source names a few words after the term,
    before the phrase ends (`Giám đốc Sở Y tế tỉnh`: `provinčního`): the translator's inner
    words render that level. An adjective the source does not say (`národní` in `Ministerstvo
    národní obrany` for `Bộ Quốc phòng`) still goes. `own`: the level the term's own words say
    counts too (`_level_of_term`), only where the placement would do nothing but drop the
    adjectives (`needless`): a placement that changes the words anyway keeps to the source's
    level words (the sets' expected sentences drop `provinčního` there, issue 12cw)."""
    rest = _after_term(sentence, source) if dropped else None
    if rest is None:
        return False
    said = [stem for word, stem in _LEVEL_STEMS.items() if re.search(rf"(?<!\w){word}(?!\w)",
                                                              rest.lower())]
    if own:
        said += _level_of_term(source)
    return all(any(w.startswith(stem) for stem in said) for w in dropped)


# a department `Sở` is a province's (or a centrally-run city's) own: a district's is `Phòng`;
# not `cơ sở` (grassroots, `základní`)
_DEPARTMENT = re.compile(r"(?<![Cc]ơ )(?<!\w)Sở(?!\w)")


def _level_of_term(source: str) -> tuple[str, ...]:
    """The level the term's own source words say (issue 12cw): a department `Sở` is
    provincial or a city's, so `ředitel {provinčního} odboru výstavby` for `Giám đốc Sở Xây
    dựng` renders the source, with no `tỉnh` after it. Other terms say no level."""
    return (_LEVEL_STEMS["tỉnh"], _LEVEL_STEMS["thành phố"]) if _DEPARTMENT.search(source) \
        else ()


def _name_after(sentence: str, source: str, dropped: list[str]) -> bool:
    """Every dropped adjective is made from a name the source gives a few words after the
    term (`hộ nghèo người Bahnar`: `chudým {bahnarským} domácnostem`): the translator's inner
    words render that name, the term is there (issue 12cs). An adjective the source names
    nothing for still goes."""
    rest = _after_term(sentence, source) if dropped else None
    if rest is None:
        return False
    names = [strip_marks(w).lower() for w in _WORD.findall(rest) if w[:1].isupper()]
    return all(any(len(n) >= 4 and strip_marks(w).startswith(n) for n in names)
               for w in dropped)


def _after_term(sentence: str, source: str) -> str | None:
    """The source's first five words after the term's source words, up to the phrase's end;
    None where the term's words are not in the sentence."""
    at = sentence.lower().find(source.lower()) if source else -1
    if at < 0:
        return None
    return " ".join(re.split(r"[,;:.!?()“”\"]", sentence[at + len(source):])[0].split()[:5])


def _owner_named(text: str, placement: Placement, owners: list[str]) -> bool:
    """The owner elsewhere in the sentence in another case, as a participant (`vládě`)."""
    for m in _WORD.finditer(text):
        if placement.start <= m.start() < placement.end:
            continue
        low = m.group().lower()
        if any(low != w and same_word(low, w, "cs") for w in owners):
            return True
    return False


def _owner_said(text: str, placement: Placement, owners: list[str]) -> bool:
    """Every noun of the owner the placement appends after a possessive pronoun (`její
    předseda` → `předseda {základní organizace strany}`) stands elsewhere in the sentence, in
    any form (`Základní organizace strany … má 14 členů; její předseda …`): the pronoun is that
    owner, and the head alone is the term (issue 12cs). No owner named: the head still takes it."""
    nouns = [w for w in owners if w not in FUNCTION and not is_adjective(w)]
    said = [m.group().lower() for m in _WORD.finditer(text)
            if not placement.start <= m.start() < placement.end]
    return bool(nouns) and _each_said(nouns, said)


def _owner_by_pronoun(text: str, placement: Placement, found: list[str],
                      new: list[str]) -> bool:
    """The placement only puts a genitive owner inside the words (`výborem {Národního
    shromáždění} pro zahraniční věci`) right after a possessive pronoun (`jeho výborem pro …`)
    whose owner the sentence names in another form (`navštívili Národní shromáždění a …`):
    saying it twice is no repair (issue 12by). A pronoun alone, with no owner named, is not
    enough."""
    if not _POSSESSIVE.search(text[:placement.start]) or len(new) <= len(found) or not found:
        return False
    k = len(new) - len(found)
    return any(new[:i] == found[:i] and new[i + k:] == found[i:]
               and all(genitive(w, known=True) for w in new[i:i + k] if not is_adjective(w))
               and _owner_named(text, placement, new[i:i + k])
               for i in range(1, len(found)))


def _owner_follows(text: str, end: int) -> bool:
    """A genitive right after the words: an owner of their own (`sjezd Vietnamského …`)."""
    m = re.match(r" (\w+)", text[end:])
    return m is not None and m.group(1).lower() not in FUNCTION \
        and genitive(m.group(1), known=True)


# numbers in the genitive a counted owner follows (`správy {pěti} obcí`)
_GENITIVE_NUMBERS = ("dvou", "tří", "čtyř", "pěti", "šesti", "sedmi", "osmi", "devíti", "deseti",
                     "několika", "mnoha")


def _counted_owner(text: str, end: int) -> bool:
    """A number in the genitive and a genitive after the words: owners counted (`správami
    {pěti městysů}`), which say whose the head is (issue 12cs)."""
    m = re.match(r" (\w+) (\w+)", text[end:])
    if m is None:
        return False
    number, owner = m.group(1), m.group(2)
    counted = number.isdigit() or number.lower() in _GENITIVE_NUMBERS
    return counted and owner.lower() not in FUNCTION and genitive(owner, known=True)


def _years_follow(text: str, end: int) -> bool:
    """A year right after the words (`na {období} 2025–2027`): the period is said by its own
    years, so the head needs no term's complement (issue 12cs)."""
    return re.match(r" \d{4}(?!\d)", text[end:]) is not None


def _said_after(text: str, end: int, added: list[str]) -> bool:
    """Every noun the placement adds is a few words further in the same phrase in another
    form (`zástupci ředitele jednoho z provinčních {odborů}`): the translator split the term
    around a quantity of their own, and the head already has its complement."""
    phrase = _PHRASE_END.split(text[end:])[0]
    later = [w.lower() for w in _WORD.findall(phrase)[1:5]]
    nouns = [w for w in added if w not in FUNCTION and not is_adjective(w)]
    return bool(nouns) and all(any(o != w and same_word(o, w, "cs") for o in later)
                               for w in nouns)


def _said_before(text: str, start: int, added: list[str]) -> bool:
    """Every word the placement puts before the head stands earlier in the sentence, in any
    form (`Předseda provinčního lidového výboru se sešel se členy {výboru}`): a second mention
    shortened by the translator, the whole term said once (issue 12cs)."""
    earlier = [w.lower() for w in _WORD.findall(text[:start])][:-3]  # not its own phrase
    return _each_said(added, earlier)


def _said_later(text: str, end: int, added: list[str], sentence: str, source: str) -> bool:
    """The source names the term twice and every word the placement puts before the head
    stands later in the sentence, past its own phrase (`vedoucí kanceláře {výboru}, se stala
    místopředsedkyní provinčního lidového výboru` for `… UBND tỉnh … UBND tỉnh`): the first
    mention shortened by the translator, the whole term said once (issue 12cu). A term the
    source names once is still completed."""
    if not source or sentence.lower().count(source.lower()) < 2:
        return False
    later = [w.lower() for w in _WORD.findall(text[end:])][3:]  # not its own phrase
    return _each_said(added, later)


def _each_said(words: list[str], said: list[str]) -> bool:
    """Every one of `words` stands among the sentence's `said` words, as it is or in another
    form (`výboru`, or `členů` for `členy`): the test the owner and the shortened-mention
    checks share. An empty `words` is said (the caller decides whether that is enough)."""
    return all(any(o == w or same_word(o, w, "cs") for o in said) for w in words)


def _field_of_title(text: str, start: int, head: str) -> bool:
    """The head the placement puts before the words shares its stem with the title just
    before them (`Ministr {Ministerstva} průmyslu a obchodu`)."""
    m = re.search(r"(\w+) $", text[:start])
    return m is not None and len(head) >= 5 and m.group(1).lower()[:5] == head[:5]


def _derived(found: str, replacement: str) -> bool:
    """One word that continues the place name's stem with a derivation (`Vietnam|ců`)."""
    if " " in found or " " in replacement or not found[:1].isupper():
        return False
    k = 0
    while k < min(len(found), len(replacement)) and found[k].lower() == replacement[k].lower():
        k += 1
    return k >= 4 and found[k:].lower().startswith(_DERIVED)


def level_of_body(text: str, placement: Placement, bodies: list[str]) -> bool:
    """A level word's head alone as the genitive complement of a body's noun, one of `bodies`
    (the other required terms' words), right before it (see the module docstring); after a
    preposition, an adjective or any other noun (`obyvatelé {čtvrti}`) it is the level itself,
    completed as before. Only for the level concepts (the caller asks)."""
    found = placement.found
    if " " in found or placement.case != "gen" \
            or not placement.replacement.lower().endswith(" " + found.lower()):
        return False
    m = re.search(r"(\w+) $", text[:placement.start])
    if m is None:
        return False
    before = m.group(1).lower()
    return before not in FUNCTION and not is_adjective(before) \
        and any(same_word(before, w.lower(), "cs") for w in bodies if not is_adjective(w))


def level_said(text: str, placement: Placement, targets: tuple[str, ...]) -> bool:
    """The level's own adjective (`provinční` for `provincie`, `okresní` for `okres`) among the
    few words of the same phrase right before found words that neither are the level's head
    nor an equivalent of it (see the module docstring): the sentence says the level already.
    Only for the level concepts (the caller asks)."""
    heads = [t.split()[-1].lower() for t in targets]
    found = [w.lower() for w in _WORD.findall(placement.found)]
    if any(same_word(w, h, "cs") or any(same_word(w, e, "cs") for e in word_equivalents(h))
           for w in found for h in heads):
        return False
    phrase = _PHRASE_END.split(text[:placement.start])[-1]
    before = _WORD.findall(phrase)[-3:]
    return any(is_adjective(w) and len(h) >= 5 and w.lower()[:5] == h[:5] and w.lower() != h
               for w in before for h in heads)


def nested_terms(source: str, concept: str, glossary: Glossary, lang: str) -> tuple[str, ...]:
    """The renderings of the other concepts whose source words lie inside `source`, the
    longer variant the segment names `concept` by (`Đảng bộ tỉnh` inside `Ban Chấp hành
    Đảng bộ tỉnh`)."""
    words = f" {' '.join(_WORD.findall(source.lower()))} "
    return tuple(t for e in glossary if e.concept != concept
                 and any(f" {' '.join(_WORD.findall(v.lower()))} " in words
                         for v in e.source_terms if len(v.split()) > 1)
                 for t in e.targets.get(lang, ()))


def literal_variant(text: str, placement: Placement, term_targets: tuple[str, ...],
                    nested: tuple[str, ...], lang: str) -> bool:
    """The found words are a nested concept's term (`provinční stranické organizace`, which
    may run on past them) and the term's other words (`výbor`): a word-for-word rendering of
    the longer variant the source names the concept by (`Ban Chấp hành Đảng bộ tỉnh`), which
    stays (issue 12bj). Not where a word of the term is missing (`členové {výboru}` dropped)
    or one is added that the term does not have (`{výkonného} výboru`), nor where the term
    names the nested concept itself (`Vlastenecké fronty`: the glossary's short form of it
    is the rendering asked for)."""
    found = placement.found
    region = re.split(_PHRASE_END, text[placement.start:], maxsplit=1)[0]
    for inner in nested:
        span = find_term(region, inner, lang)
        if span is None or span[0] >= len(found) or (span[0], span[1]) == (0, len(found)):
            continue
        rest = _WORD.findall((found[:span[0]] + " " + found[span[1]:]).lower())
        said = [*rest, *(w.lower() for w in _WORD.findall(inner))]
        head = inner.split()[-1].lower()
        for target in term_targets:
            own = [w.lower() for w in _WORD.findall(target)]
            if rest and all(any(same_word(w, o, lang) for o in own) for w in rest) \
                    and _covers(said, own, head, lang):
                return True
    return False


def _covers(said: list[str], words: list[str], head: str, lang: str) -> bool:
    """Every word of the term said (its stem: `strany` in `stranické`), `head` not one."""
    return not any(same_word(w, head, lang) for w in words) and all(
        any(same_word(w, s, lang) or w[:5] == s[:5] for s in said) for w in words)
