"""The indexed term lookup (`find_term`, `find_all`) finds exactly what sliding the term over
every word finds: same spans, same order, inflected and explicit forms alike."""

from __future__ import annotations

import random

import pytest

from translate.terms.lemmas import _same, _words, find_all, find_term


def _slide(text: str, term: str, lang: str, forms: tuple[str, ...] = ()):
    """The plain algorithm: every phrase at every word, the first phrase that matches wins."""
    words = _words(text)
    for phrase in (term, *forms):
        target = [w for _, _, w in _words(phrase)]
        if not target:
            continue
        exact = phrase is not term
        for i in range(len(words) - len(target) + 1):
            if all(words[i + k][2] == want or (not exact and _same(words[i + k][2], want, lang))
                   for k, want in enumerate(target)):
                return words[i][0], words[i + len(target) - 1][1]
    return None


def _slide_all(text: str, term: str, lang: str, forms: tuple[str, ...] = ()):
    spans, offset = [], 0
    while (span := _slide(text[offset:], term, lang, forms)) is not None:
        spans.append((offset + span[0], offset + span[1]))
        offset += span[1]
    return spans


VOCAB = ("tajemník tajemníka tajemníkem provinčního provinční výboru výbor strany straně "
         "předseda předsedy lidového lidový Minovým Minovo kádrové kádrová obec obce a v "
         "na se ministerstvo ministerstva zdravotnictví ruce ruka Praze Praha").split()
TERMS = ["tajemník provinčního výboru strany", "lidový výbor", "předseda", "Minovo",
         "kádrová", "ministerstvo zdravotnictví", "Praha", "ruka", "obec", "strany"]


@pytest.mark.parametrize("seed", range(40))
def test_indexed_lookup_equals_sliding(seed: int) -> None:
    rng = random.Random(seed)
    text = " ".join(rng.choice(VOCAB) for _ in range(rng.randint(0, 80))) + "."
    for term in TERMS:
        forms = tuple(rng.sample(VOCAB, 2)) if seed % 3 == 0 else ()
        assert find_term(text, term, "cs", forms) == _slide(text, term, "cs", forms)
        assert find_all(text, term, "cs", forms) == _slide_all(text, term, "cs", forms)


def test_explicit_form_is_exact_and_after_the_term() -> None:
    text = "Jednal s předsedou výboru a předseda obce přišel."
    # the term's inflected match comes first even where the form is earlier in the text
    assert find_term(text, "předseda obce", "cs", ("předsedou výboru",)) == (28, 41)
    assert find_term(text, "hejtman", "cs", ("předsedou výboru",)) == (9, 25)
    assert find_term(text, "hejtman", "cs", ("předsedovi výboru",)) is None


def test_every_occurrence_in_order() -> None:
    text = "Výbor strany, výboru strany a výborem strany."
    assert find_all(text, "výbor strany", "cs") == [(0, 12), (14, 27), (30, 44)]
