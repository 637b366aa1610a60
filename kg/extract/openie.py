"""Open information extraction: every clause as (arg1; relation; arg2; extra arguments).

This is what ``kg extract --format carb`` prints and what CaRB scores. It is
broader than the graph extractors: any verb or copula with a subject counts,
arguments are the full verbatim phrases (CaRB matches tokens, and long spans
pay), pronouns stay as written, and relative clauses, conjoined verbs and
controlled infinitives inherit their subject. The graph extractors keep to
named things; this one keeps everything a reader could check.

Layer: extract, over the registry; must not import kg.resolve or any layer above it (never the store
or the command line).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract.context import DocContext
from kg.registry import extractor
from kg.types import Mention, Relation, Span

SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"}
OBJECT_DEPS = ("dobj", "dative", "attr", "oprd", "acomp")
RELATIVE_PRONOUNS = {"who", "which", "that", "whom", "whose"}
#: adverbs that belong to the relation as readers say it ("is also known as", "first mentioned")
RELATION_ADVERBS = {"not", "never", "also", "first", "still", "already", "originally", "later", "only",
                    "generally", "often", "usually", "now", "currently", "formerly", "again", "jointly",
                    "primarily", "mainly", "largely", "strictly", "eventually", "initially", "finally"}


def _is_predicate(token: Token) -> bool:
    """A verb, or a copula/auxiliary heading its own clause ("X is a footballer")."""
    if token.pos_ == "VERB":
        return token.dep_ not in {"amod", "compound", "aux", "auxpass"}
    if token.pos_ == "AUX" and token.dep_ not in {"aux", "auxpass"}:
        return any(c.dep_ in {"attr", "acomp", "prep", "oprd"} for c in token.children)
    return False


def _trim(tokens: list[Token]) -> list[Token]:
    while tokens and (tokens[0].is_punct and tokens[0].text not in {"``", "`", "'", '"', "("}
                      or tokens[0].dep_ in {"cc", "mark"} or tokens[0].is_space):
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct and tokens[-1].text not in {"''", "'", '"', ")"}
                      or tokens[-1].dep_ == "cc" or tokens[-1].is_space):
        tokens = tokens[:-1]
    return tokens


def _span(ctx: DocContext, tokens: list[Token]) -> Span | None:
    tokens = _trim(sorted(tokens, key=lambda t: t.i))
    if not tokens:
        return None
    return ctx.span(tokens[0].i, tokens[-1].i + 1)


def _clause_conjuncts(head: Token) -> set[int]:
    """Tokens of verbs coordinated *inside* a phrase ("a rival company and plans on leaving"):
    a misattached next clause, not part of the argument."""
    cut: set[int] = set()
    for token in head.subtree:
        if token != head and token.dep_ == "conj" and token.pos_ == "VERB":
            cut.update(t.i for t in token.subtree)
            cut.update(c.i for c in token.head.children if c.dep_ == "cc" and c.i < token.i)
    return cut


def _phrase(ctx: DocContext, head: Token, *, without: Token | None = None) -> Span | None:
    """The subtree of ``head`` as one contiguous span, leaving out ``without``'s subtree at its edge."""
    cut = _clause_conjuncts(head) if head.pos_ not in {"VERB", "AUX"} else set()
    tokens = [t for t in head.subtree if t.i not in cut]
    if cut:
        # keep the phrase contiguous: it ends where the coordinated clause begins
        tokens = [t for t in tokens if t.i < min(cut)]
    if without is not None:
        cut = {t.i for t in without.subtree}
        kept = [t for t in tokens if t.i not in cut]
        # keep the span contiguous: stop at the cut
        before = [t for t in kept if t.i < without.left_edge.i]
        tokens = before if before and head.i < without.left_edge.i else kept
    return _span(ctx, tokens)


def _subject(ctx: DocContext, verb: Token, depth: int = 0) -> Span | None:
    """The verb's subject phrase, inherited from the governing clause where it has none."""
    if depth > 4:
        return None
    for child in verb.children:
        if child.dep_ in SUBJECT_DEPS and child.dep_ != "expl":
            if child.lower_ in RELATIVE_PRONOUNS and verb.dep_ in {"relcl", "acl"}:
                break  # "a footballer who plays": the noun is the subject
            return _phrase(ctx, child)
    head = verb.head
    if verb.dep_ in {"relcl", "acl"} and head.pos_ in {"NOUN", "PROPN", "PRON", "NUM"}:
        if any(c.dep_ in SUBJECT_DEPS and c.lower_ not in RELATIVE_PRONOUNS for c in verb.children):
            return None
        return _phrase(ctx, head, without=verb)
    if verb.dep_ in {"conj", "dep", "parataxis"} and head != verb and head.pos_ in {"VERB", "AUX"}:
        return _subject(ctx, head, depth + 1)
    if verb.dep_ in {"xcomp", "advcl"} and head != verb:
        if verb.dep_ == "xcomp":
            controller = next((c for c in head.children if c.dep_ == "dobj"), None)
            if controller is not None:
                return _phrase(ctx, controller)
        return _subject(ctx, head, depth + 1)
    return None


def _relation_words(verb: Token) -> list[Token]:
    words = [verb]
    for child in verb.children:
        if child.dep_ in {"aux", "auxpass", "neg", "prt"}:
            words.append(child)
        elif child.dep_ == "advmod" and child.lower_ in RELATION_ADVERBS and child.i < verb.i + 3:
            words.append(child)
    return sorted(words, key=lambda t: t.i)


def _confidence(verb: Token, arguments: int, has_object: bool) -> float:
    """How sure the clause reading is, by its shape (ordered by precision on CaRB dev)."""
    if verb.pos_ == "AUX":
        score = 0.7  # copulas: the complement is often only part of what is said
    elif has_object:
        score = 0.8
    else:
        score = 0.85  # "taught at X", "said that ...": the preposition or clause anchors the reading
    if arguments > 3:
        score -= 0.05 * (arguments - 3)
    return round(max(score, 0.3), 3)


def _chained_xcomp(verb: Token) -> Token | None:
    """"chose to accept the draft": the infinitive that carries the verb's object."""
    if any(c.dep_ in OBJECT_DEPS or c.dep_ == "ccomp" for c in verb.children):
        return None
    for child in verb.children:
        if child.dep_ == "xcomp" and child.pos_ in {"VERB", "AUX"} and child.i > verb.i:
            return child
    return None


def _clause(ctx: DocContext, verb: Token) -> tuple[list[Token], list[Span], bool] | None:
    """(relation words, arguments, has a direct object) of one clause, or None without arguments."""
    relation_tokens = _relation_words(verb)
    outer_preps: list[Token] = []
    chained = _chained_xcomp(verb)
    if chained is not None:
        # one relation across the chain: "chose to accept", "is revealed to be", "agreed to sell"
        outer_preps = [c for c in verb.children if c.dep_ in {"prep", "agent"}]
        verb = chained
        relation_tokens += _relation_words(verb)
    objects = [c for dep in OBJECT_DEPS for c in verb.children if c.dep_ == dep]
    clause = [c for c in verb.children if c.dep_ == "ccomp"]
    preps = [c for c in verb.children if c.dep_ in {"prep", "agent"}]
    xcomps = [c for c in verb.children if c.dep_ == "xcomp"]
    extras = [c for c in verb.children if c.dep_ in {"npadvmod"} and c.i > verb.i]
    arguments: list[Span] = []
    if objects:
        arguments = [s for o in objects if (s := _phrase(ctx, o)) is not None]
    elif clause:
        marks = [c for c in clause[0].children if c.dep_ == "mark"]
        relation_tokens += marks
        arguments = [s for s in (_span(ctx, [t for t in clause[0].subtree if t not in marks]),) if s is not None]
    elif any(p.i > verb.i for p in preps):
        # the first preposition after the verb reads as part of the relation: "taught at"
        first = next(p for p in preps if p.i > verb.i)
        preps.remove(first)
        objects_of_prep = [c for c in first.children if c.dep_ in {"pobj", "pcomp"}]
        if not objects_of_prep:
            arguments = [s for s in (_phrase(ctx, first),) if s is not None]
        else:
            relation_tokens.append(first)
            arguments = [s for s in (_phrase(ctx, objects_of_prep[0]),) if s is not None]
    elif xcomps:
        arguments = [s for s in (_phrase(ctx, xcomps[0]),) if s is not None]
        xcomps = []
    if not arguments:
        return None
    arguments += [s for p in preps + outer_preps if (s := _phrase(ctx, p)) is not None]
    arguments += [s for e in extras if (s := _phrase(ctx, e)) is not None]
    arguments += [s for x in xcomps if objects and (s := _phrase(ctx, x)) is not None]
    return relation_tokens, arguments, bool(objects)


@extractor("openie.v1", requires=("token.dep",), open_ie=True)
def clauses(ctx: DocContext) -> Iterator[Relation]:
    """(arg1; relation; arg2; extra arguments) for every clause with a subject."""
    for verb in ctx.tokens:
        if not _is_predicate(verb):
            continue
        if verb.dep_ == "xcomp" and _chained_xcomp(verb.head) == verb:
            continue  # read as part of its governing verb's relation
        found = _subject(ctx, verb)
        built = _clause(ctx, verb) if found is not None else None
        if found is None or built is None:
            continue
        subject = found
        relation_tokens, arguments, has_object = built
        relation = " ".join(t.text for t in sorted(set(relation_tokens), key=lambda t: t.i))
        yield Relation(
            subject=Mention(subject, "Thing"),
            predicate=verb.lemma_.lower(),
            object=Mention(arguments[0], "Thing"),
            sentence=ctx.sentence(verb),
            extractor="openie.v1",
            confidence=_confidence(verb, len(arguments), has_object),
            surface=relation,
            negated=ctx.negated(verb),
            hedged=ctx.hedged(verb),
            phrases=(subject, *arguments),
            trigger=ctx.token_span(verb),
        )


@extractor("openie.apposition.v1", requires=("token.dep",), open_ie=True)
def appositions(ctx: DocContext) -> Iterator[Relation]:
    """(X; is; Y) from "X, Y," appositions: "Peter Kharitonov, Deputy State Secretary of ..."."""
    for apposition in ctx.tokens:
        if apposition.dep_ != "appos" or apposition.head.pos_ not in {"NOUN", "PROPN"}:
            continue
        head = apposition.head
        # the named thing is what precedes the apposition: "Peter Kharitonov , [Deputy ...]"
        head_span = _span(ctx, [t for t in head.subtree if t.i < apposition.left_edge.i])
        appos_span = _phrase(ctx, apposition)
        if head_span is None or appos_span is None:
            continue
        yield Relation(Mention(head_span, "Thing"), "be", Mention(appos_span, "Thing"), ctx.sentence(apposition),
                       "openie.apposition.v1", 0.45, surface="is", phrases=(head_span, appos_span))
