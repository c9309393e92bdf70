"""A found Czech placement adjusted by the words right around it, for `check --fix`.

`translate.draft.place` finds the span that renders a concept and builds the term in its case;
what a translator put next to that span can still belong to the rendering or have to follow the
term: an adjective saying `female` before a title that has a woman's form, an address noun the
translator added in a greeting, a preposition and a word after the span that say a word of the
term again, the first half of a compound adjective written as two, `dva`/`dvě` before it. Each
step widens the placement or changes the word next to it; none looks further than one or two
words. A classifying adjective before a bare noun the term replaces with its own adjective and
noun (`místní {zastupitelstva}` → `lidové rady`) is the synonym's where the source has nothing
after the term for that adjective to render (Vietnamese modifiers follow their noun); where it
has (`thị trấn {miền núi}` → `horských`), the adjective is that word's and stays.
A word coordinated right before the span that is the term's first word in the same form
(`stranickými a {odborovými výbory}`) is the rendering's, the span the translator's addition:
taken in, so the term does not say it twice (issue 12ax).
The words at the span's edges that are the rendering's (a verb the window ended on left out;
the term's last words spelt another way, an abbreviation, an adjective made of a word the term
adds, a name's rest taken in: issues 12ar, 12ax, 12bt) are `review.spanedge`'s steps.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from translate.draft.align import FUNCTION, genitive, verb_form
from translate.draft.around import NAME_CLASSIFIERS
from translate.draft.enforce import RequiredTerm
from translate.draft.place import Placement, vocalised
from translate.draft.slot import VI_FUNCTION
from translate.draft.valency import verb_cases
from translate.review.fixguard import person
from translate.review.spanedge import BEFORE as _BEFORE
from translate.review.spanedge import span_edges
from translate.terms.czech import adjective_readings, analyse, is_adjective, known_lemma
from translate.terms.equivalents import female_noun, foreign
from translate.terms.inflect import head_word, inflect, parse_phrase, term_forms
from translate.terms.lemmas import same_word, shared_stem
from translate.text.normalize import upper_like, word_at

__all__ = ["reshape"]

_WORDS = re.compile(r"\w+")
_FEMALE = re.compile(r"(?<!\w)([Žž]ensk(?:ý|á|é|ého|ou|ých|ým|ými|ém|ému|í))\s+$")


def _female_word(text: str, placement: Placement, term: RequiredTerm) -> Placement:
    """`ženských {kádrů}` → `funkcionářek`: an adjective saying `female` just before a
    rendering that becomes a woman's title is said by the title itself."""
    before = _FEMALE.search(text[:placement.start])
    first = placement.replacement.split()[0].lower()
    if before is None or not any(female_noun(t.split()[0]) and same_word(first, t.split()[0], "cs")
                                 for t in term.targets[1:]):
        return placement
    new, start = upper_like(before.group(1), placement.replacement), before.start(1)
    # the preposition follows: `se ženskými kádry` → `s funkcionářkami`
    return vocalised(text, replace(placement, start=start, found=text[start:placement.end],
                                   replacement=new))


# a past form (`uvedla`, `řekl`) up to the clause's end
_PAST = re.compile(r"[^.;:!?,]*?(?<!\w)(\w+?)(l|la|lo|li|ly)(?!\w)")
_PAST_BEFORE = re.compile(r"(?<!\w)(\w+?)(la)\s+$")  # the verb right before (`vyzvala {…}`)
# a comma inside an enumeration of the subject's complement (`odboru kultury, sportu a
# cestovního ruchu … uvedla`): one or two lower-case words, then `a`; not a clause's comma
_LIST_COMMA = re.compile(r",(?=\s+(?!kter|jenž|jež|což|kde|když|že|aby)[a-záčďéěíňóřšťúůýž]\w*"
                         r"(?:\s+\w+)?\s+a\s)")


def _female_verb(text: str, placement: Placement, term: RequiredTerm) -> Placement:
    """`Vedoucí odboru … uvedla` → `Ředitelka odboru`: a subject word that has no gender of
    its own (`vedoucí`, or the source's words left in: `vyzvala Chủ tịch HĐND tỉnh`), replaced
    by a title that has a woman's form, whose past verb after it (or right before it) is
    feminine (`-la`): the woman's form. Not where the word had a gender (`Ředitel … uvedla`
    is the translator's wording), not in another case than the nominative."""
    found = _WORDS.findall(placement.found)
    if placement.case != "nom" or placement.number != "sg" or not found or term.female \
            or not (found[0].lower().endswith("í") or placement.how == "source"):
        return placement
    women = [t for t in term.targets[1:] if female_noun(t.split()[0])]
    # a list's comma becomes a space (same length: offsets hold) so `_PAST` reads past it
    verb = _PAST.match(_LIST_COMMA.sub(" ", text), placement.end) \
        or _PAST_BEFORE.search(text[:placement.start])
    if not women or verb is None or verb.group(2) != "la" \
            or not verb_form(verb.group(1) + verb.group(2)) \
            or placement.replacement.lower() != term.targets[0].lower():
        return placement
    return replace(placement, replacement=upper_like(placement.replacement, women[0]))


_ECHO_PREPOSITIONS = ("z", "ze", "do", "v", "ve", "na", "pro", "od", "o")


# an address the translator added between the greeting and the title (`Vážení {páni}
# zákonodárci`); the source's own address words (`ông`, `bà`, `đồng chí`) keep it
_ADDED_ADDRESS = re.compile(r"\b(?:[Vv]ážen[ýáíé]|[Mm]il[ýáíé]) +(páni|pánové|kolegové|"
                            r"kolegyně|dámy) +$")
_SOURCE_ADDRESS = re.compile(r"\b(ông|bà|anh|chị|đồng chí|quý ông|quý bà)\b", re.IGNORECASE)


def _address(text: str, placement: Placement, sentence: str, term: RequiredTerm) -> Placement:
    """`Vážení páni zákonodárci` → `Vážení poslanci Národního shromáždění`: an address noun
    right before a title in a greeting, with none in the source before the term, is the
    translator's rendering of the plural marker (`các vị`): taken in."""
    added = _ADDED_ADDRESS.search(text[:placement.start])
    at = sentence.lower().find(term.source.lower())
    if added is None or at < 0 or _SOURCE_ADDRESS.search(sentence[max(0, at - 12):at]):
        return placement
    return replace(placement, start=added.start(1), found=text[added.start(1):placement.end])


def _echo(text: str, placement: Placement) -> Placement:
    """`přímých investic ze zahraničí` → `přímých zahraničních investic`: a preposition and
    one word right after the replaced span that say again a word of the term are the rest of
    the translator's rendering (`příjmy do rozpočtu`, `domácností v chudobě`): taken in."""
    after = re.match(r" (\w+) (\w+)(?!\w)(?! +(?:a |i ))", text[placement.end:])
    if after is None or after.group(1) not in _ECHO_PREPOSITIONS:
        return placement  # (not before a coordination)
    word = after.group(2).lower()
    if re.match(r" +[A-ZĐ]", text[placement.end + after.end():]) \
            and (known_lemma(word) or word) in NAME_CLASSIFIERS:
        return placement  # a place's name, `v okrese Kỳ Sơn`; an owner's stays with it
        # (`příjmy do rozpočtu Hanoje`)
    if not any(shared_stem(word, w.lower(), 4) and is_adjective(w)
               for w in _WORDS.findall(placement.replacement)) \
            or any(shared_stem(word, w.lower(), 4) for w in _WORDS.findall(placement.found)):
        return placement  # the translator's own words said it already: theirs; the echo is
        # of the term's adjective (`zahraničních`), never of its noun (`úředníka do funkce`
        # for `funkcionáře`: the office the person goes to, issue 12ci)
    end = placement.end + after.end()
    return replace(placement, end=end, found=text[placement.start:end])


def _halves(text: str, placement: Placement) -> Placement:
    """`v politických a sociálních organizacích` → `ve společensko-politických
    organizacích`: a compound adjective of the term (`společensko-politický`) rendered as two
    coordinated adjectives; the first one, before `a`/`i`, sharing a stem with a half of the
    compound is the rest of the rendering: taken in (with the preposition before it)."""
    halves = re.search(r"(\w+)o-(\w+)", placement.replacement)
    before = re.search(r"(\w+) (?:a|i) $", text[:placement.start])
    if halves is None or before is None or not is_adjective(before.group(1)) \
            or not any(shared_stem(before.group(1).lower(), h.lower(), 5)
                       for h in halves.groups()):
        return placement
    start = before.start(1)
    return vocalised(text, replace(placement, start=start, found=text[start:placement.end]))


def _doubled(text: str, placement: Placement) -> Placement:
    """`se stranickými a {odborovými výbory}` → `se stranickými výbory`, `členů a {kandidátů ÚV
    strany}` → `členů ÚV strany`: a word coordinated before the span that is the term's own first
    word in the same form is the rest of the rendering, the span the translator's addition;
    placed alone, the term would say that word twice (`stranickými a stranickými`)."""
    before = re.search(r"(?<!\w)(\w+) (?:a|i|nebo) $", text[:placement.start])
    first = _WORDS.match(placement.replacement)
    if before is None or first is None or before.group(1).lower() != first.group().lower() \
            or _WORDS.match(placement.found).group().lower() == first.group().lower():
        return placement
    start = before.start(1)
    new = placement.replacement
    if text[start].isupper():
        new = new[:1].upper() + new[1:]
    return replace(placement, start=start, found=text[start:placement.end], replacement=new)


_TWO = {"dva": "dvě", "oba": "obě"}  # counting masculine nouns → feminine and neuter ones


def _two(text: str, placement: Placement, term: RequiredTerm) -> Placement:
    """`dvě {vyhlášky}` → `dva oběžníky`: in the nominative and accusative `dva`/`oba` count
    masculine nouns, `dvě`/`obě` the others; the numeral right before the span follows the
    gender of the term's head."""
    before = re.search(r"(?<!\w)(\w+) $", text[:placement.start])
    if before is None or placement.number != "pl" or placement.case not in ("nom", "acc"):
        return placement
    word = before.group(1)
    pair = next(((m, f) for m, f in _TWO.items() if word.lower() in (m, f)), None)
    if pair is None:
        return placement
    heads = tuple(head_word(t) for t in term.targets)
    genders = {r.gender for w in _WORDS.findall(placement.replacement)
               for r in analyse(w, heads) if r.lemma in heads and r.number == "pl"}
    if len(genders) != 1:
        return placement
    new = pair[0] if genders == {"m"} else pair[1]
    if word[:1].isupper():
        new = new.capitalize()
    if new == word:
        return placement
    return replace(placement, start=before.start(1), found=text[before.start(1):placement.end],
                   replacement=f"{new} {placement.replacement}")


def reshape(text: str, placement: Placement, sentence: str, term: RequiredTerm, lang: str,
            others: Sequence[str] = (), longer: bool = False) -> Placement:
    """The placement with the words around it that belong to it (module docstring); `others`:
    the words of the sentence's other terms, `longer`: the source names the concept with more
    words than its main name (an adjective may say those)."""
    placement = _female_word(text, placement, term)
    if lang != "cs":
        return placement
    placement = _female_verb(text, placement, term)
    if person(term.targets):
        placement = _address(text, placement, sentence, term)
    placement = span_edges(text, placement, term.source, others)  # module docstring
    if not longer:
        placement = _synonym_adjective(text, placement, sentence, term, others)
        placement = _synonym_postmodifier(text, placement, sentence, term, others)
    placement = _two(text, _doubled(text, _halves(text, _echo(text, placement))), term)
    return _plural_owners(_agreeing(text, placement, term, others))


def _plural_owners(placement: Placement) -> Placement:
    """`s {předsedy obecních lidových výborů}` → `s předsedkyněmi obecních lidových výborů`,
    not `… obecního lidového výboru`: where a plural title's head changes (a woman's form) and
    the translator's genitive complement is the term's own words in the plural (the women head
    a committee each), the complement stays as the translator wrote it (issue 12cu). Only the
    same words in another number: a complement of other words is still replaced."""
    found, new = placement.found.split(), placement.replacement.split()
    if placement.number != "pl" or len(found) != len(new) or len(found) < 2 \
            or found[0].lower() == new[0].lower():
        return placement
    tail, ours = found[1:], new[1:]
    if tail == ours or any(not same_word(a.lower(), b.lower(), "cs") or a.lower() in FUNCTION
                           or not genitive(a) or _singular_genitive(a)
                           for a, b in zip(tail, ours, strict=True)):
        return placement
    return replace(placement, replacement=" ".join([new[0], *tail]))


def _singular_genitive(word: str) -> bool:
    """The word read only as a singular genitive: not the plural complement this keeps."""
    if is_adjective(word):
        return all(r.number != "pl" for r in adjective_readings(word) if r.case == "gen")
    return all(r.number != "pl" for r in analyse(word) if r.case == "gen")


# nouns of each gender the adjective before a span is tried with, to find its nominative
_GENDER_MODELS = ("stůl", "pán", "žena", "město")


def _agreeing(text: str, placement: Placement, term: RequiredTerm,
              others: Sequence[str]) -> Placement:
    """`provinční {armádě}` → `provinčním ozbrojeným silám`: the adjective right before the
    span agreed with the translator's noun; where the term has another number (a plural-only
    term for a singular noun), it follows the term (taken in, made to agree). Not an adjective
    another term has, not one that can be read in the term's case and number already (its
    gender is not checked: the declension guesses some nouns' genders wrong)."""
    before = _BEFORE.search(text[:placement.start])
    if before is None or not placement.case or not placement.number:
        return placement
    word = before.group(1)
    if not word.islower() or word in FUNCTION or not is_adjective(word) \
            or any(same_word(word, w.lower(), "cs") for w in others):
        return placement
    first = placement.replacement.split()[0].lower()
    target = next((t for t in term.targets if len(t.split()) == len(placement.replacement.split())
                   and same_word(first, t.split()[0].lower(), "cs")), None)
    lemma = _adjective_lemma(word)
    if target is None or lemma is None:
        return placement
    number = "pl" if parse_phrase(target).plural else placement.number
    readings = [r for r in adjective_readings(word) if r.case == placement.case]
    if not readings or any(r.number == number for r in readings):
        return placement  # not the noun's, or its number is the term's: it agrees as it is
    new = inflect(f"{lemma} {target}", placement.case, number).split()[0]
    if new == word:
        return placement
    start = before.start(1)
    return replace(placement, start=start, found=text[start:placement.end],
                   replacement=f"{new} {placement.replacement}")


def _adjective_lemma(word: str) -> str | None:
    """The nominative masculine singular of an adjective form (`provinčním` → `provinční`,
    `krajskému` → `krajský`): the candidate whose declension gives the form back."""
    low = word.lower()
    stems = {low[:-n] for n in (1, 2, 3) if len(low) > n + 2}
    for stem in sorted(stems, key=len, reverse=True):
        for lemma in (stem + "í", stem + "ý"):
            if is_adjective(lemma) and any(
                    low in {f.split()[0].lower() for f in term_forms(f"{lemma} {noun}").values()}
                    for noun in _GENDER_MODELS):
                return lemma
    return None


def _source_ends(sentence: str, term: RequiredTerm) -> list[int]:
    """Where each whole-word occurrence of the term's source ends in the sentence."""
    return [m.end() for m in word_at(term.source, re.IGNORECASE).finditer(sentence)]


# a classifying adjective's forms (`místní`, `pedagogickým`, `krajských`): what a synonym has
# before its noun where the term has an adjective of its own
_CLASSIFYING = re.compile(r"\w{3}(?:sk|ck|n)(?:ý|á|é|í|ého|ému|ém|ým|ou|ých|ými|ího|ímu|ím|ích|"
                          r"ími)$|\w{3}ící(?:ho|mu|m|ch|mi)?$")  # a verb's too: `vysvětlující`


def _synonym_adjective(text: str, placement: Placement, sentence: str, term: RequiredTerm,
                       others: Sequence[str]) -> Placement:
    """`místní {zastupitelstva}` → `lidové rady`, not `místní lidové rady`: the word before a
    replaced bare noun, a lower-case classifying adjective none of the term's words is, goes
    with it when the term brings its own adjective and the source's word after the term is a
    function word or none (nothing there for the adjective to render) and the adjective is no
    form of another term's word (`okresním` of `okres`: `UBND các huyện`)."""
    before = _BEFORE.search(text[:placement.start])
    found, new = _WORDS.findall(placement.found), _WORDS.findall(placement.replacement)
    if before is None or not found or len(new) < 2 or is_adjective(found[0]) \
            or not is_adjective(new[0]) or not _CLASSIFYING.search(before.group(1)):
        return placement
    word = before.group(1)
    own = [w.lower() for t in term.targets for w in _WORDS.findall(t)]
    if not word.islower() or not is_adjective(word) or foreign(word) \
            or word.startswith("vietnamsk") or any(same_word(word, w, "cs") for w in own) \
            or any(shared_stem(word, w.lower(), 5) for w in others):
        return placement
    at = _source_ends(sentence, term)
    nxt = _WORDS.search(sentence, at[0]) if len(at) == 1 else None
    if len(at) != 1 or (nxt is not None and sentence[at[0]:nxt.start()].strip() == ""
                        and nxt.group().lower() not in VI_FUNCTION):
        return placement
    start = before.start(1)
    return vocalised(text, replace(placement, start=start, found=text[start:placement.end]))


# prepositions that begin a phrase qualifying the noun before them (`s nízkými příjmy`, `v
# nouzi`, `pod hranicí chudoby`); not `se` (the reflexive pronoun)
_QUALIFYING = frozenset(("s", "v", "ve", "pod", "bez", "z", "ze"))
# what may follow the term in the source where nothing there is left for such a phrase to
# render: the end, a punctuation mark, or a word that goes on with the clause's verb
_CLAUSE_GOES_ON = frozenset(("được", "đã", "sẽ", "là", "đang", "bị", "cũng", "không", "vẫn",
                             "phải", "cần", "đều", "mới", "vừa"))
_TOKEN = re.compile(r" (\w+)")


def _phrase_end(text: str, at: int) -> int | None:
    """The end of a prepositional phrase at `at` that ends its clause: the preposition, at
    most two lower-case adjectives, a noun and at most one genitive noun, then a punctuation
    mark, the end, or a verb."""
    words, pos = [], at
    while (m := _TOKEN.match(text, pos)) and len(words) < 5:
        words.append(m)
        pos = m.end()
    if not words or words[0].group(1) not in _QUALIFYING:
        return None
    k = 1
    while k < len(words) and k <= 2 and words[k].group(1).islower() \
            and is_adjective(words[k].group(1)):
        k += 1
    if k >= len(words) or not _noun(words[k].group(1)):
        return None
    end = words[k].end()
    if k + 1 < len(words) and _noun(words[k + 1].group(1)) \
            and genitive(words[k + 1].group(1), known=True):  # (`_noun`: no verb either)
        end = words[k + 1].end()
    after = _TOKEN.match(text, end)
    if after is None:
        return end if re.match(r"[,.;:!?]|$", text[end:]) else None
    return end if verb_cases(after.group(1)) is not None else None


def _noun(word: str) -> bool:
    return word.islower() and not is_adjective(word) and verb_cases(word) is None \
        and bool(analyse(word))


def _synonym_postmodifier(text: str, placement: Placement, sentence: str, term: RequiredTerm,
                          others: Sequence[str]) -> Placement:
    """`{rodin} s nízkými příjmy byla` → `chudých domácností byla`: the prepositional phrase
    after a replaced bare noun, ending its clause, says what the term's own adjective says
    where the source has nothing after the term for it to render (the sentence ends or its
    verb goes on there); a phrase with a word of the term or of another term of the sentence
    stays."""
    found, new = _WORDS.findall(placement.found), _WORDS.findall(placement.replacement)
    if len(found) != 1 or is_adjective(found[0]) or len(new) < 2 or not is_adjective(new[0]):
        return placement
    end = _phrase_end(text, placement.end)
    if end is None:
        return placement
    words = _WORDS.findall(text[placement.end:end])[1:]
    own = [w.lower() for t in term.targets for w in _WORDS.findall(t)]
    if any(any(same_word(w, o, "cs") for o in own) or any(shared_stem(w, o.lower(), 5)
                                                       for o in others) for w in words):
        return placement
    at = _source_ends(sentence, term)
    if len(at) != 1:
        return placement
    nxt = re.match(r"\s*(\w+)", sentence[at[0]:])
    if nxt is not None and nxt.group(1).lower() not in _CLAUSE_GOES_ON:
        return placement
    return replace(placement, end=end, found=text[placement.start:end])
