"""Issue 12cp (round forty-five): what `check --fix` makes of English entries, under what the
product loads (`shipped`) and the core English glossary alone (`core_en`). Own sentences.

- An acronym of the whole term in brackets right after a capitalised name (`The Investment
  Ministry (MPI)`) is that name's definition: the name before it is rendered and the acronym
  kept (`draft/place._whole_acronym`), where the acronym used to be spelled out inside the
  brackets behind the wrong name. An acronym standing alone, or in brackets after a common
  noun, is still spelled out as before.
- A name run followed straight by a plural possessive's apostrophe and a capitalised word
  (`Farmers' Association`) can't be told (`draft/enslot._plural_possessive`, asked by
  `_phrase_after`): no `Chairman' Association` cut inside it, the sentence left as it is; a
  singular possessive (`Ministry's`) is still one word.
- The term's first words alone (`the Standing Office`) where its `of …` tail, two words or
  more, stands earlier in the text and nothing continues the mention: a second mention said
  short, left (`draft/enbare._first_words`, beside 12cn's `back_reference`).
"""

from __future__ import annotations

# `loaded`: `shipped`, then `core_en`, each test run under both (tests/draft/conftest.py)


def test_a_bracketed_acronym_after_a_wrong_name_keeps_and_the_name_is_rendered(loaded, fix_en):
    vi = "Bộ Kế hoạch và Đầu tư (MPI) lấy ý kiến về dự thảo luật."
    en = "The Investment Ministry (MPI) sought comments on the draft law."
    assert fix_en(loaded, vi, en) == ("The Ministry of Planning and Investment (MPI) sought "
                                      "comments on the draft law.")


def test_a_bracketed_acronym_after_a_wrong_office_name(loaded, fix_en):
    vi = "Tổng cục Thống kê (GSO) cho biết lạm phát giảm."
    en = "The Statistics Department (GSO) said inflation eased."
    assert fix_en(loaded, vi, en) == "The General Statistics Office (GSO) said inflation eased."


def test_a_bracketed_acronym_after_the_right_name_is_left(loaded, fix_en):
    vi = "Ngân hàng Nhà nước Việt Nam (SBV) bán ngoại tệ cho các ngân hàng."
    en = "The State Bank of Vietnam (SBV) sold foreign currency to lenders."
    assert fix_en(loaded, vi, en) == en


def test_an_acronym_standing_alone_is_still_spelled_out(loaded, fix_en):
    vi = "Ngân hàng Nhà nước Việt Nam bán ngoại tệ cho các ngân hàng."
    en = "The SBV sold foreign currency to lenders."
    assert fix_en(loaded, vi, en) == "The State Bank of Vietnam sold foreign currency to lenders."


def test_a_bracketed_acronym_after_a_common_noun_is_not_a_definition(loaded, fix_en):
    # limit: `regulator` is no name the acronym defines: the acronym is spelled out as before
    vi = "Ngân hàng Nhà nước Việt Nam (SBV) bán ngoại tệ cho các ngân hàng."
    en = "The regulator (SBV) sold foreign currency to lenders."
    assert fix_en(loaded, vi, en) == ("The regulator (State Bank of Vietnam) sold foreign "
                                      "currency to lenders.")


def test_a_plural_possessive_inside_a_name_is_not_cut(loaded, fix_en):
    # `Farmers' Association`: the run is not cut at the apostrophe into `Chairman' Association`;
    # a run that can't be told where it ends is no slot, and the sentence is left as it is
    vi = "Chủ tịch Hội Nông dân tỉnh Thái Bình dự hội nghị."
    en = "The President of the Farmers' Association of Thai Binh province attended the meeting."
    assert fix_en(loaded, vi, en) == en


def test_a_singular_possessive_after_a_wrong_name_is_still_fixed(loaded, fix_en):
    # limit: `Ministry's` is one word, no plural possessive: the name is still rendered
    vi = "Kế hoạch của Bộ Tài chính được công bố."
    en = "The Finance Ministry's plan was published."
    assert fix_en(loaded, vi, en) == "The Ministry of Finance's plan was published."


def test_a_body_said_by_its_first_words_after_its_tail_stood_earlier_is_left(loaded, fix_en):
    # `of the provincial Party Committee` said earlier: `the Standing Office` is a second mention
    vi = "Bí thư Tỉnh ủy chủ trì cuộc họp định kỳ của Thường trực Tỉnh ủy."
    en = ("The Secretary of the provincial Party Committee chaired the regular meeting of the "
          "Standing Office.")
    assert fix_en(loaded, vi, en) == en


def test_a_body_said_by_its_first_words_alone_is_still_completed(loaded, fix_en):
    # limit: no `of the provincial Party Committee` earlier: the mention is the only one
    vi = "Thường trực Tỉnh ủy họp bàn kế hoạch."
    en = "The Standing Office met on the plan."
    assert fix_en(loaded, vi, en) == ("The Standing Office of the provincial Party Committee "
                                      "met on the plan.")
