"""Where an English translation rendered a term's concept, and the term in that rendering's shape.

English has no case, so `translate.draft.place` needs two things here: the span to replace and
the term's shape in it. The span is a window (`translate.draft.enwindow`) of content words
that each render a word of the term (the same word, another word for it, or a word of the same
stem: `translate.terms.english`), in any order (`Finance Ministry` ~ `Ministry of Finance`), with
the function words English puts between them (`Fatherland Front of Vietnam`); it never begins
or ends with a function word, so the article before it and a possessive `'s` after it stay
(`the {Public Security Ministry}'s report`). Words of the same stem just before it are made
redundant by the term and go with it (`{administrative} public administration reform`).
The term's shape: plural where the rendering's head was plural (`cadres` → `officials`),
capitals where the rendering was part of a name (`Yen Phong Industrial Zone` → `… Industrial
Park`), `a`/`an` before it as its first sound needs (`a cadre` → `an official`).
Precision first: nothing is replaced where the term would tear the rendering from a name or
a term word before it (`Quang Ninh provincial Party Secretary`), where what it lacks is said
after it (`People's Committee of Nghe An province`), or where a name goes on in words no list
knows (`Ministry of Industry and Handicrafts`).

Where no word renders the term's, the source says where the rendering is (issue 12l): the
words between the anchors the source and the translation share (`translate.draft.slot.
slot_bounds`: names, numbers, other terms, the sentence's edges) when they are one short
phrase (`english_slot`: `{Provincial Governor} Vo Van Hai`); the unit's noun after the name
the source has after its place word (`place_noun_slot`: `Vu Quang {county}`); part of the
Vietnamese term left in with the rest in English around it (`left_in_slot`: `the provincial
{UBND}`). None of them holds the term's head alone or only some of its words with the rest
elsewhere (`Minister of {Health}`), a clause, another country's adjective or a numbered name.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from translate.draft.align import Match, Word, text_words
from translate.draft.enbare import against_list, back_reference, bare_head, bare_prefix
from translate.draft.enboard import named_board
from translate.draft.enfields import placement_fields
from translate.draft.enfront import (
    ADJECTIVE,
    LEVELS,
    field_before,
    field_inside,
    field_of_body,
    front_left,
    in_modifier_slot,
    of_complement,
    one_of_kind,
    title_left,
)
from translate.draft.ennames import (
    UNITS,
    VI_NAME,
    lacks_near,
    listed,
    minister_of,
    name_moved,
    name_word,
    offices_listed,
    other_conjunct,
    other_unit,
    place_inside,
    rest_of_name,
    said_after,
    several,
    title_of_place,
    unit_after,
)
from translate.draft.enother import (
    SUBJECTS,
    other_kind,
    overlaps,
    slotted,
    takes_next,
    title_of_taken,
)
from translate.draft.enshape import (
    article_for,
    head_index,
    initials_of,
    mass_term,
    named,
    plural_head,
    plural_term,
    possessed_head,
)
from translate.draft.enslot import dated_slot
from translate.draft.enspan import of_vietnam
from translate.draft.enwindow import english_window
from translate.terms.english import (
    COORDINATING,
    FUNCTION,
    PHRASE_ENDS,
    STRONG,
    WEAK,
    content_words,
    english_level,
    english_variants,
    female_title,
)
from translate.terms.inflect import english_plural
from translate.terms.lemmas import shared_stem

__all__ = ["english_window", "english_placement"]  # (`english_window` lives in enwindow.py)

_WORD = re.compile(r"\w+")


def _said_after(text: str, words: list[Word], m: Match, term: list[str], target: str) -> bool:
    """A word the rendering lacks (of the phrase it matched or of the term itself) is said
    in an `of` phrase after it (`People's Committee of Nghe An {province}` for `provincial
    People's Committee`, `chairman of the Hanoi {People's Committee}`): the concept is all
    there, a name inside it. Not where that phrase is only a place and its unit and the
    body is not said at all (`Party Secretary of Can Loc {district}`: `unit_once`)."""
    own = [words[k].text for k in m.matched]
    missing = [tw for t, tw in enumerate(term) if t not in m.levels] + [
        tw for tw in content_words(target) if not any(english_level(w, tw) for w in own)]
    if not missing or m.end >= len(words) or words[m.end].low != "of":
        return False
    after = words[m.end + 1:m.end + 6]
    said = [tw for tw in missing if any(english_level(w.text, tw) for w in after)]
    return bool(said) and (len(said) == len(missing) or not unit_after(text, words[m.end - 1].end))


def _split(text: str, words: list[Word], m: Match, target: str) -> bool:
    """Other words stand between the rendering and what it leaves out: a term word the
    window lacks among the three words before it (`{Deputy} Foreign Minister` for `Deputy
    Minister`), or, for a term with an `of` phrase (`Secretary of the …`), a name just
    before it, at a sentence start too (`Quang Ninh provincial Party Secretary`, `Finance
    Department head`): the term put in its place would tear them apart."""
    if lacks_near(words, m):
        return True
    if m.start == 0 or text[words[m.start - 1].end:words[m.start].start] != " ":
        return False
    prev = words[m.start - 1]
    head_first = " of " in f" {target.lower()} " and len(content_words(target)) > 1
    # the whole term after a place's name tears nothing: in its own order (`Long An
    # {Department of Investment and Planning}`), or its own words reordered where the term has
    # no level word (`Dong Thap {Industry and Trade Department}`, 12as); a level's place stays
    # with its Party Committee (`Quang Binh provincial Party … Secretary`)
    reordered = m.phrase == target and not LEVELS & set(target.lower().split())
    whole = len(m.levels) == len(content_words(m.phrase)) \
        and (m.matched.get(m.start) == 0 or reordered) \
        and VI_NAME.fullmatch(prev.low) and set(m.levels.values()) == {STRONG}
    return head_first and not whole and name_word(text, prev)


def _ours(span: str, target: str) -> bool:
    """Another term's span made of our term's own words is ours too: one word (`district` in
    `district Party chief`), or the body our title's `of` phrase names (`the provincial
    People's Committee` in `Standing Vice Chairman of {the provincial People's Committee}`,
    where the source names that committee again on its own, issue 12au): a run of that
    phrase's words in its order. Not a title's other words (`Prime Minister` beside a `Deputy
    Prime Minister` is the Prime Minister)."""
    own = content_words(target)
    if len(_WORD.findall(span)) == 1:
        return any(english_level(span, o) == STRONG for o in own)
    if " of " not in target:
        return False
    body, said = content_words(target.rsplit(" of ", 1)[1]), content_words(span)
    return 1 < len(said) <= len(body) and any(
        all(english_level(w, o) == STRONG for w, o in zip(said, body[k:], strict=False))
        for k in range(len(body) - len(said) + 1))


def _less_base(text: str, start: int, end: int, target: str) -> tuple[int, int]:
    """Another term's span that begins with our title's base title right after our rank
    word (`Vice {Secretary of the commune Party Committee}` for `Deputy Secretary`, `Phó Bí
    thư Đảng ủy xã`: the secretary's title inside the deputy's): that first word is ours, the
    rest stays taken (the English side of `fix._not_shared`'s Czech rule, issue 12bm); so
    too a body's span that begins with our `X of Y` title's noun after our title's other word
    and `of the` (`Head of the {Office of the provincial Party Committee}` for `Chief of
    Office`, `Chánh Văn phòng Tỉnh ủy`: issue 12bx)."""
    said = _WORD.match(text, start)
    own = target.split()
    of_title = len(own) == 3 and own[1] == "of"  # `Chief of Office`: its two words, `of the`
    if of_title:
        own = [own[0], own[2]]
    elif len(own) != 2:
        return start, end
    if said is None or end <= said.end() or english_level(said.group(), own[-1]) != STRONG:
        return start, end
    before = re.search(r"(\w+) of the\s+$" if of_title else r"(\w+)\s+$", text[:start])
    if before is None or not english_level(before.group(1), own[0]):
        return start, end
    return said.end(), end


def _goes_on(words: list[Word], m: Match) -> bool:
    """A name the rendering only begins: `and` and a capitalised word no term word renders
    after it (`Ministry of Industry {and Commerce}`): replacing the beginning would leave the
    rest, so nothing is replaced. A rendering that ends in a lower-case word is no name
    (`Marxist-Leninist theory {and Ho Chi Minh Thought}`: two things) (issue 12aq)."""
    return m.end + 1 < len(words) and words[m.end].low in ("and", "&") \
        and words[m.end + 1].text[:1].isupper() and m.phrase[:1].isupper() \
        and words[m.end - 1].text[:1].isupper() and not _ends_on_head(m)


def _ends_on_head(m: Match) -> bool:
    """The window ends on the term's head noun, said after its modifiers where the term has it
    before them (`Foreign {Ministry}` for `Ministry of Foreign Affairs`): the head closes the
    name, so a capitalised word after `and` begins another conjunct (`the Foreign Ministry and
    Hue city`), not the rest of this name (issue 12bk)."""
    term = content_words(m.phrase)
    head = head_index(m.phrase, term)
    return m.matched.get(m.end - 1) == head and head != len(term) - 1


def _said_by_target(word: str, phrase: str, target: str) -> bool:
    """A word before a variant's window shares its stem with a word the term has and the
    variant lacks (`{plenary} meeting of the Central Committee` for `plenum of the Party
    Central Committee`): the term says it, so it goes with the window (issue 12bk). Only an
    adjective's ending (`plenary`), not a noun the stem shares by chance (`commune`)."""
    if not ADJECTIVE.search(word):
        return False
    said = {w.lower() for w in content_words(phrase)}
    return any(shared_stem(word, w.lower(), 4) for w in content_words(target)
               if w.lower() not in said and w.lower() not in FUNCTION)


def _modifies_next(text: str, words: list[Word], m: Match) -> bool:
    """A window that says the term's words in another order (`apparatus of the political`
    for `political system`) and ends on a modifier the next lower-case word follows: that
    modifier is the next noun's (`political {structure}`), so the window renders nothing
    (issue 12bb)."""
    last = m.matched.get(m.end - 1)
    head = head_index(m.phrase, content_words(m.phrase))
    if last is None or m.end >= len(words) or last == head \
            or last >= max(m.matched.values()) or min(m.matched) == m.end - 1 \
            or m.matched[min(m.matched)] != head or not words[m.end - 1].text.islower() \
            or not ADJECTIVE.search(words[m.end - 1].low) \
            or "of" not in (w.low for w in words[m.start:m.end]) \
            or text[words[m.end - 1].end:words[m.end].start] != " ":
        return False
    after = words[m.end]
    return after.text.islower() and after.low not in FUNCTION and after.low not in PHRASE_ENDS


def _members_named(words: list[Word], m: Match, term: list[str]) -> bool:
    """The term's lower-case head alone after its other words said as a name earlier in the
    sentence (`the Party cells … with 1,900 {members}`): those are the named body's members,
    said once (issue 12bb)."""
    others = [w for t, w in enumerate(term) if t not in m.levels]
    if m.end - m.start != 1 or len(m.matched) != 1 or not words[m.start].text.islower() \
            or not others or not all(w[:1].isupper() for w in others) \
            or m.start == 0 or words[m.start - 1].text in others:
        return False  # (right after them they are its own words: `Assembly {deputies}`)
    before = {w.text for w in words[:m.start - 1]}
    return all(w in before for w in others)


def _part(words: list[Word], m: Match, variant: str) -> bool:
    """A variant of three or more words found only in part, with `and` after it (`{Party
    building} and consolidation` for `building and rectifying the Party`): the rendering goes
    on past the window in words the variant does not know, so the window is not all of it
    (issue 12bm; the term's own window or the source's slot judge it)."""
    return len(content_words(variant)) >= 3 and len(m.levels) < len(content_words(variant)) \
        and m.end < len(words) and words[m.end].low in COORDINATING


# prepositions that never turn a variant's words round (`unit of the Party` does, with `of`)
_NOT_OF = frozenset(("in", "at", "on", "for", "to", "with", "from", "by"))


# the wordings of a body's head alone (`Sở`: `Department`), capitalised names' heads: in lower
# case they are common nouns (`civil service`, `news bureau`)
_HEAD_WORDS = frozenset(english_variants("Department"))


def _loose(words: list[Word], m: Match, variant: str) -> bool:
    """A variant (another phrase for the term) found only loosely: a word of the same stem
    only after its head noun, which ends an English noun phrase (`Paper {proposes}` for
    `proposal paper`); one word that is not the whole capitalised variant or its plural
    (`ordered` for `Order`, a Directive's other name: a verb; issue 12ak; the bare head
    `Secretariat` is a variant itself since 12bw: `enbare.bare_head`), or that is a body head's
    capitalised wording said in lower case (`civil {service}` is no department's `Service`,
    issue 12ch; a title's still is one, `two {premiers}`); or its words turned round over a
    preposition other than `of` (`{units in the Party}` is no `Party unit`, 12bf)."""
    order = [m.matched[k] for k in sorted(m.matched)]
    if order != sorted(order) and {w.low for w in words[m.start:m.end]} & _NOT_OF:
        return True
    head = head_index(variant, content_words(variant))
    at = [k for k, t in m.matched.items() if t == head]
    if at and any(k > at[0] and m.levels.get(t) == WEAK for k, t in m.matched.items()):
        return True
    return m.end - m.start == 1 and variant[:1].isupper() \
        and (words[m.start].low not in (variant.lower(), f"{variant.lower()}s")
             or words[m.start].text[:1].islower() and variant in _HEAD_WORDS)


# office nouns English also uses as verbs (`to head the board`, `to chair the meeting`)
_TITLE_VERBS = frozenset(("head", "chair", "lead", "direct", "manage"))


def _verb(words: list[Word], m: Match) -> bool:
    """The window's first word is a verb after a subject (`who {chairs} the Front` is no
    `Chairman`) (issue 12am), or an office's noun said as a verb after `to` with its object
    right after (`transferred to {head the} Commission`: to lead it, issue 12bp)."""
    return m.start > 0 and (words[m.start - 1].low in SUBJECTS
                            or words[m.start - 1].low == "to"
                            and words[m.start].low in _TITLE_VERBS
                            and m.start + 1 < len(words)
                            and words[m.start + 1].low in ("the", "a", "an"))


def _own_modifier(words: list[Word], m: Match, start: int) -> bool:
    """A two-word term's head alone after a lower-case noun or adjective that no term word
    renders and nothing takes into the span: the head is another thing's (`extra {revenue}`
    is no `budget revenue`) (issue 12am)."""
    if start != m.start or m.start == 0 or len(m.matched) != 1 or m.end - m.start != 1 \
            or len(content_words(m.phrase)) != 2:
        return False
    prev = words[m.start - 1]
    return prev.text.isalpha() and prev.text.islower() and prev.low not in FUNCTION \
        and prev.low not in PHRASE_ENDS and prev.low not in UNITS \
        and not any(english_level(prev.text, w) for w in content_words(m.phrase))


def _cut_name(words: list[Word], m: Match, phrase: str, targets: Sequence[str]) -> bool:
    """A variant that is the term less its last words, followed by a capitalised word: the
    name goes on in another head (`provincial Fatherland Front {Council}`) (issue 12be)."""
    return any(t.startswith(phrase + " ") for t in targets) and m.end < len(words) \
        and words[m.end].text[:1].isupper()


def english_placement(text: str, words: list[Word], targets: Sequence[str],
                      forbidden: Sequence[str] = (),
                      taken: Sequence[tuple[int, int]] = (),
                      starts_sentence: Callable[[str, int], bool] = lambda text, s: s == 0,
                      slot: tuple[int, int] | None = None, source: str = "",
                      ) -> tuple[int, int, str, str, str, str, str] | None:
    """The fields of a `translate.draft.place.Placement` (start, end, found, replacement, no
    case, no number, how) for the best rendering of the concept in `text`; None where nothing
    renders it, or where what renders it is an office of a body the English names itself
    (`enboard.named_board`: `head of the {supervisory} board`). `starts_sentence(text,
    start)`: the caller's test for a sentence start, where the term begins with a capital;
    `slot`: the words the source's slot gives (`english_slot`), taken where no word of the
    text renders the term's; `source`: the Vietnamese term (a list of its items:
    `ennames.listed`)."""
    got = _best_rendering(text, words, targets, forbidden, taken, starts_sentence, slot, source)
    return None if got and (named_board(text, got[0], got[1], targets[0])
                            or _one_of_many(got[2], got[3])) else got


_OF_A = re.compile(r"\bof an? ")


def _one_of_many(found: str, new: str) -> bool:
    """The term said whole with `of a` for its `of the` (`Vice Chairman of a provincial
    People's Committee`): one office of many such bodies, right as it is (issue 12cn)."""
    return found != new and _OF_A.sub("of the ", found).lower() == new.lower()


def _best_rendering(text: str, words: list[Word], targets: Sequence[str],
                   forbidden: Sequence[str] = (),
                   taken: Sequence[tuple[int, int]] = (),
                   starts_sentence: Callable[[str, int], bool] = lambda text, s: s == 0,
                   slot: tuple[int, int] | None = None, source: str = "",
                   ) -> tuple[int, int, str, str, str, str, str] | None:
    """`english_placement`'s fields before `enboard.named_board` is asked (the same
    arguments): the best window, or the source's slot, in the term's shape."""
    phrases = [*((t, "rendering") for t in targets),
               *((v, "rendering") for t in targets for v in english_variants(t)),
               *((f, "forbidden") for f in forbidden)]
    taken = [_less_base(text, a, b, targets[0]) for a, b in taken
             if not _ours(text[a:b], targets[0])]  # (`_ours`)
    inside = place_inside(text, list(taken))
    if inside is not None:  # judged without the place, which stays where it was (12q)
        a, b, unit = inside
        less = text[:a] + text[b:]
        got = english_placement(less, text_words(less), targets, forbidden, [
            (s - (b - a) * (s >= b), e - (b - a) * (e >= b)) for s, e in taken], starts_sentence)
        if got and got[0] < a < got[1] and f"the {unit} " in got[3]:
            end = got[1] + b - a  # the place said after it too: said once (`of Ha Tinh`)
            new = got[3] if said_after(text, end, text[a:b - 1]) else \
                got[3].replace(f"the {unit} ", f"the {text[a:b]}{unit} ", 1)
            found = text[got[0]:end]
            return None if new == found else (got[0], end, found, new, *got[4:])
    # a whole rendering no window finds: a list of offices, a dated `term` (issue 12ba)
    whole = offices_listed(text, targets[0], source) or dated_slot(text, targets[0])
    if whole is not None and not overlaps(taken, *whole[:2]):
        return placement_fields(text, whole, starts_sentence)
    best = None
    for phrase, how in phrases:
        m = english_window(text, words, phrase, how, taken)
        if m and (phrase not in targets and (_loose(words, m, phrase) or _part(words, m, phrase)
                                             or takes_next(text, words, m.start, m.end))
                  or _verb(words, m)
                  or _modifies_next(text, words, m) or _cut_name(words, m, phrase, targets)
                  or bare_head(words, m, phrase, targets)
                  or bare_prefix(text, words, m, phrase, targets)
                  or against_list(text, words, m, phrase, targets)
                  or back_reference(text, words, m, phrase, targets)):
            continue
        if m and (best is None or (m.score, m.end - m.start) > (best.score, best.end - best.start)):
            best = m
    if best is None or best.score < 0.3:
        got = title_of_taken(text, words, targets[0], taken) \
            or minister_of(text, words, targets[0]) or listed(text, targets[0], source) \
            or other_conjunct(text, targets[0], source) \
            or other_kind(text, words, targets[0], taken, starts_sentence)
        if got is None and slot is not None and not overlaps(taken, *slot):
            got = slotted(text, words, slot, targets[0], starts_sentence)
        return placement_fields(text, got or title_of_place(text, words, targets[0]),
                                starts_sentence)
    term = content_words(best.phrase)
    if _members_named(words, best, term) or one_of_kind(text, words, best, targets[0]) \
            or _standing_for(text, words, best, term):
        return None
    stays = _said_after(text, words, best, term, targets[0]) or _goes_on(words, best) \
        or _numbered(text, words[best.end - 1], targets[0])  # (each tested once)
    field = None if stays else field_before(text, words, best, targets[0])
    field = field or field_inside(text, words, best, targets[0]) \
        or (None if stays else field_of_body(text, words, best, targets[0]))
    if field is not None:  # `{Health} Department head`, `Director of the {Health} Department`
        return placement_fields(text, field, starts_sentence)
    if stays or _split(text, words, best, targets[0]):
        if slot is None or not slot[0] <= words[best.start].start < words[best.end - 1].end \
                <= slot[1] or overlaps(taken, *slot):
            if stays:
                return None
            return placement_fields(text, name_moved(text, words, best, targets[0]),
                                    starts_sentence)
        # the source's slot holds more than the words found (`Vice {State} President`); where
        # it holds the term's own words reordered, the place before them moves (12bu)
        return placement_fields(text, slotted(text, words, slot, targets[0], starts_sentence) or (
            None if stays else name_moved(text, words, best, targets[0])), starts_sentence)
    start = _left_edge(text, words, best, term, targets[0])
    if best.phrase.startswith("the ") and best.phrase not in targets and start == best.start \
            and start > 0 and words[start - 1].low == "the":
        start -= 1  # the variant's own `the` (`the fight against …`): the term has none (12bw)
    if _own_modifier(words, best, start):
        return None
    new = targets[0]
    if any(words[k].low.endswith(("woman", "women")) for k in best.matched):
        new = female_title(new)  # `Chairwoman` stays a woman's title
    head = head_index(best.phrase, term)
    h = next((k for k, t in best.matched.items() if t == head), best.end - 1)
    if plural_head(words[h].text, term[head]) and not plural_term(new) and not mass_term(new):
        new = several(text, words[best.end - 1].end, english_plural(new))
    end = of_complement(text, words, best, new, rest_of_name(text, words, best.end, new))
    s, e = words[start].start, words[end - 1].end
    e = possessed_head(text, e, set(best.matched.values()) == set(range(len(term) - 1)))
    e = of_vietnam(text, e, new, source)
    new = named(text, words, start, best.end, new)
    article = article_for(text, words, start, new, starts_sentence)
    if article is not None:
        s, new = article
    return placement_fields(text, (s, e, new, best.how), starts_sentence)


def _left_edge(text: str, words: list[Word], m: Match, term: list[str], target: str) -> int:
    """The index of the first word the term replaces: the window's first, widened left over
    the words before it that the term makes redundant, in this order (each step reads the
    start the one before left): words that render a term word or share a stem with one the
    variant lacks (`{administrative} reform`, `{plenary} meeting`), the acronym of the term's
    words the window lacks (`{VFF} Central Committee`), a word in the place of the term's
    modifier or first word (`enfront`: `{national} budget`), a title before `of the`
    (`{President of the} NA`), `private` before a secretary, `assistant` for a term's
    `deputy` and another unit's word (`{township} Party Committee`)."""
    start = m.start
    while start > 0 and text[words[start - 1].end:words[start].start] == " " \
            and words[start - 1].low not in FUNCTION \
            and (any(english_level(words[start - 1].text, w) for w in term)
                 or _said_by_target(words[start - 1].low, m.phrase, target)):
        start -= 1  # `{administrative} reform`: a modifier the term makes redundant
    said = initials_of(words[start - 1].text, term) if start > 0 else set()
    if said and not said & set(m.levels) and max(said) < min(m.levels) \
            and text[words[start - 1].end:words[start].start] == " ":
        start -= 1  # `{VFF} Central Committee`: the acronym of the term's words it lacks
    elif start == m.start > 0 and _target_acronym(text, words, m, target):
        start -= 1  # `{NA} lawmaker`: the acronym of the term's first words, the variant's
        # other words for the rest (issue 12cj)
    start = in_modifier_slot(text, words, m, term, start)
    start = front_left(text, words, m, target, start)
    start = title_left(text, words, start, target)  # `{President of the} NA`
    if start > 0 and words[start - 1].low == "private" and target.startswith("Secretary "):
        start -= 1  # `{private} secretary of`: the term's `Thư ký` says no `riêng` (12bn)
    if start == m.start > 0 and words[start - 1].low == "assistant" and 0 not in m.levels \
            and target.split()[0].lower() == "deputy":
        start -= 1  # `{assistant} head` where the term is `deputy head`: the rank said in
        # other words (unseen30, 31: issue 12bp)
    return start - other_unit(text, words, start, target)  # `{township} Party Committee`


def _target_acronym(text: str, words: list[Word], m: Match, target: str) -> bool:
    """The word right before a variant's window is the acronym of the term's first words,
    which the variant itself does not say (`{NA} lawmaker` for `National Assembly deputy`:
    `NA National Assembly deputy` would say the body twice); not an acronym of other words
    (`UN peacekeeper`) nor one the variant spells out (issue 12cj)."""
    if m.phrase == target or text[words[m.start - 1].end:words[m.start].start] != " ":
        return False
    term = content_words(target)
    said = initials_of(words[m.start - 1].text, term)
    return bool(said) and min(said) == 0 and max(said) < len(term) - 1 \
        and not any(english_level(w, term[k]) for w in content_words(m.phrase) for k in said)


# `candidates for the (16th)` right before a body's name (issue 12bm)
_STANDING_FOR = re.compile(r"(?i:candidates?|nominees?|running|runs?|stand(?:s|ing)?) for "
                           r"(?:the )?(?:\d+(?:st|nd|rd|th) )?$")


def _standing_for(text: str, words: list[Word], m: Match, term: list[str]) -> bool:
    """`candidates for the 16th National Assembly` for `ứng cử đại biểu Quốc hội`: the body's
    name without the term's head (`deputy`) after those who stand for it says the office by
    the body it is in, as English news writes it: no rendering to complete (unseen13 ×2,
    unseen28; `candidates for National Assembly deputies` has the head and is one)."""
    head = head_index(m.phrase, term)
    return head not in m.matched.values() \
        and _STANDING_FOR.search(text, 0, words[m.start].start) is not None


def _numbered(text: str, last: Word, target: str) -> bool:
    """A capitalised word before a number is a numbered name (`District 1`, `Ward 5`), the
    place's own name, not a rendering of the unit's term; a document's kind before its
    number is its rendering (`Instruction 05` for `Directive`: a capitalised term)."""
    if target[:1].isupper() and last.low not in UNITS:
        return False
    return last.text[:1].isupper() and bool(re.match(r" \d", text[last.end:]))
