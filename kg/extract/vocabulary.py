"""The controlled predicate vocabulary and the words that map onto it.

Predicates are local names of properties in ``ontology/kg.ttl``. A verb or
event noun not listed here is kept as an open predicate (its lemma), never
dropped.
"""

from __future__ import annotations

#: verb lemma -> controlled predicate
VERB_PREDICATES: dict[str, str] = {
    **dict.fromkeys(["meet", "confer"], "met"),
    **dict.fromkeys(["criticize", "criticise", "condemn", "denounce", "slam", "blast", "rebuke",
                     "castigate", "decry", "censure", "attack"], "criticized"),
    **dict.fromkeys(["praise", "laud", "commend", "hail", "applaud"], "praised"),
    **dict.fromkeys(["support", "back", "endorse", "champion"], "supported"),
    **dict.fromkeys(["oppose", "reject", "resist"], "opposed"),
    **dict.fromkeys(["urge", "press", "pressure", "pressurize", "exhort"], "urged"),
    **dict.fromkeys(["accuse", "blame", "charge"], "accused"),
    **dict.fromkeys(["deny", "dismiss"], "denied"),
    **dict.fromkeys(["visit", "tour"], "visited"),
    **dict.fromkeys(["attend"], "attended"),
    **dict.fromkeys(["announce", "unveil", "launch", "introduce"], "announced"),
    **dict.fromkeys(["sign", "ink"], "signed"),
    **dict.fromkeys(["release", "publish", "issue"], "released"),
    **dict.fromkeys(["lead", "head", "chair", "run"], "leads"),
    **dict.fromkeys(["employ", "hire"], "employs"),
    **dict.fromkeys(["sue"], "sued"),
    **dict.fromkeys(["kill", "assassinate", "murder", "shoot"], "killed"),
    **dict.fromkeys(["acquire", "buy", "purchase"], "acquired"),
}

#: event nouns (lemma) -> the predicate their participants stand in
EVENT_NOUNS: dict[str, str] = {
    **dict.fromkeys(["meeting", "summit", "talk", "talks", "encounter", "meet"], "met"),
    **dict.fromkeys(["visit", "trip"], "visited"),
    **dict.fromkeys(["criticism", "condemnation"], "criticized"),
    **dict.fromkeys(["lawsuit", "suit"], "sued"),
}

#: "hold talks", "have a meeting": light verbs whose object noun is the real event
LIGHT_VERBS = {"hold", "have", "host", "convene", "file", "bring", "launch"}

#: Symmetric predicates: "A met B" is also "B met A"
SYMMETRIC = {"met"}

#: verbs that introduce reported speech
SPEECH_VERBS = {"say", "tell", "state", "add", "claim", "warn", "note", "argue", "insist", "explain",
                "write", "announce", "declare", "report", "confirm", "acknowledge", "stress", "allege"}

#: words inside a quote that make it a criticism of the person it talks about
CRITICAL_VERBS = {"disregard", "ignore", "neglect", "fail", "betray", "abandon", "abuse", "violate",
                  "mislead", "lie", "undermine", "sacrifice", "jeopardize", "endanger", "silence",
                  "mishandle", "criticize", "condemn", "blame", "accuse", "waste", "squander"}
CRITICAL_PHRASAL_VERBS = {("turn", "back"), ("let", "down"), ("sell", "out"), ("walk", "away")}
PRAISING_VERBS = {"praise", "commend", "applaud", "welcome", "thank", "congratulate"}

#: role titles -> predicate linking the holder to the organisation or country
LEADER_TITLES = {"president", "leader", "prime minister", "premier", "chancellor", "king", "queen",
                 "emperor", "chairman", "chairwoman", "chair", "ceo", "chief executive", "head",
                 "chief", "governor", "mayor", "dictator", "founder", "co-founder", "director general",
                 "secretary-general", "secretary general", "general secretary", "president-elect"}
STAFF_TITLES = {"manager", "spokesman", "spokeswoman", "spokesperson", "minister", "secretary",
                "official", "director", "executive", "analyst", "researcher", "economist",
                "officer", "adviser", "advisor", "editor", "reporter", "correspondent", "ambassador",
                "envoy", "lawyer", "attorney", "engineer", "employee", "member", "representative",
                "vice president", "senator", "lawmaker", "general", "commander", "coach", "partner",
                "strategist", "scientist", "professor", "counsel", "treasurer", "vice-president",
                "senior vice president", "deputy", "aide", "chief economist", "staffer", "worker"}
PERSON_TITLES = LEADER_TITLES | STAFF_TITLES | {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.",
                                                "sir", "lady", "lord", "rev", "rev.", "gen", "gen."}

#: nouns that make a noun phrase a document
DOCUMENT_NOUNS = {"report", "study", "survey", "law", "bill", "book", "paper", "document", "resolution",
                  "statement", "letter", "memo", "memorandum", "article", "analysis", "review",
                  "assessment", "treaty", "agreement", "declaration", "poll", "white paper", "dossier",
                  "investigation", "audit"}

HEDGES = {"reportedly", "allegedly", "apparently", "possibly", "perhaps", "probably", "supposedly",
          "may", "might", "could", "would"}
PLAN_VERBS = {"plan", "intend", "hope", "want", "aim", "expect", "seek", "threaten", "promise", "pledge"}
