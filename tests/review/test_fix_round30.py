"""`check --fix`, round thirty (issue 12az): a body named with a region or federal state of
another country (`Texaský parlament`) keeps its own name, as another country's does; `sdružení`
renders `družstvo` (hợp tác xã) as several translators wrote it; a time adverbial between a
verb and its object (`přijme příští měsíc {X}`, `v roce 2027 {X}`) does not make the object a
genitive attribute of the adverbial's noun. Sentences written for these
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


# -- a time adverbial before the phrase -----------------------------------------------------------

def test_a_time_adverbial_between_verb_and_object_keeps_the_verbs_case(glossary, matcher):
    vi = "Thủ tướng sẽ tiếp các Đại sứ vào tháng tới."
    cs = "Premiér přijme příští měsíc ambasadory."
    assert _fixed(vi, cs, glossary, matcher) == "Premiér přijme příští měsíc velvyslance."


def test_a_year_between_verb_and_abbreviation_keeps_the_verbs_case(glossary, matcher):
    vi = "Thành phố muốn thu hút FDI trong năm 2028."
    cs = "Město chce přilákat v roce 2028 PZI."
    assert _fixed(vi, cs, glossary, matcher) == \
        "Město chce přilákat v roce 2028 přímé zahraniční investice."


def test_a_time_adverbial_at_the_sentence_start_leaves_a_subject(glossary, matcher):
    vi = "Trong năm 2028, FDI sẽ tăng mạnh."
    cs = "V roce 2028 PZI výrazně vzrostou."
    assert _fixed(vi, cs, glossary, matcher) == \
        "V roce 2028 přímé zahraniční investice výrazně vzrostou."


def test_a_quantity_before_the_year_still_takes_the_genitive(glossary, matcher):
    vi = "Số doanh nghiệp FDI trong năm 2028 sẽ tăng."
    cs = "Počet podniků s PZI v roce 2028 vzroste."
    assert _fixed(vi, cs, glossary, matcher) == \
        "Počet podniků s přímými zahraničními investicemi v roce 2028 vzroste."
