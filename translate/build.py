"""`build`: source article + its reviewed PO file → the target article, in the source's format.

Like `po2txt`/`po2md`/`po2html`, but strict by default: while any sentence is untranslated or
still fuzzy the article is not built, and every such entry is listed (file:line, state, source)
so the translator knows exactly what is left. `allow_draft=True` builds anyway (fuzzy drafts
used, untranslated sentences left in Vietnamese) for previews.

Segmentation is the pipeline's own (`translate.articles.read_articles`), so the sentences found
now are the ones the PO file was made from; a sentence missing from the PO means the source
changed since, and `translate update` is the fix.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import polib

from translate.articles import Article, read_articles
from translate.config import Config
from translate.errors import InputError
from translate.fileio import atomic_write_text
from translate.formats.render import render_document
from translate.po.catalog import SentenceIndex, entry_line, load_catalog

UNTRANSLATED, FUZZY, MISSING = "untranslated", "fuzzy", "missing"


@dataclass(frozen=True)
class Pending:
    """An entry that keeps an article from being built."""

    po: str
    line: int
    msgid: str
    state: str  # untranslated | fuzzy | missing (not in the PO: run `translate update`)

    def render(self) -> str:
        return f"{self.po}:{self.line}: {self.state}: {self.msgid}"


@dataclass
class BuildResult:
    written: list[Path] = field(default_factory=list)
    refused: list[Path] = field(default_factory=list)  # PO files that are not ready
    pending: list[Pending] = field(default_factory=list)
    drafts_used: int = 0  # fuzzy or untranslated sentences built with --allow-draft


def translations_for(article: Article, catalog: polib.POFile, po_name: str
                     ) -> tuple[list[str], list[Pending]]:
    """The translation of every segment, in order, and the entries that are not ready.

    Entries are found as `run` and `update` find them (`SentenceIndex`: the same sentence in
    any spelling); an obsolete entry does not count.
    """
    translations: list[str] = []
    pending: list[Pending] = []
    seen: set[str] = set()
    index = SentenceIndex(e for e in catalog if not e.obsolete)
    for segment in article.segments:
        entry = index.find(segment.text)
        state = None
        if entry is None:
            state, text, line = MISSING, segment.text, 0
        else:
            line = entry_line(entry)
            text = entry.msgstr
            if not entry.msgstr:
                state, text = UNTRANSLATED, segment.text
            elif entry.fuzzy:
                state = FUZZY
        if state is not None and segment.text not in seen:
            seen.add(segment.text)
            pending.append(Pending(po_name, line, segment.text, state))
        translations.append(text)
    return translations, pending


def build_batch(
    sources: Sequence[Path],
    targets: Sequence[str],
    po_dir: Path,
    out_dir: Path,
    config: Config,
    allow_draft: bool = False,
) -> BuildResult:
    """Build every article for every target into `out_dir/<lang>/<article file name>`."""
    articles = read_articles(sources, config)
    result = BuildResult()
    jobs = []
    for article in articles:
        for target in targets:
            po_path = article.po_path(po_dir, target)
            if not po_path.exists():
                raise InputError("no PO file for this article", path=po_path,
                                 hint=f"run `translate run {article.document.path} --to {target}`"
                                 " first")
            jobs.append((article, target, po_path, load_catalog(po_path)))
    for article, target, po_path, catalog in jobs:
        translations, pending = translations_for(article, catalog, str(po_path))
        missing = [p for p in pending if p.state == MISSING]
        if pending and (not allow_draft or missing):
            result.refused.append(po_path)
            result.pending += pending if not allow_draft else missing
            continue
        result.drafts_used += len(pending)
        text = render_document(article.document, article.segments, translations)
        path = out_dir / target / article.document.path.name
        atomic_write_text(path, text)
        result.written.append(path)
    return result
