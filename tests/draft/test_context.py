"""The case of a phrase from the words around it: prepositions, verbs, agreeing words."""

import pytest

from translate.draft.context import agreeing_cells, governing_cases, order_cells, verb_cases

ALL = {(c, n) for c in ("nom", "gen", "dat", "acc", "voc", "loc", "ins") for n in ("sg", "pl")}


def first(text, phrase, cells=ALL, plural=False):
    start = text.index(phrase)
    return order_cells(set(cells), text, start, start + len(phrase), plural)[0]


@pytest.mark.parametrize("word,case", [
    ("poděkoval", "dat"), ("předloží", "dat"), ("zaslala", "dat"),  # valency
    ("zvolilo", "acc"), ("navštívila", "acc"),  # other verbs: an object
    ("stala", "ins"), ("zúčastnil", "gen"),
    ("předložen", "dat"),  # passive: no object in the accusative
])
def test_verbs_by_lemma_and_valency(word, case):
    assert verb_cases(word)[0] == case


@pytest.mark.parametrize("word", ["Zasedání", "Písemnost", "Rozhodnutí", "zprávu", "rozpočtu"])
def test_nouns_ending_like_verbs_are_not_verbs(word):
    assert verb_cases(word) is None


def test_reflexive_se_is_not_the_preposition():
    assert governing_cases("Zúčastnil se sjezdu.", len("Zúčastnil se "))[0] == ("ins", "gen")
    assert governing_cases("Zúčastnil se konference.", len("Zúčastnil se ")) == \
        (None, "Zúčastnil")
    assert governing_cases("Zúčastnili se dva delegáti.", len("Zúčastnili se dva ")) == \
        (None, "Zúčastnili")


def test_agreeing_words_before_the_phrase():
    assert agreeing_cells("na tomto zasedání", len("na tomto ")) == {("loc", "sg")}
    assert agreeing_cells("Uložil všem buňkám", len("Uložil všem ")) == {("dat", "pl")}
    # a numeral of five and more: the genitive where the phrase is nominative or accusative,
    # its own case elsewhere (`20 členům`)
    assert ("gen", "pl") in agreeing_cells("zvolil 50 členů", len("zvolil 50 "))
    assert first("Sjezd zvolil 50 členů.", "členů") == ("gen", "pl")
    assert first("Udělila čestná uznání 20 členům.", "členům") == ("dat", "pl")
    assert agreeing_cells("Jednal s výborem", len("Jednal s ")) is None


def test_order_from_the_context():
    zasedani = {(c, n) for c in ("nom", "gen", "acc", "voc", "loc") for n in ("sg", "pl")}
    assert first("Jednali na tomto zasedání.", "zasedání", zasedani) == ("loc", "sg")
    komise = {("nom", "sg"), ("gen", "sg"), ("nom", "pl"), ("acc", "pl")}
    assert first("Zasedání komise skončilo.", "komise", komise) == ("gen", "sg")
    assert first("Písemnost komise byla odeslána.", "komise", komise) == ("gen", "sg")
    assert first("Promluvila komise.", "komise", komise) == ("nom", "sg")  # subject
    assert first("Sešly se komise.", "komise", komise) == ("nom", "pl")
    sekretari = {("nom", "pl"), ("dat", "sg"), ("loc", "sg"), ("voc", "pl")}
    assert first("Poděkoval sekretáři.", "sekretáři", sekretari) == ("dat", "sg")


def test_plural_in_the_source_decides_a_form_that_is_both():
    cells = {("acc", "sg"), ("acc", "pl")}
    assert first("Platí pro zaměstnance.", "zaměstnance", cells) == ("acc", "sg")
    assert first("Platí pro zaměstnance.", "zaměstnance", cells, plural=True) == ("acc", "pl")


def test_passive_after_a_form_of_byt():
    assert verb_cases("zaslány") is None  # simplemma does not know it
    assert verb_cases("zaslány", "byly")[0] == "dat"
