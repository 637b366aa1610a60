"""kg's store against plain rdflib Memory at 100k and 1M triples (issue 4's yardstick).

    python bench/store.py [--sizes 100000,1000000] [--articles 40] [--no-server] [--repeat 3]

Data: real kg output, replicated. The first ``--articles`` Reuters-21578 articles
(``../shared/data/reuters21578/reuters21578.jsonl``) are built once with kg's own
pipeline (spaCy, extractors, resolution, ``article_quads``) into memory, then copied
with renamed IRIs until a size is reached: copy k renames every article-scoped IRI
(article, graph, statements, quotes, text spans, things) and the article id, and maps
each named entity (person, organization, place, group, product, document) onto one of
``k // 20`` buckets, so an entity recurs in 20 copies' articles with its label, the
way a name recurs across news. The shape (statement nodes, provenance, mentions) is
kg's; the text is Reuters' repeated.

For each size, in one process, beside each other:

* load: embedded ``ArticleStore`` on disk, one transaction per article (as ``kg build``
  writes) and ``bulk_extend`` of everything; rdflib ``Dataset`` (Memory) ``addN``; and,
  unless ``--no-server``, ``RemoteStore`` on a local Oxigraph server (one Update request
  per article, over HTTP);
* queries over the union of the article graphs: a 2-hop join (statement -> subject
  person -> label, object organization -> label), a label filter (CONTAINS on
  rdfs:label), a group-count (top 10 most mentioned entities): median of ``--repeat``
  runs; rdflib at 1M runs each query once (its slowest takes tens of seconds);
* adding one new article to the big store: median of 10 (``replace_article``; rdflib:
  ``remove_graph`` + ``addN``).

Every engine's row count is printed so a fast wrong answer shows. Oxigraph's union
default graph is a bag over quads, rdflib's a set: an entity described in N article
graphs matches a two-pattern join N^2 times over the union. When kg repeated entity types
and labels in every article graph, the 2-hop join gave 131,076 rows on Oxigraph against 36
on rdflib at 20k triples, and ran for minutes at 100k; kg now stores them once, in the graph
``kgid:graph/_entities``, and the join runs over the union like any user query. Both
row-returning queries still say DISTINCT (a relation told by two articles counts twice). Stores go to a
temporary directory that is removed at the end.
"""

from __future__ import annotations

import argparse
import gc
import itertools
import platform
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pyoxigraph
from pyoxigraph import BlankNode, Literal, NamedNode, Quad

from kg.rdf.mint import ENTITIES_GRAPH
from kg.rdf.namespaces import PREFIXES, RESOURCE
from kg.store import ArticleStore, RemoteStore

CORPUS = ROOT.parent / "shared" / "data" / "reuters21578" / "reuters21578.jsonl"
ENTITY_KINDS = {"person", "organization", "place", "group", "product", "document"}
PROLOGUE = "".join(f"PREFIX {k}: <{v}>\n" for k, v in PREFIXES.items())
QUERIES = {
    # over the union: entity types and labels are stored once (graph _entities), so the join
    # does not multiply with the number of articles naming an entity (see the module doc)
    "2-hop join": """SELECT DISTINCT ?sl ?p ?ol WHERE {
        ?st rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o .
        ?s a kg:Person ; rdfs:label ?sl . ?o a kg:Organization ; rdfs:label ?ol }""",
    "label filter": """SELECT DISTINCT ?e ?l WHERE { ?e rdfs:label ?l FILTER(CONTAINS(LCASE(?l), "bank")) }""",
    "group-count": """SELECT ?e (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a schema:mentions ?e }
        GROUP BY ?e ORDER BY DESC(?n) ?e LIMIT 10""",
}


# --------------------------------------------------------------------------- data


def base_articles(count: int) -> dict[NamedNode, list[Quad]]:
    """Build ``count`` Reuters articles with kg, in memory; their quads by graph."""
    from kg import KnowledgeGraph
    from kg.ingest import read_articles

    articles = [a for a in itertools.islice(read_articles([str(CORPUS)]), count) if not isinstance(a, Exception)]
    graph = KnowledgeGraph.open(None)
    graph.add_articles(articles)
    by_graph: dict[NamedNode, list[Quad]] = defaultdict(list)
    for quad in graph.store.quads():
        by_graph[quad.graph_name].append(quad)  # type: ignore[index]
    return dict(by_graph)


def article_id_of(graph: NamedNode) -> str:
    return graph.value.rsplit("/", 1)[-1]


def replicate(base: dict[NamedNode, list[Quad]], copy: int) -> list[tuple[NamedNode, list[Quad]]]:
    """Copy ``copy`` of every base article, with renamed IRIs (see the module doc)."""
    bucket = f"~{copy // 20}"
    suffix = f"-c{copy}"
    out: list[tuple[NamedNode, list[Quad]]] = []
    shared: list[Quad] = []
    for graph, quads in base.items():
        art = article_id_of(graph)
        cache: dict[str, Any] = {}

        def term(t: Any, art: str = art, cache: dict[str, Any] = cache) -> Any:
            if isinstance(t, Literal):
                return Literal(t.value + suffix) if t.value == art else t
            if not isinstance(t, NamedNode) or not t.value.startswith(RESOURCE) or copy == 0:
                return t
            found = cache.get(t.value)
            if found is None:
                kind = t.value[len(RESOURCE):].split("/", 1)[0]
                if kind in ENTITY_KINDS and art not in t.value:
                    found = NamedNode(t.value + bucket)
                elif kind == "agent":
                    found = t
                elif art in t.value:
                    found = NamedNode(t.value.replace(art, art + suffix))
                else:
                    found = NamedNode(t.value + suffix)
                cache[t.value] = found
            return found

        if graph == ENTITIES_GRAPH:
            # kg writes the shared entity descriptions with the articles: here with the copy's first one
            shared = [Quad(term(q.subject), q.predicate, term(q.object), graph) for q in quads]
            continue
        new_graph = term(graph)
        out.append((new_graph, [Quad(term(q.subject), q.predicate, term(q.object), new_graph) for q in quads]))
    if shared and out:
        out[0] = (out[0][0], out[0][1] + shared)
    return out


def corpus_of(base: dict[NamedNode, list[Quad]], size: int, start: int = 0) -> list[tuple[NamedNode, list[Quad]]]:
    articles: list[tuple[NamedNode, list[Quad]]] = []
    total = 0
    for copy in itertools.count(start):
        for graph, quads in replicate(base, copy):
            articles.append((graph, quads))
            total += len(quads)
            if total >= size:
                return articles
    raise AssertionError("unreachable")


# --------------------------------------------------------------------------- rdflib


def to_rdflib(quads: list[Quad]) -> list[tuple[Any, Any, Any, Any]]:
    import rdflib

    def conv(t: Any) -> Any:
        if isinstance(t, NamedNode):
            return rdflib.URIRef(t.value)
        if isinstance(t, BlankNode):
            return rdflib.BNode(t.value)
        if t.language:
            return rdflib.Literal(t.value, lang=t.language)
        if t.datatype.value == "http://www.w3.org/2001/XMLSchema#string":
            return rdflib.Literal(t.value)
        return rdflib.Literal(t.value, datatype=rdflib.URIRef(t.datatype.value))
    return [(conv(q.subject), conv(q.predicate), conv(q.object), conv(q.graph_name)) for q in quads]


def rdflib_dataset() -> Any:
    import rdflib

    return rdflib.Dataset(store="Memory", default_union=True)


def rdflib_add(dataset: Any, rows: list[tuple[Any, Any, Any, Any]]) -> None:
    by_graph: dict[Any, list[Any]] = defaultdict(list)
    for s, p, o, g in rows:
        by_graph[g].append((s, p, o))
    for g, triples in by_graph.items():
        context = dataset.graph(g)
        context.addN((s, p, o, context) for s, p, o in triples)


# --------------------------------------------------------------------------- timing


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    gc.collect()
    started = time.perf_counter()
    value = fn()
    return time.perf_counter() - started, value


def median_time(fn: Callable[[], Any], repeat: int) -> tuple[float, Any]:
    runs = [timed(fn) for _ in range(repeat)]
    return statistics.median(r[0] for r in runs), runs[-1][1]


def start_server(folder: Path) -> tuple[subprocess.Popen[bytes], str] | None:
    binary = Path(sys.executable).parent / "oxigraph"
    found = str(binary) if binary.exists() else shutil.which("oxigraph")
    if not found:
        return None
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    process = subprocess.Popen([found, "serve", "--location", str(folder), "--bind", f"127.0.0.1:{port}"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/query"
    for _ in range(300):
        try:
            with urllib.request.urlopen(url + "?query=ASK%7B%7D", timeout=1):
                return process, url
        except OSError:
            time.sleep(0.05)
    process.kill()
    return None


def fmt_s(seconds: float | None) -> str:
    if seconds is None:
        return "–"
    return f"{seconds * 1000:.1f} ms" if seconds < 1 else f"{seconds:.2f} s"


def row(cells: list[str], widths: list[int]) -> str:
    return "| " + " | ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(cells, widths))) + " |"


def table(header: list[str], rows: list[list[str]]) -> str:
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    lines = [row(header, widths), "|" + "|".join(("-" * (w + 1) + (":" if i else "-")) for i, w in enumerate(widths)) + "|"]
    return "\n".join(lines + [row(r, widths) for r in rows])


# --------------------------------------------------------------------------- one size


def run_size(base: dict[NamedNode, list[Quad]], size: int, work: Path, server: str | None, repeat: int) -> None:
    articles = corpus_of(base, size)
    quads = [q for _, qs in articles for q in qs]
    n = len(set(quads))
    fresh = corpus_of(base, 10 * 200, start=10_000)[:10]  # ten new articles, never in the big store
    rd_rows = to_rdflib(quads)
    print(f"\n## {n:,} triples ({len(articles):,} articles, {n / len(articles):.0f} quads each)\n", flush=True)

    # load
    loads: list[list[str]] = []
    tx_path = work / f"tx-{size}"
    tx = ArticleStore(tx_path, flush_interval=None)

    def load_tx() -> None:
        for graph, qs in articles:
            tx.replace_article(graph, qs)
        tx.flush()
    t_tx, _ = timed(load_tx)
    bulk = ArticleStore(work / f"bulk-{size}")
    def load_bulk() -> None:
        bulk.raw.bulk_extend(quads)
        bulk.flush()
    t_bulk, _ = timed(load_bulk)
    dataset = rdflib_dataset()
    t_rd, _ = timed(lambda: rdflib_add(dataset, rd_rows))
    loads.append(["embedded, 1 transaction per article", fmt_s(t_tx), f"{n / t_tx:,.0f}", f"{t_rd / t_tx:.1f}×"])
    loads.append(["embedded, bulk_extend", fmt_s(t_bulk), f"{n / t_bulk:,.0f}", f"{t_rd / t_bulk:.1f}×"])
    remote = None
    if server:
        remote = RemoteStore(server)
        remote._update("DROP ALL", "clearing")
        server_store = remote

        def load_remote() -> None:
            for graph, qs in articles:
                server_store.replace_article(graph, qs)
        t_rem, _ = timed(load_remote)
        loads.append(["Oxigraph server via RemoteStore, 1 request per article", fmt_s(t_rem), f"{n / t_rem:,.0f}",
                      f"{t_rd / t_rem:.1f}×"])
    loads.append(["rdflib Memory Dataset, addN", fmt_s(t_rd), f"{n / t_rd:,.0f}", "1.0×"])
    print(table(["load", "time", "triples/s", "speed-up vs rdflib"], loads), flush=True)
    # rdflib's union Dataset counts distinct triples across graphs
    triples = len({(q.subject, q.predicate, q.object) for q in quads})
    if not (len(tx) == len(bulk) == n and len(dataset) == triples):
        print(f"COUNTS DIFFER: transactions {len(tx)}, bulk {len(bulk)}, quads {n}; "
              f"rdflib {len(dataset)}, distinct triples {triples}")

    # queries
    rd_repeat = 1 if size >= 500_000 else repeat
    qrows: list[list[str]] = []
    for name, sparql in QUERIES.items():
        t_ox, res = median_time(lambda: list(tx.query(sparql)), repeat)
        t_rdq, rd_res = median_time(lambda: list(dataset.query(PROLOGUE + sparql)), rd_repeat)
        cells = [name, fmt_s(t_ox)]
        if remote is not None:
            t_remq, rem_res = median_time(lambda: list(remote.query(sparql)), repeat)  # type: ignore[union-attr, unused-ignore]
            cells.append(f"{fmt_s(t_remq)} ({len(rem_res)})")
        cells += [fmt_s(t_rdq), f"{t_rdq / t_ox:.0f}×", f"{len(res)} / {len(rd_res)}"]
        qrows.append(cells)
    header = ["query", "embedded"] + (["server (rows)"] if remote else []) + ["rdflib Memory", "speed-up",
                                                                           "rows ox / rdflib"]
    print("\n" + table(header, qrows), flush=True)

    # one more article into the big store
    def add_one(store: Any) -> Callable[[], None]:
        items = iter(fresh)

        def one() -> None:
            graph, qs = next(items)
            store.replace_article(graph, qs)
        return one

    def add_one_rdflib() -> Callable[[], None]:
        items = iter([(g, to_rdflib(qs)) for g, qs in fresh])

        def one() -> None:
            graph, rows = next(items)
            dataset.remove_graph(rows[0][3])
            rdflib_add(dataset, rows)
        return one
    t_add, _ = median_time(add_one(tx), 10)
    t_add_flush, _ = timed(tx.flush)  # the ten articles just added, made durable
    t_add_rd, _ = median_time(add_one_rdflib(), 10)
    add_rows = [["embedded replace_article", fmt_s(t_add), f"{t_add_rd / t_add:.1f}×"],
                ["embedded flush of those 10 (kg flushes at most every 2 s, and at the end)",
                 fmt_s(t_add_flush), ""]]
    if remote is not None:
        t_add_rem, _ = median_time(add_one(remote), 10)
        add_rows.append(["server RemoteStore.replace_article (1 HTTP request)", fmt_s(t_add_rem),
                         f"{t_add_rd / t_add_rem:.1f}×"])
    add_rows.append(["rdflib remove_graph + addN", fmt_s(t_add_rd), "1.0×"])
    per_article = sum(len(qs) for _, qs in fresh) / len(fresh)
    print("\n" + table([f"add one article (~{per_article:.0f} quads) to the big store, median of 10", "time",
                        "speed-up"],
                       add_rows), flush=True)
    gc.collect()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="100000,1000000")
    parser.add_argument("--articles", type=int, default=40)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--no-server", action="store_true")
    args = parser.parse_args()
    import rdflib

    started = time.perf_counter()
    print(f"# bench/store.py — {platform.platform()}, Python {platform.python_version()}, "
          f"pyoxigraph {pyoxigraph.__version__}, rdflib {rdflib.__version__}, {__import__('os').cpu_count()} CPUs")
    t_base, base = timed(lambda: base_articles(args.articles))
    print(f"base: {len(base)} Reuters articles built by kg in {t_base:.1f}s, "
          f"{sum(len(q) for q in base.values()):,} quads")
    with tempfile.TemporaryDirectory(prefix="kg-bench-store-", ignore_cleanup_errors=True) as tmp:
        work = Path(tmp)
        server = None if args.no_server else start_server(work / "server")
        try:
            for size in (int(s) for s in args.sizes.split(",")):
                run_size(base, size, work, server[1] if server else None, args.repeat)
        finally:
            if server:
                server[0].kill()  # the server this script started, by its PID
                server[0].wait()
    print(f"\ntotal {time.perf_counter() - started:.0f}s")


if __name__ == "__main__":
    main()
