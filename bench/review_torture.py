"""Randomized torture of the review loop: does every byte a reviewer wrote survive?

Each sequence starts a project with one article (sentences drawn from `corpus/`), runs
`run`, then applies random steps:

- reviewer edits, saved as an editor would (gettext-wrapped or by polib): a new msgstr
  (fuzzy kept or cleared), an approval (fuzzy cleared), a translator comment only, a flag
  (`no-wrap`, `no-c-format`), a draft cleared with a note ("will translate later");
- source changes: a sentence edited, added, removed, restored, respelled with the other
  tone-mark placement, or the whole article in NFD;
- `run` or `update` through the real pipeline (`translate.pipeline.run_batch`) with a stand-in
  engine (this measures the PO handling, not a model).

After every `run`/`update` it checks: every reviewer-written string (msgstr, translator
comment, flag) is still in the file, an approved entry whose sentence did not change is still
approved, the file passes `msgfmt --check` (when gettext is installed), loads again, and
`msgcat` leaves it byte for byte (files holding an obsolete entry without translation are
counted apart: gettext drops those, the tool keeps the reviewer's comment on them).

    python bench/review_torture.py --sequences 500 [--seed 1]

`tests/test_review_torture.py` runs a few sequences of the same code on every test run.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
import unicodedata
from dataclasses import dataclass, field, replace
from pathlib import Path

import polib

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from translate.config import Config  # noqa: E402
from translate.engines.base import Candidate  # noqa: E402
from translate.fileio import atomic_write_text  # noqa: E402
from translate.pipeline import run_batch  # noqa: E402
from translate.po.catalog import load_catalog  # noqa: E402
from translate.po.wrap import format_catalog  # noqa: E402
from translate.text.normalize import sentence_key  # noqa: E402
from translate.text.segment import split_sentences  # noqa: E402

RESPELL = [("hòa", "hoà"), ("ủy", "uỷ"), ("thủy", "thuỷ"), ("khóa", "khoá"), ("Hòa", "Hoà"),
           ("Ủy", "Uỷ"), ("hóa", "hoá"), ("tỏa", "toả")]
FLAGS = ["no-wrap", "no-c-format"]  # flags gettext knows (it drops the ones it does not)


class StandIn:
    """A deterministic engine: enough to exercise drafting, masking and the PO merge."""

    name, model_id = "stand-in", "stand-in"

    def translate(self, sentences, source, target, n_best=1, progress=None):
        return [[Candidate(f"{target}: {s[::-1]}", 0.0)] * n_best for s in sentences]


def sentence_pool() -> list[str]:
    pool: list[str] = []
    for path in sorted((REPO / "corpus").glob("*")):
        if path.suffix in (".md", ".txt"):
            for line in path.read_text(encoding="utf-8").splitlines():
                line = line.strip("#-* ").strip()
                pool += [line[a:b] for a, b in split_sentences(line)
                         if len(line[a:b].split()) >= 4]
    return list(dict.fromkeys(pool))


@dataclass
class Tally:
    sequences: int = 0
    steps: int = 0
    runs: int = 0
    written: int = 0  # reviewer-written strings (msgstr, comments, flags), superseded included
    checks: int = 0  # (string, run/update) pairs checked
    reviewer_strings: int = 0  # reviewer strings alive at the end of the sequences
    lost: list[str] = field(default_factory=list)
    unapproved: list[str] = field(default_factory=list)
    msgfmt_checked: int = 0
    msgfmt_failed: list[str] = field(default_factory=list)
    msgcat_checked: int = 0
    msgcat_changed: list[str] = field(default_factory=list)
    msgcat_obsolete_untranslated: int = 0
    seconds: float = 0.0


class Sequence:
    """One project, one article, random steps."""

    def __init__(self, root: Path, rng: random.Random, pool: list[str], tally: Tally) -> None:
        self.root, self.rng, self.tally = root, rng, tally
        self.article = root / "articles" / "bai.txt"
        self.po = root / "po" / "cs" / "bai.po"
        self.model = root / "model"
        self.model.mkdir(parents=True)
        self.sentences = rng.sample(pool, rng.randint(4, 9))
        self.spare = [s for s in pool if s not in self.sentences]
        self.removed: list[str] = []
        self.nfd = False
        self.msgstrs: set[str] = set()  # reviewer msgstrs alive
        self.comments: set[str] = set()  # reviewer translator comments alive
        self.flags: dict[str, str] = {}  # comment marker -> flag set with it
        self.approved: dict[str, str] = {}  # msgstr -> sentence key when approved
        self.counter = 0

    # -- the source ---------------------------------------------------------------------

    def write_source(self) -> None:
        text = "\n\n".join(self.sentences) + "\n"
        if self.nfd:
            text = unicodedata.normalize("NFD", text)
        self.article.parent.mkdir(parents=True, exist_ok=True)
        self.article.write_text(text, encoding="utf-8")

    def change_source(self) -> str:
        rng = self.rng
        choice = rng.choice(["edit", "add", "remove", "restore", "respell", "nfd"])
        if choice == "edit" and self.sentences:
            i = rng.randrange(len(self.sentences))
            words = self.sentences[i].rstrip(".").split()
            words.insert(rng.randrange(1, len(words) + 1), rng.choice(["mới", "cả", "năm"]))
            self.sentences[i] = " ".join(words) + "."
        elif choice == "add" and self.spare:
            self.sentences.insert(rng.randrange(len(self.sentences) + 1), self.spare.pop())
        elif choice == "remove" and len(self.sentences) > 2:
            self.removed.append(self.sentences.pop(rng.randrange(len(self.sentences))))
        elif choice == "restore" and self.removed:
            back = self.removed.pop(rng.randrange(len(self.removed)))
            if sentence_key(back) not in {sentence_key(s) for s in self.sentences}:
                self.sentences.insert(rng.randrange(len(self.sentences) + 1), back)
        elif choice == "respell":
            old, new = rng.choice(RESPELL)
            if rng.random() < 0.5:
                old, new = new, old
            self.sentences = [s.replace(old, new) for s in self.sentences]
        elif choice == "nfd":
            self.nfd = not self.nfd
        self.write_source()
        return choice

    # -- the reviewer -------------------------------------------------------------------

    def _unique(self, kind: str) -> str:
        self.counter += 1
        self.tally.written += 1
        return f"{kind} {self.counter} „přezkoumáno“ {self.rng.randrange(10**6)}"

    def review(self) -> str:
        rng = self.rng
        catalog = polib.pofile(str(self.po), wrapwidth=0)
        live = [e for e in catalog if not e.obsolete and e.msgid]
        if not live:
            return "nothing"
        entry = rng.choice(live)
        action = rng.choice(["msgstr", "approve", "comment", "flag", "clear"])
        if action == "msgstr":
            self.msgstrs.discard(entry.msgstr)
            self.approved.pop(entry.msgstr, None)
            entry.msgstr = self._unique("překlad")
            self.msgstrs.add(entry.msgstr)
            if rng.random() < 0.6 and "fuzzy" in entry.flags:
                entry.flags.remove("fuzzy")
                self.approved[entry.msgstr] = sentence_key(entry.msgid)
        elif action == "approve" and entry.msgstr:
            if "fuzzy" in entry.flags:
                entry.flags.remove("fuzzy")
            entry.previous_msgid = None
            self.msgstrs.add(entry.msgstr)  # approving makes the text the reviewer's
            self.approved[entry.msgstr] = sentence_key(entry.msgid)
        elif action == "comment":
            self.comments.discard(entry.tcomment)
            entry.tcomment = self._unique("poznámka")
            self.comments.add(entry.tcomment)
        elif action == "flag":
            flag = rng.choice(FLAGS)
            self.comments.discard(entry.tcomment)
            entry.tcomment = self._unique("příznak")
            self.comments.add(entry.tcomment)
            if flag not in entry.flags:
                entry.flags.append(flag)
            self.flags[entry.tcomment] = flag
        elif action == "clear":
            self.msgstrs.discard(entry.msgstr)
            self.approved.pop(entry.msgstr, None)
            entry.msgstr = ""
            if "fuzzy" in entry.flags:
                entry.flags.remove("fuzzy")
            self.comments.discard(entry.tcomment)
            entry.tcomment = self._unique("nesmysl, přeložím později")
            self.comments.add(entry.tcomment)
        if rng.random() < 0.5:  # an editor that wraps like gettext (Poedit) ...
            atomic_write_text(self.po, format_catalog(catalog))
        else:  # ... or one that does not wrap at all
            catalog.save(str(self.po))
        return action

    # -- the tool and the checks --------------------------------------------------------

    def run(self, update: bool) -> None:
        # shipped glossaries off: terms do not touch reviewer work, and loading them (0.6 s)
        # on each of the thousands of run/update calls was most of the torture's time
        config = replace(Config(), use_cache=False, memory=self.root / "memory.tmx",
                         shipped_glossaries=False)
        result = run_batch([self.article], ["cs"], self.root / "po", config,
                           model=str(self.model), opener=lambda path, model_id, cfg: StandIn(),
                           update=update)
        self.tally.runs += 1
        self.check(written=self.po in result.written)

    def check(self, written: bool) -> None:
        tally = self.tally
        where = f"{self.root.name} step {tally.steps}"
        catalog = load_catalog(self.po)
        msgstrs = {e.msgstr for e in catalog}
        tally.checks += len(self.msgstrs) + len(self.comments) + len(self.flags)
        comments = {e.tcomment: e for e in catalog if e.tcomment}
        for text in self.msgstrs:
            if text not in msgstrs:
                tally.lost.append(f"{where}: msgstr {text!r}")
        for text in self.comments:
            if text not in comments:
                tally.lost.append(f"{where}: comment {text!r}")
            elif text in self.flags and self.flags[text] not in comments[text].flags:
                tally.lost.append(f"{where}: flag {self.flags[text]} of {text!r}")
        for entry in catalog:
            key = self.approved.get(entry.msgstr)
            if key and not entry.obsolete and sentence_key(entry.msgid) == key and entry.fuzzy:
                tally.unapproved.append(f"{where}: {entry.msgstr!r}")
        if shutil.which("msgfmt"):
            tally.msgfmt_checked += 1
            done = subprocess.run(["msgfmt", "--check", "-o", os.devnull, str(self.po)],
                                  capture_output=True, text=True)
            if done.returncode:
                tally.msgfmt_failed.append(f"{where}: {done.stderr.strip()[:300]}")
        if written and shutil.which("msgcat"):  # a file the tool wrote, not the reviewer
            tally.msgcat_checked += 1
            done = subprocess.run(["msgcat", str(self.po)], capture_output=True)
            if done.stdout != self.po.read_bytes():
                if any(e.obsolete and not e.msgstr for e in catalog):
                    tally.msgcat_obsolete_untranslated += 1
                else:
                    tally.msgcat_changed.append(where)
                    if os.environ.get("TORTURE_KEEP"):
                        shutil.copy(self.po, Path(os.environ["TORTURE_KEEP"]) / "ours.po")
                        Path(os.environ["TORTURE_KEEP"], "theirs.po").write_bytes(done.stdout)

    def play(self, steps: int) -> None:
        self.write_source()
        self.run(update=False)
        for _ in range(steps):
            self.tally.steps += 1
            roll = self.rng.random()
            if roll < 0.45:
                self.review()
            elif roll < 0.75:
                self.change_source()
            else:
                self.run(update=self.rng.random() < 0.7)
        self.run(update=True)
        self.tally.reviewer_strings += len(self.msgstrs) + len(self.comments) + len(self.flags)


def torture(sequences: int, seed: int = 0, steps: int = 20) -> Tally:
    """Play `sequences` random sequences; returns what was tracked and what went wrong."""
    tally = Tally()
    pool = sentence_pool()
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="torture-") as tmp:
        cwd = os.getcwd()
        try:
            for number in range(sequences):
                root = Path(tmp) / f"seq{number}"
                root.mkdir()
                os.chdir(root)  # the memory and glossaries of a project live in its folder
                Sequence(root, random.Random(seed * 100_003 + number), pool, tally).play(steps)
                tally.sequences += 1
                shutil.rmtree(root)
        finally:
            os.chdir(cwd)
    tally.seconds = time.perf_counter() - started
    return tally


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sequences", type=int, default=500)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--steps", type=int, default=20)
    args = parser.parse_args()
    tally = torture(args.sequences, args.seed, args.steps)
    print(f"{tally.sequences} sequences, {tally.steps} random steps, {tally.runs} run/update "
          f"calls, {tally.seconds:.0f} s")
    print(f"reviewer strings written: {tally.written}, checked after {tally.checks} "
          f"(string, run/update) pairs, alive at the end: {tally.reviewer_strings}; lost: "
          f"{len(tally.lost)}; approvals undone on unchanged sentences: "
          f"{len(tally.unapproved)}")
    print(f"msgfmt --check: {tally.msgfmt_checked} files, {len(tally.msgfmt_failed)} rejected")
    stable = (tally.msgcat_checked - len(tally.msgcat_changed)
              - tally.msgcat_obsolete_untranslated)
    print(f"msgcat byte-stable: {stable}/{tally.msgcat_checked}"
          f" ({tally.msgcat_obsolete_untranslated} hold an obsolete entry without translation,"
          f" which gettext drops; {len(tally.msgcat_changed)} other changes)")
    for line in (tally.lost + tally.unapproved + tally.msgfmt_failed + tally.msgcat_changed)[:20]:
        print("  " + line)
    bad = tally.lost or tally.unapproved or tally.msgfmt_failed or tally.msgcat_changed
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
