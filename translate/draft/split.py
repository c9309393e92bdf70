"""Sentences too long for the model, split into parts it can take.

A model has a fixed number of positions (512 for OPUS-MT and M2M100) and a decoding limit; a
run-on sentence of 800 words or a table pasted as one line is longer. Sent whole it used to
stop the batch (`RuntimeError: No position encodings...`) or came back cut short. Such a
sentence is split at whitespace into parts that fit, preferring clause ends (`,` `;` `:` `|`),
each part is translated on its own, and the draft joins them and says so, so a reviewer knows
to check the joins. Placeholders (`QZ1`) never contain whitespace, so no part cuts one.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from translate.po.provenance import QA

__all__ = ["LONG_CHECK", "split_to_fit", "long_note"]

LONG_CHECK = "long"
_ATOM = re.compile(r"\S+\s*")
_CLAUSE_END = re.compile(r"[,;:|)\]»”]\s*$|\s[-–—]\s*$")


def split_to_fit(text: str, count: Callable[[Sequence[str]], list[int]], limit: int
                 ) -> list[str]:
    """`text` in parts of at most `limit` tokens (by the engine's own tokeniser, `count`),
    cut at whitespace, at a clause end where one falls in the second half of a part. A single
    word longer than `limit` is a part of its own (the engine truncates it)."""
    atoms = _ATOM.findall(text)
    if not atoms:
        return [text]
    sizes = count([a.strip() for a in atoms])
    budget = max(1, int(limit * 0.9))  # tokenising words apart can undercount a little
    parts: list[str] = []
    start, used, last_clause = 0, 0, -1
    for i, size in enumerate(sizes):
        if used and used + size > budget:
            cut = last_clause + 1 if last_clause >= start else i
            parts.append("".join(atoms[start:cut]).strip())
            start = cut
            used = sum(sizes[start:i])
            last_clause = -1
        used += size
        if _CLAUSE_END.search(atoms[i]) and used >= budget // 2:
            last_clause = i
    parts.append("".join(atoms[start:]).strip())
    return [p for p in parts if p]


def long_note(tokens: int, limit: int, parts: int) -> str:
    """The `qa:` comment of a draft made in parts."""
    return (f"{QA} {LONG_CHECK}: the sentence has {tokens} tokens, more than the model takes "
            f"at once ({limit}); it was drafted in {parts} parts - check the joins")
