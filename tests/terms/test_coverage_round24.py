"""Coverage round twenty-four (issue 11x): unseen24 as development data (unseen25 was held out
then), own batch b38. Sentences are the engineer's own."""

from __future__ import annotations

import pytest
from shipped_matching import coverage_bench, found, sources


def test_unseen24_is_development_data_now():
    bench = coverage_bench()
    assert "unseen24" not in bench.HELD_OUT
    if not (bench.DATA / "terms_unseen24.jsonl").is_file():
        pytest.skip("the set unseen24 is not in this checkout")
    loaded = bench.load_split("unseen24")
    assert len(loaded) == 258 and sum(len(r["spans"]) for r in loaded) == 347


def test_own_batch_b38_loads_its_marks():
    rows = coverage_bench().load_split("own-b38")
    spans = [s for row in rows for s in row["spans"]]
    assert len(rows) == 33 and len(spans) == 43
    assert sum(s["kind"] == "title" for s in spans) == 16


@pytest.mark.parametrize(("text", "span", "en", "cs"), [
    ("Hội Đông y huyện Kim Sơn khám bệnh miễn phí.", "Hội Đông y huyện Kim Sơn",
     "Kim Son district Traditional Medicine Association", "svaz tradiční medicíny okresu Kim Sơn"),
    ("Trường Đại học Y khoa Hải Phòng tuyển sinh.", "Trường Đại học Y khoa Hải Phòng",
     "Hai Phong Medical University", "univerzita medicíny Haiphongu"),
    ("Hội đồng Giám định y khoa tỉnh Nam Định họp.", "Hội đồng Giám định y khoa tỉnh Nam Định",
     "Nam Dinh provincial Medical Examination Council",
     "rada expertízy medicíny provincie Nam Định"),
    ("Công ty CP Xe khách Nam Định mở tuyến mới.", "Công ty CP Xe khách Nam Định",
     "Nam Dinh Coach Joint Stock Company", "akciová společnost autobusové dopravy Nam Định"),
    ("Viện Khoa học Nông lâm nghiệp công bố giống mới.", "Viện Khoa học Nông lâm nghiệp",
     "Institute of Agriculture and Forestry Sciences", "ústav vědy zemědělství a lesnictví"),
    ("Công ty CP Dược - Vật tư y tế Nghệ An trúng thầu.", "Công ty CP Dược - Vật tư y tế Nghệ An",
     "Nghe An Pharmacy and Medical Supplies Joint Stock Company",
     "akciová společnost farmacie a zdravotnického materiálu Nghệ An"),
])
def test_new_domain_words_complete_named_bodies(matcher, text, span, en, cs):
    hit = found(matcher, text, span)
    assert hit.target("en") == en and hit.target("cs") == cs


def test_the_new_domain_words_alone_are_plain_text(matcher):
    assert sources(matcher, "Bác sĩ y khoa và thầy thuốc Đông y cùng khám cho xe khách.") == []


def test_a_department_named_by_a_phrase_with_a_comma(matcher):
    hit = found(matcher, "Phó Cục trưởng Cục Phổ biến, giáo dục pháp luật cho biết.",
                "Phó Cục trưởng Cục Phổ biến, giáo dục pháp luật")
    assert hit.target("en") == "Deputy Director of the Legal Dissemination and Education Department"
    # the phrase alone stays the phrase
    phrase = found(matcher, "Công tác phổ biến, giáo dục pháp luật được chú trọng.",
                   "phổ biến, giáo dục pháp luật")
    assert phrase.concept == "phrase.legal_education"


def test_an_army_unit_with_its_parent_unit_after_a_comma(matcher):
    hit = found(matcher, "Tiểu đoàn trưởng Tiểu đoàn 7, Trung đoàn 88 báo cáo.",
                "Tiểu đoàn trưởng Tiểu đoàn 7, Trung đoàn 88")
    assert hit.target("en") == "Commander of the Battalion 7 of the Regiment 88"
    assert hit.target("cs") == "velitel praporu 7 pluku 88"


@pytest.mark.parametrize(("text", "spans"), [
    # a unit of the same rank is the next of a list
    ("Trung đoàn trưởng Trung đoàn 101, Trung đoàn 102 cùng dự.",
     ["Trung đoàn trưởng Trung đoàn 101", "Trung đoàn 102"]),
    # a lower unit after a higher one is no parent
    ("Sư đoàn trưởng Sư đoàn 325, Trung đoàn 101 dự.",
     ["Sư đoàn trưởng Sư đoàn 325", "Trung đoàn 101"]),
    # a unit named, not numbered, keeps its own bounds
    ("Trung đoàn trưởng Trung đoàn Gia Định, Sư đoàn 325 dự.",
     ["Trung đoàn trưởng Trung đoàn Gia Định", "Sư đoàn 325"]),
    # units alone (no title before them) stay apart, as bodies after a comma always did
    ("Trung đoàn 101, Sư đoàn 325 hành quân.", ["Trung đoàn 101", "Sư đoàn 325"]),
])
def test_army_units_that_are_no_parent_stay_apart(matcher, text, spans):
    assert [s for s in sources(matcher, text) if s in spans] == spans


def test_a_department_role_shares_the_province_written_after_a_board(matcher):
    hit = found(matcher,
                "Phó Giám đốc Sở Tư pháp, Trưởng Ban Thi đua - Khen thưởng tỉnh Hà Nam phát biểu.",
                "Phó Giám đốc Sở Tư pháp, Trưởng Ban Thi đua - Khen thưởng tỉnh Hà Nam")
    assert hit.target("en").startswith("Deputy Director of the Department of Justice and Head of")
    assert hit.target("cs").startswith("zástupce ředitele odboru spravedlnosti a vedoucí komise")


@pytest.mark.parametrize(("text", "spans"), [
    # the department with its own province is complete
    ("Phó Giám đốc Sở Tư pháp tỉnh Hà Nam, Trưởng Ban Thi đua - Khen thưởng tỉnh phát biểu.",
     ["Phó Giám đốc Sở Tư pháp tỉnh Hà Nam"]),
    # the next body names no province: nothing is shared
    ("Giám đốc Sở Y tế, Trưởng Ban Bảo vệ sức khỏe cán bộ dự họp.",
     ["Giám đốc Sở Y tế", "Trưởng Ban Bảo vệ sức khỏe"]),
    # the province's People's Committee is a title of its own (no case in the sets)
    ("Giám đốc Sở Tài chính, Phó Chủ tịch UBND tỉnh Hà Nam dự.",
     ["Giám đốc Sở Tài chính", "Phó Chủ tịch UBND tỉnh Hà Nam"]),
    # a listed body of the province is no named board either
    ("Giám đốc Sở Y tế, Giám đốc Trung tâm Kiểm soát bệnh tật tỉnh Hà Nam dự.",
     ["Giám đốc Sở Y tế", "Giám đốc Trung tâm Kiểm soát bệnh tật tỉnh Hà Nam"]),
])
def test_a_department_role_stays_apart_otherwise(matcher, text, spans):
    assert [s for s in sources(matcher, text) if s in spans] == spans
