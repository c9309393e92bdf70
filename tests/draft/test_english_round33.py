"""English `check --fix`, round thirty-three (issue 12bs). `payout` for the disbursement of
public capital (three independent authors); a country's adjective right before a capitalised
word of the term itself names that country's body (`the Lao National Assembly`), while a place
of ours that begins with a country's name (`Lao Cai`, `Thai Binh`) stays ours. Own sentences,
none from a bench set; each mechanism with what it must not do."""

from __future__ import annotations

from translate.review.fix import fix_text
from translate.terms.files import SHIPPED_DIR, load_glossary
from translate.terms.matcher import TermMatcher

GLOSSARY = load_glossary(SHIPPED_DIR / "vi-en.tsv")
MATCHER = TermMatcher(GLOSSARY)


def _fix(vi: str, en: str) -> str:
    return fix_text(vi, en, "en", GLOSSARY, MATCHER)[0]


# --- payout for disbursement ------------------------------------------------------------------

def test_payout_of_public_capital_becomes_disbursement():
    vi = "Tỉnh đẩy nhanh giải ngân vốn đầu tư công trong quý cuối năm."
    en = "The province sped up the payout of public investment capital in the last quarter."
    assert _fix(vi, en) == ("The province sped up the disbursement of public investment capital"
                            " in the last quarter.")


def test_a_payout_the_source_does_not_say_stays():
    # limit: without `giải ngân` in the source an insurance payout is no disbursement
    vi = "Công ty bảo hiểm chi trả quyền lợi cho khách hàng bị thiệt hại do bão."
    en = "The insurer made a payout to customers hit by the storm."
    assert _fix(vi, en) == en


# --- a country's adjective before the term's own word ----------------------------------------

def test_the_secretary_general_of_another_assembly_keeps_its_country():
    vi = "Tổng Thư ký Quốc hội Lào tiếp đoàn doanh nghiệp Việt Nam tại Viêng Chăn."
    en = ("The Secretary General of the Lao National Assembly received a Vietnamese business"
          " delegation in Vientiane.")
    assert _fix(vi, en) == en


def test_our_own_secretary_general_is_still_fixed():
    # limit: without another country's word the reordered title is ours and is fixed
    vi = "Tổng Thư ký Quốc hội trình bày tờ trình về chương trình giám sát."
    en = "The National Assembly Secretary General presented the report on the oversight programme."
    assert _fix(vi, en).startswith("The Secretary General of the National Assembly presented")


def test_a_province_of_ours_named_like_a_country_stays_ours():
    # limit: `Thai Binh` — the capital after `Thai` is no word of the term, so the title is ours
    vi = "Chủ tịch Ủy ban nhân dân tỉnh Thái Bình tiếp các nhà đầu tư Nhật Bản."
    en = "The Thai Binh provincial People's Committee chairman received Japanese investors."
    assert "Chairman of the provincial People's Committee" in _fix(vi, en)


# --- `of Viet Nam` after a term that ends on `of Vietnam` ------------------------------------

def test_of_viet_nam_goes_with_a_term_that_ends_on_it():
    vi = "Đảng Cộng sản Việt Nam lãnh đạo công cuộc chuyển đổi số."
    en = "The Communist Party of Viet Nam leads the digital transformation."
    assert _fix(vi, en) == "The Communist Party of Vietnam leads the digital transformation."


def test_the_term_written_whole_stays():
    # limit: nothing is said twice where the text already writes the term
    vi = "Đảng Cộng sản Việt Nam lãnh đạo công cuộc chuyển đổi số."
    en = "The Communist Party of Vietnam leads the digital transformation."
    assert _fix(vi, en) == en


# --- an association's head is its Chairman --------------------------------------------------

def test_the_president_of_an_association_becomes_its_chairman():
    vi = "Chủ tịch Hội Làm vườn tỉnh Bến Tre thăm các nhà vườn."
    en = "The President of the Ben Tre Gardening Association visited the orchards."
    assert _fix(vi, en) == "The Chairman of the Ben Tre Gardening Association visited the orchards."


def test_the_president_of_the_womens_union_stays():
    # limit: a Women's Union's President is what English news calls its head
    vi = "Chủ tịch Hội Liên hiệp Phụ nữ tỉnh Nghệ An trao quà cho phụ nữ nghèo."
    en = "The President of the Nghe An provincial Women's Union presented gifts to poor women."
    assert _fix(vi, en) == en


def test_a_president_far_from_the_association_stays():
    # limit: the association must follow the title within one noun phrase
    vi = "Chủ tịch Hội Liên hiệp Phụ nữ tỉnh gặp gỡ các hội viên của hiệp hội doanh nghiệp."
    en = "The President of the provincial Women's Union met members of the Business Association."
    assert _fix(vi, en).startswith("The President of the provincial Women's Union")


def test_an_association_past_a_verb_is_another_phrase():
    # limit: only capitalised words or a level between `of the` and the association
    vi = "Chủ tịch Hội Liên hiệp Phụ nữ tỉnh gặp hiệp hội doanh nghiệp."
    en = "The President of the Women's Union met the Business Association."
    assert _fix(vi, en).startswith("The President of the Women's Union met")
