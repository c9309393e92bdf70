"""Coverage round twenty-six (issue 11z): unseen26 as development data and unseen27 held out, own
batch b40. Sentences are the engineer's own."""

from __future__ import annotations

import pytest
from shipped_matching import coverage_bench, found, sources

from translate.draft.enforce import is_present, required_terms
from translate.review.fix import fix_text
from translate.terms.brackets import bracket_base, without_acronym
from translate.terms.files import load_shipped_glossaries
from translate.terms.matcher import TermMatcher


def test_unseen26_is_development_data_now():
    bench = coverage_bench()
    assert "unseen26" not in bench.HELD_OUT
    if not (bench.DATA / "terms_unseen26.jsonl").is_file():
        pytest.skip("the set unseen26 is not in this checkout")
    loaded = bench.load_split("unseen26")
    assert len(loaded) == 264 and sum(len(r["spans"]) for r in loaded) == 425


def test_own_batch_b40_loads_its_marks():
    rows = coverage_bench().load_split("own-b40")
    spans = [s for row in rows for s in row["spans"]]
    assert len(rows) == 32 and len(spans) == 38
    assert sum(s["kind"] == "title" for s in spans) == 10


# --- `tại` + where a title serves, after its body's acronym in brackets -------------------------

def test_a_title_serves_where_tai_says_after_its_acronym(matcher):
    hit = found(matcher, "Bà Hoa, Trưởng đại diện Quỹ Dân số Liên hợp quốc (UNFPA) tại Việt Nam, "
                         "thăm bệnh viện.",
                "Trưởng đại diện Quỹ Dân số Liên hợp quốc (UNFPA) tại Việt Nam")
    assert hit.concept.endswith(">state.vietnam(UNFPA)")
    assert bracket_base(hit.concept) == hit.concept[:-len("(UNFPA)")]
    cs, en = hit.targets["cs"], hit.targets["en"]
    # the acronym after the body's name, before where the holder serves (UNFPA a listed UN
    # body since issue 11zb: `pro Vietnam`, as for UNICEF's representative)
    assert cs[0].endswith(" (UNFPA) pro Vietnam") and en[0].endswith(" (UNFPA) in Vietnam")
    assert any(t.endswith(" pro Vietnam") and "(UNFPA)" not in t for t in cs)  # accepted bare


def test_a_city_after_the_bracket_is_where_it_serves_too(matcher):
    span = "Trưởng đại diện Tổ chức Lao động Quốc tế (ILO) tại Hà Nội"
    assert sources(matcher, f"{span} phát biểu.")[0] == span


@pytest.mark.parametrize(("text", "first"), [
    # `tại` + no place: the title ends at its bracket
    ("Trưởng đại diện Tổ chức Lao động Quốc tế (ILO) tại hội thảo cho biết.",
     "Trưởng đại diện Tổ chức Lao động Quốc tế (ILO)"),
    # a comma between: the place belongs to the verb
    ("Trưởng đại diện Tổ chức Lao động Quốc tế (ILO), phát biểu tại Hà Nội.",
     "Trưởng đại diện Tổ chức Lao động Quốc tế (ILO)"),
    # a listed body alone is no title: it does not serve
    ("Tổ chức Y tế Thế giới (WHO) tại Việt Nam khuyến cáo.", "Tổ chức Y tế Thế giới (WHO)"),
])
def test_tai_after_a_bracket_limits(matcher, text, first):
    assert sources(matcher, text)[0] == first


def test_check_fix_leaves_a_served_titles_bracket_and_place_as_written():
    glossary = load_shipped_glossaries()
    source = "Ông Long, Trưởng đại diện Tổ chức Lao động Quốc tế (ILO) tại Việt Nam, phát biểu."
    fixed, fixes = fix_text(source, "Pan Long, šéf zastoupení Mezinárodní organizace práce (ILO) "
                            "pro Vietnam, promluvil.", "cs", glossary, TermMatcher(glossary))
    assert fixed == ("Pan Long, vedoucí zastoupení Mezinárodní organizace práce (ILO) pro "
                     "Vietnam, promluvil.") and fixes
    req = required_terms(TermMatcher(glossary).find(source), glossary, "cs", source)
    assert is_present(fixed, req[0], "cs")


def test_without_acronym_cuts_a_served_rendering_before_its_bracket():
    targets = ("vedoucí zastoupení MOP (ILO) pro Vietnam", "vedoucí zastoupení MOP pro Vietnam")
    assert without_acronym("title:x+country.org.ilo>state.vietnam(ILO)", targets) == (
        "vedoucí zastoupení MOP", "vedoucí zastoupení MOP pro Vietnam")


# --- a post or a defence zone, then its province's command after a comma ---------------------

@pytest.mark.parametrize("span", [
    "Đồn trưởng Đồn Biên phòng Cha Lo, BĐBP tỉnh Quảng Trị",
    "Chính trị viên phó Đồn Biên phòng Nậm Cắn, Bộ đội Biên phòng tỉnh Nghệ An",
    "Chỉ huy trưởng Ban Chỉ huy Phòng thủ khu vực 2 - Vân Đồn, Bộ CHQS tỉnh Quảng Ninh",
])
def test_a_post_reads_its_provincial_command_after_a_comma(matcher, span):
    hit = found(matcher, f"Thiếu tá Lâm, {span}, cho biết.", span)
    assert hit.concept.startswith("title:") and hit.target("cs").count("velitelství") >= 1


@pytest.mark.parametrize(("text", "spans"), [
    # another post after the comma is the next of a list
    ("Đồn trưởng Đồn Biên phòng Cha Lo, Đồn Biên phòng Cà Roòng tham dự.",
     ["Đồn trưởng Đồn Biên phòng Cha Lo", "Đồn Biên phòng Cà Roòng"]),
    # a body alone (no title) takes its command after a comma as a title does (round 42)
    ("Đồn Biên phòng Cha Lo, BĐBP tỉnh Quảng Trị tổ chức tuần tra.",
     ["Đồn Biên phòng Cha Lo, BĐBP tỉnh Quảng Trị"]),
])
def test_a_post_and_a_comma_limits(matcher, text, spans):
    assert sources(matcher, text)[:len(spans)] == spans


# --- s- and x-spellings of Lao provinces --------------------------------------------------------

@pytest.mark.parametrize(("name", "concept"), [
    ("Phông-sa-lỳ", "place.la.phongsaly"), ("Phông-xa-lỳ", "place.la.phongsaly"),
    ("Chăm-pa-sắc", "place.la.champasak"), ("Xa-la-van", "place.la.salavan"),
])
def test_lao_provinces_in_either_spelling(matcher, name, concept):
    assert found(matcher, f"Đoàn công tác tỉnh {name} thăm Quảng Trị.", name).concept == concept


# --- a verb after a name whose field and action are coordinated ----------------------------

def test_the_verb_after_education_and_training_is_outside_the_name(matcher):
    hit = found(matcher, "Đảng ủy Sở Giáo dục và Đào tạo tổ chức hội nghị sơ kết.",
                "Đảng ủy Sở Giáo dục và Đào tạo")
    assert hit.target("en") == "Party Committee of the Department of Education and Training"
    assert sources(matcher, "Sở Giáo dục và Đào tạo tổ chức kỳ thi.")[0] == \
        "Sở Giáo dục và Đào tạo"


@pytest.mark.parametrize("span", [
    # the verb-like word is the object: the name goes on to its level, or ends there
    "Trung tâm Quy hoạch và Kiểm định xây dựng tỉnh",
    "Trung tâm Quy hoạch và Kiểm định xây dựng",
    # an action with its object, not coordinated with a field
    "Trường Đào tạo cán bộ tỉnh",
])
def test_a_verb_word_as_an_object_stays_in_the_name(matcher, span):
    assert sources(matcher, f"{span} tổ chức lễ khai giảng.")[0] == span


# --- `Tỉnh/Thành/Đảng ủy viên, <title>`: two titles (kept, see bench/RESULTS.md) ------------
# The count over 27 sets is 12 one span : 11 two, but by spans the change loses (32 gained, 30
# lost on the development files, 6 lost on own batches), and the two roles belong to different
# bodies (the committee, then the department), which the issue reads as two titles.
# Since the lead's ruling of round thirty (issue 11zd): a chain over two bodies is one span when the
# next title is of the member's level and writes its place (`Tỉnh ủy viên, Giám đốc Sở Y tế tỉnh
# X`: tests/terms/test_coverage_round30.py); without both, two titles as before.

@pytest.mark.parametrize(("text", "spans"), [
    ("Ông Tú, Tỉnh ủy viên, Giám đốc Sở Y tế tỉnh Bắc Kạn, phát biểu.",
     ["Tỉnh ủy viên, Giám đốc Sở Y tế tỉnh Bắc Kạn"]),
    ("Ông là Tỉnh ủy viên, Phó Chủ tịch nước.", ["Tỉnh ủy viên", "Phó Chủ tịch nước"]),
    ("Huyện ủy viên, Chủ tịch UBND xã Nà Phặc phát biểu.",
     ["Huyện ủy viên", "Chủ tịch UBND xã Nà Phặc"]),
])
def test_a_committee_member_joins_the_next_title_only_at_its_level(matcher, text, spans):
    assert [s for s in sources(matcher, text) if s in spans] == spans
