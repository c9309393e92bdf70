"""Round fifty-five of the numbers check (issue-13a55): an exact whole count the source gives
without an approximation word is not said `about`/`some`/`more than` a round value more than
2.5 % away (`214 vụ` is no `about 200 cases`); near figures, `almost`/`téměř`, amounts of money
with their scale word and decimals keep rounding freely. Sentences written for these tests."""

from __future__ import annotations

from numbers_rounds import dated_errors as _errors


def test_an_exact_count_is_not_rounded_far_with_about_or_more_than() -> None:
    source = "Nhà máy tuyển 418 công nhân trong tháng 10."
    assert _errors(source, "The factory hired about 400 workers in October.", "en")
    assert _errors(source, "The factory hired more than 400 workers in October.", "en")
    assert _errors(source, "Továrna v říjnu přijala zhruba 400 dělníků.", "cs")
    assert not _errors(source, "The factory hired 418 workers in October.", "en")


def test_a_near_round_figure_stays_excused() -> None:
    source = "Bến xe phục vụ 4.960 lượt hành khách trong ngày lễ."
    assert not _errors(source, "The bus station served about 5,000 passengers on the holiday.",
                       "en")
    assert not _errors(source, "Autobusové nádraží odbavilo ve svátek zhruba 5 000 cestujících.",
                       "cs")


def test_limits_almost_money_and_a_source_approximation() -> None:
    # `almost` says which side the exact value lies on: left as it was
    assert not _errors("Trường nhận 188 hồ sơ.", "The school received almost 200 applications.",
                       "en")
    # an amount of money with its scale word rounds freely, as news does
    assert not _errors("Tỉnh chi 968 tỷ đồng cho giao thông.",
                       "The province spent almost VND1 trillion on transport.", "en")
    # the source itself is approximate: its rounding is not judged here
    assert not _errors("Khoảng 214 hộ dân bị ảnh hưởng.", "About 200 households were affected.",
                       "en")
