"""Argument types shared by the sub-commands: a bad value is an argparse usage error."""

from __future__ import annotations

import argparse
import re
import urllib.parse

from nqgraph.errors import NqgraphError


def positive_int(text: str) -> int:
    """A count such as --jobs: 1 or more."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more: {text!r}")
    return value


def positive_seconds(text: str) -> float:
    """A timeout such as --timeout: more than 0 seconds."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {text!r}") from None
    if not value > 0 or value == float("inf"):
        raise argparse.ArgumentTypeError(f"must be more than 0 seconds: {text!r}")
    return value


_NOT_IN_IRI = re.compile(r'[\x00-\x20\x7f<>"{}|^`\\]')


def base_iri(text: str) -> str:
    """A base such as --base: every IRI minted is the base followed by a path, so it is an
    absolute http(s) IRI with a host and no query (?) or fragment (#), nor spaces; a "/" is
    added at its end if it has none ("https://example.org/nq" mints
    "https://example.org/nq/source/…"). A bad one is an NqgraphError (exit 2, one line):
    checked when the sub-command runs, not as an argparse type, so that `cli.main` returns 2
    as for the checks `nqgraph.build` makes of the base, rather than raising SystemExit."""
    try:
        parts = urllib.parse.urlsplit(text)
        _ = parts.port  # a port that is not a number raises ValueError
    except ValueError as exc:
        raise _bad_base(text, f"not an IRI ({exc})") from None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise _bad_base(text, "not an absolute http(s) IRI such as https://example.org/nq/")
    bad = _NOT_IN_IRI.search(text)
    if bad:
        raise _bad_base(
            text, "an IRI cannot contain " + ("spaces" if bad.group() == " " else repr(bad.group()))
        )
    for mark, name in (("#", "fragment"), ("?", "query")):
        if mark in text:
            raise _bad_base(
                text,
                f"a base must not have a {name} ({mark}): every IRI made from it is the base "
                "followed by a path",
            )
    return text if text.endswith("/") else text + "/"


def _bad_base(text: str, why: str) -> NqgraphError:
    return NqgraphError(f"--base {text!r}: {why}")
