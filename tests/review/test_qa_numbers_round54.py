"""Round fifty-four of the numbers check (issue-13a54): a floor the source closes with `trở
lên` (`từ 24 điểm trở lên`) is no ceiling (`at most 24`, `nejvýše 24`), and `trở xuống`'s
ceiling no floor; a time earlier by a length (`sớm hơn kế hoạch 3 tuần`) is not said later
(`behind schedule`, `později`), nor later earlier; exceeding a plan by a percentage (`vượt kế
hoạch 4,5%`) is not said as missing it (`nesplnil o 4,5 %`, `missed … by 4.5%`). The article
is of Sunday, November 29, 2026. Sentences written for these tests."""

from __future__ import annotations

from numbers_rounds import dated_errors as _errors


def test_a_floor_closed_by_tro_len_keeps_its_side() -> None:
    source = "Có 430 học sinh đạt từ 24 điểm trở lên trong kỳ thi."
    assert not _errors(source, "430 pupils scored at least 24 points in the exam.", "en")
    assert not _errors(source, "V zkoušce získalo nejméně 24 bodů 430 žáků.", "cs")
    assert _errors(source, "430 pupils scored at most 24 points in the exam.", "en")
    assert _errors(source, "V zkoušce získalo nejvýše 24 bodů 430 žáků.", "cs")
    # the limit: a value with no bound word in the translation is not judged here
    assert not _errors(source, "430 pupils scored 24 points or more in the exam.", "en")


def test_a_ceiling_closed_by_tro_xuong_keeps_its_side() -> None:
    source = "Trẻ em từ 6 tuổi trở xuống được miễn vé vào bảo tàng."
    assert not _errors(source, "Children aged up to 6 get into the museum free.", "en")
    assert _errors(source, "Children aged at least 6 get into the museum free.", "en")
    assert _errors(source, "Děti ve věku nejméně 6 let mají vstup do muzea zdarma.", "cs")


def test_earlier_by_a_length_is_not_said_later() -> None:
    source = "Nhà ga mới được đưa vào sử dụng sớm hơn kế hoạch 3 tuần."
    assert not _errors(source, "The new terminal opened three weeks ahead of schedule.", "en")
    assert not _errors(source, "Nový terminál byl otevřen o tři týdny dříve, než se plánovalo.",
                       "cs")
    assert _errors(source, "The new terminal opened three weeks behind schedule.", "en")
    assert _errors(source, "Nový terminál byl otevřen o tři týdny později, než se plánovalo.",
                   "cs")


def test_later_by_a_length_is_not_said_earlier() -> None:
    source = "Mùa mưa năm nay đến muộn hơn mọi năm khoảng 10 ngày."
    assert not _errors(source, "The rainy season came about ten days later than usual.", "en")
    assert _errors(source, "The rainy season came about ten days earlier than usual.", "en")
    assert _errors(source, "Období dešťů přišlo zhruba o deset dní dřív než obvykle.", "cs")


def test_early_and_late_limits() -> None:
    # the limits: slower by a speed is no time; a translation saying the source's side too,
    # or the translator's own wording with neither side, is left alone
    assert not _errors("Tàu chạy chậm hơn 15 km/h so với trước.",
                       "The train runs 15 km/h slower than before, a delay for commuters.",
                       "en")
    source = "Vận động viên về đích chậm hơn kỷ lục 2 phút."
    assert not _errors(source, "The runner finished two minutes outside the record.", "en")
    assert not _errors(source, "The runner finished two minutes later than the record time, "
                               "having started earlier.", "en")


def test_exceeding_a_plan_is_not_said_as_missing_it() -> None:
    source = "Tỉnh đã thu ngân sách 9.800 tỷ đồng, vượt kế hoạch 4,5%."
    assert not _errors(source, "Provincie vybrala 9,8 bilionu dongů a plán překročila o 4,5 %.",
                       "cs")
    assert not _errors(source, "The province collected VND9.8 trillion, exceeding the plan by "
                               "4.5%.", "en")
    assert _errors(source, "Provincie vybrala 9,8 bilionu dongů a plán nesplnila o 4,5 %.", "cs")
    assert _errors(source, "The province collected VND9.8 trillion and missed the plan by 4.5%.",
                   "en")
