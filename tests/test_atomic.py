"""Output files are replaced whole: a writer killed half-way leaves the old file."""

from __future__ import annotations

import signal
import subprocess
import sys
import textwrap

import pytest
from pathlib import Path

from kg.atomic import atomic_write_bytes
from tests.conftest import ROOT


@pytest.mark.slow
def test_a_killed_writer_leaves_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "graph.ttl"
    target.write_bytes(b"old export\n")
    writer = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        import time
        from kg.atomic import atomic_writer
        with atomic_writer({str(target)!r}) as stream:
            stream.write(b"half of the new export" * 1000)
            stream.flush()
            print("halfway", flush=True)
            time.sleep(60)
            stream.write(b"the rest")
    """)], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    assert writer.stdout is not None and writer.stdout.readline().strip() == "halfway"
    writer.send_signal(signal.SIGKILL)
    writer.communicate()
    assert target.read_bytes() == b"old export\n"


def test_a_finished_write_replaces_the_file_readable(tmp_path: Path) -> None:
    target = tmp_path / "deeper" / "graph.ttl"
    atomic_write_bytes(target, b"new")
    atomic_write_bytes(target, b"newer")
    assert target.read_bytes() == b"newer"
    assert sorted(p.name for p in target.parent.iterdir()) == ["graph.ttl"]
    assert target.stat().st_mode & 0o044
