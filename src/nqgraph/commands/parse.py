"""`nqgraph parse FILE... [--format json|text]`: read resolutions and show what was found."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from nqgraph import reader, summary


def register(sub: Any) -> None:
    p = sub.add_parser(
        "parse",
        help="read resolution texts and print what was found",
        description="Read resolution texts (files or directories of *.md / *.txt) and print the "
        "facts found, each with its source span.",
    )
    p.add_argument("paths", nargs="+", metavar="FILE", help="resolution text, or a directory")
    p.add_argument(
        "--format",
        choices=("text", "json"),
        default="text",
        help="text: a readable summary (default); json: a list with the whole model of each "
        "resolution, for machines",
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    files = reader.source_files(args.paths)
    resolutions = [reader.read_path(path) for path in files]
    if args.format == "json":
        payload = [summary.to_json(r) for r in resolutions]  # always a list, even of one
        json.dump(payload, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        for res in resolutions:
            sys.stdout.write(summary.to_text(res))
    return 0
