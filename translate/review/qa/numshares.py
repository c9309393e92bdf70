"""Shares the source says twice or the translation says by a word: a fraction restated as a
percentage (`2/3 ..., tức khoảng 66%`, `14%, tức khoảng 1/7`) may reach the translation once
(`dvě třetiny`, `one-seventh`), and `100%` may be said as everyone or no one (`100% không
tiêm` → `nikdo z nich nebyl očkován`, `none of whom`; `chi trả 100%` → `the full cost`)."""

from __future__ import annotations

import re
from decimal import Decimal

from translate.review.qa.base import Issue, lang_of
from translate.review.qa.nummessages import missing_value

__all__ = ["said_shares"]

_FRACTION = r"(?P<a>\d{1,2})/(?P<b>\d{1,2})(?![\d/])"
_PERCENT = r"(?P<p>\d{1,3}(?:,\d+)?)\s*%"
# the two said one after the other, joined by `tức`, `hay`, `tương đương`, or in brackets
_JOIN = (r"[^\d%]{0,40}?(?:tức(?: là)?|hay|nghĩa là|tương đương(?: với)?|\()\s*"
         r"(?:khoảng|gần|hơn)?\s*")
_TWICE = (re.compile(_FRACTION + _JOIN + _PERCENT, re.IGNORECASE),
          re.compile(_PERCENT + _JOIN + _FRACTION, re.IGNORECASE))
_SLACK = Decimal("1.5")  # `2/3` ~ `66%`, `1/7` ~ `14%`: rounded either way
_ALL = {"cs": re.compile(r"(?<!\w)(?:nikdo|nikoho|nikdy|žádn\w*|všichni|všech\w*|vešker\w*"
                         r"|cel[ýéáou]\w*|plně|zcela|úplně|plnou|plné)(?!\w)", re.IGNORECASE),
        "en": re.compile(r"(?<!\w)(?:none|nobody|no one|all|every\w*|full|fully|entire\w*"
                         r"|whole|complete\w*)(?!\w)", re.IGNORECASE)}


def said_shares(source: str, target: str, target_lang: str, issues: list[Issue]
                ) -> list[Issue]:
    """`issues` less a restated share the translation gives once, and a `100%` it says by
    a word for all or none; a share reported changed is kept."""
    lang = lang_of(target_lang)
    twice = _restated(source)
    lost = [v for i in issues if (v := missing_value(i))]
    kept = []
    for issue in issues:
        value = missing_value(issue)
        other = twice.get(value) if value else None
        if other is not None and other not in lost:
            continue  # `2/3 ..., tức khoảng 66%` → `dvě třetiny`
        if value == "100%" and lang in _ALL and _ALL[lang].search(target):
            continue  # `100% không tiêm` → `none of whom had been vaccinated`
        kept.append(issue)
    return kept


def _restated(source: str) -> dict[str, str]:
    """Each of a fraction and a percentage the source says for one share, to the other."""
    out: dict[str, str] = {}
    for pattern in _TWICE:
        for m in pattern.finditer(source):
            a, b = int(m["a"]), int(m["b"])
            percent = Decimal(m["p"].replace(",", "."))
            if 0 < a < b and abs(Decimal(100 * a) / b - percent) <= _SLACK:
                fraction, share = f"{a}/{b}", f"{m['p']}%"
                out[fraction], out[share] = share, fraction
    return out
