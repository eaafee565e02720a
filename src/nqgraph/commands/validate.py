"""`nqgraph validate FILE...`: check resolutions against the SHACL shapes.

Exit codes (pySHACL's contract): 0 every file conforms, 1 some file does not conform (warnings
count unless `--allow-warnings`; infos never fail), 2 a file could not be read or validated.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from nqgraph.errors import NqgraphError, one_line
from nqgraph.iris import base_iri
from nqgraph.namespaces import DEFAULT_BASE
from nqgraph.text import SOURCE_SUFFIXES
from nqgraph.validate import (
    ENGINES,
    FORMAT_ALIASES,
    FORMATS,
    LANGUAGES,
    Report,
    check_resolution,
    load_input,
    render,
    validate_graph,
)

__all__ = ["check_resolution", "register", "run"]


def register(sub: Any) -> None:
    parser = sub.add_parser(
        "validate",
        help="check resolutions (texts or RDF) against the SHACL shapes",
        description="Validate resolution texts (.md, .txt) or RDF files (.ttl, .trig, .jsonld, "
        ".nt, .nq) against ontology/shapes.ttl. Exit 0 if all conform, 1 if not, 2 if a file "
        "could not be read.",
    )
    parser.add_argument("files", nargs="+", metavar="FILE", help="resolution text or RDF file")
    parser.add_argument(
        "--format",
        choices=(*FORMATS, *FORMAT_ALIASES),
        default="human",
        help="report format: human (grouped by resolution), tsv (a finding a row, tab-separated, "
        "with a header; 'table' is its former name), json, turtle (a SHACL validation report)",
    )
    parser.add_argument(
        "--lang", choices=LANGUAGES, default="vi", help="language of messages (default vi)"
    )
    parser.add_argument(
        "--allow-warnings",
        action="store_true",
        help="exit 0 when there are warnings but no violations",
    )
    parser.add_argument(
        "--base",
        default=DEFAULT_BASE,
        help=f"base IRI for texts, http(s), no ? or # (default {DEFAULT_BASE})",
    )
    parser.add_argument(
        "--engine",
        choices=ENGINES,
        default=None,
        help="fast: the shapes compiled once (default); pyshacl: the reference implementation "
        "(same findings, 30-50x slower)",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Validate every file; one that cannot be read is a line on stderr and exit 2, after the
    report of the others (a folder of drafts is checked whole, not up to its first bad file)."""
    base = base_iri(args.base)
    report = Report()
    paths = _expand(args.files)
    unreadable = 0
    for path in paths:
        try:
            graph = load_input(path, base)
        except NqgraphError as exc:
            print(f"nqgraph: error: {one_line(str(exc))}", file=sys.stderr)
            unreadable += 1
            continue
        part = validate_graph(graph, lang=args.lang, label=str(path), engine=args.engine)
        report.extend(part.of_file(str(path)) if len(paths) > 1 else part)
    report.name_files()
    if report.summaries:
        sys.stdout.write(render(report, args.format, args.lang))
    if unreadable:
        return 2
    return 0 if report.passes(allow_warnings=args.allow_warnings) else 1


RDF_SUFFIXES = (".ttl", ".trig", ".jsonld", ".nt", ".nq")


def _expand(paths: list[str]) -> list[Path]:
    """Files as given; a directory stands for the resolution texts and RDF files in it."""
    out: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            suffixes = (*SOURCE_SUFFIXES, *RDF_SUFFIXES)
            found = sorted(
                p for p in path.iterdir() if p.suffix.lower() in suffixes and p.is_file()
            )
            if not found:
                raise NqgraphError("directory holds no resolution texts or RDF files", str(path))
            out.extend(found)
        else:
            out.append(path)
    return out
