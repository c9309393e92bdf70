"""Words around an aligned window that belong to the rendering it found.

`translate.draft.align` finds the words that render a term's words; a translator's rendering
often has more: the end of a `pro …` phrase, the noun of one of the term's adjectives after
it (`hejtman {provincie}`, `úředníků státní {správy}`), an owner the term does not name
(`generální sekretář {strany}`), the country's adjective before it. `translate.draft.place`
takes these in so that the term replaces the whole rendering.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from translate.draft.align import FUNCTION, Match, Word, adjacent, genitive, participle
from translate.draft.context import adjective_cells, cells_of
from translate.draft.valency import verb_cases
from translate.terms.czech import analyse, is_adjective, known_lemma
from translate.terms.czech_paradigms import verbal_noun
from translate.terms.equivalents import WEAK, match_level
from translate.text.normalize import strip_marks

__all__ = ["NAME_CLASSIFIERS", "purpose_end", "complement_rest", "coordinated_end",
           "place_noun_after", "noun_of_adjective", "added_owner", "added_country", "name_start",
           "several", "not_complement"]


def purpose_end(text: str, words: list[Word], start: int, end: int, term: list[str]) -> int:
    """The end of a `pro …` phrase the term has (`oddělení pro práci s masami` ~ `komise …
    pro mobilizaci mas`): the last of the next few words that renders a word after `pro`, and
    the noun after it where the term's last word is not rendered (`pro zahraniční {styky}` ~
    `pro zahraniční vztahy`)."""
    if "pro" not in term or not any(words[k].low == "pro"
                                    for k in range(start, min(end + 1, len(words)))):
        return end
    after = term[term.index("pro") + 1:]
    best = end
    for k in range(end, min(len(words), end + 4)):
        if not adjacent(text, words[k - 1], words[k]):
            break
        if any(match_level(words[k].text, w, "cs") for w in after):
            best = k + 1
    pro = max((k for k in range(start, best) if words[k].low == "pro"), default=None)
    last = words[best - 1]
    if pro is not None and best - pro - 1 < len(after) and last.low != "pro" \
            and not is_adjective(after[-1]) and best < len(words) \
            and adjacent(text, last, words[best]) and _object_noun(words[best]):
        best += 1  # fewer words after `pro` than the term has: its noun is the next word
    return best


def complement_rest(text: str, words: list[Word], m: Match, end: int, term: list[str],
                    head: int) -> int:
    """A `pro …` phrase after the head rendering the term's genitive complement (`Ministerstvo
    {pro domácí záležitosti}` ~ `Ministerstvo vnitra`)."""
    if head >= len(term) - 1 or "pro" in term or end >= len(words) \
            or m.matched.get(end - 1) != head or any(t > head for t in m.levels) \
            or words[end].low != "pro" or not adjacent(text, words[end - 1], words[end]):
        return end
    k = end + 1
    while k < len(words) and adjacent(text, words[k - 1], words[k]) \
            and is_adjective(words[k].text) and not words[k].text[:1].isupper():
        k += 1
    if k < len(words) and k - end <= len(term) - head and _object_noun(words[k]) \
            and adjacent(text, words[k - 1], words[k]):
        return k + 1
    return end


def coordinated_end(text: str, words: list[Word], h: int, end: int, term: list[str],
                    head: int) -> int:
    """A second genitive coordinated with the complement rendered (`Ministerstvu přepravy {a
    spojů}` ~ `Ministerstvu dopravy`) where the term coordinates nothing, or where it does and
    the rendering's `a` is that one (`Ministerstvem vzdělávání {a výcviku}` ~ `Ministerstvem
    školství a odborné přípravy`)."""
    if head >= len(term) - 1 or ("a" in term and any(w.low == "a" for w in words[h:end])) \
            or end - 1 <= h or end + 1 >= len(words) \
            or words[end].low != "a" or not adjacent(text, words[end - 1], words[end]) \
            or not adjacent(text, words[end], words[end + 1]):
        return end
    nxt = words[end + 1]
    if nxt.text[:1].isupper() or is_adjective(nxt.text) or not genitive(nxt.text, known=True) \
            or (end + 2 < len(words) and adjacent(text, nxt, words[end + 2])
                and genitive(words[end + 2].text, known=True)
                and not _object_after(text, words, h, end + 2)):
        return end
    return end + 2


def _object_after(text: str, words: list[Word], h: int, k: int) -> bool:
    """`navrhly {Ministerstvu vědy a inovací} navýšení`: the rendering is the recipient of a
    verb that takes one in the dative, and the verbal noun after it is that verb's object,
    not a genitive of the second conjunct."""
    if not verbal_noun(words[k].low) or h == 0:
        return False
    cases = verb_cases(words[h - 1].text)
    return cases is not None and cases[:2] == ("dat", "acc")


# the place words a translator puts before a name (`provincie Hoa Binh`): the name's own
NAME_CLASSIFIERS = frozenset(("provincie", "okres", "obec", "město", "obvod", "městys"))


def not_complement(text: str, words: list[Word], start: int, k: int) -> bool:
    """A genitive after the head that is not the term's missing complement: the object of a
    verb that took the rendering as its recipient (`vysvětlil {zákonodárcům} zpoždění`), or
    the place word of a name right after it (`{reformy} provincie Hoa Binh`)."""
    if _object_after(text, words, start, k):
        return True
    nxt = words[k + 1] if k + 1 < len(words) else None
    return nxt is not None and adjacent(text, words[k], nxt) and nxt.text[:1].isupper() \
        and (known_lemma(words[k].text) or words[k].low) in NAME_CLASSIFIERS


def _object_noun(word: Word) -> bool:
    """A noun `pro` can govern: lower case, not an adjective or a function word, with an
    accusative reading (`styky`, `politiku`, `výchovu`)."""
    return not word.text[:1].isupper() and word.low not in FUNCTION \
        and not is_adjective(word.text) and any(r.case == "acc" for r in analyse(word.text))


def place_noun_after(text: str, words: list[Word], start: int, end: int,
                      targets: Sequence[str]) -> int:
    """The noun of one of the term's adjectives right after the rendering, standing for it
    (`hejtman {provincie}` ~ `předseda provinčního lidového výboru`), also before a name: the
    term's adjective says it (`předsedovi provinčního lidového výboru Thanh Hóa`, not `…
    výboru provincie Thanh Hóa`; three of the four independent sets that have it drop it)."""
    if end >= len(words) or not adjacent(text, words[end - 1], words[end]) \
            or words[end].text[:1].isupper() or words[end].low in FUNCTION \
            or is_adjective(words[end].text) or not genitive(words[end].text, known=True):
        return end  # not `Státní audit {kontrolou}`: the place noun is a genitive
    if end + 1 < len(words) and adjacent(text, words[end], words[end + 1]) \
            and participle(words[end + 1].text):
        return end  # `měst podřízených provincii`: a noun of its own
    adjectives = [w for w in targets[0].split() if is_adjective(w)]
    for adj in adjectives:
        if match_level(words[end].text, adj, "cs") == WEAK and not any(
                match_level(words[k].text, adj, "cs") for k in range(start, end)):
            return end + 1
    return end


def noun_of_adjective(text: str, words: list[Word], m: Match, end: int, head: int) -> int:
    """The noun of a term's adjective the rendering put after the head, in the genitive
    (`úředníků {státní} správy` ~ `státních úředníků`): taken in with the adjective."""
    last = end - 1
    t = m.matched.get(last)
    heads = [k for k, u in m.matched.items() if u == head]
    if t is None or t >= head or not heads or min(heads) > last or end >= len(words) \
            or not is_adjective(words[last].text):
        return end
    w = words[end]
    if adjacent(text, words[last], w) and w.low not in FUNCTION and not w.text[:1].isupper() \
            and not is_adjective(w.text) and genitive(w.text, known=True):
        return end + 1
    return end


# the owner a translator adds to a title or body the term does not name (`generální
# sekretář {strany}` for `generální tajemník`, `politické byro {ÚV KSV}`, `ministerstvo
# zdraví {Vietnamu}`, `{vietnamské} ministerstvo zdraví`)
_OWNERS = ("strany", "vietnamu", "vsr", "ksv")
_OWNER_WORDS = (*_OWNERS, "úv", "komunistické")


def added_owner(text: str, words: list[Word], end: int, targets: Sequence[str],
                 taken: Sequence[tuple[int, int]]) -> int:
    """Only an owner the source does not name: `Vietnamu` for `Việt Nam` is that term's."""
    k = end
    while k < len(words) and k - end < 4 and words[k].low in _OWNER_WORDS \
            and not any(s <= words[k].start < e for s, e in taken) \
            and adjacent(text, words[k - 1], words[k]) \
            and not any(words[k].low in t.lower().split() for t in targets):
        k += 1
    while k > end and words[k - 1].low not in _OWNERS:
        k -= 1
    return k


def added_country(text: str, words: list[Word], start: int, targets: Sequence[str],
                   country: bool) -> int:
    if start == 0 or country or any(t.lower().startswith("vietnamsk") for t in targets):
        return start
    prev = words[start - 1]
    if adjacent(text, prev, words[start]) and prev.low.startswith("vietnamsk") \
            and is_adjective(prev.text):
        return start - 1
    return start


def name_start(text: str, words: list[Word], start: int, term: list[str]) -> int:
    """The first words of a name in the term left before the rendering, which took in only
    its last word (`{Ho Či} Minových myšlenkách` ~ `myšlenkách Ho Či Mina`), or made it the
    possessive adjective right before the rendering (`{Ho Či Minův} komunistický svaz
    mládeže` ~ `Komunistický svaz mládeže Ho Či Mina`), or one adjective of all its words
    (`Hočiminovskému`): that name renders the term's."""
    first = words[start].text
    t = next((k for k, w in enumerate(term) if k > 0 and w[:1].isupper() and len(w) >= 3
              and first[:1].isupper() and first.startswith(w[:-1])), None)
    prev = words[start - 1].text if start > 0 and adjacent(text, words[start - 1], words[start]) \
        else ""
    own = next((k for k, w in enumerate(term) if k > 0 and w[:1].isupper() and len(w) >= 3
                and prev.startswith(w[:-1]) and _POSSESSIVE.fullmatch(prev[len(w) - 1:])), None)
    if t is None and own is not None:
        start, t = start - 1, own
    joined = strip_marks("".join(w for w in term[1:] if w[:1].isupper())).lower()[:-1]
    if t is None and len(joined) >= 4 and is_adjective(prev) \
            and strip_marks(prev).lower().startswith(joined):
        return start - 1  # the whole name made one adjective: `{Hočiminovskému} svazu`
    while start > 0 and t is not None and t > 0 and term[t - 1][:1].isupper() \
            and adjacent(text, words[start - 1], words[start]) \
            and words[start - 1].text == term[t - 1]:
        start, t = start - 1, t - 1
    return start


# a possessive adjective's endings after a name's stem (`Minův`, `Minovy`, `Minových`)
_POSSESSIVE = re.compile(r"ův|ov(?:a|o|u|y|i|ě|ou|ých|ým|ými|ého|ému|é|ém)?")
# names coordinated after the rendering, also after a locative `v` (`úřadům v Chieng Hac a
# Long Sap`: the bodies of two places), the comma written right after a name or not (`úřady
# Huế a Đà Nẵngu`, `výborům Van Yen, Luc Yen a Tran Yen`)
_NAMES = re.compile(r"\s*(?:(?:v|ve)\s+)?(?:[A-ZĐ]\w*\s+){0,2}[A-ZĐ]\w*(?:\s*,|\s+(?:a|i))"
                    r"\s+[A-ZĐ]")
# words that count what follows as several (`na všech {obecních úřadech}`)
_SEVERAL = frozenset(("všech", "všem", "všemi", "všechny", "mnoha", "několika", "obou",
                      "oběma", "jednotlivých", "jednotlivým", "jednotlivými", "jednotlivé"))

# a number of two to three digits or a percentage right before (`60 % {organizací}`, `12
# {výborů}`): several, counted; a year (`v roce 2025`) has four digits and no `%`
_COUNTED = re.compile(r"(?<![\d.,])(?:\d+(?:[.,]\d+)? ?%|[2-9]|\d\d\d?) $")


def several(text: str, words: list[Word], start: int, end: int, h: int) -> bool:
    """The rendering's plural means several bodies, not one named in the plural (`ozbrojené
    síly`, `v Čechách`): a plural genitive after its head (`předsednictva {provinčních
    výborů}`), names coordinated after it (`úřady Huế a Đà Nẵngu`) or a word counting it
    before it (`na všech {obecních úřadech}`)."""
    if start > 0 and words[start - 1].low in _SEVERAL \
            or _COUNTED.search(text[:words[start].start]):
        return True
    for k in range(h + 1, end):
        cells = cells_of(analyse(words[k].text)) if not is_adjective(words[k].text) \
            else adjective_cells(words[k].text, None)
        if ("gen", "pl") in cells and ("gen", "sg") not in cells:
            return True
    return end < len(words) and _NAMES.match(text, words[end - 1].end) is not None
