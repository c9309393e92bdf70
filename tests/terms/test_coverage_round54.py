"""Coverage round fifty-four (issue 11zzb): unseen57 as development data (tested with the other
sets in test_coverage_round46.py; the held-out test moved on to round 55), and the span
mechanisms this round added, each with its limits. Sentences are the engineer's own."""

from __future__ import annotations

import pytest
from shipped_matching import found, sources

from translate.review.fix import fix_text

# -- recurring political formulas: phrase rows of the core glossaries ------------------------

@pytest.mark.parametrize("text, span, cs, en", [
    ("Huyện quán triệt phương châm phòng là chính trong mùa mưa bão.", "phòng là chính",
     "prevence především", "prevention first"),
    ("Cán bộ phải thực hiện nguyên tắc có vào, có ra, có lên, có xuống.",
     "có vào, có ra, có lên, có xuống", "přijímání i propouštění", "entry and exit"),
    ("Dự án PPP cần bảo đảm lợi ích hài hòa, rủi ro chia sẻ giữa các bên.",
     "lợi ích hài hòa, rủi ro chia sẻ", "sdílená rizika", "shared risks"),
    ("Dữ liệu đất đai phải đúng, đủ, sạch, sống trước cuối năm.", "đúng, đủ, sạch, sống",
     "správnost, úplnost", "accurate, complete"),
    ("Tỉnh đặt mục tiêu phát triển nhanh, bền vững trong nhiệm kỳ mới.",
     "phát triển nhanh, bền vững", "udržitelný rozvoj", "sustainable development"),
    ("Công trình đường ven biển theo phương châm Nhà nước và nhân dân cùng làm.",
     "Nhà nước và nhân dân cùng làm", "stát a lid", "the people working together"),
])
def test_the_formulas_are_found_whole_with_their_renderings(matcher, text, span, cs, en):
    hit = found(matcher, text, span)
    assert hit.concept.startswith("phrase.")
    assert cs in hit.targets["cs"][0] and en in hit.targets["en"][0]


def test_the_longer_formula_wins_over_its_shorter_form(matcher):
    text = "Việc chi trả hỗ trợ phải công khai, minh bạch, đúng đối tượng."
    assert found(matcher, text, "công khai, minh bạch, đúng đối tượng").concept == \
        "phrase.public_transparent_right_target"


def test_the_three_pillars_are_one_phrase_not_the_peoples_diplomacy(matcher):
    text = ("Phát huy sức mạnh tổng hợp của đối ngoại Đảng, ngoại giao Nhà nước và đối ngoại "
            "nhân dân.")
    assert "đối ngoại nhân dân" not in sources(matcher, text)


@pytest.mark.parametrize("text, span", [
    # the unity festival keeps the unity phrase alone (the sets mark it so; no festival row)
    ("Thôn tổ chức Ngày hội Đại đoàn kết toàn dân tộc vào chủ nhật.",
     "Đại đoàn kết toàn dân tộc"),
    # the motto without its verb stays the older row
    ("Đồng bào có đạo hưởng ứng phong trào tốt đời, đẹp đạo.", "tốt đời, đẹp đạo"),
])
def test_the_limits_of_the_formula_rows(matcher, text, span):
    assert span in sources(matcher, text)


def test_english_accepts_the_adjective_and_the_noun_of_openness(matcher):
    source = "Tỉnh thực hiện việc bồi thường công khai, minh bạch."
    for right in ("The province pays compensation in an open and transparent way.",
                  "The province pays compensation with openness and transparency."):
        assert fix_text(source, right, "en", matcher.glossary, matcher)[0] == right


# -- a friendship body named by an unlisted pair, then a bare level word ----------------------

@pytest.mark.parametrize("span, level", [
    ("Hội Hữu nghị Việt Nam - Ba Lan tỉnh", "+province"),
    ("Chủ tịch Hội Hữu nghị Việt Nam - Belarus thành phố", "+city"),
])
def test_an_unlisted_pair_takes_a_bare_level(matcher, span, level):
    assert found(matcher, f"{span} gặp mặt hội viên nhân dịp năm mới.", span).concept \
        .endswith(level)


def test_an_unlisted_pair_without_a_level_is_the_name_alone(matcher):
    text = "Hội Hữu nghị Việt Nam - Ba Lan gặp mặt hội viên."
    assert "+province" not in found(matcher, text, "Hội Hữu nghị Việt Nam - Ba Lan").concept


# -- vocabulary: the flotilla's head, the hi-tech park's board, the crime committee's fields --

@pytest.mark.parametrize("text, span, cs, en", [
    ("Hải đoàn trưởng Hải đoàn 21 kiểm tra tàu trực.", "Hải đoàn trưởng Hải đoàn 21",
     "velitel", "Commander"),
    ("Phó Hải đoàn trưởng Hải đoàn 31 Biên phòng dự lễ.",
     "Phó Hải đoàn trưởng Hải đoàn 31 Biên phòng", "zástupce velitele", "Deputy Commander"),
    ("Ban Quản lý Khu công nghệ cao và các khu công nghiệp Cần Thơ tiếp nhà đầu tư.",
     "Ban Quản lý Khu công nghệ cao và các khu công nghiệp Cần Thơ", "špičkových technologií",
     "Hi-Tech Park"),
    ("Ban Chỉ đạo phòng, chống tội phạm và tệ nạn xã hội huyện Yên Thành họp.",
     "Ban Chỉ đạo phòng, chống tội phạm và tệ nạn xã hội huyện Yên Thành",
     "proti trestné činnosti a sociálně patologickým jevům", "Social Evils"),
    ("Ban Chỉ đạo phòng, chống tội phạm, tệ nạn xã hội và xây dựng phong trào toàn dân bảo vệ"
     " an ninh Tổ quốc tỉnh Hà Nam sơ kết.",
     "Ban Chỉ đạo phòng, chống tội phạm, tệ nạn xã hội và xây dựng phong trào toàn dân bảo vệ"
     " an ninh Tổ quốc tỉnh Hà Nam", "hnutí", "Movement"),
])
def test_the_new_words_compose(matcher, text, span, cs, en):
    hit = found(matcher, text, span)
    assert cs in hit.targets["cs"][0] and en in hit.targets["en"][0]


def test_a_hitech_park_with_its_name_stays_the_park(matcher):
    text = "Khu công nghệ cao Láng Hòa Lạc thu hút thêm dự án."
    assert "hitech_park" in found(matcher, text, "Khu công nghệ cao Láng Hòa Lạc").concept


def test_social_evils_alone_is_no_field_of_a_centre(matcher):
    assert "Trung tâm tệ nạn xã hội" not in sources(
        matcher, "Trung tâm tệ nạn xã hội tỉnh tiếp nhận người nghiện.")


# -- a market's board named by its kind --------------------------------------------------------

@pytest.mark.parametrize("span", [
    "Trưởng Ban Quản lý chợ trung tâm",
    "Phó Trưởng Ban quản lý chợ đầu mối",
])
def test_a_market_board_named_by_its_kind(matcher, span):
    assert found(matcher, f"{span} cho biết giá rau đã giảm.", span).concept.startswith("title:")


def test_a_named_market_keeps_its_name(matcher):
    text = "Ban Quản lý chợ Bắc Hà cho biết tiểu thương đã trở lại."
    assert "ban_quan_ly_cho" in found(matcher, text, "Ban Quản lý chợ Bắc Hà").concept
