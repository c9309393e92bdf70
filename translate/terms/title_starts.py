"""Where a composed title, body or place may start (split from `compose.py`, whose parser runs
only there): tables of the first tokens of the title grammar's tries, so that text without
titles costs the matcher one lookup per token."""

from __future__ import annotations

from collections.abc import Sequence

from translate.terms.lone_roles import counted_holder, new_holder
from translate.terms.tokens import END as _END
from translate.terms.tokens import TokenTrie

__all__ = ["UNIT_HEAD", "StartIndex"]
# the last word of a unit's head (`Trạm trưởng`, `đội trưởng`), which news often writes before
# its unit named again in lower case (`phó đội trưởng đội kiểm soát …`): a start here, and the
# unit read as its body in `compose.TitleComposer._unit_again`
UNIT_HEAD = "trưởng"
# lower-case level words of communes, wards and districts: a one-word body head right after one
# is the first syllable of the unit's name (`xã Trường Sơn`, `xã Vụ Bản`), round forty-four
_NAME_LEVELS = frozenset({"xã", "phường", "huyện", "trấn"})


class StartIndex:
    """First tokens of the tries (`tries`: what may start something; `inner_tries`: what only
    continues it, such as a named body's domain words) and what may follow each of them."""

    def __init__(self, tries: Sequence[TokenTrie], inner_tries: Sequence[TokenTrie],
                 cap_firsts: frozenset[str], word_firsts: frozenset[str],
                 prep_firsts: frozenset[str], extenders: frozenset[str],
                 lower_follow: dict[str, list[tuple]],
                 bare_roles: frozenset[str] = frozenset(),
                 lower_units: frozenset[str] = frozenset()) -> None:
        follow: dict[str, set[str]] = {}
        singles: set[str] = set()
        for trie in tries:
            for first, node in trie.root.items():
                follow.setdefault(first, set()).update(k for k in node if k != _END)
                if _END in node:
                    singles.add(first)
        self.follow = {k: frozenset(v) for k, v in follow.items()}
        inner: set[str] = set()  # every word of a table or glossary term but the first
        for trie in inner_tries:
            inner.update(trie.firsts)
        stack = [node for trie in (*tries, *inner_tries) for node in trie.root.values()]
        while stack:
            node = stack.pop()
            for key, child in node.items():
                if key != _END:
                    inner.add(key)
                    stack.append(child)
        self.inner = frozenset(inner)
        self.singles = frozenset(singles)
        self.extenders = extenders
        self.cap_firsts = cap_firsts
        self.lower_units = lower_units  # first words of a unit's committee (`đảng ủy xã`)
        # first token -> (starts a capitalised term, starts a level/place/modifier word,
        # ends a one-word term, possible second tokens, is a place preposition, second
        # tokens of a role written in lower case or None, those of them that end a role which
        # may stand alone in lower case: `bare_roles`, a unit's own head, `trưởng thôn`)
        self._info = {tok: (tok in cap_firsts, tok in word_firsts,
                            tok in self.singles, self.follow.get(tok, frozenset()),
                            tok in prep_firsts,
                            frozenset(x[2] for x in lower_follow[tok])
                            if tok in lower_follow else None,
                            frozenset(x[2] for x in lower_follow.get(tok, ())
                                      if x[1].id in bare_roles))
                      for tok in cap_firsts | word_firsts}

    def start_info(self, token: str) -> tuple | None:
        """What the walk needs to know of a token where something may start (`_info`); None
        where nothing starts. The matcher keeps it on its trie's root nodes, so the check
        costs no lookup of its own."""
        return self._info.get(token)

    def candidate(self, low: Sequence[str], text: str, ends: Sequence[int], k: int,
                  info: tuple, after: int | None
                  ) -> bool:
        """Can something start at token `k` (token k is `text[ends[2k]:ends[2k+1]]`)? A
        capitalised role or body whose second word follows (or a one-word one followed by a
        capital, a number or a word that extends it), or a level, place or modifier word with
        a capital or a number just after it. Where a listed term starts (`after`: the token
        after it) only if something that could extend it follows: otherwise a composition
        could not be longer, and the listed term wins a tie."""
        n = len(low)
        if after is not None and (after >= n or not (
                low[after] in self.extenders or low[after] in self.inner
                or text[ends[2 * after]].isupper() or low[after].isdigit())):
            return False
        capital, word, single, follow, prep, lower, bare = info
        if prep:  # `tại Kỳ Anh`: two capitalised syllables follow
            return after is None and k + 2 < n and text[ends[2 * k + 2]].isupper() \
                and text[ends[2 * k + 4]].isupper()
        nxt = low[k + 1] if k + 1 < n else ""
        if capital and text[ends[2 * k]].isupper() and (nxt in follow or (
                single and nxt and (nxt in self.extenders or text[ends[2 * k + 2]].isupper()))):
            return True
        before = text[ends[2 * k - 2]] if k else ""
        if lower is not None and nxt in lower and (nxt in bare or new_holder(  # `tân giám đốc`
                low, k, before) or counted_holder(low, k, before) or any(  # `phó giám đốc Sở
                text[ends[2 * m]].isupper() or low[m].isdigit()  # Y tế`, `… phố 3`,
                or low[m] in self.lower_units  # `bí thư chi bộ thôn`
                for m in range(k + 2, min(k + 7, n))) or any(  # `phó đội trưởng đội …`
                low[m] == UNIT_HEAD and low[m + 1] == low[m - 1]
                for m in range(k + 1, min(k + 3, n - 1)))):
            return True
        return word and (single or nxt in follow) and (nxt.isdigit() or any(
            text[ends[2 * m]].isupper() for m in range(k + 1, min(k + 6, n))))

    def starts_something(self, low, sens, k) -> bool:
        """A role, body or committee word starts at `k` (`Hà Tĩnh Ban Tổ chức …` ends a
        place); a one-word one only before a capital (`xã Thạch Đài` is a name), and not right
        after a lower-case level word (`_NAME_LEVELS`)."""
        tok = low[k]
        if tok not in self.cap_firsts or k + 1 >= len(low):
            return False
        return low[k + 1] in self.follow[tok] or (
            tok in self.singles and sens[k + 1][:1].isupper()
            and not (k and sens[k - 1] in _NAME_LEVELS) and not _inside_name(sens, k))


def _inside_name(sens: Sequence[str], k: int) -> bool:
    """A one-word body head written like a syllable (`Hội`, not an acronym) after a capitalised
    syllable: a syllable of the name being read (`xã Mỹ Hội Đông`, `phường Cửa Hội`)."""
    prev = sens[k - 1] if k else ""
    return prev[:1].isupper() and prev.isalpha() and not prev.isupper() and sens[k].istitle()
