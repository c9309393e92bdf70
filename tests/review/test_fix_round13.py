"""`check --fix`, round thirteen (issue 12r): a dual before the rendering (`oba`, `obě`) keeps
the plural; a window never starts at a preposition no term starts with (`Podle`); the locative
preposition follows the new noun where the old noun's own use explained it (`v resortech` →
`na ministerstvech`); an address noun the translator added in a greeting (`Vážení páni …`) is
taken in. Sentences written for these tests (none from a bench set)."""

from __future__ import annotations

import pytest

from translate.draft.align import locative_preposition
from translate.review.fix import fix_text


@pytest.mark.parametrize("vi, cs, expected", [
    # `oba` before a rendering whose form is also a dative singular: nominative plural
    ("Hai Phó Bí thư Tỉnh ủy đã phát biểu tại hội nghị.",
     "Oba zástupci tajemníka provinčního výboru na konferenci vystoupili.",
     "Oba místotajemníci provinčního výboru strany na konferenci vystoupili."),
    # `obě` with the feminine form
    ("Hai nữ Phó Bí thư Tỉnh ủy đã phát biểu tại hội nghị.",
     "Obě zástupkyně tajemníka provinčního výboru na konferenci vystoupily.",
     "Obě místotajemnice provinčního výboru strany na konferenci vystoupily."),
])
def test_a_dual_before_the_rendering_keeps_the_plural(vi, cs, expected, glossary, matcher):
    assert fix_text(vi, cs, "cs", glossary, matcher)[0] == expected


@pytest.mark.parametrize("vi, cs, expected", [
    ("Theo Phó Tổng Thư ký Quốc hội, dự luật sẽ được chỉnh sửa.",
     "Podle náměstka generálního tajemníka parlamentu bude návrh upraven.",
     "Podle zástupce generálního tajemníka Národního shromáždění bude návrh upraven."),
    ("Dự luật được chỉnh sửa theo Phó Tổng Thư ký Quốc hội.",
     "Návrh byl upraven podle náměstka generálního tajemníka parlamentu.",
     "Návrh byl upraven podle zástupce generálního tajemníka Národního shromáždění."),
])
def test_a_governing_preposition_is_not_part_of_the_rendering(vi, cs, expected, glossary,
                                                              matcher):
    assert fix_text(vi, cs, "cs", glossary, matcher)[0] == expected


@pytest.mark.parametrize("vi, cs, expected", [
    # `v resortech` → `na ministerstvech`
    ("Tại các Bộ, nhiều cuộc họp đã diễn ra.",
     "V resortech proběhlo mnoho schůzí.",
     "Na ministerstvech proběhlo mnoho schůzí."),
    ("Ông làm việc tại Bộ Y tế.",
     "Pracuje v resortu zdravotnictví.",
     "Pracuje na Ministerstvu zdravotnictví."),
])
def test_the_locative_preposition_follows_the_new_noun(vi, cs, expected, glossary, matcher):
    assert fix_text(vi, cs, "cs", glossary, matcher)[0] == expected


@pytest.mark.parametrize("prep, old, new, verb, expected", [
    ("v", "resortech", "ministerstvech", "", "na"),
    ("na", "úřadě", "vládě", "", "ve"),
    ("Na", "magistrátu", "Národním shromáždění", "", "V"),
    # a verb that governs `na` whatever the noun
    ("na", "magistrátu", "Národním shromáždění", "záleží", "na"),
    # `výbor` is not decided (`na lidovém výboru` as an office, `ve výboru` as a body)
    ("na", "provinčním úřadě", "provinčním lidovém výboru", "", "na"),
    # the old noun's use does not explain the preposition: the translator's choice stands
    ("v", "úřadě", "vládě", "", "v"),
    ("na", "resortu", "ministerstvu", "", "na"),
    # not a locative preposition
    ("o", "resortech", "ministerstvech", "", "o"),
])
def test_locative_preposition_limits(prep, old, new, verb, expected):
    assert locative_preposition(prep, old, new, verb) == expected


@pytest.mark.parametrize("vi, cs", [
    ("Hai Phó Bí thư Tỉnh ủy đã phát biểu tại hội nghị.",
     "Oba místotajemníci provinčního výboru strany na konferenci vystoupili."),
    ("Ông làm việc tại Bộ Y tế.", "Pracuje na Ministerstvu zdravotnictví."),
    ("Theo Phó Tổng Thư ký Quốc hội, dự luật sẽ được chỉnh sửa.",
     "Podle zástupce generálního tajemníka Národního shromáždění bude návrh upraven."),
])
def test_right_sentences_stay(vi, cs, glossary, matcher):
    assert fix_text(vi, cs, "cs", glossary, matcher)[0] == cs


@pytest.mark.parametrize("vi, cs, expected", [
    # an address noun the translator added between the greeting and the title
    ('"Kính thưa các vị Bộ trưởng, chúng ta cần hành động", ông nói.',
     "„Vážení páni resortní šéfové, musíme jednat,“ řekl.",
     "„Vážení ministři, musíme jednat,“ řekl."),
    # the source's own address (`các ông`): the translator's `pánové` stays
    ('"Thưa các ông Thứ trưởng, tiến độ còn chậm", ông nói.',
     "„Vážení pánové viceministři, čerpání je pomalé,“ řekl.",
     "„Vážení pánové náměstci ministra, čerpání je pomalé,“ řekl."),
])
def test_an_added_address_in_a_greeting(vi, cs, expected, glossary, matcher):
    assert fix_text(vi, cs, "cs", glossary, matcher)[0] == expected
