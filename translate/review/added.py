"""Words a Czech translation added around a glossary term that is already there, for `check
--fix`: the term is present, so nothing replaces it, but the translator made it say more than
the source does.

Four shapes are cut, each only where the source segment does not say the added meaning:
- after a person's title or a body said in one word, the one-word genitive of a glossary body
  (`ministrům {vlády}` for `các Bộ trưởng`, `ministerstvům {vlády}` for `các Bộ`, where no
  `Chính phủ` is in the source); kept where a capitalised word follows it (a name goes on:
  `vlády České republiky`), where title and genitive are another title (`předseda vlády`; after
  a body: any rendering, `nařízení vlády`), and for an organisation's genitive (`tajemník
  strany`: the party's office, said with it);
- before a present title, the word that makes it another concept's longer title (`{Stálý}
  místotajemník …` is the permanent deputy, `Phó Bí thư Thường trực`; `{první}
  místopředseda vlády`), where the source has none of that concept's terms, and a member's
  standing (`{řadovým} členům strany`, `{čestné} členy …`) or a former holder's
  (`{bývalý} generální konzul`) where the source does not say it, and a document's status
  (`{předběžný} plán`) where the source does not say it;
- (for a title being placed, not a present one) an ordinal right before it (`{druhým}
  tajemníkem` for `Phó Bí thư`, `ordinal_before`), where the source says no ordinal;
- after a present body whose name ends in a genitive (`Ministerstvu zdravotnictví`), a field
  coordinated onto that genitive (`{a péče}`, `{, mládeže a tělovýchovy}`): lower-case words
  that read as genitives, where the source goes on after the term with no coordination (`và`,
  `cùng`, `với`, a comma). Kept where a word can only be another case (`s Ministerstvem financí
  a bankou`: a second partner), where it is a body's genitive (`strany a vlády`), and where a
  noun phrase goes on after it (`a místních úřadů`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from translate.draft.align import FUNCTION
from translate.draft.enforce import RequiredTerm, term_span
from translate.draft.place import Placement
from translate.review.fixguard import person
from translate.terms.czech import adjective_readings, analyse, is_adjective
from translate.terms.equivalents import female_noun
from translate.terms.lemmas import find_term, same_word
from translate.terms.model import Entry, Glossary
from translate.text.normalize import upper_like

_AFTER = re.compile(r"(\s+)(\w+)(?:\s+(\w))?")
# `a péče`, `, mládeže a tělovýchovy`: a field (or a list of them) joined on by `a`
_FIELDS = re.compile(r"(?:,\s+[^\W\d]+)*\s+a\s+[^\W\d]+")
# after the term in the source: it is coordinated with something there, as in the translation
_VI_AND = re.compile(r"\s*(?:[,;/&+–-]|(?:và|cùng|với|hoặc|lẫn|hay)(?!\w))", re.IGNORECASE)


@dataclass(frozen=True)
class Longer:
    """Another concept's title: one word (`stálý`) before a shorter title's rendering."""

    concept: str
    target: str  # `stálý místotajemník provinčního výboru strany`
    rest: str  # `místotajemník provinčního výboru strany`, lower case
    sources: tuple[str, ...]  # that concept's Vietnamese terms


@dataclass(frozen=True)
class AddedWords:
    """What `added_span` may cut, read once from the glossary (`added_words`)."""

    genitives: dict[str, tuple[str, ...]] = field(default_factory=dict)  # `vlády` → `Chính phủ`
    longer: tuple[Longer, ...] = ()
    titles: tuple[str, ...] = ()  # every title's rendering: `předseda {vlády}` is another one
    fielded: frozenset[str] = frozenset()  # bodies named with a genitive: `Ministerstvo {financí}`
    # the first words of the longer titles and what the source says for them: `první` →
    # `Thường trực` (and the plain `thứ nhất`)
    prefixes: tuple[tuple[str, tuple[str, ...]], ...] = ()
    bare: frozenset[str] = frozenset()  # bodies said in one word: `ministerstvo {vlády}`
    phrases: tuple[str, ...] = ()  # every rendering of two words or more: `nařízení vlády`


def added_words(glossary: Glossary, lang: str = "cs") -> AddedWords:
    """Everything `added_span` looks for, read once from the glossary: the bodies' one-word
    genitives, the titles one word longer than another title and the first words they add,
    the bodies whose name ends in a genitive, the bodies said in one word, and every rendering
    of two words or more (what a genitive after a title or body may belong to instead)."""
    genitives: dict[str, tuple[str, ...]] = {}
    titles = []
    fielded = set()
    for entry in glossary:
        if _ends_in_genitive(entry, lang):
            fielded.add(entry.concept)
        if entry.pos == "body":  # not an organisation's (`tajemník {strany}`: its office)
            for gen in entry.genitive.get(lang, ()):
                if gen and " " not in gen:
                    genitives[gen.lower()] = (*genitives.get(gen.lower(), ()), *entry.source_terms)
        elif entry.pos == "title":
            titles.extend((entry, t) for t in entry.targets.get(lang, ()))
    rests = {t.lower(): e for e, t in titles}
    longer = tuple(Longer(e.concept, t, rest, e.source_terms) for e, t in titles
                   if len(t.split()) > 1 and (rest := t.split(" ", 1)[1].lower()) in rests)
    bare = frozenset(e.concept for e in glossary if e.pos == "body" and e.targets.get(lang)
                     and all(" " not in t for t in e.targets[lang]))
    phrases = tuple(t for e in glossary for t in e.targets.get(lang, ()) if " " in t)
    return AddedWords(genitives, longer, tuple(t for _, t in titles), frozenset(fielded),
                      _prefixes(longer, rests), bare, phrases)


def _ends_in_genitive(entry: Entry, lang: str) -> bool:
    """A body or organisation whose rendering of two words or more keeps its last word in
    the genitive (`Ministerstvo financí`, `Ministerstva financí`): that word is a genitive,
    onto which a translator may coordinate a field (`_fields_after`)."""
    pairs = zip(entry.targets.get(lang, ()), entry.genitive.get(lang, ()), strict=False)
    return entry.pos in ("body", "org") and any(
        len(t.split()) > 1 and g.split()[-1] == t.split()[-1] for t, g in pairs)


# the plain Vietnamese for a longer title's first word, outside any title
_PLAIN_PREFIXES = {"první": ("thứ nhất", "đầu tiên"), "stálý": ("thường trực",),
                   "stálá": ("thường trực",)}
# a member's standing said before a present title (`{řadovým} členům strany`, `{čestným}
# členům …`): another kind of member, only where the source says that standing (issue 12bh)
# `{bývalý} generální konzul` for a serving one: `former`, said only where the source says it
# (`nguyên`, `cựu` before the title, `cũ` after it, `từng`, `tiền nhiệm`, retired), issue 12bl
_STANDING = {"řadový": ("bình thường",), "řádný": ("chính thức",), "čestný": ("danh dự",),
             "bývalý": ("nguyên", "cựu", "cũ", "từng", "trước đây", "tiền nhiệm", "nghỉ hưu",
                        "về hưu", "đã nghỉ")}
# a document's status before a present document type (`{předběžný} plán` for `Kế hoạch`):
# `preliminary` only where the source says so (issue 12bl: two set authors)
_DOC_STATUS = (("předběžný", ("sơ bộ", "tạm thời", "bước đầu", "dự thảo", "dự kiến", "tạm")),)
# words holding a standing's cue that say something else (`Hội Cựu chiến binh`: the veterans)
_OTHER_SENSE = re.compile(r"(?<!\w)cựu\s+chiến\s+binh(?!\w)", re.IGNORECASE)


def _prefixes(longer: Iterable[Longer], rests: dict[str, Entry]
              ) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Each longer title's first word (`první`, `stálý`) and each member's standing
    (`řadový`), with what a source says for it: the longer concept's words that its shorter
    title's terms lack (`Thường trực`), and the plain Vietnamese (`thứ nhất`)."""
    prefixes: dict[str, set[str]] = {}
    for other in longer:
        prefix = other.target.split()[0].lower()
        short = {w.lower() for v in rests[other.rest].source_terms for w in v.split()}
        for source in other.sources:
            own = " ".join(w for w in source.split() if w.lower() not in short)
            prefixes.setdefault(prefix, set(_PLAIN_PREFIXES.get(prefix, ()))).add(own)
    for word, said in _STANDING.items():
        prefixes.setdefault(word, set()).update(said)
    return tuple((p, tuple(sorted(m))) for p, m in prefixes.items())


def added_span(text: str, term: RequiredTerm, sentence: str,
               added: AddedWords) -> tuple[int, int] | None:
    """The span of words the translation added around the present title `term` that the
    source does not say (see the module docstring), or None."""
    if sentence and term.concept in added.fielded:
        return _fields_after(text, term, sentence, added.genitives)
    if sentence and term.concept.startswith("doc."):  # a document's status before it
        span = term_span(text, term, "cs")
        return span and _prefix_before(text, span, term, sentence, _DOC_STATUS)
    bare = term.concept in added.bare
    if not sentence or not bare and not _titled(term.targets):
        return None
    span = term_span(text, term, "cs")
    if span is None:
        return None
    after = _genitive_after(text, span, term, sentence, added.genitives)
    if after and _another_title(text, (span[0], after[1]), term,
                                added.phrases if bare else added.titles):
        after = None
    if bare:  # `ministerstvy {vlády}`: a body's genitive after a body said in one word
        return after
    return after or _word_before(text, span, term, sentence, added.longer) \
        or _prefix_before(text, span, term, sentence, added.prefixes)


def _titled(targets: Iterable[str]) -> bool:
    """A person's title, its woman's form also after an adjective (`generální konzulka`)."""
    return person(targets) or any(female_noun(w) for t in targets for w in t.split()[1:2]
                                  if is_adjective(t.split()[0]))


def _another_title(text: str, span: tuple[int, int], term: RequiredTerm,
                   titles: Iterable[str]) -> bool:
    """`předseda vlády`: another title than the term's covers the title and the genitive
    after it (`span`): the premier, not a chairman the translator gave a government."""
    own = {t.lower() for t in term.targets}
    for title in titles:
        if title.lower() in own:
            continue
        found = find_term(text, title, "cs")
        if found and found[0] <= span[0] and found[1] >= span[1]:
            return True
    return False


def _genitive_after(text: str, span: tuple[int, int], term: RequiredTerm, sentence: str,
                    genitives: dict[str, tuple[str, ...]]) -> tuple[int, int] | None:
    """The span (with the space before it) of a body's one-word genitive right after the title
    at `span` (`ministrům {vlády}`) where no name goes on after it, the title has no such word
    of its own and the source names none of that body's terms; else None."""
    after = _AFTER.match(text, span[1])
    if after is None:
        return None
    word = after.group(2).lower()
    if word not in genitives or any(w.lower() == word for t in term.targets for w in t.split()):
        return None
    if after.group(3) and after.group(3).isupper():
        return None  # `vlády České republiky`: a name goes on
    if _names(sentence, genitives[word]):
        return None
    return after.start(), after.end(2)


def _word_before(text: str, span: tuple[int, int], term: RequiredTerm, sentence: str,
                 longer: Iterable[Longer]) -> tuple[int, int] | None:
    """The span of the one word before the title at `span` that makes another concept's longer
    title of it (`{Stálý} místotajemník …`) whose terms the source does not say; else None."""
    own = {t.lower() for t in term.targets}
    for other in longer:
        if other.concept == term.concept or other.rest not in own \
                or _names(sentence, other.sources):
            continue
        found = find_term(text, other.target, "cs")
        if found and found[0] < span[0] and found[1] >= span[1] \
                and not text[found[0]:span[0]].strip().count(" "):
            return found[0], span[0]
    return None


def _fields_after(text: str, term: RequiredTerm, sentence: str,
                  genitives: dict[str, tuple[str, ...]]) -> tuple[int, int] | None:
    """The span of the fields coordinated onto the genitive that ends the present body `term`
    (`Ministerstvem financí {a daní}`), where the source coordinates nothing after the term
    (see the module docstring); else None."""
    span = term_span(text, term, "cs")
    if span is None or text[span[1] - 1:span[1]].isupper():
        return None  # an abbreviation: no genitive to join onto
    joined = _FIELDS.match(text, span[1])
    if joined is None:
        return None
    end = joined.end()
    words = re.findall(r"\w+", joined.group())
    noun = re.match(r"\s+([^\W\d]+)", text[end:]) if is_adjective(words[-1]) else None
    if noun:  # an adjective's noun, a field in the singular (`a {mezinárodní spolupráce}`;
        # not `a místních úřadů`, other bodies)
        if not (_genitive(words[-1], "sg") and _genitive(noun.group(1), "sg")):
            return None
        words, end = [*words, noun.group(1)], end + noun.end()
    fields = [w for w in words if w != "a"]
    if any(w[:1].isupper() or w.lower() in genitives
           or is_adjective(w) and (k + 1 == len(fields) or is_adjective(fields[k + 1]))
           or not _genitive(w) for k, w in enumerate(fields)):
        return None  # (an adjective only before its genitive noun: `a {mezinárodní} spolupráce`)
    nxt = re.match(r"\s+(\w+)", text[end:])
    if nxt and (is_adjective(nxt.group(1)) or any(r.case == "gen" for r in analyse(nxt.group(1)))
                and nxt.group(1).lower() not in FUNCTION):  # `o`, `na`: something else begins
        return None  # a noun phrase goes on: `a místních úřadů`, `a rozvoje venkova`
    low = sentence.lower()
    at = [m.end() for m in re.finditer(rf"(?<!\w){re.escape(term.source.lower())}(?!\w)", low)]
    if not at or any(_VI_AND.match(low, e) for e in at):
        return None
    return span[1], end


def _genitive(word: str, number: str = "") -> bool:
    """The word can be a genitive (an adjective read by its own endings: `veřejného`), in
    `number` where given."""
    readings = adjective_readings(word) if is_adjective(word) else analyse(word)
    return any(r.case == "gen" and number in ("", r.number) for r in readings)


def _prefix_before(text: str, span: tuple[int, int], term: RequiredTerm, sentence: str,
                   prefixes: Iterable[tuple[str, tuple[str, ...]]]) -> tuple[int, int] | None:
    """The span of a longer title's first word right before the present title at `span`
    (`{prvního} místopředsedu provinční lidové rady`, a title no concept makes longer) where
    the source says nothing for it (`Thường trực`, `thứ nhất`); else None."""
    before = re.search(r"(\w+)\s+$", text[:span[0]])
    if before is None:
        return None
    word = before.group(1).lower()
    sentence = _OTHER_SENSE.sub(" ", sentence)
    for prefix, said in prefixes:
        if same_word(word, prefix, "cs") and not any(t.lower().startswith(prefix)
                                                     for t in term.targets) \
                and not _names(sentence, said):
            return before.start(1), span[0]
    return None


def _names(sentence: str, sources: Iterable[str]) -> bool:
    """The source sentence says one of `sources` as whole words (any case)."""
    low = sentence.lower()
    return any(re.search(rf"(?<!\w){re.escape(s.lower())}(?!\w)", low) for s in sources)


def cut(text: str, span: tuple[int, int]) -> str:
    """`text` without `span`; a capitalised word cut (a sentence's first) passes its capital on."""
    rest = text[span[1]:]
    if text[span[0]:span[0] + 1].isupper():
        rest = rest[:1].upper() + rest[1:]
    return text[:span[0]] + rest


# an ordinal before a title the fixer places (`{druhým} tajemníkem` for `Phó Bí thư`, `{prvnímu}
# tajemníkovi` for `Bí thư`): the translator's rank, which the term says its own way or the
# source does not say; what the source says for an ordinal keeps it (issue 12bo)
_ORDINAL = re.compile(r"(?<!\w)(prvn(?:í|ího|ímu|ím|ími)|druh(?:ý|á|é|ého|ému|ým|ou|ých|ými)"
                      r"|druzí)\s+$", re.IGNORECASE)
_VI_ORDINAL = re.compile(r"(?<!\w)(?:thứ nhất|thứ hai|đầu tiên|thường trực)(?!\w)", re.IGNORECASE)


def ordinal_before(text: str, placement: Placement, term: RequiredTerm,
                   sentence: str) -> Placement:
    """The placement of a person's title with the ordinal right before it taken in (and so
    dropped), where no target of the term opens with an ordinal (`první místopředseda
    vlády` is a title of its own) and the source says no ordinal."""
    got = _ORDINAL.search(text[:placement.start])
    if got is None or not person(term.targets) or _VI_ORDINAL.search(sentence) \
            or any(_ORDINAL.match(t.split()[0] + " ") for t in term.targets):
        return placement
    return replace(placement, start=got.start(1), found=text[got.start(1):placement.end],
                   replacement=upper_like(got.group(1), placement.replacement))
