"""Entity resolution within an article: one real-world thing, one entity."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from kg.extract import extract
from kg.extract.context import UNRESOLVED
from kg.ingest import read_articles
from kg.resolve import ResolvedArticle, resolve
from kg.resolve.names import fold, initials, strip_titles
from kg.resolve.trust import open_reason
from kg.types import Article
from tests.conftest import SEED_ARTICLE, SEEDS


def resolve_text(nlp, text: str, article_id: str = "a") -> ResolvedArticle:  # type: ignore[no-untyped-def]
    article = Article(id=article_id, text=text, date=dt.date(2024, 10, 11))
    extraction = extract(nlp(text), anchor=article.date)
    return resolve(article, extraction.mentions, extraction.relations)


@pytest.fixture(scope="module")
def seed(nlp) -> ResolvedArticle:  # type: ignore[no-untyped-def]
    (article,) = read_articles([SEED_ARTICLE])
    extraction = extract(nlp(article.text), anchor=article.date)  # type: ignore[union-attr]
    return resolve(article, extraction.mentions, extraction.relations)  # type: ignore[arg-type]


@pytest.mark.model
def test_seed_named_entities(seed: ResolvedArticle) -> None:
    named = {(e.label, e.type, frozenset(e.aliases)) for e in seed.entities.values()
             if e.type in {"Person", "Organization", "Place"}}
    assert named == {
        ("Donald Trump", "Person", frozenset({"Trump"})),
        ("Kim Jong-un", "Person", frozenset({"Kim", "Kim Jung-un"})),  # the seed's misspelling is the same man
        ("Francisco Bencosme", "Person", frozenset({"Bencosme"})),
        ("Hanoi", "Place", frozenset()),
        ("North Korea", "Place", frozenset({"North Korean", "North"})),  # demonym and "the North"
        ("United States", "Place", frozenset({"U.S."})),
        ("United Nations", "Organization", frozenset({"U.N."})),
        ("Amnesty International", "Organization", frozenset()),
        ("Human Rights Watch", "Organization", frozenset()),
        ("Congress", "Organization", frozenset()),
        ("Asia-Pacific", "Organization", frozenset()),  # an NER error the resolver cannot know about
    }


@pytest.mark.model
def test_surname_tagged_as_organisation_joins_the_person(seed: ResolvedArticle) -> None:
    # the model tags "Trump" in "urged Trump" as ORG
    trump = seed.entities["Entity/donald trump"]  # the key carries no type: the vote makes him a Person
    assert trump.type == "Person" and trump.label == "Donald Trump"
    assert {m.ner_label for m in trump.mentions} == {"PERSON", "ORG"}


@pytest.mark.model
def test_every_mention_has_one_entity(seed: ResolvedArticle) -> None:
    for relation in seed.relations:
        assert relation.subject in seed.key_of
        if hasattr(relation.object, "span"):
            assert relation.object in seed.key_of


@pytest.mark.model
def test_organisation_is_credited_with_its_spokesmans_criticism(seed: ResolvedArticle) -> None:
    credited = {(seed.key_of[r.subject], r.predicate, seed.key_of[r.object]) for r in seed.relations  # type: ignore[index]
                if r.extractor == "stance.affiliation.v1"}
    assert credited == {("Entity/amnesty international", "criticized", "Entity/donald trump")}
    assert seed.entities["Entity/amnesty international"].type == "Organization"


@pytest.mark.model
def test_keys_are_shared_across_articles_and_scoped_for_descriptions(nlp) -> None:  # type: ignore[no-untyped-def]
    first = resolve_text(nlp, "Apple Inc. hired analysts. Human rights groups urged Apple Inc. to act.", "one")
    second = resolve_text(nlp, "Human rights groups praised Apple Inc. on Monday.", "two")
    assert "Entity/apple inc" in first.entities and "Entity/apple inc" in second.entities
    assert first.entities["Entity/apple inc"].type == second.entities["Entity/apple inc"].type == "Organization"
    groups = {k for k in first.entities if k.startswith("Group/")} | {k for k in second.entities
                                                                      if k.startswith("Group/")}
    assert groups == {"Group/one/analysts", "Group/one/human rights groups", "Group/two/human rights groups"}


@pytest.mark.model
def test_acronym_joins_its_full_name(nlp) -> None:  # type: ignore[no-untyped-def]
    # HRW is an ambiguous acronym (issue 8): it joins the long form only because the article names it
    resolved = resolve_text(nlp, "The report by Human Rights Watch was published on Monday. "
                                 "HRW said the police beat protesters.")
    hrw = [e for e in resolved.entities.values() if e.label == "Human Rights Watch"]
    assert len(hrw) == 1 and "HRW" in hrw[0].aliases
    assert (hrw[0].key, hrw[0].type) == ("Entity/human rights watch", "Organization")
    assert "Entity/hrw" not in resolved.entities


@pytest.mark.model
@pytest.mark.parametrize(("text", "key"), [
    ("HRW said the police beat protesters.", "Entity/hrw"),
    ("AI said the trial was unfair.", "Entity/ai"),  # Amnesty International, or artificial intelligence?
])
def test_ambiguous_acronym_without_its_long_form_stays_itself(  # type: ignore[no-untyped-def]
        nlp, text: str, key: str) -> None:
    resolved = resolve_text(nlp, text)
    named = {k: e for k, e in resolved.entities.items() if k.startswith("Entity/")}
    assert list(named) == [key] and named[key].label == text.split()[0] and not named[key].aliases


@pytest.mark.model
@pytest.mark.xfail(strict=True, reason="the article names the long form, but the NER misses it at the start of the "
                   "sentence: it is a generic Thing, HRW its own node, and 'Human Rights Watch published a report' "
                   "an open statement (generic subject). Before issue 8 the gazetteer joined them")
def test_acronym_joins_a_long_form_the_ner_missed(nlp) -> None:  # type: ignore[no-untyped-def]
    resolved = resolve_text(nlp, "Human Rights Watch published a report. HRW said the police beat protesters.")
    hrw = [e for e in resolved.entities.values() if e.label == "Human Rights Watch"]
    assert len(hrw) == 1 and "HRW" in hrw[0].aliases and not hrw[0].generic


@pytest.mark.parametrize(("text", "expected"), [
    ("the U.N.", "un"), ("Kim Jong-un", "kim jong un"), ("Amnesty International's", "amnesty international"),
    ("  Donald\u00a0 Trump ", "donald trump"), ("Café Zürich", "café zürich"),
])
def test_fold(text: str, expected: str) -> None:
    assert fold(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("President Donald Trump", "Donald Trump"), ("U.S. President Trump", "Trump"), ("Mr. Blair", "Blair"),
    ("Trump", "Trump"), ("President", "President"),
])
def test_strip_titles(text: str, expected: str) -> None:
    assert strip_titles(text) == expected


def test_initials() -> None:
    assert initials("Human Rights Watch") == "hrw"
    assert initials("Bank of Japan") == "bj"
    assert initials("Amnesty") == ""


@pytest.mark.model
def test_a_surname_takes_the_full_name_known_from_another_article(nlp) -> None:  # type: ignore[no-untyped-def]
    from kg.resolve import NameIndex

    known = NameIndex()
    first = resolve_text(nlp, "U.S. President Donald Trump met North Korean leader Kim Jong-un in Hanoi.", "one")
    known.add_all((e.type, e.label) for e in first.entities.values())
    # MEANTIME 199629 style: the later article names him by surname only
    second = resolve_text(nlp, "Trump said the talks went well. Kim did not comment.", "two")
    # without the index: a separate node (and NER says ORG)
    assert "Entity/trump" in second.entities and second.entities["Entity/trump"].type == "Organization"
    linked = resolve(second.article, [m for e in second.entities.values() for m in e.mentions], second.relations,
                     known=known)
    assert {"Entity/donald trump", "Entity/kim jong un"} <= set(linked.entities)
    assert "Entity/trump" not in linked.entities
    assert linked.entities["Entity/donald trump"].type == linked.entities["Entity/kim jong un"].type == "Person"
    assert "Trump" in linked.entities["Entity/donald trump"].aliases


def test_ambiguous_short_names_are_left_alone() -> None:
    from kg.resolve import NameIndex

    known = NameIndex()
    known.add_all([("Person", "John Smith"), ("Person", "Adam Smith"), ("Person", "Donald Trump"),
                   ("Organization", "Amnesty International")])
    assert known.full_name("Person", "Smith") is None
    assert known.full_name("Person", "Trump") == "Donald Trump"
    assert known.full_name("Organization", "Amnesty") == "Amnesty International"
    assert known.full_name("Person", "Amnesty") is None


UMBRO = (  # BBC news, business (not the held-out politics section)
    "UK sportswear firm Umbro has posted a 222% rise in annual profit after sales of replica England football kits "
    "were boosted by the Euro 2004 tournament.\n\nPre-tax profit for 2004 was £15.4m ($29.4m). Umbro, which recently "
    "lost sponsorship deals with Chelsea and Celtic, said on Thursday it had signed a new four-year agreement with "
    "Scottish club Rangers. It hopes 2005 sales will benefit from the launch of a new England replica shirt ahead of "
    "the 2006 World Cup. In January, Umbro announced its sponsorship agreement with Chelsea, which gave Umbro the "
    "lucrative right to make replica shirts, would end in 2006, five years earlier than expected. The firm, which is "
    "to receive a payment from Chelsea of £24.5m, said it is \"appraising a number of additional investment "
    "opportunities as a result of this compensation\" . Chief executive Peter McGuigan said the firm plans to grow "
    "sales both in the UK and internationally.")


@pytest.mark.model
@pytest.mark.parametrize(("predicate", "object_text"), [
    ("signed", "new four-year agreement"),  # "Umbro, which lost deals with Chelsea and Celtic, said it had signed"
])
def test_it_and_the_firm_are_the_company_reporting(nlp, predicate: str, object_text: str) -> None:  # type: ignore[no-untyped-def]
    resolved = resolve_text(nlp, UMBRO)
    subjects = {resolved.entity(r.subject).label for r in resolved.relations
                if r.predicate == predicate and getattr(r.object, "span", None) is not None
                and r.object.span.text.endswith(object_text)}  # type: ignore[union-attr]
    assert subjects == {"Umbro"}


@pytest.mark.model
@pytest.mark.parametrize(("predicate", "modality"), [
    # "In January, Umbro announced its sponsorship agreement with Chelsea, ... The firm, which is to receive a
    # payment from Chelsea": two organisations in the window
    ("receive", "hedged: be to"),
    # "The firm, which is to receive a payment from Chelsea of £24.5m, said it is "appraising ... this
    # compensation". Chief executive Peter McGuigan said the firm plans to grow sales": the one organisation
    # named in the window is Chelsea, and a noun ("compensation") stands between it and "the firm"
    ("grow", "hedged: plan to"),
])
def test_the_firm_not_certain_stays_unresolved(  # type: ignore[no-untyped-def]
        nlp, predicate: str, modality: str) -> None:
    # issue 8: a description resolves only when its antecedent is certain; else its words stand, no node
    resolved = resolve_text(nlp, UMBRO)
    (relation,) = [r for r in resolved.relations if r.predicate == predicate]
    assert (relation.subject.span.text, relation.subject.type, relation.subject.ner_label) == \
        ("firm", "Thing", UNRESOLVED)
    firm = resolved.entity(relation.subject)
    assert firm.generic and firm.key not in {e.key for e in resolved.entities.values() if e.label == "Umbro"}
    assert open_reason(relation, resolved.entity) == modality  # not a fact yet either
    assert open_reason(dataclasses.replace(relation, hedged=False, modality="", predicate="acquired"),
                       resolved.entity) == "unresolved subject 'firm'"


@pytest.mark.model
def test_a_full_name_tagged_person_stays_a_person(nlp) -> None:  # type: ignore[no-untyped-def]
    (article,) = [a for a in read_articles([SEEDS]) if a.id == "meantime-en-199629"]
    extraction = extract(nlp(article.text), anchor=article.date)
    resolved = resolve(article, extraction.mentions, extraction.relations)
    papermaster = resolved.entities["Entity/mark papermaster"]
    assert {m.ner_label for m in papermaster.mentions} >= {"PERSON", "ORG"}
    assert papermaster.type == "Person"


@pytest.mark.model
def test_certainty_is_about_the_antecedent_it_vouches_for(nlp) -> None:  # type: ignore[no-untyped-def]
    resolved = resolve_text(nlp, "Acme Corp said profits rose. Acme Corp hired 200 workers. Analysts praised Beta Inc. "
                                 "The firm bought Gamma Ltd.")
    (bought,) = [r for r in resolved.relations if r.predicate == "acquired"]
    assert resolved.entity(bought.subject).label != "Acme Corp"  # Acme or Beta: unresolved, or Beta at best
