"""`translate glossary check`: duplicates, conflicts, empty targets, colliding variants."""

from __future__ import annotations

from dataclasses import dataclass

from translate.terms.model import Entry, Glossary
from translate.text.normalize import match_key

__all__ = ["GlossaryProblem", "check_glossary"]


@dataclass(frozen=True)
class GlossaryProblem:
    """A problem in a glossary file, for `translate glossary check`."""

    code: str  # duplicate-id, duplicate-term, conflict, empty-target, colliding-variant, ...
    message: str
    path: str | None = None
    line: int | None = None
    severity: str = "error"  # error | warning

    def render(self) -> str:
        where = f"{self.path or '<glossary>'}:{self.line}" if self.line else (self.path or "")
        return f"{where}: {self.severity}: {self.code}: {self.message}"


def check_glossary(glossary: Glossary) -> list[GlossaryProblem]:
    """Duplicates, conflicts, empty targets, colliding variants, forbidden = target."""
    findings: list[GlossaryProblem] = []
    seen_ids: dict[str, Entry] = {}
    by_key: dict[str, list[tuple[Entry, str, bool]]] = {}
    for e in glossary.entries:
        if e.concept in seen_ids:
            findings.append(
                GlossaryProblem(
                    "duplicate-id",
                    f"concept id '{e.concept}' also on line {seen_ids[e.concept].line}",
                    e.path,
                    e.line,
                )
            )
        else:
            seen_ids[e.concept] = e
        if e.kind != "dnt":
            for lang, values in e.targets.items():
                if not values:
                    findings.append(
                        GlossaryProblem(
                            "empty-target",
                            f"'{e.source}' has no {lang} rendering",
                            e.path,
                            e.line,
                            "warning",
                        )
                    )
        for lang, gens in e.genitive.items():
            if len(gens) != len(e.targets.get(lang, ())):
                findings.append(GlossaryProblem(
                    "genitive-count", f"{lang}_gen has {len(gens)} forms for "
                    f"{len(e.targets.get(lang, ()))} {lang} renderings (one each, same order)",
                    e.path, e.line, "warning"))
        for lang, bad in e.forbidden.items():
            clash = set(bad) & set(e.targets.get(lang, ()))
            if clash:
                findings.append(
                    GlossaryProblem(
                        "forbidden-is-target",
                        f"{lang} rendering {sorted(clash)} is both allowed and forbidden",
                        e.path,
                        e.line,
                    )
                )
        keys_here: set[str] = set()
        for i, term in enumerate(e.source_terms):
            key = match_key(term, e.case_sensitive(term))
            if key in keys_here:
                findings.append(
                    GlossaryProblem(
                        "duplicate-variant",
                        f"'{term}' repeats another spelling of '{e.source}'",
                        e.path,
                        e.line,
                        "warning",
                    )
                )
                continue
            keys_here.add(key)
            by_key.setdefault(match_key(term), []).append((e, term, i > 0))
    for items in by_key.values():
        concepts = {}
        for e, term, is_variant in items:
            concepts.setdefault(e.concept, (e, term, is_variant))
        if len(concepts) < 2:
            continue
        (first, fterm, _), *others = concepts.values()
        for e, term, is_variant in others:
            same = all(
                set(first.targets.get(lang, ())) == set(e.targets.get(lang, ()))
                for lang in set(first.targets) | set(e.targets)
            )
            if is_variant or fterm != first.source:
                code, msg = (
                    "colliding-variant",
                    (
                        f"'{term}' of '{e.concept}' is also '{fterm}' of '{first.concept}' "
                        f"(line {first.line})"
                    ),
                )
            elif same:
                code, msg = (
                    "duplicate-term",
                    (
                        f"'{term}' defined again (same targets as '{first.concept}', "
                        f"line {first.line})"
                    ),
                )
            else:
                targets = "; ".join(
                    f"{lang}: {first.target(lang)} / {e.target(lang)}"
                    for lang in sorted(set(first.targets) | set(e.targets))
                    if first.target(lang) != e.target(lang)
                )
                code, msg = (
                    "conflict",
                    (
                        f"'{term}' has two renderings ({targets}): concepts '{first.concept}' "
                        f"(line {first.line}) and '{e.concept}'"
                    ),
                )
            findings.append(
                GlossaryProblem(
                    code, msg, e.path, e.line, "warning" if code == "duplicate-term" else "error"
                )
            )
    return findings
