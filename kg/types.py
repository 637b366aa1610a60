"""Value objects passed between the stages of kg.

Every stage boundary is one of these frozen dataclasses, so a stage can be
tested on its own with hand-built inputs:

    ingest  -> Article
    extract -> Mention, Relation (and TimeValue for dates)
    resolve -> Entity (the mentions of one real-world thing in one article)
    rdf     -> quads for one article's named graph

Layer: the bottom; must not import anything of kg.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal, Union

#: Ontology classes an entity can have (local names in ``ontology/kg.ttl``).
EntityType = Literal[
    "Person", "Organization", "Place", "Group", "Document", "Quote", "Event", "Thing", "Product", "Work",
]

TimeDatatype = Literal["date", "gYearMonth", "gYear", "dateTime"]


@dataclass(frozen=True)
class Article:
    """One news article as read from disk, normalised but not yet analysed.

    ``text`` is the body only (title, byline, captions repeated, teasers and
    markup removed); character offsets of every later fact point into it.
    """

    id: str
    text: str
    title: str | None = None
    date: dt.date | None = None
    authors: tuple[str, ...] = ()
    url: str | None = None
    source: str | None = None
    path: str | None = None
    #: the wire dateline, as the input gives it ("TOKYO, April 24"): where the story was filed
    dateline: str | None = None

    @property
    def content_key(self) -> str:
        """A hash of everything that affects extraction, for change detection."""
        import hashlib

        payload = "\x1f".join(
            [self.id, self.title or "", self.date.isoformat() if self.date else "",
             "\x1e".join(self.authors), self.url or "", self.source or "", self.text]
            + ([self.dateline] if self.dateline else [])  # (an article without one keeps the hash it had)
        )
        return hashlib.sha256(payload.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class TimeValue:
    """A time expression normalised against the article's date.

    ``value`` is the lexical form of an XSD literal of ``datatype``
    (``2019-02-28`` for ``date``, ``2014`` for ``gYear`` ...); ``text`` is the
    surface string as written in the article.
    """

    text: str
    value: str
    datatype: TimeDatatype
    end_value: str | None = None  # the last day of a range such as "Feb. 27-28"


@dataclass(frozen=True)
class Span:
    """A character span of the article text: ``text == article.text[start:end]``."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Mention:
    """One occurrence of a named or described thing in the text."""

    span: Span
    type: EntityType
    ner_label: str = ""  # the spaCy label it came from, "" for a noun phrase
    #: why the name as written cannot name a node on its own ("cut short", "malformed"); "" when it can
    flaw: str = ""

    @property
    def last_word(self) -> str:
        """The last word of the mention as written, lower-cased, without a final dot: "corp" of "Acme Corp."; ""
        for an empty span. What a name's kind is read from ("Ministry", "Inc", "United")."""
        words = self.span.text.lower().rstrip(".").split()
        return words[-1] if words else ""


@dataclass(frozen=True)
class Relation:
    """A fact found in one sentence: subject -predicate-> object (+ where and when).

    ``predicate`` is a local name in the kg ontology (``met``, ``criticized``,
    ``worksFor`` ...) or, for verbs outside the controlled vocabulary, the
    verb's lemma; ``surface`` keeps the words the article used.
    The object is a mention, or a literal value (``TimeValue`` or ``str``).
    """

    subject: Mention
    predicate: str
    object: Union[Mention, TimeValue, str]
    sentence: Span
    extractor: str
    confidence: float
    surface: str = ""
    place: Mention | None = None
    time: TimeValue | None = None
    negated: bool = False
    hedged: bool = False
    modality: str = ""  # why it is not stated as fact: "negated", "hedged: plan to", "hedged: condition" ...
    kind: str = "Statement"  # ontology class of the statement node: Statement, Event, Role, Attribution
    attributes: tuple[tuple[str, str], ...] = ()  # extra literal properties (roleTitle, quote text ...)
    phrases: tuple[Span, ...] = ()  # full argument phrases: subject, object, then extra arguments
    trigger: Span | None = None  # the word that expresses the relation: the verb, event noun, title or cue

    def attribute(self, name: str) -> str:
        """The literal ``name`` of :attr:`attributes` ("roleTitle" -> "chief executive"); "" when it has none."""
        return next((value for key, value in self.attributes if key == name), "")


@dataclass
class Entity:
    """One real-world thing as mentioned in one article, after resolution.

    ``key`` is the stable, article-independent identity ("Person/donald trump"):
    the same key in two articles is the same IRI.
    """

    key: str
    label: str
    type: EntityType
    aliases: set[str] = field(default_factory=set)
    mentions: list[Mention] = field(default_factory=list)
    #: a phrase that names no actor or thing ("mails", "45%", an unresolved "he"): no node of the graph,
    #: its words stay on the statements that use it
    generic: bool = False
