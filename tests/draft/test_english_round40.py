"""English `check --fix` with what the product loads, round forty (issue 12cg): own sentences.

- a concept a core file lists (`chính quyền điện tử`) is core although the merged entry carries
  the Czech phrases file's path (`review.listed.auxiliary`);
- a spokesperson's title with the body's name first (`Ministry of Foreign Affairs
  spokesperson`) is an accepted variant of the composed title, only for roles English says after
  the body (`terms.listed_order._body_first_en`);
- `spokesperson`/`chairperson` have a woman's title (`terms.english.female_title`).
"""

from __future__ import annotations

import pytest

from translate.review.listed import auxiliary, listed_concept
from translate.terms.english import female_title
from translate.terms.files import SHIPPED_DIR
from translate.terms.model import Entry

# `shipped` (what the product loads) and `core_en` (`vi-en.tsv` alone): tests/draft/conftest



# --- a core concept whatever path the merged entry names -------------------------------------

def test_a_concept_listed_by_a_core_file_is_core_under_the_merged_path(shipped):
    glossary, _ = shipped
    entry = glossary.get("phrase.e_local_government")
    assert entry.path.endswith("vi-cs.phrases.tsv")  # the merge keeps the first file's path
    assert not auxiliary(entry)
    assert listed_concept("phrase.e_local_government", glossary)


def test_a_concept_of_an_auxiliary_file_alone_stays_auxiliary(shipped):
    glossary, _ = shipped
    assert auxiliary(glossary.get("phrase.digital_administration"))
    assert not listed_concept("phrase.digital_administration", glossary)


def test_the_same_concept_with_another_vietnamese_term_is_not_core():
    """Only the (concept, Vietnamese term) a core file lists: not the concept id alone."""
    other = Entry(concept="phrase.e_local_government", source="chính phủ điện tử kiểu mới",
                  targets={"en": ("e-government",)},
                  path=str(SHIPPED_DIR / "vi-en.phrases.tsv"))
    assert auxiliary(other)


def test_a_project_file_is_never_auxiliary(tmp_path):
    own = Entry(concept="x.own", source="điều gì đó", targets={"en": ("something",)},
                path=str(tmp_path / "vi-en.phrases.tsv"))
    assert not auxiliary(own)


def test_electronic_government_is_fixed_with_what_the_product_loads(shipped, fix_en):
    vi = "Lạng Sơn hoàn thành xây dựng chính quyền điện tử ở tất cả các xã."
    got = fix_en(shipped, vi, "Lang Son completed building electronic government in all communes.")
    assert got == "Lang Son completed building e-government in all communes."


def test_a_right_e_government_stays(shipped, fix_en):
    vi = "Lạng Sơn hoàn thành xây dựng chính quyền điện tử ở tất cả các xã."
    right = "Lang Son completed building e-government in all communes."
    assert fix_en(shipped, vi, right) == right


def test_the_core_glossary_alone_fixes_it_the_same_way(core_en, fix_en):
    vi = "Lạng Sơn hoàn thành xây dựng chính quyền điện tử ở tất cả các xã."
    got = fix_en(core_en, vi, "Lang Son completed building electronic government in all communes.")
    assert got == "Lang Son completed building e-government in all communes."


# --- a spokesperson after the body's name ----------------------------------------------------

SPOKES = "Người phát ngôn Bộ Ngoại giao Trần Văn Bình trả lời câu hỏi của phóng viên."


@pytest.mark.parametrize("right", [
    "Ministry of Foreign Affairs spokesperson Tran Van Binh answered reporters' questions.",
    "Spokesperson of the Ministry of Foreign Affairs Tran Van Binh answered reporters' questions.",
    "The Ministry of Foreign Affairs' spokesperson Tran Van Binh answered reporters' questions.",
])
def test_a_spokesperson_said_after_the_body_or_before_it_stays(shipped, right, fix_en):
    assert fix_en(shipped, SPOKES, right) == right


def test_a_spokeswoman_after_the_body_stays(shipped, fix_en):
    vi = "Người phát ngôn Bộ Ngoại giao cho biết Việt Nam phản đối hành động này."
    right = "The Ministry of Foreign Affairs spokeswoman said Vietnam opposed the move."
    assert fix_en(shipped, vi, right) == right


def test_the_body_first_variant_is_a_target_of_the_composed_title(shipped):
    _, matcher = shipped
    title = next(m for m in matcher.find(SPOKES) if m.concept.startswith("title:"))
    assert "Ministry of Foreign Affairs spokesperson" in title.targets["en"]
    assert title.targets["en"][0] == "Spokesperson of the Ministry of Foreign Affairs"


def test_a_wrong_body_before_spokesperson_is_still_fixed(shipped, fix_en):
    got = fix_en(shipped, SPOKES, "Foreign Affairs Ministry spokesperson Tran Van Binh answered "
                                "reporters' questions.")
    assert "Foreign Affairs Ministry" not in got
    assert "Ministry of Foreign Affairs spokesperson Tran Van Binh" in got


def test_other_roles_get_no_body_first_variant(shipped):
    """Limit: a procurator is not written after the body (`… Procuracy procurator`)."""
    _, matcher = shipped
    vi = "Kiểm sát viên Viện Kiểm sát nhân dân tối cao Lê Thị Hoa tham gia phiên tòa."
    title = next(m for m in matcher.find(vi) if m.concept.startswith("title:"))
    assert not any(t.endswith(("procurator", "Procurator")) for t in title.targets["en"])


def test_a_minister_gets_no_body_first_variant(shipped):
    _, matcher = shipped
    title = next(m for m in matcher.find("Bộ trưởng Bộ Tài chính phát biểu tại hội nghị.")
                 if m.concept.startswith("title:"))
    assert not any(t.lower().endswith("minister") for t in title.targets["en"])


def test_a_spokesperson_of_a_body_with_a_place_gets_no_body_first_variant(shipped):
    """Limit: one role of a named body alone; a province's office is the listed order's."""
    _, matcher = shipped
    vi = "Người phát ngôn Ủy ban nhân dân tỉnh Quảng Nam trả lời báo chí."
    titles = [m for m in matcher.find(vi) if m.concept.startswith("title:")]
    assert titles  # the composed title is found: its targets are what is judged
    for m in titles:
        assert not any(t.endswith("spokesperson") for t in m.targets["en"])


# --- a woman's title -------------------------------------------------------------------------

@pytest.mark.parametrize(("man", "woman"), [
    ("Spokesperson", "Spokeswoman"), ("Ministry of Health spokesperson",
                                      "Ministry of Health spokeswoman"),
    ("Chairperson of the board", "Chairwoman of the board"),
    ("Chairman of the provincial People's Committee",
     "Chairwoman of the provincial People's Committee"),
])
def test_female_title(man, woman):
    assert female_title(man) == woman


@pytest.mark.parametrize("other", ["person in charge", "salesperson", "Personnel Department"])
def test_female_title_leaves_other_words(other):
    assert female_title(other) == other


# --- `Decree-Law` for `Pháp lệnh` ------------------------------------------------------------

def test_a_decree_law_for_phap_lenh_becomes_the_ordinance(shipped, fix_en):
    vi = "Ủy ban Thường vụ Quốc hội cho ý kiến về dự thảo Pháp lệnh Quản lý vũ khí."
    got = fix_en(shipped, vi, "The National Assembly Standing Committee discussed the draft "
                            "Decree-Law on Weapons Management.")
    assert got == ("The National Assembly Standing Committee discussed the draft Ordinance on "
                   "Weapons Management.")


def test_a_decree_law_the_source_does_not_call_phap_lenh_stays(shipped, fix_en):
    """Limit: only where the source says `Pháp lệnh` (a foreign decree-law is left)."""
    vi = "Tổng thống Brazil ký sắc luật tăng lương tối thiểu."
    right = "Brazil's President signed a decree-law raising the minimum wage."
    assert fix_en(shipped, vi, right) == right


# --- a capitalised kind's word after a whole name --------------------------------------------

def test_a_capitalised_federation_after_the_whole_chamber_goes(shipped, fix_en):
    vi = "Phòng Thương mại và Công nghiệp Việt Nam ký thỏa thuận với doanh nghiệp Hàn Quốc."
    got = fix_en(shipped, vi, "The Vietnam Chamber of Commerce and Industry Federation signed an "
                            "agreement with Korean businesses.")
    assert got == ("The Vietnam Chamber of Commerce and Industry signed an agreement with Korean "
                   "businesses.")


def test_a_federation_that_is_the_name_stays(shipped, fix_en):
    """Limit: only after a whole name that already is the kind (a federation the source
    names stays)."""
    vi = "Liên đoàn Bóng đá Việt Nam công bố danh sách đội tuyển."
    right = "The Vietnam Football Federation announced the squad."
    assert fix_en(shipped, vi, right) == right
