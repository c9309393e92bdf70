"""Round twenty-seven of the numbers check (issue-13a27): classes found in unseen26 and in own
batch b60, each with its limits. False alarms: a negative growth (`tăng trưởng âm 6,2%`) said
as a fall, a deadline before the first of a month said by the month's last day before it, the
previous quarter (`quý trước`) said by its ordinal, `mỗi tá` (each dozen) said as `a dozen`.
Miss: a fraction's number word (`tři čtvrtiny` for `3/4`) taken to explain another lost
number (`quý III`). Sentences written for these tests."""

from __future__ import annotations

import datetime

from translate.review.qa import ERROR, CheckSettings, check_pair

ARTICLE = datetime.date(2026, 11, 29)


def _errors(vi: str, target: str, lang: str = "cs") -> list[str]:
    settings = CheckSettings(checks=frozenset({"numbers"}), reference_date=ARTICLE)
    return [i.message for i in check_pair(vi, target, lang, settings) if i.severity == ERROR]


# 1. a negative growth said as a fall
def test_a_negative_growth_said_as_a_fall() -> None:
    vi = "Doanh số bán ô tô tháng 9 tăng trưởng âm 6,2%."
    assert _errors(vi, "Prodej aut v září klesl o 6,2 %.") == []
    assert _errors(vi, "Prodej aut se v září propadl o 6,2 procenta.") == []
    assert _errors(vi, "Car sales fell 6.2% in September.", "en") == []
    assert _errors(vi, "Car sales were down 6.2% in September.", "en") == []
    assert _errors(vi, "Car sales posted a 6.2% decline in September.", "en") == []


def test_a_negative_growth_said_as_a_rise_or_plainly_stays_an_error() -> None:
    """The limits: a rise word, no direction at all, or another value is still an error."""
    vi = "Doanh số bán ô tô tháng 9 tăng trưởng âm 6,2%."
    assert _errors(vi, "Prodej aut v září vzrostl o 6,2 %.")
    assert _errors(vi, "Car sales rose 6.2% in September.", "en")
    assert _errors(vi, "Car sales growth was 6.2% in September.", "en")
    assert _errors(vi, "Prodej aut v září klesl o 2,6 %.")
    assert _errors(vi, "Car sales fell 6.8% in September.", "en")


def test_a_plain_fall_is_no_negative_number() -> None:
    """`giảm 6,2%` (no `âm`) said as `−6,2 %` keeps its message: the sign is the source's
    question, not the fall word's."""
    assert _errors("Doanh số giảm 6,2%.", "Prodej klesl o 6,2 %.") == []
    assert _errors("Nhiệt độ âm 6,2 độ C.", "Teplota klesla o 6,2 stupně.")  # no percentage


# 2. a deadline before the first of a month said by the month's last day before it
def test_a_deadline_before_the_first_said_by_the_last_day_before() -> None:
    vi = "Các hộ phải đăng ký trước ngày 1/3/2027."
    assert _errors(vi, "Domácnosti se musí přihlásit do 28. února 2027.") == []
    assert _errors(vi, "Domácnosti se musí přihlásit nejpozději 28. února 2027.") == []
    assert _errors(vi, "Households must register by February 28, 2027.", "en") == []
    assert _errors(vi, "Households must register no later than February 28, 2027.", "en") == []
    vi = "Hồ sơ nộp trước ngày 1/1/2027."  # across the year: the year of the day before
    assert _errors(vi, "Applications are due by December 31, 2026.", "en") == []


def test_a_deadline_restated_only_under_a_deadline_word_and_only_the_day_before() -> None:
    """The limits: two days before, another year, a day before without `do`/`by`, and the day
    before a date that is not the first of a month (`trước ngày 16/3` → `do 15. března`: the
    independent sets plant it as an error) all stay errors."""
    vi = "Các hộ phải đăng ký trước ngày 1/3/2027."
    assert _errors(vi, "Domácnosti se musí přihlásit do 27. února 2027.")
    assert _errors(vi, "Households must register by February 28, 2026.", "en")
    assert _errors(vi, "Domácnosti se přihlásily 28. února 2027.")
    assert _errors("Các hộ phải đăng ký trước ngày 16/3/2027.",
                   "Domácnosti se musí přihlásit do 15. března 2027.")
    assert _errors("Các hộ phải đăng ký trước ngày 16/3.", "Households must register by March 15.",
                   "en")


# 3. the previous quarter said by its ordinal
def test_the_previous_quarter_said_by_its_ordinal() -> None:
    vi = "Lợi nhuận quý IV đạt 320 tỷ đồng, tăng 12% so với quý trước."
    assert _errors(vi, "Fourth-quarter profit reached VND320 billion, up 12% from the third.",
                   "en") == []
    assert _errors(vi, "Zisk ve čtvrtém čtvrtletí dosáhl 320 miliard dongů, o 12 % víc než ve "
                       "třetím.") == []
    vi = "Lợi nhuận quý 1 đạt 320 tỷ đồng, tăng 12% so với quý trước."  # the year's first
    assert _errors(vi, "First-quarter profit reached VND320 billion, up 12% from the fourth.",
                   "en") == []


def test_the_previous_quarter_excuses_only_the_quarter_before() -> None:
    """The limits: an ordinal two quarters back is still extra; without `quý trước`, or with
    two quarters named, nothing is excused."""
    vi = "Lợi nhuận quý IV đạt 320 tỷ đồng, tăng 12% so với quý trước."
    assert _errors(vi, "Fourth-quarter profit reached VND320 billion, up 12% from the second.",
                   "en")
    vi = "Lợi nhuận quý IV đạt 320 tỷ đồng, tăng 12% so với cùng kỳ."
    assert _errors(vi, "Fourth-quarter profit reached VND320 billion, up 12% from the third.",
                   "en")


# 4. `mỗi tá`: each dozen
def test_each_dozen_said_as_a_dozen() -> None:
    vi = "Chợ bán mỗi tá trứng vịt với giá 48.000 đồng."
    assert _errors(vi, "The market sells a dozen duck eggs for VND48,000.", "en") == []
    assert _errors("Một tá bút chì có giá 30.000 đồng.",
                   "A dozen pencils cost VND30,000.", "en") == []


def test_a_dozen_is_not_read_into_ranks_or_dozens() -> None:
    """The limits: `đại tá` (a colonel) and `hàng tá` (dozens) say no twelve."""
    assert _errors("Đại tá Minh phát biểu tại hội nghị.",
                   "Colonel Minh told a dozen delegates at the conference.", "en")
    assert _errors("Hàng tá người xếp hàng từ sáng.",
                   "Twelve people queued from the morning.", "en")


# 5. a paired fraction's word explains nothing more
def test_a_paired_fraction_word_does_not_explain_a_lost_quarter() -> None:
    vi = "Quý III/2026, xuất khẩu cà phê đạt 2,4 tỷ USD, chiếm gần 3/4 kim ngạch nông sản."
    right = ("Ve třetím čtvrtletí roku 2026 vyvezl Vietnam kávu za 2,4 miliardy dolarů, tedy "
             "téměř tři čtvrtiny zemědělského vývozu.")
    assert _errors(vi, right) == []
    assert _errors(vi, right.replace("třetím", "druhém"))
    assert _errors(vi, right.replace("třetím čtvrtletí", "prvním čtvrtletí"))


# 6. a strength in `độ` of alcohol or latex said as a percentage
def test_an_alcohol_strength_in_degrees_said_as_a_percentage() -> None:
    vi = "Rượu vang nhập khẩu dưới 12,5 độ chịu thuế thấp hơn."
    assert _errors(vi, "Dovážené víno s méně než 12,5 % alkoholu se daní méně.") == []
    assert _errors(vi, "Imported wine under 12.5% ABV is taxed less.", "en") == []
    assert _errors("Mủ cao su loại 35 độ có giá 14.000 đồng/kg.",
                   "Pětatřicetiprocentní latex stojí 14 000 dongů za kilogram.") == []


def test_a_temperature_in_degrees_is_no_percentage() -> None:
    """The limits: without a word of alcohol or latex, and with `độ C`, degrees stay degrees;
    another strength is still an error."""
    assert _errors("Nhiệt độ ngoài trời xuống 12,5 độ.", "Venku bylo jen 12,5 % tepla.")
    assert _errors("Bia 5 độ C được ướp lạnh.", "Pivo s 5 % alkoholu je vychlazené.")
    assert _errors("Rượu vang nhập khẩu dưới 12,5 độ chịu thuế thấp hơn.",
                   "Imported wine under 15.5% ABV is taxed less.", "en")


# 7. a time on the 24-hour clock written with a dot, where no `v`/`at` stands before it
def test_a_time_with_a_dot_is_the_sources_time() -> None:
    vi = "Chuyến tàu dự kiến chạy lúc 7h20 đã bị hoãn đến 14h35 vì sương mù."
    assert _errors(vi, "Vlak, který měl vyjet v 7.20, byl kvůli mlze odložen až na 14.35 a "
                       "cestující čekali.") == []
    vi = "Từ 22h10 đến 22h50 tối 3/12, đường bị phong tỏa."
    assert _errors(vi, "Silnice byla 3. prosince mezi 22.10 a 22.50 uzavřena.") == []


def test_a_dotted_time_must_have_the_sources_hour_and_minute() -> None:
    """The limits: another minute, a 12-hour reading of an afternoon hour, and a decimal
    with one digit after the dot stay errors. Not read yet: a dotted time that ends the
    sentence (`až na 14.35.`), which the reading of numbers skips."""
    vi = "Chuyến tàu dự kiến chạy lúc 7h20 đã bị hoãn đến 14h35 vì sương mù."
    assert _errors(vi, "Vlak, který měl vyjet v 7.20, byl kvůli mlze odložen až na 14.45 a "
                       "cestující čekali.")
    assert _errors(vi, "Vlak, který měl vyjet v 7.20, byl kvůli mlze odložen až na 2.35 a "
                       "cestující čekali.")
    assert _errors("Tàu hoãn đến 14h30.", "Vlak byl odložen o 14.3 hodiny.")


# 8. `cứ N … thì vẫn còn M`: a ratio however long the noun between
def test_a_ratio_with_a_long_noun_and_still() -> None:
    vi = "Cứ 10 học sinh tiểu học ở các xã vùng cao biên giới thì vẫn còn gần 3 em bỏ bữa sáng."
    assert _errors(vi, "Nearly three in ten primary pupils in upland border communes still "
                       "skip breakfast.", "en") == []
    assert _errors(vi, "Nearly four in ten primary pupils in upland border communes still "
                       "skip breakfast.", "en")


# 9. a Roman letter the source writes alike without reading a number: a withheld name
def test_a_withheld_name_letter_is_no_roman_numeral() -> None:
    vi = "Công an triệu tập ông V. và công ty X. để làm rõ khoản nợ 2,4 tỷ đồng."
    assert _errors(vi, "Policie předvolala pana V. a firmu X. kvůli dluhu 2,4 miliardy "
                       "dongů.") == []


def test_a_roman_numeral_the_source_reads_is_still_compared() -> None:
    """The limit: a numeral the source reads as a number (`quý II`) excuses no other one."""
    vi = "Quý II, doanh thu đạt 2,4 tỷ đồng, cao hơn quý I."
    assert _errors(vi, "Ve čtvrtletí II dosáhly tržby 2,4 miliardy dongů, víc než ve čtvrtletí "
                       "II.")


# 10. the two days of a weekend; the fineness of gold
def test_two_weekend_days_said_as_the_weekend() -> None:
    vi = "Người lao động nghỉ thêm 1 ngày, cộng với 2 ngày cuối tuần là 3 ngày."
    assert _errors(vi, "Workers get one more day off, three with the weekend.", "en") == []
    assert _errors(vi, "Zaměstnanci mají volno o den déle, s víkendem tři dny.") == []


def test_weekend_days_are_not_excused_without_the_weekend() -> None:
    """The limits: another count of weekend days, or no weekend in the translation."""
    vi = "Người lao động nghỉ thêm 1 ngày, cộng với 2 ngày cuối tuần là 3 ngày."
    assert _errors(vi, "Workers get one more day off, three days in all.", "en")
    vi = "Người lao động nghỉ thêm 1 ngày, cộng với 3 ngày cuối tuần là 4 ngày."
    assert _errors(vi, "Workers get one more day off, four with the weekend.", "en")


def test_gold_fineness_said_as_a_percentage() -> None:
    vi = "Vàng miếng 9999 được bán với giá 150 triệu đồng/lượng."
    assert _errors(vi, "Gold bars of 99.99% purity sold at VND150 million a tael.", "en") == []
    assert _errors(vi, "Gold bars of 99.9% purity sold at VND150 million a tael.", "en")
    assert _errors("Lô hàng 9999 chiếc được bán.", "A 99.99% share of the batch sold.", "en")


def test_weekend_days_said_as_a_number_pair_with_it() -> None:
    """`2 ngày cuối tuần` ~ `the two days of the weekend`: the two is the count, not extra."""
    vi = "Đoàn bác sĩ khám cho 800 người trong 2 ngày cuối tuần."
    assert _errors(vi, "The doctors saw 800 people over the two days of the weekend.",
                   "en") == []
    assert _errors(vi, "The doctors saw 800 people over the three days of the weekend.", "en")
