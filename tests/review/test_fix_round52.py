"""Round fifty-two of `check --fix` (issue 12cu), under both loadings. Own sentences.

- a plural title whose head becomes the woman's form keeps the translator's genitive complement
  where it is the term's own words in the plural (`s předsedkyněmi obecních lidových výborů`:
  the women head a committee each; `reshape._plural_owners`); a complement in the singular, or a
  man's plural the source does not make women, is left as before;
- never a right item changed: a first mention shortened where the source names the term twice
  and the sentence says it whole later (`vedoucí kanceláře výboru, … místopředsedou
  provinčního lidového výboru`; `keep._said_later`); a term the source names once is still
  completed.
"""

from __future__ import annotations

import pytest

from translate.review.keep import _said_later


@pytest.mark.parametrize(("vi", "cs", "fixed"), [
    ("Bộ trưởng đã gặp các nữ Chủ tịch UBND xã miền núi.",
     "Ministr se sešel s předsedy obecních lidových výborů z horských oblastí.",
     "Ministr se sešel s předsedkyněmi obecních lidových výborů z horských oblastí."),
    ("Báo cáo nhắc tới các nữ Phó Giám đốc Sở đã hoàn thành nhiệm vụ.",
     "Zpráva zmiňuje zástupce ředitelů odborů, které splnily úkoly.",
     "Zpráva zmiňuje zástupkyně ředitelů odborů, které splnily úkoly."),
])
def test_a_womans_plural_keeps_the_translators_plural_owners(vi, cs, fixed, fix_loaded):
    assert fix_loaded(vi, cs) == fixed


@pytest.mark.parametrize(("vi", "cs", "fixed"), [
    # the translator's complement in the singular: the term's, as before
    ("Bộ trưởng đã gặp các nữ Chủ tịch UBND xã miền núi.",
     "Ministr se sešel s předsedy obecního lidového výboru z horských oblastí.",
     "Ministr se sešel s předsedkyněmi obecního lidového výboru z horských oblastí."),
])
def test_a_singular_complement_is_still_the_terms(vi, cs, fixed, fix_loaded):
    assert fix_loaded(vi, cs) == fixed


@pytest.mark.parametrize(("vi", "cs"), [
    # men: nothing to change, the plural complement stays
    ("Bộ trưởng đã gặp các Chủ tịch UBND xã miền núi.",
     "Ministr se sešel s předsedy obecních lidových výborů z horských oblastí."),
    # the source names the provincial committee twice, the translator shortened the first
    ("Ông Trần Văn Nam, nguyên Chánh Văn phòng UBND tỉnh, đã trở thành Phó Chủ tịch UBND tỉnh.",
     "Trần Văn Nam, dosavadní vedoucí kanceláře výboru, se stal místopředsedou provinčního "
     "lidového výboru."),
])
def test_right_items_stay(vi, cs, fix_loaded):
    assert fix_loaded(vi, cs) == cs


def test_a_term_the_source_names_once_is_still_completed():
    text = ("Trần Văn Nam, vedoucí kanceláře výboru, se stal místopředsedou provinčního "
            "lidového výboru.")
    end = text.index("výboru,") + len("výboru")
    added = ["provinčního", "lidového"]
    twice = "Ông Nam, nguyên Chánh Văn phòng UBND tỉnh, đã trở thành Phó Chủ tịch UBND tỉnh."
    once = "Ông Nam, nguyên Chánh Văn phòng UBND tỉnh, đã trở thành Phó Chủ tịch tỉnh."
    assert _said_later(text, end, added, twice, "UBND tỉnh")
    assert not _said_later(text, end, added, once, "UBND tỉnh")
    # the words not said later: completed
    assert not _said_later("Nam, vedoucí kanceláře výboru, promluvil.", end, added, twice,
                           "UBND tỉnh")
