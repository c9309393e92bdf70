"""What a translation may write instead of a glossary term, and still be right.

A country rendered by its derived words (`americký`, `USA`, `Číňané`); a term rendered by its
abbreviation (the Czech initials `MSD`, or one the source gives in brackets, `(AI)`; English
initials only where the source abbreviates too: `EU` is no rendering of `Liên minh châu Âu`); a term
whose complement naming a country or an international body the translator left implicit
(`prezident` for `prezident Spojených států`, `Rada bezpečnosti` for `Rada bezpečnosti
OSN`); a foreign name the translator kept as the source writes it (`Rapid Vienna`); a term
less its last genitive word where another term of the sentence ends with that word and is
there (`Základní organizace přijala pět nových členů strany`: the party is said once); a
woman's English title (`Chairwoman` for the glossary's `Chairman`); a
phrase concept rendered by words derived from the term's (`důkladně si osvojit` for
`důkladné osvojení`: the verb for its verbal noun, the adverb for its adjective); a place
noun qualifying a named body said by its adjective (`provinční nemocnice` for `Bệnh viện
tỉnh X`). A
forbidden rendering is never accepted. `run` chooses among candidates with it, `check` and
`check --fix` require only what it does not accept; which terms are required at all is
`translate.terms.newscontext`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from translate.draft.align import abbreviation, genitive
from translate.draft.enforce import RequiredTerm, present_terms, term_span
from translate.terms.czech import is_adjective
from translate.terms.czech_paradigms import CASES
from translate.terms.english import female_title
from translate.terms.equivalents import match_level
from translate.terms.foreign import derived_from, initials, is_foreign_name, place_words
from translate.terms.inflect import inflect, parse_phrase
from translate.terms.lemmas import find_all, find_term, same_word, shared_stem
from translate.terms.model import Glossary
from translate.terms.newscontext import VIETNAM, name_slug, vietnam_domain

__all__ = ["accepted", "unaccepted"]

_WORD = re.compile(r"\w+")
_ABBREVIATION = re.compile(r"\b[A-ZĐ][A-ZĐ0-9&]+\b")
_GIVEN = re.compile(r"\s*\(([^()]{2,12})\)")  # `… (AI)`: the abbreviation the source gives
_GIVEN_IN = re.compile(r"\s*\(([^()]{2,12})\)$")
_OF_END = re.compile(r"\s+of(?:\s+the)?$")  # English: `Foreign Minister of the` + a country
_UN = "intl.un"


def _abbreviated(text: str, term: RequiredTerm, source: str, lang: str) -> bool:
    """The translation has the term's abbreviation: its Czech initials, or the one the
    source gives in brackets after the term. English initials only where the source writes
    an abbreviation too: where it spells the name out (`Liên minh châu Âu`), English news
    writes it out (`European Union`, not `EU`; issue 12bf: four bench authors); an English
    abbreviation a body is known by is listed in the glossary's forms instead."""
    tokens = set(_ABBREVIATION.findall(text))
    spelled_out = lang == "en" and not _ABBREVIATION.fullmatch(term.source)
    if not spelled_out and any(len(t.split()) > 1 and initials(t) in tokens
                               for t in term.targets):
        return True
    at = source.find(term.source)
    if at < 0:
        return False
    # after the term, or inside it (`Quỹ Tiền tệ Quốc tế (IMF)`: `translate.terms.brackets`)
    given = _GIVEN.match(source, at + len(term.source)) or _GIVEN_IN.search(term.source)
    return given is not None and given.group(1).strip() in tokens


def _international(term: RequiredTerm, text: str, glossary: Glossary) -> bool:
    """The source writes the term as an abbreviation that is the English one (`AI`, not
    `UBND`), and the translation keeps it; not where the target language has an abbreviation
    of its own (`HDP` for `GDP`)."""
    entry = glossary.get(term.concept)
    if entry is None or not _ABBREVIATION.fullmatch(term.source) \
            or any(_ABBREVIATION.fullmatch(t) for t in term.targets) \
            or term.source not in _ABBREVIATION.findall(text):
        return False
    return any(t == term.source or initials(t) == term.source
               for t in entry.targets.get("en", ()))


def _country_words(term: RequiredTerm, glossary: Glossary, lang: str) -> tuple[str, ...]:
    """Beginnings of the words that render the country or place the term names."""
    entry = glossary.get(term.concept)
    if entry is not None and (entry.pos in ("country", "place") or term.concept.startswith("geo.")):
        names = entry.targets.get(lang, ())
    else:
        country = glossary.get(name_slug(term.concept)) if "@" in term.concept else None
        names = country.targets.get(lang, ()) if country is not None else ()
    return tuple(w for name in names for w in place_words(name))


def _head(term: RequiredTerm, target: str, glossary: Glossary, lang: str) -> str:
    """`target` without the words naming a foreign country or the United Nations (never
    Vietnam: at home its name is the one a reader needs), "" when it names none: `Rada
    bezpečnosti` of `Rada bezpečnosti OSN`, `Security Council` of `United Nations Security
    Council`, `Foreign Minister` of `Foreign Minister of the United States`."""
    words = target.split()
    if len(words) > 1 and _ABBREVIATION.fullmatch(words[-1]):
        return " ".join(words[:-1])  # `Rada bezpečnosti OSN`
    un = glossary.get(_UN)
    for name in un.targets.get(lang, ()) if un is not None else ():
        if target.startswith(name + " "):
            return target[len(name):].strip()  # `United Nations Security Council`
    slug = name_slug(term.concept)
    entry = glossary.get(slug) if slug.startswith("country.") and slug != VIETNAM else None
    names = [*entry.genitive.get(lang, ()), *entry.targets.get(lang, ())] if entry else []
    complement = next((n for n in names if target.endswith(" " + n)), "")
    if not complement:
        return ""
    return _OF_END.sub("", target[:len(target) - len(complement)].strip())  # `… of the`


def accepted(text: str, term: RequiredTerm, source: str, glossary: Glossary,
             lang: str) -> bool:
    """`text` renders `term` in one of the accepted other ways (module docstring)."""
    if any(find_term(text, bad, lang) is not None for bad in term.forbidden):
        return False
    if not vietnam_domain(term.concept, glossary) and _abbreviated(text, term, source, lang):
        return True  # at home the full name (`MZV` is written out)
    if _international(term, text, glossary):
        return True
    if lang == "en" and any(female_title(t) != t and find_term(text, female_title(t), lang)
                            for t in term.targets):
        return True  # `Chairwoman of …`: the woman's title the glossary does not list
    words = term.source.split()
    if words and all(map(is_foreign_name, words)) and term.source in text:
        return True  # the translator kept the name as written (`Rapid Vienna`)
    entry = glossary.get(term.concept)
    beginnings = _country_words(term, glossary, lang)
    if entry is not None and beginnings and \
            any(derived_from(w, beginnings) for w in _WORD.findall(text)):
        return True  # `americký`, `USA`, `Číňané` for the country itself
    for target in term.targets:
        head = _head(term, target, glossary, lang)
        if head and find_term(text, head, lang) is not None:
            return True  # the head; the country named otherwise or left implicit
    if _as_adjective(text, term, source, glossary, lang) \
            or _head_noun(text, term, glossary, lang):
        return True
    return entry is not None and entry.pos == "phrase" and _derived(text, term.targets)


# Vietnamese words before a place noun that do not make it a modifier (`tại tỉnh X`)
_NOT_QUALIFIED = frozenset(("tại", "ở", "của", "và", "các", "cho", "với", "trên", "toàn", "cả",
                            "trong", "từ", "đến", "về", "khắp", "mỗi", "những", "hai", "ba"))


def _as_adjective(text: str, term: RequiredTerm, source: str, glossary: Glossary,
                  lang: str) -> bool:
    """`Bệnh viện Đa khoa tỉnh Kon Tum` → `Všeobecná provinční nemocnice Kon Tum`: a one-word
    place noun that the source puts after the noun it qualifies and before a name is said by
    its adjective in front of that noun (Vietnamese modifiers follow their noun)."""
    entry = glossary.get(term.concept)
    if lang != "cs" or entry is None or entry.pos != "noun" \
            or any(" " in t for t in term.targets):
        return False
    qualified = re.search(rf"(\w+) {re.escape(term.source)} [A-ZĐ]", source)
    if qualified is None or qualified.group(1).lower() in _NOT_QUALIFIED:
        return False
    words = _WORD.findall(text)
    return any(w[:1].islower() and nxt[:1].islower() and is_adjective(w)
               and not is_adjective(nxt)
               and any(shared_stem(w.lower(), t.lower(), 5) for t in term.targets)
               for w, nxt in zip(words, words[1:], strict=False))


def _head_noun(text: str, term: RequiredTerm, glossary: Glossary, lang: str) -> bool:
    """A document type the source writes in lower case is the common noun, not a document's
    title: the noun of an adjective-and-noun term, alone, says it (`gửi hướng dẫn` →
    `pokyny`; the title `Hướng dẫn số 12` → `metodický pokyn`). Never with another adjective
    in front (`prováděcí pokyny` is a planted synonym's shape, left to the fixer)."""
    entry = glossary.get(term.concept)
    if lang != "cs" or entry is None or entry.pos != "doctype" or not term.source[:1].islower():
        return False
    for target in term.targets:
        words = target.split()
        if len(words) != 2 or not is_adjective(words[0]) or is_adjective(words[1]):
            continue
        for start, end in find_all(text, words[1], lang):
            before = _WORD.findall(text[:start])[-1:]
            if not before or not _agrees(before[0], text[start:end], target):
                return True
    return False


def _agrees(word: str, noun: str, target: str) -> bool:
    """`word` is an adjective in the case and number of `noun` (a form of `target`'s noun):
    it ends as the term's adjective or a soft one would there (`prováděcí pokyny`, not the
    noun `provinciím` before `pokyny`)."""
    adjective, lemma = target.split()
    if not word[:1].islower() or not is_adjective(word):
        return False
    for case in CASES:
        for number in ("sg", "pl"):
            form = inflect(target, case, number).split()
            if form[-1].lower() != noun.lower():
                continue
            hard = form[0][len(adjective) - 1:]
            soft = inflect("cizí " + lemma, case, number).split()[0][3:]
            if word.lower().endswith((hard, soft)):
                return True
    return False


def _derived(text: str, targets: Sequence[str]) -> bool:
    """Every content word of a target has a word of its stem in `text`, close together:
    the phrase said with a verb for its verbal noun, an adverb for its adjective."""
    words = [w.lower() for w in _WORD.findall(text)]
    for target in targets:
        wanted = [w.lower() for w in _WORD.findall(target) if len(w) > 3]
        if not wanted:
            continue
        at = [[k for k, w in enumerate(words) if shared_stem(w, t, 4)] for t in wanted]
        if all(at) and max(min(a) for a in at) - min(min(a) for a in at) <= len(wanted) + 2:
            return True
    return False


def _said_once(text: str, term: RequiredTerm, required: Sequence[RequiredTerm],
               lang: str) -> bool:
    """`text` has the term without its last word, a genitive complement (`základní
    organizace` of `základní organizace strany`), and another required term that ends with
    the same word is there (`členů strany`): the translator named the party once. Only for
    a noun with its adjectives and one genitive word after them (not `tajemník obecního
    výboru strany`: `obecního výboru` alone is another committee), the rest found as it
    stands and apart from the other term."""
    if any(find_term(text, bad, lang) is not None for bad in term.forbidden):
        return False
    for target in term.targets:
        words = target.split()
        agree = parse_phrase(target).agree
        if agree == tuple(range(len(agree))) and len(agree) < len(words) - 1 \
                and _named_apart(text, term, required, words[:len(agree)],
                                 words[len(agree):], lang):
            return True  # `předseda` beside `provinční lidový výbor`
        if len(words) < 2 or agree != tuple(range(len(words) - 1)):
            continue  # only a noun with its adjectives, then one genitive word
        head = find_term(text, " ".join(words[:-1]), lang)
        if head is None or _renders_beside(text, head, words[-1], lang):
            continue
        for other in required:
            span = term_span(text, other, lang) if other is not term else None
            apart = span is not None and (span[1] <= head[0] or head[1] <= span[0])
            if apart and any(len(t.split()) > 1 and t.split()[-1] == words[-1]
                             for t in other.targets):
                return True
    return False


def _named_apart(text: str, term: RequiredTerm, required: Sequence[RequiredTerm],
                 head: list[str], complement: list[str], lang: str) -> bool:
    """The term's head (`předseda`) is there, and its whole complement (`provinčního
    lidového výboru`) is another required term found apart from it (`provinční lidový
    výbor`), with no word beside the head rendering it."""
    span = find_term(text, " ".join(head), lang)
    if span is None or any(_renders_beside(text, span, w, lang) for w in complement):
        return False
    after = re.match(r" (\w+)", text[span[1]:])
    if after and (abbreviation(after.group(1)) or genitive(after.group(1), known=True)):
        return False  # a complement of its own there (`předsedkyně parlamentu`, `… QH`)
    for other in required:
        found = term_span(text, other, lang) if other is not term else None
        if found is None or not (found[1] <= span[0] or span[1] <= found[0]):
            continue
        if any(len(t.split()) == len(complement) and all(
                same_word(a.lower(), b.lower(), lang)
                for a, b in zip(t.split(), complement, strict=True)) for t in other.targets):
            return True
    return False


def _renders_beside(text: str, span: tuple[int, int], word: str, lang: str) -> bool:
    """The word just before or after `span` renders `word` in other words: an adjective made
    from it (`stranickým členům`) or an equivalent (`místopředsedy kabinetu`): the translator
    wrote the complement there, the term is not said once."""
    before = _WORD.findall(text[:span[0]])[-1:]
    after = _WORD.findall(text[span[1]:])[:1]
    return any(match_level(w, word, lang) for w in [*before, *after])


def unaccepted(required: Sequence[RequiredTerm], source: str, text: str, glossary: Glossary,
               lang: str) -> list[RequiredTerm]:
    """The required terms `text` does not render in one of the accepted other ways (a term
    that is there as it stands stays: its words are its own, not another term's)."""
    present = present_terms(text, required, lang)
    return [t for t, ok in zip(required, present, strict=True)
            if ok or not (accepted(text, t, source, glossary, lang)
                          or _said_once(text, t, required, lang)
                          or _in_title(text, t, required, source, glossary, lang))]


def _in_title(text: str, term: RequiredTerm, required: Sequence[RequiredTerm], source: str,
              glossary: Glossary, lang: str) -> bool:
    """A body named once in the source right after a title (`Bộ trưởng Bộ Nội vụ`) and
    rendered by the title with the body's genitive complement (`ministryně vnitra`): the
    body is said there, and another `ministerstvech` in the sentence is some other body."""
    entry = glossary.get(term.concept)
    if lang != "cs" or entry is None or source.count(term.source) != 1:
        return False
    rests = {" ".join(t.split()[1:]) for t, g in zip(entry.targets.get(lang, ()),
                                                     entry.genitive.get(lang, ()), strict=False)
             if len(t.split()) > 1 and t.split()[1:] == g.split()[1:]}
    for other in required:
        if other is term or source.find(other.source + " " + term.source) < 0:
            continue
        span = term_span(text, other, lang)
        if span is not None and any(re.match(" " + re.escape(r) + r"\b", text[span[1]:])
                                   for r in rests if r):
            return True
    return False
