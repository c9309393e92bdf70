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
diff and writes nothing. Under what the product loads (auxiliary files and the title grammar
beside the core glossary) the listed concepts are what is enforced (`translate.review.listed`).
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

import polib

from translate.draft.align import abbreviation
from translate.draft.enforce import RequiredTerm, required_terms
from translate.lock import locked
from translate.po.catalog import load_catalog, save_catalog
from translate.po.merge import backup
from translate.po.provenance import comment_lines
from translate.po.wrap import format_catalog
from translate.review.added import AddedWords, added_words
from translate.review.deptfield import department_fields
from translate.review.docref import docref_terms, numbered
from translate.review.fixguard import compound, found_outside_names, person
from translate.review.fixterms import TermFix, fix_terms
from translate.review.keep import nested_terms, world_issued
from translate.review.listed import (
    core_matcher,
    narrowed,
    narrowed_terms,
    role_wrong,
    unaccepted_listed,
)
from translate.review.qa.protected import protected_spans
from translate.review.qa.runner import load_inputs
from translate.terms.foreign import initials
from translate.terms.matcher import TermMatch, TermMatcher
from translate.terms.model import Glossary
from translate.terms.newscontext import NewsContext, enforced_matches, news_context
from translate.text.normalize import strip_marks, word_at

__all__ = ["TermFix", "FixReport", "GlossaryTables", "glossary_tables", "fix_text", "fix_terms",
           "fix_files", "fix_summary"]


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
    # a person's name the translation keeps as written (`Trần Quốc Hội`) is no term: skipped
    found, skip = found_outside_names(source, target, lang, matcher, skip)
    matches = enforced_matches(found, source, glossary, context, lang)
    # the listed concepts inside a composed or auxiliary match: enforced (`listed.narrowed`)
    n = narrowed(matches, found, source, glossary, matcher, context, lang, skip)
    matches, matcher, found, titled = n.matches, n.matcher, n.found, n.titled
    hidden = required_terms(_hidden(source, matches, matcher, skip), glossary, lang, source)
    every = narrowed_terms(n, source, target, glossary, lang)
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
    # what reads a listed concept (`unaccepted_listed`), and whose forms and tables are placed
    listed = matcher.glossary if n.narrowed else glossary
    required = [t for t in unaccepted_listed(every, source, target, glossary, listed, lang)
                if t.concept not in world]
    if titled:  # a composed title whose role no listed concept covers, rendered wrongly
        required = role_wrong(required, titled, target, glossary, lang, source)
    required = [_left_in(t, target, listed) for t in required]
    borrowed = [t.concept for t in required if _borrowed(t, listed)]
    compounds = [t.concept for t in required if compound(source, t, listed)]
    longer = [t.concept for t in required if (e := listed.get(t.concept)) is not None
              and len(t.source.split()) > len(e.source_terms[0].split())]
    # the listed glossary's tables: Czech only, and only with work to do
    tables = (tables or glossary_tables(listed)) if lang == "cs" and required else None
    shared = {"sentence": source, "borrowed": borrowed, "compounds": compounds,
              "documents": documents, "words": tables and tables.words, "longer": longer,
              "sources": [m.source for m in found],  # every term's words, enforced or not
              "added": tables and tables.added, "fields": tables and tables.fields,
              "nested": {c: nested_terms(t.source, c, listed, lang) for t in required
                         if (c := t.concept) in longer} if lang == "cs" else None}
    out, fixes = fix_terms(target, required, lang, hidden, **shared)
    for fixed in {f.concept for f in fixes} if len(fixes) > 1 else ():
        # `straníků ve 12 základních organizacích`: once `členů strany` is in, the party is
        # said once, and the cells' term is accepted as it stands (`draft.accepted`)
        rest = [t for t in required if t.concept != fixed]
        other, other_fixes = fix_terms(target, rest, lang, hidden, **shared)
        if not any(t.concept == fixed
                   for t in unaccepted_listed(every, source, other, glossary, listed, lang)):
            return other, other_fixes
    return out, fixes


def _left_in(term: RequiredTerm, target: str, glossary: Glossary) -> RequiredTerm:
    """The term as the translation left it in: the source's spelling, or another abbreviation
    the glossary lists for the source term (`GDP` for `tổng sản phẩm trong nước`)."""
    entry = glossary.get(term.concept)
    if entry is None or word_at(term.source).search(target):
        return term
    left = next((v for v in entry.source_terms
                 if abbreviation(v) and v not in term.targets and word_at(v).search(target)),
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
                if tables is None and item.target_lang == "cs":  # the listed glossary's
                    tables = glossary_tables(core_matcher(matcher, "cs").glossary)
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
