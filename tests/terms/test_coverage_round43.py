"""Coverage round forty-three (issue 11zq): unseen43 as development data and unseen44 held out,
own batch b57, and the classes of unseen43's misses. Sentences are the engineer's own."""

from __future__ import annotations

import pytest
from shipped_matching import coverage_bench, found, sources

from translate.terms.files import load_shipped_glossaries
from translate.terms.matcher import TermMatcher
from translate.terms.named import NamedBodies


def test_unseen43_is_development_data_now():
    bench = coverage_bench()
    assert "unseen43" not in bench.HELD_OUT and "unseen43" in bench.UNSEEN_SPLITS
    if not (bench.DATA / "terms_unseen43.jsonl").is_file():
        pytest.skip("the set unseen43 is not in this checkout")
    assert bench.load_split("unseen43")


# the bug round 11zp found: the named bodies' cache kept the first spelling it saw of a concept
# (`Trường Đại học X` / `Đại học X`), so a later sentence's body carried an earlier one's words
_SPELLINGS = ["Trường Đại học Kinh tế", "Đại học Kinh tế", "ĐH Kinh tế", "Trường ĐH Kinh tế"]


def test_a_named_body_keeps_its_own_spelling_whatever_was_read_before(matcher):
    bodies = NamedBodies(matcher.glossary.grammar.named)  # a fresh cache
    for order in (_SPELLINGS, _SPELLINGS[::-1]):
        for name in order:
            sens = name.split()
            end, entry, _ = bodies.parse([t.lower() for t in sens], sens, 0)
            assert end == len(sens) and entry.source == name
            assert entry.concept == "named:university+kinh_te"
    # a body read under another head keeps the spelling it was read with too
    sens = "Đại học Kinh tế".split()
    entry = bodies.parse([t.lower() for t in sens], sens, 0)[1]
    assert bodies.under(entry, "head.college").source == "Đại học Kinh tế"


_SENTENCES = [
    "Ông Lâm, Hiệu trưởng Trường Đại học Quy Nhơn, trao bằng cho tân kỹ sư.",
    "Bà Hạnh, Trưởng khoa Hóa, Đại học Quy Nhơn, giới thiệu phòng thí nghiệm.",
    "Ông Phúc, Trưởng phòng Đào tạo, Trường ĐH Quy Nhơn, công bố điểm chuẩn.",
    "Giám đốc TT Văn hoá Thông tin và Thể thao huyện Phù Cát dự lễ hội.",
    "Giám đốc Trung tâm Văn hóa Thông tin và Thể thao huyện Phù Cát dự lễ hội.",
    "Ông Tín, Chủ nhiệm CLB Hưu trí phường Ghềnh Ráng, phát biểu.",
    "Giám đốc BQL Khu kinh tế tỉnh Bình Định và các khu công nghiệp tỉnh tiếp đoàn.",
]


def _matched(matcher, sentences):
    return {s: [repr(m) for m in matcher.find(s)] for s in sentences}


def test_matches_do_not_depend_on_order_or_earlier_calls():
    glossary = load_shipped_glossaries()
    forward = _matched(TermMatcher(glossary), _SENTENCES)
    backward = _matched(TermMatcher(glossary), _SENTENCES[::-1])
    fresh = {s: _matched(TermMatcher(glossary), [s])[s] for s in _SENTENCES}
    assert forward == backward == fresh
    again = TermMatcher(glossary)
    assert [again.find(s) for s in _SENTENCES * 2][:len(_SENTENCES)] == [
        again.find(s) for s in _SENTENCES]


# a commune's or ward's province after a comma inside a title: one title (the lead's ruling)
@pytest.mark.parametrize(("sentence", "span", "english"), [
    ("Ông Tâm, Chủ tịch UBND xã Hưng Đạo, tỉnh Cao Bằng, cho biết đường đã thông.",
     "Chủ tịch UBND xã Hưng Đạo, tỉnh Cao Bằng", "Cao Bang province"),
    ("Bà Lan, Bí thư Đảng ủy phường Tân Lập, thành phố Hà Nội, trao quà.",
     "Bí thư Đảng ủy phường Tân Lập, thành phố Hà Nội", "Hanoi city"),
    ("Ông Kiên, Phó Bí thư Đảng ủy, Chủ tịch HĐND xã Mường Lói, tỉnh Điện Biên, phát biểu.",
     "Phó Bí thư Đảng ủy, Chủ tịch HĐND xã Mường Lói, tỉnh Điện Biên", "Dien Bien province"),
    ("Trưởng Công an xã Quảng Phú, tỉnh Quảng Trị báo cáo vụ việc.",
     "Trưởng Công an xã Quảng Phú, tỉnh Quảng Trị", "Quang Tri province"),
])
def test_a_commune_title_takes_its_province_after_a_comma(matcher, sentence, span, english):
    match = found(matcher, sentence, span)
    assert any(english in t for t in match.targets["en"])


@pytest.mark.parametrize(("sentence", "span"), [
    # a district's title: its province stays apart (no commune)
    ("Ông Hải, Chủ tịch UBND huyện Hòa An, tỉnh Cao Bằng, dự lễ.", "Chủ tịch UBND huyện Hòa An"),
    # a commune with its district after it: since round 48 the district is its parent (the
    # lead's ruling on parent units after a comma); the province after the district stays apart
    ("Ông Hải, Chủ tịch UBND xã Bế Triều, huyện Hòa An, tỉnh Cao Bằng, dự lễ.",
     "Chủ tịch UBND xã Bế Triều, huyện Hòa An"),
    # a village with its commune: since round 61 the commune's province joins too (unseen65
    # marks it so; no set splits it), a district after the commune does not (round 61's test)
    ("Trưởng thôn Nà Lũng, xã Bế Triều, tỉnh Cao Bằng dẫn đường.",
     "Trưởng thôn Nà Lũng, xã Bế Triều, tỉnh Cao Bằng"),
    # the body alone, no title
    ("UBND xã Bế Triều, tỉnh Cao Bằng đã họp dân.", "UBND xã Bế Triều"),
    # a commune's title without its name
    ("Chủ tịch UBND xã, tỉnh Cao Bằng cần làm rõ.", "Chủ tịch UBND xã"),
])
def test_the_province_after_a_comma_and_its_limits(matcher, sentence, span):
    assert span in sources(matcher, sentence)


# a team a body sends, in its head's title: `của` + the sender named by its level or place, and
# the team alone after its capitalised head's role
@pytest.mark.parametrize(("sentence", "span", "english"), [
    ("Trưởng đoàn kiểm tra số 2 của Ban Thường vụ Tỉnh ủy Bắc Kạn làm việc với huyện.",
     "Trưởng đoàn kiểm tra số 2 của Ban Thường vụ Tỉnh ủy Bắc Kạn", "Inspection Team 2 of"),
    ("Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng đoàn kiểm tra của Ban Thường vụ Tỉnh ủy Yên Bái "
     "nêu yêu cầu.", "Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng đoàn kiểm tra của Ban Thường vụ "
     "Tỉnh ủy Yên Bái", "Inspection Team of"),
    ("Trưởng Đoàn thanh tra của UBND tỉnh Bắc Kạn công bố kết luận.",
     "Trưởng Đoàn thanh tra của UBND tỉnh Bắc Kạn", "Inspection Team of"),
    ("Trưởng đoàn kiểm tra đề nghị xã sớm khắc phục.", "Trưởng đoàn kiểm tra", "Inspection Team"),
    ("Phó Trưởng đoàn thanh tra đề nghị bổ sung hồ sơ.", "Phó Trưởng đoàn thanh tra",
     "Inspection Team"),
])
def test_a_team_in_its_heads_title(matcher, sentence, span, english):
    match = found(matcher, sentence, span)
    assert any(english in t for t in match.targets["en"])


@pytest.mark.parametrize(("sentence", "absent"), [
    # a lower-case head after a name or a verb: said of the person, not a title the sets mark
    ("Ông Lộc trưởng đoàn thanh tra việc cấp phép khai thác đá.", "trưởng đoàn thanh tra"),
    ("Ông Lộc làm trưởng đoàn kiểm tra.", "trưởng đoàn kiểm tra"),
    # the team alone stays unmarked, its sender apart
    ("Đoàn kiểm tra số 2 của Ban Thường vụ Tỉnh ủy Bắc Kạn làm việc với huyện.",
     "Đoàn kiểm tra số 2 của Ban Thường vụ Tỉnh ủy Bắc Kạn"),
])
def test_a_team_and_its_limits(matcher, sentence, absent):
    assert absent not in sources(matcher, sentence)


# domain words and a platoon: named bodies the vocabulary cut short before
@pytest.mark.parametrize(("sentence", "span", "english"), [
    ("Bà Hiền, Giám đốc Ban Quản lý dịch vụ công ích quận Ngô Quyền, cho biết.",
     "Giám đốc Ban Quản lý dịch vụ công ích quận Ngô Quyền", "Public Utility Services"),
    ("Ông Tư, Giám đốc Hợp tác xã rau an toàn Đông Dư, ký hợp đồng với siêu thị.",
     "Giám đốc Hợp tác xã rau an toàn Đông Dư", "Safe Vegetable Cooperative"),
    ("Bà Mến, Chủ nhiệm Câu lạc bộ liên thế hệ tự giúp nhau xã Yên Đồng, thăm hội viên ốm.",
     "Chủ nhiệm Câu lạc bộ liên thế hệ tự giúp nhau xã Yên Đồng", "Intergenerational Self-help"),
    ("Đội trưởng Đội quản lý vận hành lưới điện cao thế Hà Đông kiểm tra trạm biến áp.",
     "Đội trưởng Đội quản lý vận hành lưới điện cao thế Hà Đông", "High-voltage Grid"),
    ("Anh Khánh, Trung đội trưởng Trung đội dân quân thường trực xã Nghĩa Hưng, dẫn quân tuần tra.",
     "Trung đội trưởng Trung đội dân quân thường trực xã Nghĩa Hưng", "Standing Militia Platoon"),
])
def test_named_bodies_of_new_domain_words(matcher, sentence, span, english):
    match = found(matcher, sentence, span)
    assert any(english in t for t in match.targets["en"])


@pytest.mark.parametrize(("sentence", "absent"), [
    # a club or a cooperative written in lower case is no named body
    ("Xã có 12 câu lạc bộ liên thế hệ tự giúp nhau.", "câu lạc bộ liên thế hệ tự giúp nhau"),
    # the words alone are no body
    ("Ngành điện cải tạo lưới điện cao thế sau bão.", "lưới điện cao thế"),
    ("Lực lượng dân quân thường trực tuần tra ban đêm.", "dân quân thường trực"),
])
def test_new_domain_words_and_their_limits(matcher, sentence, absent):
    assert absent not in sources(matcher, sentence)


# `mới` (new) after a role is no part of the title: every set marks it outside (7 : 0)
@pytest.mark.parametrize(("sentence", "span"), [
    ("Giám đốc mới hứa sẽ đẩy nhanh giải ngân vốn.", "Giám đốc"),
    ("Huyện đang chờ bổ nhiệm Chủ tịch mới.", "Chủ tịch"),
    ("Bí thư Tỉnh ủy mới thăm các xã biên giới.", "Bí thư Tỉnh ủy"),
    # the phrase with `mới` in it is untouched
    ("Xã đạt chuẩn nông thôn mới nâng cao.", "nông thôn mới nâng cao"),
])
def test_new_after_a_role_stays_outside(matcher, sentence, span):
    assert span in sources(matcher, sentence)


# a grass-roots population worker: a title only before a unit below a commune and its name
@pytest.mark.parametrize(("sentence", "span"), [
    ("cộng tác viên dân số thôn Đồng Tâm Nguyễn Thị Hoa đến từng nhà tư vấn.",
     "cộng tác viên dân số thôn Đồng Tâm"),
    ("Bà Hoa, Cộng tác viên dân số ấp Phú Lợi, vận động chị em sinh đủ hai con.",
     "Cộng tác viên dân số ấp Phú Lợi"),
])
def test_a_population_worker_before_a_unit(matcher, sentence, span):
    assert span in sources(matcher, sentence)


@pytest.mark.parametrize("sentence", [
    "Xã có 40 cộng tác viên dân số.",  # a group: a common noun
    "Cộng tác viên dân số được hỗ trợ thù lao hằng tháng.",  # alone
    "Cộng tác viên dân số xã Phú Lợi họp giao ban.",  # a commune is no unit below one
])
def test_a_population_worker_alone_is_no_title(matcher, sentence):
    assert not any(s.lower().startswith("cộng tác viên")
                   for s in sources(matcher, sentence))


# a pagoda's abbot: the role with its pagoda's name after the place word
@pytest.mark.parametrize(("sentence", "span"), [
    ("Hòa thượng Thích Thanh Quang, Trụ trì chùa Phổ Minh, tiếp đoàn khách.",
     "Trụ trì chùa Phổ Minh"),
    ("Trụ trì chùa Sóc Xoài tặng quà học sinh nghèo.", "Trụ trì chùa Sóc Xoài"),
])
def test_an_abbot_with_his_pagoda(matcher, sentence, span):
    assert span in sources(matcher, sentence)


@pytest.mark.parametrize(("sentence", "absent"), [
    ("Sư trụ trì chùa Phổ Minh cho biết.", "trụ trì chùa Phổ Minh"),  # lower case: no title
    ("Giám đốc chùa Phổ Minh là ai?", "Giám đốc chùa Phổ Minh"),  # other roles: no pagoda
])
def test_an_abbot_and_the_limits(matcher, sentence, absent):
    assert absent not in sources(matcher, sentence)


# a festival's board, named after its temple or place (`lễ hội` a domain word)
@pytest.mark.parametrize(("sentence", "span"), [
    ("Ban Chỉ đạo Lễ hội Đền Gióng đã họp phân công nhiệm vụ.", "Ban Chỉ đạo Lễ hội Đền Gióng"),
    ("Phó Trưởng Ban Tổ chức Lễ hội Chùa Hương kiểm tra bến đò.",
     "Phó Trưởng Ban Tổ chức Lễ hội Chùa Hương"),
])
def test_a_festival_board(matcher, sentence, span):
    assert span in sources(matcher, sentence)


def test_a_festival_alone_is_no_body(matcher):
    matched = sources(matcher, "Lễ hội Đền Gióng năm nay đông khách.")
    assert not any("Lễ hội" in s for s in matched)


# a group's head with the group named by its work: a school's teaching group (its school after
# it), a neighbourhood's fire-safety group (its village or quarter after it)
@pytest.mark.parametrize(("sentence", "span"), [
    ("Cô Thảo, tổ trưởng tổ chuyên môn Trường THCS Nguyễn Du, dự giờ đồng nghiệp.",
     "tổ trưởng tổ chuyên môn Trường THCS Nguyễn Du"),
    ("Bà Nga, tổ trưởng tổ liên gia an toàn PCCC thôn Đông Hạ, kiểm tra bình chữa cháy.",
     "tổ trưởng tổ liên gia an toàn PCCC thôn Đông Hạ"),
    ("Ông Hòa, tổ trưởng tổ liên gia an toàn phòng cháy, chữa cháy khu phố 2, cho biết.",
     "tổ trưởng tổ liên gia an toàn phòng cháy, chữa cháy khu phố 2"),
])
def test_a_group_head_with_the_group_by_its_work(matcher, sentence, span):
    assert span in sources(matcher, sentence)


def test_a_group_named_by_its_work_alone_is_a_models_name(matcher):
    matched = sources(matcher,
                      'Phường ra mắt mô hình "Tổ liên gia an toàn phòng cháy, chữa cháy".')
    assert not any(s.startswith("Tổ") for s in matched)


def test_a_longer_domain_word_wins_over_a_qualifier(matcher):
    bodies = NamedBodies(matcher.glossary.grammar.named)
    sens = "Tổ chuyên môn".split()
    end, entry, _ = bodies.parse([t.lower() for t in sens], sens, 0)
    assert end == 3 and entry.concept == "named:unit_group+chuyen_mon"
