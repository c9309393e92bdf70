"""A medal's metal (`huy chương vàng`, `HCB`) said as another (`dvě zlaté` → `dvě bronzové`,
`two gold` → `two silver`): the count may be kept while the class changes, and the class is
no number the pairing sees. Judged only where the source names medals, on the metals the
translation names that none of the source's medals is."""

from __future__ import annotations

import re

from translate.review.qa.base import ERROR, Issue, lang_of
from translate.review.qa.nummessages import shown

__all__ = ["medal_issues"]

_GOLD, _SILVER, _BRONZE = "gold", "silver", "bronze"
# the source's medals: `huy chương vàng`, `2 HCV`, `tấm HCĐ`
_VI_MEDAL = re.compile(r"(?<!\w)(?:huy\s+chương\s+(?P<m>vàng|bạc|đồng)|HC(?P<a>V|B|Đ))(?!\w)",
                       re.IGNORECASE)
_VI_METAL = {"vàng": _GOLD, "v": _GOLD, "bạc": _SILVER, "b": _SILVER, "đồng": _BRONZE,
             "đ": _BRONZE}
_VI_METAL_WORD = re.compile(r"(?<!\w)(?:vàng|bạc|đồng)(?!\w)", re.IGNORECASE)
_METALS = {
    "cs": ((re.compile(r"(?<!\w)(?:zlat(?:á|é|ou|ých|ými|ým|ý|o|a|u))(?!\w)"), _GOLD),
           (re.compile(r"(?<!\w)(?:stříbr\w*)(?!\w)", re.IGNORECASE), _SILVER),
           (re.compile(r"(?<!\w)(?:bronz\w*)(?!\w)", re.IGNORECASE), _BRONZE)),
    "en": ((re.compile(r"(?<!\w)golds?(?!\w)", re.IGNORECASE), _GOLD),
           (re.compile(r"(?<!\w)silvers?(?!\w)", re.IGNORECASE), _SILVER),
           (re.compile(r"(?<!\w)bronzes?(?!\w)", re.IGNORECASE), _BRONZE)),
}


def medal_issues(source: str, target: str, target_lang: str) -> list[Issue]:
    """A metal the translation names where the source's medals are all of other metals."""
    lang = lang_of(target_lang)
    ours = {_VI_METAL[(m["m"] or m["a"]).lower()] for m in _VI_MEDAL.finditer(source)}
    if not ours or lang not in _METALS:
        return []
    # `3 huy chương vàng, 5 bạc và 8 đồng`: the other metals after their counts
    ours |= {_VI_METAL[m.group().lower()] for m in _VI_METAL_WORD.finditer(source)}
    for pattern, metal in _METALS[lang]:
        theirs = pattern.search(target)
        if theirs is not None and metal not in ours:
            return [Issue("numbers", ERROR, f"the source's medals are {', '.join(sorted(ours))}; "
                                            f"the translation has {shown(theirs.group())}")]
    return []
