"""The span of an English rendering widened to the words around it that say the term.

Where `translate.draft.english` has a rendering's span and the term to put there (split from
`translate.draft.enshape` for its 540-line limit), these take in the words just outside the
span that the term says in its own or other words, so they are replaced rather than said
twice: the term's first or last words said just before or after a rendering that lacks them
(`echo_start`: `Official {Document}`, issue 12aa; `echo_end`: `Ministry of {Interior}
Affairs`, 12am), the word after a possessive the term has too (`possessor_cut`, 12ba), the
rest of the translator's synonym the span sits in (`synonym_rest`: `plenary session of the
{…}` → `plenum of the …`, 12ay; the possessed before a possessor's `of the`: `Organisation
Board of the {…}`, 12ba), a hyphened term's first half (`hyphen_half`: `Marx-{Lenin
doctrine}`, 12ay). Then the term keeps what the translation said around it: a name's
capital where the name goes on (`name_goes_on`, 12ay) and a plural title's bare `of` phrase
(`bare_of`, 12ba). `around_span` applies them all in their order. A name's `of Vietnam` said
after the rendering goes with it (`of_vietnam`, 12bm/12bs; moved from `translate.draft.english`
in 12bu for its 540-line limit).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from translate.draft.enshape import AFTER_HEAD, PREPOSITIONS, says_vietnam
from translate.terms.english import FUNCTION, PHRASE_ENDS
from translate.terms.lemmas import lemma
from translate.text.normalize import strip_marks

__all__ = ["around_span", "echo_ends", "echo_start", "echo_end", "possessor_cut", "synonym_rest",
           "hyphen_half", "name_goes_on", "bare_of", "of_vietnam"]


def around_span(text: str, start: int, end: int, new: str) -> tuple[int, int, str]:
    """The span widened to the term's words said around it and the term as the translation
    said what it keeps: `echo_ends`, then `hyphen_half`, `synonym_rest` and `_event_after`, then
    `name_goes_on` and `bare_of`, each on the one before's span (the order matters: the
    synonym's rest is looked for around the span the echoes widened)."""
    start, end = echo_ends(text, start, end, new)  # `Ministry of {Interior} Affairs`
    start, end = synonym_rest(text, hyphen_half(text, start, new), end, new)  # `plenary …`
    start, end = _event_after(text, start, end, new.split())  # `{… plenary} session`
    new = name_goes_on(text, start, end, new)  # `deputy head of the {Commission} for …`
    new = bare_of(text[start:end], new)  # `secretaries of {commune} Party Committees`
    return start, end, new


def echo_end(text: str, end: int, found: str, new: str) -> int:
    """The term's last words from a capitalised one, said just after the rendering that lacks
    them (`Ministry of {Interior} Affairs` for `Ministry of Home Affairs`, `Association of
    {South East} Asian Nations`, 12am), or its last word alone whatever its case (`poor
    {family} households`: the head said once, 12bf), or the capitalised head of a term with an
    `of`/`for` complement said after the rendering in English's order (`{Internal Affairs}
    Commission` for `Commission for Internal Affairs`, 12bn): the end of those words, which
    the term says; `end` elsewhere."""
    words = new.split()
    for n in range(len(words) - 1, 0, -1):
        tail = words[-n:]
        after = re.match(rf" {re.escape(' '.join(tail))}\b", text[end:])
        if after is not None and (tail[0][:1].isupper() or n == 1) \
                and not any(w in found.split() for w in tail):
            return end + after.end()
    # the head of a term with an `of`/`for` complement (`Central Committee's {Internal
    # Affairs} Commission`): capitalised, and not in the found words already
    head = re.match(r"(?:\S+ )*?(\S+) (?:of|for) ", new)
    if head is not None and head.group(1)[:1].isupper() and head.group(1) not in found.split() \
            and (after := re.match(rf" {re.escape(head.group(1))}\b", text[end:])):
        return end + after.end()
    return end


def echo_ends(text: str, start: int, end: int, new: str) -> tuple[int, int]:
    """The rendering's span with the term's words said just outside it (`echo_start`,
    `echo_end`), after the word a possessive the term has too is cut off at (`possessor_cut`)."""
    found = text[start:end]
    end = possessor_cut(text, end, found, new)
    return echo_start(text, start, found, new), echo_end(text, end, found, new)


def possessor_cut(text: str, end: int, found: str, new: str) -> int:
    """The rendering cut off at a possessive the term has too (`Chairman of the provincial
    {People}'s Committee` for `… People's Council`, issue 12ba): the term goes on after that
    `'s` with one capitalised word, and the text with another one: that word is the term's
    in other words and goes with the span; so does a name of the text's with the head of the
    term's name there (12bu); `end` elsewhere."""
    rest = new[len(found):] if new.casefold().startswith(found.casefold()) else ""
    said = re.match(r"['’]s ([A-Z][\w-]*)\b", text[end:])
    if re.fullmatch(r"['’]s [A-Z][\w-]*", rest) and said is not None:
        return end + said.end()
    # the term's possessed is a name (`'s Organisation Commission`, `'s Commission for
    # Internal Affairs`) and the text's is another with the same head (`'s {Personnel
    # Commission}`): the text's name goes with the span (issue 12bu)
    head = re.fullmatch(r"['’]s (?:[A-Z][\w-]* )*?([A-Z][\w-]*)(?: (?:for|of) [A-Z][\w' -]*)?",
                        rest)
    name = re.match(r"['’]s (?:[A-Z][\w-]* ){0,2}([A-Z][\w-]*)\b(?! [A-Z])", text[end:])
    if head is None or name is None or name.group(1) != head.group(1):
        return end
    return end + name.end()


def echo_start(text: str, start: int, found: str, new: str) -> int:
    """The term's first word said just before the rendering that lacks it (`Official {Document}`
    for `Official Letter`, issue 12aa): the start of that word, which the term says; `start`
    elsewhere (a capitalised word only, so `the`, `a` stay)."""
    first = new.split()[0]
    before = re.search(r"(?<![\w'’-])(\w+) $", text[:start])
    if before is None or before.group(1) != first or first in found.split() \
            or not first[:1].isupper():
        return start
    return before.start()


# one word of a name (`People's`, `socio-political`), and a run of them (group 1)
_REST = re.compile(r"[\w’'-]+")
_NAME_RUN = r"((?:[\w’'-]+ )*[\w’'-]+)"


def _stem(word: str) -> str:
    """A word's first four letters, the part English's synonyms share (`plenary`/`plenum`);
    none for a shorter word, which shares too much by chance."""
    return word.casefold()[:4] if len(word) >= 4 else ""


def _shares_stem(words: Sequence[str], added: Sequence[str]) -> bool:
    """One of `words` shares its stem with one of the content words of `added`."""
    stems = {_stem(w) for w in added if w.lower() not in FUNCTION} - {""}
    return any(_stem(w) in stems for w in words)


def synonym_rest(text: str, start: int, end: int, new: str) -> tuple[int, int]:
    """The span with the rest of the translator's synonym it sits in (issue 12ay): where the
    term says more than the span (`{Party Central Committee}` → `plenum of the Party Central
    Committee`), the words just outside the span joined as the term joins its added words
    (`plenary session of the {…}`, `{…}'s plenary session`, `{…Commission} for Home Affairs`)
    are another way of saying them when one shares its first four letters with one of them
    (`plenary`/`plenum`; after a preposition the same last word, `Affairs`): they go with the
    span. Only non-function words, at most one more than the term adds (after a possessive,
    the word that shares the letters and the noun after it: a past form, `-ed`, is the
    sentence's verb); elsewhere `(start, end)`."""
    found = [w.casefold() for w in text[start:end].split()]
    words = new.split()
    k = next((k for k in range(len(words) - len(found) + 1)
              if [w.casefold() for w in words[k:k + len(found)]] == found), None)
    if not found:
        return start, end
    if k is None:
        return _possessor_rest(text, start, end, found, words)
    pre, post = words[:k], words[k + len(found):]
    if len(post) > 1 and post[0] in AFTER_HEAD:  # `… for Internal Affairs`: after the span
        after = re.match(rf" {post[0]} {_NAME_RUN}", text[end:])
        run = _run(after.group(1).split() if after else [])
        last = next((i for i, w in enumerate(run[:len(post) - 1])
                     if w.casefold() == post[-1].casefold()), None)
        if after and last is not None:
            return start, end + after.start(1) + len(" ".join(run[:last + 1]))
    if len(pre) > 1 and "of" in pre[-3:]:  # `plenum of the (Party) …`: before, or its `'s`
        most = len([w for w in pre if w.lower() not in FUNCTION]) + 1
        joint = " ".join(pre[pre.index("of"):])
        before = re.search(rf"(?:^|(?<= )){_NAME_RUN} {joint} $", text[:start])
        run = _run(before.group(1).split()[::-1] if before else [])[:most][::-1]
        while run and not _shares_stem(run[:1], pre):
            run = run[1:]
        if before and run:
            return before.end(1) - len(" ".join(run)), end
        after = re.match(rf"['’]s {_NAME_RUN}", text[end:])
        run = _run(after.group(1).split() if after else [])[:most]
        said = next((i for i, w in enumerate(run) if _shares_stem([w], pre)), None)
        if after and said is not None:  # and the noun after that word (`plenary {session}`)
            run = run[:said + 1 + (len(run) > said + 1 and not run[said + 1].endswith("ed"))]
            return start, end + after.start(1) + len(" ".join(run))
    return start, end


# what a plenum is said as after its adjective (`plenary {session}`)
_EVENT_NOUNS = frozenset(("session", "sessions", "meeting", "meetings"))


def _event_after(text: str, start: int, end: int, words: Sequence[str]) -> tuple[int, int]:
    """A span that ends on a word sharing its first four letters with one of the term's but
    not that word (`Central Committee {plenary}` for `plenum of the …`: an adjective) and a
    meeting's noun right after it (`session`, `meeting`): the noun is the rest of the
    translator's synonym and goes with the span (issue 12bw; unseen33, unseen36)."""
    said = text[start:end].split()
    after = re.match(r" ([a-z]+)\b", text[end:])
    if not said or after is None or after.group(1) not in _EVENT_NOUNS:
        return start, end
    last = said[-1].casefold()
    if last in {w.casefold() for w in words} or not _shares_stem([last], words):
        return start, end
    return start, end + after.end()


def bare_of(found: str, new: str) -> str:
    """`secretaries of {commune} Party Committees`: where a plural title's `of` phrase names
    plural bodies without `the`, English's generic plural, the term's `of the` follows what
    the translation said (issue 12ba). Only where the word after the found `of` is the one
    after the term's `of the` and both end on the same plural noun; a singular keeps `the`."""
    said, want = re.search(r" of (?!the |a |an )(\S+)", found), re.search(r" of the (\S+)", new)
    if said is None or want is None or said.group(1).lower() != want.group(1).lower():
        return new
    last, ours = found.split()[-1], new.split()[-1]
    if last.lower() != ours.lower() or lemma(last.lower(), "en") == last.lower():
        return new
    new = new[:want.start()] + " of " + new[want.start(1):]
    first = found.split()[0]  # a plural title said lower-case is generic: it stays as said
    if new[1:] == found[1:] and first.islower() and lemma(first, "en") != first:
        return found
    return new


def _possessor_rest(text: str, start: int, end: int, found: list[str],
                    words: list[str]) -> tuple[int, int]:
    """`Organisation Board of the {Party Central Committee}` for `Party Central Committee's
    Organisation Commission` (issue 12ba): the span is the term's possessor, said without its
    `'s`, and the words before the span's `of (the)` — one noun phrase from a function word or
    the sentence's start, at most one word more than the possessed, its first word sharing its
    first four letters with the possessed's first (`Organisation`) — are the possessed in other
    words: they go with the span. `Inspection Committee of the …` shares no field: left."""
    n = len(found)
    if len(words) <= n or [w.casefold() for w in words[:n - 1]] != found[:-1] \
            or words[n - 1].casefold() not in (f"{found[-1]}'s", f"{found[-1]}’s"):
        return start, end
    post = words[n:]
    before = re.search(rf"(?:^|(?<= )){_NAME_RUN} of (?:the )?$", text[:start])
    if before is None:
        return start, end
    said = before.group(1).split()
    run = _run(said[::-1])[::-1]
    if len(run) == len(said) and before.start(1) > 0 or not run or len(run) > len(post) + 1 \
            or not _shares_stem(run[:1], post[:1]):
        return start, end  # no function word before the run: not one noun phrase of its own
    return before.end(1) - len(" ".join(run)), end


def _run(words: list[str]) -> list[str]:
    """The first words of `words` up to a function word, a preposition or a verb that ends a
    noun phrase."""
    run: list[str] = []
    for w in words:
        low = w.lower()
        if low in FUNCTION or low in PREPOSITIONS or low in PHRASE_ENDS \
                or not _REST.fullmatch(w):
            break
        run.append(w)
    return run


def hyphen_half(text: str, start: int, new: str) -> int:
    """A span that begins right after a hyphen (`Marx-{Lenin doctrine}`) for a hyphened term
    (`Marxism-Leninism`) whose first half the word before the hyphen begins (`Marx`, four
    letters or all of it): that word is the term's first half, replaced too; `start`
    elsewhere (`Vietnam-{Laos}`)."""
    half = re.search(r"(?<![\w-])(\w+)-$", text[:start])
    first = new.split()[0].split("-")[0].casefold() if "-" in new.split()[0] else ""
    if half is None or not first:
        return start
    said = half.group(1).casefold()
    return half.start() if len(said) >= 4 and first.startswith(said) else start


def name_goes_on(text: str, start: int, end: int, new: str) -> str:
    """The term with its last word capitalised as the span said it where a name goes on right
    after the span (`vice head of the {Commission} for Internal Affairs` → `deputy head of the
    Commission …`, issue 12ay): the word begins that name; `new` elsewhere."""
    said, words = text[start:end].split(), new.split()
    if not said or not words or said[-1] == words[-1] or said[-1].lower() != words[-1] \
            or not said[-1][:1].isupper() or len(said) < 2 \
            or re.match(r" (?:for|of) (?:the )?[A-Z]", text[end:]) is None:
        return new
    return " ".join([*words[:-1], said[-1]])


_OF_VIETNAM = re.compile(r" of Viet ?[Nn]am(?![\w'’-])")


def of_vietnam(text: str, end: int, target: str, source: str) -> int:
    """`the State Audit {of Vietnam}` for `Kiểm toán Nhà nước`: where the source term names
    no Việt Nam and the term (a name) has none, `of Vietnam` right after the rendering is a
    word English added and goes with it, as `translate.review.enleftover` cuts it beside a
    term already there (lead's ruling in issue 12bm: unseen2, 13, 18; `Kiểm toán Nhà nước
    Việt Nam`, a variant of its own, keeps `State Audit Office of Vietnam`). A term that ends
    on `of Vietnam` takes it too, as written in two (`Communist Party {of Viet Nam}`), or the
    term would say it twice (issue 12bs)."""
    said = _OF_VIETNAM.match(text, end)
    if not target[:1].isupper() or said is None:
        return end
    if target.endswith(" of Vietnam"):
        return said.end()
    if says_vietnam(target) or "viet nam" in strip_marks(source).lower():
        return end
    return said.end()
