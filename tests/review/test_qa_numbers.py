"""The numbers check on the classes issue 13 found on unseen pairs: word order, 12-hour times,
inflected Czech and English number words, dates written by hand, scale words; its messages;
and the independent dev set it was tuned on (bench/data, dev split only)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from translate.review.qa import ERROR, WARNING, CheckSettings, check_pair
from translate.review.qa.numbers import compare_numbers

DATA = Path(__file__).resolve().parents[2] / "bench" / "data"
NUMBERS = CheckSettings(checks=frozenset({"numbers"}))


def errors(vi: str, target: str, lang: str) -> list[str]:
    return [i.message for i in check_pair(vi, target, lang, NUMBERS) if i.severity == ERROR]


@pytest.mark.parametrize(
    ("vi", "lang", "target"),
    [
        # 12-hour times on the 24-hour clock, spoken times, noon
        ("Buổi hòa nhạc bắt đầu lúc 8 giờ tối và kết thúc lúc 10 giờ 30.", "cs",
         "Koncert začne ve 20:00 a skončí ve 22:30."),
        ("Các cửa hàng mở cửa từ 8 giờ sáng đến 12 giờ trưa.", "cs",
         "Obchody mají otevřeno od osmi ráno do poledne."),
        ("Lúc 5 giờ rưỡi sáng, đoàn xuất phát.", "cs", "V půl šesté ráno skupina vyrazila."),
        ("Tàu đến lúc 7 giờ 45 tối.", "cs", "Vlak přijel ve tři čtvrtě na osm večer."),
        ("Lúc 14h30 ngày 12/11, vụ cháy được khống chế.", "cs",
         "Ve 14.30 dne 12. listopadu byl požár zvládnut."),
        ("Trận đấu bắt đầu lúc 19h00.", "en", "Kick-off is at 7 p.m."),
        ("Cuộc họp bắt đầu lúc 9 giờ sáng.", "en", "The meeting starts at nine in the morning."),
        ("Đúng 12 giờ trưa, còi báo động vang lên.", "en", "The sirens sounded at exactly noon."),
        # inflected Czech number words, English spelled numbers, ordinals, per cent
        ("Hội nghị có 200 đại biểu đến từ 5 nước.", "cs",
         "Konference se zúčastnilo dvě stě delegátů z pěti zemí."),
        ("Bị cáo 45 tuổi bị phạt 7 năm 6 tháng tù.", "cs",
         "Pětačtyřicetiletý obžalovaný byl odsouzen k sedmi a půl letům vězení."),
        ("Tỉnh có 64 học sinh đạt giải, trong đó có 5 giải nhất.", "en",
         "Sixty-four students won prizes, including five first prizes."),
        ("Đường giao thông được cứng hóa đạt 92%.", "en",
         "Ninety-two per cent of roads are paved."),
        ("GDP đứng thứ 6 trong khu vực ASEAN.", "en", "GDP ranks sixth in ASEAN."),
        ("Giải đấu có giải thưởng 1 triệu USD, nhà vô địch nhận 250.000 USD.", "cs",
         "Turnaj je dotován milionem dolarů, vítěz si odnese čtvrt milionu."),
        ("Khoảng 3/4 số xã đã đạt chuẩn.", "en", "About three-quarters of communes qualify."),
        ("Khoảng 80% dân số thờ cúng tổ tiên.", "cs",
         "Zhruba čtyři pětiny obyvatel uctívají předky."),
        ("Hàng vạn người dân đã tới dự.", "en", "Tens of thousands of residents attended."),
        # dates as people write them
        ("Sáng 3/6, đoàn đến thăm.", "cs", "Ráno 3. června delegace přijela."),
        ("Ngày 2/10, đoàn kiểm tra phát hiện vi phạm.", "en",
         "On Oct. 2, inspectors found violations."),
        ("Kỳ nghỉ kéo dài từ 8/2 đến hết 14/2/2024.", "en",
         "The holiday runs from February 8 to 14, 2024."),
        ("Kỳ nghỉ kéo dài từ 8/2 đến hết 14/2/2024.", "cs",
         "Svátky potrvají od 8. do 14. února 2024."),
        ("Hội nghị diễn ra tại Jakarta từ ngày 5-7/9/2023.", "en",
         "The summit was held on Sept. 5-7, 2023."),
        ("Ngày 1/6 là Ngày Quốc tế Thiếu nhi.", "en", "The first of June is Children's Day."),
        ("Tết Đoan Ngọ rơi vào ngày mùng 5 tháng 5 âm lịch.", "cs",
         "Svátek připadá na pátý den pátého lunárního měsíce."),
        ("Sản lượng niên vụ 2022-2023 giảm 10%.", "cs", "Produkce v sezoně 2022/23 klesla o 10 %."),
        ("Ngôi đình được xây dựng vào cuối thế kỷ XVIII.", "en",
         "It was built in the late 18th century."),
        # scale words, glued amounts, conversions between metric units
        ("Thu ngân sách đạt 12.000 tỷ đồng.", "en", "Budget revenue reached VND12 trillion."),
        ("Vốn FDI đạt 2,3 tỷ USD.", "en", "FDI reached $2.3bn."),
        ("Giá vé dao động 1,5-3,5 triệu đồng.", "en", "Tickets cost VND1.5-3.5 million."),
        ("Tuyến đường dài 1.500 m.", "cs", "Trasa je dlouhá 1,5 km."),
        ("Lãi suất giảm 0,5 điểm phần trăm.", "cs", "Sazba klesla o 0,5 procentního bodu."),
        ("Tỷ lệ hộ nghèo giảm từ 5,8% xuống còn 4,2%.", "cs", "Chudoba klesla z 5,8 na 4,2 %."),
        ("Thiệt hại khoảng 2 nghìn tỷ đồng.", "en", "Damage is about VND2 trillion."),
        ("Cuộc thi có sự tham gia của 63 tỉnh, thành phố.", "cs",
         "Soutěže se zúčastnilo 63 provincií a měst."),
        ("Vé có giá 100 triệu đồng.", "en", "Tickets cost VND100 million ($4,000)."),
        ("Con cá nặng 1.300 kg.", "en", "The fish weighed 1.3 tonnes."),
        ("Mất 45 phút để đến nơi.", "cs", "Cesta trvá tři čtvrtě hodiny."),
        ("Dự án kéo dài 18 tháng.", "en", "The project lasts a year and a half."),
        ("Anh ấy chạy 42,195 km.", "en", "He ran 42.195 km."),
        ("Thành phố có 1,2 triệu dân.", "en", "The city has 1.2m inhabitants."),
        # numbers said without one
        ("Đến nay, 100% số xã đã có đường ô tô.", "cs", "Silnici mají dnes všechny obce."),
        ("Việt Nam là nước xuất khẩu gạo số 1 thế giới.", "en",
         "Vietnam is the world's largest rice exporter."),
        ("Mục tiêu đưa phát thải ròng về bằng 0 vào năm 2050.", "cs",
         "Cílem je uhlíková neutralita do roku 2050."),
        ("Lạm phát 9 tháng tăng 4.49% so với cùng kỳ năm 2022.", "en",
         "Inflation averaged 4.49% year on year in the first nine months."),
        # word order changed: at most a warning
        ("Có khoảng 10 nghìn ha rừng bị mất trong 20 năm qua.", "cs",
         "Za posledních 20 let zmizelo zhruba 10 tisíc hektarů lesa."),
    ],
)
def test_unseen_classes_are_no_errors(vi: str, lang: str, target: str) -> None:
    assert errors(vi, target, lang) == []


@pytest.mark.parametrize(
    ("vi", "lang", "target", "needle"),
    [
        ("Buổi hòa nhạc bắt đầu lúc 8 giờ tối.", "cs", "Koncert začne v 8:00.", "8 giờ tối"),
        ("Cuộc họp bắt đầu lúc 9 giờ sáng.", "en", "The meeting starts at 9pm.", "9pm"),
        ("Các cửa hàng mở cửa đến 12 giờ trưa.", "cs",
         "Obchody mají otevřeno do půlnoci.", "půlnoci"),
        ("Hội nghị có 200 đại biểu.", "cs",
         "Konference se zúčastnilo tři sta delegátů.", "tři sta"),
        ("Đợt lạnh sẽ kéo dài khoảng một tuần.", "en", "The cold spell will last about two weeks.",
         "two"),
        ("Hơn một nửa số công nhân là nữ.", "en", "More than two-thirds of the workers are women.",
         "two-thirds"),
        ("Hàng vạn người dân đã tới dự.", "en", "Hundreds of thousands attended.", "Hundreds"),
        ("Sáng 3/6, đoàn đến thăm.", "cs", "Ráno 6. března delegace přijela.", "6. března"),
        ("Lễ hội diễn ra vào tháng Ba hằng năm.", "en",
         "The festival takes place every May.", "Ba"),
        ("Tập đoàn bị phạt 2 triệu USD.", "cs", "Koncern dostal pokutu 2 miliardy dolarů.",
         "another scale word"),
        ("Giá thịt dao động từ 55.000 đến 60.000 đồng/kg.", "en",
         "Prices range between VND55.000 and VND60,000 per kg.", "separator"),
        ("Tốc độ trung bình đạt 48,83 Mbps.", "en", "Average speed reached 48,83 Mbps.", "4 883"),
        ("Nhiệt độ ở Sa Pa xuống 0,5 độ C.", "en", "Temperatures fell to -0.5C.", "minus sign"),
        ("Tỷ lệ giảm từ 96,4% năm 2021 xuống 87,5% năm 2022.", "cs",
         "Podíl klesl z 87,5 % v roce 2021 na 96,4 % v roce 2022.", "reversed"),
        ("Việt Nam thắng Indonesia 3-1.", "en", "Vietnam beat Indonesia 1-3.", "reversed"),
        ("Trẻ từ 6 đến 12 tuổi được tiêm miễn phí.", "en",
         "Children aged 12 to six are vaccinated.",
         "reversed"),
        ("Từ khi trồng đến khi thu hoạch mất 4-5 năm.", "en", "It takes four to five months.",
         "another unit"),
        ("Đây là lần thứ 3 anh vô địch.", "cs", "Vyhrál podruhé.", "podruhé"),
        ("Thiệt hại khoảng 2 nghìn tỷ đồng.", "en", "Damage is about VND2 billion.", "2 nghìn tỷ"),
        ("Anh ấy chạy 42,195 km.", "en", "He ran 42,195 km.", "separator"),
        ("Nhà máy xử lý 1.300 tấn rác.", "cs", "Závod zpracuje 1 300 kilogramů odpadu.",
         "another unit"),
        ("Nửa triệu người đã xem.", "cs", "Sledovalo to čtvrt milionu lidí.", "čtvrt milionu"),
        ("Chỉ có hai người sống sót.", "en", "Only three people survived.", "three"),
        ("Diện tích trồng lúa khoảng 7,1 triệu ha mỗi năm.", "cs",
         "Rýže se pěstuje na 7,1 milionu hektarů ve třech sezonách.", "třech"),
    ],
)
def test_planted_kinds_are_errors(vi: str, lang: str, target: str, needle: str) -> None:
    found = errors(vi, target, lang)
    assert found and any(needle in message for message in found), found


def test_order_changed_by_restructuring_is_a_warning() -> None:
    issues = compare_numbers("Bố 45 tuổi, con 12 tuổi.", "The son is 12, the father 45.", "vi",
                             "en")
    assert [i.severity for i in issues] == [WARNING]
    assert "opposite order" in issues[0].message


def test_messages_name_the_scale_word_and_show_text_as_written() -> None:
    [issue] = compare_numbers("Đạt 2,5 triệu đồng.", "Dosáhl 2,5 dongů.")
    assert issue.message == ("'2,5 triệu' (2 500 000) is written '2,5' in the translation: "
                             "the scale word is missing")
    [issue] = compare_numbers("Đạt 2,5 tỷ đồng.", "Dosáhl 2,5 mil. dongů.")
    assert "'2,5 mil.' (2 500 000)" in issue.message and "another scale word" in issue.message
    assert compare_numbers("Đạt 2,5 tỷ đồng.", "Dosáhl 2,5 mld. dongů.") == []
    assert compare_numbers("Đạt 2,5 triệu đồng.", "Dosáhl 2,5 mil. Kč.") == []
    assert compare_numbers("Cách 45 dặm (72 km).", "Je 72 km (45 mil) daleko.") == []  # miles
    [issue] = compare_numbers("Đạt 1.234,5 tấn.", "Dosáhl 1\u00a0234,6 tun.")
    assert issue.message == "source has '1.234,5', translation has '1 234,6'"
    assert "\\x" not in issue.message and "\u00a0" not in issue.message
    [issue] = compare_numbers("Có 2.000 người.", "Přišlo 2,000 lidí.")
    assert "'2,000', which reads as 2 there" in issue.message


@pytest.mark.parametrize("lang", ["cs", "en"])
def test_dev_split_of_the_independent_set_holds(lang: str) -> None:
    """bench/qa_numbers_unseen.py on the dev split (the test split stays held out): at most
    2 % false alarms and at least 98 % recall, the issue's goal."""
    clean = [json.loads(line) for line in (DATA / "numbers_clean_dev.jsonl").open(encoding="utf-8")]
    planted = [json.loads(line) for line in
               (DATA / "numbers_planted_dev.jsonl").open(encoding="utf-8")]
    alarms = sum(bool(errors(c["vi"], c[lang], lang)) for c in clean)
    items = [p for p in planted if p["lang"] == lang]
    caught = sum(bool(errors(p["vi"], p["target"], lang)) for p in items)
    assert alarms <= 0.02 * len(clean), alarms
    assert caught >= 0.98 * len(items), (caught, len(items))


def test_held_out_items_are_never_printed(tmp_path: Path, capsys) -> None:
    """The benchmark shows items of the dev split only; a test split (here a stand-in, so the
    real one stays unread by the suite) gives figures and no sentence."""
    import runpy
    import sys

    clean = {"id": "nb-9999", "vi": "Có 8 người.", "cs": "Bylo tam osm lidí.",
             "en": "x", "tags": []}
    planted = {"id": "nb-9999-cs-e1", "pair": "nb-9999", "lang": "cs", "vi": "Có 8 người.",
               "target": "Bylo tam sedm lidí.", "error": "number_word", "description": "osm → sedm"}
    # round fourteen: dev, test and unseen2-13 are development data; a newer set stays held out
    for split in ("dev", "unseen13", "later"):
        (tmp_path / f"numbers_clean_{split}.jsonl").write_text(json.dumps(clean) + "\n")
        (tmp_path / f"numbers_planted_{split}.jsonl").write_text(json.dumps(planted) + "\n")
    argv = sys.argv
    try:
        for split in ("later", "unseen13", "dev"):
            sys.argv = ["qa_numbers_unseen.py", "--split", split, "--lang", "cs", "--show", "5",
                        "--data", str(tmp_path)]
            runpy.run_path(str(DATA.parent / "qa_numbers_unseen.py"), run_name="__main__")
    finally:
        sys.argv = argv
    out = capsys.readouterr().out
    test_out, shown_out = out.split("== unseen13")
    assert test_out.count("held out: no items are shown") == 1 and "Bylo" not in test_out
    assert "held out" not in shown_out
    assert "recall (planted items raising an error): 1/1" in test_out
    assert "false positives (clean pairs raising an error): 0/1" in test_out
