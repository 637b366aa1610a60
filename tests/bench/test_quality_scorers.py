"""The scorers behind bench/quality.py, on hand-made cases (no spaCy, no data files)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

from quality import conll04, meantime  # noqa: E402
from quality.gold import parse_summary  # noqa: E402
from quality.matching import Counts, any_match, max_matching, overlaps  # noqa: E402

# ----------------------------------------------------------------------------- CoNLL04

TOKENS = ["John", "Smith", "'s", "boss", ",", "the", "Acme", "Corp.", "chief", ",", "lives", "in", "Boston", "."]


def sentence(*gold: conll04.GoldRel) -> conll04.Sentence:
    text, offsets = conll04.detokenize(TOKENS)
    return conll04.Sentence(TOKENS, text, offsets, list(gold))


def chars(s: conll04.Sentence, phrase: str) -> tuple[int, int]:
    start = s.text.index(phrase)
    return start, start + len(phrase)


WORK = conll04.GoldRel("Work_For", (0, 2), (5, 8))  # John Smith -> the Acme Corp.
LIVE = conll04.GoldRel("Live_In", (0, 2), (12, 13))  # John Smith -> Boston


def score(s, *preds):
    return conll04.score_sentence(s, preds)


def test_detokenize_offsets_point_at_the_tokens():
    text, offsets = conll04.detokenize(TOKENS)
    assert text == "John Smith's boss, the Acme Corp. chief, lives in Boston."
    assert [text[a:b] for a, b in offsets] == TOKENS


def test_detokenize_ptb_quotes_and_brackets():
    text, offsets = conll04.detokenize(["`", "`", "We", "''", "-LRB-", "AP", "-RRB-"])
    assert text == '``We" (AP)'
    assert text[slice(*offsets[5])] == "AP"


def test_exact_match_counts():
    s = sentence(WORK)
    r = score(s, conll04.Predicted("Work_For", chars(s, "John Smith"), chars(s, "Acme Corp.")))
    # the gold tail "the Acme Corp." loses its leading "the"
    assert (r["strict"]["Work_For"].pred_hit, r["strict"]["Work_For"].pred, r["strict"]["Work_For"].gold) == (1, 1, 1)


def test_the_and_possessive_normalisation_both_ways():
    s = sentence(WORK)
    pred = conll04.Predicted("Work_For", chars(s, "John Smith's"), chars(s, "the Acme Corp."))
    assert score(s, pred)["strict"]["Work_For"].pred_hit == 1


def test_wrong_direction_does_not_count():
    s = sentence(WORK)
    pred = conll04.Predicted("Work_For", chars(s, "Acme Corp."), chars(s, "John Smith"))
    r = score(s, pred)
    assert r["strict"]["Work_For"].pred_hit == 0
    assert r["lenient"]["Work_For"].pred_hit == 0


def test_wrong_type_does_not_count():
    s = sentence(WORK)
    pred = conll04.Predicted("Live_In", chars(s, "John Smith"), chars(s, "Acme Corp."))
    r = score(s, pred)
    assert r["strict"]["Live_In"].pred_hit == 0 and r["strict"]["Live_In"].pred == 1
    assert r["strict"]["Work_For"].gold_hit == 0


def test_boundary_mismatch_is_lenient_only():
    s = sentence(LIVE)
    # "Smith" alone: covers the gold head token "Smith", but not the gold span
    pred = conll04.Predicted("Live_In", chars(s, "Smith"), chars(s, "Boston"))
    r = score(s, pred)
    assert r["strict"]["Live_In"].pred_hit == 0
    assert r["lenient"]["Live_In"].pred_hit == 1
    # "John" alone misses the head token "Smith": not even lenient
    pred = conll04.Predicted("Live_In", chars(s, "John"), chars(s, "Boston"))
    assert score(s, pred)["lenient"]["Live_In"].pred_hit == 0


def test_span_not_on_token_boundaries_never_matches_strictly():
    s = sentence(LIVE)
    pred = conll04.Predicted("Live_In", chars(s, "John Smit"), chars(s, "Boston"))
    assert score(s, pred)["strict"]["Live_In"].pred_hit == 0


def test_two_predictions_for_one_gold_count_once():
    s = sentence(WORK)
    a = conll04.Predicted("Work_For", chars(s, "John Smith"), chars(s, "Acme Corp."))
    b = conll04.Predicted("Work_For", chars(s, "John Smith"), chars(s, "the Acme Corp."))
    r = score(s, a, b, a)  # a twice: duplicates are dropped first
    assert (r["strict"]["Work_For"].pred_hit, r["strict"]["Work_For"].pred) == (1, 2)
    assert r["strict"]["Work_For"].p == 0.5 and r["strict"]["Work_For"].r == 1.0


def test_mapping_direction_and_subject_types():
    assert conll04.map_relation("employs", "Organization", (0, 4), (10, 15)) == [
        conll04.Predicted("Work_For", (10, 15), (0, 4))]
    assert conll04.map_relation("locatedIn", "Organization", (0, 4), (10, 15))[0].type == "OrgBased_In"
    assert conll04.map_relation("locatedIn", "Place", (0, 4), (10, 15))[0].type == "Located_In"
    assert conll04.map_relation("livesIn", "Organization", (0, 4), (10, 15)) == []
    assert conll04.map_relation("met", "Person", (0, 4), (10, 15)) == []


# ----------------------------------------------------------------------------- matching


def test_max_matching_is_one_to_one():
    assert max_matching([1, 2], [1], lambda p, g: True) == 1
    assert max_matching([1, 2], [1, 2], lambda p, g: p == g) == 2
    # a greedy choice would pair p0 with g0 and leave p1 unmatched
    assert max_matching(["a", "b"], ["x", "y"], lambda p, g: (p, g) in {("a", "x"), ("a", "y"), ("b", "x")}) == 2


def test_counts_prf():
    c = Counts.one_to_one(1, 2, 4)
    assert (c.p, c.r) == (0.5, 0.25) and c.f1 == pytest.approx(2 * 0.5 * 0.25 / 0.75)
    assert Counts().f1 == 0.0


def test_overlaps_is_half_open():
    assert overlaps((0, 5), (4, 9)) and not overlaps((0, 5), (5, 9))


# ----------------------------------------------------------------------------- MEANTIME

EVENT = (20, 28)  # "defeated"
GOLD = meantime.ArticleGold(
    participants=[meantime.ArgGold(EVENT, (0, 16), "Arg0"), meantime.ArgGold(EVENT, (29, 35), "Arg1")],
    places=[meantime.ArgGold(EVENT, (40, 47), "Argm-LOC")],
    times=[meantime.TimeGold(EVENT, ("2008-03-01",))],
    scope_end=100,
)


def preds(*participants, places=(), times=()):
    return meantime.ArticlePreds(list(participants), list(places), list(times))


def test_meantime_overlap_match_counts():
    r = meantime.score_article(GOLD, preds(meantime.ArgPred((20, 28), (9, 16), "Arg0"),
                                           meantime.ArgPred((20, 28), (29, 35), "Arg1")))
    assert (r["participants"].pred_hit, r["participants"].gold_hit) == (2, 2)
    assert (r["participants_role"].pred_hit, r["participants_role"].gold_hit) == (2, 2)


def test_meantime_swapped_roles_count_only_role_agnostic():
    r = meantime.score_article(GOLD, preds(meantime.ArgPred((20, 28), (29, 35), "Arg0")))
    assert r["participants"].pred_hit == 1
    assert r["participants_role"].pred_hit == 0


def test_meantime_trigger_must_overlap_the_event():
    r = meantime.score_article(GOLD, preds(meantime.ArgPred((50, 55), (0, 16), "Arg0"),
                                           meantime.ArgPred(None, (0, 16), "Arg0")))
    assert (r["participants"].pred_hit, r["participants"].pred) == (0, 2)


def test_meantime_argument_must_overlap_the_participant():
    r = meantime.score_article(GOLD, preds(meantime.ArgPred((20, 28), (16, 20), "Arg0")))
    assert r["participants"].pred_hit == 0


def test_meantime_conjuncts_inside_one_gold_participant():
    r = meantime.score_article(GOLD, preds(meantime.ArgPred((20, 28), (0, 8), "Arg0"),
                                           meantime.ArgPred((20, 28), (10, 16), "Arg0")))
    c = r["participants"]
    assert (c.pred_hit, c.pred, c.gold_hit, c.gold) == (2, 2, 1, 2)


def test_meantime_place_and_time():
    r = meantime.score_article(GOLD, preds(places=[meantime.ArgPred((20, 28), (40, 47), "")],
                                           times=[meantime.TimePred((20, 28), "2008-03-01"),
                                                  meantime.TimePred((20, 28), "2008-03")]))
    assert (r["place"].pred_hit, r["place"].gold_hit) == (1, 1)
    assert (r["time"].pred_hit, r["time"].pred, r["time"].gold_hit) == (1, 2, 1)


def test_any_match_counts_each_side_separately():
    c = any_match([1, 1, 2], [1, 3], lambda p, g: p == g)
    assert (c.pred_hit, c.pred, c.gold_hit, c.gold) == (2, 3, 1, 2)


def test_locate_trigger():
    text = "Boeing said Airbus defeated Boeing, and Boeing was defeated."
    # the occurrence nearest to the arguments wins
    assert meantime.locate_trigger(0, text, "defeated", "defeat", (12, 18), (28, 34)) == (19, 27)
    assert meantime.locate_trigger(100, text, "was defeated", "defeat", (139, 145), None) == (151, 159)
    # a copula: the auxiliary itself is the trigger
    assert meantime.locate_trigger(0, text, "was", "be", (40, 46), None) == (47, 50)
    # whole words only; not found -> None
    assert meantime.locate_trigger(0, text, "defeat", "defeat") is None
    # outside the sentence, near the subject in the article text
    article = "He said: Boeing lost."
    assert meantime.locate_trigger(9, "Boeing lost.", "said", "said", (0, 2), None, article) == (3, 7)


# ----------------------------------------------------------------------------- seed gold summary


def test_parse_gold_summary():
    out = "HIT met\nMISS x  (no subject node)\nrecall 10/11, entity recall 11/11, merged 5/5, junk 0/34\n"
    assert parse_summary(out) == {"facts": 10, "facts_n": 11, "entities": 11, "entities_n": 11,
                                  "merged": 5, "merged_n": 5, "junk": 0, "junk_n": 34}


def test_a_span_off_the_token_boundaries_matches_nothing_strictly():
    tokens = ["Bob", "works", "for", "Acme", "Corp."]
    text, offsets = conll04.detokenize(tokens)
    s = conll04.Sentence(tokens, text, offsets, [conll04.GoldRel("Work_For", (0, 1), (3, 5))])
    pred = conll04.Predicted("Work_For", (0, 3), (text.index("Acme"), len(text)))
    assert conll04.score_sentence(s, [pred])["strict"]["Work_For"].pred_hit == 1
    # "Acme Corp" without its full stop ends inside a token: no strict match
    pred = conll04.Predicted("Work_For", (0, 3), (text.index("Acme"), len(text) - 1))
    assert conll04.score_sentence(s, [pred])["strict"]["Work_For"].pred_hit == 0


def test_roles_split_by_what_they_point_at() -> None:
    from quality import conll04

    assert [p.type for p in conll04.map_relation("worksFor", "Person", (0, 4), (10, 15), "Organization")] == ["Work_For"]
    assert [p.type for p in conll04.map_relation("leaderOf", "Person", (0, 4), (10, 15), "Place")] == []
    assert [p.type for p in conll04.map_relation("citizenOf", "Person", (0, 4), (10, 15), "Place")] == ["Live_In"]
