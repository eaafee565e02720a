"""Odd targets and inputs: devices, pipes, links, full disks, damaged stores, bad options.

Each gets a one-line error naming the file (exit 2 from the CLI), never a traceback, a hang,
or a device replaced by a regular file.
"""

from __future__ import annotations

import errno
import os
import shutil
import stat
import subprocess
import sys
import tempfile
import textwrap
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from nqgraph import build, cli
from nqgraph.errors import NqgraphError
from nqgraph.files import atomic_write
from nqgraph.iris import base_iri
from nqgraph.loader import StoreError
from nqgraph.store import OxigraphRepo
from tests.conftest import SOURCE_DIR

ROOT = Path(__file__).parent.parent


def run_python(code: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """`code` in a fresh interpreter with 1 GB of address space: a test of something that
    could hang or read forever fails instead of taking the machine down."""

    def limit() -> None:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))

    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        timeout=timeout,
        preexec_fn=limit,
        env=env,
        check=False,
    )


# ---------------------------------------------------------------------------- atomic_write


def test_atomic_write_regular_file_skips_unchanged(tmp_path: Path) -> None:
    target = tmp_path / "out.ttl"
    assert atomic_write(target, "one\n")
    assert not atomic_write(target, "one\n")
    assert atomic_write(target, "two\n")  # same size, other bytes
    assert target.read_text() == "two\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.ttl"]  # no temporary file left


def test_atomic_write_to_dev_full_is_an_error_naming_it() -> None:
    """/dev/full reads as endless zeros: comparing with it first never ended (out of memory)."""
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full")
    done = run_python(
        """
        import sys
        from pathlib import Path
        from nqgraph.files import atomic_write
        try:
            atomic_write(Path("/dev/full"), b"data\\n")
        except OSError as exc:
            print(exc.errno, exc.filename)
        """
    )
    assert done.returncode == 0, done.stderr[-500:]
    assert done.stdout.split() == [str(errno.ENOSPC), "/dev/full"]
    assert stat.S_ISCHR(os.stat("/dev/full").st_mode)


def _file_size_limit(limit: int) -> Callable[[], None]:
    """For a child process: files cannot grow past `limit` bytes, and a write past it fails
    with EFBIG (as on a full disk, the write names no file) instead of killing the process."""

    def limited() -> None:
        import resource
        import signal

        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return limited


@pytest.mark.parametrize("named", ["resolutions/", "dump.trig"])
def test_a_build_that_cannot_write_names_the_file(tmp_path: Path, named: str) -> None:
    """A write refused (a full disk; here a file-size limit) was "nqgraph: error: File too
    large", naming nothing: it names the published file, and nothing is half-written."""
    sizes = [p.stat().st_size for p in (ROOT / "data" / "turtle" / "resolutions").iterdir()]
    # below every resolution's Turtle; or above each, below the dump that holds them all
    limit = min(sizes) // 2 if named == "resolutions/" else max(sizes) + 20_000
    out = tmp_path / "out"
    done = subprocess.run(
        [sys.executable, "-m", "nqgraph", "build", str(SOURCE_DIR), "--out", str(out),
         "--no-store"],
        capture_output=True, text=True, timeout=120, check=False,
        preexec_fn=_file_size_limit(limit), env={**os.environ, "PYTHONPATH": str(ROOT / "src")},
    )  # fmt: skip
    assert done.returncode == 2, done.stderr[-500:]
    message = done.stderr.strip()
    assert message.count("\n") == 0 and "Traceback" not in message, message
    assert message.startswith(f"nqgraph: error: {out}/{named}") and "File too large" in message
    assert ".staging" not in message and ".tmp" not in message
    assert not (out / "dump.trig").exists() and not (out / ".staging").exists()


def test_output_on_a_full_disk_names_standard_output() -> None:
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full")
    for command in (["queries"], ["parse", str(SOURCE_DIR / "112-NQ-HDND-2024-thai-nguyen.md")]):
        with open("/dev/full", "w") as full:
            done = subprocess.run(
                [sys.executable, "-m", "nqgraph", *command],
                stdout=full, stderr=subprocess.PIPE, text=True, timeout=120, check=False,
                env={**os.environ, "PYTHONPATH": str(ROOT / "src")},
            )  # fmt: skip
        assert done.returncode == 2, done.stderr[-500:]
        assert done.stderr == "nqgraph: error: standard output: No space left on device\n"


def test_atomic_write_to_a_device_keeps_the_device(tmp_path: Path) -> None:
    null = tmp_path / "null"
    try:
        os.mknod(null, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
    except PermissionError:
        pytest.skip("making a device node needs root")
    assert atomic_write(null, b"data\n")
    assert stat.S_ISCHR(null.stat().st_mode)
    assert null.stat().st_rdev == os.makedev(1, 3)


def test_atomic_write_to_a_fifo_writes_into_it(tmp_path: Path) -> None:
    fifo = tmp_path / "out.fifo"
    os.mkfifo(fifo)
    reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)  # a reader is there: opening won't wait
    try:
        done = run_python(
            f"""
            from pathlib import Path
            from nqgraph.files import atomic_write
            atomic_write(Path({str(fifo)!r}), b"through the pipe\\n")
            """,
            timeout=30,
        )
        assert done.returncode == 0, done.stderr[-500:]
        assert os.read(reader, 100) == b"through the pipe\n"
    finally:
        os.close(reader)
    assert stat.S_ISFIFO(fifo.stat().st_mode)


def test_atomic_write_to_dev_stdout_appends_to_the_file_the_shell_opened(tmp_path: Path) -> None:
    """`nqgraph export -o /dev/stdout >> log`: /dev/stdout leads to the regular file `log`;
    renamed over, or opened anew for writing, it lost what it held."""
    log = tmp_path / "log"
    log.write_text("kept\n")
    with log.open("a") as stdout:
        done = subprocess.run(
            [sys.executable, "-c", "from pathlib import Path; from nqgraph.files import "
             "atomic_write; atomic_write(Path('/dev/stdout'), b'appended\\n')"],
            stdout=stdout, stderr=subprocess.PIPE, text=True, timeout=60, check=False,
        )  # fmt: skip
    assert done.returncode == 0, done.stderr[-500:]
    assert log.read_text() == "kept\nappended\n"
    assert not Path("/dev/stdout").is_file() or Path("/dev/stdout").is_symlink()


def test_a_regular_file_under_dev_is_replaced_not_appended_to() -> None:
    """/dev/shm is a file system like another: a file the user names there is replaced."""
    if not Path("/dev/shm").is_dir():
        pytest.skip("no /dev/shm")
    with tempfile.TemporaryDirectory(dir="/dev/shm") as shm:
        target = Path(shm) / "graph.ttl"
        target.write_text("old content\n")
        assert atomic_write(target, "new\n")
        assert target.read_text() == "new\n"


def test_atomic_write_through_a_symlink_keeps_the_link(tmp_path: Path) -> None:
    (tmp_path / "real").mkdir()
    real = tmp_path / "real" / "graph.nt"
    real.write_text("old\n")
    link = tmp_path / "link.nt"
    link.symlink_to(real)
    assert atomic_write(link, "new\n")
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert real.read_text() == "new\n"
    assert not atomic_write(link, "new\n")
    dangling = tmp_path / "dangling.nt"
    dangling.symlink_to(tmp_path / "real" / "later.nt")
    assert atomic_write(dangling, "made\n")
    assert dangling.is_symlink() and (tmp_path / "real" / "later.nt").read_text() == "made\n"


def test_atomic_write_to_a_directory_names_it(tmp_path: Path) -> None:
    with pytest.raises(IsADirectoryError) as caught:
        atomic_write(tmp_path, "x")
    assert caught.value.filename == str(tmp_path)


def test_an_unwritable_directory_names_the_target_not_the_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "x.ttl"

    def refuse(prefix: str = "", suffix: str = "", dir: str | None = None) -> tuple[int, str]:
        name = os.path.join(str(dir), f"{prefix}pbbp0pqc{suffix}")
        raise PermissionError(errno.EACCES, "Permission denied", name)

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    with pytest.raises(PermissionError) as caught:
        atomic_write(target, "x")
    assert caught.value.filename == str(target)


def test_a_full_disk_names_the_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    target = tmp_path / "x.ttl"
    with pytest.raises(OSError) as caught:
        atomic_write(target, "x")
    assert caught.value.errno == errno.ENOSPC
    assert caught.value.filename == str(target)
    assert list(tmp_path.iterdir()) == []  # the temporary file is gone


# ---------------------------------------------------------------------------- damaged store


def damaged_copy(disk_store: Path, tmp_path: Path, how: str) -> Path:
    """A copy of the seed store with its files cut, garbled or zeroed in the middle."""
    store = tmp_path / "store"
    shutil.copytree(disk_store, store)
    if how == "truncated":
        for sst in store.glob("*.sst"):
            os.truncate(sst, 10)
    elif how == "manifest":
        for manifest in store.glob("MANIFEST-*"):
            manifest.write_bytes(b"garbage\n")
    else:  # blocks of data zeroed: found only when a query reads them
        for sst in store.glob("*.sst"):
            size = sst.stat().st_size
            if size > 4000:
                with sst.open("r+b") as handle:
                    handle.seek(size // 3)
                    handle.write(bytes(1000))
    return store


@pytest.mark.parametrize("how", ["truncated", "manifest"])
def test_query_on_a_damaged_store_is_one_line(
    how: str, disk_store: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = damaged_copy(disk_store, tmp_path, how)
    code = cli.main(["query", "legal-bases", "--store", str(store)])
    out, err = capsys.readouterr()
    assert code == 2 and out == ""
    assert err.startswith(f"nqgraph: error: {store}: the store is damaged (Corruption: ")
    assert err.rstrip().endswith("delete it and run nqgraph build")
    assert len(err.strip().splitlines()) == 1


def test_a_damaged_block_read_by_a_query_is_one_error(disk_store: Path, tmp_path: Path) -> None:
    store = damaged_copy(disk_store, tmp_path, "zeroed")
    everything = "WHERE { GRAPH ?g { ?s ?p ?o } }"

    def read(query: str) -> None:
        with OxigraphRepo(store, read_only=True) as repo:  # (the damage may show here too)
            if query.startswith("SELECT"):
                repo.select(query)
            else:
                repo.construct(query)

    for query in (f"SELECT * {everything}", f"CONSTRUCT {{ ?s ?p ?o }} {everything}"):
        with pytest.raises(StoreError, match="the store is damaged"):
            read(query)


def test_a_build_refills_a_damaged_store(
    disk_store: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = damaged_copy(disk_store, tmp_path, "manifest")
    source = SOURCE_DIR / "112-NQ-HDND-2024-thai-nguyen.md"
    args = ["build", str(source), "--out", str(tmp_path / "out"), "--store", str(store)]
    code = cli.main([*args, "--no-validate", "--jobs", "1"])
    _, err = capsys.readouterr()
    assert code == 0 and "Traceback" not in err and "error" not in err
    # the damaged store was refilled whole: it answers again
    code = cli.main(["query", "legal-bases", "--store", str(store), "--format", "csv"])
    out, err = capsys.readouterr()
    assert code == 0 and "luat-qh13/2015/77" in out, err


# ---------------------------------------------------------------------------- source texts


def parse_error(capsys: pytest.CaptureFixture[str], path: Path | str) -> str:
    code = cli.main(["parse", str(path)])
    out, err = capsys.readouterr()
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1, err
    assert err.startswith(f"nqgraph: error: {path}")
    return err.strip()


def test_parse_a_device_without_end_is_refused() -> None:
    """/dev/zero has no end: read whole, it was a MemoryError after filling the memory; it is
    read up to the largest text there is, and refused there."""
    if not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero")
    done = run_python(
        """
        import sys
        from nqgraph import cli
        sys.exit(cli.main(["parse", "/dev/zero"]))
        """
    )
    assert done.returncode == 2
    assert done.stderr == (
        "nqgraph: error: /dev/zero: too large for a resolution text (over 50 MB; at most 50 MB)\n"
    )


def test_parse_reads_a_named_pipe(tmp_path: Path) -> None:
    """`nqgraph parse /dev/stdin` or `<(…)`: a pipe is read as a file is."""
    fifo = tmp_path / "text.md"
    os.mkfifo(fifo)
    seed = SOURCE_DIR / "112-NQ-HDND-2024-thai-nguyen.md"
    code = "import sys; from nqgraph import cli; sys.exit(cli.main(sys.argv[1:]))"
    reader = subprocess.Popen(
        [sys.executable, "-c", code, "parse", str(fifo)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    data = seed.read_bytes()
    writer = threading.Thread(target=fifo.write_bytes, args=(data,), daemon=True)
    writer.start()  # opening a pipe to write waits for its reader
    out, err = reader.communicate(timeout=60)
    if writer.is_alive():  # the reader never read: let the writer's open return
        os.close(os.open(fifo, os.O_RDONLY | os.O_NONBLOCK))
    assert reader.returncode == 0, err
    assert "112/NQ-HĐND  2024-12-10  Thái Nguyên" in out


def test_parse_a_huge_file_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    huge = tmp_path / "huge.md"
    with huge.open("wb") as handle:
        handle.truncate(60 * 1000 * 1000)  # sparse: takes no room on disk
    assert "too large for a resolution text (60 MB" in parse_error(capsys, huge)


def test_a_text_cut_inside_its_last_character_is_truncated(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = (SOURCE_DIR / "112-NQ-HDND-2024-thai-nguyen.md").read_bytes()
    cut = text[: text.index("Điều 3".encode()) + 1]  # "Đ" is two bytes: one is kept
    path = tmp_path / "cut.md"
    path.write_bytes(cut)
    line = cut.count(b"\n") + 1
    err = parse_error(capsys, path)
    assert err == (f"nqgraph: error: {path}:{line}: ends in the middle of a character: truncated?")
    path.write_bytes(cut + b"\n")  # a bad byte with more after it is not a cut
    assert "not UTF-8 (byte 0xC4" in parse_error(capsys, path)
    path.write_bytes("Nghị quyết về café".encode("latin-1", "replace"))  # ASCII, then é
    assert "not UTF-8 (byte 0xE9 at line 1)" in parse_error(capsys, path)


# ---------------------------------------------------------------------------- usage errors

USAGE_ERRORS = {
    "query-timeout": (["query", "legal-bases", "--timeout", "0"], "query", "argument --timeout"),
    "query-format": (["query", "legal-bases", "--format", "xml"], "query", "invalid choice"),
    "queries-lang": (["queries", "--lang", "fr"], "queries", "argument --lang"),
    "validate-lang": (["validate", "x.md", "--lang", "fr"], "validate", "argument --lang"),
    "build-jobs": (["build", "--jobs", "0"], "build", "argument --jobs: must be 1 or more"),
    "export-format": (["export", "--format", "xml"], "export", "argument --format"),
    "publish-endpoint": (["publish"], "publish", "required: --endpoint"),
    "serve-unknown": (["serve", "--bogus"], "serve", "unrecognized arguments: --bogus"),
    "parse-nothing": (["parse"], "parse", "required: FILE"),
    "unknown-command": (["frob"], "", "argument COMMAND: invalid choice: 'frob'"),
    "no-command": ([], "", "required: COMMAND"),
}


@pytest.mark.parametrize("case", sorted(USAGE_ERRORS))
def test_a_usage_error_is_one_line(case: str, capsys: pytest.CaptureFixture[str]) -> None:
    argv, command, expected = USAGE_ERRORS[case]
    with pytest.raises(SystemExit) as stopped:
        cli.main(argv)
    assert stopped.value.code == 2
    out, err = capsys.readouterr()
    prog = f"nqgraph {command}".strip()
    assert out == ""
    assert len(err.splitlines()) == 1, err
    assert err.startswith(f"{prog}: error: ")
    assert expected in err
    assert err.endswith(f" (see {prog} --help)\n")


# ---------------------------------------------------------------------------- --base


@pytest.mark.parametrize(
    "base",
    ["http://ex.org/a#b", "http://ex.org/a#", "http://ex.org/nq?x=1", "http://ex org/", "urn:x:"],
)
@pytest.mark.parametrize("command", ["build", "validate"])
def test_a_base_iri_with_a_fragment_query_or_space_is_refused(
    command: str, base: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    source = str(SOURCE_DIR / "112-NQ-HDND-2024-thai-nguyen.md")
    args = ["--out", str(out), "--no-store", "--no-validate"] if command == "build" else []
    code = cli.main([command, source, "--base", base, *args])
    stdout, err = capsys.readouterr()
    assert code == 2 and stdout == ""
    assert err.startswith(f"nqgraph: error: --base {base!r}: ") and err.count("\n") == 1
    assert not out.exists()


def test_a_base_iri_gets_its_final_slash() -> None:
    assert base_iri("https://example.org/nq") == "https://example.org/nq/"
    assert base_iri("https://w3id.org/nqgraph/") == "https://w3id.org/nqgraph/"
    assert base_iri("http://ví-dụ.vn:8080/dữ-liệu") == "http://ví-dụ.vn:8080/dữ-liệu/"


def test_a_base_iri_has_its_scheme_and_host_in_lower_case(tmp_path: Path) -> None:
    """Scheme and host are case-insensitive: written in lower case they mint the IRIs the ELI
    shapes expect (an upper-case scheme made every resolution a violation)."""
    assert base_iri("HTTPS://Example.ORG/Nq") == "https://example.org/Nq/"
    assert base_iri("Http://User@Ví-Dụ.VN:8080/a") == "http://User@ví-dụ.vn:8080/a/"
    out = tmp_path / "out"
    code = cli.main(
        [
            "build",
            str(SOURCE_DIR),
            "--out",
            str(out),
            "--no-store",
            "--base",
            "HTTPS://Example.org/nq",
        ]
    )
    assert code == 0
    turtle = "".join(p.read_text("utf-8") for p in out.rglob("*.ttl"))
    assert "https://example.org/nq/eli/" in turtle and "HTTPS://" not in turtle


def test_the_library_refuses_a_base_with_a_fragment_or_a_query(tmp_path: Path) -> None:
    """`nqgraph.build.build`, called from Python, checks its base as the command line does."""
    source = SOURCE_DIR / "112-NQ-HDND-2024-thai-nguyen.md"
    for base in ("https://example.org/a#b/", "https://example.org/a?b=/"):
        with pytest.raises(NqgraphError, match="fragment"):
            build.build([source], tmp_path / "out", base=base, store=None, validate=False)
    assert not (tmp_path / "out").exists()
