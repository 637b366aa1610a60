"""Issue 10, beyond one machine: ``kg build --cluster ADDRESS`` on a real Dask distributed cluster, started as one
would be (``dask scheduler``, and ``dask worker`` twice, each its own process on 127.0.0.1), builds exactly the
store of ``--jobs 1``; a worker killed mid-build costs no article; a cluster that cannot be reached, or that
goes away mid-build, is one ``[KG091]`` line, and the store holds whole articles only."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from kg import KnowledgeGraph
from kg.errors import ClusterError
from kg.rdf.mint import ENTITIES_GRAPH
from tests.conftest import ROOT, SEEDS
from tests.reliability.conftest import EPOCH, REUTERS_ARTICLES, error_lines, kg, sorted_nquads

pytestmark = [pytest.mark.model, pytest.mark.slow]

#: the engine's own command, from the Python that runs the tests (the venv's bin; the test extra installs it)
DASK = Path(sys.executable).parent / "dask"


@dataclass
class Cluster:
    address: str
    processes: list[subprocess.Popen[bytes]]

    def client(self) -> Any:
        from distributed import Client

        return Client(self.address, timeout=30, set_as_default=False)

    def worker_pids(self) -> list[int]:
        """The worker processes (each a child of its ``dask worker`` nanny), by asking them."""
        with self.client() as client:
            return sorted(client.run(os.getpid).values())


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _start(folder: Path, workers: int) -> Cluster:
    """A scheduler and ``workers`` worker processes of one thread each, as separate processes, each in its own
    process group (so that the teardown ends the nanny and the worker it started)."""
    if not DASK.is_file():
        pytest.fail(f"{DASK} is missing: the test extra brings Dask distributed (pip install '.[test]')")
    folder.mkdir(parents=True, exist_ok=True)
    port = _free_port()
    address = f"tcp://127.0.0.1:{port}"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    commands = [[str(DASK), "scheduler", "--host", "127.0.0.1", "--port", str(port), "--no-dashboard"]]
    commands += [[str(DASK), "worker", address, "--nworkers", "1", "--nthreads", "1", "--no-dashboard",
                  "--local-directory", str(folder / f"worker-{number}")] for number in range(workers)]
    processes: list[subprocess.Popen[bytes]] = []
    cluster = Cluster(address, processes)
    try:
        for number, command in enumerate(commands):
            with (folder / f"{'scheduler' if number == 0 else f'worker-{number}'}.log").open("wb") as log:
                processes.append(subprocess.Popen(command, cwd=folder, env=env, stdout=log, stderr=subprocess.STDOUT,
                                                  start_new_session=True))
            if number == 0:
                _wait_for_port(port, processes[0], folder)
        with cluster.client() as client:
            client.wait_for_workers(workers, timeout=120)
    except BaseException:
        _stop(cluster)
        raise
    return cluster


def _wait_for_port(port: int, scheduler: subprocess.Popen[bytes], folder: Path) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if scheduler.poll() is not None:
            pytest.fail(f"dask scheduler exited: {(folder / 'scheduler.log').read_text()[-2000:]}")
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.2)
    pytest.fail("dask scheduler did not listen within 60 s")


def _stop(cluster: Cluster) -> None:
    """End the processes this test started (each group: a nanny and its worker), then wait for them."""
    for process in reversed(cluster.processes):
        if process.poll() is None:
            try:
                os.killpg(process.pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
    for process in cluster.processes:
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=20)


@pytest.fixture(scope="module")
def cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Cluster]:
    """A scheduler and two workers, each its own process, for the whole module."""
    started = _start(tmp_path_factory.mktemp("cluster"), workers=2)
    try:
        yield started
    finally:
        _stop(started)


def test_cluster_builds_the_store_and_exports_of_jobs_1(cluster: Cluster, corpus: Path, built_alone,  # type: ignore[no-untyped-def]
                                                        tmp_path: Path) -> None:
    alone, alone_run = built_alone
    done = kg("build", str(corpus), "--store", "store", "--exports", "exports", "--no-progress", "--cluster",
              cluster.address, cwd=tmp_path, env=EPOCH)
    assert done.returncode == 0, done.stderr
    counts = done.stdout.split(";")[0]
    assert counts == alone_run.stdout.split(";")[0] and counts.startswith(f"{REUTERS_ARTICLES + 5} new"), done.stdout + done.stderr[:3000]
    nquads = sorted_nquads(tmp_path / "store")
    assert len(nquads) > 10_000 and nquads == sorted_nquads(alone / "store")
    turtle = (tmp_path / "exports" / "corpus.ttl").read_bytes()
    assert turtle == (alone / "exports" / "corpus.ttl").read_bytes()


def test_the_seeds_through_the_cluster_export_as_with_jobs_1(cluster: Cluster, tmp_path: Path) -> None:
    """Five articles fit one chunk, which ``--jobs`` builds in its own process: ``--cluster`` sends it still."""
    runs = {}
    for how in (["--jobs", "1"], ["--cluster", cluster.address]):
        where = tmp_path / how[0].strip("-")
        where.mkdir()
        done = kg("build", str(SEEDS), "--store", "store", "--exports", "exports", "--no-progress", *how,
                  cwd=where, env=EPOCH)
        assert done.returncode == 0, done.stderr
        assert done.stdout.startswith("5 new, 0 changed, 0 unchanged, 0 failed"), done.stdout
        runs[how[0]] = where
    assert sorted_nquads(runs["--cluster"] / "store") == sorted_nquads(runs["--jobs"] / "store")
    for export in ("seeds.ttl", "seeds.html"):
        cluster_bytes = (runs["--cluster"] / "exports" / export).read_bytes()
        assert cluster_bytes == (runs["--jobs"] / "exports" / export).read_bytes()


def test_a_worker_killed_mid_build_costs_no_article(cluster: Cluster, corpus: Path, built_alone,  # type: ignore[no-untyped-def]
                                                    tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The worker process (not its nanny) is killed while chunks are out: the scheduler runs them on the other
    worker (and the nanny's new worker, which loads the model again through kg's plugin)."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH["SOURCE_DATE_EPOCH"])
    before = cluster.worker_pids()
    assert len(before) == 2
    killed: list[int] = []

    def progress(done: int, total: int | None) -> None:
        if not killed and done >= 10:  # the first chunk is back; the next ones are with the workers
            os.kill(before[0], signal.SIGKILL)
            killed.append(before[0])

    with KnowledgeGraph.open(tmp_path / "store") as graph:
        report = graph.add(corpus, cluster=cluster.address, progress=progress)
    assert killed
    assert not report.errors and len(report.added) == REUTERS_ARTICLES + 5
    assert sorted_nquads(tmp_path / "store") == sorted_nquads(built_alone[0] / "store")
    deadline = time.monotonic() + 60
    while len(after := cluster.worker_pids()) < 2 and time.monotonic() < deadline:  # the nanny starts another
        time.sleep(0.5)
    assert len(after) == 2 and killed[0] not in after


def test_an_unreachable_cluster_is_one_line_and_leaves_no_store(tmp_path: Path) -> None:
    address = f"tcp://127.0.0.1:{_free_port()}"  # nothing listens there
    done = kg("build", str(SEEDS), "--store", "store", "--no-progress", "--cluster", address, cwd=tmp_path)
    assert done.returncode == 1
    assert error_lines(done.stderr) == [error_lines(done.stderr)[0]], done.stderr  # one line
    assert done.stderr.startswith(f"kg: [KG091] cannot reach the Dask scheduler at {address} ("), done.stderr
    assert "dask scheduler" in done.stderr and "Traceback" not in done.stderr
    assert not (tmp_path / "store").exists() and not (tmp_path / "exports").exists()
    with KnowledgeGraph.open(None) as graph:
        with pytest.raises(ClusterError, match=r"^\[KG091\] cannot reach the Dask scheduler at not-an-address \("):
            graph.add(SEEDS, cluster="not-an-address")


def test_cluster_and_jobs_above_1_are_refused(tmp_path: Path) -> None:
    done = kg("build", str(SEEDS), "--no-progress", "--cluster", "tcp://127.0.0.1:1", "--jobs", "2", cwd=tmp_path)
    assert done.returncode == 2
    assert error_lines(done.stderr) == ["kg: [KG090] --cluster and --jobs 2 exclude each other: the cluster's "
                                        "workers parse with --cluster, this machine's processes with --jobs; "
                                        "give one"], done.stderr
    with KnowledgeGraph.open(None) as graph, pytest.raises(ValueError, match="exclude each other"):
        graph.add(SEEDS, jobs=2, cluster="tcp://127.0.0.1:1")


def test_without_dask_the_cluster_option_says_how_to_install_it(tmp_path: Path) -> None:
    """Dask distributed made unimportable in the kg process (as where the extra is not installed)."""
    hide = "import sys; sys.modules['distributed'] = None; from kg.cli import main; sys.argv[0] = 'kg'; main()"
    done = kg("build", str(SEEDS), "--store", "store", "--no-progress", "--cluster", "tcp://127.0.0.1:8786",
              cwd=tmp_path, python=["-c", hide])
    assert done.returncode == 1
    assert error_lines(done.stderr) == ['kg: [KG091] --cluster needs Dask distributed, which is not installed; install '
                                        'it with: pip install "kg-news[cluster]" (pip install ".[cluster]" in '
                                        "kg's folder), or build on this machine without --cluster"], done.stderr
    assert not (tmp_path / "store").exists()
    # without --cluster, the same kg builds as before
    done = kg("build", str(SEEDS), "--store", "store", "--no-export", "--no-progress", "--jobs", "1",
              cwd=tmp_path, python=["-c", hide])
    assert done.returncode == 0 and done.stdout.startswith("5 new"), done.stderr


def test_a_cluster_gone_mid_build_stops_it_with_whole_articles_only(corpus: Path, tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """The scheduler is killed while the build runs: one ClusterError naming the address; the store holds
    whole articles (each with its content hash), and building again (here on this machine) finishes the rest."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH["SOURCE_DATE_EPOCH"])
    small = _start(tmp_path / "cluster", workers=1)
    try:
        scheduler = small.processes[0]

        def progress(done: int, total: int | None) -> None:
            if done == 40 and scheduler.poll() is None:
                os.killpg(scheduler.pid, signal.SIGKILL)

        with KnowledgeGraph.open(tmp_path / "store") as graph:
            with pytest.raises(ClusterError, match=rf"^\[KG091\] the Dask cluster at {small.address} stopped "
                                                   r"answering during the build \(.*\); the articles written so far "
                                                   "are whole, none in part"):
                graph.add(corpus, cluster=small.address, progress=progress)
            assert scheduler.poll() is not None
            stored = graph.query("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g").values()
            hashed = graph.query("SELECT ?g WHERE { GRAPH ?g { ?a kg:contentHash ?h } }").values()
        assert {row["g"] for row in stored} - {ENTITIES_GRAPH.value} == {row["g"] for row in hashed}
        # the articles built before the loss are stored, but for those still queued for the writer (up to 64)
        assert 0 < len(hashed) < REUTERS_ARTICLES + 5
    finally:
        _stop(small)
    again = kg("build", str(corpus), "--store", "store", "--no-export", "--no-progress", "--jobs", "1",
               cwd=tmp_path, env=EPOCH)
    assert again.returncode == 0, again.stderr
    total = REUTERS_ARTICLES + 5
    assert again.stdout.startswith(f"{total - len(hashed)} new, 0 changed, {len(hashed)} unchanged, 0 failed")
