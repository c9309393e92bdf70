"""`fix_terms`, the core of `check --fix`: for each required term of one entry, the term
kept where it is there, else its rendering found, the guards that leave a rendering alone
(`fixguard`, `keep`: it says something else than the term) asked in a fixed order, and the
placement shaped by the words around it (`reshape`, `added`, `deptfield`) before it is
applied. Each step is a function of its own; `FixScope` carries what every step reads.
Moved out of `translate.review.fix` (issue 12bo), which builds the scope for one entry.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from translate.draft.align import abbreviation
from translate.draft.enforce import (
    RequiredTerm,
    cuts_code,
    is_present,
    occurrences,
    protected_in,
    term_slot,
    term_span,
)
from translate.draft.enshape import attributive, plural_head, plural_term
from translate.draft.place import Placement, apply_placement, describe, find_placement
from translate.draft.placeform import build_placement
from translate.po.provenance import TERMS
from translate.review.added import AddedWords, added_span, cut, ordinal_before
from translate.review.deptfield import with_field
from translate.review.docref import code_slot
from translate.review.enleftover import leftover
from translate.review.fixguard import (
    abroad_en,
    another_countrys,
    anothers_word,
    country_named,
    department_named,
    forbidden_word,
    function_word,
    heads_verb,
    historic_lands,
    person,
    place_adjective,
    said_otherwise,
    source_says,
)
from translate.review.keep import (
    level_kept,
    level_of_body,
    level_opening,
    level_said,
    literal_variant,
    needless,
    short_form,
)
from translate.review.ladytitle import lady_title
from translate.review.reshape import reshape
from translate.review.service import in_service, service_phrase
from translate.review.unitslot import unit_slot, unnamed_body
from translate.review.womanform import woman_form
from translate.terms.brackets import without_acronym
from translate.terms.czech import is_adjective
from translate.terms.english import candidacy
from translate.terms.inflect import CASES, english_plural, inflect
from translate.terms.lemmas import find_term, same_word
from translate.text.normalize import word_at

_WORDS = re.compile(r"\w+")

__all__ = ["TermFix", "FixScope", "fix_terms"]


@dataclass(frozen=True)
class TermFix:
    """One rendering replaced by its glossary term."""

    concept: str
    found: str
    replacement: str
    form: str = ""  # `genitive`, `dative plural`; "" without case

    @property
    def comment(self) -> str:
        form = f" ({self.form})" if self.form else ""
        return f"{TERMS} fixed '{self.found}' → '{self.replacement}'{form}"


@dataclass(frozen=True)
class FixScope:
    """What every step of `fix_terms` reads beside the text (`fix_terms` documents each)."""

    lang: str
    required: list[RequiredTerm]
    hidden: list[RequiredTerm]
    sentence: str = ""
    borrowed: set[str] = field(default_factory=set)
    compounds: set[str] = field(default_factory=set)
    documents: dict[str, str] = field(default_factory=dict)
    words: dict[str, str] | None = None
    longer: set[str] = field(default_factory=set)
    sources: Sequence[str] = ()
    added: AddedWords | None = None
    nested: dict[str, tuple[str, ...]] = field(default_factory=dict)
    fields: dict[str, str] | None = None


def fix_terms(text: str, required: Iterable[RequiredTerm], lang: str,
              hidden: Iterable[RequiredTerm] = (), sentence: str = "",
              borrowed: Iterable[str] = (), compounds: Iterable[str] = (),
              documents: dict[str, str] | None = None,
              words: dict[str, str] | None = None,
              longer: Iterable[str] = (), sources: Sequence[str] = (),
              added: AddedWords | None = None,
              nested: dict[str, tuple[str, ...]] | None = None,
              fields: dict[str, str] | None = None) -> tuple[str, list[TermFix]]:
    """Replace the renderings of missing terms (and forbidden renderings) in `text`.

    `hidden` are terms of the source that overlap a required one and lost to it (`Sở Công
    Thương` inside `Giám đốc Sở Công Thương`): where the text renders them, those words
    are theirs, and a required term whose words are all there with them is present
    (`ředitel provinčního odboru průmyslu a obchodu` has `ředitel odboru`). `sentence`, the
    source segment, locates renderings in words no list has (`translate.draft.slot`).
    `borrowed` are the concepts whose source is an abbreviation taken from another language
    (`GDP`): left in, it becomes the term written out, not the target language's abbreviation.
    `compounds` are the concepts whose title the source uses in a compound naming another role
    (`đại sứ du lịch`): their forbidden renderings are that role's word, left alone.
    `documents` maps a document type inside a document reference to the reference's code,
    the anchor of its rendering (`translate.review.docref`). `words` maps the glossary's
    one-word renderings to their concepts: a word the source's position alone points to that
    is another person concept's term is the translator's choice (`18 đồng chí` → `18
    členů`), kept. `longer` are the concepts the source names with more words than their
    main name (`chính quyền địa phương`): an adjective before the rendering may say those.
    `sources` are the source words of every term of the segment, present ones too: content
    words between one of them and a local unit's word close the unit's slot (`unit_slot`).
    `added` (Czech): words a present title may have gained that the source does not say
    (`translate.review.added`), cut. `nested` (Czech): for a concept named by a longer
    variant, the terms of the concepts inside it: their words rendered literally stay.
    `fields` (Czech): the ministries' fields, a department's named after `Sở` (`deptfield`).
    Each term goes through the steps below in turn (`_there`, `_tidied`, `_found`,
    `_refused`, the other country's body, `_shaped`).
    """
    scope = FixScope(lang, list(required), list(hidden), sentence, set(borrowed),
                     set(compounds), documents or {}, words, set(longer), sources, added,
                     nested or {}, fields)
    abroad = len(text) + 1  # where the translation names another country's body
    fixes: list[TermFix] = []
    for term in scope.required:  # the hidden terms' spans in the text as fixed so far
        covered = [s for h in scope.hidden if (s := term_span(text, h, lang))]
        present, inner = _there(text, term, covered, scope)
        if present:
            text = _tidied(text, term, covered, scope, fixes)
            continue
        codes = protected_in(text, lang)
        placement = _found(text, term, inner, codes, scope)
        if placement is None or _refused(text, placement, term, codes, scope):
            continue
        if another_countrys(text, placement, term) \
                or lang == "en" and abroad_en(text, placement, term):
            abroad = min(abroad, placement.start)
            continue
        if term.concept.startswith("doc.") and term.source[:1].islower() \
                and placement.start > abroad:
            continue  # that body's document (a French parliament's `rezoluce`)
        placement = _shaped(text, placement, term, scope)
        text = apply_placement(text, placement)
        fixes.append(TermFix(term.concept, placement.found, placement.replacement,
                             describe(placement).removesuffix(" singular")))
    return text, fixes


def _there(text: str, term: RequiredTerm, covered: list[tuple[int, int]],
           scope: FixScope) -> tuple[bool, Placement | None]:
    """Whether the term is there, and the rendering inside which it is (`_in_forbidden`, a
    woman's form of the translator's making, a man's title after `paní`, `_said_again`): such
    a one is fixed even so."""
    lang, required = scope.lang, scope.required
    inner = _in_forbidden(text, term, lang) or woman_form(text, term, lang) \
        or lady_title(text, term, lang, scope.sentence)
    if (is_present(text, term, lang, required) or _inside(text, term, covered, lang)) \
            and (inner := inner or _said_again(text, term, scope.sentence, lang)) is None:
        return True, None
    return False, inner


def _tidied(text: str, term: RequiredTerm, covered: list[tuple[int, int]], scope: FixScope,
            fixes: list[TermFix]) -> str:
    """The term is there: a forbidden word elsewhere in the sentence names something else
    (`starosta města Telč` beside `předseda lidového výboru`); `check` still reports it,
    `--fix` does not rewrite a sentence that already has the term, but words English added to
    it go (issue 12ac), and so do words Czech added (issue 12bc)."""
    if scope.lang == "en":
        return _cut_leftover(text, term, scope.required, covered, scope.sentence, fixes)
    if scope.added and (extra := added_span(text, term, scope.sentence, scope.added)):
        fixes.append(TermFix(term.concept, text[extra[0]:extra[1]].strip(), ""))
        return cut(text, extra)
    return text


def _found(text: str, term: RequiredTerm, inner: Placement | None,
           codes: list[tuple[int, int]], scope: FixScope) -> Placement | None:
    """The rendering to replace: `inner`, else the one `find_placement` finds in the slot a
    document's code, a local unit's name or the source's alignment gives (Czech: a cardinal
    before it left out, `_past_cardinal`; a person `ve státní službě` taken in whole,
    `review.service`); None where the aligned word is another person concept's term and
    nothing else is found (`anothers_word`)."""
    lang, required = scope.lang, scope.required
    taken = [s for other in required if not short_form(other.targets, term.targets)
             and (s := term_span(text, other, lang))] + codes \
        + _not_shared(text, term, scope.hidden, lang)
    targets = _targets(term, scope)
    slot = code_slot(text, scope.documents[term.concept], lang) \
        if term.concept in scope.documents \
        else (lang == "cs" and unit_slot(scope.sentence, text, term, [
            *(w for w in scope.sources if w != term.source),
            *(o.source for o in required if o is not term)])) or None
    aligned = term_slot(scope.sentence, text, term, required, lang) if slot is None else None

    def find(taken: list[tuple[int, int]]) -> Placement | None:
        return find_placement(text, targets, lang, forbidden=term.forbidden,
                              source=term.source, forms=term.forms, taken=taken,
                              plural=term.plural, female=term.female, role=term.role,
                              country=term.country, slot=slot or aligned, kind=term.kind,
                              unnamed=lang == "cs" and unnamed_body(scope.sentence, term))

    placement = inner or find(taken)
    if lang == "cs" and inner is None and placement is not None:
        placement = _past_cardinal(text, placement, lambda numeral: find([*taken, numeral]))
    if lang == "cs" and (served := service_phrase(text, term.targets)) is not None:
        placement = in_service(placement, text, served, lambda noun: find_placement(
            text, targets, lang, forms=term.forms, female=term.female, plural=term.plural,
            role=term.role, slot=noun, taken=[*taken, (0, noun[0]), (noun[1], len(text))]))
        aligned = None
    if aligned and placement and scope.words \
            and anothers_word(text, placement, term, scope.words) \
            and find_placement(text, targets, lang, forbidden=term.forbidden,
                               source=term.source, forms=term.forms, taken=taken) is None:
        return None
    return placement


# a Czech cardinal before a counted noun (`{čtyři} členy`, `{tři} tajemnice`): the source's
# numeral, not a word of the rendering
_NUMERAL = re.compile(r"(?:\d+|dva|dvě|tři|čtyři|pět|šest|sedm|osm|devět|deset|jedenáct|"
                      r"dvanáct|patnáct|dvacet|třicet|sto)\s+", re.IGNORECASE)


def _past_cardinal(text: str, placement: Placement,
                   find: Callable[[tuple[int, int]], Placement | None]) -> Placement:
    """A cardinal read as the rendering's first word (`{tři} předsedkyně …`): the rendering
    found again with the numeral taken (`find`), so that it stays and the noun after it gives
    the case and number; the placement as it was where nothing is found after it."""
    num = _NUMERAL.match(text, placement.start)
    if num is None or num.end() >= placement.end:
        return placement
    again = find((num.start(), num.end() - 1))
    return again if again is not None and again.start >= num.end() else placement


def _targets(term: RequiredTerm, scope: FixScope) -> tuple[str, ...]:
    """The renderings to put in: an acronym in brackets stays as written (`(WHO)`), and a
    borrowed abbreviation left in becomes the term written out."""
    targets = without_acronym(term.concept, term.targets)
    if term.concept in scope.borrowed:
        targets = tuple(t for t in targets if not abbreviation(t)) or targets
    return targets


def _refused(text: str, placement: Placement, term: RequiredTerm,
             codes: list[tuple[int, int]], scope: FixScope) -> bool:
    """The guards, in order: nothing to change, a code cut, or a rendering that says
    something else than the term (`keep`, `fixguard`), left alone."""
    lang, sentence = scope.lang, scope.sentence
    if placement.found == placement.replacement \
            or cuts_code(placement.start, placement.end, codes) \
            or needless(text, placement, sentence, term.source, lang) \
            or literal_variant(text, placement, term.targets,
                               scope.nested.get(term.concept, ()), lang) \
            or source_says(sentence, term, placement.found) \
            or said_otherwise(text, sentence, term, placement) or function_word(placement) \
            or country_named(sentence, term, placement) \
            or lang == "cs" and place_adjective(sentence, placement) \
            or lang == "cs" and historic_lands(text, placement) \
            or _level(term) and (level_of_body(text, placement, _words(
                [o for o in scope.required if not _level(o)], term))
                                 or level_said(text, placement, term.targets)):
        return True
    if lang == "en" and (heads_verb(text, placement, term) or department_named(
            text, placement, term) or candidacy(sentence, term.source, placement.found)):
        return True
    # another role's word (`ambasadorka značky`, a woman's form too)
    return term.concept in scope.compounds and forbidden_word(placement, term, lang)


def _shaped(text: str, placement: Placement, term: RequiredTerm, scope: FixScope) -> Placement:
    """The placement adjusted by the sentence: an ordinal the source does not say before a
    title, taken in (`ordinal_before`); the level adjective a changed title keeps
    (`level_kept`) or that opens the found words (`level_opening`), the words around it
    (`reshape`, English `attributive`), a department's field (`with_field`)."""
    lang, sentence = scope.lang, scope.sentence
    if lang == "cs":
        placement = level_kept(ordinal_before(text, placement, term, sentence), sentence,
                               term.source)
    placement = reshape(text, placement, sentence, term, lang, _words(scope.required, term),
                        term.concept in scope.longer)
    if lang == "cs":
        placement = level_opening(text, placement, sentence, term.source)
    placement = attributive(text, placement, _targets(term, scope)) if lang == "en" \
        else placement
    placement = with_field(text, placement, sentence, term, scope.fields) \
        if scope.fields else placement
    return _one_body(text, placement, term) if lang == "cs" else placement


def _one_body(text: str, placement: Placement, term: RequiredTerm) -> Placement:
    """A named organisation (the glossary's `org`, capitalised) is one body, never plural:
    `s organizacemi {KSM}` → `Komunistického svazu mládeže …`, not `Komunistických svazů …`
    (a plural noun before it set the number). Lower-case ones (`odbory`) are left alone, and
    so is a plural that is also a singular form (`Vietnamské vlastenecké fronty`, a genitive
    singular too): the case read there may be the one that is wrong."""
    if placement.number != "pl" or term.kind != "org":
        return placement
    head = placement.replacement.split()[0].lower()[:4]
    target = next((t for t in term.targets if t[:1].isupper() and t.lower()[:4] == head), None)
    if target is None or placement.replacement.lower() in {
            inflect(target, c, "sg").lower() for c in CASES}:
        return placement
    return build_placement(text, placement.start, placement.end, target, placement.case, "sg",
                           "cs", placement.how, False, term.forms, term.targets)


def _words(required: list[RequiredTerm], term: RequiredTerm) -> list[str]:
    """The words of the other required terms' renderings."""
    return [w for o in required if o is not term for t in o.targets for w in t.split()]


def _level(term: RequiredTerm) -> bool:
    """An administrative level (`phường`, `quận`), not a body or an office (`Sở`, `Chủ tịch`)."""
    return term.concept.startswith("local.") and term.source[:1].islower()


def _in_forbidden(text: str, term: RequiredTerm, lang: str) -> Placement | None:
    """The term is there only inside a forbidden rendering that holds it (`{State} President`,
    `Circular {Letter}`, `{national} defence and security`): `check` reports that rendering,
    so it is rewritten to the term as the text has it, the words around it dropped."""
    span = term_span(text, term, lang)
    if span is None:
        return None
    for bad in term.forbidden:
        got = find_term(text, bad, lang)
        if got and got[0] <= span[0] and span[1] <= got[1] and got != span:
            new = text[span[0]:span[1]]
            new = next((t for t in term.targets if t.lower() == new.lower()), new)  # capitals
            if text[got[0]:got[0] + 1].isupper():
                new = new[:1].upper() + new[1:]  # it began the sentence or a name
            said = text[got[0]:got[1]].split()[-1]
            if lang == "en" and plural_head(said, bad.split()[-1]) and not plural_term(new):
                new = english_plural(new)  # `two Circular {Letters}`: the number stays (12aq)
            return Placement(got[0], got[1], text[got[0]:got[1]], new, how="forbidden")
    return None


def _said_again(text: str, term: RequiredTerm, sentence: str, lang: str) -> Placement | None:
    """The source names the concept more often than the translation has the term, and a
    forbidden rendering stands beside it (`s velvyslankyní … „Paní {ambasadorko}, …“` for
    two `Đại sứ`): that is the other mention, fixed. Only a person's title, counted as the
    source writes it (capitalised: `đại sứ thương hiệu` is a brand's, `ambasadorka značky`);
    not where the source says it once (a forbidden word beside the term then names something
    else, `starosta města Telč`)."""
    if lang != "cs" or not sentence or not term.forbidden or not term.source[:1].isupper() \
            or not person(term.targets):
        return None
    said = len(word_at(term.source).findall(sentence))
    there = occurrences(text, term, lang)
    if said < 2 or len(there) >= said:
        return None
    placement = find_placement(text, term.targets, lang, forbidden=term.forbidden,
                               source=term.source, forms=term.forms, taken=there,
                               female=term.female, role=term.role)
    if placement is None or placement.how != "forbidden":
        return None
    # a lower-case adjective going on makes it another thing's title (`ambasadorky {zelené}
    # turistiky`, a campaign's), where that word is right (issue 12bh)
    nxt = re.match(r"\s+(\w+)", text[placement.end:])
    return None if nxt and nxt.group(1).islower() and is_adjective(nxt.group(1)) else placement


def _not_shared(text: str, term: RequiredTerm, hidden: Iterable[RequiredTerm],
                lang: str) -> list[tuple[int, int]]:
    """The spans of the hidden terms' renderings, less the first word where the hidden term's
    source begins with the last words of the term's (`Phó {Bí thư} Đảng ủy xã`: the deputy's
    base title is that word, `zástupcům {tajemníků} obecních výborů strany`)."""
    spans = []
    for h in hidden:
        span = term_span(text, h, lang)
        if span is None:
            continue
        own, other = term.source.split(), h.source.split()
        if lang == "cs" and any(own[-n:] == other[:n] for n in range(1, len(own))):
            first = _WORDS.search(text, span[0], span[1])
            span = (first.end(), span[1]) if first else span
        spans.append(span)
    return spans


def _inside(text: str, term: RequiredTerm, covered: list[tuple[int, int]], lang: str) -> bool:
    """Every word of the term, in order, in a covered span and the few words before it."""
    for s, e in covered:
        before = text[:s].split()[-3:]
        window = [w.strip(",.;:!?()\"„“").lower() for w in [*before, *text[s:e].split()]]
        for target in term.targets:
            want, k = target.lower().split(), 0
            for word in window:
                if k < len(want) and same_word(word, want[k], lang):
                    k += 1
            if k == len(want):
                return True
    return False


def _cut_leftover(text: str, term: RequiredTerm, required: list[RequiredTerm],
                  covered: list[tuple[int, int]], sentence: str, fixes: list[TermFix]) -> str:
    """`The Government of Vietnam` → `The Government` where the source says no `Việt Nam`
    (`translate.review.enleftover`); the fix is recorded in `fixes`."""
    span = term_span(text, term, "en")
    others = [s for o in required if o is not term and (s := term_span(text, o, "en"))]
    cut = leftover(text, span, term, sentence, others + covered) if span else None
    if cut is None:
        return text
    lo, hi = min(cut[0], span[0]), max(cut[1], span[1])
    kept = text[span[0]:span[1]]
    if cut[0] == 0 and text[:1].isupper():  # `Public civil servants` → `Civil servants`
        kept = kept[:1].upper() + kept[1:]
    fixes.append(TermFix(term.concept, text[lo:hi], kept))
    return text[:lo] + kept + text[hi:]
