"""Coverage round fifty-nine (issue 11zzg): unseen63 as development data (tested with the other
sets in test_coverage_round46.py; the held-out test moved on to test_coverage_round60.py), and the
span mechanisms this round added, each with its limits. Sentences are the engineer's own."""

from __future__ import annotations

import pytest
from shipped_matching import found, sources

# -- a centre and its department or ministry after a comma, in a title ---------------------------

@pytest.mark.parametrize("text, span", [
    ("Bà Hạnh, Giám đốc Trung tâm Y tế khu vực Cẩm Xuyên, Sở Y tế tỉnh Hà Tĩnh, cho biết.",
     "Giám đốc Trung tâm Y tế khu vực Cẩm Xuyên, Sở Y tế tỉnh Hà Tĩnh"),
    ("Phó Giám đốc Trung tâm Kiểm soát bệnh tật, Sở Y tế tỉnh Thanh Hóa trả lời báo chí.",
     "Phó Giám đốc Trung tâm Kiểm soát bệnh tật, Sở Y tế tỉnh Thanh Hóa"),
])
def test_a_centres_department_follows_a_comma_in_a_title(matcher, text, span):
    match = found(matcher, text, span)
    assert "director" in match.concept.split("+")[0] and "dept.prov.health" in match.concept
    assert "odboru zdravotnictví" in match.targets["cs"][0]


@pytest.mark.parametrize("text, spans", [
    # a centre alone (no role) keeps its own span: the comma may start a list
    ("Trung tâm Y tế huyện Can Lộc, Sở Y tế tỉnh Hà Tĩnh cùng tham gia.",
     ["Trung tâm Y tế huyện Can Lộc", "Sở Y tế tỉnh Hà Tĩnh"]),
    # a department without its place is not the parent
    ("Ông Nam, Giám đốc Trung tâm Kiểm soát bệnh tật, Sở Y tế đã đến.",
     ["Giám đốc Trung tâm Kiểm soát bệnh tật", "Sở Y tế"]),
])
def test_no_parent_for_a_centre_otherwise(matcher, text, spans):
    assert sources(matcher, text)[:2] == spans


def test_a_second_centre_after_a_comma_is_the_next_of_a_list(matcher):
    text = "Giám đốc Trung tâm Y tế huyện Can Lộc, Trung tâm Y tế huyện Kỳ Anh dự họp."
    assert "Giám đốc Trung tâm Y tế huyện Can Lộc" in sources(matcher, text)


# -- domain words of hospitals --------------------------------------------------------------------

def test_a_traditional_medicine_and_pharmacy_hospital(matcher):
    text = "Bệnh viện Y dược cổ truyền tỉnh Sơn La khám miễn phí cho người cao tuổi."
    match = found(matcher, text, "Bệnh viện Y dược cổ truyền tỉnh Sơn La")
    assert "Traditional Medicine and Pharmacy" in match.targets["en"][0]


def test_an_infection_control_department(matcher):
    text = "Trưởng khoa Kiểm soát nhiễm khuẩn Bệnh viện Đa khoa tỉnh Lai Châu kiểm tra quy trình."
    match = found(matcher, text,
                  "Trưởng khoa Kiểm soát nhiễm khuẩn Bệnh viện Đa khoa tỉnh Lai Châu")
    assert "Infection Control" in match.targets["en"][0]


def test_infection_in_prose_is_no_term(matcher):
    assert sources(matcher, "Bệnh nhân bị nhiễm khuẩn huyết sau mổ.") == []


# -- a domain word does not end inside the next body's head ---------------------------------------

def test_a_board_of_directors_before_a_company_is_no_public_governance_board(matcher):
    text = "Hội đồng quản trị Công ty cổ phần Nhựa Tiền Phong thông qua phương án."
    spans = sources(matcher, text)
    assert "Hội đồng quản trị Công" not in spans
    assert "Công ty cổ phần Nhựa Tiền Phong" in spans


@pytest.mark.parametrize("text, span", [
    ("Viện Quản trị công tổ chức khóa bồi dưỡng.", "Viện Quản trị công"),
    ("Học viện Hành chính và Quản trị công tuyển sinh.", "Học viện Hành chính và Quản trị công"),
])
def test_public_governance_keeps_its_word_elsewhere(matcher, text, span):
    assert span in sources(matcher, text)


# -- recurring phrases and slogans ----------------------------------------------------------------

@pytest.mark.parametrize("text, span, concept", [
    ("Đại hội diễn ra với phương châm Đoàn kết - Dân chủ - Kỷ cương - Đột phá - Phát triển.",
     "Đoàn kết - Dân chủ - Kỷ cương - Đột phá - Phát triển", "phrase.congress_motto_2025"),
    ("Công đoàn ngành lấy người lao động làm trung tâm trong mọi hoạt động.",
     "lấy người lao động làm trung tâm", "phrase.workers_centre"),
    ("Hội Nông dân xã lấy nông dân làm trung tâm.", "lấy nông dân làm trung tâm",
     "phrase.farmers_centre"),
    ("Phường lấy người dân làm trung tâm phục vụ.", "lấy người dân làm trung tâm",
     "phrase.people_centre"),
    ("Xã lấy người dân làm trung tâm, chủ thể xây dựng nông thôn mới.",
     "lấy người dân làm trung tâm, chủ thể", "phrase.people_centre_subject_short"),
    ("Tuyên truyền khẩu hiệu đã uống rượu, bia thì không lái xe đến mọi thôn.",
     "đã uống rượu, bia thì không lái xe", "phrase.drink_no_drive"),
    ("Các y bác sĩ luôn khắc ghi lời dạy lương y như từ mẫu.", "lương y như từ mẫu",
     "phrase.doctor_as_mother"),
])
def test_recurring_phrases(matcher, text, span, concept):
    assert found(matcher, text, span).concept == concept


def test_the_longer_people_phrase_still_wins(matcher):
    text = "Tỉnh lấy người dân làm trung tâm, làm chủ thể của mọi chính sách."
    assert found(matcher, text, "lấy người dân làm trung tâm, làm chủ thể").concept \
        == "phrase.people_centre_subject"


# -- a special working group named by its task after `về` -----------------------------------------

def test_a_working_group_on_disbursing_public_investment(matcher):
    text = ("Phó Chủ tịch UBND tỉnh, Tổ trưởng Tổ công tác đặc biệt về giải ngân vốn đầu tư công "
            "tỉnh Quảng Bình Trần Phong yêu cầu các chủ đầu tư báo cáo.")
    match = found(matcher, text, "Phó Chủ tịch UBND tỉnh, Tổ trưởng Tổ công tác đặc biệt về "
                                 "giải ngân vốn đầu tư công tỉnh Quảng Bình")
    assert "special_working_group+giai_ngan+von_dau_tu_cong" in match.concept


@pytest.mark.parametrize("text, span", [
    # the action is a verb in prose: the body ends before it
    ("Quỹ Hỗ trợ nông dân giải ngân vốn cho hộ nghèo.", "Quỹ Hỗ trợ nông dân"),
    ("Sở Tài chính giải ngân vốn đầu tư công đạt 60%.", "Sở Tài chính"),
])
def test_disbursing_in_prose_ends_the_body(matcher, text, span):
    assert sources(matcher, text)[0] == span
