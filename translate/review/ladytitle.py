"""A man's title after `paní`, rewritten by `check --fix` to the glossary's woman's form.

A translator who keeps the man's word for a woman marks her with `paní` before it (`Paní
ministr vnitra odpovídala`, `„Paní ministr, …“`): the man's word is one of the term's targets,
so the term looks present and nothing was fixed (issue 12bz; sets 42 and 43). Only the man's
word as written in the glossary (the undeclined calque) right after `paní`, and only where
the glossary pairs it with a woman's form (`ministr|ministryně`):
- an address (`paní` opens the sentence, a quote or follows `vážená`, and a comma or `!`
  closes the title) keeps `paní` and takes the woman's vocative (`Paní ministryně,`);
- a sentence's subject (`Paní` opens the sentence) loses `paní`: `Ministryně vnitra …`.
Anywhere else (`s paní ministr`) the case is not read from the undeclined word: left alone.

An address in the wrong form (issue 12cf; sets 45 and 46): `pane` or `paní` opening the sentence
or a quote (or after `vážený`/`vážená`), then a singular form of one of the pair's titles closed by
a comma or `!` (`„Pane ministr, …“`, `„Paní ministře, …“`, `„Paní velvyslanče, …“`): the title
takes the vocative of the one whose gender the address word names (`Pane ministře,`, `Paní
ministryně,`, `Paní velvyslankyně,`). A title followed by more words (`Pane ministře zahraničí,`)
or not closed by the comma is not read as an address.

A comrade's address (issue 12cm; sets 49 and 50): `soudruhu`/`soudružko` are address words as
`pane`/`paní` are (`„Soudruhu předseda provinčního lidového výboru, …“` → `předsedo`); and one
of the pair's titles in the nominative opening a quote or a sentence, closed by a comma, in a
sentence that speaks to someone in the second person (`„Soudružka, můžete nám …“`) is an
address: its own gender's vocative (`Soudružko,`). The second person's word must be in the
clause the comma opens, and that clause no relative or parenthetical one (`Ministr, který …`,
`Soudruh, jak víte, vystoupil`); `Ministr, podle zpráv, odjel.` has none: left alone.

A woman the source names, a man's title in the translation (issue 12co; set 51): where the source
marks the term's person a woman (`nữ` before the title, `bà` or a `Thị` name beside it: the
term's `female`), the translation has a form of the pair's man's title and none of the woman's
(`tři {členy strany}` for `ba nữ đảng viên`, `{Ředitel odboru} … Nguyễn Thị Thu Hà uvedla`), the
man's title takes the woman's form in the case and number it stands in, read in the man's
paradigm (`členky strany`, `Ředitelka odboru`). Not where the translation has the woman's title
or noun anywhere in the sentence (two people: `Stranické členky … všech členů strany`), where it
counts women among the man's plural (`podíl žen mezi funkcionáři`), where the title's own verb
is a man's past form (`Ministr vyslal … Hoàng Thị Lan`: the source's woman is someone else), nor
for a title the glossary lists without a woman's form.

A plural address in the singular (issue 12cq; set 52 and own batch 59): a plural address
adjective (`Vážení`, `Milí`, `Drazí`; `Vážené`, `Milé`, `Drahé`) right before a singular form of
one of the pair's titles closed by a comma or `!` (`„Vážení soudruhu, …“`, `Milé soudružko,`,
`Vážení poslanče Národního shromáždění,`), where the source marks the term plural (the term's
own mark, or `các`/`những` right before its words in the source sentence): the title takes the
plural vocative of the gender the adjective names (`soudruzi`, `soudružky`, `poslanci Národního
shromáždění`). The adjective's number is the translation's own word: a singular adjective
(`Vážený soudruhu`), a title not closed by the comma, or a source without the plural mark is
left alone.

A plural opening in the singular (issue 12cs; sets 53 and 54): a singular vocative of one of the
pair's titles opening a quote or a sentence, closed by a comma or `!` (`„Soudruhu, musíte …“`,
`„Člene strany, …“`), where the source's quote or sentence opens with the term made plural
(`“Các đồng chí phải …`, `Thưa các đồng chí, …`, `Các đồng chí đảng viên, …`): the plural
vocative of the singular's own gender (`Soudruzi`, `Soudružky`, `Členové strany`). A plural
already there (`Soudruzi,` for women the source names only later) or a source opening without
`các`/`những` is left alone. A man's title the woman's replaces keeps the words the placement
took in around it (`generální {konzul} Vietnamu`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from translate.draft.enforce import RequiredTerm
from translate.draft.place import Placement, find_placement
from translate.draft.placeform import sentence_start
from translate.terms.czech_paradigms import CASES
from translate.terms.equivalents import female_noun
from translate.terms.inflect import inflect
from translate.terms.lemmas import find_term
from translate.text.normalize import upper_like, word_at

__all__ = ["lady_title"]

_PANI = re.compile(r"(?<!\w)(?:(vážená)\s+)?(paní)\s+", re.IGNORECASE)
_ADDRESS = re.compile(r"(?<!\w)(?:(vážen[ýá])\s+)?(pane|paní|soudruhu|soudružko)\s+",
                      re.IGNORECASE)
_WOMAN_ADDRESS = ("paní", "soudružko")
# a plural address adjective: the men's (or mixed) `Vážení`, the women's `Vážené`
_PLURAL_ADDRESS = re.compile(r"(?<!\w)(?:(vážení|milí|drazí)|(vážené|milé|drahé))\s+",
                             re.IGNORECASE)
# women counted among a group the man's plural names (`podíl žen mezi funkcionáři`)
_AMONG = re.compile(r"(?<!\w)žen\s+(?:mezi|z)\s+$", re.IGNORECASE)
# the title's own verb in a man's past form (`Ministr [Laosu] přijal`): the man is meant
_HIS_VERB = re.compile(r"(?:\s+(?:[a-zá-ž]+ského|[a-zá-ž]+ního|[a-zá-ž]+ého|výboru|strany|rady|"
                       r"[A-ZÁ-Ž]\w*))*\s+\w+[aeiyuě]l(?!\w)")
# a second person's word: a pronoun, or a verb's second person plural (`můžete`, `jděte`)
_SECOND = re.compile(r"(?<!\w)(?:vy|vás|vám|vámi|váš|vaše|vaši|vašeho|vašemu|vašich|ty|tebe|"
                     r"tobě|tě|tvůj|tvoje|tvá|\w{2,}te)(?!\w)", re.IGNORECASE)
_RELATIVE = re.compile(r"\s*(?:kter\w*|jenž|jež|jehož|jejíž|jemuž|kde|kdy|když|jak)(?!\w)",
                       re.IGNORECASE)


def _pairs(targets: tuple[str, ...]) -> list[tuple[str, str]]:
    """(man's title, woman's title) as the glossary lists them, the woman's right after."""
    return [(man, woman) for man, woman in zip(targets, targets[1:], strict=False)
            if not female_noun(man.split()[0]) and female_noun(woman.split()[0])]


def _gender_pairs(targets: tuple[str, ...]) -> list[tuple[str, str]]:
    """(man's title, woman's title), the woman's listed right after, as many words as the man's,
    a man's word of it a woman's there (`státní úředník|státní úřednice`, `veřejný zaměstnanec|
    veřejná zaměstnankyně`)."""
    pairs = []
    for man, woman in zip(targets, targets[1:], strict=False):
        one, other = man.split(), woman.split()
        differ = [(a, b) for a, b in zip(one, other, strict=False) if a != b]
        if len(one) == len(other) and differ \
                and any(not female_noun(a) and female_noun(b) for a, b in differ):
            pairs.append((man, woman))
    return pairs


def _singular_forms(man: str, woman: str, lang: str) -> list[str]:
    """Every singular form of the pair's two titles, longest first, so that an address reads
    the whole title (`poslanče Národního shromáždění`) before a shorter one inside it."""
    return sorted({inflect(title, case, "sg", lang, animate=True)
                   for title in (man, woman) for case in CASES} | {man, woman},
                  key=len, reverse=True)


def _addressed(after: str, forms: list[str]) -> str | None:
    """The form of `forms` that `after` (the text right after an address word) opens with, as a
    whole word and closed by a comma or `!`; None where the title runs on or is not there."""
    form = next((f for f in forms if after.lower().startswith(f.lower())
                 and not re.match(r"\w", after[len(f):len(f) + 1])), None)
    if form is None or not re.match(r"\s*[,!]", after[len(form):]):
        return None
    return form


def lady_title(text: str, term: RequiredTerm, lang: str, sentence: str = "") -> Placement | None:
    """The placement turning `paní` + the man's title into the woman's, an address's title into
    the vocative its address word asks for, a man's title into the woman's where the source
    names a woman, or a plural address's singular title into the plural vocative (module
    docstring); None where none applies, and always outside Czech."""
    if lang != "cs":
        return None
    return _pani(text, term, lang) or _address(text, term, lang) or _bare(text, term, lang) \
        or _marked(text, term, lang) or _plural_address(text, term, lang, sentence) \
        or _plural_opening(text, term, lang, sentence)


def _plural_address(text: str, term: RequiredTerm, lang: str,
                    sentence: str = "") -> Placement | None:
    """`Vážení|Milé` + a singular form of the pair's titles + `,`/`!`, the source's term plural
    (the term's own mark, or `các`/`những` right before one of its places in `sentence`): the
    plural vocative of the adjective's gender (module docstring)."""
    if not (term.plural or re.search(rf"(?<!\w)(?:các|những)\s+{re.escape(term.source)}(?!\w)",
                                     sentence, re.IGNORECASE)):
        return None
    for man, woman in _pairs(tuple(term.targets)):
        forms = _singular_forms(man, woman, lang)
        for m in _PLURAL_ADDRESS.finditer(text):
            after = text[m.end():]
            if (form := _addressed(after, forms)) is None:
                continue
            title = man if m.group(1) else woman
            want = inflect(title, "voc", "pl", lang, animate=True)
            if after[:len(form)].lower() != want.lower():
                end = m.end() + len(form)
                return Placement(m.end(), end, text[m.end():end], want, "voc", "pl", "forbidden")
    return None


def _plural_opening(text: str, term: RequiredTerm, lang: str,
                    sentence: str = "") -> Placement | None:
    """A singular vocative of the pair's titles opening a quote or a sentence, closed by a
    comma or `!` (`„Soudruhu, musíte …“`), where the source's quote or sentence opens with the
    term made plural (`“Các đồng chí phải …`, `Thưa các đồng chí, …`, `Các đồng chí đảng viên,
    …`): the plural vocative of the singular's own gender (`Soudruzi`, `Soudružky`, `Členové
    strany`; module docstring)."""
    plural_opening = re.compile(rf"(?:^|[“\"„«:])\s*(?:(?:kính\s+)?thưa\s+)?(?:các|những)\s+"
                                rf"(?:đồng\s+chí\s+)?{re.escape(term.source)}(?!\w)",
                                re.IGNORECASE)
    if not term.source or not plural_opening.search(sentence):
        return None
    for man, woman in _pairs(tuple(term.targets)):
        vocatives = {inflect(title, "voc", "sg", lang, animate=True): title
                     for title in (man, woman)}
        for m in re.finditer(r"(?<!\w)[^\W\d][\w ]*?(?=\s*[,!])", text):
            # only a vocative unlike its nominative (`Soudruhu`, not `Vedoucí`, which may be
            # the subject) is surely an address
            title = next((t for v, t in vocatives.items() if m.group(0).lower() == v.lower()
                          and v.lower() != t.lower()), None)
            if title is None:
                continue
            opens_sentence = sentence_start(text, m.start()) and text[m.start()].isupper()
            if not opens_sentence:
                continue
            want = upper_like(m.group(0), inflect(title, "voc", "pl", lang, animate=True))
            return Placement(m.start(), m.end(), m.group(0), want, "voc", "pl", "forbidden")
    return None


def _marked(text: str, term: RequiredTerm, lang: str) -> Placement | None:
    """The source marks a woman, the translation has only the man's title: the woman's, in the
    man's title's case and number (module docstring)."""
    if not term.female:
        return None
    for man, woman in _gender_pairs(tuple(term.targets)):
        nouns = [b for a, b in zip(man.split(), woman.split(), strict=True)
                 if a != b and female_noun(b)]
        forms = {inflect(word, case, number, lang, animate=True) for word in (woman, *nouns)
                 for case in CASES for number in ("sg", "pl")} | {woman, *nouns}
        if any(word_at(f, re.IGNORECASE).search(text) for f in forms):
            return None
        span = find_term(text, man, lang)
        if span is None or _AMONG.search(text[:span[0]]) or _HIS_VERB.match(text[span[1]:]):
            continue
        # the case and number the man's title stands in, read in the man's own paradigm
        man_at = find_placement(text, (man,), lang, forbidden=(text[span[0]:span[1]],),
                                source=term.source, plural=term.plural, role=term.role)
        if man_at is None or not man_at.case:
            continue
        if man_at.start <= span[0] and span[1] <= man_at.end:  # `konzul {Vietnamu}`: the
            man_at = replace(man_at, start=span[0], end=span[1],  # words around it stay
                             found=text[span[0]:span[1]])
        if (placed := _woman_in(man_at, man, woman, lang)) is not None:
            return placed
    return None


def _address(text: str, term: RequiredTerm, lang: str) -> Placement | None:
    """An address word (`Pane|Paní|Soudruhu|Soudružko`) + a singular form of the pair's titles +
    `,`/`!`, not yet the vocative of the address's gender: that vocative (module docstring)."""
    for man, woman in _pairs(tuple(term.targets)):
        forms = _singular_forms(man, woman, lang)
        for m in _ADDRESS.finditer(text):
            if not (m.group(1) or sentence_start(text, m.start())):
                continue
            after = text[m.end():]
            if (form := _addressed(after, forms)) is None:
                continue
            title = woman if m.group(2).lower() in _WOMAN_ADDRESS else man
            want = inflect(title, "voc", "sg", lang, animate=True)
            if after[:len(form)].lower() != want.lower():
                end = m.end() + len(form)
                return Placement(m.end(), end, text[m.end():end], want, "voc", "sg", "forbidden")
    return None


def _bare(text: str, term: RequiredTerm, lang: str) -> Placement | None:
    """One of the pair's titles in the nominative opening a quote or a sentence, a comma after
    it, a second person's word later in that sentence: its own gender's vocative (module
    docstring)."""
    for man, woman in _pairs(tuple(term.targets)):
        for title in (man, woman):
            for m in re.finditer(rf"(?<!\w){re.escape(title)}(?=,)", text, re.IGNORECASE):
                if not sentence_start(text, m.start()) or not text[m.start()].isupper():
                    continue
                rest = re.split(r"[,;.!?…“”\"]", text[m.end() + 1:], maxsplit=1)[0]
                if _RELATIVE.match(rest) or not _SECOND.search(rest):
                    continue
                want = inflect(title, "voc", "sg", lang, animate=True)
                if want.lower() == m.group(0).lower():
                    continue
                want = want[:1].upper() + want[1:]
                return Placement(m.start(), m.end(), m.group(0), want, "voc", "sg", "forbidden")
    return None


def _pani(text: str, term: RequiredTerm, lang: str) -> Placement | None:
    """`paní` + the man's title as the glossary writes it (module docstring)."""
    for man, woman in _pairs(tuple(term.targets)):
        for m in _PANI.finditer(text):
            after = text[m.end():]
            if not after.lower().startswith(man.lower()) \
                    or re.match(r"\w", after[len(man):len(man) + 1]):
                continue
            end = m.end() + len(man)
            opens = sentence_start(text, m.start())
            if re.match(r"\s*[,!]", text[end:]) and (opens or m.group(1)):
                new = inflect(woman, "voc", "sg", lang, animate=True)
                return Placement(m.end(), end, text[m.end():end], new, "voc", "sg", "forbidden")
            if opens and not m.group(1) and text[m.start()].isupper():
                new = inflect(woman, "nom", "sg", lang, animate=True)
                return Placement(m.start(), end, text[m.start():end], new[:1].upper() + new[1:],
                                 "nom", "sg", "forbidden")
    return None


def _woman_in(man_at: Placement, man: str, woman: str, lang: str) -> Placement | None:
    """`man_at` rewritten to the woman's title in the case and number the man's stands in: the
    one `man_at` read where the man's form is that case's, else the one all the man's readings
    share; None where they give the woman several forms (`poslanci`: dative singular or
    nominative plural, `poslankyni` or `poslankyně`)."""
    found = man_at.found.lower()
    readings = [(case, number) for case in CASES for number in ("sg", "pl")
                if inflect(man, case, number, lang, animate=True).lower() == found]
    if readings and (man_at.case, man_at.number) not in readings:
        forms = {inflect(woman, case, number, lang, animate=True) for case, number in readings}
        if len(forms) > 1:
            return None
    case, number = (man_at.case, man_at.number) if not readings \
        or (man_at.case, man_at.number) in readings else readings[0]
    new = upper_like(man_at.found, inflect(woman, case, number, lang, animate=True))
    return replace(man_at, replacement=new, case=case, number=number)
