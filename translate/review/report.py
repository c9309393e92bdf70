"""Post-edit report: how much reviewers changed the machine drafts, per language and model.

Every tool-made PO entry keeps its first draft in a `#. draft:` comment and its provenance
in `#. origin: mt engine=... model=... glossary=...` (or `origin: memory score=NN`), so
after review the distance between draft and final text says how good each model is on the
team's own material: the share of drafts accepted unchanged, chrF++ and TER between draft
and final (sacrebleu), and the glossary terms and QA checks on the entries that needed edits.
"""

from __future__ import annotations

import base64
import difflib
import html
import io
import json
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from translate.fileio import atomic_write_text
from translate.po.catalog import catalog_language, load_catalog
from translate.po.files import po_files
from translate.po.provenance import QA, TERMS, comment_items, comment_lines, draft_text, model_of

__all__ = [
    "EntryRecord",
    "GroupStats",
    "Report",
    "collect_entries",
    "build_report",
    "render_table",
    "report_json",
    "summary_values",
    "glossary_terms",
    "render_html",
    "diff_html",
    "write_html",
]



@dataclass(frozen=True)
class EntryRecord:
    """One drafted PO entry: its draft, its current text and what was involved."""

    path: str
    lang: str
    model: str  # model id, or "memory" for translation-memory drafts
    source: str
    draft: str
    final: str
    reviewed: bool  # translated and no longer fuzzy: a reviewer approved it
    terms: tuple[str, ...] = ()
    checks: tuple[str, ...] = ()

    @property
    def changed(self) -> bool:
        return self.final != self.draft


@dataclass
class GroupStats:
    """Post-edit figures for one (language, model) pair; scores over reviewed entries only."""

    lang: str
    model: str
    drafted: int = 0  # entries with a recorded draft
    reviewed: int = 0
    unchanged: int = 0  # reviewed and identical to the draft
    chrf: float | None = None  # chrF++ of drafts against the reviewed texts (100 = no edits)
    ter: float | None = None  # TER: edits per reference word, in percent (0 = no edits)
    terms: list[tuple[str, int, int]] = field(default_factory=list)  # term, in edited, total
    checks: list[tuple[str, int, int]] = field(default_factory=list)  # check, edited, total
    sentence_chrf: list[float] = field(default_factory=list)  # per reviewed entry
    most_edited: list[tuple[float, EntryRecord]] = field(default_factory=list)

    @property
    def pending(self) -> int:
        return self.drafted - self.reviewed

    @property
    def accepted_share(self) -> float | None:
        return self.unchanged / self.reviewed if self.reviewed else None


@dataclass
class Report:
    groups: list[GroupStats]
    files: list[str]
    without_draft: int = 0  # translated entries with no recorded draft (human or legacy)
    signatures: dict[str, str] = field(default_factory=dict)  # metric -> sacrebleu signature


def collect_entries(paths: Sequence[Path]) -> tuple[list[EntryRecord], int]:
    """Drafted entries of the PO files, and the number of translated entries without a draft."""
    records: list[EntryRecord] = []
    without = 0
    for path in po_files(paths):
        catalog = load_catalog(path)
        lang = catalog_language(catalog, path)
        header_model = catalog.metadata.get("X-Translate-Model", "")
        for entry in catalog:
            if entry.obsolete or not entry.msgid:
                continue
            draft = draft_text(entry)
            model = model_of(entry, header_model) if draft is not None else None
            if draft is None or model is None:
                without += bool(entry.msgstr)
                continue
            records.append(
                EntryRecord(
                    path=str(path), lang=lang, model=model, source=entry.msgid, draft=draft,
                    final=entry.msgstr, reviewed=bool(entry.msgstr) and not entry.fuzzy,
                    terms=glossary_terms(entry),
                    checks=comment_items(entry, QA, name_only=True),
                )
            )  # fmt: skip
    return records, without


def glossary_terms(entry) -> tuple[str, ...]:  # noqa: ANN001 - a polib entry
    """The glossary terms an entry had to obey (`terms: X = Y` → `X`), not the notes about
    how they were enforced (`terms: inserted '...'`, `terms: satisfied by selection ...`)."""
    items = [item for line in comment_lines(entry) if line.startswith(TERMS)
             for item in line[len(TERMS):].split(";")]
    return tuple(dict.fromkeys(item.split(" = ", 1)[0].strip() for item in items
                               if " = " in item))


def _ranked(counts: Counter, edited: Counter, top: int) -> list[tuple[str, int, int]]:
    order = sorted(counts, key=lambda k: (-edited[k], -counts[k], k))
    return [(k, edited[k], counts[k]) for k in order[:top]]


def build_report(paths: Sequence[Path], top: int = 5, examples: int = 5) -> Report:
    """Group drafted entries by (language, model) and measure the reviewers' edits."""
    from sacrebleu.metrics import CHRF, TER

    records, without = collect_entries(paths)
    files = sorted({r.path for r in records})
    by_group: dict[tuple[str, str], list[EntryRecord]] = {}
    for record in records:
        by_group.setdefault((record.lang, record.model), []).append(record)

    report = Report(groups=[], files=files, without_draft=without)
    for (lang, model), group in sorted(by_group.items()):
        stats = GroupStats(lang, model, drafted=len(group))
        done = [r for r in group if r.reviewed]
        stats.reviewed = len(done)
        stats.unchanged = sum(not r.changed for r in done)
        terms, terms_edited, checks, checks_edited = Counter(), Counter(), Counter(), Counter()
        for r in done:
            terms.update(r.terms)
            checks.update(r.checks)
            if r.changed:
                terms_edited.update(r.terms)
                checks_edited.update(r.checks)
        stats.terms = _ranked(terms, terms_edited, top)
        stats.checks = _ranked(checks, checks_edited, top)
        if done:
            drafts, finals = [r.draft for r in done], [r.final for r in done]
            chrf, ter = CHRF(word_order=2), TER()
            stats.chrf = float(chrf.corpus_score(drafts, [finals]).score)
            stats.ter = float(ter.corpus_score(drafts, [finals]).score)
            report.signatures = {
                "chrF++": str(chrf.get_signature()),
                "TER": str(ter.get_signature()),
            }
            sentence = CHRF(word_order=2)
            stats.sentence_chrf = [sentence.sentence_score(r.draft, [r.final]).score for r in done]
            edited = [(s, r) for s, r in zip(stats.sentence_chrf, done, strict=True) if r.changed]
            stats.most_edited = sorted(edited, key=lambda x: x[0])[:examples]
        report.groups.append(stats)
    return report


def _pct(value: float | None) -> str:
    return "–" if value is None else f"{100 * value:.0f} %"


def _num(value: float | None) -> str:
    return "–" if value is None else f"{value:.1f}"


def _list(items: list[tuple[str, int, int]]) -> str:
    return ", ".join(f"{name} ({edited}/{total})" for name, edited, total in items) or "–"


def report_json(report: Report) -> str:
    """The report as one JSON object (`translate report --format json`), for CI and scripts."""
    def named(items: list[tuple[str, int, int]], key: str) -> list[dict]:
        return [{key: name, "in_edited": edited, "total": total}
                for name, edited, total in items]

    groups = [{
        "lang": g.lang, "model": g.model, "drafted": g.drafted, "reviewed": g.reviewed,
        "pending": g.pending, "unchanged": g.unchanged, "accepted_share": g.accepted_share,
        "chrf": g.chrf, "ter": g.ter, "terms": named(g.terms, "term"),
        "checks": named(g.checks, "check"),
    } for g in report.groups]
    return json.dumps({"files": report.files, "without_draft": report.without_draft,
                       "signatures": report.signatures, "groups": groups}, ensure_ascii=False)


def render_table(report: Report, console=None) -> None:
    """A rich table on the terminal: one row per language and model."""
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    if console is None:
        console = Console()
        if not console.is_terminal:  # piped or redirected: whole lines, not cut at 80 columns
            console = Console(width=1000, highlight=False)
    table = Table(title="Post-edit report: machine drafts vs reviewed text")
    for name, justify in (
        ("Lang", "left"), ("Model", "left"), ("Reviewed", "right"),
        ("Accepted", "right"), ("chrF++", "right"), ("TER", "right"),
        ("Terms in edits", "left"), ("Checks in edits", "left"),
    ):  # fmt: skip
        table.add_column(name, justify=justify, no_wrap=name == "Model")
    for g in report.groups:
        table.add_row(  # language codes, model ids and terms are data, never rich markup
            escape(g.lang), escape(g.model), f"{g.reviewed}/{g.drafted}",
            _pct(g.accepted_share), _num(g.chrf), _num(g.ter), escape(_list(g.terms)),
            escape(_list(g.checks)),
        )  # fmt: skip
    console.print(table)
    console.print(
        f"{len(report.files)} PO files; {report.without_draft} translated entries without a "
        "recorded draft are not counted."
    )
    console.print(
        "Reviewed: approved/drafted. Accepted: reviewed drafts left unchanged. chrF++ 100 and "
        "TER 0: no edits. Terms, checks: (in edited entries/in all reviewed)."
    )
    for metric, signature in report.signatures.items():
        console.print(f"{metric} signature: {escape(signature)}", style="dim")


EDIT_BANDS = ((0, 20, "< 20"), (20, 40, "20–40"), (40, 60, "40–60"), (60, 80, "60–80"),
              (80, 100, "80–99"))  # fmt: skip


def _bands(scores: list[float], unchanged: int) -> list[tuple[str, int]]:
    """Reviewed entries by how much was edited (sentence chrF++), unchanged ones last."""
    edited = [s for s in scores if s < 100]
    counts = [(label, sum(lo <= s < hi for s in edited)) for lo, hi, label in EDIT_BANDS]
    return counts + [("unchanged", unchanged)]


@contextmanager
def _figure(*args, **kwargs) -> Iterator:
    """A matplotlib figure on the Agg backend (no display), always closed afterwards."""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib import pyplot as plt

    fig, axes = plt.subplots(*args, **kwargs)
    try:
        yield fig, axes
    finally:
        plt.close(fig)


def _png_base64(fig) -> str:
    """The figure as a PNG, base64-encoded for a data: URI."""
    fig.tight_layout()
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=110)
    return base64.b64encode(buffer.getvalue()).decode("ascii")


def _chart(group: GroupStats) -> str:
    """A PNG (base64) of how much the reviewed drafts were changed, for one language/model."""
    with _figure(1, 2, figsize=(9, 3.0), gridspec_kw={"width_ratios": [1, 2.2]}) as (
        fig, (ax1, ax2)
    ):
        parts = [
            ("accepted unchanged", group.unchanged, "#2e8b57"),
            ("edited", group.reviewed - group.unchanged, "#e07b39"),
            ("pending review", group.pending, "#c8c8c8"),
        ]
        left = 0
        for label, count, color in parts:
            ax1.barh([0], [count], left=[left], color=color, label=f"{label} ({count})")
            left += count
        ax1.set_yticks([])
        ax1.set_xlabel("entries")
        ax1.set_title("Drafts", fontsize=10)
        ax1.legend(loc="upper center", bbox_to_anchor=(0.5, -0.3), fontsize=8, frameon=False)
        bands = _bands(group.sentence_chrf, group.unchanged)
        colors = ["#b03a2e", "#e07b39", "#e0b339", "#8fbf5a", "#5aa36f", "#2e8b57"]
        ax2.bar([label for label, _ in bands], [n for _, n in bands], color=colors)
        ax2.set_xlabel("chrF++ of draft against the reviewed text (higher = fewer edits)")
        ax2.set_ylabel("reviewed entries")
        ax2.yaxis.get_major_locator().set_params(integer=True)
        ax2.set_title(_label(f"{group.lang} · {group.model}"), fontsize=10)
        return _png_base64(fig)


def summary_values(groups: list[GroupStats]) -> list[tuple[float | None, float | None]]:
    """(accepted %, chrF++) per group for the summary chart; None where nothing is reviewed
    yet, which the chart labels as such instead of drawing a 0 % bar."""
    return [(100 * g.accepted_share, g.chrf) if g.reviewed else (None, None) for g in groups]


def _summary_chart(groups: list[GroupStats]) -> str:
    """A PNG (base64) comparing every language/model: accepted share and chrF++ side by side."""
    labels = [_label(f"{g.lang} · {_short(g.model)}") for g in groups]
    values = summary_values(groups)
    accepted = [a or 0 for a, _ in values]
    chrf = [c or 0 for _, c in values]
    height = 0.38
    with _figure(figsize=(9, 0.9 + 0.55 * len(groups))) as (fig, ax):
        ys = range(len(groups))
        ax.barh([y - height / 2 for y in ys], accepted, height, color="#2e8b57",
                label="drafts accepted unchanged (%)")  # fmt: skip
        ax.barh([y + height / 2 for y in ys], chrf, height, color="#3b6ea5",
                label="chrF++ draft vs reviewed")  # fmt: skip
        for y, (g, a, c) in enumerate(zip(groups, accepted, chrf, strict=True)):
            if not g.reviewed:  # nothing reviewed yet: no score, not a 0 % bar
                ax.text(1, y, "nothing reviewed yet", va="center", fontsize=8, color="#666")
                continue
            ax.text(a + 1, y - height / 2, f"{a:.0f} %", va="center", fontsize=8)
            ax.text(c + 1, y + height / 2, f"{c:.1f}", va="center", fontsize=8)
        ax.set_yticks(list(ys), labels)
        ax.invert_yaxis()
        ax.set_xlim(0, 110)
        ax.legend(loc="lower center", bbox_to_anchor=(0.5, 1.0), ncol=2, fontsize=8,
                  frameon=False)  # fmt: skip
        return _png_base64(fig)


def _label(text: str) -> str:
    """Text for matplotlib as written: `$...$` would be parsed as mathtext (and can fail)."""
    return text.replace("$", r"\$")


def _short(model: str) -> str:
    """A model id short enough for a chart label (the table has the full one)."""
    return model if len(model) <= 32 else "…" + model[-31:]


_CSS = """
body{font:15px/1.45 system-ui,-apple-system,Segoe UI,sans-serif;margin:2rem auto;max-width:1000px;
color:#222;padding:0 1rem}
h1{font-size:1.5rem;margin-bottom:.2rem}.muted{color:#666;font-size:.9rem}
table{border-collapse:collapse;width:100%;margin:1rem 0}
th,td{border-bottom:1px solid #ddd;padding:.35rem .5rem;text-align:left;vertical-align:top}
th{background:#f4f6f8;font-weight:600}td.n{text-align:right;font-variant-numeric:tabular-nums}
section{margin:2rem 0;border-top:2px solid #3b6ea5;padding-top:.5rem}
img{max-width:100%}del{background:#fde2e2;text-decoration:none}ins{background:#dff5e3;
text-decoration:none}del{color:#9b1c1c;text-decoration:line-through}.src{color:#555;font-size:.85rem}
"""


_WORDS = re.compile(r"\s+|\w+|[^\w\s]")


def diff_html(draft: str, final: str) -> str:
    """The reviewer's edit as one line: removed words in <del>, added ones in <ins>."""
    a, b = _WORDS.findall(draft), _WORDS.findall(final)
    out = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            out.append(html.escape("".join(a[i1:i2])))
            continue
        if i2 > i1:
            out.append(f"<del>{html.escape(''.join(a[i1:i2]))}</del>")
        if j2 > j1:
            out.append(f"<ins>{html.escape(''.join(b[j1:j2]))}</ins>")
    return "".join(out)


def render_html(report: Report, title: str = "Post-edit report") -> str:
    """One self-contained HTML page: summary table, then a chart and examples per group."""
    e = html.escape
    rows = "".join(
        f"<tr><td>{e(g.lang)}</td><td>{e(g.model)}</td><td class=n>{g.reviewed}</td>"
        f"<td class=n>{g.pending}</td><td class=n>{_pct(g.accepted_share)}</td>"
        f"<td class=n>{_num(g.chrf)}</td><td class=n>{_num(g.ter)}</td>"
        f"<td>{e(_list(g.terms))}</td><td>{e(_list(g.checks))}</td></tr>"
        for g in report.groups
    )
    sections = []
    for g in report.groups:
        chart = (
            f'<img alt="edits for {e(g.lang)} {e(g.model)}" '
            f'src="data:image/png;base64,{_chart(g)}">'
        )
        examples = "".join(
            f"<tr><td class=n>{score:.0f}</td><td><div class=src>{e(r.source)}</div>"
            f"{diff_html(r.draft, r.final)}</td></tr>"
            for score, r in g.most_edited
        )
        example_table = (
            f"<h3>Most edited drafts</h3><table><tr><th>chrF++</th><th>source / edit: "
            f"<del>draft</del> / <ins>reviewed</ins></th></tr>{examples}</table>"
            if examples
            else "<p class=muted>No reviewed draft was edited.</p>"
        )
        sections.append(
            f"<section><h2>{e(g.lang)} · {e(g.model)}</h2>"
            f"<p>{g.reviewed} reviewed, {g.pending} pending; {_pct(g.accepted_share)} of reviewed "
            f"drafts accepted unchanged; chrF++ {_num(g.chrf)}, TER {_num(g.ter)}.</p>"
            f"{chart}{example_table}</section>"
        )
    summary = (
        f'<img alt="summary" src="data:image/png;base64,{_summary_chart(report.groups)}">'
        if report.groups
        else "<p>No drafted entries found.</p>"
    )
    signatures = "<br>".join(f"{e(k)}: {e(v)}" for k, v in report.signatures.items())
    return (
        f"<!DOCTYPE html><html lang=en><head><meta charset=utf-8><title>{e(title)}</title>"
        f"<style>{_CSS}</style></head><body><h1>{e(title)}</h1>"
        f"<p class=muted>{len(report.files)} PO files. Scores compare each machine draft with the "
        f"text the reviewer approved: chrF++ 100 and TER 0 mean nothing was changed. "
        f"{report.without_draft} translated entries without a recorded draft are not counted."
        f"</p><table><tr><th>Lang</th><th>Model</th><th>Reviewed</th><th>Pending</th>"
        f"<th>Accepted unchanged</th><th>chrF++</th><th>TER</th><th>Terms in edits "
        f"(edited/total)</th><th>Checks in edits</th></tr>{rows}</table>{summary}"
        f"{''.join(sections)}<p class=muted>{signatures}</p></body></html>\n"
    )


def write_html(report: Report, path: Path, title: str = "Post-edit report") -> None:
    """Write the page atomically (temp file in the same folder, then rename)."""
    atomic_write_text(path, render_html(report, title))
