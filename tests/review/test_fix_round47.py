"""Round forty-seven of `check --fix` (issue 12ck), under both loadings: a capitalised -ový
adjective opening a body's or country's name after a title (`Spolkové republiky`, `Světové
banky`) is not a woman's surname, so a man's title before it keeps the man's form; a woman's
surname (`Novákovou`), `paní`, and a `Thị` name still make the woman's form."""

from __future__ import annotations

import pytest

from translate.draft.context import woman_named


@pytest.mark.parametrize(("vi", "cs", "fixed"), [
    ("Thủ tướng tiếp Đại sứ Đức tại Hà Nội.", "Premiér přijal ambasadora Spolkové republiky "
     "Německo v Hanoji.", "Premiér přijal velvyslance Spolkové republiky Německo v Hanoji."),
    ("Chủ tịch tỉnh cảm ơn Đại sứ Đức.", "Předseda provincie poděkoval ambasadorovi Spolkové "
     "republiky.", "Předseda provincie poděkoval velvyslanci Spolkové republiky."),
])
def test_a_name_adjective_after_a_mans_title_keeps_the_man(vi, cs, fixed, fix_loaded):
    assert fix_loaded(vi, cs) == fixed


@pytest.mark.parametrize(("vi", "cs", "fixed"), [
    ("Bộ trưởng tiếp nữ Đại sứ Séc Jana Nováková.", "Ministr přijal ambasadorku Janu "
     "Novákovou.", "Ministr přijal velvyslankyni Janu Novákovou."),
    ("Bộ trưởng tiếp Đại sứ Séc Jana Nováková.", "Ministr přijal ambasadora Novákovou.",
     "Ministr přijal velvyslankyni Novákovou."),
])
def test_a_womans_surname_after_the_title_still_makes_the_womans_form(vi, cs, fixed, fix_loaded):
    assert fix_loaded(vi, cs) == fixed


@pytest.mark.parametrize(("text", "title", "named"), [
    ("jednal s ředitelem Světové banky v Hanoji", "ředitelem", False),  # a body's name
    ("přijal velvyslance Spolkové republiky", "velvyslance", False),
    ("přijal velvyslankyni Novákovou dnes", "velvyslankyni", True),  # a surname, then a word
    ("přijal velvyslankyni Janu Dvořákovou", "velvyslankyni", True),
    ("mluvil o ministryni Nové", "ministryni", True),  # `Nové`, no noun after: a surname
])
def test_woman_named_reads_a_name_adjective_apart_from_a_surname(text, title, named):
    start = text.index(title)
    assert woman_named(text, start, start + len(title)) is named
