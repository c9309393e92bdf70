"""Consistency across files: the same sentence translated differently elsewhere."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

import polib

from translate.po.catalog import entry_line
from translate.review.qa.base import WARNING, Finding
from translate.text.normalize import sentence_key

__all__ = ["CatalogInput", "consistency_findings"]


@dataclass
class CatalogInput:
    """A parsed PO file to check: its path (as shown in findings) and polib catalog."""

    path: str
    catalog: polib.POFile
    target_lang: str = ""
    extra: list[Finding] = field(default_factory=list)


def consistency_findings(inputs: Sequence[CatalogInput]) -> list[Finding]:
    """The same sentence (`sentence_key`) translated differently across the checked files."""
    by_source: dict[tuple[str, str], list[tuple[str, polib.POEntry]]] = defaultdict(list)
    for item in inputs:
        for entry in item.catalog:
            if entry.obsolete or not entry.msgstr or entry.fuzzy:
                continue
            by_source[(item.target_lang, sentence_key(entry.msgid))].append((item.path, entry))
    findings = []
    for occurrences in by_source.values():
        variants = Counter(" ".join(e.msgstr.split()) for _, e in occurrences)
        if len(variants) < 2:
            continue
        for path, entry in occurrences:
            others = [v for v in variants if v != " ".join(entry.msgstr.split())]
            findings.append(Finding(
                path, entry_line(entry), entry.msgid, "consistency",
                WARNING, f"translated differently elsewhere: {others[0]!r}"
                + (f" (+{len(others) - 1} more)" if len(others) > 1 else ""),
            ))
    return findings
