"""Words a Czech translation added around a glossary term that is already there, for `check
--fix`: the term is present, so nothing replaces it, but the translator made it say more than
the source does.

Two shapes are cut, both only where the source segment does not say the added meaning:
- after a person's title, the one-word genitive of a glossary body (`ministrům {vlády}` for
  `các Bộ trưởng`, where no `Chính phủ` is in the source); kept where a capitalised word follows
  it (a name goes on: `vlády České republiky`), where title and genitive are another title
  (`předseda vlády`), and for an organisation's genitive (`tajemník strany`: the party's office,
  said with it);
- before a present title, the word that makes it another concept's longer title (`{Stálý}
  místotajemník …` is the permanent deputy, `Phó Bí thư Thường trực`; `{první}
  místopředseda vlády`), where the source has none of that concept's terms.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from translate.draft.enforce import RequiredTerm, term_span
from translate.review.fixguard import person
from translate.terms.lemmas import find_term
from translate.terms.model import Glossary

_AFTER = re.compile(r"(\s+)(\w+)(?:\s+(\w))?")


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


def added_words(glossary: Glossary, lang: str = "cs") -> AddedWords:
    """The bodies' one-word genitives and the titles one word longer than another title."""
    genitives: dict[str, tuple[str, ...]] = {}
    titles = []
    for entry in glossary:
        if entry.pos == "body":  # not an organisation's (`tajemník {strany}`: its office)
            for gen in entry.genitive.get(lang, ()):
                if gen and " " not in gen:
                    genitives[gen.lower()] = (*genitives.get(gen.lower(), ()), *entry.source_terms)
        elif entry.pos == "title":
            titles.extend((entry, t) for t in entry.targets.get(lang, ()))
    rests = {t.lower() for _, t in titles}
    longer = tuple(Longer(e.concept, t, rest, e.source_terms) for e, t in titles
                   if len(t.split()) > 1 and (rest := t.split(" ", 1)[1].lower()) in rests)
    return AddedWords(genitives, longer, tuple(t for _, t in titles))


def added_span(text: str, term: RequiredTerm, sentence: str,
               added: AddedWords) -> tuple[int, int] | None:
    """The span of words the translation added around the present title `term` that the
    source does not say (see the module docstring), or None."""
    if not sentence or not person(term.targets):
        return None
    span = term_span(text, term, "cs")
    if span is None:
        return None
    after = _genitive_after(text, span, term, sentence, added.genitives)
    if after and _another_title(text, (span[0], after[1]), term, added.titles):
        after = None
    return after or _word_before(text, span, term, sentence, added.longer)


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
