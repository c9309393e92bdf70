"""Model families (Marian/OPUS-MT, M2M100, NLLB) and how each names languages."""

from __future__ import annotations

import re

from translate.errors import ModelUnavailableError
from translate.languages import NLLB_CODES

__all__ = ["model_family", "model_lang_code", "strip_lang_token"]

_LANG_TOKEN = re.compile(r"^\s*(__[a-z]{2,3}__|[a-z]{3}_[A-Z][a-z]{3})\s*")


def model_family(model_type: str, tokenizer_class: str) -> str:
    """marian, m2m100 or nllb: decides how language codes are passed."""
    if "nllb" in tokenizer_class.lower():
        return "nllb"
    if model_type == "m2m_100":
        return "m2m100"
    return "marian" if model_type == "marian" else model_type


def model_lang_code(family: str, lang: str) -> str:
    """The model's own code for an ISO 639-1 language."""
    if family == "nllb":
        if "_" in lang:
            return lang
        if lang not in NLLB_CODES:
            raise ModelUnavailableError(f"no NLLB code known for language {lang!r}")
        return NLLB_CODES[lang]
    return lang


def strip_lang_token(text: str) -> str:
    """Decoded output can still start with `__cs__` or `ces_Latn`: drop it."""
    return _LANG_TOKEN.sub("", text, count=1).strip()
