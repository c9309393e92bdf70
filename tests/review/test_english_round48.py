"""Issue 12cv (English round forty-eight): what `check --fix` makes of English entries, under
what the product loads and the core English glossary alone (`vi-en.tsv`). Own sentences.

- The term's own `of the …` tail said once (`draft/entail.tail_once`): where the translator's
  words right after the replaced span name the body the term ends on more fully (`the
  {permanent board} of the Lang Son provincial Party Committee`), the term's `of the
  provincial Party Committee` is dropped, not said twice; the same for a commission's title
  before the commission's full name.
- Its limits: an `of the` phrase naming another body, one naming the same body no more fully,
  a phrase with its own `of` before the head noun, and a term that is what the text says, are
  left as they were.
"""

from __future__ import annotations

from translate.draft.entail import tail_once


def _tail(text: str, span: str, new: str) -> str:
    s = text.index(span)
    return tail_once(text, s, s + len(span), new)


def test_a_party_bodys_office_is_said_once(fix_en_loaded):
    vi = "Thường trực Tỉnh ủy Lạng Sơn đã làm việc với các doanh nghiệp cửa khẩu."
    en = ("The permanent board of the Lang Son provincial Party Committee worked with border-gate "
          "businesses.")
    assert fix_en_loaded(vi, en) == (
        "The Standing Office of the Lang Son provincial Party Committee "
        "worked with border-gate businesses.")


def test_a_commission_said_once_before_a_municipal_committee(fix_en_loaded):
    vi = "Ban Tuyên giáo Thành ủy Cần Thơ tổ chức hội thi tìm hiểu lịch sử Đảng."
    en = ("The Propaganda and Education Board of the Can Tho municipal Party Committee held a "
          "contest on Party history.")
    got = fix_en_loaded(vi, en)
    assert "of the municipal Party Committee of the" not in got
    assert "of the Can Tho municipal Party Committee held a contest" in got


def test_the_tail_dropped_before_the_fuller_name():
    text = ("a deputy chief of the Finance and Budget Commission of the Hue municipal People's "
            "Council")
    assert _tail(text, "deputy chief", "deputy head of the commission") == "deputy head"
    text = "The permanent board of the Son La provincial Party Committee met."
    assert _tail(text, "permanent board", "Standing Office of the provincial Party Committee") \
        == "Standing Office"


def test_another_body_after_the_span_keeps_the_tail():
    text = "The permanent board of the Son La provincial People's Council met."
    new = "Standing Office of the provincial Party Committee"
    assert _tail(text, "permanent board", new) == new  # `party` not said: another body
    text = "The permanent board of the Son La province met."
    assert _tail(text, "permanent board", new) == new  # no `Committee` there


def test_the_same_body_no_more_fully_keeps_the_tail():
    text = "The permanent board of the provincial Party Committee met."
    new = "Standing Office of the provincial Party Committee"
    assert _tail(text, "permanent board of the provincial Party Committee", new) == new
    assert _tail(text, "permanent board", new) == new  # nothing more than the tail says


def test_an_of_inside_the_phrase_keeps_the_tail():
    text = "the chief of the Standing Board of the provincial Party Committee spoke"
    new = "Secretary of the provincial Party Committee"
    assert _tail(text, "chief", new) == new


def test_what_the_text_says_is_left():
    text = "The Standing Office of the provincial Party Committee of the Son La region met."
    new = "Standing Office of the provincial Party Committee"
    assert _tail(text, new, new) == new


def test_a_right_office_before_a_named_committee_is_left(fix_en_loaded):
    vi = "Thường trực Tỉnh ủy Lạng Sơn đã làm việc với các doanh nghiệp cửa khẩu."
    en = ("The Standing Office of the Lang Son provincial Party Committee worked with border-gate "
          "businesses.")
    assert fix_en_loaded(vi, en) == en
