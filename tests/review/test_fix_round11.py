"""`check --fix`, round eleven (issue 12m): a document type inside a document reference is
anchored by the reference's code, whatever word the translator chose for it. Sentences written
for these tests (none from a bench set)."""

from __future__ import annotations

import pytest

from translate.draft.context import order_cells, woman_named
from translate.draft.source import source_hints
from translate.review.docref import code_slot, docref_terms
from translate.review.fix import fix_text


@pytest.mark.parametrize("vi, cs, expected", [
    # a calque before the number sign, accusative
    ("Bộ Y tế ban hành Chỉ thị số 12/CT-BYT về phòng dịch.",
     "Ministerstvo zdravotnictví vydalo direktivu č. 12/CT-BYT o prevenci epidemií.",
     "Ministerstvo zdravotnictví vydalo směrnici č. 12/CT-BYT o prevenci epidemií."),
    # another word, instrumental, after a noun that is not the document's
    ("Tỉnh thành lập hội đồng thẩm định bằng Quyết định số 77/QĐ-UBND.",
     "Provincie zřídila hodnotící komisi výnosem č. 77/QĐ-UBND.",
     "Provincie zřídila hodnotící komisi rozhodnutím č. 77/QĐ-UBND."),
    # an adjective before the noun goes with it
    ("Sở đã gửi Công văn số 88/SXD-QLN tới các huyện.",
     "Odbor zaslal okresům oficiální přípis č. 88/SXD-QLN.",
     "Odbor zaslal okresům úřední dopis č. 88/SXD-QLN."),
    # the Vietnamese left in, no number sign
    ("Điều này được nêu trong Nghị quyết 18-NQ/TW.",
     "To je uvedeno v Nghị quyết 18-NQ/TW.",
     "To je uvedeno v usnesení 18-NQ/TW."),
])
def test_a_document_type_before_its_code_is_fixed(vi, cs, expected, glossary, matcher):
    assert fix_text(vi, cs, "cs", glossary, matcher)[0] == expected


@pytest.mark.parametrize("vi, cs", [
    # the term as the glossary has it
    ("Chính phủ ban hành Nghị định số 15/2025/NĐ-CP.",
     "Vláda vydala nařízení vlády č. 15/2025/NĐ-CP."),
    # a body's abbreviation between the noun and the code: nothing anchored
    ("Ban Bí thư ban hành Chỉ thị số 30-CT/TW.",
     "Sekretariát ÚV strany vydal dokument ÚV č. 30-CT/TW."),
    # the code is not in the translation
    ("Bộ Tài chính ban hành Thông tư số 40/2024/TT-BTC.",
     "Ministerstvo financí vydalo nový předpis."),
])
def test_references_without_an_anchored_rendering_stay(vi, cs, glossary, matcher):
    output, fixes = fix_text(vi, cs, "cs", glossary, matcher)
    assert output == cs and fixes == []


def test_docref_terms_give_the_document_type_and_its_code(glossary, matcher):
    found = docref_terms("Theo Chỉ thị số 45-CT/TW của Ban Bí thư.", glossary, matcher, "cs")
    assert [(t.concept, t.target, code) for t, code in found] == [
        ("doc.directive", "směrnice", "45-CT/TW")]


@pytest.mark.parametrize("text, code, span", [
    ("vydal direktivu č. 45-CT/TW o", "45-CT/TW", "direktivu"),
    ("vydal novou direktivu 45-CT/TW o", "45-CT/TW", "novou direktivu"),
    ("vydal č. 45-CT/TW", "45-CT/TW", None),             # a verb before the code
    ("podle Nguyen č. 45-CT/TW", "45-CT/TW", None),      # a name
    ("direktiva, č. 45-CT/TW", "45-CT/TW", None),        # punctuation between
    ("č. 45-CT/TW a č. 45-CT/TW", "45-CT/TW", None),     # the code twice
])
def test_code_slot(text, code, span):
    got = code_slot(text, code)
    assert (text[got[0]:got[1]] if got else None) == span


@pytest.mark.parametrize("vi, cs, expected", [
    # `nữ` after the person noun says women, as it does before it
    ("Số cán bộ nữ của tỉnh tăng mạnh.",
     "Počet ženských kádrů v provincii výrazně vzrostl.",
     "Počet funkcionářek v provincii výrazně vzrostl."),
    # the preposition follows the new first sound once the female adjective goes
    ("Bí thư đã gặp các cán bộ nữ của huyện.",
     "Tajemník se setkal se ženskými kádry okresu.",
     "Tajemník se setkal s funkcionářkami okresu."),
])
def test_nu_after_the_noun_makes_a_womans_title(vi, cs, expected, glossary, matcher):
    assert fix_text(vi, cs, "cs", glossary, matcher)[0] == expected


def test_nu_after_the_term_is_a_source_hint():
    source = "Tỷ lệ cán bộ nữ đạt 30%."
    at = source.index("cán bộ")
    assert source_hints(source, at, at + len("cán bộ")).female
    other = "Tỷ lệ cán bộ trẻ đạt 30%."
    assert not source_hints(other, at, at + len("cán bộ")).female


@pytest.mark.parametrize("text, cell", [
    # a numeral from five on after a preposition taking the accusative: genitive plural
    ("Dostali schválení pro 6 dalších {}.", ("gen", "pl")),
    ("Dostali schválení pro 3 další {}.", ("acc", "pl")),  # below five: the accusative
    ("Dostali schválení pro {}.", ("acc", "sg")),
])
def test_a_numeral_after_a_preposition_decides_the_case(text, cell):
    cells = {(c, n) for c in ("nom", "gen", "dat", "acc", "loc", "ins") for n in ("sg", "pl")}
    at = text.index("{}")
    plural = cell[1] == "pl"
    assert order_cells(cells, text.replace("{}", "KCN"), at, at + 3, plural)[0] == cell


@pytest.mark.parametrize("vi, cs, expected", [
    # a Czech ministerial `vyhláška` for a Thông tư
    ("Bộ Y tế đã ban hành ba Thông tư mới.",
     "Ministerstvo zdravotnictví vydalo tři nové vyhlášky.",
     "Ministerstvo zdravotnictví vydalo tři nové oběžníky."),
    # `komunista` for a party member, in the instrumental plural
    ("Bí thư đã gặp các đảng viên trẻ.",
     "Tajemník se setkal s mladými komunisty.",
     "Tajemník se setkal s mladými členy strany."),
    # a `ward` as the dictionary has it
    ("Quận có 12 phường.",
     "Městský obvod má 12 okrsků.",
     "Městský obvod má 12 městských čtvrtí."),
    # MT's `department` for a ministry
    ("Thủ tướng làm việc với lãnh đạo các Bộ.",
     "Premiér jednal s vedením departmentů.",
     "Premiér jednal s vedením ministerstev."),
    # a business entity for a doanh nghiệp
    ("Thuế giảm cho doanh nghiệp.",
     "Daně klesly obchodním subjektům.",
     "Daně klesly podnikům."),
])
def test_listed_equivalents_of_the_whole_glossary(vi, cs, expected, glossary, matcher):
    assert fix_text(vi, cs, "cs", glossary, matcher)[0] == expected


@pytest.mark.parametrize("vi, cs, expected", [
    # a title in apposition to a woman's name after a preposition: hers, in its case
    ("Nhà báo phỏng vấn bà Trần Thị Mai, Giám đốc Sở Tài chính.",
     "Novinář hovořil s Tran Thi Mai, vedoucí odboru financí.",
     "Novinář hovořil s Tran Thi Mai, ředitelkou odboru financí."),
    # a woman's `-ová` title in the dative plural
    ("Bí thư tặng quà cho các nữ Giám đốc Sở.",
     "Tajemník předal dárky šéfovým odborů.",
     "Tajemník předal dárky ředitelkám odborů."),
])
def test_womens_titles_in_apposition_and_in_the_plural(vi, cs, expected, glossary, matcher):
    assert fix_text(vi, cs, "cs", glossary, matcher)[0] == expected


def test_a_list_title_after_a_womans_titled_name_is_not_hers():
    text = "Přišli ministryně Pham Thi Tra, předseda výboru Pham Quang Ngoc a další."
    at = text.index("předseda")
    assert not woman_named(text, at, at + len("předseda výboru"))
    text = "Hovořil s Le Thi Thu, vedoucí odboru."
    at = text.index("vedoucí")
    assert woman_named(text, at, at + len("vedoucí odboru"))


@pytest.mark.parametrize("vi, cs, expected", [
    # the rest of the translator's rendering says a word of the term again: taken in
    ("Vốn đầu tư trực tiếp nước ngoài vào thành phố tăng mạnh.",
     "Objem přímých investic ze zahraničí do města výrazně vzrostl.",
     "Objem přímých zahraničních investic do města výrazně vzrostl."),
    # … but not a place's own phrase with its name after it
    ("Phó Bí thư Huyện ủy Mường Lát đã phát biểu.",
     "Vystoupil místotajemník Huyện ủy v okrese Mường Lát.",
     "Vystoupil místotajemník okresního výboru strany v okrese Mường Lát."),
])
def test_an_echo_after_the_fixed_span(vi, cs, expected, glossary, matcher):
    assert fix_text(vi, cs, "cs", glossary, matcher)[0] == expected


def test_women_in_parliament_are_its_female_deputies(glossary, matcher):
    vi = "Chủ tịch nước đã gặp các nữ đại biểu Quốc hội khóa XV."
    cs = "Prezident se setkal se ženami v parlamentu patnáctého volebního období."
    assert fix_text(vi, cs, "cs", glossary, matcher)[0] == (
        "Prezident se setkal s poslankyněmi Národního shromáždění patnáctého volebního období.")


@pytest.mark.parametrize("vi, cs, expected", [
    # `dvě` counts feminine nouns, `dva` masculine ones: the numeral follows the term
    ("Bộ Y tế đã ban hành hai Thông tư.",
     "Ministerstvo zdravotnictví vydalo dvě vyhlášky.",
     "Ministerstvo zdravotnictví vydalo dva oběžníky."),
    ("Hai Thông tư có hiệu lực.",
     "Dvě vyhlášky nabyly účinnosti.",
     "Dva oběžníky nabyly účinnosti."),
    # the same gender: the numeral stays
    ("Cả hai Thứ trưởng đều vắng mặt.",
     "Oba viceministři chyběli.",
     "Oba náměstci ministra chyběli."),
])
def test_two_follows_the_terms_gender(vi, cs, expected, glossary, matcher):
    assert fix_text(vi, cs, "cs", glossary, matcher)[0] == expected


def test_local_self_government_is_the_state_administration(glossary, matcher):
    vi = "Người dân tin tưởng vào chính quyền địa phương."
    cs = "Lidé důvěřují místní samosprávě."
    assert fix_text(vi, cs, "cs", glossary, matcher)[0] == "Lidé důvěřují místní státní správě."


@pytest.mark.parametrize("vi, cs, expected", [
    ("Tỉnh đẩy mạnh giải ngân vốn đầu tư công.",
     "Provincie urychluje vyplácení veřejných investic.",
     "Provincie urychluje čerpání veřejných investic."),
    ("Tỉnh dành nhiều nguồn lực cho an sinh xã hội.",
     "Provincie věnuje mnoho prostředků na sociální jistoty.",
     "Provincie věnuje mnoho prostředků na sociální zabezpečení."),
    ("Đảng kiên quyết đấu tranh chống tham nhũng, tiêu cực.",
     "Strana rozhodně bojuje proti korupci a nešvarům.",
     "Strana rozhodně bojuje proti korupci a negativním jevům."),
    ("Xã đạt chuẩn nông thôn mới năm 2024.",
     "Obec splnila kritéria nové vesnice v roce 2024.",
     "Obec splnila kritéria nového venkova v roce 2024."),
])
def test_economy_and_society_equivalents(vi, cs, expected, glossary, matcher):
    assert fix_text(vi, cs, "cs", glossary, matcher)[0] == expected
