"""Hours a translation says by a bare number beside its half of the day, for the numbers check:
`từ 23 giờ đêm nay đến 5 giờ sáng mai` ~ `od jedenácti dnes večer do pěti zítra ráno`,
`2 giờ sáng` ~ `dvě hodiny ráno`, `4 giờ sáng` ~ `at four in the morning`.

Round nine found these on every fresh set's first run as one family: a source time left
unpaired beside a target number of the same hour on the 12-hour clock that nothing read as a
time. The pairing is made only where the number stands right before an hour noun or a half
of the day that agrees with the source's (`v šest večer` for `6 giờ sáng` stays an error)."""

from __future__ import annotations

import re

from translate.review.qa.base import lang_of
from translate.review.qa.numread import Num, plain_value
from translate.text.wordnumbers import CARDINAL

__all__ = ["pair_clock_words"]

# an hour noun or a half of the day, after at most two small words (`dnes`, `zítra`, `už`)
_AFTER = {
    "cs": re.compile(r"(?:[\s\u00a0]+(?:dnes|zítra|včera|už|již|hodiny|hodin))?"
                     r"(?:[\s\u00a0]+(?:dnes|zítra|včera))?[\s\u00a0]+"
                     r"(?P<p>hodin\w*|hod\.|ráno|dopoledne|odpoledne|večer|v\s+noci|v\s+poledne"
                     r"|ranní\w*|dopolední\w*|odpolední\w*|večerní\w*|noční\w*)(?!\w)",
                     re.IGNORECASE),
    "en": re.compile(r"(?:[\s\u00a0]+o'clock)?[\s\u00a0]+(?P<p>o'clock|in\s+the\s+morning"
                     r"|in\s+the\s+afternoon|in\s+the\s+evening|at\s+night|tonight|this\s+"
                     r"(?:morning|afternoon|evening)|tomorrow\s+(?:morning|afternoon|evening)"
                     r"|a\.m\.|p\.m\.|am|pm)(?!\w)", re.IGNORECASE),
}
_AM = re.compile(r"ráno|dopoledne|ranní|dopolední|morning|a\.m\.|am", re.IGNORECASE)
_PM = re.compile(r"odpoledne|večer|odpolední|večerní|afternoon|evening|tonight|p\.m\.|pm",
                 re.IGNORECASE)


def _agrees(pm: bool | None, period: str) -> bool:
    """The half of the day the target's word gives does not contradict the source's."""
    if pm is None:
        return True
    if _PM.search(period):
        return pm is True
    if _AM.search(period):
        return pm is False
    return True  # an hour noun or the night: no half to contradict


def pair_clock_words(target: str, target_lang: str, src: list[Num], tgt: list[Num]) -> None:
    """Pair a source time on the hour with a bare target number (digits or a cardinal) of that
    hour on the 12-hour clock standing before an hour noun or an agreeing half of the day."""
    after = _AFTER.get(lang_of(target_lang))
    if after is None:
        return
    for s in src:
        if s.matched or s.time is None or s.time.minute:
            continue
        hour = s.time.hour % 12 or 12
        for t in tgt:
            if t.matched or t.time is not None or t.word_kind not in ("", CARDINAL) or (
                    plain_value(t.token) not in (hour, s.time.hour)):
                continue  # ordinal hours (`třetí hodinou`) are the reader's (`times`)
            m = after.match(target, t.token.end)
            if m and _agrees(s.time.pm, m.group("p")):
                s.matched = t.matched = True
                break
