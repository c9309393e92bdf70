"""Round thirty-one of the numbers check (issue-13a31): false alarms and misses found in
unseen30, own batch b64 and what round thirty left. Weight and volume or area said of the same
number; the counted thing changed with the number kept (`liều` → `animals`) and the thing a
rate is per (`/m2` → `per apartment`); a share of a plan said as an excess over it; `so với đầu
năm` said as year on year or the quarter's start; `sáng nay` said as yesterday; `âm 12 m` said
as lying below ground; `STEM` (no Czech `stem`, a hundred); blood group O written 0; a year
alone in brackets; midnight after `po` for `0h15`; `na osobu a rok`; a `lần lượt bằng` list
reordered after `postupně`. Sentences written for these tests."""

from __future__ import annotations

from numbers_rounds import dated_errors as _errors
from numbers_rounds import dated_issues as _issues

from translate.review.qa import ERROR, WARNING


# 1. weight, volume and area are different amounts at the same number
def test_the_same_number_in_a_weight_and_a_volume_is_another_unit() -> None:
    vi = "Hợp tác xã thu mua 30 tấn mật ong."
    assert _errors(vi, "The cooperative bought 30 litres of honey.", "en")
    assert _errors(vi, "Družstvo vykoupilo 30 litrů medu.")
    assert not _errors(vi, "The cooperative bought 30 tonnes of honey.", "en")
    vi = "Kiểm lâm tịch thu 14,5 m3 gỗ."
    assert _errors(vi, "Rangers seized 14.5 tonnes of timber.", "en")
    assert not _errors(vi, "Rangers seized 14.5 cubic metres of timber.", "en")


def test_a_converted_weight_with_another_number_is_not_judged_so() -> None:
    vi = "Kiểm lâm tịch thu 20 m3 gỗ."  # a conversion changes the number: not this check
    assert not any("another unit" in e for e in _errors(
        vi, "Rangers seized 20 cubic metres (about 14 tonnes) of timber.", "en"))


# 2. the counted thing and the thing a rate is per
def test_the_counted_thing_changed_with_the_number_kept() -> None:
    vi = "Trạm thú y đã tiêm 6.500 liều vắc xin."
    assert _errors(vi, "The veterinary station has given 6,500 animals the vaccine.", "en")
    assert not _errors(vi, "The veterinary station has given 6,500 doses of vaccine.", "en")
    vi = "Cảng tiếp nhận 1.800 container mỗi ngày."
    assert _errors(vi, "Přístav denně přijme 1800 kamionů.")
    assert not _errors(vi, "Přístav denně přijme 1800 kontejnerů.")


def test_nouns_outside_the_table_are_never_judged() -> None:
    vi = "Trạm thú y đã tiêm 6.500 liều vắc xin."
    assert not _errors(vi, "Veterinární stanice naočkovala 6500 kusů vakcíny.")  # `kusů`: any
    vi = "Có 300 con đường được nâng cấp."  # `con` before no animal is a classifier
    assert not _errors(vi, "Opraveno bylo 300 silnic.")


def test_the_thing_a_rate_is_per() -> None:
    vi = "Giá căn hộ trung bình 52 triệu đồng/m2."
    assert _errors(vi, "Flats cost VND52 million per apartment on average.", "en")
    assert not _errors(vi, "Flats cost VND52 million per square metre on average.", "en")
    assert not _errors(vi, "Byty stojí v průměru 52 milionů dongů za metr čtvereční.")
    vi = "Thu nhập bình quân 60 triệu đồng/người/năm."
    assert _errors(vi, "Average income is VND60 million per household a year.", "en")
    assert not _errors(vi, "Average income is VND60 million per person a year.", "en")


# 3. a share of a plan is no excess over it
def test_a_share_of_the_plan_said_as_an_excess() -> None:
    vi = "Tỉnh đã xây 420 nhà, đạt 76% kế hoạch năm."
    assert _errors(vi, "The province built 420 houses, 76% above the annual plan.", "en")
    assert _errors(vi, "Provincie postavila 420 domů, o 76 % víc, než byl plán.")
    assert not _errors(vi, "The province built 420 houses, 76% of the annual plan.", "en")
    assert not _errors(vi, "Provincie postavila 420 domů, tedy 76 % ročního plánu.")


def test_an_excess_in_the_source_may_be_said_as_one() -> None:
    vi = "Tỉnh đã xây 420 nhà, vượt 6% kế hoạch năm."
    assert not _errors(vi, "The province built 420 houses, 6% above the annual plan.", "en")
    assert not _errors(vi, "Provincie postavila 420 domů, o 6 % nad roční plán.")


# 4. relative days and bases of comparison
def test_since_the_start_of_the_year_said_as_year_on_year_or_the_quarter() -> None:
    vi = "Tiền gửi đạt 96.000 tỷ đồng, tăng 6,4% so với đầu năm."
    assert _errors(vi, "Deposits reached VND96 trillion, up 6.4% year on year.", "en")
    assert _errors(vi, "Deposits reached VND96 trillion, up 6.4% from the start of the quarter.",
                   "en")
    assert _errors(vi, "Vklady dosáhly 96 bilionů dongů, meziročně o 6,4 % víc.")
    assert not _errors(vi, "Deposits reached VND96 trillion, up 6.4% since the start of the "
                           "year.", "en")
    assert not _errors(vi, "Vklady dosáhly 96 bilionů dongů, o 6,4 % víc než na začátku roku.")


def test_year_on_year_is_right_where_the_source_names_the_year_before() -> None:
    vi = "Tiền gửi tăng 6,4% so với đầu năm và 9% so với cùng kỳ năm trước."
    assert not _errors(vi, "Deposits rose 6.4% since January and 9% year on year.", "en")


def test_this_morning_said_as_yesterday() -> None:
    vi = "Sáng nay (30/11), mưa lớn làm ngập 40 tuyến phố."
    assert _errors(vi, "Heavy rain flooded 40 streets yesterday morning.", "en")
    assert _errors(vi, "Silný déšť včera ráno zaplavil 40 ulic.")
    assert not _errors(vi, "Heavy rain flooded 40 streets this morning.", "en")
    vi = "Sáng nay, mưa lớn làm ngập 40 tuyến phố sau trận mưa đêm qua."  # yesterday named
    assert not _errors(vi, "Heavy rain flooded 40 streets this morning after yesterday's "
                           "downpour.", "en")


# 5. values said another way
def test_a_level_written_negative_said_below_its_reference() -> None:
    vi = "Mực nước giếng đã xuống âm 9 m."
    assert not _errors(vi, "Hladina ve studni klesla na 9 metrů pod terén.")
    assert not _errors(vi, "The water in the well fell to 9 m below ground level.", "en")
    assert _errors(vi, "Hladina ve studni klesla na 9 metrů.")
    assert _errors(vi, "The water in the well rose to 9 m above ground level.", "en")


def test_a_word_in_capitals_the_source_writes_is_no_number() -> None:
    vi = "Hai phần ba số trường tiểu học đã có câu lạc bộ STEM."
    assert not _errors(vi, "Dvě třetiny základních škol už mají kroužek STEM.")
    vi = "Các trường tiểu học đã có câu lạc bộ."  # `stem` the source does not write
    assert _errors(vi, "Základní školy už mají kroužek se STEM členy.")


def test_blood_group_o_is_written_zero_in_czech() -> None:
    vi = "Bệnh viện cần thêm 150 đơn vị máu nhóm O."
    assert not _errors(vi, "Nemocnice potřebuje dalších 150 jednotek krve skupiny 0.")
    vi = "Bệnh viện cần thêm 150 đơn vị máu nhóm A."
    assert _errors(vi, "Nemocnice potřebuje dalších 150 jednotek krve skupiny 0.")


def test_a_year_alone_in_brackets() -> None:
    vi = "Năm 2038 kỷ niệm 1.100 năm chiến thắng trên sông Bạch Đằng (938)."
    assert not _errors(vi, "Rok 2038 připomene 1100 let od vítězství na řece Bạch Đằng "
                           "v roce 938.")
    vi = "Đoàn có 938 thành viên."  # not in brackets: no year
    assert _errors(vi, "Výprava vznikla v roce 938.")


def test_midnight_after_po_for_a_time_past_midnight() -> None:
    vi = "Đám cháy bùng phát lúc 0h20 rạng sáng nay."
    assert not _errors(vi, "Požár vypukl dnes krátce po půlnoci, ve 0.20.")
    assert _errors(vi, "Požár vypukl dnes krátce před půlnocí, ve 0.20.")
    vi = "Đám cháy bùng phát lúc 1h20 rạng sáng nay."
    assert _errors(vi, "Požár vypukl dnes krátce po půlnoci, v 1.20.")


def test_a_rate_per_head_and_per_period_in_czech() -> None:
    vi = "Thu nhập bình quân 60 triệu đồng/người/năm."
    assert _errors(vi, "Průměrný příjem činí 60 milionů dongů na osobu a měsíc.")
    assert not _errors(vi, "Průměrný příjem činí 60 milionů dongů na osobu a rok.")


def test_a_respectively_list_reordered_after_postupne() -> None:
    vi = "Phí cho con thứ hai, thứ ba và thứ tư lần lượt bằng 80%, 65% và 50% mức phí đầu."
    reordered = "Za druhé, třetí a čtvrté dítě se platí postupně 50, 65 a 80 % prvního poplatku."
    assert _errors(vi, reordered)
    kept = "Za druhé, třetí a čtvrté dítě se platí postupně 80, 65 a 50 % prvního poplatku."
    assert not [i for i in _issues(vi, kept, "cs") if i.severity in (ERROR, WARNING)]


# 6. what round thirty left
def test_a_currency_code_glued_before_the_amount() -> None:
    vi = "Vé vào cửa giá 380.000 korun."
    assert not _errors(vi, "Admission costs CZK380,000.", "en")
    assert _errors(vi, "Admission costs CZK308,000.", "en")


def test_open_round_the_clock_is_a_day() -> None:
    assert not _errors("Trạm xăng mở cửa 24h.", "The petrol station is open 24 hours a day.",
                       "en")
    assert _errors("Trạm xăng mở cửa 16h.", "The petrol station is open 16 hours a day.", "en")


def test_a_count_held_in_a_sino_vietnamese_name() -> None:
    vi = "Chợ hoa bán nhiều mâm ngũ quả."
    assert not _errors(vi, "Na květinovém trhu se prodává mnoho mís pěti plodů.")
    assert _errors(vi, "Na květinovém trhu se prodává mnoho mís šesti plodů.")
    assert _errors("Chợ hoa bán nhiều mâm quả.", "Na trhu se prodává mnoho mís pěti plodů.")


def test_a_year_said_by_its_distance_from_the_articles_date() -> None:
    vi = "Năm 2025, tỉnh đón 3 triệu khách."
    assert _errors(vi, "Letos provincie přivítala tři miliony hostů.")  # 2025 is last year
    assert not _errors(vi, "Loni provincie přivítala tři miliony hostů.")
    assert not _errors("Năm 2026, tỉnh đón 3 triệu khách.",
                       "This year the province welcomed three million visitors.", "en")
