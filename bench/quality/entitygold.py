"""The entity graph against exhaustive gold (``bench/entitygold/``): precision, recall, F1.

All gold articles are built into one in-memory ``KnowledgeGraph`` (in the order of the
gold files, so cross-article names behave as in a real build). kg's *direct triples*
are read from each article's named graph: a triple ``?s ?p ?o`` that a statement node
of that graph states (``rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o``), between
two labelled entities (or with a literal, for ``datePublished``); quotes (``said``)
keep their own shape and are left out on both sides.

A direct triple matches a gold fact when its subject and object carry a name of the
gold entities (label or alternative label, folded as ``score_gold.py`` folds them) and
its predicate is the gold predicate, or an open verb lemma whose frame kg's vocabulary
maps onto it (so a build that writes ``kgrel:buy`` is credited for ``acquired``: the
comparison with older builds stays fair). Symmetric predicates match either way round
and count once per pair. Precision: matched direct triples / direct triples; recall:
gold facts matched / gold facts. Per predicate: precision by kg's predicate, recall by
the gold predicate.

``--root DIR`` scores another checkout of kg (its ``kg`` package is imported from there).
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
import tempfile
import time
import unicodedata
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
GOLD_DIR = ROOT / "bench" / "entitygold"
#: the splits rounds may read (their misses and wrong triples listed); every other split is held out
TUNING_SPLITS = ("dev", "dev2")
SOURCES = {"bbc": SHARED / "data" / "bbc_news" / "bbc_news.jsonl",
           "reuters21578": SHARED / "data" / "reuters21578" / "reuters21578.jsonl"}
ONTOLOGY = "https://w3id.org/kg-news/ontology#"
OPEN = "https://w3id.org/kg-news/rel/"
#: names older builds used for today's predicates
LEGACY = {"leads": "leaderOf"}
LEFT_OUT = {"said"}


def _vocabulary() -> Any:
    """This checkout's vocabulary module, loaded from its file (``--root`` may import another kg)."""
    spec = importlib.util.spec_from_file_location("_kg_vocabulary", ROOT / "kg" / "extract" / "vocabulary.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def norm_name(text: str) -> str:
    text = unicodedata.normalize("NFKC", str(text)).casefold().replace("\u2019", "'")
    text = re.sub(r"'s\b", "", text)
    text = re.sub(r"^the\s+", "", text.strip())
    return re.sub(r"[^\w]+", "", text)


def predicate_of(iri: str, frames: dict[str, tuple[str, bool]]) -> tuple[str, bool]:
    """(gold predicate, swapped) for a kg predicate IRI; open lemmas through the vocabulary's frames."""
    if iri.startswith(ONTOLOGY):
        local = iri[len(ONTOLOGY):]
        return LEGACY.get(local, local), False
    if iri.startswith(OPEN):
        local = iri[len(OPEN):]
        words = re.sub(r"([a-z])([A-Z])", r"\1 \2", local).lower().replace("_", " ")
        if words in frames:
            return frames[words]
        return "~" + local, False
    return "~" + iri, False


def _records(ids: list[str]) -> list[dict[str, Any]]:
    wanted = set(ids)
    found: dict[str, dict[str, Any]] = {}
    for path in SOURCES.values():
        with path.open(encoding="utf-8") as f:
            for line in f:
                record = json.loads(line)
                if record["id"] in wanted:
                    found[record["id"]] = record
    missing = wanted - set(found)
    if missing:
        raise KeyError(f"not in the corpora: {sorted(missing)}")
    return [found[i] for i in ids]


_DIRECT = """
SELECT DISTINCT ?s ?p ?o WHERE {
  GRAPH %(g)s { ?st rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o . ?s ?p ?o . }
}"""
_NAMES = """
SELECT DISTINCT ?e ?name WHERE { { ?e rdfs:label ?name } UNION { ?e skos:altLabel ?name } }"""


def evaluate(folder: Path = GOLD_DIR) -> dict[str, Any] | None:
    """Figures over every gold file in ``folder``; None if there is none."""
    from kg import KnowledgeGraph

    files = sorted(folder.glob("*.json")) if folder.is_dir() else []  # bench/entitygold/dev/ is a split of its own
    if not files:
        return None
    vocabulary = _vocabulary()
    frames: dict[str, tuple[str, bool]] = vocabulary.VERB_FRAMES
    symmetric: set[str] = set(vocabulary.SYMMETRIC)
    golds = [json.loads(f.read_text(encoding="utf-8")) for f in files]
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="kg-entitygold-") as tmp:
        corpus = Path(tmp) / "entitygold.jsonl"
        corpus.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n"
                                  for r in _records([g["article_id"] for g in golds])), encoding="utf-8")
        graph = KnowledgeGraph.open(None)
        report = graph.add([corpus])
        if report.errors:
            raise RuntimeError(f"kg could not build every gold article: {report.errors}")
        names: dict[str, set[str]] = defaultdict(set)
        for row in graph.query(_NAMES).values():
            names[str(row["e"])].add(norm_name(str(row["name"])))
        extracted: dict[str, list[tuple[str, str, str, bool]]] = {}
        for gold in golds:
            graph_iri = graph.query(
                "SELECT ?g WHERE { GRAPH ?g { ?a kg:articleId %s } }" % json.dumps(gold["article_id"])).values()
            g = f"<{graph_iri[0]['g']}>"
            triples = []
            for row in graph.query(_DIRECT % {"g": g}).values():
                predicate, swapped = predicate_of(str(row["p"]), frames)
                obj = str(row["o"])
                literal = not obj.startswith("http")
                if predicate in LEFT_OUT or (literal and predicate != "datePublished"):
                    continue
                s, o = (obj, str(row["s"])) if swapped else (str(row["s"]), obj)
                triples.append((s, predicate, o, literal))
            extracted[gold["article_id"]] = triples
        graph.close()
    seconds = time.perf_counter() - started

    hits_p: dict[str, list[int]] = defaultdict(lambda: [0, 0])  # kg predicate -> [matched, all]
    hits_r: dict[str, list[int]] = defaultdict(lambda: [0, 0])  # gold predicate -> [found, all]
    per_file: dict[str, dict[str, int]] = {}
    wrong: list[str] = []
    right: list[str] = []
    missed: list[str] = []
    for gold in golds:
        entity_names = {e["id"]: {norm_name(n) for n in e["names"]} for e in gold["entities"]}
        facts = gold["facts"]
        found = [False] * len(facts)
        seen: set[tuple[str, str, str]] = set()
        matched_here = total_here = 0
        for s, predicate, o, literal in extracted[gold["article_id"]]:
            key = (min(s, o), predicate, max(s, o)) if predicate in symmetric else (s, predicate, o)
            if key in seen:
                continue
            seen.add(key)
            ok = False
            for index, fact in enumerate(facts):
                if fact["p"] != predicate:
                    continue
                subject_ok = bool(names[s] & entity_names.get(fact["s"], set()))
                if literal:
                    ok_here = subject_ok and "o_literal" in fact and fact["o_literal"] in o
                else:
                    object_ok = bool(names[o] & entity_names.get(fact.get("o", ""), set()))
                    ok_here = subject_ok and object_ok
                    if not ok_here and predicate in symmetric:
                        ok_here = bool(names[o] & entity_names.get(fact["s"], set())) and \
                            bool(names[s] & entity_names.get(fact.get("o", ""), set()))
                if ok_here:
                    ok = True
                    found[index] = True
            hits_p[predicate][0] += ok
            hits_p[predicate][1] += 1
            matched_here += ok
            total_here += 1
            (right if ok else wrong).append(f"{gold['article_id']}: {sorted(names[s])[:1]} {predicate} {sorted(names[o])[:1] or o}")
        names_of = {e["id"]: e["names"][0] for e in gold["entities"]}
        for fact, was_found in zip(facts, found):
            hits_r[fact["p"]][0] += was_found
            hits_r[fact["p"]][1] += 1
            if not was_found:
                missed.append(f"{gold['article_id']}: {names_of.get(fact['s'])} {fact['p']} "
                              f"{names_of.get(fact.get('o', ''), fact.get('o_literal'))} | {fact.get('evidence', '')[:160]}")
        per_file[gold["article_id"]] = {"matched": matched_here, "direct": total_here,
                                        "found": sum(found), "facts": len(facts)}
    matched = sum(v[0] for v in hits_p.values())
    direct = sum(v[1] for v in hits_p.values())
    found_n = sum(v[0] for v in hits_r.values())
    facts_n = sum(v[1] for v in hits_r.values())
    precision = matched / direct if direct else 0.0
    recall = found_n / facts_n if facts_n else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3),
            "matched": matched, "direct": direct, "found": found_n, "facts": facts_n, "files": len(files),
            "by_kg_predicate": {k: v for k, v in sorted(hits_p.items())},
            "by_gold_predicate": {k: v for k, v in sorted(hits_r.items())},
            "per_file": per_file, "unmatched": wrong, "matched_triples": right, "missed": missed, "seconds": round(seconds, 1)}


def pooled(results: list[dict[str, Any]]) -> dict[str, Any]:
    """The figures of several splits' ``evaluate`` results as one sample: edges and facts summed, each split
    weighing by its size (issue 8's held-out measure, bench/entitygold/heldout4/README.md)."""
    totals = {k: sum(r[k] for r in results) for k in ("matched", "direct", "found", "facts", "files")}
    by: dict[str, dict[str, list[int]]] = {"by_kg_predicate": defaultdict(lambda: [0, 0]),
                                           "by_gold_predicate": defaultdict(lambda: [0, 0])}
    for r in results:
        for table, counts in by.items():
            for predicate, (hit, all_) in r[table].items():
                counts[predicate][0] += hit
                counts[predicate][1] += all_
    precision = totals["matched"] / totals["direct"] if totals["direct"] else 0.0
    recall = totals["found"] / totals["facts"] if totals["facts"] else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3), **totals,
            **{table: dict(sorted(counts.items())) for table, counts in by.items()},
            "seconds": None}  # the splits' rows time their builds


def render(figures: dict[str, Any]) -> str:
    """The per-predicate table: precision by kg's predicate, recall by the gold's."""
    lines = [f"{'predicate':<16} {'P':>11} {'R':>11}"]
    keys = sorted(set(figures["by_kg_predicate"]) | set(figures["by_gold_predicate"]))
    for key in keys:
        p = figures["by_kg_predicate"].get(key)
        r = figures["by_gold_predicate"].get(key)
        cell_p = f"{p[0]}/{p[1]}" if p else "-"
        cell_r = f"{r[0]}/{r[1]}" if r else "-"
        lines.append(f"{key:<16} {cell_p:>11} {cell_r:>11}")
    return "\n".join(lines)


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--root", help="score the kg of another checkout")
    parser.add_argument("--json", help="save the figures here")
    parser.add_argument("--unmatched", action="store_true", help="list the direct triples no gold fact matches")
    parser.add_argument("--matched", action="store_true", help="list the direct triples a gold fact matches")
    parser.add_argument("--missed", action="store_true", help="list the gold facts kg did not find (dev splits only!)")
    parser.add_argument("--dev", action="store_true", help="score the dev split (bench/entitygold/dev/), the one to tune on")
    parser.add_argument("--split", choices=("heldout", "heldout2", "heldout3", "heldout4", "dev", "dev2"),
                        default="heldout",
                        help="the split to score: bench/entitygold/ (held out), heldout2/ to heldout4/ (held out), "
                             "or dev/ or dev2/ (the two to tune on)")
    args = parser.parse_args()
    if args.root:
        sys.path.insert(0, str(Path(args.root).resolve()))
    else:
        sys.path.insert(0, str(ROOT))
    split = "dev" if args.dev else args.split
    if split not in TUNING_SPLITS and (args.missed or args.unmatched or args.matched):
        parser.error("--missed, --unmatched and --matched list the dev splits only: the held-out ones are not read")
    result = evaluate(GOLD_DIR if split == "heldout" else GOLD_DIR / split)
    assert result is not None
    print(f"entity graph vs exhaustive gold ({result['files']} articles): P {result['precision']:.3f} "
          f"({result['matched']}/{result['direct']}), R {result['recall']:.3f} ({result['found']}/{result['facts']}), "
          f"F1 {result['f1']:.3f}")
    print(render(result))
    if args.unmatched:
        print("\n".join(result["unmatched"]))
    if args.matched:
        print("\n".join(result["matched_triples"]))
    if args.missed:
        print("\n".join(result["missed"]))
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=1, sort_keys=True) + "\n", encoding="utf-8")
