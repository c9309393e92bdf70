"""English placement where only one anchor bounds the term (issue 12n): the English noun
phrase the source's position points at (`translate.draft.enslot.chunk_slot`) — a capitalised
run or lower-case words up to a verb after the left anchor, `X's {…}` for the source's `TERM
của X` — and a name in other words that keeps the term's head. Own sentences, none from a
bench set. Nothing changes where the phrase goes on (`of …`, `and …`), holds another body's
abbreviation, or has the term's missing words beside it."""

from __future__ import annotations

import pytest

from translate.draft.ennames import VI_NAME
from translate.draft.enother import other_words
from translate.draft.enslot import _phrase_after, chunk_slot
from translate.review.fix import fix_text
from translate.terms.files import SHIPPED_DIR, load_glossary
from translate.terms.matcher import TermMatcher

GLOSSARY = load_glossary(SHIPPED_DIR / "vi-en.tsv")
MATCHER = TermMatcher(GLOSSARY)


@pytest.mark.parametrize("vi,en,expected", [
    # a capitalised run after the sentence's start, a verb after it
    ("Ban Tuyên giáo Trung ương đã tổ chức hội thảo về báo chí.",
     "The Central Propaganda Department held a workshop on journalism.",
     "The Party Central Committee's Commission for Information and Education held a workshop"
     " on journalism."),
    # lower-case words after a copied number, up to the verb
    ("Hơn 3.000 doanh nghiệp đã đăng ký tham gia hội chợ.",
     "More than 3,000 companies registered for the fair.",
     "More than 3,000 enterprises registered for the fair."),
    # the source's `TERM của X`, English's `X's {…}`
    ("Tờ trình của Chính phủ nêu rõ ba phương án.",
     "The Government's Proposal Paper sets out three options.",
     "The Government's Submission sets out three options."),
    # a name in other words that keeps the head, between two anchors
    ("Phó Chủ tịch Thường trực UBND tỉnh Trần Văn Lâm kiểm tra công trình.",
     "Executive Vice Chairman of the provincial People's Committee Tran Van Lam inspected"
     " the works.",
     "Permanent Vice Chairman of the provincial People's Committee Tran Van Lam inspected"
     " the works."),
])
def test_the_phrase_one_anchor_points_at_is_replaced(vi, en, expected):
    assert fix_text(vi, en, "en", GLOSSARY, MATCHER)[0] == expected


@pytest.mark.parametrize("vi,en", [
    # coordination: `officers and soldiers` is two nouns, not the term's rendering
    ("Hơn 500 cán bộ, chiến sĩ đã tham gia cứu hộ.",
     "More than 500 officers and soldiers joined the rescue."),
    # another body's abbreviation in the run
    ("Quốc hội thông qua dự luật ngân sách.", "The US Congress passed the budget bill."),
    # the phrase goes on in an `of` phrase (`speaker of the legislature` is the term's
    # rendering word for word since 12aa: `legislature` for `Assembly`)
    ("Chủ tịch Quốc hội phát biểu khai mạc.",
     "The speaker of the house opened the session."),
])
def test_nothing_changes_where_the_phrase_cannot_be_told(vi, en):
    assert fix_text(vi, en, "en", GLOSSARY, MATCHER)[0] == en


def test_the_phrase_after_an_anchor():
    text = "The Central Personnel Committee has issued guidance."
    assert text[slice(*_phrase_after(text, 0, 6))] == "Central Personnel Committee"
    assert _phrase_after("the head of the finance department was", 0, 6) is None  # `of …`
    assert _phrase_after("The US Congress passed the bill.", 0, 3) is None
    # a lower-case word no verb after a capitalised one: the phrase is not a name's
    assert _phrase_after("The Vietnamese Dai su quan in Laos", 0, 3) is None
    lower = "More than 90,000 companies entered the market."
    assert lower[slice(*_phrase_after(lower, 16, 2))] == "companies"


def test_a_two_sided_slot_is_not_a_chunk():
    source = "Bộ Y tế và Bộ Tài chính họp."
    text = "The Health Ministry and the Finance Ministry met."
    at = (0, len("Bộ Y tế"))
    anchors = [((11, 23), (28, 44))]
    assert chunk_slot(source, text, at, anchors, ["Ministry of Health"]) is None


def test_a_name_in_other_words_keeps_the_head_only_with_a_word_of_its_own():
    term = "Party Central Committee's Organisation Commission"
    assert other_words(["Central", "Personnel", "Commission"], term)
    assert not other_words(["Central", "Commission"], term)  # only the term's words
    assert not other_words(["Minister"], "Deputy Minister")


@pytest.mark.parametrize("vi,en,expected", [
    # the source names the place after the term; English put it before the rendering
    ("Bí thư Tỉnh ủy Yên Bái Đỗ Đức Duy tiếp đoàn công tác.",
     "Yen Bai provincial Party chief Do Duc Duy received the delegation.",
     "Secretary of the provincial Party Committee of Yen Bai Do Duc Duy received the"
     " delegation."),
    # said after it already: the name before goes
    ("Bí thư Tỉnh ủy Yên Bái chủ trì hội nghị.",
     "The Yen Bai provincial Party chief of Yen Bai chaired the conference.",
     "The Secretary of the provincial Party Committee of Yen Bai chaired the conference."),
])
def test_a_place_before_the_rendering_moves_into_the_terms_of_phrase(vi, en, expected):
    assert fix_text(vi, en, "en", GLOSSARY, MATCHER)[0] == expected


@pytest.mark.parametrize("vi,en", [
    # the body's own name inside an `of` phrase: the term is there with a name inside
    ("Ban Thường vụ Tỉnh ủy Bắc Giang họp.",
     "The Standing Board of the Bac Giang provincial Party Committee met."),
    # an English word before the title is no place (`Acting`, a number)
    ("Phó Chủ tịch UBND tỉnh chỉ đạo.", "Two provincial vice chairmen gave directions."),
])
def test_no_place_is_moved_where_none_is_before_the_rendering(vi, en):
    out = fix_text(vi, en, "en", GLOSSARY, MATCHER)[0]
    assert " of Bac Giang" not in out and " of Two" not in out


@pytest.mark.parametrize("vi,en,expected", [
    # an English acronym of the term's words that holds its head: the term's short name
    ("Ủy ban Kiểm tra Trung ương đã thi hành kỷ luật ba đảng viên.",
     "The CIC disciplined three Party members.",
     "The Party Central Inspection Commission disciplined three Party members."),
])
def test_an_english_acronym_holding_the_head_is_the_whole_term(vi, en, expected):
    assert fix_text(vi, en, "en", GLOSSARY, MATCHER)[0] == expected


def test_an_acronym_of_words_without_the_head_is_not_the_term():
    assert not other_words(["PC"], "Party Central Inspection Commission")


def test_a_documents_kind_before_its_number_is_its_rendering():
    vi = "Chỉ thị 12 của Thủ tướng yêu cầu kiểm soát giá vàng."
    en = "The Prime Minister's Instruction 12 calls for control of gold prices."
    assert fix_text(vi, en, "en", GLOSSARY, MATCHER)[0] == en.replace("Instruction", "Directive")


@pytest.mark.parametrize("vi,en,expected", [
    # the name goes on after the words that render the term: all of it is the rendering
    ("Ban Nội chính Trung ương chỉ đạo xử lý vụ án.",
     "The Party Central Committee's Commission for Internal Political Affairs directed the case.",
     "The Party Central Committee's Commission for Internal Affairs directed the case."),
])
def test_the_rest_of_a_name_goes_with_the_rendering(vi, en, expected):
    assert fix_text(vi, en, "en", GLOSSARY, MATCHER)[0] == expected


def test_a_persons_name_after_the_rendering_stays():
    vi = "Phó Chủ tịch Thường trực UBND tỉnh Lê Văn Hùng kiểm tra đê."
    en = ("Executive Vice Chairman of the provincial People's Committee Le Van Hung checked"
          " the dyke.")
    out = fix_text(vi, en, "en", GLOSSARY, MATCHER)[0]
    assert out.endswith("Committee Le Van Hung checked the dyke.")


def test_a_body_in_lower_case_words_of_its_own_keeps_its_adjective():
    vi = "Ngân hàng Nhà nước đã tăng lãi suất điều hành."
    en = "The central bank raised its policy rates."
    assert fix_text(vi, en, "en", GLOSSARY, MATCHER)[0] == \
        "The State Bank of Vietnam raised its policy rates."


def test_a_place_said_on_both_sides_of_a_slot_rendering_is_said_once():
    vi = "BTV Thành ủy Cần Thơ quyết định kỷ luật hai cán bộ."
    en = "The Can Tho municipal Party BTV of Can Tho decided to discipline two officials."
    assert fix_text(vi, en, "en", GLOSSARY, MATCHER)[0] == (
        "The Standing Board of the municipal Party Committee of Can Tho decided to discipline"
        " two officials.")


def test_the_shape_of_a_vietnamese_place():
    assert all(VI_NAME.fullmatch(w) for w in ("lao", "cai", "hanoi", "quang", "nghe", "an"))
    assert not any(VI_NAME.fullmatch(w) for w in ("standing", "two", "party", "central"))


def test_a_vietnamese_term_left_in_with_d_for_its_d_with_stroke_is_found():
    vi = "Nghị định 100 quy định mức phạt mới."
    en = "Nghi dinh 100 sets new fines."
    assert fix_text(vi, en, "en", GLOSSARY, MATCHER)[0] == "Decree 100 sets new fines."
    vi = "Đại sứ quán Việt Nam tại Lào tổ chức lễ kỷ niệm."
    en = "The Vietnamese Dai su quan in Laos held a ceremony."
    assert fix_text(vi, en, "en", GLOSSARY, MATCHER)[0] == \
        "The Vietnamese Embassy in Laos held a ceremony."


def test_a_calque_with_a_names_of_the_is_one_phrase_and_a_persons_name_ends_it():
    vi = "Chủ tịch nước đã ký lệnh công bố luật."
    en = "The Chairman of the State signed the order promulgating the law."
    assert fix_text(vi, en, "en", GLOSSARY, MATCHER)[0] == \
        "The President signed the order promulgating the law."
    text = "Governor Nguyen Van Phuong of Hue inspected the dykes."
    assert text[slice(*_phrase_after(text, 0, 7, ["Chairman"]))] == "Governor"


@pytest.mark.parametrize("vi,en,expected", [
    # the term's own country adjective and `and` inside the name
    ("Liên minh châu Âu là thị trường lớn.", "The European Alliance is a big market.",
     "The European Union is a big market."),
    ("Liên đoàn Thương mại và Công nghiệp Việt Nam đã công bố báo cáo.",
     "The Vietnam Federation of Commerce and Industry has published a report.",
     "The Vietnam Chamber of Commerce and Industry has published a report."),
    # a comma before the term in the source: the translation's comma of the same rank
    ("Sau hội đàm, Chủ tịch nước khẳng định quan hệ tốt đẹp.",
     "After the talks, the Chairman of the State affirmed the good relations.",
     "After the talks, the President affirmed the good relations."),
])
def test_a_name_with_its_own_country_and_and_and_a_phrase_after_a_comma(vi, en, expected):
    assert fix_text(vi, en, "en", GLOSSARY, MATCHER)[0] == expected


def test_another_countrys_adjective_still_ends_a_slot():
    vi = "Thủ tướng cho biết chính sách sẽ thay đổi."
    en = "The British leader said the policy would change."
    assert fix_text(vi, en, "en", GLOSSARY, MATCHER)[0] == en


def test_a_number_at_the_sentence_start_is_no_name_before_the_rendering():
    vi = "Ba Phó Chủ tịch UBND tỉnh được phân công phụ trách các lĩnh vực."
    en = "Three deputy chairmen of the provincial government were assigned to the sectors."
    assert fix_text(vi, en, "en", GLOSSARY, MATCHER)[0] == (
        "Three Vice Chairmen of the provincial People's Committee were assigned to the sectors.")


@pytest.mark.parametrize("vi,en,expected", [
    # the source's place after the term, English's modifier before the rendering
    ("Chủ tịch UBND thành phố Hà Nội Nguyễn Văn Tùng chỉ đạo chống bão.",
     "Hanoi Mayor Nguyen Van Tung directed the storm response.",
     "Chairman of the municipal People's Committee of Hanoi Nguyen Van Tung directed the"
     " storm response."),
    # a person's name after a one-word rendering ends it, and stays
    ("Chủ tịch UBND tỉnh Lê Văn Hùng kiểm tra công tác phòng chống lũ.",
     "Governor Le Van Hung inspected flood prevention.",
     "Chairman of the provincial People's Committee Le Van Hung inspected flood prevention."),
])
def test_a_place_english_put_before_the_title_moves_into_its_of_phrase(vi, en, expected):
    assert fix_text(vi, en, "en", GLOSSARY, MATCHER)[0] == expected


def test_a_bodys_own_name_is_no_word_of_a_generic_title():
    assert not other_words(["Health", "Department", "Director"], "Director of the Department")
    assert other_words(["Department", "Director"], "Director of the Department")


def test_lower_case_words_before_a_name_are_one_phrase():
    vi = "Ban Tổ chức Tỉnh ủy đã thẩm định hồ sơ của 20 cán bộ."
    en = "The provincial Party Personnel Board vetted the files of 20 officials."
    assert fix_text(vi, en, "en", GLOSSARY, MATCHER)[0] == (
        "The Organisation Commission of the provincial Party Committee vetted the files of 20"
        " officials.")


@pytest.mark.parametrize("vi,en,expected", [
    # only the right anchor: the phrase before it, over its function words
    ("Văn phòng Chính phủ ban hành Thông báo kết luận của Thủ tướng về dự án.",
     "The Government Office issued a final statement by the Prime Minister on the project.",
     "The Government Office issued a Notice of Conclusions by the Prime Minister on the"
     " project."),
    # an abstract head (-ity) is not made plural after a plural rendering
    ("Chính phủ dành 15% ngân sách cho an sinh xã hội.",
     "The Government devotes 15% of the budget to social safety nets.",
     "The Government devotes 15% of the budget to social security."),
])
def test_the_phrase_before_the_right_anchor(vi, en, expected):
    assert fix_text(vi, en, "en", GLOSSARY, MATCHER)[0] == expected


@pytest.mark.parametrize("vi,en", [
    # a restructured sentence: only the sentence's edge bounds the phrase, and it shares
    # nothing with the term and is no name
    ("Tổng cục Thống kê công bố số liệu lạm phát tháng 6.",
     "Official data released in June showed inflation easing."),
    ("Ngân hàng Nhà nước giữ nguyên lãi suất.", "Interest rates were kept unchanged."),
    ("Thủ tướng chỉ đạo khắc phục hậu quả bão.", "The government ordered storm recovery work."),
    # (so a rendering in words of its own at a sentence's start is left too: the price)
    ("Chính quyền địa phương đã sơ tán 500 hộ dân.", "Local government evacuated 500 households."),
    # a word of another term of the sentence in the phrase
    ("Bộ trưởng Bộ Y tế Đào Hồng Lan thăm bệnh viện.",
     "Health chief Dao Hong Lan visited the hospital."),
])
def test_a_phrase_bounded_only_by_the_sentences_edge_must_be_kin_to_the_term(vi, en):
    assert fix_text(vi, en, "en", GLOSSARY, MATCHER)[0] == en


def test_an_ordinal_modifier_before_the_phrase_stays_outside_it():
    vi = "Ban Chấp hành Trung ương Đảng khóa XIV đã thống nhất cao."
    en = "The 14th-tenure Central Executive Committee reached a high consensus."
    assert fix_text(vi, en, "en", GLOSSARY, MATCHER)[0] == \
        "The 14th-tenure Party Central Committee reached a high consensus."


def test_a_number_english_put_before_the_term_bounds_it_and_a_year_is_no_count():
    vi = "Đại hội Đảng bộ tỉnh nhiệm kỳ 2020 - 2025 đã thành công tốt đẹp."
    en = "The congress of the provincial Party Organisation for the 2020-2025 term was a success."
    assert fix_text(vi, en, "en", GLOSSARY, MATCHER)[0] == en.replace("term", "tenure")
