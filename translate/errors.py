"""One error type for bad user input, so the CLI can print it as one line without a traceback."""

from __future__ import annotations

from pathlib import Path


def printable(text: str) -> str:
    """`text` on one line: line breaks and other control characters as escapes (`\\n`)."""
    if text.isprintable():
        return text
    return "".join(ch if ch.isprintable() else ascii(ch)[1:-1] for ch in text)


class InputError(Exception):
    """Bad input from the user: names the file, the line (when known) and what to do."""

    def __init__(
        self,
        message: str,
        path: str | Path | None = None,
        line: int | None = None,
        column: int | None = None,
        hint: str | None = None,
    ) -> None:
        self.path = str(path) if path is not None else None
        self.line = line
        self.column = column
        self.hint = hint
        self.detail = message
        super().__init__(self.render())

    def render(self) -> str:
        where = ""
        if self.path:
            where = printable(self.path)
            if self.line is not None:
                where += f":{self.line}"
                if self.column is not None:
                    where += f":{self.column}"
            where += ": "
        text = where + self.detail
        if self.hint:
            text += f" ({self.hint})"
        return text


class ClusterError(Exception):
    """The cluster could not finish a batch (workers keep dying); finished batches are kept."""


class ModelUnavailableError(Exception):
    """A model is neither cached nor downloadable; the message says how to get it."""
