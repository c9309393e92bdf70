"""A percentage change keeps its direction and its kind: `giảm 8,3%` is no `up 8.3%` nor `o
8,3 % víc`, `thấp hơn 15%` no `15% above`, and `tăng 9,3%` (percent) no `9.3 percentage
points`. The value itself agrees, so the pairing of numbers cannot see it; only a source
percentage said once, with a direction word right before it, is judged, and only when the
translation says the same value once with a direction word right beside it. A share of a plan
(`đạt 83% kế hoạch`) is no excess over it (`83% above the plan`). For the same reason a
percentage said as a multiple (`up 2.6 times`), a surplus said as a deficit, a level a
percentage reaches (`xuống 3,95%`) said as a change by it (`by 3.95%`) and a change by it
(`tăng 7,2%`) said as the level reached (`rise to 7.2%`) are judged here, and a
range of percentages (`tăng 20-30%`) said whole and turned round (`down 20–30%`). A price
comparative is a direction too (`dráž`/`levněji`, `dearer`/`cheaper`)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import Decimal

from translate.review.qa.base import ERROR, Issue, lang_of

__all__ = ["direction_issues", "said_direction", "turned_round"]

# the source: a direction word, at most a hedge or two (or the plan it passes: `vượt chỉ tiêu
# 1,3 điểm phần trăm`), then the percentage or its points (`cao hơn 0,4 điểm phần trăm`);
# `giảm từ 71% xuống 63%`: the start of a fall said `rose from 71%` is turned round too
_SOURCE = re.compile(r"(?<!\w)(?P<dir>tăng|giảm|cao hơn|thấp hơn|nhiều hơn|ít hơn|vượt|hụt)"
                     r"(?:\s+(?:khoảng|gần|hơn|trên|dưới|tới|đến|thêm|lần lượt|mạnh|nhẹ|từ"
                     r"|chỉ tiêu|kế hoạch|mục tiêu|mức))*"
                     r"\s+(?P<v>\d{1,3}(?:,\d+)?)\s*(?:%|điểm\s+phần\s+trăm|điểm\s+%)(?!\w)",
                     re.IGNORECASE)
_SOURCE_UP = ("tăng", "cao hơn", "nhiều hơn", "vượt")
_ANY_SOURCE = re.compile(r"(\d{1,3}(?:,\d+)?)\s*(?:%|điểm\s+phần\s+trăm|điểm\s+%)")
# points are right where the source speaks of points, and for a rate's change (`giảm 2% thuế
# VAT` = `by 2 percentage points`): the rate named near the percentage, not a tax elsewhere in
# the sentence (`tăng 4,8% … (chưa gồm thuế VAT)` is a price's change)
_POINTS_SOURCE = re.compile(r"điểm phần trăm|điểm %", re.IGNORECASE)
_RATE_NEAR = re.compile(r"thuế|lãi suất|t[ỷỉ] lệ|t[ỷỉ] suất", re.IGNORECASE)
_NEAR_BEFORE, _NEAR_AFTER = 40, 25
_TARGET = {"en": re.compile(r"(?P<v>\d{1,3}(?:\.\d+)?)(?P<unit>\s*%|\s*per\s?cent(?!age)"
                            r"|\s*percent(?!age)|\s*(?:percentage|per cent) points?)",
                            re.IGNORECASE),
           # (`procent\w*` ends at the word's end: `procentního bodu` never half read as percent)
           "cs": re.compile(r"(?P<v>\d{1,3}(?:,\d+)?)(?P<unit>\s*%|\s*procent\w*(?!\w)"
                            r"(?!\s+bod)|\s*procentní\w*\s+bod\w*)", re.IGNORECASE)}
_POINTS = re.compile(r"point|bod", re.IGNORECASE)
# a share of a plan or target (`đạt 83% kế hoạch`, `bằng 107,5% chỉ tiêu`; never `vượt 5% kế
# hoạch`, 5 % over it): a level reached, no change; said as an excess over it (`83% above the
# plan`, `o 107,5 % víc, než byl cíl`) it is another amount; only the comparative right after
# the value is read (`rose to 83% of the plan` is the plan's share still)
_SHARE_OF_PLAN = re.compile(r"(?<!\w)(?:đạt|bằng|hoàn\s+thành)(?:\s+(?:khoảng|gần|hơn|trên|được))*"
                            r"\s+(?P<v>\d{1,3}(?:,\d+)?)\s*%\s+(?:so\s+với\s+)?(?:kế\s+hoạch"
                            r"|chỉ\s+tiêu|mục\s+tiêu|dự\s+toán)(?!\w)", re.IGNORECASE)
# `bằng 80% mức bình quân`, `bằng 75% cùng kỳ`: equal to a share of any level, not only a plan's
_SHARE_EQUAL = re.compile(r"(?<!\w)bằng(?:\s+(?:khoảng|gần|hơn|trên|được))*"
                          r"\s+(?P<v>\d{1,3}(?:,\d+)?)\s*%", re.IGNORECASE)
_WORDS = {
    "en": (r"up|rose|rise[ns]?|rising|increas\w*|gr[eo]w\w*|gain\w*|jump\w*|climb\w*|higher"
           r"|more|above|surg\w*|soar\w*|ahead|dearer|pricier",
           r"down|fell|fall\w*|drop\w*|decreas\w*|declin\w*|lower|less|fewer|below|shr[iau]nk\w*"
           r"|slipp?\w*|slid\w*|dipp?\w*|short|cheaper|missed|behind"),
    "cs": (r"vzr[ůo]st\w*|stoupl\w*|zvýš\w*|nárůst\w*|růst\w*|víc|více|vyšš\w*|přibyl\w*"
           r"|navýš\w*|přesáh\w*|dráž|dražš\w*|zdražil\w*",
           r"klesl\w*|pokles\w*|sníž\w*|méně|míň|nižš\w*|ubyl\w*|propad\w*|úbyt\w*"
           r"|levněj\w*|zlevnil\w*|nesplnil\w*|nedosáhl\w*|zaostal\w*"),
}

# Czech `nad`/`pod` right after the value is a comparative only before what it is measured
# against (`o 6 % pod plánem`, `nad průměrem`; never `pod vlivem`, `pod tlakem`)
_CS_AGAINST = re.compile(r"[\s\u00a0]*(nad|pod)\s+(?:plán|cíl|průměr|odhad|očekáván|úrov|limit"
                         r"|rozpoč|loňsk|předpoklad)\w*", re.IGNORECASE)

# `thấp hơn mức 2,5%` names the base a value is compared with, no change by it: judged only
# where the translation puts the value after `above`/`below` (`below last year's 2.5%`)
_BASE_BEFORE = re.compile(r"(?<!\w)(above|below)(?:[\s\u00a0]+[\w'’-]+){0,3}[\s\u00a0]*$",
                          re.IGNORECASE)

# `up to 70%` right before the value: at most that much (`discounts of up to 70%`), no rise;
# a rise word before it still counts (`rose by up to 5%`)
# `more than`/`více než` right before the value is its bound (`falls of more than 20%`, `pokles
# o více než 20 %`): the noun or verb before the bound gives the direction
_CEILING = re.compile(r"(?<!\w)(?:up\s+to|more\s+than|víc(?:e)?\s+než)[\s\u00a0]*$",
                      re.IGNORECASE)

# a comparative that only grades a noun before the value (`to higher-level hospitals by 38%`,
# `do vyšších zařízení o 38 %`): a hyphenated compound, a Czech plural adjective's case ending
_ATTRIBUTIVE = re.compile(r"-\w|(?<=ších)|(?<=ším)", re.IGNORECASE)


def _whole_words(table: dict[str, tuple[str, ...]]) -> dict[str, tuple[re.Pattern, ...]]:
    """Each language's alternatives as whole-word patterns, compiled once (not per pair)."""
    return {lang: tuple(re.compile(rf"(?<!\w)(?:{w})(?!\w)", re.IGNORECASE) for w in words)
            for lang, words in table.items()}


_DIRECTION = _whole_words(_WORDS)  # each language's (up, down)


def direction_issues(source: str, target: str, target_lang: str) -> list[Issue]:
    """Errors for a percentage change the translation turns round or makes into points."""
    lang = lang_of(target_lang)
    if lang not in _TARGET:
        return []
    up_words, down_words = _DIRECTION[lang]
    said = [(_value(m["v"]), m) for m in _TARGET[lang].finditer(target)]
    counts = _counts(_value(v) for v in _ANY_SOURCE.findall(source))
    issues = []
    for m in _SOURCE.finditer(source):
        t = _said_once(_value(m["v"]), said, counts)
        if t is None:
            continue
        if _POINTS.search(t["unit"]) and not _points_said(source, m):
            issues.append(Issue("numbers", ERROR, f"'{m['v']}%' is a percentage in the source "
                                f"and '{t.group().strip()}' in the translation"))
            continue
        turned = _direction(target, t.start(), t.end(), up_words, down_words)
        if re.search(r"\smức\s", m.group(), re.IGNORECASE):  # `thấp hơn mức 2,5%`: a base
            base = _BASE_BEFORE.search(target, max(0, t.start() - 40), t.start())
            turned = None if base is None else base[1].lower() == "above"
        up = m["dir"].lower() in _SOURCE_UP
        if turned is not None and turned != up:
            issues.append(turned_round(m.group(), t.group().strip(), up, turned))
    return (issues + _range_turned(source, target, lang, said, counts)
            + _share_made_excess(source, target, lang, said, counts)
            + _made_times(source, target, lang) + _balance_turned(source, target, lang)
            + _level_said_as_change(source, target, lang, said, counts)
            + _change_said_as_level(source, target, lang, said, counts))


# a level the percentage reaches (`xuống 3,95%`, `giảm còn 7%`) said as a change by it: the
# translation's word right before the value, `by`/`o`, says a change; a growth or price rate
# is itself a change (`đưa cả năm lên khoảng 8,1%` ~ `asi o 8,1 %`, `tốc độ tăng … đạt 6,1%`
# ~ `vzrostla o 6,1 %`), so is never judged
_SOURCE_LEVEL = re.compile(r"(?<!\w)(?:lên|xuống|đạt|giảm(?=\s+còn))"
                           r"(?:\s+(?:còn|mức|khoảng|gần|hơn))*\s+(?P<v>\d{1,3}(?:,\d+)?)\s*%",
                           re.IGNORECASE)
_RATE_OF_CHANGE = re.compile(r"tăng\s+trưởng|GDP|GRDP|lạm\s+phát|CPI|chỉ\s+số\s+giá",
                             re.IGNORECASE)
# a rate of rise or fall that reaches a share (`Tốc độ tăng năng suất … đạt 6,1%`): a change
_RATE_REACHING = re.compile(r"(?:tốc\s+độ|mức)\s+(?:tăng|giảm)[^.;%]{0,80}?\sđạt\s+"
                            r"(?:khoảng\s+|gần\s+|hơn\s+)?\d{1,3}(?:,\d+)?\s*%", re.IGNORECASE)
_BY_BEFORE = {"en": re.compile(r"(?<!\w)by[\s\u00a0]+$", re.IGNORECASE),
              "cs": re.compile(r"(?<!\w)o[\s\u00a0]+$", re.IGNORECASE)}


def _level_said_as_change(source: str, target: str, lang: str,
                          said: list[tuple[Decimal, re.Match]], counts: dict[Decimal, int]
                          ) -> list[Issue]:
    """`xuống 3,95%` said `by 3.95%` (`o 3,95 %`): the value once on each side."""
    if _RATE_OF_CHANGE.search(source) or _RATE_REACHING.search(source):
        return []
    for m in _SOURCE_LEVEL.finditer(source):
        t = _said_once(_value(m["v"]), said, counts)
        if t is not None and _BY_BEFORE[lang].search(target, max(0, t.start() - 4), t.start()):
            return [Issue("numbers", ERROR, f"'{m.group()}' is a level in the source, "
                                            f"'{t.group().strip()}' a change by it in the "
                                            "translation")]
    return []


# a change by the percentage (`tăng 7,2%`, no `lên`/`đến`/`từ` between) said as a level a
# rise or fall reaches (`rise to 7.2%`, `zdražila na 4,5 %`): the translation's direction word
# right before `to`/`na` (one adverb or hedge may stand between); `up to 70%` is a ceiling
_SOURCE_CHANGE = re.compile(r"(?<!\w)(?:tăng|giảm)(?:\s+(?:thêm|khoảng|gần|hơn|mạnh|nhẹ))*"
                            r"\s+(?P<v>\d{1,3}(?:,\d+)?)\s*%", re.IGNORECASE)


def _to_before(to: str, hedges: str) -> re.Pattern[str]:
    """The two words at most before `to`/`na` (the direction word and an adverb) and at most
    one hedge after it (`rose sharply to about`, `vzrostla na zhruba`): one pattern for both
    languages, the preposition and its hedges given."""
    return re.compile(r"(?<!\w)(?P<w>\w+)[\s\u00a0]+(?:(?P<w2>\w+)[\s\u00a0]+)?" + to
                      + r"[\s\u00a0]+(?:(?:" + hedges + r")[\s\u00a0]+)?$", re.IGNORECASE)


_TO_BEFORE = {"en": _to_before("to", "about|around|some|roughly|nearly|almost"),
              "cs": _to_before("na", "zhruba|asi|téměř|skoro|přibližně|necelých|celých")}


def _change_said_as_level(source: str, target: str, lang: str,
                          said: list[tuple[Decimal, re.Match]], counts: dict[Decimal, int]
                          ) -> list[Issue]:
    """`tăng 7,2%` said `rise to 7.2%` (`vzrostla na 7,2 %`): the value once on each side."""
    if _RATE_OF_CHANGE.search(source):
        return []
    up_words, down_words = _DIRECTION[lang]
    for m in _SOURCE_CHANGE.finditer(source):
        t = _said_once(_value(m["v"]), said, counts)
        if t is None:
            continue
        to = _TO_BEFORE[lang].search(target, max(0, t.start() - 40), t.start())
        words = [w for w in (to["w"], to["w2"]) if w] if to else []
        if words and words[-1].lower() != "up" and any(
                up_words.fullmatch(w) or down_words.fullmatch(w) for w in words):
            return [Issue("numbers", ERROR, f"'{m.group()}' is a change in the source, "
                                            f"'{target[to.start():t.end()].strip()}' a level "
                                            "in the translation")]
    return []


# a balance's sign in words: surplus or deficit (`xuất siêu 21 tỷ USD` is no `trade deficit`)
_BALANCE_WORDS = {
    "vi": (r"xuất\s+siêu|thặng\s+dư|dư\s+thừa", r"nhập\s+siêu|thâm\s+hụt|bội\s+chi"),
    "en": (r"surplus\w*", r"deficit\w*|shortfall\w*"),
    "cs": (r"přebyt\w*|přebytk\w*", r"deficit\w*|schod(?:ek|ku|kem|ky|ků|kům|cích)"),
}
_BALANCE = _whole_words(_BALANCE_WORDS)  # (surplus, deficit)


def _balance_turned(source: str, target: str, lang: str) -> list[Issue]:
    """A source that says only a surplus (or only a deficit) with a number, said in the
    translation only as the other: the amount agrees, its sign does not."""
    if lang not in _BALANCE or not re.search(r"\d", source):
        return []
    ours = [word.search(source) for word in _BALANCE["vi"]]
    theirs = [word.search(target) for word in _BALANCE[lang]]
    for mine, other in ((0, 1), (1, 0)):
        if ours[mine] and not ours[other] and theirs[other] and not theirs[mine]:
            return [Issue("numbers", ERROR, f"the source has {ours[mine].group()!r}, the "
                                            f"translation {theirs[other].group()!r}")]
    return []


# a percentage or its points in the source (`tăng 2,6 điểm phần trăm`), a multiple in the
# translation (`up 2.6 times`, `2,6krát`, `2.6-fold`)
_SOURCE_SHARE = re.compile(r"(?<![\d,.])(?P<v>\d{1,3}(?:,\d+)?)\s*(?:%|(?:điểm\s+)?phần\s+trăm"
                           r"|điểm\s+%)", re.IGNORECASE)
_TIMES = {"en": re.compile(r"(?<![\d,.])(?P<v>\d{1,3}(?:\.\d+)?)[\s-]*(?:times|fold)(?!\w)",
                           re.IGNORECASE),
          "cs": re.compile(r"(?<![\d,.])(?P<v>\d{1,3}(?:,\d+)?)[\s-]*(?:krát|násob\w*)(?!\w)",
                           re.IGNORECASE)}


def _made_times(source: str, target: str, lang: str) -> list[Issue]:
    """`tăng 2,6 điểm phần trăm` said `up 2.6 times`: the value once in the source, as a
    percentage, and a multiple of the same value in the translation, where the source says no
    multiple of it (`gấp 2,6 lần`)."""
    shares = {_value(m["v"]): m for m in _SOURCE_SHARE.finditer(source)}
    for t in _TIMES[lang].finditer(target):
        value = _value(t["v"])
        m = shares.get(value)
        if m is None or re.search(rf"(?<![\d,.]){re.escape(m['v'])}\s*lần", source):
            continue
        return [Issue("numbers", ERROR, f"'{m.group()}' is a percentage in the source and "
                                        f"'{t.group()}' a multiple in the translation")]
    return []


# a range of percentages after a direction word (`cao hơn 10-15%`, `tăng 20 - 30%`): said as a
# range ending in the same upper value once (`o 10 až 15 % levněji`, `down 20–30%`), its
# direction is read around the whole range, from its first value to the last
_SOURCE_RANGE = re.compile(r"(?<!\w)(?P<dir>tăng|giảm|cao hơn|thấp hơn|nhiều hơn|ít hơn)"
                           r"(?:\s+(?:khoảng|gần|hơn|từ|thêm|mạnh|nhẹ))*"
                           r"\s+(?P<lo>\d{1,3}(?:,\d+)?)\s*%?\s*(?:-|–|—|đến|tới)\s*"
                           r"(?P<v>\d{1,3}(?:,\d+)?)\s*%", re.IGNORECASE)
_NUMBER = re.compile(r"(?<![\d.,])\d+(?:,\d+)?")
_RANGE_JOIN = {"en": r"[\s\u00a0]*(?:%|per\s?cent|percent)?[\s\u00a0]*(?:-|–|—|to|and)[\s\u00a0]*$",
               "cs": r"[\s\u00a0]*(?:%|procent\w*)?[\s\u00a0]*(?:-|–|—|až|do)[\s\u00a0]*$"}


def _range_turned(source: str, target: str, lang: str,
                  said: list[tuple[Decimal, re.Match]], counts: dict[Decimal, int]
                  ) -> list[Issue]:
    """`tăng 20-30%` said `down 20–30%`: a range of percentages turned round (each end said
    once on each side, the translation's range whole, no points)."""
    up_words, down_words = _DIRECTION[lang]
    for m in _SOURCE_RANGE.finditer(source):
        t = _said_once(_value(m["v"]), said, counts)
        once = _NUMBER.findall(source).count(m["lo"]) == 1
        if t is None or not once or _POINTS.search(t["unit"]):
            continue
        sep = "." if lang == "en" else ","
        lo_text = re.escape(m["lo"].replace(",", sep))
        head = re.search(rf"(?<![\d.,]){lo_text}{_RANGE_JOIN[lang]}", target[: t.start()])
        if head is None:
            continue
        turned = _range_direction(target, head.start(), t.end(), up_words, down_words)
        up = m["dir"].lower() in _SOURCE_UP
        if turned is not None and turned != up:
            return [turned_round(m.group(), target[head.start():t.end()].strip(), up, turned)]
    return []


# what may stand between a direction word and the range it moves (`fell by about 20-25%`)
_RANGE_LEAD = re.compile(r"(\w+)[\s\u00a0]+(?:(?:o|by|about|around|some|roughly|nearly|almost"
                         r"|asi|zhruba|přibližně|téměř|skoro)[\s\u00a0]+)*$", re.IGNORECASE)


def _range_direction(target: str, start: int, end: int, up: re.Pattern, down: re.Pattern
                     ) -> bool | None:
    """A comparative as the range's next word (`o 10 až 15 % levněji`), else a direction word
    right before it, a hedge or `by`/`o` between (`down 20–30%`, `klesly o 20 až 35 %`); a
    word further back may belong to a noun (`léky na snížení horečky o 20 až 25 %`)."""
    lead = _RANGE_LEAD.search(target, max(0, start - 40), start)
    for word in (_next_word(target, end), lead[1] if lead else ""):
        if up.fullmatch(word):
            return True
        if down.fullmatch(word):
            return False
    return None


def _points_said(source: str, m: re.Match) -> bool:
    """The source speaks of points, or names a rate just before or after the percentage."""
    near = source[max(0, m.start() - _NEAR_BEFORE) : m.end() + _NEAR_AFTER]
    return bool(_POINTS_SOURCE.search(source) or _RATE_NEAR.search(near))


def _said_once(value: Decimal, said: list[tuple[Decimal, re.Match]],
               counts: dict[Decimal, int]) -> re.Match | None:
    """The translation's percentage of `value` where the source says that value once and the
    translation once too: only then do the two surely stand for each other."""
    theirs = [t for v, t in said if v == value]
    return theirs[0] if counts.get(value) == 1 and len(theirs) == 1 else None


def _share_made_excess(source: str, target: str, lang: str,
                       said: list[tuple[Decimal, re.Match]], counts: dict[Decimal, int]
                       ) -> list[Issue]:
    """`đạt 83% kế hoạch` said `83% above the plan`, `bằng 70% mức bình quân` said `70% above
    the average`: a share of a plan or a level made an excess (the value once on each side, a
    comparative as the next word after it); then the bare shares."""
    for m in [*_SHARE_OF_PLAN.finditer(source), *_SHARE_EQUAL.finditer(source)]:
        t = _said_once(_value(m["v"]), said, counts)
        if t is not None and (issues := _said_as_difference(m, t, target, lang)):
            return issues
    return _bare_share_made_excess(source, target, lang, said, counts)


def _said_as_difference(m: re.Match, t: re.Match, target: str, lang: str) -> list[Issue]:
    """The share `m` of the source said by `t` with a comparative as the next word (`83%
    above`, `62% more`): one error, shared by the shares of a plan, of a level and bare."""
    up_words, down_words = _DIRECTION[lang]
    first = _next_word(target, t.end())
    if up_words.fullmatch(first) or down_words.fullmatch(first):
        return [Issue("numbers", ERROR, f"'{m.group()}' is a share in the source, "
                                        f"'{t.group().strip()} {first}' a difference "
                                        "in the translation")]
    return []


# a bare share (`đạt 62% tổng số`, `96,3% hộ dân`): a percentage with no word of change or
# comparison in its clause on either side, so `62% more`, `96.3% more households` turn the
# part of a whole into an excess over it; a comparison anywhere near (`so với`, `gấp`,
# `lên`/`xuống`, a range's `từ`, `quá`) leaves it unjudged; English only: a Czech verb may
# follow the value (`v poměru 15 % zvýšil`)
_CLAUSE_END = re.compile(r"[,;.:](?!\d)")  # a decimal comma ends no clause
_SOURCE_PERCENT = re.compile(r"(?<![\d,.])(?P<v>\d{1,3}(?:,\d+)?)\s*%")
_CHANGE_NEAR = re.compile(r"tăng|giảm|hơn|vượt|hụt|lên|xuống|gấp|so\s+với|từ|đến|trên|dưới"
                          r"|lần|thêm|còn|mức|quá|-|–", re.IGNORECASE)


def _bare_share_made_excess(source: str, target: str, lang: str,
                            said: list[tuple[Decimal, re.Match]], counts: dict[Decimal, int]
                            ) -> list[Issue]:
    """`đạt 62% tổng số tiền` said `62% more than the total`: a bare share made an excess
    (the value once on each side, a comparative as the next word after it)."""
    if lang != "en":  # Czech puts the verb after the value (`v poměru 15 % zvýšil`)
        return []
    for m in _SOURCE_PERCENT.finditer(source):
        before = _CLAUSE_END.split(source[max(0, m.start() - 40) : m.start()])[-1]
        after = _CLAUSE_END.split(source[m.end() : m.end() + 30])[0]
        if _CHANGE_NEAR.search(before) or _CHANGE_NEAR.search(after):
            continue
        t = _said_once(_value(m["v"]), said, counts)
        if t is not None and not _POINTS.search(t["unit"]) and (
                issues := _said_as_difference(m, t, target, lang)):
            return issues
    return []


def said_direction(target: str, start: int, end: int, target_lang: str) -> bool | None:
    """The direction the translation gives the value at `start:end`: up (True), down (False)
    or unknown (None), read as `direction_issues` reads it."""
    lang = lang_of(target_lang)
    if lang not in _DIRECTION:
        return None
    return _direction(target, start, end, *_DIRECTION[lang])


def _direction(target: str, start: int, end: int, up: re.Pattern, down: re.Pattern
               ) -> bool | None:
    """Up (True), down (False) or unknown: a comparative as the value's next word (`15%
    above`, `o 12 % více`), else the last direction word just before it (`up 8.3%`)."""
    first = _next_word(target, end)
    if up.fullmatch(first):
        return True
    if down.fullmatch(first):
        return False
    against = _CS_AGAINST.match(target[end : end + 40])
    if against:
        return against[1].lower() == "nad"
    before = target[max(0, start - 30) : start]
    if re.search(r"[;.]|\d", before):  # another clause or another number between
        before = re.split(r"[;.]|\d", before)[-1]
    before = _CEILING.sub("", before)  # `discounts of up to 70%`: a ceiling, no rise
    found = [(at, True) for at in _word_ends(up, before)] + [
        (at, False) for at in _word_ends(down, before)]
    return max(found)[1] if found else None


def _next_word(target: str, end: int) -> str:
    """The word right after `end` ("" if none starts within 16 characters): a comparative
    there grades the value before it, a word further on (`20% in less than a month`) not."""
    first = re.match(r"[\s\u00a0]*(\w+)", target[end : end + 16])
    return first[1] if first else ""


def _word_ends(words: re.Pattern, before: str) -> list[int]:
    """Where each direction word in `before` ends, leaving out a comparative that grades a
    noun (`higher-level`, `vyšších`): that one says nothing of the value's direction."""
    return [w.end() for w in words.finditer(before) if not _ATTRIBUTIVE.match(before, w.end())]


def _value(text: str) -> Decimal:
    """A Vietnamese or Czech percentage's value (`3,95`): a decimal comma, no thousands."""
    return Decimal(text.replace(",", "."))


def _counts(values: Iterable[Decimal]) -> dict[Decimal, int]:
    """How often the source says each value: only a value said once is paired surely."""
    counts: dict[Decimal, int] = {}
    for v in values:
        counts[v] = counts.get(v, 0) + 1
    return counts


def turned_round(source_words: str, target_words: str, up: bool, turned: bool) -> Issue:
    """The error for a change whose direction the translation turns round, one wording for
    the percentages here and the amounts of `numamounts`."""
    return Issue("numbers", ERROR, f"'{source_words}' is a {_rise(up)} in the source, "
                                   f"'{target_words}' a {_rise(turned)} in the translation")


def _rise(up: bool) -> str:
    return "rise" if up else "fall"
