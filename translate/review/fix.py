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
import weakref
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

import polib

from translate.draft.accepted import unaccepted
from translate.draft.align import abbreviation
from translate.draft.enforce import RequiredTerm, present_terms, required_terms
from translate.lock import locked
from translate.po.catalog import load_catalog, save_catalog
from translate.po.merge import backup
from translate.po.provenance import comment_lines
from translate.po.wrap import format_catalog
from translate.review.added import AddedWords, added_words
from translate.review.deptfield import department_fields
from translate.review.docref import docref_terms, numbered
from translate.review.fixguard import compound, person
from translate.review.fixterms import TermFix, fix_terms
from translate.review.keep import nested_terms, world_issued
from translate.review.qa.protected import protected_spans
from translate.review.qa.runner import load_inputs
from translate.terms.brackets import bracket_base
from translate.terms.files import SHIPPED_DIR
from translate.terms.foreign import initials
from translate.terms.matcher import TermMatch, TermMatcher
from translate.terms.model import Glossary
from translate.terms.newscontext import NewsContext, enforced_matches, news_context
from translate.text.normalize import strip_marks

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
    found = matcher.find(source, skip=skip)
    matches = enforced_matches(found, source, glossary, context, lang)
    narrowed, core, titled = False, matcher, []
    if lang in ("cs", "en"):  # the listed concepts inside a composed or auxiliary match: enforced
        core = core_matcher(matcher, lang)
        if narrowed := core is not matcher:
            found = core.find(source, skip=skip)  # the listed concepts' words
            listed_found = enforced_matches(found, source, glossary, context, lang)
            titled = composed_titles(matches, listed_found, glossary)
            matches = listed_within(matches, listed_found, glossary)
            matcher = core
    hidden = required_terms(_hidden(source, matches, matcher, skip), glossary, lang, source)
    every = required_terms(matches, glossary, lang, source)
    if narrowed:  # a composed or auxiliary term alone: only where it is plainly wrong
        every = [t for t in every
                 if _listed_concept(t.concept, glossary) or wrongly_there(t, target)]
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
    # a listed concept is read by the listed glossary alone (an auxiliary file's shorter
    # wording, `FDI`, does not make its wrong rendering right); a composed or auxiliary term
    # by the whole glossary
    listed = core.glossary if narrowed else glossary

    def unready(terms: list[RequiredTerm], text: str) -> list[RequiredTerm]:
        if not narrowed:
            return unaccepted(terms, source, text, glossary, lang)
        mine = [t for t in terms if _listed_concept(t.concept, glossary)]
        return unaccepted(mine, source, text, listed, lang) + [
            t for t in unaccepted([t for t in terms if t not in mine], source, text, glossary,
                                  lang)]

    required = [t for t in unready(every, target) if t.concept not in world]
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
        if not any(t.concept == fixed for t in unready(every, other)):
            return other, other_fixes
    return out, fixes


_CORE: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()  # matcher -> lang -> core


def auxiliary(entry) -> bool:
    """An entry of a shipped auxiliary file (`vi-cs.phrases.tsv`, `.gazetteer`, …), not of
    the core glossary (`vi-cs.tsv`) nor of the project's own files."""
    if entry is None or not entry.path:
        return False
    path = Path(entry.path)
    return path.parent == SHIPPED_DIR and path.name.count(".") > 1


def _listed(m: TermMatch, glossary: Glossary) -> bool:
    """A match of a concept of the core glossary or of the project's own (not composed by the
    title grammar, not from an auxiliary file)."""
    return _listed_concept(m.concept, glossary)


def _listed_concept(concept: str, glossary: Glossary) -> bool:
    entry = glossary.get(concept) or glossary.get(bracket_base(concept))
    return entry is not None and not auxiliary(entry)


def wrongly_there(term: RequiredTerm, target: str) -> bool:
    """The translation plainly renders `term` wrongly: its Vietnamese left in, or one of its
    forbidden renderings in any ending (each word's stem, the last two letters free). A place's
    name kept in Vietnamese (`záliv Hạ Long`) is the place-name policy, not plainly wrong."""
    named = term.kind in ("place", "geo") and all(w[:1].isupper() for w in term.source.split())
    for left in () if named else _word_at(term.source).finditer(target):
        before, after = target[:left.start()].split()[-1:], target[left.end():].split()[:1]
        if not (before and after and before[0][:1].isupper() and after[0][:1].isupper()):
            return True  # not a word inside a person's name (`Trần Thị Mỹ Linh`)
    folded = target.lower()
    for bad in term.forbidden:
        stems = [re.escape(w[:max(3, len(w) - 2)]) + r"\w*" for w in bad.lower().split()]
        if stems and re.search(r"(?<!\w)" + r"\s+".join(stems), folded):
            return True
    return False


def core_matcher(matcher: TermMatcher, lang: str = "cs") -> TermMatcher:
    """A matcher over `matcher`'s glossary without the title grammar and the auxiliary files
    (`matcher` itself when it has neither), built once per matcher and language. Its entries
    keep the `lang` renderings only: a listed concept is judged as its own file alone judges
    it (another language's file merged in, `foreign direct investment`, does not make the
    source's `FDI` left in an accepted English abbreviation)."""
    cores = _CORE.setdefault(matcher, {})
    if lang not in cores:
        glossary = matcher.glossary
        core = [e for e in glossary.entries if not auxiliary(e)]
        cores[lang] = matcher if glossary.grammar is None and len(core) == len(
            glossary.entries) else TermMatcher(Glossary(
                entries=[replace(e, targets={k: v for k, v in e.targets.items() if k == lang})
                         for e in core], path=glossary.path))
    return cores[lang]


def listed_within(matches: list[TermMatch], listed: list[TermMatch],
                  glossary: Glossary) -> list[TermMatch]:
    """`matches` with each composed or auxiliary match that overlaps a listed concept's match
    (`listed`: the core matcher's) replaced by the listed matches it overlaps: a translation
    that renders the listed concepts acceptably (in any form) is left alone, a listed concept
    rendered wrongly is fixed where it stands even when a longer composed match covers it, and
    a composed rendering is never placed into the text. Other composed or auxiliary matches
    stay as they are."""
    kept = [m for m in matches if _listed(m, glossary)]
    out = list(kept)
    for m in matches:
        if m in kept:
            continue
        inside = [c for c in listed if c.start < m.end and m.start < c.end
                  and not any(c.start < k.end and k.start < c.end for k in out)]
        if inside:
            out.extend(inside)
        elif not any(m.start < k.end and k.start < m.end for k in out):
            out.append(m)
    # a listed concept the longer composed reading lost altogether (`tỉnh` before two names)
    out += [c for c in listed if not any(c.start < k.end and k.start < c.end for k in out)]
    return sorted(out, key=lambda m: m.start)


def composed_titles(matches: list[TermMatch], listed: list[TermMatch],
                    glossary: Glossary) -> list[TermMatch]:
    """The composed titles among `matches` (`title:` ids of the grammar, no listed concept)
    that name a glossary body (`title:chief_representative+country.org.ilo(ILO)`) and whose
    role no listed concept covers (`listed`: the core matcher's; a listed `Giám đốc` is
    enforced by itself) and that name no place (its rendering, `Vietnamu`, is one of many):
    their role may be wrong where the body is right (`role_wrong`)."""
    return [m for m in matches if m.concept.startswith("title:") and not _listed(m, glossary)
            and "@" not in m.concept  # a place the text may say its own way (`vietnamského`)
            and not any(c.start <= m.start < c.end for c in listed)
            and _body_of(m, glossary) is not None]


def _body_of(m: TermMatch, glossary: Glossary) -> TermMatch | None:
    """The glossary body a composed title names, as a match over the title's words."""
    for part in m.concept.removeprefix("title:").split("+"):
        part = part.split("@")[0].split(">")[0]  # not where it serves (`>state.vietnam`)
        entry = glossary.get(part) or glossary.get(bracket_base(part))
        if entry is not None and entry.pos == "body":
            return replace(m, concept=entry.concept, targets=dict(entry.targets), parts=())
    return None


def role_wrong(required: list[RequiredTerm], titled: list[TermMatch], target: str,
               glossary: Glossary, lang: str, source: str) -> list[RequiredTerm]:
    """`required` with each composed title of `titled` whose body's name the translation has
    (in any form; an acronym alone does not say the name is right) but whose whole it does not
    render (by the whole glossary): the role is the only wrong part, so the composed rendering
    is written in place of the terms inside it."""
    def wrong(terms: list[RequiredTerm]) -> list[RequiredTerm]:
        return [t for t in unaccepted(terms, source, target, glossary, lang)
                if not present_terms(target, [t], lang)[0]]

    for m in titled:
        body = [replace(t, forms=()) for t in  # its name, not its acronym (a form)
                required_terms([_body_of(m, glossary)], glossary, lang, source)]
        if not body or not present_terms(target, body, lang)[0]:
            continue  # the body's name is not there as it stands: the listed steps' work
        if whole := wrong(required_terms([m], glossary, lang, source)):
            required = [t for t in required if t.source not in m.source] + whole
    return required


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
