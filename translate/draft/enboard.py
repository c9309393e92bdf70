"""An office `of` a body that the English names itself (issue 12bx): `head of the {project
management} board`, `head of the {supervisory} board`, `head of the board {of directors}`,
`head {of the project management board}` are some other board's head, not the term's (`head
of the commission`, the Party commission's, that the Vietnamese `Trưởng ban` also names
where it goes on: `Trưởng ban quản lý dự án`). `english.english_placement` finds nothing there.
"""

from __future__ import annotations

import re

from translate.terms.english import FUNCTION, english_level

__all__ = ["named_board"]

# a term that is an office of one body: `head of the commission`, `Director of the Department`
_OFFICE_OF = re.compile(r"(?P<title>\w+(?: \w+)?) of the (?P<body>\w+)")
# the body's own complement after its noun: `of directors` (an uncapitalised plural, no article)
_OF_PLURAL = re.compile(r" of (?!the\b|a\b|an\b|its\b|their\b|this\b)[a-z]+s\b")
# a level before the body's noun says which body of the term's, not another board's
_BODY_LEVELS = ("provincial", "municipal", "district", "commune", "central")


def named_board(text: str, start: int, end: int, target: str) -> bool:
    """The found words `text[start:end]` for `target` (an office of one body) are an office
    of a body the English names in words of its own: the title alone with `of the …` after
    it, the body with a lower-case word the term lacks before its noun (`the {supervisory}
    board`, not a level such as `provincial`), or the body's own `of directors` after it."""
    office = _OFFICE_OF.fullmatch(target)
    if office is None:
        return False
    found = text[start:end].split()
    low = [w.lower() for w in found]
    title = office["title"].lower().split()
    after = text[end:]
    if low == title:
        return after.startswith(" of the ") or bool(_OF_PLURAL.match(after))
    if low[:len(title)] != title or low[len(title):len(title) + 2] != ["of", "the"]:
        return False
    inside = found[len(title) + 2:-1]  # between `the` and the body's noun
    extra = [w for w in inside if w.islower() and w not in FUNCTION
             and english_level(w, office["body"].lower()) == 0
             and w not in _BODY_LEVELS]
    return bool(extra) or bool(_OF_PLURAL.match(after))
