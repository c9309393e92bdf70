"""English `check --fix`, round nineteen (issue 12as): `Party chief` renders `Secretary` as a
whole (`Party` is no word left in front of the term: `Party chief of the … commune Party
Committee` → `Secretary of …`); `economic expansion` renders `economic growth`; `gross national
product` is a forbidden rendering of `gross domestic product` (another measure); a body's own
words reordered after a place's name (`Ben Tre Industry and Trade Department`) are replaced even
where no source slot is given (`… và …`: the department and someone else), while a term with a
level word keeps the earlier rule. Own sentences, none from a bench set."""

from __future__ import annotations

import pytest

from translate.review.fix import fix_text
from translate.terms.english import english_variants
from translate.terms.files import SHIPPED_DIR, load_glossary
from translate.terms.matcher import TermMatcher

GLOSSARY = load_glossary(SHIPPED_DIR / "vi-en.tsv")
MATCHER = TermMatcher(GLOSSARY)


def _fix(vi: str, en: str) -> str:
    return fix_text(vi, en, "en", GLOSSARY, MATCHER)[0]


def test_party_chief_is_replaced_whole_before_a_named_committee():
    vi = "Bí thư Đảng ủy phường Tân Định Trần Văn Nam tiếp xúc cử tri."
    en = "Tran Van Nam, Party chief of the Tan Dinh ward Party Committee, met voters."
    assert _fix(vi, en) == ("Tran Van Nam, Secretary of the Tan Dinh ward Party Committee, "
                            "met voters.")


def test_party_chief_is_a_variant_of_every_secretary_term():
    assert "Party chief" in english_variants("Secretary")
    assert "Deputy Party chief" in english_variants("Deputy Secretary")
    assert "Communist Party chief" in english_variants("Secretary")


def test_a_right_secretary_stays():
    vi = "Bí thư Đảng ủy phường Tân Định Trần Văn Nam tiếp xúc cử tri."
    en = "Tran Van Nam, Secretary of the Tan Dinh ward Party Committee, met voters."
    assert _fix(vi, en) == en


def test_party_chief_without_a_secretary_in_the_source_stays():
    # the source names a chairman: `Party chief` is no rendering of anything it has
    vi = "Chủ tịch Ủy ban nhân dân tỉnh kiểm tra công trình đê biển."
    en = "The provincial Party chief inspected the sea dyke works."
    assert _fix(vi, en) == en


def test_economic_expansion_renders_economic_growth():
    vi = "Tỉnh đặt mục tiêu tăng trưởng kinh tế hai con số giai đoạn tới."
    en = "The province is aiming for double-digit economic expansion in the coming period."
    assert _fix(vi, en) == ("The province is aiming for double-digit economic growth in the "
                            "coming period.")


def test_expansion_alone_is_no_rendering_of_economic_growth():
    vi = "Tăng trưởng kinh tế nhờ mở rộng khu công nghiệp."
    en = "Economic growth came from the expansion of the industrial park."
    assert _fix(vi, en) == en


def test_gross_national_product_is_forbidden_for_gdp():
    vi = "Tổng sản phẩm trong nước quý I tăng 6,9%."
    en = "Gross national product rose 6.9% in the first quarter."
    assert _fix(vi, en) == "Gross domestic product rose 6.9% in the first quarter."


def test_gross_national_product_stays_where_the_source_has_no_gdp():
    vi = "Thu nhập bình quân đầu người tăng 7%."
    en = "Per capita income rose 7%, faster than gross national product."
    assert _fix(vi, en) == en


@pytest.mark.parametrize("vi,en,expected", [
    ("Sở Công Thương Bến Tre và các hợp tác xã ký kết chương trình tiêu thụ dừa.",
     "The Ben Tre Industry and Trade Department and local cooperatives signed a coconut sales "
     "programme.",
     "The Ben Tre Department of Industry and Trade and local cooperatives signed a coconut "
     "sales programme."),
    ("Sở Kế hoạch và Đầu tư Bến Tre và các huyện rà soát dự án chậm tiến độ.",
     "The Ben Tre Planning and Investment Department and the districts reviewed delayed "
     "projects.",
     "The Ben Tre Department of Planning and Investment and the districts reviewed delayed "
     "projects."),
])
def test_a_reordered_department_after_a_place_is_replaced_beside_another_party(vi, en,
                                                                                expected):
    assert _fix(vi, en) == expected


def test_a_right_department_after_a_place_stays():
    vi = "Sở Công Thương Bến Tre và các hợp tác xã ký kết chương trình tiêu thụ dừa."
    en = ("The Ben Tre Department of Industry and Trade and local cooperatives signed a coconut "
          "sales programme.")
    assert _fix(vi, en) == en


def test_un_is_replaced_by_the_united_nations():
    vi = "Liên hợp quốc đánh giá cao nỗ lực giảm nghèo của tỉnh."
    en = "The UN praised the province's poverty reduction efforts."
    assert _fix(vi, en) == ("The United Nations praised the province's poverty reduction "
                            "efforts.")


@pytest.mark.parametrize("vi,en,expected", [
    ("Hội đồng Bảo an Liên hợp quốc họp về tình hình biển Đỏ.",
     "The UN Security Council met on the situation in the Red Sea.",
     "The United Nations Security Council met on the situation in the Red Sea."),
    ("Quỹ Nhi đồng Liên hợp quốc tặng tỉnh 20 máy lọc nước.",
     "The UN Children's Fund gave the province 20 water purifiers.",
     "The United Nations Children's Fund gave the province 20 water purifiers."),
])
def test_an_abbreviation_found_ends_the_name_it_renders(vi, en, expected):
    # the capitalised words after `UN` name another body: they stay, only `UN` is replaced
    assert _fix(vi, en) == expected


def test_un_stays_where_the_source_has_no_united_nations():
    vi = "Tỉnh tiếp nhận 30 tấn hàng cứu trợ."
    en = "The province received 30 tonnes of UN relief goods."
    assert _fix(vi, en) == en


def test_a_longer_acronym_beginning_with_un_is_no_un():
    vi = "Liên hợp quốc và UNESCO công nhận di sản của tỉnh."
    en = "The United Nations and UNESCO recognised the province's heritage."
    assert _fix(vi, en) == en


def test_regional_gdp_renders_grdp():
    vi = "Tổng sản phẩm trên địa bàn tỉnh tăng 9,1% trong năm 2025."
    en = "The province's regional GDP grew 9.1% in 2025."
    assert _fix(vi, en) == "The province's gross regional domestic product grew 9.1% in 2025."


def test_congress_is_no_rendering_of_the_national_assembly():
    # the US legislature is `Congress`, and foreign news says `Quốc hội Mỹ` for it
    vi = "Quốc hội Mỹ đã thông qua ngân sách quốc phòng."
    en = "Congress has passed the defence budget."
    assert _fix(vi, en) == en
