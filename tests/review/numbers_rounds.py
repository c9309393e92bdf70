"""What the rounds of the numbers check's tests share (`test_qa_numbers_round5.py`,
`test_qa_numbers_round6.py`): a table of (class, vi, lang, clean translation, the same with
one number wrong), where each clean rendering passes and each wrong one is an error."""

from __future__ import annotations

import pytest

from translate.review.qa import ERROR, CheckSettings, check_pair

NUMBERS = CheckSettings(checks=frozenset({"numbers"}))


def errors(vi: str, target: str, lang: str) -> list[str]:
    """The messages of the numbers check's errors on one pair."""
    return [i.message for i in check_pair(vi, target, lang, NUMBERS) if i.severity == ERROR]


def each_case(cases: list[tuple[str, str, str, str, str]]) -> pytest.MarkDecorator:
    """A test run once per row of a round's table, named `class-lang-row`."""
    return pytest.mark.parametrize(("cls", "vi", "lang", "clean", "wrong"), cases,
                                   ids=[f"{c[0]}-{c[2]}-{i}" for i, c in enumerate(cases)])
