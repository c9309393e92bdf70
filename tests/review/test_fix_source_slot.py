"""`check --fix` finds a rendering in words no list has where the source puts the term
(translate.draft.slot through translate.review.fix). Sentences written for these tests."""

from __future__ import annotations

import pytest

from translate.draft.enforce import required_terms
from translate.review.fix import fix_terms, fix_text


@pytest.mark.parametrize("vi, cs, expected", [
    # between the sentence start and another term rendered right
    ("Theo Kế hoạch của Bộ Tài chính, ngân sách sẽ được cân đối.",
     "Podle rozvrhu Ministerstva financí bude rozpočet vyrovnaný.",
     "Podle plánu Ministerstva financí bude rozpočet vyrovnaný."),
    # between a number copied over and the end of the sentence
    ("Năm nay tỉnh đã ban hành 7 Chỉ thị.",
     "Letos provincie vydala 7 nařizovacích pokynů.",
     "Letos provincie vydala 7 směrnic."),
])
def test_rendering_in_the_sources_slot(vi, cs, expected, glossary, matcher):
    output, fixes = fix_text(vi, cs, "cs", glossary, matcher)
    assert output == expected
    assert len(fixes) == 1


@pytest.mark.parametrize("vi, cs", [
    # the term is there: nothing to do
    ("Theo Kế hoạch của Bộ Tài chính, ngân sách sẽ được cân đối.",
     "Podle plánu Ministerstva financí bude rozpočet vyrovnaný."),
    # a content word beside the term in the source: no slot, nothing changed
    ("Tỉnh đã triển khai Chỉ thị mới của Thủ tướng.",
     "Provincie zavádí novou výzvu předsedy vlády."),  # (`instrukci` is listed since 12h)
])
def test_no_change_without_a_slot(vi, cs, glossary, matcher):
    output, _ = fix_text(vi, cs, "cs", glossary, matcher)
    assert output == cs


def test_fix_terms_without_the_source_keeps_its_old_behaviour(glossary, matcher):
    vi = "Theo Kế hoạch của Bộ Tài chính, ngân sách sẽ được cân đối."
    cs = "Podle rozvrhu Ministerstva financí bude rozpočet vyrovnaný."
    required = required_terms(matcher.find(vi), glossary, "cs", vi)
    assert fix_terms(cs, required, "cs") == (cs, [])
    fixed, fixes = fix_terms(cs, required, "cs", sentence=vi)
    assert fixed.startswith("Podle plánu ") and fixes[0].found == "rozvrhu"
