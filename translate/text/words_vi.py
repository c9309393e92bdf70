"""Vietnamese number words: `ba trăm tỷ`, `hai mươi lăm`, `hai triệu rưỡi`, `nửa triệu`,
`một nửa`, `hàng nghìn`, `gấp đôi`, `gấp rưỡi`, `thứ hai`, `giải nhất`, `đầu tiên`, `dẫn đầu`,
`rằm`, `dăm` (about five: `dăm nghìn`, never `dăm gỗ`), `đôi ba` (two or three), `hàng tá`
(dozens: tens), `cứ năm` (every five, never a year). All weak:
`một` is also `a`, `năm` a year, `ba` a father, and `thứ Hai` is Monday."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from translate.text.wordbase import (
    CARDINAL,
    FRACTION,
    MULTIPLIER,
    ORDINAL,
    VAGUE,
    WordNumber,
    dec,
    gap_ok,
    words_of,
)

__all__ = ["vietnamese_numbers"]


# an adjective before `thứ N` makes it a rank, never a weekday: `cao thứ hai` (the second
# highest), `lớn thứ ba` (the third largest)
_VI_RANKED = {"cao", "lớn", "nhiều", "đông", "dài", "giàu", "mạnh", "nhanh", "thấp", "nhỏ",
              "rộng", "sâu", "đắt", "tốt", "bận", "nóng", "lạnh"}
_VI_UNITS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "năm": 5, "lăm": 5, "sáu": 6,
             "bảy": 7, "bẩy": 7, "tám": 8, "chín": 9, "mười": 10, "mốt": 1, "chục": 10}
_VI_SCALES = {"trăm": 2, "nghìn": 3, "ngàn": 3, "vạn": 4, "triệu": 6, "tỷ": 9, "tỉ": 9}
# words that only count inside a number (`năm` is mostly "year", `tư` "private", `ba` "father")
_VI_INNER_ONLY = {"năm", "lăm", "tư", "mốt"}
_VI_NOT_SCALED = {"lệ", "giá", "số", "trọng", "suất"}  # `tỷ lệ` (a rate) is no billion


def _five_counts(words: list[tuple[int, int, str]], j: int) -> bool:
    """`một nghìn năm trăm`: `năm` before `trăm` or `mươi` is five hundred or fifty, no year."""
    return j + 1 < len(words) and words[j + 1][2] in ("trăm", "mươi")


def _scale_run(words: list[tuple[int, int, str]], j: int) -> Iterator[int]:
    """The powers of ten of the scale words (and `chục`) from `j` on: `chục triệu` 1, 6."""
    while j < len(words) and (words[j][2] in _VI_SCALES or words[j][2] == "chục"):
        yield _VI_SCALES.get(words[j][2], 1)
        j += 1


def _about_five(text: str, words: list[tuple[int, int, str]], i: int) -> WordNumber:
    """`dăm`: about five, said as five (`dăm cây số` ~ `about five kilometres`); with its scale
    (`dăm nghìn` ~ `pět tisíc`), or the scale of the range it opens (`dăm bảy chục triệu` ~
    `50-70 million`: the `bảy chục triệu` after it is read on its own). Weak: never missed."""
    powers = list(_scale_run(words, i + 1))
    end = words[i + len(powers)][1]
    others: tuple[Decimal, ...] = ()
    if not powers and i + 1 < len(words) and words[i + 1][2] in _VI_UNITS:
        powers = list(_scale_run(words, i + 2))  # `dăm bảy chục triệu`: the range's scale
        if powers[:1] == [1]:  # `dăm ba chục nghìn`: also the order of magnitude, a few
            others = (Decimal(10 ** sum(powers)),)  # tens of thousands (`pár desítek tisíc`)
    value = Decimal(5 * 10 ** sum(powers))
    return WordNumber(words[i][0], end, text[words[i][0]:end], CARDINAL, value, others,
                      scaled=any(p >= 3 for p in powers), strong=False)


# where `năm ngày`/`năm tuần` is no year's day (`mỗi năm ngày càng`, `cả năm ngày đêm`)
_YEAR_BEFORE = {"mỗi", "hằng", "hàng", "cả", "cuối", "đầu", "giữa", "nửa", "sang", "của", "một",
                "trong", "các", "những", "nhiều", "vài", "mấy", "từng", "năm"}


def _char_after(text: str, word: tuple[int, int, str]) -> str:
    """The first character after `word` past any spaces (`""` at the text's end): whether a
    punctuation mark ends the clause there or another word follows."""
    return text[word[1]:].lstrip()[:1]


def _five_days(words: list[tuple[int, int, str]], j: int, prev: str, text: str) -> bool:
    """`kéo dài năm ngày`, `sau năm tuần`: `năm` before a count of days or weeks is five,
    where no word before it makes it a year and `ngày` starts no `ngày càng`, no date;
    after `trong` only where the days end a clause (`Trong năm ngày, …`: within five days;
    `trong năm ngày lễ` may be the year's holidays)."""
    nxt = [x[2] for x in words[j : j + 2]]
    if nxt[:1] not in (["ngày"], ["tuần"]) or (
            nxt[1:] and (nxt[1] in ("càng", "đêm", "tháng") or nxt[1][:1].isdigit())):
        return False
    if prev == "trong":
        return _char_after(text, words[j]) in (",", ";", ":", ".", ")")
    return prev not in _YEAR_BEFORE


# words after `năm` that make it a year (`trong năm nay`, `trong năm học`, `trong năm 2025`)
_YEAR_AFTER = {"nay", "qua", "ngoái", "tới", "sau", "trước", "đó", "ấy", "này", "học", "tài",
               "mới", "kia", "rồi", "nữa", "ngày", "tháng", "đầu", "cuối", "thứ", "dương", "âm"}


def _one_of_five(words: list[tuple[int, int, str]], i: int, text: str) -> bool:
    """`Bốn trong năm trẻ em`: `năm` after a smaller count and `trong`, before a noun, is
    five (four of five); never after a rank (`lần thứ hai trong năm`) nor before a word of a
    year (`ba trong năm nay`) or the sentence's end (`hai lần trong năm`)."""
    if i < 2 or i + 1 >= len(words) or words[i - 1][2] != "trong":
        return False
    count, after = words[i - 2][2], words[i + 1][2]
    ranked = i >= 3 and words[i - 3][2] in ("thứ", "lần", "hạng", "top", "tốp")
    next_is_word = _char_after(text, words[i]).isalpha()  # no `năm 2025`, no `năm.`
    return count in ("một", "hai", "ba", "bốn") and not ranked and next_is_word and (
        after not in _YEAR_AFTER)


def _ordinal_tail(words: list[tuple[int, int, str]], i: int) -> tuple[bool, int, int]:
    """The rest of an ordinal in words after `thứ`/`hạng` and its first word `words[i]`:
    (the first word counts tens, the units added, the words taken). `thứ mười một` is 11,
    `thứ hai mươi mốt` 21; `năm` after a ten is rather years (`mười năm`), never added."""
    def unit(j: int) -> int:
        w = words[j][2] if j < len(words) else ""
        return 0 if w in ("năm", "mười", "chục") else _VI_UNITS.get(w, 0)
    nxt = words[i + 1][2] if i + 1 < len(words) else ""
    if words[i][2] == "mười" and unit(i + 1):
        return False, unit(i + 1), 1
    if nxt == "mươi" and words[i][2] not in ("mười", "chục", "một"):
        return True, unit(i + 2), 1 + bool(unit(i + 2))
    return False, 0, 0


def vietnamese_numbers(text: str) -> list[WordNumber]:
    found: list[WordNumber] = []
    read = words_of(text)
    words = [(s, e - w.endswith("."), w.rstrip(".").lower()) for s, e, w in read]
    originals = [w for _, _, w in read]
    i = 0
    while i < len(words):
        s, e, w = words[i]
        prev = words[i - 1][2] if i else ""
        nxt = words[i + 1][2] if i + 1 < len(words) else ""
        if w in _VI_UNITS and nxt == "phần" and i + 2 < len(words) and (
                words[i + 2][2] in _VI_UNITS):  # `một phần ba`: 1/3, `ba phần tư`: 3/4
            whole = _VI_UNITS[words[i + 2][2]]
            if _VI_UNITS[w] < whole:
                found.append(WordNumber(s, words[i + 2][1], text[s:words[i + 2][1]], FRACTION,
                                        dec(_VI_UNITS[w]) / dec(whole), strong=False))
                i += 3
                continue
        if prev == "nửa" and w in ("đầu", "cuối", "sau"):  # `nửa cuối năm`: the second half
            found.append(WordNumber(s, e, text[s:e], ORDINAL, dec(1 if w == "đầu" else 2),
                                    strong=False))
            i += 1
            continue
        if w == "đầu" and nxt == "tiên":  # `đầu tiên`: first
            found.append(WordNumber(s, words[i + 1][1], text[s:words[i + 1][1]], ORDINAL,
                                    dec(1), strong=False))
            i += 2
            continue
        if w == "đầu" and prev == "lần" and nxt != "tư":  # `lần đầu`: the first time
            found.append(WordNumber(words[i - 1][0], e, text[words[i - 1][0]:e], ORDINAL,
                                    dec(1), strong=False))
            i += 1
            continue
        if w == "đầu" and prev in ("dẫn", "đứng", "xếp"):  # `dẫn đầu`: ranks first
            found.append(WordNumber(words[i - 1][0], e, text[words[i - 1][0]:e], ORDINAL,
                                    dec(1), strong=False))
            i += 1
            continue
        if w == "rằm":  # the fifteenth day of a lunar month
            found.append(WordNumber(s, e, text[s:e], ORDINAL, dec(15), strong=False))
            i += 1
            continue
        if w in ("nhất", "nhì") and prev == "hạng" and i > 1 and words[i - 2][2] == "giải" and (
                originals[i][0].isupper()):  # `giải hạng Nhất`: the league's name, the second
            found.append(WordNumber(s, e, text[s:e], ORDINAL,  # tier (`druhá liga`, `second-tier`)
                                    dec(2 if w == "nhất" else 3), strong=False))
            i += 1
            continue
        if w in ("nhất", "nhì") and prev in ("giải", "hạng", "về", "thứ", "đứng", "xếp"):
            found.append(WordNumber(s, e, text[s:e], ORDINAL, dec(1 if w == "nhất" else 2),
                                    strong=False))  # `giải nhất`: first prize
            i += 1
            continue
        if w == "thập" and nxt in ("kỷ", "kỉ", "niên") and prev in ("nhiều", "vài", "mấy",
                                                                   "hàng"):
            found.append(WordNumber(words[i - 1][0], words[i + 1][1],  # `nhiều thập kỷ`
                                    text[words[i - 1][0]:words[i + 1][1]], VAGUE, dec(10),
                                    strong=False))
            i += 2
            continue
        if w in ("tỷ", "tỉ") and nxt in _VI_NOT_SCALED:  # `tỷ lệ` a rate, `tỷ giá`
            i += 1
            continue
        if w == "mươi" and prev not in _VI_UNITS and nxt not in _VI_UNITS:  # `mươi căn`: about
            powers = list(_scale_run(words, i + 1))  # ten (`asi deset`), `mươi nghìn`: 10,000
            end = words[i + len(powers)][1]
            found.append(WordNumber(s, end, text[s:end], CARDINAL, Decimal(10 ** (1 + sum(
                powers))), scaled=any(p >= 3 for p in powers), strong=False))
            i += 1 + len(powers)
            continue
        if w == "dăm" and prev != "đá" and nxt not in ("gỗ", "bào"):  # `dăm gỗ`: wood chips
            found.append(_about_five(text, words, i))  # `dăm cây số`: some five kilometres
            i += 1 + sum(1 for _ in _scale_run(words, i + 1))
            continue
        if prev in ("thứ", "tháng", "hạng") or w not in _VI_UNITS and w not in _VI_SCALES and (
                w not in ("nửa", "rưỡi", "đôi") and (w, prev) != ("tá", "hàng")):
            if prev in ("thứ", "hạng") and w in _VI_UNITS | {"nhất": 1, "nhì": 2} and (
                    originals[i].islower()):  # `thứ hai`, `hạng ba`: second, third place
                value = {"nhất": 1, "nhì": 2}.get(w) or _VI_UNITS[w]
                ranked = i > 1 and words[i - 2][2] in _VI_RANKED  # `cao thứ hai`: 2nd-highest
                tens, units, taken = _ordinal_tail(words, i)  # `thứ mười một`: 11th, not 10th
                value, e = value * (10 if tens else 1) + units, words[i + taken][1]
                found.append(WordNumber(s, e, text[s:e], ORDINAL, dec(value), strong=ranked))
                i += taken
            i += 1
            continue
        # `hàng nghìn`, `vài chục`, `hàng chục nghìn`: an order of magnitude; `hàng tá` (dozens)
        # is tens, as `dozens` and `desítky` are
        if prev in ("hàng", "vài", "mấy") and (w in _VI_SCALES or w in ("chục", "tá")):
            value = Decimal(10) ** _VI_SCALES.get(w, 1)
            j = i + 1
            while j < len(words) and words[j][2] in _VI_SCALES:
                value *= Decimal(10) ** _VI_SCALES[words[j][2]]
                j += 1
            found.append(WordNumber(words[i - 1][0], words[j - 1][1],
                                    text[words[i - 1][0]:words[j - 1][1]], VAGUE, value,
                                    strong=False))
            i = j
            continue
        nxt = words[i + 1][2] if i + 1 < len(words) else ""
        if w == "đôi" and nxt == "ba" and prev not in ("gấp", "nhân"):
            # `đôi ba lần`: two or three (`dvakrát až třikrát`); the `ba` is read on its own
            found.append(WordNumber(s, e, text[s:e], CARDINAL, dec(2), strong=False))
            i += 1
            continue
        if w == "đôi" and prev in ("gấp", "nhân"):  # `nhân đôi`: doubled
            found.append(WordNumber(s, e, text[s:e], MULTIPLIER, dec(2), strong=False))
            i += 1
            continue
        if w == "rưỡi" and prev == "gấp":  # 1.5 times, up by half
            found.append(WordNumber(s, e, text[s:e], MULTIPLIER, Decimal("1.5"),
                                    (Decimal("0.5"),), strong=False))
            i += 1
            continue
        total, current, j, units, last_unit = Decimal(0), Decimal(0), i, 0, 0
        last_scale = 0
        while j < len(words):
            ws, we, ww = words[j]
            if j > i and not gap_ok(text, words[j - 1][1], ws, ()):
                break
            if ww == "nửa" and (j == i or (j == i + 1 and current == 1)):
                current = Decimal("0.5")  # `nửa`, `một nửa`
            elif ww == "mươi" and current:
                current += last_unit * 9  # `ba trăm hai mươi`: the last unit counts tens
            elif ww in ("linh", "lẻ") and current:
                pass
            elif ww in _VI_UNITS and ww != "chục":
                if current % 10 or ww == "năm" and (current or total) and words[j - 1][2] not in (
                        "linh", "lẻ") and not _five_counts(words, j):
                    break  # `hai năm` is two years, `ba ba` no six: units follow only tens
                current += _VI_UNITS[ww]
                last_unit = _VI_UNITS[ww] if _VI_UNITS[ww] < 10 else 0
                units += 1
            elif ww == "chục":
                current = (current or 1) * 10
            elif ww == "tá" and current and j > i:  # `một tá`: a dozen
                current *= 12
            elif ww in _VI_SCALES:
                power = _VI_SCALES[ww]
                if power == 2:
                    current = (current or 1) * 100
                else:
                    # `nửa triệu tỷ`, `một triệu tỷ`: a larger scale multiplies what came
                    # before it, with no one added for an empty place
                    total = (total + (current or (0 if total else 1))) * Decimal(
                        10) ** power if power > (last_scale or 99) else total + (
                        current or 1) * Decimal(10) ** power
                    current, last_scale = Decimal(0), power
            elif ww == "rưỡi" and (current or total):
                half = Decimal(10) ** last_scale / 2 if last_scale and not current else (
                    Decimal("0.5"))
                total += half
            else:
                break
            j += 1
        span = words[i:j]
        if not span:
            i += 1
            continue
        value = total + current
        only = [x[2] for x in span]
        if (len(only) == 1 and only[0] in _VI_INNER_ONLY and not (
                only[0] == "năm" and (prev == "cứ" or _five_days(words, j, prev, text)
                                      or _one_of_five(words, i, text)))
                ) or value == 0:  # `cứ năm hộ`: every five; `kéo dài năm ngày`: five days
            i = j
            continue
        if len(only) == 1 and originals[i][0].isupper() and only[0] in _VI_UNITS and i > 0:
            i = j  # `Ba Lan`, `Hai Bà Trưng`: names
            continue
        end = span[-1][1]
        scaled = any(x in _VI_SCALES and _VI_SCALES[x] >= 3 for x in only)
        kind = FRACTION if "nửa" in only and not scaled else CARDINAL
        after = [x[2] for x in words[j : j + 2]]
        others: tuple[Decimal, ...] = ()
        if after[:1] == ["thập"] and after[1:] in (["kỷ"], ["kỉ"], ["niên"]):
            others, end = (value * 10,), words[j + 1][1]  # `một thập kỷ`: ten years
        half = len(after) == 2 and after[1] == "rưỡi" and kind == CARDINAL
        long_half = kind == CARDINAL and after[:1] in (["thế"], ["thập"]) and j + 2 < len(
            words) and words[j + 2][2] == "rưỡi"  # `một thế kỷ rưỡi`: a unit of two words
        if half or long_half:  # `hai tiếng rưỡi`: two and a half, never two (a half said is a
            value, end = value + Decimal("0.5"), words[j + 1 + long_half][1]  # number)
            half = True
        # `mười một`, `hai mươi lăm`: a number of two words or more is surely one
        strong = half or kind == CARDINAL and not scaled and len(only) >= 2 and value >= 11 and (
            only[0] not in _VI_SCALES) and (
            value == value.to_integral_value())
        found.append(WordNumber(s, end, text[s:end], kind, value, others, scaled,
                                strong=strong))
        i = j
    return found
