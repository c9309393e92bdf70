"""Numbers inside codes and document numbers: `Nghị định 100/2019/NĐ-CP`, `SE1`, `4G`,
`VN123`, `Quốc lộ 1A`.

The numbers check reads no value out of a protected token (a code is no quantity, and its
letters may be transliterated: `NĐ-CP` → `ND-CP`), so a changed digit inside one
(`100/2019/NĐ-CP` → `100/2009/ND-CP`, `SE1` → `SE2`) passed unseen. Here the digit groups
of each source code must reach the translation; one that does not, while a code of the
translation carries digits the source does not have, is a changed number. A code that is
simply gone is the protected-token check's to report, not this one's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from translate.review.qa.base import ERROR, Issue
from translate.text.normalize import strip_marks

__all__ = ["code_issues", "with_tails"]

_TAIL = re.compile(r"(?:\.\d+)+(?![\w])")


def with_tails(text: str, spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Codes with the digits glued after them by a dot: `51B-123.45` (a licence plate) is one
    code, whose `.45` no number reader may take for a decimal."""
    out = []
    for a, b in spans:
        m = _TAIL.match(text, b) if b and text[b - 1].isdigit() else None
        out.append((a, m.end() if m else b))
    return out


def _groups(text: str) -> list[str]:
    """Digit groups without leading zeros (`06/CP` and `6/CP` carry the same number)."""
    return [g.lstrip("0") or "0" for g in re.findall(r"\d+", text)]


def _skeleton(code: str) -> str:
    """A code without its digits and diacritics: `01/2024/TT-BGDĐT` ~ `#/#/TT-BGDDT`."""
    return re.sub(r"\d+", "#", strip_marks(code)).upper()


def code_issues(source: str, target: str, source_codes: Sequence[tuple[int, int]],
                target_codes: Sequence[tuple[int, int]]) -> list[Issue]:
    """Codes of the source whose digits the translation changed."""
    in_target = set(_groups(target))
    in_source = set(_groups(source))
    theirs = [(target[a:b], set(_groups(target[a:b]))) for a, b in target_codes]
    # a code written the same in the translation is its own twin, wherever it stands
    # (`gói 5G ... gói 4G` ~ `4G ... 5G`); the others pair by shape, in order
    free = [text for text, _ in theirs]
    left = []
    for a, b in source_codes:
        same = next((t for t in free if _skeleton(t) == _skeleton(source[a:b])
                     and _groups(t) == _groups(source[a:b])), None)
        if same is None:
            left.append(source[a:b])
        else:
            free.remove(same)
    for code in left:
        twin = next((text for text in free if _skeleton(text) == _skeleton(code)), None)
        if twin is not None and _groups(twin) != _groups(code):  # `01/2024/TT` → `02/2024/TT`
            return [Issue("numbers", ERROR, f"source has code '{code}', translation has "
                                            f"'{twin}': its number changed")]
        if all(g in in_target for g in _groups(code)):
            continue
        changed = next((text for text, groups in theirs if groups - in_source), None)
        if changed is not None:
            return [Issue("numbers", ERROR, f"source has code '{code}', translation has "
                                            f"'{changed}': its number changed")]
    return []
