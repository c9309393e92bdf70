"""The licensed-equivalents lexicon: data shape, derived variants, word-level matching."""

from translate.terms.equivalents import (
    PHRASES,
    STRONG,
    WEAK,
    WORDS,
    match_level,
    phrase_variants,
    word_equivalents,
)


def test_lexicon_is_single_lowercase_words_and_nominative_phrases():
    for key, values in WORDS.items():
        assert key == key.lower() and " " not in key and values
        assert all(v == v.lower() and " " not in v and v != key for v in values)
    for source, renderings in PHRASES:
        assert source.strip() and renderings
        assert all(r.strip() and r.lower() != source.lower() for r in renderings)


def test_word_equivalents_match_any_form_of_the_term_word():
    assert "komise" in word_equivalents("výboru")
    assert "sekretář" in word_equivalents("tajemník")
    assert word_equivalents("Vietnamu") == ()


def test_phrase_variants_mark_the_words_a_rendering_must_show():
    variants = dict(phrase_variants("místotajemník provinčního výboru strany"))
    assert variants["zástupce tajemník provinčního výboru strany"] == (0, 1)
    assert variants["vicetajemník provinčního výboru strany"] == (0,)
    variants = dict(phrase_variants("předseda provinčního lidového výboru"))
    assert variants["předseda provinčního vláda"] == (2,)
    assert variants["hejtman"] == (0,)
    assert dict(phrase_variants("prezident"))["hlava státu"] == (0, 1)
    assert phrase_variants("celní řízení") == ()
    assert dict(phrase_variants("funkční období"))["mandát"] == (0,)  # since issue 12h


def test_match_levels():
    assert match_level("tajemníkem", "tajemník", "cs") == STRONG
    assert match_level("sekretářkou", "tajemník", "cs") == STRONG  # equivalent, female
    assert match_level("tajemnicím", "tajemník", "cs") == STRONG
    assert match_level("zastupitelstvu", "rada", "cs") == STRONG
    assert match_level("stranické", "strany", "cs") == WEAK  # adjective for the genitive
    assert match_level("masovou", "mas", "cs") == WEAK
    assert match_level("obranu", "strany", "cs") == 0
    assert match_level("komise", "výbor", "en") == 0  # the lexicon is Czech only


def test_deputy_of_a_title_rendered_in_other_words():
    variants = dict(phrase_variants("viceprezident"))
    assert "místopředseda země" in variants and "místopředseda státu" in variants
    assert "náměstek předseda" in dict(phrase_variants("místopředseda"))


def test_a_three_letter_title_in_its_female_form():
    assert match_level("šéfce", "šéf", "cs") == STRONG
    assert match_level("šéfkou", "šéf", "cs") == STRONG
    assert match_level("šel", "šéf", "cs") == 0
