"""Renderings round fifty-one (issue 11zy): unseen54 as development data (tested with the
other sets in test_coverage_round46.py) and unseen55 held out, and the title grammar's and the
auxiliary glossary files' renderings following the core glossary's. Sentences are the
engineer's own."""

from __future__ import annotations

import pytest
from shipped_matching import found

from translate.review.fix import fix_text


# a composed title with a place carries the core glossary's order as an accepted variant: the
# level adjective before the body and the place after it (Czech), `of <place>` (English)
@pytest.mark.parametrize("text, span, lang, variant", [
    ("Ông Quý, Phó Chủ tịch UBND tỉnh Bạc Liêu, đến thăm.", "Phó Chủ tịch UBND tỉnh Bạc Liêu",
     "cs", "místopředseda provinčního lidového výboru Bạc Liêu"),
    ("Bí thư Huyện ủy Quan Hóa đi kiểm tra.", "Bí thư Huyện ủy Quan Hóa", "cs",
     "tajemník okresního výboru strany Quan Hóa"),
    ("Tỉnh ủy Bến Tre ban hành chỉ thị.", "Tỉnh ủy Bến Tre", "cs",
     "provinční výbor strany Bến Tre"),
    ("Phó Chủ tịch UBND tỉnh Bạc Liêu đến thăm.", "Phó Chủ tịch UBND tỉnh Bạc Liêu", "en",
     "Vice Chairman of the provincial People's Committee of Bac Lieu"),
    ("UBND phường Hưng Bình họp dân.", "UBND phường Hưng Bình", "en",
     "People's Committee of Hung Binh ward"),
    ("Bí thư Chi bộ bản Pá Khoang phát biểu.", "Bí thư Chi bộ bản Pá Khoang", "en",
     "Secretary of the Party cell of Pa Khoang village"),
    ("Huyện ủy Quan Hóa họp.", "Huyện ủy Quan Hóa", "en", "district Party Committee of Quan Hoa"),
])
def test_the_listed_order_is_an_accepted_variant(matcher, text, span, lang, variant):
    targets = found(matcher, text, span).targets[lang]
    assert variant in targets[1:] and targets[0] != variant  # the grammar's stays preferred


# limits: no variant where the level has no Czech adjective (ward, town), for a country, a
# parent body or a numbered unit
@pytest.mark.parametrize("text, span", [
    ("Chủ tịch UBND phường Hưng Bình tiếp dân.", "Chủ tịch UBND phường Hưng Bình"),
    ("Chủ tịch UBND thị xã Cửa Lò tiếp dân.", "Chủ tịch UBND thị xã Cửa Lò"),
])
def test_no_czech_variant_without_a_level_adjective(matcher, text, span):
    targets = found(matcher, text, span).targets["cs"]
    assert len(targets) == 2 and all(" provinční" not in t for t in targets)


def test_no_variant_for_a_country_or_a_numbered_unit(matcher):
    for text, span in (("Chủ tịch Quốc hội Lào thăm Việt Nam.", "Chủ tịch Quốc hội Lào"),
                       ("Chủ tịch UBND Phường 3 tiếp dân.", "Chủ tịch UBND Phường 3")):
        hit = found(matcher, text, span)
        assert len(hit.targets["cs"]) <= 2 and len(hit.targets["en"]) <= 2


# English: the body before `<place> <level noun>` only below the district, where the sets write
# it so; above, `People's Committee of X province` stays a wrong order to fix
def test_of_place_province_is_no_variant(matcher):
    hit = found(matcher, "Phó Chủ tịch UBND tỉnh Bạc Liêu đến thăm.",
                "Phó Chủ tịch UBND tỉnh Bạc Liêu")
    assert "Vice Chairman of the People's Committee of Bac Lieu province" not in hit.targets["en"]
    hit = found(matcher, "Huyện ủy Quan Hóa họp.", "Huyện ủy Quan Hóa")
    assert "Party Committee of Quan Hoa district" not in hit.targets["en"]


def test_the_grammar_rendering_stays_first(matcher):
    hit = found(matcher, "Bí thư Huyện ủy Quan Hóa đi kiểm tra.", "Bí thư Huyện ủy Quan Hóa")
    assert hit.target("cs") == "tajemník výboru strany okresu Quan Hóa"
    assert hit.target("en") == "Secretary of the Quan Hoa district Party Committee"


@pytest.mark.parametrize("lang, right", [
    ("cs", "Tajemník okresního výboru strany Quan Hóa zkontroloval hráze."),
    ("en", "The Secretary of the district Party Committee of Quan Hoa inspected the dykes."),
])
def test_check_fix_keeps_a_translation_in_the_listed_order(matcher, lang, right):
    glossary = matcher.glossary  # the shared matcher's (not loaded again)
    source = "Bí thư Huyện ủy Quan Hóa đã kiểm tra đê điều."
    assert fix_text(source, right, lang, glossary, matcher)[0] == right


def test_check_fix_still_replaces_a_wrong_title(matcher):
    glossary = matcher.glossary
    source = "Bí thư Huyện ủy Quan Hóa đã kiểm tra đê điều."
    wrong = "The Chief of the district Party Committee of Quan Hoa inspected the dykes."
    assert fix_text(source, wrong, "en", glossary, matcher)[0] != wrong
