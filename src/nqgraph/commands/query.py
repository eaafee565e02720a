"""`nqgraph query NAME|FILE`: run a stored query on the local store or a SPARQL endpoint."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from nqgraph.catalogue import (
    FORMATS,
    GRAPH_FORMATS,
    StoredQuery,
    ask,
    construct,
    find_query,
    parse_assignments,
    render,
    render_boolean,
    render_graph,
    run,
)
from nqgraph.commands.arguments import positive_seconds
from nqgraph.errors import QueryError
from nqgraph.prebind import query_form
from nqgraph.store import OxigraphRepo, RemoteRepo, Repo, default_store_path


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "query",
        help="run a stored query (or a .rq file)",
        description="Run a stored query by name (see `nqgraph queries`) or a .rq file, on the "
        "local store (default data/store, or $NQGRAPH_STORE) or on a SPARQL endpoint. A SELECT "
        "answer prints as a table (or csv, tsv, SPARQL JSON), an ASK answer as true or false, a "
        "CONSTRUCT or DESCRIBE answer as Turtle (or N-Triples), its triples sorted.",
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
    parser.add_argument(
        "--format",
        "-f",
        choices=(*FORMATS, *GRAPH_FORMATS),
        default=None,
        help="table (default), csv, tsv or json for SELECT and ASK; turtle (default) or "
        "ntriples for CONSTRUCT and DESCRIBE",
    )
    where = parser.add_mutually_exclusive_group()
    where.add_argument(
        "--store",
        type=Path,
        default=None,
        help="Oxigraph store directory (default data/store, or $NQGRAPH_STORE)",
    )
    where.add_argument("--endpoint", metavar="URL", help="SPARQL 1.1 query endpoint")
    parser.add_argument(
        "--timeout",
        type=positive_seconds,
        default=30,
        help="seconds to wait for the endpoint (default 30)",
    )
    parser.add_argument(
        "--dir",
        type=Path,
        default=None,
        help="query directory (default queries/, or $NQGRAPH_QUERIES)",
    )
    parser.set_defaults(func=main)


def open_repo(args: argparse.Namespace) -> Repo:
    if args.endpoint:
        return RemoteRepo(args.endpoint, timeout=args.timeout)
    return OxigraphRepo(args.store or default_store_path(), read_only=True)


def main(args: argparse.Namespace) -> int:
    query = find_query(args.query, args.dir)
    values = parse_assignments(args.param)
    form = _form(query)
    graph = form in ("CONSTRUCT", "DESCRIBE")
    fmt = args.format or ("turtle" if graph else "table")
    if (fmt in GRAPH_FORMATS) != graph:
        kinds = "CONSTRUCT and DESCRIBE" if fmt in GRAPH_FORMATS else "SELECT and ASK"
        raise QueryError(f"--format {fmt} is for {kinds} queries; {query.name} is {form}")
    notes: list[str] = []
    with open_repo(args) as repo:
        if form == "ASK":
            output = render_boolean(ask(query, repo, values, notes), fmt)
        elif graph:
            output = render_graph(construct(query, repo, values, notes), fmt)
        else:
            output = render(run(query, repo, values, notes), fmt)
    for note in notes:
        print(f"nqgraph: note: {note}", file=sys.stderr)
    sys.stdout.write(output)
    return 0


def _form(query: StoredQuery) -> str:
    """The query's form; an update or unreadable text is refused, naming the file."""
    form = query_form(query.text)
    where = str(query.path) if query.path else None
    if form == "UPDATE":
        raise QueryError(
            "an update (INSERT, DELETE …), not a query: nqgraph query only reads "
            "(SELECT, ASK, CONSTRUCT, DESCRIBE)",
            where,
        )
    if form is None:
        raise QueryError("not a SPARQL query: no SELECT, ASK, CONSTRUCT or DESCRIBE", where)
    return form
