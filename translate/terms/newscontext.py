"""What an article is about, and which glossary terms its translation must carry.

The glossary is made for Vietnamese domestic news: `Quốc hội` is Vietnam's National
Assembly (`Národní shromáždění`), `Đảng` the Communist Party, `miền Bắc` northern Vietnam.
In an article about abroad (a Welsh assembly, the US Congress, a British party) the same
words name other things, and a right translation says `velšské shromáždění`, `Kongres`,
`labouristé`. `run`, `check` and `check --fix` ask this module before they require a term:

- `news_context`: an article (or one sentence) is foreign news when its source names
  places or people abroad (countries, foreign places, words that are not Vietnamese
  syllables) and nothing in Vietnam (Việt Nam, a Vietnamese place or local body, a
  Vietnamese personal name). There, concepts of the Vietnamese state, Party and domain
  vocabulary are not enforced; countries, foreign places and international bodies still are.
- `enforced_matches`, anywhere: a body written in lower case where the glossary names an
  institution (`quốc hội` is a parliament, `Quốc hội` Vietnam's); a Vietnamese state concept
  followed by a foreign name or a country (`Đại biểu Quốc hội Wales`), or composed with a
  foreign country into an institution's proper name (`Quốc hội Mỹ` is the Congress); a
  composed body or place whose name is foreign as written (`Đại học Michigan`); a document
  type in lower case after an international body, in a sentence naming nothing of Vietnam's
  (a UN resolution is a `rezoluce`).

What a translation may write instead of the term is `translate.draft.accepted`.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from translate.terms.foreign import is_foreign_name, is_vietnamese_syllable
from translate.terms.matcher import TermMatch, TermMatcher
from translate.terms.model import Glossary
from translate.terms.place_tokens import PLACE_NATIONS, VIETNAM, is_foreign
from translate.terms.titles import load_title_grammar
from translate.text.normalize import normalize_vi

__all__ = ["HOME", "NewsContext", "VIETNAM", "enforced_matches", "name_slug", "news_context",
           "vietnam_domain"]

_WORD = re.compile(r"\w+")
# prefixes of glossary concepts that are not Vietnam's own: countries, foreign places,
# international bodies and relations
_WORLD = ("country.", "intl.", "org.")
# levels of Vietnam's local administration in composed ids (`title:chair+pc+district@…`)
_HOME_LEVELS = frozenset({"province", "district", "urban_district", "commune", "ward", "town",
                          "township", "special_zone", "village", "quarter"})
_COMPOSED = ("title:", "body:", "place:")
_INSTITUTION_POS = ("body", "org")
# words only Vietnam's Party and state use: its central bodies, Party committees, the
# people's committees and councils, the Fatherland Front
_HOME_WORDS = re.compile(r"\b(?:Trung ương|Tỉnh ủy|Thành ủy|Huyện ủy|Quận ủy|Đảng ủy|UBND|HĐND|"
                         r"MTTQ)\b")
_COMPASS = frozenset({"Đông", "Tây", "Nam", "Bắc", "Trung"})
_ABROAD_PER_HOME = 20
_ABROAD_MIN = 2  # one foreign word is a brand as often as abroad (`Tập đoàn Viettel`)
_HONORIFICS = frozenset({"Ông", "Bà"})  # also surnames
# the word(s) after a match, matched at its end: after any space, after one space (two words)
_NEXT = re.compile(r"\s+(\w+)")
_NEXT_ONE = re.compile(r" (\w+)")
_NEXT_TWO = re.compile(r" (\w+) (\w+)")
_PREVIOUS = re.compile(r"(\w+) $")


@dataclass(frozen=True)
class NewsContext:
    """What a text is about: evidence of abroad and of Vietnam in its source."""

    abroad: int = 0
    home: int = 0

    @property
    def foreign(self) -> bool:
        """Foreign news: places or people abroad, and nothing in Vietnam but a stray word
        read as a name (`Hoàng Gia`, royal, spelt like a person) among twenty of abroad."""
        return self.abroad >= _ABROAD_MIN and self.home * _ABROAD_PER_HOME < self.abroad


HOME = NewsContext()  # no evidence either way: domestic news, every term enforced


def _composed(concept: str) -> bool:
    return concept.startswith(_COMPOSED)


def name_slug(concept: str) -> str:
    """The name a composed id ends with (`michigan`, `country.usa`), or ""."""
    return concept.rsplit("@", 1)[1].split(">")[0] if "@" in concept else ""


def _heuristic_name(concept: str) -> bool:
    """A composed body or place named by words the glossary does not list."""
    return concept.startswith("place:") or (_composed(concept) and "@" in concept
                                           and "." not in name_slug(concept))


def _abroad(concept: str, glossary: Glossary) -> bool:
    entry = glossary.get(concept)
    if entry is not None:
        return (entry.pos == "country" and concept != VIETNAM) or is_foreign(concept)
    slug = name_slug(concept)
    return (slug.startswith("country.") and slug != VIETNAM) or is_foreign(slug)


def _home(m: TermMatch, glossary: Glossary) -> bool:
    concept = m.concept
    if concept == VIETNAM:
        return True
    entry = glossary.get(concept)
    if entry is not None:
        return entry.pos == "place" and concept.startswith("place.") and not is_foreign(concept)
    slug = name_slug(concept)
    if slug.startswith("place.") and not is_foreign(slug):
        return True
    parts = set(concept.split(":")[-1].split("@")[0].split("+"))
    return bool(parts & _HOME_LEVELS) and not any(map(is_foreign_name, m.source.split()))


def _people(source: str, matches: Sequence[TermMatch], surnames: frozenset[str]) -> int:
    """Vietnamese personal names: a surname and capitalised Vietnamese given names, written
    with Vietnamese letters, not inside a glossary term (`Hàn Quốc`, `Châu Âu`) and not the
    honorific opening a sentence (`Ông Ri Yong Ho`)."""
    found = 0
    words = list(_WORD.finditer(source))
    for i, w in enumerate(words):
        if w.group() not in surnames or (i == 0 and w.group() in _HONORIFICS) \
                or any(m.start <= w.start() < m.end for m in matches):
            continue
        given = []
        for g in words[i + 1:i + 4]:
            if not g.group()[:1].isupper() or g.group().isupper() or is_foreign_name(g.group()):
                break
            given.append(g.group())
        found += bool(given) and not all(x.isascii() for x in (w.group(), *given))
    return found


def news_context(sources: Iterable[str], glossary: Glossary, matcher: TermMatcher | None = None,
                 found: Callable[[str], Sequence[TermMatch]] | None = None) -> NewsContext:
    """The evidence of abroad and of Vietnam in `sources` (one article's sentences);
    `found(source)` gives a sentence's matches where the caller has them already."""
    matcher = matcher or TermMatcher(glossary)
    composer = getattr(matcher, "composer", None)
    surnames = composer.grammar.surnames if composer is not None else _shipped_surnames()
    abroad = home = 0
    for source in sources:
        matches = found(source) if found is not None else matcher.find(source)
        home += sum(_home(m, glossary) for m in matches)
        abroad += sum(_abroad(m.concept, glossary) for m in matches)
        home += _people(source, matches, surnames)
        home += len(_HOME_WORDS.findall(normalize_vi(source)))
        listed = [m for m in matches if not _heuristic_name(m.concept)]
        abroad += sum(1 for w in _WORD.finditer(source) if is_foreign_name(w.group())
                      and not any(m.start <= w.start() < m.end for m in listed))
    return NewsContext(abroad, home)


@lru_cache(maxsize=1)
def _shipped_surnames() -> frozenset[str]:
    """The title grammar's surnames, for a glossary loaded without the grammar."""
    return load_title_grammar().surnames


def vietnam_domain(concept: str, glossary: Glossary) -> bool:
    """A concept of Vietnam's state, Party, places or domain vocabulary (not a country, a
    foreign place or an international body)."""
    if concept == VIETNAM or concept.startswith(_WORLD):
        return False
    if _composed(concept):
        slug = name_slug(concept)
        return not concept.startswith("place:") and not slug.startswith("country.") \
            and not is_foreign(slug)
    if concept.startswith("place."):
        return not is_foreign(concept)
    entry = glossary.get(concept)
    if concept.startswith("geo.") and entry is not None:
        return any("Vietnam" in t for t in entry.targets.get("cs", ()))
    return True


_EN_JOINS = frozenset({"of", "the", "and", "for", "on", "in"})


def _lower_institution(m: TermMatch, glossary: Glossary, lang: str) -> bool:
    """`quốc hội`: the glossary names one institution (`Quốc hội`, `Národní shromáždění`),
    the text in lower case a kind of one (a parliament). Bodies that are kinds already
    (`chi bộ`, `základní organizace strany`) stay; in English one whose name has a word in
    lower case is a kind too (`Party cell`, issue 12ad: `các chi bộ` are Party cells)."""
    entry = glossary.get(m.concept)
    targets = entry.targets.get(lang, ()) if entry is not None else ()
    return bool(targets) and entry.pos in _INSTITUTION_POS and targets[0][:1].isupper() \
        and m.term[:1].isupper() and m.source[:1].islower() \
        and not (lang == "en" and any(w[:1].islower() and w not in _EN_JOINS
                                      for w in targets[0].split()))


_NAME_AFTER = re.compile(r"\s+((?:[A-ZĐ]\w*(?:\s+|$)){1,3})")
_TONES = frozenset("\u0300\u0301\u0303\u0309\u0323")  # grave, acute, tilde, hook, dot below


def _vietnamese_letters(word: str) -> bool:
    """Letters only Vietnamese writes: `đ`, a breve or a horn (`ă`, `ơ`, `ư`), or a tone mark
    on a circumflex vowel (`ấ`, `ồ`); a French `ô` or `ê` alone is not one."""
    if "đ" in word.lower():
        return True
    marks = unicodedata.normalize("NFD", word)
    return "\u0306" in marks or "\u031b" in marks or any(
        a == "\u0302" and b in _TONES or a in _TONES and b == "\u0302"
        for a, b in zip(marks, marks[1:], strict=False))


def _followed_by_abroad(m: TermMatch, source: str, matches: Sequence[TermMatch],
                        glossary: Glossary) -> bool:
    """The next word names something abroad: a foreign name, or a country's term."""
    nxt = _NEXT.match(source, m.end)
    if nxt is None:
        return False
    name = _NAME_AFTER.match(source, m.end)
    if name is not None and any(map(_vietnamese_letters, name.group(1).split())):
        return False  # `huyện Krông Pắc`: a minority name written in Vietnamese letters
    if is_foreign_name(nxt.group(1)):
        return True
    at = nxt.start(1)
    # a nation the glossary lists as a place (`Séc`) after a name (`Công đoàn Séc`): that
    # country's body; after a common noun (`doanh nghiệp Séc`) it is still the noun's term
    nation = m.source[:1].isupper()
    return any(o.start == at and (_abroad(o.concept, glossary)
                                  or nation and o.concept in PLACE_NATIONS) for o in matches)


def _named_other(m: TermMatch, source: str, glossary: Glossary,
                 matches: Sequence[TermMatch]) -> bool:
    """`Đảng Dân chủ`, `Đảng Lao động`: a body of Vietnam's (the Party) followed by a
    name of its own that starts no other term and is no glossary name beginning with the
    same words (`Đảng Cộng sản` begins `Đảng Cộng sản Việt Nam`): another body of that
    kind."""
    entry = glossary.get(m.concept)
    nxt = _NEXT_TWO.match(source, m.end)
    if entry is None or entry.pos not in _INSTITUTION_POS or nxt is None \
            or not all(w[:1].isupper() for w in m.source.split()) \
            or not nxt.group(1)[:1].isupper() or nxt.group(1).isupper() \
            or not nxt.group(2)[:1].islower():
        return False  # a place is capitalised throughout (`Tỉnh ủy Bình Định`), a name
        # made of common words only at its start (`Đảng Lao động`)
    if any(o.start == m.end + 1 for o in matches):
        return False
    named = normalize_vi(f"{m.source} {nxt.group(1)} {nxt.group(2)}").lower()
    keys = _source_keys(glossary)
    at = bisect_left(keys, named)  # the terms beginning with `named` sort right from here
    return not (at < len(keys) and keys[at].startswith(named))


_keys_of: tuple[list, int, tuple[str, ...]] = ([], 0, ())


def _source_keys(glossary: Glossary) -> tuple[str, ...]:
    """Every term and variant of the glossary, `normalize_vi` in lower case, sorted: built
    once per glossary (again when its entries change, as `Glossary.get`'s index), not once
    per match."""
    global _keys_of
    entries, size, keys = _keys_of
    if entries is not glossary.entries or size != len(glossary.entries):
        keys = tuple(sorted(normalize_vi(t).lower() for e in glossary for t in e.source_terms))
        _keys_of = glossary.entries, len(glossary.entries), keys
    return keys


def _word_named(m: TermMatch, source: str) -> bool:
    """`Đảng Xanh của`, `Đảng Bảo thủ`: a composed body named by one capitalised syllable
    the glossary does not list, with lower case right after it: a common word naming
    another body (a green party, a conservative one), not a place."""
    if not m.concept.startswith("body:") or not _heuristic_name(m.concept):
        return False
    name = m.source.split()[-1]
    nxt = _NEXT_ONE.match(source, m.end)
    return len(name_slug(m.concept).split("_")) == 1 and nxt is not None \
        and nxt.group(1)[:1].islower() and is_vietnamese_syllable(name)


def _continued(m: TermMatch, source: str) -> bool:
    """`Tạp chí Washington Examiner`: the name goes on past the match in foreign words, it
    names something else (a newspaper, a club) than the words matched."""
    nxt = _NEXT_ONE.match(source, m.end)
    return nxt is not None and is_foreign_name(nxt.group(1))


def _name_syllable(m: TermMatch, source: str, matches: Sequence[TermMatch]) -> bool:
    """`cảng Lạch Huyện`: a one-word term the glossary writes in lower case (`huyện`), here
    capitalised right after a capitalised word inside no other term (a name's first syllable,
    not an abbreviation or a sentence's start): the last syllable of that name, not the
    common noun."""
    if " " in m.source or not m.term[:1].islower() or not m.source[:1].isupper():
        return False
    before = _PREVIOUS.search(source, 0, m.start)
    if before is None or not before.group(1)[:1].isupper() or before.group(1).isupper() \
            or before.start() == 0 or source[:before.start()].rstrip()[-1:] in ".!?:\"“„":
        return False
    return not any(o.start <= before.start() < o.end for o in matches)


def _compass(m: TermMatch) -> bool:
    """`vùng Đông Nam`: a place the glossary does not list named only by points of the
    compass is a direction (the south-east of wherever the article is), not a name."""
    return m.concept.startswith("place:") and all(
        normalize_vi(w) in _COMPASS for w in m.source.split())


def _foreign_institution(m: TermMatch, lang: str) -> bool:
    """`Quốc hội Mỹ` composed as `Národní shromáždění Spojených států`: an institution's
    proper name of Vietnam given to a foreign country's (which has its own)."""
    slug = name_slug(m.concept)
    targets = m.targets.get(lang, ())
    return m.concept.startswith("body:") and slug.startswith("country.") and slug != VIETNAM \
        and bool(targets) and targets[0][:1].isupper()


def _world_document(m: TermMatch, source: str, matches: Sequence[TermMatch],
                    glossary: Glossary, lang: str) -> bool:
    """`Hội đồng Bảo an Liên hợp quốc đã thông qua nghị quyết`: a document type in lower
    case, after an international body or a country abroad and after no body, title or place
    of Vietnam's (its issuer is the one before it; what it is about may be Vietnam): that
    body's document (a UN `rezoluce`), not Vietnam's."""
    entry = glossary.get(m.concept)
    if entry is None or entry.pos != "doctype" or not m.source[:1].islower() \
            or _HOME_WORDS.search(normalize_vi(source[:m.start])):
        return False
    before = [o for o in matches if o.end <= m.start]
    world = any(o.concept.startswith(_WORLD) and o.concept != VIETNAM
                or _abroad(o.concept, glossary) for o in before)
    home = any(_home(o, glossary) or vietnam_domain(o.concept, glossary)
               and (glossary.get(o.concept) is None or glossary.get(o.concept).pos != "doctype")
               for o in before if not _abroad_body(o, source, matches, glossary, lang))
    return world and not home


def _abroad_body(m: TermMatch, source: str, matches: Sequence[TermMatch], glossary: Glossary,
                 lang: str) -> bool:
    """`Quốc hội Pháp`: a body of Vietnam's name given to a foreign country's, which is no
    evidence of Vietnam for the document after it (France's parliament, France's resolution)."""
    return _foreign_institution(m, lang) or vietnam_domain(m.concept, glossary) \
        and _followed_by_abroad(m, source, matches, glossary)


def enforced_matches(matches: Sequence[TermMatch], source: str, glossary: Glossary,
                     context: NewsContext, lang: str = "cs") -> list[TermMatch]:
    """The matches whose terms a translation of `source` must carry (module docstring); a
    chain joined over two bodies is carried as its two titles, in either order or joined."""
    matches = [part for m in matches for part in (m.parts or (m,))]
    out = []
    for m in matches:
        domain = vietnam_domain(m.concept, glossary)
        if _lower_institution(m, glossary, lang) or _foreign_institution(m, lang) \
                or _world_document(m, source, matches, glossary, lang):
            continue
        if _heuristic_name(m.concept) and (any(map(is_foreign_name, m.source.split()))
                                           or _word_named(m, source)
                                           or _continued(m, source) or _compass(m)):
            continue
        if domain and (_followed_by_abroad(m, source, matches, glossary)
                       or _named_other(m, source, glossary, matches)) \
                or _name_syllable(m, source, matches):
            continue
        if context.foreign and (domain or _heuristic_name(m.concept)):
            continue
        out.append(m)
    return out
