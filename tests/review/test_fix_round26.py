"""`check --fix`, round twenty-six (issue 12ar): a level said by its body's own adjective, the
instrumental after `se řídit`, a deputy's calque over a longer title's base, the edges of a
found span (a verb, a name spelt another way, an abbreviation before the term's last word, an
adjective made of a term word), an adjective added inside a whole term, a digit said as a
counting word, and an adjective of age or merit at a slot's start.
Sentences written for these tests (none from a bench set)."""

from __future__ import annotations

import pytest

from translate.draft.place import Placement
from translate.draft.slot import _said_in_words
from translate.draft.valency import verb_cases
from translate.review.fix import fix_text
from translate.review.keep import level_said
from translate.review.spanedge import _verb_end


def _fixed(vi, cs, glossary, matcher):
    return fix_text(vi, cs, "cs", glossary, matcher)[0]


@pytest.mark.parametrize("vi, cs", [
    ("Hội Cựu chiến binh tỉnh Nghệ An tổ chức đại hội.",
     "Provinční svaz veteránů Nghệ An uspořádal sjezd."),
    ("Hội Nông dân tỉnh Nghệ An tổ chức hội thảo.",
     "Provinční svaz zemědělců Nghệ An uspořádal seminář."),
    ("Sở Y tế tỉnh Nghệ An kiểm tra bệnh viện.",
     "Provinční odbor zdravotnictví Nghệ An prověřil nemocnici."),
])
def test_a_level_said_by_the_bodys_own_adjective_stays(vi, cs, glossary, matcher):
    assert _fixed(vi, cs, glossary, matcher) == cs


def test_level_said_needs_the_levels_adjective_and_foreign_words():
    targets = ("provincie",)
    text = "Provinční svaz veteránů Nghệ An uspořádal sjezd."
    field = Placement(15, 23, "veteránů", "provincií", case="gen", number="pl")
    assert level_said(text, field, targets)
    # no `provinční` before the words: the level is not said
    bare = "Svaz veteránů Nghệ An uspořádal sjezd."
    assert not level_said(bare, Placement(5, 13, "veteránů", "provincií", case="gen"), targets)
    # an equivalent of the level's own noun is its rendering, replaced as before
    region = "Provinční svaz kraje Nghệ An uspořádal sjezd."
    assert not level_said(region, Placement(15, 20, "kraje", "provincie", case="gen"), targets)
    # another sentence part before: the adjective is not in the same phrase
    split = "Provinční svaz, veteráni Nghệ An uspořádali sjezd."
    assert not level_said(split, Placement(16, 24, "veteráni", "provincie"), targets)


def test_se_ridit_takes_the_instrumental(glossary, matcher):
    assert verb_cases("řídí", "se")[0] == "ins"
    assert verb_cases("zabývá", "se")[0] == "ins"
    assert verb_cases("řídí", "ministr")[0] == "acc"  # `řídí firmu`: manages it
    assert _fixed("Các bệnh viện thực hiện theo các Chỉ thị của Bộ Y tế.",
                  "Nemocnice se řídí pokyny Ministerstva zdravotnictví.", glossary, matcher) \
        == "Nemocnice se řídí směrnicemi Ministerstva zdravotnictví."


def test_a_deputys_calque_over_a_longer_titles_base(glossary, matcher):
    assert _fixed("Hội nghị tập huấn cho các Phó Bí thư Đảng ủy xã.",
                  "Školení bylo určeno zástupcům tajemníků obecních výborů strany.",
                  glossary, matcher) \
        == "Školení bylo určeno místotajemníkům obecních výborů strany."
    # the secretaries themselves: nothing to repair
    right = "Školení bylo určeno tajemníkům obecních výborů strany."
    assert _fixed("Hội nghị tập huấn cho các Bí thư Đảng ủy xã.", right, glossary, matcher) \
        == right


@pytest.mark.parametrize("vi, cs, expected", [
    # a past verb the window ended on stays after the term
    ("Ban Tuyên giáo Trung ương đã tổ chức hội nghị.",
     "Komise ÚV strany pro propagandu uspořádala konferenci.",
     "Komise ÚV strany pro propagandu a vzdělávání uspořádala konferenci."),
    # the term's name spelt without diacritics after the rendering is taken in
    ("Triển lãm giới thiệu thành tựu của công cuộc đổi mới.",
     "Výstava představuje úspěchy reformního procesu Doi Moi.",
     "Výstava představuje úspěchy politiky obnovy Đổi mới."),
    # an abbreviation before the term's last word is the translator's longer way of saying it
    ("Ông là Chủ nhiệm Ủy ban Kiểm tra Trung ương.",
     "Je předsedou Ústřední kontrolní komise ÚV strany.",
     "Je předsedou Ústřední kontrolní komise strany."),
    # an adjective made of a word of the term says that word
    ("Việt Nam là thành viên tích cực của Hiệp hội các quốc gia Đông Nam Á.",
     "Vietnam je aktivním členem Jihovýchodoasijského sdružení národů.",
     "Vietnam je aktivním členem Sdružení národů jihovýchodní Asie."),
    # an adjective added inside the whole term
    ("Đoàn kiểm tra làm việc với UBND tỉnh Nam Định về đất đai.",
     "Kontrolní skupina jednala s provinčním lidovým správním výborem Nam Định o půdě.",
     "Kontrolní skupina jednala s provinčním lidovým výborem Nam Định o půdě."),
])
def test_the_edges_of_a_found_span(vi, cs, expected, glossary, matcher):
    assert _fixed(vi, cs, glossary, matcher) == expected


def test_a_noun_read_as_a_verb_is_not_cut():
    text = "Město má 16 městských částí."
    kept = Placement(13, 28, "městských částí", "městských obvodů", case="gen", number="pl")
    assert _verb_end(text, kept) == kept
    verb = "Komise pro propagandu vydala pokyn."
    cut = _verb_end(verb, Placement(0, 28, "Komise pro propagandu vydala", "Komise pro x"))
    assert cut.found == "Komise pro propagandu"


def test_a_digit_said_as_a_counting_word_anchors_the_term(glossary, matcher):
    assert _fixed("UBND tỉnh ban hành 4 Kế hoạch phát triển du lịch.",
                  "Provinční lidový výbor vydal čtyři programy rozvoje cestovního ruchu.",
                  glossary, matcher) \
        == "Provinční lidový výbor vydal čtyři plány rozvoje cestovního ruchu."
    # only counting words from two to nine, said once
    assert _said_in_words("Darovalo přes dvě stě lidí.", 200) is None
    assert _said_in_words("Tři domy a tři byty.", 3) is None
    assert _said_in_words("Přišli tři lidé.", 3) == (7, 10)


def test_an_adjective_of_age_or_merit_stays_outside_the_slot(glossary, matcher):
    assert _fixed("HĐND huyện bầu 2 Ủy viên UBND huyện.",
                  "Okresní lidová rada zvolila dva nové komisaře okresního lidového výboru.",
                  glossary, matcher) \
        == "Okresní lidová rada zvolila dva nové členy okresního lidového výboru."
