#!/usr/bin/env python3
"""Sanity-check the held-out gold files against the BBC corpus.

    python bench/heldout/check_gold.py [GOLD.json ...] [--corpus PATH]

With no files, checks every bench/heldout/bbc-*.json. For each file it checks:
valid JSON with the expected top-level fields; the metadata title equals the
corpus record's title; every entity name occurs in the article text (whole word,
case-sensitive); no name belongs to two entities; every same_entity pair names
one entity; every fact has an id (unique), a non-empty "p" list, a subject
(s or s_kind) and an object (o, o_kind or o_literal); every s/o/place name, and
every "... by NAME" inside a kind, is in the entity list; an o_literal occurs in
the text. Prints one line per file and exits 1 if anything failed.

Default corpus: /work/shared/data/bbc_news/bbc_news.jsonl (or ../shared/data/...
beside the repository).
"""
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CANDIDATES = [
    "/work/shared/data/bbc_news/bbc_news.jsonl",
    os.path.join(HERE, "..", "..", "..", "shared", "data", "bbc_news", "bbc_news.jsonl"),
]
TOP = {"article_id", "article", "source", "about", "metadata", "entities", "same_entity", "facts"}
TYPES = {"Person", "Organization", "Place"}


def occurs(name, text):
    return re.search(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text) is not None


def check(path, corpus):
    errors = []
    try:
        gold = json.load(open(path, encoding="utf-8"))
    except ValueError as exc:
        return [f"invalid JSON: {exc}"], 0, 0
    missing = TOP - set(gold)
    if missing:
        errors.append(f"missing top-level fields {sorted(missing)}")
    aid = gold.get("article_id")
    rec = corpus.get(aid)
    if rec is None:
        return errors + [f"article_id {aid!r} not in corpus"], 0, 0
    if not aid.startswith("bbc-politics-"):
        errors.append(f"{aid} is not from the held-out politics section")
    if os.path.basename(path) != aid + ".json":
        errors.append(f"file name does not match article_id {aid}")
    text = rec["text"]
    meta = gold.get("metadata", {})
    if meta.get("title") != rec["title"]:
        errors.append(f"title {meta.get('title')!r} != corpus title {rec['title']!r}")

    owner = {}
    for i, ent in enumerate(gold.get("entities", [])):
        if ent.get("type") not in TYPES:
            errors.append(f"entity {ent.get('names')} has type {ent.get('type')!r}")
        for n in ent.get("names", []):
            if n in owner:
                errors.append(f"name {n!r} belongs to two entities")
            owner[n] = i
            if not occurs(n, text):
                errors.append(f"entity name {n!r} not in the article text")
    for pair in gold.get("same_entity", []):
        if len(pair) != 2 or any(n not in owner for n in pair):
            errors.append(f"same_entity {pair} uses a name not in the entity list")
        elif owner[pair[0]] != owner[pair[1]]:
            errors.append(f"same_entity {pair} joins two different entities")

    ids = set()
    for f in gold.get("facts", []):
        fid = f.get("id")
        if not fid or fid in ids:
            errors.append(f"fact id {fid!r} missing or repeated")
        ids.add(fid)
        if not isinstance(f.get("p"), list) or not f["p"]:
            errors.append(f"{fid}: 'p' must be a non-empty list")
        if ("s" in f) == ("s_kind" in f):
            errors.append(f"{fid}: needs exactly one of s / s_kind")
        if sum(k in f for k in ("o", "o_kind", "o_literal")) != 1:
            errors.append(f"{fid}: needs exactly one of o / o_kind / o_literal")
        for key in ("s", "o", "place"):
            if key in f and f[key] not in owner:
                errors.append(f"{fid}: {key} {f[key]!r} is not an entity name")
        for key in ("s_kind", "o_kind"):
            if key in f and " by " in f[key]:
                by = f[key].partition(" by ")[2]
                if by not in owner:
                    errors.append(f"{fid}: {key} names {by!r}, not an entity name")
        if "o_literal" in f and f["o_literal"] not in text:
            errors.append(f"{fid}: o_literal {f['o_literal']!r} not in the text")
        times = f.get("time", [])
        for t in times if isinstance(times, list) else [times]:
            if t not in text:
                errors.append(f"{fid}: time {t!r} not stated in the text")
    return errors, len(gold.get("entities", [])), len(gold.get("facts", []))


def main(argv):
    corpus_path = None
    if "--corpus" in argv:
        i = argv.index("--corpus")
        corpus_path = argv[i + 1]
        argv = argv[:i] + argv[i + 2:]
    if corpus_path is None:
        corpus_path = next((p for p in CANDIDATES if os.path.exists(p)), CANDIDATES[0])
    corpus = {}
    with open(corpus_path, encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            corpus[rec["id"]] = rec
    files = argv[1:] or sorted(glob.glob(os.path.join(HERE, "bbc-*.json")))
    bad = 0
    for path in files:
        errors, n_ent, n_fact = check(path, corpus)
        status = "ok  " if not errors else "FAIL"
        print(f"{status} {os.path.basename(path)}: {n_ent} entities, {n_fact} facts")
        for e in errors:
            print("     -", e)
        bad += bool(errors)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
