"""Foreign names as written, and the Czech words derived from a country's name."""

import pytest

from translate.terms.foreign import (
    derived_from,
    initials,
    is_foreign_name,
    is_vietnamese_syllable,
    place_words,
)


@pytest.mark.parametrize("word", ["nghiêng", "Xuyên", "Anh", "Đắk", "quyết", "Ngọc", "khuya"])
def test_vietnamese_syllables(word):
    assert is_vietnamese_syllable(word)
    assert not is_foreign_name(word)


@pytest.mark.parametrize("word", ["Stanford", "Wales", "Rouge", "St", "Kovacic", "Chicago",
                                  "Ottawa", "Zurich"])
def test_foreign_names(word):
    assert is_foreign_name(word)


def test_abbreviations_and_lower_case_are_no_names():
    assert not is_foreign_name("NATO")
    assert not is_foreign_name("stanford")


@pytest.mark.parametrize("name, word", [
    ("Mexiko", "mexického"), ("Čína", "čínští"), ("Čína", "Číňané"), ("Belgie", "belgické"),
    ("Švédsko", "Švéda"), ("Evropa", "evropskou"), ("Spojené státy", "USA"),
    ("Spojené státy", "americkým"), ("Severní Korea", "severokorejský"),
    ("Jižní Korea", "jihokorejská"), ("Kalifornie", "kalifornském"), ("Mexiko", "Mexika"),
    ("Itálie", "italská"), ("Rusko", "ruský"), ("Francie", "francouzské"), ("Německo", "německý"),
])
def test_words_derived_from_a_place(name, word):
    assert derived_from(word, place_words(name))


@pytest.mark.parametrize("name, word", [
    ("Čína", "činnost"), ("Indonésie", "Indie"), ("Spojené státy", "usa"),
    ("Indie", "index"), ("Evropa", "Afrika"), ("Spojené státy", "státní"),
])
def test_words_not_derived_from_a_place(name, word):
    assert not derived_from(word, place_words(name))


def test_initials_make_the_abbreviation():
    assert initials("Mezinárodní soudní dvůr") == "MSD"
    assert initials("Organizace spojených národů") == "OSN"
