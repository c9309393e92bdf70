"""Implicit numbers: a source number the translation says without one, only weighed when
nothing is left over on the other side. `100%` ~ `všechny obce`, `cùng kỳ năm 2022` (the same
period of 2022) ~ `meziročně`, `1 tấn` ~ `tunu`, `477/477` ~ `all 477`, `30 Tết` ~ `Lunar New
Year's Eve`, `trong 1 năm` ~ `ročně`, `luân lưu 11 m` ~ `the shootout`."""

from __future__ import annotations

import calendar
import re
from decimal import Decimal

from translate.review.qa.base import lang_of
from translate.review.qa.numexplain import KIN, word_after
from translate.review.qa.numread import Num, month_of_word, plain_value

__all__ = ["implicit_explained", "last_day", "pair_game_quarters", "pair_restated",
           "pair_short_years", "pair_stoppage"]

# Implicit numbers: `100%` ~ `všechny obce`, `all communes`; `cùng kỳ năm 2022` (the same
# period of 2022) ~ `meziročně`, `year on year`; `6 tháng đầu năm` ~ `první pololetí`.
_ALL = {"cs": r"(?:všech|všichni|vešker|celý|celá|celé|celou|každ|úplně|zcela|plně|stoprocent"
              r"|jednomysl|jednohlas"  # a vote of 100% of those present: unanimous
              r"|výhradně|výlučně)",  # `100% thép phế liệu` ~ `výhradně šrot`: nothing else
        "en": r"(?:all|every\w*|entire\w*|whole|wholly|fully|complete\w*|universal\w*"
              r"|outright|totally|unanimous\w*|exclusively|solely)\b"}
_YEAR_ON_YEAR = {"cs": r"(?:meziročn|loňsk|loni|předchozí\w* rok|minul\w* rok)",
                 "en": r"(?:year[- ]on[- ]year|a year earlier|last year|previous year|a year ago)"}
_EVERY_N = re.compile(r"\d+\s*(?:ngày|tuần|tháng|năm|giờ|tiếng|phút)$")
_MONTH_END = re.compile(r"(?:end of|konc\w*|konci|závěr\w*)\s+(?:\w+\s+)?(\w+)")
_FIRST_GRADE = {"cs": r"(?:prvňá|prvňác|prvních? tříd|první\w* třídu|první\w* ročník)",
                "en": r"(?:first[- ]grade|year one|first-year)"}
_INFANT = {"cs": r"(?:kojen|novoroz|batol)", "en": r"(?:infant|babies|baby|newborn)"}
_PENALTY = {"cs": r"(?:penalt|pokutov|rozstřel|jedenáctk)", "en": r"(?:penalt|shoot-?out|spot)"}
_LUNAR_EVE = {"cs": r"(?:posledn\w* d(?:en|ne) lunárn|předvečer\w* lunárn|lunárn\w* silvestr"
                    r"|silvestr\w* lunárn)",  # `na Silvestra lunárního roku`
              "en": r"(?:lunar new year's eve|new year's eve|last day of the lunar)"}
_TET = re.compile(r"(?<!\w)tết(?!\w)", re.IGNORECASE)
_TET_DAY_BEFORE = re.compile(r"(?:ngày|mùng|mồng)$")
_YEAR_LAST = {"cs": r"posledn\w*\s+d(?:en|ne|ni|nem)\s+(?:(?:star|lunárn)\w*\s+)*rok",
              "en": r"last\s+day\s+of\s+the\s+(?:(?:old|lunar)\s+)*year"}
_NEW_YEAR_FIRST = {"cs": r"prvn\w*\s+d(?:en|ne|ni|nem)\s+(?:nov|lunárn)",
                   "en": r"first\s+day\s+of\s+the\s+(?:new|lunar)"}
_ONE_PERCENT = {"cs": r"(?<![\w,])(?:jedno |jednoho )?procent(?:o|a|em|u)(?!\w)",
                "en": r"(?<![\w.])(?:a|one) (?:per ?cent|percent)(?!\w)"}
# `1 năm` said as the unit alone: `ročně`, `a year`, `o další rok`, `another year`
_ONE_OF = {"cs": r"(?:za|na|do|o|další|jed(?:en|nu|ná|no|iný|inou|ném|né))\s+(?:další\s+)?",
           "en": r"(?:an?|per|one|another|a single|a further|an extra|an additional)\s+"}
_PER_UNIT = {unit: {"cs": rf"(?:{cs_adverb}|{_ONE_OF['cs']}{cs}\b)",
                    "en": rf"(?:{en_adverb}|{_ONE_OF['en']}{en}\b)"}
             for unit, cs_adverb, cs, en_adverb, en in (
                 ("năm", r"ročn\w*", r"rok\w*", r"annual\w*|yearly", r"year"),
                 ("tháng", r"měsíčn\w*", r"měsíc\w*", r"monthly", r"month"),
                 ("tuần", r"týdn\w*", r"týd\w*", r"weekly", r"week"),
                 ("ngày", r"denn\w*", r"d(?:en|ne|nu)", r"daily", r"day"),
                 ("giờ", r"za hodinu", r"hodin\w*", r"hourly", r"hour"),
                 ("tiếng", r"za hodinu", r"hodin\w*", r"hourly", r"hour"))}
_SINGLE_DIGIT = {"cs": r"jednocifern", "en": r"single[- ]digits?"}


def last_day(month: int, year: int | None) -> int:
    """The last day of a month (of a common year where the year is unknown), 0 for no month."""
    return calendar.monthrange(year or 2001, month)[1] if 1 <= month <= 12 else 0


_YEAR_END = {"cs": r"(?:konc\w* (?:letošního |tohoto )?roku|konci (?:letošního |tohoto )?roku"
                    r"|závěr\w* (?:letošního )?roku|silvestr)",
             "en": r"(?:end of (?:the |this )?year|year-end|year's end|new year's eve)"}
_UNCHANGED = {"cs": r"(?:nepohnul\w*|nezměn\w*|beze změny|stagnoval\w*|stagnac\w*)",
              "en": r"(?:flat|unchanged|steady|no change)\b"}
_HALF_YEAR = {"cs": r"(?:pololetí|pololetn|půl roku|půlroč)",
              "en": r"(?:(?:first|second)[- ]half|half of the year|half-year|six months|h[12])\b"}


_SAME = {"cs": r"(?:stejn|téhož|tomtéž|témže|tentýž|totéž|touž|(?:tohoto|toto|tom|tomto)"
              r" obdob)", "en": r"(?:same|the period)\b"}
# `điểm 10` (a ten, the top mark) ~ `plný počet bodů`, `full marks`
_FULL_MARKS = {"cs": r"(?:pln\w* počt\w* bodů|pln\w* počet bodů|maximáln\w* počt\w* bodů"
                     r"|maximáln\w* počet bodů|plné hodnocení|desítk)",
               "en": r"(?:full|perfect|top|maximum) (?:marks?|scores?)"}
# `quý 4` ~ `the final quarter`, `v posledním čtvrtletí`
_LAST_QUARTER = {"cs": r"(?:posledn\w*|závěrečn\w*) čtvrtlet", "en": r"(?:final|last) quarter"}
_MARATHON = {"cs": r"maraton", "en": r"marathon"}
_HALF_MARATHON = {"cs": r"půlmaraton", "en": r"half[- ]marathon"}  # `cự ly 21 km`
# `từ 0 đến 3 tuổi` (from birth), `chưa đủ 18 tuổi` (under age): ages said by a word
_BIRTH = {"cs": r"(?:narozen|porod)", "en": r"(?:birth|newborn)"}
_MAJORITY = {"cs": r"(?:plnolet|nezletil|zletil|mladistv)",
             "en": r"(?:minors?|under-?age|juveniles?|adults?|adulthood|legal age)\b"}
# `độ tuổi 20-30` ~ `in their twenties`, `dvacátníci`: a decade of life names its lower end
_DECADES_OF_LIFE = {20: ("twenties", "dvacátn"), 30: ("thirties", "třicátn"),
                    40: ("forties", "čtyřicátn"), 50: ("fifties", "padesátn"),
                    60: ("sixties", "šedesátn"), 70: ("seventies", "sedmdesátn"),
                    80: ("eighties", "osmdesátn"), 90: ("nineties", "devadesátn")}
# a year beside the story's own (`năm nay`), said by its distance from it: `last year`, `loni`
_THIS_YEAR = re.compile(r"(?<!\w)năm\s+nay(?!\w)", re.IGNORECASE)
_LAST_YEAR = {"cs": r"(?:loni|loňsk|předloni|předloňsk)", "en": r"(?:last\s+year|a\s+year\s+"
              r"(?:ago|earlier)|the\s+previous\s+year|the\s+year\s+before)"}
# the article's own year said from its date: `năm 2026 ước đạt` ~ `letos by měl`, `this year`
_CURRENT_YEAR = {"cs": r"(?:letos|letošn)", "en": r"this\s+year"}
# the article's own month said from its date: `chuyến thứ 3 trong tháng 11` ~ `the third this
# month`, `třetí tento měsíc`
_CURRENT_MONTH = {"cs": r"(?:tento|tomto|tohoto|tímto)\s+měsíc\w*", "en": r"this\s+month"}
_ONE_WAY = {"cs": r"(?:jednosměrn|odchozí|příchozí)", "en": r"(?:one-way|outgoing|incoming)"}
# `11 tháng` (the first eleven months) ~ `January-November`, `od ledna do listopadu`
_FROM_JANUARY = {"cs": re.compile(r"(?:od\s+)?led(?:en|na|nu)\s*(?:-|–|až|do)\s*(\w+)"),
                 "en": re.compile(r"jan(?:uary|\.)?\s*(?:-|–|to|through)\s*(\w+)")}
# the last months of a year, named by the first of them and December
_LAST_MONTHS = re.compile(r"\s+tháng\s+cuối(?:\s+năm)?(?!\w)", re.IGNORECASE)
_TO_DECEMBER = {"cs": re.compile(r"(?:od\s+)?(\w+)\s*(?:-|–|až|do|a)\s*prosin(?:ec|ce|ci)"),
                "en": re.compile(r"(\w+)\.?\s*(?:-|–|to|through|and)\s*dec(?:ember|\.)?")}
_ZERO = {"cs": r"(?:nul|neutráln|neutralit|bezemisn|žádn|nikdo|nikoho|nikomu|bez\s|bod\w* mrazu"
               r"|mrz|ztrát\w* \w+ gól|ztrát\w* \w+ branek|ani\s+jed(?:en|na|no|in)"
               r"|zdarma|zadarmo|bezplatn|bezcel|bezúroč)",  # `0 độ`: freezing; `0 đồng`: free
         "en": r"(?:zero|neutral\w*|nil|no|none|nobody|not\s+(?:a\s+single|one)|without"
               r"|freezing|goalless|scoreless|\w+ goals? (?:down|behind|up|ahead|clear)"
               r"|\w+-goal (?:deficit|lead)|free|duty-free|interest-free)\b"}
# an even split, `50/50`: `napůl`, `rovným dílem`, `evenly`, `fifty-fifty`
_EVEN = {"cs": r"(?:napůl|rovným dílem|rovnoměrně|půl na půl)",
         "en": r"(?:evenly|equally|even split|fifty-fifty|down the middle)"}
_FIRST = {"cs": r"(?:nej\w+|jednič|špičk|první|v čele|čeln)",  # `vị trí số 1` ~ `v čele`
          "en": r"(?:top|leading|largest|biggest|best|no\.)"}


def _month_end_said(month: int, text_lower: str, lang: str) -> bool:
    """The translation says the end of `month` (`do konce listopadu`, `the end of November`):
    the month is one of the last two words read after the end word, so that a year or a word
    between does not hide it (`the end of March next year`)."""
    return any(month_of_word(w, lang) == month
               for m in _MONTH_END.finditer(text_lower) for w in m.group(0).split()[-2:])


def _says(pattern: str | None, text_lower: str) -> bool:
    return pattern is not None and re.search(r"(?<!\w)" + pattern, text_lower) is not None


# `24/24 giờ`, `24/7`, `24 giờ mỗi ngày`, the whole day `từ 0h đến 24h`: always, said without
# numbers (`nepřetržitě`, `around the clock`)
_ROUND_THE_CLOCK = re.compile(r"(?<![\d.,])24\s*(?:/\s*(?:24|7)(?!\d|[.,]\d)(?:\s*giờ)?"
                              r"|(?:giờ|h|tiếng)\s*(?:mỗi\s+|một\s+|/\s*)ngày(?!\w))"
                              r"|(?<![\d.,:])0\s*(?:h|giờ)?\s*(?:đến|tới|[-–])\s*24\s*(?:h|giờ)"
                              r"(?![\w:]|\s*\d)", re.IGNORECASE)
_ALWAYS = {"cs": r"(?:nepřetržit\w*|nonstop|non-stop|ve dne v noci|celodenn\w*|24 hodin denně)",
           "en": r"(?:around|round)[- ]the[- ]clock|non-?stop\b|day and night|24 hours a day"}
# `phút 90+2`: the second minute of stoppage time; the 90 is said by `nastavení`
_STOPPAGE_BASE = re.compile(r"(?<![\d.,])(?:45|90|105|120)(?=\s*\+\s*\d)")
_STOPPAGE = {"cs": r"(?:nastaven\w*|nastavovan\w*)",
             "en": r"(?:stoppage|added|injury)[- ]time"}
# a football match's regulation time (90 minutes) and extra time (120)
_REGULATION = {90: {"cs": r"(?:základní\w*|řádn\w*|normální\w*) hrací\w* dob",
                    "en": r"(?:regulation|normal|full)[- ]time"},
               120: {"cs": r"prodloužení", "en": r"extra[- ]time|overtime"}}


_ENTRANCE = re.compile(r"(?:thi|tuyển sinh|tuyển)(?:\s+\w+)?\s+(?:vào\s+)?lớp$")
_HIGH_SCHOOL = {"cs": r"(?:středn\w* škol|přijímac|gymnázi)",
                "en": r"(?:high|secondary|upper secondary)[- ]school|entrance exam"}
# the twelfth (last) grade: `maturanti`, `final-year students`, `high-school seniors`
_FINAL_YEAR = {"cs": r"maturant\w*|maturit\w*|posledn\w* ročník\w*|čtvrťá\w*",
               "en": r"final[- ]year|senior (?:students|pupils|year)|high[- ]school seniors"
                     r"|school[- ]leavers"}
# wedding anniversaries named by their metal: `stříbrná svatba`, `golden wedding`
_WEDDINGS = {25: {"cs": r"stříbrn\w* svatb", "en": r"silver (?:wedding|anniversary|jubilee)"},
             50: {"cs": r"zlat\w* svatb", "en": r"golden (?:wedding|anniversary|jubilee)"},
             60: {"cs": r"diamantov\w* svatb", "en": r"diamond (?:wedding|anniversary|jubilee)"}}
# anniversaries named by their length: `1.000 năm` ~ `tisíciletí`, `millennium`
_JUBILEES = {100: {"cs": r"(?:stolet|staletí)", "en": r"(?:centenar|centennial)"},
             1000: {"cs": r"tisícilet", "en": r"millenni"}}
# a frequency said by its period: `7 ngày một lần` (once every seven days) ~ `once a week`
_ONCE_EVERY = re.compile(r"\s*(ngày|tháng|giờ|tiếng)\s+(?:một|1)\s+lần(?!\w)", re.IGNORECASE)
_PERIODS = {(7, "ngày"): {"cs": r"týd\w*", "en": r"(?:a |every |each |per )week|weekly"},
            (30, "ngày"): {"cs": r"měsí\w*", "en": r"(?:a |every |each |per )month|monthly"},
            (3, "tháng"): {"cs": r"čtvrtlet\w*", "en": r"(?:a |every |each |per )quarter"
                                                       r"|quarterly"},
            (12, "tháng"): {"cs": r"(?:ročně|rok\w*)", "en": r"(?:a |every |each |per )year"
                                                            r"|yearly|annually"},
            (24, "giờ"): {"cs": r"(?:denně|den\w*)", "en": r"(?:a |every |each |per )day|daily"},
            (24, "tiếng"): {"cs": r"(?:denně|den\w*)", "en": r"(?:a |every |each |per )day"
                                                          r"|daily"}}
_SCORE = re.compile(r"(?<![\d.,])(\d{1,2})\s?[-–:]\s?(\d{1,2})(?![\d.,])")
_SETS = re.compile(r"\s*(?:set|ván|séc)(?!\w)", re.IGNORECASE)


def _counted_list(source: str, end: int, value: Decimal | None) -> bool:
    """`3 tỉnh Cao Bằng, Lạng Sơn và Hà Giang`: a count (2 to 9) whose noun (one or two
    lowercase words) is followed by exactly that many names (capitalised words), the last
    after `và`: a translation that lists the names says the count."""
    if value is None or not 2 <= value <= 9 or value != int(value):
        return False
    words = re.findall(r"[^\W\d_]+|\S", source[end : end + 240])
    i = 0
    while i < min(2, len(words)) and words[i].islower() and words[i] != "và":
        i += 1
    items, last = 0, False
    while 0 < i < len(words) and words[i][0].isupper():
        items += 1
        while i < len(words) and words[i][0].isupper():
            i += 1
        if last or i >= len(words) or words[i] not in (",", "và"):
            break
        last, i = words[i] == "và", i + 1
    return last and items == value


def implicit_explained(source: str, s: Num, tgt_lower: str, lang: str,
                       reference_year: int | None = None, reference_month: int | None = None
                       ) -> bool:
    """A number the translation says without one (only when nothing is left over there);
    `reference_year`/`reference_month` are the article's, where known: its own month may be
    said `this month`, and a year next to its own is left to `numreference`."""
    tok, lang = s.token, lang_of(lang)
    value = plain_value(tok)
    if tok.kind == "month_only" and reference_month is not None and tok.month == (
            reference_month) and _says(_CURRENT_MONTH.get(lang), tgt_lower):
        return True  # `trong tháng 11`, written in November ~ `this month`
    before = source[max(0, tok.start - 60) : tok.start].lower().rstrip()
    if any(m.start() <= tok.start < m.end() for m in _ROUND_THE_CLOCK.finditer(source)):
        return _says(_ALWAYS.get(lang), tgt_lower)
    if _STOPPAGE_BASE.match(source, tok.start):
        return _says(_STOPPAGE.get(lang), tgt_lower)
    if value in _REGULATION and word_after(source, tok) == "phút":  # `sau 90 phút`
        return _says(_REGULATION[value].get(lang), tgt_lower)
    if s.key == ("percent", Decimal(100)):
        return _says(_ALL.get(lang), tgt_lower)
    if value == 10 and (_ENTRANCE.search(before) or before.endswith("lớp")):  # `lớp 10`:
        return _says(_HIGH_SCHOOL.get(lang), tgt_lower)
    if value == 12 and before.endswith("lớp"):  # `học sinh lớp 12`: the school's last year
        return _says(_FINAL_YEAR.get(lang), tgt_lower)
    if value in _WEDDINGS and word_after(source, tok) == "năm":  # `25 năm ngày cưới`
        return _says(_WEDDINGS[value].get(lang), tgt_lower)
    if value in _JUBILEES and word_after(source, tok) == "năm":  # `1.000 năm` ~ `millennium`
        return _says(_JUBILEES[value].get(lang), tgt_lower)
    if value is not None and _SETS.match(source, tok.end) and any(
            int(m[1]) + int(m[2]) == value for m in _SCORE.finditer(source)):
        return True  # `thắng 3-1 sau 4 set` ~ `3:1 na sety`: the score counts the sets
    if re.search(rf"(?<![\w.,]){re.escape(tok.text)}(?![\w])", source[: tok.start]) and (
            _says(_SAME.get(lang), tgt_lower)  # `quý III ... so với quý III/2022` ~ `same`
            or re.search(r"so với quý$", before) and _says(_YEAR_ON_YEAR.get(lang), tgt_lower)):
        return True  # `quý I/2027 … so với quý I/2026` ~ `year on year`
    if _counted_list(source, tok.end, value):  # `3 tỉnh Cao Bằng, Lạng Sơn và Hà Giang`
        return True  # ~ `provincie Cao Bang, Lang Son a Ha Giang`: the names count them
    if tok.is_date and (tok.day, tok.month) == (31, 12):  # `trước 31/12` ~ `by the year-end`
        return _says(_YEAR_END.get(lang), tgt_lower)
    if tok.is_date and tok.day and tok.month and tok.day == last_day(tok.month, tok.year):
        return _month_end_said(tok.month, tgt_lower, lang)  # `hết 30/11` ~ `do konce listopadu`
    period = _ONCE_EVERY.match(source, tok.end)  # `7 ngày một lần` ~ `jednou týdně`, `weekly`
    if period and (value, period[1].lower()) in _PERIODS:
        return _says(_PERIODS[value, period[1].lower()].get(lang), tgt_lower)
    if value == 1 and word_after(source, tok) == "lần" and _EVERY_N.search(before):
        return True  # `2 ngày 1 lần` (once every two days) ~ `každý druhý den`, `every other`
    if value == 10 and re.search(r"(?:dưới|chưa đến|không quá)$", before):  # `dưới 10%`
        return _says(_SINGLE_DIGIT.get(lang), tgt_lower)
    if tok.kind == "year" and re.search(r"cùng kỳ(?: năm)?$", before):
        return _says(_YEAR_ON_YEAR.get(lang), tgt_lower)
    if value == 10 and before.endswith("điểm"):  # `điểm 10`: full marks
        return _says(_FULL_MARKS.get(lang), tgt_lower)
    if value == 4 and before.endswith("quý"):  # `quý 4` ~ `the final quarter`
        return _says(_LAST_QUARTER.get(lang), tgt_lower)
    if value in (1, 2, 3, 4) and re.search(r"(?:cuối|hết)\s+quý$", before):
        return _month_end_said(3 * int(value), tgt_lower, lang)  # `cuối quý II` ~ `the end of June`
    if s.key == ("percent", 0) and re.search(r"(?:thay đổi|tăng|giảm|biến động)$", before):
        return _says(_UNCHANGED.get(lang), tgt_lower)  # `thay đổi 0%` ~ `flat`, `nepohnul`
    if value == Decimal("42.195"):  # `cự ly 42,195 km`: the marathon
        return _says(_MARATHON.get(lang), tgt_lower)
    if value in (21, Decimal("21.1"), Decimal("21.0975")) and re.match(r"\s*km\b", source[
            tok.end:]):  # `cự ly 21 km`: the half marathon
        return _says(_HALF_MARATHON.get(lang), tgt_lower)
    if value == 0 and re.match(r"\s*(?:-|–|đến|tới)\s*\d+\s*(?:tháng\s+)?tuổi", source[tok.end:]):
        return _says(_BIRTH.get(lang), tgt_lower)  # `trẻ từ 0 đến 3 tuổi` ~ `from birth`
    if value == 18 and word_after(source, tok) == "tuổi":  # `chưa đủ 18 tuổi` ~ `minors`
        return _says(_MAJORITY.get(lang), tgt_lower)
    if value is not None and value - 10 in _DECADES_OF_LIFE and re.search(
            rf"tuổi\s+(?:từ\s+)?{int(value) - 10}\s*[-–]\s*$", before):  # `độ tuổi 20-30`
        words = _DECADES_OF_LIFE[int(value) - 10]
        return _says(words[0] if lang == "en" else words[1] if lang == "cs" else None,
                     tgt_lower)
    # `Năm 2025 ..., năm nay ...` ~ `loni`; without `năm nay`, `năm 2026` ~ `letos` (not `loni`)
    # with the article's year known, a year next to it is judged by its distance from it
    # instead (`numreference`: `Năm 2025` said `letos` in 2026 is an error); a far one
    # (`(1976-2026)` beside `půl století`) is excused as before
    near = reference_year is not None and value is not None and abs(
        value - reference_year) <= 1
    if tok.kind == "year" and not near and _says(
            (_LAST_YEAR if _THIS_YEAR.search(source) else _CURRENT_YEAR).get(lang), tgt_lower):
        return True
    if value == 1 and word_after(source, tok) == "chiều":  # `khóa 1 chiều` ~ `outgoing`
        return _says(_ONE_WAY.get(lang), tgt_lower)
    if value is not None and 2 <= value <= 12 and word_after(source, tok) == "tháng" and (
            lang in _FROM_JANUARY) and any(month_of_word(m.group(1), lang) == value
                                           for m in _FROM_JANUARY[lang].finditer(tgt_lower)):
        return True
    if value is not None and 2 <= value <= 11 and _LAST_MONTHS.match(source, tok.end) and (
            lang in _TO_DECEMBER) and any(month_of_word(m.group(1), lang) == 13 - value
                                          for m in _TO_DECEMBER[lang].finditer(tgt_lower)):
        return True  # `2 tháng cuối năm` ~ `November and December`, `od října do prosince`
    if value == 6 and word_after(source, tok) == "tháng":
        return _says(_HALF_YEAR.get(lang), tgt_lower)
    if value == 2 and KIN.match(source, tok.end):  # `2 vợ chồng` ~ `manželé`, `the couple`
        return True
    if value == 50 and (re.match(r"\s*/\s*50(?!\d)", source[tok.end:]) or re.search(
            r"(?<!\d)50\s*/\s*$", source[: tok.start])):  # `50/50`: an even split
        return _says(_EVEN.get(lang), tgt_lower)
    if value == 0:  # `bằng 0` ~ `net zero`, `uhlíková neutralita`, `nulové emise`
        return _says(_ZERO.get(lang), tgt_lower)
    if value == 1 and before.endswith(("số", "hạng")):  # `số 1` ~ `největší`, `top`
        return _says(_FIRST.get(lang), tgt_lower)
    if value == 1 and word_after(source, tok) == "tuổi" and before.endswith("dưới"):
        return _says(_INFANT.get(lang), tgt_lower)  # `trẻ dưới 1 tuổi` ~ `infant`, `kojenec`
    if value == 1 and before.endswith("lớp"):  # `học sinh lớp 1` ~ `prvňáci`, `first-graders`
        return _says(_FIRST_GRADE.get(lang), tgt_lower)
    if value == 11 and re.match(r"\s*m(?!\w)", source[tok.end:]) and re.search(
            r"luân lưu|phạt đền|chấm$", before):  # `luân lưu 11 m`: the penalty spot
        return _says(_PENALTY.get(lang), tgt_lower)
    if value in (29, 30) and re.match(r"\s+tết(?!\w)", source[tok.end:], re.IGNORECASE):
        return _says(_LUNAR_EVE.get(lang), tgt_lower)  # `30 Tết` ~ `Lunar New Year's Eve`
    if value in (1, 29, 30) and _TET_DAY_BEFORE.search(before) and _TET.search(source):
        # `xuyên Tết, trừ ngày 30 và mùng 1` ~ `the last day of the old year and the first
        # day of the new one`: the days of Tết told by their place in the year
        return _says((_NEW_YEAR_FIRST if value == 1 else _YEAR_LAST).get(lang), tgt_lower) or (
            value != 1 and _says(_LUNAR_EVE.get(lang), tgt_lower))
    if s.key == ("percent", Decimal(1)) and not s.points:  # `chưa đến 1%` ~ `procento`
        return _says(_ONE_PERCENT.get(lang), tgt_lower)
    unit = word_after(source, tok)
    if value == 1 and unit in _PER_UNIT:  # `40 giờ trong 1 tháng` ~ `40 hodin měsíčně`,
        return _says(_PER_UNIT[unit].get(lang), tgt_lower)  # `thêm 1 năm` ~ `another year`
    # `1 tấn` ~ `tunu`, `a tonne`: one is the article; not a label (`cấp 1`, `2&1`)
    if value != 1 or tok.kind != "integer" or s.negative or s.scaled is not None or (
            s.key[0] == "percent"):  # `1 điểm phần trăm`: a point is never the article
        return False
    label = re.search(r"(?:^|\s)(?:cấp|hạng|số|thứ|lần|phần|quý|khóa|khoá|hiệp|mục|điều|chương"
                      r"|vòng|nhóm|(?<!đầu )bảng|tầng|lớp|quận|phường|tổ|lúc|ngày|tháng|năm"
                      r"|giải|bậc|level|no\.|đoạn|sở)$", before) is not None  # `đầu bảng`: the top
    if word_after(source, tok) in _TIME_UNITS_VI:  # `1 tháng` is a month, said or not
        return False  # (a duration of one unit was paired already where the target says it)
    return not label and re.match(r"\s+[^\W\d_]", source[tok.end:]) is not None


_TIME_UNITS_VI = {"tháng", "năm", "tuần", "ngày", "giờ", "tiếng", "phút", "giây", "thập", "thế"}


_KM_BEFORE = re.compile(r"\b[Kk]m\s*$")
_PLUS = re.compile(r"\s*\+\s*")


def pair_stoppage(source: str, src: list[Num], tgt: list[Num]) -> None:
    """`phút 90+5` (the fifth minute of stoppage time) ~ `v 95. minutě`, `the 47th minute`
    for `45+2`: the two numbers said as their sum; and a road's chainage, `Km 15+200` (15 km
    and 200 m) ~ `km 15.2`, `na 15,2. kilometru`."""
    for a, b in zip(src, src[1:], strict=False):
        av, bv = plain_value(a.token), plain_value(b.token)
        chainage = _KM_BEFORE.search(source, max(0, a.token.start - 4), a.token.start) and (
            bv is not None and re.fullmatch(r"\d{3}", b.token.text))
        if a.matched or b.matched or bv is None or not (av in (45, 90, 105, 120) and 0 < bv < 30
                                                        or chainage) or not _PLUS.fullmatch(
                source[a.token.end : b.token.start]):
            continue
        total = av + bv / 1000 if chainage else av + bv
        t = next((t for t in tgt if not t.matched and not t.is_word
                  and plain_value(t.token) == total), None)
        if t is not None:
            a.matched = b.matched = t.matched = True


def pair_game_quarters(source: str, src: list[Num], tgt: list[Num]) -> None:
    """`sau 3 hiệp` (basketball) ~ `po třech čtvrtinách`, `after three quarters`: a count of
    the game's quarters reads as a fraction (3/4) on the other side."""
    for s in src:
        value = plain_value(s.token)
        if s.matched or value is None or not 1 <= value <= 4 or word_after(source, s.token) != (
                "hiệp"):
            continue
        t = next((t for t in tgt if not t.matched and t.is_word and value / 4 in t.values()
                  and _QUARTERS.search(t.token.text)), None)
        if t is not None:
            s.matched = t.matched = True


_QUARTERS = re.compile(r"čtvrtin|quarters", re.IGNORECASE)


def pair_short_years(src: list[Num], tgt: list[Num]) -> None:
    """`mùa giải 2025-2026` ~ `the 2025-26 season`: the short year of a span pairs with its
    year before any other number of the same digits (`sau 26 vòng` ~ `after 26 rounds`)."""
    for s in src:
        year = plain_value(s.token) if s.token.kind == "year" and not s.matched else None
        t = next((t for t in tgt if year is not None and not t.matched and t.alt == year
                  and plain_value(t.token) != year), None)
        if t is not None:
            s.matched = t.matched = True
            s.partner = tgt.index(t)


def pair_restated(source: str, src: list[Num]) -> None:
    """What the source says twice and a translation once: a full date repeated in brackets
    (`Ngày 10/10/2024 ... (10/10/1954 - 10/10/2024)`), a match score told again by its
    games (`thắng 2-1 sau ba ván 21-18, 17-21, 21-15` ~ `beat her 21-18, 17-21, 21-15`), and
    the count of the games listed after it (`sau 3 ván`)."""
    for s in src:
        tok = s.token
        if not s.matched and tok.is_date and tok.day and tok.year and any(
                o.matched and o.token.is_date and (o.token.day, o.token.month, o.token.year)
                == (tok.day, tok.month, tok.year) for o in src if o is not s):
            s.matched = True
    scores = list(_GAME.finditer(source))
    for i, m in enumerate(scores):
        games = [g for g in scores[i + 1 :] if g.start() - m.end() < 60]
        if len(games) < 2 or any(not _SCORE_GAP.fullmatch(source[x.end() : y.start()])
                                 for x, y in zip(games, games[1:], strict=False)):
            continue
        for n in src:  # `sau 3 ván với các điểm số 18-21, 21-15, 21-17`: the games counted
            if not n.matched and plain_value(n.token) == len(games) and _GAMES_AFTER.match(
                    source, n.token.end) and 0 < games[0].start() - n.token.end < 40:
                n.matched = True
        won = sum(int(g[1]) > int(g[2]) for g in games)
        lost = sum(int(g[1]) < int(g[2]) for g in games)
        told = {(int(m[1]), int(m[2])), (int(m[2]), int(m[1]))}
        inside = [n for n in src if m.start() <= n.token.start < m.end()]
        if (won, lost) in told and all(n.matched for n in src if any(
                g.start() <= n.token.start < g.end() for g in games)):
            for n in inside:
                n.matched = True


_GAME = re.compile(r"(?<![\d.,])(\d{1,2})\s?[-–:]\s?(\d{1,2})(?!\d|[.,]\d)")
_GAMES_AFTER = re.compile(r"\s*(?:ván|séc|set|hiệp|game)(?!\w)", re.IGNORECASE)
_SCORE_GAP = re.compile(r"\s*(?:,|;|và|and|a)\s*")
