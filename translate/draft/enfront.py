"""Words just before an English rendering that the term replaces with it (split from
`translate.draft.english`, issue 12aa).

A translator may put a word where one of the term's words goes (`{national} budget` for `state
budget`, `{Prime Minister's} Office` for `Government Office`, issue 12t; `{national}
Statistics Office`, `{Viet Nam} Fatherland Front`, issue 12x): that word goes with the
rendering, and the term says what it meant. A level word (`provincial`) qualifies the body and
stays. A title said before `of the` and a body's rendering goes with it too
(`{President of the} National Assembly`, issue 12bb).
"""

from __future__ import annotations

import re

from translate.draft.align import Match, Word
from translate.draft.ennames import QUANTIFIERS, TITLE_OF, VI_NAME, place_before, ranks_said
from translate.draft.enshape import head_index
from translate.terms.english import (
    COORDINATING,
    FUNCTION,
    STRONG,
    TOLERATED,
    content_words,
    english_level,
)

__all__ = ["in_modifier_slot", "front_left", "field_before", "field_inside", "of_complement",
           "LEVELS", "ADJECTIVE", "title_left", "one_of_kind", "field_of_body"]

ADJECTIVE = re.compile(r"(al|ic|ive|ous|ary|ese|ian|ish|ern)$")
# the rank words a title said before `of the` may have (`{First Vice President of the} …`)
_RANKS = ("permanent", "deputy", "vice", "standing", "first", "executive")
# words before a title that say when or how its holder holds it (`modifiers.tsv`'s English):
# never a department's field (`a {former} department director`, issue 12bm)
_HOLDING = frozenset(("former", "acting", "late", "new", "then", "retired", "incumbent",
                      "previous", "outgoing", "interim", *_RANKS))
# the level words of a body (`provincial`, `district`): a place before them is that level's
LEVELS = frozenset(("provincial", "municipal", "district", "communal", "local", "central",
                    "regional"))


def in_modifier_slot(text: str, words: list[Word], m: Match, term: list[str],
                     start: int) -> int:
    """An adjective just before the rendering where the term has a modifier the rendering
    lacks (`{national} budget` for `state budget`), or a name's possessive before a one-word
    rendering (`{Prime Minister's} Office` for `Government Office`): the term's modifier
    replaces it."""
    head = head_index(m.phrase, term)
    if start != m.start or start == 0 or any(t < head for t in m.levels) or head == 0 \
            or text[words[start - 1].end:words[start].start] != " ":
        return start
    word = words[start - 1]
    if word.low == "s" and text[word.start - 1:word.start] in "'’":
        k = start - 2  # `{Prime Minister's} Office` for `Government Office`: a name's own
        while k >= 0 and k > start - 5 and words[k].text[:1].isupper() \
                and words[k].low not in FUNCTION:
            k -= 1
        return k + 1 if k + 1 < start - 1 and m.end - m.start == 1 else start
    if word.low in FUNCTION or not ADJECTIVE.search(word.low) or word.text[:1].isupper():
        return start
    return start - 1


def front_left(text: str, words: list[Word], m: Match, target: str, start: int) -> int:
    """The word a translator put where the term's first word goes, left before a rendering
    that lacks it (issue 12x): an adjective (`{national} Statistics Office` for `General
    Statistics Office`) or that word spelt in two (`{Viet Nam} Fatherland Front`): the term's
    own first word replaces it."""
    first, rest = target.split()[0], content_words(target)[1:]
    if start != m.start or start == 0 or first.lower() in FUNCTION \
            or any(english_level(words[k].text, first) for k in range(m.start, m.end)) \
            or not any(english_level(words[m.start].text, w) for w in rest) \
            or text[words[start - 1].end:words[start].start] != " ":
        return start  # (the rendering must begin with a later word of the term: `co-ops`,
        # `NA delegation` may hold the first)
    word = words[start - 1]
    if word.low in LEVELS:
        return start  # a level qualifies the body (`provincial`), it stands for no word of it
    if start >= 2 and text[words[start - 2].end:word.start] == " " \
            and (words[start - 2].text + word.text).lower() == first.lower():
        return start - 2
    if word.low in FUNCTION or not ADJECTIVE.search(word.low) or word.text[:1].isupper():
        return start
    return start - 1


def title_left(text: str, words: list[Word], start: int, target: str) -> int:
    """A title said before `of the` and a rendering of the body, where the term is the title
    of that body (`{President of the} National Assembly` for `Chairman of the National
    Assembly`): the title goes with the rendering, or the term would say it twice (issue
    12bb). Its rank words must be the term's (`Vice President of the …` for `Chairman of the
    …` stays), and the title one of the term's title's words or a word English tolerates for
    it (`President` for `Chairman`)."""
    title = TITLE_OF.match(target)
    if title is None or start < 3 or [w.low for w in words[start - 2:start]] != ["of", "the"] \
            or any(text[words[k - 1].end:words[k].start] != " "
                   for k in range(start - 2, start + 1)):
        return start
    word, head = words[start - 3], title.group(2)
    if not word.text[:1].isupper() or not (english_level(word.text, head)
                                           or word.low in TOLERATED.get(head.lower(), ())):
        return start
    k = ranks_said(text, words, start - 3, title.group(1).lower().split(), _RANKS)
    return start if k is None else k


def field_before(text: str, words: list[Word], m: Match,
                 target: str) -> tuple[int, int, str, str] | None:
    """A department's field said before `Department` in a rendering of a title of the
    Department (`{Health} Department head`, `the {health} department Director` for `Director
    of the Department`, issue 12aa): the field goes into the term's `of` phrase (`Director of
    the Department of Health`). One plain word only, not a level (`provincial`), a count
    (`three department directors`), a term word or a name's end; a level before the field
    stays where it is (`the provincial {health} department head`, issue 12bp); a Vietnamese
    place's name before the field goes after the term (`… of Health of Ha Tinh`, issue 12bu);
    where another name goes on before it, nothing is said about it (None)."""
    if not target.endswith(" Department") or m.start == 0 \
            or english_level(words[m.start].text, "Department") != STRONG:
        return None
    field = words[m.start - 1]
    if text[field.end:words[m.start].start] != " " or not field.text.isalpha() \
            or field.low in FUNCTION or field.low in LEVELS or field.low in _HOLDING \
            or field.low in QUANTIFIERS or len(field.text) < 4 \
            or any(english_level(field.text, w) for w in content_words(target)):
        return None  # (`three department directors`: a count, no field, issue 12bp)
    new, start = f"{target} of {field.text.capitalize()}", field.start
    if m.start >= 2 and words[m.start - 2].low not in FUNCTION \
            and words[m.start - 2].low not in LEVELS \
            and text[words[m.start - 2].end:field.start] == " ":
        k = place_before(text, words, m.start - 1, content_words(target))
        if k == m.start - 1 or VI_NAME.fullmatch(field.low):
            return None  # `Ha Tinh Health Department` is not sure: more words before it
        # a place before the field (`the {Ha Tinh} construction department head`) goes after
        # the term, as the `of` phrase of a title does (issue 12bu, the lead's ruling)
        new, start = f"{new} of {text[words[k].start:words[m.start - 2].end]}", words[k].start
    return start, words[m.end - 1].end, new, m.how


# a place's unit noun before a department's field (`Ho Chi Minh City {Health} Service`)
_UNITS = frozenset(("city", "province", "district", "ward", "commune", "town"))
_AND = ("and", "&")  # between two words of one field (`Agriculture and Environment`)


def field_of_body(text: str, words: list[Word], m: Match,
                  target: str) -> tuple[int, int, str, str] | None:
    """A department named by its field before the body's word, where the term is the body's
    head alone (`Sở`: `Department`): `the Khanh Hoa {Health Service}` → `the Khanh Hoa
    Department of Health` (issue 12cg: unseen19, unseen32). The field is capitalised plain
    words (`Agriculture and Environment`; a word of a Vietnamese name's shape only after
    `and`: `Education and Training`); before it the sentence's start, a function word, a unit
    noun or a place of one or two words of that shape. Where more such words stand before it
    (`Phu Tho Home Affairs Bureau`: is `Home` the place's or the field's?) nothing is said."""
    if target != "Department" or m.end - m.start != 1 or m.start == 0 \
            or not words[m.start].text[:1].isupper():
        return None
    k, field = _field_words(text, words, m.start)
    if not field or field[0] in _AND or len(field) == 1 and ADJECTIVE.search(field[0]):
        return None  # one adjective is no field's noun (`Financial Bureau`, issue 12ch)
    if not _place_before_field(words, k):
        return None
    named = text[words[k].start:words[m.start - 1].end]
    return words[k].start, words[m.start].end, f"{target} of {named}", m.how


def _field_words(text: str, words: list[Word], head: int) -> tuple[int, list[str]]:
    """The field's words right before the body's word `words[head]` (`field_of_body`), lower
    case, with the index of its first word: capitalised plain words of four letters or more
    that are no level, unit or function word, one of a Vietnamese name's shape only after
    `and`/`&`, and `and`/`&` between two of them."""
    k, field = head, []
    while k > 0 and text[words[k - 1].end:words[k].start] == " ":
        w = words[k - 1]
        if w.low in _AND and field and field[0] not in _AND:
            field.insert(0, w.low)
        elif w.text[:1].isupper() and w.text.isalpha() and len(w.text) >= 4 \
                and w.low not in LEVELS and w.low not in _UNITS and w.low not in FUNCTION \
                and (not VI_NAME.fullmatch(w.low) or bool(field) and field[0] in _AND):
            field.insert(0, w.low)
        else:
            break
        k -= 1
    return k, field


def _place_before_field(words: list[Word], k: int) -> bool:
    """Whether what stands before a field starting at `words[k]` leaves it a department's
    field (`field_of_body`): a place of at most two capitalised words of a Vietnamese name's
    shape, or, with no place, the sentence's start, a function word or a unit noun."""
    place = 0
    while k - place > 0 and words[k - place - 1].text[:1].isupper() \
            and words[k - place - 1].low not in FUNCTION \
            and VI_NAME.fullmatch(words[k - place - 1].low):
        place += 1
    before = words[k - place - 1] if k - place > 0 else None
    return not (place > 2 or place == 0 and before is not None and before.low not in FUNCTION
                and before.low not in _UNITS)


_FIELD_INSIDE = re.compile(r" of the ([A-Z][a-z]{3,}) (\w+)\b")


def field_inside(text: str, words: list[Word], m: Match,
                 target: str) -> tuple[int, int, str, str] | None:
    """A department's field said inside the title's `of` phrase (`Director of the {Health}
    Department` for `Director of the Department`, issue 12bk): the window is the title's head
    alone, the term's `of the` body follows with one capitalised plain word before the body's
    noun, and that word goes after it (`Director of the Department of Health`). Not a level
    (`Provincial`), a term word, a place's name (`of the Hanoi Department of Health`: the
    field is after it), or more than one word (`of the Ha Tinh Department`)."""
    if not target.endswith(" of the Department") or m.end - m.start != 1:
        return None
    said = _FIELD_INSIDE.match(text, words[m.end - 1].end)
    if said is None or english_level(said.group(2), "Department") != STRONG:
        return None
    field = said.group(1)
    if field.lower() in LEVELS or field.lower() in FUNCTION or VI_NAME.fullmatch(field.lower()) \
            or any(english_level(field, w) for w in content_words(target)):
        return None
    return words[m.start].start, said.end(), f"{target} of {field}", m.how


def of_complement(text: str, words: list[Word], m: Match, target: str, end: int) -> int:
    """The rendering's own `of` complement where the term's is (`Ministry {of Medicine}` for
    `Ministry of Health`, issue 12aa): the term's head alone was found and one capitalised
    word no term word renders follows it after `of`, so that word stands where the term's
    complement goes and is replaced with it; `end` (word index) elsewhere, and where the
    term's complement is a body with `the` (`Director {of Construction}` says the field the
    term `Director of the Department` lacks), and where no `of` stands inside the term (a
    phrase that ends in one, `holds the post of`, has no complement to look for)."""
    term = content_words(target)
    if " of " not in target or target.split(" of ", 1)[1].startswith("the ") \
            or end != m.end or end + 1 >= len(words):
        return end
    before = len(content_words(target.split(" of ", 1)[0]))
    if head_index(target, term) != 0 or set(m.matched.values()) != {0}:
        return _other_complement(text, words, m, term, before, end)
    of, word = words[end], words[end + 1]
    if of.low != "of" or text[words[end - 1].end:of.start] != " " \
            or text[of.end:word.start] != " " or not word.text.isalpha() \
            or not word.text[:1].isupper() or word.low in FUNCTION or VI_NAME.fullmatch(word.low) \
            or any(english_level(word.text, w) for w in term):
        return end
    if end + 2 < len(words) and text[word.end:words[end + 2].start] == " " \
            and words[end + 2].text[:1].isupper():
        return end  # a longer name (`Ministry of Labour Invalids …`)
    return end + 2


# nouns for an office as a post to fill, which a title in lower case before them modifies
_POST = frozenset(("post", "posts", "position", "positions", "role", "roles", "job", "jobs",
                   "seat", "seats", "vacancy", "vacancies"))


def one_of_kind(text: str, words: list[Word], m: Match, target: str) -> bool:
    """`a department director`, `a former department director`: a title of a body (`Director
    of the Department`) said all in lower case right after `a`/`an` (words for when or how
    its holder holds it between) is one official of that kind, its body unnamed: the
    translator's common noun, not the office misnamed, so it stays (two independent sets,
    issue 12bm). Capitalised (`a Department Director`), with a field (`a health department
    director`) or after `the`, it is the title, and the term replaces it. So is one before a
    noun for the office itself (`nominees for department director posts`: a post's kind,
    issue 12bn)."""
    if TITLE_OF.match(target) is None or not all(words[k].text.islower()
                                                 for k in range(m.start, m.end)):
        return False
    if m.end < len(words) and words[m.end].low in _POST \
            and text[words[m.end - 1].end:words[m.end].start] == " ":
        return True
    k = m.start - 1
    while k >= 0 and words[k].low in _HOLDING and text[words[k].end:words[k + 1].start] == " ":
        k -= 1
    return k >= 0 and words[k].low in ("a", "an") and text[words[k].end:words[k + 1].start] == " "


def _other_complement(text: str, words: list[Word], m: Match, term: list[str], before: int,
                      end: int) -> int:
    """A name's rendering with every word of the term before its `of` and an `of` complement
    of its own in capitalised words no term word renders (`Vietnam General Confederation {of
    Trade Unions}` for `… Confederation of Labour`, issue 12bm): that complement stands where
    the term's goes and is replaced with it. Two words at most, not all a Vietnamese name's
    syllables (`of Ha Tinh`: a place), and the name ends there (no capitalised word
    follows)."""
    if before < 2 or set(m.matched.values()) != set(range(before)) \
            or words[end].low != "of" or text[words[end - 1].end:words[end].start] != " ":
        return end
    k = end + 1
    while k < len(words) and k <= end + 2 and text[words[k - 1].end:words[k].start] == " " \
            and words[k].text.isalpha() and words[k].text[:1].isupper() \
            and words[k].low not in FUNCTION \
            and not any(english_level(words[k].text, w) for w in term):
        k += 1
    if k == end + 1 or all(VI_NAME.fullmatch(w.low) for w in words[end + 1:k]) \
            or k < len(words) and text[words[k - 1].end:words[k].start] == " " \
            and (words[k].text[:1].isupper() or words[k].low in COORDINATING):
        return end  # (`of Trade {and} Industry`: the name goes on)
    return k
