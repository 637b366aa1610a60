"""Benchmark kg.viz.render_html: page size and time-to-usable in headless Chromium.

    python bench/viz.py                 # 500 / 2,000 / 10,000 nodes, plus the default cut
    python bench/viz.py 500 5000        # other sizes

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


def main(argv: list[str]) -> int:
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
