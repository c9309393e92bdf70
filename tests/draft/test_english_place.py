"""English placement (translate.draft.english through find_placement): no case, so the span
and the term's shape — article and possessive kept, modifiers the term makes redundant taken
in, plural, capitals in names, `a`/`an`."""

import pytest

from translate.draft.align import text_words
from translate.draft.english import english_window
from translate.draft.place import apply_placement, find_placement
from translate.terms.english import english_level, english_variants


def fix(text, *targets, **kw):
    placement = find_placement(text, targets, "en", **kw)
    return None if placement is None else apply_placement(text, placement)


@pytest.mark.parametrize("text,targets,expected", [
    # the article stays, the words in another order are replaced as a whole
    ("Officials of the Health Ministry arrived.", ("Ministry of Health",),
     "Officials of the Ministry of Health arrived."),
    # a possessive `'s` after the rendering stays
    ("It was the Justice Ministry's decision.", ("Ministry of Justice",),
     "It was the Ministry of Justice's decision."),
    # a title in other words: `chief` for `Secretary`, the level word taken in
    ("She met the district Party chief yesterday.",
     ("Secretary of the district Party Committee",),
     "She met the Secretary of the district Party Committee yesterday."),
    # plural where the rendering's head was plural; the term's capitals
    ("Two premiers attended.", ("Prime Minister",), "Two Prime Ministers attended."),
    # `a` → `an` before a vowel
    ("He is a cadre of the ward.", ("official",), "He is an official of the ward."),
    # capitals at the start of a sentence
    ("Needy households received rice.", ("poor households",), "Poor households received rice."),
    # part of a proper name: the term's words capitalised
    ("Workers at Dinh Vu Industrial Estate protested.", ("industrial park",),
     "Workers at Dinh Vu Industrial Park protested."),
    # a modifier of the same stem before the rendering goes with it
    ("They discussed administrative reform.", ("public administration reform",),
     "They discussed public administration reform."),
    # an adjective in the place of the term's missing modifier
    ("The regional budget grew.", ("state budget",), "The state budget grew."),
    # a body named without its last head noun, a complement after it
    ("The State Audit of Laos reported.", ("State Audit Office",),
     "The State Audit Office of Laos reported."),
    # a name's possessive standing where the term's modifier is
    ("The Premier's Office replied.", ("Government Office",), "The Government Office replied."),
    # another noun in the head's place of an otherwise full rendering; `An` of a name stays
    ("The Nghe An provincial Party Organisation met.", ("provincial Party Committee",),
     "The Nghe An provincial Party Committee met."),
    # a place name before a term with capitals of its own: the glossary's capitals
    ("The Ha Nam People's Committee met.", ("provincial People's Committee",),
     "The Ha Nam provincial People's Committee met."),
    # a woman's title stays a woman's
    ("Provincial People's Committee Chairwoman Ha Thi Nga spoke.",
     ("Chairman of the provincial People's Committee",),
     "Chairwoman of the provincial People's Committee Ha Thi Nga spoke."),
    # one word more inside a rendering that has all the term's words
    ("The Ministry of Labour, War Invalids and Social Affairs met.",
     ("Ministry of Labour, Invalids and Social Affairs",),
     "The Ministry of Labour, Invalids and Social Affairs met."),
    # a name whose head is another word of the same stem
    ("The Supreme People's Procuratorate agreed.", ("Supreme People's Procuracy",),
     "The Supreme People's Procuracy agreed."),
])
def test_english_renderings_are_replaced_in_their_shape(text, targets, expected):
    assert fix(text, *targets) == expected


@pytest.mark.parametrize("text,targets", [
    # a title word alone is not a title: the head of a delegation is no director
    ("The head of the delegation spoke.", ("Director of the Department",)),
    # the missing word is said after the rendering
    ("The People's Committee of Lao Cai province met.", ("provincial People's Committee",)),
    # a name that goes on in other words is another body
    ("The State Audit Bureau of Laos met.", ("State Audit Office",)),
    # a name the rendering only begins: the rest is in words no list knows
    ("The Ministry of Industry and Handicrafts met.", ("Ministry of Industry and Trade",)),
    # a name before a title whose head comes first: the term would tear them apart (a
    # Vietnamese place's name moves into the term's `of` phrase since 12n:
    # tests/draft/test_english_chunk.py; a department's field alone before `Department`
    # goes into the term's `of` phrase since 12aa: tests/draft/test_english_round10.py, with
    # a Vietnamese place's name before it since 12bu: tests/draft/test_english_round34.py)
    ("The Standing Board of the Ha Nam provincial Party Committee met.",
     ("Standing Board of the provincial Party Committee",)),
    # the term's word stands apart before the rendering
    ("Deputy Health Minister Tran Van Thuan spoke.", ("Deputy Minister",)),
    # the rest of the term after the rendering, a name inside it
    ("The chairman of the Da Nang People's Committee spoke.",
     ("Chairman of the municipal People's Committee",)),
    # a head alone is no rendering of a long term
    ("The Tinh uy Secretary spoke.", ("Secretary of the provincial Party Committee",)),
    # a word of the same stem alone renders nothing
    ("The provincial police arrived.", ("province",)),
])
def test_what_does_not_render_the_concept_is_left_alone(text, targets):
    assert find_placement(text, targets, "en") is None


def test_a_window_never_begins_or_ends_with_a_function_word():
    words = text_words("The head of the provincial finance department spoke.")
    m = english_window("The head of the provincial finance department spoke.", words,
                       "Director of the Department", "rendering")
    assert m is None or words[m.start].low not in ("of", "the")


def test_title_before_a_body_another_term_renders():
    text = "Head of the Department of Home Affairs Le Van Tam spoke."
    body = (len("Head of the "), len("Head of the Department of Home Affairs"))
    assert fix(text, "Director of the Department", taken=[body]) == \
        "Director of the Department of Home Affairs Le Van Tam spoke."


def test_levels_and_variants():
    assert english_level("ministries", "Ministry") == 3
    assert english_level("chief", "Secretary") == 2
    assert english_level("Committee", "Commission") == 2
    assert english_level("Commission", "Committee") == 0  # one way: a term's `Committee` stays
    assert english_level("administrative", "administration") == 1
    assert english_level("police", "province") == 0
    assert "Deputy Premier" in english_variants("Deputy Prime Minister")
    assert "provincial administration" in english_variants("provincial People's Committee")
    assert english_variants("Hanoi") == ()


def test_a_shorter_term_inside_the_rendering_does_not_block_it():
    text = "Le Van Nam, district Party chief, said the district grew."
    district = (len("Le Van Nam, "), len("Le Van Nam, district"))
    assert fix(text, "Secretary of the district Party Committee", taken=[district]) == \
        "Le Van Nam, Secretary of the district Party Committee, said the district grew."


def test_two_renderings_joined_by_and_are_not_one():
    text = "The Prime Minister and the Vice President met."
    prime_minister = (len("The "), len("The Prime Minister"))  # another term's, taken
    assert find_placement(text, ("Deputy Prime Minister",), "en", taken=[prime_minister]) is None
