"""Verbal relations from the dependency parse: who did what to whom, where, when.

Covers active and passive clauses, conjoined subjects and objects,
prepositional objects ("met with Kim") and object-control ("urged Trump to
raise ..."). Predicates map onto the controlled vocabulary where they can;
any other verb is kept as its lemma.

Layer: extract, over the registry; must not import kg.resolve or any layer above it (never the store
or the command line).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract.context import OBJECT_DEPS, UNRESOLVED, DocContext, token_after
from kg.extract.dates import WEEKDAY_NAMES
from kg.extract.vocabulary import (EVENT_NOUNS, EVENT_PREDICATES, LIGHT_VERBS, NEWS_NAME_ENDS, NEWS_OUTLETS,
                                   PERCENT_WORDS, PERSON_TITLES, SPEECH_VERBS, SPORT_SENSES, VERB_FRAMES,
                                   VIOLENT_EVENTS)
from kg.registry import extractor
from kg.types import Mention, Relation, Span, TimeValue

RELATIVE_PRONOUNS = {"who", "which", "that", "whom"}
#: prepositions introducing the other party of an event noun ("talks with", "a lawsuit against")
EVENT_PARTNER_PREPS = {"with", "against", "between"}
#: prepositions whose object is the verb's real object ("met with", "spoke to")
OBJECT_PREPS = {"with", "to", "against", "for", "about", "on", "into", "from", "at", "of", "over"}


#: words of a match's course: "was replaced at half-time by Williams" is a substitution, no change of post
#: words of a race for an honour, a chart or a ranking, where "beat" names no contest won over someone
_HONOURS = {"award", "awards", "prize", "oscar", "oscars", "grammy", "grammys", "bafta", "baftas", "brit", "brits",
            "globe", "globes", "chart", "charts", "nomination", "nominations", "best", "spot", "ranking",
            "rankings", "list", "category", "accolade", "honour", "honor"}


#: reflexive pronouns: a verb whose object is its own subject tells no relation to another
_REFLEXIVES = {"itself", "himself", "herself", "themselves", "oneself"}

#: what is won by a vote, not a match: the sport writer's "player of the year award" too
_AWARDS = {"award", "prize", "accolade", "nomination", "honour", "honor"}


#: contests outside sport that someone beats someone in: an election, a vote, a bid, a case
_CONTESTS = {"election", "vote", "ballot", "poll", "primary", "race", "contest", "bid", "tender", "auction",
             "case", "lawsuit", "suit", "court", "battle", "fight", "runoff", "run-off", "referendum", "competition"}


#: words of figures compared: "beaten by Japan, where prices ...", "beat forecasts"
_FIGURES = {"price", "rate", "inflation", "forecast", "estimate", "expectation", "figure", "pct", "percent", "%",
            "growth", "target", "index", "earnings", "profit", "sales", "output", "deficit", "surplus"}


def _a_comparison(ctx: DocContext, verb: Token) -> bool:
    """Whether "beat" outside sport news compares figures rather than telling of a contest: "the EC was still beaten
    by Japan, where prices were provisionally ...", "beat analysts' forecasts" (figures and no election, vote, bid or
    case named in its sentence or the one before)."""
    if ctx.sport or verb.lemma_.lower() != "beat":
        return False
    words = {t.lemma_.lower() for t in ctx.passage_tokens(verb)}
    return not words & _CONTESTS and bool(words & _FIGURES)


def _a_race(ctx: DocContext, verb: Token) -> bool:
    """Whether "beat" tells of a race for something rather than a contest won over someone: "beat Elvis Presley
    to the number one spot", "beat Franz Ferdinand for best live act" (a preposition after the beaten), or,
    outside sport news, beating someone to an award, a chart place or a ranking ("has beaten Depardieu to
    become France's best-paid actor"), named in its sentence or the one before."""
    if any(c.dep_ == "dobj" for c in verb.children) and any(
            c.dep_ == "prep" and c.lower_ in {"to", "for"} and any(g.dep_ == "pobj" for g in c.children)
            for c in verb.children):
        return True
    if any(c.dep_ in {"advcl", "xcomp"} and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
           and any(t.lemma_.lower() in _AWARDS for t in c.subtree) for c in verb.children):
        return True  # "beat team-mate Ben Gollings to win the sevens award": a vote, in sport news too
    if ctx.sport:
        return False  # "beat Chelsea to reach the final" is a defeat
    if any(c.dep_ in {"advcl", "xcomp"} and c.lemma_.lower() in _FIRST_TO
           and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children) for c in verb.children):
        return True  # "Citigroup beat Standard Chartered to buy Koram bank": first to a deal, no contest won
    # "collected the prizes at the ceremony ... Casey beat Brian McFadden and Damien Rice": the award may be named
    # in the sentence before
    return any(t.lemma_.lower() in _HONOURS or t.lower_ in _HONOURS for t in ctx.passage_tokens(verb))


#: what a firm beats a rival to ("beat Standard Chartered to buy Koram bank"): a race to a deal or a market
_FIRST_TO = {"buy", "acquire", "purchase", "launch", "release", "land", "secure", "obtain", "market", "develop",
             "patent", "sign", "license"}


def _conjuncts(token: Token) -> list[Token]:
    """The token and the words conjoined with it by "and", "or" or a comma: "met Macron, Scholz and Meloni"; not
    past a "but" ("beat Johansson 6-4 6-2 but fourth seed Youzhny lost": another clause the parse hung there)."""
    conjuncts = token.conjuncts
    if not conjuncts:
        return [token]
    # only the words up to the last conjunct can hold the "but" (no scan of the rest of the sentence, no Token.sent)
    last = max(c.i for c in conjuncts)
    stop = next((c.i for c in token.doc[token.i : last] if c.dep_ == "cc" and c.lower_ in {"but", "yet"}), last + 1)
    subject = token.dep_ in {"nsubj", "nsubjpass"}  # (a subject's last conjunct stands right before its verb)
    return [token, *(c for c in conjuncts if c.i < stop and (subject or not _starts_a_clause(c)))]


def _next_clause_subject(noun: Token) -> bool:
    """Whether a finite verb follows the noun's phrase (punctuation aside): a second direct object the parse gave a
    verb is then the next clause's subject ("takes over the courier business just two months after another company,
    <Onex Capital Corp Ltd>, approved the acquisition of ...")."""
    after = token_after(noun, past_punctuation=True)
    return after is not None and after.pos_ in {"VERB", "AUX"} and after.tag_ in {"VBD", "VBZ", "VBP"}


def _starts_a_clause(conjunct: Token) -> bool:
    """Whether a finite verb follows the conjunct: "RCA was acquired by General Electric and ABC was merged into
    Capital Cities": ABC is the next clause's subject, which the parse hung on the agent."""
    after = conjunct.doc[conjunct.i + 1] if conjunct.i + 1 < len(conjunct.doc) else None
    return after is not None and after.pos_ in {"AUX", "VERB"} and after.tag_ in {"VBD", "VBZ", "VBP", "MD"}


def _subjects(verb: Token) -> tuple[list[Token], bool]:
    """The verb's subjects (following conjoined verbs up to the shared subject)."""
    current = verb
    for _ in range(4):
        subjects = [c for c in current.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if subjects and not (current.dep_ == "relcl" and all(s.lower_ in RELATIVE_PRONOUNS for s in subjects)):
            passive = subjects[0].dep_ == "nsubjpass"
            return [s for subject in subjects for s in _conjuncts(subject)], passive
        if current.dep_ == "relcl" and current.head.pos_ in {"NOUN", "PROPN"}:
            # "a shiftless actor who killed Lincoln", "the lone gunman who killed Kennedy":
            # the noun, or the one the noun describes ("Oswald was the lone gunman who ...")
            head = current.head
            if _inside_an_apposition(head) and any(c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ in {"who", "whom"}
                                                   for c in current.children):
                return [], False  # "Henk Heidweiler, a top aide to ... Desi Bouterse, who visited the Netherlands":
                # the aide or his leader? ("who" follows the whole apposition; "Rob Schwartz, head of distribution
                # for Newmarket Films, which released The Passion" is the firm's)
            if head.dep_ == "pobj" and head.head.lower_ in {"in", "at", "on", "near", "off"} \
                    and head.head.head.lemma_.lower() in VIOLENT_EVENTS \
                    and any(c.lower_ == "which" and c.dep_ == "nsubj" for c in current.children):
                return [], False  # "the Iraqi missile attack on the U.S. frigate Stark in the Gulf, which killed 37
                # Americans": "which" may follow the whole phrase (the attack), not the place that ends it
            if head.dep_ == "attr":
                described = [c for c in head.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
                if described:
                    return described, False
            return [head], False
        if current.dep_ in {"conj", "xcomp"} and current.head.pos_ in {"VERB", "AUX"}:
            if current.dep_ == "xcomp":
                # "Trump pledged to challenge": the controller is the subject, unless
                # the head has an object ("urged Trump to raise") which then controls
                objects = [c for c in current.head.children if c.dep_ == "dobj"]
                if objects:
                    return _conjuncts(objects[0]), False
            current = current.head
            continue
        if current.dep_ == "acl" and current.tag_ == "VBN" and current.head.pos_ in {"NOUN", "PROPN"}:
            # "Timely Publications, a company owned by a relative", "a film directed by Sam Raimi":
            # the participle's (passive) subject is the noun it describes; after a list, which of its names is
            # open ("Federated Department Stores Inc and Allied Stores, currently wholly owned by Robert Campeau": the
            # second; "The United States and France, backed by the International Monetary Fund": both)
            if _after_a_list(current):
                return [], True
            return [current.head], True
        if current.dep_ == "acl" and current.tag_ == "VBG" and current.head.pos_ == "PROPN" \
                and current.lemma_.lower() != "feature" and not _after_a_list(current):
            # "Riley, representing England, moved away": the participle's subject is the name it follows (a song
            # "featuring Rah Digga" has a guest, no star)
            return [current.head], False
        if current.dep_ == "advcl" and current.tag_ == "VBG" and current.head.pos_ in {"VERB", "AUX"} \
                and not any(c.dep_ == "mark" for c in current.children):
            # "England won 26-21, beating Fiji": the participle's subject is the clause's
            current = current.head
            continue
        if current.dep_ == "pcomp" and current.tag_ == "VBG" and current.head.dep_ == "prep" \
                and current.head.lower_ in {"after", "since", "before", "by", "while", "when"} \
                and current.head.head.pos_ in {"VERB", "AUX", "NOUN", "PROPN"}:
            # "Toshack, in his first game as coach after succeeding Mark Hughes": the gerund's subject is
            # the clause's ("since replacing Hughes", "by beating Arsenal")
            anchor = current.head.head
            while anchor.pos_ not in {"VERB", "AUX"} and anchor.dep_ != "ROOT" and anchor.head is not anchor:
                anchor = anchor.head
            current = anchor
            continue
        break
    return [], False


def _after_a_list(participle: Token) -> bool:
    """Whether a participle follows a list of the names it describes ("A and B, owned by C"): which of them it
    describes is open."""
    return any(c.i < participle.i for c in participle.head.conjuncts)


def _inside_an_apposition(noun: Token) -> bool:
    """Whether a noun lies inside an apposition to another name ("Desi Bouterse" in "Henk Heidweiler, a top aide to
    Desi Bouterse"), where a relative clause after it may be the apposition's name's as well."""
    token = noun
    for _ in range(4):
        if token.dep_ not in {"conj", "pobj", "prep", "compound", "appos"} or token.head is token:
            return False
        if token.dep_ == "appos" and token is not noun and token.head.pos_ == "PROPN":
            return True
        token = token.head
    return False


def _agent(verb: Token) -> list[Token]:
    for child in verb.children:
        if child.dep_ == "agent":
            return [t for pobj in child.children if pobj.dep_ == "pobj" for t in _conjuncts(pobj)]
    return []


def _light_verb_objects(verb: Token, obj: Token) -> list[tuple[Token, Token | None]]:
    """"held talks with Reagan", "filed a lawsuit against Apple": the event's partner is the object."""
    if verb.lemma_.lower() not in LIGHT_VERBS or obj.lemma_.lower() not in EVENT_NOUNS:
        return [(obj, None)]
    for head in (obj, verb):
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in EVENT_PARTNER_PREPS):
            partners = [p for pobj in prep.children if pobj.dep_ == "pobj" for p in _conjuncts(pobj)]
            if partners:
                return [(partner, obj) for partner in partners]
    return []


def predicate_for(verb: Token, obj: Token | None, prep: Token | None) -> tuple[str, str, bool]:
    """(controlled or open predicate, surface words, swap subject and object) for a verb and its object.

    The controlled predicate comes from the verb's whole frame: verb, particle and the
    preposition before the object ("hit out at", "take over", "resign from"); a verb
    whose particle or preposition is not in a frame ("back down", "hit at") keeps an
    open predicate.
    """
    lemma = verb.lemma_.lower()
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), "")
    surface = " ".join(w for w in (verb.text, particle, prep.text if prep is not None else "") if w)
    if lemma in LIGHT_VERBS and prep is not None and prep.lemma_.lower() in EVENT_NOUNS:
        return EVENT_NOUNS[prep.lemma_.lower()], f"{verb.text} {prep.text}", False
    words = [lemma, particle, prep.lower_ if prep is not None and prep.pos_ == "ADP" else ""]
    frame = " ".join(w for w in words if w)
    if frame in VERB_FRAMES:
        predicate, swap = VERB_FRAMES[frame]
        return predicate, surface, swap
    return "_".join(w for w in words if w), surface, False


def _open_lemma(verb: Token, prep: Token | None) -> str:
    """The open predicate a verb keeps when its controlled sense does not hold: its lemma and its preposition."""
    return "_".join(w for w in (verb.lemma_.lower(), prep.lower_ if prep is not None else "") if w)


def _press(mention: Mention) -> bool:
    """Whether a mention names a news organisation: a wire service or broadcaster by name, or a paper's name."""
    words = mention.span.text.lower().replace(".", "").split()
    words = words[1:] if words[:1] == ["the"] else words
    return mention.type == "Organization" and (" ".join(words) in NEWS_OUTLETS
                                               or len(words) > 1 and words[-1] in NEWS_NAME_ENDS)


def _object_prep(verb: Token, prep: Token) -> bool:
    """Whether a preposition of ``verb`` introduces its object ("met with Kim", "invested in Apple")."""
    if prep.lower_ in OBJECT_PREPS:
        return True
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), "")
    return " ".join(w for w in (verb.lemma_.lower(), particle, prep.lower_) if w) in VERB_FRAMES


def _confidence(subject: Mention, obj: Mention | None) -> float:
    named = sum(1 for m in (subject, obj) if m is not None and m.ner_label and m.ner_label != UNRESOLVED)
    return {2: 0.9, 1: 0.75, 0: 0.5}[named]


def _fellow_owners(owner: Token) -> list[tuple[Token, Token]]:
    """The conjuncts beside an owner in a by-phrase, each with the word it is joined to: "owned by Branford Castle
    Inc, a merchant banker, members of its management and ...", "jointly owned by Amselco and Nerco"."""
    pairs = [(owner, owner.head)] if owner.dep_ == "conj" else []
    for word in (owner, *(a for a in owner.children if a.dep_ == "appos")):
        pairs.extend((c, word) for c in word.children if c.dep_ == "conj")
    return pairs


#: adverbs of a passive "owned" that say the firm has several owners: "equally owned by the Malaysian government,
#: Malaysian Airline System and United Motor Works" (the parse may hang the other owners anywhere)
_SHARED_OWNERSHIP = {"equally", "jointly", "partially", "partly"}
#: the predicates of a standing tie, true while it lasts: a verb that says it once held is no edge of them
_STANDING_TIES = {"leaderOf", "worksFor", "memberOf", "owns", "subsidiaryOf", "livesIn", "basedIn", "playedFor"}
#: adverbs that put a tie in the past: "formerly headed", "previously owned"
_BEFORE_WORDS = {"formerly", "previously", "once"}
#: the objects' dependencies of a verb with a direct object (made once, not once per verb)
_OBJECT_DEPS_BESIDE_DIRECT = OBJECT_DEPS - {"dative"}


@extractor("svo.v1", requires=("token.dep", "doc.ents"))
def verbal_relations(ctx: DocContext) -> Iterator[Relation]:
    """Subject-verb-object relations with their place and time."""
    for verb, pos, dep, lemma in zip(ctx.tokens, ctx.poses, ctx.deps, ctx.lemmas):
        if pos not in {"VERB", "AUX"} or dep in {"aux", "auxpass", "amod"}:
            continue
        if lemma in SPEECH_VERBS and any(c.dep_ == "ccomp" for c in verb.children):
            continue  # reported speech is the quotes extractor's job
        if verb.tag_ == "VBN" and verb.dep_ == "conj" and verb.head.tag_ == "VBD" \
                and not any(c.dep_ in {"aux", "auxpass", "nsubj", "nsubjpass"} for c in verb.children):
            continue  # "The FBI put ... Osama Bin Laden and anti-abortion activist and accused doctor killer James
            # Charles Kopp on the list": a participle joined to a past verb, with no auxiliary, is an adjective
        subject_tokens, passive = _subjects(verb)
        objects: list[tuple[Token, Token | None]] = []  # (object token, preposition)
        agents_of_passive: list[Token] = []
        if passive:
            agents = agents_of_passive = _agent(verb)
            if agents:
                objects = [(s, None) for s in subject_tokens]
                subject_tokens = agents
        if not objects:
            direct = [c for c in verb.children if c.dep_ == "dobj"]
            # "Fiat had sold GM a stake": with a direct object, the dative is the recipient, not the object
            deps = _OBJECT_DEPS_BESIDE_DIRECT if direct else OBJECT_DEPS
            objects = [(o, None) for c in verb.children if c.dep_ in deps
                       and not (c.dep_ == "dobj" and c != direct[0] and _next_clause_subject(c))
                       for o in _conjuncts(c)]
            if any(c.lower_ in _REFLEXIVES for c in direct):
                objects = []  # "Avana, defending itself against a bid from RHM": the deed is its own; a second
                # object the parse finds (the wire's ticker bracket) is none
            objects = [pair for o, p in objects for pair in _light_verb_objects(verb, o)]
        extra_preps = [c for c in verb.children if c.dep_ == "prep"]
        if not objects:
            for object_prep in extra_preps:
                if _object_prep(verb, object_prep):
                    objects = [(o, object_prep) for p in object_prep.children if p.dep_ == "pobj"
                               for o in _conjuncts(p)]
                    if objects:
                        extra_preps.remove(object_prep)
                        break
        # the verb's place, time, sentence and modality are read at its first relation: more than half of the verbs
        # give none (no subject or object that is an argument), and reading them for those (a date normalised, the
        # clause walked up for its modality) was wasted; ``modality`` then stays the verb's, and what one pair
        # changes in it holds for the pairs after it, as before
        clause: tuple[Mention | None, TimeValue | None, Span] | None = None
        modality = ""
        for subject_token in subject_tokens:
            subject = ctx.argument(subject_token)
            if subject is None:
                continue
            for object_token, prep in objects:
                obj = ctx.argument(object_token)
                if obj is None or obj == subject:
                    continue
                if clause is None:
                    clause = (*ctx.place_and_time(verb), ctx.sentence(verb))
                    modality = ctx.modality(verb)
                place, time, sentence = clause
                predicate, surface, swap = predicate_for(verb, object_token, prep)
                if predicate == "talkedWith" and (_press(subject) or _press(obj)):
                    predicate = _open_lemma(verb, prep)
                    # "Kaczurba was talking to Reuters about the effect of U.S. sanctions": an interview, no talks
                if predicate == "join" and ctx.sport and not passive and subject.type == "Person" \
                        and obj.type == "Organization":
                    predicate = "transferredTo"  # "Robben joined Chelsea": in sport news, a move to a club ("Campbell
                    # is joined by Ulster colleagues Roger Wilson and ...": named with him in a squad, no move)
                if predicate == "represent" and ctx.sport and subject.type == "Person":
                    predicate = "playedFor"  # "Riley, representing England": in sport news, a national side
                if ctx.sport and verb.lemma_.lower() in SPORT_SENSES.get(predicate, ()):
                    # "the referee dismissed Drogba", "ousted the seventh seed": no sacking in sport news;
                    # "Celtic meet Hearts": a fixture, no meeting
                    predicate = _open_lemma(verb, prep)
                if predicate == "charged" and not passive and not any(
                        c.dep_ == "prep" and c.lower_ == "with" for c in verb.children):
                    predicate = "accused"  # "Emerson Electric charged AM General violated an agreement": a claim,
                    # no criminal charge (which is "charged X with" a crime, or "was charged")
                if predicate == "owns" and any(t.ent_type_ == "PERCENT" or t.lower_ in PERCENT_WORDS
                                               for c in verb.children if c.dep_ in {"dobj", "npadvmod", "advmod"}
                                               for t in c.subtree):
                    predicate = "own"  # "QPL is already owned 48.3 pct by HWT": a stake in it (open), not the firm
                if predicate == "owns" and passive and (any(
                        ctx.entity_at(t) is None or ctx.entity_at(t) != ctx.entity_at(o)
                        for t, o in _fellow_owners(subject_token))  # ("Herald and Weekly Times Ltd": one name)
                        or any(c.dep_ == "advmod" and c.lower_ in _SHARED_OWNERSHIP for c in verb.children)):
                    predicate = "own"  # "H.C. Holdings Inc, owned by Branford Castle Inc, a merchant banker, members
                    # of its management and certain of its shareholders": one of its owners (open), not the owner ("owned
                    # by Townsend Thoresen, part of P and O's subsidiary": one name's "and")
                if predicate == "defeated" and (_a_race(ctx, verb) or _a_comparison(ctx, verb)):
                    predicate = verb.lemma_.lower()  # "beat Brian McFadden to the award": no match was won
                if predicate == "appointed" and verb.lemma_.lower() == "name" and (
                        verb.dep_ == "acl" and verb.tag_ == "VBN"
                        or any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in subject_token.children)):
                    predicate = "name"  # "a Maori named Joe Warbrick" (which the parser may read as a verb of "a
                    # Maori"): what he was called, no appointment
                if predicate == "appointed" and passive and not agents_of_passive:
                    predicate = verb.lemma_.lower()  # "Helena Christensen was named a Hans Christian Andersen
                    # ambassador", "Desperate Housewives was named top new drama and Joey ...": the subject is the one
                    # named, what follows the post; with no "by" the appointer is unsaid
                if predicate == "appointed" and any(
                        c.dep_ in {"oprd", "attr", "xcomp"} and (c.lemma_.lower() in _HONOURS or any(
                            t.lower_ == "year" and t.head.lower_ == "of" for t in c.subtree)) for c in verb.children):
                    predicate = verb.lemma_.lower()  # "named player of the year", "named best newcomer": an honour
                if predicate == "supported" and any(
                        c.dep_ in {"xcomp", "ccomp", "advcl"} and any(g.dep_ == "aux" and g.lower_ == "to"
                                                                      for g in c.children) for c in verb.children):
                    predicate = verb.lemma_.lower()  # "backed New Zealand to win the series": a forecast
                if ctx.sport and predicate == "replaced" and not any(
                        c.dep_ == "prep" and c.lower_ == "as" for c in verb.children):
                    # "Everitt replaced Mapletoft" in a match report, "Ljubicic, who replaced Srichaphan" in a draw,
                    # "O'Connor replacing Leamy" in a side: a substitution, no post ("replaced Ranieri as coach" is)
                    predicate = "replace"
                if predicate == "leaderOf" and verb.dep_ == "relcl" and any(
                        c.dep_ == "advmod" and c.lower_ == "where" for c in verb.children) \
                        and (region := ctx.entity_at(verb.head)) is not None and region.type == "Place":
                    predicate = verb.lemma_.lower()  # "the state of Schleswig-Holstein, where he heads the ruling
                    # CDU party": its branch there, not the national party
                if predicate == "fired" and any(
                        c.dep_ == "prep" and c.lower_ == "as" and any(
                            p.dep_ == "pobj" and p.lemma_.lower() not in PERSON_TITLES for p in c.children)
                        for c in verb.children):
                    predicate = verb.lemma_.lower()  # "the Wallenbergs were ousted as the largest shareholders in
                    # SKF": from a holding, not a post
                if predicate == "replaced" and any(
                        c.dep_ == "prep" and c.lower_ == "as" and any(
                            t.lower_ in {"number", "no", "no.", "ranked", "ranking", "rankings"} for t in c.subtree)
                        for c in verb.children):
                    predicate = "replace"  # "Hewitt replaces Roddick as world number two": a ranking, no post
                where, when = place, time
                if prep is not None and prep.pos_ == "NOUN":
                    # "held talks with Reagan in Washington": the place may hang off the noun or partner
                    noun_place, noun_time = ctx.place_and_time(prep, object_token)
                    where, when = where or noun_place, when or noun_time
                if not modality and when is not None and ctx.after_the_article(when):
                    modality = "hedged: future"  # "Mikulic visits West Germany next week": not yet
                if not modality and when is not None and verb.tag_ in {"VBP", "VBZ"} \
                        and when.text.lower().strip(". ") in WEEKDAY_NAMES:
                    modality = "hedged: future"  # "He and Arafat meet separately Monday with Albright": a weekday
                    # in the present tense is the schedule's, the one to come (the date reads the last one)
                if not modality and predicate in {"sold", "acquired", "mergedWith"} and verb.tag_ == "VBG" \
                        and any(c.dep_ == "aux" and c.lemma_ == "be" for c in verb.children):
                    modality = "hedged: under way"  # "Allied said it is selling Blocks": a sale not yet closed
                if not modality and predicate in _STANDING_TIES and any(
                        c.dep_ == "advmod" and c.lower_ in _BEFORE_WORDS
                        or c.dep_ == "aux" and c.lower_ == "had" for c in verb.children):
                    modality = "hedged: former"  # "Gould ... formerly headed Donaldson, Lufkin and Jenrette": a tie the
                    # graph would state as standing, which has ended; "Howes had been working for the Mines Advisory
                    # Group when he was abducted": a tie told as it stood before a past event
                extras: list[Span] = []
                for other in extra_preps:
                    if other.i != (prep.i if prep is not None else -1):
                        extras.append(ctx.phrase(other))
                first, second = (obj, subject) if swap else (subject, obj)
                phrases = (ctx.phrase(subject_token), ctx.phrase(object_token))
                yield Relation(
                    subject=first,
                    predicate=predicate,
                    object=second,
                    sentence=sentence,
                    extractor="svo.v1",
                    confidence=_confidence(subject, obj),
                    surface=surface,
                    place=where if where not in (subject, obj) else None,
                    time=when,
                    negated=modality == "negated",
                    hedged=modality.startswith("hedged"),
                    modality=modality,
                    kind="Event" if predicate in EVENT_PREDICATES else "Statement",
                    phrases=(*(phrases[::-1] if swap else phrases), *extras),
                    trigger=ctx.token_span(verb),
                )
