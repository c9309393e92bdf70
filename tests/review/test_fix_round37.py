"""check --fix, round thirty-seven (issue 12bo): a document left in Vietnamese is never a
recipient (`placeform._document_case`: the means `bằng` says → instrumental, the thing a
verb of sending sends → accusative), `fix_terms` in named steps (`review/fixterms.py`); each
with its limits. Sentences are the developer's own."""

from __future__ import annotations

from translate.draft.source import MEANS, source_hints
from translate.review.fix import fix_terms as fix_terms_reexported
from translate.review.fix import fix_text
from translate.review.fixterms import FixScope, fix_terms


def fixed(glossary, vi: str, cs: str) -> str:
    return fix_text(vi, cs, "cs", glossary)[0]


# -- a document left in Vietnamese (draft/placeform.py) -----------------------------------------

def test_a_document_after_a_verb_of_sending_is_the_thing_sent(glossary):
    assert fixed(glossary, "Bộ Tài chính đã gửi công văn cho các tỉnh.",
                 "Ministerstvo financí poslalo công văn provinciím.") \
        == "Ministerstvo financí poslalo úřední dopis provinciím."


def test_a_document_the_source_gives_as_the_means_is_instrumental(glossary):
    assert source_hints("trả lời bằng công văn", 13, 21).role == MEANS
    assert fixed(glossary, "UBND tỉnh đã trả lời cử tri bằng công văn số 12.",
                 "Provinční lidový výbor odpověděl voličům công văn č. 12.") \
        == "Provinční lidový výbor odpověděl voličům úředním dopisem č. 12."


def test_a_prepositions_dative_stays_for_a_document(glossary):
    assert fixed(glossary, "Nhờ công văn số 5, thủ tục được rút gọn.",
                 "Díky công văn č. 5 se postup zkrátil.") \
        == "Díky úřednímu dopisu č. 5 se postup zkrátil."


def test_a_person_after_a_verb_of_sending_stays_the_recipient(glossary):
    assert fixed(glossary, "Tỉnh đã gửi thư chúc mừng Chủ tịch nước.",
                 "Provincie zaslala Chủ tịch nước blahopřejný dopis.") \
        == "Provincie zaslala prezidentovi blahopřejný dopis."
    assert fixed(glossary, "Sở đã rà soát Nghị quyết và gửi lên Tỉnh ủy.",
                 "Odbor prověřil usnesení a zaslal Tỉnh ủy.") \
        == "Odbor prověřil usnesení a zaslal provinčnímu výboru strany."


# -- fix_terms in named steps (review/fixterms.py) ----------------------------------------------

def test_fix_terms_is_the_same_function_from_either_module():
    assert fix_terms_reexported is fix_terms


def test_the_scope_defaults_leave_every_table_empty():
    scope = FixScope("cs", [], [])
    assert scope.documents == {} and scope.nested == {} and scope.words is None
    assert fix_terms("Vláda zasedá.", [], "cs") == ("Vláda zasedá.", [])
