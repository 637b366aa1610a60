"""CoNLL04 (Roth & Yih 2004, SpERT JSON split): kg's relations mapped onto the 5 CoNLL04 types.

Per sentence: the gold tokens are detokenized into a text (``detokenize`` keeps
each token's character offsets), spaCy parses it, ``kg.extract.extract`` runs
all extractors (anchor None), and each relation whose predicate is in
``CONLL04_MAPPING`` becomes a predicted CoNLL04 relation (head span, tail span).

Scores (micro over relations, and per type):

* **strict** (SpERT's relation criterion): a prediction is correct iff its type
  and both argument spans equal a gold relation's, head and tail in that order.
  kg's character spans are mapped to token ranges; a span whose ends do not fall
  on token boundaries of the CoNLL04 tokens matches nothing strictly. Both sides
  are normalised first: a leading "the" and a trailing possessive token ("'s",
  "'") are dropped from the token range. Entity types are not compared
  separately: every CoNLL04 relation type fixes its argument types
  (Work_For Peop->Org, Kill Peop->Peop, OrgBased_In Org->Loc, Live_In Peop->Loc,
  Located_In Loc->Loc), so type + spans is SpERT's RE+ here.
* **lenient** (head-token overlap): type and direction as above, and each kg
  argument span covers the head token of the gold argument (its last token after
  the normalisation; CoNLL04 arguments are names, whose head is the last word).

Matching is one-to-one (a maximum bipartite matching per sentence), so two kg
relations that both fit one gold relation count once; predictions are first made
unique by (type, head chars, tail chars). Negated kg relations ("did not kill")
are not predictions; hedged ones are.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from quality.matching import Counts, max_matching

DATA = Path(__file__).resolve().parents[3] / "shared" / "data" / "conll04"
TYPES = ("Work_For", "Kill", "OrgBased_In", "Live_In", "Located_In")

#: kg predicate -> ((CoNLL04 type, kg subject types allowed, kg object types allowed, inverse), ...);
#: None allows any type. The ONE place the mapping lives; add a predicate here when kg learns one.
#: ``inverse`` swaps head and tail ("Acme employs Smith" -> Work_For(Smith, Acme)).
#: Roles map to Work_For only when they point at an organisation; a person's country is
#: Live_In through kg's own place predicates (livesIn, bornIn, citizenOf), not through roles.
_PEOPLE = frozenset({"Person"})
_ORGS = frozenset({"Organization"})
_PLACES = frozenset({"Place", "Group"})  # a nationality ("Soviet") stands for its country
CONLL04_MAPPING: dict[str, tuple[tuple[str, frozenset[str] | None, frozenset[str] | None, bool], ...]] = {
    "worksFor": (("Work_For", None, _ORGS, False),),
    "leaderOf": (("Work_For", None, _ORGS, False),),
    "spokespersonFor": (("Work_For", None, _ORGS, False),),
    "citizenOf": (("Live_In", _PEOPLE, None, False),),
    "memberOf": (("Work_For", None, _ORGS, False),),
    "employs": (("Work_For", None, None, True),),
    "killed": (("Kill", None, None, False),),
    "basedIn": (("OrgBased_In", _ORGS, None, False),),
    "headquarteredIn": (("OrgBased_In", _ORGS, None, False),),
    "locatedIn": (("OrgBased_In", _ORGS, None, False), ("Located_In", frozenset({"Place"}), None, False)),
    "livesIn": (("Live_In", _PEOPLE, None, False),),
    "bornIn": (("Live_In", _PEOPLE, None, False),),
    "residentOf": (("Live_In", _PEOPLE, None, False),),
    "from": (("Live_In", _PEOPLE, None, False),),
}

# PTB escapes in the CoNLL04 tokens, shown as the characters they stand for
_UNESCAPE = {"``": '"', "''": '"', "-LRB-": "(", "-RRB-": ")", "-LCB-": "{", "-RCB-": "}",
             "-LSB-": "[", "-RSB-": "]", "_": "--"}
_NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", "%", ")", "}", "]", "''", "-RRB-", "-RCB-", "-RSB-",
                    "'s", "'S", "'", "n't", "'re", "'ve", "'ll", "'d", "'m", "'t"}
_NO_SPACE_AFTER = {"(", "{", "[", "``", "`", "$", "-LRB-", "-LCB-", "-LSB-"}
_LEADING = {"the"}
_TRAILING = {"'s", "'", "'S"}


def detokenize(tokens: Sequence[str]) -> tuple[str, list[tuple[int, int]]]:
    """A readable text for the tokens, and each token's (start, end) in it."""
    parts: list[str] = []
    offsets: list[tuple[int, int]] = []
    pos = 0
    for i, token in enumerate(tokens):
        if i and token not in _NO_SPACE_BEFORE and tokens[i - 1] not in _NO_SPACE_AFTER:
            parts.append(" ")
            pos += 1
        shown = _UNESCAPE.get(token, token)
        parts.append(shown)
        offsets.append((pos, pos + len(shown)))
        pos += len(shown)
    return "".join(parts), offsets


def normalize_range(tokens: Sequence[str], start: int, end: int) -> tuple[int, int]:
    """Drop a leading "the" and a trailing possessive from the token range [start, end)."""
    if end - start > 1 and tokens[start].lower() in _LEADING:
        start += 1
    if end - start > 1 and tokens[end - 1] in _TRAILING:
        end -= 1
    return start, end


def char_to_tokens(offsets: Sequence[tuple[int, int]], start: int, end: int) -> tuple[int, int] | None:
    """The token range [i, j) exactly covering characters [start, end), or None if the
    span's ends do not fall on token boundaries (a boundary mismatch)."""
    first = next((i for i, (s, _e) in enumerate(offsets) if s == start), None)
    last = next((i for i, (_s, e) in enumerate(offsets) if e == end), None)
    if first is None or last is None or last < first:
        return None
    return first, last + 1


@dataclass(frozen=True)
class Predicted:
    """A kg relation as a CoNLL04 relation: type, head and tail character spans."""

    type: str
    head: tuple[int, int]
    tail: tuple[int, int]


@dataclass(frozen=True)
class GoldRel:
    type: str
    head: tuple[int, int]  # token range [start, end)
    tail: tuple[int, int]


@dataclass
class Sentence:
    tokens: list[str]
    text: str
    offsets: list[tuple[int, int]]
    gold: list[GoldRel]


def map_relation(predicate: str, subject_type: str, subject: tuple[int, int],
                 obj: tuple[int, int], object_type: str | None = None) -> list[Predicted]:
    """The CoNLL04 relations one kg relation stands for under ``CONLL04_MAPPING``."""
    out = []
    for conll_type, subject_types, object_types, inverse in CONLL04_MAPPING.get(predicate, ()):
        if subject_types is not None and subject_type not in subject_types:
            continue
        if object_types is not None and object_type is not None and object_type not in object_types:
            continue
        head, tail = (obj, subject) if inverse else (subject, obj)
        out.append(Predicted(conll_type, head, tail))
    return out


def _strict_ok(sentence: Sentence):
    def key(chars: tuple[int, int]) -> tuple[int, int] | None:
        rng = char_to_tokens(sentence.offsets, *chars)
        return None if rng is None else normalize_range(sentence.tokens, *rng)

    def ok(pred: Predicted, gold: GoldRel) -> bool:
        return (pred.type == gold.type
                and key(pred.head) == normalize_range(sentence.tokens, *gold.head)
                and key(pred.tail) == normalize_range(sentence.tokens, *gold.tail))
    return ok


def _lenient_ok(sentence: Sentence):
    def covers_head(chars: tuple[int, int], gold_range: tuple[int, int]) -> bool:
        _start, end = normalize_range(sentence.tokens, *gold_range)
        head_start, head_end = sentence.offsets[end - 1]
        return chars[0] < head_end and head_start < chars[1]

    def ok(pred: Predicted, gold: GoldRel) -> bool:
        return pred.type == gold.type and covers_head(pred.head, gold.head) and covers_head(pred.tail, gold.tail)
    return ok


def score_sentence(sentence: Sentence, predictions: Iterable[Predicted]) -> dict[str, dict[str, Counts]]:
    """{"strict"|"lenient": {type: Counts}} for one sentence."""
    preds = sorted(set(predictions), key=lambda p: (p.type, p.head, p.tail))
    result: dict[str, dict[str, Counts]] = {}
    for mode, make in (("strict", _strict_ok), ("lenient", _lenient_ok)):
        ok = make(sentence)
        per_type = {}
        for t in TYPES:
            tp_preds = [p for p in preds if p.type == t]
            tp_golds = [g for g in sentence.gold if g.type == t]
            per_type[t] = Counts.one_to_one(max_matching(tp_preds, tp_golds, ok), len(tp_preds), len(tp_golds))
        result[mode] = per_type
    return result


def load(split: str, data: Path = DATA) -> list[Sentence]:
    items = json.loads((data / f"conll04_{split}.json").read_text(encoding="utf-8"))
    sentences = []
    for item in items:
        text, offsets = detokenize(item["tokens"])
        ents = item["entities"]
        gold = [GoldRel(r["type"], (ents[r["head"]]["start"], ents[r["head"]]["end"]),
                        (ents[r["tail"]]["start"], ents[r["tail"]]["end"])) for r in item["relations"]]
        sentences.append(Sentence(item["tokens"], text, offsets, gold))
    return sentences


def predictions_for(doc, extract) -> list[Predicted]:  # type: ignore[no-untyped-def]
    from kg.types import Mention

    out: list[Predicted] = []
    for relation in extract(doc, anchor=None).relations:
        if relation.negated or not isinstance(relation.object, Mention):
            continue
        s, o = relation.subject.span, relation.object.span
        out.extend(map_relation(relation.predicate, relation.subject.type, (s.start, s.end), (o.start, o.end),
                                relation.object.type))
    return out


@dataclass
class Result:
    split: str
    n_sentences: int
    n_gold: int
    seconds: float
    counts: dict[str, dict[str, Counts]] = field(default_factory=dict)  # mode -> type -> Counts

    def micro(self, mode: str) -> Counts:
        total = Counts()
        for c in self.counts[mode].values():
            total += c
        return total

    def as_dict(self) -> dict[str, object]:
        return {"n_sentences": self.n_sentences, "n_gold": self.n_gold, "seconds": round(self.seconds, 1),
                **{mode: {"micro": self.micro(mode).as_dict(),
                          **{t: c.as_dict() for t, c in per.items()}} for mode, per in self.counts.items()}}


def run(nlp, split: str, data: Path = DATA) -> Result:  # type: ignore[no-untyped-def]
    from kg.extract import extract

    started = time.perf_counter()
    sentences = load(split, data)
    counts = {mode: {t: Counts() for t in TYPES} for mode in ("strict", "lenient")}
    for sentence, doc in zip(sentences, nlp.pipe((s.text for s in sentences), batch_size=64)):
        for mode, per in score_sentence(sentence, predictions_for(doc, extract)).items():
            for t, c in per.items():
                counts[mode][t] += c
    return Result(split, len(sentences), sum(len(s.gold) for s in sentences),
                  time.perf_counter() - started, counts)
