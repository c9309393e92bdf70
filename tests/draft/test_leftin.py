"""Terms left in Vietnamese or abbreviated: found in running text, never inside a code."""

import pytest

from translate.draft.leftin import abbreviation_span, source_span


def test_the_vietnamese_abbreviation_left_in_is_found():
    text = "Zprávu projednal stálý výbor TU Hà Tĩnh."
    assert source_span(text, "Tỉnh ủy") == (text.index("TU"), text.index("TU") + 2)


def test_a_half_translated_term_is_found():
    text = "Delegaci přijal předseda UBND provincie."
    start = text.index("UBND")
    assert source_span(text, "Ủy ban nhân dân tỉnh") == (start, len(text) - 1)


@pytest.mark.parametrize("text", [
    "Provincie vydala akční program č. 961-CTr/TU k usnesení.",
    "Podle rozhodnutí č. 657-QĐ/TU se mění složení výboru.",
    "Dokument TU/2024 byl zveřejněn.",
])
def test_a_term_inside_a_document_number_is_no_term_left_in(text):
    assert source_span(text, "Tỉnh ủy") is None


def test_a_czech_abbreviation_inside_a_code_is_not_taken():
    targets = ["Ministerstvo zahraničních věcí"]
    assert abbreviation_span("Jednání MZV skončilo.", targets) is not None
    assert abbreviation_span("Spis č. 12/MZV-OP byl uzavřen.", targets) is None
