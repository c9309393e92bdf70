"""What `translate segment` and `translate terms` show: an article's sentences, and the
glossary terms and protected tokens in them, found by the same stages `run` uses.

Articles are read by `translate.articles.read_article` with the project's configuration
(abbreviations, HTML mode), so the sentences printed are exactly the PO file's.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from translate.articles import read_article
from translate.config import Config
from translate.document import Segment
from translate.draft.protect import Protector, make_renderer
from translate.terms.matcher import TermMatcher
from translate.terms.model import Glossary
from translate.text.localize import number_renderer

__all__ = ["Hit", "article_segments", "article_terms", "scan_segments"]


def article_segments(path: Path, config: Config) -> list[Segment]:
    """The sentences of an article, exactly as `run` puts them into the PO file."""
    return read_article(path, config).segments


def article_terms(path: Path, config: Config, glossary: Glossary) -> list[Hit]:
    """Terms and protected tokens of an article, offsets into the file."""
    article = read_article(path, config)
    return scan_segments(article.segments, glossary, article.document.text)


@dataclass(frozen=True)
class Hit:
    """One line of `translate terms`: a glossary term or a protected token in a segment.

    `start`/`end` index the file text; `targets` holds, per glossary language, the required
    renderings of a term or the rendering of a protected token.
    """

    segment: int  # 0-based position in the document's segment list
    start: int
    end: int
    source: str
    concept: str | None
    kind: str  # term | protected
    targets: dict[str, list[str]]
    token: str = ""  # protected token kind (docref, url, number...), "" for terms

    def to_json(self) -> dict:
        """The documented JSON object (`token` is not part of it)."""
        return {
            "segment": self.segment,
            "start": self.start,
            "end": self.end,
            "source": self.source,
            "concept": self.concept,
            "kind": self.kind,
            "targets": self.targets,
        }


def scan_segments(segments: Sequence, glossary: Glossary, text: str | None = None) -> list[Hit]:
    """Terms and protected tokens of each segment, offsets into the file `text`.

    `segments` are `translate.document.Segment`s (their `start` indexes the file text).
    Terms inside protected tokens are not reported separately.
    """
    matcher = TermMatcher(glossary)
    protector = Protector(glossary)
    langs = glossary.languages
    renderers = {lang: make_renderer(glossary, lang, number_renderer(lang)) for lang in langs}
    hits: list[Hit] = []
    for n, seg in enumerate(segments):
        base = seg.start
        if text is not None and text[seg.start : seg.end] != seg.text:
            found = text.find(seg.text, seg.start)
            base = found if found >= 0 else seg.start
        tokens = protector.find_tokens(seg.text)
        items: list[Hit] = []
        for t in tokens:
            targets = {lang: [renderers[lang](t)] for lang in langs}
            items.append(Hit(n, base + t.start, base + t.end, t.source, t.concept, "protected",
                             targets, t.kind))  # fmt: skip
        for m in matcher.find(seg.text, skip=[(t.start, t.end) for t in tokens]):
            targets = {lang: list(m.targets.get(lang, ())) for lang in langs}
            items.append(Hit(n, base + m.start, base + m.end, m.source, m.concept, "term",
                             targets))  # fmt: skip
        hits.extend(sorted(items, key=lambda h: (h.start, h.end)))
    return hits
