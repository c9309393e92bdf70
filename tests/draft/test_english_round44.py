"""Issue 12cn (round forty-four): what `check --fix` makes of English entries, under what the
product loads (`shipped`) and the core English glossary alone (`core_en`). Own sentences.

- A People's Council's chairman called its `Speaker` (`Speaker of the …`, the way the
  National Assembly's already was) is a rendering of `Chairman of the …`; a foreign
  parliament's Speaker beside a right Vietnamese title is left alone.
"""

from __future__ import annotations

import pytest

LOADINGS = ("shipped", "core_en")


@pytest.mark.parametrize("loading", LOADINGS)
def test_a_council_speaker_becomes_its_chairman(request, fix_en, loading):
    loaded = request.getfixturevalue(loading)
    vi = "Chủ tịch Hội đồng nhân dân tỉnh khai mạc kỳ họp thứ chín."
    en = "The Speaker of the provincial People's Council opened the ninth sitting."
    assert fix_en(loaded, vi, en) == ("The Chairman of the provincial People's Council "
                                      "opened the ninth sitting.")


@pytest.mark.parametrize("loading", LOADINGS)
def test_a_lower_case_council_speaker_with_its_place_after(request, fix_en, loading):
    loaded = request.getfixturevalue(loading)
    vi = "Ông Lê Văn Hùng, Chủ tịch HĐND tỉnh Bến Tre, trả lời phỏng vấn."
    en = "Le Van Hung, speaker of the provincial People's Council of Ben Tre, gave an interview."
    assert fix_en(loaded, vi, en) == ("Le Van Hung, Chairman of the provincial People's "
                                      "Council of Ben Tre, gave an interview.")


@pytest.mark.parametrize("loading", LOADINGS)
def test_a_foreign_speaker_beside_a_right_chairman_is_left(request, fix_en, loading):
    loaded = request.getfixturevalue(loading)
    vi = "Chủ tịch Quốc hội tiếp Chủ tịch Hạ viện Malaysia."
    en = ("The Chairman of the National Assembly received the Speaker of the Malaysian House "
          "of Representatives.")
    assert fix_en(loaded, vi, en) == en


@pytest.mark.parametrize("loading", LOADINGS)
def test_a_right_council_chairman_is_left(request, fix_en, loading):
    loaded = request.getfixturevalue(loading)
    vi = "Chủ tịch Hội đồng nhân dân tỉnh khai mạc kỳ họp."
    en = "The Chairman of the provincial People's Council opened the sitting."
    assert fix_en(loaded, vi, en) == en
