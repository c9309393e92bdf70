"""Telephone numbers are read as their digits, however grouped, and must come through."""

from __future__ import annotations

from translate.review.qa import CheckSettings, check_pair
from translate.review.qa.numbers import compare_numbers
from translate.review.qa.phones import find_phones


def test_phone_shapes_are_found_and_numbers_are_not() -> None:
    text = ("Gọi 1900.9095, 024.3823.5678, 0912 345 678 hoặc (+84) 28 3829 1234; "
            "đường dây nóng 2345 67890. Dân số 1.250.000 người, ngày 02.09.2023.")
    assert [p.digits for p in find_phones(text)] == [
        "19009095", "2438235678", "912345678", "2838291234", "234567890"]
    assert find_phones("Có 1 250 000 người và 2.350.000 đồng.") == []


def test_phones_regrouped_pass_and_changed_digits_are_errors() -> None:
    vi = "Liên hệ số điện thoại 024.3823.5678 hoặc 1900.9095."
    assert compare_numbers(vi, "Volejte +84 24 3823 5678 nebo 1900 9095.", "vi", "cs") == []
    assert compare_numbers(vi, "Call (024) 3823 5678 or 1900 9095.", "vi", "en") == []
    [issue] = compare_numbers(vi, "Call 024.3823.5687 or 1900 9095.", "vi", "en")
    assert "telephone number '024.3823.5678'" in issue.message and "5687" in issue.message
    [issue] = compare_numbers(vi, "Call 1900 9095.", "vi", "en")
    assert issue.message == "telephone number '024.3823.5678' is missing from the translation"


def test_a_licence_plate_is_one_code() -> None:
    vi = "Xe mang biển số 51B-123.45 bị phạt."
    numbers = CheckSettings(checks=frozenset({"numbers"}))
    assert check_pair(vi, "Auto s SPZ 51B-123.45 dostalo pokutu.", "cs", numbers) == []
    [issue] = check_pair(vi, "Auto s SPZ 51B-123.46 dostalo pokutu.", "cs", numbers)
    assert "its number changed" in issue.message
