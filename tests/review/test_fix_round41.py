"""check --fix, round forty-one (issue 12by): a country the source names by its one-word short
name keeps the official abbreviation a Czech institution's name carries (`Senátu ČR`), while the
full name's abbreviation is still spelled out; and a capitalised name with no singular (`Čechy`)
is read in the plural (`z Čech` is a genitive). Each with its limits. Sentences are the
developer's own."""

from __future__ import annotations

from translate.terms.czech import analyse

# -- a short name in the source: the institution's `ČR` stays (draft/place.py `_short_name`) ---

def test_an_institution_named_with_the_short_name_keeps_its_abbreviation(fixed):
    text = "Místopředseda Senátu ČR navštívil Hanoj."
    assert fixed("Phó Chủ tịch Thượng viện Séc đã thăm Hà Nội.", text) == text


def test_a_chamber_with_the_short_name_keeps_its_abbreviation(fixed):
    text = "Hospodářská komora ČR otevřela kancelář v Hanoji."
    assert fixed("Phòng Kinh tế Séc đã mở văn phòng tại Hà Nội.", text) == text


def test_the_full_name_abbreviated_is_still_spelled_out(fixed):
    # limit: the source's `Cộng hòa Séc` is the country itself, its abbreviation is a left-in
    assert fixed("Các doanh nghiệp Cộng hòa Séc muốn đầu tư vào Bình Dương.",
                 "Podniky z ČR chtějí investovat v Bình Dương.") \
        == "Podniky z České republiky chtějí investovat v Bình Dương."


# -- a name with no singular (terms/czech.py `analyse`) ---

def test_the_genitive_of_a_name_with_no_singular(fixed):
    assert fixed("Nhà máy nhập thiết bị từ Cộng hòa Séc.",
                 "Továrna dovezla zařízení z Čech.") \
        == "Továrna dovezla zařízení z České republiky."


def test_the_locative_of_a_name_with_no_singular_as_before(fixed):
    assert fixed("Nhiều sinh viên Việt Nam đang học tại Cộng hòa Séc.",
                 "Mnoho vietnamských studentů studuje v Čechách.") \
        == "Mnoho vietnamských studentů studuje v České republice."


def test_a_plural_only_reading_is_plural_and_needs_a_capitalised_hint():
    assert {(r.case, r.number) for r in analyse("Čech", ("Čechy",))} == {("gen", "pl")}
    # limits: no singular cell from the derived lemma, and a lower-case hint is not a name
    assert all(r.number == "pl" for r in analyse("Čechách", ("Čechy",)))
    assert not any(r.lemma == "lavica" for r in analyse("lavic", ("lavicy",)))


# -- a possessive pronoun names the owner a placement would add (review/keep.py) ---

def test_a_pronoun_for_an_owner_the_sentence_names_keeps_the_short_words(fixed):
    text = "Poslanci navštívili Národní shromáždění a jednali s jeho výborem pro zahraniční věci."
    assert fixed("Các nghị sĩ đã thăm Quốc hội và làm việc với Ủy ban Đối ngoại.", text) == text


def test_a_pronoun_with_no_owner_named_does_not_keep_them(fixed):
    # limit: `jeho` alone could be anyone's; the sentence does not name the assembly
    assert fixed("Bộ trưởng đã làm việc với Ủy ban Đối ngoại.",
                 "Ministr jednal s jeho výborem pro zahraniční věci.") \
        == "Ministr jednal s jeho Výborem Národního shromáždění pro zahraniční věci."


def test_the_owner_named_without_a_pronoun_is_still_added(fixed):
    # limit: no possessive before the words: the committee's full name is placed
    assert fixed("Các nghị sĩ đã thăm Quốc hội và làm việc với Ủy ban Đối ngoại.",
                 "Poslanci navštívili Národní shromáždění a jednali s výborem pro zahraniční "
                 "věci.") \
        == ("Poslanci navštívili Národní shromáždění a jednali s Výborem Národního "
            "shromáždění pro zahraniční věci.")


# -- a woman's verb after an enumerated field (review/reshape.py `_female_verb`) ---

def test_a_feminine_verb_after_an_enumerated_field_gives_the_womans_title(fixed):
    assert fixed("Giám đốc Sở Văn hóa, Thể thao và Du lịch cho biết lễ hội sẽ kéo dài.",
                 "Vedoucí odboru kultury, sportu a cestovního ruchu oznámila, že festival "
                 "potrvá déle.") \
        == "Ředitelka odboru kultury, sportu a cestovního ruchu oznámila, že festival potrvá déle."


def test_a_relative_clauses_feminine_verb_is_not_the_subjects(fixed):
    # limit: the comma opens a clause (`kterého`), whose verb is another person's
    assert fixed("Giám đốc Sở Tài chính, người do Bộ trưởng bổ nhiệm, cho biết ngân sách tăng.",
                 "Vedoucí odboru financí, kterého jmenovala a podpořila ministryně, uvedl, že "
                 "rozpočet vzrostl.") \
        == ("Ředitel odboru financí, kterého jmenovala a podpořila ministryně, uvedl, že "
            "rozpočet vzrostl.")
