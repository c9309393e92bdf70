"""Language codes: validation (CLDR via babel), PO plural forms, and model-specific codes."""

from __future__ import annotations

import re

from translate.errors import InputError

# FLORES-200 codes used by NLLB for the ISO 639-1 codes a newsroom asks for.
NLLB_CODES: dict[str, str] = {
    "vi": "vie_Latn", "cs": "ces_Latn", "en": "eng_Latn", "de": "deu_Latn", "fr": "fra_Latn",
    "ru": "rus_Cyrl", "zh": "zho_Hans", "es": "spa_Latn", "it": "ita_Latn", "pl": "pol_Latn",
    "sk": "slk_Latn", "ja": "jpn_Jpan", "ko": "kor_Hang", "uk": "ukr_Cyrl", "pt": "por_Latn",
    "hu": "hun_Latn", "lo": "lao_Laoo", "km": "khm_Khmr", "th": "tha_Thai",
}

_CODE = re.compile(r"^[a-z]{2,3}(_[A-Z][a-z]{3})?$")


def base_language(code: str) -> str:
    """`cs-CZ`, `CS_cz`, `cs` → `cs`: the language without region or script, lower case
    (TMX tools and PO headers disagree on region and case)."""
    return re.split(r"[-_]", code.strip())[0].lower()


def validate_lang(code: str) -> str:
    """Return the code if CLDR knows the language, else raise an `InputError` saying so."""
    from babel import Locale, UnknownLocaleError

    code = code.strip(" ")  # spaces around a comma only: `cs\n` or `cs\t` is refused
    if not _CODE.fullmatch(code):
        raise InputError(f"unknown language code {code!r}",
                         hint="use an ISO 639-1 code such as cs, en, de, fr, ru, zh")
    try:
        Locale.parse(code.split("_")[0])
    except (UnknownLocaleError, ValueError) as exc:
        raise InputError(f"unknown language code {code!r}",
                         hint="use an ISO 639-1 code such as cs, en, de, fr, ru, zh") from exc
    return code


def parse_lang_list(value: str) -> list[str]:
    """`cs,en , de` → ["cs", "en", "de"], each validated, duplicates dropped."""
    langs: list[str] = []
    for part in value.split(","):
        if part.strip(" "):
            code = validate_lang(part)
            if code not in langs:
                langs.append(code)
    if not langs:
        raise InputError("no target language given", hint="pass --to cs (or cs,en,de)")
    return langs


def plural_forms(code: str) -> str:
    """The PO `Plural-Forms` header value for a language, from CLDR."""
    from babel.messages.plurals import get_plural

    return get_plural(code).plural_forms


def language_name(code: str) -> str:
    from babel import Locale

    return Locale.parse(code).english_name or code
