"""Issue 12cn (round forty-four): what `check --fix` makes of English entries, under what the
product loads (`shipped`) and the core English glossary alone (`core_en`). Own sentences.

- A People's Council's chairman called its `Speaker` (`Speaker of the …`, the way the
  National Assembly's already was) is a rendering of `Chairman of the …`; a foreign
  parliament's Speaker beside a right Vietnamese title is left alone.
- The term's last words alone after `the`/`its` where the words they lack stand earlier in
  the text are a second mention said short (`enbare.back_reference`).
- An office `of a` body of many, the term otherwise said whole, keeps its article
  (`english._one_of_many`).
"""

from __future__ import annotations

# `loaded`: `shipped`, then `core_en`, each test run under both (tests/draft/conftest.py)


def test_a_council_speaker_becomes_its_chairman(loaded, fix_en):
    vi = "Chủ tịch Hội đồng nhân dân tỉnh khai mạc kỳ họp thứ chín."
    en = "The Speaker of the provincial People's Council opened the ninth sitting."
    assert fix_en(loaded, vi, en) == ("The Chairman of the provincial People's Council "
                                      "opened the ninth sitting.")


def test_a_lower_case_council_speaker_with_its_place_after(loaded, fix_en):
    vi = "Ông Lê Văn Hùng, Chủ tịch HĐND tỉnh Bến Tre, trả lời phỏng vấn."
    en = "Le Van Hung, speaker of the provincial People's Council of Ben Tre, gave an interview."
    assert fix_en(loaded, vi, en) == ("Le Van Hung, Chairman of the provincial People's "
                                      "Council of Ben Tre, gave an interview.")


def test_a_foreign_speaker_beside_a_right_chairman_is_left(loaded, fix_en):
    vi = "Chủ tịch Quốc hội tiếp Chủ tịch Hạ viện Malaysia."
    en = ("The Chairman of the National Assembly received the Speaker of the Malaysian House "
          "of Representatives.")
    assert fix_en(loaded, vi, en) == en


def test_a_right_council_chairman_is_left(loaded, fix_en):
    vi = "Chủ tịch Hội đồng nhân dân tỉnh khai mạc kỳ họp."
    en = "The Chairman of the provincial People's Council opened the sitting."
    assert fix_en(loaded, vi, en) == en


def test_a_body_said_short_after_its_full_name_is_left(loaded, fix_en):
    # the second `Ban Chấp hành Trung ương` said short after the full name: right as it is
    vi = ("Ủy viên Ban Chấp hành Trung ương Đảng báo cáo tại hội nghị của Ban Chấp hành "
          "Trung ương.")
    en = ("A member of the Party Central Committee reported at the Central Committee's "
          "meeting.")
    assert fix_en(loaded, vi, en) == en


def test_its_members_after_the_body_is_left(loaded, fix_en):
    vi = "Quốc hội lấy ý kiến các đại biểu Quốc hội về dự luật."
    en = "The National Assembly consulted its deputies on the bill."
    assert fix_en(loaded, vi, en) == en


def test_a_short_body_with_no_full_name_before_is_still_completed(loaded, fix_en):
    # limit: nothing earlier says the words the short form lacks
    vi = "Các đại biểu Quốc hội thảo luận dự luật."
    en = "The deputies discussed the bill."
    assert fix_en(loaded, vi, en) == "The National Assembly deputies discussed the bill."


def test_one_lacking_word_said_alone_earlier_is_not_enough(loaded, fix_en):
    # limit: `Party` alone earlier (not the whole term) does not make `Central Committee` short
    vi = "Đảng viên trẻ theo dõi hội nghị Ban Chấp hành Trung ương."
    en = "Young Party members followed the Central Committee's plenum."
    assert fix_en(loaded, vi, en) == ("Young Party members followed the Party Central "
                                      "Committee's plenum.")


def test_an_office_of_a_body_of_many_keeps_its_article(loaded, fix_en):
    # `of a provincial People's Committee`: one of many such bodies, the term said whole
    vi = "Cơ quan điều tra khởi tố một nguyên Chủ tịch Ủy ban nhân dân tỉnh."
    en = "Investigators charged a former Chairman of a provincial People's Committee."
    assert fix_en(loaded, vi, en) == en


def test_of_a_with_another_wording_is_still_fixed(loaded, fix_en):
    # limit: only the article differs may stay; a wrong head is still replaced
    vi = "Cơ quan điều tra khởi tố một nguyên Chủ tịch Ủy ban nhân dân tỉnh."
    en = "Investigators charged a former Chairman of a provincial administration."
    assert fix_en(loaded, vi, en) == ("Investigators charged a former Chairman of the "
                                      "provincial People's Committee.")
