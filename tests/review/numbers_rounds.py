"""What the rounds of the numbers check's tests share (`test_qa_numbers_round5.py`,
`test_qa_numbers_round6.py`): a table of (class, vi, lang, clean translation, the same with
one number wrong), where each clean rendering passes and each wrong one is an error; and, for
the rounds that judge days said from the article's date (`test_qa_numbers_round30.py` on), the
check run with that date set."""

from __future__ import annotations

import datetime

import pytest

from translate.review.qa import ERROR, WARNING, CheckSettings, Issue, check_pair

NUMBERS = CheckSettings(checks=frozenset({"numbers"}))
# the article's date of the dated rounds: `hôm nay`, `năm nay`, `(30/11)` are judged from it
ARTICLE = datetime.date(2026, 11, 29)
DATED = CheckSettings(checks=frozenset({"numbers"}), reference_date=ARTICLE)


def errors(vi: str, target: str, lang: str) -> list[str]:
    """The messages of the numbers check's errors on one pair."""
    return [i.message for i in check_pair(vi, target, lang, NUMBERS) if i.severity == ERROR]


def each_case(cases: list[tuple[str, str, str, str, str]]) -> pytest.MarkDecorator:
    """A test run once per row of a round's table, named `class-lang-row`."""
    return pytest.mark.parametrize(("cls", "vi", "lang", "clean", "wrong"), cases,
                                   ids=[f"{c[0]}-{c[2]}-{i}" for i, c in enumerate(cases)])


def dated_issues(vi: str, target: str, lang: str) -> list[Issue]:
    """The numbers check's issues on one pair of an article written on `ARTICLE`."""
    return check_pair(vi, target, lang, DATED)


def dated_errors(vi: str, target: str, lang: str = "cs") -> list[str]:
    """The messages of the errors on one pair of an article written on `ARTICLE`."""
    return [i.message for i in dated_issues(vi, target, lang) if i.severity == ERROR]


def dated_warnings(vi: str, target: str, lang: str = "cs") -> list[str]:
    """The messages of the warnings on one pair of an article written on `ARTICLE`."""
    return [i.message for i in dated_issues(vi, target, lang) if i.severity == WARNING]
