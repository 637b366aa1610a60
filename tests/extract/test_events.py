"""Events named by nouns (events.nominal.v1): participants, place and time on one event."""

from __future__ import annotations

import datetime as dt

import pytest

SEED_DATE = dt.date(2024, 10, 11)


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(  # the seed's caption: "their" is the two people of the clause
        "U.S. President Donald Trump looks at North Korean leader Kim Jong-un during their one-on-one meeting "
        "in Hanoi, Feb. 28.",
        ("Donald Trump", "met", "Kim Jong-un", "Hanoi", "2024-02-28", None),
        id="seed-their-meeting",
    ),
    pytest.param(  # the seed: "the two leaders" are the two people last named
        "U.S. President Donald Trump met North Korean leader Kim Jong-un. Ahead of the two leaders meetings in "
        "Hanoi on Feb. 27-28, human rights groups urged Trump to raise the issue directly with Kim.",
        ("Kim Jong-un", "met", "Donald Trump", "Hanoi", "2024-02-27", "2024-02-28"),
        id="seed-two-leaders-range",
    ),
    pytest.param(
        "The summit between Vladimir Putin and Angela Merkel in Moscow was cancelled.",
        ("Vladimir Putin", "met", "Angela Merkel", "Moscow", None, None),
        id="summit-between",
    ),
])
def test_nominal_meeting(relations, text: str, expected: tuple) -> None:  # type: ignore[no-untyped-def, type-arg]
    found = [r for r in relations(text, "events.nominal.v1", anchor=SEED_DATE) if r.sentence.text in text]
    # a meeting is symmetric: who is written first does not matter
    summary = [({r.subject.span.text, r.object.span.text}, r.predicate, r.place.span.text if r.place else None,
                r.time.value if r.time else None, r.time.end_value if r.time else None) for r in found]
    subject, predicate, obj, *where_when = expected
    assert summary == [({subject, obj}, predicate, *where_when)]
    assert found[0].kind == "Event"


@pytest.mark.model
def test_meeting_between_common_nouns_is_not_an_event(triples) -> None:  # type: ignore[no-untyped-def]
    # Reuters-21578 875: no named participants, nothing to link
    assert triples("A special meeting between importing and exporting countries ended in a deadlock late "
                   "yesterday after eight days of talks over how to set the quotas.", "events.nominal.v1") == set()


@pytest.mark.model
def test_meeting_as_gerund(triples) -> None:  # type: ignore[no-untyped-def]
    # a gerund without its own subject ("after meeting with") takes the clause's subject
    # Reuters-21578 873
    found = triples("Subroto told reporters after meeting with President Suharto that present weakness in the spot "
                    "oil market was the result of warmer weather in the U.S.", "events.nominal.v1", "svo.v1")
    assert ("Subroto", "met", "Suharto") in found


def test_talks_looked_forward_to_are_to_come(relations) -> None:  # type: ignore[no-untyped-def]
    """Judged set 30, reuters21578-16631: Reagan "was looking forward to his talks with Nakasone"."""
    found = relations("He said he was looking forward to his talks with Nakasone and \"he has been most helpful.\"",
                      "events.nominal.v1")
    assert [(r.predicate, r.object.span.text, r.modality) for r in found] == [
        ("talkedWith", "Nakasone", "hedged: looked forward to")]
