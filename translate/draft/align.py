"""Which words of a text render a term: the window of words aligned with the term's words.

Every word of a window is a match of a term word (the same word in any form, its female form,
a licensed equivalent, or an adjective made from it: `translate.terms.equivalents`) or fills a
slot the term leaves open: the head's place (`provinčním lidovém {zastupitelstvu}`), an
adjective before the head, a genitive complement after it, a modifier of a complement word
(`ministerstva {národní} obrany`). A window must contain the term's head, or at least two of
its other words with a noun in the head's place; windows next to another country's adjective
(`předseda laoského parlamentu`) are not the concept. `translate.draft.place` builds the term
in the best window's case.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import accumulate

from translate.terms.czech import adjective_readings, analyse, is_adjective, known_lemma
from translate.terms.equivalents import STRONG, foreign, match_level
from translate.terms.inflect import parse_phrase
from translate.terms.lemmas import same_word

__all__ = ["Word", "Match", "FUNCTION", "qualifying", "participle", "text_words", "abbreviation",
           "align", "best_window", "adjacent", "genitive"]

_HYPHENED = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)+")
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Word:
    start: int
    end: int
    text: str

    @property
    def low(self) -> str:
        return self.text.lower()


def text_words(text: str) -> list[Word]:
    return [Word(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]


@lru_cache(maxsize=1 << 14)  # asked for every term word at every word of a window
def abbreviation(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


@dataclass
class Match:
    start: int  # word index in the text
    end: int  # exclusive
    score: float
    matched: dict[int, int]  # text word index -> term word index
    levels: dict[int, int]  # term word index -> level
    phrase: str
    how: str
    head_gap: int | None = None  # text word standing in the head's place


FUNCTION = ("a", "i", "v", "ve", "na", "o", "s", "se", "k", "ke", "z", "ze", "u", "do", "od",
             "pro", "po", "při", "za", "pan", "pane", "paní", "že", "který", "která", "které",
             "vážený", "vážená", "vážení", "vážené", "milý", "milá")


# prepositions no term starts with: a window never starts at one (`Podle {náměstka …}`)
_GOVERNING = ("podle", "dle", "mezi", "proti", "vůči", "během", "kvůli", "díky", "bez",
              "ohledně", "kromě", "včetně", "místo", "prostřednictvím")


# adjectives of age, merit, time and order: they describe the people or things meant and
# never render a word of a term (`{mladé} úředníky` ~ `státní úředníky` keeps `mladé`)
_QUALIFYING = ("mladý", "starý", "nový", "dobrý", "nejlepší", "lepší", "vzorný", "zkušený",
               "schopný", "úspěšný", "zasloužilý", "talentovaný", "bývalý", "budoucí",
               "současný", "dosavadní", "tehdejší", "další", "jiný", "ostatní", "některý",
               "mnohý", "četný", "celý", "všechen")


# the levels of administration: one of them in a term's adjective slot is that level, so
# another in the window is another body (`{Ústřední} orgány` is not `provinční výbor strany`)
_LEVELS = ("ústřední", "centrální", "celostátní", "provinční", "krajský", "zemský", "okresní",
           "obvodní", "městský", "obecní", "vesnický")


def _other_level(word: str, term: list[str]) -> bool:
    own = (known_lemma(word) or word).lower()
    return own in _LEVELS and any((known_lemma(t) or t).lower() in _LEVELS for t in term
                                  if is_adjective(t))


_PARTICIPLE = ("ený", "aný", "atý", "utý", "itý", "ytý", "ětý", "ící", "oucí", "ající")
_PARTICIPLE_FORM = re.compile(r"(en|an|at|ut|it|yt|ět)(ý|á|é|ého|ému|ém|ým|ou|ých|ými|í)$")


def participle(word: str) -> bool:
    """An adjective made from a verb (`přijatými`, `zatčeném`, `podřízených`): it says what was
    done to the people or things meant, never a word of a term, and may follow its noun."""
    base = (known_lemma(word) or "").lower()
    return is_adjective(word) and (base.endswith(_PARTICIPLE) or (
        not base and _PARTICIPLE_FORM.search(word.lower()) is not None))  # `vedený`


def qualifying(word: str) -> bool:
    return (known_lemma(word) or word).lower() in _QUALIFYING


def _noun_like(word: Word) -> bool:
    return len(word.text) >= 3 and word.low not in FUNCTION and not is_adjective(word.text) \
        and word.text[:1].isalpha() and not verb_form(word.text)


_INFINITIVE = ("at", "it", "et", "ět", "ít", "ýt", "out", "ést", "íst", "ást")
_FINITE = ("l", "la", "lo", "li", "ly", "e", "í", "á", "ou", "ají", "ují", "ejí", "í")


def verb_form(word: str) -> bool:
    """A verb, not a noun that could stand in a title's place: a past or present form
    (`byla`, `přijal`, `schválí`) or a short passive participle (`předložena`, `zvolen`)."""
    low = word.lower()
    found = known_lemma(word)
    if not found or found.lower() == low:
        return False
    base = found.lower()
    if base.endswith(_INFINITIVE) and low.endswith(_FINITE):
        return True
    return base.endswith(("ný", "tý")) and low.endswith(("n", "na", "no", "ni", "ny",
                                                         "t", "ta", "to", "ti", "ty"))


def align(words: list[Word], i: int, j: int, term: list[str], head: int, lang: str,
           phrase: str, how: str, must: tuple[int, ...] = ()) -> Match | None:
    """Score text words i..j-1 as a rendering of `term`; None when they are not one.

    Every word is a match of a term word or fills a slot the term has left open: the head's
    place (`provinčním lidovém {zastupitelstvu}`), an adjective before the head (`{inspekční}
    komisí`), or a complement after it (`členy stálého výboru provinční stranické
    {organizace}`).
    """
    matched: dict[int, int] = {}
    levels: dict[int, int] = {}
    k, last = i, -1
    while k < j:
        best, best_key, width = None, (0, False, False), 1
        for t, tw in enumerate(term):
            if t in levels:
                continue
            if abbreviation(tw):
                size = len([c for c in tw if c.isalpha()])
                group = words[k:k + size]
                initials = "".join(w.text[:1] for w in group).lower()
                if size > 1 and k + size <= j and initials == tw.lower()[:size] \
                        and all(is_adjective(w.text) for w in group[:-1]) \
                        and not is_adjective(group[-1].text):  # `Ústředním výboru`
                    best, best_key, width = t, (STRONG, True, True), size
                    break
            # the best level; on a tie the word in order, then the head
            key = (match_level(words[k].text, tw, lang), t > last, t == head)
            if key[0] and key > best_key:
                best, best_key, width = t, key, 1
        if best is not None:
            for m in range(k, k + width):
                matched[m] = best
            levels[best] = best_key[0]
            last = best
        k += width
    if not matched or any(t not in levels for t in must):
        return None
    named = len(term) > 2 or any(w[:1].isupper() for w in term)  # not `velvyslanec`
    if any(foreign(words[k].text) and k not in matched
           for k in range(max(0, i - (1 if named else 0)), min(j + 1, len(words)))):
        return None  # another country's body: `předseda laoského parlamentu`; not the term's
        # own word (`Evropským svazem` ~ `Evropská unie`)
    strong_head = levels.get(head) == STRONG
    head_at = next((k for k, t in matched.items() if t == head), None)
    gaps = [k for k in range(i, j) if k not in matched]
    open_adjectives = sum(1 for t in range(head) if t not in levels)
    open_complement = sum(1 for t in range(head + 1, len(term)) if t not in levels)
    head_gap, added = None, False
    for k in gaps:
        word = words[k]
        if head_at is None and head_gap is None and _noun_like(word) \
                and not term[head][:1].isupper():  # a name's head is no other noun
            before = [m for m, t in matched.items() if t < head]
            # complement words before the head only as adjectives (`okresním {šéfům} strany`)
            if all(m < k for m in before) and all(
                    is_adjective(words[m].text) for m, t in matched.items() if t > head and m < k):
                head_gap = k
                continue
        anchor = head_at if head_at is not None else head_gap
        if is_adjective(word.text) and open_adjectives and (anchor is None or k < anchor) \
                and not qualifying(word.text) and not participle(word.text) \
                and (not _other_level(word.text, term)  # not `{mladé} úředníky` for `státní …`
                     or (len(levels) >= 2 and set(levels.values()) == {STRONG})):  # but
            # `{okresního} výboru strany` for `obvodní výbor strany`: the level mistranslated
            open_adjectives -= 1
            continue
        if is_adjective(word.text) and not open_adjectives and not added and head_at \
                and i < k < head_at and any(m < k for m in matched) \
                and all((m < k) == (t < head) for m, t in matched.items()) \
                and len(levels) == len(term) and set(levels.values()) == {STRONG} \
                and not qualifying(word.text) and not participle(word.text) \
                and not _other_level(word.text, term):
            added = True  # `provinční lidový {správní} výbor`: one adjective the translator
            continue  # added inside the whole term, every word of it there as it is
        if is_adjective(word.text) and matched.get(k + 1, -1) > head and k > (anchor or i):
            continue  # `ministerstva národní obrany`: a modifier of a complement word
        if word.low == "pro" and anchor == k - 1 and matched.get(k + 1, -1) > head:
            continue  # `Ministerstvo pro plánování a investice`
        if anchor is None:
            firsts = [m for m, t in matched.items() if t > head]
            anchor = min(firsts) if firsts else None
        trailing = k > max(matched)
        if anchor is not None and k > anchor and open_complement > (0 if trailing else -1) \
                and word.low not in FUNCTION and not word.text[:1].isupper() \
                and genitive(word.text, known=True) \
                and (not trailing or is_adjective(words[k - 1].text)):
            open_complement -= 1
            continue
        return None
    others = sum(1 for t in levels if t != head)
    if not strong_head and (others < 2 or (head_gap is None and others < 3 and lang == "cs")) \
            and not _half(words, i, j, term, head, matched, levels, head_gap) \
            and not _headless_name(words, i, j, term, head, matched):
        return None
    if not any(lv == STRONG for lv in levels.values()):
        return None
    weight = sum((2.0 if t == head else 1.0) * (1.0 if lv == STRONG else 0.7)
                 for t, lv in levels.items())
    score = weight / (len(term) + 1)
    return Match(i, j, score, matched, levels, phrase, how, head_gap)


def _half(words: list[Word], i: int, j: int, term: list[str], head: int,
          matched: dict[int, int], levels: dict[int, int], head_gap: int | None) -> bool:
    """A two-word term whose adjective is there and whose noun is rendered by another noun
    agreeing with it (`strategické {spojenectví}` ~ `strategické partnerství`, `sociální
    {bezpečnosti}` ~ `sociální zabezpečení`): the adjective is the term's own word, in the same
    form, not one of age or order, and the window is those two words."""
    if len(term) != 2 or head != 1 or j - i != 2 or head_gap != i + 1 or matched != {i: 0} \
            or levels.get(0) != STRONG or not is_adjective(term[0]):
        return False
    adjective, noun = words[i].text, words[i + 1].text
    if (qualifying(adjective) and not qualifying(term[0])) or noun[:1].isupper() \
            or (known_lemma(adjective) or "").lower() in _LEVELS \
            or (adjective[:1].isupper() and not term[0][:1].isupper()):
        return False  # `{mladé} kádry`, `Ústřední výbor`; but `Evropským svazem`, `nové vesnice`
    if noun.lower()[:3] == term[1].lower()[:3]:
        return False  # a form of the term's own noun the inflector does not know (`síl`)
    own = {(r.case, r.number) for r in adjective_readings(adjective)}
    return any((r.case, r.number) in own for r in analyse(noun))


def _headless_name(words: list[Word], i: int, j: int, term: list[str], head: int,
                   matched: dict[int, int]) -> bool:
    """A name rendered without its head (`v {Spojených národech}` ~ `Organizace spojených
    národů`): every word after the head, in order and nothing else, the first capitalised."""
    rest = list(range(head + 1, len(term)))
    return len(rest) >= 2 and term[head][:1].isupper() and words[i].text[:1].isupper() \
        and [matched.get(k) for k in range(i, j)] == rest


def _joined(text: str, left: Word, right: Word, phrase: str) -> bool:
    """Only spaces between two words, or punctuation the term itself has (`kultury, sportu`)."""
    between = text[left.end:right.start].strip()
    return not between or between in phrase


def best_window(text: str, words: list[Word], phrase: str, how: str, lang: str,
                 taken: Sequence[tuple[int, int]], must: tuple[int, ...] = ()) -> Match | None:
    term = [w for w in phrase.split() if _WORD.search(w)]
    term = [_WORD.findall(w)[0] if len(_WORD.findall(w)) == 1 else w for w in term]
    if not term:
        return None
    head = parse_phrase(phrase).heads[0] if lang == "cs" else _english_head(term)
    head = min(head, len(term) - 1)
    best = _window(text, words, term, head, phrase, how, lang, taken, must)
    if best is None and lang == "cs" and any(_HYPHENED.fullmatch(w) for w in term):
        best = _hyphen_window(text, words, term, head, phrase, how, taken, must)
    return best


def _window(text: str, words: list[Word], term: list[str], head: int, phrase: str, how: str,
            lang: str, taken: Sequence[tuple[int, int]], must: tuple[int, ...]) -> Match | None:
    best = None
    edges = (term[0].lower(), term[-1].lower())
    held = _Held(taken)
    for i in range(len(words)):
        if held.covers(words[i].start):
            continue
        if (words[i].low in FUNCTION or words[i].low in _GOVERNING) \
                and words[i].low != edges[0]:
            continue  # `{a} ministerstvem plánování` for `… plánování a investic`; `{Podle}
            # náměstka …` is the preposition, not a word of the rendering
        for j in range(i + 1, min(len(words), i + len(term) + 3) + 1):
            if held.meets(words[i].start, words[j - 1].end):
                break
            if j - 1 > i and not _joined(text, words[j - 2], words[j - 1], phrase):
                break
            if words[j - 1].low in FUNCTION and words[j - 1].low != edges[1]:
                continue
            m = align(words, i, j, term, head, lang, phrase, how, must)
            if m and (best is None or (m.score, m.end - m.start) >
                      (best.score, best.end - best.start)
                      or (m.score, m.end - m.start) == (best.score, best.end - best.start)
                      and _own(words, m, term, lang) > _own(words, best, term, lang)):
                best = m
    return best


def _own(words: list[Word], m: Match, term: list[str], lang: str) -> int:
    """How many of a window's words are the term's own words, not equivalents: of two windows
    alike otherwise, `pohraničními jednotkami` renders `pohraniční stráž` rather than the
    `hraničních kamenů` before it."""
    return sum(same_word(words[k].low, term[t].lower(), lang) for k, t in m.matched.items())


class _Held:
    """The spans other terms hold, asked about at every word of a text: sorted by start with
    the furthest end so far, each question is a binary search rather than a scan of them all
    (a table's segment holds hundreds of terms)."""

    def __init__(self, spans: Sequence[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [s for s, _ in ordered]
        self._reach = list(accumulate((e for _, e in ordered), max))

    def covers(self, at: int) -> bool:
        """Some span has `s <= at < e`."""
        k = bisect_right(self._starts, at)
        return k > 0 and self._reach[k - 1] > at

    def meets(self, start: int, end: int) -> bool:
        """Some span overlaps [start, end): `s < end and start < e`."""
        k = bisect_left(self._starts, end)
        return k > 0 and self._reach[k - 1] > start


def _hyphen_window(text: str, words: list[Word], term: list[str], head: int, phrase: str,
                   how: str, taken: Sequence[tuple[int, int]], must: tuple[int, ...]
                   ) -> Match | None:
    """`marxisticko-leninská teorie` as the text's words are cut (`marxisticko`, `leninská`,
    `teorie`); the match is given back in the phrase's own word positions."""
    parts: list[str] = []
    owner: list[int] = []
    for t, w in enumerate(term):
        pieces = w.split("-") if _HYPHENED.fullmatch(w) else [w]
        parts.extend(pieces)
        owner.extend([t] * len(pieces))
    at = max(k for k, t in enumerate(owner) if t == head)
    m = _window(text, words, parts, at, phrase, how, "cs", taken,
                tuple(k for k, t in enumerate(owner) if t in must))
    if m is None:
        return None
    levels: dict[int, int] = {}
    for k, level in m.levels.items():
        levels[owner[k]] = max(level, levels.get(owner[k], 0))
    return replace(m, matched={i: owner[k] for i, k in m.matched.items()}, levels=levels)


def _english_head(term: list[str]) -> int:
    """The head of an English term: the word before its first `of` (`Foreign {Minister} of the
    United States`), else its last word (`Provincial Party {Committee}`)."""
    low = [w.lower() for w in term]
    return low.index("of", 1) - 1 if "of" in low[1:] else len(term) - 1


def adjacent(text: str, left: Word, right: Word) -> bool:
    return text[left.end:right.start].strip() == ""


def genitive(word: str, known: bool = False) -> bool:
    if is_adjective(word):
        return any(r.case == "gen" for r in adjective_readings(word))
    if known:
        lemma = known_lemma(word)
        return lemma is not None and any(
            r.case == "gen" and r.lemma.lower() == lemma.lower() for r in analyse(word, (lemma,)))
    return any(r.case == "gen" for r in analyse(word))




# a preposition's vocalised form before a word that begins with the same sound
_VOCALISED = {"s": ("se", "szšž"), "z": ("ze", "szšž"), "v": ("ve", "vf"), "k": ("ke", "kg")}
_VOWELS = "aáeéěiíoóuúůyý"


def _idiom(vocalised: str, old: str) -> bool:
    """`ve městě`, `ve městech`: the vocalised form Czech fixes before this one word (and
    before no other word of a term), which goes with it (`v okresním městě`)."""
    return vocalised == "ve" and old.lower().startswith("měst")


def preposition_for(prep: str, old: str, new: str) -> str:
    """The preposition before `new` where `prep` stood before `old`: `se šéfem` → `s
    ministrem`, `s unií` → `se svazem`, `v předsednictvech` → `ve stálých výborech`; left
    alone where the first sounds do not decide (`ke členům`, `s členy`). A vocalised form
    the translator chose before `č` and a consonant (`ve čtvrtích`, `se členy`) goes with
    the word it was for (`v městských čtvrtích`, `s ministry`), and so does `ve` of `ve
    městě` (`v okresním městě`)."""
    low = prep.lower()
    short = next((k for k, (v, _) in _VOCALISED.items() if low in (k, v)), None)
    if short is None or not old or not new or _WORD.findall(old.lower())[:1] == \
            _WORD.findall(new.lower())[:1]:
        return prep  # the same first word: the translator's choice stands (`se členy`)
    vocalised, letters = _VOCALISED[short]

    def needs(word: str, chosen: bool = False) -> bool:
        w = word.lower()
        return w[:1] in letters or (w[:1] in "sšzžč" and len(w) > 1 and w[1] not in _VOWELS
                                    and (w[:1] == "č" and chosen
                                         or w[:1] != "č" and short in "vk"))

    first = new[:1].lower()
    if low == short and needs(new):
        out = vocalised
    elif low == vocalised and (needs(old, chosen=True) or _idiom(vocalised, old)) \
            and not needs(new) \
            and (first in _VOWELS or new[1:2].lower() in _VOWELS
                 or new[:2].lower() == "ch" and new[2:3].lower() in _VOWELS  # `s chudými`
                 or (first in "pbtdkgh" and new[1:2].lower() in "rlř")):  # `s předsedou`
        out = short
    else:
        return prep
    return out.capitalize() if prep[:1].isupper() else out


# the locative preposition an institution's noun takes (`na ministerstvu`, `na úřadě`, `ve
# vládě`): nouns whose use is settled; `výbor` (`na lidovém výboru` as an office, `ve výboru`
# as a body), `rada`, `komise`, `odbor` (a department, or the unions) and place nouns are not
_AT = {**dict.fromkeys(("ministerstvo", "úřad", "magistrát", "radnice", "velvyslanectví",
                        "ředitelství", "konzulát"), "na"),
       **dict.fromkeys(("shromáždění", "organizace", "strana", "svaz", "fronta", "resort",
                        "vláda", "parlament", "politbyro", "mise"), "v")}
# verbs that govern `na` with the locative whatever the noun (`záleží na úřadu`)
_ON_VERBS = re.compile(r"^(závis|zálež|podíl|trv|shod|domluv|dohod|dohodn)", re.IGNORECASE)


def _at(phrase: str) -> str | None:
    """The locative preposition of the phrase's first noun (`obecních úřadech` → `na`)."""
    for word in _WORD.findall(phrase):
        if not is_adjective(word):
            lemmas = {(known_lemma(word) or word).lower()} | {
                r.lemma.lower() for r in analyse(word)}
            found = {_AT[lemma] for lemma in lemmas if lemma in _AT}
            return found.pop() if len(found) == 1 else None
    return None


def locative_preposition(prep: str, old: str, new: str, before: str = "") -> str:
    """`na`/`v` before a locative rendering replaced by a noun that takes the other one (`na
    {obecních úřadech}` → `v obecních lidových výborech`, `v {resortech}` → `na
    ministerstvech`): only where the old noun's own use explains the translator's choice
    and no verb before asks for `na` (`záleží na`)."""
    low = prep.lower()
    said = "na" if low == "na" else "v" if low in ("v", "ve") else None
    if said is None or _at(old) != said or _ON_VERBS.match(before):
        return prep
    wanted = _at(new)
    if wanted is None or wanted == said:
        return prep
    out = preposition_for("v", "-", new) if wanted == "v" else "na"
    return out.capitalize() if prep[:1].isupper() else out
