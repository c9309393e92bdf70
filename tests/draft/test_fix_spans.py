"""Where a rendering ends and what stays around it (draft/leftin, align, around, context)."""

import pytest

from translate.draft.align import qualifying
from translate.draft.context import previous_words
from translate.draft.leftin import leftover_end
from translate.draft.place import find_placement
from translate.terms.equivalents import WEAK, match_level
from translate.terms.inflect import inflect


@pytest.mark.parametrize("text, after, source, target, left", [
    ("Jednal s předsedou NS Trần Thanh Mẫn.", "předsedou", "Chủ tịch Quốc hội",
     "předseda Národního shromáždění", " NS"),
    ("Přijeli místopředsedové QH.", "místopředsedové", "Phó Chủ tịch Quốc hội",
     "místopředseda Národního shromáždění", " QH"),
    ("Přijal člena Bộ Chính trị Nguyễn Văn Nên.", "člena Bộ", "Ủy viên Bộ Chính trị",
     "člen politbyra", " Chính trị"),
    ("Přijal předsedu ČR a velvyslance.", "předsedu", "Chủ tịch Quốc hội",
     "předseda Národního shromáždění", ""),  # not the initials of the term's words
    ("Jednal s členem Chính phủ.", "členem", "Ủy viên Bộ Chính trị", "člen politbyra",
     ""),  # `Chính` alone: no Vietnamese-only letter in the run
])
def test_leftover_end(text, after, source, target, left):
    end = text.index(after) + len(after)
    assert text[end:leftover_end(text, end, source, [target])] == left


def test_qualifying_adjectives():
    assert qualifying("mladé") and qualifying("nové") and qualifying("nejlepším")
    assert not qualifying("stálého") and not qualifying("veřejných")


def _place(text, targets, **kw):
    p = find_placement(text, targets, "cs", **kw)
    return None if p is None else text[:p.start] + p.replacement + text[p.end:]


@pytest.mark.parametrize("text, targets, expected", [
    # a qualifying adjective before the rendering stays
    ("Provincie přijme nové úředníky.", ("státní úředník",),
     "Provincie přijme nové státní úředníky."),
    # the noun of the term's adjective after the head goes with it
    ("Počet úředníků státní správy klesl.", ("státní úředník",),
     "Počet státních úředníků klesl."),
    # the end of a `pro …` phrase in other words
    ("Podle Ústřední komise pro zahraniční styky delegace odjede.",
     ("komise ÚV strany pro zahraniční vztahy",),
     "Podle komise ÚV strany pro zahraniční vztahy delegace odjede."),
    # a word after the rendering that is not a genitive is not part of it
    ("Vláda pověřila Státní audit kontrolou projektu.", ("Státní kontrolní úřad",),
     "Vláda pověřila Státní kontrolní úřad kontrolou projektu."),
    # an adjective of a word's equivalent (partajní ~ partaj ~ strana); another level is not
    ("Ústřední orgány uložily provinčnímu partajnímu výboru řídit projekt.",
     ("provinční výbor strany",),
     "Ústřední orgány uložily provinčnímu výboru strany řídit projekt."),
    # the first words of a name left before a possessive made from its last word
    ("V Ho Či Minových myšlenkách je jednota klíčová.", ("myšlenky Ho Či Mina",),
     "V myšlenkách Ho Či Mina je jednota klíčová."),
    # several bodies: names coordinated after the rendering
    ("Městské úřady Huế a Đà Nẵngu podepsaly dohodu.", ("městský lidový výbor",),
     "Městské lidové výbory Huế a Đà Nẵngu podepsaly dohodu."),
])
def test_placement_boundaries(text, targets, expected):
    assert _place(text, targets) == expected


def test_ordinal_is_not_a_sentence_end():
    text = "Bylo to schváleno na 11. ústřední konferenci."
    assert previous_words(text, text.index("ústřední"))[:2] == ["11", "na"]
    assert _place(text, ("plénum ÚV strany",)) == "Bylo to schváleno na 11. plénu ÚV strany."


def test_apposition_past_an_adjective():
    text = "Tisk psal o paní Lò Thị Hà, nejmladší náhradnici ÚV strany."
    assert _place(text, ("kandidát ÚV strany", "kandidátka ÚV strany")) == \
        "Tisk psal o paní Lò Thị Hà, nejmladší kandidátce ÚV strany."


def test_equivalent_adjective_is_weak():
    assert match_level("partajnímu", "strany", "cs") == WEAK


def test_pinned_plural_term_and_mobile_e():
    pinned = {("dat", "pl"): "ozbrojeným silám"}
    assert inflect("ozbrojené síly", "dat", "sg", pinned=pinned) == "ozbrojeným silám"
    assert inflect("služba", "gen", "pl") == "služeb"
