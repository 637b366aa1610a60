"""Writing output files so that a crash never leaves half a file behind.

Layer: above kg.errors (its write failures are coded errors); must not import anything else of kg.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from kg.errors import KGError, output_not_written


@contextlib.contextmanager
def atomic_writer(path: str | os.PathLike[str]) -> Iterator[BinaryIO]:
    """Open a temporary file beside ``path``; on success it replaces ``path``.

    Guarantee: at every moment ``path`` holds either its old content or the
    complete new content (temp file in the same directory, fsync, os.replace).
    On an exception the temporary file is removed and ``path`` is untouched; a failed
    write (no such directory, no permission, disk full) raises :class:`~kg.errors.OutputWriteError`.
    """
    target = Path(path)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as err:
        raise output_not_written(str(target), err) from err
    try:
        # mkstemp creates 0600; an export is an ordinary file, readable as the umask allows
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temporary, 0o666 & ~umask)
        with os.fdopen(handle, "wb") as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, target)
    except BaseException as err:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
        if isinstance(err, OSError) and not isinstance(err, KGError):
            raise output_not_written(str(target), err) from err  # a full disk, a directory gone: one coded line
        raise
    _sync_directory(target.parent)


def _sync_directory(directory: Path) -> None:
    """Make the rename itself durable (not possible on every platform or file system)."""
    try:
        handle = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(handle)
    except OSError:
        pass
    finally:
        os.close(handle)


def atomic_write_bytes(path: str | os.PathLike[str], data: bytes) -> None:
    """Write ``data`` to ``path`` atomically (see :func:`atomic_writer`)."""
    with atomic_writer(path) as stream:
        stream.write(data)
