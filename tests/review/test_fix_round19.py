"""`check --fix`, round nineteen (issue 12ae): a genitive right after a rendering's head is not
taken in as the term's missing complement when it is the object of a verb that took the rendering
as its recipient (`vysvětlil {zákonodárcům} snížení`), or the place word of a name that follows it
(`{reformy} provincie Nghe An`). Sentences written for these tests (none from a bench set)."""

from __future__ import annotations

from translate.draft.align import text_words
from translate.draft.around import not_complement
from translate.review.fix import fix_text


def _fixed(vi, cs, glossary, matcher):
    return fix_text(vi, cs, "cs", glossary, matcher)[0]


def test_a_dative_verbs_object_after_the_recipient_stays(glossary, matcher):
    got = _fixed("Bộ trưởng đã giải trình với các đại biểu Quốc hội về việc giảm thuế.",
                 "Ministr vysvětlil zákonodárcům snížení daní.", glossary, matcher)
    assert got == "Ministr vysvětlil poslancům Národního shromáždění snížení daní."


def test_the_object_stays_after_another_dative_verb(glossary, matcher):
    got = _fixed("Thứ trưởng đã báo cáo với các đại biểu Quốc hội về việc chậm tiến độ.",
                 "Náměstek vysvětlil zákonodárcům zpoždění prací.", glossary, matcher)
    assert "poslancům Národního shromáždění zpoždění prací" in got


def test_the_place_word_of_a_name_after_the_rendering_stays(glossary, matcher):
    got = _fixed("Chỉ số cải cách hành chính của tỉnh Nghệ An giảm hai bậc.",
                 "Index administrativní reformy provincie Nghe An klesl o dvě místa.",
                 glossary, matcher)
    assert got == "Index reformy veřejné správy provincie Nghe An klesl o dvě místa."


def test_a_genitive_standing_for_the_complement_is_still_taken_in(glossary, matcher):
    """The limit: `parlamentu` after the head renders `Quốc hội`, also before a name."""
    got = _fixed("Chủ tịch Quốc hội Vương Đình Huệ đã phát biểu.",
                 "Předseda parlamentu Vuong Dinh Hue promluvil.", glossary, matcher)
    assert got == "Předseda Národního shromáždění Vuong Dinh Hue promluvil."
    got = _fixed("Ông đã gặp các đại biểu Quốc hội.", "Setkal se se zákonodárci parlamentu.",
                 glossary, matcher)
    assert got == "Setkal se s poslanci Národního shromáždění."


def test_not_complement_reads_the_verb_and_the_name():
    text = "Ministr vysvětlil zákonodárcům snížení daní."
    words = text_words(text)
    assert not_complement(text, words, 2, 3)
    text = "Ministr jednal se zákonodárci o snížení daní."
    words = text_words(text)
    assert not not_complement(text, words, 3, 5)
    text = "Index reformy provincie Nghe An klesl."
    words = text_words(text)
    assert not_complement(text, words, 1, 2)
    text = "Index reformy provincie klesl."
    words = text_words(text)
    assert not not_complement(text, words, 1, 2)
