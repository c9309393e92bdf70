"""Coverage round twenty-three (issue 11w): unseen23 as development data and unseen24 held out, own
batch b37. Sentences are the engineer's own."""

from __future__ import annotations

import pytest
from shipped_matching import coverage_bench, found, sources


def test_unseen23_is_development_data_now():
    bench = coverage_bench()
    assert "unseen23" not in bench.HELD_OUT
    if not (bench.DATA / "terms_unseen23.jsonl").is_file():
        pytest.skip("the set unseen23 is not in this checkout")
    loaded = bench.load_split("unseen23")
    assert len(loaded) == 267 and sum(len(r["spans"]) for r in loaded) == 369


def test_own_batch_b37_loads_its_marks():
    rows = coverage_bench().load_split("own-b37")
    spans = [s for row in rows for s in row["spans"]]
    assert len(rows) == 33 and len(spans) == 40
    assert sum(s["kind"] == "title" for s in spans) == 18


@pytest.mark.parametrize(("text", "span", "en"), [
    ("Chủ tịch HĐQT kiêm Tổng Giám đốc Công ty CP Sữa Việt Nam phát biểu.",
     "Chủ tịch HĐQT kiêm Tổng Giám đốc Công ty CP Sữa Việt Nam",
     "Chairman of the Board of Directors and concurrently General Director of"),
    ("Chủ tịch HĐQT, Tổng Giám đốc Công ty CP Sữa Việt Nam trả lời cổ đông.",
     "Chủ tịch HĐQT, Tổng Giám đốc Công ty CP Sữa Việt Nam",
     "Chairman of the Board of Directors and General Director of"),
    ("Chủ tịch Hội đồng thành viên, Tổng Giám đốc Tập đoàn Điện lực Việt Nam báo cáo.",
     "Chủ tịch Hội đồng thành viên, Tổng Giám đốc Tập đoàn Điện lực Việt Nam",
     "Chairman of the Members' Council and General Director of"),
])
def test_a_company_chair_shares_the_company_named_after_the_next_role(matcher, text, span, en):
    hit = found(matcher, text, span)
    assert hit.target("en").startswith(en)
    assert hit.target("cs").startswith("předseda")


@pytest.mark.parametrize(("text", "spans"), [
    # a role of a state body with its level is a title of its own
    ("Chủ tịch HĐQT, Chủ tịch UBND tỉnh Nam Định phát biểu.",
     ["Chủ tịch HĐQT", "Chủ tịch UBND tỉnh Nam Định"]),
    # a board chair named with the company stays complete before another title
    ("Chủ tịch HĐQT Công ty CP Sữa Việt Nam, Giám đốc Sở Công Thương tỉnh Nam Định nói.",
     ["Chủ tịch HĐQT Công ty CP Sữa Việt Nam", "Giám đốc Sở Công Thương tỉnh Nam Định"]),
])
def test_a_company_chair_stays_apart_from_other_bodies(matcher, text, spans):
    assert [s for s in sources(matcher, text) if s in spans] == spans


def test_kiem_and_a_comma_are_two_concepts_with_their_own_renderings(matcher):
    # the rendering cache is keyed by the concept id: a `kiêm` chain must not lend its
    # `and concurrently` to the same roles joined by a comma (or the reverse)
    joined = found(matcher, "Chủ tịch HĐQT kiêm Tổng Giám đốc Công ty CP Sữa Việt Nam nói.",
                   "Chủ tịch HĐQT kiêm Tổng Giám đốc Công ty CP Sữa Việt Nam")
    listed = found(matcher, "Chủ tịch HĐQT, Tổng Giám đốc Công ty CP Sữa Việt Nam nói.",
                   "Chủ tịch HĐQT, Tổng Giám đốc Công ty CP Sữa Việt Nam")
    assert joined.concept != listed.concept
    assert "concurrently" in joined.target("en") and "concurrently" not in listed.target("en")
    assert "zároveň" in joined.target("cs") and "zároveň" not in listed.target("cs")


@pytest.mark.parametrize(("text", "span", "en", "cs"), [
    ("Ban Quản lý Khu du lịch quốc gia Sa Pa tiếp đón du khách.",
     "Ban Quản lý Khu du lịch quốc gia Sa Pa", "Sa Pa National Tourist Area Management Board",
     "správa národní turistické oblasti Sa Pa"),
    ("Cục Giám định chất lượng công trình xây dựng công bố kết quả.",
     "Cục Giám định chất lượng công trình xây dựng",
     "Construction Works Quality Examination Department", "úřad expertízy kvality stavebních děl"),
])
def test_new_domain_words_of_named_bodies(matcher, text, span, en, cs):
    hit = found(matcher, text, span)
    assert hit.target("en") == en and hit.target("cs") == cs


def test_a_tourist_area_in_lower_case_is_plain_text(matcher):
    assert not any("Tourist Area" in (m.target("en") or "")
                   for m in matcher.find("Nơi đây sẽ thành khu du lịch quốc gia trong năm tới."))
