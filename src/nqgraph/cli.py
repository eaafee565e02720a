"""The `nqgraph` command: one sub-command per module in `nqgraph.commands`."""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Mapping, Sequence
from typing import Any, NoReturn, TextIO, cast

from nqgraph import __version__
from nqgraph.errors import NqgraphError, one_line
from nqgraph.files import naming

# Each module `nqgraph.commands.<name>` defines `register(subparsers) -> None`, which adds its
# parser and sets `func(args) -> int` as the default handler.
COMMANDS: tuple[str, ...] = (
    "parse",
    "build",
    "export",
    "validate",
    "queries",
    "query",
    "publish",
    "serve",
)


class Parser(argparse.ArgumentParser):
    """A usage error is one line, like every other error (not the usage, then the error); the
    sub-commands' parsers are of this class too (`add_subparsers` makes them so)."""

    commands: Mapping[str, argparse.ArgumentParser]

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {one_line(message)} (see {self.prog} --help)\n")

    def parse_args(  # type: ignore[override]  # (one form: no namespace given)
        self, args: Sequence[str] | None = None, namespace: None = None
    ) -> argparse.Namespace:
        """An argument no parser knows is the sub-command's error (argparse makes it the
        top parser's: `nqgraph: error: unrecognized arguments`, pointing to the wrong help)."""
        parsed, extra = self.parse_known_args(args, namespace)
        if extra:
            command = getattr(self, "commands", {}).get(getattr(parsed, "command", None), self)
            command.error(f"unrecognized arguments: {' '.join(extra)}")
        return parsed


def make_parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog="nqgraph",
        description="Vietnamese council resolutions (nghị quyết) as a linked-data graph "
        "with provenance to the source text.",
    )
    parser.add_argument("--version", action="version", version=f"nqgraph {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name in COMMANDS:
        importlib.import_module(f"nqgraph.commands.{name}").register(sub)
    parser.commands = sub.choices
    return parser


class _NamedOutput:
    """A stream whose write errors name it: `nqgraph export > file` on a full disk says
    "standard output: No space left on device" (an OSError of a write names no file)."""

    def __init__(self, stream: Any, name: str) -> None:
        self._stream, self._name = stream, name

    def write(self, data: Any) -> Any:
        with naming(self._name):
            return self._stream.write(data)

    def flush(self) -> None:
        with naming(self._name):
            self._stream.flush()

    @property
    def buffer(self) -> _NamedOutput:
        return _NamedOutput(self._stream.buffer, self._name)

    def __getattr__(self, attribute: str) -> Any:
        return getattr(self._stream, attribute)


def main(argv: Sequence[str] | None = None) -> int:
    parser = make_parser()
    args = parser.parse_args(argv)
    # rdflib logs a warning with a traceback for every ill-typed literal it reads (such as
    # "2024-13-45"^^xsd:date); the shapes report those as findings
    logging.getLogger("rdflib.term").setLevel(logging.ERROR)
    stdout = sys.stdout
    sys.stdout = cast(TextIO, _NamedOutput(stdout, "standard output"))
    try:
        code: int = args.func(args)
        sys.stdout.flush()  # what is still buffered fails here, not unreported at exit
    except NqgraphError as exc:
        print(f"nqgraph: error: {one_line(str(exc))}", file=sys.stderr)
        return exc.exit_code
    except BrokenPipeError:
        return 0
    except OSError as exc:  # unwritable output, full disk, missing directory …
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"nqgraph: error: {one_line(where + str(exc.strerror or exc))}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("nqgraph: interrupted", file=sys.stderr)
        return 130
    finally:
        sys.stdout = stdout
    return code


if __name__ == "__main__":
    sys.exit(main())
