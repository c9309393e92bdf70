"""Coverage round twenty-one (issue 11u): unseen21 as development data, own batch b35 (unseen22's
held-out test moved to round twenty-two's file when it became development data). Sentences are
the engineer's own."""

from __future__ import annotations

import pytest
from shipped_matching import coverage_bench, found, sources

from translate.terms.tokens import abbreviated


def test_unseen21_is_development_data_now():
    bench = coverage_bench()
    assert "unseen21" not in bench.HELD_OUT
    if not (bench.DATA / "terms_unseen21.jsonl").is_file():
        pytest.skip("the set unseen21 is not in this checkout")
    loaded = bench.load_split("unseen21")
    assert len(loaded) == 240 and sum(len(r["spans"]) for r in loaded) == 320


def test_own_batch_b35_loads_its_marks():
    rows = coverage_bench().load_split("own-b35")
    spans = [s for row in rows for s in row["spans"]]
    assert len(rows) == 32 and len(spans) == 40
    assert sum(s["kind"] == "title" for s in spans) == 22


@pytest.mark.parametrize(("text", "verb"), [
    # the number is the document's own: the lower-case word after it is a verb
    ("Bộ vừa ban hành Thông tư 07 hướng dẫn chấm thi tốt nghiệp.", "hướng dẫn"),
    ("Chính phủ ban hành Nghị định số 45 quy định mức lương cơ sở.", "quy định"),
    ("Thủ tướng ký Quyết định 909 quyết định giao chỉ tiêu.", "quyết định"),
])
def test_a_documents_own_number_is_no_count(matcher, text, verb):
    got = sources(matcher, text)
    assert verb not in got and got[-1][0].isupper()


@pytest.mark.parametrize(("text", "doc"), [
    # a count before a lower-case document type still names documents
    ("Hội đồng thông qua 14 nghị quyết chuyên đề.", "nghị quyết"),
    ("Sở đã gửi 3 hướng dẫn về quy trình cấp phép.", "hướng dẫn"),
    # a count after an earlier document's number and a verb is still a count
    ("Sau Nghị quyết 57 có thêm 2 nghị quyết khác.", "nghị quyết"),
])
def test_a_count_before_a_document_type_still_names_documents(matcher, text, doc):
    assert doc in sources(matcher, text)


def test_abbreviated_spells_each_newspaper_abbreviation_both_ways():
    got = abbreviated(("Ban Thường trực Ủy ban Mặt trận Tổ quốc", "Đồn BĐBP"))
    assert {"Ban Thường trực Ủy ban MTTQ", "Ban Thường trực UBMTTQ",
            "Đồn Bộ đội Biên phòng"} <= set(got)
    assert abbreviated(("đầu tư công",)) == ("đầu tư công",)  # whole words only


@pytest.mark.parametrize(("full", "short"), [
    ("Tư lệnh Bộ đội Biên phòng", "Tư lệnh BĐBP"),
    ("Phó Trưởng phòng Cảnh sát giao thông Công an tỉnh Nghệ An",
     "Phó Trưởng phòng CSGT Công an tỉnh Nghệ An"),
    ("Chi cục Quản lý thị trường tỉnh Hà Nam", "Chi cục QLTT tỉnh Hà Nam"),
    ("Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Gia Lai",
     "Ban Thường trực UBMTTQ Việt Nam tỉnh Gia Lai"),
    ("Ủy viên Ban Chấp hành Trung ương Đảng", "Ủy viên BCH TƯ Đảng"),
    ("Phó Viện trưởng Viện Kiểm sát nhân dân tỉnh Bến Tre", "Phó Viện trưởng VKSND tỉnh Bến Tre"),
])
def test_an_abbreviated_title_composes_like_its_full_form(matcher, full, short):
    whole, brief = (found(matcher, f"Hôm qua, {t} đã phát biểu.", t) for t in (full, short))
    assert brief.concept == whole.concept and brief.targets == whole.targets


def test_an_abbreviation_keeps_its_case(matcher):
    # `tư`, `bch` in lower case are no abbreviations
    got = sources(matcher, "Ủy viên bch tư đảng nói về vốn đầu tư.")
    assert not any("tư" in s for s in got)


@pytest.mark.parametrize(("lower", "upper"), [
    ("Phó Trưởng ban Tuyên giáo và Dân vận Thành ủy Hải Phòng",
     "Phó Trưởng Ban Tuyên giáo và Dân vận Thành ủy Hải Phòng"),
    ("Trưởng ban Pháp chế HĐND tỉnh Ninh Bình", "Trưởng Ban Pháp chế HĐND tỉnh Ninh Bình"),
    ("Trưởng phòng Kinh tế UBND xã Đông Sơn", "Trưởng Phòng Kinh tế UBND xã Đông Sơn"),
])
def test_a_shared_word_in_lower_case_composes_like_the_capital(matcher, lower, upper):
    low, up = (found(matcher, f"Ông là {t} từ năm ngoái.", t) for t in (lower, upper))
    assert low.concept == up.concept and low.targets == up.targets


def test_a_lower_case_board_of_an_event_is_not_a_party_commission(matcher):
    # the body's name must follow in capitals: `ban tổ chức hội thi` is an organising board
    got = matcher.find("Trưởng ban tổ chức hội thi của Tỉnh ủy phát biểu.")
    assert not any("org_commission" in m.concept for m in got)


@pytest.mark.parametrize(("text", "span", "en"), [
    ("Giám đốc BIDV chi nhánh tỉnh Quảng Trị cho biết.", "Giám đốc BIDV chi nhánh tỉnh Quảng Trị",
     "Director of the Quang Tri provincial branch of BIDV"),
    ("Giám đốc VietinBank chi nhánh Cần Thơ phát biểu.", "Giám đốc VietinBank chi nhánh Cần Thơ",
     "branch of VietinBank"),
])
def test_a_state_banks_branch_under_its_brand(matcher, text, span, en):
    assert en in found(matcher, text, span).targets["en"][0]


def test_a_peoples_credit_fund_named_by_its_place(matcher):
    match = found(matcher, "Giám đốc QTDND Cẩm Bình cho biết.", "Giám đốc QTDND Cẩm Bình")
    assert match.targets["en"][0] == "Director of the Cam Binh People's Credit Fund"
    assert not sources(matcher, "Quỹ tín dụng nhân dân đã cho vay.")  # no name: no body


def test_the_youth_federations_central_committee(matcher):
    text = "Phó Chủ tịch Trung ương Hội LHTN Việt Nam dự lễ."
    match = found(matcher, text, "Phó Chủ tịch Trung ương Hội LHTN Việt Nam")
    assert "Central Committee of the Vietnam Youth Federation" in match.targets["en"][0]


def test_the_lao_front_takes_a_lao_province(matcher):
    text = "Chủ tịch Mặt trận Lào xây dựng đất nước tỉnh Champasak tiếp đoàn."
    match = found(matcher, text, "Chủ tịch Mặt trận Lào xây dựng đất nước tỉnh Champasak")
    assert "Lao Front for National Development" in match.targets["en"][0]
    assert "Laoské fronty národního budování" in match.targets["cs"][0]


def test_a_provincial_citys_military_command_abbreviated_or_not(matcher):
    full, short = (f"Phó Chỉ huy trưởng {b} thành phố Sầm Sơn"
                   for b in ("Ban Chỉ huy Quân sự", "Ban CHQS"))
    a, b = (found(matcher, f"{t} dự họp.", t) for t in (full, short))
    assert a.concept == b.concept and a.targets == b.targets
    assert "vojenského velitelství města Sầm Sơn" in a.targets["cs"][0]


@pytest.mark.parametrize("bank", ["Ngân hàng Chính sách xã hội", "NHCSXH"])
def test_a_branch_named_before_its_bank_is_the_listed_branch(matcher, bank):
    span = f"Giám đốc Chi nhánh {bank} tỉnh Lạng Sơn"
    match = found(matcher, f"{span} phát biểu.", span)
    assert "pobočky Vietnamské banky pro sociální politiku" in match.targets["cs"][0]
