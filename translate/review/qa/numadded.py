"""Numbers a translation adds: which it may add for the reader (a conversion in brackets or
after `tedy`/`or`, a rounded value before the exact one, a time said twice), and which it
never adds on its own, so that a bare `two` there is reported (a length of time, a count of
the dead or hurt, a difference: `two more than last year`). `translate.review.qa.numbers`
asks these questions of the numbers it could not pair."""

from __future__ import annotations

import re
from dataclasses import replace

from translate.review.qa.measures import rounds_to, same_measure
from translate.review.qa.numread import Num, plain_value
from translate.text.numbers import NumberToken

__all__ = ["converts_before", "glossed", "misconverted", "never_the_translators"]


def never_the_translators(target: str, t: Num) -> bool:
    """`dva`, `two` alone are often the translator's (`hai` left unsaid); not before a length
    of time (`každé dva roky`), a count of the dead (`two died`, `killed two people`) or a
    difference (`two more than last year`, `o dva víc`), nor as a part of a group (`two of
    them children`, `z toho dvě děti`)."""
    return any(p.match(target, t.token.end) for p in (_TIME_AFTER, _DEATHS_AFTER, _COMPARED,
                                                      _PART_AFTER)) or any(
        p.search(target, max(0, t.token.start - 30), t.token.start) is not None
        for p in (_DEATHS_BEFORE, _PART_BEFORE))


# a part of a group counted in words: `two of them children`, `z toho dvě děti`, `z nich dva`
_PART_AFTER = re.compile(r"[\s\u00a0]+of[\s\u00a0]+(?:them|whom)(?!\w)", re.IGNORECASE)
_PART_BEFORE = re.compile(r"(?<!\w)(?:z[\s\u00a0]+toho|z[\s\u00a0]+nich|among[\s\u00a0]+them)"
                          r"[\s\u00a0]+$", re.IGNORECASE)


_TIME_AFTER = re.compile(r"[\s\u00a0-]*(?:years?|months?|weeks?|days?|hours?|decades?|rok\w*"
                         r"|let\b|měsíc\w*|týdn\w*|dn[ůyíe]\w*|hodin\w*"
                         # terms of office and seasons: `two terms`, `dvě volební období`
                         r"|terms?\b|seasons?\b|(?:volební|funkční)\w*\s+obdob\w*|sezon\w*)",
                         re.IGNORECASE)
# a count of the dead or hurt is never the translator's: `không có ca tử vong` → `two deaths`
_DEATHS_AFTER = re.compile(r"[\s\u00a0-]*(?:(?:people|persons?|lidé|osoby)\s+)?(?:(?:byli|byly"
                           r"|were|have been|had been)\s+)?(?:deaths?|dead"
                           r"|died|killed|victims?|fatalit\w*|injur\w*|wounded|úmrt\w*|mrtv\w*"
                           r"|zemřel\w*|zahynul\w*|obět\w*|zraněn\w*)(?!\w)", re.IGNORECASE)
# the dead or hurt counted after their verb: `killed two people`, `zabily dva lidi`,
# `zemřeli dva lidé`, `left two dead`
_DEATHS_BEFORE = re.compile(r"(?<!\w)(?:killed|left|injured|wounded|claimed the lives of"
                            r"|zabil\w*|usmrtil\w*|zemřel\w*|zahynul\w*|zranil\w*|zraněn\w*"
                            r"|byli zraněni)\s+(?:(?:at least|nejméně|alespoň)\s+)?$",
                            re.IGNORECASE)
# a difference: `two more than last year`, `two fewer`, `o dva víc než loni`, `dva navíc`
_COMPARED = re.compile(r"[\s\u00a0]*(?:more|fewer|less|higher|lower|víc|více|méně|navíc)"
                       r"(?!\w)", re.IGNORECASE)


def glossed(target: str, t: Num, tgt: list[Num]) -> bool:
    """A number in brackets right after a paired one: a conversion the translator added for
    the reader (`100 milionů dongů (asi 4 000 USD)`, `VND100 million ($4,000)`); or after
    `tedy`, `or`, `i.e.` (`40 tisíc dongů, tedy asi 38 korun`, `VND40,000, or roughly $1.60`)."""
    if _rounded_before_exact(target, t, tgt):
        return True
    if t.is_word and (share := plain_value(t.token)) is not None and 0 < share < 1 and (
            _UNIT_DEFINED.match(target, _bracket_open(target, t.token.start))):
        return True  # `jeden či (desetina taelu)`: a unit the reader may not know, defined
    if t.time is not None and any(n.matched and n.time is not None and n.time.agrees(t.time)
                                  for n in tgt):
        return True  # `ve tři čtvrtě na pět, tedy v 4:45`: a time said twice
    lead = _GLOSS_LEAD.search(target, max(0, t.token.start - 60), t.token.start)
    if lead is not None:
        tail = target[t.token.start : t.token.end + 16]
        return bool(_CONVERTED.search(tail) or _CONVERTED.search(lead.group())) and any(
            n.matched and 0 <= lead.start() - max(n.token.end, n.scale_end) <= 30 for n in tgt)
    before = _bracketed_after(target, t, tgt)
    return bool(before) and _converts(target, t, before)


# a share alone in brackets after a word, naming the unit it is of: `one chi (a tenth of a
# tael)`, `jeden či (desetina taelu)`: the unit before it defined, no number of the sentence
_UNIT_DEFINED = re.compile(r"(?<=[^\W\d_])[\s\u00a0]+\((?:an?|one|jedna)?[\s\u00a0]*[^\W\d_]+"
                           r"[\s\u00a0]+(?:of[\s\u00a0]+(?:an?|one)[\s\u00a0]+)?[^\W\d_]+\)",
                           re.IGNORECASE)


def _bracket_open(target: str, start: int) -> int:
    """Where the space before the bracket that opens right before `start` begins; the text's
    end where there is none, so that no pattern matches there."""
    at = target.rfind("(", max(0, start - 6), start)
    return at - 1 if at > 0 and target[at - 1].isspace() else len(target)


def converts_before(target: str, t: Num, tgt: list[Num]) -> bool:
    """A measure in brackets that converts the paired measure just before it at its rate
    (`13-15C (55-59F)`, `18 kg (40 lb)`): the translator's even where the pair lacks another
    number (a date said as a weekday); a price in dollars, whose rate is unknown, is not."""
    return any(same_measure(target, _unit_end(n), n.scaled or plain_value(n.token), _unit_end(t),
                            t.scaled or plain_value(t.token)) is True
               for n in _bracketed_after(target, t, tgt))


def misconverted(target: str, tgt: list[Num]) -> Num | None:
    """A conversion (in brackets, or after `or`) that keeps the value of the measure before it
    in another unit of its dimension (`235 km2 (235 sq miles)`, `58 hectares (58 acres)`,
    `118-133 km/h, or 118-133 mph`): the number is the source's, but as a conversion it is
    wrong. Only an unchanged value is judged: a translator's rough conversion is not."""
    for t in tgt:
        value = t.scaled or plain_value(t.token)
        lead = _GLOSS_LEAD.search(target, max(0, t.token.start - 60), t.token.start)
        near = [n for n in tgt if lead is not None and n.token.end <= lead.start() <= max(
            n.token.end, n.scale_end) + 30] or _bracketed_after(target, t, tgt)
        before = [n for n in near if n is not t and (n.scaled or plain_value(n.token)) == value]
        if before and not any(same_measure(target, _unit_end(n), value, _unit_end(t), value)
                              is not False for n in before):
            return t
    return None


def _bracketed_after(target: str, t: Num, tgt: list[Num]) -> list[Num]:
    """The paired numbers just before the brackets `t` is in, where the brackets hold a
    currency or a unit (`(2 per person)` is a number of its own, no conversion)."""
    opening = target.rfind("(", 0, t.token.start)
    closing = target.find(")", t.token.end)
    if opening < 0 or ")" in target[opening : t.token.start] or closing < 0:
        return []
    if not _CONVERTED.search(target[opening:closing]):
        return []
    return [n for n in tgt if n.matched and 0 <= opening - max(n.token.end, n.scale_end) <= 25]


def _converts(target: str, t: Num, before: list[Num]) -> bool:
    """A measure in brackets must be a conversion of a measure just before it (`118-133km/h
    (73-83mph)`: each end of one range, `38C (100F)`); a price in dollars is not checked."""
    said = [same_measure(target, _unit_end(n), n.scaled or plain_value(n.token), _unit_end(t),
                         t.scaled or plain_value(t.token)) for n in before]
    return any(s is not False for s in said) if any(s is not None for s in said) else True


def _rounded_before_exact(target: str, t: Num, tgt: list[Num]) -> bool:
    """`přibližně 147 bilionů dongů (146 990 miliard)`: a rounded value, then the exact one
    (paired with the source) in brackets."""
    end = max(t.token.end, t.scale_end)
    opening = target.find("(", end, end + 25)
    after = next((n for n in tgt if n.token.start > opening), None) if opening >= 0 else None
    if after is None or not after.matched or ")" in target[end:opening]:
        return False
    exact = after.scaled if after.scaled is not None else plain_value(after.token)
    written = t.scaled if t.scaled is not None else plain_value(t.token)
    return exact is not None and written is not None and written > 0 and rounds_to(
        exact, written)


# `, tedy asi`, `, or roughly $`: what leads in a conversion outside brackets (a range of
# them shares it: `tedy zhruba 55 až 70 korun`)
_GLOSS_LEAD = re.compile(
    r"(?:,\s*|\s)(?:tedy|tj\.|neboli|čili|or|i\.\s?e\.|which is|that is|equivalent to)\s+"
    r"(?:(?:asi|zhruba|přibližně|cca\.?|téměř|skoro|přes|roughly|about|around|some|nearly"
    r"|almost|approximately|just over|over|under)\s+)?(?:(?:na|ve?|at)\s+)?[$€£]?"
    r"(?:\d[\d.,\u00a0 ]*\s*(?:-|–|až|to)\s*[$€£]?)?$"
    # a price in dollars after a comma and `about`: `VND86 million, about $3,400`
    r"|,\s*(?:about|roughly|around|approximately|some|asi|zhruba|přibližně)\s+[$€£]$",
    re.IGNORECASE)
# what a conversion in brackets is in: a currency or a unit of measure
_CONVERTED = re.compile(r"\$|€|£|¥|USD|EUR|GBP|CZK|Kč|korun|dolar|dollar|eur|liber|pound"
                        r"|(?<=\d)\s?(?:km|m|cm|mm|kg|t|g|l|ha|°|mi)\b|mil(?![\w.])|miles?|feet"
                        r"|ft|inch|(?<=\d)in\b|mph|gallon|lbs?\b|(?<=\d)\s?°?F\b"
                        r"|stup|degree|tun|tonn|metr|met(?:er|re)|hektar|hectare|acre",
                        re.IGNORECASE)


def _unit_end(n: Num) -> NumberToken:
    """The token as if it ended after its scale word, where its unit is (`2 million litres`);
    a scaled value is rounded at its significant digits (`1.3 million`), not its decimals."""
    if n.scale_end <= n.token.end:
        return n.token
    return replace(n.token, end=n.scale_end, decimals=0)
