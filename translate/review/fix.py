"""`translate check --fix`: glossary terms put into existing translations, in place.

For each entry whose glossary check fails (a required term missing, or a forbidden rendering
used), the non-standard rendering is replaced by the glossary term in the same case, number
and gender (`translate.draft.place`); the rest of the `msgstr` stays byte for byte. A fixed
entry becomes (or stays) fuzzy and says what changed:

    #. terms: fixed 'provinčního tajemníka strany' → 'tajemníka provinčního výboru strany'
       (genitive)      [one line in the file]

Approved (non-fuzzy) entries are left alone unless `include_approved`; an entry where no
rendering of the concept is found is not touched (nothing is appended: that is `run`'s job).
Files are backed up to `.po.bak` before they are rewritten; `dry_run` returns the unified
diff and writes nothing.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

import polib

from translate.draft.accepted import unaccepted
from translate.draft.align import abbreviation
from translate.draft.enforce import (
    RequiredTerm,
    cuts_code,
    is_present,
    occurrences,
    protected_in,
    required_terms,
    term_slot,
    term_span,
)
from translate.draft.enshape import attributive, plural_head, plural_term
from translate.draft.place import Placement, apply_placement, describe, find_placement
from translate.lock import locked
from translate.po.catalog import load_catalog, save_catalog
from translate.po.merge import backup
from translate.po.provenance import TERMS, comment_lines
from translate.po.wrap import format_catalog
from translate.review.added import AddedWords, added_span, added_words, cut
from translate.review.deptfield import department_fields, with_field
from translate.review.docref import code_slot, docref_terms, numbered
from translate.review.enleftover import leftover
from translate.review.fixguard import (
    abroad_en,
    another_countrys,
    anothers_word,
    compound,
    country_named,
    department_named,
    forbidden_word,
    function_word,
    heads_verb,
    person,
    said_otherwise,
    source_says,
)
from translate.review.keep import (
    level_kept,
    level_of_body,
    level_said,
    literal_variant,
    needless,
    nested_terms,
    short_form,
    world_issued,
)
from translate.review.qa.protected import protected_spans
from translate.review.qa.runner import load_inputs
from translate.review.reshape import reshape
from translate.review.unitslot import unit_slot, unnamed_body
from translate.review.womanform import woman_form
from translate.terms.brackets import without_acronym
from translate.terms.czech import is_adjective
from translate.terms.english import candidacy
from translate.terms.foreign import initials
from translate.terms.inflect import english_plural
from translate.terms.lemmas import find_term, same_word
from translate.terms.matcher import TermMatch, TermMatcher
from translate.terms.model import Glossary
from translate.terms.newscontext import NewsContext, enforced_matches, news_context
from translate.text.normalize import strip_marks

_WORDS = re.compile(r"\w+")


__all__ = ["TermFix", "FixReport", "GlossaryTables", "glossary_tables", "fix_text", "fix_terms",
           "fix_files", "fix_summary"]


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
class GlossaryTables:
    """What `fix_text` reads from the whole glossary for Czech (one-word person renderings,
    `added_words`, `department_fields`): built once per run by `fix_files`, not per entry."""

    words: dict[str, str]
    added: AddedWords
    fields: dict[str, str]


def glossary_tables(glossary: Glossary) -> GlossaryTables:
    """The Czech tables of `GlossaryTables`, read from `glossary`."""
    words = {t.lower(): e.concept for e in glossary for t in e.targets.get("cs", ())
             if " " not in t and person(e.targets.get("cs", ()))}
    return GlossaryTables(words, added_words(glossary), department_fields(glossary))


@dataclass
class FixReport:
    """What `fix_files` did (or, with `dry_run`, would do)."""

    fixes: int = 0  # renderings replaced
    entries: int = 0  # entries changed
    files: list[str] = field(default_factory=list)  # files changed
    approved_skipped: int = 0  # approved entries with a glossary problem left alone
    diff: str = ""


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
    """
    documents = documents or {}
    required = list(required)
    compounds, borrowed = set(compounds), set(borrowed)
    longer = set(longer)
    abroad = len(text) + 1  # where the translation names another country's body
    fixes: list[TermFix] = []
    hidden = list(hidden)
    for term in required:  # the hidden terms' spans in the text as fixed so far
        covered = [s for h in hidden if (s := term_span(text, h, lang))]
        inner = _in_forbidden(text, term, lang) or woman_form(text, term, lang)
        if (is_present(text, term, lang, required) or _inside(text, term, covered, lang)) \
                and (inner := inner or _said_again(text, term, sentence, lang)) is None:
            # the term is there: a forbidden word elsewhere in the sentence names something
            # else (`starosta města Telč` beside `předseda lidového výboru`); `check` still
            # reports it, `--fix` does not rewrite a sentence that already has the term
            if lang == "en":  # but words English added to it go (issue 12ac)
                text = _cut_leftover(text, term, required, covered, sentence, fixes)
            elif added and (extra := added_span(text, term, sentence, added)):
                fixes.append(TermFix(term.concept, text[extra[0]:extra[1]].strip(), ""))
                text = cut(text, extra)  # … and so do words Czech added (issue 12bc)
            continue
        codes = protected_in(text, lang)
        taken = [s for other in required if not short_form(other.targets, term.targets)
                 and (s := term_span(text, other, lang))] + codes \
            + _not_shared(text, term, hidden, lang)
        targets = without_acronym(term.concept, term.targets)  # `(WHO)` stays as written
        if term.concept in borrowed:
            targets = tuple(t for t in targets if not abbreviation(t)) or targets
        slot = code_slot(text, documents[term.concept], lang) if term.concept in documents \
            else (lang == "cs" and unit_slot(sentence, text, term, [
                *(w for w in sources if w != term.source),
                *(o.source for o in required if o is not term)])) or None
        aligned = term_slot(sentence, text, term, required, lang) if slot is None else None
        placement = inner or find_placement(text, targets, lang, forbidden=term.forbidden,
                                   source=term.source, forms=term.forms, taken=taken,
                                   plural=term.plural, female=term.female, role=term.role,
                                   country=term.country, slot=slot or aligned, kind=term.kind,
                                   unnamed=lang == "cs" and unnamed_body(sentence, term))
        if aligned and placement and words and anothers_word(text, placement, term, words) \
                and find_placement(text, targets, lang, forbidden=term.forbidden,
                                   source=term.source, forms=term.forms, taken=taken) is None:
            continue
        if placement is None or placement.found == placement.replacement \
                or cuts_code(placement.start, placement.end, codes) \
                or needless(text, placement, sentence, term.source) \
                or literal_variant(text, placement, term.targets,
                                   (nested or {}).get(term.concept, ()), lang) \
                or source_says(sentence, term, placement.found) \
                or said_otherwise(text, sentence, term, placement) or function_word(placement) \
                or country_named(sentence, term, placement) \
                or _level(term) and (level_of_body(text, placement, _words(
                    [o for o in required if not _level(o)], term))
                                     or level_said(text, placement, term.targets)):
            continue
        if lang == "en" and (heads_verb(text, placement, term) or department_named(
                text, placement, term) or candidacy(sentence, term.source, placement.found)):
            continue
        if term.concept in compounds and forbidden_word(placement, term, lang):
            continue  # another role's word (`ambasadorka značky`, a woman's form too)
        if another_countrys(text, placement, term) \
                or lang == "en" and abroad_en(text, placement, term):
            abroad = min(abroad, placement.start)
            continue
        if term.concept.startswith("doc.") and term.source[:1].islower() \
                and placement.start > abroad:
            continue  # that body's document (a French parliament's `rezoluce`)
        others = _words(required, term)
        placement = level_kept(placement, sentence, term.source) if lang == "cs" else placement
        placement = reshape(text, placement, sentence, term, lang, others,
                            term.concept in longer)
        placement = attributive(text, placement, targets) if lang == "en" else placement
        placement = with_field(text, placement, sentence, term, fields) if fields else placement
        text = apply_placement(text, placement)
        fixes.append(TermFix(term.concept, placement.found, placement.replacement,
                             describe(placement).removesuffix(" singular")))
    return text, fixes


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
    said = len(re.findall(r"(?<!\w)" + re.escape(term.source) + r"(?!\w)", sentence))
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


def _hidden(source: str, matches: list[TermMatch], matcher: TermMatcher,
            skip: list[tuple[int, int]]) -> list[TermMatch]:
    """Matches that start inside another match and end after it (lost to it); a chain
    joined over two bodies counts as its two titles, as `enforced_matches` gives them."""
    out = []
    for m in matches:
        first = source.find(" ", m.start, m.end)
        if first < 0:
            continue
        for h in (part for x in matcher.find(source[first:], skip=[
                (s - first, e - first) for s, e in skip]) for part in (x.parts or (x,))):
            if first + h.start < m.end < first + h.end:
                h.start, h.end = h.start + first, h.end + first
                out.append(h)
    return out


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


def fix_text(source: str, target: str, lang: str, glossary: Glossary,
             matcher: TermMatcher | None = None,
             context: NewsContext | None = None,
             tables: GlossaryTables | None = None) -> tuple[str, list[TermFix]]:
    """The translation with every glossary term in place (see module docstring); `context`
    is the article's (`translate.terms.newscontext`), the sentence's own when not given;
    `tables` the glossary's Czech tables (`glossary_tables`), read here when not given."""
    matcher = matcher or TermMatcher(glossary)
    skip = protected_spans(source, glossary)
    context = context or news_context([source], glossary, matcher)
    found = matcher.find(source, skip=skip)
    matches = enforced_matches(found, source, glossary, context, lang)
    hidden = required_terms(_hidden(source, matches, matcher, skip), glossary, lang, source)
    every = required_terms(matches, glossary, lang, source)
    documents = {}
    if lang in ("cs", "en"):  # a document type in a reference: the code anchors it (docref)
        for term, code in docref_terms(source, glossary, matcher, lang):
            if all(t.concept != term.concept for t in every):
                every.append(term)
                documents[term.concept] = code
        for term in every:  # `Kế hoạch số 88`: the plain number anchors it the same way
            if term.concept not in documents and (number := numbered(source, term, lang)):
                documents[term.concept] = number
    world = world_issued(source, matches, glossary)  # a UN resolution keeps its word
    required = [t for t in unaccepted(every, source, target, glossary, lang)
                if t.concept not in world]
    required = [_left_in(t, target, glossary) for t in required]
    borrowed = [t.concept for t in required if _borrowed(t, glossary)]
    compounds = [t.concept for t in required if compound(source, t, glossary)]
    longer = [t.concept for t in required if (e := glossary.get(t.concept)) is not None
              and len(t.source.split()) > len(e.source_terms[0].split())]
    # the whole glossary's tables: Czech only, and only with work to do
    tables = (tables or glossary_tables(glossary)) if lang == "cs" and required else None
    shared = {"sentence": source, "borrowed": borrowed, "compounds": compounds,
              "documents": documents, "words": tables and tables.words, "longer": longer,
              "sources": [m.source for m in found],  # every term's words, enforced or not
              "added": tables and tables.added, "fields": tables and tables.fields,
              "nested": {c: nested_terms(t.source, c, glossary, lang) for t in required
                         if (c := t.concept) in longer} if lang == "cs" else None}
    out, fixes = fix_terms(target, required, lang, hidden, **shared)
    for fixed in {f.concept for f in fixes} if len(fixes) > 1 else ():
        # `straníků ve 12 základních organizacích`: once `členů strany` is in, the party is
        # said once, and the cells' term is accepted as it stands (`draft.accepted`)
        rest = [t for t in required if t.concept != fixed]
        other, other_fixes = fix_terms(target, rest, lang, hidden, **shared)
        if not any(t.concept == fixed for t in unaccepted(every, source, other, glossary, lang)):
            return other, other_fixes
    return out, fixes


def _left_in(term: RequiredTerm, target: str, glossary: Glossary) -> RequiredTerm:
    """The term as the translation left it in: the source's spelling, or another abbreviation
    the glossary lists for the source term (`GDP` for `tổng sản phẩm trong nước`)."""
    entry = glossary.get(term.concept)
    if entry is None or _word_at(term.source).search(target):
        return term
    left = next((v for v in entry.source_terms
                 if abbreviation(v) and v not in term.targets and _word_at(v).search(target)),
                None)
    return replace(term, source=left) if left else term


def _borrowed(term: RequiredTerm, glossary: Glossary) -> bool:
    """The source's abbreviation is not the initials of the Vietnamese term (`GDP`, not
    `LHQ` of `Liên hợp quốc`): one borrowed from another language."""
    entry = glossary.get(term.concept)
    if entry is None or not abbreviation(term.source):
        return False
    own = {strip_marks(initials(v), fold_d=False) for v in entry.source_terms
           if not abbreviation(v)}
    return strip_marks(term.source.upper(), fold_d=False) not in own


def _word_at(word: str) -> re.Pattern:
    return re.compile(rf"(?<!\w){re.escape(word)}(?!\w)")


def _fix_entry(entry: polib.POEntry, fixes: list[TermFix], text: str) -> None:
    entry.msgstr = text
    lines = comment_lines(entry) + [f.comment for f in fixes]
    entry.comment = "\n".join(lines)
    entry.fuzzy = True


def fix_files(paths: Iterable[str | Path], glossary: Glossary | None, *,
              include_approved: bool = False, dry_run: bool = False,
              lang: str | None = None) -> FixReport:
    """Fix the glossary terms of every PO file under `paths` (see module docstring)."""
    report = FixReport()
    if glossary is None or not len(glossary):
        return report
    matcher = TermMatcher(glossary)
    tables: GlossaryTables | None = None  # the Czech tables, read once for the whole run
    diffs = []
    for item in load_inputs(paths, lang):  # every file parsed before any is changed
        path = Path(item.path)
        with locked(path):
            changed = 0
            before = path.read_text(encoding="utf-8")
            catalog = load_catalog(path)
            context = news_context([e.msgid for e in catalog if not e.obsolete], glossary,
                                   matcher)
            for entry in catalog:
                if entry.obsolete or not entry.msgid or not entry.msgstr:
                    continue
                if tables is None and item.target_lang == "cs":
                    tables = glossary_tables(glossary)
                text, fixes = fix_text(entry.msgid, entry.msgstr, item.target_lang, glossary,
                                       matcher, context, tables)
                if not fixes:
                    continue
                if not entry.fuzzy and not include_approved:
                    report.approved_skipped += 1
                    continue
                _fix_entry(entry, fixes, text)
                report.fixes += len(fixes)
                changed += 1
            if not changed:
                continue
            report.entries += changed
            report.files.append(str(path))
            after = format_catalog(catalog)  # as save_catalog writes it: gettext's wrapping
            diffs.append("".join(difflib.unified_diff(
                before.splitlines(keepends=True), after.splitlines(keepends=True),
                fromfile=f"a/{path}", tofile=f"b/{path}")))
            if not dry_run:
                backup(path)
                save_catalog(catalog, path)
    report.diff = "".join(diffs)
    return report


def fix_summary(report: FixReport, dry_run: bool = False) -> str:
    """`fixed 3 glossary terms in 2 entries of 1 file (1 approved entry left alone: …)`."""
    verb = "would fix" if dry_run else "fixed"
    line = (f"{verb} {report.fixes} glossary terms in {report.entries} entries of "
            f"{len(report.files)} files")
    if report.approved_skipped:
        line += (f"; {report.approved_skipped} approved entries left alone "
                 "(--include-approved to fix them too)")
    return line
