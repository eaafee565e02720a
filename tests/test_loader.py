"""The store's loader: a new store takes the old one's place only once its load succeeded."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import threading
import time
import unittest.mock
from pathlib import Path

import pyoxigraph as ox
import pytest

from nqgraph import loader
from nqgraph.errors import EndpointError
from nqgraph.store import OxigraphRepo

EX = "http://example.org/"


def _store_with(path: Path, graph: str) -> None:
    store = ox.Store(str(path))
    store.add(
        ox.Quad(
            ox.NamedNode(EX + "s"),
            ox.NamedNode(EX + "p"),
            ox.Literal("old"),
            ox.NamedNode(EX + graph),
        )
    )
    store.flush()
    del store


def _graphs(path: Path) -> set[str]:
    store = ox.Store.read_only(str(path))
    names = {g.value for g in store.named_graphs()}
    del store
    return names


def _trig(graph: str, n: int = 1) -> str:
    body = "".join(f'<{EX}s{i}> <{EX}p> "new {i}" .\n' for i in range(n))
    return f"<{EX}{graph}> {{\n{body}}}\n"


def _beside(store: Path) -> list[str]:
    """What the loader left beside the store (its work directories)."""
    return sorted(p.name for p in store.parent.iterdir() if p.name.startswith(f".{store.name}"))


def test_bulk_load_replaces_the_store(tmp_path: Path) -> None:
    store, dump = tmp_path / "store", tmp_path / "dump.trig"
    _store_with(store, "old")
    dump.write_text(_trig("g1") + _trig("g2", n=20), encoding="utf-8")
    laps: list[str] = []
    loader.bulk_load(store, dump, lap=laps.append)
    assert _graphs(store) == {EX + "g1", EX + "g2"}
    assert laps == ["store", "optimize"]
    assert _beside(store) == []


def test_bulk_load_through_a_link_keeps_the_link(tmp_path: Path) -> None:
    """A store kept on another disk behind a symbolic link is replaced there."""
    (tmp_path / "disk").mkdir()
    real, link, dump = tmp_path / "disk" / "store", tmp_path / "store", tmp_path / "dump.trig"
    _store_with(real, "old")
    link.symlink_to(real, target_is_directory=True)
    dump.write_text(_trig("g"), encoding="utf-8")
    loader.bulk_load(link, dump)
    assert link.is_symlink() and link.resolve() == real.resolve()
    assert _graphs(real) == {EX + "g"}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["disk", "dump.trig", "store"]
    assert _beside(real) == []


def _cut_swap(real: Path, *, new: bool, age: float | None) -> None:
    """The state a refill killed between its two renames leaves: the old store aside, the new
    one (if `new`) not yet in place, the swap's mark `age` seconds old (None: no mark)."""
    shutil.rmtree(real.parent / ".store.old", ignore_errors=True)
    os.replace(real, real.parent / ".store.old")
    if new:
        _store_with(real.parent / ".store.loading", "new")
    if age is not None:
        marker = real.parent / ".store.swapping"
        marker.write_bytes(b"")
        os.utime(marker, (time.time() - age, time.time() - age))


@pytest.mark.parametrize("through", ["path", "link"])
def test_a_swap_cut_between_its_renames_is_finished_on_the_next_open(
    tmp_path: Path, through: str
) -> None:
    """The next open (a query, a build) puts the new store in place, or the old one when the
    new one is gone; through a symbolic link too. A swap marked a moment ago may be a build
    between its renames right now: left alone."""
    (tmp_path / "disk").mkdir()
    real = tmp_path / "disk" / "store"
    store = real if through == "path" else tmp_path / "store"
    if through == "link":
        store.symlink_to(real, target_is_directory=True)
    _store_with(real, "old")
    _cut_swap(real, new=True, age=0)
    with pytest.raises(EndpointError, match="no store"):
        OxigraphRepo(store, read_only=True)
    os.utime(real.parent / ".store.swapping", (time.time() - 60, time.time() - 60))
    with OxigraphRepo(store, read_only=True) as repo:
        assert repo.graph_names() == [EX + "new"]
    assert _beside(real) == []  # no mark left, nor the old copy
    assert not loader.recover_swap(store, settled=0)
    shutil.rmtree(real)
    _store_with(real, "old")
    _cut_swap(real, new=False, age=60)
    with OxigraphRepo(store, read_only=True) as repo:
        assert repo.graph_names() == [EX + "old"]
    _cut_swap(real, new=True, age=None)  # a build's refill, killed before it marked anything
    dump = tmp_path / "dump.trig"
    dump.write_text(_trig("g"), encoding="utf-8")
    loader.bulk_load(store, dump)
    assert _graphs(real) == {EX + "g"} and _beside(real) == []


def test_a_reader_who_may_not_write_still_opens_the_store(tmp_path: Path) -> None:
    """A swap cut after its second rename leaves only its mark; a query whose user may not
    write the directory opens the store all the same, leaving the mark to a build."""
    real = tmp_path / "store"
    _store_with(real, "new")
    marker = tmp_path / ".store.swapping"
    marker.write_bytes(b"")
    os.utime(marker, (time.time() - 60, time.time() - 60))

    def refused(path: Path, missing_ok: bool = False) -> None:
        raise PermissionError(1, "Operation not permitted", str(path))

    with unittest.mock.patch.object(Path, "unlink", refused):
        assert not loader.recover_swap(real)
        with OxigraphRepo(real, read_only=True) as repo:
            assert repo.graph_names() == [EX + "new"]
    assert marker.exists()


def test_a_store_deleted_on_purpose_stays_deleted(tmp_path: Path) -> None:
    """No mark: the copy beside it (a removal cut half-way, a store two builds old) is not
    brought back."""
    real = tmp_path / "store"
    _store_with(real, "old")
    os.replace(real, tmp_path / ".store.old")
    assert not loader.recover_swap(real, settled=0)
    with pytest.raises(EndpointError, match="no store"):
        OxigraphRepo(real, read_only=True)


def test_the_old_store_is_removed_current_file_first(tmp_path: Path) -> None:
    """A refill removes the store it replaces starting with its CURRENT file, so a removal
    cut half-way never looks like a store."""
    store, dump = tmp_path / "store", tmp_path / "dump.trig"
    _store_with(store, "old")
    dump.write_text(_trig("g"), encoding="utf-8")
    removed: list[str] = []
    real_unlink = Path.unlink

    def unlink(path: Path, missing_ok: bool = False) -> None:
        removed.append(path.name)
        real_unlink(path, missing_ok=missing_ok)

    with unittest.mock.patch.object(Path, "unlink", unlink):
        loader.bulk_load(store, dump)
    assert "CURRENT" in removed and _graphs(store) == {EX + "g"}


def test_bulk_load_makes_a_new_store(tmp_path: Path) -> None:
    store, dump = tmp_path / "new" / "store", tmp_path / "dump.nq"
    dump.write_text(f'<{EX}s> <{EX}p> "x" <{EX}g> .\n', encoding="utf-8")
    loader.bulk_load(store, dump)
    assert _graphs(store) == {EX + "g"}


def test_failed_load_keeps_the_previous_store(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A dump that is not TriG: a StoreError naming the store, with the loader's one-line
    reason; the previous store is kept, and nothing is left beside it."""
    store, dump = tmp_path / "store", tmp_path / "dump.trig"
    _store_with(store, "old")
    dump.write_text(_trig("g", n=5) + f"<{EX}g> {{ <{EX}s> oops }}\n", encoding="utf-8")
    with pytest.raises(loader.StoreError) as caught:
        loader.bulk_load(store, dump)
    message = str(caught.value)
    assert message.startswith(f"{store}: could not load the store: ")
    assert "\n" not in message and "Traceback" not in message
    assert _graphs(store) == {EX + "old"}
    assert _beside(store) == []
    assert loader.main(["nonsense"]) == 2
    assert "usage" in capsys.readouterr().err


@pytest.mark.skipif(not Path("/proc/self/cmdline").exists(), reason="finds the loader in /proc")
def test_killed_loader_keeps_the_previous_store(tmp_path: Path) -> None:
    """The loader killed half-way (as the out-of-memory killer would): the error says so, the
    previous store is kept. The dump is a pipe, so the load is under way when it is killed."""
    store, dump = tmp_path / "store", tmp_path / "dump.trig"
    _store_with(store, "old")
    os.mkfifo(dump)

    def feed_then_kill() -> None:
        with dump.open("w", encoding="utf-8") as pipe:  # opens once the loader reads it
            pipe.write(_trig("g", n=100))
            pipe.flush()
            for pid in (p.name for p in Path("/proc").iterdir() if p.name.isdigit()):
                try:
                    cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
                except OSError:
                    continue
                if b"nqgraph.loader" in cmdline and str(dump).encode() in cmdline:
                    os.kill(int(pid), signal.SIGKILL)

    killer = threading.Thread(target=feed_then_kill)
    killer.start()
    with pytest.raises(loader.StoreError) as caught:
        loader.bulk_load(store, dump)
    killer.join()
    assert str(caught.value) == (
        f"{store}: could not load the store: the loader was stopped by signal 9"
    )
    assert _graphs(store) == {EX + "old"}
    assert _beside(store) == []


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="PR_SET_PDEATHSIG is Linux's")
def test_the_loader_ends_with_the_build_that_started_it(tmp_path: Path) -> None:
    """A build killed (SIGKILL: no clean-up of its own) while its loader runs: the loader went
    on, holding the store's lock and its memory. It now ends with its parent. The dump is a
    pipe nobody writes to, so the loader waits on it until it is stopped."""
    store, dump = tmp_path / "store", tmp_path / "dump.trig"
    os.mkfifo(dump)
    code = (
        "from pathlib import Path; from nqgraph import loader; "
        f"loader.bulk_load(Path({str(store)!r}), Path({str(dump)!r}))"
    )
    build = subprocess.Popen(
        [sys.executable, "-c", code],
        env={**os.environ, "PYTHONPATH": str(Path(loader.__file__).parent.parent)},
    )
    child = None
    try:
        for _ in range(300):
            children = Path(f"/proc/{build.pid}/task/{build.pid}/children").read_text().split()
            if children:
                child = int(children[0])
                break
            time.sleep(0.05)
        assert child is not None, "the loader did not start"
        time.sleep(1.0)  # past the loader's start, into its read of the pipe
        build.kill()
        build.wait(timeout=30)
        for _ in range(200):
            if not _alive(child):
                break
            time.sleep(0.05)
        assert not _alive(child), "the loader outlived the build"
    finally:
        build.kill()
        if child is not None and _alive(child):
            os.kill(child, signal.SIGKILL)


def _alive(pid: int) -> bool:
    """Whether `pid` runs (a zombie, ended but not yet reaped by init, does not)."""
    try:
        status = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return status.rsplit(")", 1)[1].split()[0] != "Z"


def test_loader_runs_with_mimalloc_where_installed() -> None:
    """On Linux the wheel is a dependency, so the loader's process gets mimalloc preloaded."""
    lib = loader.allocator()
    if sys.platform.startswith("linux"):
        assert lib is not None and Path(lib).is_file() and "mimalloc" in Path(lib).name
    else:
        assert lib is None
