"""`nqgraph export`: the built dataset in another RDF format, for other consumers."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from nqgraph.build import DUMP
from nqgraph.errors import NqgraphError, RdfError
from nqgraph.files import atomic_write
from nqgraph.namespaces import PREFIXES

FORMATS: dict[str, tuple[ox.RdfFormat, bool]] = {
    # name: (format, keeps named graphs)
    "ttl": (ox.RdfFormat.TURTLE, False),
    "nt": (ox.RdfFormat.N_TRIPLES, False),
    "trig": (ox.RdfFormat.TRIG, True),
    "nq": (ox.RdfFormat.N_QUADS, True),
    "jsonld": (ox.RdfFormat.JSON_LD, True),
}


def register(sub: Any) -> None:
    p = sub.add_parser(
        "export",
        help="write the built dataset as Turtle, TriG, N-Quads, N-Triples or JSON-LD",
        description="Convert the dump written by `nqgraph build` (DIR/dump.trig) into another "
        "format. Quad formats keep one named graph per resolution; triple formats merge them.",
    )
    p.add_argument("--format", choices=sorted(FORMATS), default="trig", help="default: trig")
    p.add_argument(
        "--from",
        dest="source",
        type=Path,
        default=Path("data/turtle"),
        help="build output directory (default data/turtle)",
    )
    p.add_argument("-o", "--output", type=Path, help="file to write (default: standard output)")
    p.set_defaults(func=run)


def export(source: Path, fmt: str) -> bytes:
    dump = source / DUMP
    if not dump.is_file():
        raise NqgraphError(f"no {DUMP} here; run `nqgraph build` first", str(source))
    try:
        quads = list(ox.parse(path=str(dump), format=ox.RdfFormat.TRIG))
    except SyntaxError as exc:
        raise RdfError(f"cannot parse: {exc}", str(dump)) from exc
    if not quads:  # an interrupted copy, or a build that published nothing
        raise RdfError("holds no triples: run `nqgraph build` first", str(dump))
    rdf_format, keeps_graphs = FORMATS[fmt]
    if keeps_graphs:
        items: list[Any] = sorted(quads, key=str)
    else:
        items = sorted({ox.Triple(q.subject, q.predicate, q.object) for q in quads}, key=str)
    prefixes = PREFIXES if rdf_format in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG) else None
    return ox.serialize(items, format=rdf_format, prefixes=prefixes) or b""


def run(args: argparse.Namespace) -> int:
    data = export(args.source, args.format)
    if args.output is None:
        sys.stdout.buffer.write(data)
    else:
        atomic_write(args.output, data)
        print(f"wrote {args.output} ({len(data):,} bytes, {args.format})", file=sys.stderr)
    return 0
