"""A word or a kg: term a person types, read through kg's vocabulary (issue 11).

``kg query`` warns (stderr, exit 0) on a ``kg:`` term the ontology lacks, with the term it likely
means; ``kg viz --predicate buy`` draws ``acquired``; an unknown predicate names the closest ones.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg import KnowledgeGraph
from kg.cli import app
from kg.errors import VizError
from kg.query.terms import closest_predicates, ontology_names, predicate_for_word, unknown_terms

runner = CliRunner()
ONTOLOGY = "https://w3id.org/kg-news/ontology#"


def test_the_ontology_names_are_read_from_kg_ttl() -> None:
    names = ontology_names()
    assert {"acquired", "criticized", "met", "Person", "Organization", "articleId"} <= names
    assert "bought" not in names and "critcized" not in names


@pytest.mark.parametrize(("word", "predicate"), [
    ("acquired", "acquired"),         # its name
    ("merged with", "mergedWith"),    # its label
    ("buy", "acquired"),              # a verb frame
    ("take over", "acquired"),        # a phrasal frame
    ("lawsuit", "sued"),              # an event noun
    ("meet", "met"),                  # the verb of "meet with"
    ("take", None),                   # "take over" (acquired) and "take to court" (sued): no one answer
    ("banana", None),
])
def test_a_word_of_the_vocabulary_names_its_predicate(word: str, predicate: str | None) -> None:
    assert predicate_for_word(word, inflected=False) == predicate


@pytest.mark.model
@pytest.mark.parametrize(("word", "predicate"), [("bought", "acquired"), ("criticised", "criticized"),
                                                  ("sues", "sued")])
def test_an_inflected_verb_is_read_by_its_lemma(word: str, predicate: str) -> None:
    assert predicate_for_word(word) == predicate


def test_closest_predicates_put_a_swap_of_letters_first() -> None:
    assert closest_predicates("critcized", ["criticized", "citizenOf", "said"]) == ["criticized", "citizenOf"]
    assert closest_predicates("zzz", ["criticized", "said"]) == []


@pytest.mark.model
def test_unknown_terms_warn_once_each_with_a_did_you_mean() -> None:
    query = ("PREFIX o: <https://w3id.org/kg-news/ontology#>\n"
             "SELECT * WHERE { ?a kg:critcized ?b ; kg:critcized ?c ; kg:bought ?d ; a kg:person ; o:meets ?e ;\n"
             f"  <{ONTOLOGY}zzqqxx> ?f ; kg:met ?g FILTER(?a != \"kg:nope\") }} # kg:nope")
    assert unknown_terms(query) == [
        "kg:critcized (at 2:21) is not in kg's ontology, so it matches nothing; did you mean kg:criticized?",
        "kg:bought (at 2:57) is not in kg's ontology, so it matches nothing; did you mean kg:acquired? "
        "(kg stores 'bought' as acquired)",
        "kg:person (at 2:74) is not in kg's ontology, so it matches nothing; did you mean kg:Person?",
        "o:meets (at 2:86) is not in kg's ontology, so it matches nothing; did you mean o:met?",
        f"<{ONTOLOGY}zzqqxx> (at 3:3) is not in kg's ontology, so it matches nothing; list the vocabulary "
        "with kg schema",
    ]


def test_a_query_of_known_terms_has_no_warning() -> None:
    graph = KnowledgeGraph.open(None)
    result = graph.query("SELECT ?who WHERE { ?who kg:met ?kim . ?kim a kg:Person ; rdfs:label \"Kim\" }")
    assert result.warnings == []


@pytest.mark.model
def test_kg_query_warns_on_stderr_and_exits_0(seed_store_path: Path) -> None:
    result = runner.invoke(app, ["query", "SELECT ?s WHERE { ?s kg:critcized ?o }", "--store", str(seed_store_path),
                                 "-f", "csv"])
    assert result.exit_code == 0
    assert result.stdout.splitlines() == ["s"]
    assert result.stderr == ("kg: warning: kg:critcized (at 1:22) is not in kg's ontology, so it matches nothing; "
                             "did you mean kg:criticized?\n")
    bought = runner.invoke(app, ["query", "SELECT ?s WHERE { ?s kg:bought ?o }", "--store", str(seed_store_path)])
    assert bought.exit_code == 0 and "0 row(s)" in bought.stdout
    assert bought.stderr == ("kg: warning: kg:bought (at 1:22) is not in kg's ontology, so it matches nothing; "
                             "did you mean kg:acquired? (kg stores 'bought' as acquired)\n")


@pytest.fixture(scope="module")
def seeds(seed_store_path: Path) -> Iterator[KnowledgeGraph]:
    graph = KnowledgeGraph.open(seed_store_path, read_only=True)
    yield graph
    graph.close()


@pytest.mark.model
def test_a_predicate_filter_reads_a_word_of_the_vocabulary_as_its_predicate(seeds: KnowledgeGraph) -> None:
    meet = seeds.to_networkx(predicates="meet")
    assert meet.graph["filters"] == ["predicate met"]
    assert {(a, b) for a, b, _ in meet.edges(keys=True)} == {(a, b) for a, b, _ in
                                                              seeds.to_networkx(predicates="met").edges(keys=True)}
    assert meet.number_of_edges() > 0
    # the seeds hold no acquisition: the message says which predicate "bought" was read as
    with pytest.raises(VizError) as caught:
        seeds.to_networkx(predicates="bought")
    assert str(caught.value).startswith("[KG070] no relation uses the predicate 'acquired' (kg's word for "
                                        "'bought'); the most used are: ")


@pytest.mark.model
def test_kg_viz_predicate_names_the_closest(seed_store_path: Path, tmp_path: Path) -> None:
    result = runner.invoke(app, ["viz", "--predicate", "critcized", "--store", str(seed_store_path),
                                 "-o", str(tmp_path / "v.html")])
    assert result.exit_code == 1
    assert result.stderr.startswith("kg: [KG070] no relation uses the predicate 'critcized'; the closest are: "
                                    "criticized")
    assert not (tmp_path / "v.html").exists()
