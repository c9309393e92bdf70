"""`check --fix`, round fourteen (issue 12u): names coordinated after a locative (`úřadům v X a
Y`) make a plural rendering several bodies; a document type numbered by a plain number in the
source (`Kế hoạch số 12`) is anchored by that number after `č.`, whatever noun the translator
chose; `radnice` renders a city's people's committee; `kolegyně` is the female `kolega`.
Sentences written for these tests (none from a bench set)."""

from __future__ import annotations

import pytest

from translate.draft.context import order_cells
from translate.draft.enforce import RequiredTerm
from translate.review.docref import code_slot, numbered
from translate.review.fix import fix_text
from translate.terms.equivalents import feminine_forms


@pytest.mark.parametrize("vi, cs, expected", [
    # two communes' committees: dative plural, kept plural
    ("Huyện giao nhiệm vụ cho Ủy ban nhân dân xã Tân Lập và xã Tân Hòa.",
     "Okres přidělil úkoly obecním úřadům v Tan Lap a Tan Hoa.",
     "Okres přidělil úkoly obecním lidovým výborům v Tan Lap a Tan Hoa."),
    # two provinces' councils, the subject of a plural verb
    ("HĐND tỉnh Cao Bằng và HĐND tỉnh Lạng Sơn cùng thảo luận về cửa khẩu.",
     "Krajská zastupitelstva v Cao Bang a Lang Son společně projednala hraniční přechody.",
     "Provinční lidové rady v Cao Bang a Lang Son společně projednala hraniční přechody."),
])
def test_names_coordinated_after_a_locative_keep_the_plural(vi, cs, expected, glossary,
                                                            matcher):
    assert fix_text(vi, cs, "cs", glossary, matcher)[0] == expected


def test_one_body_in_one_place_stays_singular(glossary, matcher):
    vi = "Các đại biểu làm việc với HĐND tỉnh Cao Bằng về cửa khẩu."
    cs = "Poslanci jednali s krajským zastupitelstvem v Cao Bang o hraničních přechodech."
    assert fix_text(vi, cs, "cs", glossary, matcher)[0] == \
        "Poslanci jednali s provinční lidovou radou v Cao Bang o hraničních přechodech."


@pytest.mark.parametrize("vi, cs, expected", [
    ("Trong Kế hoạch số 45, tỉnh đặt mục tiêu trồng 2.000 ha rừng.",
     "V harmonogramu č. 45 si provincie stanovila cíl vysázet 2 000 ha lesa.",
     "V plánu č. 45 si provincie stanovila cíl vysázet 2 000 ha lesa."),
    ("Ban Bí thư ban hành Kết luận số 31 về công tác phòng chống thiên tai.",
     "Sekretariát ÚV strany vydal stanovisko č. 31 k ochraně před přírodními katastrofami.",
     "Sekretariát ÚV strany vydal závěr č. 31 k ochraně před přírodními katastrofami."),
])
def test_a_plainly_numbered_document_is_anchored_by_its_number(vi, cs, expected, glossary,
                                                               matcher):
    assert fix_text(vi, cs, "cs", glossary, matcher)[0] == expected


def _doc(concept: str, source: str) -> RequiredTerm:
    return RequiredTerm(concept=concept, source=source, targets=("plán",))


def test_numbered_reads_only_a_plain_number_right_after_a_document_type():
    assert numbered("Theo Kế hoạch số 88, tỉnh sẽ xây cầu.", _doc("doc.plan", "Kế hoạch")) == "88"
    # a code is a document reference's (review.docref_terms), a decimal is no number of a document
    assert numbered("Kế hoạch số 88/KH-UBND đã ban hành.", _doc("doc.plan", "Kế hoạch")) is None
    assert numbered("Kế hoạch số 8,5 tỷ.", _doc("doc.plan", "Kế hoạch")) is None
    # not a document type; a document type said twice
    assert numbered("Tỉnh số 5 đã họp.", _doc("local.province", "Tỉnh")) is None
    assert numbered("Kế hoạch số 8 và Kế hoạch số 9.", _doc("doc.plan", "Kế hoạch")) is None


def test_a_plain_number_anchors_only_after_the_number_sign():
    assert code_slot("Provincie vydala koncepci č. 20 o lesích.", "20") == (17, 25)
    assert code_slot("Provincie vydala 20 koncepcí o lesích.", "20") is None  # a count
    assert code_slot("Koncepce č. 20 a koncepce č. 20.", "20") is None  # twice
    assert code_slot("Koncepce č. 120 o lesích.", "20") is None  # another number


def test_a_city_hall_is_the_city_peoples_committee(glossary, matcher):
    vi = "Thủ tướng giao UBND thành phố Hải Phòng làm chủ đầu tư dự án."
    cs = "Předseda vlády pověřil radnici v Haiphongu rolí investora projektu."
    assert fix_text(vi, cs, "cs", glossary, matcher)[0] == \
        "Předseda vlády pověřil městský lidový výbor v Haiphongu rolí investora projektu."


def test_the_female_of_kolega():
    assert "kolegyně" in feminine_forms("kolega")


@pytest.mark.parametrize("vi, cs, expected", [
    # alone before a comma at a quotation's start, an imperative after: the vocative
    ("„Đồng chí hãy báo cáo rõ tình hình“, Bí thư yêu cầu.",
     "„Kolegyně, podejte jasnou zprávu o situaci,“ požadoval tajemník.",
     "„Soudružko, podejte jasnou zprávu o situaci,“ požadoval tajemník."),
])
def test_the_person_spoken_to_is_in_the_vocative(vi, cs, expected, glossary, matcher):
    assert fix_text(vi, cs, "cs", glossary, matcher)[0] == expected


def test_a_subject_before_a_comma_without_an_imperative_stays_nominative():
    text = "Kolegyně, která vedla delegaci, promluvila."
    assert order_cells({("nom", "sg"), ("voc", "sg")}, text, 0, 8)[0] == ("nom", "sg")
    assert order_cells({("nom", "sg"), ("voc", "sg")}, "Kolegyně, mluvte.", 0, 8)[0] == \
        ("voc", "sg")
