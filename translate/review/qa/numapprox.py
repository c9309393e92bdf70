"""A source range said as one rounded value inside it: news translators give a narrow band of
prices by its middle (`dao động 59.000-61.000 đồng/kg` → `zhruba za 60 tisíc dongů`, `around
VND60,000`). Excused only for a digit value strictly between the range's ends with an
approximation word right before it; a value outside the range, or one said as if exact, is
still the error it was."""

from __future__ import annotations

import re
from decimal import Decimal

from translate.review.qa.base import lang_of
from translate.review.qa.numread import Num, plain_value

__all__ = ["range_said_roughly"]

_APPROX = {
    "cs": re.compile(r"(?<!\w)(?:zhruba|kolem|okolo|asi|přibližně|cca\.?|průměrně)[\s\u00a0]+"
                     r"(?:(?:za|na|o|v|ve)[\s\u00a0]+)?$", re.IGNORECASE),
    "en": re.compile(r"(?<!\w)(?:around|about|some|roughly|approximately|close\s+to)[\s\u00a0]+"
                     r"(?:VND|US\$|\$|€|£)?$", re.IGNORECASE),
}
_RANGE_GAP = re.compile(r"[\s\u00a0]*(?:-|–|đến|tới)[\s\u00a0]*")


def range_said_roughly(source: str, target: str, target_lang: str, src: list[Num],
                       tgt: list[Num], missing: list[Num], extra: list[Num]
                       ) -> tuple[list[Num], list[Num]]:
    """`missing` and `extra` without the ends of a source range the translation says as one
    approximate value inside it, and without that value."""
    pattern = _APPROX.get(lang_of(target_lang))
    if pattern is None or not missing:
        return missing, extra
    for a, b in zip(src, src[1:], strict=False):
        if (a not in missing and b not in missing) or not _RANGE_GAP.fullmatch(
                source, a.token.end, b.token.start):
            continue
        low, high = _full(a), _full(b)
        if low is None or high is None or not low < high:
            continue
        # the value is left over, or taken for the range's other end (`119,000` for `119.200`)
        for t in [*extra, *(t for t in tgt if t not in extra)]:
            value = _full(t)
            if value is not None and not t.is_word and low < value < high and pattern.search(
                    target, max(0, t.token.start - 30), t.token.start):
                missing = [s for s in missing if s is not a and s is not b]
                extra = [e for e in extra if e is not t]
                break
    return missing, extra


def _full(n: Num) -> Decimal | None:
    """The value with its scale word (`60 tisíc`: 60 000)."""
    return n.scaled if n.scaled is not None else plain_value(n.token)
