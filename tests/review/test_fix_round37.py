"""check --fix, round thirty-seven (issue 12bo): a document left in Vietnamese is never a
recipient (`placeform._document_case`: the means `bằng` says → instrumental, the thing a
verb of sending sends → accusative), a state or public employee said as a person `ve státní
službě` (`review/service.py`), an ordinal before a placed title the source does not say
(`added.ordinal_before`), a cardinal read as a rendering's first word found again without it
(`fixterms._found`), `fix_terms` in named steps (`review/fixterms.py`); each with its
limits. Sentences are the developer's own."""

from __future__ import annotations

from translate.draft.source import MEANS, source_hints
from translate.review.fix import fix_terms as fix_terms_reexported
from translate.review.fixterms import FixScope, fix_terms
from translate.review.service import service_phrase

# -- a document left in Vietnamese (draft/placeform.py) -----------------------------------------

def test_a_document_after_a_verb_of_sending_is_the_thing_sent(fixed):
    assert fixed("Bộ Tài chính đã gửi công văn cho các tỉnh.",
                 "Ministerstvo financí poslalo công văn provinciím.") \
        == "Ministerstvo financí poslalo úřední dopis provinciím."


def test_a_document_the_source_gives_as_the_means_is_instrumental(fixed):
    assert source_hints("trả lời bằng công văn", 13, 21).role == MEANS
    assert fixed("UBND tỉnh đã trả lời cử tri bằng công văn số 12.",
                 "Provinční lidový výbor odpověděl voličům công văn č. 12.") \
        == "Provinční lidový výbor odpověděl voličům úředním dopisem č. 12."


def test_a_prepositions_dative_stays_for_a_document(fixed):
    assert fixed("Nhờ công văn số 5, thủ tục được rút gọn.",
                 "Díky công văn č. 5 se postup zkrátil.") \
        == "Díky úřednímu dopisu č. 5 se postup zkrátil."


def test_a_person_after_a_verb_of_sending_stays_the_recipient(fixed):
    assert fixed("Tỉnh đã gửi thư chúc mừng Chủ tịch nước.",
                 "Provincie zaslala Chủ tịch nước blahopřejný dopis.") \
        == "Provincie zaslala prezidentovi blahopřejný dopis."
    assert fixed("Sở đã rà soát Nghị quyết và gửi lên Tỉnh ủy.",
                 "Odbor prověřil usnesení a zaslal Tỉnh ủy.") \
        == "Odbor prověřil usnesení a zaslal provinčnímu výboru strany."


# -- fix_terms in named steps (review/fixterms.py) ----------------------------------------------

def test_fix_terms_is_the_same_function_from_either_module():
    assert fix_terms_reexported is fix_terms


def test_the_scope_defaults_leave_every_table_empty():
    scope = FixScope("cs", [], [])
    assert scope.documents == {} and scope.nested == {} and scope.words is None
    assert fix_terms("Vláda zasedá.", [], "cs") == ("Vláda zasedá.", [])


# -- a person `ve státní službě` (review/service.py) --------------------------------------------

def test_a_person_in_the_state_service_becomes_the_term_in_the_nouns_case(fixed):
    assert fixed("Tỉnh khen thưởng 25 công chức xuất sắc.",
                 "Provincie ocenila 25 vynikajících úředníků ve státní službě.") \
        == "Provincie ocenila 25 vynikajících státních úředníků."
    assert fixed("Bộ trưởng gặp gỡ công chức trẻ.",
                 "Ministr se setkal s mladými pracovníky ve státní službě.") \
        == "Ministr se setkal s mladými státními úředníky."


def test_a_woman_in_the_public_service_gets_the_womans_term(fixed):
    assert fixed("Công đoàn tặng quà cho các nữ viên chức.",
                 "Odbory věnovaly dary učitelkám ve veřejné službě.") \
        == "Odbory věnovaly dary veřejným zaměstnankyním."


def test_the_service_after_a_thing_is_no_rendering_of_the_person(fixed):
    assert fixed("Luật mới quy định về công chức.",
                 "Nový zákon upravuje práci ve státní službě.") \
        == "Nový zákon upravuje práci ve státní službě."
    assert service_phrase("práci ve státní službě", ("státní úředník",)).person is False


def test_only_a_term_that_opens_with_the_services_adjective():
    assert service_phrase("úředníků ve státní službě", ("funkcionář", "funkcionářka")) is None
    assert service_phrase("úředníků ve státní službě", ("státní úředník",)) == (0, 8, 25, True)
    assert service_phrase("úředníci státu", ("státní úředník",)) is None


# -- an ordinal before a placed title (review/added.py) -----------------------------------------

def test_a_second_secretary_for_a_deputy_loses_the_ordinal(fixed):
    assert fixed("Đoàn đã làm việc với Phó Bí thư Tỉnh ủy Nghệ An.",
                 "Delegace jednala s druhým tajemníkem provinčního výboru strany Nghệ An.") \
        == "Delegace jednala s místotajemníkem provinčního výboru strany Nghệ An."
    assert fixed("Bí thư Thành ủy đã phát biểu.",
                 "Promluvil první sekretář městského výboru strany.") \
        == "Promluvil tajemník městského výboru strany."


def test_an_ordinal_the_source_says_stays(fixed):
    assert fixed("Đây là lần thứ hai Bí thư Thành ủy thăm xã.",
                 "Je to podruhé, co první sekretář městského výboru strany navštívil obec.") \
        == "Je to podruhé, co první tajemník městského výboru strany navštívil obec."


def test_a_title_that_opens_with_its_own_ordinal_keeps_it(fixed):
    assert fixed("Phó Thủ tướng Thường trực đã chủ trì cuộc họp.",
                 "Schůzi řídil první vicepremiér.") == "Schůzi řídil první místopředseda vlády."


# -- a cardinal before the rendering stays (review/fixterms.py) ---------------------------------

def test_a_cardinal_before_the_rendering_stays_and_gives_the_number(fixed):
    assert fixed("Hội nghị biểu dương hai nữ bí thư Đảng ủy xã.",
                 "Konference ocenila dvě předsedkyně obecní stranické organizace.") \
        == "Konference ocenila dvě tajemnice obecního výboru strany."
    assert fixed("Ban Thường vụ Tỉnh ủy đã phân công ba Tỉnh ủy viên phụ trách vùng "
                 "biên giới.", "Stálý výbor provinčního výboru strany pověřil tři provinční "
                 "funkcionáře strany správou pohraničí.") \
        == "Stálý výbor provinčního výboru strany pověřil tři členy provinčního výboru strany " \
        "správou pohraničí."


def test_a_cardinal_from_five_keeps_the_genitive_plural(fixed):
    assert fixed("Tỉnh đã khen thưởng năm Chủ tịch UBND xã.",
                 "Provincie ocenila pět starostů obcí.") \
        == "Provincie ocenila pět předsedů obecních lidových výborů."
