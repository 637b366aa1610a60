"""kg's stand-ins for spaCy's attribute ruler and lemmatizer (kg/nlp/speedups.py) make exactly spaCy's annotations.

The reference is the same installed model loaded by spaCy alone, with kg's ``kg_paragraphs`` added as
:func:`kg.nlp.load_pipeline` adds it: every token of real Reuters articles must get the same tag, part of speech,
morphology, lemma, dependency, head, entity and sentence start from both.
"""

from __future__ import annotations

import json
from itertools import islice

import pytest
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

from kg.nlp import speedups
from kg.nlp.pipeline import load_pipeline, load_spacy
from kg.nlp.speedups import CachedLemmatizer, IndexedAttributeRuler, speed_up
from tests.conftest import shared_data

pytestmark = pytest.mark.model

#: every attribute a pipe of the model sets, read with Doc.to_array (MORPH and LEMMA as string ids)
ANNOTATIONS: list[int | str] = ["ORTH", "TAG", "POS", "MORPH", "LEMMA", "DEP", "HEAD", "ENT_IOB", "ENT_TYPE",
                               "SENT_START"]


def spacy_alone() -> Language:
    """The default model as spaCy loads it, with kg's paragraph breaks: what load_pipeline made before."""
    nlp = load_spacy()
    nlp.add_pipe("kg_paragraphs", before="parser")
    return nlp


def reuters_texts(count: int, every: int) -> list[str]:
    """``count`` Reuters articles' texts, one in ``every`` from the start of the corpus (wire copy of all
    kinds: prose, tables, lists of prices)."""
    corpus = shared_data("data", "reuters21578", "reuters21578.jsonl")
    assert corpus is not None
    with corpus.open(encoding="utf-8") as lines:
        return [json.loads(line)["text"] for line in islice(lines, 0, count * every, every)]


def test_kgs_pipeline_has_the_stand_ins_under_spacys_names_in_spacys_order() -> None:
    nlp, alone = load_pipeline(), spacy_alone()
    assert nlp.pipe_names == alone.pipe_names
    components = dict(nlp.pipeline)
    assert isinstance(components["attribute_ruler"], IndexedAttributeRuler)
    assert isinstance(components["lemmatizer"], CachedLemmatizer)
    # asking whether a stand-in can stand in changes nothing of spaCy's component
    lemmatizer = alone.get_pipe("lemmatizer")
    assert CachedLemmatizer.of(lemmatizer) is not None
    assert all(isinstance(forms, list) for forms in lemmatizer.lookups.get_table("lemma_index").values())


def test_real_articles_get_exactly_spacys_annotations_token_by_token() -> None:
    texts = reuters_texts(250, 70)
    fast, alone = load_pipeline(), spacy_alone()
    tokens = 0
    for text, ours, theirs in zip(texts, fast.pipe(texts), alone.pipe(texts), strict=True):
        assert (ours.to_array(ANNOTATIONS) == theirs.to_array(ANNOTATIONS)).all(), text[:80]
        assert [(t.lemma_, str(t.morph), t.pos_) for t in ours] == [(t.lemma_, str(t.morph), t.pos_) for t in theirs]
        tokens += len(ours)
    assert tokens > 30_000  # (a sample of every kind of wire copy, not a handful of sentences)


def test_the_index_finds_the_matchers_matches_for_patterns_of_every_kind_it_models() -> None:
    """Hand-made rules over real parsed sentences: equality, IN, NOT_IN, REGEX, flags, several tokens, a
    negative index, and two patterns of one rule matching one span (the Matcher reports it once)."""
    nlp = load_pipeline()
    ruler = AttributeRuler(nlp.vocab)
    ruler.add([[{"LOWER": "the"}], [{"TAG": "DT"}]], {"LEMMA": "THE"})  # both match "the": one match
    ruler.add([[{"TAG": {"IN": ["NNP", "NNPS"]}, "DEP": {"NOT_IN": ["compound"]}}]], {"POS": "PROPN"})
    ruler.add([[{"LOWER": {"REGEX": r"^(ex|im)port"}}]], {"MORPH": "Foreign=Yes"})
    ruler.add([[{"IS_DIGIT": True}, {"TEXT": "pct"}]], {"LEMMA": "percent"}, index=-1)
    ruler.add([[{"IS_PUNCT": False, "DEP": "nsubj"}, {"TAG": {"IN": ["VBD", "VBZ"]}}]], {"MORPH": "Case=Nom"})
    ruler.add([[{"LOWER": "nowhere-to-be-found"}]], {"LEMMA": "x"})
    index = IndexedAttributeRuler.of(ruler)
    assert index is not None
    docs = list(load_pipeline().pipe(reuters_texts(60, 300)))
    found = 0
    for doc in docs:
        matches = index.match(doc)
        assert matches == ruler.match(doc)
        assert sum(rule == 0 for rule, *_ in matches) == sum(t.lower_ == "the" or t.tag_ == "DT" for t in doc)
        found += len(matches)
    assert found > 1_000
    empty = Doc(nlp.vocab, words=[])
    assert index.match(empty) == ruler.match(empty) == []
    one_attribute, no_rules = AttributeRuler(nlp.vocab), AttributeRuler(nlp.vocab)
    one_attribute.add([[{"TAG": "NNP"}, {"TAG": "NNP"}]], {"POS": "PROPN"})  # one column read
    for small in (one_attribute, no_rules):
        small_index = IndexedAttributeRuler.of(small)
        assert small_index is not None
        assert [small_index.match(doc) for doc in docs] == [small.match(doc) for doc in docs]
    assert any(one_attribute.match(doc) for doc in docs)


def test_a_ruler_with_an_operator_the_index_does_not_model_keeps_spacys_component() -> None:
    nlp = spacy_alone()
    ruler: AttributeRuler = nlp.get_pipe("attribute_ruler")  # type: ignore[assignment]
    ruler.add([[{"LOWER": "very", "OP": "+"}, {"TAG": "JJ"}]], {"POS": "ADV"}, index=0)
    assert IndexedAttributeRuler.of(ruler) is None
    assert speed_up(nlp) == ["lemmatizer"]
    assert nlp.get_pipe("attribute_ruler") is ruler


def test_a_lemmatizer_of_another_class_keeps_spacys_component() -> None:
    class Custom:
        mode = "rule"

    assert CachedLemmatizer.of(Custom()) is None
    assert CachedLemmatizer.of(spacy_alone().get_pipe("ner")) is None


def test_the_lemma_cache_stays_bounded_and_exact(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(speedups, "CACHE_LIMIT", 40)
    fast, alone = spacy_alone(), spacy_alone()
    assert speed_up(fast) == ["attribute_ruler", "lemmatizer"]
    lemmatizer: CachedLemmatizer = fast.get_pipe("lemmatizer")  # type: ignore[assignment]
    texts = reuters_texts(20, 500)
    longest, met = 0, set()
    for ours, theirs in zip(fast.pipe(texts), alone.pipe(texts), strict=True):
        assert [t.lemma_ for t in ours] == [t.lemma_ for t in theirs]
        longest = max(longest, len(ours))
        met |= {(t.orth, t.pos, t.morph.key) for t in ours}  # type: ignore[attr-defined]
    assert len(met) > 40 + longest  # more than the cache may hold: it was emptied on the way
    # emptied before a Doc once it holds the limit, so never more than the limit and one Doc's words
    assert 0 < len(lemmatizer._lemmas) < 40 + longest
