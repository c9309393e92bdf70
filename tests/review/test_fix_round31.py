"""`check --fix`, round thirty-one (issue 12bc): words a Czech translation added around a title
that is already there (`translate.review.added`): a body's genitive after it where the source
names no such body (`ministrům {vlády}`), and the one word before it that makes it another
concept's longer title (`{stálý} místotajemník`, `{první} místopředseda vlády`) where the
source does not say that office. Sentences written for these tests (none from a bench set)."""

from __future__ import annotations

from translate.review.added import added_words, cut
from translate.review.fix import fix_text


def _fixed(vi, cs, glossary, matcher):
    return fix_text(vi, cs, "cs", glossary, matcher)[0]


# -- a body's genitive added after a title ------------------------------------------------------

def test_the_governments_genitive_after_ministers_goes(glossary, matcher):
    vi = "Thủ tướng yêu cầu các Bộ trưởng báo cáo trước tháng Sáu."
    cs = "Premiér požádal ministry vlády o zprávu do června."
    assert _fixed(vi, cs, glossary, matcher) == "Premiér požádal ministry o zprávu do června."


def test_the_genitive_goes_at_the_sentence_start_too(glossary, matcher):
    vi = "Các Bộ trưởng họp vào sáng thứ Hai."
    cs = "Ministři vlády jednali v pondělí dopoledne."
    assert _fixed(vi, cs, glossary, matcher) == "Ministři jednali v pondělí dopoledne."


def test_the_genitive_stays_where_the_source_names_the_body(glossary, matcher):
    vi = "Các Bộ trưởng của Chính phủ họp vào sáng thứ Hai."
    cs = "Ministři vlády jednali v pondělí dopoledne."
    assert _fixed(vi, cs, glossary, matcher) == cs


def test_the_genitive_stays_where_a_name_goes_on(glossary, matcher):
    vi = "Đoàn gặp các Bộ trưởng Cộng hòa Séc."
    cs = "Delegace se sešla s ministry vlády České republiky."
    assert _fixed(vi, cs, glossary, matcher) == cs


def test_a_plain_word_after_the_title_stays(glossary, matcher):
    vi = "Các Bộ trưởng họp vào sáng thứ Hai."
    cs = "Ministři jednali v pondělí dopoledne."
    assert _fixed(vi, cs, glossary, matcher) == cs


def test_the_genitive_after_a_body_is_not_cut(glossary, matcher):
    vi = "Bộ Tài chính trình dự thảo."
    cs = "Ministerstvo financí vlády předložilo návrh."
    assert "vlády" in _fixed(vi, cs, glossary, matcher)  # a body, not a person's title


def test_a_title_and_genitive_that_are_another_title_stay(glossary, matcher):
    vi = "Chủ tịch tiếp đoàn doanh nghiệp Nhật Bản."
    cs = "Předseda vlády přijal delegaci japonských podniků."
    assert "Předseda vlády" in _fixed(vi, cs, glossary, matcher)  # the premier, not `předseda`


def test_an_organisations_genitive_after_its_office_stays(glossary, matcher):
    vi = "Bí thư xã đã đến thăm từng hộ gia đình."
    cs = "Tajemník strany v obci navštívil každou domácnost."
    assert "Tajemník strany" in _fixed(vi, cs, glossary, matcher)


# -- one word that makes another concept's title ------------------------------------------------

def test_a_permanent_deputy_the_source_does_not_name_is_a_deputy(glossary, matcher):
    vi = "Phó Bí thư Tỉnh ủy Lê Văn Tâm thăm các hộ nghèo."
    cs = "Stálý místotajemník provinčního výboru strany Lê Văn Tâm navštívil chudé domácnosti."
    assert _fixed(vi, cs, glossary, matcher) == \
        "Místotajemník provinčního výboru strany Lê Văn Tâm navštívil chudé domácnosti."


def test_the_permanent_deputy_stays_where_the_source_names_him(glossary, matcher):
    vi = "Phó Bí thư Thường trực Tỉnh ủy Lê Văn Tâm thăm các hộ nghèo."
    cs = "Stálý místotajemník provinčního výboru strany Lê Văn Tâm navštívil chudé domácnosti."
    assert _fixed(vi, cs, glossary, matcher) == cs


def test_an_adjective_that_makes_no_other_title_stays(glossary, matcher):
    vi = "Phó Bí thư Tỉnh ủy Lê Văn Tâm thăm các hộ nghèo."
    cs = "Nový místotajemník provinčního výboru strany Lê Văn Tâm navštívil chudé domácnosti."
    assert _fixed(vi, cs, glossary, matcher) == cs


# -- the helpers ---------------------------------------------------------------------------------

def test_added_words_reads_bodies_genitives_and_longer_titles(glossary):
    added = added_words(glossary)
    assert "Chính phủ" in added.genitives["vlády"]
    assert any(o.target.startswith("stálý místotajemník") for o in added.longer)
    assert "ministerstva financí" not in added.genitives  # two words: never cut


def test_cut_passes_a_capital_on():
    assert cut("Stálý místotajemník přišel.", (0, 6)) == "Místotajemník přišel."
    assert cut("Ministři vlády jednali.", (8, 14)) == "Ministři jednali."
