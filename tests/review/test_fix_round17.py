"""`check --fix`, round seventeen (issue 12z): a listed noun's unlisted `-ích` locative is no
adjective; a name of the term made an adjective before the rendering belongs to it; a term that
coordinates takes in the rendering's second conjunct; the adverb of a replaced adjective goes with
it; the Vietnamese left in without marks is found before a name too; a classifying adjective before
a bare noun goes with it where the source has nothing after the term for it to render.
Sentences written for these tests (none from a bench set)."""

from __future__ import annotations

import pytest

from translate.draft.enforce import RequiredTerm
from translate.draft.place import Placement
from translate.review.fix import fix_text
from translate.review.reshape import reshape
from translate.terms.czech import is_adjective


def test_a_locative_plural_of_a_listed_noun_is_no_adjective():
    assert not is_adjective("okrscích")  # okrsek: the list holds the noun, not this form
    assert not is_adjective("zámcích")
    assert is_adjective("městských") and is_adjective("okresních")
    assert is_adjective("vietnamsko-laoských")  # unknown, no noun gives it back: an adjective


@pytest.mark.parametrize("vi, cs, expected", [
    ("Đoàn Thanh niên Cộng sản Hồ Chí Minh tổ chức hội trại hè.",
     "Ho Či Minův svaz mládeže uspořádal letní tábor.",
     "Komunistický svaz mládeže Ho Či Mina uspořádal letní tábor."),
    ("Công ty tài trợ cho Đoàn Thanh niên Cộng sản Hồ Chí Minh.",
     "Firma sponzoruje Hočiminovský komunistický svaz mládeže.",
     "Firma sponzoruje Komunistický svaz mládeže Ho Či Mina."),
])
def test_the_terms_name_made_an_adjective_before_the_rendering(vi, cs, expected, glossary,
                                                                matcher):
    assert fix_text(vi, cs, "cs", glossary, matcher)[0] == expected


def test_a_coordinating_term_takes_in_the_renderings_second_conjunct(glossary, matcher):
    got, _ = fix_text("Bộ Giáo dục và Đào tạo công bố đáp án.",
                      "Ministerstvo vzdělávání a výcviku zveřejnilo odpovědi.",
                      "cs", glossary, matcher)
    assert got == "Ministerstvo školství a odborné přípravy zveřejnilo odpovědi."


def test_a_second_body_coordinated_after_the_term_stays(glossary, matcher):
    cs = "Ministerstvo průmyslu a obchodu a ministerstvo financí jednaly."
    assert fix_text("Bộ Công Thương và Bộ Tài chính đã họp.", cs, "cs", glossary,
                    matcher)[0] == cs


@pytest.mark.parametrize("cs, expected", [
    ("Banka poskytuje zvýhodněné úvěry sociálně slabým rodinám.",
     "Banka poskytuje zvýhodněné úvěry chudým domácnostem."),
    # the adjective is the term's own: the adverb qualifies it, and stays
    ("Banka poskytuje zvýhodněné úvěry extrémně chudým rodinám.",
     "Banka poskytuje zvýhodněné úvěry extrémně chudým domácnostem."),
])
def test_the_adverb_of_a_replaced_adjective(cs, expected, glossary, matcher):
    assert fix_text("Ngân hàng cho hộ nghèo vay vốn ưu đãi.", cs, "cs", glossary,
                    matcher)[0] == expected


@pytest.mark.parametrize("vi, cs, expected", [
    ("UBND tỉnh Lào Cai phê duyệt quy hoạch.", "UBND tinh Lao Cai schválil územní plán.",
     "Provinční lidový výbor Lao Cai schválil územní plán."),
    ("Huyện ủy Bát Xát tổ chức lễ kỷ niệm.", "Huyen uy Bat Xat uspořádal oslavu.",
     "Okresní výbor strany Bat Xat uspořádal oslavu."),
])
def test_the_vietnamese_left_in_without_marks_before_a_name(vi, cs, expected, glossary,
                                                            matcher):
    assert fix_text(vi, cs, "cs", glossary, matcher)[0] == expected


def test_a_classifying_adjective_of_the_synonym_goes(glossary, matcher):
    got, _ = fix_text("Cử tri đã bầu Hội đồng nhân dân.", "Voliči zvolili místní zastupitelstvo.",
                      "cs", glossary, matcher)
    assert got == "Voliči zvolili lidovou radu."


@pytest.mark.parametrize("vi, cs, expected", [
    # `thành phố` after the term: `městského` renders it
    ("Đại biểu Hội đồng nhân dân thành phố đã họp.",
     "Zasedali poslanci městského zastupitelstva.",
     "Zasedali poslanci městské lidové rady."),
    # the source names the concept with more words than its main name: `místní` says them
    ("Đây là nhiệm vụ của chính quyền địa phương.", "To je úkol místní samosprávy.",
     "To je úkol místní státní správy."),
])
def test_a_classifying_adjective_that_renders_a_source_word_stays(vi, cs, expected, glossary,
                                                                   matcher):
    assert fix_text(vi, cs, "cs", glossary, matcher)[0] == expected


def test_reshape_leaves_english_alone_but_for_the_female_word():
    term = RequiredTerm("local.council", "Hội đồng nhân dân", ("People's Council",))
    text = "Voters elected the local council."
    placement = Placement(text.index("council"), text.index("council") + 7, "council",
                          "People's Council")
    assert reshape(text, placement, "Cử tri đã bầu Hội đồng nhân dân.", term, "en") == placement
