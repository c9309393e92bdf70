"""A bound said the other way round: the source puts the exact value below the number it
gives (`gần 30%`, `dưới 500`) and the translation above it (`přes 30 %`, `more than 500`),
or the reverse (`hơn 1.900 dự án` ~ `necelých 1900 projektů`, `từ 4.000 người trở lên` ~
`nejvýše 4000`). Judged only where both sides hedge the same paired value, each with a word
of one side only: a hedge left out or one that says nothing of the side (`khoảng`, `about`)
is no error here (`translate.review.qa.numround` judges rounded values)."""

from __future__ import annotations

import re

from translate.review.qa.base import ERROR, Issue, lang_of
from translate.review.qa.numread import Num, plain_value

__all__ = ["hedge_issues"]

# the source's side words right before the value (`gần`: nearly; `hơn`/`trên`: over) and
# after it (`từ 4.000 người trở lên`: 4,000 or more); `cao hơn 5%` is a comparison, no bound
# (`không quá 35`, at most, is left out: translations keep its negation, `no more than 35`)
_VI_BELOW = re.compile(r"(?<!\w)(?:gần|dưới|chưa\s+(?:đến|tới)|tối\s+đa)\s+$", re.IGNORECASE)
_VI_ABOVE = re.compile(r"(?<!\w)(?<!cao\s)(?<!nhiều\s)(?<!lớn\s)(?<!thấp\s)(?<!ít\s)"
                       r"(?<!nhanh\s)(?<!chậm\s)(?<!giảm\s)(?<!tăng\s)(?<!kém\s)"
                       r"(?:hơn|trên|ít\s+nhất|tối\s+thiểu)\s+$", re.IGNORECASE)
_VI_ABOVE_AFTER = re.compile(r"[^,;:()]{0,24}?(?<!\w)trở\s+lên(?!\w)", re.IGNORECASE)
# the translation's side words right before the value
_BELOW = {"cs": re.compile(r"(?<!\w)(?:téměř|skoro|bezmála|takřka|necel\w+|méně\s+než"
                           r"|nejvýše|maximálně)\s+(?:o\s+|na\s+)?$", re.IGNORECASE),
          "en": re.compile(r"(?<!\w)(?:almost|nearly|just\s+under|close\s+to|less\s+than"
                           r"|fewer\s+than|under|below|at\s+most)\s+(?:by\s+)?$", re.IGNORECASE)}
_ABOVE = {"cs": re.compile(r"(?<!\w)(?:přes|více\s+než|víc\s+než|nejméně|alespoň|minimálně)"
                           r"\s+(?:o\s+|na\s+)?$", re.IGNORECASE),
          "en": re.compile(r"(?<!\w)(?:more\s+than|over|just\s+over|upwards\s+of|at\s+least"
                           r"|in\s+excess\s+of)\s+(?:by\s+)?$", re.IGNORECASE)}
# a negation before the translation's side word turns it round (`no more than`, `not over`,
# `nesmí mít víc než`, `ne více než`): left unjudged
_NEGATED = re.compile(r"(?<!\w)(?:no|not|never|ne|nesm\w*|nemá\w*|nemůž\w*|nebud\w*"
                      r"|nesmě\w*)(?:\s+\w+)?\s+$", re.IGNORECASE)


# how far before a value its side word is looked for: the longest one (`chưa đến`, `more than`)
# with a preposition (`o`, `by`) and the space around them
_SIDE_REACH = 24


def _source_side(source: str, s: Num) -> str:
    """`below`, `above` or `` (no side): the source's hedge of `s`, before it or after it
    (`từ 4.000 người trở lên`)."""
    before = source[max(0, s.token.start - _SIDE_REACH) : s.token.start]
    if _VI_BELOW.search(before):
        return "below"
    if _VI_ABOVE.search(before) or _VI_ABOVE_AFTER.match(source, s.token.end):
        return "above"
    return ""


def _target_side(target: str, t: Num, lang: str) -> str:
    """`below`, `above` or `` for the translation's hedge right before `t`; a hedge with both
    sides' words in reach, or negated, says no side."""
    start = max(0, t.token.start - _SIDE_REACH)
    before = target[start : t.token.start]
    below, above = _BELOW[lang].search(before), _ABOVE[lang].search(before)
    hedge = below or above
    if hedge and _NEGATED.search(target, max(0, start + hedge.start() - 40),
                                 start + hedge.start()):
        return ""  # `no more than 35`, `nesmí mít víc než 35`: the negation turns it round
    return "below" if below and not above else "above" if above and not below else ""


def hedge_issues(source: str, target: str, src: list[Num], tgt: list[Num],
                 target_lang: str) -> list[Issue]:
    """Errors for a paired value whose bound the translation turns round."""
    lang = lang_of(target_lang)
    if lang not in _BELOW:
        return []
    for s in src:
        if s.partner < 0 or s.time is not None or s.token.is_date:
            continue
        t = tgt[s.partner]
        value = plain_value(s.token)
        if t.is_word or value is None or value != plain_value(t.token):
            continue  # only the same value on both sides: a rounded one is `numround`'s
        side, said = _source_side(source, s), _target_side(target, t, lang)
        if side and said and side != said:
            return [Issue("numbers", ERROR, f"the source puts the value {side} "
                                            f"'{s.token.text}', the translation {said} "
                                            f"'{t.token.text}'")]
    return []
