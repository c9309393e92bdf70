"""The numbers check on the developer's own batches (`bench/data/numbers_own/bNN.txt`,
written in the styles of the independent sets; each batch was run once before the check
changed for it, see its README). Every clean pair must raise no error, every planted error
must raise one, and every change marked `warn` (two numbers that trade places outside a
range or a score) must raise at least a warning. The few known limits are listed with the
reason, strictly: fixing one is noticed."""

from __future__ import annotations

import datetime
import importlib.util
from pathlib import Path

import pytest

from translate.review.qa import ERROR, CheckSettings, check_pair

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("numbers_own", ROOT / "bench" / "numbers_own.py")
numbers_own = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(numbers_own)
CLEAN, PLANTED = numbers_own.load_own()
# the article date the bench gives every set (bench/qa_numbers_unseen.py, round fourteen)
NUMBERS = CheckSettings(checks=frozenset({"numbers"}), reference_date=datetime.date(2026, 11, 29))
KNOWN = {  # item id -> why the check gets it wrong
    # b33-027-en-e1 (`ngày mai` → `on Thursday`) is caught since round nineteen: with the
    # article's date known, a day word's weekday is judged
    "b02-019-cs-e1": "`một chiếc` → `dvě`: an added two beside a source `một` is not reported; "
                     "NTREX has `còn một chiếc xe khác` → `dvě dodávky a další` (clean)",
    "b02-019-en-e1": "the same: `một chiếc` → `two trucks`",
    "b06-045-en-e1": "`thua 2-4` → `lost 4-2`: English often writes the winner's score first "
                     "after `lost` (b14-001, b14-013), so a defeat's score turned in English is "
                     "a warning since issue-13a4",
    "b24-008-en": "`6 tháng 1 lần` (once every six months) → `twice-yearly`: a frequency "
                  "turned into another unit is not converted",
    "b30-011-cs-e1": "`nửa triệu` → `o milion`: a Czech scale word alone (`milion`) is weak "
                     "(it is often vague), so the added million is not reported",
    "b30-013-cs-e1": "`100 tuổi` → `sto první narozeniny`: Czech ordinals above a hundred "
                     "(`sto první`) are read as a cardinal and a weak ordinal",
    "b31-001-cs": "`1,2 km` → `kilometr a dvě stě metrů`: a length split into two units is "
                  "not added up",
    "b10-036-cs": "`Năm 2024` → `Loni` (last year): a year said relative to the article's "
                  "date, which the check does not know",
    "b37-017-en-e1": "`hơn 2.100 đồng` → `over 2,000 dong`: a value rounded down under the "
                     "same `more than` stays true, and rounding is accepted (`3,8 triệu` ~ "
                     "`nearly 4 million`)",
    "b40-022-cs": "`8 triệu tấn ... 8,5 triệu tấn` → `osm milionů tun ... osm a půl`: the scale "
                  "said once for two amounts; accepting a second amount without its scale "
                  "would let the planted `2,5 triệu` → `2,5` through",
    "b44-003-cs-e1": "`1-1 sau 90 phút` → `Po normální hrací době bylo 2:1`: warned as a "
                     "regrouped score only; making a changed number there an error (round ten) "
                     "caught nothing else and raised 2 new false alarms (unseen8, unseen9)",
    # b45 (round eleven): omissions by idiom, which no arithmetic of the paired numbers implies
    "b45-009-cs": "`2.300 người chạy cự ly 42 km` → `celou trať absolvovalo 2 300`: the "
                  "distance restated as `the whole course`",
    "b45-023-cs": "`Sau 2 hiệp phụ` → `prodloužení` (extra time): the count of periods is in "
                  "the noun",
    "b45-023-en": "`Sau 2 hiệp phụ` → `extra time`: the count of periods is in the noun",
    "b45-031-cs": "`năm 2026 và 10%` → `letos … o deset`: the year as `letos`, and the bare "
                  "`deset` is paired with the year's place",
    # b46 (round twelve): a year relative to the article's date, as in b45
    "b46-004-cs": "`Năm 2024 … so với năm trước` → `loni … než předloni`: years relative to "
                  "the article's date",
    # b47 (round thirteen): a percentage said by a near fraction
    # b48 (round fifteen): a rate's period changed into an adverb (caught since round 23)
    # b34 (round six) was written for 2025: 7 December 2025 was a Sunday; since round sixteen a
    # weekday beside a date is checked, in the bench's article year (date 2026-11-29)
    "b34-011-cs": "`v neděli 7. prosince`: a Sunday in 2025, a Monday in the bench's year 2026",
    "b34-011-en": "`Sunday, December 7`: a Sunday in 2025, a Monday in the bench's year 2026",
    # b49 (round sixteen): a conversion said in words; a half in Vietnamese words
    "b49-010-en": "`1,6 km` → `a mile`: a conversion in words leaves `1,6` unpaired, and it "
                  "takes the `164` of `50 metres (164 feet)`",
    "b49-015-cs-e1": "`nửa điểm phần trăm` → `o půl procenta`: `nửa` before points is not read "
                     "as a number (caught before round sixteen only through the clean pair's "
                     "false alarm on `z 6,5 na šest procent`)",
    "b47-031-cs": "`tăng 21,5%` → `o pětinu víc` (a fifth): a rounded share the check does not "
                  "excuse (it would excuse a changed share as well)",
    # b51 (round eighteen): a share said as a lower bound in words; a planting slip
    "b51-005-cs": "`đạt 55%` → `víc než polovinu` (more than half): a share said as the bound "
                  "it passes is not excused",
    "b51-004-en-e1": "planted as an extra value, but `(46-52F)` is the right conversion of "
                     "`8-11 độ C`: accepting it is right (the item's mark stays as first run)",
    # b54 (round twenty-one): a time without a part of the day given a pm; a relative night
    # moved to the next day (b54-009-cs, a range's afternoon word said once at its end, passes
    # since round twenty-three)
    "b54-004-en-e1": "`9 giờ 5 phút` (no part of the day) → `9.05pm`: a bare source hour is "
                     "not held to the morning",
    # b54-011-en-e1 (`đêm nay` → `tomorrow night`) is caught since round forty-three
    # b55 (round twenty-two): a period word changed with no number beside it
    "b55-006-cs-e1": "`trong tuần qua` = `za uplynulý týden` → `měsíc`: a period said by a "
                     "word alone is not compared",
    # b60 (round twenty-seven): a deadline `trước ngày 16/1` said by the day before; only the
    # first of a month is read so (`trước ngày 31/12` → `do 30. prosince` is planted as an
    # error in unseen7, unseen8 and unseen16)
    "b60-004-cs": "`trước ngày 16/1/2027` → `do 15. ledna 2027`: the day before a date that "
                  "is not the first of a month",
    "b60-004-en": "`trước ngày 16/1/2027` → `by January 15, 2027`: the same",
    # b62 (round twenty-nine): a share of last year said as its complement (open since
    # unseen27); b62-003 (`lỗ âm 320 tỷ` said as a loss) passes since round twenty-nine
    "b62-001-cs": "`bằng 95% cùng kỳ` → `o 5 procent méně než před rokem`: a share of the "
                  "year before said as the fall it implies",
    "b62-001-en": "`bằng 95% cùng kỳ` → `5% less than a year earlier`: the same",
    # b64 (round thirty-one): a counted noun changed into a word for any thing, and a rate per
    # a thing outside `numnouns`' table
    "b64-003-cs-e1": "`48 000 dávek` → `48 000 kusů`: `kusů` (pieces) may count anything",
    "b64-004-en-e1": "`per square metre` → `per desk`: a desk is no thing of the table",
    # b66-008-en (`125 và 120 tỷ đồng` → `VND125 billion and VND120 billion`, a list sharing
    # one scale word) passes since round thirty-four (`numread._LIST_GAP`)
    # b74 (round forty-one): left after the round; b74-009-cs (`s tisícem dvěma sty`, a Czech
    # compound number in the instrumental) passes since round forty-two (`words_cs`)
    "b74-010-cs": "`hôm qua (28/11)` said `včera` beside `cấp 11`: the wind's 11 and the "
                  "date's month are crossed (without the 11 the pair passes)",
    "b74-010-en": "the same, said `early on Saturday` beside `force-11`",
    # b78 (round forty-five): a percent's kind said in words
    "b78-009-cs-e1": "`giảm 3%` → `o tři procentní body`: percent said as points in Czech "
                     "number words is not read as points",
    "b78-012-en-e1": "`0,8 điểm phần trăm` → `0.8 of a percent`: `of a percent(age point)` "
                     "after the value is not read as the value's unit",
    # b79 (round forty-six): left after the round
    "b79-003-cs-e1": "`từ 40% xuống 32%` said `místo 40 procent tvoří 32 procent`, planted "
                     "the other way round: a change told with `místo` is no range, only the "
                     "order warning sees it",
    "b79-005-en-e1": "`December 1, this Wednesday`: a weekday said after its date (`this …`) "
                     "is not judged against the date",
    # b80 (round forty-seven): left after the round
    "b80-003-cs-e1": "`quý III` → `ve třetím roce`: an ordinal quarter said as an ordinal "
                     "year with no number written is only warned (order of `3,2` and `III`)",
    "b80-003-en-e1": "`July-September quarter` → `July-September half`: a quarter's months "
                     "kept while its unit word changes is not judged",
    "b80-005-en-e1": "`2 tháng cuối năm` → `the last two quarters`: a count of months said "
                     "in quarters with the number kept is not judged in English",
    "b80-009-en-e1": "`giảm 12%` said `12% smaller`, planted `12% larger`: a comparative "
                     "adjective after a percent is not read as a direction",
    "b80-012-cs-e1": "`từ giữa năm 2027` → `od konce roku 2027`: a year's part (mid, late) "
                     "is judged for months only (`nummonths`), not for a year",
    "b80-012-en-e1": "the same in English: `mid-2027` → `late 2027`",
    # b81 (round forty-eight): left after the round
    "b81-003-cs": "`gấp 1,5 lần` said `půldruhanásobku`: a multiple in one Czech word is not "
                  "read as 1.5 (false alarm)",
    "b81-002-cs-e1": "`giảm 6%` said `o šest procent méně`, planted `více`: a percentage in "
                     "words is not judged for its direction",
    # b82 (round forty-nine): left after the round
    "b82-012-en": "`chiều tối 28/11` said `late Saturday afternoon`: `chiều tối` is read as "
                  "evening (false alarm)",
    "b82-002-cs-e1": "`thấp hơn mức 2,5%` said `pod loňskými 2,5 procenta`, planted `nad`: "
                     "`pod`/`nad` before the value is not read as a direction",
    "b82-005-en-e1": "`gấp ba lần` said `triple`, planted `quadruple`: a multiplier verb in "
                     "words is not read",
    "b82-008-en-e1": "`từ 22 giờ đến 5 giờ sáng` said `from 10pm until 5am`, planted reversed: "
                     "an overnight range's order is not judged",
    "b82-009-cs-e1": "`Mỗi hộ … 2 triệu đồng, tổng cộng 300 hộ` said for each, planted as a "
                     "total (`dohromady`): warned only",
    "b82-009-en-e1": "the same in English (`in total`): warned only",
    "b82-010-cs-e1": "`mỗi lượt` said `na jednu jízdu`, planted `na den`: a per-ride rate is "
                     "not a period the source names",
    "b82-011-cs-e1": "`Phiên sáng` said `dopoledním obchodování`, planted `odpoledním`: a "
                     "trading session's part of the day is not read",
    "b82-011-en-e1": "the same in English: `morning session` → `afternoon session`",
    # b83 (round fifty): left after the round
    "b83-004-cs": "`tăng từ 2% lên 2,5%` said `ze dvou na 2,5 procenta`: a percent said as a "
                  "bare word at a range's start is not paired",
    "b83-012-cs-e1": "`giảm khoảng 10%` said `o desetinu levnější`, planted `dražší`: a "
                     "percent said as a fraction word keeps no direction check",
    "b83-008-en-e1": "`tăng gấp đôi` said `doubled`, planted `tripled`: a multiplier verb is "
                     "not compared with `gấp đôi`",
    # b84 (round fifty-one): first run
    "b84-008-cs-e1": "`thấp hơn 3 lần` said `třikrát levnější`, planted `dražší`: a "
                     "multiplier's direction is not compared",
    "b84-008-en-e1": "the same in English: `three times lower` → `three times higher`",
    "b84-009-cs-e1": "`giảm 25%, xuống còn` said `o čtvrtinu na`, planted `na čtvrtinu, na`: "
                     "a fraction word after `na` is not read as a level",
    "b84-009-en-e1": "the same in English: `by a quarter to` → `to a quarter, to`",
    # b85 (round fifty-two): first run
    "b85-002-cs-e1": "`ở nông thôn … ở thành thị` said `na venkově … ve městech`, planted with "
                     "the places swapped: urban and rural are not paired with their figures",
    "b85-002-en-e1": "the same in English: `in rural areas … in towns` swapped",
    "b85-009-cs-e1": "`ở thành thị … nông thôn` said `ve městech … na venkově`, planted "
                     "swapped: a contrasting place pair is not compared",
    "b85-009-en-e1": "the same in English: `Urban … rural` → `Rural … urban`",
    "b85-008-en-e1": "`trong 3 năm` said `three years`, planted `three quarters`: English "
                     "`three quarters` is read as the share 3/4, not as a period",
    "b87-003-cs-e1": "`trong một tuần` said `na týden`, planted `na den`: a length said by a "
                     "number word and its unit alone is not paired with the source's",
    "b87-003-en-e1": "the same in English: `for a week` → `for a day`",
    "b88-008-en-e1": "`312 tỷ đồng` said `some 300 billion dong`: money with its scale word "
                     "keeps the 8 % rounding (clean pairs round such amounts freely)",
    "b88-014-cs-e1": "`nông thôn … thành thị` said `na venkově … ve městech`, planted "
                     "swapped: a contrasting place pair is not compared",
    "b88-014-en-e1": "the same in English: `in rural areas … in towns` swapped",
    "b88-019-en-e1": "`cao nhất trong 5 năm` said `the highest in five years`, planted "
                     "`lowest`: a superlative's side is not compared",
    "b88-020-cs-e1": "`thấp nhất` said `minima`, planted `maxima`: lows and highs are not "
                     "compared",
    "b88-020-en-e1": "the same in English: `Tonight's lows` → `Tonight's highs`",
    "b89-004-en-e1": "`năm nay` said `This year's`, planted `Last year's` beside the "
                     "source's own `năm ngoái`: a relative year said twice is not paired",
    "b89-007-cs-e1": "`một tuần` said `trval týden`, planted `den`: a length said by its "
                     "unit alone is not paired (as b87-003)",
    "b89-007-en-e1": "the same in English: `lasted a week` → `lasted a day`",
    "b89-010-cs-e1": "`cao nhất trong 5 năm` said `nejvíce za pět let`, planted `nejméně`: "
                     "a superlative's side is not compared (as b88-019)",
    "b89-010-en-e1": "the same in English: `the highest` → `the lowest`",
    "b89-013-cs-e1": "`nông thôn` said `na venkově`, planted `ve městech`: urban and rural "
                     "are not compared (as b88-014)",
    "b89-013-en-e1": "the same in English: `in rural areas` → `in urban areas`",
    "b89-016-cs-e1": "`thấp nhất … cao nhất` said `Nejnižší … nejvyšší`, planted swapped: "
                     "lows and highs are not compared (as b88-020)",
    "b89-016-en-e1": "the same in English, `from a low of 14C to a high of 27C` reversed: a "
                     "warning only (the order changed, each value kept)",
}


def _issues(vi: str, target: str, lang: str) -> tuple[list[str], list[str]]:
    found = check_pair(vi, target, lang, NUMBERS)
    return ([i.message for i in found if i.severity == ERROR],
            [i.message for i in found if i.severity != ERROR])


CLEAN_CASES = [(c["id"], lang, c["vi"], c[lang]) for c in CLEAN for lang in ("cs", "en")
               if c[lang]]


@pytest.mark.parametrize(("pair_id", "lang", "vi", "target"), CLEAN_CASES,
                         ids=[f"{c[0]}-{c[1]}" for c in CLEAN_CASES])
def test_own_clean_pairs_raise_no_error(pair_id: str, lang: str, vi: str, target: str) -> None:
    errors, _ = _issues(vi, target, lang)
    if f"{pair_id}-{lang}" in KNOWN:
        assert errors, f"known false alarm now passes: {pair_id}-{lang}"
    else:
        assert not errors, errors


@pytest.mark.parametrize("item", PLANTED, ids=[p["id"] for p in PLANTED])
def test_own_planted_errors_are_caught(item: dict) -> None:
    errors, warnings = _issues(item["vi"], item["target"], item["lang"])
    if item["id"] in KNOWN:
        assert not errors, f"known miss now caught: {item['id']}"
    elif item["warn"]:
        assert errors or warnings, item["description"]
    else:
        assert errors, item["description"]


def test_batches_are_well_formed(tmp_path: Path) -> None:
    """A planted change whose old text is not in the target is refused with file and line."""
    bad = tmp_path / "b99.txt"
    bad.write_text("vi: Có 8 người.\ncs: Bylo tam osm lidí.\nxc: devět => deset | number_word\n",
                   encoding="utf-8")
    with pytest.raises(numbers_own.BatchError, match="b99.txt:3"):
        numbers_own.load_batch(bad)
    assert len(CLEAN) >= 80 and len(PLANTED) >= 150
