"""Round fifty-one of `check --fix` (issue 12cs), under both loadings. Own sentences.

- a singular vocative opening a quote where the source's quote opens with `các đồng chí`: the
  plural vocative of its own gender (`ladytitle._plural_opening`);
- a woman the source names right before the title and a comma (`Bà Lê Thị Thu, Thứ trưởng,`),
  after it (`…, bà Lê Thị Hoa`, `… là nữ`), or elected to hold it (`bầu bà … giữ chức …`): her form
  (`source._woman_before`, `_thi_after_department`); the country's genitive after the man's
  title stays where the woman's replaces it (`ladytitle._marked`);
- a forbidden rendering in the singular for a term the source makes plural: the plural
  (`place._build`);
- never a right item changed: a possessive pronoun whose owner the sentence names (`její
  předseda`), an adverb after a title's head (`pravidelně`), an inner adjective made from a name
  the source gives after the term (`chudým khmerským domácnostem`), a head with a counted owner
  (`se správami tří okresů`) or its years after it, a second mention the sentence completed
  earlier: `keep.needless`, `place._adverb`.
"""

from __future__ import annotations

import pytest

from translate.draft.source import source_hints
from translate.review.keep import _name_after


@pytest.mark.parametrize(("vi", "cs", "fixed"), [
    ("“Các đồng chí phải giữ vững kỷ luật”, Bí thư nói.",
     "„Soudruhu, musíte udržet kázeň,“ řekl tajemník.",
     "„Soudruzi, musíte udržet kázeň,“ řekl tajemník."),
    ("“Thưa các đồng chí, hội nghị hôm nay rất quan trọng”, bà nói.",
     "„Soudružko, dnešní konference je velmi důležitá,“ řekla.",
     "„Soudružky, dnešní konference je velmi důležitá,“ řekla."),
])
def test_a_singular_vocative_for_the_sources_plural_takes_the_plural(vi, cs, fixed, fix_loaded):
    assert fix_loaded(vi, cs) == fixed


@pytest.mark.parametrize(("vi", "cs"), [
    # the source speaks to one comrade
    ("“Đồng chí phải giữ vững kỷ luật”, Bí thư nói.",
     "„Soudruhu, musíte udržet kázeň,“ řekl tajemník."),
    # already the plural
    ("“Các đồng chí phải giữ vững kỷ luật”, Bí thư nói.",
     "„Soudruzi, musíte udržet kázeň,“ řekl tajemník."),
])
def test_what_the_plural_opening_leaves_alone(vi, cs, fix_loaded):
    assert fix_loaded(vi, cs) == cs


@pytest.mark.parametrize(("vi", "cs", "fixed"), [
    ("Bà Đỗ Thị Lan, Thứ trưởng, cho biết dự án sẽ hoàn thành.",
     "Paní Đỗ Thị Lan, náměstek ministra, uvedla, že projekt bude dokončen.",
     "Paní Đỗ Thị Lan, náměstkyně ministra, uvedla, že projekt bude dokončen."),
    ("Đoàn đã gặp bà Vũ Thị Hoa, Chủ tịch Ủy ban nhân dân tỉnh.",
     "Delegace se setkala s paní Vũ Thị Hoa, předsedou provinčního lidového výboru.",
     "Delegace se setkala s paní Vũ Thị Hoa, předsedkyní provinčního lidového výboru."),
    # `là nữ` after the term: the members are women
    ("HĐND tỉnh đã bầu hai Ủy viên UBND tỉnh là nữ.",
     "Provinční lidová rada zvolila dva členy provinčního lidového výboru.",
     "Provinční lidová rada zvolila dvě členky provinčního lidového výboru."),
    ("Kỳ họp đã bầu bà Lò Thị Mai giữ chức Phó Chủ tịch HĐND tỉnh.",
     "Zasedání zvolilo Lò Thị Mai za místopředsedu provinční lidové rady.",
     "Zasedání zvolilo Lò Thị Mai za místopředsedkyni provinční lidové rady."),
])
def test_a_woman_named_beside_the_title_takes_her_form(vi, cs, fixed, fix_loaded):
    assert fix_loaded(vi, cs) == fixed


def test_the_woman_named_before_the_comma_and_her_limits():
    vi = "Bà Đỗ Thị Lan, Thứ trưởng, cho biết."
    at = vi.index("Thứ trưởng")
    assert source_hints(vi, at, at + len("Thứ trưởng")).female
    for man in ("Ông Đỗ Văn Lan, Thứ trưởng, cho biết.", "Đỗ Văn Lan, Thứ trưởng, cho biết.",
                "Theo báo cáo, Thứ trưởng cho biết."):
        at = man.index("Thứ trưởng")
        assert not source_hints(man, at, at + len("Thứ trưởng")).female
    # `là` + something else, or `là nữ` in another clause
    for other in ("Ủy viên UBND tỉnh là người địa phương.",
                  "Ủy viên UBND tỉnh đã phát biểu, đại biểu là nữ cũng vậy."):
        assert not source_hints(other, 0, len("Ủy viên UBND tỉnh")).female
    # `, bà con` (the people) after a title is no woman's name
    vi = "Chủ tịch tỉnh, bà con và cán bộ đã dự lễ."
    assert not source_hints(vi, 0, len("Chủ tịch tỉnh")).female
    vi = "Ông gặp Chủ tịch tỉnh Lào Cai, bà Lê Thị Hoa."
    at = vi.index("Chủ tịch tỉnh")
    assert source_hints(vi, at, at + len("Chủ tịch tỉnh")).female


def test_the_forbidden_singular_for_the_sources_plural_is_made_plural(fix_loaded):
    assert fix_loaded("Chủ tịch nước đã gửi thư cho các Thứ trưởng.",
                      "Prezident poslal dopis viceministrovi.") \
        == "Prezident poslal dopis náměstkům ministra."
    # the source's singular: the singular
    assert fix_loaded("Chủ tịch nước đã gửi thư cho Thứ trưởng.",
                      "Prezident poslal dopis viceministrovi.") \
        == "Prezident poslal dopis náměstkovi ministra."


@pytest.mark.parametrize(("vi", "cs"), [
    # the possessive pronoun's owner named earlier: the head alone is the term
    ("Chi bộ thôn có 20 đảng viên; Bí thư Chi bộ thường xuyên đi thăm dân.",
     "Základní organizace strany ve vsi má 20 členů; její předseda pravidelně navštěvuje "
     "obyvatele."),
    # an inner adjective made from the name the source gives after the term
    ("Hội đã tặng quà cho hộ nghèo người Khmer.",
     "Svaz předal dárky chudým khmerským domácnostem."),
    # a second mention shortened: the whole term said earlier in the sentence
    ("Chủ tịch UBND tỉnh đã làm việc với các ủy viên UBND.",
     "Předseda provinčního lidového výboru jednal se členy výboru."),
    # a period said by its own years
    ("Đảng bộ đã bầu Ban Chấp hành nhiệm kỳ 2025 – 2030.",
     "Stranická organizace zvolila výbor na období 2025–2030."),
    # a head with a counted owner after it
    ("Tỉnh đã làm việc với chính quyền ba huyện.",
     "Provincie jednala se správami tří okresů."),
])
def test_a_right_item_is_never_changed(vi, cs, fix_loaded):
    assert fix_loaded(vi, cs) == cs


def test_the_name_after_the_term_and_its_limit():
    assert _name_after("Quà cho hộ nghèo người Khmer.", "hộ nghèo", ["khmerským"])
    # an adjective the source names nothing for still goes
    assert not _name_after("Quà cho hộ nghèo ở vùng cao.", "hộ nghèo", ["horským"])
    # a short name is no stem
    assert not _name_after("Quà cho hộ nghèo ở Huế.", "hộ nghèo", ["huerským"])


def test_the_kept_right_items_limits(fix_loaded):
    # a possessive pronoun with no owner named: the head still takes the term's complement
    vi = "Bí thư Chi bộ thường xuyên đi thăm dân."
    assert fix_loaded(vi, "Její předseda pravidelně navštěvuje obyvatele.") \
        == "Její předseda základní organizace strany pravidelně navštěvuje obyvatele."
