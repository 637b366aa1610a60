"""Verbal relations (svo.v1) on real news sentences."""

from __future__ import annotations

import datetime as dt

import pytest

SEED_DATE = dt.date(2024, 10, 11)

CASES = [
    pytest.param(  # the seed article: object control, a description as subject, a surname as object
        "Ahead of the two leaders meetings in Hanoi on Feb. 27-28, human rights groups urged Trump to raise "
        "the issue directly with Kim.",
        {("human rights groups", "urged", "Trump"), ("Trump", "raise", "issue")},
        id="seed-urged",
    ),
    pytest.param(  # Reuters-21578 177
        "Boren urged the Farm Credit Administration (FCA), the system's regulator, to quickly make a formal "
        "request for aid.",
        {("Boren", "urged", "Farm Credit Administration"), ("Farm Credit Administration", "make", "formal request")},
        id="urged-organisation",
    ),
    pytest.param(  # Reuters-21578 238 (British spelling maps onto the controlled predicate)
        "Opposition politicians, businessmen and newspapers criticised India's newly unveiled 1987/88 budget "
        "and large projected deficit of around 57 billion rupees.",
        {(s, "criticized", o) for s in ("Opposition politicians", "businessmen", "newspapers")
         for o in ("India's newly unveiled 1987/88 budget", "large projected deficit")},
        id="conjoined-subjects-and-objects",
    ),
    pytest.param(  # MEANTIME 37313: "filed a lawsuit against" is "sued"
        "The Beatles ' Apple Corps has filed a lawsuit against computer and electronics maker Apple Computer in "
        "a London court this week, the third such lawsuit in a long running trademark dispute between the two "
        "companies.",
        {("Apple Corps", "sued", "Apple Computer")},
        id="light-verb-lawsuit",
    ),
    pytest.param(  # a passive with its agent: the agent is the subject
        "The contract was awarded to Northrop Grumman and EADS by the U.S. Air Force in February.",
        {("U.S. Air Force", "award", "contract")},
        id="passive-agent",
    ),
    pytest.param(  # Reuters-21578 351: "He" has no antecedent in a lone sentence
        "He met with Prime Minister Yasuhiro Nakasone, Foreign Minister Tadashi Kuranari, Bank of Japan Governor "
        "Satoshi Sumita and other high-ranking Japanese officials.",
        {("He", "met", "Yasuhiro Nakasone")},
        marks=pytest.mark.xfail(strict=True, reason="a pronoun with no antecedent is not an argument"),
        id="pronoun-without-antecedent",
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), CASES)
def test_verbal_relations(triples, text: str, expected: set[tuple[str, str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert triples(text, "svo.v1", anchor=SEED_DATE) == expected


@pytest.mark.model
def test_held_talks_is_a_meeting_with_place_and_time(relations) -> None:  # type: ignore[no-untyped-def]
    (found,) = relations("Japanese Prime Minister Yasuhiro Nakasone held talks with President Ronald Reagan in "
                         "Washington on Thursday.", "svo.v1", anchor=dt.date(1987, 4, 30))
    assert (found.subject.span.text, found.predicate, found.object.span.text) == \
        ("Yasuhiro Nakasone", "talkedWith", "Ronald Reagan")
    assert found.place is not None and found.place.span.text == "Washington"
    assert found.time is not None and (found.time.value, found.time.datatype) == ("1987-04-30", "date")
    assert found.kind == "Event"


@pytest.mark.model
def test_negation_is_flagged_not_dropped(relations) -> None:  # type: ignore[no-untyped-def]
    (found,) = relations("Apple did not comment on the report.", "svo.v1")
    assert (found.subject.span.text, found.predicate, found.object.span.text) == ("Apple", "comment_on", "report")
    assert found.negated and not found.hedged


@pytest.mark.model
def test_plans_are_hedged(relations) -> None:  # type: ignore[no-untyped-def]
    found = relations("Northrop Grumman and EADS plan to assemble the planes in Mobile, Alabama.", "svo.v1")
    assert {(r.subject.span.text, r.predicate, r.object.span.text, r.hedged) for r in found} == {
        ("Northrop Grumman", "assemble", "planes", True), ("EADS", "assemble", "planes", True)}


@pytest.mark.model
def test_weekday_resolves_against_the_article_date(relations) -> None:  # type: ignore[no-untyped-def]
    (found,) = relations("Cisco Systems sued Apple over the iPhone trademark on Wednesday.", "svo.v1",
                         anchor=dt.date(2007, 1, 12))
    assert found.predicate == "sued"
    assert found.time is not None and found.time.value == "2007-01-10"


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(  # CoNLL04 train: a relative clause's subject is the person the noun describes
        "John Wilkes Booth wasn't a shiftless actor who killed Abraham Lincoln out of despondency over the South's "
        "loss in the Civil War, but a Confederate intelligence agent, a new book contends.",
        ("John Wilkes Booth", "killed", "Abraham Lincoln"), id="relative-clause-on-complement"),
    pytest.param(  # CoNLL04 train: an object pronoun is not its own clause's subject. "shot" alone
        # says no one died: "shoot" is an open predicate, not killed (issue 8, precision first)
        "Kennedy had just won California's Democratic presidential primary when Sirhan shot him in Los Angeles on "
        "June 5, 1968.",
        ("Sirhan", "shoot", "Kennedy"), id="object-pronoun"),
    pytest.param(  # CoNLL04 train: "the notorious outlaw Jesse James" stands for the name; the passive's
        # agent is the subject
        "In 1882, the notorious outlaw Jesse James was shot to death in St. Joseph, Mo., by Robert Ford, a member of "
        "his own gang.",
        ("Robert Ford", "shoot", "Jesse James"), id="description-before-name"),
])
def test_who_did_it(triples, text: str, expected: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in triples(text, "svo.v1")


@pytest.mark.model
@pytest.mark.xfail(strict=True, reason="'shot to death' / 'shot dead' is a killing (the comment of kg:killed says "
                   "so), but no frame of killed reads it since 'shoot' left the frames: it stays the open 'shoot'")
def test_shot_to_death_is_a_killing(triples) -> None:  # type: ignore[no-untyped-def]
    found = triples("In 1882, the notorious outlaw Jesse James was shot to death in St. Joseph, Mo., by Robert Ford, "
                    "a member of his own gang.", "svo.v1")
    assert ("Robert Ford", "killed", "Jesse James") in found


def test_a_visit_a_when_clause_puts_later_in_the_month_is_to_come(relations) -> None:  # type: ignore[no-untyped-def]
    """Judged set 30, reuters21578-16784: "Nakasone would take it with him," when he visits Washington later in the
    month": a visit to come."""
    found = relations("\"If there is anything of consequence to offer (Prime Minister Yasuhiro) Nakasone would take it "
                      "with him,\" when he visits Washington later in the month, one U.S. Official said.", "svo.v1")
    assert {(r.predicate, r.modality) for r in found if r.predicate == "visited"} == {("visited", "hedged: future")}


def test_one_named_by_an_indefinite_subject_is_called_not_appointed(triples) -> None:  # type: ignore[no-untyped-def]
    """bbc-sport-371 (a diff check of the eleventh pass): "a Maori named Joe Warbrick", which the parser reads as a
    verb of "a Maori"."""
    found = triples("In 1888 a British team led by AE Stoddart toured New Zealand and Australia, and soon after a "
                    "Maori named Joe Warbrick and an English ex-pat called Thomas Eyton organised a tour.", "svo.v1")
    assert not {t for t in found if t[1] == "appointed"}


def test_a_second_direct_object_is_a_parse_gone_astray(triples) -> None:  # type: ignore[no-untyped-def]
    """Judged set 33, reuters21578-6844: the parser gives "takes over" two objects, the business and a firm named
    after it in another clause."""
    found = triples("State-owned Air Canada takes over the country's second largest overnight courier business just "
                    "two months after another Canadian company, <Onex Capital Corp Ltd>, approved the acquisition of "
                    "number one ranked Purolator Courier Ltd from New Jersey-based Purolator Courier Corp <PCC>.",
                    "svo.v1")
    assert not {t for t in found if t[1] == "acquired" and "Onex" in t[2]}


def test_one_here_to_attend_a_show_has_not_attended_it(relations) -> None:  # type: ignore[no-untyped-def]
    """Judged set 33, reuters21578-868: "Whipple, here to attend the Geneva Auto Show which opens on Thursday"."""
    found = relations("Whipple, here to attend the Geneva Auto Show which opens on Thursday, said that the Ford Motor "
                      "Co unit had sold a record 1.5 million vehicles in Europe in 1986.", "svo.v1")
    assert [(r.predicate, r.modality) for r in found if getattr(r.object, "span", None) is not None
            and r.object.span.text == "Geneva Auto Show"] == [
        ("attended", "hedged: purpose")]


def test_ousted_as_shareholders_is_no_firing(triples) -> None:  # type: ignore[no-untyped-def]
    """Judged set 33, reuters21578-302: "the Wallenbergs were ousted as the largest shareholders in SKF by Skanska"."""
    found = triples("Since then, the Wallenbergs were ousted as the largest shareholders in SKF (SKFR ST> by Skanska AB "
                    "<SKBS ST> and Frederik Lundberg wrested control of Incentive AB from them.", "svo.v1")
    assert ("Skanska AB", "fired", "Wallenbergs") not in found
    assert ("Skanska AB", "oust", "Wallenbergs") in found
