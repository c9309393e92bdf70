"""Document types inside document references, for `check --fix`: the code is the anchor.

`translate.draft.protect` renders a document reference of our own drafts whole (`Chỉ thị số
45-CT/TW` → `směrnice č. 45-CT/TW`), so the glossary check skips the document type inside one.
A translation from elsewhere renders it its own way (`direktivu č. 45-CT/TW`, `výnosem č.
1250/QĐ-UBND`, `dekretem č. 168/2024/NĐ-CP`, the Vietnamese left in): words no list pairs with
the term, but the code is copied letter for letter (the protected-token check requires it), and
in Czech the document's noun stands right before it, after the number sign if there is one.
So the noun before the code (with the adjectives before it) is where the concept is rendered,
whatever word the translator chose; anything else there (a name, a number, a verb, a body's
genitive between noun and code) leaves the reference alone.
"""

from __future__ import annotations

import re

from translate.draft.align import verb_form
from translate.draft.enforce import RequiredTerm, required_terms
from translate.draft.protect import find_tokens
from translate.draft.slot import CS_FUNCTION
from translate.terms.czech import is_adjective
from translate.terms.matcher import TermMatcher
from translate.terms.model import Glossary

__all__ = ["docref_terms", "numbered", "code_slot", "head_noun"]

_WORD = re.compile(r"\w+")
_SIGN = re.compile(r"(?:\b(?:č|čís|číslo)\.?|\bno\.)\s*$", re.IGNORECASE)
# a document type numbered by a plain number in the source (`Kế hoạch số 88`, `Kết luận số 127`)
_NUMBER_AFTER = re.compile(r"\s+số\s+(\d+)(?![\w/\-]|[.,]\d)")
# English (issue 12aa): a bare number right after the type names the document too (`Nghị
# định 168` → `Decree 168`), and the English copies it bare after its own capitalised noun
_BARE_AFTER = re.compile(r"\s+(\d+)(?![\w/\-%]|[.,]\d)")


def docref_terms(source: str, glossary: Glossary, matcher: TermMatcher,
                 lang: str) -> list[tuple[RequiredTerm, str]]:
    """The document type of each reference of `source` as a required term, with its code."""
    found = []
    for token in find_tokens(source, glossary, lang="vi", numbers=False):
        if token.kind != "docref" or not token.concept:
            continue
        piece = source[token.start:token.end]
        matches = [m for m in matcher.find(piece) if m.concept == token.concept]
        if not matches:
            continue
        match = matches[0]
        match.start, match.end = match.start + token.start, match.end + token.start
        terms = required_terms([match], glossary, lang, source)
        if terms and all(t.concept != terms[0].concept for t, _ in found):
            found.append((terms[0], token.value))
    return found


def numbered(source: str, term: RequiredTerm, lang: str = "cs") -> str | None:
    """The plain number of the one document of this type the source numbers (`Kế hoạch số
    88` → `88`): like a code, the translation copies it after its own noun (`harmonogramu č.
    88`); None when the term is not a document type or is not numbered so, or is said twice.
    English also takes the number written bare after the type (`Nghị định 168`)."""
    if not term.concept.startswith("doc.") or source.count(term.source) != 1:
        return None
    at = source.index(term.source) + len(term.source)
    found = _NUMBER_AFTER.match(source, at) or (lang == "en" and _BARE_AFTER.match(source, at))
    return found.group(1) if found else None


def code_slot(text: str, code: str, lang: str = "cs") -> tuple[int, int] | None:
    """The noun phrase right before the one place `text` has `code` (after `č.`), or None.
    A plain number (`numbered`) counts only after the number sign: bare, it may count
    anything. English (issue 12x) writes the code without its `Đ` (`NĐ-CP` → `ND-CP`) and
    the document's noun with a capital (`{Decree} No. 57-NQ/TW`)."""
    if lang == "en" and code not in text:
        code = code.replace("Đ", "D").replace("đ", "d")
    places = [m.start() for m in re.finditer(rf"(?<![\w/.,]){re.escape(code)}(?![\w/\-])",
                                             text)] if code.isdigit() else \
        [text.index(code)] if code and text.count(code) == 1 else []
    if len(places) != 1:
        return None
    at = places[0]
    before = text[:at].rstrip()
    sign = _SIGN.search(before)
    if sign:
        before = before[:sign.start()].rstrip()
    elif code.isdigit() and (lang != "en" or not _bare_name(before)):
        return None
    words = list(_WORD.finditer(before))
    if not words or words[-1].end() != len(before):
        return None  # punctuation between the noun and the code
    head = words[-1]
    word = head.group()
    if not head_noun(word) or (word[:1].isupper() and before[:head.start()].strip()
                               and lang != "en"):
        return None
    start = head.start()
    for w in reversed(words[:-1]):
        between = before[w.end():start]
        if between.strip() or not is_adjective(w.group()) or not w.group().isalpha():
            break
        start = w.start()
    return start, head.end()


def _bare_name(before: str) -> bool:
    """English names a document by its capitalised noun and a bare number (`Ordinance 168`):
    the word right before the number is capitalised (a name, not an acronym or a count)."""
    words = list(_WORD.finditer(before))
    return bool(words) and words[-1].end() == len(before) and words[-1].group()[:1].isupper() \
        and words[-1].group().isalpha() and not words[-1].group().isupper()


def head_noun(word: str) -> bool:
    """A word that may head the noun phrase before an anchor (a code here, a place's name in
    `translate.review.unitslot`): letters only, no function word, verb or adjective."""
    return word.isalpha() and word.lower() not in CS_FUNCTION and not verb_form(word) \
        and not is_adjective(word)
