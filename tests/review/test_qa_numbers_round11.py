"""Round eleven of the numbers check (issue 13): omissions the paired numbers imply (the
held-out protocol test moved to test_qa_numbers_round12.py)."""

from __future__ import annotations

import pytest

from translate.review.qa import ERROR, CheckSettings, check_pair
from translate.review.qa.numderived import implied, restated_day
from translate.review.qa.numread import read_side

NUMBERS = CheckSettings(checks=frozenset({"numbers"}))


def _errors(vi: str, target: str, lang: str) -> list[str]:
    return [i.message for i in check_pair(vi, target, lang, NUMBERS) if i.severity == ERROR]


# Sentences written for these tests (not taken from any evaluation set): an omission that the
# paired numbers imply loses nothing; the same omission without the relation stays an error.
@pytest.mark.parametrize(("vi", "lang", "target"), [
    # an anniversary's end year: a paired year and a paired count of years give it
    ("Trường kỷ niệm 60 năm thành lập (1966-2026).", "cs",
     "Škola slaví 60 let od svého založení v roce 1966."),
    ("Trường kỷ niệm 60 năm thành lập (1966-2026).", "en",
     "The school marks 60 years since it was founded in 1966."),
    # a full date only when its day and month are paired too
    ("Sáng 7/5, tỉnh kỷ niệm 70 năm chiến thắng (7/5/1954 - 7/5/2024).", "en",
     "On the morning of May 7 the province marked 70 years since the victory of May 7, 1954."),
    ("Tỉnh kỷ niệm 70 năm chiến thắng (7/5/1954 - 7/5/2024).", "cs",
     "Provincie si připomněla 70 let od vítězství ze 7. května 1954."),
    # the count of a span of years or days
    ("Dự án được thực hiện trong 3 năm 2024-2026.", "cs", "Projekt poběží v letech 2024 až 2026."),
    ("Hội chợ diễn ra trong 4 ngày, từ ngày 12/3 đến ngày 15/3.", "en",
     "The fair runs from March 12 to March 15."),
    # the middle of consecutive years
    ("Các năm 2023, 2024 và 2025 đều tăng trưởng trên 6%.", "en",
     "Growth topped 6% in every year from 2023 to 2025."),
    # the night before a paired morning
    ("Đêm 14 rạng sáng 15/3, mưa lớn gây ngập nhiều tuyến phố.", "cs",
     "V noci na 15. března zaplavil silný déšť řadu ulic."),
    # the percentage change of two paired amounts of one scale
    ("Giá vé tăng từ 20.000 lên 30.000 đồng, tức tăng 50%.", "en",
     "The fare goes up from VND20,000 to VND30,000."),
    ("Lương tăng từ 8 triệu lên 10 triệu đồng, tức tăng 25%.", "cs",
     "Plat se zvýší z 8 na 10 milionů dongů."),
    # a bracketed date that restates a relative day the translation names, left out whole
    ("Ngày mai (5/3), trời mưa to.", "cs", "Zítra bude silně pršet."),
    ("Từ đêm nay (4/3) đến sáng mai, trời rét.", "en",
     "It will be cold from tonight until morning."),
])
def test_an_omission_the_paired_numbers_imply_is_no_error(vi: str, lang: str,
                                                          target: str) -> None:
    assert _errors(vi, target, lang) == []


@pytest.mark.parametrize(("vi", "lang", "target"), [
    # `60 lớp` counts classes, not years: 2026 = 1966 + 60 is a coincidence
    ("Năm 2026, trường có 60 lớp, được thành lập năm 1966.", "cs",
     "Škola má 60 tříd a byla založena v roce 1966."),
    # a date whose day and month nobody paired is not implied by its year
    ("Tỉnh kỷ niệm 70 năm chiến thắng (7/5/1954) vào ngày 9/5/2024.", "en",
     "The province marked 70 years since the victory of May 7, 1954."),
    # three factories are no span of years
    ("Có 3 nhà máy hoạt động trong giai đoạn 2024-2026.", "cs",
     "V letech 2024 až 2026 fungovaly továrny."),
    # a span the ends do not give
    ("Dự án được thực hiện trong 5 năm 2024-2026.", "cs", "Projekt poběží v letech 2024 až 2026."),
    # not the middle of the paired years
    ("Các năm 2023, 2024 và 2026 đều tăng trưởng trên 6%.", "en",
     "Growth topped 6% in 2023 and 2026."),
    # two days, not one night
    ("Từ 14 đến 15/3, mưa lớn gây ngập nhiều tuyến phố.", "cs",
     "Dne 15. března zaplavil silný déšť řadu ulic."),
    ("Ngày 14 và 15/3, mưa lớn gây ngập nhiều tuyến phố.", "en",
     "Heavy rain flooded many streets on March 15."),
    # a percentage the amounts do not give
    ("Giá vé tăng từ 20.000 lên 30.000 đồng, tức tăng 60%.", "en",
     "The fare goes up from VND20,000 to VND30,000."),
    # the relative day is not in the translation, or the date was rewritten
    ("Ngày mai (5/3), trời mưa to.", "cs", "Bude silně pršet."),
    ("Ngày mai (5/3), trời mưa to.", "cs", "Zítra, 6. března, bude silně pršet."),
    # a planted drop of a count with nothing to imply it
    ("Trận động đất làm 12 người bị thương.", "en", "The earthquake injured people."),
])
def test_an_omission_nothing_implies_stays_an_error(vi: str, lang: str, target: str) -> None:
    assert _errors(vi, target, lang), (vi, target)


def test_only_paired_numbers_imply_a_value() -> None:
    """The operands must have been paired: the same source with nothing paired implies
    nothing, and a bracketed date needs its place in the translation."""
    source = "Trường kỷ niệm 60 năm thành lập (1966-2026)."
    src = read_side(source, "vi", [], is_source=True)
    end = next(n for n in src if n.token.text == "2026")
    assert not implied(source, end, src)
    for n in src:
        n.matched = n is not end
    assert implied(source, end, src)
    day = "Ngày mai (5/3), trời mưa to."
    date = read_side(day, "vi", [], is_source=True)[0]
    assert restated_day(day, "Zítra prší.", "cs_CZ", date, (0, 11))
    assert not restated_day(day, "Zítra prší.", "cs", date, None)
    assert not restated_day(day, "Zítra prší.", "de", date, (0, 11))


@pytest.mark.parametrize(("vi", "lang", "target", "error"), [
    # a multiplier or a share of change the translation adds, exactly what its amounts give
    ("Vốn tăng từ 30.000 tỷ lên 60.000 tỷ đồng.", "en",
     "Capital doubled from VND30 trillion to VND60 trillion.", False),
    ("Vốn tăng từ 30.000 tỷ lên 60.000 tỷ đồng.", "cs",
     "Kapitál se zdvojnásobil z 30 na 60 bilionů dongů.", False),
    ("Giá vé tăng từ 20.000 lên 30.000 đồng.", "en",
     "The fare rises by half, from VND20,000 to VND30,000.", False),
    ("Giá vé tăng từ 20.000 lên 30.000 đồng.", "en",
     "The fare rises 50%, from VND20,000 to VND30,000.", False),
    # not what the amounts give: the translator's own number stays an error
    ("Vốn tăng từ 30.000 tỷ lên 60.000 tỷ đồng.", "en",
     "Capital tripled from VND30 trillion to VND60 trillion.", True),
    # a share close to the change of a range is a number of its own (5.17 % is no `5 %`)
    ("Giá dao động từ 58.000 đến 61.000 đồng/kg.", "cs",
     "Cena se pohybuje od 58 000 do 61 000 dongů za kilogram, o 5 procent více než loni.", True),
])
def test_a_ratio_the_translation_adds_from_its_amounts(vi: str, lang: str, target: str,
                                                       error: bool) -> None:
    assert bool(_errors(vi, target, lang)) is error, (target, _errors(vi, target, lang))


@pytest.mark.parametrize(("target", "lang", "error"), [
    # the closing day of a range names its weekday; the month is said once, after it
    ("Zkoušky budou od pondělí 9. do pátku 13. března.", "cs", False),
    ("Zkoušky budou od 9. do pátku 13. března.", "cs", False),
    ("Exams run from Monday 9 to Friday 13 March.", "en", False),
    # the month said once is still compared, and so is the day
    ("Zkoušky budou od pondělí 9. do pátku 13. dubna.", "cs", True),
    ("Zkoušky budou od pondělí 9. do pátku 14. března.", "cs", True),
    ("Exams run from Monday 9 to Friday 13 April.", "en", True),
])
def test_a_weekday_before_the_closing_day_of_a_range(target: str, lang: str,
                                                     error: bool) -> None:
    vi = "Kỳ thi diễn ra từ thứ Hai 9/3 đến thứ Sáu 13/3."
    assert bool(_errors(vi, target, lang)) is error, (target, _errors(vi, target, lang))
