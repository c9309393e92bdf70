"""`check --fix`, round thirty (issue 12az): a body named with a region or federal state of
another country (`Texaský parlament`) keeps its own name, as another country's does; `sdružení`
renders `družstvo` (hợp tác xã) as several translators wrote it. Sentences written for these
tests (none from a bench set)."""

from __future__ import annotations

from translate.review.fix import fix_text
from translate.terms.equivalents import foreign


def _fixed(vi, cs, glossary, matcher):
    return fix_text(vi, cs, "cs", glossary, matcher)[0]


# -- another country's region or federal state ---------------------------------------------------

def test_a_federal_states_parliament_keeps_its_name(glossary, matcher):
    vi = "Đoàn công tác của thành phố đã thăm Quốc hội bang Texas của Hoa Kỳ."
    cs = "Pracovní delegace města navštívila Texaský parlament v USA."
    assert _fixed(vi, cs, glossary, matcher) == cs


def test_a_regions_adjective_counts_as_foreign():
    assert foreign("bavorského") and foreign("Skotský")
    assert not foreign("provinčního") and not foreign("bavorák")  # a noun is no country's adjective


def test_vietnams_own_parliament_is_still_repaired(glossary, matcher):
    vi = "Đoàn công tác của thành phố đã thăm Quốc hội."
    cs = "Pracovní delegace města navštívila parlament."
    assert _fixed(vi, cs, glossary, matcher) == \
        "Pracovní delegace města navštívila Národní shromáždění."


# -- `sdružení` for družstvo ---------------------------------------------------------------------

def test_sdruzeni_for_a_cooperative_becomes_druzstvo_in_its_case(glossary, matcher):
    vi = "Nông dân bán lúa cho các hợp tác xã ở Long An."
    cs = "Rolníci prodávají rýži sdružením v Long An."
    assert _fixed(vi, cs, glossary, matcher) == "Rolníci prodávají rýži družstvům v Long An."


def test_sdruzeni_with_a_preposition_takes_its_plain_form(glossary, matcher):
    vi = "Tỉnh làm việc với các hợp tác xã chè."
    cs = "Provincie jednala se sdruženími pěstitelů čaje."
    assert _fixed(vi, cs, glossary, matcher) == "Provincie jednala s družstvy pěstitelů čaje."


def test_sdruzeni_stays_where_the_source_names_no_cooperative(glossary, matcher):
    vi = "Các doanh nghiệp đã thành lập một hiệp hội mới."
    cs = "Podniky založily nové sdružení."
    assert _fixed(vi, cs, glossary, matcher) == cs
