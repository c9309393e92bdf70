"""Coverage round thirty-four (issue 11zh): unseen34 as development data and unseen35 held out,
own batch b48, and the classes of unseen34's misses. Sentences are the engineer's own."""

from __future__ import annotations

import pytest
from shipped_matching import coverage_bench, found, sources


def test_unseen34_is_development_data_now():
    bench = coverage_bench()
    assert "unseen34" not in bench.HELD_OUT and "unseen34" in bench.UNSEEN_SPLITS
    if not (bench.DATA / "terms_unseen34.jsonl").is_file():
        pytest.skip("the set unseen34 is not in this checkout")
    assert bench.load_split("unseen34")


def test_a_list_of_bare_places_after_a_preposition_goes_on(matcher):
    got = sources(matcher, "Mưa lớn gây ngập ở Kim Bảng và Thanh Liêm, nhiều nhà bị tốc mái.")
    assert "Kim Bảng" in got and "Thanh Liêm" in got
    got = sources(matcher, "Đoàn kiểm tra đã làm việc tại Yên Thế, Lục Nam và Sơn Động.")
    assert {"Yên Thế", "Lục Nam", "Sơn Động"} <= set(got)
    assert found(matcher, "Đoàn đã tới tại Yên Thế và Lục Nam.", "Lục Nam").targets["en"] == (
        "Luc Nam",)


def test_a_preposition_list_takes_no_foreign_run_and_no_one_syllable_name(matcher):
    got = sources(matcher, "Bão gây mưa ở Baja California, Tây Bắc Sonora và vùng lân cận.")
    assert "Tây Bắc Sonora" not in got
    got = sources(matcher, "Video được đăng ở Facebook và Kênh YouTube của trường.")
    assert not any("YouTube" in s for s in got)
    got = sources(matcher, "Ông làm việc tại Kim Bảng và Hùng cho biết thêm.")
    assert "Hùng" not in got


@pytest.mark.parametrize("text, place", [
    ("Người dân Yên Định phấn khởi đón nước sạch.", "Yên Định"),
    ("Ông Hà, ngụ Quế Sơn, Quảng Nam, đề nghị cấp lại sổ đỏ.", "Quế Sơn"),
    ("Các xã vùng cao như Bắc Yên, Phù Yên thiếu nước.", "Phù Yên"),
    ("Vùng trồng lúa gồm Gia Viễn và Nho Quan được mở rộng.", "Nho Quan"),
    ("Đoàn trao quà cho trẻ em vùng cao Bát Xát.", "Bát Xát"),
])
def test_a_bare_place_after_its_people_a_list_word_or_a_region_word(matcher, text, place):
    assert found(matcher, text, place).concept.startswith("place")


@pytest.mark.parametrize("text, wrong", [
    ("Khách hàng ưa chuộng các hãng như Louis Vuitton và Gucci.", "Louis Vuitton"),
    ("Người dân Nguyễn Văn Nam cho rằng cần làm rõ.", "Nguyễn Văn Nam"),
    ("Người dân Ban Quản lý chợ phản ánh.", "Ban Quản lý"),
    ("Đề án gồm Nghị quyết và Kế hoạch thực hiện.", "Nghị quyết"),
])
def test_marked_words_take_no_foreign_name_person_body_or_document(matcher, text, wrong):
    assert not any(m.source == wrong and m.concept.startswith("place")
                   for m in matcher.find(text))


@pytest.mark.parametrize("text, span, en", [
    ("Trưởng Ban Chỉ đạo Tổng điều tra kinh tế tỉnh Nam Định phát biểu.",
     "Trưởng Ban Chỉ đạo Tổng điều tra kinh tế tỉnh Nam Định", "Economic Census"),
    ("Ban Chỉ đạo Tổng điều tra tỉnh Hà Nam đã họp.", "Ban Chỉ đạo Tổng điều tra tỉnh Hà Nam",
     "Census Steering Committee"),
    ("Phó Trưởng Ban Chỉ đạo đổi mới và phát triển doanh nghiệp tỉnh Bình Dương nói.",
     "Phó Trưởng Ban Chỉ đạo đổi mới và phát triển doanh nghiệp tỉnh Bình Dương",
     "Renewal and Development"),
    ("Chủ tịch Hội Cựu tù chính trị và tù binh tỉnh Quảng Trị dự lễ.",
     "Chủ tịch Hội Cựu tù chính trị và tù binh tỉnh Quảng Trị", "Prisoners of War"),
    ("Hội Quy hoạch phát triển đô thị tỉnh Khánh Hòa góp ý.",
     "Hội Quy hoạch phát triển đô thị tỉnh Khánh Hòa", "Urban Development Planning"),
    ("Phó Chủ tịch Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh Lâm Đồng phát biểu.",
     "Phó Chủ tịch Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh Lâm Đồng",
     "Coordination Council"),
])
def test_new_domain_words_name_steering_committees_associations_and_councils(
        matcher, text, span, en):
    assert en in found(matcher, text, span).targets["en"][0]


def test_a_bare_reform_or_a_census_is_no_body(matcher):
    got = sources(matcher, "Tỉnh đẩy mạnh đổi mới và phát triển doanh nghiệp nhà nước.")
    assert not any(s.startswith("đổi mới") for s in got)
    got = sources(matcher, "Cuộc tổng điều tra nông nghiệp bắt đầu từ tháng 7.")
    assert not any("tổng điều tra" in s for s in got)


@pytest.mark.parametrize("text, span, cs", [
    ("Ông Lê Văn Tâm, Kiểm soát viên Công ty TNHH MTV Cấp nước Hà Tĩnh, cho biết.",
     "Kiểm soát viên Công ty TNHH MTV Cấp nước Hà Tĩnh", "kontrolor"),
    ("Kiến trúc sư trưởng tỉnh Hải Dương trình bày đồ án.", "Kiến trúc sư trưởng tỉnh Hải Dương",
     "hlavní architekt provincie Hải Dương"),
    ("Hòa giải viên thôn Nà Hin Lò Văn Páo đã đến từng nhà.", "Hòa giải viên thôn Nà Hin",
     "mediátor"),
])
def test_a_controller_a_chief_architect_and_a_village_mediator(matcher, text, span, cs):
    assert cs in found(matcher, text, span).targets["cs"][0]


def test_a_mediator_is_a_title_only_before_a_village_unit(matcher):
    got = sources(matcher, "Xã có 40 hòa giải viên giỏi, được tập huấn hằng năm.")
    assert not any("hòa giải viên" in s for s in got)
    got = sources(matcher, "Hòa giải viên cho biết hai bên đã đồng ý.")
    assert not any(s.startswith("Hòa giải viên") for s in got)


def test_a_body_s_acronym_is_outside_its_name_span_but_inside_what_a_draft_replaces(matcher):
    text = "Tổ chức Y tế Thế giới (WHO) cử chuyên gia sang hỗ trợ."
    match = found(matcher, text, "Tổ chức Y tế Thế giới (WHO)")
    assert text[match.start:match.name_end] == "Tổ chức Y tế Thế giới"
    assert text[match.start:match.end] == "Tổ chức Y tế Thế giới (WHO)"
    assert any("(WHO)" in t for t in match.targets["en"])  # rendered with it, as before


def test_a_body_without_a_bracket_and_a_title_served_after_it_keep_no_name_end(matcher):
    assert found(matcher, "Tổ chức Y tế Thế giới cảnh báo.", "Tổ chức Y tế Thế giới").name_end \
        is None
    text = "Trưởng đại diện Tổ chức Lao động Quốc tế (ILO) tại Việt Nam phát biểu."
    served = [m for m in matcher.find(text) if m.source.endswith("tại Việt Nam")]
    assert served and served[0].name_end is None


def test_the_coverage_bench_scores_the_name_before_the_acronym(matcher):
    bench = coverage_bench()
    text = "Ngân hàng Thế giới (WB) cam kết tài trợ."
    outside = {"id": "x", "text": text, "spans": [
        {"start": 0, "end": 18, "text": "Ngân hàng Thế giới", "kind": "body"}]}
    inside = {"id": "y", "text": text, "spans": [
        {"start": 0, "end": 23, "text": "Ngân hàng Thế giới (WB)", "kind": "body"}]}
    got = bench.score([outside, inside], matcher, set())
    assert got["exact"]["body"] == 1 and got["overlap"]["body"] == 2
    assert [m[0] for m in got["misses"]] == ["y"]


def test_a_head_coach_of_a_club_and_a_women_s_team(matcher):
    match = found(matcher, "Huấn luyện viên trưởng Câu lạc bộ Bóng đá Hà Tĩnh nói về trận thua.",
                  "Huấn luyện viên trưởng Câu lạc bộ Bóng đá Hà Tĩnh")
    assert match.targets["en"][0].startswith("Head Coach of the")
    match = found(matcher, "Đội trưởng Đội bóng chuyền nữ Bộ Tư lệnh Thông tin nhận cờ.",
                  "Đội trưởng Đội bóng chuyền nữ Bộ Tư lệnh Thông tin")
    assert "Women's Volleyball" in match.targets["en"][0]


def test_a_selected_team_is_no_body_of_its_own(matcher):
    """`Đội tuyển` was tried as a head and left out: the sets do not mark teams, and `Đội tuyển
    Châu Âu` / `Đội tuyển Mỹ` took a region's or a country's name."""
    got = sources(matcher, "Đội tuyển Mỹ thắng đội tuyển Châu Âu.")
    assert "Đội tuyển Mỹ" not in got and "Mỹ" in got
