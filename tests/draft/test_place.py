"""Finding where a translation renders a concept, and the term in that place's case."""

import pytest

from translate.draft.place import apply_placement, find_placement

SECRETARY = ("tajemník provinčního výboru strany", "tajemnice provinčního výboru strany")


def fix(text, targets=SECRETARY, **kw):
    placement = find_placement(text, targets, "cs", **kw)
    return None if placement is None else apply_placement(text, placement)


@pytest.mark.parametrize("text,expected", [
    ("Jednal s provinčním tajemníkem strany.", "Jednal s tajemníkem provinčního výboru strany."),
    ("Podle provinčního tajemníka strany je to tak.",
     "Podle tajemníka provinčního výboru strany je to tak."),
    ("Provinční tajemník promluvil.", "Tajemník provinčního výboru strany promluvil."),
    ("Poděkovali provinční tajemnici strany.",
     "Poděkovali tajemnici provinčního výboru strany."),  # stays feminine
])
def test_alternative_rendering_replaced_in_its_case(text, expected):
    assert fix(text) == expected


def test_forbidden_rendering_in_feminine_and_plural():
    targets = ("místopředseda provinčního lidového výboru",
               "místopředsedkyně provinčního lidového výboru")
    assert fix("Úkol svěřil viceguvernérce Nguyễn Thị Hạnh.", targets,
               forbidden=("viceguvernér",)) == \
        "Úkol svěřil místopředsedkyni provinčního lidového výboru Nguyễn Thị Hạnh."
    assert fix("Jednal s ambasadory.", ("velvyslanec", "velvyslankyně"),
               forbidden=("ambasador",)) == "Jednal s velvyslanci."


def test_untranslated_source_takes_the_case_of_its_place():
    assert fix("Delegace jednala s Bí thư Tỉnh ủy.", source="Bí thư Tỉnh ủy") == \
        "Delegace jednala s tajemníkem provinčního výboru strany."


def test_several_bodies_put_the_complement_in_the_plural():
    targets = ("tajemník okresního výboru strany", "tajemnice okresního výboru strany")
    assert fix("Výbor uložil okresním tajemníkům strany úkol.", targets) == \
        "Výbor uložil tajemníkům okresních výborů strany úkol."


def test_body_with_adjectives_and_another_head_noun():
    assert fix("Zasedání v provinčním lidovém zastupitelstvu skončilo.",
               ("provinční lidová rada",)) == "Zasedání v provinční lidové radě skončilo."


def test_nothing_rendered_nothing_found():
    assert fix("Promluvil na konferenci o rozpočtu.") is None
    # an adjective made from a one-word term is not its rendering
    assert fix("Spolupracoval s provinčním inspektorátem.", ("provincie",)) is None


def test_taken_spans_are_left_to_their_own_terms():
    text = "Předseda Národního shromáždění přijal delegaci."
    assert find_placement(text, ("poslanec Národního shromáždění",), "cs",
                          taken=[(0, len("Předseda Národního shromáždění"))]) is None


def test_english_placement_keeps_number():
    placement = find_placement("The provincial party secretaries met.",
                               ("Secretary of the Provincial Party Committee",), "en",
                               forbidden=("provincial party secretary",))
    assert apply_placement("The provincial party secretaries met.", placement) == \
        "The Secretaries of the Provincial Party Committee met."


def test_complements_that_name_no_body_stay_singular():
    assert fix("Poděkoval ministerstvům vnitřních věcí.", ("Ministerstvo vnitra",)) == \
        "Poděkoval Ministerstvům vnitra."
    assert fix("Poděkoval ředitelům úřadů.", ("ředitel odboru", "ředitelka odboru")) == \
        "Poděkoval ředitelům odborů."


def test_equivalents_find_renderings_with_other_words():
    assert fix("Jednal s hejtmanem.", ("předseda provinčního lidového výboru",
                                      "předsedkyně provinčního lidového výboru")) == \
        "Jednal s předsedou provinčního lidového výboru."
    assert fix("Poděkoval zástupkyni premiéra.", ("místopředseda vlády",
                                                  "místopředsedkyně vlády")) == \
        "Poděkoval místopředsedkyni vlády."
    # a feminine noun that is not a woman keeps the male title
    assert fix("Návštěva hlavy státu skončila.", ("prezident", "prezidentka")) == \
        "Návštěva prezidenta skončila."
    # the words a rule puts in must all be there: `předseda` alone is not `předseda státu`
    assert fix("Předseda promluvil.", ("prezident", "prezidentka")) is None


def test_vietnamese_left_after_a_rendering_goes_with_it():
    assert fix("Setkal se s tajemníkem Tỉnh ủy.", source="Bí thư Tỉnh ủy") == \
        "Setkal se s tajemníkem provinčního výboru strany."


def test_an_adjective_before_the_rendering_follows_the_new_gender():
    assert fix("Dohoda byla podepsána s českou ambasádou.", ("velvyslanectví",),
               forbidden=("ambasáda",)) == "Dohoda byla podepsána s českým velvyslanectvím."


def test_another_countrys_body_is_not_the_concept():
    targets = ("předseda Národního shromáždění", "předsedkyně Národního shromáždění")
    assert fix("Setkal se s předsedou laoského parlamentu.", targets) is None
    assert fix("Setkal se s předsedou parlamentu.", targets) == \
        "Setkal se s předsedou Národního shromáždění."
    # a title that any country has keeps its nationality
    assert fix("Setkal se s českým vyslancem.", ("velvyslanec", "velvyslankyně")) == \
        "Setkal se s českým velvyslancem."
