"""Round seventeen of the numbers check (issue-13a17): a conversion in brackets checked at its
rate is the translator's even where the pair lacks another number (a date said as a weekday),
and pounds (`lb`) are a unit a conversion is written in. Sentences written for these tests."""

from __future__ import annotations

import datetime

import pytest

from translate.review.qa import ERROR, CheckSettings, check_pair

ARTICLE = datetime.date(2026, 11, 29)


def _errors(vi: str, target: str, lang: str) -> list[str]:
    settings = CheckSettings(checks=frozenset({"numbers"}), reference_date=ARTICLE)
    return [i.message for i in check_pair(vi, target, lang, settings) if i.severity == ERROR]


@pytest.mark.parametrize(("vi", "right", "wrong"), [
    # pounds after kilograms
    ("Con lợn nặng 250 kg.", "The pig weighed 250 kg (550 lb).",
     "The pig weighed 250 kg (950 lb)."),
    # a conversion beside a date the translation says as a weekday (2/12/2026 a Wednesday)
    ("Sáng thứ Tư (2/12), nhiệt độ có thể xuống 10-12°C.",
     "On Wednesday morning temperatures may drop to 10-12C (50-54F).",
     "On Wednesday morning temperatures may drop to 10-12C (40-54F)."),
    ("Chiều thứ Tư (2/12), con cá nặng 30 kg được đưa vào bờ.",
     "On Wednesday afternoon a 30 kg (66 lb) fish was landed.",
     "On Wednesday afternoon a 30 kg (30 lb) fish was landed."),
])
def test_a_conversion_at_its_rate(vi: str, right: str, wrong: str) -> None:
    assert _errors(vi, right, "en") == []
    assert _errors(vi, wrong, "en")


def test_limits_of_the_conversion() -> None:
    """A number in brackets without a unit, or a price whose rate is unknown, is not excused
    before the weaker explanations; a changed measure before the brackets is still caught."""
    vi = "Sáng thứ Tư (2/12), 40 gia đình nhận quà."
    assert _errors(vi, "On Wednesday morning 40 families (120 people) received gifts.", "en")
    assert _errors("Sáng thứ Tư (2/12), con cá nặng 30 kg.",
                   "On Wednesday morning a 35 kg (77 lb) fish was landed.", "en")
