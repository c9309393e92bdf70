"""Places named on their own and the next places after one (split from `placenames.py`, whose
`PlaceReader` reads a place name at a token): a place after a level or place word, a landmark or
a place preposition (`huyện [Cẩm Xuyên]`, `tại [Kỳ Anh]`), the next item of a list (`các tỉnh
A, B và C`), the second place of a route or a port (`Vũng Áng - Bùng`), a ward named `X - City`
and a friendship body's pair of countries. `PlaceSpans` is the reader's base: its methods read
with the reader's `read`, `name_run`, `rendering` and tries."""

from __future__ import annotations

from collections.abc import Sequence

from translate.terms.foreign import is_vietnamese_syllable
from translate.terms.place_tokens import VIETNAM, is_number, slug
from translate.terms.title_tables import Level
from translate.terms.titles import Part, Place

__all__ = ["PlaceSpans", "DASH_NAMED", "FORMER", "RIVER_WORD"]

FORMER = "cũ"  # after a level word: the unit before the 2025 mergers
# place words kept inside a place named alone (`[sông Tiền]`: a river keeps its word, the
# eleventh set's README; the name alone stays where it is part of a title or body); the newer
# sets mark the river's name alone, which the matcher gives as its `name_start` (round 42)
RIVER_WORD = "sông"
_KEPT = {RIVER_WORD: ("řeka {}", "{} River")}
# a port named by two places joined by a dash is one name (`cảng [Cái Mép - Thị Vải]`)
_PORTS = frozenset({"cảng", "cảng biển"})
# since July 2025 wards of a merged city may be named `X - City` (a listed city): one place name
DASH_NAMED = frozenset({"phường"})

Tokens = Sequence[str]  # a sentence's tokens, lower-cased (`low`) or as written (`sens`)
Span = tuple[int, int, str, dict[str, tuple[str, ...]]]  # (start, end, concept, targets)


class PlaceSpans:
    """The place spans a `PlaceReader` finds on their own, after a list or a dash: a base
    without state of its own, reading with the reader's `read`, `name_run`, `rendering`,
    `_word` and tries (`levels`, `preps`, `landmarks`, `whole`), so both stay one reader."""

    def alone(self, low: Tokens, sens: Tokens, i: int) -> Span | None:
        """A place after a level or place word (`huyện [Cẩm Xuyên]`, `cửa khẩu [Nậm Cắn]`), or
        a numbered unit with its level word (`[Phường 1]`): (start, end, concept, targets)."""
        level, word = self.levels.longest(low, sens, i), self._word(low, sens, i)
        if word is not None and (level is None or word[0] > level[0]):
            level = word  # `xã biên giới Ia Mơ`: the longer word, not the level `xã`
        if level is None:
            return self._landmark(low, sens, i) or self._after_preposition(low, sens, i)
        if level[0] >= len(low):
            return None
        part = Part(level=level[1] if isinstance(level[1], Level) else None)
        # `huyện cũ Tương Dương`: a unit merged away in 2025, named after `cũ` (former)
        k = level[0] + (sens[level[0]] == FORMER and part.level is not None)
        # no title here, so a name right after the level word is the place's, even when it
        # starts like a surname (`đặc khu Bạch Long Vĩ`)
        end = self.read(low, sens, part, k, heuristic=True, keep_first=True, after_word=True)
        place = part.place
        if place is None or sens[level[0] - 1] == "." and len(sens[level[0] - 2]) == 1 and \
                not place.numbered and " " not in place.source:  # `Nguyễn Văn H. Cho biết`
            return None
        if not place.numbered and not place.concept and end < len(low) and len(low[end]) == 1 \
                and is_number(low, end):  # `xã Sơn Kim 1` (merged communes)
            end += 1
            place = self.rendering(" ".join(sens[level[0]:end]), None)
        start = i if place.numbered else k
        if place.concept and low[i] in self.whole.root and (end, place.concept) in \
                self.whole.matches(low, sens, i):  # `Biển Đông`: listed with its capital word
            start = i
        more = self.after_dash(low, sens, end) if " ".join(low[i:level[0]]) in _PORTS else None
        if more is not None and not place.numbered:
            place = Place(f"{place.source} - {' '.join(sens[more[0]:more[1]])}",
                          f"{place.cs} - {more[3]['cs'][0]}", f"{place.cs_gen} - "
                          f"{more[3]['cs'][0]}", f"{place.en} - {more[3]['en'][0]}")
            end = more[1]
        concept = place.concept or "place:" + slug(place.source)
        kept = _KEPT.get(low[i]) if level[0] == i + 1 and sens[i][:1].islower() else None
        if kept is not None:  # `sông Tiền`: řeka Tiền / Tien River (a listed river as listed)
            cs, en = (place.cs, place.en) if place.concept else (
                kept[0].format(place.cs), kept[1].format(place.en))
            return i, end, concept, {"cs": (cs,), "en": (en,)}
        return start, end, concept, {"cs": (place.cs,), "en": (place.en,)}

    def _landmark(self, low: Tokens, sens: Tokens, i: int) -> Span | None:
        """`Thành cổ Quảng Trị`, `Ngã ba Đồng Lộc`: a landmark named by a lower-case word
        and a name is a place, the word included."""
        found = self.landmarks.longest(low, sens, i)
        if found is None or found[0] >= len(low) or not sens[found[0]][:1].isupper():
            return None
        end = self.name_run(low, sens, i, keep_first=True)
        if end <= found[0]:
            return None
        place = self.rendering(" ".join(sens[i:end]), None)
        return i, end, "place:" + slug(place.source), {"cs": (place.cs,), "en": (place.en,)}

    def after_list(self, low: Tokens, sens: Tokens, e: int, i: int) -> Span | None:
        """The next place of a list after a level word (`các tỉnh Quảng Ninh, Hải Phòng và
        Thái Bình`), also after a place word (`cửa khẩu Hữu Nghị và Tân Thanh`) or a place
        preposition (`tại Hàm Thuận và Đức Linh`): a listed place or a name of two or more
        syllables, same level (the first may be a former unit: `tỉnh X cũ và Y cũ`); after a
        preposition an unlisted name is Vietnamese syllables only (not `ở Baja California, Tây
        Bắc Sonora`, `trên Facebook và Kênh YouTube`)."""
        level = self.levels.longest(low, sens, i) or self._word(low, sens, i)
        if level is not None and e + 2 < len(low) and low[e] == FORMER:
            e += 1  # `hai tỉnh Nam Định cũ và Hà Nam cũ`: both units merged away in 2025
        prep = level is None
        if prep:
            level = self.preps.longest(low, sens, i)
        if level is None or not (e + 1 < len(low) and low[e] in (",", "và")
                                 and sens[e + 1][:1].isupper()):
            return None
        part = Part(level=level[1] if isinstance(level[1], Level) else None)
        end = self.read(low, sens, part, e + 1, heuristic=True)
        place = part.place
        if place is None or place.numbered or (not place.concept and end - e - 1 < 2):
            return None
        if prep and not place.concept and not _vietnamese(low, e + 1, end):
            return None
        return e + 1, end, place.concept or "place:" + slug(place.source), \
            {"cs": (place.cs,), "en": (place.en,)}

    def dash_named(self, low: Tokens, sens: Tokens, part: Part, word: str, j: int) -> int:
        """`UBND phường Xuân Hương - Đà Lạt`: a ward named `X - City` (2025)."""
        if part.place is None or word not in DASH_NAMED:
            return j
        more = self.after_dash(low, sens, j)
        if more is None or not more[2].startswith("place."):
            return j
        first, cs, en = part.place, more[3]["cs"][0], more[3]["en"][0]
        part.place = Place(f"{first.source} - {' '.join(sens[more[0]:more[1]])}",
                           f"{first.cs} - {cs}", f"{first.cs_gen} - {cs}", f"{first.en} - {en}")
        return more[1]

    def pair(self, low: Tokens, sens: Tokens, part: Part, j: int) -> int:
        """`Hội hữu nghị Việt Nam - Ba Lan`: a friendship body names two countries."""
        one = part.place
        more = self.after_dash(low, sens, j) if one and (
            one.country or one.concept == VIETNAM) else None
        if more is None or not more[2].startswith(("country.", "state.")):
            return j
        cs, en = f"{one.cs} - {more[3]['cs'][0]}", f"{one.en} - {more[3]['en'][0]}"
        part.place = Place(f"{one.source} - {' '.join(sens[more[0]:more[1]])}", cs, cs, en)
        return more[1]

    def after_dash(self, low: Tokens, sens: Tokens, e: int) -> Span | None:
        """The second place of a route after a place (`cao tốc Vũng Áng - Bùng`)."""
        if not (e + 1 < len(low) and low[e] == "-" and sens[e + 1][:1].isupper()):
            return None
        part = Part()
        end = self.read(low, sens, part, e + 1, heuristic=True, after_word=True)
        place = part.place
        if place is None:
            return None
        return e + 1, end, place.concept or "place:" + slug(place.source), \
            {"cs": (place.cs,), "en": (place.en,)}

    def _after_preposition(self, low: Tokens, sens: Tokens, i: int) -> Span | None:
        """`tại Kỳ Anh`, `sang Savannakhet`: a listed place, or a name of two or more
        capitalised syllables that starts with no surname, role or body."""
        found = self.preps.longest(low, sens, i)
        if found is None or found[0] >= len(low) or not sens[found[0]][:1].isupper():
            return None
        (start, (_, local_only)), part = found, Part()
        end = self.read(low, sens, part, start, heuristic=True)
        place = part.place
        if place is None or (not place.concept and end - start < 2):
            return None
        if local_only and not place.concept and not _vietnamese(low, start, end):
            return None  # `như La Roche Posay`: a brand
        return start, end, place.concept or "place:" + slug(place.source), \
            {"cs": (place.cs,), "en": (place.en,)}


def _vietnamese(low: Sequence[str], start: int, end: int) -> bool:
    """Tokens `start`..`end` are all Vietnamese syllables: an unlisted name after a preposition
    that also introduces brands and outlets (`như ~` in `place_prepositions.txt`)."""
    return all(is_vietnamese_syllable(t) for t in low[start:end])
