"""Days, months and years the source names relative to the article (`cùng kỳ`, `năm nay`,
`cùng ngày`, `chiều mai`) and the translation turns into another relation: `so với cùng kỳ`
(the same period a year before) said as `month on month`, `năm nay` as `last year`, `cùng ngày`
(the same day) as `the next day`, `chiều mai` as `dnes odpoledne`. Each is judged only where the
source names no other relation the translation's words could stand for."""

from __future__ import annotations

import re

from translate.review.qa.base import ERROR, Issue, lang_of
from translate.review.qa.nummessages import shown
from translate.review.qa.numrelyears import relative_year_issues
from translate.review.qa.periods import two_quarters

__all__ = ["relative_issues"]

_VI = re.IGNORECASE
_TARGET = re.IGNORECASE


# a translation's words for one relation, shared by the rules below (a rule's `wrong` is
# often another rule's `right`)
_NEVER = re.compile(r"$^")  # matches nothing: no words of the translation excuse its wrong ones
_CS_TODAY = re.compile(r"(?<!\w)(?:dnes|dnešní\w*)(?!\w)", _TARGET)
_EN_TODAY = re.compile(r"(?<!\w)(?:today|tonight|this\s+(?:morning|afternoon|evening))(?!\w)",
                       _TARGET)
_CS_YESTERDAY = re.compile(r"(?<!\w)(?:včera|včerejší\w*)(?!\w)", _TARGET)
_EN_YESTERDAY = re.compile(r"(?<!\w)(?<!before\s)yesterday(?!\w)", _TARGET)
# source words shared by two rules each: the quarter before, yesterday (never `đêm qua`), a
# quarter named (`quý III`), the start of the month (never `đầu tháng 4`, `đầu tháng tư`:
# early April)
_VI_QUARTER_BEFORE = re.compile(r"(?<!\w)quý\s+(?:trước|liền\s+kề)(?!\w)", _VI)
_VI_YESTERDAY = re.compile(r"(?<!\w)(?:hôm|ngày\s+hôm|sáng|trưa|chiều)\s+qua(?!\w)", _VI)
_VI_QUARTER = re.compile(r"(?<!\w)quý\s+(?:I{1,3}|IV|[1-4])(?!\w)", _VI)
_VI_MONTH_START = re.compile(r"(?<!\w)đầu\s+tháng(?!\s*\d|\s+(?:sau|tới|trước|giêng|hai|ba|tư"
                             r"|năm|sáu|bảy|tám|chín|mười|chạp|một)(?!\w))", _VI)


def _cs_start(period: str) -> re.Pattern:
    """`začátek`/`počátek` of a Czech period (`roku`, `měsíce`, …)."""
    return re.compile(rf"(?<!\w)(?:začát\w*|počát\w*)\s+{period}(?!\w)", _TARGET)


def _en_start(period: str) -> re.Pattern:
    """`the start`/`beginning of the` (or `this`) English period."""
    return re.compile(rf"(?<!\w)(?:start|beginning)\s+of\s+(?:the|this)\s+{period}(?!\w)",
                      _TARGET)


_CS_YEAR_START = _cs_start(r"(?:roku|letošního\s+roku)")
_EN_YEAR_START = _en_start("year")
# the quarter before said: `mezičtvrtletně`, `v předchozím čtvrtletí`, `quarter on quarter`
_CS_PREVIOUS_QUARTER = re.compile(r"(?<!\w)(?:mezičtvrtletn\w*|(?:předchozí|minul)\w*\s+"
                                  r"čtvrtletí)", _TARGET)
_EN_PREVIOUS_QUARTER = re.compile(r"(?<!\w)(?:quarter[\s-]+on[\s-]+quarter|(?:previous"
                                  r"|preceding|prior|last)\s+quarter)(?!\w)", _TARGET)
# the start of the year said in English, also as `year to date`, `since January`
_EN_SINCE_YEAR_START = re.compile(r"(?<!\w)(?:(?:start|beginning)\s+of\s+(?:the|this)\s+year"
                                  r"|year[\s-]+to[\s-]+date|since\s+January)(?!\w)", _TARGET)
_CS_YEAR_END = re.compile(r"(?<!\w)(?:kon\w*|závěr\w*)\s+(?:roku|letošního\s+roku)(?!\w)",
                          _TARGET)
_EN_YEAR_END = re.compile(r"(?<!\w)(?:end\s+of\s+(?:the|this)\s+year|year[\s-]+end)(?!\w)",
                          _TARGET)
_CS_MONTH_START = _cs_start("měsíce")
# what a plan is of, between the plan and its period: capital, public investment, disbursement
_VI_PLAN_OF = r"(?:(?:vốn|giải\s+ngân)\s+(?:đầu\s+tư\s+)?(?:công\s+)?)?"
_EN_PLAN_OF = (r"(?:(?:capital|investment|disbursement|public[\s-]+investment|spending)"
               r"(?:\s+(?:investment|disbursement|spending))?\s+)?")
# the halves of the year said (`v prvním pololetí`, `the second half`, `H1`) and a quarter
_CS_FIRST_HALF = re.compile(r"(?<!\w)prvn\w*\s+(?:pololetí|polovin\w*\s+roku)(?!\w)", _TARGET)
_CS_SECOND_HALF = re.compile(r"(?<!\w)druh\w*\s+(?:pololetí|polovin\w*\s+roku)(?!\w)", _TARGET)
_EN_FIRST_HALF = re.compile(r"(?<!\w)first\s+half(?!\w)", _TARGET)
_EN_SECOND_HALF = re.compile(r"(?<!\w)second\s+half(?!\w)", _TARGET)
_EN_FIRST_HALF_OR_H1 = re.compile(r"(?<!\w)(?:first\s+half|h1)(?!\w)", _TARGET)
_EN_SECOND_HALF_OR_H2 = re.compile(r"(?<!\w)(?:second\s+half|h2)(?!\w)", _TARGET)
_CS_QUARTER = re.compile(r"(?<!\w)čtvrtlet\w*(?!\w)", _TARGET)
_EN_QUARTER = re.compile(r"(?<!\w)quarter\w*(?!\w)", _TARGET)
# after `cuối năm`/`đầu năm`: no word of another year (`cuối năm nay`) and no number but a
# year's (`cuối năm 2028` is the same relation)
_NO_RELATIVE_YEAR = r"(?!\s*(?:(?!(?:19|20)\d\d(?!\d))\d|nay|ngoái|sau|tới|trước))"
_CS_WEEK_START = _cs_start(r"(?:týdne|tohoto\s+týdne)")
_EN_WEEK_START = _en_start("week")
_EN_MONTH_START = _en_start("month")

# (source word, source words that would explain the translation's) -> {lang: (wrong, right)}
_Rule = tuple[re.Pattern, re.Pattern, dict[str, tuple[re.Pattern, re.Pattern]]]
_RULES: list[_Rule] = [
    (re.compile(r"(?<!\w)cùng\s+kỳ(?!\w)", _VI),  # the same period of the year before
     re.compile(r"(?<!\w)(?:tháng|quý)\s+(?:trước|liền\s+kề)(?!\w)"
                r"|(?<!\w)so\s+với\s+(?:tháng|quý)\s+[\dIV]", _VI),
     # a month or a quarter before said instead (`quarter on quarter`, `mezičtvrtletně`)
     {"cs": (re.compile(r"(?<!\w)mezi(?:měsíčn|čtvrtletn)\w*|(?<!\w)oproti\s+(?:předchozímu"
                        r"|minulému)\s+(?:měsíci|čtvrtletí)", _TARGET), _NEVER),
      "en": (re.compile(r"(?<!\w)(?:month[\s-]+on[\s-]+month|quarter[\s-]+on[\s-]+quarter)(?!\w)"
                        r"|(?<!\w)(?:from|over|on)\s+the\s+(?:previous|preceding)\s+(?:month"
                        r"|quarter)(?!\w)", _TARGET), _NEVER)}),
    # the month before (`so với tháng trước`) said as the quarter before, where the source
    # names no quarter
    (re.compile(r"(?<!\w)(?:tháng\s+(?:trước|liền\s+kề)|so\s+với\s+tháng\s+\d)(?!\w)", _VI),
     re.compile(r"(?<!\w)quý(?!\w)", _VI),
     {"cs": (re.compile(r"(?<!\w)mezičtvrtletn\w*|(?<!\w)oproti\s+(?:předchozímu|minulému)"
                        r"\s+čtvrtletí", _TARGET), _NEVER),
      "en": (re.compile(r"(?<!\w)quarter[\s-]+on[\s-]+quarter(?!\w)|(?<!\w)(?:from|over|on)"
                        r"\s+the\s+(?:previous|preceding)\s+quarter(?!\w)", _TARGET),
             _NEVER)}),
    # the quarter before (`so với quý trước`) said as year on year, where the source names no
    # year before (a year number alone, `Quý III/2026`, is none)
    (_VI_QUARTER_BEFORE,
     re.compile(r"(?<!\w)(?:cùng\s+kỳ|năm\s+(?:trước|ngoái|qua))(?!\w)"
                r"|(?<!\w)so\s+với\s+(?:năm\s+)?(?:19|20)\d\d(?!\d)", _VI),
     {"cs": (re.compile(r"(?<!\w)(?:meziročn\w*|(?:oproti|proti|než)\s+(?:loni|loňsk\w*)"
                        r"|před\s+rokem)(?!\w)", _TARGET),
             _CS_PREVIOUS_QUARTER),
      "en": (re.compile(r"(?<!\w)(?:year[\s-]+on[\s-]+year|an?\s+year\s+(?:earlier|ago)"
                        r"|(?:from|than|over)\s+last\s+year)(?!\w)", _TARGET),
             _EN_PREVIOUS_QUARTER)}),
    # the quarter before (`so với quý trước`) said as the month before, where the source
    # names no month before
    (_VI_QUARTER_BEFORE,
     re.compile(r"(?<!\w)(?:tháng\s+(?:trước|liền\s+kề|qua|rồi)|so\s+với\s+tháng)(?!\w)", _VI),
     {"cs": (re.compile(r"(?<!\w)(?:meziměsíčn\w*|(?:předchozí|minul|předešl)\w*\s+měsí\w*"
                        r"|před\s+měsícem)(?!\w)", _TARGET), _CS_PREVIOUS_QUARTER),
      "en": (re.compile(r"(?<!\w)(?:month[\s-]+on[\s-]+month|(?:previous|preceding|prior|last)"
                        r"\s+month|an?\s+month\s+(?:earlier|ago))(?!\w)", _TARGET),
             _EN_PREVIOUS_QUARTER)}),
    (re.compile(r"(?<!\w)năm\s+nay(?!\w)", _VI),  # this year
     re.compile(r"(?<!\w)năm\s+(?:ngoái|trước|qua|20\d\d)(?!\w)|(?<!\w)cùng\s+kỳ(?!\w)"
                r"|(?<!\w)(?:19|20)\d\d(?!\d)", _VI),
     {"cs": (re.compile(r"(?<!\w)(?:loni|loňsk\w*)(?!\w)", _TARGET),
             re.compile(r"(?<!\w)(?:letos|letošn\w*)(?!\w)", _TARGET)),
      "en": (re.compile(r"(?<!\w)last\s+year(?!\w)", _TARGET),
             re.compile(r"(?<!\w)this\s+year(?!\w)", _TARGET))}),
    (re.compile(r"(?<!\w)cùng\s+ngày(?!\w)", _VI),  # the same day
     re.compile(r"(?<!\w)(?:hôm|ngày)\s+(?:sau|hôm\s+sau|kế\s+tiếp)(?!\w)|(?<!\w)rạng\s+sáng"
                r"|(?<!\w)\d{1,2}/\d{1,2}.*(?<!\w)\d{1,2}/\d{1,2}", _VI),
     {"cs": (re.compile(r"(?<!\w)(?:následující(?:ho)?\s+dn[eí]|druhý\s+den|druhého\s+dne"
                        r"|nazítří)(?!\w)", _TARGET), _NEVER),
      "en": (re.compile(r"(?<!\w)the\s+(?:next|following)\s+(?:day|morning)(?!\w)", _TARGET),
             _NEVER)}),
    # tomorrow (`ngày mai`, `chiều mai`; never `Mai` the name) where the source says no `nay`
    # and no hour at midnight (`0h ngày mai` is `midnight tonight`, `dnes o půlnoci`)
    (re.compile(r"(?<!\w)(?:ngày|sáng|trưa|chiều|tối|đêm)\s+mai(?!\w)", _VI),
     re.compile(r"(?<!\w)nay(?!\w)|(?<![\d,.])0\s*(?:h|giờ)", _VI),
     # (or as the day after tomorrow: `pozítří`, `the day after tomorrow`)
     {"cs": (re.compile(r"(?<!\w)(?:dnes|dnešní\w*|pozítří|pozítřejší\w*)(?!\w)", _TARGET),
             re.compile(r"(?<!\w)(?:zítra|zítřk\w*|zítřejší\w*)(?!\w)", _TARGET)),
      "en": (re.compile(r"(?<!\w)(?:today|tonight|this\s+(?:morning|afternoon|evening)|the\s+day"
                        r"\s+after\s+tomorrow)(?!\w)", _TARGET),
             re.compile(r"(?<!\w)tomorrow(?!\w)(?<!after\stomorrow)", _TARGET))}),
    # today (`chiều nay`; never `đêm nay`, a night that runs into the morning) said as tomorrow,
    # where the source says no `mai`, no day after and no date but the one in brackets that
    # dates the day word (`Chiều nay (30/11)`)
    (re.compile(r"(?<!\w)(?:hôm|sáng|trưa|chiều|tối)\s+nay(?!\w)", _VI),
     re.compile(r"(?<!\w)(?:mai|rạng\s+sáng|(?:hôm|ngày)\s+(?:sau|tới|kế\s+tiếp))(?!\w)"
                r"|(?<![(\d/])\s*\d{1,2}/\d{1,2}|(?<![\d,.])(?:0|24)\s*(?:h|giờ)", _VI),
     {"cs": (re.compile(r"(?<!\w)(?:zítra|zítřejší\w*)(?!\w)", _TARGET),
             _CS_TODAY),
      "en": (re.compile(r"(?<!\w)tomorrow(?!\w)", _TARGET),
             _EN_TODAY)}),
    # tonight (`đêm nay`, `tối nay`) said as tomorrow night or evening, where the source says
    # no `mai` and no day after (the night that runs into the morning is still tonight)
    (re.compile(r"(?<!\w)(?:đêm|tối)\s+nay(?!\w)", _VI),
     re.compile(r"(?<!\w)(?:mai|(?:hôm|ngày|đêm)\s+(?:sau|tới|kế\s+tiếp))(?!\w)", _VI),
     {"cs": (re.compile(r"(?<!\w)(?:zítra\s+(?:večer|v\s+noci)|zítřejší\w*\s+(?:noc|večer)\w*)"
                        r"(?!\w)", _TARGET), _CS_TODAY),
      "en": (re.compile(r"(?<!\w)tomorrow\s+(?:night|evening)(?!\w)", _TARGET), _EN_TODAY)}),
    # today (`sáng nay`; never `đêm nay` or `rạng sáng nay`, a night that began the day before)
    # said as yesterday, where the source says no `qua`/`trước` and no date but the one in
    # brackets that dates the day word
    (re.compile(r"(?<!rạng\s)(?<!\w)(?:hôm|sáng|trưa|chiều|tối)\s+nay(?!\w)", _VI),
     # (`tuần trước`, `tháng qua`: a week or a month before is no yesterday)
     re.compile(r"(?<!tuần\s)(?<!tháng\s)(?<!năm\s)(?<!quý\s)(?<!\w)(?:qua|trước|hôm\s+kia"
                r"|rạng\s+sáng)(?!\w)|(?<![(\d/])\s*\d{1,2}/\d{1,2}", _VI),
     {"cs": (_CS_YESTERDAY,
             _CS_TODAY),
      "en": (re.compile(r"(?<!\w)yesterday(?!\w)", _TARGET),
             _EN_TODAY)}),
    # yesterday (`hôm qua`, `chiều qua`; never `đêm qua`/`tối qua`, a night that may be told by
    # the day it ends on) said as today, tomorrow or the day before, where the source says no
    # `nay`/`mai`/`kia`, no night and no date but the one in brackets that dates the day word
    (_VI_YESTERDAY,
     re.compile(r"(?<!\w)(?:nay|mai|kia|mốt|đêm|tối|rạng\s+sáng|(?:hôm|ngày)\s+(?:sau|tới|trước"
                r"|kế\s+tiếp))(?!\w)|(?<![(\d/])\s*\d{1,2}/\d{1,2}", _VI),
     {"cs": (re.compile(r"(?<!\w)(?:dnes|dnešní\w*|zítra|zítřejší\w*|pozítří|předevčírem)(?!\w)",
                        _TARGET), _CS_YESTERDAY),
      "en": (re.compile(r"(?<!\w)(?:today|tonight|this\s+(?:morning|afternoon|evening)|tomorrow"
                        r"|the\s+day\s+before\s+yesterday)(?!\w)", _TARGET),
             _EN_YESTERDAY)}),
    # yesterday (`so với hôm qua`) said as last week, month or year, where the source names no
    # week, month or year, no count of days and no same period a year before
    (_VI_YESTERDAY,
     re.compile(r"(?<!\w)(?:tuần|tháng|năm|quý|cùng\s+kỳ|\d+\s+ngày|(?:bảy|mười)\s+ngày)(?!\w)"
                r"|(?<![(\d/])\s*\d{1,2}/\d{1,2}", _VI),
     {"cs": (re.compile(r"(?<!\w)(?:(?:minul|předchozí|předešl|uplynul)\w*\s+(?:týd|měsí|rok)\w*"
                        r"|před\s+(?:týdnem|měsícem|rokem)|loni|loňsk\w*|meziročn\w*"
                        r"|mezitýdenn\w*|meziměsíčn\w*)(?!\w)", _TARGET),
             re.compile(r"(?<!\w)(?:včera|včerejš\w*)(?!\w)", _TARGET)),
      "en": (re.compile(r"(?<!\w)(?:(?:last|previous|past|preceding|prior)\s+(?:week|month|year)"
                        r"|an?\s+(?:week|month|year)\s+(?:ago|earlier|before)"
                        r"|(?:week|month|year)[\s-]+on[\s-]+(?:week|month|year))(?!\w)", _TARGET),
             _EN_YESTERDAY)}),
    # a change since the start of the year (`so với đầu năm`, `gấp đôi hồi đầu năm`) said as
    # year on year or since the start of a quarter or month, where the source names no year
    # before, start of a quarter or month (a quarter named elsewhere, `cuối quý III`, is no
    # excuse: `the start of the quarter` is still another date)
    (re.compile(r"(?<!\w)(?:so\s+với|hồi)\s+(?:thời\s+điểm\s+)?đầu\s+năm(?!\s*\d)", _VI),
     # (or as mid-year, where the source names no middle or half of the year)
     re.compile(r"(?<!\w)(?:cùng\s+kỳ|năm\s+(?:trước|ngoái)|đầu\s+quý|tháng\s+(?:trước|này)"
                r"|đầu\s+tháng|giữa\s+năm|nửa|(?:6|sáu)\s+tháng)(?!\w)", _VI),
     {"cs": (re.compile(r"(?<!\w)(?:meziročn\w*|(?:oproti|proti|než)\s+(?:loni|loňsk\w*)"
                        r"|(?:začát\w*|počát\w*)\s+(?:čtvrtletí|měsíce)"
                        r"|(?:polovin|půlk|půlc)\w*\s+roku|pololetí\w*)(?!\w)", _TARGET),
             _CS_YEAR_START),
      "en": (re.compile(r"(?<!\w)(?:year[\s-]+on[\s-]+year|from\s+a\s+year\s+(?:earlier|ago)"
                        r"|(?:start|beginning)\s+of\s+the\s+(?:quarter|month)"
                        r"|mid[\s-]+year|middle\s+of\s+the\s+year)(?!\w)", _TARGET),
             _EN_SINCE_YEAR_START)}),
    # since the start of the year (`từ đầu năm`, `kể từ đầu năm nay`) said as since the start
    # of a quarter or month, where the source names no start of a quarter or month
    (re.compile(r"(?<!\w)từ\s+(?:thời\s+điểm\s+)?đầu\s+năm(?!\s*\d)", _VI),
     re.compile(r"(?<!\w)(?:đầu\s+(?:quý|tháng)|(?:quý|tháng)\s+này)(?!\w)", _VI),
     {"cs": (re.compile(r"(?<!\w)(?:začát\w*|počát\w*)\s+(?:čtvrtletí|měsíce)(?!\w)", _TARGET),
             _CS_YEAR_START),
      "en": (re.compile(r"(?<!\w)(?:start|beginning)\s+of\s+the\s+(?:quarter|month)(?!\w)",
                        _TARGET),
             _EN_SINCE_YEAR_START)}),
    # last week (`tuần qua`, never after a count: `2 tuần qua`) said as last month or last year,
    # where the source names no month or year before
    (re.compile(r"(?<!\d\s)(?<!vài\s)(?<!mấy\s)(?<!hai\s)(?<!ba\s)(?<!bốn\s)(?<!sáu\s)"
                r"(?<!\w)tuần\s+(?:qua|trước|rồi)(?!\w)", _VI),
     re.compile(r"(?<!\w)(?:tháng|năm)\s+(?:qua|trước|rồi|ngoái)(?!\w)|(?<!\w)cùng\s+kỳ(?!\w)",
                _VI),
     {"cs": (re.compile(r"(?<!\w)(?:(?:minul|předchozí)\w*\s+(?:měsí|rok)\w*|loni|loňsk\w*"
                        r"|před\s+(?:měsícem|rokem))(?!\w)", _TARGET),
             # (the week before said too; a week named otherwise, `v týdnu od 23.`, is none)
             re.compile(r"(?<!\w)(?:(?:minul|předchozí|předešl|uplynul)\w*\s+týd\w*"
                        r"|před\s+týdnem|týden\s+předtím|mezitýdenn\w*)(?!\w)", _TARGET)),
      "en": (re.compile(r"(?<!\w)(?:last|previous|past)\s+(?:month|year)(?!\w)"
                        r"|(?<!\w)an?\s+(?:month|year)\s+ago(?!\w)", _TARGET),
             re.compile(r"(?<!\w)(?:(?:last|previous|past|preceding|prior)\s+week"
                        r"|an?\s+week\s+(?:ago|earlier|before)|week[\s-]+on[\s-]+week)(?!\w)",
                        _TARGET))}),
    # the end of the year (`cuối năm`, `cuối năm 2028`; never `cuối năm nay`) said as its start,
    # and the other way round, where the source names only the one
    (re.compile(r"(?<!\w)cuối\s+năm" + _NO_RELATIVE_YEAR, _VI),
     re.compile(r"(?<!\w)đầu\s+năm(?!\w)", _VI),
     {"cs": (_CS_YEAR_START,
             _CS_YEAR_END),
      "en": (_EN_YEAR_START,
             _EN_YEAR_END)}),
    (re.compile(r"(?<!\w)đầu\s+năm" + _NO_RELATIVE_YEAR, _VI),
     re.compile(r"(?<!\w)cuối\s+năm(?!\w)", _VI),
     {"cs": (_CS_YEAR_END,
             _CS_YEAR_START),
      "en": (_EN_YEAR_END,
             _EN_YEAR_START)}),
    # a quarter (`quý II`) said as a half-year, where the source names no half or six months
    # and no two quarters that make one (`quý I và quý II`, `quý III, IV`)
    (_VI_QUARTER,
     re.compile(r"(?<!\w)(?:nửa|bán\s+niên|6\s+tháng|sáu\s+tháng)(?!\w)|"
                + two_quarters("I|1|III|3", "II|2|IV|4"), _VI),
     {"cs": (re.compile(r"(?<!\w)pololetí\w*(?!\w)", _TARGET),
             _CS_QUARTER),
      "en": (re.compile(r"(?<!\w)(?:half[\s-]+year\w*|(?:first|second)\s+half)(?!\w)",
                        _TARGET), _EN_QUARTER)}),
    # a half-year (`nửa đầu năm`, `6 tháng cuối năm`, `bán niên`) said as a quarter (`v prvním
    # čtvrtletí`, `the April-June quarter`), where the source names no quarter and the
    # translation no half or six months (`a quarter of` is a share: only a named quarter counts)
    (re.compile(r"(?<!\w)(?:nửa\s+(?:đầu|cuối|sau|trước)\s+năm|(?:6|sáu)\s+tháng\s+(?:đầu|cuối)"
                r"\s+năm|bán\s+niên)(?!\w)", _VI),
     re.compile(r"(?<!\w)quý(?!\w)", _VI),
     {"cs": (_CS_QUARTER, re.compile(r"(?<!\w)(?:pololetí|polovin|půl|šest\w*\s+měsíc|6\s+měsíc"
                                     r"|dv\w*\s+čtvrtlet)", _TARGET)),
      "en": (re.compile(r"(?<!\w)(?:first|second|third|fourth|final|last|[a-z]+-[a-z]+)\s+quarter"
                        r"(?!\w)|\bq[1-4]\b", _TARGET),
             re.compile(r"(?<!\w)(?:half|six\s+months|6\s+months|h[12]|two\s+quarters)(?!\w)",
                        _TARGET))}),
    # a quarter (`quý III`) said as a month of the same rank (`the third month`), where the
    # source names no month at all
    (_VI_QUARTER,
     re.compile(r"(?<!\w)tháng(?!\w)", _VI),
     {"cs": (re.compile(r"(?<!\w)(?:prvn|druh|třetí|čtvrt)\w*\s+měsíc\w*(?!\w)", _TARGET),
             _CS_QUARTER),
      "en": (re.compile(r"(?<!\w)(?:first|second|third|fourth|1st|2nd|3rd|4th)\s+month(?!\w)",
                        _TARGET), _EN_QUARTER)}),
    # a quarter other than the fourth (`quý I/2027`) said as the year's last (`v posledním
    # čtvrtletí 2027`, `the final quarter of the year`), where the source names no fourth
    # quarter, no year-end and no quarter before (`the last quarter` alone may be that one)
    (re.compile(r"(?<!\w)quý\s+(?:I{1,3}|[1-3])(?![\w])", _VI),
     re.compile(r"(?<!\w)(?:quý\s+(?:IV|4|trước|liền\s+kề|cuối)|cuối\s+năm)(?!\w)", _VI),
     {"cs": (re.compile(r"(?<!\w)(?:posledn|závěrečn)\w*\s+čtvrtlet\w*\s+(?:roku|letošního"
                        r"|(?:19|20)\d\d)", _TARGET), _NEVER),
      "en": (re.compile(r"(?<!\w)(?:final\s+quarter|last\s+quarter\s+of\s+(?:the\s+year|"
                        r"(?:19|20)\d\d))(?!\w)", _TARGET), _NEVER)}),
    # two quarters that make a half (`quý I và quý II`) said as the other half, where the
    # source names no quarter of that other half and no half of its own
    (re.compile(two_quarters("I|1", "II|2"), _VI),
     re.compile(r"(?<!\w)(?:quý\s+(?:III|IV|3|4)|nửa|cuối\s+năm)(?![\w/.])", _VI),
     {"cs": (_CS_SECOND_HALF, _CS_FIRST_HALF),
      "en": (_EN_SECOND_HALF, _EN_FIRST_HALF)}),
    (re.compile(two_quarters("III|3", "IV|4"), _VI),
     re.compile(r"(?<!\w)(?:quý\s+(?:I|II|1|2)|nửa|đầu\s+năm)(?![\w/.])", _VI),
     {"cs": (_CS_FIRST_HALF, _CS_SECOND_HALF),
      "en": (_EN_FIRST_HALF, _EN_SECOND_HALF)}),
    # the first six months (`6 tháng đầu năm`) said as the second half, and the last six
    # (`6 tháng cuối năm`) as the first, where the source names nothing of the other half
    (re.compile(r"(?<!\w)(?:6|sáu)\s+tháng\s+đầu\s+năm(?!\w)", _VI),
     re.compile(r"(?<!\w)(?:cuối\s+năm|nửa\s+(?:cuối|sau)|quý\s+(?:III|IV|3|4))(?!\w)", _VI),
     {"cs": (_CS_SECOND_HALF, _CS_FIRST_HALF),
      "en": (_EN_SECOND_HALF_OR_H2, _EN_FIRST_HALF_OR_H1)}),
    (re.compile(r"(?<!\w)(?:6|sáu)\s+tháng\s+cuối\s+năm(?!\w)", _VI),
     re.compile(r"(?<!\w)(?:đầu\s+năm|nửa\s+(?:đầu|trước)|quý\s+(?:I|II|1|2))(?!\w)", _VI),
     {"cs": (_CS_FIRST_HALF, _CS_SECOND_HALF),
      "en": (_EN_FIRST_HALF_OR_H1, _EN_SECOND_HALF_OR_H2)}),
    # the first six or nine months (`9 tháng đầu năm`) said as one later quarter (`the third
    # quarter`), where the source names no quarter and the translation no span from January
    (re.compile(r"(?<!\w)(?:6|9|sáu|chín)\s+tháng\s+đầu\s+năm(?!\w)", _VI),
     re.compile(r"(?<!\w)quý(?!\w)", _VI),
     {"cs": (re.compile(r"(?<!\w)(?:druh|třetí|čtvrt)\w*\s+čtvrtletí\w*(?!\w)", _TARGET),
             re.compile(r"(?<!\w)(?:prvn\w*\s+(?:dv|tř)\w*\s+čtvrtlet|pololetí|polovin"
                        r"|led(?:en|na|nu))", _TARGET)),
      "en": (re.compile(r"(?<!\w)(?:second|third|fourth|2nd|3rd|4th)\s+quarter(?!\w)|\bq[234]\b",
                        _TARGET),
             re.compile(r"(?<!\w)(?:first\s+(?:two|three|2|3)\s+quarters|first\s+half"
                        r"|(?:six|nine|6|9)\s+months|january|jan\.)", _TARGET))}),
    # a plan or target for the year (`kế hoạch năm`) said as a quarter's or a month's, where the
    # source names no plan of a quarter or a month
    # (of what, at most: `kế hoạch vốn năm`, `kế hoạch vốn đầu tư công năm` ~ `annual capital
    # plan`, `quarterly capital plan`)
    (re.compile(rf"(?<!\w)(?:kế\s+hoạch|chỉ\s+tiêu|mục\s+tiêu)\s+{_VI_PLAN_OF}(?:cả\s+|của\s+)?"
                r"năm(?!\s*\d)", _VI),
     re.compile(rf"(?<!\w)(?:kế\s+hoạch|chỉ\s+tiêu|mục\s+tiêu)\s+{_VI_PLAN_OF}(?:của\s+)?"
                r"(?:quý|tháng)(?!\w)", _VI),
     {"cs": (re.compile(r"(?<!\w)(?:čtvrtletní|měsíční)\w*\s+(?:plán|cíl)\w*(?!\w)",
                        _TARGET), re.compile(r"(?<!\w)(?:celo)?roční\w*\s+(?:plán|cíl)", _TARGET)),
      "en": (re.compile(rf"(?<!\w)(?:quarterly|monthly|quarter's|month's)\s+{_EN_PLAN_OF}"
                        r"(?:plan|target|goal)(?!\w)", _TARGET),
             re.compile(rf"(?<!\w)(?:annual|yearly|full[\s-]+year|year's)\s+{_EN_PLAN_OF}"
                        r"(?:plan|target|goal)", _TARGET))}),
    # the month before (`cao hơn tháng trước`) said as a year or a week before, where the
    # source names no year, week or quarter the translation's words could stand for
    (re.compile(r"(?<!\w)tháng\s+trước(?!\w)", _VI),
     re.compile(r"(?<!\w)(?:năm|tuần|quý|cùng\s+kỳ)(?!\w)|(?<!\d)(?:19|20)\d\d(?!\d)", _VI),
     {"cs": (re.compile(r"(?<!\w)(?:před\s+(?:rokem|týdnem)|loni|loňsk\w*|meziročn\w*"
                        r"|(?:minul|předchozí)\w*\s+(?:rok|týd)\w*)(?!\w)", _TARGET),
             re.compile(r"(?<!\w)(?:před\s+měsícem|meziměsíčn\w*|(?:minul|předchozí)\w*\s+"
                        r"měsí\w*)(?!\w)", _TARGET)),
      "en": (re.compile(r"(?<!\w)(?:an?\s+(?:year|week)\s+ago|last\s+(?:year|week)"
                        r"|(?:previous|preceding|prior)\s+(?:year|week)"
                        r"|(?:year|week)[\s-]+on[\s-]+(?:year|week))(?!\w)", _TARGET),
             re.compile(r"(?<!\w)(?:an?\s+month\s+ago|last\s+month|(?:previous|preceding"
                        r"|prior)\s+month|month[\s-]+on[\s-]+month)(?!\w)", _TARGET))}),
    # last year (`năm ngoái`, `năm qua` never after a count: `10 năm qua`) said as the year
    # before it; `năm ngoái` said as this year too (`năm qua`, the past twelve months, may be
    # `this year`), where the source names no year of its own
    (re.compile(r"(?<!\w)năm\s+ngoái(?!\w)|(?<![\d\w]\s)(?<!\w)năm\s+qua(?!\w)", _VI),
     re.compile(r"(?<!\w)năm\s+(?:nay|trước|kia)(?!\w)|(?<!\w)cùng\s+kỳ(?!\w)"
                r"|(?<!\d)(?:19|20)\d\d(?!\d)", _VI),
     {"cs": (re.compile(r"(?<!\w)(?:předloni|předloňsk\w*|před\s+dvěma\s+lety)(?!\w)",
                        _TARGET), re.compile(r"(?<!\w)(?:loni|loňsk\w*)(?!\w)", _TARGET)),
      "en": (re.compile(r"(?<!\w)(?:the\s+year\s+before\s+last|two\s+years\s+ago)(?!\w)",
                        _TARGET), re.compile(r"(?<!\w)last\s+year(?!\w)", _TARGET))}),
    (re.compile(r"(?<!\w)năm\s+ngoái(?!\w)", _VI),
     re.compile(r"(?<!\w)năm\s+(?:nay|trước|kia)(?!\w)|(?<!\w)cùng\s+kỳ(?!\w)"
                r"|(?<!\d)(?:19|20)\d\d(?!\d)", _VI),
     {"cs": (re.compile(r"(?<!\w)(?:letos|letošn\w*)(?!\w)", _TARGET),
             re.compile(r"(?<!\w)(?:loni|loňsk\w*)(?!\w)", _TARGET)),
      "en": (re.compile(r"(?<!\w)this\s+year(?!\w)", _TARGET),
             re.compile(r"(?<!\w)last\s+year(?!\w)", _TARGET))}),
    # this week (`tuần này`) said as this month or this year, where the source names neither
    (re.compile(r"(?<!\w)tuần\s+này(?!\w)", _VI),
     re.compile(r"(?<!\w)(?:tháng\s+này|năm\s+nay)(?!\w)", _VI),
     {"cs": (re.compile(r"(?<!\w)(?:(?:tento|tohoto|tomto)\s+(?:měsíc\w*|rok\w*)|letos|letošn\w*)"
                        r"(?!\w)", _TARGET),
             re.compile(r"(?<!\w)(?:tento|tohoto|tomto)\s+týd\w*", _TARGET)),
      "en": (re.compile(r"(?<!\w)this\s+(?:month|year)(?!\w)", _TARGET),
             re.compile(r"(?<!\w)this\s+week(?!\w)", _TARGET))}),
    # the start of the month (`đầu tháng`, never `đầu tháng 4`: early April) said as the start
    # of the year, and the other way round
    (_VI_MONTH_START,
     re.compile(r"(?<!\w)(?:đầu\s+năm|năm\s+nay)(?!\w)", _VI),
     {"cs": (_CS_YEAR_START,
             _CS_MONTH_START),
      "en": (_EN_YEAR_START,
             _EN_MONTH_START)}),
    (re.compile(r"(?<!\w)đầu\s+năm(?!\s*\d)", _VI),
     re.compile(r"(?<!\w)(?:đầu\s+tháng|tháng\s+này)(?!\w)", _VI),
     {"cs": (_CS_MONTH_START,
             _CS_YEAR_START),
      "en": (_EN_MONTH_START,
             _EN_YEAR_START)}),
    # the start of the month or of the year said as the start of the week, where the source
    # names no week
    (_VI_MONTH_START,
     re.compile(r"(?<!\w)tuần(?!\w)", _VI),
     {"cs": (_CS_WEEK_START, _CS_MONTH_START), "en": (_EN_WEEK_START, _EN_MONTH_START)}),
    (re.compile(r"(?<!\w)đầu\s+năm(?!\s*\d)", _VI),
     re.compile(r"(?<!\w)tuần(?!\w)", _VI),
     {"cs": (_CS_WEEK_START, _CS_YEAR_START), "en": (_EN_WEEK_START, _EN_YEAR_START)}),
    # the year's budget estimate (`dự toán năm`; a plan of the year is the rule above) or a
    # count over the year (`trong năm`, never `trong năm 2025`, `năm học`) said as a quarter's,
    # where the source names no quarter
    (re.compile(r"(?<!\w)(?:dự\s+toán(?:\s+cả)?|trong)"
                r"\s+năm(?!\s*\d|\s+(?:học|tài\s+chính)(?!\w))(?!\w)", _VI),
     re.compile(r"(?<!\w)(?:quý|tam\s+cá\s+nguyệt)(?!\w)", _VI),
     {"cs": (_CS_QUARTER,
             re.compile(r"(?<!\w)(?:roční\w*|celoroční\w*|rok\w*|letos\w*|letošní\w*)(?!\w)",
                        _TARGET)),
      # (the quarter as a period only: `below a quarter` is a fraction)
      "en": (re.compile(r"(?<!\w)(?:(?:the|this|that|each|per)\s+quarter(?:'s)?(?!\s+of)"
                        r"|quarterly)(?!\w)", _TARGET),
             re.compile(r"(?<!\w)(?:year|annual\w*|yearly)(?!\w)", _TARGET))}),
]

# a quarter's rank: Vietnamese numerals, Czech and English ordinals (`Q1` said apart)
_QUARTER_RANKS = {1: ("I|1", r"prvn\w*", "first|1st"), 2: ("II|2", r"druh\w*", "second|2nd"),
                  3: ("III|3", r"třet\w*", "third|3rd"),
                  4: ("IV|4", r"čtvrt(?:ý|é|ého|ém|ým|á|ou)", "fourth|4th")}


def _quarter_rule(rank: int) -> _Rule:
    """The one quarter the source names (`quý I/2027`) said as another by its rank (`druhé
    čtvrtletí`, `the second quarter`, `Q2`), where the source names no other quarter (`quý
    trước`, `hai quý đầu năm`, `trước quý II`: the one before) and the translation never the
    right one: its `I` may be paired with another 1 of the sentence."""
    vi, cs, en = _QUARTER_RANKS[rank]
    others = [r for r in _QUARTER_RANKS if r != rank]
    cs_other = "|".join(_QUARTER_RANKS[r][1] for r in others)
    en_other = "|".join(_QUARTER_RANKS[r][2] for r in others)
    q_other = "|".join(str(r) for r in others)
    return (re.compile(rf"(?<!\w)quý\s+(?:{vi})(?!\w)", _VI),
            # (`trước quý II` ~ `by the end of the first quarter`: the one before)
            re.compile(rf"(?<!\w)quý(?!\s+(?:{vi})(?!\w))|(?<!\w)(?:trước|sau)\s+quý", _VI),
            {"cs": (re.compile(rf"(?<!\w)(?:{cs_other})\s+čtvrtletí\w*(?!\w)", _TARGET),
                    re.compile(rf"(?<!\w)(?:{cs})\s+čtvrtletí", _TARGET)),
             "en": (re.compile(rf"(?<!\w)(?:(?:{en_other})[\s-]+quarter|q(?:{q_other}))(?!\w)",
                               _TARGET),
                    re.compile(rf"(?<!\w)(?:(?:{en})[\s-]+quarter|q{rank})(?!\w)", _TARGET))})


_RULES += [_quarter_rule(rank) for rank in _QUARTER_RANKS]


def relative_issues(source: str, target: str, target_lang: str) -> list[Issue]:
    """A day, month or year of the source's relative words said as another relation (the
    translation names the wrong one and not the right one)."""
    lang = lang_of(target_lang)
    for said, other, by_lang in _RULES:
        if lang not in by_lang:
            continue
        ours = said.search(source)
        if ours is None or other.search(source):
            continue
        wrong, right = by_lang[lang]
        theirs = wrong.search(target)
        if theirs is not None and not right.search(target):
            return [Issue("numbers", ERROR, f"source has {shown(ours.group())}, translation has "
                                            f"{shown(theirs.group())}")]
    return _tomorrow_once_more(source, target, lang) or relative_year_issues(
        source, target, lang)


_VI_TODAY_PART = re.compile(r"(?<!\w)(?:hôm|sáng|trưa|chiều|tối|đêm)\s+nay(?!\w)", _VI)
_VI_TOMORROW = re.compile(r"(?<!\w)(?:ngày|sáng|trưa|chiều|tối|đêm)\s+mai(?!\w)", _VI)
_TOMORROW = {"cs": re.compile(r"(?<!\w)(?:zítra|zítřk\w*|zítřejší\w*)(?!\w)", _TARGET),
             "en": re.compile(r"(?<!\w)tomorrow(?!\w)(?<!after\stomorrow)", _TARGET)}
_TODAY = {"cs": _CS_TODAY, "en": _EN_TODAY}


def _tomorrow_once_more(source: str, target: str, lang: str) -> list[Issue]:
    """`từ 14h chiều nay đến 6h sáng mai` → `from 2 p.m. tomorrow until 6 a.m. tomorrow`: the
    source's today said as tomorrow beside its own tomorrow (the translation says tomorrow more
    often than the source and today never; a dropped `today` is no error)."""
    if lang not in _TOMORROW:
        return []
    today = _VI_TODAY_PART.search(source)
    if today is None or _TODAY[lang].search(target):
        return []
    theirs = _TOMORROW[lang].findall(target)
    if theirs and len(theirs) > len(_VI_TOMORROW.findall(source)):
        return [Issue("numbers", ERROR, f"source has {shown(today.group())}, translation has "
                                        f"{shown(theirs[0])} {len(theirs)} times")]
    return []
