"""Hours a translation says by a bare number beside its half of the day, for the numbers check:
`từ 23 giờ đêm nay đến 5 giờ sáng mai` ~ `od jedenácti dnes večer do pěti zítra ráno`,
`2 giờ sáng` ~ `dvě hodiny ráno`, `4 giờ sáng` ~ `at four in the morning`.

Round nine found these on every fresh set's first run as one family: a source time left
unpaired beside a target number of the same hour on the 12-hour clock that nothing read as a
time. The pairing is made only where the number stands right before an hour noun or a half
of the day that agrees with the source's (`v šest večer` for `6 giờ sáng` stays an error).

Round twenty-three found the Czech spoken clock without either: `từ 18h đến 22h` ~ `od šesti do
deseti`, `7h-8h sáng` ~ `mezi sedmou a osmou`, `trước 21h` ~ `do deváté` after another time.
An hour word (a cardinal or an ordinal) pairs there only as an end of a span of hours or, after
`do`/`před`/`po`/`od`, in a translation that tells another time, with nothing counted after it
(`do deseti dnů` stays a number) and any half of the day agreeing (`pair_spoken_hours`)."""

from __future__ import annotations

import re

from translate.review.qa.base import lang_of
from translate.review.qa.numread import Num, plain_value
from translate.text.wordnumbers import CARDINAL, ORDINAL

__all__ = ["pair_clock_words", "pair_spoken_hours"]

# an hour noun or a half of the day, after at most two small words (`dnes`, `zítra`, `už`)
_AFTER = {
    "cs": re.compile(r"(?:[\s\u00a0]+(?:dnes|zítra|včera|už|již|hodiny|hodin))?"
                     r"(?:[\s\u00a0]+(?:dnes|zítra|včera))?[\s\u00a0]+"
                     r"(?P<p>hodin\w*|hod\.|ráno|do\s+rána|dopoledne|odpoledne|večer|v\s+noci"
                     r"|v\s+poledne"
                     r"|ranní\w*|dopolední\w*|odpolední\w*|večerní\w*|noční\w*)(?!\w)",
                     re.IGNORECASE),
    "en": re.compile(r"(?:[\s\u00a0]+o'clock)?[\s\u00a0]+(?P<p>o'clock|in\s+the\s+morning"
                     r"|in\s+the\s+afternoon|in\s+the\s+evening|at\s+night|tonight|this\s+"
                     r"(?:morning|afternoon|evening)|tomorrow\s+(?:morning|afternoon|evening)"
                     r"|a\.m\.|p\.m\.|am|pm)(?!\w)", re.IGNORECASE),
}
_AM = re.compile(r"ráno|rána|dopoledne|ranní|dopolední|morning|a\.m\.|am", re.IGNORECASE)
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


_HALF = r"(?:[\s\u00a0]+(?P<{}>ráno|do[\s\u00a0]+rána|dopoledne|odpoledne|večer|v\s+noci))?"
# `od šesti do deseti`, `mezi sedmou a osmou`, `od sedmi do půl deváté`, `mezi jedenáctou
# večer a pátou ráno`, `od devíti do jedenácti hodin`, `do dvou do rána` (until two in the
# morning): both ends words, the close ending its clause, an hour noun or a half of the day
_CS_SPAN = re.compile(r"\b(?:od|mezi)[\s\u00a0]+(?P<a>[^\W\d_]+)" + _HALF.format("pa")
                      + r"[\s\u00a0]+(?:do|a|až)[\s\u00a0]+(?:půl[\s\u00a0]+)?"
                      r"(?P<b>[^\W\d_]+)(?:[\s\u00a0]+hod(?:in\w*|\.))?" + _HALF.format("pb")
                      + r"(?=[\s\u00a0]*(?:[,.;:)!?]|$))",
                      re.IGNORECASE)
# `končí do deváté.`: one hour word closing its clause after a preposition of time
_CS_ONE = re.compile(r"\b(?:do|před|po|od)[\s\u00a0]+(?P<a>[^\W\d_]+)" + _HALF.format("pa")
                     + r"(?=[\s\u00a0]*(?:[,.;:)!?]|$))", re.IGNORECASE)


def _spoken_hours(target: str, tgt: list[Num]) -> dict[int, str]:
    """Start offsets of the Czech hour words that stand as times, with their half of the day."""
    found = {}
    for m in _CS_SPAN.finditer(target):
        found[m.start("a")] = m["pa"] or m["pb"] or ""  # `od šesti do deseti večer`: shared
        found[m.start("b")] = m["pb"] or ""
    if any(t.time is not None for t in tgt):  # another time told: `v půl sedmé ... do deváté`
        for m in _CS_ONE.finditer(target):
            found.setdefault(m.start("a"), m["pa"] or "")
    return found


def pair_spoken_hours(target: str, target_lang: str, src: list[Num], tgt: list[Num]) -> None:
    """Pair a source time on the hour with a Czech hour word said as a span's end or after a
    preposition of time (see the module's note), on the 12-hour clock."""
    hours = [s for s in src if not s.matched and s.time is not None and not s.time.minute]
    if lang_of(target_lang) != "cs" or not hours or not any(
            not t.matched and t.time is None and t.word_kind in (CARDINAL, ORDINAL) for t in tgt):
        return  # nothing to pair: the translation is not scanned (this runs on every segment)
    spoken = _spoken_hours(target, tgt)
    for s in hours:
        hour = s.time.hour % 12 or 12
        t = next((t for t in tgt if not t.matched and t.time is None
                  and t.word_kind in (CARDINAL, ORDINAL) and t.token.start in spoken
                  and plain_value(t.token) == hour
                  and _agrees(s.time.pm, spoken[t.token.start])), None)
        if t is not None:
            s.matched = t.matched = True
