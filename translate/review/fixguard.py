"""`check --fix`'s guards: a rendering found where a missing term belongs that is not ours to
replace, because it says something else than the term.

Each predicate takes the translation, the found rendering (`Placement`) and the required
term, and is true where the rendering is the translator's choice (another person concept's
word in the slot, `compound` roles such as a brand ambassador), renders source words outside
the term (`Sông Sài Gòn` → `Řeka Saigon`), or names another country's body (`Francouzský
parlament`, `China's Foreign Ministry`); `translate.review.fixterms.fix_terms` skips those. Moved
out of `fix.py` (issue 12bc) so the fixer itself has room to grow.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from translate.draft.align import FUNCTION
from translate.draft.enforce import RequiredTerm
from translate.draft.place import Placement
from translate.draft.slot import VI_FUNCTION
from translate.terms.czech import is_adjective
from translate.terms.english import names_abroad
from translate.terms.equivalents import female_noun, foreign
from translate.terms.lemmas import same_word, shared_stem
from translate.terms.matcher import TermMatch, TermMatcher
from translate.terms.model import Glossary
from translate.text.normalize import strip_marks, word_at

_WORDS = re.compile(r"\w+")

# what follows a title without making a compound of it: function words (`đại sứ các nước`),
# tense and voice words (`đại sứ đã`), `nước` and `đặc` (`đại sứ nước ngoài`, `… đặc mệnh`),
# and the verbs of direction that send people somewhere (`cử hai thứ trưởng xuống Vĩnh Long`)
_NOT_NOUN = frozenset((*VI_FUNCTION, "đã", "đang", "sẽ", "vừa", "mới", "cũng", "là", "được",
                       "bị", "nước", "đặc", "hai", "ba", "nhiều", "này", "đó", "mỗi",
                       "xuống", "sang", "ra", "đi"))


def anothers_word(text: str, placement: Placement, term: RequiredTerm,
                  words: dict[str, str]) -> bool:
    """The aligned slot holds one word that is another person concept's term (`18 {členů}`
    for `18 đồng chí`): the translator's choice of who the people are, not ours to change
    from the position alone (a document's word there is still replaced: `34 {předpisů}`)."""
    found = _WORDS.findall(text[placement.start:placement.end])
    if len(found) != 1 or placement.how == "forbidden" or not person(term.targets):
        return False
    return any(concept != term.concept and same_word(found[0].lower(), word, "cs")
               for word, concept in words.items())


def person(targets: Iterable[str]) -> bool:
    """A person's title: a woman's form among its renderings (`člen|členka`)."""
    return any(female_noun(t.split()[0]) for t in targets)


def source_says(sentence: str, term: RequiredTerm, found: str) -> bool:
    """`Sông Sài Gòn` → `Řeka Saigon`: the found words spell source words outside the term
    (a river, not the city): they translate those words, not the term."""
    want = "".join(_WORDS.findall(strip_marks(found).lower()))
    if len(want) < 4 or not sentence:
        return False
    outside = sentence.replace(term.source, " | ")
    words = [strip_marks(w).lower() for w in re.findall(r"\w+|\|", outside)]
    return any("".join(words[i:i + n]) == want for n in (1, 2, 3)
               for i in range(len(words) - n + 1) if "|" not in words[i:i + n])


def forbidden_word(placement: Placement, term: RequiredTerm, lang: str = "cs") -> bool:
    """The found words are a forbidden rendering, or a form of one (`ambasadorkou`); in English
    not one with the whole term in it (`Communist Party member`: that title, no other, 12ay)."""
    return not (lang == "en" and term.target in placement.found) and (placement.how == "forbidden"
        or any(len(f) >= 5 and " " not in f and placement.found.lower().startswith(f.lower()[:-1])
               for f in term.forbidden))


def compound(sentence: str, term: RequiredTerm, glossary: Glossary) -> bool:
    """`đại sứ du lịch`, `đại sứ thương hiệu`: a title the glossary capitalises, written in
    lower case with a lower-case word right after it everywhere the source has it, is a
    compound naming another role (a tourism or brand ambassador); the translator's word for
    that role (`ambasadorka`, `ambasadorkou`) is no forbidden rendering of the title."""
    entry = glossary.get(term.concept)
    if entry is None or entry.pos != "title" or not term.source.islower() \
            or not any(v[:1].isupper() for v in entry.source_terms):
        return False
    after = list(re.finditer(rf"(?<!\w){re.escape(term.source)}\s+(\w+)", sentence))
    return bool(after) and all(m.group(1).islower() and m.group(1) not in _NOT_NOUN
                               for m in after)


def country_named(sentence: str, term: RequiredTerm, placement: Placement) -> bool:
    """`Chủ tịch Quốc hội Việt Nam` → `předsedou {vietnamského} Národního shromáždění`: the
    term word for word in the same form with a country's adjective inside, where the source
    names a country right after the term: the adjective renders it, nothing to repair (when
    the source names none, the adjective is the translator's addition and goes)."""
    found = [w.lower() for w in _WORDS.findall(placement.found)]
    country = [w for w in found if foreign(w) or w.startswith("vietnamsk") and is_adjective(w)]
    rest = [w for w in found if w not in country]
    if len(country) != 1 or rest != [w.lower() for w in _WORDS.findall(placement.replacement)]:
        return False
    # the country itself after the term, not a person's name: `Lào` ~ `laoského`
    after = re.finditer(rf"{re.escape(term.source)}\s+(\w+)", sentence)
    return any(m.group(1)[:1].isupper() and strip_marks(m.group(1)).lower()[:3] == country[0][:3]
               for m in after)


def place_adjective(sentence: str, placement: Placement) -> bool:
    """`Giám đốc Sở Tài chính Hà Nội` → `Ředitel {hanojského} odboru`: the found words are the
    replacement's with one lower-case adjective more, and that adjective is made from a place
    the source names (its first four letters those of the place written as one word: `hano`):
    the adjective renders the place, nothing to repair (issue 12cf; otherwise the fix dropped
    it). An adjective no place of the source begins like (`finančního`) does not count."""
    found = _WORDS.findall(placement.found)
    wanted = [w.lower() for w in _WORDS.findall(placement.replacement)]
    if len(found) != len(wanted) + 1:
        return False
    places = {strip_marks("".join(m.group().split()), fold_d=True).lower()[:4]
              for m in re.finditer(r"(?<!\w)[A-ZĐ]\w*(?:\s+[A-ZĐ]\w*)+", sentence)}
    for k, word in enumerate(found):
        if word[:1].islower() and "sk" in word[4:] and is_adjective(word) \
                and strip_marks(word).lower()[:4] in places \
                and [w.lower() for w in found[:k] + found[k + 1:]] == wanted:
            return True
    return False


def another_countrys(text: str, placement: Placement, term: RequiredTerm) -> bool:
    """`Francouzský parlament`: the rendering, or the word before it, names another country
    (`translate.terms.equivalents.foreign`) and the term is a proper name of Vietnam's
    (`Národní shromáždění`): that country's body, which keeps its own name."""
    if not term.target[:1].isupper():
        return False  # `japonský velvyslanec` is the term's kind of office
    own = [w.lower() for t in term.targets for w in t.split()]
    words = [*_WORDS.findall(text[:placement.start])[-1:], *_WORDS.findall(placement.found)]
    return any(foreign(w) and not any(o.startswith(w.lower()[:6]) for o in own) for w in words)


def heads_verb(text: str, placement: Placement, term: RequiredTerm) -> bool:
    """`was appointed to head the Mass Mobilisation Commission` for `giữ chức Trưởng Ban Dân
    vận`: `head` as a verb with the body it heads named after it says the office (issue 12ad);
    the noun is `head of` (`{head} of the commission`), never `head the`."""
    return term.target.startswith("head of ") and placement.found.lower() == "head" \
        and re.match(r"\s+the\s+[A-Z]", text[placement.end:]) is not None


def department_named(text: str, placement: Placement, term: RequiredTerm) -> bool:
    """`the director of the natural resources and environment department` for `Giám đốc Sở
    Tài nguyên và Môi trường`: the bare `director` with its department named right after `of`
    or right before it renders the office (issue 12ad; `department director` as one rendering
    is still replaced: the sets disagree)."""
    if term.target != "Director of the Department" or placement.found.lower() != "director":
        return False
    after = r"\s+of\s+(?:the\s+)?(?:[\w&,'’-]+\s+){0,6}?[Dd]epartment(?![\w-])"
    return re.match(after, text[placement.end:]) is not None \
        or re.search(r"(?<![\w-])[Dd]epartment\s+$", text[:placement.start]) is not None


def abroad_en(text: str, placement: Placement, term: RequiredTerm) -> bool:
    """`China's Foreign Ministry`, `the Thai Prime Minister`: the English names another country
    right before the rendering of one of Vietnam's named bodies or offices (issue 12ac): that
    country's, which keeps its own name (the English side of `another_countrys`)."""
    if not term.target[:1].isupper() or term.concept.startswith("intl.") and term.kind == "title":
        return False  # (a diplomat's title is every country's: `the Korean {General Consul}`
        # is its Consul General, issue 12bp)
    # the word right before it, not one a comma or other punctuation parts from it (`Nong Van
    # Thai, Party cell secretary`: a person's name, issue 12bm)
    before = re.findall(r"[\w.-]+(?=\s*$)", re.sub(r"['\u2019]s\s*$", "",
                                                   text[:placement.start]))
    found = placement.found.split()  # `Lao Cai`, `Thai Binh`: a place of ours, not a country
    # (a capital that is the term's own word follows a country's adjective: `the Lao {National}
    # Assembly` is Laos's, issue 12bs)
    own = set(term.target.split())
    return bool(before) and names_abroad(before[-1]) \
        or any(names_abroad(w) and not (k + 1 < len(found) and found[k + 1][:1].isupper()
                                        and found[k + 1] not in own)
               for k, w in enumerate(found))


# licensed equivalents (`translate.terms.equivalents`) that are also the plain Czech word for a
# common Vietnamese word outside any term: `oblast` renders `vùng` (a region), not `tỉnh`
_PLAIN_EQUIVALENTS: dict[str, tuple[str, ...]] = {
    "oblast": ("vùng", "khu vực", "miền", "địa bàn"),
    "region": ("vùng", "khu vực", "miền"),
}


# the words `function_word` never takes for a rendering: the aligner's function words and the
# particles and short adverbs it does not list
_PARTICLES = frozenset((*FUNCTION, "si", "by", "to", "jen", "už"))


def function_word(placement: Placement) -> bool:
    """`si podnikatelé stěžovali` → `{podnik} podnikatelé`: a found rendering is never a
    particle or a preposition (`si`, `se`, `by`, `na`), which the source's position alone
    may point at. Two or more capitals are an abbreviation, not a particle: English `NA` is
    the National Assembly (a sentence's first `V` stays a preposition)."""
    found = placement.found.strip()
    if len(found) > 1 and found.isupper():
        return False
    return found.lower() in _PARTICLES


def said_otherwise(text: str, sentence: str, term: RequiredTerm, placement: Placement) -> bool:
    """`ženy z horských {oblastí}` for `phụ nữ vùng cao`: the rendering found for the term is
    an equivalent that is the plain word for another source word there (`vùng`), and the
    translation says the term elsewhere (`provinčního` for `tỉnh`): it translates that word.
    (Where the term is said nowhere else, `{regiony}` for `tỉnh vùng Tây Bắc`, it is fixed.)"""
    found = _WORDS.findall(placement.found)
    if placement.how != "rendering" or len(found) != 1 or not sentence:
        return False
    rest = _WORDS.findall(text[:placement.start] + " " + text[placement.end:])
    heads = [t.split()[0].lower() for t in term.targets]
    if not any(shared_stem(w.lower(), h, 6) for w in rest for h in heads):
        return False
    low = sentence.lower().replace(term.source.lower(), " | ")
    return any(same_word(found[0].lower(), plain, "cs")
               and any(re.search(rf"(?<!\w){vi}(?!\w)", low) for vi in words)
               for plain, words in _PLAIN_EQUIVALENTS.items())


# the historic lands Czech names as a pair: `Čechy a Morava` (`Komunistická strana Čech a
# Moravy`), never the state
_LANDS = re.compile(r"^(?:čech|čechy|čechám|čechách|čechami)$", re.IGNORECASE)
_MORAVIA = re.compile(r"^\s+a\s+Morav\w*|Morav\w*\s+a\s+$")


def historic_lands(text: str, placement: Placement) -> bool:
    """`Čech` found for `Séc` where Czech names the lands in the pair with Moravia (`strany
    Čech a Moravy`, `v Moravě a Čechách`): Bohemia, not the Czech Republic (issue 12bz); a lone
    `Čechy` is still the forbidden name of the state."""
    if not _LANDS.match(placement.found.strip()):
        return False
    return bool(_MORAVIA.match(text[placement.end:placement.end + 20])
                or _MORAVIA.search(text[max(0, placement.start - 20):placement.start]))


def found_outside_names(source: str, target: str, lang: str, matcher: TermMatcher,
                        skip: list[tuple[int, int]]
                        ) -> tuple[list[TermMatch], list[tuple[int, int]]]:
    """What `matcher` finds in the source outside `skip` and, in Czech, outside a person's
    name the translation keeps as written (`kept_names`), with the spans skipped: one place, so
    `check --fix` and the QA terms check pass over the same names."""
    found = matcher.find(source, skip=skip)
    if lang == "cs" and (names := kept_names(source, target, found)):
        skip = [*skip, *names]
        found = matcher.find(source, skip=skip)
    return found, skip


def kept_names(source: str, target: str, found: Iterable[TermMatch]) -> list[tuple[int, int]]:
    """Source spans of a person's name the translation keeps as written (issue 12ci): two or
    more capitalised syllables (`Nguyễn Quốc Hội`, `Hờ Thị Sở`) found letter for letter in the
    translation, ending on a term's syllables with one or more before them that no match has.
    The term's syllables there are the name, not the term. A term left untranslated (`Quốc
    Hội` alone; `KCN Mai Sơn`, a name after it; `Tỉnh ủy`, a lower-case syllable) is no name
    and is still fixed."""
    found = list(found)
    spans: list[tuple[int, int]] = []
    for run in _name_runs(source):
        for first in range(len(run) - 1):  # the longest part kept letter for letter
            start, end = run[first][0], run[-1][1]
            if any(s < end and start < e for s, e in spans):
                continue
            if _kept_name(source, target, found, run[first:]):
                spans.append((start, end))
    return spans


def _name_runs(source: str) -> list[list[tuple[int, int]]]:
    """The runs of capitalised syllables (`Trần Quốc Hội`); an abbreviation (`KCN`) breaks
    them."""
    runs: list[list[tuple[int, int]]] = []
    run: list[tuple[int, int]] = []
    for w in _WORDS.finditer(source):
        word = w.group()
        joined = bool(run) and source[run[-1][1]:w.start()] == " "
        if word[:1].isupper() and not word[1:2].isupper() and not word[:1].isdigit():
            run = [*run, w.span()] if joined else [w.span()]
            if len(run) == 2:
                runs.append(run)
            elif len(run) > 2:
                runs[-1] = run
        else:
            run = []
    return runs


def _kept_name(source: str, target: str, found: list[TermMatch],
               words: list[tuple[int, int]]) -> bool:
    """The capitalised words are in the translation as written, the last of them a match's
    (and the match no longer than the name) and the first no match's."""
    start, end = words[0][0], words[-1][1]
    name = source[start:end]
    if word_at(name).search(target) is None:
        return False
    inside = [m for m in found if start < m.end and m.start < end]
    last, first = words[-1], words[0]
    return bool(inside) and all(start <= m.start and m.end <= end for m in inside) \
        and any(m.start <= last[0] and last[1] <= m.end for m in inside) \
        and all(not (m.start <= first[0] < m.end) for m in inside)
