"""MEANTIME (English, Wikinews): kg's relations against gold event participants, places, times.

Data: ``../shared/data/meantime_en/meantime_en_summary.jsonl``; dev = corpora
airbus + apple, held out = gm + stock. Each article's ``text`` is parsed once
and ``kg.extract.extract`` runs with anchor = the article's ``date``.

**Scope.** MEANTIME annotates every event, entity and time only in the title,
the date line and the first four body sentences (sentence ids 0-5); later
sentences carry only mentions added for cross-document links. The scope of an
article is sentence 0 up to the last sentence holding any markable in its
``original/intra-doc_annotation`` file: ids 0-5 in 117 articles, 0-6 in one
(8983), 0-4 and 0-3 in the two articles that are that short. Gold items count
when their event mention lies in scope; kg relations count when their trigger
(below) starts before the end of the scope's last token (found by aligning the
XML tokens into ``text``).

**Trigger.** ``kg.types.Relation`` has no trigger span, so it is located: the
first word of ``relation.surface`` that is not an auxiliary, negation or "to"
(its last word if all are, as in a copula "is"; the predicate if the surface
is empty) is searched as a whole word, case-insensitively, inside
``relation.sentence`` (failing that, within 200 characters of the subject: a
speech verb outside its quote's sentence); among several occurrences the one
nearest the subject and object spans wins. A relation whose trigger is not
found is still a prediction (it matches nothing), placed by its subject.

**Scores** (overlap = the two character spans share a character):

* (a) *participants*: every kg relation gives (trigger, subject span, Arg0) and,
  when its object is a mention, (trigger, object span, Arg1). Gold: the
  ``has_participant`` links of in-scope events except Argm-LOC. A prediction
  matches a gold link if the trigger overlaps the gold event mention and the
  argument overlaps the gold participant mention. *Role-agnostic* ignores roles;
  *role-aware* keeps only Arg0/Arg1 gold links and needs subject~Arg0,
  object~Arg1 (predictions are the same set, so precision counts kg's other
  arguments as wrong).
* (b) *place*: (trigger, ``relation.place`` span) against (event, Argm-LOC participant).
* (c) *time*: (trigger, ``to_timeml(relation.time)``) against (event, TIMEX3
  value) for each TLINK that puts an in-scope event at an in-scope DATE/TIME
  TIMEX3 that is not the document creation time: event IS_INCLUDED / DURING /
  SIMULTANEOUS timex, or timex INCLUDES / DURING / SIMULTANEOUS event. The trigger
  must overlap the event and the values be equal (the gold value also compared
  after ``bench/tempeval_dates.lenient``, as in the TempEval-3 row).

Predictions are made unique first (same trigger, argument span and role/value
count once). Counting is overlap-style (``matching.any_match``): precision =
predictions that fit some gold item / predictions, recall = gold items fitted by
some prediction / gold items; so three conjunct subjects inside one coordinated
gold participant are three right predictions and one found gold link.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import re
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from quality.matching import Counts, any_match, overlaps

DATA = Path(__file__).resolve().parents[3] / "shared" / "data" / "meantime_en"
SPLITS = {"dev": ("corpus_airbus", "corpus_apple"), "heldout": ("corpus_gm", "corpus_stock")}
CORE_ROLES = {"Arg0", "Arg1"}
PLACE_ROLE = "Argm-LOC"
#: (source tag, reltype) of TLINKs that put the event at the time
TIME_LINKS = {("EVENT_MENTION", "IS_INCLUDED"), ("EVENT_MENTION", "DURING"), ("EVENT_MENTION", "SIMULTANEOUS"),
              ("TIMEX3", "INCLUDES"), ("TIMEX3", "DURING"), ("TIMEX3", "SIMULTANEOUS")}
_SKIP_WORDS = {"be", "is", "are", "was", "were", "been", "being", "am", "'s", "'re", "has", "have", "had",
               "having", "do", "does", "did", "will", "would", "shall", "should", "can", "could", "may",
               "might", "must", "not", "n't", "never", "to", "also"}
_QUOTES = {"``": '"', "''": '"', "`": "'"}
_WORD = re.compile(r"[\w'’.-]+")

Span2 = tuple[int, int]


def _lenient_timeml():
    path = Path(__file__).resolve().parents[1] / "tempeval_dates.py"
    spec = importlib.util.spec_from_file_location("_tempeval_dates", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module.lenient


# --------------------------------------------------------------------------- trigger


def _distance(pos: int, span: Span2 | None) -> int:
    if span is None:
        return 0
    if span[0] <= pos < span[1]:
        return 0
    return min(abs(pos - span[0]), abs(pos - span[1]))


def locate_trigger(sentence_start: int, sentence_text: str, surface: str, predicate: str,
                   subject: Span2 | None = None, obj: Span2 | None = None,
                   article_text: str | None = None) -> Span2 | None:
    """Character span (in the article) of the relation's trigger word, or None.

    The first word of ``surface`` that is not an auxiliary/negation/"to" (its
    last word if all are, as in a copula "is"; the predicate if the surface is
    empty), found as a whole word in the sentence; the occurrence nearest to
    subject and object wins. If the sentence lacks it (a speech verb outside the
    quote's sentence) and ``article_text`` is given, the 200 characters on either
    side of the subject are searched instead.
    """
    words = [w.strip(".") for w in _WORD.findall(surface or "")]
    words = [w for w in words if w]
    content = [w for w in words if w.lower() not in _SKIP_WORDS]
    word = content[0] if content else words[-1] if words else predicate
    if not word:
        return None
    pattern = re.compile(r"(?<![\w-])" + re.escape(word) + r"(?![\w-])", re.IGNORECASE)
    regions = [(sentence_start, sentence_text)]
    if article_text is not None and subject is not None:
        lo = max(0, subject[0] - 200)
        regions.append((lo, article_text[lo:subject[1] + 200]))
    for region_start, region in regions:
        best: tuple[int, int, Span2] | None = None
        for m in pattern.finditer(region):
            start, end = region_start + m.start(), region_start + m.end()
            cost = _distance(start, subject) + _distance(start, obj)
            if best is None or (cost, start) < best[:2]:
                best = (cost, start, (start, end))
        if best:
            return best[2]
    return None


# --------------------------------------------------------------------------- predictions and gold


@dataclass(frozen=True)
class ArgPred:
    trigger: Span2 | None
    arg: Span2
    role: str  # Arg0 for the subject, Arg1 for the object


@dataclass(frozen=True)
class ArgGold:
    event: Span2
    arg: Span2
    role: str


@dataclass(frozen=True)
class TimePred:
    trigger: Span2 | None
    value: str


@dataclass(frozen=True)
class TimeGold:
    event: Span2
    values: tuple[str, ...]  # the gold value, and its lenient form


def arg_ok(role_aware: bool):
    def ok(pred: ArgPred, gold: ArgGold) -> bool:
        return (pred.trigger is not None and overlaps(pred.trigger, gold.event) and overlaps(pred.arg, gold.arg)
                and (not role_aware or pred.role == gold.role))
    return ok


def time_ok(pred: TimePred, gold: TimeGold) -> bool:
    return pred.trigger is not None and overlaps(pred.trigger, gold.event) and pred.value in gold.values


@dataclass
class ArticleGold:
    participants: list[ArgGold]  # all roles but Argm-LOC
    places: list[ArgGold]
    times: list[TimeGold]
    scope_end: int  # char offset: end of the last in-scope token


@dataclass
class ArticlePreds:
    participants: list[ArgPred]
    places: list[ArgPred]
    times: list[TimePred]
    relations: int = 0  # kg relations in scope
    triggers: int = 0  # of which the trigger was located


def score_article(gold: ArticleGold, preds: ArticlePreds) -> dict[str, Counts]:
    """The four MEANTIME figures for one article (predictions already in scope)."""
    agnostic = sorted({(p.trigger, p.arg) for p in preds.participants}, key=repr)
    agnostic_preds = [ArgPred(t, a, "") for t, a in agnostic]
    aware_preds = sorted(set(preds.participants), key=repr)
    core = [g for g in gold.participants if g.role in CORE_ROLES]
    return {
        "participants": any_match(agnostic_preds, gold.participants, arg_ok(False)),
        "participants_role": any_match(aware_preds, core, arg_ok(True)),
        "place": any_match(sorted(set(preds.places), key=repr), gold.places, arg_ok(False)),
        "time": any_match(sorted(set(preds.times), key=repr), gold.times, time_ok),
    }


def _scope(record: dict, data: Path) -> tuple[int, int]:
    """(last fully annotated sentence id, char offset where it ends in ``record['text']``)."""
    path = data / "original" / "intra-doc_annotation" / record["corpus"] / f"{record['doc_name']}.xml"
    root = ET.parse(path).getroot()
    tokens = [(t.get("t_id"), int(t.get("sentence")), t.text or "") for t in root.iter("token")]
    sentence_of = {t_id: s for t_id, s, _ in tokens}
    markables = root.find("Markables")
    last = max(sentence_of[a.get("t_id")] for m in (markables if markables is not None else [])
               for a in m.iter("token_anchor"))
    text, pos, end = record["text"], 0, 0
    for _t_id, sentence, word in tokens:
        # the summary's detokenizer rewrote a few PTB quote tokens; a token not found
        # just after the previous one is skipped (pos stays), never searched for far ahead
        for form in dict.fromkeys((word, _QUOTES.get(word, word))):
            found = text.find(form, pos, pos + len(form) + 8)
            if found >= 0:
                pos = found + len(form)
                break
        if sentence <= last:
            end = pos
    return last, end


def load_gold(record: dict, data: Path = DATA, lenient=None) -> ArticleGold:  # type: ignore[no-untyped-def]
    lenient = lenient or _lenient_timeml()
    last, scope_end = _scope(record, data)
    events = {e["m_id"]: e for e in record["event_mentions"] if e["sentence"] <= last}
    timexes = {t["m_id"]: t for t in record["timex3"]
               if t.get("sentence", 99) <= last and t.get("functionInDocument") != "CREATION_TIME"
               and t.get("type") in {"DATE", "TIME"} and t.get("value")}
    participants, places = [], []
    for link in record["has_participant"]:
        event = events.get(link["event"]["m_id"])
        if event is None:
            continue
        item = ArgGold((event["start"], event["end"]),
                       (link["participant"]["start"], link["participant"]["end"]), link["sem_role"])
        (places if link["sem_role"] == PLACE_ROLE else participants).append(item)
    times = set()
    for link in record["tlinks"]:
        src, tgt = link["source"], link["target"]
        if (src["tag"], link["reltype"]) not in TIME_LINKS:
            continue
        event_ref, timex_ref = (src, tgt) if src["tag"] == "EVENT_MENTION" else (tgt, src)
        if event_ref["tag"] != "EVENT_MENTION" or timex_ref["tag"] != "TIMEX3":
            continue
        event, timex = events.get(event_ref["m_id"]), timexes.get(timex_ref["m_id"])
        if event is None or timex is None:
            continue
        times.add(TimeGold((event["start"], event["end"]), tuple(dict.fromkeys((timex["value"], lenient(timex["value"]))))))
    return ArticleGold(sorted(set(participants), key=repr), sorted(set(places), key=repr),
                       sorted(times, key=repr), scope_end)


def predictions(relations: Iterable, scope_end: int,  # type: ignore[type-arg]
                article_text: str | None = None) -> ArticlePreds:
    """In-scope argument, place and time predictions of kg relations."""
    from kg.extract.dates import to_timeml
    from kg.types import Mention

    out = ArticlePreds([], [], [])
    for relation in relations:
        subj = (relation.subject.span.start, relation.subject.span.end)
        obj = (relation.object.span.start, relation.object.span.end) if isinstance(relation.object, Mention) else None
        if getattr(relation, "trigger", None) is not None:
            trigger = (relation.trigger.start, relation.trigger.end)
        else:
            trigger = locate_trigger(relation.sentence.start, relation.sentence.text, relation.surface,
                                     relation.predicate, subj, obj, article_text)
        where = trigger[0] if trigger else subj[0]
        if where >= scope_end:
            continue
        out.relations += 1
        out.triggers += trigger is not None
        out.participants.append(ArgPred(trigger, subj, "Arg0"))
        if obj is not None:
            out.participants.append(ArgPred(trigger, obj, "Arg1"))
        if relation.place is not None:
            out.places.append(ArgPred(trigger, (relation.place.span.start, relation.place.span.end), ""))
        if relation.time is not None:
            out.times.append(TimePred(trigger, to_timeml(relation.time)))
    return out


@dataclass
class Result:
    split: str
    n_articles: int
    seconds: float
    counts: dict[str, Counts] = field(default_factory=dict)
    triggers_found: int = 0
    relations_in_scope: int = 0

    def as_dict(self) -> dict[str, object]:
        return {"n_articles": self.n_articles, "seconds": round(self.seconds, 1),
                "relations_in_scope": self.relations_in_scope, "triggers_found": self.triggers_found,
                **{k: c.as_dict() for k, c in self.counts.items()}}


def load_records(split: str, data: Path = DATA) -> list[dict]:
    corpora = SPLITS[split]
    with (data / "meantime_en_summary.jsonl").open(encoding="utf-8") as f:
        return [r for r in map(json.loads, f) if r["corpus"] in corpora]


def run(nlp, split: str, data: Path = DATA) -> Result:  # type: ignore[no-untyped-def]
    from kg.extract import extract

    started = time.perf_counter()
    lenient = _lenient_timeml()
    records = load_records(split, data)
    totals = {k: Counts() for k in ("participants", "participants_role", "place", "time")}
    result = Result(split, len(records), 0.0, totals)
    for record, doc in zip(records, nlp.pipe((r["text"] for r in records), batch_size=16)):
        anchor = dt.date.fromisoformat(record["date"][:10]) if record.get("date") else None
        gold = load_gold(record, data, lenient)
        preds = predictions(extract(doc, anchor=anchor).relations, gold.scope_end, record["text"])
        result.relations_in_scope += preds.relations
        result.triggers_found += preds.triggers
        for key, counts in score_article(gold, preds).items():
            totals[key] += counts
    result.seconds = time.perf_counter() - started
    return result
