"""Running the checks: one pair, one catalog, many files; and `qa:` lines on fresh drafts.

`CHECK_FAMILIES` is the registry: each family names the checks it reports and the function
that checks one translated sentence. Add a family here (and its names to `base.CHECKS`).
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from pathlib import Path

import polib

from translate.errors import InputError
from translate.po.catalog import catalog_language, entry_line, load_catalog
from translate.po.files import po_files
from translate.po.provenance import QA, EntryDraft
from translate.review.qa.base import (
    CHECKS,
    ERROR,
    WARNING,
    CheckSettings,
    Finding,
    Issue,
    Pair,
)
from translate.review.qa.consistency import CatalogInput, consistency_findings
from translate.review.qa.glossary import glossary_issues
from translate.review.qa.numbers import numbers_issues
from translate.review.qa.protected import markup_issues, protected_issues
from translate.review.qa.surface import surface_issues, unchanged_issues
from translate.review.qa.vietnamese import vietnamese_issues
from translate.terms.matcher import TermMatcher
from translate.terms.newscontext import NewsContext, news_context

__all__ = ["CHECK_FAMILIES", "check_pair", "check_entries", "load_inputs", "check_files",
           "has_errors", "format_findings", "qa_line", "annotate_drafts", "DRAFT_CHECKS"]

PairCheck = Callable[[Pair], list[Issue]]
# Source and translation together; some checks compare every number with every other, so a
# 2 MB "sentence" (a pasted table) would take minutes. A real sentence is far shorter.
MAX_CHECKED_CHARS = 20_000

# (checks the family reports, the function), in the order a pair is checked
CHECK_FAMILIES: tuple[tuple[tuple[str, ...], PairCheck], ...] = (
    (("unchanged",), unchanged_issues),
    (("numbers",), numbers_issues),
    (("protected",), protected_issues),
    (("markup",), markup_issues),
    (("vietnamese",), vietnamese_issues),
    (("glossary",), glossary_issues),
    (("endpunc", "doublewords", "doublespaces", "length"), surface_issues),
)


def check_pair(
    source: str, target: str, target_lang: str, settings: CheckSettings | None = None,
    matcher: TermMatcher | None = None, context: NewsContext | None = None,
) -> list[Issue]:
    """Content checks of one translated sentence (no PO states, no cross-file consistency);
    `context`: what its article is about (`translate.terms.newscontext`)."""
    settings = settings or CheckSettings()
    if not target:
        return []
    if len(source) + len(target) > MAX_CHECKED_CHARS:  # a table or a dump, not a sentence
        if not settings.wants("long"):
            return []
        return [Issue("long", WARNING, f"{len(source) + len(target)} characters, too long to "
                      f"check as one sentence (limit {MAX_CHECKED_CHARS}): split it in the "
                      "source")]
    pair = Pair(source, target, target_lang, settings, matcher, context)
    issues: list[Issue] = []
    for names, family in CHECK_FAMILIES:
        if any(settings.wants(name) for name in names):
            issues += family(pair)
    return issues


def check_entries(
    entries: Iterable[polib.POEntry],
    file: str,
    target_lang: str,
    settings: CheckSettings | None = None,
    matcher: TermMatcher | None = None,
) -> list[Finding]:
    """Findings for the live entries of one catalog, consistency excluded; `matcher`, the
    glossary's, when the caller checks several catalogs (it is built once for all)."""
    settings = settings or CheckSettings()
    context = None
    entries = list(entries)
    if settings.glossary is not None and settings.wants("glossary"):
        matcher = matcher or TermMatcher(settings.glossary)
        context = news_context([e.msgid for e in entries if not e.obsolete and e.msgid],
                               settings.glossary, matcher)
    findings = []
    for entry in entries:
        if entry.obsolete or not entry.msgid:
            continue
        line = entry_line(entry)

        def add(issue: Issue, entry=entry, line=line) -> None:
            findings.append(
                Finding(file, line, entry.msgid, issue.check, issue.severity, issue.message)
            )

        if not entry.msgstr:
            if settings.wants("untranslated"):
                add(Issue("untranslated", ERROR, "not translated"))
            continue
        if entry.fuzzy and settings.wants("fuzzy"):
            add(Issue("fuzzy", ERROR, "still marked fuzzy (needs review)"))
        seen: set[tuple[str, str]] = set()
        for issue in check_pair(entry.msgid, entry.msgstr, target_lang, settings, matcher,
                                context):
            if (issue.check, issue.message) not in seen:
                seen.add((issue.check, issue.message))
                add(issue)
    return findings


def load_inputs(paths: Iterable[str | Path], lang: str | None = None) -> list[CatalogInput]:
    """Parse every PO file first, so one corrupt file (or one whose language is unknown)
    stops the check before any output. `lang` overrides the files' own language."""
    inputs = []
    for path in po_files(paths):
        catalog = load_catalog(path)
        inputs.append(CatalogInput(str(path), catalog, catalog_language(catalog, path, lang)))
    return inputs


def check_files(
    paths: Iterable[str | Path],
    glossary=None,
    source_lang: str = "vi",
    checks: Iterable[str] | None = None,
    lang: str | None = None,
) -> list[Finding]:
    """Check PO files (or folders of them): per-entry findings plus cross-file consistency.
    `lang` is the target language of files that do not say theirs."""
    wanted = frozenset(checks) if checks is not None else None
    if wanted is not None and wanted - set(CHECKS):
        unknown = ", ".join(sorted(wanted - set(CHECKS)))
        raise InputError(f"unknown check {unknown}", hint=f"choose from {', '.join(CHECKS)}")
    settings = CheckSettings(source_lang=source_lang, glossary=glossary, checks=wanted)
    inputs = load_inputs(paths, lang)
    matcher = TermMatcher(glossary) if glossary is not None and settings.wants("glossary") \
        else None
    findings: list[Finding] = []
    for item in inputs:
        dated = replace(settings, reference_date=article_date(item.catalog))
        findings += check_entries(item.catalog, item.path, item.target_lang, dated, matcher)
    if settings.wants("consistency"):
        findings += consistency_findings(inputs)
    return sorted(findings, key=lambda f: (f.file, f.line, CHECKS.index(f.check)))


def article_date(catalog: polib.POFile) -> datetime.date | None:
    """The article's date, for dates the translation gives as weekdays: the header's
    `POT-Creation-Date` (when it was drafted), else `PO-Revision-Date`; a header date that
    does not read (`YEAR-MO-DA`, gettext's template) is passed over, the check only loses it."""
    for key in ("POT-Creation-Date", "PO-Revision-Date"):
        try:
            return datetime.date.fromisoformat((catalog.metadata.get(key) or "").strip()[:10])
        except ValueError:
            continue
    return None


def has_errors(findings: Iterable[Finding]) -> bool:
    return any(f.severity == ERROR for f in findings)


def format_findings(findings: Sequence[Finding], fmt: str = "text") -> str:
    """`text`: one `file:line: severity: check: message` per finding plus a summary; `json`."""
    if fmt == "json":
        return "\n".join(f.to_json() for f in findings)
    lines = [f.render() for f in findings]
    errors = sum(f.severity == ERROR for f in findings)
    lines.append(f"{errors} errors, {len(findings) - errors} warnings")
    return "\n".join(lines)


# -- QA on fresh drafts, for the reviewer ---------------------------------------------------------

DRAFT_CHECKS = frozenset(
    {"numbers", "protected", "markup", "vietnamese", "unchanged", "doublewords", "length"}
)


def qa_line(source: str, target: str, target_lang: str, source_lang: str = "vi",
            reference_date: datetime.date | None = None) -> str | None:
    """`qa: numbers: '19.340' is missing from the translation; vietnamese: ...` for a draft,
    or None when it passes. Glossary terms are reported by the drafting stage (`terms:`)."""
    settings = CheckSettings(source_lang=source_lang, checks=DRAFT_CHECKS,
                             reference_date=reference_date)
    issues = check_pair(source, target, target_lang, settings)
    if not issues:
        return None
    items = dict.fromkeys(f"{i.check}: {i.message.replace(';', ',')}" for i in issues)
    return f"{QA} " + "; ".join(items)


def annotate_drafts(drafts: dict[str, EntryDraft], target_lang: str,
                    source_lang: str = "vi", today: datetime.date | None = None) -> None:
    """Add a `qa:` comment line to every draft that fails a check, so reviewers see what to
    look at and `translate report` can count it."""
    for draft in drafts.values():
        line = qa_line(draft.msgid, draft.msgstr, target_lang, source_lang,
                       today or datetime.date.today())  # a draft's article is today's
        if line and line not in draft.comments:
            draft.comments.append(line)
