"""Atomic file output: write to a temporary file beside the target, then rename.

Only a regular file (or a path where nothing is yet) is replaced that way. A symbolic link is
followed: the file it points to is replaced and the link kept. A character device or a named
pipe (`-o /dev/null`, `-o FIFO`), and a descriptor of the process (`-o /dev/stdout`, which may
be a file the shell opened to append to), is written directly: renaming over it would replace
the device or the file, and reading it first (to compare) could block or never end.

An error names the file the user gave, never the temporary one beside it.
"""

from __future__ import annotations

import errno
import os
import re
import stat
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def atomic_write(path: Path, data: bytes | str) -> bool:
    """Write `data` to `path` atomically; return False (and write nothing) if unchanged.

    An interrupted run leaves either the old file or the new one, never half of one. An
    OSError names `path`.
    """
    payload = data.encode("utf-8") if isinstance(data, str) else data
    try:
        info: os.stat_result | None = os.stat(path)  # through symbolic links
    except FileNotFoundError:
        info = None  # nothing there yet, or a link pointing nowhere: create what it names
    except OSError as exc:  # a loop of links, a parent that is a file, no permission …
        raise _naming(exc, path) from None
    if info is not None and stat.S_ISDIR(info.st_mode):
        raise IsADirectoryError(errno.EISDIR, "is a directory, not a file", str(path))
    if info is not None and (not stat.S_ISREG(info.st_mode) or _names_a_descriptor(path)):
        _write_in_place(path, payload)
        return True
    if info is not None and info.st_size == len(payload) and _same_bytes(path, payload):
        return False
    target = Path(os.path.realpath(path)) if path.is_symlink() else path
    try:
        _replace(target, payload)
    except OSError as exc:
        raise _naming(exc, path) from None
    return True


_DESCRIPTOR_RE = re.compile(
    r"/dev/(?:std(?:in|out|err)|fd/\d+)|/proc/(?:self|thread-self|\d+)/fd/\d+"
)


def _names_a_descriptor(path: Path) -> bool:
    """`/dev/stdout`, `/dev/fd/1`, `/proc/self/fd/1`: an open file of the process, which may be a
    regular file the shell opened (`>> log`); replacing it by rename would lose what it held.
    (A file the user names under /dev, `/dev/shm/x.ttl`, is a file like any other.)"""
    return _DESCRIPTOR_RE.fullmatch(os.path.abspath(path)) is not None


def _same_bytes(path: Path, payload: bytes) -> bool:
    """Whether the regular file `path` (of `len(payload)` bytes) holds `payload`."""
    try:
        return path.read_bytes() == payload
    except OSError:
        return False  # unreadable (write-only, say): write it anyway


def _replace(target: Path, payload: bytes) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        os.fchmod(fd, 0o666 & ~_umask())
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _write_in_place(path: Path, payload: bytes) -> None:
    """Write to a device or a named pipe as it is (no temporary file, no rename, no fsync: a
    pipe has none). Opening a pipe waits for a reader, as any program writing to one does."""
    try:
        with open(path, "ab") as handle:  # appended: `>> log` keeps what it held
            handle.write(payload)
            handle.flush()
    except OSError as exc:
        raise _naming(exc, path) from None


@contextmanager
def naming(path: Path | str) -> Iterator[None]:
    """An OSError raised inside that names no file (a write on a full disk) names `path`."""
    try:
        yield
    except OSError as exc:
        if exc.filename is not None:
            raise
        raise _naming(exc, path) from None


def _naming(exc: OSError, path: Path | str) -> OSError:
    """`exc` as the same kind of error about `path` (not a temporary file, or no file)."""
    if exc.errno is None:
        return exc
    return type(exc)(exc.errno, exc.strerror or os.strerror(exc.errno), str(path))


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask
