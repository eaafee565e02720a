"""`nqgraph publish`: upload the built Turtle to a SPARQL endpoint, one graph per resolution."""

from __future__ import annotations

import argparse
from pathlib import Path

from nqgraph.commands.arguments import positive_seconds
from nqgraph.publish import publish_dir
from nqgraph.store import RemoteRepo


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "publish",
        help="upload the built graphs to a SPARQL endpoint",
        description="Upload DIR/resolutions/*.ttl (each as its own named graph <res>/graph), "
        "DIR/inferred/*.ttl after a --reason build (<res>/inferred) and DIR/vocabularies/*.ttl "
        "(graph <https://w3id.org/nqgraph/vocab>) to a writable SPARQL server (not `nqgraph "
        "serve`, which is read-only; e.g. `oxigraph serve --location DIR`). Graphs are "
        "replaced: publishing again does not duplicate anything, and the <res>/inferred "
        "graph of a resolution DIR has no entailments for is dropped; other graphs are left "
        "alone. Writes through the Graph Store Protocol (--gsp) or else SPARQL Update "
        "(--update); for an Oxigraph server given as …/query, …/store is used.",
    )
    parser.add_argument(
        "dir",
        nargs="?",
        type=Path,
        default=Path("data/turtle"),
        metavar="DIR",
        help="a `nqgraph build --out` directory (default data/turtle)",
    )
    parser.add_argument("--endpoint", required=True, metavar="URL", help="SPARQL query endpoint")
    parser.add_argument("--gsp", metavar="URL", help="Graph Store Protocol endpoint")
    parser.add_argument("--update", metavar="URL", help="SPARQL Update endpoint")
    parser.add_argument(
        "--timeout",
        type=positive_seconds,
        default=60,
        help="seconds to wait for each upload (default 60)",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    gsp, update = args.gsp, args.update
    if gsp is None and update is None and args.endpoint.rstrip("/").endswith("/query"):
        gsp = args.endpoint.rstrip("/")[: -len("/query")] + "/store"
    with RemoteRepo(args.endpoint, update_url=update, gsp_url=gsp, timeout=args.timeout) as repo:
        published = publish_dir(repo, args.dir)
    print(
        f"published {len(published.graphs)} graphs, {published.triples} triples to {gsp or update}"
    )
    if published.dropped:
        print(
            f"dropped {len(published.dropped)} entailment graph(s) of an earlier --reason build "
            "(this output has none for those resolutions)"
        )
    return 0
