"""Glossary terms in the translation, in any inflected form, and no forbidden rendering.

Every other checker matches target terms as exact strings; Czech has seven cases, so they
miss or falsely flag. Here `translate.terms.lemmas` decides whether a term is present.
"""

from __future__ import annotations

from translate.draft.enforce import present_terms
from translate.review.fixguard import found_outside_names
from translate.review.listed import judged_terms
from translate.review.qa.base import ERROR, WARNING, Issue, Pair
from translate.review.qa.protected import protected_spans
from translate.terms.lemmas import find_term
from translate.terms.matcher import TermMatcher
from translate.terms.newscontext import enforced_matches, news_context

__all__ = ["glossary_issues", "glossary_issues_of"]


def glossary_issues_of(
    source: str, target: str, target_lang: str, glossary, matcher=None, context=None
) -> list[Issue]:
    """Required renderings missing (any inflected form accepted, `translate.terms.lemmas`) and
    forbidden renderings used; which terms are required depends on what the article is about
    (`context`, the sentence's own when not given: `translate.terms.newscontext`)."""
    matcher = matcher or TermMatcher(glossary)
    context = context or news_context([source], glossary, matcher)
    skip = protected_spans(source, glossary)
    found, skip = found_outside_names(source, target, target_lang, matcher, skip)  # as the fix
    matches = enforced_matches(found, source, glossary, context, target_lang)
    issues = []
    # judged as `check --fix` judges them: the listed concepts by the core glossary (12cf)
    required = judged_terms(matches, source, target, glossary, matcher, context, target_lang,
                            skip)
    # as `check --fix` sees it: not only inside another term (each term's place found once)
    present = present_terms(target, required, target_lang)
    for term, ok in zip(required, present, strict=True):
        if not ok:
            issues.append(Issue("glossary", WARNING,
                                f"{term.source!r} should be rendered as {term.target!r}"))
        for bad in term.forbidden:
            if find_term(target, bad, target_lang):
                issues.append(Issue("glossary", ERROR, f"forbidden rendering {bad!r} used for "
                                                       f"{term.source!r} (use {term.target!r})"))
    return issues


def glossary_issues(pair: Pair) -> list[Issue]:
    if pair.settings.glossary is None:
        return []
    return glossary_issues_of(pair.source, pair.target, pair.target_lang,
                              pair.settings.glossary, pair.matcher, pair.context)
