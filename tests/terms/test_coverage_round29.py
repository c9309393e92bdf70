"""Coverage round twenty-nine (issue 11zc): unseen29 as development data and unseen30 held out,
own batch b43. Sentences are the engineer's own."""

from __future__ import annotations

import pytest
from shipped_matching import coverage_bench, found, sources


def test_unseen29_is_development_data_now():
    bench = coverage_bench()
    assert "unseen29" not in bench.HELD_OUT and "unseen29" in bench.UNSEEN_SPLITS
    if not (bench.DATA / "terms_unseen29.jsonl").is_file():
        pytest.skip("the set unseen29 is not in this checkout")
    assert bench.load_split("unseen29")


# --- `kiêm` after a complete title: the second title starts after it --------------------------

def test_a_second_title_after_kiem_starts_after_it(matcher):
    text = ("Ông Hải, Phó Giám đốc Sở Tài chính tỉnh Quảng Trị kiêm Giám đốc Quỹ Đầu tư phát "
            "triển tỉnh, dự họp.")
    got = sources(matcher, text)
    assert "Phó Giám đốc Sở Tài chính tỉnh Quảng Trị" in got
    assert not [s for s in got if s.startswith("kiêm")]


def test_kiem_inside_a_chain_still_joins_it(matcher):
    span = "Phó Giám đốc Sở Nội vụ kiêm Trưởng Ban Thi đua - Khen thưởng tỉnh Quảng Bình"
    hit = found(matcher, f"{span} trao bằng khen.", span)
    assert "concurrently" in hit.targets["en"][0]


# --- a lower-case word never starts a capitalised role (`chức vụ Trưởng Ban`) ------------------

def test_a_lower_case_word_before_a_capitalised_role_stays_outside(matcher):
    text = "Bà Lan được giao thêm chức vụ Trưởng Ban Quản lý Khu kinh tế tỉnh Hà Tĩnh."
    got = sources(matcher, text)
    assert "Trưởng Ban Quản lý Khu kinh tế tỉnh Hà Tĩnh" in got
    assert not [s for s in got if s.startswith("vụ")]


# --- a unit's head before its unit written again in lower case ---------------------------------

@pytest.mark.parametrize(("text", "span"), [
    ("Trạm trưởng trạm y tế phường Bắc Hà cho biết trạm thiếu thuốc.",
     "Trạm trưởng trạm y tế phường Bắc Hà"),
    ("Anh Tùng, phó đội trưởng đội cảnh sát giao thông, đã có mặt.",
     "phó đội trưởng đội cảnh sát giao thông"),
    ("Chị Mai, tổ trưởng tổ hỗ trợ khởi nghiệp, giới thiệu sản phẩm.",
     "tổ trưởng tổ hỗ trợ khởi nghiệp"),
])
def test_a_units_head_reads_its_unit_written_again(matcher, text, span):
    hit = found(matcher, text, span)
    assert hit.concept.startswith("title:") and "named:" in hit.concept


@pytest.mark.parametrize("text", [
    "Ông Ba làm đội trưởng đội bóng của xã đã lâu.",  # no domain word: no body
    "Tổ quốc ghi công các liệt sĩ.",  # `Tổ` alone is no body
])
def test_no_unit_without_a_domain_word(matcher, text):
    assert not [m for m in matcher.find(text) if "named:" in m.concept]


# --- a faculty with its school after a comma; a transaction office --------------------------

def test_a_faculty_takes_its_placed_school_after_a_comma(matcher):
    span = "Phó Trưởng khoa Xây dựng Đảng, Trường Chính trị tỉnh Hà Tĩnh"
    hit = found(matcher, f"Bà Hoa, {span}, giảng bài.", span)
    assert "Party Building" in hit.targets["en"][0]


def test_faculties_in_a_list_stay_apart(matcher):
    got = sources(matcher, "Khoa Nội, Khoa Ngoại và Khoa Sản đều quá tải.")
    assert not [s for s in got if "," in s]


def test_a_transaction_office_of_a_bank(matcher):
    span = "Giám đốc Phòng giao dịch Ngân hàng Chính sách xã hội huyện Kỳ Anh"
    assert span in sources(matcher, f"{span} cho biết đã giải ngân hết vốn.")


# --- cooperatives named by their product ----------------------------------------------------

@pytest.mark.parametrize("span", [
    "Giám đốc Hợp tác xã dược liệu Trà Lĩnh",
    "Giám đốc Hợp tác xã mật ong Bắc Sơn",
])
def test_a_cooperative_named_by_its_product(matcher, span):
    assert span in sources(matcher, f"{span} giới thiệu sản phẩm OCOP.")


def test_a_product_word_alone_is_no_body(matcher):
    assert not [m for m in matcher.find("Người dân bán chè và mật ong ở chợ phiên.")
                if "named:" in m.concept]


# --- three levels of army units -------------------------------------------------------------

def test_a_three_level_army_chain(matcher):
    span = "Tiểu đoàn trưởng Tiểu đoàn 3, Trung đoàn 148, Sư đoàn 316"
    hit = found(matcher, f"Thiếu tá Long, {span}, báo cáo.", span)
    assert "Division 316" in hit.targets["en"][0]


def test_army_units_in_a_list_are_not_a_chain(matcher):
    got = sources(matcher, "Trung đoàn 148, Trung đoàn 174 và Sư đoàn 316 tham gia.")
    assert not [s for s in got if "," in s]


# --- glossary rows ---------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "span", "concept"), [
    ("Đại diện Tổ chức Hải quan Thế giới làm việc với Tổng cục.", "Tổ chức Hải quan Thế giới",
     "country.org.wco"),
    ("Hiệp hội An sinh xã hội quốc tế trao giải cho ngành.", "Hiệp hội An sinh xã hội quốc tế",
     "country.org.issa"),
    ("Phòng Thương mại và Công nghiệp Đức tại Việt Nam tổ chức hội thảo.",
     "Phòng Thương mại và Công nghiệp Đức tại Việt Nam", "country.org.ahk_vietnam"),
    ("Quân đội xây dựng nền biên phòng toàn dân vững mạnh.", "nền biên phòng toàn dân",
     "phrase.all_people_border_defence"),
    ("Củng cố thế trận biên phòng toàn dân ở khu vực biên giới.", "thế trận biên phòng toàn dân",
     "phrase.all_people_border_posture"),
    ("Cần tránh hình sự hóa các quan hệ kinh tế.", "hình sự hóa các quan hệ kinh tế",
     "phrase.criminalising_economic_relations"),
    ("Doanh nghiệp được gia hạn thuế thêm sáu tháng.", "gia hạn thuế", "phrase.tax_deferral"),
    ("Đoàn công tác thăm tỉnh Xa-van-na-khẹt.", "Xa-van-na-khẹt", "place.la.savannakhet"),
])
def test_round29_glossary_rows(matcher, text, span, concept):
    assert found(matcher, text, span).concept == concept


def test_guangxi_peoples_government_spelling(matcher):
    span = "Chính phủ Nhân dân Khu tự trị dân tộc Choang Quảng Tây"
    assert found(matcher, f"{span} cử đoàn sang thăm.", span).concept == \
        "foreign.cn.guangxi_government"
