"""The numbers check's messages, in words a reader understands: the text quoted as written
(no Python escapes, no no-break spaces), the value it stands for, and what differs: `'2,5
triệu' (2 500 000) is written '2,5' in the translation: the scale word is missing`."""

from __future__ import annotations

import re
from decimal import Decimal

from translate.review.qa.base import ERROR, Issue, lang_of
from translate.review.qa.numread import Num, plain_value

__all__ = ["shown", "number_issues", "unpaired", "missing_message", "missing_value"]


def shown(text: str) -> str:
    """Text as a reader sees it, quoted: no-break and thin spaces as spaces, no escapes."""
    return "'" + re.sub(r"[\u00a0\u202f\u2009]", " ", text) + "'"


def _amount(value: Decimal, lang: str) -> str:
    """`2 500 000`, `2,5` (a decimal comma where the source language writes one)."""
    value = value.normalize()
    whole, _, frac = f"{value:f}".partition(".")
    sign = "-" if whole.startswith("-") else ""
    whole = whole.lstrip("-")
    groups = []
    while len(whole) > 3:
        whole, groups = whole[:-3], [whole[-3:], *groups]
    out = " ".join([whole, *groups])
    mark = "." if lang_of(lang) == "en" else ","
    return sign + out + (mark + frac if frac else "")


def _written(n: Num) -> str:
    """The number as written, with its scale word (`2,5 triệu`, `$7.5bn`)."""
    return shown(n.sign + n.token.text + n.scale_text)


def _shape(text: str) -> str:
    """Digits with every separator alike: `2.000` and `2,000` have one shape."""
    return re.sub(r"[.,\s\u00a0\u202f]", "|", text)


def _one_for_one(m: Num, e: Num, lang: str) -> str:
    """The message for one source value written as one other value in the translation."""
    mv, ev = plain_value(m.token), plain_value(e.token)
    if mv is not None and ev is not None and mv == ev and not (m.is_word or e.is_word):
        if (m.scaled is None) != (e.scaled is None):
            if m.scaled is not None:
                return (f"{_written(m)} ({_amount(m.scaled, lang)}) is written "
                        f"{shown(e.token.text)} in the translation: the scale word is missing")
            return (f"{shown(m.token.text)} is written {_written(e)} ({_amount(e.scaled, lang)})"
                    " in the translation: the scale word is not in the source")
        if m.points and not e.points and e.key[0] == "percent":
            return (f"{_written(m)} percentage points are written {_written(e)} in the "
                    "translation: a percentage, not points")
        if (m.key[0] == "percent") != (e.key[0] == "percent"):
            what = "missing" if m.key[0] == "percent" else "not in the source"
            return (f"{_written(m)} is written {_written(e)} in the translation: the percent "
                    f"sign is {what}")
        if m.negative != e.negative:
            what = "missing" if m.negative else "not in the source"
            return (f"{_written(m)} is written {_written(e)} in the translation: the minus sign "
                    f"is {what}")
        if m.scaled is not None and e.scaled is not None:
            return (f"source has {_written(m)} ({_amount(m.scaled, lang)}), translation has "
                    f"{_written(e)} ({_amount(e.scaled, lang)}): another scale word")
    if mv is not None and ev is not None and _shape(m.token.text) == _shape(e.token.text) and (
            mv != ev) and not (m.is_word or e.is_word):
        return (f"source has {_written(m)} ({_amount(m.scaled or mv, lang)}), translation has "
                f"{_written(e)}, which reads as {_amount(e.scaled or ev, lang)} there: a "
                "decimal mark or thousands separator is wrong")
    if m.time is not None or e.time is not None:
        return f"source has time {_written(m)}, translation has {_written(e)}"
    return f"source has {_written(m)}, translation has {_written(e)}"


_MISSING = "is missing from the translation"
_EXTRA = "in the translation is not in the source"


_MISSING_VALUE = re.compile(rf"'([^']+)' {_MISSING}")


def missing_message(text: str) -> str:
    """The finding for a value `text` the translation lacks (`'28/11' is missing from the
    translation`): the checks after the pairing rewrite and drop findings by it."""
    return f"'{text}' {_MISSING}"


def missing_value(issue: Issue) -> str | None:
    """The value a `missing_message` finding names; None for any other finding."""
    m = _MISSING_VALUE.fullmatch(issue.message)
    return m[1] if m else None


def unpaired(issue: Issue) -> bool:
    """A finding that says only that a value found no partner (not that one was changed)."""
    return issue.message.endswith((_MISSING, _EXTRA))


def number_issues(missing: list[Num], extra: list[Num], lang: str) -> list[Issue]:
    if not missing and not extra:
        return []
    if len(missing) == 1 and len(extra) == 1:
        return [Issue("numbers", ERROR, _one_for_one(missing[0], extra[0], lang))]
    issues = [Issue("numbers", ERROR, ("time " if m.time else "") + f"{_written(m)} {_MISSING}")
              for m in missing]
    issues += [Issue("numbers", ERROR, ("time " if e.time else "") + f"{_written(e)} {_EXTRA}")
               for e in extra]
    return issues
