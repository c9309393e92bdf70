"""English `check --fix`, round twenty-nine (issue 12bm): a title said in lower case after
`a`/`an` is one official of that kind (`a former department director`) and `former` is never a
department's field; an auxiliary is never a noun in a head's place (`anti-graft {has}`); `of
Vietnam` after a name goes with it where the source names no Việt Nam; `candidates for the
National Assembly` says the office by its body; a name's own `of` complement is replaced with
the term's (`Confederation {of Trade Unions}`); only the word right before a rendering names a
country (`Nong Van Thai, …`); `According to` is the source's `Theo`; a long variant found in
part with `and` after it is not the whole rendering; a people-word after a number is the
count's; words English adds to a Party body (`of the Party`, `Board`) go; a rank word before
another term's span takes that span's base title. Own sentences, none from a bench set; each
mechanism with what it must not do."""

from __future__ import annotations

from translate.draft.align import text_words
from translate.draft.english import english_placement
from translate.draft.enslot import english_slot
from translate.review.fix import fix_text
from translate.terms.english import STRONG, english_level
from translate.terms.files import SHIPPED_DIR, load_glossary
from translate.terms.matcher import TermMatcher

GLOSSARY = load_glossary(SHIPPED_DIR / "vi-en.tsv")
MATCHER = TermMatcher(GLOSSARY)


def _fix(vi: str, en: str) -> str:
    return fix_text(vi, en, "en", GLOSSARY, MATCHER)[0]


def test_a_title_after_a_or_an_in_lower_case_is_one_official_of_that_kind():
    vi = "Thanh tra tỉnh kiến nghị kiểm điểm một giám đốc sở."
    en = "The provincial inspectorate proposed a review of a department director."
    assert _fix(vi, en) == en
    en = "The provincial inspectorate proposed a review of a former department director."
    assert _fix("Thanh tra tỉnh kiến nghị kiểm điểm một nguyên giám đốc sở.", en) == en


def test_after_the_or_capitalised_the_title_is_still_replaced():
    # limits: `the` names the office; `former` is no department's field (`of Former`)
    assert _fix("Thanh tra tỉnh kiến nghị kiểm điểm nguyên giám đốc sở.",
                "The provincial inspectorate proposed a review of the former department "
                "director.") == ("The provincial inspectorate proposed a review of the former "
                                 "Director of the Department.")
    assert _fix("Giám đốc Sở Xây dựng trả lời cử tri.",
                "The construction department director answered voters.") \
        == "The Director of the Department of Construction answered voters."


def test_an_auxiliary_is_no_noun_in_the_heads_place():
    text = "The district board on anti-graft has met twice."
    got = english_placement(text, text_words(text), ("corruption prevention and control",))
    assert got is None or "has" not in got[2]


def test_of_vietnam_goes_with_the_name_where_the_source_names_no_viet_nam():
    assert _fix("Kiểm toán Nhà nước công bố báo cáo kiểm toán quyết toán ngân sách.",
                "The State Audit of Vietnam released its report on the budget settlement.") \
        == "The State Audit Office released its report on the budget settlement."


def test_of_vietnam_stays_where_the_source_says_viet_nam():
    # limit: the source's own `Việt Nam` (a variant of the term) is rendered by `of Vietnam`
    assert _fix("Kiểm toán Nhà nước Việt Nam công bố báo cáo kiểm toán.",
                "The State Audit of Vietnam released its audit report.") \
        == "The State Audit Office of Vietnam released its audit report."
    en = "The State Audit Office of Vietnam released its audit report."
    assert _fix("Kiểm toán Nhà nước Việt Nam công bố báo cáo kiểm toán.", en) == en


def test_candidates_for_the_body_say_the_office():
    vi = "Ủy ban Mặt trận Tổ quốc tỉnh lấy ý kiến cử tri về người ứng cử đại biểu Quốc hội."
    en = ("The provincial Fatherland Front Committee consulted voters on candidates for the "
          "15th National Assembly.")
    assert _fix(vi, en) == en


def test_the_body_alone_elsewhere_still_gets_the_head():
    # limit: without `candidates for` the body's name is a rendering the term completes
    text = "Ha Tinh's National Assembly met voters."
    got = english_placement(text, text_words(text), ("National Assembly deputy",))
    assert got is not None and got[0] == text.index("National") \
        and got[3] == "National Assembly deputy"
    # and with the head after `candidates for` it is the term already (its plural)
    text = "Candidates for National Assembly deputies met voters."
    got = english_placement(text, text_words(text), ("National Assembly deputy",))
    assert got is not None and got[2] == got[3] == "National Assembly deputies"


def test_a_names_own_of_complement_is_replaced_with_the_terms():
    assert _fix("Tổng Liên đoàn Lao động Việt Nam tổ chức hội nghị người lao động.",
                "The Vietnam General Confederation of Trade Unions held a workers' conference.") \
        == "The Vietnam General Confederation of Labour held a workers' conference."


def test_a_complement_that_goes_on_or_is_a_place_stays():
    # limits: `and` + more after it: another name; a Vietnamese place's syllables: a place
    text = "The Vietnam General Confederation of Trade and Services met."
    got = english_placement(text, text_words(text), ("Vietnam General Confederation of Labour",))
    assert got is None or "Trade" not in got[2]
    text = "The Vietnam General Confederation of Ha Tinh met."
    got = english_placement(text, text_words(text), ("Vietnam General Confederation of Labour",))
    assert got is None or "Ha Tinh" not in got[2]


def test_a_name_before_a_comma_is_no_country():
    assert _fix("Ông Lò Văn Thái, Bí thư Chi bộ bản Pá Khoang, vận động bà con trồng rừng.",
                "Lo Van Thai, Party cell secretary in Pa Khoang village, urged villagers to "
                "plant forest.") \
        == ("Lo Van Thai, Secretary of the Party cell in Pa Khoang village, urged villagers "
            "to plant forest.")


def test_a_country_right_before_the_rendering_is_still_another_countrys():
    # limit: the adjacent word keeps its meaning (`Thai Prime Minister`)
    en = "The Thai Prime Minister met business leaders."
    assert _fix("Thủ tướng Thái Lan gặp các doanh nghiệp.", en) == en


def test_according_to_is_no_part_of_the_slot():
    assert english_slot("According to the state lender, credit grew.", (0, 29),
                        ("State Bank of Vietnam",)) == (17, 29)


def test_a_long_variant_in_part_before_and_is_not_the_rendering():
    assert _fix("Hội nghị bàn giải pháp xây dựng, chỉnh đốn Đảng ở cơ sở.",
                "The conference discussed building and rectifying the Party at the grassroots.") \
        == "The conference discussed Party building and rectification at the grassroots."
    # limit: `Party building and X`: the variant's part is not the rendering; what the term's
    # own window makes of it stands
    out = _fix("Hội nghị bàn giải pháp xây dựng, chỉnh đốn Đảng ở cơ sở.",
               "The conference discussed Party building and renewal at the grassroots.")
    assert "rectification and renewal" not in out


def test_a_people_word_after_a_number_is_the_counts():
    en = "The conference elected 31 members to the commune Party Committee."
    assert _fix("Đại hội bầu 31 đồng chí vào Ban Chấp hành Đảng bộ xã.", en) == en
    assert english_slot("They elected 31 people.", (16, 22), ("comrade",)) is None
    assert english_slot("They elected 31 members.", (16, 23), ("comrade",)) is None


def test_a_plain_noun_after_a_number_is_still_a_slot():
    # limit: only the plain people-words; `31 veterans` is the translator's noun for them
    assert english_slot("They honoured 31 veterans.", (17, 25), ("comrade",)) == (17, 25)
    assert english_slot("Members of the cell met.", (0, 7), ("comrade",)) == (0, 7)


def test_words_english_adds_to_a_party_body_go():
    assert _fix("Bộ Chính trị cho ý kiến về đề án.",
                "The Politburo of the Party gave its opinion on the scheme.") \
        == "The Politburo gave its opinion on the scheme."
    assert _fix("Ban Bí thư yêu cầu các cấp ủy rà soát nhân sự.",
                "The Party Central Committee's Secretariat Board asked Party committees to "
                "review personnel.") \
        == "The Party Central Committee's Secretariat asked Party committees to review personnel."


def test_added_words_the_source_says_stay():
    # limit: the source's own `của Đảng` outside the term
    en = "The Politburo of the Party set out the Party's tasks."
    assert _fix("Bộ Chính trị của Đảng đề ra nhiệm vụ.", en) == en


def test_a_rank_word_takes_the_base_title_of_another_terms_span():
    assert _fix("Bà Lò Thị Hoa, Phó Bí thư Đảng ủy xã, thăm các hộ nghèo.",
                "Lo Thi Hoa, Vice Secretary of the commune Party Committee, visited poor "
                "households.") \
        == ("Lo Thi Hoa, Deputy Secretary of the commune Party Committee, visited poor "
            "households.")


def test_the_secretarys_title_alone_is_not_the_deputys():
    # limit: no rank word before the span: the secretary's title stays the secretary's
    en = "Lo Thi Hoa, Secretary of the commune Party Committee, visited poor households."
    assert _fix("Bà Lò Thị Hoa, Phó Bí thư Đảng ủy xã, thăm các hộ nghèo.", en) == en


def test_gross_provincial_product_is_the_grdp():
    assert _fix("Tổng sản phẩm trên địa bàn tỉnh Hà Tĩnh tăng 7,5%.",
                "Ha Tinh's gross provincial product grew 7.5%.") \
        == "Ha Tinh's gross regional domestic product grew 7.5%."


def test_the_terms_word_in_vietnamese_spelling_is_that_word():
    assert _fix("Triển lãm giới thiệu thành tựu của công cuộc đổi mới ở Hà Tĩnh.",
                "The exhibition shows the achievements of the Đổi mới process in Ha Tinh.") \
        == "The exhibition shows the achievements of the Doi Moi (renewal) process in Ha Tinh."


def test_only_the_same_letters_without_marks_count():
    # limit: another word stays another word; a plain word is not read as a marked one
    assert english_level("Đổi", "Doi") == STRONG
    assert english_level("Hà", "Ho") == 0
    assert english_level("Doi", "Đổi") != STRONG
