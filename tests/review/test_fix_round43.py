"""Round forty-three of `check --fix` (issue 12cb): what the product loads (every shipped
glossary merged with the title grammar) must not do worse than the core glossary alone. The
listed concepts inside a composed or auxiliary match are what is enforced: right text stays,
a wrong listed rendering is fixed where it stands, a composed rendering is never placed."""

from __future__ import annotations

from pathlib import Path

import pytest

from translate.draft.enforce import RequiredTerm
from translate.review.fix import fix_text
from translate.review.listed import auxiliary, core_matcher, listed_within, wrongly_there
from translate.terms.files import SHIPPED_DIR
from translate.terms.matcher import TermMatch
from translate.terms.model import Entry


@pytest.fixture
def core(glossary, matcher):
    """The core glossary alone (`--glossary vi-cs.tsv`): the conftest's, shared."""
    return glossary, matcher


def _fix(vi, cs, loaded):
    glossary, matcher = loaded
    return fix_text(vi, cs, "cs", glossary, matcher)[0]


@pytest.mark.parametrize(("vi", "cs"), [
    # a composed title with a province: the listed title rendered, in the instrumental
    ("Bộ trưởng đã gặp Chủ tịch UBND tỉnh Tây Ninh.",
     "Ministr se setkal s předsedou provinčního lidového výboru Tây Ninh."),
    # a body with a city, in the locative
    ("Hội nghị diễn ra tại Thành ủy Hải Phòng.",
     "Konference se konala v městském výboru strany Hải Phòng."),
    # a woman's title with a province, in the nominative
    ("Bí thư Tỉnh ủy Yên Bái đã thăm trường học.",
     "Tajemnice provinčního výboru strany Yên Bái navštívila školu."),
    # a commune's chair after the verb `be`
    ("Bà Lan là Chủ tịch UBND xã Tân Lập.",
     "Paní Lan je předsedkyní obecního lidového výboru Tân Lập."),
])
def test_right_text_stays_under_the_product_loading(product, vi, cs):
    assert _fix(vi, cs, product) == cs


@pytest.mark.parametrize(("vi", "cs", "expected"), [
    # a forbidden rendering inside a composed match: the listed title put in, the place kept
    ("Đoàn đã làm việc với Chủ tịch UBND tỉnh Kon Tum.",
     "Delegace jednala s guvernérem Kon Tum.",
     "Delegace jednala s předsedou provinčního lidového výboru Kon Tum."),
    # the Vietnamese left in: the listed body in the genitive, not the composed rendering
    ("Quyết định của UBND tỉnh Phú Yên đã được công bố.",
     "Rozhodnutí UBND tỉnh Phú Yên bylo zveřejněno.",
     "Rozhodnutí provinčního lidového výboru Phú Yên bylo zveřejněno."),
    # the cell's Vietnamese left in: replaced once, never placed a second time
    ("Chi bộ ấp Tân Hòa đã họp vào tối qua.",
     "Chi bộ osady Tân Hòa zasedala včera večer.",
     "Základní organizace strany osady Tân Hòa zasedala včera večer."),
])
def test_a_wrong_listed_rendering_is_fixed_where_it_stands(product, vi, cs, expected):
    assert _fix(vi, cs, product) == expected


@pytest.mark.parametrize(("vi", "cs"), [
    ("Bộ trưởng đã gặp Chủ tịch UBND tỉnh Tây Ninh.",
     "Ministr se setkal s guvernérem Tây Ninh."),
    ("Hội nghị diễn ra tại Thành ủy Hải Phòng.",
     "Konference se konala v Thành ủy Hải Phòng."),
])
def test_the_product_fixes_as_the_core_glossary_does(product, core, vi, cs):
    assert _fix(vi, cs, product) == _fix(vi, cs, core) != cs


def test_the_core_glossary_alone_is_its_own_core(core):
    _, matcher = core
    assert core_matcher(matcher) is matcher  # the `--glossary vi-cs.tsv` path is unchanged


def test_the_product_core_has_no_grammar_and_no_auxiliary_rows(product):
    glossary, matcher = product
    inner = core_matcher(matcher)
    assert inner is not matcher and core_matcher(matcher) is inner  # built once
    assert inner.glossary.grammar is None
    assert not any(auxiliary(e) for e in inner.glossary.entries)
    assert len(inner.glossary.entries) < len(glossary.entries)


def test_auxiliary_means_a_shipped_file_beside_the_core_one(tmp_path):
    def entry(path):
        return Entry("x", "x", path=str(path))
    assert auxiliary(entry(SHIPPED_DIR / "vi-cs.phrases.tsv"))
    assert not auxiliary(entry(SHIPPED_DIR / "vi-cs.tsv"))
    # a project's own files are never auxiliary, whatever their names
    assert not auxiliary(entry(Path(tmp_path) / "vi-cs.phrases.tsv"))
    assert not auxiliary(Entry("x", "x")) and not auxiliary(None)


def _m(start, end, concept):
    return TermMatch(start, end, "s" * (end - start), concept, "s", "term")


def test_listed_within_keeps_what_overlaps_no_listed_concept(product):
    glossary, _ = product
    listed = _m(0, 10, "local.pc.province")
    composed = _m(0, 20, "body:pc+province@place.x")
    alone = _m(30, 40, "title:nothing@listed")
    out = listed_within([composed, alone], [listed], glossary)
    assert out == [listed, alone]  # the composed one gives way, the lone one stays


def test_listed_within_does_not_enforce_a_listed_concept_twice(product):
    glossary, _ = product
    kept = _m(0, 10, "local.pc.province")
    composed = _m(5, 20, "body:pc+province@place.x")
    inner = _m(5, 12, "party.provincial")  # overlaps what is already kept
    assert listed_within([kept, composed], [kept, inner], glossary) == [kept]


def test_listed_within_adds_a_listed_concept_the_composed_reading_lost(product):
    glossary, _ = product
    composed = _m(10, 30, "body:pc+province@place.x")
    lost = _m(0, 5, "local.province")  # overlaps nothing the full matcher kept
    assert listed_within([composed], [lost], glossary) == [lost, composed]


def _term(source, forbidden=()):
    return RequiredTerm("x", source, ("cíl",), forbidden=forbidden)


def test_wrongly_there_the_vietnamese_left_in():
    assert wrongly_there(_term("Mỹ"), "Obchod s Mỹ roste.")
    # not a word inside a person's name: capitalised words on both sides
    assert not wrongly_there(_term("Mỹ"), "Paní Trần Thị Mỹ Linh promluvila.")
    assert not wrongly_there(_term("Mỹ"), "Obchod se Spojenými státy roste.")


def test_wrongly_there_a_forbidden_rendering_in_any_ending():
    term = _term("xyz", forbidden=("zemský výbor",))
    assert wrongly_there(term, "Jde o rozhodnutí zemského výboru.")
    assert not wrongly_there(term, "Jde o rozhodnutí krajského výboru.")


def test_an_auxiliary_row_does_not_rewrite_right_text(product):
    # a phrase row's wording is not forced into a sentence that says the thing its own way
    vi = "Hai tỉnh đã ký bản ghi nhớ về hợp tác du lịch."
    cs = "Obě provincie podepsaly memorandum o spolupráci v cestovním ruchu."
    assert _fix(vi, cs, product) == cs
