"""A change of a count or an amount keeps its direction: `tăng 7 bậc` is no `down seven
places`, `giảm 23 vụ` no `o 23 nehod více`, `tăng 612.000 đồng` no `612,000 dong less`. The
value agrees on both sides, so the pairing of numbers cannot see it; `numdirection` judges
percentages, this module the rest. Only a value said once in the source, with `tăng`/`giảm`
right before it, and once in the translation (in digits or in words) is judged, and only when
the translation's words give it a direction. A difference to a base (`cao hơn cùng kỳ 0,6
m`, `thấp hơn … 350 tấn`) the same way (`0.6 m lower`, `o 350 tun více`). A multiple the same
way: `gấp 3 lần` (three times as much) is no `three times less` nor `třikrát levnější`. A price
comparative after the noun says the direction too (`o 10 USD dráž`, `$10 cheaper`). Bounds
keep their side, of a percentage too: a floor or ceiling (`ít nhất 70%` no `at most 70%`), a
threshold (`dưới 15 m2` no `more than 15`), a level's base (`giảm so với mức 60%` no `up from
60%`)."""

from __future__ import annotations

import re
from decimal import Decimal

from translate.review.qa.base import ERROR, Issue, lang_of
from translate.review.qa.numdirection import said_direction, turned_round
from translate.text.wordnumbers import find_word_numbers

__all__ = ["amount_direction_issues"]

# a Vietnamese value (`1.500`, `0,6`), and the same named `v` with no digit right after it
_VI_NUMBER = r"\d{1,3}(?:\.\d{3})+|\d+(?:,\d+)?"
_VI_VALUE = rf"(?P<v>{_VI_NUMBER})(?![\d.,]?\d)"
# the end of the text before a translation's value, its currency maybe (`at least VND`, `up to $`)
_UNIT_BEFORE = r"(?:VND|USD|US\$|\$)?[\s\u00a0]*$"

# `tăng`/`giảm`, at most a hedge or two, the value (no percentage, no multiple: `tăng 2 lần`
# is `gấp`'s business, `giảm 3%` numdirection's), then its noun or the clause's end
# `cao hơn`/`thấp hơn` (a difference to a base) the same way, the base (`cùng kỳ`, `bình quân
# cả nước`, `khu vực ngoài nhà nước`: up to five words, no number) allowed between the
# comparative and its value
_SOURCE = re.compile(r"(?<!\w)(?P<dir>tăng|giảm|(?:cao|thấp|nhiều|ít)\s+hơn"
                     r"(?:\s+(?!so\b|với\b|tăng\b|giảm\b)[^\W\d_]+){0,5})"
                     r"(?:\s+(?:thêm|khoảng|gần|hơn|trên|dưới))*"
                     r"\s+" + _VI_VALUE
                     + r"(?!\s*(?:%|phần\s+trăm|điểm\s+phần|điểm\s+%|lần|nghìn|ngàn|triệu|tỷ"
                     r"|[/–—-]|(?:đến|tới)\s*\d))", re.IGNORECASE)  # a range is no one change
_SOURCE_NUMBER = re.compile(_VI_NUMBER)
_TARGET = {"en": re.compile(r"(?<![\d.,])(?P<v>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
                            r"(?![\d.,]?\d)"),
           "cs": re.compile(r"(?<![\d,])(?P<v>\d{1,3}(?:[ \u00a0]\d{3})+(?:,\d+)?|\d+(?:,\d+)?)"
                            r"(?![\d,]?\d)")}
# a value's own noun, then a comparative (`1.4 years less`, `o 23 nehod více`): the
# difference said after the noun it counts
_NOUN_THEN = {"en": re.compile(r"[\s\u00a0]+[^\W\d_]+[\s\u00a0]+(?P<w>more|less|fewer|higher"
                               r"|lower|dearer|cheaper)(?!\w)", re.IGNORECASE),
              "cs": re.compile(r"[\s\u00a0]+[^\W\d_]+[\s\u00a0]+(?P<w>více|víc|méně|míň|výš|výše"
                               r"|níž|níže|dráž|levněji)(?!\w)", re.IGNORECASE)}
_UP_AFTER = {"more", "higher", "více", "víc", "výš", "výše", "dearer", "dráž"}
_BOUND = {"en": re.compile(r"(?<!\w)(?:more|less|fewer)[\s\u00a0]+than[\s\u00a0]+$", re.IGNORECASE),
          "cs": re.compile(r"(?<!\w)(?:víc|více|méně|míň)[\s\u00a0]+než[\s\u00a0]+$",
                           re.IGNORECASE)}


def amount_direction_issues(source: str, target: str, target_lang: str) -> list[Issue]:
    """Errors for a count's or an amount's change the translation turns round."""
    lang = lang_of(target_lang)
    if lang not in _TARGET:
        return []
    source_values = [_source_value(v) for v in _SOURCE_NUMBER.findall(source)]
    said = _said(target, lang)
    for m in _SOURCE.finditer(source):
        span = _said_once(_source_value(m["v"]), source_values, said)
        if span is None:
            continue
        start, end = span
        turned = _direction(target, start, end, lang)
        up = m["dir"].lower().startswith(("tăng", "cao", "nhiều"))
        if turned is not None and turned != up:
            return [turned_round(m.group(), target[start:end], up, turned)]
    return (_multiple_turned(source, target, lang)
            or _bound_turned(source, target, lang, source_values, said)
            or _trailing_bound_turned(source, target, lang, source_values, said)
            or _comparison_turned(source, target, lang, source_values, said)
            or _base_turned(source, target, lang, source_values, said))


def _said_once(value: Decimal, source_values: list[Decimal],
               said: list[tuple[Decimal, tuple[int, int]]]) -> tuple[int, int] | None:
    """The translation's span of `value` where the source says it once and the translation
    once too: only then do the two surely stand for each other."""
    spans = [span for v, span in said if v == value]
    return spans[0] if source_values.count(value) == 1 and len(spans) == 1 else None


# a bound on an amount: a ceiling (`phạt đến 50 triệu`, `tối đa`, `không quá`) is no floor
# (`50 million or more`, `at least`, `nejméně`), a floor (`ít nhất`, `tối thiểu`) no ceiling
# (`up to`, `nejvýše`); a price `từ 50.000` that no end follows is a floor (`from VND50,000`,
# never `do 50 000`); an average (`bình quân 6,5%`) is neither (`up to 6.5%`, `at least 6.5%`).
# A bare `đến` only where no number precedes it and no hour, day or year (`period`) or
# percentage (`pct`: `tăng 5% đến 7%` is a range's end) follows it; the other bounds hold for
# a percentage (`ít nhất 70%`, `tối đa 12%`, `lên tới 50%`), a named one or a floor for a length
# of time too (`tối đa 9 tháng` said `nejméně po dobu devíti`): `_bound_turned` reads the groups
_VI_BOUND = re.compile(r"(?<!\w)(?:(?P<floor>ít\s+nhất|tối\s+thiểu|(?P<from>(?<=giá\s)từ"
                       r"|(?<=vé\s)từ|(?<=phí\s)từ))|(?P<named>tối\s+đa|không\s+quá)"
                       r"|(?P<avg>bình\s+quân|trung\s+bình)"
                       r"|lên\s+(?:đến|tới)|(?<![\d%]\s)(?P<bare>đến|tới))"
                       r"(?:\s+(?:mức|khoảng))?"
                       r"\s+" + _VI_VALUE
                       + r"(?!\s*(?:/|-|–))(?P<period>\s*(?:giờ|h\b|g\b|phút|ngày|tháng|năm"
                       r"|tuổi))?"
                       r"(?P<pct>\s*(?:%|phần\s+trăm))?", re.IGNORECASE)
_RANGE_END = re.compile(r"\s*(?:đồng\s+)?(?:đến|tới|lên|xuống|-|–)", re.IGNORECASE)
_CS_UP_TO = re.compile(r"(?<!\w)do[\s\u00a0]+$", re.IGNORECASE)
# (a Czech bound of a difference or a length of time: `nejméně o 5`, `nejvýše po dobu devíti`)
_CS_BOUND_TAIL = r"(?:[\s\u00a0]+o|[\s\u00a0]+po[\s\u00a0]+dobu)?[\s\u00a0]+$"
_FLOOR_AFTER = {"en": re.compile(r"(?:[\s\u00a0]+[^\W\d_]+){0,2}[\s\u00a0]+(?:or|and)[\s\u00a0]+"
                                 r"(?:more|above|higher|over)(?!\w)", re.IGNORECASE),
                "cs": re.compile(r"(?:[\s\u00a0]+[^\W\d_]+){0,2}[\s\u00a0]+(?:a|či|nebo)"
                                 r"[\s\u00a0]+(?:více|víc|výše|vyšší)(?!\w)", re.IGNORECASE)}
_FLOOR_BEFORE = {"en": re.compile(r"(?<!\w)(?:at\s+least|no\s+less\s+than|a\s+minimum\s+of)"
                                  r"[\s\u00a0]+" + _UNIT_BEFORE, re.IGNORECASE),
                 "cs": re.compile(r"(?<!\w)(?:nejméně|alespoň|minimálně)" + _CS_BOUND_TAIL,
                                  re.IGNORECASE)}
_CEILING_BEFORE = {"en": re.compile(r"(?<!\w)(?:up\s+to|at\s+most|no\s+more\s+than|a\s+maximum"
                                    r"\s+of)[\s\u00a0]+" + _UNIT_BEFORE, re.IGNORECASE),
                   "cs": re.compile(r"(?<!\w)(?:nejvýše|maximálně|až\s+do\s+výše)"
                                    + _CS_BOUND_TAIL, re.IGNORECASE)}


# how far before a translation's value its bound or comparison word is looked for: the longest
# (`more than`, `nejvýše o`, `up from`) with a currency and the spaces around them
_BOUND_REACH = 24


def _just_before(target: str, start: int) -> str:
    """The translation's words right before its value at `start`: where the four bound and
    comparison readings below look for the word that turns the source's side round."""
    return target[max(0, start - _BOUND_REACH):start]


def _bound_turned(source: str, target: str, lang: str, source_values: list[Decimal],
                  said: list[tuple[Decimal, tuple[int, int]]]) -> list[Issue]:
    """`phạt đến 50 triệu` said `fines of VND50 million or more`: a ceiling made a floor (and
    a floor made a ceiling); the value once on each side."""
    for m in _VI_BOUND.finditer(source):
        if m["bare"] and m["pct"]:
            continue  # `tăng 5% đến 7%`: a range's end, no bound
        if m["period"] and not (m["named"] or m["floor"] and not m["from"]):
            continue  # `đến 9 giờ`, `từ 5 tháng`: an hour or a date, no bound
        if m["from"] and _RANGE_END.match(source, m.end()):
            continue  # `giá từ 50.000 đến 80.000 đồng`: a range's start
        span = _said_once(_source_value(m["v"]), source_values, said)
        if span is None:
            continue
        start, end = span
        before = _just_before(target, start)
        if m["avg"]:
            turned = bool(_CEILING_BEFORE[lang].search(before) or _FLOOR_BEFORE[lang].search(
                before))
            if turned:
                return [Issue("numbers", ERROR, f"'{m.group()}' is an average in the source, "
                                                f"the translation makes '{target[start:end]}' "
                                                "a bound")]
            continue
        if m["floor"]:
            turned = _CEILING_BEFORE[lang].search(before) is not None or bool(
                m["from"] and lang == "cs" and _CS_UP_TO.search(before))
        else:
            turned = bool(_FLOOR_AFTER[lang].match(target, end)
                          or _FLOOR_BEFORE[lang].search(before))
        if turned:
            kind, other = ("floor", "ceiling") if m["floor"] else ("ceiling", "floor")
            return [Issue("numbers", ERROR, f"'{m.group()}' is a {kind} in the source, the "
                                            f"translation makes '{target[start:end]}' a {other}")]
    return []


# a bound said after its value: `từ 27 điểm trở lên` (27 or more, a floor), `từ 5 tuổi trở
# xuống` (a ceiling); the value's noun, a unit maybe (`tỷ đồng/năm`), up to three words between
_VI_BOUND_AFTER = re.compile(r"(?<!\w)từ\s+" + _VI_VALUE + r"(?:\s+[^\W\d_]+(?:/[^\W\d_]+)?){0,3}"
                             r"\s+trở\s+(?P<dir>lên|xuống)(?!\w)", re.IGNORECASE)


def _trailing_bound_turned(source: str, target: str, lang: str, source_values: list[Decimal],
                           said: list[tuple[Decimal, tuple[int, int]]]) -> list[Issue]:
    """`từ 27 điểm trở lên` said `nejvýše 27 bodů` (`at most 27 points`): a floor the source
    closes with `trở lên` made a ceiling (and `trở xuống`'s ceiling made a floor); the value
    once on each side, the translation's bound word right before it."""
    for m in _VI_BOUND_AFTER.finditer(source):
        span = _said_once(_source_value(m["v"]), source_values, said)
        if span is None:
            continue
        start, end = span
        floor = m["dir"].lower() == "lên"
        before = _just_before(target, start)
        other = (_CEILING_BEFORE if floor else _FLOOR_BEFORE)[lang].search(before)
        if other:
            kind, made = ("floor", "ceiling") if floor else ("ceiling", "floor")
            return [Issue("numbers", ERROR, f"'{m.group()}' is a {kind} in the source, the "
                                            f"translation makes '{target[start:end]}' a {made}")]
    return []


# a value said as below or above a threshold (`phòng dưới 15 m2`, `tích lũy trên 50 triệu`,
# `hơn 30 xã`; `hơn` not after a comparative, where it says a difference: `cao hơn 5%`); the
# translation's explicit opposite right before the value (`more than 15`, `méně než 50`) turns it
_VI_COMPARED = re.compile(r"(?<!\w)(?:(?P<below>dưới)|trên|(?<!cao\s)(?<!thấp\s)(?<!nhiều\s)"
                          r"(?<!ít\s)(?<!lớn\s)(?<!nhỏ\s)(?<!rẻ\s)(?<!đắt\s)(?<!kém\s)hơn)"
                          r"(?:\s+mức)?\s+" + _VI_VALUE + r"(?!\s*(?:/|-|–|đến|tới))",
                          re.IGNORECASE)
_ABOVE_BEFORE = {"en": re.compile(r"(?<!\w)(?:more\s+than|over|above|upwards\s+of|in\s+excess\s+of)"
                                  r"[\s\u00a0]+" + _UNIT_BEFORE, re.IGNORECASE),
                 "cs": re.compile(r"(?<!\w)(?:přes|nad|(?:víc|více|vyšší|větší|delší)"
                                  r"[\s\u00a0]+než)[\s\u00a0]+$", re.IGNORECASE)}
_BELOW_BEFORE = {"en": re.compile(r"(?<!\w)(?:(?:less|fewer)\s+than|under|below)[\s\u00a0]+"
                                  + _UNIT_BEFORE, re.IGNORECASE),
                 "cs": re.compile(r"(?<!\w)(?:pod|(?:méně|míň|nižší|menší|kratší)[\s\u00a0]+než)"
                                  r"[\s\u00a0]+$", re.IGNORECASE)}


def _comparison_turned(source: str, target: str, lang: str, source_values: list[Decimal],
                       said: list[tuple[Decimal, tuple[int, int]]]) -> list[Issue]:
    """`phòng dưới 15 m2` said `rooms of more than 15 square metres`: below a threshold made
    above it (and above made below); the value once on each side, the opposite word right
    before it in the translation."""
    for m in _VI_COMPARED.finditer(source):
        span = _said_once(_source_value(m["v"]), source_values, said)
        if span is None:
            continue
        start, end = span
        before = _just_before(target, start)
        opposite = (_ABOVE_BEFORE if m["below"] else _BELOW_BEFORE)[lang].search(before)
        if opposite:
            kind, other = ("below", "above") if m["below"] else ("above", "below")
            return [Issue("numbers", ERROR, f"'{m.group()}' is {kind} a threshold in the "
                                            f"source, the translation says "
                                            f"'{target[start - len(opposite.group()):end]}' "
                                            f"({other})")]
    return []


# a level compared with its base (`giảm so với mức 60%`, `cao hơn mức 70% của quý II`): `so
# với` or `mức` names the base (a bare `cao hơn 70%` may be the difference); the translation's
# comparison right before the base (`up from 60%`, `lower than 70%`, `méně než 70 %`) keeps
# the source's direction
_VI_BASE = re.compile(r"(?<!\w)(?:(?P<up>tăng|cao\s+hơn|nhiều\s+hơn)|giảm|thấp\s+hơn|ít\s+hơn)"
                      r"(?:\s+so\s+với(?:\s+mức)?|\s+mức)\s+" + _VI_VALUE
                      + r"(?!\s*(?:/|-|–|đến|tới))", re.IGNORECASE)
_BASE_BEFORE = {"en": re.compile(r"(?<!\w)(?:(?P<up>up\s+from|higher\s+than|more\s+than)"
                                 r"|down\s+from|lower\s+than|less\s+than)[\s\u00a0]+"
                                 + _UNIT_BEFORE, re.IGNORECASE),
                "cs": re.compile(r"(?<!\w)(?:(?P<up>víc|více|vyšší)|méně|míň|nižší)"
                                 r"[\s\u00a0]+než[\s\u00a0]+$", re.IGNORECASE)}


def _base_turned(source: str, target: str, lang: str, source_values: list[Decimal],
                 said: list[tuple[Decimal, tuple[int, int]]]) -> list[Issue]:
    """`giảm so với mức 60%` said `up from 60%`: a level below its base made above it (and
    above made below); the base once on each side."""
    for m in _VI_BASE.finditer(source):
        span = _said_once(_source_value(m["v"]), source_values, said)
        if span is None:
            continue
        start, end = span
        theirs = _BASE_BEFORE[lang].search(_just_before(target, start))
        if theirs is not None and bool(theirs["up"]) != bool(m["up"]):
            return [turned_round(m.group(), target[start - len(theirs.group()):end],
                                 bool(m["up"]), bool(theirs["up"]))]
    return []


# `gấp` says a multiple of a base, larger; a source that also says a smaller multiple (`giảm 3
# lần`, `ít hơn`, `chỉ bằng`) is left alone
_GAP = re.compile(r"(?<!\w)gấp(?!\w)", re.IGNORECASE)
_SMALLER = re.compile(r"(?<!\w)(?:giảm|ít\s+hơn|thấp\s+hơn|kém|nhỏ\s+hơn|chỉ\s+bằng|rẻ\s+hơn)"
                      r"(?!\w)", re.IGNORECASE)
_TIMES_LESS = {
    "en": re.compile(r"(?<!\w)(?:[^\W\d_]+|\d+(?:\.\d+)?)[\s\u00a0-]+times[\s\u00a0]+(?:less|fewer"
                     r"|lower|smaller|cheaper|slower|shorter|weaker)(?!\w)", re.IGNORECASE),
    "cs": re.compile(r"(?<!\w)[^\W_]*krát[\s\u00a0]+(?:méně|míň|menší|nižší|levnější|pomalejší"
                     r"|kratší|slabší)\w*(?!\w)", re.IGNORECASE)}


# a share of a base (`a third of the compensation`, `half that of the old plant`, `polovinu
# toho`), and any word of a multiple (`three times`, `half again`, `trojnásobek`, `dvakrát`)
_SHARE_OF_BASE = {
    "en": re.compile(r"(?<!\w)(?:(?:a|one)[\s\u00a0-]+(?:third|quarter|fifth|tenth)|half)"
                     r"[\s\u00a0]+(?:of[\s\u00a0]+)?(?:the|that|what|its|last)(?!\w)",
                     re.IGNORECASE),
    "cs": re.compile(r"(?<!\w)(?:polovin|třetin|čtvrtin|pětin|desetin)\w*[\s\u00a0]+(?:toho|"
                     r"než|(?:loňsk|předchoz|minul|celoročn|původn|star)\w*)(?!\w)",
                     re.IGNORECASE)}
# (`gấp` with its multiple: `may gấp` is a rush job, no multiple)
_GAP_TIMES = re.compile(r"(?<!\w)gấp\s+(?:\d|rưỡi|đôi|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười"
                        r"|nhiều|khoảng|gần|hơn)", re.IGNORECASE)
_MULTIPLE = {"en": re.compile(r"(?<!\w)(?:times|\w*fold|doubl\w*|tripl\w*|trebl\w*|twice"
                              r"|quadrupl\w*|again|multipl\w*)(?!\w)",
                              re.IGNORECASE),
             "cs": re.compile(r"\w*(?:násob|krát|zdvoj|ztroj|zčtyř)\w*", re.IGNORECASE)}


def _multiple_turned(source: str, target: str, lang: str) -> list[Issue]:
    """`gấp 3 lần` said `three times less` (`třikrát levnější`): a multiple made a fraction;
    or said as a share of its base (`gấp ba lần số tiền` → `a third of the amount`, `gấp rưỡi
    nhà máy cũ` → `half that of the old plant`) where no word of the translation multiplies."""
    if not _GAP.search(source) or _SMALLER.search(source) or lang not in _TIMES_LESS:
        return []
    less = _TIMES_LESS[lang].search(target)
    if less is None and _GAP_TIMES.search(source) and not _MULTIPLE[lang].search(target):
        less = _SHARE_OF_BASE[lang].search(target)
    if less is None:
        return []
    return [Issue("numbers", ERROR, f"the source says a multiple ('gấp'), the translation "
                                    f"'{less.group()}': a fraction")]


def _direction(target: str, start: int, end: int, lang: str) -> bool | None:
    """A comparative right after the value's noun (`o šest transakcí víc`), else the value's
    own direction words (`numdirection.said_direction`); none after a bound (`more than
    145,000`, `víc než 30`): that comparative hedges the value."""
    after = _NOUN_THEN[lang].match(target, end)
    if after:
        return after["w"].lower() in _UP_AFTER
    if _BOUND[lang].search(target, max(0, start - 16), start):
        return None
    return said_direction(target, start, end, lang)


def _said(target: str, lang: str) -> list[tuple[Decimal, tuple[int, int]]]:
    """Every value of the translation with its span: digits, then numbers in words."""
    out = [(_target_value(m["v"], lang), m.span()) for m in _TARGET[lang].finditer(target)]
    out += [(w.value, (w.start, w.end)) for w in find_word_numbers(target, lang)
            if w.strong and not w.scaled]
    return out


def _source_value(text: str) -> Decimal:
    """A Vietnamese value: a dot groups thousands (`612.000`), a comma is the decimal mark."""
    return Decimal(text.replace(".", "").replace(",", "."))


def _target_value(text: str, lang: str) -> Decimal:
    """A translation's value: English groups with commas (`612,000`), Czech with spaces and
    writes a decimal comma (`612 000`, `0,6`)."""
    if lang == "en":
        return Decimal(text.replace(",", ""))
    return Decimal(text.replace(" ", "").replace("\u00a0", "").replace(",", "."))
