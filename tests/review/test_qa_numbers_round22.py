"""Round twenty-two of the numbers check (issue-13a22), a false-alarm class: a conversion the
translator adds in brackets and rounds to halves (`9km (5.5 miles)` for 5.59 miles) is the
translator's rounding, as a whole number ending in 5 already was (`75 mm` for 3 inches). Its
limit: a decimal not ending in 5 is held to half its last digit, and a half far off is another
value. Sentences written for these tests."""

from __future__ import annotations

import datetime
from decimal import Decimal

import pytest

from translate.review.qa import ERROR, CheckSettings, check_pair
from translate.review.qa.measures import rounds_to

ARTICLE = datetime.date(2026, 11, 29)


def _errors(vi: str, target: str) -> list[str]:
    settings = CheckSettings(checks=frozenset({"numbers"}), reference_date=ARTICLE)
    return [i.message for i in check_pair(vi, target, "en", settings) if i.severity == ERROR]


def test_a_conversion_rounded_to_halves_passes() -> None:
    vi = "Tuyến đường ven biển mới dài 9 km."
    assert _errors(vi, "The new coastal road is 9km (5.5 miles) long.") == []
    assert _errors("Bức tường cao 5 m.", "The wall is 5 metres (16.5ft) high.") == []


@pytest.mark.parametrize("wrong", [
    "The new coastal road is 9km (6.5 miles) long.",  # a half, but of another value
    "The new coastal road is 9km (5.2 miles) long.",  # not a half: held to its last digit
    "The new coastal road is 19km (5.5 miles) long.",  # the measure itself changed
])
def test_a_wrong_conversion_is_still_caught(wrong: str) -> None:
    assert _errors("Tuyến đường ven biển mới dài 9 km.", wrong)


def test_the_halves_rule_itself() -> None:
    assert rounds_to(Decimal("5.59"), Decimal("5.5"), 1)
    assert not rounds_to(Decimal("5.59"), Decimal("5.2"), 1)
    assert not rounds_to(Decimal("5.8"), Decimal("5.5"), 1)  # more than a quarter off
    assert rounds_to(Decimal("2.54"), Decimal("2.5"), 1) and not rounds_to(
        Decimal("2.56"), Decimal("2.4"), 1)
