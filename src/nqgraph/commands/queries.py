"""`nqgraph queries`: list the stored queries and the question each answers."""

from __future__ import annotations

import argparse
from pathlib import Path

from nqgraph.catalogue import LANGS, load_catalogue


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "queries",
        help="list the stored queries",
        description="List the stored queries (queries/*.rq) with the question each answers.",
    )
    parser.add_argument("--lang", choices=LANGS, default="en", help="language (default: en)")
    parser.add_argument(
        "--dir",
        type=Path,
        default=None,
        help="query directory (default queries/, or $NQGRAPH_QUERIES)",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    catalogue = load_catalogue(args.dir)
    width = max((len(name) for name in catalogue), default=0)
    for name, query in catalogue.items():
        title = query.title.get(args.lang) or query.title.get("en", "")
        params = " ".join(f"{p.name}=…" if p.required else f"[{p.name}=…]" for p in query.params)
        print(f"{name:<{width}}  {title}" + (f"  ({params})" if params else ""))
        print(f"{'':<{width}}  {query.question(args.lang)}")
    return 0
