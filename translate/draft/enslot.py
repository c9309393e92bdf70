"""Where an English translation renders a term in words no list has: the span the source gives.

`translate.draft.english` finds renderings word by word; where no word of the translation
renders the term's, these find the span from the source instead (issue 12l): the words between
the anchors the source and the translation share (`english_slot` over `translate.draft.slot.
slot_bounds`: names, numbers, other terms, the sentence's edges) when they are one short phrase
(`{Provincial Governor} Vo Van Hai`); the unit's noun after the name the source has after its
place word (`place_noun_slot`: `Vu Quang {county}`); part of the term abbreviated or left in
Vietnamese with the rest in English around it (`left_in_slot`: `the provincial {UBND}`, `{the
MPI}`, `{Deputy PMs}`). Precision first: a clause, a verb's form, a number, another country's
adjective, a numbered name (`District 1`) or part of the term with the rest elsewhere
(`Minister of {Health}`: `translate.draft.enother.other_words`) is no span.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from translate.draft.align import abbreviation
from translate.draft.ennames import FOREIGN, QUANTIFIERS, UNITS, VI_NAME
from translate.draft.enother import other_words
from translate.draft.slot import slot_side
from translate.terms.english import (
    COORDINATING,
    DATED,
    EQUIVALENT,
    FUNCTION,
    PHRASE_ENDS,
    STRONG,
    content_words,
    english_level,
)
from translate.terms.lemmas import lemma
from translate.text.normalize import strip_marks, word_at

__all__ = ["english_slot", "name_cut", "place_noun_slot", "left_in_slot", "chunk_slot",
           "dated_slot", "name_slot"]

_SLOT_TOKEN = re.compile(r"\w+(?:['’-]\w+)*|[^\w\s]")
# prepositions FUNCTION lacks, cut off a slot's end: the source's anchor after the term may
# render one (`trực thuộc` → `under`), and a noun phrase ends before it (issue 12au)
_PREPOSITIONS = frozenset(("under", "over", "within", "across", "through", "between", "among",
                           "against", "into", "without", "during", "towards", "toward",
                           "after", "before", "about", "above", "below", "behind", "beside",
                           "near", "per", "via", "amid", "throughout", "beyond"))
# words that place the noun after them in time or order (`the {next} tenure`): a slot of these
# alone renders the source's word beside the anchor (`tới`, `trước`), never a term (12ba)
_ORDER_WORDS = frozenset(("next", "previous", "last", "past", "coming", "upcoming", "following",
                          "current", "present", "former", "same", "first", "second", "third",
                          "new", "old", "whole", "entire"))
# the plain words English counts people with: after a number they say how many, whatever
# the source called them (`19 members`, `45 people` for `đồng chí`: unseen15, unseen28)
_PEOPLE_COUNTED = ("people", "persons", "members", "individuals")


def english_slot(text: str, bounds: tuple[int, int] | None,
                 targets: Sequence[str]) -> tuple[int, int] | None:
    """The words of `text` between the source's anchors (`translate.draft.slot.slot_bounds`)
    as the term's rendering: less the function words at either edge (and a quantifier or
    `According to`, the source's `Theo`, at its start: `1,500 {more} public servants`), at
    most one word more than the term, all of them words (no number, punctuation or past form:
    one noun phrase, not a clause), the last no function word, and not a people-word alone
    after a number (`elected 19 {members}`: the count's own word). None where anything else
    is there."""
    if bounds is None or not targets:
        return None
    left, right = bounds
    size = max(len(t.split()) for t in targets)
    tokens = _one_country([(left + m.start(), left + m.end(), m.group())
                           for m in _SLOT_TOKEN.finditer(text[left:right])])
    while tokens and (tokens[0][2].lower() in FUNCTION or not tokens[0][2][:1].isalnum()
                      or tokens[0][2].lower() in QUANTIFIERS  # `1,500 {more} …` (12aa)
                      or [t[2].lower() for t in tokens[:2]] == ["according", "to"]):
        tokens.pop(0)  # (`{According to} the central bank`: the source's `Theo`, 12bm)
    cut = 0  # prepositions cut off the end (`{organisations} under the Front`): they still
    # count against the slot's size, so the slot grows no longer than it was
    while tokens and (tokens[-1][2].lower() in FUNCTION or not tokens[-1][2][:1].isalnum()
                      or tokens[-1][2].lower() in _PREPOSITIONS):
        cut += tokens.pop()[2].lower() in _PREPOSITIONS
    content = [t for t in tokens if t[2].lower() not in FUNCTION]  # `Chairman of the State`
    term = [w for t in targets for w in content_words(t)]
    if len(content) > max(len(content_words(t)) for t in targets) and content[0] is tokens[0] \
            and targets[0].islower() and tokens[0][2].islower() and len(tokens) > 1 \
            and not any(english_level(tokens[0][2], w) for w in term):
        tokens.pop(0)  # `{new} companies`, `{health} public servants`: a common noun's
        content.pop(0)  # modifier, the source's word beside the term, kept (issue 12ak); a
        # title's or a body's rendering is one fixed phrase (`agency deputy chief`)
    if all(t[2].lower() in _ORDER_WORDS for t in tokens):
        return None  # `for the {next} tenure`: the source's `tới`, not the term (issue 12ba)
    if len(tokens) > 1 and all(t[2][:1].isupper() for t in tokens) \
            and all(t == t.lower() for t in targets) \
            and not any(english_level(t[2], w) for t in tokens for w in term):
        return None  # `a 23-member ward {Party Committee}` for `tenure`: a body's name, not
        # a common noun's rendering (issue 12ba)
    if not tokens or len(content) + cut > size + 1 or re.match(r"\s*\d", text[tokens[-1][1]:]):
        return None  # `District 1`, `Decree 15`: a numbered name, not a rendering (`_numbered`)
    own = [w.lower() for t in targets for w in _SLOT_TOKEN.findall(t)]
    for _, _, word in tokens:
        low = word.lower()
        if not word[:1].isalpha() or any(c.isdigit() for c in word) \
                or low in COORDINATING and low not in own \
                or (word.islower() and lemma(low, "en") != low and not low.endswith("s")
                    and not (low.endswith("ing") and word != tokens[-1][2])):  # `closing …`
            return None  # a number, a verb's form (`said`, `signed`), two things
        if FOREIGN.fullmatch(word) and low not in own:
            return None  # another country's (`British PM`): not the source's Vietnamese term
    if not other_words([t[2] for t in tokens], targets[0]) \
            or _adjective_near(text, (tokens[0][0], tokens[-1][1]), targets[0]):
        return None
    if len(tokens) == 1 and tokens[0][2].lower() in _PEOPLE_COUNTED \
            and re.search(r"\d\s+$", text[:tokens[0][0]]):
        return None  # `elected 19 {members}` for `19 đồng chí`: the count's own word (12bm)
    return tokens[0][0], tokens[-1][1]


# a name of two or more capitalised syllables in the source (`Bắc Giang`, `Thủy Nguyên`)
_SOURCE_NAME = re.compile(r"[A-ZĐ]\w*(?:[ \t]+[A-ZĐ]\w*)+")


def name_cut(text: str, span: tuple[int, int] | None, sentence: str,
             at: tuple[int, int]) -> tuple[int, int] | None:
    """The slot (`english_slot`) cut before a name the source says outside the term
    (`Chánh Văn phòng Tỉnh ủy {Bắc Giang}` → `The {Office Director} of the Bac Giang provincial
    Party Committee`): between the anchors the translation put the place of the other body, which
    is no word of the term's rendering; the slot ends before it, less the function words left
    at its end (`of the`), issue 12ct. A name at the slot's start, or one the term says too,
    leaves the slot as it was; None where no word is left before the name."""
    if span is None:
        return None
    term = strip_marks(sentence[at[0]:at[1]]).lower()
    names = {strip_marks(m.group()).lower() for m in _SOURCE_NAME.finditer(sentence)
             if (m.end() <= at[0] or m.start() >= at[1])}
    names = {n for n in names if not word_at(n).search(term)}
    folded = strip_marks(text[span[0]:span[1]]).lower()
    if len(folded) != span[1] - span[0]:  # a hit's offset in `folded` would not be the text's
        return span
    hits = [m.start() for n in names if (m := word_at(n).search(folded))]
    if not hits or min(hits) == 0:
        return span
    words = list(_SLOT_TOKEN.finditer(text, span[0], span[0] + min(hits)))
    while words and words[-1].group().lower() in FUNCTION:
        words.pop()
    return (span[0], words[-1].end()) if words else None


_VI_NAME = re.compile(r"\s+((?:[A-ZĐ]\w*)(?:\s+[A-ZĐ]\w*)*)")


def place_noun_slot(source: str, text: str, at: tuple[int, int],
                    targets: Sequence[str]) -> tuple[int, int] | None:
    """The source's place word before a name (`Huyện Vũ Quang`), rendered after the name as
    another unit's noun (`Vu Quang {county}`): the name is the anchor, English's order puts
    the unit after it. Only for one-word lower-case terms (`district`) and a noun of the
    closed class of units; the name found once."""
    if not targets or any(" " in t or t != t.lower() for t in targets):
        return None
    name = _VI_NAME.match(source, at[1])
    if name is None:
        return None
    folded = strip_marks(text, fold_d=True)
    plain = strip_marks(name.group(1), fold_d=True)
    if len(folded) != len(text):
        return None
    found = list(re.finditer(r"(?<!\w)" + r"\s+".join(map(re.escape, plain.split()))
                             + r" (\w+)\b", folded))
    if len(found) != 1 or found[0].group(1) not in UNITS or found[0].group(1) in targets:
        return None
    return found[0].start(1), found[0].end(1)


def _plain(word: str) -> str:
    return strip_marks(word.lower(), fold_d=False)


def left_in_slot(text: str, source: str, targets: Sequence[str]) -> tuple[int, int] | None:
    """Part of the term abbreviated or left in Vietnamese, the rest said in English around it
    (`The provincial {UBND}`, `Bac Ninh {Sở KH&ĐT}`, `{the MPI}`, `{Deputy PMs}`, `{HCM
    City}`): a run of the source term's own words, one an abbreviation or with Vietnamese
    letters, or an abbreviation of a run of its syllables (`UBND` for `Ủy ban nhân dân`) or
    of the English term's words (`PM`), with the English words beside it that render the
    term's and the source term's syllables left in beside it without marks (`{Uy ban} MTTQ
    {tinh}`, issue 12s). The whole Vietnamese term left in is `translate.draft.leftin`'s."""
    syllables = [_plain(w) for w in re.findall(r"\w+", source)]
    words = [[w.lower() for w in content_words(t)] for t in targets] + [
        [w.lower() for w in re.findall(r"\w+", t) if w.lower() not in ("and", "the", "s")]
        for t in targets]  # `MOLISA`, `MoET`: an English acronym keeps `of`'s letter
    runs = {"".join(w[:1] for w in run[a:b])
            for run in (syllables, [w for w in syllables if w != "va"], *words)  # `KH&ĐT`
            for a in range(len(run)) for b in range(a + 2, len(run) + 1)}
    runs |= {r.replace("đ", "d") for r in runs}  # (the same for initials of syllables)
    source_words = re.findall(r"\w+(?:&\w+)*", source)
    own = {w.lower() for w in source_words}
    own |= {w.lower().replace("đ", "d") for w in source_words
            if abbreviation(w)}  # `HDND` for `HĐND`: English keyboards write `Đ` as `D`
    tokens = list(re.finditer(r"\w+(?:&\w+)*", text))
    found = [m for m in tokens if m.group().lower() in own and (abbreviation(m.group())
             or not m.group().isascii()) or _abbreviation_of(m.group(), runs)]
    if not found or len({m.start() for m in found}) != len(found) \
            or any(text[a.end():b.start()] != " " for a, b in zip(found, found[1:], strict=False)):
        return None
    start, end = found[0].start(), found[-1].end()
    term = [w for t in targets for w in content_words(t)]
    before = [m for m in tokens if m.end() <= start]
    for m in reversed(before):
        if text[m.end():start] != " " or m.group().lower() in FUNCTION \
                or not any(english_level(m.group(), w) for w in term) \
                and _plain(m.group()) not in syllables:  # `{Uy ban} MTTQ`: left in too
            break
        start = m.start()
    for m in (m for m in tokens if m.start() >= end):
        if text[end:m.start()] != " " or m.group().lower() in FUNCTION \
                or not any(english_level(m.group(), w) for w in term) \
                and _plain(m.group()) not in syllables:  # `MTTQ {tinh}`
            break
        end = m.end()
    if before and FOREIGN.fullmatch(before[-1].group()):
        return None  # `British PM May`: another country's
    return start, end




def _abbreviation_of(word: str, runs: set[str]) -> bool:
    """`MPI`, `PMs`, `MoET`: capitals (an `of`'s letter may be small) that are the initials
    of a run of the term's words."""
    if word.endswith("s") and abbreviation(word[:-1]):
        word = word[:-1]
    acronym = abbreviation(word) or (len(word) <= 8 and word[:1].isupper() and word.isalpha()
                                     and sum(c.isupper() for c in word) >= 2
                                     and set(c for c in word if c.islower()) == {"o"})
    return acronym and _plain(word).replace("&", "") in runs


_AUX = PHRASE_ENDS  # (translate.terms.english)
_INNER = ("of", "for", "and", "&", "on")  # between the capitalised words of one name
_MODIFIER = re.compile(r"[a-z](al|ic|ive|ous)$")  # an adjective no word of the term renders


def chunk_slot(source: str, text: str, at: tuple[int, int],
               anchors: Sequence[tuple[tuple[int, int], tuple[int, int] | None]],
               targets: Sequence[str], others: Sequence[str] = ()) -> tuple[int, int] | None:
    """The noun phrase the source's position points at where only one anchor bounds it
    (issue 12n): the source has content after the term (`Ban Đối ngoại Trung ương {đã tiếp}`),
    so the phrase is the translation's English noun phrase right after the left anchor — a
    capitalised run with `of`/`for`/`and` inside (`The {Central Foreign Affairs Commission}
    welcomed`), or lower-case words up to a verb (`90,000 {companies} entered`); or the source
    says `TERM của X` and English put `X's` first (`the Government's {Statement Paper}`).
    The phrase must not leave a word of the term just beside it (then it is part of a
    rendering, not one), nor hold a number, another country's adjective or a clause."""
    if not targets or _inside_name(source, at, anchors):
        return None
    left = slot_side(source, text, at, anchors, -1)
    right = slot_side(source, text, at, anchors, 1)
    weak = left in (0, ",") or right == len(text.rstrip()) - (text.rstrip()[-1:] in ".!?…")
    if left == ",":  # the source's n-th comma before the term: the translation's n-th
        commas = [m.end() for m in re.finditer(",", text)]
        n = source[:at[0]].count(",")
        left = commas[n - 1] if 0 < n <= len(commas) else None
    if isinstance(left, int) and isinstance(right, int):
        if any(w.lower() not in FUNCTION for w in re.findall(r"\w+", text[left:right])):
            return None  # a two-sided slot with words in it: `english_slot`'s
        owner = next((cs[1] for _, cs in anchors if cs and cs[0] == right), None)
        place = re.match(r"[A-Z][a-z]+(?: [A-Z][a-z]+)*", text[right:])
        run = [w for w in (place.group().split() if place else [])]
        while run and not all(VI_NAME.fullmatch(w.lower()) for w in run):
            run.pop()  # `{Hai Phong} Mayor`: the copied place's words, not the title's
        number = re.match(r"\d[\d.,/–-]*\d|\d", text[right:])  # `the 2025-2030 {term}`
        run = run or ([number.group()] if number else [])
        if owner is not None and text[owner:owner + 3] in ("'s ", "’s "):
            left = owner + 3  # `the Government's {…}`: English put the source's `của X` first
        elif (end := owner or (right + len(" ".join(run)) if run else None)) is not None \
                and text[end:end + 1] == " ":
            # `Hanoi {Mayor}`: the place the source says after the term, as English's
            # modifier before it (`translate.draft.english` moves it into the `of` phrase)
            left = end + 1
        else:
            return None
    elif isinstance(right, int) and not isinstance(left, int):
        left = None  # only the right anchor: the phrase ends before it
    elif not isinstance(left, int):
        return None
    size, own = max(len(t.split()) for t in targets), [w for t in targets for w in
                                                       content_words(t)]
    span = _phrase_after(text, left, size, own) if left is not None else \
        _phrase_before(text, right, size)
    if span is not None and " " in text[span[0]:span[1]] and targets[0].islower():
        lead = re.match(r"(\w+) (?=[a-z])", text[span[0]:span[1]])  # lower-case words only
        if lead and _MODIFIER.search(lead.group(1).lower()) and not any(
                english_level(lead.group(1), w) for w in content_words(targets[0])):
            span = (span[0] + lead.end(), span[1])  # `Local {government}`: its own adjective
    if span is None or not _alone(text, span, targets[0]):
        return None
    inside = re.findall(r"\w+", text[span[0]:span[1]])
    if any(english_level(w, o) == STRONG and not any(english_level(w, t) for t in own)
           for w in inside for o in others if o.lower() not in FUNCTION):
        return None  # `{Health} chief`: a word of another term of the sentence (`Bộ Y tế`)
    after = [(0, 0, w) for w in re.findall(r"\w+", text[span[1]:])[:2]]
    if weak and not _person(after) and not _kin(text, span, own):  # only an edge bounds it
        return None  # a restructured sentence: `{Interest rates} were kept`, not a rendering
    span = english_slot(text, span, targets)
    if span and targets[0] in UNITS and text[span[0]:span[1]].lower() in UNITS:
        return None  # `the first {commune} in Dong Thap` for `tỉnh`: another unit's (12be)
    return span


def _inside_name(source: str, at: tuple[int, int],
                 anchors: Sequence[tuple[tuple[int, int], tuple[int, int] | None]]) -> bool:
    """The source's term is the end of a longer capitalised name no anchor is (`Đoàn {Chủ
    tịch}`, the Presidium): what English says there renders that name, not the term."""
    prev = re.search(r"(\w+)\s+$", source[:at[0]])
    return bool(prev) and prev.group(1)[:1].isupper() and bool(source[:prev.start(1)].strip()) \
        and not any(vs[1] == prev.end(1) for vs, _ in anchors)


# Vietnam's own adjective, possessive and name (`_one_country`): a modifier of the lower-case
# words after them (`the Viet Nam central bank`, issue 12bu)
_OWN_COUNTRY = ("Vietnamese", "Vietnam's", "Vietnam’s", "Vietnam")


def _one_country(tokens: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """`Viet Nam` and `Viet Nam's`, two `_SLOT_TOKEN`s, as the one word `Vietnam(’s)` the
    term says (`State Bank of Vietnam`), its span both words' (issue 12bu)."""
    out = []
    for token in tokens:
        if out and out[-1][2] == "Viet" and re.fullmatch(r"Nam(['’]s)?", token[2]) \
                and token[0] == out[-1][1] + 1:
            token = (out.pop()[0], token[1], "Vietnam" + token[2][3:])
        out.append(token)
    return out


def _phrase_after(text: str, at: int, size: int, term: Sequence[str] = ()
                  ) -> tuple[int, int] | None:
    """The English noun phrase that begins at `at` (after an article or determiner): a
    capitalised run (a name) or lower-case words; None where it goes on past what can be
    told (`of …`, `and …`, a lower-case word after a name: `Dai {su quan}`) or holds an
    abbreviation (`US Congress`: another body)."""
    tokens = _one_country([(at + m.start(), at + m.end(), m.group())
                           for m in _SLOT_TOKEN.finditer(text[at:at + 200])])
    while tokens and (tokens[0][2].lower() in FUNCTION or re.fullmatch(
            r"\d+(st|nd|rd|th)?(-\w+)?", tokens[0][2])):  # `the {13th-tenure} …`: a modifier
        tokens.pop(0)
    if not tokens or not tokens[0][2][:1].isalpha():
        return None
    first = not text[:tokens[0][0]].strip() or text[:tokens[0][0]].rstrip()[-1] in ".!?:"
    second = tokens[1][2] if len(tokens) > 1 else ""
    name = tokens[0][2][:1].isupper() and not (  # `Local government`: a sentence's capital
        first and second.islower() and second not in FUNCTION) \
        and not (tokens[0][2] in _OWN_COUNTRY and second.islower() and second not in FUNCTION)
    # (`the {Vietnamese central bank}`, `{Vietnam's central bank}`: the country's own adjective
    # before lower-case words is their modifier, not a name; issue 12bq: unseen5, unseen32)
    taken = []
    for k, (_, _, word) in enumerate(tokens):
        low = word.lower()
        nxt = tokens[k + 1][2] if k + 1 < len(tokens) else ""
        if name and word[:1].isupper() and low not in FUNCTION and (
                not VI_NAME.fullmatch(low) or any(english_level(word, t) for t in term)):
            taken.append(tokens[k])  # a person's or place's name (`Nguyen Van Phuong`) ends it
        elif name and low in _INNER and taken and (nxt[:1].isupper() or nxt == "the" and len(
                tokens) > k + 2 and tokens[k + 2][2][:1].isupper()):
            taken.append(tokens[k])  # `Chairman of the State`
        elif name and low == "the" and taken and taken[-1][2] in _INNER and nxt[:1].isupper():
            taken.append(tokens[k])
        elif not name and k == 0 and word in _OWN_COUNTRY:
            taken.append(tokens[k])
        elif not name and word.isalpha() and (word.islower() or k == 0) and low not in FUNCTION \
                and low not in _AUX and (lemma(low, "en") == low or low.endswith("s")):
            taken.append(tokens[k])
        elif not name and taken and word[:1].isupper() and low not in FUNCTION \
                and not VI_NAME.fullmatch(low) and not first:
            name = True  # `provincial {Party Personnel Board}`: lower-case words before a name
            taken.append(tokens[k])
        else:
            break
        if sum(t[2].lower() not in FUNCTION for t in taken) > size + 1:
            return None
    if not taken or (not name and len(taken) > 3) \
            or any(abbreviation(w) for _, _, w in taken):
        return None
    after = tokens[len(taken)][2] if len(taken) < len(tokens) else "."
    low = after.lower()
    if name and _plural_possessive(text, taken[-1][1], tokens[len(taken):]):
        return None  # `Veterans' Association`: a plural possessive inside a longer name
    if low in ("of", "and", "or", "&") or (name and after.isalpha() and low not in FUNCTION
                                            and low not in _AUX and lemma(low, "en") == low
                                            and not low.endswith("s")
                                            and not _person(tokens[len(taken):])):
        return None
    return taken[0][0], taken[-1][1]


def _plural_possessive(text: str, end: int, rest: list[tuple[int, int, str]]) -> bool:
    """A name run ending at `end` goes straight on into an apostrophe and a capitalised word
    (`Farmers' Association`): a plural possessive inside a longer name, which can't be told
    where it ends (issue 12cp); a singular `Ministry's` is one token, not this."""
    return len(rest) > 1 and rest[0][2] in ("'", "’") and text[end:rest[0][0]] == "" \
        and rest[1][2][:1].isupper()


def _phrase_before(text: str, at: int, size: int) -> tuple[int, int] | None:
    """The English noun phrase that ends before `at` (the right anchor), over the function
    words before it (`a {closing announcement} by the Deputy Prime Minister`): lower-case
    words or a capitalised run, an article, a determiner or punctuation before it."""
    tokens = [m for m in _SLOT_TOKEN.finditer(text[:at])]
    while tokens and tokens[-1].group().lower() in FUNCTION:
        tokens.pop()
    if not tokens or not tokens[-1].group()[:1].isalpha():
        return None
    name = tokens[-1].group()[:1].isupper()
    k = len(tokens)
    while k > 0:
        word = tokens[k - 1].group()
        low = word.lower()
        if low in FUNCTION or low in _AUX or not word.isalpha() or abbreviation(word) \
                or word[:1].isupper() != name or VI_NAME.fullmatch(low) and name \
                or not name and lemma(low, "en") != low and not low.endswith(("s", "ing")):
            break
        k -= 1
    taken = tokens[k:]
    before = tokens[k - 1].group().lower() if k else "."
    if not taken or len(taken) > (size + 1 if name else 3) \
            or before not in (*FUNCTION, *QUANTIFIERS) and before[:1].isalnum():
        return None
    return taken[0].start(), taken[-1].end()


def _kin(text: str, span: tuple[int, int], term: Sequence[str]) -> bool:
    """The phrase has a word of the term (or another word for one), or is a name: capitalised
    words past the sentence's first (`Chairman of the State`, `Central Personnel Committee`)."""
    words = re.findall(r"\w+", text[span[0]:span[1]])
    first = not text[:span[0]].strip(" \"“'‘(")
    names = [w for k, w in enumerate(words) if w[:1].isupper() and (k or not first)
             and w.lower() not in FUNCTION]
    return bool(names) or any(english_level(w, t) >= EQUIVALENT for w in words for t in term)


def _person(tokens: list[tuple[int, int, str]]) -> bool:
    """Two capitalised words of a Vietnamese name's shape (`Nguyen Van Tung`), not `Dai su`."""
    return len(tokens) >= 2 and all(w[:1].isupper() and VI_NAME.fullmatch(w.lower())
                                    for _, _, w in tokens[:2])


def _alone(text: str, span: tuple[int, int], target: str) -> bool:
    """No word of the term the phrase lacks stands within three words of it: then the phrase
    is part of a rendering (`Minister of {Health}`), which `english_window` judges. A one-word
    term's adjective counts (`the {provincial} industrial parks management board` says
    `province`: the words after it are no rendering of it)."""
    inside = re.findall(r"\w+", text[span[0]:span[1]])
    missing = [t for t in content_words(target)
               if not any(english_level(w, t) for w in inside)]
    around = re.findall(r"\w+", text[:span[0]])[-3:] + re.findall(r"\w+", text[span[1]:])[:3]
    return not any(english_level(w, t) >= EQUIVALENT for w in around for t in missing) \
        and not _adjective_near(text, span, target)


def _adjective_near(text: str, span: tuple[int, int], target: str) -> bool:
    """A one-word term's adjective within three words before the phrase (`the {provincial}
    industrial parks management board` says `province`): the phrase is no rendering of it
    (issue 12q)."""
    term = content_words(target)
    before = re.findall(r"\w+", text[:span[0]])[-3:]
    return len(term) == 1 and any(w.lower().endswith("al") and english_level(w, term[0])
                                  for w in before)


def dated_slot(text: str, target: str) -> tuple[int, int, str, str] | None:
    """A word that renders the term only after a year or a span of years (`DATED`: `the
    2025-2030 {term}`, `the 2021-2026 {mandate}`, issue 12ba): its span, the term and
    `rendering`; None elsewhere (`the new term`, `his term`, `long-term` are left). `of office`
    after the word is part of the rendering (`the 2026-2031 {term of office}`, issue 12bb):
    `tenure` says it already."""
    words = DATED.get(target)
    if not words:
        return None
    said = re.search(r"\b(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)?\d\d)? ((?:"
                     + "|".join(words) + r")(?: of office)?)\b(?!-)", text)
    return None if said is None else (said.start(1), said.end(1), target, "rendering")


# a person's name, an honorific before it, then a comma right before the source's title
_NAME_BEFORE = re.compile(r"(?:(?:[Ôô]ng|[Bb]à|[Đđ]ồng chí)\s+)?"
                          r"((?:[A-ZĐ]\w*\s+){1,4}[A-ZĐ]\w*),\s*$")


def name_slot(sentence: str, text: str, at: tuple[int, int],
              targets: Sequence[str]) -> tuple[int, int] | None:
    """A title the source says right after a person's name and a comma (`Ông Lê Minh Trí,
    {Chủ tịch} Hội …`) where the translation says the same name and a comma (`Le Minh Tri,
    {President} of the …`): the name is the anchor the other terms do not give, and the
    capitalised words after its comma, up to `of`, a comma or a function word and at most one
    more than the term has, are the slot (issue 12bw). None where the name is not said."""
    before = _NAME_BEFORE.search(sentence, 0, at[0])
    if before is None:
        return None
    name = strip_marks(before.group(1))  # (`Đ` folded to `D` too)
    said = re.search(rf"\b{re.escape(' '.join(name.split()))}, (?:the )?", text)
    if said is None:
        return None
    size = max(len(content_words(t)) for t in targets) + 1
    words = []
    for m in _SLOT_TOKEN.finditer(text, said.end()):
        if not m.group()[:1].isupper() or m.group().lower() in FUNCTION or len(words) > size:
            break
        words.append(m)
    if not words or len(words) > size:
        return None
    return words[0].start(), words[-1].end()
