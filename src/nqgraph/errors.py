"""Errors a user can act on: each names the file (and line where it helps) in one line."""

from __future__ import annotations

import re

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def one_line(message: str) -> str:
    """`message` on one line, with control characters (a byte of a binary file quoted in a
    parser's message) shown as escapes rather than sent to the terminal."""
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", " ".join(message.split()))


class NqgraphError(Exception):
    """Base class: a problem with the user's input or environment, shown without a traceback."""

    exit_code = 2

    def __init__(self, message: str, path: str | None = None, line: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = path
        self.line = line

    def __str__(self) -> str:
        where = ""
        if self.path is not None:
            where = f"{self.path}:{self.line}: " if self.line is not None else f"{self.path}: "
        return f"{where}{self.message}"


class ReadError(NqgraphError):
    """The input could not be read as a resolution (missing, empty, binary, wrong encoding …)."""


class RdfError(NqgraphError):
    """An RDF file could not be parsed."""


class QueryError(NqgraphError):
    """A stored query is unknown, malformed, or given a bad parameter."""


class EndpointError(NqgraphError):
    """A SPARQL endpoint could not be reached or answered with an error."""
