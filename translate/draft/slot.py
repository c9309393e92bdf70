"""Where a translation renders a term in words no list pairs with it: the slot the source gives.

A translator who misses a term often renders the concept in words of their own (`harmonogramu`
for `plánu`, `předpisů` for `zákonů`, `nekalým praktikám` for `negativním jevům`): nothing in
them matches the term's words or their equivalents (`translate.terms.equivalents`), and no list
can hold every synonym a new translator uses. The source still says where the concept is: the
term stands between two things the translation has too — another glossary term rendered there,
a name or a number copied over, the start or the end of the sentence — with only function words
between (`Theo {Kế hoạch} của UBND tỉnh` → `Podle {harmonogramu} provinčního lidového výboru`,
`thông qua 34 {Luật}.` → `schváleno 34 {předpisů}.`; a small number may be said in words:
`3 {Kế hoạch}` → `tři {programy}`). The translation's words between the same
two anchors, less their function words, render the term when they are one short noun phrase:
adjectives and one noun, no verb, name, number or punctuation. Anything else (a content word
beside the term in the source, an anchor missing or found twice in the translation, anchors in
another order) leaves the slot unknown: precision matters more than recall here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from translate.draft.align import FUNCTION, qualifying, verb_form
from translate.terms.czech import is_adjective
from translate.text.normalize import strip_marks
from translate.text.wordnumbers import CARDINAL, find_word_numbers

__all__ = ["slot_span", "side_slot", "slot_bounds", "slot_side", "VI_FUNCTION", "CS_FUNCTION"]

Span = tuple[int, int]

_TOKEN = re.compile(r"\w+|[^\w\s]")
# Vietnamese words that have no content of their own around a noun phrase: prepositions,
# plural and possessive markers, `và`, the polite address `thưa`
VI_FUNCTION = ("theo", "của", "các", "những", "cho", "với", "tại", "trong", "về", "và", "ở",
               "từ", "đến", "tới", "lên", "giữa", "thưa", "vào", "bởi", "hoặc", "hay", "cùng")
# … and their Czech counterparts: prepositions, conjunctions, forms of address
CS_FUNCTION = (*FUNCTION, "podle", "mezi", "proti", "vůči", "před", "nad", "pod", "během",
               "kvůli", "díky", "bez", "nebo", "či", "ani", "ohledně", "dle")
_SKIP = ",;:–-—\"'„“”()"
# personal and relative pronouns: a word that points back to a noun renders none (`s {nímž}
# jednal` after the named mayor is not the country the source names there)
_PRONOUNS = frozenset((
    "on", "ona", "ono", "oni", "ony", "jeho", "něho", "něj", "jemu", "němu", "něm", "ním", "ní",
    "jí", "ji", "ni", "jich", "nich", "jim", "nim", "jimi", "nimi", "jenž", "jež", "již", "jehož",
    "něhož", "jemuž", "němuž", "němž", "nímž", "jímž", "níž", "jíž", "jejž", "nějž", "nichž",
    "jichž", "nimž", "jimž", "nimiž", "jimiž", "který", "která", "které", "kterého", "kterému",
    "kterém", "kterým", "kterou", "kteří", "kterých", "kterými"))


def _fold(word: str) -> str:
    return strip_marks(word.lower(), fold_d=True)


def _tokens(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]


def _copied(source: str, tokens: list[tuple[int, int, str]], k: int, step: int,
            terms: Sequence[Span]) -> tuple[int, int] | None:
    """The run of source tokens from `k` in direction `step` copied as they are into a
    translation (a number, a name: capitalised words outside every term), as token indices."""
    s, e, word = tokens[k]
    if word.isdigit():
        return (k, k)
    if not word[:1].isupper() or k == 0 or any(a <= s < b for a, b in terms):
        return None
    last = k
    while 0 <= last + step < len(tokens):
        ns, ne, nxt = tokens[last + step]
        if not nxt[:1].isupper() or any(a <= ns < b for a, b in terms) or last + step == 0:
            break
        last += step
    return (min(k, last), max(k, last))


def _find_copied(text: str, words: list[str]) -> Span | None:
    """The one place `text` has these words (diacritics aside: `Nguyen Thi Mai`)."""
    pattern = r"(?<!\w)" + r"\W+".join(re.escape(_fold(w)) for w in words) + r"(?!\w)"
    folded = _fold(text)
    if len(folded) != len(text):
        return None
    found = list(re.finditer(pattern, folded))
    return (found[0].start(), found[0].end()) if len(found) == 1 else None


def _said_in_words(text: str, value: int) -> Span | None:
    """The one cardinal word that says `value` (`3 Kế hoạch` → `tři plány`), from two to nine,
    as a number copied over anchors the term next to it."""
    if not 2 <= value <= 9:
        return None  # counting words only (`dvě stě` is no anchor for `200`)
    said = [n for n in find_word_numbers(text, "cs")
            if n.kind == CARDINAL and n.strong and n.value == value and " " not in n.text]
    return (said[0].start, said[0].end) if len(said) == 1 else None


def _anchor(source: str, text: str, at: Span, step: int,
            anchors: Sequence[tuple[Span, Span | None]]) -> int | str | None:
    """The translation's offset bounding the term on one side (`step` -1: the end of the left
    anchor, +1: the start of the right one); None when the source has content there, `,`
    when a comma bounds it (the translation's comma nearest the other side's anchor)."""
    tokens = _tokens(source)
    terms = [vi for vi, _ in anchors]
    k = next((i for i, (s, _, _) in enumerate(tokens) if s >= at[0]), len(tokens)) - 1 \
        if step < 0 else next((i for i, (s, _, _) in enumerate(tokens) if s >= at[1]),
                              len(tokens))
    comma = None
    while 0 <= k < len(tokens):
        s, e, word = tokens[k]
        owner = next(((vi, cs) for vi, cs in anchors if vi[0] <= s < vi[1]), None)
        if owner is not None:
            cs = owner[1]
            if cs is None:
                return comma
            return cs[1] if step < 0 else cs[0]
        if word in ".!?…":
            if step < 0 or any(t[2].isalnum() for t in tokens[k + 1:]):
                return comma  # another sentence of the segment: its translation is there too
            break
        if word == "," and comma is None:
            comma = ","  # beyond it, the term's neighbour may still be an anchor (`X, {Y}`)
        if word.lower() in VI_FUNCTION or word in _SKIP:
            k += step
            continue
        run = _copied(source, tokens, k, step, terms)
        if run is None:
            return comma
        found = _find_copied(text, [t[2] for t in tokens[run[0]:run[1] + 1]])
        if found is None and run[0] == run[1] and word.isdigit():
            found = _said_in_words(text, int(word))
        if found is None:
            return comma
        return found[1] if step < 0 else found[0]
    if step < 0:
        return 0
    end = text.rstrip()
    return len(end) - 1 if end[-1:] in ".!?…" else len(end)


def slot_bounds(source: str, text: str, at: Span,
                anchors: Sequence[tuple[Span, Span | None]]) -> Span | None:
    """The stretch of `text` between the two anchors around the source's term at `at`, any
    language (what it may hold is the caller's: `slot_span` for Czech, `translate.draft.
    english.english_slot` for English); None where an anchor is unknown."""
    left = _anchor(source, text, at, -1, anchors)
    right = _anchor(source, text, at, 1, anchors)
    if isinstance(left, str) and isinstance(right, int):
        left = text.rfind(",", 0, right) + 1 or None
    elif isinstance(right, str) and isinstance(left, int):
        right = text.find(",", left) if "," in text[left:] else None
    if not isinstance(left, int) or not isinstance(right, int) or left >= right:
        return None
    return left, right


def slot_side(source: str, text: str, at: Span,
              anchors: Sequence[tuple[Span, Span | None]], step: int) -> int | str | None:
    """One side of `slot_bounds` (`step` -1: left, +1: right), for a caller that can bound the
    term's phrase from one anchor alone (`translate.draft.enslot.chunk_slot`)."""
    return _anchor(source, text, at, step, anchors)


def slot_span(source: str, text: str, at: Span, anchors: Sequence[tuple[Span, Span | None]],
              size: int) -> Span | None:
    """The span of `text` rendering the source's term at `at`, or None (module docstring).

    `anchors` are the other glossary terms of the source: their span there and the span of
    their rendering in `text` (None where the translation has none); `size` the number of
    words of the term, so the phrase found has at most one more.
    """
    bounds = slot_bounds(source, text, at, anchors)
    if bounds is None:
        return None
    left, right = bounds
    words = _tokens(text[left:right])
    while words and (words[0][2].lower() in CS_FUNCTION or words[0][2] in _SKIP):
        words.pop(0)
    while words and (words[-1][2].lower() in CS_FUNCTION or words[-1][2] in _SKIP):
        words.pop()
    while len(words) > 1 and is_adjective(words[0][2]) and qualifying(words[0][2]):
        words.pop(0)  # `tři {nové} komisaře`: `nové` says which ones, it stays
    if not words or len(words) > size + 1:
        return None
    start = left + words[0][0]
    for k, (_, _, word) in enumerate(words):
        if not word[:1].isalpha() or verb_form(word) or word.lower() in CS_FUNCTION \
                or word.lower() in _PRONOUNS \
                or (word[:1].isupper() and text[:left + words[k][0]].strip()):
            return None  # punctuation, a number, a verb, a name: more than one phrase
        if k < len(words) - 1 and not is_adjective(word):
            return None
    if is_adjective(words[-1][2]):
        return None
    return start, left + words[-1][1]


def side_slot(source: str, text: str, at: Span, anchors: Sequence[tuple[Span, Span | None]],
              size: int) -> Span | None:
    """The term's phrase bounded by its left anchor only (issue 12y): the source has a content
    word after the term (`hợp tác xã {trồng} rau`), so `slot_span` has no second bound. The
    translation's noun phrase right after that anchor (adjectives and one noun, function words
    aside) is the rendering when the anchor is a name or a number copied over (`500
    {zemědělských spolků} pěstujících`): its noun alone where the source's content word
    comes right after the term (adjectives before it may render that word), the whole phrase
    where only function words are there. A neighbouring term or the sentence's start as the
    anchor, or a right anchor alone, is followed too often by an acceptable synonym
    (`pravidla`, `návrh`) or another phrase: None."""
    left = _anchor(source, text, at, -1, anchors)
    right = _anchor(source, text, at, 1, anchors)
    rendered = {edge for _, cs in anchors if cs for edge in cs}
    if not isinstance(left, int) or left == 0 or left in rendered or right is not None:
        return None
    words, offset = _tokens(text[left:]), left
    after = [w for s, _, w in _tokens(source) if s >= at[1]]
    content = bool(after) and after[0][:1].isalnum() and after[0].lower() not in VI_FUNCTION
    while words and (words[0][2].lower() in CS_FUNCTION or words[0][2] in _SKIP):
        words.pop(0)

    def noun_like(k: int) -> bool:
        ks, _, word = words[k]
        return word[:1].isalpha() and word.lower() not in (*CS_FUNCTION, *_PRONOUNS) \
            and not verb_form(word) and not (word[:1].isupper() and text[:offset + ks].strip())
    phrase, k = [], 0
    while k < len(words) and noun_like(k) and is_adjective(words[k][2]):
        phrase.append(words[k][:2])
        k += 1
    if k >= len(words) or not noun_like(k) or len(phrase) > size:
        return None
    noun = words[k][:2]
    while phrase and qualifying(text[offset + phrase[0][0]:offset + phrase[0][1]]):
        phrase.pop(0)  # `tři {nové} komisaře`: `nové` says which, it stays
    if content or not phrase:
        return offset + noun[0], offset + noun[1]
    return offset + phrase[0][0], offset + noun[1]
