"""Place names inside titles and bodies, and on their own (the title grammar's place reader).

A place is a glossary place (`Hà Tĩnh`, `Lào`, `TP.HCM`), or, after a level or committee word
or a named body, a name the glossary does not list: a run of capitalised syllables, cut before
a person's name (a surname followed by two or more syllables: `UBND huyện Cẩm Xuyên Nguyễn
Thị Thanh Nga`), maybe ending in a number (`xã Sơn Kim 1`). After a level word a number alone
is a numbered unit (`Phường 1`, `thôn 2`, `Quận 3`) whose renderings name the level (`městská
čtvrť 1`, `Ward 1`). Renderings follow the place-name policy (`titles.place_rendering`). The
places named on their own and after a list or a dash are read by the base `place_spans.PlaceSpans`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from translate.terms.foreign import is_vietnamese_syllable
from translate.terms.model import Entry, Glossary
from translate.terms.place_spans import PlaceSpans
from translate.terms.place_tokens import ROMAN, is_foreign, is_label, is_number, slug
from translate.terms.title_tables import Level, TitleGrammar
from translate.terms.titles import Part, Place, place_rendering
from translate.terms.tokens import GLUED_DASH, TokenTrie, is_abbreviation, term_tokens
from translate.text.normalize import match_key

__all__ = ["PlaceReader", "PLACE_POS"]

PLACE_POS = frozenset({"place", "country"})
_NAMED_PLACE_POS = PLACE_POS | {"geo"}  # regions, rivers, seas: names, not titles' places
_MAX_PLACE = 4  # syllables of a place name the glossary does not list
# the middle names that only a person's name has after its first syllable (`Văn`, `Thị`): a
# syllable before one is an unlisted surname, round sixty-six
_MIDDLE_NAMES = frozenset({"Văn", "Thị"})
_MAX_RUN = 9  # capitalised syllables looked at: a place and a full name after it
_APOSTROPHES = frozenset({"'", "\u2019"})
LOCAL_MARK = "~"  # after a place preposition: an unlisted name after it must be Vietnamese
_REGION, _NUMBERED_WORDS = "level.region", frozenset({"vùng"})  # `Chi cục Kiểm lâm vùng IV`
# place words that are also names or other words when capitalised (`hồ Thác Bà`, not `Hồ Chí
# Minh`; `thác Bản Giốc`, `hang Sơn Đoòng`): taken only in lower case
_LOWER_ONLY = frozenset({"hồ", "hang", "động", "thác", "đầm", "phá", "suối"})
_BRAND = re.compile("[A-Z]{3,8}")  # a company's name written in capitals (`LEGO`)
# a landmark's name may start with a word whose second syllable is lower case
_LANDMARKS = frozenset({("ngã", "ba"), ("ngã", "tư"), ("ngã", "sáu"), ("thành", "cổ"),
                        ("địa", "đạo"), ("nhà", "tù"), ("nghĩa", "trang"), ("đền", "thờ"),
                        ("nhà", "thờ"), ("phố", "cổ"), ("chiến", "khu"), ("cầu", "cảng")})
# the units a school, a residential group or a village is in (`thôn 3 xã Kỳ Tân`)
_WHERE = frozenset({"phường", "xã", "quận", "huyện", "thị"})


# levels a foreign place may follow (`tỉnh Champasak`, `thành phố Busan`); after the others (xã,
# phường, huyện, thôn...) the name is a Vietnamese one even where it is spelt like a foreign place
# named after people; a special zone's name may start like a surname (`đặc khu Bạch Long Vĩ`)
_HERO_LEVELS = frozenset({"level.ward", "level.commune", "level.township", "level.special_zone"})
_FOREIGN_LEVELS = frozenset({"level.province", "level.city", "level.central", "level.region"})


def _unit_number(low: Sequence[str], sens: Sequence[str], k: int) -> bool:
    """Token `k` numbers the name before it (`Sơn Kim 1`, `Móng Cái 2`): a unit's number of
    one digit, or of two before a capital or punctuation (`Quận 10,`)."""
    return len(low[k]) <= 2 and is_number(low, k) and (
        len(low[k]) == 1 or k + 1 >= len(low) or not sens[k + 1].isalpha()
        or sens[k + 1][:1].isupper())


def _province(part: Part, entry: Entry) -> bool:
    """A listed province after `tỉnh`: every province is listed, so capitals after it are a
    holder's name (`ĐBQH tỉnh Lâm Đồng Ka H'Hoa`), not a longer place."""
    return isinstance(part.level, Level) and part.level.id == _PROVINCE \
        and entry.concept.count(".") == 1 and entry.concept.startswith("place.")


_PROVINCE = "level.province"


class PlaceReader(PlaceSpans):
    """The glossary's places and the level words of a title grammar, read at a token."""

    def __init__(self, grammar: TitleGrammar, glossary: Glossary, levels: TokenTrie) -> None:
        self.grammar, self.levels = grammar, levels
        self.region = next((lv for lv in grammar.levels if lv.id == _REGION), None)
        self.places, self.level_places, self.words = TokenTrie(), TokenTrie(), TokenTrie()
        self.whole = TokenTrie()  # capitalised listed names that start with a place word
        for word in grammar.place_words:
            self.words.add(word, word)
        self.preps, self.landmarks = TokenTrie(), TokenTrie()
        self.regions = TokenTrie()  # `Đồng bằng sông Cửu Long`, `ĐBSCL`: a named body's region
        for word in grammar.place_prepositions:  # `như ~`: Vietnamese names only after it
            local = word.endswith(LOCAL_MARK)
            word = word.removesuffix(LOCAL_MARK).strip()
            self.preps.add(word, (word, local))  # (the word, Vietnamese names only)
        for first, second in _LANDMARKS:
            self.landmarks.add(f"{first} {second}", first, cap_first=True)
        self.absorbed: set[tuple[str, str]] = set()  # (concept, term) left to the composer
        for entry in glossary.entries:
            if entry.kind != "term" or entry.pos not in _NAMED_PLACE_POS:
                continue
            for term in entry.source_terms if entry.pos == "geo" else ():
                self.regions.add(term, entry, cap_first=True)
            # `vùng Tây Bắc` where `Tây Bắc` is a term too: the name alone is matched (the
            # annotation guideline: a place is its name, without a level or place word)
            names = {match_key(t) for t in entry.source_terms}
            for term in entry.source_terms:
                worded = self._after_level_word(term, self.words, any_case=True)
                if term[:1].islower() and worded and match_key(worded) in names:
                    self.absorbed.add((entry.concept, term))
            for term in entry.source_terms:
                name = self._after_level_word(term)
                worded = self._after_level_word(term, self.words, any_case=entry.pos == "geo")
                if entry.pos not in PLACE_POS and not worded:
                    continue  # a river or bay: only its name after the word (`sông [Hương]`)
                if worded and not name and (term[:1].islower() or entry.pos == "geo"):
                    # `vùng Trung du và miền núi phía Bắc`, `sông Sài Gòn`: the place is the
                    # name after the place word, rendered as the glossary renders the place
                    self.level_places.add(worded, (entry, False), cap_first=True)
                    self.absorbed.add((entry.concept, term))
                    if term[:1].isupper():  # `Biển Đông`: written so, the word is the name's
                        self.whole.add(term, entry.concept, cap_first=True)
                    continue
                if name and term[:1].islower():
                    # `tỉnh Hòa Bình`: the place is the name after the level word, and the
                    # name alone is rendered (the entry's target has the level noun)
                    self.level_places.add(name, (entry, True), cap_first=True)
                    self.absorbed.add((entry.concept, term))
                    continue
                if name:  # `thành phố Hồ Chí Minh` written lower-case: the entry's name
                    self.level_places.add(name, (entry, False), cap_first=True)
                if term[:1].isupper():
                    self.places.add(term, entry, cap_first=True)
        self.firsts = frozenset(levels.firsts | self.words.firsts | self.preps.firsts
                                | self.landmarks.firsts)
        # a role, body or committee word starts at token k: a name run stops there
        self.stops: Callable[[Sequence[str], Sequence[str], int], bool] = \
            lambda low, sens, k: False
        self._cache: dict[tuple[str, str, bool], Place] = {}
        # two-syllable words known to the glossary and the vocabularies (`lao động`, `dân
        # chủ`): a capitalised syllable that starts one is no name's last (`Đảng Lao động`)
        self.pairs: frozenset[tuple[str, str]] = frozenset()

    def _after_level_word(self, term: str, words: TokenTrie | None = None,
                          any_case: bool = False) -> str:
        toks = term_tokens(term)
        found = (words or self.levels).longest([t.lower() for t in toks], toks, 0)
        if found is None or found[0] >= len(toks) or not (
                any_case or toks[found[0]][:1].isupper()):
            return ""
        return " ".join(toks[found[0]:])

    def known(self, low, sens, j) -> tuple[int, Place] | None:
        found = self.places.longest(low, sens, j) if j < len(low) else None
        if found is None:
            return None
        end, entry = found
        return end, self.rendering(" ".join(sens[j:end]), entry)

    def read(self, low, sens, part: Part, j: int, heuristic: bool, keep_first: bool = False,
             dashed: bool = False, after_word: bool = False, bare: bool = False) -> int:
        """The place at token `j` into `part.place`; returns the token after it. A listed
        place, or (`heuristic`) a name after a level word or a named body, or a numbered
        unit after a level word; the longest wins, a listed one on a tie. `keep_first`: a
        name may start with a surname (`Trường THCS Lê Văn Thiêm`); `dashed`: a body's name
        may be two names joined by a dash (`Thăng Long - Hà Nội`); `bare`: right after a listed
        body, with no level word (see `name_run`)."""
        if j >= len(low):
            return j
        best_end, best, longer = j, None, 0
        known = self.places.longest(low, sens, j)
        if known is not None and isinstance(part.level, Level) \
                and part.level.id not in _FOREIGN_LEVELS and (
                    is_foreign(known[1].concept) or known[1].concept.startswith("country.")):
            known = None  # `phường Hà Khẩu` is a ward of Hạ Long, `xã Mỹ Lý` no country
        elif known is not None and heuristic and part.level is None and known[0] == j + 1 \
                and known[1].concept.startswith("country.") and self._local_name(low, sens, j):
            known = None  # `tại Mỹ Xuyên`: a Vietnamese name, not `Mỹ`
        if known is not None:
            best_end, best = known[0], self.rendering(" ".join(sens[j:known[0]]), known[1])
            if heuristic and (part.level is not None or after_word) and not _province(
                    part, known[1]) and self._longer(low, sens, known, keep_first):
                # `phường Quy Nhơn Nam`, `cửa khẩu Lào Bảo`; not `tỉnh Lâm Đồng Ka H'Hoa`
                best, longer = None, known[0]
            elif heuristic and isinstance(part.level, Level) and known[0] < len(low) \
                    and _unit_number(low, sens, known[0]) and not is_foreign(known[1].concept):
                best = None  # `xã Sơn Kim 1`: merged communes are numbered
            elif heuristic and known[0] == j + 1 < len(low) and is_abbreviation(sens[j]) \
                    and ROMAN.fullmatch(sens[j + 1]):  # `VSIP III`: a park's numbered site
                best_end, best = j + 2, self.rendering(" ".join(sens[j:j + 2]), None)
        if after_word and heuristic and j > 0:  # `sông [Sài Gòn]`: the river, not the city
            named = self.level_places.longest(low, sens, j)
            if named is not None and named[0] >= best_end and named[1][0].pos not in PLACE_POS \
                    and any(t.lower().startswith(low[j - 1]) for t in named[1][0].source_terms):
                best_end, best = named[0], self.rendering(" ".join(sens[j:named[0]]), named[1][0])
        if heuristic and best is None:  # a listed place wins; `Lào Khamphet` is a name
            # `thành phố Hồ Chí Minh`: a listed place's name after its level word only
            named = self.level_places.longest(low, sens, j) if (
                part.level is not None or after_word) else None
            if named is not None and named[0] > best_end:
                best_end, (entry, name_only) = named
                best = self.rendering(" ".join(sens[j:best_end]), entry, name_only=name_only)
            run = self.name_run(low, sens, j, keep_first or self._hero(low, sens, part, j),
                                dashed, bare)
            if longer and run <= longer:  # `phường [Hội An Tây]`: the run goes on after the
                run = self.name_run(low, sens, longer, True, dashed, bare)  # listed place
            if dashed and run == j and _BRAND.fullmatch(sens[j]) and not ROMAN.fullmatch(
                    sens[j]) and not self.stops(low, sens, j):
                run = j + 1  # `Tập đoàn [LEGO]`: a named body's name in capitals
            if run > best_end:
                best_end, best = run, self.rendering(" ".join(sens[j:run]), None)
            if best is None and isinstance(part.level, Level) and (is_number(low, j) or (
                    is_label(low, j) and j + 1 < len(low)
                    and low[j + 1] in _WHERE)):  # `thôn 3 xã X`: after a level, a label
                best_end, best = j + 1, self.numbered(part.level, sens[j])
            elif best is None and isinstance(part.level, Level) and low[j] == "số" \
                    and is_label(low, j + 1):  # `tổ dân phố số 5 (phường X)`: the number sign
                best_end, best = j + 2, self.numbered(part.level, sens[j + 1])
        if best is not None:
            part.place = best
        return best_end

    def _local_name(self, low, sens, j: int) -> bool:
        """A one-syllable country and a capitalised Vietnamese syllable that is no surname, in a
        short run of capitals: a local place (`Mỹ Xuyên`); not `Lào Nguyễn Bá Hùng` (a holder),
        `Mỹ Joe Biden`, `Indonesia Tàn Phá Cả` (a headline in capitals)."""
        run = j
        while run < len(low) and sens[run][:1].isupper():
            run += 1
        return run - j in (2, 3) and is_vietnamese_syllable(low[j]) \
            and is_vietnamese_syllable(low[j + 1]) and sens[j + 1] not in self.grammar.surnames

    def _hero(self, low, sens, part: Part, j: int) -> bool:
        """`phường Hà Huy Tập`: a commune or ward named after a person (a surname and at most
        two syllables, no `Thị`/`Văn`: not the holder's name after a bare level word)."""
        return isinstance(part.level, Level) and part.level.id in _HERO_LEVELS \
            and sens[j + 1:j + 2] not in (["Thị"], ["Văn"]) \
            and not (j + 3 < len(sens) and sens[j + 3][:1].isupper())

    def _word(self, low, sens, i):
        """The place word at token `i` (end, word), or None."""
        found = self.words.longest(low, sens, i)
        if found is not None and low[i] in _LOWER_ONLY and not sens[i][:1].islower():
            return None
        return found

    def word_ending(self, low, first: int, last: int) -> int | None:
        """`tuyến cao tốc Vũng Áng`: where a place word (`cao tốc`) inside a listed term
        (tokens `first`..`last`) ends it, the token it starts on (a place may follow)."""
        root = self.words.root
        for k in range(first + 1, last + 1):
            if low[k] in root:
                found = self.words.longest(low, low, k)
                if found is not None and found[0] == last + 1:
                    return k
        return None

    def number_then_place(self, low, sens, j) -> bool:
        """`Thuế cơ sở 2 tỉnh Nghệ An`: a number, a level word and a name is a unit's number
        (`3 tỉnh` alone is a count)."""
        if not is_label(low, j):
            return False
        level = self.levels.longest(low, sens, j + 1)
        return level is not None and level[0] < len(low) and sens[level[0]][:1].isupper()

    def _longer(self, low, sens, known, keep_first: bool) -> bool:
        """A Vietnamese listed place that is only the start of a longer name: after a level
        or place word, a capitalised syllable follows that starts no surname (a holder's name),
        role or body; a foreign place is followed by people's names instead (`tỉnh Champasak
        Vilay Phommavong`), so it never is."""
        end, entry = known
        return (end < len(low) and sens[end][:1].isupper() and sens[end].isalpha()
                and not is_foreign(entry.concept)
                and sens[end] not in self.grammar.surnames and not self.stops(low, sens, end)
                and not is_abbreviation(sens[end]) and not ROMAN.fullmatch(sens[end])
                and sens[end + 1:end + 2] not in (["Thị"], ["Văn"]))  # `Đậu Thị Hương`

    def read_after_word(self, low, sens, part: Part, j: int) -> int:
        """A body's place written after a place word (`Đồn Biên phòng cửa khẩu Cha Lo`):
        the name into `part.place` when it has none yet; returns the token after it."""
        found = self._word(low, sens, j) if part.place is None else None
        if found is None or found[0] >= len(low) or not sens[found[0]][:1].isupper():
            return j
        if low[j] in _NUMBERED_WORDS and ROMAN.fullmatch(sens[found[0]]) and self.region:
            part.place = self.numbered(self.region, sens[found[0]])  # `Kiểm lâm vùng IV`
            return found[0] + 1
        end = self.read(low, sens, part, found[0], heuristic=True, after_word=True)
        return end if part.place is not None else j

    def level_name(self, low, sens, part: Part, j: int) -> int:
        """`Tỉnh đoàn Thái Bình`: after a body with its level built in, the name of a unit
        listed only with its level word (`tỉnh Thái Bình`: the bare name is a common word)."""
        named = self.level_places.longest(low, sens, j)
        if named is None or not named[1][1]:
            return j
        part.place = self.rendering(" ".join(sens[j:named[0]]), named[1][0], name_only=True)
        return named[0]

    def where(self, low, sens, part: Part, j: int) -> int:
        """`Trường Mầm non Hoa Hồng [phường Thành Sen]`, `Tổ dân phố 5 [phường Thành Sen]`: the
        ward, commune or district a unit named by its name or number is in, as its parent."""
        if j >= len(low) or low[j] not in _WHERE:
            return j
        where, level = Part(), self.levels.longest(low, sens, j)
        if level is None:
            return j
        where.level = level[1]
        end = self.read(low, sens, where, level[0], heuristic=True)
        if where.place is None:
            return j
        part.parents.append(where)
        return end

    def region_name(self, low, sens, part: Part, j: int) -> int:
        """`Viện Lúa [Đồng bằng sông Cửu Long]`: a listed region, capitalised, after a body
        named by its domain is where it works (rendered as the glossary renders the region)."""
        found = self.regions.longest(low, sens, j)
        if found is None:
            return j
        part.place = self.rendering(" ".join(sens[j:found[0]]), found[1])
        return found[0]

    def numbered(self, level: Level, number: str) -> Place:
        """`Phường 1`: a numbered unit, rendered with its level noun (it names its level)."""
        noun, noun_gen, en = (level.get("cs_noun"), level.get("cs_noun_gen"),
                              level.get("en_noun"))
        return Place(number, f"{noun} {number}", f"{noun_gen} {number}",
                     f"{en[:1].upper()}{en[1:]} {number}",
                     f"place:{slug(level.terms[0])}_{number}", numbered=True)

    def _highland_woman(self, sens: Sequence[str], j: int, k: int) -> bool:
        """The run `j`..`k` ends on a Central Highlands woman's name, `H'` + her given name +
        her clan name last (`xã Ea Kly H'Linh Niê`), after a place of one syllable or more; a
        place's own `H'` (`Ea H'Leo`) ends on no clan name (round 49)."""
        return k - j >= 5 and sens[k - 4] == "H" and sens[k - 3] in _APOSTROPHES \
            and sens[k - 2][:1].isupper() and sens[k - 1] in self.grammar.surnames

    def rendering(self, source: str, entry: Entry | None, name_only: bool = False) -> Place:
        if "'" in source or "\u2019" in source:  # tokens joined back: `Ea H'leo`
            source = re.sub(" ?(['\u2019]) ?", r"\1", source)
        if GLUED_DASH in source:  # `Kan-đan`
            source = source.replace(f" {GLUED_DASH} ", "-")
        key = (source, entry.concept if entry is not None else "", name_only)
        place = self._cache.get(key)
        if place is None:
            if len(self._cache) > 50_000:
                self._cache.clear()
            place = place_rendering(source, entry, self.grammar.keep_place_diacritics, name_only)
            self._cache[key] = place
        return place

    def name_run(self, low, sens, j: int, keep_first: bool = False, dashed: bool = False,
                 bare: bool = False) -> int:
        """End of a run of capitalised syllables from `j`, cut before a person's name (the
        last surname followed by two or more syllables; `bare`: right after a listed body, a
        surname and one syllable too, `Giám đốc Đại học Quốc gia Hà Nội Lê Quân`; a Central
        Highlands woman's name ending the run, `_highland_woman`) and after `_MAX_PLACE`
        syllables; a number right after the run (`Sơn Kim 1`) belongs to it."""
        k, n = j, len(low)
        longest = _MAX_PLACE
        if k + 2 < n and (low[k], low[k + 1]) in _LANDMARKS and sens[k][:1].isupper() \
                and sens[k + 2][:1].isupper():  # `Ngã ba Đồng Lộc`, `Thành cổ Quảng Trị`
            k, longest = k + 2, _MAX_PLACE + 2
        while True:
            while k < n and k - j < _MAX_RUN and sens[k][:1].isupper() and sens[k].isalpha() \
                    and not is_abbreviation(sens[k]) and not ROMAN.fullmatch(sens[k]) \
                    and not self.stops(low, sens, k):
                k += 1
            if not (j < k and k + 1 < n and (sens[k] in _APOSTROPHES and sens[k + 1].isalpha()
                                             or sens[k] == GLUED_DASH)):
                break
            k, longest = k + 2, longest + 2  # `Ea H'leo`, `Cư M'gar`; `Xay-sổm-bun`
        if self._highland_woman(sens, j, k):
            k -= 4  # her name is the holder's, not the place's
        cut = k
        for p in range(k - 3, j - (0 if keep_first else 1), -1):
            if sens[p] in self.grammar.surnames:
                # a double surname opening the run is the holder's too (`Trung ương Nguyễn Phạm
                # Thùy Trang`); a clan name written last opens none, it is the place's (`xã Ayun
                # Rơ Chăm Phơ`)
                cut = j if p == j + 1 and not keep_first and sens[j] in self.grammar.surnames \
                    and sens[j] not in self.grammar.last_surnames else p
                break
        if bare and not keep_first and k - j == 2 and sens[j] in self.grammar.surnames:
            cut = j
        for p in range(j + 1, min(cut, k - 2)):  # a surname not listed before a middle name
            if sens[p + 1] in _MIDDLE_NAMES:  # and a given name: `xã Xuân Hải Thông Văn Sính`
                cut = p
                break
        end = min(cut, j + longest)
        while j < end < n and sens[end].isalpha() and sens[end].islower() \
                and (low[end - 1], low[end]) in self.pairs:
            end -= 1
        k = min(k, end) if end < k else k
        if end == k > j and k < n and _unit_number(low, sens, k):
            end += 1
        if dashed and end == k > j and k + 1 < n and low[k] == "-" and sens[k + 1][:1].isupper():
            more = self.name_run(low, sens, k + 1, keep_first)
            end = more if more > k + 1 else end
        return end
