"""`nqgraph serve`: a read-only SPARQL endpoint on the built store (Oxigraph's server)."""

from __future__ import annotations

import argparse
import signal
from pathlib import Path
from types import FrameType

from nqgraph.serve import OxigraphServer
from nqgraph.store import default_store_path


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "serve",
        help="serve the store as a read-only SPARQL endpoint",
        description="Start `oxigraph serve-read-only` on the store built by `nqgraph build` "
        "(queries see the union of the named graphs with the union-default-graph parameter, "
        "which `nqgraph query --endpoint` sends). When a build changes the store, the "
        "endpoint restarts on it. Stop with Ctrl-C.",
    )
    parser.add_argument("--store", type=Path, default=None, help="store (default data/store)")
    parser.add_argument(
        "--bind", default="127.0.0.1:7878", help="host:port, loopback only (default 127.0.0.1:7878)"
    )
    parser.set_defaults(func=run)


def _interrupt(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt


def run(args: argparse.Namespace) -> int:
    server = OxigraphServer(args.store or default_store_path(), args.bind, read_only=True)
    # Ctrl-C, and also `kill` (SIGTERM) and a SIGINT sent to this process alone, stop cleanly
    signal.signal(signal.SIGTERM, _interrupt)
    signal.signal(signal.SIGINT, _interrupt)
    try:
        server.start()
        print(f"SPARQL endpoint: {server.query_url}  (Ctrl-C to stop)", flush=True)
        code = server.follow(said=lambda line: print(line, flush=True))
    except KeyboardInterrupt:
        print("stopping", flush=True)
        code = 0
    finally:
        # a second Ctrl-C or SIGTERM must not interrupt the stopping itself
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        try:
            server.stop()
        finally:
            signal.signal(signal.SIGTERM, signal.SIG_DFL)
            signal.signal(signal.SIGINT, signal.default_int_handler)
    return code
