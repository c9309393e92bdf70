"""Terminology: glossaries (model, TSV/TBX/CSV files, lint), the term matcher and Czech lemmas.

The package's public names are re-exported here; other stages import them from
`translate.terms`.
"""

from translate.terms.csv_import import read_csv
from translate.terms.files import (
    load_glossary,
    load_project_glossaries,
    merge_glossaries,
    save_glossary,
)
from translate.terms.lint import GlossaryProblem, check_glossary
from translate.terms.model import Entry, Glossary
from translate.terms.tbx import read_tbx, write_tbx
from translate.terms.tsv import read_tsv, write_tsv

__all__ = [
    "Entry", "Glossary", "GlossaryProblem", "check_glossary", "load_glossary",
    "load_project_glossaries", "merge_glossaries", "save_glossary", "read_tsv", "write_tsv",
    "read_tbx", "write_tbx", "read_csv",
]
