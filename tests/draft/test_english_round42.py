"""English `check --fix` with what the product loads, round forty-two (issue 12cj): own sentences.

- `draft.enother.slotted`: a lower-case term's source slot of more lower-case words whose last
  word (the slot's head) renders no term word is the translator's own phrase (`civil service
  exam` for `thi tuyển công chức`: an exam, not `civil servant`); a slot headed by the term's
  own word, or another wording of it, is still the term;
- `draft.english._target_acronym`: the acronym of the term's first words right before a
  variant that says the rest goes with the term (`NA lawmaker` → `National Assembly deputy`,
  not `NA National Assembly deputy`); an acronym of other words stays (`UN lawmaker`).
"""

from __future__ import annotations

from translate.draft.align import text_words
from translate.draft.enother import slotted

# `shipped` (what the product loads) and `core_en` (`vi-en.tsv` alone): tests/draft/conftest



def _slot(text: str, phrase: str, target: str):
    a = text.index(phrase)
    return slotted(text, text_words(text), (a, a + len(phrase)), target, lambda t, s: s == 0)


# --- a lower-case slot headed by another noun -----------------------------------------------------

def test_an_exam_is_no_civil_servant():
    assert _slot("The city held a civil service exam.", "civil service exam",
                 "civil servant") is None


def test_an_exam_keeps_its_words_in_a_whole_sentence(shipped, fix_en):
    en = "The district held a civil service exam for 80 candidates."
    assert fix_en(shipped, "Huyện tổ chức thi tuyển công chức cho 80 thí sinh.", en) == en


def test_a_slot_of_the_terms_length_is_still_the_term():
    # two words for a two-word term: the term's own slot, whatever its head (`state workers`)
    got = _slot("The province recruited 30 state workers.", "state workers", "civil servant")
    assert got is not None and got[2] == "civil servants"


# --- the acronym before a variant -----------------------------------------------------------------

def test_the_acronym_goes_with_the_term(shipped, fix_en):
    got = fix_en(shipped, "Đại biểu Quốc hội Trần Văn Bình chất vấn Bộ trưởng.",
               "NA legislator Tran Van Binh questioned the minister.")
    assert got == "National Assembly deputy Tran Van Binh questioned the minister."


def test_an_acronym_of_other_words_stays(shipped, fix_en):
    got = fix_en(shipped, "Đại biểu Quốc hội Trần Văn Bình chất vấn Bộ trưởng.",
               "UN lawmaker Tran Van Binh questioned the minister.")
    assert got.startswith("UN ")


def test_the_acronym_with_the_terms_own_head_as_before(shipped, fix_en):
    got = fix_en(shipped, "Đại biểu Quốc hội Trần Văn Bình chất vấn Bộ trưởng.",
               "NA deputy Tran Van Binh questioned the minister.")
    assert got == "National Assembly deputy Tran Van Binh questioned the minister."


def test_a_right_rendering_is_left(shipped, fix_en):
    en = "National Assembly deputy Tran Van Binh questioned the minister."
    assert fix_en(shipped, "Đại biểu Quốc hội Trần Văn Bình chất vấn Bộ trưởng.", en) == en


def test_a_longer_slot_that_does_not_say_every_term_word_is_still_judged_as_before():
    # `service` says nothing of `employee`: the slot is another wording of the term, no modifier
    got = _slot("The town cut 90 public service workers last year.", "public service workers",
                "public employee")
    assert got is not None and got[2] == "public employees"
