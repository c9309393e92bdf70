"""Issue 12cx (English round forty-nine): no mechanism was changed this round (the deadline
left no time to measure a change on every English set under both loadings); these tests pin
what `check --fix` does today on the round's classes, with own sentences, so that the next
round's change shows as a change. Under what the product loads and `vi-en.tsv` alone.

- Kept (must stay): a right place-first provincial department, a foreign ministry, a
  field-first department that is the translator's plain noun of no listed body.
- Left (strict xfail, the classes the round counted): a lower-case `scheme` for `đề án`
  replaced with `Project` (a right item changed); a provincial department said field-first
  (`Health Department`): the composed body's concept is not enforced, only its `Sở`; a
  title of the department with the place before the department (`Vice Director of the Ha Nam
  Department of …`) not found.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("vi, en", [
    ("Sở Y tế Bến Tre mở đợt tiêm chủng mới.",
     "The Ben Tre Department of Health opened a new vaccination drive."),
    ("Bộ Y tế Hàn Quốc công bố quy định mới.",
     "South Korea's Health Ministry announced new rules."),
    ("Trạm y tế xã có phòng khám riêng.",
     "The commune clinic has its own health department."),
])
def test_right_items_stay(fix_en_loaded, vi, en):
    assert fix_en_loaded(vi, en) == en


@pytest.mark.xfail(strict=True, reason="left (12cx): lower-case `scheme` for đề án gets `Project`")
def test_a_lower_case_scheme_is_left(fix_en_loaded):
    en = "The Ministry of Finance approved the tax data scheme."
    assert fix_en_loaded("Bộ Tài chính phê duyệt đề án dữ liệu thuế.", en) == en


@pytest.mark.xfail(strict=True, reason="left (12cx): field-first department not enforced")
def test_a_field_first_department_gets_the_term(fix_en_loaded):
    got = fix_en_loaded("Sở Y tế Bến Tre mở đợt tiêm chủng mới.",
                        "The Ben Tre Health Department opened a new vaccination drive.")
    assert got == "The Ben Tre Department of Health opened a new vaccination drive."


@pytest.mark.xfail(strict=True, reason="left (12cx): a place before the department's name")
def test_a_deputy_director_before_a_placed_department(fix_en_loaded):
    got = fix_en_loaded(
        "Phó Giám đốc Sở Tài chính Hà Nam Trần Văn Bình cho biết thu ngân sách tăng.",
        "Vice Director of the Ha Nam Department of Finance Tran Van Binh said budget revenue rose.")
    assert got.startswith("Deputy Director of the Ha Nam Department of Finance Tran Van Binh")
