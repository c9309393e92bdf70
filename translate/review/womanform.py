"""A woman's title in a form of the translator's own making, rewritten to the glossary's.

The glossary lists a woman's form for most titles (`ministr|ministryně`, `velvyslanec|
velvyslankyně`). A translator may derive another one from the man's word: `ministrová`,
`ministrka` (`Paní {ministrko},`), or with the `e` Czech inserts `ministerka` (issue 12bg). The
lemmatiser reads those as the man's word, so the term looks present and nothing was fixed; the
word is rewritten to the listed woman's form in its case (issue 12av). Only a one-word title
whose man's form is the word's beginning, followed by a derivation suffix (`-ová`, `-ka`,
`-ička`), and only where the glossary has a woman's form that the word is not (`šéfová` stays
where the glossary says `šéfová`); a capitalised word inside the sentence is a surname
(`Ministrová`), left alone.
"""

from __future__ import annotations

import re

from translate.draft.enforce import RequiredTerm
from translate.draft.place import Placement, find_placement
from translate.terms.equivalents import female_noun

__all__ = ["woman_form"]

_WORD = re.compile(r"\w+")
# what a woman's form made from the man's word adds to it: `-ová` (an adjective's endings)
# and `-ka` (`ministrka`, `ministrko`, `ministrce`, `ministrkou`…), `-ička`
_CONSONANTS = frozenset("bcčdďfghjklmnňpqrřsštťvwxzž")
_SUFFIX = re.compile(r"^(?:ov(?:á|ou)|k(?:a|y|o|u|ou|ám|ách|ami)?|ce|ičk\w*)$")


def _family(suffix: str) -> str:
    """`ka`, `ce`, `kou` one family (the listed `funkcionářka` in any case), `ová` another."""
    return "k" if suffix[:1] in ("k", "c") else suffix[:2]


def _stem(word: str, man: str) -> str:
    """The man's word as `word` begins with it: as written, or with the `e` Czech puts into a
    closing consonant pair before `-ka` (`ministr` → `minister{ka}`); "" where neither."""
    if word.startswith(man):
        return man
    if len(man) > 2 and man[-1] in _CONSONANTS and man[-2] in _CONSONANTS:
        opened = man[:-1] + "e" + man[-1]
        if word.startswith(opened) and word[len(opened):][:1] == "k":
            return opened
    return ""


def woman_form(text: str, term: RequiredTerm, lang: str) -> Placement | None:
    """The placement rewriting a self-made woman's form of the term's title (docstring)."""
    if lang != "cs" or len(term.targets) < 2:
        return None
    men = [t for t in term.targets if " " not in t and not female_noun(t)]
    women = [t for t in term.targets if " " not in t and female_noun(t)]
    if not men or not women:
        return None
    for m in _WORD.finditer(text):
        low = m.group().lower()
        if m.group()[:1].isupper() and text[:m.start()].strip(" „“\"'"):
            continue  # a name (`Ministrová`), not a title
        for man in men:
            stem = _stem(low, man.lower())
            rest = low[len(stem):]
            if stem and rest and _SUFFIX.match(rest) \
                    and not any(_family(w.lower()[len(man):]) == _family(rest)
                                for w in women if w.lower().startswith(man.lower())):
                return find_placement(text, women, lang, forbidden=(m.group(),),
                                      source=term.source, forms=term.forms, female=True,
                                      role=term.role)
    return None
