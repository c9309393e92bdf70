"""Glossary checks on right translations: NTREX's professional Vietnamese and Czech news.

NTREX (`/work/shared/data/ntrex/documents-dev.tsv`, CC BY-SA, read in place, never copied)
holds professional human translations of the same English news into Vietnamese and Czech:
foreign news (the Welsh assembly, the US Congress, Harvard...). Every vi/cs pair is a right
translation, so every change `translate check --fix` makes to one is a false repair and
every glossary finding of `translate check` a false alarm. Counted per part:

- `changed by --fix`: Czech sentences `check --fix` would rewrite;
- `glossary findings`: warnings + errors of the `glossary` check.

Each is measured two ways: sentence by sentence (`fix_text` / `glossary_issues_of` on the
pair alone, what the lead's probe runs) and by article (one PO file per NTREX document run
through `fix_files --dry-run` and `check_files --only glossary`, what a user runs: the
article's context decides what is foreign news). The obvious alternative, measured in the
same run: every matched term required, no context (`all terms`).

Protocol: the articles (sorted distinct doc_ids) are split by position: part `a` (even
positions) is development data, `--show` lists its changes and findings; part `b` (odd
positions) is held out: aggregates only, run once for the final figures.

`--domestic`: the other side, Vietnamese domestic news must keep its findings: on the fix
sets (bench/fix.py's, all development data) how many planted sentences `check` still flags,
and how many right ones it flags, ours and all terms.

Usage: .venv/bin/python bench/ntrex_precision.py [--part a|b] [--show] [--data TSV]
                                                 [--domestic [SET ...]]
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from translate.draft.enforce import is_present, required_terms  # noqa: E402
from translate.review.fix import fix_files, fix_terms, fix_text  # noqa: E402
from translate.review.qa.glossary import glossary_issues_of  # noqa: E402
from translate.review.qa.protected import protected_spans  # noqa: E402
from translate.review.qa.runner import check_files  # noqa: E402
from translate.terms.files import SHIPPED_DIR, load_glossary, load_shipped_glossaries  # noqa: E402
from translate.terms.lemmas import find_term  # noqa: E402
from translate.terms.matcher import TermMatcher  # noqa: E402

DATA = Path("/work/shared/data/ntrex/documents-dev.tsv")


def read_part(path: Path, part: str) -> dict[str, list[dict]]:
    """The part's articles: doc_id → its rows, in file order."""
    with path.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    docs = sorted({r["doc_id"] for r in rows})
    keep = set(docs[0::2] if part == "a" else docs[1::2])
    out: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        if r["doc_id"] in keep and r["vi"] and r["cs"]:
            out[r["doc_id"]].append(r)
    return out


def all_terms(vi: str, cs: str, glossary, matcher) -> tuple[bool, int]:
    """The alternative: every matched term required (changed?, findings)."""
    matches = matcher.find(vi, skip=protected_spans(vi, glossary))
    required = required_terms(matches, glossary, "cs", vi)
    text, _ = fix_terms(cs, required, "cs")
    findings = sum(not is_present(cs, t, "cs", required) for t in required)
    findings += sum(find_term(cs, bad, "cs") is not None for t in required for bad in t.forbidden)
    return text != cs, findings


def write_articles(docs: dict[str, list[dict]], folder: str, lang: str) -> None:
    """One PO file per article in `folder`, its translations in `lang` as fuzzy drafts (the
    article is what `check` and `--fix` judge foreign news by)."""
    for doc, rows in docs.items():
        po = polib.POFile()
        po.metadata = {"Language": lang, "Content-Type": "text/plain; charset=UTF-8"}
        for i, r in enumerate(rows):
            po.append(polib.POEntry(msgid=r["vi"], msgstr=r[lang], flags=["fuzzy"],
                                    msgctxt=f"{i}"))
        po.save(str(Path(folder) / f"{doc}.po"))


def by_article(docs: dict[str, list[dict]], glossary) -> tuple[int, int, list[str]]:
    """Entries `fix_files --dry-run` changes and `check --only glossary` findings."""
    with tempfile.TemporaryDirectory() as tmp:
        write_articles(docs, tmp, "cs")
        report = fix_files([tmp], glossary, dry_run=True, lang="cs")
        findings = check_files([tmp], glossary, checks=["glossary"], lang="cs")
    return report.entries, len(findings), [f.render() for f in findings]


def domestic(sets: list[str]) -> None:
    """Vietnamese domestic news must keep its findings: the fix sets' planted sentences (one
    non-standard rendering each) flagged, and their right sentences, by `check`."""
    glossary = load_glossary(str(SHIPPED_DIR / "vi-cs.tsv"))  # as bench/fix.py
    matcher = TermMatcher(glossary)
    for name in sets:
        path = ROOT / "bench" / "data" / f"fix_{name}.jsonl"
        if not path.is_file():
            continue
        counts = defaultdict(int)
        for line in path.read_text(encoding="utf-8").splitlines():
            item = json.loads(line)
            kind = "planted" if item["kind"] == "planted" else "right"
            ours = bool(glossary_issues_of(item["vi"], item["cs"], "cs", glossary, matcher))
            counts[kind] += 1
            counts[kind + " ours"] += ours
            counts[kind + " all"] += all_terms(item["vi"], item["cs"], glossary, matcher)[1] > 0
        print(f"  domestic fix_{name}: planted flagged {counts['planted ours']}/"
              f"{counts['planted']} (all terms {counts['planted all']}), right flagged "
              f"{counts['right ours']}/{counts['right']} (all terms {counts['right all']})")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--part", choices=("a", "b"), default="a")
    ap.add_argument("--show", action="store_true", help="list part a's changes and findings")
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--domestic", nargs="*", metavar="SET",
                    help="also the domestic fix sets (bench/data/fix_SET.jsonl): findings kept")
    args = ap.parse_args()
    if args.domestic is not None:
        domestic(args.domestic or ["dev", "test", "unseen", "unseen3", "unseen4", "unseen5"])
    if not args.data.is_file():
        print(f"skipped: {args.data} not found (NTREX is read in place, never copied)")
        return
    if args.show and args.part == "b":
        ap.error("part b is held out: aggregates only")
    docs = read_part(args.data, args.part)
    glossary = load_shipped_glossaries()
    matcher = TermMatcher(glossary)
    n = sum(map(len, docs.values()))
    changed = findings = base_changed = base_findings = 0
    for rows in docs.values():
        for r in rows:
            text, fixes = fix_text(r["vi"], r["cs"], "cs", glossary, matcher)
            issues = glossary_issues_of(r["vi"], r["cs"], "cs", glossary, matcher)
            changed += text != r["cs"]
            findings += len(issues)
            b_changed, b_findings = all_terms(r["vi"], r["cs"], glossary, matcher)
            base_changed += b_changed
            base_findings += b_findings
            if args.show and (fixes or issues):
                print(f"{r['doc_id']} | {r['vi']}\n    cs: {r['cs']}")
                for f in fixes:
                    print(f"    fix: {f.found!r} -> {f.replacement!r} ({f.concept})")
                for i in issues:
                    print(f"    {i.severity}: {i.message}")
    art_changed, art_findings, rendered = by_article(docs, glossary)
    if args.show:
        print("\n".join(rendered))
    print(f"NTREX part {args.part}: {len(docs)} articles, {n} right vi-cs translations")
    print(f"  all terms (no context)   changed by --fix {base_changed}/{n}, "
          f"glossary findings {base_findings}")
    print(f"  ours, by sentence        changed by --fix {changed}/{n}, "
          f"glossary findings {findings}")
    print(f"  ours, by article (PO)    changed by --fix {art_changed}/{n}, "
          f"glossary findings {art_findings}")
    if base_findings:
        print(f"  findings ours by article / all terms = {art_findings / base_findings:.2f}")


if __name__ == "__main__":
    main()
