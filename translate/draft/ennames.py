"""Names around an English rendering: a Vietnamese place before it, a name it only begins.

`translate.draft.english` replaces the words that render a term; the names beside those words
decide how far the replacement reaches (issue 12n). A Vietnamese place's name written before
a rendering whose term names its body in an `of` phrase moves into that phrase (`{Lao Cai}
provincial Party chief` → `Secretary of the provincial Party Committee of Lao Cai`), or goes
where the text says it after the rendering already (`the {Nghe An} provincial Party Standing
Committee of Nghe An`); a name the rendering only begins goes with it (`Commission for
Economic {Affairs}`). A place's name is told from English words by its shape: one or two
Vietnamese syllables a word, written without marks (`Lao Cai`, `Hanoi`, not `Standing`);
a person's name after the rendering (`Le Van Hung`) has that shape too and stays.
Issue 12q: a place's name inside a rendering before its unit's adjective (`place_inside`: `the
{Binh Phuoc} provincial People's Committee`) is judged without and kept where it was.
Issue 12o: the unit said once (`unit_once`: `{UBND} of Ninh Binh province` → `Ninh Binh
provincial People's Committee`), `{Health} Minister` → `Minister of Health` (`minister_of`), a
title's one word before `of` a place (`title_of_place`: `Mayor of Da Nang`), and the body's
`the` before a bare acronym's term (`bare`: `MOLISA proposed` → `The Ministry of …`). The
units' English nouns (`UNITS`) and the name after a unit's slot (`name_after`: `{Phuong} Ben
Nghe` → `Ben Nghe ward`) moved here from `translate.draft.english` (its 540-line limit).
"""

from __future__ import annotations

import re

from translate.draft.align import Match, Word, abbreviation
from translate.terms.english import (
    EQUIVALENT,
    FUNCTION,
    PHRASE_ENDS,
    content_words,
    english_level,
)
from translate.terms.inflect import english_plural

__all__ = ["FOREIGN", "VI_NAME", "name_word", "name_moved", "place_before",
           "rest_of_name",
           "said_after", "QUANTIFIERS", "unit_once", "unit_after", "minister_of", "bare",
           "title_of_place", "place_inside", "several", "UNITS", "name_after",
           "lacks_near", "other_unit", "listed", "offices_listed", "other_conjunct",
           "TITLE_OF", "ranks_said"]

# one Vietnamese syllable without its marks: initial consonants, vowels, final consonants
_SYLLABLE = (r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]{1,3}"
             r"(?:ng|nh|ch|[cmnpt])?")  # (no final `k`: see _HIGHLAND)
# the Central Highlands' names from minority languages have syllables that end in `k` after
# one vowel (`Đắk Lắk`, `Đắk Nông`, `Lắk`: issue 12bq, unseen7 and unseen20's `Governor of Dak
# Lak`); one vowel only, so that English `Book`, `Peak` are none
_HIGHLAND = r"[bdlmnpt][aeiouy]k"
VI_NAME = re.compile(rf"(?:{_SYLLABLE}|{_HIGHLAND}){{1,2}}")
# another country's adjective (not `Chairman`, not `Vietnamese`): another country's body,
# not the source's
FOREIGN = re.compile(r"(?!\w*man$|Vietnamese$)[A-Z][a-z]+(ese|ian|ish|an|ch)")


# determiners and numbers: capitalised at a sentence's start, never a name (a closed class),
# nor a department's field (`enfront.field_before`: `three department directors`)
QUANTIFIERS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
               "many", "some", "several", "all", "both", "few", "most", "other", "each",
               "every", "no", "more")


def name_word(text: str, word: Word) -> bool:
    """A capitalised word that is not a function word or a quantifier at a sentence's start
    (`Nghe {An}` is a name's, `{Two} deputy chairmen` is not)."""
    before = text[:word.start].rstrip()
    return word.text[:1].isupper() and (word.low not in (*FUNCTION, *QUANTIFIERS) or (
        bool(before) and before[-1] not in ".!?:"))


def place_before(text: str, words: list[Word], i: int, term: list[str]) -> int:
    """The first word of a Vietnamese place's name just before word `i` (one to three words
    of its shape, none a term word, after an article, punctuation or the sentence's start,
    not inside a body's own name: `of the {Quang Ngai} …`); `i` where there is none."""
    k = i
    while k > 0 and i - k < 3 and VI_NAME.fullmatch(words[k - 1].low) \
            and name_word(text, words[k - 1]) \
            and text[words[k - 1].end:words[k].start] == " " \
            and not any(english_level(words[k - 1].text, tw) for tw in term):
        k -= 1
    if k == i or k > 0 and words[k - 1].low not in FUNCTION \
            and text[words[k - 1].end:words[k].start] == " " \
            or [w.low for w in words[max(0, k - 2):k]][-2:] in (["of", "the"], ["the", "of"]) \
            or k > 0 and words[k - 1].low == "of":
        return i
    return k


def said_after(text: str, end: int, name: str) -> bool:
    """The text says `of (the) {name}` right after `end`."""
    return bool(re.match(rf" of (the )?{re.escape(name)}\b", text[end:]))


def lacks_near(words: list[Word], m: Match) -> bool:
    """A word of the term the rendering `m` lacks stands among the three words before it
    (`{Deputy} Foreign Minister` for `Deputy Minister`): other words are between them."""
    missing = [tw for t, tw in enumerate(content_words(m.phrase)) if t not in m.levels]
    return any(english_level(w.text, tw) >= EQUIVALENT
               for w in words[max(0, m.start - 3):m.start] for tw in missing)


def name_moved(text: str, words: list[Word], m: Match,
               target: str) -> tuple[int, int, str, str] | None:
    """The place's name before the rendering `m` in the term's `of` phrase (module
    docstring): (start, end, replacement, how); None where no place is before it, the term
    has no `of` phrase, or a word of the term the rendering lacks is near (`Deputy Foreign
    Minister`)."""
    term = content_words(target)
    if " of the " not in f" {target} " or len(term) < 3 or lacks_near(words, m):
        return None
    k = place_before(text, words, m.start, term)
    if k == m.start:
        return None
    name = text[words[k].start:words[m.start - 1].end]
    end = words[m.end - 1].end
    if said_after(text, end, name):
        return words[k].start, end, target, m.how
    return words[k].start, end, f"{target} of {name}", m.how


def rest_of_name(text: str, words: list[Word], end: int, new: str) -> int:
    """The end (word index) of a name the rendering ending at `end` begins, where the name's
    last words render no term word (`Commission for Economic {Affairs}`, `deputies'
    delegation {Group}`): capitalised English words, no person's or place's name, no
    abbreviation, the term itself a name. A rendering that ends in an abbreviation ends a
    name: capitalised words after it name another body (`UN {Security Council}`) (12as)."""
    if abbreviation(words[end - 1].text):
        return end
    k = end
    while new[:1].isupper() and k < len(words) and text[words[k - 1].end:words[k].start] == " " \
            and words[k].text[:1].isupper() and words[k].low not in FUNCTION \
            and not VI_NAME.fullmatch(words[k].low) and not abbreviation(words[k].text) \
            and not any(english_level(words[k].text, w) for w in content_words(new)) \
            and words[k].low not in _OFFICES:
        k += 1
    return k


# a person's office after a body's name (`State Bank {Governor}`): the office's own word, no
# part of the body's name (issue 12ac)
_OFFICES = frozenset(("governor", "governors", "minister", "ministers", "chairman", "chairwoman",
                      "director", "directors", "secretary", "president", "head", "chief",
                      "spokesman", "spokeswoman", "spokesperson", "ambassador"))


# English nouns of administrative units: the word English puts after a place's name
UNITS = ("province", "prefecture", "county", "district", "town", "township", "city", "ward",
         "commune", "village", "municipality", "region", "borough", "hamlet", "precinct")


def name_after(words: list[Word], j: int, new: str) -> int:
    """The end (word index) of the name right after a unit's slot, where the term is a unit's
    noun (`town`); 0 where none follows."""
    if new not in UNITS:
        return 0
    k = j + 1
    while k < len(words) and words[k].text[:1].isupper() and words[k].low not in FUNCTION \
            and words[k - 1].end + 1 == words[k].start:
        k += 1
    return k if k > j + 1 else 0


# an administrative unit's noun -> the adjective a term says it with
_UNIT_WORD = {"province": "provincial", "district": "district", "commune": "commune",
              "city": "municipal", "ward": "ward", "town": "town"}
_UNIT_ADJECTIVES = frozenset((*UNITS, *_UNIT_WORD.values(), "provincial-level", "district-level"))


def other_unit(text: str, words: list[Word], start: int, target: str) -> bool:
    """Another unit's word just before a rendering whose term begins with its own unit's
    (`the Son Tay {township} Party Committee` for `town Party Committee`): the term says the
    unit, so that word goes with the rendering (issue 12s)."""
    first = target.split()[0]
    if start == 0 or first not in _UNIT_WORD.values() or words[start].low == first:
        return False
    prev = words[start - 1]
    return prev.low in _UNIT_ADJECTIVES and prev.low != first and prev.text.islower() \
        and text[prev.end:words[start].start] == " "


_UNIT_AFTER = re.compile(r" of ((?:[A-Z][a-z]+ ){1,3})(" + "|".join(_UNIT_WORD) + r")\b")
_UNIT_BEFORE = re.compile(r"(?<=\bthe )(" + "|".join(_UNIT_WORD) + r")['’]s $")


def _vi_place(name: str) -> bool:
    """Every word of `name` has a Vietnamese place's shape (`Can Loc`, `Hanoi`)."""
    return all(VI_NAME.fullmatch(w.lower()) for w in name.split())


def _place_unit(text: str, end: int) -> re.Match[str] | None:
    """`of <Vietnamese place> <unit>` right after `end` (`of Can Loc district`), or None."""
    after = _UNIT_AFTER.match(text[end:])
    return after if after and _vi_place(after.group(1)) else None


def unit_after(text: str, end: int) -> bool:
    """`of <Vietnamese place> <unit>` right after `end` (`of Can Loc district`)."""
    return _place_unit(text, end) is not None


def unit_once(text: str, s: int, e: int, new: str) -> tuple[int, int, str]:
    """The replacement `new` of `text[s:e]` where the term says the unit the text says again
    beside it (issue 12o): `{UBND} of Ninh Binh province` → `Ninh Binh provincial People's
    Committee` (a body's name: the place before it), `Chairman of the commune People's
    Committee of Ta Xi Lang {commune}` (a title: the unit's noun dropped), `the {province's}
    provincial People's Committee` → `the provincial People's Committee`."""
    words = new.lower().split()
    after = _place_unit(text, e)
    if after and _UNIT_WORD[after.group(2)] in words:
        name = after.group(1).strip()
        if words[0] == _UNIT_WORD[after.group(2)] and " of " not in f" {new} ":
            return s, e + after.end(), f"{name} {new}"
        return s, e + after.end(), f"{new} of {name}"
    before = _UNIT_BEFORE.search(text[:s])
    if before and _UNIT_WORD[before.group(1)] == words[0]:
        return before.start(), e, new
    return s, e, new


_RANKS = ("deputy", "vice", "permanent", "acting", "former")
# the minister's title words the ministry's own words go before: `Minister`, and the US
# cabinet's `Secretary` (`Health Secretary`, issue 12bq: unseen31, unseen32); a name before
# them is still another country's (`US Health Secretary`). (Words are `\w+` runs: a
# possessive `Minister's` is `Minister` and `s`.)
_MINISTER_TITLES = ("Minister", "Secretary")


def minister_of(text: str, words: list[Word], target: str) -> tuple[int, int, str, str] | None:
    """English news's `{Health} Minister`, `Deputy {Foreign} Minister`, the US cabinet's
    `{Health} Secretary` and `the Secretary of {Construction}` (`_secretary_of`) for the
    ministry's term `Ministry of Health`: (start, end, `Minister of Health`, how) — the
    ministry's own words just before the title (the first word of its name among them), no
    name before them (`Thai Foreign Minister` is another country's); None where the text has
    no such title."""
    name = re.fullmatch(r"Ministry of (.+)", target)
    if name is None:
        return None
    own = content_words(name.group(1))
    for k, word in enumerate(words):
        after = _secretary_of(words, k, own)
        if after is not None:  # `the Secretary of {Construction}` (a US cabinet title)
            return word.start, words[after - 1].end, f"Minister of {name.group(1)}", "rendering"
        if word.text not in _MINISTER_TITLES or k == 0:
            continue
        i = k
        while i > 0 and text[words[i - 1].end:words[i].start] in (" ", ", ", " and ") \
                and words[i - 1].text[:1].isupper() \
                and any(english_level(words[i - 1].text, w) >= EQUIVALENT for w in own):
            i -= 1
        prev = words[i - 1] if i > 0 else None
        if i == k or english_level(words[i].text, own[0]) < EQUIVALENT or prev is not None \
                and prev.text[:1].isupper() and prev.low not in (*FUNCTION, *_RANKS):
            continue  # `Thai Foreign Minister`: a name before it, another country's
        return words[i].start, word.end, f"Minister of {name.group(1)}", "rendering"
    return None


def _secretary_of(words: list[Word], k: int, own: list[str]) -> int | None:
    """`Secretary of {Construction}` at word `k`, after `the`: the index past the ministry's
    own words after `of` (all of them, in order, no capitalised word after them: `Secretary of
    Construction Ltd` is no minister); None elsewhere."""
    if words[k].text != "Secretary" or k == 0 or words[k - 1].low != "the" \
            or k + 1 + len(own) > len(words) or words[k + 1].low != "of":
        return None
    said = [w for w in words[k + 2:] if w.low != "and"][:len(own)]  # (`Industry and Trade`)
    if len(said) < len(own) or any(english_level(w.text, o) < EQUIVALENT
                                   for w, o in zip(said, own, strict=True)):
        return None
    end = words.index(said[-1]) + 1
    return None if end < len(words) and words[end].text[:1].isupper() else end


_DETERMINERS = ("the", "a", "an", "its", "their", "this", "that", "these", "those", "s", "his",
                "her", "our", "whose", "each", "every")


def bare(text: str, words: list[Word], i: int, new: str) -> bool:
    """An acronym said without an article (`MOLISA`, `MoET`) where the term is a body's name
    with an `of` phrase, which English news gives `the`: nothing that determines it before."""
    if not re.fullmatch(r"[A-Z][A-Za-z&]+", words[i].text) or sum(
            c.isupper() for c in words[i].text) < 2 or " of " not in new \
            or not new[:1].isupper():
        return False
    if i == 0:
        return True
    prev = words[i - 1]
    between = text[prev.end:words[i].start].strip()
    return between in (",", ":") or not between and prev.low in FUNCTION \
        and prev.low not in _DETERMINERS  # `from MOLISA`, not `provincial DPI`


# a title term's rank words (group 1) and its title's word (group 2) before `of the`
TITLE_OF = re.compile(r"((?:(?:Permanent|Deputy|Vice) )*)(\w+) of the ")


def ranks_said(text: str, words: list[Word], k: int, ranks: list[str],
               rank_words: tuple[str, ...]) -> int | None:
    """Where the rank words (`rank_words`) said just before `words[k]`, one space apart,
    begin, where they say the term's `ranks` one for one (`Vice` for `Deputy`, none for
    none); None where they say other ranks or more or fewer (`Vice President of the …` is no
    `Chairman of the …`)."""
    i = k
    while i > 0 and words[i - 1].low in rank_words \
            and text[words[i - 1].end:words[i].start] == " ":
        i -= 1
    said = [w.low for w in words[i:k]]
    if len(said) == len(ranks) and all(english_level(a, b) for a, b in zip(
            said, ranks, strict=True)):
        return i
    return None


# the rank words a title's one word for the term's title may have before it (`Vice Mayor`)
_TITLE_RANKS = ("permanent", "deputy", "vice", "standing")
_PLACE_AFTER = re.compile(r" of ((?:[A-Z][a-z]+ ){0,2}[A-Z][a-z]+)(?: (?:" + "|".join(_UNIT_WORD)
                          + r"))?(?=[,.;:]| [a-z])")


def title_of_place(text: str, words: list[Word], target: str
                   ) -> tuple[int, int, str, str] | None:
    """A title's one word for the term's title (`Mayor`, `Chairman`) with the same rank
    (`Vice`), then `of` a Vietnamese place (`Mayor of Da Nang,`): the term is that word
    with its body (`Chairman of the municipal People's Committee`), the place stays after
    it. None where the place's phrase goes on (`of Da Nang's …`, `of Da Nang Port`)."""
    title = TITLE_OF.match(target)
    if title is None:
        return None
    ranks = [w.lower() for w in title.group(1).split()]
    for k, word in enumerate(words):
        place = _PLACE_AFTER.match(text[word.end:])
        if place is None or not word.text[:1].isupper() \
                or english_level(word.text, title.group(2)) < EQUIVALENT \
                or not _vi_place(place.group(1)):
            continue
        i = ranks_said(text, words, k, ranks, _TITLE_RANKS)
        if i is not None:
            return words[i].start, word.end, target, "rendering"
    return None


_INSIDE = re.compile(r"(?<=\bthe )((?:[A-Z][a-z]+ ){1,3})((?i:provincial)|district|commune"
                     r"|municipal|city|ward|town) (?=[A-Z])")  # `Nghe An Provincial` (12ba)


def place_inside(text: str, taken: list[tuple[int, int]]) -> tuple[int, int, str] | None:
    """The first Vietnamese place's name between `the` and a unit's adjective before a
    capitalised body (`the {Binh Phuoc} provincial People's Committee`; `Provincial` as
    English news often writes it there, issue 12ba): its span with the space after it, and
    the adjective as the terms write it; None where there is none or another term has it."""
    for m in _INSIDE.finditer(text):
        a, b = m.start(1), m.end(1)
        if _vi_place(m.group(1)) and not any(s < b and a < e for s, e in taken):
            return a, b, m.group(2).lower()
    return None


_NAMES = r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*"
_SEVERAL = re.compile(rf" of {_NAMES}(?:, {_NAMES})*,? (?:and|&) {_NAMES}")


# the one head of a local body (issue 12aa): several of them head several bodies
_SOLE = ("Chairmen", "Chairwomen", "Secretaries", "Directors")
_LOCAL = ("the commune ", "the district ", "the urban district ", "the provincial ",
          "the municipal ", "the town ")


def several(text: str, end: int, new: str) -> str:
    """A plural title of several named bodies (`Secretaries of the provincial Party
    Committee` before `of Ha Tinh, Nghe An and Quang Tri`), or of a local body's one head
    (`Chairmen of the commune People's Committees`: one chairman a commune; not `Vice
    Chairmen`, several of one body): the body is plural too."""
    head, sep, body = new.partition(" of ")
    if not sep or not (_SEVERAL.match(text, end) or head in _SOLE and body.startswith(_LOCAL)):
        return new
    return f"{head}{sep}{english_plural(body)}"


def _source_items(source: str) -> list[str]:
    """The items of the source's list (`sở, ban, ngành`, `sở và ngành`)."""
    return [p for p in re.split(r"\s*,\s*|\s+và\s+", source.strip()) if p]


def _list_goes_on(text: str, end: int) -> bool:
    """The English list goes on after `end` (`, and …`, `or …`, `, localities`): it says more
    than the source's list, so it is no rendering of it."""
    return re.match(r",? (?:and|or)\b|, [a-z]", text[end:]) is not None


def listed(text: str, target: str, source: str) -> tuple[int, int, str, str] | None:
    """A term that joins two nouns (`departments and agencies`) for a source that lists three
    or more (`sở, ban, ngành`), rendered as the source's list word by word (`departments,
    boards and sectors`, `departments and sectors`): the list, from the term's first noun to
    its last item, is the rendering (issue 12s). Only lower-case plural nouns, no more items
    than the source has, none the term's other noun (`departments, agencies and localities`
    says the concept and something more), and a list that ends there."""
    pair = re.fullmatch(r"([a-z]+s) and ([a-z]+s)", target)
    items = _source_items(source)
    if pair is None or len(items) < 3:
        return None
    first, other = pair.groups()
    for m in re.finditer(rf"\b(?:{first}|{first.capitalize()})((?:, [a-z]+s)*),? and ([a-z]+s)\b",
                         text):
        said = [w.strip(", ") for w in m.group(1).split(",") if w.strip()] + [m.group(2)]
        if len(said) + 1 > len(items) or other in said or first in said \
                or _list_goes_on(text, m.end()):
            continue
        return m.start(), m.end(), target, "rendering"
    return None


# the nouns English news renders a list of offices with (`sở, ban, ngành`), item by item
_OFFICE_NOUNS = frozenset(("departments", "agencies", "boards", "sectors", "branches", "services",
                           "divisions", "offices", "bureaus", "bureaux"))


def offices_listed(text: str, target: str, source: str) -> tuple[int, int, str, str] | None:
    """The source's list said item by item with the term's nouns among other office nouns
    (`departments, agencies and sectors`, `services, boards and sectors`, issue 12ba): one
    item for each of the source's, every one an office noun, the term's both nouns no more
    than once, a list that ends there (`… and localities` says something more: left)."""
    size = len(_source_items(source))
    if size < 3 or not set(target.split(" and ")) <= _OFFICE_NOUNS:
        return None
    for m in re.finditer(r"\b([A-Za-z]+s)((?:, [a-z]+s)+),? and ([a-z]+s)\b", text):
        said = [m.group(1).lower(), *(w.strip() for w in m.group(2).split(",") if w.strip()),
                m.group(3)]
        if len(said) == size and set(said) <= _OFFICE_NOUNS and len(set(said)) == size \
                and not _list_goes_on(text, m.end()):
            return m.start(), m.end(), target, "rendering"
    return None


_ENDS = "|".join((*FUNCTION, *PHRASE_ENDS))


def other_conjunct(text: str, target: str, source: str) -> tuple[int, int, str, str] | None:
    """A term that ends `… and <noun>` for a source that lists its parts (`xây dựng, chỉnh đốn
    Đảng`), said with its first part and another noun for the last (`Party building and
    {reform}`, `… and {consolidation} was`): that noun is the rendering of the last part.
    Only one lower-case word at the end of the noun phrase (punctuation, a function word or an
    auxiliary after it), never the term's own word (issue 12s)."""
    pair = re.fullmatch(r"(.+) and ([a-z]+)", target)
    if pair is None or not re.search(r",|\svà\s", source):
        return None
    first, last = pair.groups()
    heads = "|".join(map(re.escape, {first, first[:1].upper() + first[1:]}))
    m = re.search(rf"\b(?:{heads}) and ([a-z]{{4,}})(?=[,.;:!?)]|$| (?:{_ENDS})\b)", text)
    if m is None or m.group(1) == last or m.group(1) in FUNCTION or m.group(1) in PHRASE_ENDS:
        return None
    return m.start(1), m.end(1), last, "rendering"
