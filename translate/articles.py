"""Source articles of a batch: found, read, segmented, checked, before any work is done.

`run`, `update`, `build`, `segment` and `terms` all read articles through `read_articles`, so
the sentences `translate segment` prints are exactly the ones a PO file holds and `build`
finds (the project's abbreviations and HTML mode included).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from translate.config import Config
from translate.document import Document, Segment
from translate.errors import InputError
from translate.formats.read import read_document
from translate.po.merge import SourceUnit, source_units
from translate.text.segment import Abbreviations, load_abbreviations, segment_document

ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
_CONTROL = re.compile(r"[\x00-\x1f\x7f\x85\u2028\u2029]")


@dataclass
class Article:
    """A source article read and segmented, with its distinct sentences (computed once: every
    target and stage of a run asks for them)."""

    document: Document
    segments: list[Segment]
    _units: list[SourceUnit] | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def name(self) -> str:
        return self.document.path.name

    def units(self) -> list[SourceUnit]:
        if self._units is None:
            self._units = source_units(self.name, self.segments)
        return self._units

    def po_path(self, out_dir: Path, lang: str) -> Path:
        return out_dir / lang / f"{self.document.path.stem}.po"


def collect_sources(paths: Iterable[Path]) -> list[Path]:
    """Files as given, folders expanded to their articles (sorted), missing paths refused."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found += sorted(
                p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES
            )
        elif path.exists():
            found.append(path)
        else:
            raise InputError(
                "no such file or folder",
                path=path,
                hint="check the path; folders are searched for .txt .md .html",
            )
    for path in found:
        if _CONTROL.search(path.name):
            raise InputError(
                "the file name has a line break or another control character, which would "
                "end up in the PO file's references",
                path=path,
                hint="rename the file",
            )
    if not found:
        raise InputError(
            "no articles found",
            path=", ".join(str(p) for p in paths),
            hint="give .txt, .md or .html files or folders holding them",
        )
    return found


def read_article(path: Path, config: Config, abbreviations: Abbreviations | None = None
                 ) -> Article:
    """One article read and segmented with the project's settings (HTML mode, abbreviations);
    it may have no sentences at all."""
    if abbreviations is None:
        abbreviations = load_abbreviations(config.abbreviations)
    document = read_document(path, html_mode=config.html_mode)
    return Article(document, segment_document(document, abbreviations))


def read_articles(paths: Sequence[Path], config: Config) -> list[Article]:
    """Read and segment every article; any bad file stops the batch before work starts."""
    abbreviations = load_abbreviations(config.abbreviations)
    articles = []
    stems: dict[str, Path] = {}
    for path in collect_sources(paths):
        article = read_article(path, config, abbreviations)
        if not article.segments:
            raise InputError(
                "no text to translate found", path=path, hint="is the file empty or only markup?"
            )
        if path.stem in stems and stems[path.stem] != path:
            raise InputError(
                f"two articles would write the same PO file ({stems[path.stem]})",
                path=path,
                hint="rename one of them or run them separately",
            )
        stems[path.stem] = path
        articles.append(article)
    return articles
