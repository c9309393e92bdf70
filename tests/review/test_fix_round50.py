"""Round fifty of `check --fix` (issue 12cq), under both loadings: a plural address adjective
(`Vážení`, `Milé`) before a singular title closed by a comma or `!`, where the source marks the
term plural, takes the plural vocative of the adjective's gender (`ladytitle._plural_address`).
Own sentences."""

from __future__ import annotations

import pytest

from translate.draft.enforce import RequiredTerm
from translate.review.ladytitle import _plural_address, lady_title


@pytest.mark.parametrize(("vi", "cs", "fixed"), [
    # an address alone, closed by `!`
    ("Thưa các đồng chí!", "Milí soudruhu!", "Milí soudruzi!"),
    # in a quote, closed by a comma; the term also named once in the singular before the quote
    ("Đồng chí Bí thư phát biểu: “Thưa các đồng chí, chúng ta cần đoàn kết.”",
     "Soudruh tajemník řekl: „Vážení soudruhu, musíme být jednotní.“",
     "Soudruh tajemník řekl: „Vážení soudruzi, musíme být jednotní.“"),
    # women: the women's adjective names the woman's plural
    ("Bà nói: “Thưa các đồng chí, năm nay hội phụ nữ đã làm được nhiều việc.”",
     "Řekla: „Vážené soudružko, letos svaz žen vykonal mnoho práce.“",
     "Řekla: „Vážené soudružky, letos svaz žen vykonal mnoho práce.“"),
    # a title of several words
    ("Cử tri nói: “Kính thưa các đại biểu Quốc hội, dân cần nước sạch.”",
     "Volič řekl: „Vážení poslanče Národního shromáždění, lidé potřebují čistou vodu.“",
     "Volič řekl: „Vážení poslanci Národního shromáždění, lidé potřebují čistou vodu.“"),
])
def test_a_plural_address_in_the_singular_takes_the_plural_vocative(vi, cs, fixed, fix_loaded):
    assert fix_loaded(vi, cs) == fixed


@pytest.mark.parametrize(("vi", "cs"), [
    # already the plural vocative
    ("Thưa các đồng chí, hội nghị bắt đầu.", "Vážení soudruzi, konference začíná."),
    # a singular adjective: one comrade spoken to
    ("Thưa đồng chí, hội nghị bắt đầu.", "Vážený soudruhu, konference začíná."),
    # the source speaks to one comrade: no plural mark, the adjective's number is not enough
    ("Thưa đồng chí, xin mời phát biểu.", "Vážení soudruhu, prosím, promluvte."),
])
def test_what_the_plural_address_leaves_alone(vi, cs, fix_loaded):
    assert fix_loaded(vi, cs) == cs


def _comrade(plural: bool = True) -> RequiredTerm:
    return RequiredTerm("party.comrade", "đồng chí", ("soudruh", "soudružka"), plural=plural)


def test_not_when_the_title_runs_on_past_the_comma():
    # `Vážení soudruhu tajemníku,`: the title is not closed by the comma: not read as an address
    assert _plural_address("Vážení soudruhu tajemníku, začněte.", _comrade(), "cs") is None


def test_the_source_sentence_marks_the_plural_where_the_term_does_not():
    text = "„Vážení soudruhu, začínáme.“"
    assert _plural_address(text, _comrade(plural=False), "cs") is None
    placed = _plural_address(text, _comrade(plural=False), "cs", "Thưa các đồng chí, bắt đầu.")
    assert placed is not None and placed.replacement == "soudruzi" and placed.number == "pl"


def test_only_czech_reads_the_address():
    assert lady_title("Vážení soudruhu!", _comrade(), "en", "Thưa các đồng chí!") is None
    assert lady_title("Vážení soudruhu!", _comrade(), "cs", "Thưa các đồng chí!") is not None
