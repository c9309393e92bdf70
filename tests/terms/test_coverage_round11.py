"""Coverage round eleven (issue 11k): the written rules of the eighth to tenth sets' READMEs
(a role of a Party committee named without its level is a title of its own in a chain; a
Party organisation inside a congress's name gives its place only; the national target
programmes' full names whole), the 2025 civil judgment enforcement office, airports after a
role, place words for lakes, plateaus and parishes, a name that goes on after a listed place,
`nghị quyết này`, `công tác` before a longer phrase (the unseen11 split: round twelve's tests)."""

from __future__ import annotations

import pytest
from shipped_matching import coverage_bench, found, sources


@pytest.mark.parametrize(("text", "spans"), [
    # (a deputy secretary shares the level since round thirteen, the Secretary too since round
    # twenty-two: test_coverage_round22.py)
    ("Phó Chủ tịch HĐND, Phó Chủ tịch UBND tỉnh Phú Thọ tiếp xúc cử tri.",
     ["Phó Chủ tịch HĐND", "Phó Chủ tịch UBND tỉnh Phú Thọ"]),
])
def test_a_role_of_a_body_named_without_its_level_is_a_title_of_its_own(matcher, text, spans):
    assert [s for s in sources(matcher, text) if s in spans] == spans


@pytest.mark.parametrize("span", [
    "Chủ tịch HĐND, Chủ tịch UBND xã Tân Phú",  # the commune's concurrent posts: one span
    "Bí thư, Phó Bí thư Đảng ủy phường Bắc Giang",  # the first role has no body
    "Ủy viên Ban Thường vụ Đảng ủy, Trưởng phòng Kinh tế xã Cẩm Hưng",  # an organ of it
    "Phó Tư lệnh, Tham mưu trưởng Quân khu 2",
])
def test_chains_that_share_their_body_stay_one_span(matcher, span):
    hit = found(matcher, span + " dự hội nghị.", span)
    assert " a " in hit.target("cs") or ", " in hit.target("cs")


@pytest.mark.parametrize(("text", "span"), [
    ("Phát biểu tại Đại hội đại biểu Đảng bộ xã Bát Xát lần thứ I.", "Bát Xát"),
    ("Dự thảo trình Đại hội Đảng bộ tỉnh Đồng Tháp.", "Đồng Tháp"),
    ("Tại Đại hội Đảng bộ phường Ba Đình, đồng chí phát biểu.", "Ba Đình"),
    # not in a congress's name, or a body with a parent: the body
    ("Sau sáp nhập, Đảng bộ tỉnh Tuyên Quang có 186.000 đảng viên.", "Đảng bộ tỉnh Tuyên Quang"),
    ("Đại hội Đảng bộ Công an tỉnh Nghệ An lần thứ XXV.", "Đảng bộ Công an tỉnh Nghệ An"),
])
def test_congress_names(matcher, text, span):
    found(matcher, text, span)
    if span in ("Bát Xát", "Đồng Tháp", "Ba Đình"):
        assert not any(s.startswith("Đảng bộ") for s in sources(matcher, text))


def test_the_2025_civil_judgment_enforcement_office(matcher):
    hit = found(matcher, "Trưởng Thi hành án dân sự Thành phố Hồ Chí Minh đề nghị phối hợp.",
                "Trưởng Thi hành án dân sự Thành phố Hồ Chí Minh")
    assert hit.target("cs") == "vedoucí úřadu pro výkon civilních rozhodnutí Ho Či Minova Města"
    assert hit.target("en") == "Head of the Ho Chi Minh City Civil Judgment Enforcement Office"
    body = found(matcher, "Thi hành án dân sự tỉnh Hà Tĩnh thu hồi 200 tỷ đồng.",
                 "Thi hành án dân sự tỉnh Hà Tĩnh")
    assert body.target("en") == "Ha Tinh provincial Civil Judgment Enforcement Office"
    # the activity in lower case stays the listed phrase
    assert found(matcher, "Công tác thi hành án dân sự đạt kết quả.",
                 "thi hành án dân sự").concept == "phrase.civil_judgment_enforcement"


def test_an_airport_is_a_body_after_a_role_and_a_place_word_alone(matcher):
    hit = found(matcher, "Giám đốc Cảng hàng không quốc tế Đà Nẵng cho biết.",
                "Giám đốc Cảng hàng không quốc tế Đà Nẵng")
    assert hit.target("en") == "Director of the Da Nang International Airport"
    assert hit.target("cs") == "ředitel mezinárodního letiště Da Nang"  # the name as Czech says it
    assert found(matcher, "Giám đốc Cảng hàng không Điện Biên cho biết.",
                 "Giám đốc Cảng hàng không Điện Biên").target("en") == \
        "Director of the Dien Bien Airport"
    assert sources(matcher, "Dự án Cảng hàng không quốc tế Long Thành được đẩy nhanh.") == [
        "Long Thành"]


@pytest.mark.parametrize(("text", "span"), [
    ("Mực nước hồ Thác Bà dâng cao.", "Thác Bà"),
    ("Du lịch cao nguyên đá Đồng Văn phát triển.", "Đồng Văn"),
    ("Giáo dân tại giáo xứ Phủ Cam dự lễ.", "Phủ Cam"),
    ("Du khách tham quan thác Bản Giốc.", "Bản Giốc"),
    ("Người dân phường Hội An Tây dọn vệ sinh sau lũ.", "Hội An Tây"),
    ("Khu công nghiệp VSIP Nghệ An thu hút thêm 3 dự án.", "VSIP Nghệ An"),
    ("Chủ tịch UBND phường Hội An Tây tiếp dân.", "Chủ tịch UBND phường Hội An Tây"),
])
def test_new_place_words_and_names_longer_than_a_listed_place(matcher, text, span):
    found(matcher, text, span)


@pytest.mark.parametrize("text", [
    "Hồ Chí Minh là lãnh tụ vĩ đại.", "Ông Hồ Văn Niên phát biểu.", "Ông Hang A Páo phát biểu.",
])
def test_a_capitalised_lake_or_cave_word_is_a_name(matcher, text):
    assert not [m for m in matcher.find(text) if m.concept.startswith("place")]


def test_a_listed_place_alone_stays_listed(matcher):
    assert found(matcher, "Người dân phường Hội An dọn vệ sinh.",
                 "Hội An").concept == "place.city.hoi_an"
    assert found(matcher, "Công nhân khu công nghiệp VSIP tăng ca.", "VSIP").concept == "place.vsip"


def test_this_resolution_names_a_document(matcher):
    assert found(matcher, "Cần quán triệt tinh thần của nghị quyết này.",
                 "nghị quyết").concept == "doc.resolution"
    assert "quyết định" not in sources(matcher, "Đây là quyết định đúng đắn.")


@pytest.mark.parametrize(("text", "span", "concept"), [
    ("Triển khai chương trình mục tiêu quốc gia giảm nghèo bền vững năm 2026.",
     "chương trình mục tiêu quốc gia giảm nghèo bền vững", "phrase.ntp_poverty"),
    ("Thực hiện Chương trình mục tiêu quốc gia về xây dựng nông thôn mới.",
     "Chương trình mục tiêu quốc gia về xây dựng nông thôn mới", "phrase.ntp_new_rural"),
    ("Báo cáo kết quả tiếp công dân và giải quyết khiếu nại, tố cáo.", "khiếu nại, tố cáo",
     "phrase.complaints_denunciations"),
    ("Nâng cao đời sống vùng đồng bào dân tộc thiểu số và miền núi.",
     "vùng đồng bào dân tộc thiểu số", "phrase.ethnic_minority_areas"),
    ("Nỗ lực gỡ thẻ vàng của Ủy ban châu Âu.", "thẻ vàng", "phrase.yellow_card"),
    ("Thực hiện tốt công tác đối ngoại nhân dân.", "đối ngoại nhân dân",
     "phrase.peoples_diplomacy"),
])
def test_phrase_boundaries(matcher, text, span, concept):
    assert found(matcher, text, span).concept == concept


def test_programme_names_have_renderings(matcher):
    hit = found(matcher, "Chương trình mục tiêu quốc gia giảm nghèo bền vững được triển khai.",
                "Chương trình mục tiêu quốc gia giảm nghèo bền vững")
    assert hit.target("en") == "National Target Programme for Sustainable Poverty Reduction"
    assert hit.target("cs") == "národní cílový program udržitelného snižování chudoby"


@pytest.mark.parametrize(("text", "span"), [
    ("Ông làm công tác dân vận ở cơ sở.", "công tác dân vận"),  # listed whole: stays
    ("Công tác đối ngoại được tăng cường.", "Công tác đối ngoại"),  # nothing longer after it
    ("Các cấp ủy làm tốt công tác cán bộ.", "công tác cán bộ"),
])
def test_work_stays_inside_its_own_listed_phrases(matcher, text, span):
    found(matcher, text, span)


def test_a_deputy_secretary_general(matcher):
    hit = found(matcher, "Phó Tổng Thư ký Liên hợp quốc phát biểu.",
                "Phó Tổng Thư ký Liên hợp quốc")
    assert hit.target("en") == "Deputy Secretary General of the United Nations"
    assert hit.target("cs").startswith("zástupce generálního tajemníka")
    assert found(matcher, "Phó Tổng Thư ký Quốc hội phát biểu.",
                 "Phó Tổng Thư ký Quốc hội").concept == "state.na.deputy_secgen"


def test_own_batch_b25_loads_its_marks():
    rows = coverage_bench().load_split("own-b25")
    spans = [s for row in rows for s in row["spans"]]
    assert len(rows) == 52 and len(spans) == 67
    assert sum(s["kind"] == "phrase" for s in spans) == 24
    assert sum(s["kind"] == "place" for s in spans) == 19


@pytest.mark.parametrize(("text", "span", "cs", "en"), [
    ("Bộ trưởng Bộ Quốc phòng Campuchia thăm Việt Nam.", "Bộ trưởng Bộ Quốc phòng Campuchia",
     "ministr obrany Kambodže", "Minister of National Defence of Cambodia"),
    ("Bộ trưởng Bộ Ngoại giao Lào thăm Việt Nam.", "Bộ trưởng Bộ Ngoại giao Lào",
     "ministr zahraničních věcí Laosu", "Minister of Foreign Affairs of Laos"),
    ("Bộ trưởng Bộ Quốc phòng thăm đơn vị.", "Bộ trưởng Bộ Quốc phòng",  # at home: no country
     "ministr obrany", "Minister of National Defence"),
])
def test_a_foreign_ministers_portfolio_keeps_the_country(matcher, text, span, cs, en):
    hit = found(matcher, text, span)
    assert (hit.target("cs"), hit.target("en")) == (cs, en)
