"""Coverage round thirty-one (issue 11ze): unseen31 as development data and unseen32 held out,
own batch b45, single titles' bounds and parts. Sentences are the engineer's own."""

from __future__ import annotations

import pytest
from shipped_matching import coverage_bench, found, sources


def test_unseen31_is_development_data_now():
    bench = coverage_bench()
    assert "unseen31" not in bench.HELD_OUT and "unseen31" in bench.UNSEEN_SPLITS
    if not (bench.DATA / "terms_unseen31.jsonl").is_file():
        pytest.skip("the set unseen31 is not in this checkout")
    assert bench.load_split("unseen31")


# --- a unit below a commune, then its commune or ward after a comma: one title (newer sets) ---

@pytest.mark.parametrize(("text", "span"), [
    ("Ông Lò Văn Tòng, trưởng thôn Nà Lừa, xã Tân Sơn, cho biết thêm.",
     "trưởng thôn Nà Lừa, xã Tân Sơn"),
    ("Bí thư Chi bộ bản Phiêng Luông, xã Mường Sại dự họp.",
     "Bí thư Chi bộ bản Phiêng Luông, xã Mường Sại"),
    ("Bà Hoa, tổ trưởng tổ dân phố số 8, phường Tân An, đi vận động.",
     "tổ trưởng tổ dân phố số 8, phường Tân An"),
    ("Ông Hùng, Tổ trưởng Tổ bầu cử số 2, xã Yên Lạc, kiểm tra hòm phiếu.",
     "Tổ trưởng Tổ bầu cử số 2, xã Yên Lạc"),
])
def test_a_unit_below_a_commune_takes_its_commune_after_a_comma(matcher, text, span):
    hit = found(matcher, text, span)
    commune = span.rsplit(" ", 2)[-2:]
    assert " ".join(commune) in hit.source


def test_the_commune_after_a_comma_is_rendered_as_the_village_s_parent(matcher):
    hit = found(matcher, "Bà Hoa, trưởng bản Pá Khoang, xã Mường Phăng, cho biết.",
                "trưởng bản Pá Khoang, xã Mường Phăng")
    assert hit.target("cs").endswith("osady Pá Khoang obce Mường Phăng")
    assert hit.target("en").endswith("of the Muong Phang commune")


@pytest.mark.parametrize(("text", "first"), [
    # limits: a district after the comma, a commune's own title, the second unit after a commune
    ("Ông Tòng, trưởng thôn Nà Lừa, huyện Bảo Lâm, cho biết.", "trưởng thôn Nà Lừa"),
    ("Ông Tòng, Chủ tịch UBND xã Tân Sơn, xã bên cạnh cũng vậy.", "Chủ tịch UBND xã Tân Sơn"),
    ("Ông Tòng, Giám đốc Sở Y tế tỉnh Nam Định, phường Nam Định dự họp.",
     "Giám đốc Sở Y tế tỉnh Nam Định"),
])
def test_the_comma_rule_needs_a_unit_below_a_commune_and_a_commune(matcher, text, first):
    assert sources(matcher, text)[0] == first


def test_only_the_commune_joins_not_the_district_after_it(matcher):
    text = "Ông Tòng, trưởng thôn Nà Lừa, xã Tân Sơn, huyện Bảo Lâm, cho biết."
    assert sources(matcher, text)[0] == "trưởng thôn Nà Lừa, xã Tân Sơn"


# --- a school's faculty: its own head and roles; a hospital's department keeps primář ---------

def test_a_school_s_faculty_head_is_a_dean(matcher):
    hit = found(matcher, "Trưởng khoa Ngữ văn Trường Đại học Sư phạm Huế hướng dẫn luận văn.",
                "Trưởng khoa Ngữ văn Trường Đại học Sư phạm Huế")
    assert hit.target("cs").startswith("děkan fakulty filologie univerzity")
    assert hit.target("en").startswith("Dean of the Faculty of Philology")
    deputy = found(matcher, "Bà Lan, Phó Trưởng khoa Lịch sử Trường Đại học Vinh, phát biểu.",
                   "Phó Trưởng khoa Lịch sử Trường Đại học Vinh")
    assert deputy.target("cs").startswith("proděkanka fakulty dějin")
    body = found(matcher, "Khoa Lịch sử Trường Đại học Vinh tổ chức hội thảo.",
                 "Khoa Lịch sử Trường Đại học Vinh")
    assert body.target("cs").startswith("fakulta dějin") and "Faculty" in body.target("en")


@pytest.mark.parametrize(("text", "span"), [
    # limits: a hospital's department, and a department with no parent read, keep primář
    ("Trưởng khoa Hồi sức tích cực Bệnh viện Bạch Mai hội chẩn.",
     "Trưởng khoa Hồi sức tích cực Bệnh viện Bạch Mai"),
    ("Trưởng khoa Lịch sử cho biết thêm.", "Trưởng khoa Lịch sử"),
])
def test_a_department_not_of_a_school_keeps_the_hospital_rendering(matcher, text, span):
    hit = found(matcher, text, span)
    assert hit.target("cs").startswith("primář") and "faculty" not in hit.concept


def test_the_faculty_role_is_never_read_on_its_own(matcher):
    hit = found(matcher, "Trưởng khoa cho biết bệnh nhân đã ổn định.", "Trưởng khoa")
    assert hit.target("cs") == "primář"


# --- another country's ministry named by its domain: only before a foreign country -----------

@pytest.mark.parametrize(("text", "span", "cs"), [
    ("Bộ trưởng Bộ Thương mại Thái Lan thăm hội chợ.", "Bộ trưởng Bộ Thương mại Thái Lan",
     "ministr obchodu Thajska"),
    ("Thứ trưởng Bộ Kỹ thuật số Indonesia làm việc với doanh nghiệp.",
     "Thứ trưởng Bộ Kỹ thuật số Indonesia", "náměstek ministra digitálních technologií"),
    ("Bộ Giáo dục và Văn hóa Na Uy tài trợ dự án.", "Bộ Giáo dục và Văn hóa Na Uy",
     "Ministerstvo vzdělávání a kultury"),
])
def test_a_foreign_ministry_named_by_its_domain(matcher, text, span, cs):
    assert found(matcher, text, span).target("cs").startswith(cs)


@pytest.mark.parametrize(("text", "span", "concept"), [
    # limits: a Vietnamese ministry stays the listed body; no country: no named ministry
    ("Bộ Khoa học và Công nghệ ban hành thông tư.", "Bộ Khoa học và Công nghệ", "state.most"),
    ("Bộ Tài chính Lào hợp tác với Việt Nam.", "Bộ Tài chính Lào", "body:state.mof@"),
])
def test_a_listed_ministry_is_not_read_as_a_foreign_named_one(matcher, text, span, concept):
    assert found(matcher, text, span).concept.startswith(concept)


def test_bo_with_a_domain_and_no_country_is_no_named_ministry(matcher):
    assert not any("foreign_ministry" in m.concept
                   for m in matcher.find("Bộ Giáo dục và Văn hóa mới thành lập sẽ họp."))


# --- a village's or a commune's militia commander, in lower case like a unit's head -----------

@pytest.mark.parametrize(("text", "span"), [
    ("Ông Páo, thôn đội trưởng thôn Lũng Cú, dẫn đường.", "thôn đội trưởng thôn Lũng Cú"),
    ("Ông Páo, xã đội trưởng xã Sủng Là, báo cáo.", "xã đội trưởng xã Sủng Là"),
])
def test_a_militia_commander_with_his_village_or_commune(matcher, text, span):
    assert found(matcher, text, span).target("cs").startswith("velitel domobrany")


def test_a_militia_commander_needs_his_unit_in_lower_case(matcher):
    assert sources(matcher, "Các thôn đội trưởng được tập huấn.") == []


# --- a member of a Party executive committee named by its level, then a title: one span -------

@pytest.mark.parametrize(("text", "span"), [
    ("Ông Dũng, Ủy viên BCH Đảng bộ tỉnh, Giám đốc Sở Nội vụ tỉnh Phú Thọ, trao quyết định.",
     "Ủy viên BCH Đảng bộ tỉnh, Giám đốc Sở Nội vụ tỉnh Phú Thọ"),
    ("Bà Mai, Ủy viên Ban Chấp hành Đảng bộ tỉnh, Bí thư Đảng ủy xã Tiên Lãng, phát biểu.",
     "Ủy viên Ban Chấp hành Đảng bộ tỉnh, Bí thư Đảng ủy xã Tiên Lãng"),
    ("Ông Dũng, Tỉnh ủy viên, Bí thư Đảng ủy, Chủ tịch HĐND phường Hạc Thành, chủ trì.",
     "Tỉnh ủy viên, Bí thư Đảng ủy, Chủ tịch HĐND phường Hạc Thành"),
])
def test_a_committee_member_joins_a_title_of_its_level_or_a_commune(matcher, text, span):
    hit = found(matcher, text, span)
    assert len(hit.parts) == 2


@pytest.mark.parametrize(("text", "first"), [
    # limits: a district below a province stays apart; a higher level; no place written
    ("Ông Dũng, Tỉnh ủy viên, Bí thư Huyện ủy Tam Nông, phát biểu.", "Tỉnh ủy viên"),
    ("Ông Dũng, Ủy viên BCH Đảng bộ xã, Giám đốc Sở Nội vụ tỉnh Phú Thọ, phát biểu.",
     "Ủy viên BCH Đảng bộ xã"),
    ("Ông Dũng, Ủy viên BCH Đảng bộ tỉnh, Bí thư Đảng ủy xã, phát biểu.",
     "Ủy viên BCH Đảng bộ tỉnh"),
])
def test_a_committee_member_stays_apart_otherwise(matcher, text, first):
    assert sources(matcher, text)[0] == first


# --- domain words and names of this round ----------------------------------------------------

@pytest.mark.parametrize(("text", "span"), [
    ("Ông Khải, Trưởng ban Tác chiến Bộ Chỉ huy Quân sự tỉnh Yên Bái, báo cáo.",
     "Trưởng ban Tác chiến Bộ Chỉ huy Quân sự tỉnh Yên Bái"),
    ("Bà Thu, Trưởng ban Thời sự Đài Phát thanh và Truyền hình Thái Bình, nhận giải.",
     "Trưởng ban Thời sự Đài Phát thanh và Truyền hình Thái Bình"),
    ("Phó Trưởng Ban Chỉ đạo giải phóng mặt bằng tỉnh Bắc Giang kiểm tra dự án.",
     "Phó Trưởng Ban Chỉ đạo giải phóng mặt bằng tỉnh Bắc Giang"),
    ("Ông Tâm, tổ trưởng tổ hòa giải thôn Đồng Tâm, hòa giải vụ việc.",
     "tổ trưởng tổ hòa giải thôn Đồng Tâm"),
    ("Ông Tâm, tổ trưởng tổ đoàn kết trên biển số 3, xã Nhơn Hải, ra khơi.",
     "tổ trưởng tổ đoàn kết trên biển số 3, xã Nhơn Hải"),
    ("Đội trưởng Đội quy tập hài cốt liệt sĩ tỉnh Gia Lai sang Campuchia.",
     "Đội trưởng Đội quy tập hài cốt liệt sĩ tỉnh Gia Lai"),
    ("Chỉ huy phó Ban Chỉ huy quân sự xã Hòa Vang giao quân.",
     "Chỉ huy phó Ban Chỉ huy quân sự xã Hòa Vang"),
    ("Bà Hà, Phó Chủ nhiệm Ủy ban Dân nguyện và Giám sát của Quốc hội, tiếp công dân.",
     "Phó Chủ nhiệm Ủy ban Dân nguyện và Giám sát của Quốc hội"),
    ("Ông Nam, Đại sứ Việt Nam tại Cộng hòa Peru, trình thư ủy nhiệm.",
     "Đại sứ Việt Nam tại Cộng hòa Peru"),
])
def test_this_round_s_words_complete_a_title(matcher, text, span):
    found(matcher, text, span)


def test_the_round_s_words_alone_in_prose_are_no_body(matcher):
    assert sources(matcher, "Hai gia đình đã hòa giải sau buổi gặp.") == []
    assert sources(matcher, "Khán giả xem bản tin thời sự buổi tối.") == []
