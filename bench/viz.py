"""Benchmark kg.viz.render_html: page size and time-to-usable in headless Chromium; and a store's page.

    python bench/viz.py                 # 500 / 2,000 / 10,000 nodes, plus the default cut
    python bench/viz.py 500 5000        # other sizes
    python bench/viz.py --store S       # the overview page of store S: computed in the store (kg viz today)
                                        # against the whole projection into networkx (the page before), same run
    python bench/viz.py --store S --projection-timeout 900   # give up on the projection after 900 s

With ``--store``, "overview" is what ``kg viz --store S`` (and the end of ``kg build``) does now: rank
the entities on the entity graph's direct triples and read only the drawn ones; "projection" is what
it did before: ``to_networkx()`` over the whole store, then ``render_html``. Both pages are compared
byte for byte; the ratio is projection / overview. Results go to bench/results/viz-store-<name>.txt.

For each size, a scale-free graph shaped like the real contract (labels,
types, aliases, articles, evidence sentences) is rendered with
``max_nodes=n`` (everything drawn), then loaded in a fresh headless Chromium
until the page signals it is drawn (after physics stabilisation when physics
is on). "page ms" is the page's own clock (navigation start to drawn), "wall
s" is Python's view from navigate to drawn. The last two rows render the
largest graph with the default ``max_nodes=300`` cut, and the 2,000 node graph
coloured by Louvain community (``communities=True``; "view" says which).
"""

from __future__ import annotations

import importlib.util
import random
import sys
import tempfile
import time
from typing import Any
from pathlib import Path

import networkx as nx

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from kg.viz import render_html  # noqa: E402
from kg.viz.html import TYPE_COLORS  # noqa: E402


def _browser():  # type: ignore[no-untyped-def]
    """tests/viz/browser.py, loaded by path (tests/ need not be a package)."""
    spec = importlib.util.spec_from_file_location("kg_viz_browser", REPO / "tests" / "viz" / "browser.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod  # dataclasses look their module up while the class is built
    spec.loader.exec_module(mod)
    return mod


def synthetic_graph(n: int, seed: int = 1) -> nx.MultiDiGraph:
    """Barabási-Albert (m=2) as a MultiDiGraph with the attributes render_html reads."""
    rnd = random.Random(seed)
    base = nx.barabasi_albert_graph(n, 2, seed=seed)
    types = list(TYPE_COLORS)
    preds = ["met", "criticized", "worksFor", "leaderOf", "visited", "said"]
    g = nx.MultiDiGraph()
    for i in base.nodes:
        g.add_node(f"https://kg.example/id/e/{i}", label=f"Entity {i}", type=types[i % len(types)],
                   aliases=[f"E{i}", f"The entity {i}"], articles=[f"Article {i % 97}", f"Article {i % 89}"])
    for a, b in base.edges:
        ev = [{"sentence": f"Entity {a} and Entity {b} were reported together in a long-ish news sentence "
                           f"number {k}.", "article": f"Article {(a + k) % 97}", "date": "2019-02-27"}
              for k in range(rnd.randint(1, 3))]
        g.add_edge(f"https://kg.example/id/e/{a}", f"https://kg.example/id/e/{b}",
                   predicate=rnd.choice(preds), evidence=ev)
    return g


def _projection(store_path: str, out: str, queue: Any) -> None:
    """The page as drawn before the overview, in a child process (so a timeout can stop it)."""
    from kg import KnowledgeGraph

    graph = KnowledgeGraph.open(store_path, read_only=True)
    t0 = time.perf_counter()
    whole = graph.to_networkx()
    report = render_html(whole, Path(out), title="kg", min_community=3)
    queue.put((time.perf_counter() - t0, report.nodes_drawn))


def store_page(store_path: str, timeout: float) -> int:
    """Time the overview page of a store against the whole projection; print and save the table."""
    import multiprocessing
    import resource

    from kg import KnowledgeGraph

    browser = _browser()
    graph = KnowledgeGraph.open(store_path, read_only=True)
    quads = len(graph)
    articles = graph.query("SELECT (COUNT(*) AS ?n) WHERE { ?a kg:articleId ?id }").values()[0]["n"]
    lines = [f"store {store_path}: {int(articles or 0):,} articles, {quads:,} quads"]
    with tempfile.TemporaryDirectory(prefix="kg-bench-viz-store-") as tmp:
        new, old = Path(tmp) / "overview.html", Path(tmp) / "projection.html"
        t0 = time.perf_counter()
        rep = graph.visualize(new, title="kg")
        overview_s = time.perf_counter() - t0
        graph.close()
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        loaded = browser.load_page(new, timeout=300) if browser.find_chromium() else None
        drawn = f"{loaded.wall_s:.2f} s" if loaded and loaded.wall_s is not None else "-"
        lines.append(f"overview (in the store):   {overview_s:8.2f} s  {rep.nodes_drawn:,} entities, "
                     f"{rep.edges_drawn:,} relations, {rep.bytes / 1e6:.2f} MB, peak RSS {peak_mb:,.0f} MB; "
                     f"drawn in chromium {drawn}, {len(loaded.console_errors) if loaded else '-'} console errors")
        queue: multiprocessing.Queue[tuple[float, int]] = multiprocessing.Queue()
        child = multiprocessing.Process(target=_projection, args=(store_path, str(old), queue))
        child.start()
        child.join(timeout)
        if child.is_alive():
            child.terminate()
            child.join()
            lines.append(f"projection (before):       > {timeout:.0f} s (stopped)")
            lines.append(f"ratio projection/overview: > {timeout / overview_s:.0f}x")
        else:
            projection_s, _nodes = queue.get()
            same = old.read_bytes() == new.read_bytes()
            lines.append(f"projection (before):       {projection_s:8.2f} s  same page: {'yes' if same else 'NO'}")
            lines.append(f"ratio projection/overview: {projection_s / overview_s:8.1f}x")
    text = "\n".join(lines)
    print(text)
    results = REPO / "bench" / "results" / f"viz-store-{Path(store_path).name}.txt"
    results.write_text(f"$ python bench/viz.py --store {store_path}\n{text}\n", encoding="utf-8")
    print(f"wrote {results.relative_to(REPO)}")
    return 0


def main(argv: list[str]) -> int:
    if argv[:1] == ["--store"]:
        timeout = float(argv[argv.index("--projection-timeout") + 1]) if "--projection-timeout" in argv else 3600.0
        return store_page(argv[1], timeout)
    sizes = [int(a) for a in argv] or [500, 2000, 10000]
    browser = _browser()
    if browser.find_chromium() is None:
        print("no chromium: apt-get install chromium", file=sys.stderr)
        return 2
    runs = [(n, n, False) for n in sizes]
    if not argv:
        runs += [(max(sizes), 300, False)] + ([(2000, 2000, True)] if 2000 in sizes else [])
    header = f"{'graph nodes':>11} {'drawn':>6} {'edges':>6} {'view':>11} {'physics':>7} {'HTML MB':>8} " \
             f"{'render s':>8} {'page ms':>8} {'wall s':>7} {'errors':>6}"
    print(header)
    print("-" * len(header))
    with tempfile.TemporaryDirectory(prefix="kg-bench-viz-") as tmp:
        for n, cap, communities in runs:
            g = synthetic_graph(n)
            out = Path(tmp) / f"g{n}_{cap}_{communities}.html"
            t0 = time.perf_counter()
            rep = render_html(g, out, max_nodes=cap, communities=communities)
            render_s = time.perf_counter() - t0
            r = browser.load_page(out, timeout=300)
            physics = "on" if rep.nodes_drawn <= 300 else "off"
            page_ms = f"{r.ready_ms:.0f}" if r.ready else "timeout"
            wall = f"{r.wall_s:.2f}" if r.wall_s is not None else "-"
            view = "communities" if communities else "types"
            print(f"{n:>11,} {rep.nodes_drawn:>6,} {rep.edges_drawn:>6,} {view:>11} {physics:>7} {rep.bytes / 1e6:>8.2f} "
                  f"{render_s:>8.2f} {page_ms:>8} {wall:>7} {len(r.console_errors):>6}")
            if r.nodes_drawn != rep.nodes_drawn:
                print(f"  ! chromium drew {r.nodes_drawn} nodes, expected {rep.nodes_drawn}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
