"""Round eighteen of the numbers check (issue-13a18): two weekdays for a span of dates, a
Czech Wednesday before a verb where the source names Wednesday, `od pondělka`, ... Sentences
written for these tests (the article's day is Sunday 29 November 2026)."""

from __future__ import annotations

import datetime

import pytest

from translate.review.qa import ERROR, CheckSettings, check_pair

ARTICLE = datetime.date(2026, 11, 29)


def _errors(vi: str, target: str, lang: str) -> list[str]:
    settings = CheckSettings(checks=frozenset({"numbers"}), reference_date=ARTICLE)
    return [i.message for i in check_pair(vi, target, lang, settings) if i.severity == ERROR]


@pytest.mark.parametrize(("vi", "right", "wrong", "lang"), [
    # two weekdays for a span: the first is the first day's, the second the last day's
    ("Lễ hội diễn ra ngày 12 và 13/12 tại công viên.",
     "The festival takes place in the park on Saturday and Sunday, December 12 and 13.",
     "The festival takes place in the park on Friday and Saturday, December 12 and 13.", "en"),
    ("Khóa học kéo dài từ 14 đến 18/12.",
     "The course runs from Monday to Friday, December 14-18.",
     "The course runs from Monday to Thursday, December 14-18.", "en"),
    ("Khóa học kéo dài từ 14 đến 18/12.",
     "Kurz potrvá od pondělí do pátku 14. až 18. prosince.",
     "Kurz potrvá od úterý do pátku 14. až 18. prosince.", "cs"),
])
def test_two_weekdays_for_a_span(vi: str, right: str, wrong: str, lang: str) -> None:
    assert _errors(vi, right, lang) == []
    assert _errors(vi, wrong, lang)


def test_the_second_weekday_with_one_date_is_not_judged() -> None:
    """`Saturday and Sunday, December 12`: which day the second weekday is, nobody says."""
    vi = "Chợ phiên họp ngày 12/12 tại quảng trường."
    assert not any("weekday" in e for e in _errors(
        vi, "The market is held on Saturday and Sunday, December 12, on the square.", "en"))
    assert _errors(vi, "The market is held on Friday and Sunday, December 12, on the square.",
                   "en")


@pytest.mark.parametrize(("vi", "right", "wrong"), [
    # `ve středu` before a verb, for the source's Wednesday (2/12/2026 is a Wednesday)
    ("Thứ Tư tới (2/12), thành phố sẽ khánh thành 3 cây cầu.",
     "Město ve středu otevře tři mosty.", "Město ve čtvrtek otevře tři mosty."),
    # `ve středu` before an hour
    ("Trận đấu bắt đầu lúc 18h ngày 2/12.", "Zápas začne ve středu v 18 hodin.",
     "Zápas začne ve čtvrtek v 18 hodin."),
    # `od pondělka` (30/11/2026 is a Monday)
    ("Từ thứ Hai (30/11), bảo tàng đóng cửa 5 ngày.", "Muzeum bude od pondělka pět dní zavřené.",
     "Muzeum bude od úterka pět dní zavřené."),
])
def test_czech_weekdays_said_freely(vi: str, right: str, wrong: str) -> None:
    assert _errors(vi, right, "cs") == []
    assert _errors(vi, wrong, "cs")


def test_the_centre_is_no_wednesday() -> None:
    """Without a Wednesday in the source, `ve středu` before a noun stays `in the centre`: it
    explains no lost date."""
    assert _errors("Ngày 2/12, 3 cây cầu sẽ được khánh thành ở trung tâm.",
                   "Ve středu města budou otevřeny tři mosty.", "cs")


@pytest.mark.parametrize(("vi", "right", "wrong", "lang"), [
    # a narrow band of prices said by its middle, after an approximation word
    ("Giá tôm thẻ dao động 148.000-152.000 đồng/kg.",
     "Krevety se vykupují zhruba za 150 tisíc dongů za kilogram.",
     "Krevety se vykupují zhruba za 160 tisíc dongů za kilogram.", "cs"),
    ("Giá tôm thẻ dao động 148.000-152.000 đồng/kg.",
     "Whiteleg shrimp sells for around VND150,000 per kg.",
     "Whiteleg shrimp sells for around VND145,000 per kg.", "en"),
    ("Giá phân bón ở mức 410-418 USD/tấn.", "Hnojivo stojí kolem 415 dolarů za tunu.",
     "Hnojivo stojí kolem 418 dolarů za tunu.", "cs"),
])
def test_a_range_said_by_its_middle(vi: str, right: str, wrong: str, lang: str) -> None:
    assert _errors(vi, right, lang) == []
    assert _errors(vi, wrong, lang)


def test_a_range_said_by_its_middle_needs_an_approximation() -> None:
    """Said as if exact, one value for a range is still reported."""
    assert _errors("Giá tôm thẻ dao động 148.000-152.000 đồng/kg.",
                   "Krevety se vykupují za 150 tisíc dongů za kilogram.", "cs")


@pytest.mark.parametrize(("vi", "right", "wrong", "lang"), [
    # a change of a length whose unit comes after its second end, said in a larger unit
    ("Thời gian xử lý hồ sơ giảm từ 72 xuống còn 24 giờ.",
     "Vyřízení žádosti se zkrátilo ze tří dnů na jeden.",
     "Vyřízení žádosti se zkrátilo ze dvou dnů na jeden.", "cs"),
    ("Thời gian xử lý hồ sơ giảm từ 72 xuống còn 24 giờ.",
     "Processing an application has been cut from three days to one.",
     "Processing an application has been cut from four days to one.", "en"),
    ("Thời gian cấp phép rút từ 21 xuống 7 ngày.",
     "The permit now takes a week instead of three weeks.",
     "The permit now takes a week instead of two weeks.", "en"),
])
def test_a_changed_length_said_in_a_larger_unit(vi: str, right: str, wrong: str,
                                               lang: str) -> None:
    assert _errors(vi, right, lang) == []
    assert _errors(vi, wrong, lang)


@pytest.mark.parametrize(("vi", "right", "wrong"), [
    # inches written `in`, glued to their number, in a conversion in brackets
    ("Con ốc có đường kính 5 cm.", "The snail is 5cm (2in) across.",
     "The snail is 5cm (3in) across."),
    # a change of temperature converts without the 32
    ("Nhiệt độ trung bình tăng thêm 2 độ C.", "Average temperatures rose by 2C (3.6F).",
     "Average temperatures rose by 2C (5.6F)."),
    # a temperature (no change) still converts with it
    ("Nhiệt độ trưa nay là 20 độ C.", "Temperatures reached 20C (68F) at noon.",
     "Temperatures reached 20C (36F) at noon."),
])
def test_conversions_in_brackets(vi: str, right: str, wrong: str) -> None:
    assert _errors(vi, right, "en") == []
    assert _errors(vi, wrong, "en")


def test_inches_limits() -> None:
    """`in` apart from its number is the preposition; the inches of a height in feet are no
    measure of their own."""
    assert _errors("Mực nước dâng 4 cm.", "The water rose 4 cm in the night.", "en") == []
    assert _errors("Cậu bé cao 1,52 m.", "The boy is 1.52 metres (5ft) tall.", "en") == []
    assert _errors("Cậu bé cao 1,57 m.", "The boy is 1.57 metres (5ft 2in) tall.", "en") == []


@pytest.mark.parametrize(("share", "lang"), [
    ("About 67% of the rice fields were flooded.", "en"),
    ("Zhruba 66,7 % rýžových polí bylo zaplaveno.", "cs"),
])
def test_a_fraction_as_a_rounded_percentage(share: str, lang: str) -> None:
    """`2/3` ~ `67%`: the share rounded at the percentage's last digit, no further."""
    vi = "Khoảng 2/3 diện tích lúa bị ngập."
    assert _errors(vi, share, lang) == []
    assert _errors(vi, share.replace("67", "68").replace("66,7", "66,2"), lang)


@pytest.mark.parametrize(("vi", "right", "wrong", "lang"), [
    # a multiple said as the percentage it adds
    ("Doanh thu năm nay gấp 1,4 lần năm ngoái.", "Revenue this year is 40% higher than last year.",
     "Revenue this year is 30% higher than last year.", "en"),
    # a hedge between `gấp` and the multiple
    ("Lượng khách đã gấp khoảng 1,5 lần so với năm 2020.",
     "Návštěvníků přijelo zhruba o polovinu víc než v roce 2020.",
     "Návštěvníků přijelo zhruba o čtvrtinu víc než v roce 2020.", "cs"),
])
def test_a_multiple_as_the_share_it_adds(vi: str, right: str, wrong: str, lang: str) -> None:
    assert _errors(vi, right, lang) == []
    assert _errors(vi, wrong, lang)


def test_a_passive_defeat_is_told_from_the_losers_side() -> None:
    """`A bị B đánh bại 0-1` is A's view: `B beat A 1-0` turns it with the point of view; the
    passive kept (`A were beaten 0-1`) keeps the order, and a changed score is still one."""
    vi = "Đội chủ nhà bị đội khách đánh bại 1-2 ở phút cuối."
    assert _errors(vi, "Hosté porazili domácí 2:1 v poslední minutě.", "cs") == []
    assert _errors(vi, "The visitors beat the hosts 2-1 with a last-minute goal.", "en") == []
    assert _errors(vi, "Hosté porazili domácí 3:1 v poslední minutě.", "cs")
    assert _errors(vi, "Domácí prohráli s hosty 2:1 v poslední minutě.", "cs")


@pytest.mark.parametrize(("vi", "right", "wrong", "lang"), [
    # the end of a quarter said as its last month
    ("Nhà máy sẽ vận hành trước cuối quý III/2027.", "The plant will open before the end of "
     "September 2027.", "The plant will open before the end of June 2027.", "en"),
    ("Nhà máy sẽ vận hành trước cuối quý III/2027.", "Závod se otevře do konce září 2027.",
     "Závod se otevře do konce října 2027.", "cs"),
    # no change said without its zero
    ("Giá xăng thay đổi 0% trong kỳ điều hành này.",
     "Petrol prices were left unchanged in this review.",
     "Petrol prices were left in this review.", "en"),
    ("Giá xăng thay đổi 0% trong kỳ điều hành này.", "Ceny benzinu zůstaly beze změny.",
     "Ceny benzinu zůstaly stejné jako vloni, o 2 % výš.", "cs"),
])
def test_numbers_said_without_digits(vi: str, right: str, wrong: str, lang: str) -> None:
    assert _errors(vi, right, lang) == []
    assert _errors(vi, wrong, lang)
