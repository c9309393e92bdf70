"""Coverage round twenty-five (issue 11y): unseen25 as development data and unseen26 held out, own
batch b39. Sentences are the engineer's own."""

from __future__ import annotations

import pytest
from shipped_matching import coverage_bench, found, sources

from translate.draft.enforce import is_present, required_terms
from translate.review.fix import fix_text
from translate.terms.brackets import bracket_base, without_acronym
from translate.terms.files import load_shipped_glossaries
from translate.terms.matcher import TermMatcher


def test_unseen25_is_development_data_now():
    bench = coverage_bench()
    assert "unseen25" not in bench.HELD_OUT
    if not (bench.DATA / "terms_unseen25.jsonl").is_file():
        pytest.skip("the set unseen25 is not in this checkout")
    loaded = bench.load_split("unseen25")
    assert len(loaded) == 265 and sum(len(r["spans"]) for r in loaded) == 373


def test_own_batch_b39_loads_its_marks():
    rows = coverage_bench().load_split("own-b39")
    spans = [s for row in rows for s in row["spans"]]
    assert len(rows) == 33 and len(spans) == 45
    assert sum(s["kind"] == "title" for s in spans) == 12


# --- an organisation's acronym or brand in brackets after its name -------------------------------

def test_a_listed_body_takes_its_own_acronym_with_an_id_and_renderings_of_its_own(matcher):
    hit = found(matcher, "Quỹ Nhi đồng Liên hợp quốc (UNICEF) hỗ trợ sữa cho trẻ em vùng lũ.",
                "Quỹ Nhi đồng Liên hợp quốc (UNICEF)")
    assert hit.concept == "country.org.unicef(UNICEF)"
    assert hit.targets["cs"] == ("Dětský fond OSN (UNICEF)", "Dětský fond OSN")
    assert hit.target("en") == "United Nations Children's Fund (UNICEF)"
    # the acronym inside is no second match
    assert sources(matcher, "Quỹ Nhi đồng Liên hợp quốc (UNICEF) hỗ trợ.") == [
        "Quỹ Nhi đồng Liên hợp quốc (UNICEF)"]


def test_a_brand_the_rendering_already_names_keeps_the_concept(matcher):
    hit = found(matcher, "Tập đoàn Công nghiệp - Viễn thông Quân đội (Viettel) phủ sóng 5G.",
                "Tập đoàn Công nghiệp - Viễn thông Quân đội (Viettel)")
    assert hit.concept == "gov.soe.viettel" and hit.target("cs") == "skupina Viettel"


def test_a_composed_body_takes_an_unlisted_acronym(matcher):
    hit = found(matcher, "Tổng công ty Điện lực miền Trung (EVNCPC) cắt điện luân phiên.",
                "Tổng công ty Điện lực miền Trung (EVNCPC)")
    assert hit.concept.startswith("body:") and hit.concept.endswith("(EVNCPC)")
    assert hit.target("cs").endswith(" (EVNCPC)") and hit.target("en").endswith(" (EVNCPC)")


def test_a_composed_title_ending_with_a_listed_body_takes_its_acronym(matcher):
    hit = found(matcher, "Trưởng đại diện Quỹ Nhi đồng Liên hợp quốc (UNICEF) thăm trường.",
                "Trưởng đại diện Quỹ Nhi đồng Liên hợp quốc (UNICEF)")
    assert hit.concept.endswith("+country.org.unicef(UNICEF)")
    assert hit.target("cs") == "vedoucí zastoupení Dětského fondu OSN (UNICEF)"


@pytest.mark.parametrize(("text", "spans"), [
    # a place in brackets is the body's country or city, a term of its own
    ("Phó Tỉnh trưởng tỉnh Kampot (Campuchia) thăm Kiên Giang.",
     ["Phó Tỉnh trưởng tỉnh Kampot", "Campuchia", "Kiên Giang"]),
    ("Sở Tài chính (TP.HCM) đã họp.", ["Sở Tài chính", "TP.HCM"]),
    # a phrase's acronym stays apart
    ("Sản phẩm đạt chuẩn mỗi xã một sản phẩm (OCOP) tăng mạnh.",
     ["mỗi xã một sản phẩm", "OCOP"]),
    # a listed body before another listed organisation's acronym ends a longer name
    ("Tổ chức Giáo dục Liên hợp quốc (FAO) giúp đỡ.", ["Liên hợp quốc", "FAO"]),
    # a listed body with an acronym it does not list: the end of a longer name too
    ("Viện nghiên cứu của Liên hợp quốc (UNRISD) đã họp.", ["Liên hợp quốc"]),
    # lower case or one capital only after a composed body: no acronym
    ("Sở Y tế tỉnh Nghệ An (cũ) đã giải thể.", ["Sở Y tế tỉnh Nghệ An"]),
    ("Tổng công ty Điện lực miền Trung (Ecopark) ký hợp đồng.",
     ["Tổng công ty Điện lực miền Trung"]),
])
def test_what_a_bracket_after_a_name_does_not_join(matcher, text, spans):
    assert sources(matcher, text) == spans


def test_check_accepts_the_name_with_or_without_its_acronym():
    glossary = load_shipped_glossaries()
    source = "Quỹ Nhi đồng Liên hợp quốc (UNICEF) trao tặng thiết bị cho tỉnh Lào Cai."
    required = required_terms(TermMatcher(glossary).find(source), glossary, "cs", source)
    term = next(t for t in required if t.concept == "country.org.unicef(UNICEF)")
    assert term.target == "Dětský fond OSN (UNICEF)" and term.kind == "body"
    assert is_present("Dětský fond OSN (UNICEF) předal vybavení.", term, "cs")
    assert is_present("Zástupci Dětského fondu OSN převzali poděkování.", term, "cs")
    assert not is_present("Fond OSN pro děti předal vybavení.", term, "cs")


@pytest.mark.parametrize(("text", "expected"), [
    # another rendering of the name: the name is replaced, the acronym stays as written
    ("Pan Long, šéf zastoupení Mezinárodní organizace práce (ILO), uvedl, že firmám chybí lidé.",
     "Pan Long, vedoucí zastoupení Mezinárodní organizace práce (ILO), uvedl, že firmám chybí "
     "lidé."),
    # the translator left the acronym out: the fix does not add it
    ("Pan Long, šéf zastoupení Mezinárodní organizace práce, uvedl, že firmám chybí lidé.",
     "Pan Long, vedoucí zastoupení Mezinárodní organizace práce, uvedl, že firmám chybí lidé."),
])
def test_check_fix_writes_the_name_and_leaves_the_acronym_where_it_was(text, expected):
    glossary = load_shipped_glossaries()
    source = ("Ông Long, Trưởng đại diện Tổ chức Lao động Quốc tế (ILO), cho biết các doanh "
              "nghiệp đang thiếu lao động.")
    fixed, fixes = fix_text(source, text, "cs", glossary, TermMatcher(glossary))
    assert fixed == expected and fixes


def test_without_acronym_and_bracket_base():
    targets = ("Dětský fond OSN (UNICEF)", "Dětský fond OSN")
    assert without_acronym("country.org.unicef(UNICEF)", targets) == ("Dětský fond OSN",)
    assert without_acronym("country.org.unicef", targets) == targets
    assert bracket_base("title:chair+council(ABC)") == "title:chair+council"
    assert bracket_base("country.org.who") == "country.org.who"


# --- chains: a council's own committee; a board of the province after its People's Committee ----

def test_the_council_and_one_of_its_committees_share_the_place(matcher):
    hit = found(matcher, "Phó Chủ tịch HĐND, Trưởng Ban Dân tộc HĐND tỉnh Lạng Sơn phát biểu.",
                "Phó Chủ tịch HĐND, Trưởng Ban Dân tộc HĐND tỉnh Lạng Sơn")
    assert hit.target("cs").startswith("místopředseda lidové rady a vedoucí národnostní komise")
    # before the province's People's Committee the council stays a title of its own
    assert sources(matcher, "Phó Chủ tịch HĐND, Phó Chủ tịch UBND tỉnh Lạng Sơn dự.") == [
        "Phó Chủ tịch HĐND", "Phó Chủ tịch UBND tỉnh Lạng Sơn"]


def test_the_provinces_people_committee_and_a_board_of_the_province(matcher):
    hit = found(matcher, "Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ huy Phòng thủ dân sự tỉnh Yên "
                "Bái chỉ đạo sơ tán dân.",
                "Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ huy Phòng thủ dân sự tỉnh Yên Bái")
    assert hit.target("en").startswith("Vice Chairman of the provincial People's Committee and "
                                       "Head of the")


@pytest.mark.parametrize(("text", "spans"), [
    # a department after it has a province of its own
    ("Chủ tịch UBND tỉnh, Giám đốc Sở Xây dựng tỉnh Yên Bái dự.",
     ["Chủ tịch UBND tỉnh", "Giám đốc Sở Xây dựng tỉnh Yên Bái"]),
    # a board of another level
    ("Chủ tịch UBND tỉnh, Trưởng Ban Chỉ huy Phòng thủ dân sự huyện Văn Chấn dự.",
     ["Chủ tịch UBND tỉnh", "Trưởng Ban Chỉ huy Phòng thủ dân sự huyện Văn Chấn"]),
    # the People's Committee with its place is complete
    ("Chủ tịch UBND tỉnh Yên Bái, Trưởng Ban Chỉ huy Phòng thủ dân sự tỉnh dự.",
     ["Chủ tịch UBND tỉnh Yên Bái"]),
])
def test_the_people_committee_rule_stays_narrow(matcher, text, spans):
    assert sources(matcher, text)[:len(spans)] == spans


# --- roles and domain words ----------------------------------------------------------------------

def test_resident_representative_and_coordinator(matcher):
    hit = found(matcher, "Trưởng đại diện thường trú UNICEF tại Việt Nam thăm Hà Giang.",
                "Trưởng đại diện thường trú UNICEF tại Việt Nam")
    assert hit.target("en") == "Resident Representative of the United Nations Children's Fund " \
        "in Vietnam"
    hit = found(matcher, "Điều phối viên thường trú Liên hợp quốc tại Lào phát biểu.",
                "Điều phối viên thường trú Liên hợp quốc tại Lào")
    assert hit.target("cs").startswith("stálý koordinátor Organizace spojených národů")


def test_consumer_protection_words(matcher):
    hit = found(matcher, "Hội Bảo vệ quyền lợi người tiêu dùng tỉnh Hòa Bình tiếp nhận khiếu nại.",
                "Hội Bảo vệ quyền lợi người tiêu dùng tỉnh Hòa Bình")
    assert "ochrany práv spotřebitelů" in hit.target("cs")
    assert sources(matcher, "Người tiêu dùng cần thận trọng khi mua hàng qua mạng.") == []
