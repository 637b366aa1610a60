"""Throughput of kg's build path against plain spaCy on the same texts.

Reads the first N articles of the Reuters-21578 JSON Lines corpus with kg's own
reader (``kg.ingest.read_articles``, which streams the file line by line), then,
in one process, with the same model and the same texts:

* **baseline**: ``nlp.pipe(texts, batch_size=B)``, every Doc consumed, nothing else, the model as spaCy
  loads it (``kg.nlp.pipeline.load_spacy``: without kg's faster stand-ins for two of its pipes);
* **kg**: ``KnowledgeGraph.open(<fresh store dir>).add_articles(articles)``, the
  whole path: parse, extract, resolve, RDF, one store transaction per article.

Order: repeat 1 runs the baseline first, then kg; with ``--repeat`` > 1 the order
alternates (repeat 2 runs kg first, ...), and every kg run gets a fresh store.
The model is loaded and warmed up (``nlp.pipe`` over a few texts, and one kg
build of a few articles into an in-memory store, which also pays kg's lazy
imports) before anything is timed, so neither model loading nor imports count.

kg's time is broken down into parse (time spent inside ``parse_articles``'
generator, i.e. ``nlp.pipe``, in kg's parse thread, which parses the next chunk
of articles while the main thread extracts this one), extract, resolve, rdf
(``article_quads``), store writes (``ArticleStore.replace_article``, in kg's
writer thread) and the rest of the main thread's time (waiting for a parse,
content-hash checks, loop), by wrapping the very functions ``KnowledgeGraph.add_articles``
calls for the duration of the run (kg's code is not changed; a wrapper costs
two ``perf_counter`` calls per article). ``--stages`` (on by default) adds a separate,
explicitly staged run over the same texts calling those functions one by one,
as a cross-check.

Memory: ``ru_maxrss`` is the process's RSS high-water mark; per phase, VmRSS is
sampled before and after, and the phase's own peak is VmHWM after resetting it
(``/proc/self/clear_refs``; reported as n/a where the kernel refuses).
tracemalloc is not used: most memory here is native (spaCy/thinc arrays,
Oxigraph/RocksDB), which it does not see, and it slows Python code down a lot.

Figures are wall-clock and noisy on a shared 2-core machine: compare the ratios
within one run, not absolute numbers across runs. Exits 0; asserts nothing.

Usage:
    python bench/throughput.py [--articles 2000] [--corpus PATH] [--model NAME]
        [--batch-size 32] [--store DIR] [--repeat 1] [--no-stages]
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import importlib.metadata
import inspect
import os
import platform
import resource
import shutil
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

DEFAULT_CORPUS = ROOT.parent / "shared" / "data" / "reuters21578" / "reuters21578.jsonl"
WARMUP_ARTICLES = 8


# --------------------------------------------------------------------------- memory


def _status(field_name: str) -> int | None:
    """A ``/proc/self/status`` field in KiB (VmRSS, VmHWM), or None off Linux."""
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith(field_name + ":"):
                    return int(line.split()[1])
    except OSError:
        pass
    return None


_HIGH_WATER = 0


def _reset_peak() -> bool:
    """Reset VmHWM to the current RSS (Linux >= 4.0); False if not allowed.

    Resetting it lowers ``ru_maxrss`` too, so the process's high-water mark
    is read first and kept (see :func:`_maxrss_kib`).
    """
    _maxrss_kib()
    try:
        with open("/proc/self/clear_refs", "w", encoding="ascii") as f:
            f.write("5")
        return True
    except OSError:
        return False


def _maxrss_kib() -> int:
    """The process's RSS high-water mark so far (``ru_maxrss``, kept across VmHWM resets), KiB."""
    global _HIGH_WATER
    value = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    value = value // 1024 if sys.platform == "darwin" else value  # bytes on macOS, KiB on Linux
    _HIGH_WATER = max(_HIGH_WATER, value)
    return _HIGH_WATER


def _mib(kib: int | None) -> str:
    return "n/a" if kib is None else f"{kib / 1024:,.0f}"


def _signed_mib(kib: int | None) -> str:
    return "n/a" if kib is None else f"{kib / 1024:+,.0f}"


@dataclass
class Phase:
    """One timed phase: wall time and memory around it."""

    name: str
    articles: int = 0
    words: int = 0
    seconds: float = 0.0
    rss_before: int | None = None
    rss_after: int | None = None
    peak: int | None = None
    triples: int | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    stages: dict[str, float] = field(default_factory=dict)


@contextlib.contextmanager
def measured(phase: Phase) -> Iterator[Phase]:
    gc.collect()
    can_reset = _reset_peak()
    phase.rss_before = _status("VmRSS")
    started = time.perf_counter()
    try:
        yield phase
    finally:
        phase.seconds = time.perf_counter() - started
        phase.rss_after = _status("VmRSS")
        phase.peak = _status("VmHWM") if can_reset else None


# --------------------------------------------------------------------------- input


def load_articles(corpus: Path, limit: int) -> tuple[list[Any], int]:
    """The first ``limit`` readable articles, and how many unreadable records were skipped."""
    from kg.ingest import read_articles
    from kg.types import Article

    articles: list[Article] = []
    skipped = 0
    stream = read_articles([corpus])
    for item in stream:
        if isinstance(item, Article):
            articles.append(item)
            if len(articles) >= limit:
                break
        else:
            skipped += 1
    stream.close()  # closes the file: nothing past line N is read
    return articles, skipped


def word_count(texts: list[str]) -> int:
    return sum(len(t.split()) for t in texts)


# --------------------------------------------------------------------------- phases


def run_baseline(nlp: Any, texts: list[str], batch_size: int, words: int) -> Phase:
    phase = Phase("baseline nlp.pipe", articles=len(texts), words=words)
    with measured(phase):
        for _doc in nlp.pipe(texts, batch_size=batch_size):
            pass
    return phase


class StageClock:
    """Wraps the functions ``KnowledgeGraph.add_articles`` calls and adds up their time."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = defaultdict(float)
        self.calls: dict[str, int] = defaultdict(int)

    def timed(self, name: str, func: Callable[..., Any]) -> Callable[..., Any]:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            started = time.perf_counter()
            try:
                return func(*args, **kwargs)
            finally:
                self.seconds[name] += time.perf_counter() - started
                self.calls[name] += 1

        return wrapper

    def timed_generator(self, name: str, func: Callable[..., Iterator[Any]]) -> Callable[..., Iterator[Any]]:
        """Time only what runs inside the generator (the consumer's work is not counted)."""

        def wrapper(*args: Any, **kwargs: Any) -> Iterator[Any]:
            inner = func(*args, **kwargs)
            self.calls[name] += 1
            while True:
                started = time.perf_counter()
                try:
                    item = next(inner)
                except StopIteration:
                    self.seconds[name] += time.perf_counter() - started
                    return
                self.seconds[name] += time.perf_counter() - started
                yield item

        return wrapper


@contextlib.contextmanager
def instrumented(graph: Any, clock: StageClock) -> Iterator[None]:
    """Time kg's stages inside ``add_articles`` without changing kg's code.

    ``add_articles`` (one process) parses each chunk of articles with ``kg.build.parsed_chunk`` in its parse
    thread, which imports ``parse_articles`` when called, and builds the parses with
    ``kg.build.built_from_parses``, which calls ``kg.build.extract`` and imports ``resolve`` and
    ``article_quads`` from their packages when called; the main process resolves an article again with
    ``kg.resolve.resolve`` (imported when called) and ``kg.graph.article_quads``; the store writer calls
    ``self.store.replace_article``: those names are wrapped, then restored.
    """
    import kg.build
    import kg.extract
    import kg.graph
    import kg.nlp
    import kg.rdf
    import kg.resolve

    extract = clock.timed("extract", kg.extract.extract)
    resolve = clock.timed("resolve", kg.resolve.resolve)
    quads = clock.timed("rdf", kg.rdf.article_quads)
    patches = [
        (kg.nlp, "parse_articles", clock.timed_generator("parse", kg.nlp.parse_articles)),
        (kg.extract, "extract", extract),
        (kg.build, "extract", extract),
        (kg.resolve, "resolve", resolve),
        (kg.rdf, "article_quads", quads),
        (kg.graph, "article_quads", quads),
    ]
    saved = [(module, name, getattr(module, name)) for module, name, _ in patches]
    for module, name, wrapper in patches:
        setattr(module, name, wrapper)
    graph.store.replace_article = clock.timed("store", graph.store.replace_article)
    try:
        yield
    finally:
        for module, name, original in saved:
            setattr(module, name, original)
        del graph.store.replace_article


def _du_kib(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) // 1024


def run_kg(articles: list[Any], store_dir: Path, model: str | None, words: int) -> Phase:
    from kg import KnowledgeGraph

    phase = Phase("kg add_articles", articles=len(articles), words=words)
    graph = KnowledgeGraph.open(store_dir, model=model)
    clock = StageClock()
    graph.nlp  # noqa: B018  (the cached pipeline, already loaded and warm)
    with instrumented(graph, clock), measured(phase):
        # one process, as the baseline: ``kg build --jobs`` is measured beside ``n_process`` in bench/scale.py
        report = graph.add_articles(articles, force=True, jobs=1)
    phase.triples = len(graph)
    phase.extra = {"quads_written": report.quads, "added": len(report.added), "errors": len(report.errors),
                   "store_kib": _du_kib(store_dir), "report_seconds": report.seconds}
    if clock.calls.get("parse") and clock.calls.get("store"):
        phase.stages = dict(clock.seconds)
    graph.close()
    return phase


def run_staged(nlp: Any, articles: list[Any], store_dir: Path, batch_size: int, words: int) -> Phase:
    """The same work as ``add_articles``, stage by stage, each stage timed on its own."""
    from kg.build import extract_article
    from kg.errors import InputError
    from kg.graph import KnowledgeGraph
    from kg.nlp import parse_articles
    from kg.nlp.pipeline import model_id
    from kg.rdf import article_quads, graph_iri
    from kg.rdf.link import GAZETTEER
    from kg.resolve import resolve
    from kg.store import ArticleStore

    phase = Phase("staged run", articles=len(articles), words=words)
    store = ArticleStore(store_dir)
    model = model_id(nlp)
    seconds: dict[str, float] = defaultdict(float)
    quads_written = 0
    with measured(phase):
        parsed = parse_articles(nlp, articles, batch_size=batch_size)
        while True:
            t0 = time.perf_counter()
            try:
                article, doc = next(parsed)
            except StopIteration:
                seconds["parse"] += time.perf_counter() - t0
                break
            t1 = time.perf_counter()
            seconds["parse"] += t1 - t0
            if isinstance(doc, InputError):  # text over nlp.max_length: kg skips it too
                continue
            extraction = extract_article(doc, article)
            t2 = time.perf_counter()
            resolved = resolve(article, extraction.mentions, extraction.relations, places=GAZETTEER,
                            team_sport=extraction.team_sport)
            t3 = time.perf_counter()
            quads = article_quads(resolved, model=model,
                                  content_hash=KnowledgeGraph._content_hash(article, model))
            t4 = time.perf_counter()
            store.replace_article(graph_iri(article.id), quads)
            t5 = time.perf_counter()
            seconds["extract"] += t2 - t1
            seconds["resolve"] += t3 - t2
            seconds["rdf"] += t4 - t3
            seconds["store"] += t5 - t4
            quads_written += len(quads)
        t0 = time.perf_counter()
        store.flush()
        seconds["store"] += time.perf_counter() - t0
    phase.triples = len(store)
    phase.stages = dict(seconds)
    phase.extra = {"quads_written": quads_written, "store_kib": _du_kib(store_dir)}
    del store
    return phase


# --------------------------------------------------------------------------- report


def machine_facts(nlp: Any, corpus: Path, load_at_start: tuple[float, float, float]) -> list[tuple[str, str]]:
    import pyoxigraph
    import spacy

    def version(dist: str) -> str:
        try:
            return importlib.metadata.version(dist)
        except importlib.metadata.PackageNotFoundError:
            return "?"

    try:
        usable = len(os.sched_getaffinity(0))
    except AttributeError:
        usable = os.cpu_count() or 0
    meta = nlp.meta
    return [
        ("cpus", f"{os.cpu_count()} (usable by this process: {usable})"),
        ("platform", platform.platform()),
        ("python", f"{platform.python_version()} ({platform.python_implementation()})"),
        ("spacy", spacy.__version__),
        ("model", f"{meta.get('lang')}_{meta.get('name')} {meta.get('version')} (spaCy {meta.get('spacy_version', '?')}) "
                  f"(pipes: {', '.join(nlp.pipe_names)})"),
        ("pyoxigraph", getattr(pyoxigraph, "__version__", version("pyoxigraph"))),
        ("kg", version("kg-news")),
        ("load average at start", " ".join(f"{x:.2f}" for x in load_at_start) + "  (1, 5, 15 min)"),
        ("corpus", str(corpus)),
    ]


def table(rows: list[list[str]], header: list[str], *, left: int = 1) -> str:
    """A plain-text table; the first ``left`` columns are left-aligned, the rest right-aligned."""
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    line = "  ".join(("{:<%d}" if i < left else "{:>%d}") % w for i, w in enumerate(widths))
    out = [line.format(*header), "  ".join("-" * w for w in widths)]
    out += [line.format(*r) for r in rows]
    return "\n".join(o.rstrip() for o in out)


def throughput_row(label: str, p: Phase) -> list[str]:
    triples = "" if p.triples is None else f"{p.triples:,}"
    tps = "" if p.triples is None else f"{p.triples / p.seconds:,.0f}"
    return [label, f"{p.articles:,}", f"{p.words:,}", f"{p.seconds:.1f}", f"{p.articles / p.seconds:.2f}",
            f"{p.words / p.seconds:,.0f}", triples, tps]


def memory_row(label: str, p: Phase) -> list[str]:
    growth = None if p.rss_before is None or p.rss_after is None else p.rss_after - p.rss_before
    over = None if p.peak is None or p.rss_before is None else p.peak - p.rss_before
    return [label, _mib(p.rss_before), _mib(p.rss_after), _signed_mib(growth), _mib(p.peak), _signed_mib(over)]


STAGE_ORDER = ("parse", "extract", "resolve", "rdf", "store")


def stage_rows(p: Phase, *, threads: bool = False) -> list[list[str]]:
    """The stages' seconds; ``threads``: add_articles parsed in its parse thread and wrote the store in its writer
    thread, beside the main thread's extract, resolve and rdf (so neither is part of the main thread's time, and
    "other" is what the main thread spent besides: waiting for a parse, hash checks, the loop)."""
    rows = []
    accounted = 0.0
    beside = {"parse": "parse (parse thread, beside the rest)", "store": "store (writer thread, beside the rest)"}
    for name in STAGE_ORDER:
        s = p.stages.get(name, 0.0)
        accounted += 0.0 if threads and name in beside else s
        label = beside[name] if threads and name in beside else name
        rows.append([label, f"{s:.1f}", f"{100 * s / p.seconds:.1f} %", f"{1000 * s / p.articles:.1f}"])
    rest = p.seconds - accounted
    rows.append(["other (waiting for a parse, hash checks, loop)" if threads else "other (hash checks, flush, loop)",
                 f"{rest:.1f}", f"{100 * rest / p.seconds:.1f} %", f"{1000 * rest / p.articles:.1f}"])
    nonparse = sum(p.stages.get(n, 0.0) for n in ("extract", "resolve", "rdf"))
    rows.append(["= extract+resolve+rdf", f"{nonparse:.1f}", f"{100 * nonparse / p.seconds:.1f} %",
                 f"{1000 * nonparse / p.articles:.1f}"])
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=2000, help="how many articles (default 2000)")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help=f"JSON Lines corpus (default {DEFAULT_CORPUS})")
    parser.add_argument("--model", default=None, help="spaCy pipeline (default: kg's, en_core_web_sm)")
    parser.add_argument("--batch-size", type=int, default=32, help="nlp.pipe batch size of the baseline (default 32)")
    parser.add_argument("--store", type=Path, default=None,
                        help="make the fresh stores under DIR and keep them (default: a temp dir, removed)")
    parser.add_argument("--repeat", type=int, default=1, help="baseline+kg pairs, order alternating (default 1)")
    parser.add_argument("--stages", action=argparse.BooleanOptionalAction, default=True,
                        help="also run a separate, explicitly staged build of the same texts "
                             "(default: on; --no-stages skips it and saves about a third of the time)")
    parser.add_argument("--output", default=None,
                        help="also write the report to this file (default: bench/results/throughput-N.txt for "
                             "N articles, the file the READMEs quote; - for the terminal only)")
    args = parser.parse_args(argv)
    output = args.output or str(Path(__file__).resolve().parent / "results" / f"throughput-{args.articles}.txt")
    if output == "-":
        return run(args)
    with open(output, "w", encoding="utf-8") as report:
        stdout = sys.stdout
        sys.stdout = _Tee(stdout, report)  # type: ignore[assignment]
        try:
            return run(args)
        finally:
            sys.stdout = stdout
            print(f"wrote {output}", file=sys.stderr)


class _Tee:
    """Writes to the terminal and to the results file alike."""

    def __init__(self, *streams: Any) -> None:
        self.streams = streams

    def write(self, text: str) -> int:
        for stream in self.streams:
            stream.write(text)
        return len(text)

    def flush(self) -> None:
        for stream in self.streams:
            stream.flush()


def run(args: argparse.Namespace) -> int:
    load_at_start = os.getloadavg()
    t0 = time.perf_counter()
    articles, skipped = load_articles(args.corpus, args.articles)
    read_seconds = time.perf_counter() - t0
    if not articles:
        print(f"no articles read from {args.corpus}", file=sys.stderr)
        return 0  # a benchmark, not a test: nothing to measure is not a failure
    texts = [a.text for a in articles]
    words = word_count(texts)

    from kg import KnowledgeGraph
    from kg.nlp import load_pipeline, parse_articles
    from kg.nlp.pipeline import load_spacy

    t0 = time.perf_counter()
    nlp = load_pipeline(args.model)  # lru-cached: KnowledgeGraph(model=...) gets this same object
    load_seconds = time.perf_counter() - t0
    plain = load_spacy(args.model)  # the baseline: the model as spaCy loads it, without kg's stand-ins
    kg_batch = inspect.signature(parse_articles).parameters["batch_size"].default

    t0 = time.perf_counter()
    warm = articles[:WARMUP_ARTICLES]
    for _doc in plain.pipe([a.text for a in warm], batch_size=args.batch_size):
        pass
    KnowledgeGraph.open(None, model=args.model).add_articles(warm, force=True, jobs=1)
    warm_seconds = time.perf_counter() - t0

    print("# kg throughput benchmark")
    print()
    print(table([[k, v] for k, v in machine_facts(nlp, args.corpus, load_at_start)], ["machine", ""], left=2))
    print()
    print(f"input: {len(articles):,} articles, {words:,} whitespace words "
          f"({words / len(articles):,.0f} per article), {sum(map(len, texts)):,} characters; "
          f"read in {read_seconds:.2f} s with kg.ingest.read_articles"
          + (f"; {skipped} unreadable records skipped" if skipped else ""))
    print(f"model loaded in {load_seconds:.1f} s; warm-up ({len(warm)} texts through nlp.pipe and one kg build "
          f"into an in-memory store) {warm_seconds:.1f} s; neither is timed below")
    print(f"batch size: baseline {args.batch_size}, kg {kg_batch} (parse_articles' default; "
          "add_articles does not pass one)" + ("  ** differ **" if kg_batch != args.batch_size else ""))
    print("order: baseline first, then kg" if args.repeat == 1 else
          "order: alternating, odd repeats baseline then kg, even repeats kg then baseline")
    print(flush=True)

    base_dir = Path(tempfile.mkdtemp(prefix="kg-throughput-", dir=args.store))
    keep = args.store is not None
    pairs: list[tuple[Phase, Phase]] = []
    staged: Phase | None = None
    try:
        for i in range(1, args.repeat + 1):
            store_dir = base_dir / f"store-{i}"
            if i % 2 == 1:
                base = run_baseline(plain, texts, args.batch_size, words)
                print(f"[{i}] baseline {base.seconds:.1f} s", flush=True)
                kgp = run_kg(articles, store_dir, args.model, words)
                print(f"[{i}] kg       {kgp.seconds:.1f} s", flush=True)
            else:
                kgp = run_kg(articles, store_dir, args.model, words)
                print(f"[{i}] kg       {kgp.seconds:.1f} s", flush=True)
                base = run_baseline(plain, texts, args.batch_size, words)
                print(f"[{i}] baseline {base.seconds:.1f} s", flush=True)
            pairs.append((base, kgp))
        if args.stages:
            staged = run_staged(nlp, articles, base_dir / "store-staged", args.batch_size, words)
            print(f"[staged] {staged.seconds:.1f} s", flush=True)
        load_at_end = os.getloadavg()
    finally:
        if not keep:
            shutil.rmtree(base_dir, ignore_errors=True)

    print()
    print("## throughput (wall clock)")
    rows = []
    for i, (base, kgp) in enumerate(pairs, 1):
        tag = f" #{i}" if args.repeat > 1 else ""
        rows.append(throughput_row(f"baseline nlp.pipe{tag}", base))
        rows.append(throughput_row(f"kg add_articles{tag}", kgp))
    if staged is not None:
        rows.append(throughput_row("staged run (--stages)", staged))
    print(table(rows, ["phase", "articles", "words", "seconds", "articles/s", "words/s", "triples", "triples/s"]))
    print()
    for i, (base, kgp) in enumerate(pairs, 1):
        ratio = kgp.seconds / base.seconds
        tag = f"#{i}: " if args.repeat > 1 else ""
        print(f"{tag}kg time / baseline time = {ratio:.2f}; overhead over plain nlp.pipe: {100 * (ratio - 1):+.0f} %")
    if args.repeat > 1:
        ratios = [k.seconds / b.seconds for b, k in pairs]
        print(f"median ratio {statistics.median(ratios):.2f} (min {min(ratios):.2f}, max {max(ratios):.2f})")
    for i, (_, kgp) in enumerate(pairs, 1):
        x = kgp.extra
        tag = f" #{i}" if args.repeat > 1 else ""
        print(f"kg{tag}: {x['added']:,} articles added, {x['errors']} errors; {x['quads_written']:,} quads written, "
              f"{kgp.triples:,} in the store ({kgp.triples / kgp.articles:.1f} per article); "
              f"store on disk {x['store_kib'] / 1024:.1f} MiB; BuildReport.seconds {x['report_seconds']:.1f}")
    print(f"load average at end: {' '.join(f'{x:.2f}' for x in load_at_end)}")

    print()
    print("## where kg's time goes (timed inside the kg run above; the functions add_articles calls, wrapped)")
    for i, (base, kgp) in enumerate(pairs, 1):
        if not kgp.stages:
            print("not available: add_articles no longer calls the wrapped names (see instrumented())")
            continue
        if args.repeat > 1:
            print(f"kg run #{i}")
        print(table(stage_rows(kgp, threads=True), ["stage", "seconds", "share", "ms/article"]))
        parse = kgp.stages["parse"]
        print(f"parse inside kg {parse:.1f} s vs. baseline nlp.pipe {base.seconds:.1f} s "
              f"(ratio {parse / base.seconds:.2f}); kg's time beyond its parse: "
              f"{kgp.seconds - parse:.1f} s = {100 * (kgp.seconds - parse) / base.seconds:.0f} % of the baseline")
        print()
    if staged is not None:
        print("## staged run (--stages): a separate build of the same texts, stage by stage")
        print(table(stage_rows(staged), ["stage", "seconds", "share", "ms/article"]))
        print()

    print("## memory (MiB; RSS before/after each phase from /proc/self/status VmRSS,")
    print("## phase peak = VmHWM after resetting it at the phase's start)")
    mrows = []
    for i, (base, kgp) in enumerate(pairs, 1):
        tag = f" #{i}" if args.repeat > 1 else ""
        mrows.append(memory_row(f"baseline nlp.pipe{tag}", base))
        mrows.append(memory_row(f"kg add_articles{tag}", kgp))
    if staged is not None:
        mrows.append(memory_row("staged run (--stages)", staged))
    print(table(mrows, ["phase", "RSS before", "RSS after", "growth", "phase peak", "peak - before"]))
    print(f"process RSS high-water mark (getrusage ru_maxrss, the largest value read before each reset "
          f"and at the end): {_mib(_maxrss_kib())} MiB")
    if keep:
        print(f"stores kept under {base_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
