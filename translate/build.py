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
from translate.fileio import atomic_write_text, ensure_dir
from translate.formats.render import render_document
from translate.po.catalog import SentenceIndex, entry_line, load_catalog
from translate.review.qa.protected import added_markup

UNTRANSLATED, FUZZY, MISSING, MARKUP = "untranslated", "fuzzy", "missing", "markup"


@dataclass(frozen=True)
class Pending:
    """An entry that keeps an article from being built."""

    po: str
    line: int
    msgid: str
    state: str  # untranslated | fuzzy | missing (not in the PO: run `translate update`) | markup
    detail: str = ""  # for `markup`: the tags the translation adds

    def render(self) -> str:
        detail = f" ({self.detail})" if self.detail else ""
        return f"{self.po}:{self.line}: {self.state}{detail}: {self.msgid}"


@dataclass
class BuildResult:
    written: list[Path] = field(default_factory=list)
    refused: list[Path] = field(default_factory=list)  # PO files that are not ready
    pending: list[Pending] = field(default_factory=list)
    drafts_used: int = 0  # fuzzy or untranslated sentences built with --allow-draft


def translations_for(article: Article, catalog: polib.POFile, po_name: str,
                     index: SentenceIndex | None = None) -> tuple[list[str], list[Pending]]:
    """The translation of every segment, in order, and the entries that are not ready.

    Entries are found as `run` and `update` find them (`SentenceIndex`: the same sentence in
    any spelling); an obsolete entry does not count. `index` is `live_index(catalog)` when
    the caller has it already.
    """
    translations: list[str] = []
    pending: list[Pending] = []
    seen: set[str] = set()
    index = index if index is not None else live_index(catalog)
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


def live_index(catalog: polib.POFile) -> SentenceIndex:
    """The catalog's live entries by sentence, as `run` and `update` find them."""
    return SentenceIndex(e for e in catalog if not e.obsolete)


def markup_pending(article: Article, catalog: polib.POFile, po_name: str,
                   translations: list[str], target: str,
                   index: SentenceIndex | None = None) -> list[Pending]:
    """Translations that add HTML tags or links to an HTML or Markdown article: a reviewer's
    `<script>` would run on the published page (stored XSS), so the article is not built
    unless the markup is allowed (`--allow-markup`). Plain text articles render no markup."""
    if article.document.format not in ("html", "md"):
        return []
    index = index if index is not None else live_index(catalog)
    found: list[Pending] = []
    seen: set[str] = set()
    for segment, text in zip(article.segments, translations, strict=True):
        if text == segment.text or segment.text in seen:
            continue
        added = added_markup(segment.text, text, target)
        if added:
            seen.add(segment.text)
            entry = index.find(segment.text)
            line = entry_line(entry) if entry is not None else 0
            found.append(Pending(po_name, line, segment.text, MARKUP,
                                 "adds " + " ".join(added)))
    return found


def _own_folder(folder: Path) -> None:
    """`out/<lang>` is made by `build`: a symbolic link planted there (pointing at a web root,
    say) is not written through."""
    if folder.is_symlink():
        raise InputError("is a symbolic link; build writes only into a real folder", path=folder,
                         hint="remove the link, or pass --out with the folder you want")
    ensure_dir(folder)


def build_batch(
    sources: Sequence[Path],
    targets: Sequence[str],
    po_dir: Path,
    out_dir: Path,
    config: Config,
    allow_draft: bool = False,
    allow_markup: bool = False,
) -> BuildResult:
    """Build every article for every target into `out_dir/<lang>/<article file name>`.

    Refused, listing the entries: untranslated or fuzzy ones (unless `allow_draft`), and
    translations that add HTML tags or links (unless `allow_markup`)."""
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
        index = live_index(catalog)  # built once for both
        translations, pending = translations_for(article, catalog, str(po_path), index)
        missing = [p for p in pending if p.state == MISSING]
        markup = [] if allow_markup else markup_pending(article, catalog, str(po_path),
                                                        translations, target, index)
        if (pending and (not allow_draft or missing)) or markup:
            result.refused.append(po_path)
            result.pending += (pending if not allow_draft else missing) + markup
            continue
        result.drafts_used += len(pending)
        text = render_document(article.document, article.segments, translations)
        path = out_dir / target / article.document.path.name
        _own_folder(out_dir / target)
        atomic_write_text(path, text)
        result.written.append(path)
    return result
