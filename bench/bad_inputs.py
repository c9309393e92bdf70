"""The bad-input matrix: every command against missing, unreadable, FIFO, binary, empty, huge,
wrongly encoded and broken files, full disks, planted symlinks and over-long sentences.

Each case runs `python -m translate ...` in a fresh copy of a small project (an article, its
reviewed PO file, a memory, a glossary) as a subprocess with a timeout, then classifies it:

- traceback  a Python traceback, the "unexpected" exit 3, or death by a signal
- hang       still running at the timeout (killed)
- wrong      bad input accepted (exit 0), or good input refused
- damaged    a file that must stay as it was changed, a `.tmp` left behind, a planted link
             followed, or an output half-written / wrongly written
- unclear    refused, but not with one `error:` line naming the file

Full disk: the folder the command writes to is a tiny tmpfs mounted in a private mount
namespace (`unshare -rm`, no root needed), pre-filled so that the previous files fit and
nothing more does; what it held afterwards is copied out and checked. Where `unshare` is not
allowed those cases are reported as skipped (the suite's `tests/test_fileio.py` injects ENOSPC
in-process instead). Unreadable files: the case runs as `nobody` (via `setpriv`) when the
harness runs as root, since root reads anything.

    python bench/bad_inputs.py                 # the whole matrix against this checkout
    python bench/bad_inputs.py --repo /work/main --jobs 2 --only run/   # another checkout, a subset
    python bench/bad_inputs.py --list          # the case ids

The last line is the summary: cases, tracebacks, hangs, wrong, damaged, unclear, skipped.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
OK, TRACEBACK, HANG, WRONG, DAMAGED, UNCLEAR, SKIPPED = (
    "ok", "traceback", "hang", "wrong", "damaged", "unclear", "skipped")
OUTCOMES = (TRACEBACK, HANG, WRONG, DAMAGED, UNCLEAR, SKIPPED)

Setup = Callable[[Path], None]
Verify = Callable[[Path], "str | None"]


@dataclass(frozen=True)
class Case:
    id: str
    args: tuple[str, ...]  # after `translate`; "{model}" is replaced by the tiny model's path
    setup: Setup = lambda w: None
    expect: str = "refuse"  # refuse (exit 2, one line naming `names`) | ok (exit 0) | done (0/1)
    names: str = ""  # what a refusal must name (a file name); "" = anything
    says: str = ""  # what the refusal must also say (case-insensitive): "TCVN" for a TCVN3 file
    listing: bool = False  # a refusal may be build's list of entries (exit 1, no error line)
    keep: tuple[str, ...] = ()  # files that must be byte-identical afterwards
    absent: tuple[str, ...] = ()  # paths that must not exist afterwards
    verify: Verify | None = None  # more checks on the work folder; returns a problem or None
    nobody: bool = False  # run as an unprivileged user (unreadable files)
    full_disk: str | None = None  # folder (relative) to put on a full tmpfs
    timeout: float = 30.0
    model: bool = False  # needs the tiny model (slower)


@dataclass
class Result:
    case: Case
    outcome: str
    detail: str = ""
    seconds: float = 0.0
    rc: int | None = None
    output: str = field(default="", repr=False)


# -- the project every case starts from -------------------------------------------------------

ARTICLE = (REPO / "corpus" / "hoi-nghi-tinh-uy.md").read_text(encoding="utf-8")


def shipped_glossary(repo: Path) -> Path:
    """The Czech glossary of the checkout under test (it moved into the package data)."""
    return next(p for p in (repo / "translate" / "data" / "glossaries" / "vi-cs.tsv",
                            repo / "glossaries" / "vi-cs.tsv") if p.exists())
SENTENCE = "Tỉnh ủy đã ban hành Chương trình hành động số 961-CTr/TU để cụ thể hóa các nhiệm vụ."
VI_TEXT = ("Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 15 bàn nhiệm vụ năm 2024. "
           "Đồng chí Bí thư Tỉnh ủy yêu cầu các cấp ủy tập trung cho các nhiệm vụ còn lại.\n")


def build_template(root: Path, python: str, env: dict[str, str], model: Path,
                   repo: Path = REPO) -> Path:
    """A small project: a.md, its PO (some entries reviewed), memory, glossary, eval files."""
    template = root / "template"
    if (template / "done").exists():
        return template
    shutil.rmtree(template, ignore_errors=True)
    template.mkdir(parents=True)
    (template / "a.md").write_text(ARTICLE, encoding="utf-8")
    (template / "b.txt").write_text(VI_TEXT, encoding="utf-8")
    (template / "glossaries").mkdir()
    shutil.copy(shipped_glossary(repo), template / "glossaries" / "vi-cs.tsv")
    run = [python, "-m", "translate"]
    for args in (["run", "a.md", "--to", "cs", "--model", str(model)],
                 ["run", "b.txt", "--to", "cs", "--model", str(model)]):
        subprocess.run(run + args, cwd=template, env=env, check=True, capture_output=True)
    import polib

    po = polib.pofile(str(template / "po/cs/a.po"), wrapwidth=0)
    for k, entry in enumerate(e for e in po if e.msgid):
        if k % 2 == 0:  # half the entries reviewed and approved
            entry.msgstr = f"Schválený překlad {k}."
            entry.flags = [f for f in entry.flags if f != "fuzzy"]
    po.save(str(template / "po/cs/a.po"))
    subprocess.run(run + ["learn", "po/cs"], cwd=template, env=env, check=True,
                   capture_output=True)
    shutil.copy(template / "po/cs/a.po", template / "po/cs/a.po.bak")
    (template / "test.tsv").write_text("vi\tcs\n" + "".join(
        f"Câu số {i} về kinh tế.\tVěta číslo {i} o ekonomice.\n" for i in range(5)),
        encoding="utf-8")
    (template / "src.txt").write_text("Câu một.\nCâu hai.\n", encoding="utf-8")
    (template / "ref.txt").write_text("Věta jedna.\nVěta dvě.\n", encoding="utf-8")
    (template / "hyp.txt").write_text("Věta jedna.\nVěta dva.\n", encoding="utf-8")
    (template / "outside").mkdir()
    (template / "outside" / "precious.txt").write_text("do not touch\n", encoding="utf-8")
    (template / "done").write_text("")
    return template


# -- bad files -------------------------------------------------------------------------------

def _w(rel: str, data: bytes | str | Callable[[], bytes | str]) -> Setup:
    """Write `data` (or what calling it returns, computed only when the case runs)."""
    def setup(w: Path) -> None:
        value = data() if callable(data) else data
        path = w / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.is_symlink() or path.exists():
            path.unlink()
        path.write_bytes(value.encode("utf-8") if isinstance(value, str) else value)
    return setup


def _fifo(rel: str) -> Setup:
    def setup(w: Path) -> None:
        path = w / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.unlink(missing_ok=True)
        os.mkfifo(path)
    return setup


def _dir(rel: str) -> Setup:
    def setup(w: Path) -> None:
        path = w / rel
        if path.is_file() or path.is_symlink():
            path.unlink()
        path.mkdir(parents=True, exist_ok=True)
    return setup


def _link(rel: str, target: str) -> Setup:
    def setup(w: Path) -> None:
        path = w / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.is_symlink() or path.is_file():
            path.unlink()
        elif path.is_dir():
            shutil.rmtree(path)
        path.symlink_to(target)
    return setup


def _link_to_fifo(rel: str) -> Setup:
    def setup(w: Path) -> None:
        _fifo("outside/pipe")(w)
        _link(rel, str(w / "outside" / "pipe"))(w)
    return setup


def _unreadable(rel: str, data: bytes | str | None = None) -> Setup:
    def setup(w: Path) -> None:
        if data is not None:
            _w(rel, data)(w)
        os.chmod(w / rel, 0)
    return setup


def _rm(rel: str) -> Setup:
    def setup(w: Path) -> None:
        path = w / rel
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path)
        else:
            path.unlink(missing_ok=True)
    return setup


def _all(*steps: Setup) -> Setup:
    def setup(w: Path) -> None:
        for step in steps:
            step(w)
    return setup


def _elf() -> bytes:
    for candidate in ("/bin/true", "/usr/bin/true", sys.executable):
        try:
            return Path(candidate).read_bytes()[:20000]
        except OSError:
            continue
    return b"\x7fELF\x02\x01\x01" + bytes(range(256)) * 40


def _cp1258(text: str) -> bytes:
    """Vietnamese in windows-1258: letters with a tone as base letter + combining tone."""
    import unicodedata

    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        marks = unicodedata.normalize("NFD", ch)
        tones = "".join(m for m in marks if m in "\u0300\u0301\u0303\u0309\u0323")
        base = unicodedata.normalize("NFC", "".join(m for m in marks if m not in tones))
        out += (base + tones).encode("cp1258", "replace")
    return bytes(out)


def _tcvn3(text: str) -> bytes:
    from translate.formats.decode import TCVN3_HIGH  # the table the reader itself uses

    table = {ch: 0x80 + i for i, ch in enumerate(TCVN3_HIGH)}
    return bytes(table.get(ch, ord(ch) if ord(ch) < 128 else 0x3F) for ch in text.lower())


def _vni(text: str) -> bytes:
    from translate.formats.decode import VNI_LETTERS

    table = {letter: vni for vni, letter in VNI_LETTERS.items()}
    return "".join(table.get(ch, ch) for ch in text.lower()).encode("cp1252", "replace")


def _long_article(n_words: int = 900, n_cells: int = 300) -> str:
    words = ("kinh tế địa phương tăng trưởng ổn định và bền vững trong năm 2024 theo "
             "Nghị quyết số 25-NQ/TW của Bộ Chính trị").split()
    run_on = " ".join(words[i % len(words)] for i in range(n_words))
    table = " | ".join(f"Xã {i} | {i * 1234} tỷ đồng | {i},5%" for i in range(n_cells))
    return f"Câu ngắn đầu tiên.\n\n{run_on}.\n\n{table}\n\nCâu ngắn cuối cùng.\n"


def _huge_article(size: int) -> str:
    para = ("Tổng thu ngân sách trên địa bàn tháng {i} ước đạt {i}.340 tỷ đồng, bằng 3,5% so "
            "với cùng kỳ năm trước. Tăng trưởng kinh tế ước đạt 6,2%.\n\n")
    out, n, i = [], 0, 0
    while n < size:
        p = para.format(i=i % 5000)
        out.append(p)
        n += len(p.encode("utf-8"))
        i += 1
    return "".join(out)


PO_HEAD = ('msgid ""\nmsgstr ""\n"Language: cs\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
           '"Plural-Forms: nplurals=3; plural=(n==1) ? 0 : (n>=2 && n<=4) ? 1 : 2;\\n"\n\n')
BROKEN_PO = {
    "garbage": "this is not a PO file\n{{{\n",
    "unterminated": PO_HEAD + 'msgid "Câu một.\nmsgstr "Věta jedna."\n',
    "truncated": PO_HEAD + 'msgid "Câu một."\nmsgstr "Věta',
}
TMX_OK = ('<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header srclang="vi" '
          'datatype="plaintext" segtype="sentence" adminlang="en" o-tmf="x" creationtool="x" '
          'creationtoolversion="1"/><body><tu><tuv xml:lang="vi"><seg>Câu một.</seg></tuv>'
          '<tuv xml:lang="cs"><seg>Věta jedna.</seg></tuv></tu></body></tmx>\n')
BROKEN_TMX = {
    "not-xml": "vi\tcs\nCâu một.\tVěta jedna.\n",
    "truncated": TMX_OK[: len(TMX_OK) // 2],
    "not-tmx": '<?xml version="1.0"?>\n<html><body><p>Câu một.</p></body></html>\n',
    "entity-bomb": ('<?xml version="1.0"?>\n<!DOCTYPE tmx [<!ENTITY a "aaaaaaaaaa">'
                    '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
                    '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>\n'
                    + TMX_OK.split("\n", 1)[1].replace("Věta jedna.", "&c;")),
}
BROKEN_GLOSSARY = {
    "tsv": "concept\tvi\tcs\nc1\tBộ Chính trị\tpolitbyro\textra\tcells\n",
    "tbx": '<?xml version="1.0"?>\n<martif type="TBX-Basic"><text><body><termEntry>',
    "tbx-not-tbx": '<?xml version="1.0"?>\n<html><body>nothing</body></html>\n',
    "csv": 'source,target\n"Bộ Chính trị,politbyro\nTỉnh ủy,krajský výbor\n',
}
ARTICLE_FILES = {"md": "x.md", "txt": "x.txt", "html": "x.html"}
# what the refusal of an article must say: the right encoding (and how to convert it)
ARTICLE_SAYS = {"binary-elf": "ELF", "utf16": "UTF-16", "cp1258": "1258", "tcvn3": "TCVN",
                "vni": "VNI", "fifo": "FIFO", "link-to-fifo": "FIFO", "dev-zero": "device"}


def bad_files(name: str, good: str, kind: str) -> dict[str, tuple[Setup, str]]:
    """The generic bad variants of one input file: variant -> (setup, expectation)."""
    variants: dict[str, tuple[Setup, str]] = {
        "missing": (_rm(name), "refuse"),
        "unreadable": (_unreadable(name, good), "refuse"),
        "fifo": (_fifo(name), "refuse"),
        "folder": (_dir(name), "refuse"),
        "binary-elf": (_w(name, _elf()), "refuse"),
        "empty": (_w(name, b""), "refuse"),
        "utf16": (_w(name, good.encode("utf-16")), "refuse"),
        "cp1258": (_w(name, _cp1258(good)), "refuse"),
        "latin1-garbage": (_w(name, bytes(range(0x80, 0x100)) * 4 + b"\n"), "refuse"),
        "dangling-link": (_link(name, "nowhere/at/all"), "refuse"),
        "link-loop": (_link(name, Path(name).name), "refuse"),
        "dev-zero": (_link(name, "/dev/zero"), "refuse"),
        "link-to-fifo": (_link_to_fifo(name), "refuse"),
    }
    if kind == "article":
        variants["tcvn3"] = (_w(name, lambda: _tcvn3(good)), "refuse")
        variants["vni"] = (_w(name, lambda: _vni(good)), "refuse")
    return variants


# -- the matrix ------------------------------------------------------------------------------

def _po_has(rel: str, text: str, present: bool = True) -> Verify:
    def verify(w: Path) -> str | None:
        path = w / rel
        if not path.is_file():
            return f"{rel} not written"
        found = text in path.read_text(encoding="utf-8", errors="replace")
        if found != present:
            return f"{rel} {'lacks' if present else 'has'} {text!r}"
        return None
    return verify


def _msgfmt_ok(rel: str) -> Verify:
    def verify(w: Path) -> str | None:
        path = w / rel
        if not path.is_file():
            return f"{rel} not written"
        if shutil.which("msgfmt") is None:
            return None
        proc = subprocess.run(["msgfmt", "--check", "-o", os.devnull, str(path)],
                              capture_output=True, text=True)
        return None if proc.returncode == 0 else f"msgfmt: {proc.stderr.strip()[:200]}"
    return verify


def _both(*checks: Verify) -> Verify:
    def verify(w: Path) -> str | None:
        for check in checks:
            problem = check(w)
            if problem:
                return problem
        return None
    return verify


def article_cases() -> list[Case]:
    cases = []
    commands = {
        "run": ("run", "{f}", "--to", "cs", "--model", "{model}"),
        "update": ("update", "{f}", "--to", "cs", "--model", "{model}"),
        "build": ("build", "{f}", "--to", "cs", "--allow-draft"),
        "segment": ("segment", "{f}"),
        "terms": ("terms", "{f}"),
    }
    good = ARTICLE
    for fmt, fname in ARTICLE_FILES.items():
        variants = bad_files(fname, good if fmt != "html" else
                             f"<html><body><p>{VI_TEXT}</p></body></html>", "article")
        if fmt == "html":
            variants["html-no-text"] = (_w(fname, "<html><head><script>var x = 'Câu một.';"
                                                  "</script><style>p{}</style></head><body>"
                                                  "<!-- Câu hai. --><img src=a.png></body>"
                                                  "</html>"), "refuse")
            variants["html-unclosed"] = (_w(fname, "<html><body><p>" + VI_TEXT + "<div><b>"
                                                   + VI_TEXT), "ok")
        else:
            variants["only-whitespace"] = (_w(fname, "\n\n   \n\t\n"), "refuse")
        for variant, (setup, expect) in variants.items():
            if fmt != "md" and variant in ("unreadable", "dangling-link", "link-loop",
                                            "dev-zero", "latin1-garbage"):
                continue  # the same code path as .md: once is enough
            for command, args in commands.items():
                args = tuple(a.replace("{f}", fname) for a in args)
                # build of a good article that has no PO file: refused for that, rightly
                here = "done" if command == "build" and expect == "ok" else expect
                cases.append(Case(
                    f"{command}/article-{fmt}:{variant}", args, setup, here, names=fname,
                    says=ARTICLE_SAYS.get(variant, ""),
                    keep=("po/cs/a.po", "po/cs/a.po.bak"), nobody=variant == "unreadable",
                    model=command in ("run", "update") and expect == "ok",
                    timeout=20.0))
    # over-long sentences: drafted, the rest too, the entry flagged
    for command in ("run", "update"):
        for engine in ("ctranslate2", "transformers"):
            cases.append(Case(
                f"{command}/article:over-long-sentence-{engine}",
                (command, "long.md", "--to", "cs", "--model", "{model}", "--engine", engine,
                 "--beam", "1"),
                # transformers: still over the 512 positions, shorter, since random weights
                # never end a sentence and every part decodes to the length limit
                _w("long.md", _long_article() if engine == "ctranslate2" else
                   _long_article(300, 60)), "ok", model=True,
                timeout=120.0 if engine == "ctranslate2" else 400.0,
                verify=_both(_po_has("po/cs/long.po", "Câu ngắn cuối cùng."),
                             _po_has("po/cs/long.po", "qa: long:"),
                             _msgfmt_ok("po/cs/long.po"))))
    for command in ("segment", "terms"):
        cases.append(Case(f"{command}/article:over-long-sentence", (command, "long.md"),
                          _w("long.md", _long_article()), "ok"))
    # huge articles: linear, or refused with a clear limit
    for size_mb in (12, 60):
        for command in ("segment", "run"):
            args = (command, "huge.md") + (("--to", "cs", "--model", "{model}")
                                           if command == "run" else ())
            cases.append(Case(f"{command}/article:huge-{size_mb}MB", args,
                              _w("huge.md", lambda size=size_mb << 20: _huge_article(size)),
                              "refuse" if size_mb > 40 else "done", names="huge.md",
                              timeout=120.0, model=command == "run" and size_mb <= 40))
    # a file name that would inject entries into the PO
    evil = 'x\nmsgid "injected"\nmsgstr "x"\n#.md'
    cases.append(Case("run/article:newline-in-name", ("run", evil, "--to", "cs",
                      "--model", "{model}"), _w(evil, VI_TEXT), "refuse"))
    cases.append(Case("run/article:newline-in-name-no-injection",
                      ("run", evil, "--to", "cs", "--model", "{model}"), _w(evil, VI_TEXT),
                      "done", verify=_no_injection))
    cases.append(Case("run/article:input-symlink-ok", ("run", "l.md", "--to", "cs",
                      "--model", "{model}"), _link("l.md", "a.md"), "ok", model=True))
    cases.append(Case("segment/article:unsupported-type", ("segment", "x.docx"),
                      _w("x.docx", b"PK\x03\x04" + b"\x00" * 100), "refuse", names="x.docx"))
    return cases


def _no_injection(w: Path) -> str | None:
    for po in (w / "po").rglob("*.po"):
        text = po.read_text(encoding="utf-8", errors="replace")
        if '\nmsgid "injected"' in text:
            return f"{po.relative_to(w)} has an injected entry"
    return None


def po_cases() -> list[Case]:
    cases = []
    commands = {
        "check": ("check", "po/cs/a.po"),
        "check-fix": ("check", "po/cs/a.po", "--fix"),
        "stats": ("stats", "po/cs/a.po"),
        "report": ("report", "po/cs/a.po"),
        "learn": ("learn", "po/cs/a.po"),
        "memory-import": ("memory", "import", "po/cs/a.po"),
        "build": ("build", "a.md", "--to", "cs", "--allow-draft"),
        "run": ("run", "a.md", "--to", "cs", "--model", "{model}"),
        "update": ("update", "a.md", "--to", "cs", "--model", "{model}"),
    }
    variants: dict[str, tuple[Setup, str]] = {
        k: v for k, v in bad_files("po/cs/a.po", PO_HEAD + 'msgid "Câu một."\nmsgstr "Věta."\n',
                                   "po").items()
        if k not in ("missing",)
    }
    for name, text in BROKEN_PO.items():
        variants[name] = (_w("po/cs/a.po", text), "refuse")
    variants["huge-msgid"] = (_w("po/cs/a.po", PO_HEAD + 'msgid "' + ("Câu rất dài, " * 160000)
                                 + '"\nmsgstr "' + ("Velmi dlouhá věta, " * 110000) + '"\n'),
                              "done")
    for variant, (setup, expect) in variants.items():
        for command, args in commands.items():
            if variant == "missing" and command in ("build", "run", "update"):
                continue
            if variant == "empty" and command in ("run", "update"):
                expect_here = "refuse"
            else:
                expect_here = expect
            if variant == "huge-msgid" and command in ("run", "update", "build", "learn",
                                                        "memory-import"):
                continue
            cases.append(Case(f"{command}/po:{variant}", args, setup, expect_here,
                              names="a.po", keep=("corpus/memory.tmx",),
                              absent=("out/cs/a.md",) if command == "build" else (),
                              listing=command == "build",
                              nobody=variant == "unreadable", timeout=60.0))
    for command in ("check", "stats", "report", "learn"):
        cases.append(Case(f"{command}/po:missing", (*commands[command][:-1], "po/cs/zz.po"),
                          expect="refuse", names="zz.po"))
    return cases


def tmx_cases() -> list[Case]:
    cases = []
    variants = bad_files("x.tmx", TMX_OK, "tmx")
    for name, text in BROKEN_TMX.items():
        variants[name] = (_w("x.tmx", text), "refuse")
    commands = {
        "memory-import": ("memory", "import", "x.tmx"),
        "learn": ("learn", "po/cs", "--memory", "x.tmx"),
        "memory-export": ("memory", "export", "--memory", "x.tmx"),
        "run": ("run", "a.md", "--to", "cs", "--model", "{model}", "--config", "tm.toml"),
    }
    config = _w("tm.toml", '[memory]\npath = "x.tmx"\n')
    variants["utf16"] = (variants["utf16"][0], "done")  # XML may be UTF-16: a valid TMX
    for variant, (setup, expect) in variants.items():
        for command, args in commands.items():
            if variant == "missing" and command in ("learn", "run"):
                continue  # a new memory is started / the memory is optional: fine
            cases.append(Case(f"{command}/tmx:{variant}", args, _all(config, setup), expect,
                              names="x.tmx", keep=("po/cs/a.po",),
                              nobody=variant == "unreadable", timeout=20.0))
    return cases


def glossary_cases() -> list[Case]:
    cases = []
    good_tsv = "concept\tvi\tcs\nc1\tBộ Chính trị\tpolitbyro\n"
    for ext in ("tsv", "tbx", "csv"):
        name = f"g.{ext}"
        variants = bad_files(name, good_tsv if ext == "tsv" else
                             "source,target\nBộ Chính trị,politbyro\n", "g")
        if ext in ("unreadable",):
            continue
        for key, text in BROKEN_GLOSSARY.items():
            if key.split("-")[0] == ext:
                variants[key] = (_w(name, text), "refuse")
        commands = {
            "glossary-check": ("glossary", "check", name),
            "glossary-convert": ("glossary", "convert", name, "out.tsv"),
            "terms": ("terms", "a.md", "--glossary", name),
            "check": ("check", "po/cs/a.po", "--glossary", name),
            "run": ("run", "a.md", "--to", "cs", "--model", "{model}", "--glossary", name),
        }
        for variant, (setup, expect) in variants.items():
            if ext != "tsv" and variant in ("unreadable", "dangling-link", "link-loop",
                                            "dev-zero", "latin1-garbage", "folder"):
                continue
            for command, args in commands.items():
                cases.append(Case(f"{command}/glossary-{ext}:{variant}", args, setup, expect,
                                  names=name, absent=("out.tsv",), keep=("po/cs/a.po",),
                                  nobody=variant == "unreadable", timeout=20.0))
    return cases


def eval_cases() -> list[Case]:
    cases = []
    good = "vi\tcs\nCâu một.\tVěta jedna.\n"
    variants = bad_files("test.tsv", good, "tsv")
    variants["ragged"] = (_w("test.tsv", "vi\tcs\nCâu một.\tVěta.\tnavíc\n"), "refuse")
    variants["no-column"] = (_w("test.tsv", "vi\ten\nCâu một.\tOne.\n"), "refuse")
    for variant, (setup, expect) in variants.items():
        cases.append(Case(f"eval/tsv:{variant}", ("eval", "--tsv", "test.tsv", "--src", "vi",
                          "--ref", "cs", "--hyp-column", "cs", "--no-comet"), setup, expect,
                          names="test.tsv", nobody=variant == "unreadable"))
        cases.append(Case(f"tsv2po/tsv:{variant}", ("tsv2po", "test.tsv", "--to", "cs", "--out",
                          "t.po"), setup, expect, names="test.tsv", absent=("t.po",),
                          nobody=variant == "unreadable"))
    for variant in ("missing", "fifo", "folder", "binary-elf", "empty", "utf16"):
        setup, expect = bad_files("hyp.txt", "Věta.\nVěta.\n", "txt")[variant]
        cases.append(Case(f"eval/hyp:{variant}", ("eval", "--src", "src.txt", "--ref",
                          "ref.txt", "--hyp", "hyp.txt", "--no-comet"), setup, expect,
                          names="hyp.txt"))
    cases.append(Case("eval/tsv:is-a-folder", ("eval", "--tsv", "outside", "--src", "vi",
                      "--ref", "cs", "--hyp-column", "cs"), expect="refuse", names="outside"))
    return cases


def state_cases() -> list[Case]:
    """The tool's own files: cache, lock, config, memory index."""
    cases = []
    cache = ".translate-cache/cache.sqlite"
    run = ("run", "a.md", "--to", "cs", "--model", "{model}", "--no-cache")
    run_cached = ("run", "b2.txt", "--to", "cs", "--model", "{model}")
    fresh = _w("b2.txt", "Một câu mới chưa dịch.\n")
    for variant, setup in {
        "corrupt": _w(cache, b"SQLite format 3\x00" + b"\xff" * 4000),
        "garbage": _w(cache, b"this is not a database\n" * 100),
        "folder": _dir(cache),
        "fifo": _fifo(cache),
        "unreadable": _unreadable(cache, b""),
    }.items():
        cases.append(Case(f"run/cache:{variant}", run_cached, _all(fresh, setup), "refuse",
                          names="cache.sqlite", nobody=variant == "unreadable", timeout=60.0))
    for variant, setup in {
        "symlink": _link("po/cs/.a.po.lock", "../../outside/precious.txt"),
        "folder": _dir("po/cs/.a.po.lock"),
        "fifo": _fifo("po/cs/.a.po.lock"),
    }.items():
        cases.append(Case(f"run/lock:{variant}", run, setup, "done", names=".a.po.lock",
                          keep=("outside/precious.txt",), timeout=60.0, model=True))
    for variant, text in {"broken": "[engine\nbeam = ", "wrong-type": "[engine]\nbeam = 'x'\n",
                          "binary": _elf()}.items():
        for args in (("run", "a.md", "--to", "cs", "--config", "c.toml"),
                     ("check", "po/cs", "--config", "c.toml"),
                     ("models", "list", "--config", "c.toml")):
            cases.append(Case(f"{args[0]}/config:{variant}", args, _w("c.toml", text),
                              "refuse", names="c.toml"))
    for variant, setup in {"fifo": _fifo("c.toml"), "folder": _dir("c.toml"),
                           "missing": _rm("c.toml")}.items():
        cases.append(Case(f"run/config:{variant}", ("run", "a.md", "--to", "cs", "--config",
                          "c.toml"), setup, "refuse", names="c.toml"))
    index = "corpus/.memory.sqlite"
    for variant, setup in {"corrupt": _w(index, b"SQLite format 3\x00" + b"\xff" * 4000),
                           "folder": _dir(index)}.items():
        cases.append(Case(f"learn/memory-index:{variant}", ("learn", "po/cs"), setup, "done",
                          names=".memory.sqlite", timeout=30.0))
    return cases


def argument_cases() -> list[Case]:
    cases = []
    for label, to in {"newline": "cs\n", "markup": "[bold]cs", "dollar": "$x$", "empty": "",
                      "unknown": "xx", "path": "../cs"}.items():
        cases.append(Case(f"run/--to:{label}", ("run", "a.md", "--to", to, "--model",
                                                 "{model}"), expect="refuse"))
        cases.append(Case(f"build/--to:{label}", ("build", "a.md", "--to", to),
                          expect="refuse"))
    for label, model in {"missing-folder": "no/such/model", "a-file": "a.md",
                         "markup": "[red]x$y$"}.items():
        cases.append(Case(f"run/--model:{label}", ("run", "a.md", "--to", "cs", "--model",
                                                    model), expect="refuse"))
    # a model id and language code with rich markup and `$...$` in a reviewed PO
    markup_po = PO_HEAD.replace("Language: cs", "Language: [bold]cs$x$") + (
        '#. origin: mt engine=ctranslate2 model=[red]$\\alpha$[/red] glossary=none\n'
        '#. draft: Věta.\nmsgid "Câu một."\nmsgstr "Věta jedna."\n')
    for args in (("report", "po/m.po"), ("report", "po/m.po", "--html", "r.html"),
                 ("stats", "po/m.po"), ("check", "po/m.po")):
        cases.append(Case(f"{args[0]}/po:markup-in-model-and-language"
                          + ("-html" if "--html" in args else ""), args,
                          _w("po/m.po", markup_po), "done", names="m.po"))
    cases.append(Case("run/--out:is-a-file", ("run", "a.md", "--to", "cs", "--model",
                      "{model}", "--out", "a.md"), expect="refuse", keep=("a.md",)))
    cases.append(Case("build/--out:is-a-file", ("build", "a.md", "--to", "cs", "--allow-draft",
                      "--out", "b.txt"), expect="refuse", keep=("b.txt",)))
    cases.append(Case("report/--html:is-a-folder", ("report", "po/cs", "--html", "outside"),
                      expect="refuse", names="outside"))
    cases.append(Case("glossary-convert/dest:is-a-folder", ("glossary", "convert",
                      "glossaries/vi-cs.tsv", "outside"), expect="refuse", names="outside"))
    cases.append(Case("glossary-convert/dest:unknown-type", ("glossary", "convert",
                      "glossaries/vi-cs.tsv", "x.docx"), expect="refuse", names="x.docx",
                      absent=("x.docx",)))
    cases.append(Case("memory-export/file:is-a-folder", ("memory", "export", "outside"),
                      expect="refuse", names="outside"))
    return cases


def _reviewed_xss(w: Path) -> None:
    import polib

    po = polib.pofile(str(w / "po/cs/a.po"), wrapwidth=0)
    for entry in po:
        if entry.msgid:
            entry.msgstr = "Věta <script>alert(1)</script> a <img src=x onerror=alert(2)>."
            entry.flags = []
    po.save(str(w / "po/cs/a.po"))


def _out_has_no_markup(w: Path) -> str | None:
    for path in (w / "out").rglob("*") if (w / "out").exists() else ():
        if path.is_file() and "<script>" in path.read_text(encoding="utf-8", errors="replace"):
            return f"{path.relative_to(w)} has a raw <script>"
    return None


def output_cases() -> list[Case]:
    """Where the tool writes: planted links, unwritable folders, reviewer HTML, full disks."""
    cases = [
        Case("update/bak:symlink", ("update", "a.md", "--to", "cs", "--model", "{model}"),
             _all(_w("a.md", ARTICLE.replace("năm 2024", "năm 2025")),
                  _link("po/cs/a.po.bak", "../../outside/precious.txt")), "ok",
             keep=("outside/precious.txt",), model=True, timeout=60.0,
             verify=_regular("po/cs/a.po.bak")),
        Case("build/out-lang:symlink", ("build", "a.md", "--to", "cs", "--allow-draft"),
             _link("out/cs", "../outside"), "refuse", names="out/cs",
             absent=("outside/a.md",)),
        Case("build/out-file:symlink", ("build", "a.md", "--to", "cs", "--allow-draft"),
             _link("out/cs/a.md", "../../outside/precious.txt"), "done",
             keep=("outside/precious.txt",)),
        Case("run/po-folder:unwritable", ("run", "b2.txt", "--to", "cs", "--model",
                                           "{model}", "--no-cache"),
             _all(_w("b2.txt", VI_TEXT), _readonly("po/cs")), "refuse", names="po/cs",
             nobody=True, timeout=60.0),
        Case("build/out:unwritable", ("build", "a.md", "--to", "cs", "--allow-draft"),
             _readonly("out"), "refuse", names="out", nobody=True),
        # refused like unreviewed entries: listed one per line, exit 1, nothing written
        Case("build/po:reviewed-html-refused", ("build", "a.md", "--to", "cs"), _reviewed_xss,
             "done", absent=("out/cs/a.md",), verify=_out_has_no_markup),
        Case("build/po:reviewed-html-allowed", ("build", "a.md", "--to", "cs",
                                                 "--allow-markup"), _reviewed_xss, "ok"),
        Case("check/po:reviewed-html-flagged", ("check", "po/cs/a.po", "--only", "markup"),
             _reviewed_xss, "done", verify=None),
        Case("run/tmp:stale-after-kill", ("update", "a.md", "--to", "cs", "--model", "{model}"),
             _all(_w("a.md", ARTICLE.replace("năm 2024", "năm 2026")),
                  _w("po/cs/.a.po.4194000.abcd1234.tmp", "half a PO file")), "ok",
             model=True, timeout=60.0),
    ]
    full = [
        ("run", ("run", "b2.txt", "--to", "cs", "--model", "{model}", "--no-cache"), "po",
         _w("b2.txt", VI_TEXT), ("po/cs/a.po",)),
        ("update", ("update", "a.md", "--to", "cs", "--model", "{model}", "--no-cache"), "po",
         _w("a.md", ARTICLE.replace("năm 2024", "năm 2027")), ("po/cs/a.po", "po/cs/a.po.bak")),
        ("build", ("build", "a.md", "--to", "cs", "--allow-draft"), "out", None, ()),
        ("learn", ("learn", "po/cs"), "corpus", _reviewed_more, ("corpus/memory.tmx",)),
        ("memory-import", ("memory", "import", "x.tmx"), "corpus",
         _w("x.tmx", TMX_OK.replace("Câu một.", "Câu một mới.")), ("corpus/memory.tmx",)),
        ("memory-export", ("memory", "export", "exp/m.tmx"), "exp", None, ()),
        ("report", ("report", "po/cs", "--html", "rep/r.html"), "rep", None, ()),
        ("glossary-convert", ("glossary", "convert", "glossaries/vi-cs.tsv", "gl/g.tbx"), "gl",
         None, ()),
        ("tsv2po", ("tsv2po", "test.tsv", "--to", "cs", "--out", "tp/t.po"), "tp", None, ()),
        ("cache", ("run", "b2.txt", "--to", "cs", "--model", "{model}"), ".translate-cache",
         _w("b2.txt", VI_TEXT), ()),
    ]
    for command, args, folder, setup, keep in full:
        cases.append(Case(f"{command}/disk:full", args, setup or (lambda w: None), "refuse",
                          names="", keep=keep, full_disk=folder, model=True, timeout=90.0,
                          verify=_space_message))
    return cases


def _regular(rel: str) -> Verify:
    def verify(w: Path) -> str | None:
        path = w / rel
        if path.is_symlink() or not path.is_file():
            return f"{rel} is not a regular file"
        return None
    return verify


def _readonly(rel: str) -> Setup:
    def setup(w: Path) -> None:
        (w / rel).mkdir(parents=True, exist_ok=True)
        os.chmod(w / rel, 0o555)
    return setup


def _reviewed_more(w: Path) -> None:
    import polib

    po = polib.pofile(str(w / "po/cs/a.po"), wrapwidth=0)
    for k, entry in enumerate(e for e in po if e.msgid):
        entry.msgstr = f"Nově schválený překlad {k}."
        entry.flags = []
    po.save(str(w / "po/cs/a.po"))


def _space_message(w: Path) -> str | None:
    return None  # the message is checked in `classify` (it needs the output)


def all_cases() -> list[Case]:
    cases = (article_cases() + po_cases() + tmx_cases() + glossary_cases() + eval_cases()
             + state_cases() + argument_cases() + output_cases())
    ids = Counter(c.id for c in cases)
    dupes = [i for i, n in ids.items() if n > 1]
    if dupes:
        raise SystemExit(f"duplicate case ids: {dupes}")
    return cases


# -- running and judging ---------------------------------------------------------------------

def _tree_digest(root: Path) -> dict[str, str]:
    out = {}
    for path in root.rglob("*"):
        if path.is_file() and not path.is_symlink():
            out[str(path.relative_to(root))] = hashlib.sha256(path.read_bytes()).hexdigest()
    return out


def _snapshot(w: Path, rels: tuple[str, ...]) -> dict[str, bytes | None]:
    snap = {}
    for rel in rels:
        path = w / rel
        try:
            snap[rel] = path.read_bytes() if path.is_file() else None
        except OSError:
            snap[rel] = None
    return snap


FULL_DISK_SCRIPT = r"""
set -u
mnt="$1"; stash="$2"; after="$3"; shift 3
mount -t tmpfs -o size=512k tmpfs "$mnt" || exit 200
cp -a "$stash/." "$mnt/" 2>/dev/null
head -c 600000 /dev/zero > "$mnt/.filler" 2>/dev/null
"$@"
rc=$?
rm -f "$mnt/.filler"
cp -a "$mnt/." "$after/"
exit $rc
"""


def run_case(case: Case, template: Path, work_root: Path, python: str, repo: Path,
             model: Path, base_env: dict[str, str]) -> Result:
    work = Path(tempfile.mkdtemp(prefix="case-", dir=work_root))
    w = work / "p"
    shutil.copytree(template, w, symlinks=True)
    (w / "done").unlink()
    case.setup(w)
    before = _snapshot(w, case.keep)
    args = [a.replace("{model}", str(model)) for a in case.args]
    cmd = [python, "-m", "translate", *args]
    env = dict(base_env, HOME=str(work / "home"), PYTHONPATH=str(repo))
    if case.nobody and os.geteuid() == 0:
        for path in [work, *work.rglob("*")]:
            if not path.is_symlink() and os.stat(path).st_mode & 0o777 not in (0, 0o555):
                os.chmod(path, 0o777 if path.is_dir() else 0o666)
        cmd = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", *cmd]
    after = None
    if case.full_disk:
        mnt = w / case.full_disk
        stash, after = work / "stash", work / "after"
        after.mkdir()
        if mnt.exists():
            shutil.copytree(mnt, stash, symlinks=True)
            shutil.rmtree(mnt)
        else:
            stash.mkdir()
        mnt.mkdir(parents=True)
        cmd = ["unshare", "-rm", "sh", "-c", FULL_DISK_SCRIPT, "sh", str(mnt), str(stash),
               str(after), *cmd]
    started = time.perf_counter()
    try:
        proc = subprocess.run(cmd, cwd=w, env=env, capture_output=True, text=True,
                              timeout=case.timeout, stdin=subprocess.DEVNULL)
        rc, output = proc.returncode, proc.stdout + proc.stderr
        stderr = proc.stderr
    except subprocess.TimeoutExpired as exc:
        seconds = time.perf_counter() - started
        _cleanup(work)
        text = (exc.stderr or b"").decode("utf-8", "replace") if isinstance(
            exc.stderr, bytes) else (exc.stderr or "")
        return Result(case, HANG, f"no answer after {case.timeout:g} s", seconds, None, text)
    seconds = time.perf_counter() - started
    if case.full_disk and rc == 200:
        _cleanup(work)
        return Result(case, SKIPPED, "cannot mount a tmpfs (unshare -rm)", seconds, rc, output)
    if after is not None:  # judge the files on the full disk as it was left
        mnt = w / case.full_disk
        shutil.rmtree(mnt, ignore_errors=True)
        shutil.copytree(after, mnt, symlinks=True)
    outcome, detail = classify(case, w, rc, output, stderr, before)
    _cleanup(work)
    return Result(case, outcome, detail, seconds, rc, output)


def _cleanup(work: Path) -> None:
    for path in [work, *work.rglob("*")]:
        try:
            if not path.is_symlink():
                os.chmod(path, 0o700 if path.is_dir() else 0o600)
        except OSError:
            pass
    for path in work.rglob("*"):
        if path.is_fifo():
            path.unlink()
    shutil.rmtree(work, ignore_errors=True)


def classify(case: Case, w: Path, rc: int, output: str, stderr: str,
             before: dict[str, bytes | None]) -> tuple[str, str]:
    if "Traceback (most recent call last)" in output or rc == 3 or rc < 0:
        line = next((ln for ln in reversed(output.splitlines()) if ln.strip()), "")
        return TRACEBACK, f"rc={rc}: {line[:160]}"
    # files that must not change, temp files, links followed
    for rel, data in before.items():
        path = w / rel
        now = path.read_bytes() if path.is_file() else None
        if now != data:
            return DAMAGED, f"{rel} changed"
    for rel in case.absent:
        if (w / rel).exists():
            return DAMAGED, f"{rel} exists"
    leftovers = [p for p in w.rglob("*.tmp") if p.is_file()]
    if leftovers:
        return DAMAGED, f"temp file left: {leftovers[0].relative_to(w)}"
    if (w / "outside" / "precious.txt").read_text(encoding="utf-8") != "do not touch\n":
        return DAMAGED, "outside/precious.txt changed"
    if case.verify is not None:
        problem = case.verify(w)
        if problem:
            return DAMAGED if rc == 0 or case.expect != "refuse" else WRONG, problem
    errors = [ln for ln in stderr.splitlines() if ln.startswith("error:")]
    if case.expect == "ok" and rc != 0:
        return WRONG, f"refused good input (rc={rc}): {(errors or [''])[0][:160]}"
    if case.expect == "done" and rc not in (0, 1, 2):
        return WRONG, f"rc={rc}"
    if case.expect == "done" and rc == 2 and not errors:
        return UNCLEAR, "exit 2 without an error line"
    if case.expect == "refuse":
        if rc == 0:
            return WRONG, "accepted"
        if rc not in (1, 2):
            return WRONG, f"rc={rc}"
        if case.listing and rc == 1 and not errors and stderr.strip():
            return OK, ""
        if len(errors) != 1:
            return UNCLEAR, f"{len(errors)} error lines: {stderr.strip()[:160]!r}"
        if case.names and case.names not in errors[0]:
            return UNCLEAR, f"does not name {case.names}: {errors[0][:160]}"
        if case.says and case.says.lower() not in errors[0].lower():
            return WRONG, f"does not say {case.says!r}: {errors[0][:160]}"
        if case.full_disk and ("space" not in errors[0] or "free" not in errors[0]):
            return UNCLEAR, f"full disk not said with the space needed: {errors[0][:160]}"
    return OK, ""


@dataclass(frozen=True)
class Harness:
    """Everything a case needs: the project to copy, the code under test, the tiny model."""

    template: Path
    work_root: Path
    python: str
    repo: Path
    model: Path
    env: dict[str, str]

    def run(self, case: Case) -> Result:
        return run_case(case, self.template, self.work_root, self.python, self.repo,
                        self.model, self.env)


def prepare(root: Path, repo: Path, python: str, model: Path | None = None) -> Harness:
    """Scratch folder, environment, tiny model (built unless given) and the template project."""
    root.mkdir(parents=True, exist_ok=True)
    os.chmod(root, 0o755)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "TRANSLATE_"))}
    env.update(HF_HUB_OFFLINE="1", TRANSFORMERS_OFFLINE="1", TRANSLATE_LOCK_TIMEOUT="5",
               VI_TRANSLATE_CACHE=str(root / "tool-cache"), NO_COLOR="1", COLUMNS="100",
               PYTHONPATH=str(repo))
    if model is None:
        sys.path.insert(0, str(REPO / "tests"))
        from tiny_models import build_tiny_marian

        model = root / "tiny"
        if not (model / "config.json").exists():
            build_tiny_marian(model)
    (root / "tool-cache").mkdir(exist_ok=True)
    os.chmod(root / "tool-cache", 0o777)  # cases run as `nobody` convert models too
    template = build_template(root, python, env, model, repo)
    work_root = root / "cases"
    work_root.mkdir(exist_ok=True)
    os.chmod(work_root, 0o777)
    return Harness(template, work_root, python, repo, model, env)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repo", type=Path, default=REPO, help="checkout to test")
    parser.add_argument("--python", default=sys.executable)
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--only", action="append", default=[],
                        help="run only case ids containing this (repeatable)")
    parser.add_argument("--skip", action="append", default=[],
                        help="leave out case ids containing this (repeatable), e.g. commands "
                        "an older checkout does not have")
    parser.add_argument("--work", type=Path, default=None, help="scratch folder (kept)")
    parser.add_argument("--list", action="store_true")
    parser.add_argument("--verbose", "-v", action="store_true")
    opts = parser.parse_args(argv)
    sys.path.insert(0, str(REPO))  # the harness's own helpers (encoding tables) from this checkout
    cases = [c for c in all_cases() if (not opts.only or any(o in c.id for o in opts.only))
             and not any(s in c.id for s in opts.skip)]
    if opts.list:
        print("\n".join(c.id for c in cases))
        return 0
    root = opts.work or Path(tempfile.mkdtemp(prefix="bad-inputs-"))
    harness = prepare(root, opts.repo, opts.python)
    results: list[Result] = []
    with ThreadPoolExecutor(max(1, opts.jobs)) as pool:
        for r in pool.map(harness.run, cases):
            results.append(r)
            if r.outcome != OK or opts.verbose:
                print(f"{r.outcome:9} {r.case.id:55} {r.seconds:6.1f}s  {r.detail}",
                      flush=True)
    counts = Counter(r.outcome for r in results)
    print(f"{len(results)} cases: " + ", ".join(f"{counts.get(o, 0)} {o}" for o in
                                                    (OK, *OUTCOMES)))
    return 0 if all(counts.get(o, 0) == 0 for o in OUTCOMES if o != SKIPPED) else 1


if __name__ == "__main__":
    sys.exit(main())
