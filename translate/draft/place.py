"""Put a glossary term where the translation rendered its concept, in the same case.

A model (or another translator) that missed a term usually rendered the concept its own way
somewhere in the sentence: a forbidden rendering (`sekretáře provinčního výboru`), the
Vietnamese left in (`s Bí thư Tỉnh ủy`), or a rendering that shares most words with the term
(`okresním tajemníkům strany` for `tajemník okresního výboru strany`, `provinčním lidovém
zastupitelstvu` for `provinční lidová rada`). `find_placement` finds that span and builds the
term in the case, number and (for persons) gender of the words it replaces
(`translate.draft.context`, `translate.terms.inflect`); the caller replaces it. None means the
concept is rendered nowhere: `run` then appends the term in brackets, `check --fix` leaves the
entry alone.

Words are compared by lemma or light stem (`translate.terms.lemmas`); feminine forms of a
masculine word (`sekretářka` for `sekretář`) and adjectives derived from a term's noun
(`stranické` for `strany`) count as weaker matches; an abbreviation in the term matches the
words of its initials (`ÚV` ~ `Ústředním výboru`). A span must contain the term's head noun,
or at least two of its other words with a noun in the head's place.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from translate.draft.context import adjective_cells, cells_of, order_cells
from translate.terms.czech import analyse, is_adjective, known_lemma
from translate.terms.inflect import CASE_NAMES, inflect, parse_phrase, pinned_forms
from translate.terms.lemmas import find_term, same_word
from translate.text.normalize import match_key

__all__ = ["Placement", "find_placement", "apply_placement", "describe"]

_WORD = re.compile(r"\w+")
_STRONG, _WEAK = 3, 2
_DEPUTY = ("místo", "vice", "náměst", "zástup", "člen", "poslan", "kandidát", "delegát")
_RELATIONAL = re.compile(r"((sk|ck|ov)(ý|á|é|í|ého|ému|ém|ým|ou|ých|ými)|n(í|ího|ímu|ím|ích|ími))$")
_NEVER_PLURAL = ("strany", "státu", "vlády", "země")
_NOT_RELATIONAL = ("hlavní", "poslední", "přední", "první", "další", "jiný", "nový", "celý",
                   "vlastní", "dnešní", "tehdejší", "současný", "bývalý", "místní")


@dataclass(frozen=True)
class Placement:
    """Where the concept was rendered and what replaces it."""

    start: int
    end: int
    found: str  # text[start:end]
    replacement: str
    case: str = ""  # nom..ins ("" for languages without case)
    number: str = ""
    how: str = "rendering"  # forbidden | source | rendering


@dataclass(frozen=True)
class _Word:
    start: int
    end: int
    text: str

    @property
    def low(self) -> str:
        return self.text.lower()


def _words(text: str) -> list[_Word]:
    return [_Word(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]


def _feminine(lemma: str) -> tuple[str, ...]:
    low = lemma.lower()
    out = [lemma + "ka", lemma + "yně"]
    if low.endswith("ník"):
        out.append(lemma[:-1] + "ce")
    if low.endswith(("ec", "ek", "ce")):
        out.append(lemma[:-2] + "kyně")
    if low.endswith("a"):
        out += [lemma[:-1] + "kyně", lemma[:-1] + "ka"]
    return tuple(out)


def _abbreviation(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _level(word: str, term_word: str, lang: str) -> int:
    """How well a text word renders a term word: 3 same lemma (or the female form), 2 an
    adjective derived from it, 0 not."""
    a, b = word.lower(), term_word.lower()
    if same_word(a, b, lang):
        return _STRONG
    if lang != "cs" or len(a) < 4 or len(b) < 4:
        return 0
    if any(same_word(a, f.lower(), lang) for f in _feminine(b)) or \
            any(same_word(b, f.lower(), lang) for f in _feminine(a)):
        return _STRONG
    prefix = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        prefix += 1
    if prefix >= 4 and prefix >= min(len(a), len(b)) - 3 and is_adjective(a) != is_adjective(b):
        return _WEAK
    return 0


@dataclass
class _Match:
    start: int  # word index in the text
    end: int  # exclusive
    score: float
    matched: dict[int, int]  # text word index -> term word index
    levels: dict[int, int]  # term word index -> level
    phrase: str
    how: str
    head_gap: int | None = None  # text word standing in the head's place


_FUNCTION = ("a", "i", "v", "ve", "na", "o", "s", "se", "k", "ke", "z", "ze", "u", "do", "od",
             "pro", "po", "při", "za", "pan", "pane", "paní", "že", "který", "která", "které",
             "vážený", "vážená", "vážení", "vážené", "milý", "milá")


def _noun_like(word: _Word) -> bool:
    return len(word.text) >= 3 and word.low not in _FUNCTION and not is_adjective(word.text) \
        and word.text[:1].isalpha()


def _align(words: list[_Word], i: int, j: int, term: list[str], head: int, lang: str,
           phrase: str, how: str) -> _Match | None:
    """Score text words i..j-1 as a rendering of `term`; None when they are not one.

    Every word is a match of a term word or fills a slot the term has left open: the head's
    place (`provinčním lidovém {zastupitelstvu}`), an adjective before the head (`{inspekční}
    komisí`), or a complement after it (`členy stálého výboru provinční stranické
    {organizace}`).
    """
    matched: dict[int, int] = {}
    levels: dict[int, int] = {}
    k = i
    while k < j:
        best, best_level, width = None, 0, 1
        for t, tw in enumerate(term):
            if t in levels:
                continue
            if _abbreviation(tw):
                size = len([c for c in tw if c.isalpha()])
                initials = "".join(w.text[:1] for w in words[k:k + size]).lower()
                if size > 1 and k + size <= j and initials == tw.lower()[:size]:
                    best, best_level, width = t, _STRONG, size
                    break
            level = _level(words[k].text, tw, lang)
            if level > best_level or (level == best_level and level and t == head):
                best, best_level, width = t, level, 1
        if best is not None and best_level:
            for m in range(k, k + width):
                matched[m] = best
            levels[best] = best_level
        k += width
    if not matched:
        return None
    strong_head = levels.get(head) == _STRONG
    head_at = next((k for k, t in matched.items() if t == head), None)
    gaps = [k for k in range(i, j) if k not in matched]
    open_adjectives = sum(1 for t in range(head) if t not in levels)
    open_complement = sum(1 for t in range(head + 1, len(term)) if t not in levels)
    head_gap = None
    for k in gaps:
        word = words[k]
        if head_at is None and head_gap is None and _noun_like(word):
            before = [m for m, t in matched.items() if t < head]
            if all(m < k for m in before):
                head_gap = k
                continue
        anchor = head_at if head_at is not None else head_gap
        if is_adjective(word.text) and open_adjectives and (anchor is None or k < anchor):
            open_adjectives -= 1
            continue
        if anchor is None:
            firsts = [m for m, t in matched.items() if t > head]
            anchor = min(firsts) if firsts else None
        trailing = k > max(matched)
        if anchor is not None and k > anchor and open_complement > (0 if trailing else -1) \
                and word.low not in _FUNCTION and not word.text[:1].isupper() \
                and _genitive(word.text, known=True) \
                and (not trailing or is_adjective(words[k - 1].text)):
            open_complement -= 1
            continue
        return None
    others = sum(1 for t in levels if t != head)
    if not strong_head and (others < 2 or (head_gap is None and others < 3 and lang == "cs")):
        return None
    if not any(lv == _STRONG for lv in levels.values()):
        return None
    weight = sum((2.0 if t == head else 1.0) * (1.0 if lv == _STRONG else 0.7)
                 for t, lv in levels.items())
    score = weight / (len(term) + 1)
    return _Match(i, j, score, matched, levels, phrase, how, head_gap)


def _joined(text: str, left: _Word, right: _Word, phrase: str) -> bool:
    """Only spaces between two words, or punctuation the term itself has (`kultury, sportu`)."""
    between = text[left.end:right.start].strip()
    return not between or between in phrase


def _best_window(text: str, words: list[_Word], phrase: str, how: str, lang: str,
                 taken: Sequence[tuple[int, int]]) -> _Match | None:
    term = [w for w in phrase.split() if _WORD.search(w)]
    term = [_WORD.findall(w)[0] if len(_WORD.findall(w)) == 1 else w for w in term]
    if not term:
        return None
    head = parse_phrase(phrase).heads[0] if lang == "cs" else len(term) - 1
    head = min(head, len(term) - 1)
    best = None
    for i in range(len(words)):
        if any(s <= words[i].start < e for s, e in taken):
            continue
        for j in range(i + 1, min(len(words), i + len(term) + 3) + 1):
            if any(s < words[j - 1].end and words[i].start < e for s, e in taken):
                break
            if j - 1 > i and not _joined(text, words[j - 2], words[j - 1], phrase):
                break
            m = _align(words, i, j, term, head, lang, phrase, how)
            if m and (best is None or (m.score, m.end - m.start) >
                      (best.score, best.end - best.start)):
                best = m
    return best


def _source_span(text: str, source: str) -> tuple[int, int] | None:
    if not source.strip():
        return None
    key, src = match_key(text).lower(), match_key(source).lower()
    pos = key.find(src)
    if pos < 0 or len(key) != len(text):
        return None
    return pos, pos + len(src)


def find_placement(text: str, targets: Sequence[str], lang: str, *,
                   forbidden: Sequence[str] = (), source: str = "",
                   forms: Sequence[str] = (),
                   taken: Sequence[tuple[int, int]] = ()) -> Placement | None:
    """Where `text` renders the concept whose accepted renderings are `targets`, and the term
    in that place's case; None when nothing in `text` renders it (see module docstring).

    `taken` are spans already used by other terms of the sentence.
    """
    if not targets:
        return None
    words = _words(text)
    for bad in forbidden:
        span = find_term(text, bad, lang)
        if span and not any(s < span[1] and span[0] < e for s, e in taken):
            i = next(k for k, w in enumerate(words) if w.start == span[0])
            j = next(k for k, w in enumerate(words) if w.end == span[1]) + 1
            term = [w for w in bad.split()]
            m = _Match(i, j, 9.0, {k: k - i for k in range(i, j)},
                       {t: _STRONG for t in range(len(term))}, bad, "forbidden")
            return _build(text, words, m, targets, lang, forms)
    span = _source_span(text, source)
    if span and not any(s < span[1] and span[0] < e for s, e in taken):
        return _from_context(text, span, targets, lang, forms)
    best = None
    for phrase, how in [*((t, "rendering") for t in targets),
                        *((f, "forbidden") for f in forbidden)]:
        m = _best_window(text, words, phrase, how, lang, taken)
        if m and (best is None or m.score > best.score):
            best = m
    if best is None or best.score < 0.3:
        return None
    return _build(text, words, best, targets, lang, forms)


def _person_targets(targets: Sequence[str], lang: str) -> dict[str, str]:
    """Gender of each target when the glossary lists both (`tajemník …|tajemnice …`)."""
    if lang != "cs":
        return {}
    genders = {t: parse_phrase(t).gender for t in targets}
    return genders if {"m", "f"} <= set(genders.values()) else {}


def _head_index(words: list[_Word], m: _Match, head: int) -> int:
    for k, t in m.matched.items():
        if t == head:
            return k
    if m.head_gap is not None:
        return m.head_gap
    for k in range(m.start, m.end):
        if not is_adjective(words[k].text):
            return k
    return m.end - 1


def _extend(text: str, words: list[_Word], m: _Match, term: list[str], head: int,
            targets: Sequence[str], lang: str) -> tuple[int, int]:
    """Take in what else belongs to the rendering: adjectives made from the term's words
    before it (`stranické buňce`), a relational adjective standing for the missing
    complement (`ministerský předsedo`), genitive words after the head standing for it
    (`předsedkyni parlamentu`, `řediteli provinčních úřadů`)."""
    start, end = m.start, m.end
    if lang != "cs":
        return start, end
    target_words = [w for t in targets for w in _WORD.findall(t)]
    while start > 0 and _adjacent(text, words[start - 1], words[start]) \
            and is_adjective(words[start - 1].text) \
            and any(_level(words[start - 1].text, w, lang) for w in target_words):
        start -= 1
    used = {words[k].low for k in range(start, end)}
    while end < len(words) and end - m.end < 2 and _adjacent(text, words[end - 1], words[end]) \
            and words[end].low not in used and words[end].low not in _FUNCTION \
            and any(same_word(words[end].low, w.lower(), lang) for w in target_words):
        end += 1
    if m.how != "rendering" or end > m.end:
        return start, end
    missing = [t for t in range(head + 1, len(term)) if t not in m.levels]
    if not missing or m.levels.get(head) != _STRONG:
        return start, end
    prev = words[start - 1] if start > 0 else None
    if prev is not None and head == 0 and len(missing) == len(term) - 1 \
            and _adjacent(text, prev, words[start]) and _RELATIONAL.search(prev.low) \
            and is_adjective(prev.text) and prev.low not in _NOT_RELATIONAL \
            and (known_lemma(prev.text) or prev.low) not in _NOT_RELATIONAL:
        start -= 1
    if (end - 1) in m.matched and m.matched[end - 1] == head:
        nouns = sum(1 for t in missing if not is_adjective(term[t]))
        k = end
        while k < len(words) and nouns > 0:
            w = words[k]
            if not _adjacent(text, words[k - 1], w) or w.text[:1].isupper() \
                    or w.low in _FUNCTION or not _genitive(w.text, known=True):
                break
            if not is_adjective(w.text):
                nouns -= 1
            k += 1
        if k > end and not is_adjective(words[k - 1].text):
            end = k
    return start, end


def _adjacent(text: str, left: _Word, right: _Word) -> bool:
    return text[left.end:right.start].strip() == ""


def _genitive(word: str, known: bool = False) -> bool:
    if is_adjective(word):
        return any(c[0] == "gen" for c in adjective_cells(word, None))
    if known:
        lemma = known_lemma(word)
        return lemma is not None and any(
            r.case == "gen" and r.lemma.lower() == lemma.lower() for r in analyse(word, (lemma,)))
    return any(r.case == "gen" for r in analyse(word))


def _build(text: str, words: list[_Word], m: _Match, targets: Sequence[str], lang: str,
           forms: Sequence[str]) -> Placement:
    term = [w for w in m.phrase.split() if _WORD.search(w)]
    head = min(parse_phrase(m.phrase).heads[0] if lang == "cs" else len(term) - 1,
               len(term) - 1)
    start, end = _extend(text, words, m, term, head, targets, lang)
    s, e = words[start].start, words[end - 1].end
    h = _head_index(words, m, head)
    genders = _person_targets(targets, lang)
    if lang != "cs":
        plural = words[h].low.endswith("s") and not words[h].low.endswith("ss")
        return _placement(text, s, e, targets[0], "nom", "pl" if plural else "sg", lang,
                          m.how, False, forms, targets)
    heads = [t.split()[parse_phrase(t).heads[0]] for t in targets]
    if m.matched.get(h) is not None:
        heads.insert(0, _WORD.findall(term[m.matched[h]])[0] if _WORD.findall(
            term[m.matched[h]]) else term[m.matched[h]])
    hints = tuple(dict.fromkeys(w for t in heads for w in (t, *_feminine(t))))
    readings = [r for r in analyse(words[h].text, hints)
                if not genders or r.gender != "m" or r.animate]
    gender = None
    if readings:
        gs = {r.gender for r in readings}
        gender = "f" if gs == {"f"} else ("m" if "f" not in gs else None)
    cells = cells_of(readings)
    for k in range(start, h):
        adj = adjective_cells(words[k].text, gender)
        if adj and cells & adj:
            cells &= adj
    if not cells:
        cells = {("nom", "sg")}
    target = targets[0]
    if genders and gender in ("m", "f"):
        target = next((t for t in targets if genders[t] == gender), target)
    elif genders:
        target = next((t for t in targets if genders[t] == "m"), target)
    ordered = order_cells(cells, text, s, e)
    case, number = ordered[0]
    plural_comp = number == "pl" and _plural_complement(words, m, start, end, h, term, head,
                                                        target)
    return _placement(text, s, e, target, case, number, lang, m.how, plural_comp, forms, targets)


def _plural_complement(words: list[_Word], m: _Match, start: int, end: int, h: int,
                       term: list[str], head: int, target: str) -> bool:
    """Several bodies or one? Evidence from the replaced words first (`provinčních úřadů`,
    `okresním tajemníkům`); else one body has one head (secretaries of several committees)
    but several deputies and members (members of one committee)."""
    evidence = []
    for k in range(start, end):
        t = m.matched.get(k)
        if k == h or (t is not None and t <= head) or words[k].text in _NEVER_PLURAL:
            continue
        word = words[k].text
        cells = adjective_cells(word, None) if is_adjective(word) else cells_of(analyse(word))
        if k < h and t is not None and t > head:
            evidence.append(True)  # `okresním tajemníkům`: the complement agrees, plural
        elif k > h and cells:
            if ("gen", "pl") in cells and ("gen", "sg") not in cells:
                evidence.append(True)
            elif ("gen", "sg") in cells and ("gen", "pl") not in cells:
                evidence.append(False)
    if evidence:
        return any(evidence)
    first = target.split()[parse_phrase(target).heads[0]].lower()
    return not first.startswith(_DEPUTY)


def _placement(text: str, s: int, e: int, target: str, case: str, number: str, lang: str,
               how: str, plural_comp: bool, forms: Sequence[str],
               targets: Sequence[str]) -> Placement:
    pinned = pinned_forms(forms) if target == targets[0] else {}
    person = len(_person_targets(targets, lang)) > 0
    new = inflect(target, case, number, lang, plural_complement=plural_comp,
                  animate=True if person else None, pinned=pinned)
    if _sentence_start(text, s) and text[s:s + 1].isupper():
        new = new[:1].upper() + new[1:]
    return Placement(s, e, text[s:e], new, case if lang == "cs" else "",
                     number if lang == "cs" else "", how)


def _sentence_start(text: str, s: int) -> bool:
    before = text[:s].rstrip(" \"'„“”«»([")
    return not before or before[-1] in ".!?:…"


def _from_context(text: str, span: tuple[int, int], targets: Sequence[str], lang: str,
                  forms: Sequence[str]) -> Placement:
    """The Vietnamese term left in: its case comes from the Czech around it alone."""
    s, e = span
    genders = _person_targets(targets, lang)
    target = targets[0]
    if genders:
        around = text[max(0, s - 8):s].lower() + " " + text[e:e + 40]
        female = "paní" in around or re.search(r"\bThị\b", text[e:e + 40]) is not None
        target = next((t for t in targets if genders[t] == ("f" if female else "m")), target)
    if lang != "cs":
        return _placement(text, s, e, target, "nom", "sg", lang, "source", False, forms,
                          targets)
    cells = {(c, "sg") for c in ("nom", "gen", "dat", "acc", "voc", "loc", "ins")}
    case, number = order_cells(cells, text, s, e)[0]
    return _placement(text, s, e, target, case, number, lang, "source", False, forms, targets)


def apply_placement(text: str, placement: Placement) -> str:
    return text[:placement.start] + placement.replacement + text[placement.end:]


def describe(placement: Placement) -> str:
    """`genitive plural` / `` for the comment lines."""
    if not placement.case:
        return ""
    number = "plural" if placement.number == "pl" else "singular"
    return f"{CASE_NAMES[placement.case]} {number}"
