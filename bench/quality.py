"""kg's quality on every benchmark we have, as ONE table.

Rows: seed gold and held-out gold (``../shared/eval/score_gold.py`` on an
N-Quads export of each article built alone), CaRB dev/test (the official
scorer via ``../shared/bench/carb/run_carb.sh``), CoNLL04 dev/test (kg's
relations mapped onto the 5 CoNLL04 types; strict and head-token-lenient),
MEANTIME dev/held-out (event participants, places, times), TempEval-3 platinum
(date normalisation, ``bench/tempeval_dates.evaluate``), and the throughput
ratio of the last saved ``bench/throughput.py`` run. How each row is scored is
documented in ``bench/quality/*.py`` and ``bench/README.md``. Tunes nothing,
asserts nothing, exits 0 (2 on bad arguments).

Usage:
    python bench/quality.py [--only seed,heldout,entitygold,carb,conll04,meantime,tempeval,throughput]
        [--fast] [--json OUT.json] [--compare OLD.json]

``--fast``: CaRB dev only and CoNLL04 dev only. ``--json`` saves every figure;
``--compare`` prints each figure with its change since that saved run.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import json
import platform
import re
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from quality import carb, conll04, entitygold, gold, meantime  # noqa: E402  (bench/quality/, the package)

SECTIONS = ("seed", "heldout", "entitygold", "carb", "conll04", "meantime", "tempeval", "throughput")
RESULTS = ROOT / "bench" / "results"

Figure = Any  # float, int, str, or [hit, total]


class Table:
    """Rows of (key, row name, split, [(label, figure)], n, seconds)."""

    def __init__(self) -> None:
        self.rows: list[dict[str, Any]] = []

    def add(self, key: str, name: str, split: str, figures: list[tuple[str, Figure]], n: str,
            seconds: float | None, detail: Any = None) -> None:
        self.rows.append({"key": key, "name": name, "split": split, "figures": dict(figures), "n": n,
                          "seconds": None if seconds is None else round(seconds, 1), "detail": detail})

    def render(self, old: dict[str, dict[str, Any]] | None = None) -> str:
        header = ("row", "split", "metrics", "n", "s")
        lines = [header]
        for row in self.rows:
            before = (old or {}).get(row["key"], {}).get("figures", {}) if old is not None else None
            metrics = ", ".join(_fmt(label, value, None if before is None else before.get(label, _MISSING))
                                for label, value in row["figures"].items())
            secs = "" if row["seconds"] is None else f"{row['seconds']:.1f}"
            lines.append((row["name"], row["split"], metrics, row["n"], secs))
        widths = [max(len(str(line[i])) for line in lines) for i in range(len(header))]
        out = []
        for i, line in enumerate(lines):
            cells = [str(c).ljust(w) if j < 4 else str(c).rjust(w) for j, (c, w) in enumerate(zip(line, widths))]
            out.append("  ".join(cells).rstrip())
            if i == 0:
                out.append("  ".join("-" * w for w in widths))
        return "\n".join(out)


_MISSING = object()


def _fmt(label: str, value: Figure, before: Any) -> str:
    if isinstance(value, float):
        text = f"{value:.3f}"
    elif isinstance(value, (list, tuple)):
        text = f"{value[0]}/{value[1]}"
    else:
        text = str(value)
    text = f"{label} {text}" if label else text
    if before is None:
        return text
    if before is _MISSING:
        return text + " (new)"
    if isinstance(value, float) and isinstance(before, (int, float)):
        return text + f" ({value - before:+.3f})"
    if isinstance(value, int) and isinstance(before, int):
        return text + f" ({value - before:+d})"
    if isinstance(value, (list, tuple)) and isinstance(before, (list, tuple)):
        if list(value) == list(before):
            return text + " (=)"
        if value[1] == before[1]:
            return text + f" ({value[0] - before[0]:+d})"
        return text + f" (was {before[0]}/{before[1]})"
    return text if value == before else text + f" (was {before})"


def _prf(counts: dict[str, Any], prefix: str = "") -> list[tuple[str, Figure]]:
    return [(f"{prefix}P", counts["p"]), (f"{prefix}R", counts["r"]), (f"{prefix}F1", counts["f1"])]


# --------------------------------------------------------------------------- sections


def section_gold(table: Table, which: str) -> None:
    if which == "seed":
        r = gold.seed()
        table.add("seed", "Seed gold (score_gold.py)", "seed 000", _gold_figures(r), "1 article", r["seconds"], r)
        return
    r = gold.heldout()
    if r is None:
        table.add("heldout", "Held-out gold (score_gold.py)", "bench/heldout", [("", "no gold yet")], "0", None)
        return
    table.add("heldout", "Held-out gold (score_gold.py)", "bench/heldout", _gold_figures(r),
              f"{r['files']} articles", r["seconds"], r)


def _gold_figures(r: dict[str, Any]) -> list[tuple[str, Figure]]:
    return [("recall", [r["facts"], r["facts_n"]]), ("entity recall", [r["entities"], r["entities_n"]]),
            ("merged", [r["merged"], r["merged_n"]]), ("junk", [r["junk"], r["junk_n"]])]


def section_entitygold(table: Table) -> None:
    """The entity graph against exhaustive gold: the four held-out sets and their pool (issue 8's measure,
    bench/entitygold/heldout4/README.md), and the two dev sets tuning may use."""
    held_out: list[dict[str, Any]] = []
    for key, split, folder in (("entitygold", "held out", entitygold.GOLD_DIR),
                               ("entitygold/heldout2", "held out 2", entitygold.GOLD_DIR / "heldout2"),
                               ("entitygold/heldout3", "held out 3", entitygold.GOLD_DIR / "heldout3"),
                               ("entitygold/heldout4", "held out 4", entitygold.GOLD_DIR / "heldout4")):
        if (r := entitygold.evaluate(folder)) is not None:
            _entitygold_row(table, key, split, r)
            held_out.append(r)
    if len(held_out) > 1:
        _entitygold_row(table, "entitygold/pooled", f"held out 1-{len(held_out)}, pooled", entitygold.pooled(held_out))
    for key, split, folder in (("entitygold/dev", "dev", entitygold.GOLD_DIR / "dev"),
                               ("entitygold/dev2", "dev 2", entitygold.GOLD_DIR / "dev2")):
        if (r := entitygold.evaluate(folder)) is not None:
            _entitygold_row(table, key, split, r)


def _entitygold_row(table: Table, key: str, split: str, r: dict[str, Any]) -> None:
    table.add(key, "Entity graph (exhaustive gold)", split,
              [("P", r["precision"]), ("R", r["recall"]), ("F1", r["f1"]),
               ("edges", [r["matched"], r["direct"]]), ("facts", [r["found"], r["facts"]])],
              f"{r['files']} articles", r["seconds"], r)


def section_carb(table: Table, splits: list[str]) -> None:
    for split in splits:
        r = carb.run(split)
        table.add(f"carb/{split}", "CaRB (official scorer)", split,
                  [("P", r["P"]), ("R", r["R"]), ("F1", r["F1"]), ("AUC", r["AUC"])],
                  f"{r['gold_sents']} sents, {r['n_ext']} ext", r["seconds"], r)


def section_conll04(table: Table, nlp: Any, splits: list[str]) -> None:
    for split in splits:
        r = conll04.run(nlp, split)
        d = r.as_dict()
        n = f"{r.n_gold} rel, {r.n_sentences} sents"
        table.add(f"conll04/{split}/strict", "CoNLL04 strict micro", split,
                  _prf(d["strict"]["micro"]) + [("pred", d["strict"]["micro"]["pred"])], n, r.seconds, d)
        table.add(f"conll04/{split}/lenient", "CoNLL04 head-token lenient micro", split,
                  _prf(d["lenient"]["micro"]), n, None)
        if split == "test":
            for t in conll04.TYPES:
                s, le = d["strict"][t], d["lenient"][t]
                table.add(f"conll04/{split}/{t}", f"  CoNLL04 {t}", split,
                          _prf(s) + [("lenient F1", le["f1"])], f"{s['gold']} rel", None)


def section_meantime(table: Table, nlp: Any) -> None:
    for split in ("dev", "heldout"):
        r = meantime.run(nlp, split)
        d = r.as_dict()
        label = "dev (airbus+apple)" if split == "dev" else "held-out (gm+stock)"
        n = f"{r.n_articles} art, {d['participants']['gold']} links"
        table.add(f"meantime/{split}/participants", "MEANTIME participants", label,
                  _prf(d["participants"]) + [("role-aware F1", d["participants_role"]["f1"])], n, r.seconds, d)
        table.add(f"meantime/{split}/place", "MEANTIME place (Argm-LOC)", label, _prf(d["place"]),
                  f"{d['place']['gold']} links", None)
        table.add(f"meantime/{split}/time", "MEANTIME time (TLINK'd TIMEX3)", label, _prf(d["time"]),
                  f"{d['time']['gold']} links", None)


def section_tempeval(table: Table) -> None:
    spec = importlib.util.spec_from_file_location("tempeval_dates", ROOT / "bench" / "tempeval_dates.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    started = time.perf_counter()
    r = module.evaluate(rounds=1)
    seconds = time.perf_counter() - started
    detail = {k: v for k, v in r.items() if k != "errors"}
    table.add("tempeval", "TempEval-3 dates (normalize_time)", "te3-platinum",
              [("strict acc", r["strict_accuracy"]), ("lenient acc", r["lenient_accuracy"]),
               ("coverage", r["coverage"])], f"{r['n']} DATE timex", seconds, detail)


_RATIO = re.compile(r"kg time / baseline time = ([0-9.]+)")


def section_throughput(table: Table) -> None:
    """The kg/baseline ratio of the newest saved run: bench/results/throughput*.{json,txt},
    else the run whose output bench/README.md quotes."""
    saved = sorted(list(RESULTS.glob("throughput*.json")) + list(RESULTS.glob("throughput*.txt")),
                   key=lambda p: p.stat().st_mtime)
    # bench/throughput.py writes its newest run to throughput-2000.txt; in a fresh clone every file has the same
    # modification time, so that name comes first, then the others newest first
    newest = [p for p in saved if p.name == "throughput-2000.txt"]
    for path in [*newest, *reversed(saved), ROOT / "bench" / "README.md"]:
        if not path.exists():
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        ratio = None
        if path.suffix == ".json":
            try:
                data = json.loads(text)
                ratio = data.get("ratio") or data.get("kg_over_baseline")
            except (json.JSONDecodeError, AttributeError):
                ratio = None
        else:
            median = re.search(r"^median ratio ([0-9.]+)", text, re.MULTILINE)  # a --repeat run's summary
            m = median or _RATIO.search(text)
            ratio = float(m.group(1)) if m else None
        if ratio is not None:
            table.add("throughput", "Throughput (not rerun)", str(path.relative_to(ROOT)),
                      [("kg/baseline time", float(ratio))], "saved run", None)
            return
    table.add("throughput", "Throughput (not rerun)", "-", [("", "run bench/throughput.py")], "", None)


# --------------------------------------------------------------------------- main


def _meta(nlp: Any) -> dict[str, Any]:
    def git(*args: str) -> str:
        try:
            return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True).stdout.strip()
        except OSError:
            return ""

    from kg.nlp.pipeline import model_id

    return {"when": dt.datetime.now().isoformat(timespec="seconds"), "git_head": git("rev-parse", "HEAD"),
            "git_dirty": bool(git("status", "--porcelain", "--", "kg")), "python": platform.python_version(),
            "model": model_id(nlp) if nlp is not None else None, "argv": sys.argv[1:]}


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", help="comma-separated: " + ",".join(SECTIONS))
    parser.add_argument("--fast", action="store_true", help="CaRB dev only, CoNLL04 dev only")
    parser.add_argument("--json", type=Path, help="save every figure to this file")
    parser.add_argument("--compare", type=Path, help="print each figure's change since this saved --json")
    args = parser.parse_args(argv)
    only = SECTIONS if not args.only else tuple(s.strip() for s in args.only.split(",") if s.strip())
    unknown = set(only) - set(SECTIONS)
    if unknown:
        parser.error(f"unknown section(s) {', '.join(sorted(unknown))}; choose from {', '.join(SECTIONS)}")
    old = None
    if args.compare:
        old = {row["key"]: row for row in json.loads(args.compare.read_text(encoding="utf-8"))["rows"]}

    started = time.perf_counter()
    nlp = None
    if {"seed", "heldout", "entitygold", "conll04", "meantime"} & set(only):
        from kg.nlp import load_pipeline

        nlp = load_pipeline()  # cached: KnowledgeGraph's builds reuse this very object
    table = Table()
    for section in SECTIONS:
        if section not in only:
            continue
        t0 = time.perf_counter()
        if section in ("seed", "heldout"):
            section_gold(table, section)
        elif section == "entitygold":
            section_entitygold(table)
        elif section == "carb":
            section_carb(table, ["dev"] if args.fast else ["dev", "test"])
        elif section == "conll04":
            section_conll04(table, nlp, ["dev"] if args.fast else ["dev", "test"])
        elif section == "meantime":
            section_meantime(table, nlp)
        elif section == "tempeval":
            section_tempeval(table)
        elif section == "throughput":
            section_throughput(table)
        print(f"[{section} done in {time.perf_counter() - t0:.1f}s]", file=sys.stderr, flush=True)
    total = time.perf_counter() - started

    meta = _meta(nlp)
    print(f"# kg quality  ({meta['when']}, git {meta['git_head'][:10]}{' +dirty kg/' if meta['git_dirty'] else ''}, "
          f"{meta['model']}, total {total:.0f}s)")
    if old is not None:
        print(f"# changes since {args.compare}")
    print(table.render(old))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps({"meta": {**meta, "seconds": round(total, 1)}, "rows": table.rows},
                                        indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"saved {args.json}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
