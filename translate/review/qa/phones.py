"""Telephone numbers: `1900.9095`, `024.3823.5678`, `0912 345 678`, `+84 24 3823 5678`.

Read as numbers they are nonsense (`1900.9095` is no decimal, `024 3823 5678` no three
counts), and translators regroup their digits as their readers write them (`1900 9095`,
`(024) 3823 5678`). So a telephone number is its digits: the numbers check reads no value out
of it, and its digits must reach the translation unchanged, however grouped, with `+84` for
the leading zero or without.

What is a telephone number: a run of digit groups (two to five digits each, joined by dots,
spaces or hyphens) that starts with `+` or with a zero and has at least eight digits, or that
starts with a Vietnamese service prefix (`1800`, `1900`), or that follows a telephone word
(`đường dây nóng`, `hotline`, `linka`) and cannot be a number grouped in thousands. Dates
(`02.09.2023`) are never telephone numbers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from translate.review.qa.base import ERROR, Issue
from translate.review.qa.nummessages import shown

__all__ = ["Phone", "find_phones", "phone_issues"]

_SEP = r"[\s\u00a0.\-]"
_RUN = re.compile(rf"(?<![\w.,+/:])(?P<plus>\+\d{{1,3}}{_SEP}?)?(?:\(\+?\d{{1,4}}\){_SEP}?)?"
                  rf"\d{{2,5}}(?:{_SEP}\d{{2,5}}){{1,4}}(?![\w]|[.,:/]\d)")
_DATE = re.compile(r"\d{1,2}[./-]\d{1,2}[./-]\d{2,4}")
_PHONE_WORD = re.compile(r"(?:điện thoại|đường dây nóng|hotline|tổng đài|số máy|gọi|liên hệ|tel"
                         r"|telefon\w*|lin(?:ka|ku|ce|ky)|volat|call|phone|fax|zalo)"
                         r"[^\d]{0,25}$", re.IGNORECASE)
_SERVICE = ("1800", "1900")


@dataclass(frozen=True)
class Phone:
    """A telephone number as written (`start`, `end`) and its national digits (`digits`:
    no country code, no leading zero)."""

    start: int
    end: int
    digits: str


def _national(written: str, plus: bool) -> str:
    digits = re.sub(r"\D", "", written)
    if plus and digits.startswith("84"):
        digits = digits[2:]
    return digits.lstrip("0")


def _thousands(groups: list[str]) -> bool:
    """`1 250 000`, `2.350.000`: a number grouped in thousands, not a telephone number."""
    return len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])


def find_phones(text: str) -> list[Phone]:
    """The telephone numbers of a text."""
    out = []
    for m in _RUN.finditer(text):
        written = m.group()
        if _DATE.fullmatch(written):
            continue
        groups = re.findall(r"\d+", written)
        count = sum(len(g) for g in groups)
        plus = bool(m["plus"]) or written.startswith("(+")
        lead = groups[0]
        phone = (plus or written.startswith("(") or lead.startswith("0")) and count >= 8
        phone = phone or lead in _SERVICE and 7 <= count <= 11
        phone = phone or count >= 7 and not _thousands(groups) and _PHONE_WORD.search(
            text[max(0, m.start() - 60) : m.start()]) is not None
        if phone:
            out.append(Phone(m.start(), m.end(), _national(written, plus)))
    return out


def _written_in(phone: Phone, text: str) -> re.Match | None:
    """The telephone number's digits in `text`, grouped in any way."""
    body = r"[\s\u00a0.\-()]*".join(phone.digits)  # `(024) 3823 5678`
    return re.search(rf"(?<![\d])(?:(?:\+|00)84{_SEP}*\(?0?\)?|\(?0+\)?)?{_SEP}*{body}(?!\d)",
                     text)


def phone_issues(source: str, target: str) -> tuple[list[tuple[int, int]],
                                                    list[tuple[int, int]], list[Issue]]:
    """(source spans, target spans, issues): the telephone numbers of both sides, which the
    numbers check then leaves alone, and those whose digits did not come through."""
    src, tgt = find_phones(source), find_phones(target)
    src_spans: list[tuple[int, int]] = []
    tgt_spans: list[tuple[int, int]] = []
    lost: list[Phone] = []
    for p in src:
        src_spans.append((p.start, p.end))
        found = _written_in(p, target)
        if found:
            tgt_spans.append(found.span())
        else:
            lost.append(p)
    added = []
    for p in tgt:
        if any(a < p.end and p.start < b for a, b in tgt_spans):
            continue
        tgt_spans.append((p.start, p.end))
        if not _written_in(p, source):
            added.append(p)
    issues = [Issue("numbers", ERROR, f"source has telephone number "
                                      f"{shown(source[p.start:p.end])}, translation has "
                                      f"{shown(target[q.start:q.end])}")
              for p, q in zip(lost, added, strict=False)]
    issues += [Issue("numbers", ERROR, f"telephone number {shown(source[p.start:p.end])} is "
                                       "missing from the translation") for p in lost[len(added):]]
    issues += [Issue("numbers", ERROR, f"telephone number {shown(target[q.start:q.end])} in "
                                       "the translation is not in the source")
               for q in added[len(lost):]]
    return src_spans, tgt_spans, issues
