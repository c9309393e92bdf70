"""What `check --fix` enforces under what the product loads (issue 12cb): the listed concepts.

The product loads the core glossary (`vi-cs.tsv`, `vi-en.tsv`) with the shipped auxiliary
files (`vi-cs.phrases.tsv`, `.gazetteer`, …) and the title grammar's composed titles. A longer
composed or auxiliary match must not make `check --fix` do worse than the core glossary alone:
the listed concepts inside it are what is enforced, read by the listed glossary (`core_matcher`,
`listed_within`, `unaccepted_listed`); a composed or auxiliary term alone is fixed only where
plainly wrong (`wrongly_there`). A composed title whose role no listed concept covers is written
whole where only its role is wrong (`composed_titles`, `role_wrong`, issue 12cd).
"""

from __future__ import annotations

import functools
import re
import weakref
from dataclasses import dataclass, field, replace
from pathlib import Path

from translate.draft.accepted import unaccepted
from translate.draft.enforce import RequiredTerm, present_terms, required_terms
from translate.terms.brackets import bracket_base
from translate.terms.files import SHIPPED_DIR, load_glossary
from translate.terms.inflect import term_forms
from translate.terms.lemmas import same_word
from translate.terms.matcher import TermMatch, TermMatcher
from translate.terms.model import Entry, Glossary
from translate.terms.newscontext import NewsContext, enforced_matches
from translate.text.normalize import word_at

__all__ = ["Narrowed", "auxiliary", "composed_titles", "core_matcher", "judged_terms",
           "listed_concept", "listed_within", "narrowed", "narrowed_terms", "rendered_whole",
           "role_wrong", "unaccepted_listed", "wrongly_there"]

# matcher -> lang -> its core matcher; weak, so a run's matcher takes its core with it
_CORE: weakref.WeakKeyDictionary[TermMatcher, dict[str, TermMatcher]] = \
    weakref.WeakKeyDictionary()


def auxiliary(entry: Entry | None) -> bool:
    """An entry of a shipped auxiliary file (`vi-cs.phrases.tsv`, `.gazetteer`, …), not of
    the core glossary (`vi-cs.tsv`) nor of the project's own files. A concept a core file
    lists with the same Vietnamese term is core whatever file the merged entry's path names
    (the merge keeps the first file's path: `vi-cs.phrases.tsv` sorts before `vi-cs.tsv`)."""
    if entry is None or not entry.path:
        return False
    path = Path(entry.path)
    return (path.parent == SHIPPED_DIR and path.name.count(".") > 1
            and (entry.concept, entry.source) not in _core_keys(path.parent))


@functools.cache
def _core_keys(folder: Path) -> frozenset[tuple[str, str]]:
    """(concept, Vietnamese term) of every core file (`vi-cs.tsv`, `vi-en.tsv`) in `folder`,
    read once: the shipped files do not change while the program runs."""
    return frozenset((e.concept, e.source) for p in sorted(folder.glob("*.tsv"))
                     if p.name.count(".") == 1 for e in load_glossary(p).entries)


def listed_concept(concept: str, glossary: Glossary) -> bool:
    """A concept of the core glossary or of the project's own (not composed by the title
    grammar, not from an auxiliary file); a bracketed variant counts as its base concept."""
    entry = glossary.get(concept) or glossary.get(bracket_base(concept))
    return entry is not None and not auxiliary(entry)


def wrongly_there(term: RequiredTerm, target: str) -> bool:
    """The translation plainly renders `term` wrongly: its Vietnamese left in, or one of its
    forbidden renderings in any ending (each word's stem, the last two letters free). A place's
    name kept in Vietnamese (`záliv Hạ Long`) is the place-name policy, not plainly wrong, and so
    is another name of two or more capitalised words (a square's, a newspaper's)."""
    capitalised = all(w[:1].isupper() for w in term.source.split())
    # `náměstí Đại Đoàn Kết`, `Báo Đà Nẵng`: only composed and auxiliary terms are judged here,
    # a listed one is always enforced
    named = capitalised and (term.kind in ("place", "geo") or len(term.source.split()) > 1)
    for left in () if named else word_at(term.source).finditer(target):
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


def _overlap(a: TermMatch, b: TermMatch) -> bool:
    return a.start < b.end and b.start < a.end


def listed_within(matches: list[TermMatch], listed: list[TermMatch],
                  glossary: Glossary) -> list[TermMatch]:
    """`matches` with each composed or auxiliary match that overlaps a listed concept's match
    (`listed`: the core matcher's) replaced by the listed matches it overlaps: a translation
    that renders the listed concepts acceptably (in any form) is left alone, a listed concept
    rendered wrongly is fixed where it stands even when a longer composed match covers it, and
    a composed rendering is never placed into the text. Other composed or auxiliary matches
    stay as they are."""
    out, others = [], []
    for m in matches:  # each match's concept read once: the listed ones are kept as they are
        (out if listed_concept(m.concept, glossary) else others).append(m)
    for m in others:
        inside = [c for c in listed if _overlap(c, m) and not any(_overlap(c, k) for k in out)]
        if inside:
            out.extend(inside)
        elif not any(_overlap(m, k) for k in out):
            out.append(m)
    # a listed concept the longer composed reading lost altogether (`tỉnh` before two names)
    out += [c for c in listed if not any(_overlap(c, k) for k in out)]
    return sorted(out, key=lambda m: m.start)


def unaccepted_listed(terms: list[RequiredTerm], source: str, text: str, glossary: Glossary,
                      listed: Glossary, lang: str) -> list[RequiredTerm]:
    """`unaccepted` with each term judged by its own file: a listed concept by the listed
    glossary alone (an auxiliary file's shorter wording, `FDI`, does not make its wrong
    rendering right), a composed or auxiliary term by the whole glossary. `listed` is
    `glossary` itself where nothing was narrowed: then every term by the whole glossary."""
    if listed is glossary:
        return unaccepted(terms, source, text, glossary, lang)
    mine = [t for t in terms if listed_concept(t.concept, glossary)]
    return unaccepted(mine, source, text, listed, lang) + [
        t for t in unaccepted([t for t in terms if t not in mine], source, text, glossary,
                              lang)]


def composed_titles(matches: list[TermMatch], listed: list[TermMatch],
                    glossary: Glossary) -> list[TermMatch]:
    """The composed titles among `matches` (`title:` ids of the grammar, no listed concept)
    that name a glossary body (`title:chief_representative+country.org.ilo(ILO)`) and whose
    role no listed concept covers (`listed`: the core matcher's; a listed `Giám đốc` is
    enforced by itself) and that name no place (its rendering, `Vietnamu`, is one of many):
    their role may be wrong where the body is right (`role_wrong`)."""
    return [m for m in matches
            if m.concept.startswith("title:") and not listed_concept(m.concept, glossary)
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


@dataclass
class Narrowed:
    """The source's matches as `check --fix` enforces them (`narrowed`)."""

    matches: list[TermMatch]  # the enforced matches, listed concepts inside composed ones
    matcher: TermMatcher  # the core matcher, or the one given where nothing was narrowed
    found: list[TermMatch]  # what `matcher` found in the source
    titled: list[TermMatch]  # composed titles whose role no listed concept covers
    narrowed: bool  # whether the core matcher is another than the one given
    # auxiliary matches replaced by the listed ones inside them, with those (`rendered_whole`)
    covering: list[tuple[TermMatch, list[TermMatch]]] = field(default_factory=list)


def narrowed(matches: list[TermMatch], found: list[TermMatch], source: str, glossary: Glossary,
             matcher: TermMatcher, context: NewsContext, lang: str,
             skip: list[tuple[int, int]]) -> Narrowed:
    """The listed concepts inside a composed or auxiliary match enforced (module docstring);
    `matches` and `found` as they stand where the language has no core matcher."""
    core = core_matcher(matcher, lang) if lang in ("cs", "en") else matcher
    if core is matcher:
        return Narrowed(matches, matcher, found, [], False)
    found = core.find(source, skip=skip)  # the listed concepts' words
    listed_found = enforced_matches(found, source, glossary, context, lang)
    covering = [(m, inside) for m in matches if auxiliary(glossary.get(m.concept))
                and (inside := [c for c in listed_found if _overlap(c, m)])]
    return Narrowed(listed_within(matches, listed_found, glossary), core, found,
                    composed_titles(matches, listed_found, glossary), True, covering)


def judged_terms(matches: list[TermMatch], source: str, target: str, glossary: Glossary,
                 matcher: TermMatcher, context: NewsContext, lang: str,
                 skip: list[tuple[int, int]]) -> list[RequiredTerm]:
    """The required terms the translation does not yet accept, judged as `check --fix` judges
    them (issue 12cf: the QA terms check agrees with the fix): the listed concepts by the listed
    glossary, a composed or auxiliary term alone only where plainly wrong. A title in the
    grammar's own order (`předseda lidového výboru okresu`) is then no rendering of the listed
    `předseda okresního lidového výboru`: the core glossary's rendering is the standard.
    Czech only: English keeps the whole glossary's judgement (its fix accepts more around a
    listed concept, `the U.N. Security Council`, than the listed glossary alone would)."""
    if lang != "cs":
        return unaccepted(required_terms(matches, glossary, lang, source), source, target,
                          glossary, lang)
    n = narrowed(matches, [], source, glossary, matcher, context, lang, skip)
    every = narrowed_terms(n, source, target, glossary, lang)
    if not n.narrowed:
        return unaccepted(every, source, target, glossary, lang)
    return unaccepted_listed(every, source, target, glossary, n.matcher.glossary, lang)


def narrowed_terms(n: Narrowed, source: str, target: str, glossary: Glossary,
                   lang: str) -> list[RequiredTerm]:
    """The terms of the narrowed matches `check --fix` and the QA terms check both judge: where
    the matches were narrowed, a composed or auxiliary term alone only where it is plainly wrong
    (`wrongly_there`). A new list: the caller may add to it."""
    every = required_terms(n.matches, glossary, lang, source)
    if n.narrowed:
        every = [t for t in every
                 if listed_concept(t.concept, glossary) or wrongly_there(t, target)]
        whole = rendered_whole(n, source, target, glossary, lang)
        every = [t for t in every if t.concept not in whole]
    return every


def rendered_whole(n: Narrowed, source: str, target: str, glossary: Glossary,
                   lang: str) -> set[str]:
    """The listed concepts read only inside auxiliary matches whose preferred rendering the
    translation has word for word, in any case (issue 12cm: `chính quyền số` said `digitální
    veřejná správa`; the listed `chính quyền` inside it must not become `digitální státní
    správa`): the longer term says them. Not a concept the source also names outside such a
    match, nor one inside an auxiliary term said another way (an alternative that keeps an
    abbreviation the listed glossary does not accept, `růst GRDP`; a word left out, `Rada soudců
    Nejvyššího soudu`), nor one whose own words the longer rendering does not share (`Ủy ban Kinh
    tế của Quốc hội` said `Hospodářský výbor` says nothing of `Národní shromáždění`). Czech
    only."""
    if lang != "cs":
        return set()
    inside, outside = set(), set()
    folded = target.lower()
    for m, listed in n.covering:
        terms = required_terms([m], glossary, lang, source)
        said = len(terms) == 1 and any(
            word_at(form.lower()).search(folded)
            for form in term_forms(terms[0].targets[0], lang).values())
        for c in listed:  # the longer rendering says the listed concept's own noun
            own = (c.targets.get(lang) or ("",))[0]
            says = said and any(same_word(a.lower(), b.lower(), lang) for a in own.split()
                                for b in terms[0].targets[0].split() if len(a) > 2)
            (inside if says else outside).add(c.concept)
    outside |= {c.concept for c in n.matches
                if not any(_overlap(c, m) for m, _ in n.covering)}
    return inside - outside
