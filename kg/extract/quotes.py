"""Quotes and who said them, and the stance a quote carries.

Direct quotes ("…," Bencosme said), quotes continued over several sentences
or paragraphs (news style: a paragraph that opens a new quote without a cue
continues the last speaker), indirect speech (X said that …) and attribution
("according to a 2014 U.N. report, …"). A quote in which the speaker says a
named person or organisation disregarded, ignored, betrayed … something is
a criticism of them by the speaker.

Layer: extract, over the registry; must not import kg.resolve or any layer above it (never the store
or the command line).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Token

from kg.extract.context import DocContext
from kg.extract.vocabulary import CRITICAL_PHRASAL_VERBS, CRITICAL_VERBS, PRAISING_VERBS, SPEECH_VERBS, STANCE_VERBS
from kg.registry import extractor
from kg.types import Mention, Relation, Span


@dataclass(frozen=True)
class Quote:
    speaker: Mention
    content: Span
    cue: str
    evidence: Span
    direct: bool
    trigger: Span | None = None  # the cue word ("said", "according"), if the quote has one of its own


def _inside(ranges: list[tuple[int, int]], position: int) -> tuple[int, int] | None:
    for start, end in ranges:
        if start <= position < end:
            return start, end
    return None


def _speaker_of(ctx: DocContext, cue: Token) -> Mention | None:
    for child in cue.children:
        if child.dep_ in {"nsubj", "nsubjpass"}:
            return ctx.argument(child)
    return None


def _strip_quotes(ctx: DocContext, start: int, end: int) -> Span:
    text = ctx.text
    while start < end and text[start] in "\"\u201c\u201d \n":
        start += 1
    while end > start and text[end - 1] in "\"\u201c\u201d ,\n":
        end -= 1
    return Span(start, end, text[start:end])


def find_quotes(ctx: DocContext) -> list[Quote]:
    """Every quote in the document with its speaker, in text order (computed once per document)."""
    if "quotes" not in ctx.memo:
        # a pair of quotation marks around nothing quotes no one ("said: ''"): no node with an empty label
        ctx.memo["quotes"] = [q for q in _find_quotes(ctx) if any(c.isalnum() for c in q.content.text)]
    return ctx.memo["quotes"]  # type: ignore[return-value]


def _find_quotes(ctx: DocContext) -> list[Quote]:
    quotes: list[Quote] = []
    ranges = ctx.quote_spans
    cued: set[tuple[int, int]] = set()
    for cue, pos, lemma in zip(ctx.tokens, ctx.poses, ctx.lemmas):
        if pos != "VERB" or lemma not in SPEECH_VERBS or _inside(ranges, cue.idx):
            continue
        sent = ctx.sentence_tokens(cue)  # (Token.sent, from the sentence index built once)
        # a direct quote next to its cue: inside quotation marks in the same sentence (each token looked up only when
        # some quote reaches into the sentence's characters: most sentences of a wire story have none)
        opens, closes = sent[0].idx, sent[-1].idx  # (where its first and last tokens begin)
        direct = sorted({r for t in sent if (r := _inside(ranges, t.idx)) is not None}) \
            if any(start <= closes and opens < end for start, end in ranges) else []
        # a quote with a cue of its own is no continuation of the last speaker's, even when its speaker is no
        # name kg knows ('"Jonny Wilkinson has proved himself…," Hare told' is not the previous speaker's)
        cued.update(direct)
        speaker = _speaker_of(ctx, cue)
        if speaker is None or speaker.type not in {"Person", "Organization", "Group", "Document", "Place"}:
            continue
        if direct:
            for start, end in direct:
                quotes.append(Quote(speaker, _strip_quotes(ctx, start, end), cue.text,
                                    ctx.sentence(cue), True, ctx.token_span(cue)))
            continue
        for clause in (c for c in cue.children if c.dep_ == "ccomp"):
            quotes.append(Quote(speaker, ctx.phrase(clause), cue.text, ctx.sentence(cue), False,
                                ctx.token_span(cue)))
    quotes.extend(_attributions(ctx))
    # the ends of the quotes that have a cue but no speaker kg knows, once: no continuation reaches past one
    said = {r for q in quotes if q.direct and (r := _inside(ranges, q.content.start)) is not None}
    unspoken = sorted(end for _, end in cued - said)
    # a quote with no cue of its own continues the last direct quote of the same or the
    # previous paragraph ("…," said X. "Since then, …")
    for start, end in ranges:
        if (start, end) in cued or end - start < 20 or not _opens_sentence(ctx, start):
            continue
        previous = [q for q in quotes if q.direct and q.content.end <= start]
        if not previous:
            continue
        last = max(previous, key=lambda q: q.content.end)
        if bisect_right(unspoken, start) > bisect_right(unspoken, last.content.end):
            continue  # the last quote before this one has a cue but no speaker kg knows: it continues theirs
        if _paragraph(ctx, start) - _paragraph(ctx, last.content.start) <= 1:
            content = _strip_quotes(ctx, start, end)
            quotes.append(Quote(last.speaker, content, last.cue, content, True))
    return sorted(quotes, key=lambda q: q.content.start)


def _particle(verb: Token) -> str:
    """The particle or bare object of a phrasal verb: "turned his back (on)" -> "back"."""
    for child in verb.children:
        if child.dep_ in {"prt", "dobj", "advmod"} and child.lower_ in {"back", "down", "out", "away"}:
            return child.lower_
    return ""


def _opens_sentence(ctx: DocContext, position: int) -> bool:
    """A quotation mark at the start of the text, a paragraph or a sentence (not a scare quote)."""
    before = ctx.text[:position].rstrip(" ")
    return not before or before[-1] in ".!?\n"


def _paragraph(ctx: DocContext, position: int) -> int:
    return ctx.text.count("\n\n", 0, position)


def _attributions(ctx: DocContext) -> Iterator[Quote]:
    """"according to X, <content>" and "<content>, according to X"."""
    for token, lower, dep in zip(ctx.tokens, ctx.lowers, ctx.deps):
        if lower != "according" or dep != "prep":
            continue
        for to in (c for c in token.children if c.lower_ == "to"):
            for pobj in (c for c in to.children if c.dep_ == "pobj"):
                source = ctx.argument(pobj)
                if source is None:
                    continue
                clause = token.head
                if token.right_edge.i < clause.i:
                    first, last = token.right_edge.i + 1, clause.right_edge.i
                else:
                    first, last = clause.left_edge.i, token.left_edge.i - 1
                while first <= last and (ctx.doc[first].is_punct or ctx.doc[first].is_space):
                    first += 1
                while last >= first and (ctx.doc[last].is_punct or ctx.doc[last].is_space):
                    last -= 1
                if first <= last:
                    yield Quote(source, ctx.span(first, last + 1), "according to", ctx.sentence(token), False,
                                ctx.token_span(token))


def _quote_mention(quote: Quote) -> Mention:
    return Mention(quote.content, "Quote")


@extractor("quotes.v1", requires=("token.dep", "doc.ents"), emits=("said",))
def quotations(ctx: DocContext) -> Iterator[Relation]:
    """Speaker -said-> quote, with the cue verb and whether it is a direct quote."""
    for quote in find_quotes(ctx):
        yield Relation(
            subject=quote.speaker,
            predicate="said",
            object=_quote_mention(quote),
            sentence=quote.evidence,
            extractor="quotes.v1",
            confidence=0.9 if quote.direct else 0.75,
            surface=quote.cue,
            kind="Attribution",
            attributes=(("quoteText", quote.content.text), ("cue", quote.cue),
                        ("direct", "true" if quote.direct else "false")),
            phrases=(quote.speaker.span, quote.content),
            trigger=quote.trigger,
        )


#: deeds a speaker charges its doer with: "The SEC said Thompson violated ... securities laws" accuses him
_WRONGDOING_VERBS = {"violate", "mislead", "defraud", "abuse"}


@extractor("quotes.stance.v1", requires=("token.dep", "doc.ents"), emits=("criticized", "praised", "accused"))
def stance(ctx: DocContext) -> Iterator[Relation]:
    """Speaker -criticized/praised/accused-> the named target a quote speaks of."""
    for quote in find_quotes(ctx):
        inside = ctx.doc.char_span(quote.content.start, quote.content.end, alignment_mode="expand")
        tokens = list(inside) if inside is not None else []
        for verb in tokens:
            lemma = verb.lemma_.lower()
            if lemma in _WRONGDOING_VERBS:
                predicate = "accused"
            elif lemma in CRITICAL_VERBS or (lemma, _particle(verb)) in CRITICAL_PHRASAL_VERBS:
                predicate = "criticized"
            elif lemma in PRAISING_VERBS:
                predicate = "praised"
            else:
                continue
            if verb.pos_ != "VERB" or ctx.modality(verb) in {"negated", "hedged: question"}:
                continue  # ("Does this mean that the Fed abandons its current open market position? No": a question
                # asks; it charges no one)
            if lemma == "fail" and not any(c.dep_ == "dobj" for c in verb.children):
                continue  # "he failed to get credit card numbers" is a miss, not a betrayal ("failed the fans")
            subjects = [c for c in verb.children if c.dep_ in {"nsubj", "poss"}]
            if lemma in STANCE_VERBS:
                # "Washington has accused Iran", "Microsoft welcomed the move": the subject takes the stance, it is
                # not its target; the speaker's own ("we condemn X") names its target as the object
                if not any(c.lower_ in {"i", "we"} for c in subjects):
                    continue
                subjects = [c for c in verb.children if c.dep_ == "dobj"]
            # the noun a relative clause hangs on does the deed when the clause's subject is its pronoun ("Iran,
            # which attacked ...", not "Iran, which the Americans blame for ..."), or in a present participle's clause
            if verb.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.tag_ in {"WDT", "WP"} for c in verb.children) \
                    or verb.dep_ == "acl" and verb.tag_ == "VBG":
                subjects.append(verb.head)
            for subject in subjects:
                if ctx.entity_at(subject) is None:
                    continue  # "the company had ignored ...": whose company the speaker means is the reader's
                    # guess; only a name in the quote is a target the speaker criticised
                target = ctx.argument(subject)
                if target is None or not target.ner_label or target == quote.speaker:
                    continue
                if target.type not in {"Person", "Organization", "Place"}:
                    continue
                yield Relation(
                    subject=quote.speaker,
                    predicate=predicate,
                    object=target,
                    sentence=ctx.sentence(verb),
                    extractor="quotes.stance.v1",
                    confidence=0.7,
                    surface=verb.text,
                    kind="Statement",
                    attributes=(("quoteText", quote.content.text),),
                    phrases=(quote.speaker.span, target.span),
                    trigger=ctx.token_span(verb),
                )
                break
