"""Throughput and latency of ``kg serve`` for a simple query, with 1 and 8 concurrent clients.

    python bench/endpoint.py [--store DIR] [--seconds 5] [--clients 1,8] [--workers 2]
        [--query SPARQL] [--oxigraph PATH | --no-oxigraph]

Starts ``kg serve`` on the store (without ``--store``, on a temporary store built from
``seeds/``) as a separate process, as a user would, then for each client count runs that many
client *processes* (not threads: the clients' own Python must not share a GIL with each other),
each sending the query over one keep-alive HTTP/1.1 connection back to back for ``--seconds``.
It prints requests/s, latency percentiles (p50, p95, p99, ms) and errors (non-200 answers).

Baselines, in the same run and on the same store:

* **in-process pyoxigraph**: ``Store.read_only(...).query(...)`` plus JSON serialisation in a
  loop, no HTTP, one client: the floor of what any endpoint can do per request;
* **oxigraph serve-read-only**: Oxigraph's own Rust server (``pip install oxigraph``, the CLI;
  found on PATH, beside this Python, or given with ``--oxigraph``), same clients and query,
  ``--union-default-graph`` so it sees the same data. Skipped when not installed.

The machine has 2 cores shared by server and clients, so the 8-client figures measure
contention as much as the server; compare the ratios of one run.
"""

from __future__ import annotations

import argparse
import http.client
import multiprocessing
import os
import platform
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QUERY = ("PREFIX kg: <https://w3id.org/kg-news/ontology#>\n"
         "SELECT ?who WHERE { ?who kg:met ?x } LIMIT 10")


def _percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))
    return ordered[index]


def _client(args: tuple[int, str, str, float, float]) -> tuple[list[float], int]:
    """One client process: the same GET over one connection until ``stop_at``; latencies in s."""
    port, path, accept, start_at, stop_at = args
    while time.time() < start_at:  # all clients start together
        time.sleep(0.001)
    latencies: list[float] = []
    errors = 0
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    while time.time() < stop_at:
        began = time.perf_counter()
        try:
            connection.request("GET", path, headers={"Accept": accept})
            response = connection.getresponse()
            response.read()
            ok = response.status == 200
        except (OSError, http.client.HTTPException):
            ok = False
            connection.close()
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        latencies.append(time.perf_counter() - began)
        errors += not ok
    connection.close()
    return latencies, errors


def _load(port: int, path: str, clients: int, seconds: float) -> tuple[list[float], int, float]:
    start_at = time.time() + 0.3
    jobs = [(port, path, "application/sparql-results+json", start_at, start_at + seconds)] * clients
    with multiprocessing.get_context("fork").Pool(clients) as pool:
        results = pool.map(_client, jobs)
    latencies = [x for lat, _ in results for x in lat]
    return latencies, sum(e for _, e in results), seconds


def _row(name: str, clients: int, latencies: list[float], errors: int, seconds: float) -> dict[str, object]:
    ms = [x * 1000 for x in latencies]
    return {"target": name, "clients": clients, "requests": len(ms), "errors": errors,
            "req/s": len(ms) / seconds, "p50": _percentile(ms, 50), "p95": _percentile(ms, 95),
            "p99": _percentile(ms, 99), "mean": statistics.fmean(ms) if ms else float("nan")}


def _in_process(store_path: Path, query: str, seconds: float) -> dict[str, object]:
    import pyoxigraph

    store = pyoxigraph.Store.read_only(str(store_path))
    latencies: list[float] = []
    stop_at = time.perf_counter() + seconds
    while time.perf_counter() < stop_at:
        began = time.perf_counter()
        result = store.query(query, use_default_graph_as_union=True)
        if isinstance(result, pyoxigraph.QueryTriples):
            result.serialize(format=pyoxigraph.RdfFormat.TURTLE)
        else:
            result.serialize(format=pyoxigraph.QueryResultsFormat.JSON)
        latencies.append(time.perf_counter() - began)
    return _row("in-process pyoxigraph (no HTTP)", 1, latencies, 0, seconds)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _wait_http(port: int, path: str, process: subprocess.Popen[bytes], timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the server exited with {process.returncode}")
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            connection.request("GET", path)
            connection.getresponse().read()
            connection.close()
            return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError("the server did not answer in time")


def _start_kg(store: Path, workers: int) -> tuple[subprocess.Popen[bytes], int]:
    port = _free_port()
    process = subprocess.Popen([sys.executable, "-m", "kg", "serve", "--store", str(store), "--port", str(port),
                                "--workers", str(workers), "--quiet"], stderr=subprocess.DEVNULL)
    _wait_http(port, "/health", process)
    return process, port


def _start_oxigraph(binary: str, store: Path) -> tuple[subprocess.Popen[bytes], int]:
    port = _free_port()
    process = subprocess.Popen([binary, "serve-read-only", "--location", str(store), "--bind", f"127.0.0.1:{port}",
                                "--union-default-graph"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _wait_http(port, "/query?query=ASK%7B%7D", process)
    return process, port


def _stop(process: subprocess.Popen[bytes]) -> None:
    process.terminate()
    try:
        process.wait(10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def _find_oxigraph(explicit: str | None) -> str | None:
    if explicit:
        return explicit
    beside = Path(sys.executable).parent / "oxigraph"
    return shutil.which("oxigraph") or (str(beside) if beside.exists() else None)


def _build_seeds(into: Path) -> Path:
    from kg import KnowledgeGraph

    path = into / "store"
    graph = KnowledgeGraph.open(path)
    report = graph.add([ROOT / "seeds"])
    graph.close()
    print(f"built {path} from seeds/: {report.quads:,} quads in {report.seconds:.1f} s")
    return path


def _version(binary: str) -> str:
    try:
        return subprocess.run([binary, "--version"], capture_output=True, text=True, check=False, timeout=10).stdout.strip()
    except OSError:
        return "?"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--store", type=Path, help="store to serve (default: build seeds/ into a temp dir)")
    parser.add_argument("--seconds", type=float, default=5.0, help="seconds per measurement")
    parser.add_argument("--clients", default="1,8", help="comma-separated client counts")
    parser.add_argument("--workers", type=int, default=2, help="kg serve --workers")
    parser.add_argument("--query", default=QUERY)
    parser.add_argument("--oxigraph", help="path of the oxigraph CLI (pip install oxigraph)")
    parser.add_argument("--no-oxigraph", action="store_true", help="skip the Oxigraph server baseline")
    args = parser.parse_args()
    counts = [int(c) for c in args.clients.split(",")]

    import pyoxigraph

    print("# kg serve benchmark\n")
    load = os.getloadavg()
    print(f"cpus {os.cpu_count()}, {platform.platform()}, Python {platform.python_version()}, "
          f"pyoxigraph {pyoxigraph.__version__}, load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}")
    with tempfile.TemporaryDirectory(prefix="kg-bench-endpoint-") as tmp:
        store = args.store or _build_seeds(Path(tmp))
        binary = None if args.no_oxigraph else _find_oxigraph(args.oxigraph)
        print(f"store {store}; {args.seconds:g} s per run; kg serve --workers {args.workers}; "
              f"oxigraph: {_version(binary) if binary else 'not installed (pip install oxigraph), skipped'}")
        print("query: " + " ".join(args.query.split()) + "\n")
        path = "/sparql?" + urllib.parse.urlencode({"query": args.query})
        rows = [_in_process(store, args.query, args.seconds)]
        process, port = _start_kg(store, args.workers)
        try:
            for clients in counts:
                rows.append(_row("kg serve", clients, *_load(port, path, clients, args.seconds)))
        finally:
            _stop(process)
        if binary:
            process, port = _start_oxigraph(binary, store)
            try:
                ox_path = "/query?" + urllib.parse.urlencode({"query": args.query})
                for clients in counts:
                    rows.append(_row("oxigraph serve-read-only", clients, *_load(port, ox_path, clients, args.seconds)))
            finally:
                _stop(process)

    header = f"{'target':<34} {'clients':>7} {'requests':>9} {'errors':>6} {'req/s':>8} {'p50 ms':>7} {'p95 ms':>7} {'p99 ms':>7}"
    print(header)
    print("-" * len(header))
    for r in rows:
        print(f"{r['target']:<34} {r['clients']:>7} {r['requests']:>9,} {r['errors']:>6} {r['req/s']:>8,.0f} "
              f"{r['p50']:>7.2f} {r['p95']:>7.2f} {r['p99']:>7.2f}")
    print()
    by = {(r["target"], r["clients"]): r for r in rows}
    base = by[("in-process pyoxigraph (no HTTP)", 1)]
    for clients in counts:
        kg = by[("kg serve", clients)]
        line = f"{clients} client(s): kg serve p50 = {kg['p50'] / base['p50']:.1f}x in-process p50"  # type: ignore[operator]
        ox = by.get(("oxigraph serve-read-only", clients))
        if ox:
            line += (f"; kg serve req/s = {kg['req/s'] / ox['req/s']:.2f}x oxigraph's, "  # type: ignore[operator]
                     f"p50 {kg['p50'] / ox['p50']:.1f}x")  # type: ignore[operator]
        print(line)
    load = os.getloadavg()
    print(f"load average at end {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}")


if __name__ == "__main__":
    main()
