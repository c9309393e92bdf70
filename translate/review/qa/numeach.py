"""An amount the source gives for each one (`25 suất học bổng, mỗi suất 1.000 USD`) said in
the translation as the total (`scholarships of USD1,000 in total`, `celkem za 1 000 dolarů`):
the value agrees, so the pairing cannot see that it now stands for all of them. The total
word after the amount or before it (`totalling 2,400 MW`, `v celkové výši 2 milionů`). Judged only
where the source names no total itself and the translation says no `each`/`per` at all."""

from __future__ import annotations

import re

from translate.review.qa.base import ERROR, Issue, lang_of

__all__ = ["each_said_as_total"]

# `mỗi` right before or after a number with at most three words between (`mỗi suất 1.000`,
# `1.000 USD mỗi suất`)
_EACH_VI = re.compile(r"(?<!\w)mỗi(?:\s+[^\W\d_]+){1,3}\s+\d|\d[\d.,]*(?:\s+[^\W\d_]+){0,2}"
                      r"\s+mỗi(?!\w)", re.IGNORECASE)
_TOTAL_VI = re.compile(r"(?<!\w)(?:tổng|cả thảy|tất cả|toàn bộ|cộng lại)(?!\w)", re.IGNORECASE)
# a total word right after an amount (at most two words between: `USD1,000 in total`)
_TOTAL_AFTER = {
    "en": re.compile(r"\d[\d.,]*(?:\s+[^\W\d_]+){0,2}\s+(?:in\s+total|in\s+all|altogether"
                     r"|combined)(?!\w)", re.IGNORECASE),
    "cs": re.compile(r"\d[\d\s\u00a0.,]*(?:\s+[^\W\d_]+){0,2}\s+(?:celkem|dohromady|úhrnem)"
                     r"(?!\w)", re.IGNORECASE),
}
# or a total word right before it (`totalling 2,400 MW`, `v celkové výši 2 milionů`)
_TOTAL_BEFORE = {
    "en": re.compile(r"(?<!\w)(?:totall?ing|a\s+total\s+of)\s+(?:[A-Z]{2,3}\$?|\$|€)?\d",
                     re.IGNORECASE),
    "cs": re.compile(r"(?<!\w)v\s+(?:celkové|úhrnné|souhrnné)\s+(?:výši|hodnotě)\s+\d",
                     re.IGNORECASE),
}
_EACH_SAID = {
    "en": re.compile(r"(?<!\w)(?:each|apiece|per|every|a\s+head|a\s+year|a\s+month|a\s+day"
                     r"|annual\w*|monthly|daily|weekly)(?!\w)", re.IGNORECASE),
    "cs": re.compile(r"(?<!\w)(?:každ\w*|po|na\s+(?:osobu|hlavu|člověka|kus)|ročně|měsíčně"
                     r"|denně|týdně)(?!\w)", re.IGNORECASE),
}


def each_said_as_total(source: str, target: str, target_lang: str) -> list[Issue]:
    """`mỗi suất 1.000 USD` → `USD1,000 in total`: an amount for each said as the total."""
    lang = lang_of(target_lang)
    if lang not in _TOTAL_AFTER or not _EACH_VI.search(source) or _TOTAL_VI.search(source):
        return []
    total = _TOTAL_AFTER[lang].search(target) or _TOTAL_BEFORE[lang].search(target)
    if total is None or _EACH_SAID[lang].search(target):
        return []
    return [Issue("numbers", ERROR, "the source gives an amount for each ('mỗi'), the "
                                    f"translation a total ('{total.group().strip()}')")]
