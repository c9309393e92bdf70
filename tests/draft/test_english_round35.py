"""English `check --fix`, round thirty-five (issue 12bw): the lead's ruling on the bare
`the Secretariat` (Ban Bí thư's, the Party Central Committee's) and its limits: another body's
secretariat, a secretariat whose name goes on, one before `of`. Own sentences, none from a
bench set."""

from __future__ import annotations

import pytest

from translate.review.fix import fix_text
from translate.terms.files import SHIPPED_DIR, load_glossary
from translate.terms.matcher import TermMatcher

GLOSSARY = load_glossary(SHIPPED_DIR / "vi-en.tsv")
MATCHER = TermMatcher(GLOSSARY)
FULL = "Party Central Committee's Secretariat"


def _fix(vi: str, en: str) -> str:
    return fix_text(vi, en, "en", GLOSSARY, MATCHER)[0]


@pytest.mark.parametrize("en,expected", [
    ("The Secretariat told Party committees to review land records.",
     f"The {FULL} told Party committees to review land records."),
    ("Party committees must report to the Secretariat by June.",
     f"Party committees must report to the {FULL} by June."),
])
def test_the_bare_secretariat_is_the_term(en, expected):
    vi = "Ban Bí thư yêu cầu các cấp ủy rà soát hồ sơ đất đai."
    assert _fix(vi, en) == expected


@pytest.mark.parametrize("en", [
    # another body's secretariat before the head: a name's word
    "The ASEAN Secretariat and the Party Central Committee's Secretariat met in Hanoi.",
    # the term already whole: not fixed twice
    "The Party Central Committee's Secretariat told Party committees to review land records.",
])
def test_the_head_after_a_name_stays(en):
    vi = "Ban Bí thư làm việc tại Hà Nội." if "ASEAN" in en else \
        "Ban Bí thư yêu cầu các cấp ủy rà soát hồ sơ đất đai."
    assert _fix(vi, en) == en


def test_a_secretariat_of_another_body_is_no_bare_head():
    vi = "Ban Bí thư gặp đại diện Ban Thư ký Liên hợp quốc."
    en = "The Party Central Committee's Secretariat met the Secretariat of the United Nations."
    assert _fix(vi, en) == en


def test_a_secretariat_whose_name_goes_on_is_replaced_whole():
    # the bare head is not taken alone before a capitalised word: the older whole-name path
    # replaces `Secretariat Office` whole instead of leaving `…'s Secretariat Office`
    vi = "Ban Bí thư họp về công tác tuyên truyền."
    en = "The Secretariat Office met on propaganda work."
    assert _fix(vi, en) == f"The {FULL} met on propaganda work."


def test_a_bare_secretariat_without_ban_bi_thu_stays():
    vi = "Ban Thư ký hội nghị gửi tài liệu cho các đại biểu."
    en = "The Secretariat sent the documents to the delegates."
    assert _fix(vi, en) == en


PLENUM_VI = "Tỉnh ủy Nam Định học tập kết quả Hội nghị Trung ương lần thứ năm."
PLENUM = "plenum of the Party Central Committee"


@pytest.mark.parametrize("en,expected", [
    # the adjective the window ends on (`plenary`) and the meeting's noun after it go together
    ("The Nam Dinh provincial Party Committee studied the outcomes of the fifth Central "
     "Committee plenary session.",
     f"The Nam Dinh provincial Party Committee studied the outcomes of the fifth {PLENUM}."),
    ("The Nam Dinh provincial Party Committee studied the outcomes of the fifth Central "
     "Committee plenary meeting.",
     f"The Nam Dinh provincial Party Committee studied the outcomes of the fifth {PLENUM}."),
    # the possessive form without the term's `Party`: `'s plenary meeting` goes with the span
    ("Right after the Central Committee's plenary meeting, the Nam Dinh provincial Party "
     "Committee studied its outcomes.",
     f"Right after the {PLENUM}, the Nam Dinh provincial Party Committee studied its outcomes."),
])
def test_a_plenary_session_goes_with_the_plenum(en, expected):
    assert _fix(PLENUM_VI, en) == expected


def test_only_a_meeting_noun_after_the_adjective_goes_with_it():
    # a noun after the adjective that is no meeting's (`resolutions`) is the sentence's own
    en = ("The Nam Dinh provincial Party Committee studied the fifth Central Committee plenary "
          "resolutions.")
    assert _fix(PLENUM_VI, en) == ("The Nam Dinh provincial Party Committee studied the fifth "
                                   f"{PLENUM} resolutions.")
    # the term already whole: `session` after it ends on no adjective, so it is not taken
    en = (f"The Nam Dinh provincial Party Committee studied the outcomes of the fifth {PLENUM} "
          "session.")
    assert _fix(PLENUM_VI, en) == en


ANTI_VI = "Ban chỉ đạo phòng, chống tham nhũng, lãng phí, tiêu cực tỉnh Hà Nam họp phiên thứ tư."
ANTI = "corruption prevention and control"


@pytest.mark.parametrize("en,expected", [
    # before a comma: the prefixed word alone is the term
    ("The Ha Nam provincial steering committee for anti-graft, wastefulness and negative "
     "phenomena held its fourth meeting.",
     f"The Ha Nam provincial steering committee for {ANTI}, wastefulness and negative "
     "phenomena held its fourth meeting."),
    # before a past verb, and before an auxiliary
    ("The Ha Nam steering committee on anti-corruption met for the fourth time.",
     f"The Ha Nam steering committee on {ANTI} met for the fourth time."),
    ("The Ha Nam steering committee on anti-graft has met four times.",
     f"The Ha Nam steering committee on {ANTI} has met four times."),
])
def test_a_bare_anti_word_is_the_term(en, expected):
    assert _fix(ANTI_VI, en) == expected


def test_a_bare_anti_word_needs_the_term_in_the_source():
    vi = "Tòa án xét xử vụ tham nhũng tại cảng."
    en = "The court heard the anti-corruption case at the port."
    assert _fix(vi, en) == en


def test_a_noun_after_the_anti_word_keeps_the_older_path():
    # `anti-corruption work`: the longer variant's head in place (issue 12bm), not the bare
    # word, which would leave `… control work`
    vi = "Tỉnh đẩy mạnh công tác phòng chống tham nhũng trong lĩnh vực đất đai."
    en = "The province stepped up anti-corruption work in the land sector."
    assert _fix(vi, en) == f"The province stepped up {ANTI} in the land sector."


def test_a_short_form_with_a_hyphen_is_no_prefix():
    # `co-op` is no prefix to a word of `cooperative`: found as before, before a preposition
    vi = "Tỉnh hỗ trợ 30 hợp tác xã xây kho lạnh."
    en = "The province helped 30 co-ops build cold storage."
    assert _fix(vi, en) == "The province helped 30 cooperatives build cold storage."


FIGHT_VI = "Tỉnh đẩy mạnh phòng, chống tham nhũng trong lĩnh vực y tế."


@pytest.mark.parametrize("en,expected", [
    # the variant's own `the` goes with it; `graft` is `corruption`
    ("The province stepped up the fight against graft in the health sector.",
     f"The province stepped up {ANTI} in the health sector."),
    ("The fight against corruption in the health sector was stepped up.",
     f"{ANTI[:1].upper()}{ANTI[1:]} in the health sector was stepped up."),
])
def test_the_fight_against_corruption_is_the_term(en, expected):
    assert _fix(FIGHT_VI, en) == expected


@pytest.mark.parametrize("en", [
    # the verb: no `against`, not all the variant's words
    "The province must resolutely fight corruption in the health sector.",
    # another thing fought, in the head's place
    "The province stepped up the fight against smuggling in the health sector.",
    # a list after it: the fight is against the whole list, which the term would cut
    "The province stepped up the fight against corruption and waste in the health sector.",
    "The province stepped up the fight against corruption, waste and red tape in the sector.",
])
def test_a_fight_against_something_else_stays(en):
    assert _fix(FIGHT_VI, en) == en


@pytest.mark.parametrize("vi,en", [
    # the source's document kind aligned to a word of the law's name: that name stays
    ("Tỉnh thực hiện Quy định của Luật Đất đai về bồi thường.",
     "The province applies the provisions of the Land Law on compensation."),
    ("Huyện áp dụng Quy định của Luật Bảo vệ môi trường về rác thải.",
     "The district applies the provisions of the Environmental Protection Law on waste."),
])
def test_a_word_of_a_laws_name_is_no_document_kind(vi, en):
    assert _fix(vi, en) == en


def test_a_document_kind_outside_a_laws_name_is_still_fixed():
    vi = "Tỉnh thực hiện Quy định số 5 về bồi thường."
    en = "The province applies Rule No. 5 on compensation."
    assert _fix(vi, en) == "The province applies Regulation No. 5 on compensation."


@pytest.mark.parametrize("en", [
    "The Department of Home Affairs reviewed the personnel planning records of 20 communes.",
    "The Department of Home Affairs reviewed the staff planning records of 20 communes.",
])
def test_a_one_word_terms_slot_of_english_words_stays(en):
    # `cán bộ` aligned to `planning records`: the translator's phrase, not `officials`
    assert _fix("Sở Nội vụ rà soát hồ sơ quy hoạch cán bộ của 20 xã.", en) == en


def test_an_untranslated_slot_of_a_one_word_term_is_still_fixed():
    assert _fix("Thị xã Sơn Tây đã thu hút 4 dự án mới.",
                "Thi xa Son Tay has attracted four new projects.") \
        == "Son Tay town has attracted four new projects."


def test_government_officials_for_cong_chuc_are_civil_servants():
    assert _fix("Tỉnh tuyển dụng 150 công chức cấp xã qua thi tuyển.",
                "The province recruited 150 commune-level government officials through exams.") \
        == "The province recruited 150 commune-level civil servants through exams."


@pytest.mark.parametrize("vi,en", [
    # `cán bộ` is `official`: government officials say it
    ("Tỉnh cử 50 cán bộ trẻ về công tác ở xã biên giới.",
     "The province sent 50 young government officials to work in border communes."),
    # no `công chức` in the source: another country's officials
    ("Bộ trưởng gặp các quan chức chính phủ Lào.", "The Minister met Lao government officials."),
])
def test_government_officials_without_cong_chuc_stay(vi, en):
    assert _fix(vi, en) == en


@pytest.mark.parametrize("vi,en,expected", [
    # the name and its comma are the anchor the other terms do not give
    ("Bà Nguyễn Thị Mai, Chủ tịch Hội Chữ thập đỏ tỉnh Nam Định, trao 300 suất quà cho người "
     "dân vùng lũ.",
     "Nguyen Thi Mai, President of the Nam Dinh provincial Red Cross Society, presented 300 "
     "gift packages to flood victims.",
     "Nguyen Thi Mai, Chairman of the Nam Dinh provincial Red Cross Society, presented 300 "
     "gift packages to flood victims."),
    ("Ông Phạm Văn Long, Phó Chủ tịch Hội Nông dân tỉnh Thái Bình, cho biết vụ lúa được mùa.",
     "Pham Van Long, Deputy Chair of the Thai Binh provincial Farmers' Association, said the "
     "rice crop was good.",
     "Pham Van Long, Vice Chairman of the Thai Binh provincial Farmers' Association, said the "
     "rice crop was good."),
])
def test_a_title_after_a_name_and_comma_is_fixed(vi, en, expected):
    assert _fix(vi, en) == expected


@pytest.mark.parametrize("en", [
    # a clause after the comma, lower case: no title's words
    "Pham Van Long, who is deputy head of the Thai Binh provincial Farmers' Association, said "
    "the rice crop was good.",
    # the name not said: no anchor
    "According to the Thai Binh provincial Farmers' Association, the rice crop was good.",
])
def test_without_the_name_and_a_capitalised_title_nothing_is_slotted(en):
    vi = "Ông Phạm Văn Long, Phó Chủ tịch Hội Nông dân tỉnh Thái Bình, cho biết vụ lúa được mùa."
    assert _fix(vi, en) == en


BOARD_VI = "Ban Dân vận Tỉnh ủy Hà Nam họp giao ban; {} yêu cầu nắm chắc tình hình cơ sở."
BOARD_EN = ("The Mass Mobilisation Commission of the Ha Nam provincial Party Committee held a "
            "briefing; the {} asked for a close grasp of the grassroots situation.")


@pytest.mark.parametrize("title,said,term", [
    ("Trưởng ban", "chief of the board", "head of the commission"),
    ("Phó Trưởng ban", "vice chief of the board", "deputy head of the commission"),
])
def test_a_party_commissions_board_is_the_commission(title, said, term):
    assert _fix(BOARD_VI.format(title), BOARD_EN.format(said)) == BOARD_EN.format(term)


def test_a_board_without_a_commissions_head_in_the_source_stays():
    vi = "Hội đồng quản trị công ty họp thường niên."
    en = "The head of the board opened the company's annual meeting."
    assert _fix(vi, en) == en
