"""The entity graph holds only claims a careful reader would sign (kg/resolve/trust.py).

Real sentences from BBC news articles (business, sport, entertainment, tech; none of
bench/entitygold, bench/judged or the held-out politics section). Each case names the
exact direct triples the sentence gives, and for the negatives the open statement
and why it is not an edge: plans, schedules, futures, denials, conditions and
negations stay open; passives and conjunctions give the right edges.
"""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.rdf.link import GAZETTEER
from kg.resolve import resolve
from kg.types import Article

pytestmark = pytest.mark.model

Triple = tuple[str, str, str]


EDGES = [
    ("acquired", "During the year WPP bought US rival Grey Global, creating a giant big enough to rival sector "
                 "leader Omnicom.", {("WPP", "acquired", "Grey Global"), ("Grey Global", "basedIn", "United States")}),
    ("defeated", "England beat Fiji 26-21 in a dramatic final in Dubai to win the first IRB Sevens event of the "
                 "season.", {("England", "defeated", "Fiji")}),
    ("defeated-passive-and-lost-to", "Scotland were beaten 33-15 by Samoa in the plate semi-final and Ireland lost "
                                     "17-5 to Tunisia in the shield final.",
     {("Samoa", "defeated", "Scotland"), ("Tunisia", "defeated", "Ireland")}),
    ("praised-conjunction", "McClaren also praised winger Stewart Downing and strikers Jimmy Floyd Hasselbaink and "
                            "Mark Viduka, who both ended barren runs in front of goal.",
     {("McClaren", "praised", "Stewart Downing"), ("McClaren", "praised", "Jimmy Floyd Hasselbaink"),
      ("McClaren", "praised", "Mark Viduka")}),
    ("worksFor-title", "\"We are not seeing the market collapsing in the way some had feared,\" said Nationwide "
                       "economist Alex Bannister.", {("Alex Bannister", "worksFor", "Nationwide")}),
]
#: the parse is right but the NER misses a name: no node, so no edge (kept open) -- known misses
NER_MISSES = [
    ("acquired-norp-company", "Inbev was formed in August 2004 when Belgium's Interbrew bought Brazilian "
                              "brewer Ambev.", {("Interbrew", "acquired", "Ambev")}),
    ("replaced-passive-agent", "Schrader was replaced by director Renny Harlin who made a new version of the film "
                               "which debuted in 2004.", {("Renny Harlin", "replaced", "Schrader")}),
    ("fired-passive-agent", "Mutu was sacked by Chelsea on Friday after testing positive for cocaine - a move "
                            "Wenger has backed.", {("Chelsea", "fired", "Mutu")}),
]


@pytest.mark.parametrize("text,expected", [(t, e) for _, t, e in EDGES] + [
    pytest.param(t, e, marks=pytest.mark.xfail(strict=True, reason="the NER misses or mistypes a name"))
    for _, t, e in NER_MISSES], ids=[i for i, _, _ in EDGES + NER_MISSES])
def test_signed_edges(layers, text: str, expected: set[Triple]) -> None:  # type: ignore[no-untyped-def]
    direct, _ = layers(text)
    assert direct == expected


NOT_EDGES = [
    ("scheduled", "Euronext chief Jean-Francois Theodore is scheduled to meet his LSE counterpart Clara Furse on "
                  "Friday.", "met", ("Jean-Francois Theodore", "met", "Clara Furse"), "hedged: schedule to"),
    ("set-to", "He is set to meet Frenchman Arnaud Clement in the first round of the Australian Open.",
     "met", None, None),
    ("future", "Local favourite Lleyton Hewitt will meet France's Arnaud Clement, while defending champion and world "
               "number one Roger Federer faces Fabrice Santoro.",
     "met", ("Lleyton Hewitt", "met", "Arnaud Clement"), "hedged: future"),
    ("plan", "It plans to buy Associated Cement Companies (ACC), Ambuja Cement Eastern and the holding firm, Ambuja "
             "Cement India Ltd, a Holcim statement said.", "acquired", None, None),
    ("failed-to", "Lennon concedes Rangers are in good form at the moment, but they have failed to beat Celtic in "
                  "their last seven meetings.", "defeated", None, None),
    ("condition", "Jonathan Ross, for one, will be very happy if Winslet wins for Eternal Sunshine of the Spotless "
                  "Mind.", "won", None, None),
    ("sport-verb", "Riise could not have connected any better with Morientes' cross as he smashed a left-foot volley "
                   "past Petr Cech.", "criticized", None, None),
    ("sport-verb-racket", "A furious Rusedski slammed his racket onto the ground in disgust and was warned by the "
                          "umpire.", "criticized", None, None),
]


@pytest.mark.parametrize("text,predicate,triple,reason", [(t, p, tr, r) for _, t, p, tr, r in NOT_EDGES],
                         ids=[i for i, *_ in NOT_EDGES])
def test_hopes_plans_futures_and_sport_verbs_are_no_edges(  # type: ignore[no-untyped-def]
        layers, text: str, predicate: str, triple: Triple | None, reason: str | None) -> None:
    direct, opened = layers(text)
    assert not any(p == predicate for _, p, _ in direct)
    if triple is not None:
        assert opened[triple] == reason


def test_a_denied_claim_is_no_edge(layers) -> None:  # type: ignore[no-untyped-def]
    direct, _ = layers("Kim Clijsters has denied reports that she has pulled out of January's Australian Open "
                       "because of her persistent wrist injury.")
    assert not any(p != "denied" for _, p, _ in direct)


def test_a_generic_object_is_an_open_statement_and_no_node(nlp, layers) -> None:  # type: ignore[no-untyped-def]
    text = "Nissan has bought Toyota's hybrid technology, but plans to bring out its first model only in 2006."
    direct, opened = layers(text)
    assert direct == set()
    assert [reason for (s, p, _), reason in opened.items() if (s, p) == ("Nissan", "acquired")] == \
        ["generic object 'Toyota's hybrid technology'"]
    extraction = extract(nlp(text))
    resolved = resolve(Article("t", text), extraction.mentions, extraction.relations, places=GAZETTEER)
    assert "Toyota's hybrid technology" in {e.label for e in resolved.entities.values() if e.generic}


def test_an_unsure_pronoun_is_no_edge(layers) -> None:  # type: ignore[no-untyped-def]
    # two men are named in the sentence before "he": the edge would be a guess
    direct, opened = layers("Dent will meet Swede Joachim Johansson on Sunday after the second seed survived a tense "
                            "tie-break to defeat Belgium's Olivier Rochus 6-1 7-6 (7/5).")
    assert ("Joachim Johansson", "defeated", "Olivier Rochus") not in direct


def test_a_past_role_is_no_edge(layers) -> None:  # type: ignore[no-untyped-def]
    direct, opened = layers("Giggs admits he was wavering and considering joining the likes of former Wales skipper "
                            "Gary Speed and United team-mate Paul Scholes in committing the remaining years of his "
                            "career to club football.")
    assert not any(s == "Gary Speed" for s, _, _ in direct)
    assert opened[("Gary Speed", "leaderOf", "Wales")] == "former role"


def test_a_list_of_places_locates_nothing(layers) -> None:  # type: ignore[no-untyped-def]
    direct, _ = layers("This type of ink has been used in many elections in the world, in countries as varied as "
                       "Serbia, South Africa, Indonesia and Turkey.")
    assert not any(p == "locatedIn" for _, p, _ in direct)
