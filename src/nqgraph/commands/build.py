"""`nqgraph build`: rebuild the published graph from resolution texts."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from nqgraph import build
from nqgraph.commands.arguments import positive_int
from nqgraph.namespaces import DEFAULT_BASE
from nqgraph.store import default_store_path

DEFAULT_SOURCE = Path("data/source")
DEFAULT_OUT = Path("data/turtle")
LIST_ALL = 50  # up to this many resolutions, each gets a line; beyond, only those with findings


def register(sub: Any) -> None:
    p = sub.add_parser(
        "build",
        help="build Turtle, VoID, a dump and the query store from resolution texts",
        description="Read resolution texts, write one Turtle file per resolution, the "
        "vocabularies, a VoID/DCAT description and a TriG dump (one named graph per "
        "resolution) into --out, validate each resolution, and fill the embedded store.",
    )
    p.add_argument(
        "paths", nargs="*", metavar="PATH", help=f"files or directories (default {DEFAULT_SOURCE})"
    )
    p.add_argument(
        "--out", type=Path, default=DEFAULT_OUT, help=f"output dir (default {DEFAULT_OUT})"
    )
    p.add_argument(
        "--base",
        default=DEFAULT_BASE,
        help=f"base IRI, http(s), no ? or # (default {DEFAULT_BASE})",
    )
    p.add_argument(
        "--store",
        type=Path,
        default=default_store_path(),
        help="Oxigraph store dir (default $NQGRAPH_STORE, else data/store)",
    )
    p.add_argument("--no-store", action="store_true", help="do not fill the query store")
    p.add_argument(
        "--reason", action="store_true", help="also write OWL RL entailments (inferred/)"
    )
    p.add_argument("--no-validate", action="store_true", help="skip SHACL validation")
    p.add_argument(
        "--allow-violations",
        action="store_true",
        help="publish resolutions even when SHACL reports violations",
    )
    p.add_argument(
        "--jobs",
        type=positive_int,
        default=os.cpu_count() or 1,
        help="worker processes (default: all cores; never more than the texts to read)",
    )
    p.add_argument("--force", action="store_true", help="re-read sources even if unchanged")
    p.add_argument(
        "--keep-going",
        action="store_true",
        help="publish what can be read and list the sources that cannot (exit 2), instead of "
        "stopping at the first one",
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    result = build.build(
        args.paths or [DEFAULT_SOURCE],
        args.out,
        base=args.base,
        store=None if args.no_store else args.store,
        validate=not args.no_validate,
        allow_violations=args.allow_violations,
        reason=args.reason,
        jobs=args.jobs,
        force=args.force,
        keep_going=args.keep_going,
        log=lambda line: print(f"  {line}", file=sys.stderr),
    )
    many = len(result.outcomes) > LIST_ALL
    kept = {o.source for o in result.kept}
    for o in result.outcomes:
        if o.source in kept:
            continue  # said below, with why it was not replaced
        if many and not (o.violations or o.warnings or o.missing):
            continue  # a large corpus: list only the resolutions that need a look
        checks = (
            f"{o.violations} violations, {o.warnings} warnings, {o.infos} infos"
            if not args.no_validate
            else "not validated"
        )
        missing = f"; missing: {', '.join(o.missing)}" if o.missing else ""
        print(f"  {o.stem}: {o.triples:,} triples; {checks}{missing}")
    for o in result.refused:
        before = "; the version published before is kept" if o.source in kept else ""
        print(
            f"  REFUSED {o.source}: {o.violations} violation(s){before}; fix the text or pass "
            "--allow-violations",
            file=sys.stderr,
        )
    for o in result.failed:
        before = " (the version published before is kept)" if o.source in kept else ""
        print(f"  FAILED {o.error}{before}", file=sys.stderr)
    for stem in result.removed:
        print(f"  REMOVED {stem}: published before, no source gives it now", file=sys.stderr)
    print(build.summary_line(result))
    if not args.no_validate:
        checked = [o for o in result.outcomes if o.source not in kept] + result.refused
        counts = {  # the refused resolutions' findings too: they are why they were refused
            kind: sum(getattr(o, kind) for o in checked)
            for kind in ("violations", "warnings", "infos")
        }
        print(
            f"validation: {counts['violations']} violations, {counts['warnings']} warnings, "
            f"{counts['infos']} infos; {len(result.refused)} refused"
        )
    if result.failed:
        return 2
    return 1 if result.refused else 0
