"""`nqgraph query NAME|FILE`: run a stored query on the local store or a SPARQL endpoint."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from nqgraph.catalogue import FORMATS, find_query, parse_assignments, render, run, unmatched
from nqgraph.commands.arguments import positive_seconds
from nqgraph.store import OxigraphRepo, RemoteRepo, Repo, default_store_path


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "query",
        help="run a stored query (or a .rq file)",
        description="Run a stored query by name (see `nqgraph queries`) or a .rq file, on the "
        "local store (default data/store, or $NQGRAPH_STORE) or on a SPARQL endpoint.",
    )
    parser.add_argument("query", metavar="NAME|FILE")
    parser.add_argument(
        "--param",
        "-p",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="bind a parameter (repeatable)",
    )
    parser.add_argument("--format", "-f", choices=FORMATS, default="table")
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--store", type=Path, default=None, help="Oxigraph store directory")
    where.add_argument("--endpoint", metavar="URL", help="SPARQL 1.1 query endpoint")
    parser.add_argument("--timeout", type=positive_seconds, default=30, help="endpoint timeout (s)")
    parser.add_argument("--dir", type=Path, default=None, help="query directory")
    parser.set_defaults(func=main)


def open_repo(args: argparse.Namespace) -> Repo:
    if args.endpoint:
        return RemoteRepo(args.endpoint, timeout=args.timeout)
    return OxigraphRepo(args.store or default_store_path(), read_only=True)


def main(args: argparse.Namespace) -> int:
    query = find_query(args.query, args.dir)
    values = parse_assignments(args.param)
    with open_repo(args) as repo:
        rows = run(query, repo, values)
        for note in [] if len(rows) else unmatched(query, repo, values):
            print(f"nqgraph: note: {note}", file=sys.stderr)
    sys.stdout.write(render(rows, args.format))
    return 0
