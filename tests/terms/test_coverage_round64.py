"""Coverage round sixty-four (issue 11zzl): unseen68 as development data (tested with the other
sets in test_coverage_round46.py; the held-out test moved on to round 65), and the span mechanisms
this round added, each with its limits. Sentences are the engineer's own."""

from __future__ import annotations

import pytest
from shipped_matching import found, sources

# -- two domain words: wages (a Home Affairs department, a division) and martyrs' families ---------

@pytest.mark.parametrize("text, span, cs, en", [
    ("Bà Hoa, Cục trưởng Cục Tiền lương và Bảo hiểm xã hội, giải thích quy định mới.",
     "Cục trưởng Cục Tiền lương và Bảo hiểm xã hội",
     "ředitelka úřadu mezd a sociálního pojištění",
     "Director of the Wages and Social Insurance Department"),
    ("Trưởng phòng Tiền lương, Sở Nội vụ tỉnh Hòa Bình trả lời cử tri.",
     "Trưởng phòng Tiền lương, Sở Nội vụ tỉnh Hòa Bình",
     "vedoucí oddělení mezd odboru vnitra provincie Hòa Bình",
     "Head of the Wages Division of the Hoa Binh provincial Department of Home Affairs"),
    ("Chủ tịch Hội Hỗ trợ gia đình liệt sĩ tỉnh Thái Bình thăm các gia đình chính sách.",
     "Chủ tịch Hội Hỗ trợ gia đình liệt sĩ tỉnh Thái Bình",
     "předseda svazu podpory rodin padlých provincie Thái Bình",
     "Chairman of the Thai Binh provincial Martyrs' Families Support Association"),
])
def test_wages_and_martyrs_families_name_a_body(matcher, text, span, cs, en):
    match = found(matcher, text, span)
    assert cs in match.targets["cs"] and match.targets["en"][0] == en


@pytest.mark.parametrize("text, word", [
    ("Tiền lương của công nhân tăng 7 % từ tháng 7.", "Tiền lương"),  # no head: no body
    ("Hội thăm hỏi các gia đình liệt sĩ trong xã.", "gia đình liệt sĩ"),
])
def test_the_words_alone_name_no_body(matcher, text, word):
    assert not any(word in source and source != "liệt sĩ" for source in sources(matcher, text))


# -- `Trưởng trạm` before its station's capitalised domain ----------------------------------------

@pytest.mark.parametrize("text, span, en", [
    ("Ông Tùng, Trưởng trạm Kiểm lâm Ba Tơ, cho biết rừng được bảo vệ tốt.",
     "Trưởng trạm Kiểm lâm Ba Tơ", "Head of the Ba To Forest Protection Station"),
    ("Trưởng trạm Thủy lợi khu vực Đông Hưng kiểm tra cống.",
     "Trưởng trạm Thủy lợi khu vực Đông Hưng", "Head of the Dong Hung Regional Irrigation Station"),
])
def test_a_station_head_reads_its_station_named_by_a_capitalised_domain(matcher, text, span, en):
    assert found(matcher, text, span).targets["en"][0] == en


@pytest.mark.parametrize("text", [
    "Trưởng trạm Lê Văn Nam kiểm tra đường dây.",  # a person's name: no station
    "Trưởng trạm cho biết tình hình ổn định.",
])
def test_a_station_head_before_a_name_or_alone_stays_bare(matcher, text):
    assert "Trưởng trạm" in sources(matcher, text)


def test_other_unit_heads_do_not_read_a_capitalised_name_as_their_unit(matcher):
    assert "Trưởng thôn" in sources(matcher, "Trưởng thôn Hà Văn Sinh cho biết.")


# -- a domain word: hạt nhân (nuclear) as a research body's object ---------------------------------

def test_a_nuclear_research_centre_is_one_body(matcher):
    match = found(matcher, "Giám đốc Trung tâm Nghiên cứu hạt nhân cho biết.",
                  "Giám đốc Trung tâm Nghiên cứu hạt nhân")
    assert match.targets["en"][0] == "Director of the Nuclear Research Centre"
    assert "centra výzkumu jaderné fyziky" in match.targets["cs"][0]


def test_the_political_core_of_prose_is_no_body(matcher):
    text = "Chi bộ là hạt nhân chính trị ở cơ sở."
    assert not any("hạt nhân" in source for source in sources(matcher, text))


# -- a commission named by one half of the merged commission written after it ---------------------

@pytest.mark.parametrize("text, span, cs, en", [
    ("Bà Mai, Phó Trưởng ban Dân vận, Ban Tuyên giáo và Dân vận Tỉnh ủy Nam Định, phát biểu.",
     "Phó Trưởng ban Dân vận, Ban Tuyên giáo và Dân vận Tỉnh ủy Nam Định",
     "zástupkyně vedoucího komise pro mobilizaci mas komise výboru strany provincie Nam Định pro "
     "propagandu, vzdělávání a mobilizaci mas",
     "Deputy Head of the Mass Mobilisation Commission of the Commission for Information, "
     "Education and Mass Mobilisation of the Nam Dinh provincial Party Committee"),
    ("Ông Lâm, Phó Trưởng Ban Tuyên giáo, Ban Tuyên giáo và Dân vận Thành ủy, phát biểu.",
     "Phó Trưởng Ban Tuyên giáo, Ban Tuyên giáo và Dân vận Thành ủy", None, None),
])
def test_a_commission_joins_the_merged_commission_named_after_it(matcher, text, span, cs, en):
    match = found(matcher, text, span)
    assert cs is None or cs in match.targets["cs"]
    assert en is None or match.targets["en"][0] == en
    assert "komise komise" not in " ".join(match.targets["cs"])


@pytest.mark.parametrize("text, first", [
    # another commission after the comma: the next title's body, no parent
    ("Ông Tâm, Trưởng Ban Dân vận, Ban Tổ chức Tỉnh ủy Nam Định, dự họp.", "Trưởng Ban Dân vận"),
    # the merged commission without its committee word: no parent either
    ("Ông Tâm, Trưởng Ban Dân vận, Ban Tuyên giáo và Dân vận cùng dự họp.", "Trưởng Ban Dân vận"),
])
def test_a_commission_takes_no_other_commission_as_its_parent(matcher, text, first):
    assert first in sources(matcher, text)
