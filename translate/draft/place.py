"""Put a glossary term where the translation rendered its concept, in the same case.

A model (or another translator) that missed a term usually rendered the concept its own way
somewhere in the sentence: a forbidden rendering (`sekretáře provinčního výboru`), the
Vietnamese left in (`s Bí thư Tỉnh ủy`), a rendering that shares most words with the term
(`okresním tajemníkům strany` for `tajemník okresního výboru strany`), or one in other words
(`šéfem parlamentu`, `provinční vládě`, `zástupkyni premiéra`: the licensed equivalents of
`translate.terms.equivalents`, tried as further phrases). `find_placement` finds that span
(`translate.draft.align`) and builds the term in the case, number and (for persons) gender of
the words it replaces (`translate.draft.context`, `translate.terms.inflect`); the caller
replaces it. None means the concept is rendered nowhere: `run` then appends the term in
brackets, `check --fix` leaves the entry alone.

Around the window: adjectives made from the term's words before it and a genitive standing
for a missing complement after it are taken in (`stranické buňce`, `předsedkyni parlamentu`),
so are Vietnamese words of the term left after it (`tajemníkem Tỉnh ủy`); an adjective before
it that agrees with the old head but not with the term's is re-declined (`s českou ambasádou`
→ `s českým velvyslanectvím`). The complement goes plural only when it names a body or a
person and the replaced words (or, failing them, the kind of title) say several are meant.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from translate.draft.agree import (
    adjectival,
    agreeing,
    agreeing_before,
    before_agrees,
    plural_complement,
)
from translate.draft.align import (
    FUNCTION,
    Match,
    Word,
    adjacent,
    best_window,
    genitive,
    locative_preposition,
    preposition_for,
    text_words,
)
from translate.draft.around import (
    added_country,
    added_owner,
    complement_rest,
    coordinated_end,
    name_start,
    not_complement,
    noun_of_adjective,
    place_noun_after,
    purpose_end,
    several,
)
from translate.draft.context import (
    adjective_cells,
    cells_of,
    order_cells,
    woman_named,
)
from translate.draft.english import english_placement
from translate.draft.ennames import FOREIGN
from translate.draft.enshape import definite
from translate.draft.leftin import abbreviation_span, leftover_end, source_span
from translate.draft.placeform import (
    Placement,
    apply_placement,
    build_placement,
    describe,
    from_context,
    person_targets,
    sentence_start,
)
from translate.draft.source import SourceHints
from translate.draft.valency import recipient_of
from translate.terms.czech import analyse, is_adjective, known_lemma
from translate.terms.czech_paradigms import CASES, NUMBERS, noun_class
from translate.terms.equivalents import (
    STRONG,
    female_noun,
    feminine_forms,
    match_level,
    phrase_variants,
    word_equivalents,
)
from translate.terms.inflect import head_word, parse_phrase
from translate.terms.lemmas import find_term, same_word

__all__ = ["Placement", "find_placement", "apply_placement", "describe", "vocalised"]

_WORD = re.compile(r"\w+")
_RELATIONAL = re.compile(r"((sk|ck|ov)(ý|á|é|í|ého|ému|ém|ým|ou|ých|ými)|n(í|ího|ímu|ím|ích|ími))$")
_ADVERB = re.compile(r"\w{3}(?:ně|sky|cky)$")  # `sociálně`, `ekonomicky`
_ACRONYM = re.compile(r"[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ]{2,}")  # an abbreviation: indeclinable
_NOT_RELATIONAL = ("hlavní", "poslední", "přední", "první", "další", "jiný", "nový", "celý",
                   "vlastní", "dnešní", "tehdejší", "současný", "bývalý", "místní", "paní")


def find_placement(text: str, targets: Sequence[str], lang: str, *,
                   forbidden: Sequence[str] = (), source: str = "",
                   forms: Sequence[str] = (),
                   taken: Sequence[tuple[int, int]] = (),
                   plural: bool = False, female: bool = False,
                   role: str = "", country: bool = False,
                   slot: tuple[int, int] | None = None, kind: str = "",
                   unnamed: bool = False) -> Placement | None:
    """Where `text` renders the concept whose accepted renderings are `targets`, and the term
    in that place's case; None when nothing in `text` renders it (see module docstring).

    `taken` are spans already used by other terms of the sentence. What the source says
    (`translate.draft.source`) decides what the Czech leaves open: `plural` between singular
    and plural forms that look the same, `female` the woman's title where the rendering has
    no gender or the man's, `role` between cases that look the same; `country`: a
    `vietnamský` next to the rendering translates the source's `Việt Nam`; `kind`: the
    glossary's kind of concept (English: `the` before a body's or a title's term, `definite`);
    `unnamed`: a local level's body the source names by no place (`SourceHints.unnamed`).
    """
    hints = SourceHints(plural, female, role, country, unnamed)
    if not targets:
        return None
    words = text_words(text)
    found = None
    for bad in forbidden:
        span = find_term(text, bad, lang)
        if span and not any(s < span[1] and span[0] < e for s, e in taken):
            if lang == "cs" and _ACRONYM.fullmatch(bad):  # `MŠMT`: no endings to read either
                return vocalised(text, from_context(text, span, targets, lang, forms, hints),
                                 lang)
            i = next(k for k, w in enumerate(words) if w.start == span[0])
            j = next(k for k, w in enumerate(words) if w.end == span[1]) + 1
            term = [w for w in bad.split()]
            found = Match(i, j, 9.0, {k: k - i for k in range(i, j)},
                           {t: STRONG for t in range(len(term))}, bad, "forbidden")
            break
    if found is None:  # the Vietnamese left in, or an abbreviation: no endings to read
        for span in (source_span(text, source, names=lang == "cs", bare=lang == "cs"),
                     (None if _short_name(source, kind) else abbreviation_span(text, targets))
                     if lang == "cs" else _whole_acronym(text, targets)):
            if span and not any(s < span[1] and span[0] < e for s, e in taken):
                left_in = from_context(text, span, targets, lang, forms, hints,
                                       document=kind == "doctype")
                return definite(text, vocalised(text, left_in, lang),
                                kind if lang == "en" else "", targets[0], sentence_start)
    if lang == "en":  # no case: the span and the term's shape (translate.draft.english)
        got = english_placement(text, words, targets, forbidden, taken, sentence_start, slot,
                                source)
        span = None if got else source_span(text, source, names=True)  # `Chu tich nuoc` + name
        if span and not any(s < span[1] and span[0] < e for s, e in taken):
            got = from_context(text, span, targets, lang, forms, hints)
            return definite(text, got, kind, targets[0], sentence_start)
        got = got and _leftovers(text, Placement(*got), source, targets)
        return definite(text, got, kind, targets[0], sentence_start)
    best = None
    phrases = [*((t, "rendering", ()) for t in targets),
               *((f, "forbidden", ()) for f in forbidden)]
    if lang == "cs":  # the same concept in other words (translate.terms.equivalents)
        phrases += [(v, "rendering", must) for t in targets for v, must in phrase_variants(t)]
    for phrase, how, must in phrases:
        m = best_window(text, words, phrase, how, lang, taken, must)
        if m and (best is None or (m.score, m.end - m.start) > (best.score, best.end - best.start)):
            if best is not None and how == "forbidden" and best.how != "forbidden" \
                    and best.start == m.start and m.end <= best.end and best.score >= 0.5:
                continue  # a forbidden phrase inside a longer rendering is part of it
            best = m
    if found is not None:  # a longer rendering around it wins (`starostovi obce`)
        if best is None or not (best.start <= found.start and found.end <= best.end) \
                or best.end - best.start <= found.end - found.start:
            best = found
    if (best is None or best.score < 0.3) and slot is not None and lang == "cs":
        best = _slot_match(words, slot, targets[0], taken)
    elif slot is not None and lang == "cs" and _adjectives_before(words, slot, best, targets):
        best = _slot_match(words, slot, targets[0], taken) or best
    if best is None or best.score < 0.3:
        return None
    return vocalised(text, _leftovers(text, _build(text, words, best, targets, lang, forms,
                                                   hints, taken), source, targets), lang)


def _short_name(source: str, kind: str) -> bool:
    """A place the source names by its one-word short name (`Séc`, not `Cộng hòa Séc`): it
    qualifies a name (`Hạ viện Séc`), and the Czech institution's own name carries the country's
    official abbreviation (`Parlamentu ČR`): not a left-in abbreviation to spell out (issue 12by;
    the full name's `z ČR` still is)."""
    return kind == "place" and len(source.split()) == 1


_DEFINED = re.compile(r"\b[A-Z][\w'’-]* \($")  # `… Ministry (` before the acronym


def _whole_acronym(text: str, targets: Sequence[str]) -> tuple[int, int] | None:
    """English: an acronym of the whole term (`The {CPV}`, `the Phu Tho {PPC}`, issue 12v),
    not another country's (`British {PM} May`), nor one in brackets right after a capitalised
    name (`The Planning Ministry (MPI)`): that is the name's definition, and the name before
    it is what to render (issue 12cp)."""
    span = abbreviation_span(text, targets)
    if span is None or _DEFINED.search(text[:span[0]]) and text[span[1]:span[1] + 1] == ")":
        return None
    before = _WORD.findall(text[:span[0]])
    return None if before and FOREIGN.fullmatch(before[-1]) else span


def _adjectives_before(words: list[Word], slot: tuple[int, int], best: Match,
                       targets: Sequence[str]) -> bool:
    """The source's slot is a synonym's head (no word of the term's own) with adjectives of
    its own before it (`7 {nařizovacích} pokynů` for `7 Chỉ thị`): the source has nothing
    there but the term, so the whole slot is the rendering (issue 12aj)."""
    i = next((k for k, w in enumerate(words) if w.start == slot[0]), None)
    return best.how == "rendering" and i is not None and i < best.start \
        and not any(same_word(words[k].text, w, "cs") for k in best.matched
                    for t in targets for w in t.split()) \
        and words[best.end - 1].end == slot[1] and not best.matched.keys() & range(i, best.start) \
        and all(is_adjective(w.text) and (known_lemma(w.text) or w.low).lower() not in FUNCTION
                for w in words[i:best.start])  # not an address (`Milí`)


def _slot_match(words: list[Word], slot: tuple[int, int], target: str,
                taken: Sequence[tuple[int, int]]) -> Match | None:
    """The words of the source's slot as a window whose last word stands in the head's
    place (`{harmonogramu}`, `nekalým {praktikám}`)."""
    if any(s < slot[1] and slot[0] < e for s, e in taken):
        return None
    i = next((k for k, w in enumerate(words) if w.start == slot[0]), None)
    j = next((k for k, w in enumerate(words) if w.end == slot[1]), None)
    if i is None or j is None:
        return None
    return Match(i, j + 1, 0.3, {}, {}, target, "rendering", head_gap=j)


def vocalised(text: str, placement: Placement, lang: str = "cs") -> Placement:
    """The preposition before the rendering follows the term's first sound (`se šéfem` →
    `s ministrem`): taken into the placement when it changes."""
    before = re.search(r"(\w+) $", text[:placement.start])
    if before is None or not placement.replacement or lang != "cs":
        return placement
    new = preposition_for(before.group(1), placement.found, placement.replacement)
    if placement.case == "loc":  # `v {resortech}` → `na ministerstvech`
        verb = re.search(r"(\w+)\W*$", text[:before.start(1)])
        new = locative_preposition(new, placement.found, placement.replacement,
                                   verb.group(1) if verb else "")
    if new == before.group(1):
        return placement
    return replace(placement, start=before.start(1), found=text[before.start(1):placement.end],
                   replacement=f"{new} {placement.replacement}")


def _leftovers(text: str, placement: Placement, source: str, targets: Sequence[str]) -> Placement:
    """Take in the term's words left right after the rendering (`translate.draft.leftin`)."""
    end = leftover_end(text, placement.end, source, targets)
    if end == placement.end:
        return placement
    return replace(placement, end=end, found=text[placement.start:end])


def _head_index(words: list[Word], m: Match, head: int) -> int:
    at = [k for k, t in m.matched.items() if t == head]
    if at:
        return max(at)  # `ÚV` ~ `Ústředním výboru`: the noun
    if m.head_gap is not None:
        return m.head_gap
    for k in range(m.start, m.end):
        if not is_adjective(words[k].text):
            return k
    return m.end - 1


def _extend(text: str, words: list[Word], m: Match, term: list[str], head: int,
            targets: Sequence[str], lang: str,
            taken: Sequence[tuple[int, int]] = ()) -> tuple[int, int]:
    """Take in what else belongs to the rendering: adjectives made from the term's words
    before it (`stranické buňce`), a relational adjective standing for the missing
    complement (`ministerský předsedo`), genitive words after the head standing for it
    (`předsedkyni parlamentu`, `řediteli provinčních úřadů`)."""
    start, end = m.start, m.end
    while start > 0 and text[words[start - 1].end:words[start].start] == "-":
        start -= 1  # a hyphenated word as a whole: `{politicko-}sociálními`
    if lang != "cs":
        return start, end
    target_words = [w for t in targets for w in _WORD.findall(t)]
    while start > 0 and adjacent(text, words[start - 1], words[start]) \
            and is_adjective(words[start - 1].text) \
            and any(match_level(words[start - 1].text, w, lang) for w in target_words):
        start -= 1
    if 0 < start < end and adjacent(text, words[start - 1], words[start]) \
            and _ADVERB.search(words[start - 1].low) and not is_adjective(words[start - 1].text) \
            and is_adjective(words[start].text) \
            and not any(same_word(words[start].low, w.lower(), lang) for w in target_words):
        start -= 1  # the adverb of an adjective the term replaces: `{sociálně slabým} rodinám`
    used = {words[k].low for k in range(start, end)}
    while end < len(words) and end - m.end < 2 and adjacent(text, words[end - 1], words[end]) \
            and words[end].low not in used and words[end].low not in FUNCTION \
            and not any(s <= words[end].start < e for s, e in taken) \
            and any(same_word(words[end].low, w.lower(), lang) or _name_spelt(words[end], w)
                    for w in target_words):
        end += 1
    end = purpose_end(text, words, start, end, term)
    end = complement_rest(text, words, m, end, term, head)
    end = place_noun_after(text, words, start, end, targets)
    end = noun_of_adjective(text, words, m, end, head)
    if end > m.end:
        return start, end
    end = added_owner(text, words, end, targets, taken)
    if end > m.end:
        return start, end
    missing = [t for t in range(head + 1, len(term)) if t not in m.levels]
    if not missing or m.levels.get(head) != STRONG \
            or len(missing) < len(term) - head - 1:  # `městských tajemníků {velkých měst}`
        return start, end
    prev = words[start - 1] if start > 0 else None
    if prev is not None and head == 0 and len(missing) == len(term) - 1 \
            and adjacent(text, prev, words[start]) and _RELATIONAL.search(prev.low) \
            and is_adjective(prev.text) and prev.low not in _NOT_RELATIONAL \
            and (known_lemma(prev.text) or prev.low) not in _NOT_RELATIONAL:
        start -= 1
    if (end - 1) in m.matched and m.matched[end - 1] == head:
        nouns = sum(1 for t in missing if not is_adjective(term[t]))
        k = end
        while k < len(words) and nouns > 0:
            w = words[k]
            if not adjacent(text, words[k - 1], w) or w.text[:1].isupper() \
                    or w.low in FUNCTION or not genitive(w.text, known=True) \
                    or _adverb(w) or not_complement(text, words, start, k):
                break
            if not is_adjective(w.text):
                nouns -= 1
            k += 1
        if k > end and not is_adjective(words[k - 1].text):
            end = added_owner(text, words, k, targets, taken)  # `vedení {strany}`
    return start, end


def _adverb(word: Word) -> bool:
    """An adverb made from an adjective (`pravidelně` from `pravidelný`): the lexicon knows
    it as its own lemma, so it reads like a soft feminine genitive (`úrovně`, lemma `úroveň`),
    but it qualifies the verb after the head, never stands for the term's complement."""
    low = word.low
    return low.endswith("ně") and known_lemma(low) == low \
        and known_lemma(low[:-1] + "ý") == low[:-1] + "ý"


def _name_spelt(word: Word, target: str) -> bool:
    """A name of the term written another way (`Ho Či {Minha}` for `Ho Či Mina`): capitalised
    in both, the same first three letters."""
    return word.text[:1].isupper() and target[:1].isupper() and len(target) >= 3 \
        and len(word.text) >= 3 and word.low[:3] == target.lower()[:3]


def _build(text: str, words: list[Word], m: Match, targets: Sequence[str], lang: str,
           forms: Sequence[str], hints: SourceHints,
           taken: Sequence[tuple[int, int]] = ()) -> Placement:
    term = [w for w in m.phrase.split() if _WORD.search(w)]
    head = min(parse_phrase(m.phrase).heads[0] if lang == "cs" else len(term) - 1,
               len(term) - 1)
    start, end = _extend(text, words, m, term, head, targets, lang, taken)
    start = added_country(text, words, start, targets, hints.country)
    start = name_start(text, words, start, term) if lang == "cs" else start
    h = _head_index(words, m, head)
    if lang == "cs":
        end = coordinated_end(text, words, h, end, term, head)
    s, e = words[start].start, words[end - 1].end
    genders = person_targets(targets, lang)
    if lang != "cs":  # a language without a module of its own: the term as written
        plural = words[h].low.endswith("s") and not words[h].low.endswith("ss")
        return build_placement(text, s, e, targets[0], "nom", "pl" if plural else "sg", lang,
                               m.how, False, forms, targets)
    heads = [head_word(t) for t in targets]
    if m.matched.get(h) is not None:
        heads.insert(0, _WORD.findall(term[m.matched[h]])[0] if _WORD.findall(
            term[m.matched[h]]) else term[m.matched[h]])
    expected = tuple(dict.fromkeys(w for t in heads for w in (t, *feminine_forms(t))))
    if genders:  # an equivalent is read by its own lemma (`náčelnice`, `přednostovi`)
        expected += tuple(f for t in heads for o in word_equivalents(t)
                          for f in (o, *feminine_forms(o)) if same_word(words[h].low, f, lang))
    readings = [r for r in analyse(words[h].text, expected)  # persons: animate unless the
                if not genders or r.gender != "m" or r.animate  # word is not (`kádry`)
                or not noun_class(r.lemma).animate]
    if genders and m.matched.get(h) is not None:  # `vedoucími odborů`: a title declined
        # like an adjective
        readings = adjectival(words[h].text) or readings
    alike = cells_of(readings)  # the head alone: `spojenectví` is either number
    readings = agreeing(readings, [words[k].text for k in range(start, h)])
    gender = None
    if readings:
        gs = {r.gender for r in readings}
        gender = "f" if gs == {"f"} else ("m" if "f" not in gs else None)
        if genders and gender == "f" and not any(female_noun(r.lemma) for r in readings):
            gender = None  # `hlavy státu`: a feminine noun, not a woman
    cells = cells_of(readings)
    if _ACRONYM.fullmatch(words[h].text):  # `se {BTV} provinčního výboru`: an abbreviation's
        cells = {(c, n) for c in CASES for n in NUMBERS}  # case is its context's
    if recipient_of(text, s, e):  # `navrhli {provinční vládu} upravit`: the dative
        cells = {("dat", n) for _, n in cells} or {("dat", "sg")}
    both = {c for c, n in alike if n == "sg"} & {c for c, n in alike if n == "pl"}
    for k in range(start, h):
        adj = adjective_cells(words[k].text, gender)
        if adj and cells & adj:
            cells &= adj
    agreed = {c for c, n in cells if n == "pl"} & both if all(n == "pl" for _, n in cells) \
        else set()  # a noun alike in both numbers made plural by its adjective
    if not cells:
        cells = {("nom", "sg")}
    target = targets[0]
    if genders and (hints.female or woman_named(text, s, e)):
        gender = "f"
    if genders and gender in ("m", "f"):
        target = next((t for t in targets if genders[t] == gender), target)
    elif genders:
        target = next((t for t in targets if genders[t] == "m"), target)
    if genders:  # the readings of the chosen gender (`vedoucí` is a man's only in the plural)
        own = cells_of(r for r in readings if r.gender == genders[target])
        if cells & own:
            cells &= own
    if genders and start > 0 and adjacent(text, words[start - 1], words[start]) \
            and is_adjective(words[start - 1].text) and words[start - 1].text.islower():
        agree = before_agrees(words[start - 1].text, readings, genders[target])
        if cells & agree:
            cells &= agree
    ordered = order_cells(cells, text, s, e, hints.plural, hints.role)
    case, number = ordered[0]
    own_heads = {head_word(t).lower() for t in targets}
    if number == "pl" and not genders and not hints.plural and not hints.unnamed \
            and " " in target \
            and case not in agreed and not several(text, words, start, end, h) \
            and not any(r.lemma.lower() in own_heads for r in readings) \
            and not any(same_word(words[h].low, head, lang) for head in own_heads):
        number = "sg"  # `Pohraniční vojska`, `ozbrojené síly`: a plural word for one body
        # (a one-word term is a kind of thing: `společnostem` → `podnikům`)
    if number == "sg" and hints.plural and m.how == "forbidden" \
            and not (start > 0 and adjacent(text, words[start - 1], words[start])
                     and is_adjective(words[start - 1].text)):
        number = "pl"  # `các Thứ trưởng` as `viceministrovi`: the replaced word's number is
        # the translator's error too; the source's plural decides (issue 12cs), unless the
        # translator's own adjective agrees with the singular (`nejmladšímu kádru`)
    plural_comp = number == "pl" and plural_complement(words, m, start, end, h, term, head,
                                                        target)
    placement = build_placement(text, s, e, target, case, number, lang, m.how, plural_comp,
                                forms, targets)
    before = agreeing_before(text, words, start, readings, target, case, number)
    if before is None:
        return placement
    k, form = before
    return replace(placement, start=words[k].start, found=text[words[k].start:e],
                   replacement=f"{form} {placement.replacement}")
