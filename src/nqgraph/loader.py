"""Fill the store, and compact it, each in a fresh process of its own.

The store is filled in a new directory beside it, which takes its place only once the load
and the compaction have succeeded: a load that fails (a full disk, a broken dump, a killed
loader) leaves the previous store as it was.

A process of its own hands the bulk loader's memory (1.6 GB at 10,000 resolutions) back
to the system when it ends. The loader's process also gets mimalloc, preloaded, where the
`cmeel-mimalloc` wheel is installed (Linux): Oxigraph's bulk loader spends about a quarter
of its time in glibc's malloc and free (perf, 1,000 resolutions), and with mimalloc the same
load took 37 s instead of 53 s at the same peak memory (measured, 4.3 M quads).

Run as `python -m nqgraph.loader load STORE DUMP` or `… compact STORE`; a failure is one line
on standard error and exit status 1, which the parent turns into a `StoreError`.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from functools import cache
from importlib import metadata
from pathlib import Path

from nqgraph.errors import NqgraphError

ALLOCATOR_DISTRIBUTION = "cmeel-mimalloc"
_PARENT = "NQGRAPH_LOADER_PARENT"  # the pid of the build that started the loader


class StoreError(NqgraphError):
    """The store could not be filled or compacted (full disk, locked or damaged store …)."""


@cache
def allocator() -> str | None:
    """The mimalloc shared library installed beside nqgraph, or None (not Linux, not installed)."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        dist = metadata.distribution(ALLOCATOR_DISTRIBUTION)
    except metadata.PackageNotFoundError:
        return None
    for file in dist.files or ():
        if file.name == "libmimalloc.so":
            path = Path(str(dist.locate_file(file)))
            if path.is_file():
                return str(path)
    return None


def bulk_load(store: Path, dump: Path, lap: Callable[[str], None] = lambda _: None) -> None:
    """Replace `store` with the contents of `dump` (TriG or N-Quads, by its suffix): load it
    into a new directory in a fresh process with mimalloc, compact that in another (mimalloc
    gains nothing there: measured), then rename it over `store`. `lap` is called with "store"
    after the load and "optimize" after the compaction, for timings. A store reached through
    a symbolic link is replaced where the link points, and the link kept."""
    target = store.resolve()
    recover_swap(target, settled=0)  # this build is the only writer: no swap is live
    fresh = _fresh_dir(target)
    try:
        _run_child(["load", str(fresh), str(dump)], store, preload=allocator())
        lap("store")
        _run_child(["compact", str(fresh)], store, preload=None)
        lap("optimize")
        _replace_dir(fresh, target)
    finally:
        shutil.rmtree(fresh, ignore_errors=True)


def _swap_marker(store: Path) -> Path:
    """Written before a swap's first rename, removed after its second: while it is there and
    the store is not, a swap was cut between the two."""
    return store.parent / f".{store.name}.swapping"


def recover_swap(store: Path, settled: float = 10.0) -> bool:
    """Finish a swap cut between its two renames (`_replace_dir`): nothing at `store`, the
    new store (loaded and compacted) and the old one beside it. The new one takes its place
    (the old one if the new one is gone); True if a store was put there. Only a swap marked
    more than `settled` seconds ago counts: a live build may be between its renames right
    now, and a store deleted on purpose has no mark and stays deleted."""
    target = store.resolve()
    marker = _swap_marker(target)
    try:
        if time.time() - marker.stat().st_mtime < settled:
            return False
    except OSError:
        return False
    put_back = False
    try:  # a reader without write access to the directory leaves it for a build to finish
        if not target.exists():
            fresh, old = target.parent / f".{target.name}.loading", _old_dir(target)
            for candidate in (fresh, old):
                if (candidate / "CURRENT").is_file():
                    os.replace(candidate, target)
                    put_back = True
                    if candidate == fresh:
                        _discard(old)  # a second full copy, older than what is now there
                    break
        marker.unlink(missing_ok=True)
    except OSError:
        return put_back
    return put_back


def _fresh_dir(store: Path) -> Path:
    """An empty directory beside `store` (same file system: the final rename is atomic)."""
    fresh = store.parent / f".{store.name}.loading"
    shutil.rmtree(fresh, ignore_errors=True)
    fresh.parent.mkdir(parents=True, exist_ok=True)
    return fresh


def _old_dir(store: Path) -> Path:
    return store.parent / f".{store.name}.old"


def _replace_dir(fresh: Path, store: Path) -> None:
    """Rename `fresh` over `store`: a directory cannot be renamed over a non-empty one, so
    the old store steps aside first and is removed after, marked so that a swap cut between
    the renames is finished at the next open (`recover_swap`)."""
    old = _old_dir(store)
    if not store.exists():
        os.replace(fresh, store)
        _discard(old)  # left by a swap cut without its mark: older than what is now there
        return
    _discard(old)
    marker = _swap_marker(store)
    marker.write_bytes(b"")
    os.replace(store, old)
    os.replace(fresh, store)
    marker.unlink()
    _discard(old)


def _discard(store: Path) -> None:
    """Remove a store directory, its CURRENT file first: a removal cut half-way leaves no
    directory that looks like a store."""
    (store / "CURRENT").unlink(missing_ok=True)
    shutil.rmtree(store, ignore_errors=True)


def _run_child(args: list[str], store: Path, preload: str | None) -> None:
    env = dict(os.environ)
    # The child imports this very nqgraph, even when the parent runs it from a source tree.
    package_root = str(Path(__file__).resolve().parent.parent)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [package_root, env.get("PYTHONPATH")]))
    env[_PARENT] = str(os.getpid())
    if preload:
        env["LD_PRELOAD"] = " ".join(filter(None, [preload, env.get("LD_PRELOAD")]))
        # hand freed pages back at once rather than after 10 ms: the loader's peak fell from
        # ~1.9 to ~1.55 GB for 4.3 M quads, its time grew from ~20 to ~24 s (measured, 1,000)
        env.setdefault("MIMALLOC_PURGE_DELAY", "0")
    done = subprocess.run(
        [sys.executable, "-m", "nqgraph.loader", *args],
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        errors="replace",
        check=False,
    )
    if done.returncode != 0:
        lines = done.stderr.strip().splitlines()
        if lines:
            reason = lines[-1]
        elif done.returncode < 0:  # killed: by the out-of-memory killer, say
            reason = f"the loader was stopped by signal {-done.returncode}"
        else:
            reason = f"the loader ended with exit status {done.returncode}"
        raise StoreError(f"could not {args[0]} the store: {reason}", path=str(store))


def _load(store: str, dump: str) -> None:
    """Load `dump` into a new store in one call (batches of a million quads kept the loader at
    1 GB, but took 1.6x as long: measured). Not `lenient`: skipping Oxigraph's IRI checks gained
    nothing at 10,000 resolutions (600 s against 592 s) and the loader's peak grew from 1.9 to
    2.2 GB."""
    import pyoxigraph as ox

    rdf_format = ox.RdfFormat.from_extension(Path(dump).suffix[1:])
    if rdf_format not in (ox.RdfFormat.TRIG, ox.RdfFormat.N_QUADS):
        raise ValueError(f"{dump}: a dump is TriG (.trig) or N-Quads (.nq)")
    target = ox.Store(store)
    target.bulk_load(path=dump, format=rdf_format)
    target.flush()
    del target  # closes the store


def _compact(store: str) -> None:
    """The bulk loader leaves many overlapping files; compacting them once makes every look-up
    of the stored queries 3-4x faster (measured at 1,000 resolutions)."""
    import pyoxigraph as ox

    target = ox.Store(store)
    target.optimize()
    del target


def _end_with_parent() -> None:
    """Linux: the loader is stopped when the build that started it ends (killed, say), rather
    than going on for minutes, holding the store's lock and gigabytes of memory. The parent's
    pid is checked after asking, in case it ended before. (The signal follows the thread that
    started the loader: that thread waits for it, so cannot end first.)"""
    parent = os.environ.get(_PARENT)
    if not parent or not sys.platform.startswith("linux"):
        return
    import ctypes
    import signal

    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        return
    if str(os.getppid()) != parent:
        raise RuntimeError("the build that started the loader has ended")


def main(argv: list[str]) -> int:
    try:
        _end_with_parent()
        if argv[:1] == ["load"] and len(argv) == 3:
            _load(argv[1], argv[2])
        elif argv[:1] == ["compact"] and len(argv) == 2:
            _compact(argv[1])
        else:
            print(
                "usage: python -m nqgraph.loader load STORE DUMP | compact STORE", file=sys.stderr
            )
            return 2
    except (OSError, SyntaxError, ValueError, RuntimeError) as exc:
        print(" ".join(str(exc).split()) or type(exc).__name__, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
