"""Run Oxigraph's own SPARQL server (`oxigraph serve` / `serve-read-only`) on a store.

Used by `nqgraph serve` and by the integration tests, so both start, wait for and stop a
server the same way. Servers listen on the loopback interface only.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
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


class OxigraphServer:
    """`oxigraph serve[-read-only] --location STORE --bind HOST:PORT`, as a context manager."""

    def __init__(self, location: Path, bind: str = "127.0.0.1:0", *, read_only: bool = True):
        self.location = location
        self.host, self.port = parse_bind(bind)
        self.read_only = read_only
        self.process: subprocess.Popen[bytes] | None = None
        self._log: tempfile._TemporaryFileWrapper[bytes] | None = None

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
                self.stop()
                first = next((line for line in err.splitlines() if line.strip()), "exited")
                raise EndpointError(f"oxigraph server did not start: {first.strip()}")
            try:
                with urllib.request.urlopen(probe, timeout=2) as response:
                    if response.status == 200:
                        return
            except (urllib.error.URLError, OSError):
                time.sleep(0.1)
        self.stop()
        raise EndpointError(f"oxigraph server not ready at {self.base_url} after {timeout:g} s")

    def _read_log(self) -> str:
        if self._log is None:
            return ""
        self._log.seek(0)
        return self._log.read().decode("utf-8", "replace")

    def wait(self) -> int:
        """Block until the server exits; returns its exit code, or raises `EndpointError` with
        the first line it logged when it failed."""
        if self.process is None:
            return 0
        code = self.process.wait()
        if code > 0:
            first = next((line for line in self._read_log().splitlines() if line.strip()), "")
            raise EndpointError(f"oxigraph server stopped (exit status {code}): {first.strip()}")
        return code

    def stop(self) -> None:
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

    def __enter__(self) -> OxigraphServer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()
