"""The counted noun changed with the number kept (`48.000 liều` → `48,000 animals`, `3.200
container` → `3,200 tonnes`): the pairing sees the same value, yet the translation counts
another thing. Judged only between nouns of a small table of things news counts, each read
right after its number (after a scale word at most) on both sides; a noun outside the table
(`units`, `kusů`, `items`: words for any thing) is never judged. So is the thing a rate is per
(`38 triệu đồng/m2` → `VND38 million per apartment`)."""

from __future__ import annotations

import re

from translate.review.qa.base import ERROR, Issue, lang_of
from translate.review.qa.nummessages import shown
from translate.review.qa.numread import Num

__all__ = ["noun_issues"]

_SP = r"[\s\u00a0]+"
# kind of thing -> (Vietnamese, Czech, English) nouns right after the count
_NOUNS: dict[str, tuple[str, str, str]] = {
    "dose": (r"liều", r"dáv(?:ka|ky|ek|kám|kách|kami|ku|kou)", r"doses?"),
    # (`xe container`, `container trucks`, `kontejnerových vozů`: a vehicle, not read)
    "container": (r"(?:container|công[\s-]?te[\s-]?nơ)(?!\s+(?:xe|tàu))",
                  r"kontejner(?:y|ů|ech|ům|em|u|a)?", r"containers?(?![\s-]+(?:truck|lorr|ship"
                  r"|vessel|vehicle|port|terminal))"),
    "vehicle": (r"(?:xe|ô\s+tô|phương\s+tiện)(?!\s+(?:máy|container|công))",
                r"vozid\w*|aut(?:o|a|omobil\w*)?|kamion\w*",
                r"vehicles?|cars?|trucks?|lorr(?:y|ies)"),
    "animal": (r"con(?=\s+(?:bò|lợn|heo|gà|trâu|vịt|dê|cừu|gia\s+súc|gia\s+cầm)(?!\w))",
               r"zvířat\w*|krav\w*|prasat\w*|prase|slepic\w*",
               r"animals?|cattle|cows?|pigs?|chickens?"),
    "household": (r"hộ(?!\s+chiếu)", r"domácnost\w*|rodin\w*", r"households?|famil(?:y|ies)"),
    "apartment": (r"căn(?:\s+hộ)?", r"byt(?:y|ů|ech|ům|a)?", r"apartments?|flats?"),
    "mass": (r"tấn|kg|ki-lô-gam|tạ|yến", r"tun[auy]?|tunám|tunách|kg|kilogram\w*|kil(?:o|a)?",
             r"tonnes?|tons?|kg|kilos?|kilograms?"),
    "volume": (r"lít|m3|m³|mét\s+khối", r"litr\w*|m3|m³|metr\w*\s+krychlov\w*",
               r"lit(?:re|er)s?|m3|m³|cubic\s+met(?:re|er)s?"),
    "area": (r"m2|m²|mét\s+vuông", r"metr\w*\s+čtverečn\w*|čtverečn\w*\s+metr\w*|m2|m²",
             r"square\s+met(?:re|er)s?|sq\.?\s*m|m2|m²"),
    "person": (r"người|nhân\s+khẩu|cá\s+nhân",
               r"osob(?:a|y|ě|u|ou|ám|ách|ami)?|obyvatel\w*|jednotliv(?:ec|ci|ců|cům|cích|ci)",
               r"person|people|capita|resident|individuals?"),  # never `head`: of cattle too
    # a body of people (`11 tập thể và 26 cá nhân`, `11 organisations and 26 individuals`)
    "organisation": (r"tập\s+thể|tổ\s+chức|doanh\s+nghiệp|công\s+ty",
                     r"organizac\w*|subjekt\w*|kolektiv\w*|firm(?:a|y|ě|u|ou|ám|ách|ami)?|firem"
                     r"|podnik(?:y|ů|ům|ech|u|em)?|společnost(?:i|í|em|ech|mi)?",
                     r"organi[sz]ations?|bod(?:y|ies)|collectives?|entit(?:y|ies)|compan(?:y|ies)"
                     r"|firms?|businesses|enterprises?"),
    # a market's or a fair's stalls (`260 gian hàng`, `260 stánků`, `260 booths`)
    "stall": (r"gian\s+hàng", r"stán(?:ek|ky|ků|kům|cích|kem|kách|ků)", r"stalls?|booths?"),
    # people counted by their role: of a kind with `người` (`12.846 người dự thi` ~ `12,846
    # candidates`), never with the posts they compete for or the groups they are in
    "candidate": (r"thí\s+sinh|ứng\s+viên", r"uchazeč\w*|kandidát\w*",
                  r"candidates?|applicants?|examinees?"),
    "minister": (r"bộ\s+trưởng", r"ministr(?:ů|ům|ech|y|i|a)?(?!\w)", r"ministers?"),
    # places to be filled (`1.035 chỉ tiêu`, `1 035 míst`, `1,035 posts`)
    "post": (r"chỉ\s+tiêu(?!\s+(?:kinh|kế|phát|chính|chủ))", r"(?:pracovních\s+)?míst(?:a|o)?",
             r"posts|places|positions|vacancies|slots"),
    "group": (r"nhóm", r"skupin\w*|okruh\w*", r"groups?|clusters?"),
}
# kinds one word may stand for: a role of people for `người` (`37 người` ~ `37 ministers`), a
# group for a body (`240 tập thể` ~ `240 groups`); two roles are still two things
_ALIKE = (("person", frozenset({"candidate", "minister"})),
          ("organisation", frozenset({"group"})))


def _another_thing(ours: str, theirs: str) -> bool:
    """The two kinds are two things (no general kind and one of its roles)."""
    return ours != theirs and not any(
        {ours, theirs} <= {general} | roles and general in (ours, theirs)
        for general, roles in _ALIKE)
_LANG_INDEX = {"vi": 0, "cs": 1, "en": 2}
# a scale word may stand between the number and its noun (`1,1 triệu con`, `1.1 million head`)
_SCALE = (r"(?:(?:nghìn|ngàn|triệu|tỷ|tỉ|tisíc\w*|milion\w*|miliard\w*|thousand|million|billion"
          r"|bn|m)" + _SP + ")?")
_KIND = {lang: [(kind, re.compile(_SP + _SCALE + rf"(?:{words[i]})(?![^\W\d_])", re.IGNORECASE))
                for kind, words in _NOUNS.items()]
         for lang, i in _LANG_INDEX.items()}


# a Czech compound of a number and a unit (`padesátimetrový`, `dvoutunový`)
# (`dvanáctičlenných skupinách`: groups of twelve members, the number inside the word)
_COMPOUND = re.compile(r"[^\W\d_]*(?:metr|tun|litr|gram|hektar|člen)[^\W\d_]*$", re.IGNORECASE)


def _kind(text: str, n: Num, lang: str) -> tuple[str, str] | None:
    """(kind, words) of the table's noun right after a number, if any."""
    end = max(n.token.end, n.scale_end)
    for kind, pattern in _KIND[lang]:
        m = pattern.match(text, end)
        if m:
            return kind, m.group().strip()
    return None


# the thing a rate is per (`38 triệu đồng/m2` ~ `VND38 million per square metre`): the first
# slash, `per`, `za` or `na` after the number, with no other number between
_PER_AT = {"vi": re.compile(r"[^\d;/]{0,30}?/[\s\u00a0]*"),
           "cs": re.compile(r"[^\d;]{0,40}?(?<!\w)(?:za|na)" + _SP + r"(?:jed(?:en|nu|no)" + _SP
                            + ")?"),
           "en": re.compile(r"[^\d;]{0,40}?(?<!\w)per" + _SP)}
_PER_KIND = {lang: [(kind, re.compile(rf"(?:{words[i]})(?![^\W\d_])", re.IGNORECASE))
                    for kind, words in _NOUNS.items()]
             for lang, i in _LANG_INDEX.items()}


def _per_kind(text: str, n: Num, lang: str) -> tuple[str, str] | None:
    """(kind, words) of the table's noun a rate after the number is per, if any."""
    m = _PER_AT[lang].match(text, max(n.token.end, n.scale_end))
    if m is None:
        return None
    for kind, pattern in _PER_KIND[lang]:
        if (noun := pattern.match(text, m.end())) is not None:
            return kind, noun.group()
    return None


def noun_issues(source: str, target: str, src: list[Num], tgt: list[Num],
                target_lang: str) -> list[Issue]:
    """A number of the source's counted thing said of another thing of the table."""
    lang = lang_of(target_lang)
    if lang not in _KIND:
        return []
    for s in src:
        if s.partner < 0 or s.time is not None or s.token.is_date:
            continue
        t = tgt[s.partner]
        if _COMPOUND.search(t.token.text):
            continue  # `padesátimetrový byt`: the unit is in the word, the noun is the thing
        ours, theirs = _kind(source, s, "vi"), _kind(target, t, lang)
        if ours is not None and theirs is not None and _another_thing(ours[0], theirs[0]):
            return [Issue("numbers", ERROR, f"{shown(s.token.text + ' ' + ours[1])} is written "
                                            f"{shown(t.token.text + ' ' + theirs[1])} in the "
                                            "translation: another thing counted")]
        ours, theirs = _per_kind(source, s, "vi"), _per_kind(target, t, lang)
        if ours is not None and theirs is not None and ours[0] != theirs[0]:  # `per apartment`
            return [Issue("numbers", ERROR, f"{shown(s.token.text)} per {shown(ours[1])} is "
                                            f"written {shown(t.token.text)} per "
                                            f"{shown(theirs[1])} in the translation: a rate "
                                            "per another thing")]
    return []
