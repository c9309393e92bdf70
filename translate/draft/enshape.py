"""The term in an English rendering's shape: its head, plural, capitals, `a`/`an` before it.

Where `translate.draft.english` puts the term in a rendering's place (split from it for its
540-line limit), these say how the term is shaped there: which of its content words is the
head (`head_index`), whether the rendering's head was plural where the term's is not
(`plural_head`: `cadres` → `officials`; `plural_term`), whether the rendering is part of a
proper name, so the term takes capitals (`in_name`, `named`: `Yen Phong {Industrial Zone}` → `…
Industrial Park`), the `a`/`an` before it as its first sound needs (`article_for`: `a cadre`
→ `an official`), and which of the term's words an acronym stands for (`initials_of`: `PMs`
for `Prime Minister`). Issue 12s: a count before a rendering, or the source's plural, makes a
term left in Vietnamese plural (`counted`, `left_in_number`: `40 agricultural {HTX}` →
`cooperatives`, `Các {UBND huyện}` → `district People's Committees`). (The words around a
span that the term says, `echo_end` and the rest, are `translate.draft.enspan`'s.)
Issue 12t: a body's or a title's term put where the sentence had no article takes `the`
(`definite`: `{Bo TN&MT} asked` → `The Ministry of …`), not a title a name follows, and a
possessive's noun ending the phrase is the head a rendering lacks (`possessed_head`: `Ho Chi
Minh{'s ideology}` → `Ho Chi Minh Thought`).
Issue 12aw: a term put before a plural noun modifies it and says no number of its own
(`attributive`: `{MTTQ} committees at all levels` → `Fatherland Front committees`, not
`Fronts`), even where the source's `các cấp` asks for the plural.
Issue 12ay: the `a`/`an` before a Vietnamese word left in agrees with the term put there.
Issue 12ba: a mass noun's head is not counted (`mass_term`: `Ho Chi Minh Thought`), and no
`the` goes before a term that modifies a plural noun (`{People's Police} officers`).
Issue 12bn: a plural rendering a singular term replaces takes its verb with it (`verb_agrees`:
`the ward {authorities have}` → `People's Committee has`), and a body's common noun after
`Vietnam's` takes the possessive in (`definite`: `Vietnam's parliament` → `The National
Assembly`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import lru_cache
from typing import Any, TypeVar

from translate.draft.align import Word, abbreviation
from translate.draft.encomposed import place_kept
from translate.terms.english import FUNCTION
from translate.terms.inflect import english_plural
from translate.terms.lemmas import lemma
from translate.terms.titles import load_title_grammar
from translate.text.normalize import strip_marks

__all__ = ["AFTER_HEAD", "PREPOSITIONS", "head_index", "initials_of", "plural_head",
           "plural_term", "in_name", "named", "article_for", "counted", "left_in_number",
           "uncountable", "definite", "possessed_head", "attributive", "mass_term",
           "verb_agrees", "says_vietnam"]

_WORD = re.compile(r"\w+")
_P = TypeVar("_P", bound=Any)
AFTER_HEAD = ("of", "for", "to", "on", "in", "at", "with")


# words that begin what follows a head (`{city} directly under the central government`, 12ba)
_POSTMODIFIER = ("directly", "under")


def head_index(phrase: str, term: list[str]) -> int:
    """The head among the content words: the one before the first `of` (`{Secretary} of the
    provincial Party Committee`), else the last (`provincial People's {Committee}`)."""
    words = [w.lower() for w in _WORD.findall(phrase)]
    for k, w in enumerate(words[1:], 1):
        if w in AFTER_HEAD or w in _POSTMODIFIER:
            before = [x for x in words[:k] if x not in FUNCTION]
            return max(0, len(before) - 1)
    return len(term) - 1


def initials_of(word: str, term: list[str]) -> set[int]:
    """The term's words whose initials `word` is (`PMs`: Prime Minister), as indices."""
    word = word[:-1] if word.endswith("s") and abbreviation(word[:-1]) else word
    if not abbreviation(word):
        return set()
    plain = strip_marks(word.lower(), fold_d=False).replace("&", "")
    return next((set(range(a, a + len(plain))) for a in range(len(term))
                 if "".join(w[:1].lower() for w in term[a:a + len(plain)]) == plain), set())


# nouns English says in the plural for one thing (`the state coffers` is one state budget,
# `export earnings` one turnover): their plural says nothing of the term's number (issue 12au)
_PLURAL_ONLY = frozenset(("coffers", "finances", "proceeds", "earnings", "receipts"))


def plural_head(word: str, term_word: str) -> bool:
    """The rendering's head is plural where the term's word is not (`cadres`, `zones`)."""
    low = word.lower()  # `PMs`: an acronym's plural
    if low in _PLURAL_ONLY:
        return False
    return word.endswith("s") and abbreviation(word[:-1]) or low != term_word.lower() \
        and lemma(low, "en") != low and lemma(term_word.lower(), "en") == term_word.lower() \
        and low.endswith(("s", "men"))


# heads that name a body of ideas, one in English however the translator counted it
# (`Ho Chi Minh's thoughts` → `Ho Chi Minh Thought`, issue 12ba)
_MASS_HEADS = frozenset(("thought", "ideology", "doctrine", "work"))  # `work`: a task (12bk)


def mass_term(term: str) -> bool:
    """The term's head is a mass noun English does not count (`Ho Chi Minh Thought`)."""
    return term.split()[-1].lower() in _MASS_HEADS and " of " not in term


def plural_term(term: str) -> bool:
    words = term.split()
    head = next((k - 1 for k, w in enumerate(words) if k and w.lower() in AFTER_HEAD),
                len(words) - 1)
    low = words[head].lower()
    return lemma(low, "en") != low and low.endswith("s")


def in_name(text: str, words: list[Word], start: int, end: int, new: str) -> bool:
    """The rendering is part of a proper name (`Yen Phong {Industrial Zone}`): every content
    word capitalised, a capitalised word before it that does not begin the sentence; a term
    with capitals of its own keeps them as the glossary writes them (`provincial People's
    Committee`)."""
    own = [w for w in words[start:end] if w.low not in FUNCTION]
    if not own or not all(w.text[:1].isupper() for w in own) or new != new.lower() \
            or start == 0 or text[words[start - 1].end:words[start].start] != " ":
        return False
    prev = words[start - 1]
    before = text[:prev.start].rstrip()
    return prev.text[:1].isupper() and prev.low not in FUNCTION and bool(before) \
        and before[-1] not in ".!?:"


def named(text: str, words: list[Word], start: int, end: int, new: str) -> str:
    """The term `new` with its content words capitalised where the rendering `words[start:end]`
    is part of a proper name (`in_name`); as it is elsewhere."""
    if not in_name(text, words, start, end, new):
        return new
    return " ".join(w if w.lower() in FUNCTION else w[:1].upper() + w[1:] for w in new.split())


def article_for(text: str, words: list[Word], start: int, new: str,
                starts_sentence: Callable[[str, int], bool]) -> tuple[int, str] | None:
    """`a`/`an` before the rendering as the term's first sound needs: (its start, `an …`);
    a capitalised `An` only at a sentence start (`Nghe An` is a name)."""
    if start == 0 or words[start - 1].low not in ("a", "an") \
            or text[words[start - 1].end:words[start].start] != " ":
        return None
    prev = words[start - 1]
    if prev.text[:1].isupper() and not starts_sentence(text, prev.start):
        return None
    want = _indefinite(new)
    if prev.low == want:
        return None
    word = want.capitalize() if prev.text[:1].isupper() else want
    return prev.start, f"{word} {new}"


def _indefinite(new: str) -> str:
    """`an` before a vowel's sound (`an Official Dispatch`), `a` elsewhere (`a Union`)."""
    vowel = new[:1].lower() in "aeiou" and not new.lower().startswith(("uni", "use", "eu", "one"))
    return "an" if vowel else "a"


def _article_agrees(text: str, placement: _P, starts_sentence: Callable[[str, int], bool]) -> _P:
    """The placement with the `a`/`an` just before it as the term's first sound needs, where
    the rendering was put without it (the Vietnamese left in: `a {Công điện}`, issue 12ay); a
    capitalised `An` only at a sentence start (`Nghe An` is a name)."""
    said = re.search(r"(?<![\w'’-])([Aa]n?) $", text[:placement.start])
    new = placement.replacement
    if said is None or said.group(1)[0] == "A" and not starts_sentence(text, said.start()) \
            or new.lower().startswith(_ARTICLED) or said.group(1).lower() == _indefinite(new):
        return placement
    word = _indefinite(new).capitalize() if said.group(1)[0] == "A" else _indefinite(new)
    return replace(placement, start=said.start(), found=text[said.start():placement.end],
                   replacement=f"{word} {new}")


_COUNT_WORDS = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several",
                "many", "dozens", "hundreds", "thousands")
_YEAR = re.compile(r"(19|20)\d\d")


def counted(before: list[str]) -> bool:
    """The two words before a rendering count several of it: a number other than 1 that is
    no year (`420 {HTX}`, not `2025-2030 term`), or a number word (`two`, `several`)."""
    return any(w.isdigit() and w != "1" and not _YEAR.fullmatch(w) or w.lower() in _COUNT_WORDS
               for w in before[-2:])


def uncountable(term: str) -> bool:
    """A term whose head is plural already or names no thing one can count (`socialism`)."""
    head = term.split()[0] if " of " in f" {term} " else term.split()[-1]
    return plural_term(term) or head.lower().endswith(("ity", "ness", "ism"))


_LEVELS = re.compile(r" at (?:all|every|various|different) levels?\b")


def left_in_number(text: str, span: tuple[int, int], target: str, source_plural: bool) -> str:
    """`pl` or `sg` for the term put where its Vietnamese was left in: plural where the words
    before count several (`40 agricultural {HTX}`) or the source says several (`Các UBND
    huyện`, `hai Thứ trưởng`), and the term can be counted; English's collective `at all
    levels` after it (`MTTQ các cấp`) stays singular, and a year is no count."""
    start, end = span
    before = _WORD.findall(text[max(0, start - 40):start])
    several = source_plural and not _LEVELS.match(text[end:]) \
        and not any(_YEAR.fullmatch(w) for w in before[-3:]) or counted(before)
    # (a year before it is the source's number too: `Năm 2024 HTX …`)
    return "pl" if several and not uncountable(target) else "sg"


# the country's possessive right before a rendering (`{Vietnam's} parliament`, issue 12bn)
_VIETNAM_POSSESSIVE = re.compile(r"(?<![\w'’-])Viet ?[Nn]am['’]s ")
_VIETNAM = re.compile(r"(?i)viet ?nam")
_DEFINITE = frozenset({"body", "org"})  # the glossary's kinds that English says with `the`
# prepositions a noun phrase follows (`{Bo TN&MT} asked` vs `asked {…}`); `enspan` ends a
# name's run of words at them
PREPOSITIONS = frozenset({"to", "by", "from", "with", "for", "of", "at", "on", "in", "under",
                           "about", "against", "into", "towards", "between", "among", "than"})
_ARTICLED = ("the ", "a ", "an ")
_TOKEN = re.compile(r"[\w'’&-]+")


@lru_cache(maxsize=1)
def _surnames() -> frozenset[str]:
    """The title grammar's surnames as English writes them, without marks (`Tran`, `Dang`)."""
    return frozenset(strip_marks(s) for s in load_title_grammar().surnames)


def definite(text: str, placement: _P, kind: str, target: str,
             starts_sentence: Callable[[str, int], bool]) -> _P:
    """`the` before a body's or a title's term put where the sentence had no article: at the
    sentence's start (`{Bo TN&MT} asked` → `The Ministry of …`), after a preposition
    (`According to {NHNN}` → `the State Bank of Vietnam`) or after a comma that ends a
    phrase before it (`In May, {MOH} said` → `the Ministry of Health`, issue 12au). Not
    before a plural, nor a title a name follows, after the term or after its place (`Prime
    Minister Pham Minh Chinh`, `Chairman of … of Ninh Thuan Tran Quoc Nam`). A body's
    lower-case common noun after `Vietnam's` takes it in (`Vietnam's parliament` → `The
    National Assembly`); a name keeps it (`Vietnam's Ministry of …`). `placement`: a
    `translate.draft.place.Placement` (or None), returned with its replacement changed."""
    if placement is None:
        return placement
    if kind:  # English only (Czech passes no kind): `a Công điện` → `an Official Dispatch`
        placement = _article_agrees(text, placement, starts_sentence)
    start, end, new = placement.start, placement.end, placement.replacement
    if kind not in _DEFINITE or new.lower().startswith(_ARTICLED) or plural_term(new):
        return placement
    owner = _VIETNAM_POSSESSIVE.search(text, max(0, start - 12), start)
    if owner and owner.end() == start and placement.found.islower() and new[:1].isupper() \
            and not says_vietnam(new):
        # `{Vietnam's} parliament` for `Quốc hội`: a body's common noun after the country's
        # possessive; `the` and the body's name say both (unseen5, unseen18; issue 12bn)
        lead = "The" if starts_sentence(text, owner.start()) else "the"
        return replace(placement, start=owner.start(), found=text[owner.start():end],
                       replacement=f"{lead} {new}")
    first = starts_sentence(text, start)
    if not first:
        before = _TOKEN.findall(text[max(0, start - 20):start])
        after_phrase = text[max(0, start - 2):start] == ", "  # `In 2024, {MARD} provided`
        if not (before and before[-1] in PREPOSITIONS or after_phrase) \
                or text[start - 1:start] != " ":
            return placement
    if _name_after(text[end:end + 80]) or _headline(text, end) or _plural_noun_after(text, end):
        return placement  # `{People's Police} officers must`: the term modifies a plural noun
    if first and target[:1].islower() and new[:1].lower() == target[:1]:
        new = target[:1] + new[1:]  # `Provincial People's Committee` was capitalised for the start
    return replace(placement, replacement=f"{'The' if first else 'the'} {new}")


def _headline(text: str, end: int) -> bool:
    """A headline's words, which English writes without articles: no full stop at the end,
    or a colon after the term (`General Statistics Office: CPI up 0.3%`)."""
    return text[end:end + 1] == ":" or not text.rstrip().endswith(_CLOSES)


_CLOSES = tuple(".!?\"”')…")


def _name_after(after: str) -> bool:
    """A capitalised word just after the term (`President {Luong Cuong}`), or a surname and a
    capitalised word after the place in its `of` phrase (`of Ninh Thuan {Tran Quoc} Nam`)."""
    words = _TOKEN.findall(after)
    if not words or not after[:1].isspace():
        return False
    if words[0][:1].isupper():
        return True
    if words[0] != "of":
        return False
    run = []
    for w in words[1:]:
        if not w[:1].isupper():
            break
        run.append(w)
    return any(w in _surnames() for w in run[1:-1])


_POSSESSED = re.compile(r"['’]s ([a-z]+)"
                        r"(?=[.,;:!?]| (?:is|are|was|were|and|of|in|for|to|has|have)\b)")


def possessed_head(text: str, end: int, lacks_head: bool) -> int:
    """`Ho Chi Minh{'s ideology}` for `Ho Chi Minh Thought`: where the rendering has every
    word of the term but its last, the head, a possessive `'s` and one lower-case noun after
    it that ends the phrase are that head in other words, and go with the rendering."""
    m = _POSSESSED.match(text, end) if lacks_head else None
    return m.end() if m else end


_NEXT = re.compile(r" ([a-z][a-z-]*)\b")


def _plural_noun_after(text: str, end: int) -> bool:
    """The word right after `end` is a lower-case regular plural noun (its own lemma's plural,
    no function word): a noun the term before it modifies (`… officers`, `… committees`);
    `was`, `has` and a verb's `-s` are not one."""
    after = _NEXT.match(text, end)
    if after is None:
        return False
    return _plural_noun(after.group(1))


def attributive(text: str, placement: _P, targets: Sequence[str]) -> _P:
    """The term put back in the singular where it was made plural (`Fatherland Fronts`) and a
    plural noun follows it at once (` committees`): a noun before another noun modifies it and
    stays singular in English. The next word counts as a plural noun only where it is its own
    lemma's regular plural and no function word (`Fronts was`, `Fronts has` and a verb's `-s`
    after it are left). `placement`: as for `definite`. A composed replacement keeps the
    English's place order (`draft.encomposed.place_kept`)."""
    start = getattr(placement, "start", None)  # (a placement-like with its end only: none)
    kept = placement.replacement if start is None \
        else place_kept(text, start, placement.end, placement.replacement, targets)
    if kept != placement.replacement:
        placement = replace(placement, replacement=kept)
    if not _plural_noun_after(text, placement.end):
        return placement
    for target in targets:
        plural = english_plural(target)
        if plural != target and placement.replacement.lower().endswith(plural.lower()):
            cut = len(placement.replacement) - len(plural)
            said = placement.replacement[cut:]
            return replace(placement, replacement=placement.replacement[:cut] + said[:1]
                           + target[1:])  # its capital as said (a sentence's start)
    return placement


def says_vietnam(text: str) -> bool:
    """The text names Việt Nam as English writes it (`Vietnam`, `Viet Nam`, any case): the
    one spelling test `definite` and `translate.draft.english` share, so a term that has the
    country is never given it again."""
    return _VIETNAM.search(text) is not None


_PLURAL_VERB = re.compile(r" (have|are|were)\b(?! (?:each|both|all|and|or)\b)")
_SINGULAR_VERB = {"have": "has", "are": "is", "were": "was"}
# determiners that, capitalised as a clause's first word, are no name's (`The Tan An ward …`)
_CAPITAL_DETERMINERS = ("The", "A", "An", "Its", "Their")


def verb_agrees(text: str, start: int, end: int, new: str) -> tuple[int, str]:
    """The verb right after a plural rendering of one named body (`the Hong Bang ward
    {authorities} have`) made singular with the singular term put there (`People's Committee
    has`): the end and the replacement, the verb taken in. Only where a name before it in its
    own phrase says which one (`commune authorities were` may be several communes' bodies),
    the rendering is the subject (no preposition or `and` before its phrase: `officials of
    the … authorities have`), its verb says no several (`have each`) and the term is singular."""
    verb = _PLURAL_VERB.match(text, end)
    found = text[start:end].split()
    last = new.split()[-1].lower() if new.split() else ""
    if verb is None or not found or " of " in f" {text[start:end]} " or plural_term(new) \
            or not _plural_noun(found[-1]) or lemma(last, "en") != last:
        return end, new
    clause = re.split(r"[.,;:!?()]", text[:start])[-1]
    before = _TOKEN.findall(clause) + found[:-1]
    run = []  # the phrase's words before the head, back to a function word (`Tan An`: a name)
    while before and (before[-1].lower() not in FUNCTION or before[-1][:1].isupper()
                      and not (before[-1] in _CAPITAL_DETERMINERS and len(before) == 1)):
        run.append(before.pop())
    while before and before[-1].lower() in ("the", "its", "their"):
        before.pop()
    names = run if before else run[:-1]  # a sentence's first word has its capital anyway
    named_one = any(w[:1].isupper() for w in names)
    if not named_one or before and before[-1].lower() in (*PREPOSITIONS, "and", "or"):
        return end, new
    return verb.end(), f"{new} {_SINGULAR_VERB[verb.group(1)]}"


def _plural_noun(word: str) -> bool:
    """A lower-case regular plural noun (its own lemma's plural, no function word)."""
    base = lemma(word, "en")
    return word.islower() and word not in FUNCTION and base != word \
        and english_plural(base) == word
