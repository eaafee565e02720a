"""Run Oxigraph's own SPARQL server (`oxigraph serve` / `serve-read-only`) on a store.

Used by `nqgraph serve` and by the integration tests, so both start, wait for and stop a
server the same way. Servers listen on the loopback interface only.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from nqgraph.errors import EndpointError

LOOPBACK = ("127.0.0.1", "localhost", "::1", "[::1]")


def find_oxigraph() -> str:
    """The `oxigraph` server binary: next to the running Python, else on PATH."""
    beside = Path(sys.executable).parent / "oxigraph"
    if beside.is_file():
        return str(beside)
    found = shutil.which("oxigraph")
    if found is None:
        raise EndpointError("the oxigraph server is not installed (pip install 'nqgraph[server]')")
    return found


def free_port(host: str = "127.0.0.1") -> int:
    """A TCP port nobody listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        port: int = sock.getsockname()[1]
        return port


def _port_is_free(host: str, port: int) -> bool:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as sock:
        # as a server binds: a port left in TIME_WAIT by a stopped server counts as free
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((host, port))
        except OSError:
            return False
    return True


def parse_bind(bind: str) -> tuple[str, int]:
    """`host:port` on the loopback interface; port 0 picks a free one."""
    host, colon, port_text = bind.rpartition(":")
    if not colon or not port_text.isdigit() or int(port_text) > 65535:
        raise EndpointError(f"--bind wants host:port, got {bind!r}")
    if host not in LOOPBACK:
        raise EndpointError(f"refusing to listen on {host!r}: use 127.0.0.1 (loopback only)")
    port = int(port_text) or free_port()
    return host, port


def store_signature(location: Path) -> tuple[object, ...] | None:
    """What changes when a build writes to the store at `location` (through a symbolic link):
    the directory itself (a refill renames a new one into place) and the name, size and time
    of every file in it; None while there is no store there (no RocksDB CURRENT file)."""
    try:
        where = location.resolve()
        directory = where.stat()
        if not (where / "CURRENT").is_file():
            return None
        files = tuple(
            sorted((f.name, f.stat().st_size, f.stat().st_mtime_ns) for f in where.iterdir())
        )
    except OSError:
        return None
    return (directory.st_ino, files)


def writer_active(location: Path) -> bool:
    """Whether another process has the store open for writing: RocksDB holds a POSIX lock on
    its LOCK file while it is open read-write. Asked with F_GETLK, which takes no lock (taking
    one, even for a moment, could make a build starting then fail). Linux only (the layout of
    `struct flock`); elsewhere False, and `follow` relies on the store holding still.

    Closing a file drops every POSIX lock its process holds on it: never call this in a
    process that has the store open itself."""
    if not sys.platform.startswith("linux"):
        return False
    import fcntl
    import struct

    try:
        fd = os.open(location.resolve() / "LOCK", os.O_RDONLY)
    except OSError:
        return False
    try:
        flock = struct.pack("hhqqi4x", fcntl.F_WRLCK, os.SEEK_SET, 0, 0, 0)
        held = struct.unpack("hhqqi4x", fcntl.fcntl(fd, fcntl.F_GETLK, flock))[0]
        return bool(held != fcntl.F_UNLCK)
    except OSError:
        return False
    finally:
        os.close(fd)


class OxigraphServer:
    """`oxigraph serve[-read-only] --location STORE --bind HOST:PORT`, as a context manager."""

    def __init__(self, location: Path, bind: str = "127.0.0.1:0", *, read_only: bool = True):
        self.location = location
        self.host, self.port = parse_bind(bind)
        self.read_only = read_only
        self.process: subprocess.Popen[bytes] | None = None
        self._log: tempfile._TemporaryFileWrapper[bytes] | None = None
        # `stop` from another thread must not fall between a restart's stop and start
        self._lock = threading.RLock()
        self._stopped = False

    @property
    def base_url(self) -> str:
        host = f"[{self.host.strip('[]')}]" if ":" in self.host.strip("[]") else self.host
        return f"http://{host}:{self.port}"

    @property
    def query_url(self) -> str:
        return self.base_url + "/query"

    @property
    def update_url(self) -> str:
        return self.base_url + "/update"

    @property
    def store_url(self) -> str:
        return self.base_url + "/store"

    def start(self, timeout: float = 30) -> OxigraphServer:
        with self._lock:
            self._stopped = False
            return self._start(timeout)

    def _start(self, timeout: float) -> OxigraphServer:
        if self.read_only and not (self.location.is_dir() and any(self.location.iterdir())):
            raise EndpointError(f"no store at {self.location}: run nqgraph build first")
        if not _port_is_free(self.host.strip("[]"), self.port):
            # else the readiness probe would reach whatever listens there, and this server
            # would exit unnoticed
            raise EndpointError(f"{self.base_url}: the port is in use (choose another --bind)")
        command = "serve-read-only" if self.read_only else "serve"
        bind = f"{self.host.strip('[]')}:{self.port}"
        self._log = tempfile.NamedTemporaryFile(prefix="oxigraph-", suffix=".log")  # noqa: SIM115
        self.process = subprocess.Popen(
            [find_oxigraph(), command, "--location", str(self.location), "--bind", bind],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=self._log,
        )
        self._wait_ready(timeout)
        return self

    def _wait_ready(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        probe = self.query_url + "?query=ASK%7B%7D"
        while time.monotonic() < deadline:
            if self.process is not None and self.process.poll() is not None:
                err = self._read_log()
                self._stop()  # not stop(): a `follow` loop tries again
                first = next((line for line in err.splitlines() if line.strip()), "exited")
                raise EndpointError(f"oxigraph server did not start: {first.strip()}")
            try:
                with urllib.request.urlopen(probe, timeout=2) as response:
                    if response.status == 200:
                        return
            except (urllib.error.URLError, OSError):
                time.sleep(0.1)
        self._stop()  # not stop(): a `follow` loop tries again
        raise EndpointError(f"oxigraph server not ready at {self.base_url} after {timeout:g} s")

    def _read_log(self) -> str:
        if self._log is None:
            return ""
        self._log.seek(0)
        return self._log.read().decode("utf-8", "replace")

    def wait(self, timeout: float | None = None) -> int | None:
        """Block until the server exits, or `timeout` seconds (then None); returns its exit
        code, or raises `EndpointError` with the first line it logged when it failed."""
        if self.process is None:
            return 0
        try:
            code = self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            return None
        if code > 0:
            first = next((line for line in self._read_log().splitlines() if line.strip()), "")
            raise EndpointError(f"oxigraph server stopped (exit status {code}): {first.strip()}")
        return code

    def stop(self) -> None:
        """Stop the server (and a `follow` loop, whichever thread runs it)."""
        with self._lock:
            self._stopped = True
            self._stop()

    def _stop(self) -> None:
        process, self.process = self.process, None
        if process is not None and process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        if self._log is not None:
            self._log.close()
            self._log = None

    def follow(self, interval: float = 2.0, said: Callable[[str], None] = print) -> int:
        """Serve until the server exits or `stop` is called, restarting the server on the same
        address whenever a build has changed the store: a read-only server sees the store as
        it was when it started. A change is acted on once no process has the store open for
        writing and nothing in it has moved for `interval` seconds; a restart that fails is
        tried again. Returns the server's exit code (0 when stopped)."""
        seen = store_signature(self.location)
        while not self._stopped:
            if self.process is not None:
                code = self.wait(interval)
                if code is not None:
                    return 0 if self._stopped else code
            else:
                time.sleep(interval)  # down since a restart failed: try again
            now = store_signature(self.location)
            if now is None or (now == seen and self.process is not None):
                continue
            if writer_active(self.location):
                continue  # a build is writing: look again later
            time.sleep(interval)
            if store_signature(self.location) != now or writer_active(self.location):
                continue
            with self._lock:
                if self._stopped:
                    break
                said(f"the store changed: restarting the endpoint at {self.base_url}")
                self._stop()
                try:
                    self._start(30)
                except EndpointError as exc:
                    said(f"{exc}: trying again")
                    continue
            seen = now
        return 0

    def __enter__(self) -> OxigraphServer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()
