"""The numbers check's explanations: honest renderings that leave a number without a twin of
the same value on the other side. A season code's year (`SS19` ~ `jaro/léto 2019`), a century
(`những năm 1930` ~ `30. letech 20. století`), a fraction (`1/3` ~ `třetina`), a record
(`thắng 4:0` ~ `čtyři ze čtyř`), a decade named by its millennium, game periods (`hiệp 1` ~
`poločas`), `6 foot 6` as one measure, digits glued to a word (`13letého`), and implicit
numbers (`100%` ~ `všechny`) are in `translate.review.qa.numimplicit`.
"""

from __future__ import annotations

import re

from translate.review.qa.base import lang_of
from translate.review.qa.measures import SPACES_RE
from translate.review.qa.numcalendar import cyclic_year_said, year_start_said
from translate.review.qa.nummoments import pair_months_of_year, pair_named_days, pair_time_zones
from translate.review.qa.numread import Num, plain_value
from translate.review.qa.numround import (
    pair_decade_of_life,
    pair_excess_as_share,
    pair_fall_as_remainder,
    pair_rounded,
    pair_share_as_excess,
    pair_share_as_times,
    pair_times_more,
)
from translate.text.numbers import NumberToken
from translate.text.numwords import (
    CS_FRACTIONS,
    cs_word_table,
    has_number_word,
    has_ordinal,
    has_word,
    number_words,
    season_years,
)
from translate.text.wordnumbers import cs_ordinal_value, en_ordinal_value, find_word_numbers

__all__ = ["join_feet_inches", "previous_matched", "pair_by_meaning", "explained_source",
           "explained_target", "digits", "pair_kin", "word_after", "KIN"]


def digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def word_after(text: str, token: NumberToken) -> str:
    m = re.match(r"[\s\u00a0]*(\w+)", text[token.end :])
    return m.group(1).lower() if m else ""


def join_feet_inches(source: str, src: list[Num]) -> None:
    """`6 foot 6` (six feet six inches) is one measure of 6.5 feet, converted as a whole
    (`1,98 m`, `dvoumetrový`); the inches are no number of their own."""
    for a, b in zip(src, src[1:], strict=False):
        feet, inches = plain_value(a.token), plain_value(b.token)
        if a.matched or b.matched or feet is None or inches is None or inches >= 12:
            continue
        between = source[a.token.end : b.token.start]
        if re.fullmatch(rf"{SPACES_RE}(?:foot|feet|ft){SPACES_RE}", between, re.IGNORECASE):
            a.measure = feet + inches / 12
            b.matched = True


# a family counted by its members: `2 vợ chồng` (the couple), `3 mẹ con` (a mother and her
# two children), `4 cha con` (a father and his three sons)
KIN = re.compile(r"[\s\u00a0]*(?:vợ chồng|mẹ con|bố con|cha con|anh em|chị em|ông cháu|bà cháu"
                  r"|ông bà|bố mẹ|cha mẹ|cô cháu|chú cháu|dì cháu|mẹ chồng nàng dâu)(?!\w)",
                  re.IGNORECASE)


def pair_kin(source: str, src: list[Num], tgt: list[Num]) -> None:
    """`Ba mẹ con` ~ `matka se dvěma dětmi`, `a mother and her two children`: the family's
    count is said as the others beside one member (paired first, before `2 tiếng` takes that
    two)."""
    for s in src:
        value = plain_value(s.token)
        if s.matched or value is None or not 3 <= value <= 9 or not KIN.match(
                source, s.token.end):
            continue
        for t in tgt:
            if not t.matched and plain_value(t.token) == value - 1 and t.time is None:
                s.matched = t.matched = True
                break


def previous_matched(s: Num, src: list[Num]) -> bool:
    """Was the number just before `s` in the source matched (`300 km (190 dặm)`)?"""
    previous = [o for o in src if o.token.end <= s.token.start and o is not s]
    return bool(previous) and previous[-1].matched


_CENTURY = re.compile(rf"\.?{SPACES_RE}stol", re.IGNORECASE)  # `20. století`, `20. stol.`
# a record: `čtyři ze čtyř`, `3 z 5`, `four from four`, `three out of five`
_OUT_OF = {"cs": re.compile(r"(?<!\w)(\w+)\s+ze?\s+(\w+)(?!\w)"),
           "en": re.compile(r"(?<!\w)(\w+)\s+(?:from|out\s+of|of)\s+(\w+)(?!\w)",
                            re.IGNORECASE)}


def _word_value(word: str, lang: str) -> int | None:
    if word.isdigit():
        return int(word)
    if lang == "cs":
        return cs_word_table().get(word.lower())
    found = find_word_numbers(word, lang)
    return int(found[0].value) if len(found) == 1 and found[0].text == word else None


# a share said as a count out of a whole: `1%` ~ `jeden vzorek ze sta`, `one sample in a hundred`
_RATIO_GAP = {"cs": re.compile(r"(?:\s+[^\W\d_]+){0,2}?\s+ze?\s+", re.IGNORECASE),
              "en": re.compile(r"(?:\s+[^\W\d_]+){0,2}?\s+(?:(?:in|out\s+of)\s+(?:every\s+)?"
                               r"|for\s+every\s+)",  # `one for every ten people`
                               re.IGNORECASE)}


def _share_as_ratio(target: str, src: list[Num], tgt: list[Num], lang: str) -> None:
    for s in src:
        share = plain_value(s.token)
        if s.matched or s.key[0] != "percent" or share is None:
            continue
        for a, b in zip(tgt, tgt[1:], strict=False):
            part, whole = plain_value(a.token), plain_value(b.token)
            if a.matched or b.matched or not part or not whole or part >= whole or (
                    not _RATIO_GAP[lang].fullmatch(target, a.token.end, b.token.start)):
                continue
            if abs(part * 100 / whole - share) < 1:
                s.matched = a.matched = b.matched = True
                break


_EVERY_BEFORE = re.compile(r"(?<!\w)cứ\s+$", re.IGNORECASE)
_EVERY_GAP = re.compile(r"\s+[^\W\d_]+(?:\s+[^\W\d_]+){0,2}\s+(?:thì\s+)?có\s+")


def _every_n_has_m(source: str, src: list[Num], tgt: list[Num]) -> None:
    """`Cứ ba người thì có hai người` (of every three, two) ~ `Two in three`: a share."""
    for a, b in zip(src, src[1:], strict=False):
        whole, part = plain_value(a.token), plain_value(b.token)
        if a.matched or b.matched or not whole or not part or part >= whole or not (
                _EVERY_BEFORE.search(source, 0, a.token.start)
                and _EVERY_GAP.fullmatch(source, a.token.end, b.token.start)):
            continue
        t = next((t for t in tgt if not t.matched and part / whole in t.values()), None)
        if t is not None:
            a.matched = b.matched = t.matched = True


# a grade on a scale named with its size (`hạng 1/4`, `bậc 3/7`): the size may go unsaid
_GRADE_BEFORE = re.compile(r"(?<!\w)(?:hạng|bậc|cấp)\s+$", re.IGNORECASE)


def pair_by_meaning(
    source: str, target: str, src: list[Num], tgt: list[Num], source_lang: str,
    target_lang: str,
) -> None:
    """Numbers that say the same thing in another shape (matched in place):

    - a season code's year: `SS19` ~ `jaro/léto 2019`;
    - the century of a source year: `những năm 1930` ~ `30. letech 20. století` (the decade
      itself is paired by `_loose_equal`);
    - shares, rounds and dates said otherwise: this module's pairers (`_share_as_ratio`,
      `_every_n_has_m`, `_knockout_rounds`), `numround`'s (`gần 30%` ~ `almost a third`) and
      `nummoments`' (`31/12` ~ `New Year's Eve`);
    - two source numbers read together (`_pair_source_couples`): a fraction, a record, a grade.
    """
    seasons = set(season_years(source).values())
    years = {int(s.token.value) for s in src if s.token.kind == "year"} | {
        s.token.year for s in src if s.token.is_date and s.token.year}
    centuries = {y // 100 + 1 for y in years} | {(y - 1) // 100 + 1 for y in years}
    for t in tgt:
        value = plain_value(t.token)
        if t.matched or value is None or value != value.to_integral_value():
            continue
        if int(value) in seasons or (
            int(value) in centuries and _CENTURY.match(target, t.token.end)
        ):
            t.matched = True
    lang = lang_of(target_lang)
    if lang not in _OUT_OF:
        return
    _share_as_ratio(target, src, tgt, lang)
    _every_n_has_m(source, src, tgt)
    _knockout_rounds(source, target, src, tgt, lang)
    pair_named_days(source, target, src, tgt, lang)
    pair_rounded(source, target, src, tgt, lang)
    pair_times_more(source, target, src, tgt)
    pair_fall_as_remainder(source, target, src, tgt)  # `giảm 75%` ~ `a quarter of what`
    pair_share_as_times(source, target, src, tgt)  # `vượt 150%` ~ `two and a half times`
    pair_share_as_excess(source, target, src, tgt)  # `bằng 110%` ~ `o desetinu víc`
    pair_excess_as_share(source, target, src, tgt)  # `vượt 11,6% chỉ tiêu` ~ `na 111,6 %`
    pair_decade_of_life(source, src, tgt, target)  # `40-45 tuổi` ~ `in his early forties`
    pair_months_of_year(source, target, src, tgt, lang)
    pair_time_zones(target, src, tgt)
    _pair_source_couples(source, target, src, tgt, lang, target_lang)


def _pair_source_couples(source: str, target: str, src: list[Num], tgt: list[Num], lang: str,
                         target_lang: str) -> None:
    """Two neighbouring source numbers said as one thing: a fraction (`1/3` ~ `třetina`, `2/3`
    ~ `dvě třetiny`), a record of wins and losses (`thắng 4:0` ~ `čtyři ze čtyř`, four out of
    four), a grade on a scale named with its size (`hạng 1/4`: the size may go unsaid)."""
    tgt_lower = target.lower()
    for a, b in zip(src, src[1:], strict=False):
        av, bv = plain_value(a.token), plain_value(b.token)
        if b.matched or av is None or bv is None or av != int(av) or bv != int(bv):
            continue
        between = source[a.token.end : b.token.start]
        if between == "/" and 0 < av <= bv <= 10 and _GRADE_BEFORE.search(
                source, max(0, a.token.start - 12), a.token.start):
            b.matched = True  # `thương binh hạng 1/4`: grade 1 of a scale of four, its size unsaid
            continue
        if lang == "cs" and between == "/" and not a.matched and 0 < av < bv and (
                int(bv) in CS_FRACTIONS):
            if has_word(tgt_lower, CS_FRACTIONS[int(bv)]) and (
                av == 1 or has_number_word(tgt_lower, int(av), target_lang)
            ):
                a.matched = b.matched = True
        elif between in (":", "-", "–"):
            for m in _OUT_OF[lang].finditer(target):
                if (_word_value(m.group(1), lang), _word_value(m.group(2), lang)) == (
                        av, av + bv):
                    a.matched = b.matched = True
                    for t in tgt:
                        if m.start() <= t.token.start < m.end():
                            t.matched = True
                    break


# `vòng 1/8` (the eighth-finals) ~ `osmifinále`, `round of 16`, `last 16`
_ROUND = re.compile(r"(?:vòng|vòng đấu)\s*$", re.IGNORECASE)
_CS_FINALS = {"šestnáctifinál": 16, "osmifinál": 8, "čtvrtfinál": 4, "semifinál": 2}
_EN_ROUND = re.compile(r"(?:round|last)\s+(?:of\s+)?$", re.IGNORECASE)


def _knockout_rounds(source: str, target: str, src: list[Num], tgt: list[Num],
                     lang: str) -> None:
    for a, b in zip(src, src[1:], strict=False):
        if a.matched or b.matched or plain_value(a.token) != 1 or plain_value(b.token) is None:
            continue
        if source[a.token.end : b.token.start] != "/" or not _ROUND.search(
                source[max(0, a.token.start - 12) : a.token.start]):
            continue
        n = int(plain_value(b.token))
        if lang == "cs" and any(_CS_FINALS[stem] == n for stem in _CS_FINALS
                                if stem in target.lower()):
            a.matched = b.matched = True
        for t in tgt:
            if lang == "en" and not t.matched and plain_value(t.token) == 2 * n and (
                    _EN_ROUND.search(target[max(0, t.token.start - 12) : t.token.start])):
                a.matched = b.matched = t.matched = True


_DECADE_WORDS = ("những năm", "thập niên", "thập kỷ")


def _round_decade_explained(source: str, tok: NumberToken, tgt_lower: str) -> bool:
    """`những năm 2000` (the 2000s) ~ `na začátku tisíciletí`, `v nultých letech`; a round
    century's decade named by its century or millennium."""
    value = plain_value(tok)
    if tok.kind != "year" or value is None or value % 100:
        return False
    if not source[max(0, tok.start - 60) : tok.start].rstrip().lower().endswith(_DECADE_WORDS):
        return False
    words = ("nult", "století") + (("tisíciletí",) if value % 1000 == 0 else ())
    return has_word(tgt_lower, words)


# Periods of a game named by number in the source and by a noun in the target: `hiệp 1`
# (the first half) ends at `poločas` (half-time).
_PERIODS = {("hiệp", "cs"): ("poloč",),
            ("hiệp", "en"): ("half-time", "halftime", "half time", "the interval")}


def _period_explained(before: str, n: int, tgt_lower: str, lang: str) -> bool:
    if n not in (1, 2):
        return False
    named = re.search(r"(\w+)\s+(?:poloč\w*|half)\b", tgt_lower)
    if named and (cs_ordinal_value(named[1]) or en_ordinal_value(named[1])) not in (0, n):
        return False  # `ve druhém poločase`, `the second half`: another period named
    word = before.split()[-1] if before.split() else ""
    return has_word(tgt_lower, _PERIODS.get((word, lang_of(lang)), ()))


_TURN = re.compile(rf"{SPACES_RE}(?:°|stup)")


def _turn_idiom(target: str, tok: NumberToken) -> bool:
    """`otočit o 180°` (a U-turn): an idiom the source may say without a number. Only in the
    weak pass, when the source has no number left over that this could be."""
    return (plain_value(tok) in (180, 360) and bool(_TURN.match(target, tok.end))
            and target[max(0, tok.start - 60) : tok.start].rstrip().lower().endswith(" o"))


def _digits_or_value(n: Num) -> str:
    """The digits of a number as written; of a Roman numeral or a word, of its value."""
    written = digits(n.token.text)
    value = plain_value(n.token)
    if written or value is None or value != value.to_integral_value() or value < 10:
        return written  # one digit would be found by chance (`m2`)
    return str(int(value))


_MONTH_BEFORE = re.compile(r"tháng(?:\s*\d{1,2}\s*(?:[-–,]|và|đến|tới)\s*)?$")
_LUNAR_MONTH_AFTER = re.compile(r"(?:st|nd|rd|th)?[\s\u00a0-]+(?:lunar|lunárn)", re.IGNORECASE)
_PER_BEFORE = re.compile(r"(?:per|na|in|out of|z|ze)\s+$", re.IGNORECASE)
_LUNAR_MONTHS = {12: r"tết|chạp", 1: r"tết|giêng"}  # the months around the lunar new year


# a lunar month named by its place in the year: Chạp the last, Giêng the first of the new year
_LUNAR_PLACE = {"chạp": re.compile(r"\blast (?:lunar )?month|posledního (?:lunárního )?měsíce"
                                   r"|posledním (?:lunárním )?měsíci"),
                "giêng": re.compile(r"\bnew year|nového (?:lunárního )?roku|novém roce")}
_PERCENT_SAID = re.compile(r"procent|per ?cent|%")
_POINT_SAID = re.compile(r"\bbod|\bpoint|p\.\s?b\.")


def explained_source(
    source: str, s: Num, tgt_lower: str, tgt_runs: list[str], months: set[int], lang: str,
    words: bool = True,
) -> bool:
    """A source number the target writes another way: in words, as a month, glued to a word."""
    tok = s.token
    if _digits_or_value(s) in tgt_runs:  # `khóa XV` ~ `15th-term` (a code to the reader)
        return True
    if s.points and _PERCENT_SAID.search(tgt_lower) and not _POINT_SAID.search(tgt_lower):
        return False  # `giảm 1 điểm phần trăm` → `o jedno procento`: the points are lost
    if tok.is_date and tok.year is None and tok.day is None:  # `tháng 6` ~ `v červnu`
        return tok.month in months
    said_by_place = _LUNAR_PLACE.get(tok.text.lower())
    if said_by_place and said_by_place.search(tgt_lower):
        return True  # `28 tháng Chạp` ~ `the 28th day of the last lunar month`
    if _round_decade_explained(source, tok, tgt_lower):  # `những năm 2000` ~ `tisíciletí`
        return True
    for value in s.values():
        if value != value.to_integral_value() or value == 1 and s.scaled is not None:
            continue  # `1 tỷ` is a billion, never the `jediné` or `poprvé` of the translation
        n = int(value)
        before = source[max(0, tok.start - 60) : tok.start].rstrip().lower()
        if 1 <= n <= 12 and _MONTH_BEFORE.search(before):  # `tháng 4-5/2024` ~ `April-May`
            return n in months
        if has_number_word(tgt_lower, n, lang):  # `8 điểm` ~ `osm bodů`, `hạng 3` ~ `trojka`
            return True
        if words and (has_word(tgt_lower, number_words(n, lang))
                      or has_ordinal(tgt_lower, n, lang)
                      or _period_explained(before, n, tgt_lower, lang)):
            return True
    return False


_NUMBER_NOUN = re.compile(r"[^\W\d_]{4,}(?:k[auy]|kou|ce)$", re.IGNORECASE)  # `třiadvacítka`


def explained_target(
    t: Num, src_lower: str, src_runs: list[str], lang: str, words: bool = True,
    target: str = "",
) -> bool:
    tok = t.token
    if digits(tok.text) in src_runs or (words or _NUMBER_NOUN.search(tok.text)) and (
            _digits_or_value(t) in src_runs):
        return True  # `U17` ~ `sedmnáctka`, `U23` ~ `třiadvacítka` (a noun: strong)
    if t.time is not None and (t.time.hour % 12, t.time.minute) == (0, 0) and t.time.pm and (
            re.search(_VI_NOON, src_lower)):
        return True  # `trưa nay (30/11)` ~ `dnes v poledne`: the word says it (strong)
    if words and t.time is not None and (t.time.hour % 12, t.time.minute) == (0, 0) and (
            re.search(_VI_MIDNIGHT, src_lower)):
        return True  # `đêm giao thừa` ~ `midnight`
    if tok.is_date and year_start_said(src_lower, tok.day, tok.month):
        return True  # `từ đầu năm` ~ `since January 1`
    value = plain_value(tok)
    if value == 0 and _BLOOD_GROUP_O.search(src_lower) and _BLOOD_GROUP_BEFORE.search(
            target, max(0, tok.start - 30), tok.start):
        return True  # `nhóm máu O` ~ `krevní skupina 0`: the Czech name of the group
    if value == 1000 and "‰" in src_lower and _PER_BEFORE.search(target, 0, tok.start):
        return True  # `12,5‰` ~ `12.5 per 1,000`, `na 1000 obyvatel`
    if not words or value is None or value != value.to_integral_value():
        return False
    if 1900 <= value <= 2100 and cyclic_year_said(src_lower, int(value)):
        return True  # `Tết Bính Ngọ` ~ `lunární Nový rok 2026`
    if value in _LUNAR_MONTHS and _LUNAR_MONTH_AFTER.match(target, tok.end) and re.search(
            _LUNAR_MONTHS[int(value)], src_lower):  # `30 Tết` ~ `the 30th day of the 12th
        return True  # lunar month`: the month the source names by the festival
    number_one = _NUMBER_ONE.search(target[max(0, tok.start - 60) : tok.start]) is not None
    said = _vi_says(src_lower, int(value)) if lang_of(lang) == "vi" else has_word(
        src_lower, number_words(int(value), lang))
    return (said or _turn_idiom(target, tok)
            or value == 1 and number_one and _LEADING.search(src_lower) is not None)


# Vietnamese number words that are mostly other words: `năm` a year (`năm 2020`, `15 năm`,
# `hằng năm`), `tư` in `đầu tư` (investment) and `tư nhân` (private)
_VI_NOT_A_NUMBER = {
    "năm": r"(?<!mỗi )(?<!hằng )(?<!hàng )(?<!các )(?<!những )(?<!nhiều )(?<!vài )(?<!trong )"
           r"(?<!cả )(?<!cuối )(?<!đầu )(?<!giữa )(?<!của )(?<!một )(?<!hai )(?<!ba )(?<!\d )"
           r"năm(?!\s+(?:\d|thứ|nay|ngoái|qua|trước|sau|tới|học|mới|tài|đó|này|ấy|sinh|rồi"
           r"|kia|ngày|tháng|gần|liền|liên))",
    "tư": r"(?<!đầu )(?<!thứ )tư(?!\s+(?:nhân|vấn|cách|liệu|pháp|duy|tưởng|thế|bản|sản))"}


# blood group O, written `0` in Czech (`krevní skupiny 0`); `numsaid._blood_group_zero` pairs
# it earlier in narrower words (no `O+`, no `skupiny krve 0`) but also `nhóm O` without `máu`
_BLOOD_GROUP_O = re.compile(r"(?<!\w)nhóm\s+máu\s+o(?!\w)")
_BLOOD_GROUP_BEFORE = re.compile(r"(?<!\w)skupin\w*(?:[\s\u00a0]+krve)?[\s\u00a0]+$", re.IGNORECASE)
_VI_NOON = r"(?<!giờ )(?<!\d )(?<!\dh )\b(?:trưa|chính ngọ)\b"  # not `12 giờ trưa`
_VI_MIDNIGHT = r"(?<!\d )\b(?:nửa đêm|giao thừa|0h)\b"
# a count said by a word: `cú đúp` (a brace: twice), `hat-trick` (three goals), `mỗi tá`
# (each dozen; never `hàng tá`, dozens, nor the ranks `đại tá`, `thiếu tá`)
_VI_IDIOMS = {2: r"cú đúp", 3: r"hat-?trick", 4: r"poker",
              12: r"(?<!\w)(?:mỗi|một|từng)\s+tá(?!\w)"}
# `hàng chục nghìn` (tens of thousands) says no thousand; `nửa triệu` (half a million) no million
_VI_SCALED_SCALE = re.compile(r"(?:chục|trăm|nửa)\s+(?:nghìn|ngàn|triệu|tỷ|tỉ)")


def _vi_says(src_lower: str, n: int) -> bool:
    """A Vietnamese number word for `n` in the source, as a whole word that is a number."""
    if n in _VI_IDIOMS and re.search(_VI_IDIOMS[n], src_lower):
        return True
    src_lower = _VI_SCALED_SCALE.sub("§", src_lower)
    for word in number_words(n, "vi"):
        pattern = _VI_NOT_A_NUMBER.get(word, re.escape(word))
        if re.search(rf"(?<!\w){pattern}(?!\w)", src_lower):
            return True
    return False


# `No. 1`, `number one`, `jednička`: the leader, said in the source without the number
_NUMBER_ONE = re.compile(r"(?:No\.?|number|#|č\.)\s*$", re.IGNORECASE)
_LEADING = re.compile(r"dẫn đầu|hàng đầu|đứng đầu|số một|lớn nhất|nhất thế giới")
