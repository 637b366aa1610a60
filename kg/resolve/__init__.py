"""Entity resolution within one article: one real-world thing, one entity.

"Trump", "Donald Trump" and "President Trump" are one person; "Kim" and
"Kim Jung-un" (a misspelling) are Kim Jong-un; "U.N." is the United Nations;
"North Korean officials" point at North Korea. Named things get an
article-independent key (type + canonical name), so the same person in two
articles is the same node; descriptions ("human rights groups", a quote, "a
2014 U.N. report") are keyed within their article.

Layer: resolve, over extraction; must not import kg.rdf or any layer above it.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from difflib import SequenceMatcher
from typing import TYPE_CHECKING, TypeVar

from kg.resolve.crossdoc import FIRM_FIRST_WORD, FullNames, NameIndex, RecordedNames
from kg.extract.context import UNRESOLVED, brackets_pair, without_legal_suffixes
from kg.extract.vocabulary import (CLUB_ENDINGS, CORPORATE_TITLES, EVENT_CUES, ORGANISATION_CUES,
                                   PERSON_TITLES, PLACE_CUES, STATE_BODY_WORDS, STRONG_ORGANISATION_CUES,
                                   TEAM_LEADER_TITLES, leads_a_team)
from kg.extract.gazetteer import (CANONICAL_NAMES, COUNTRIES, DEMONYMS, US_STATE_ABBREVIATIONS, WORLD_REGIONS,
                                  country_named, us_state)
from kg.resolve.names import (GENERIC_FIRST_WORDS, ORGANISATION_WORDS, UNIT_WORDS, clean, firm_initials, fold,
                              is_collective_actor, name_words, names_a_unit, person_short_words, strip_titles)
from kg.registry import derived
from kg.types import Article, Entity, EntityType, Mention, Relation

if TYPE_CHECKING:
    from kg.resolve.trust import Gazetteer

__all__ = ["FIRM_FIRST_WORD", "TEAM_SUFFIX", "FullNames", "NameIndex", "RecordedNames", "ResolvedArticle", "entity_key",
           "is_collective_actor", "resolve"]

_NAMED_TYPES = {"Person", "Organization", "Place", "Event", "Product", "Work"}
#: relations a person's organisation also stands in when he speaks for it
_CARRIED_BY_ORGANISATION = {"criticized", "praised", "urged", "accused", "supported", "opposed"}
_SPEAKS_FOR = {"worksFor", "leaderOf", "spokespersonFor"}
#: the stance of a quote: said in the speaker's role, so also the organisation's when he works for it or leads it;
#: a deed told in narration ("Anil has accused Anand Jain", of a vice-chairman) is the organisation's only when
#: its spokesman did it
_SAID_IN_ROLE = {"quotes.stance.v1"}
#: the provenance of a spokesman's stance credited to his organisation (:func:`_credit_organisations`)
AFFILIATION = derived("stance.affiliation.v1", emits=tuple(sorted(_CARRIED_BY_ORGANISATION)),
                      doc="A spokesman's criticism or praise is also his organisation's.")
_K = TypeVar("_K")


@dataclass
class ResolvedArticle:
    """An article's entities and relations, every mention mapped to an entity key."""

    article: Article
    entities: dict[str, Entity]
    key_of: dict[Mention, str]
    relations: list[Relation] = field(default_factory=list)

    def entity(self, mention: Mention) -> Entity:
        return self.entities[self.key_of[mention]]


def entity_key(entity_type: EntityType, name: str, scope: str | None = None) -> str:
    """``Entity/folded-name`` for a named thing, ``Type/scope/folded-name`` for an article-scoped one.

    A named thing's key (and so its IRI) does not carry its type: the type is a
    guess of the NER, voted over its mentions, and one real thing must keep one
    node whatever the NER made of it in one sentence (Aston Villa is one node,
    typed Organization). A name with nothing left after folding (punctuation,
    control characters) is keyed by a hash of itself, so two such names never
    share a node.
    """
    folded = fold(name) or "x" + hashlib.sha256(name.encode("utf-8", "surrogatepass")).hexdigest()[:12]
    return f"{entity_type}/{scope}/{folded}" if scope else f"Entity/{folded}"


#: last words of the names of laws and agreements
_DOCUMENT_CUES = {"act", "law", "treaty", "bill", "directive", "accord", "accords", "convention", "charter", "protocol",
                  "constitution", "agreement", "pact"}  # ("a new International Natural Rubber Agreement in Geneva")


#: what a ship's name begins with, case-folded without dots: "M/V Regent Sea", "USS Stark"
_VESSEL_PREFIXES = {"m/v", "mv", "m/s", "ms", "m/t", "mt", "ss", "hms", "uss", "usns", "rv"}


def _voted_type(cluster_type: EntityType, label: str, mentions: list[Mention]) -> EntityType:
    """The entity's type: a cue word of its name first ("Manchester United", "Jefferies & Co"), else the
    type most of its named mentions have (ties: the cluster's own)."""
    words = fold(label).split()
    if " ".join(words) in _COUNTRY_WORDS:
        return "Place"  # "the Soviet Union" ends in a union's word and is a state
    if len(words) > 1 and words[-1] in STRONG_ORGANISATION_CUES:
        return "Organization"
    if cluster_type != "Person" and words and words[-1] in ORGANISATION_CUES:
        return "Organization"
    if cluster_type != "Person" and words and (words[-1] in EVENT_CUES or " ".join(words[-2:]) in EVENT_CUES):
        return "Event"
    head = words[: words.index("of", 1)] if "of" in words[1:] else []
    if len(words) > 1 and words[-1] in PLACE_CUES and not (head and head[-1] in ORGANISATION_CUES) \
            and label.split()[0].casefold().replace(".", "") not in _VESSEL_PREFIXES:
        return "Place"  # "Imam Khomeini International Airport", "Old Trafford stadium": a site, no organisation (but
        # "Bank of the Red Sea" is a bank, and "the M/V Regent Sea cruise ship" a ship)
    if cluster_type != "Person" and len(words) > 1 and words[-1] in _DOCUMENT_CUES:
        return "Document"  # "Germany's Securities Trading Act", "the Kyoto Treaty": a text, based nowhere
    votes = Counter(m.type for m in mentions if m.type in _NAMED_TYPES)
    if not votes:
        return cluster_type
    best = max(votes.values())
    return cluster_type if votes.get(cluster_type) == best else sorted(t for t, n in votes.items() if n == best)[0]


@dataclass
class _Cluster:
    mentions: list[Mention]
    names: list[str]
    type: EntityType
    canonical: str | None = None

    def folded(self) -> set[str]:
        return {fold(n) for n in self.names} | ({fold(self.canonical)} if self.canonical else set())

    @property
    def label(self) -> str:
        if self.canonical:
            return self.canonical
        names = [n for n in self.names if brackets_pair(n)] or self.names  # a name written whole, if any
        longest = max(len(n.split()) for n in names)
        counts = Counter(n for n in names if len(n.split()) == longest)
        first_seen: dict[str, int] = {}
        for position, name in enumerate(names):
            first_seen.setdefault(name, position)
        # the most frequent of the fullest names; first seen wins a tie
        best = max(counts, key=lambda n: (counts[n], -first_seen[n]))
        # "McDonald's sales" is a possessive, "giant McDonald's," is the name (kg.extract keeps its "'s" there;
        # the names here are compared without it): the label is the name as written
        written = {" ".join(m.span.text.split()) for m in self.mentions}
        return next((n for n in (best + "'s", best + "\u2019s") if n in written), best)


def _canonical(mention: Mention, name: str) -> tuple[EntityType, str | None]:
    key = fold(name)
    if mention.type in {"Group", "Place"} and key in DEMONYMS:
        return "Place", DEMONYMS[key]  # ("Kuwaiti oil minister": the NER's place "Kuwaiti" is Kuwait too)
    if key in CANONICAL_NAMES and mention.type in {"Organization", "Place", "Group"}:
        return mention.type if mention.type != "Group" else "Organization", CANONICAL_NAMES[key]
    return mention.type, None


def _similar_people(a: str, b: str) -> bool:
    """Two spellings of one person's full name: the same words but one typo ("Kim Jong-un"/"Kim Jung-un").

    Not similar: "Kim Jong-un"/"Kim Jong-nam" (more than one letter apart), "George W. Bush"/
    "George H. W. Bush" (another initial), "Jon Smith"/"Jan Smith" (a short word changed).
    """
    fa, fb = fold(a).replace("-", " ").split(), fold(b).replace("-", " ").split()
    if len(fa) < 2 or len(fa) != len(fb) or fa[0] != fb[0]:
        return False
    changed = [(x, y) for x, y in zip(fa, fb) if x != y]
    if len(changed) != 1:
        return not changed
    x, y = changed[0]
    if min(len(x), len(y)) < 4:
        return False
    edits = sum(max(i2 - i1, j2 - j1) for tag, i1, i2, j1, j2 in SequenceMatcher(None, x, y).get_opcodes()
                if tag != "equal")
    return edits <= 1


#: clusters by a lookup key, each bucket in insertion order and keyed by ``id`` (clusters are not hashable)
_Buckets = dict[_K, dict[int, "_Cluster"]]


class _ClusterIndex:
    """The clusters of one article with lookups by name, so that a mention finds its cluster without a scan
    over all clusters (that scan made resolution quadratic in article length); every answer is the one the
    scan in creation order would give."""

    def __init__(self) -> None:
        self.clusters: list[_Cluster] = []
        self._position: dict[int, int] = {}  # id(cluster) -> creation order
        self._by_folded: _Buckets[str] = {}  # every folded name of a cluster, and its folded canonical name
        # people by the keys two spellings one letter apart share (see _person_variants), with the name
        self._people_by_variant: dict[tuple[tuple[str, ...], tuple[str, ...], str], dict[tuple[int, str], _Cluster]] = {}
        self._by_short_word: _Buckets[str] = {}  # the words _short_for lets stand for one of a cluster's names
        self._by_initials: _Buckets[str] = {}  # organisations by their names' initials
        # organisations by the words before "of" in their names: "Reserve Bank" of "Reserve Bank of Australia"
        self._by_head_of: _Buckets[str] = {}
        # organisations by their names' words without plural and -ing endings: "Disaster Emergency Committee"
        # is the article's "Disasters Emergency Committee" misspelt, not another body
        self._by_stems: _Buckets[tuple[str, ...]] = {}
        self._labels: dict[int, _LabelTally] = {}
        self._by_label: _Buckets[str] = {}  # clusters by their folded current label
        # firms by the words of their legal names without the suffix ("apollo computer" of "Apollo Computer Inc"),
        # and by the first words of those ("apollo"): how Reuters shortens a firm it has named in full
        self._by_legal_core: _Buckets[str] = {}
        self._by_legal_prefix: _Buckets[str] = {}
        # the firm whose legal name opens the article, by its first word when that word begins many names
        # ("American" of "American Century Corp said ..."): a wire story's lead firm, which it names so later
        self._lead_by_first_word: _Buckets[str] = {}
        # firms by their whole name without its legal suffix, of any length ("owens-illinois" of "Owens-Illinois Inc")
        self._by_suffixed_name: _Buckets[str] = {}

    def create(self, cluster: _Cluster) -> _Cluster:
        """Add a new, empty cluster after all others."""
        self._position[id(cluster)] = len(self.clusters)
        self.clusters.append(cluster)
        self._labels[id(cluster)] = _LabelTally()
        if cluster.canonical:
            _put(self._by_folded, fold(cluster.canonical), cluster)
            _put(self._by_label, fold(cluster.canonical), cluster)
        return cluster

    def add(self, cluster: _Cluster, mention: Mention, name: str) -> None:
        """Give ``cluster`` one more mention under ``name``."""
        cluster.mentions.append(mention)
        cluster.names.append(name)
        folded = fold(name)
        _put(self._by_folded, folded, cluster)
        if cluster.type == "Organization" and (spelt := _suffix_spelt_short(folded)) != folded:
            _put(self._by_folded, spelt, cluster)  # "Tribune company" is "Tribune Co"
        # a person's words as written: "O'Shea" is one word, the surname of "John O'Shea"
        words = name_words(name, cluster.type)
        if len(words) < 2:
            if words:
                _put(self._by_short_word, words[0], cluster)
        elif cluster.type == "Person":
            for word in person_short_words(words):
                _put(self._by_short_word, word, cluster)
        elif _short_for(words[0], words, cluster.type):
            _put(self._by_short_word, words[0], cluster)
        if cluster.type == "Organization":
            for letters in firm_initials(name):
                _put(self._by_initials, letters, cluster)
            if len(words) >= 2:
                _put(self._by_stems, _stems(words), cluster)
            if "of" in words[2:]:  # two words or more before "of": "Bank" alone stands for no bank
                _put(self._by_head_of, " ".join(words[: words.index("of", 2)]), cluster)
            core = without_legal_suffixes(words)
            if len(core) < len(words):
                _put(self._by_suffixed_name, " ".join(core), cluster)
            if 2 <= len(core) < len(words):
                _put(self._by_legal_core, " ".join(core), cluster)
                for prefix in _legal_short_forms(core):
                    _put(self._by_legal_prefix, prefix, cluster)
                if _INITIALS.fullmatch(name.split()[0]) and len(core) >= 2:
                    # "Reynolds" for "R.J. Reynolds Tobacco Co", "Penney" for "J.C. Penney Co": a founder's
                    # initials, which Reuters drops
                    _put(self._by_legal_core, " ".join(core[1:]), cluster)
                    for prefix in _legal_short_forms(core[1:]):
                        _put(self._by_legal_prefix, prefix, cluster)
                if mention.span.start == 0 and core[0] in GENERIC_FIRST_WORDS:
                    _put(self._lead_by_first_word, core[0], cluster)
        if cluster.type == "Person":
            for variant in _person_variants(name):
                self._people_by_variant.setdefault(variant, {})[(id(cluster), name)] = cluster
        if not cluster.canonical:
            tally = self._labels[id(cluster)]
            before = tally.best
            tally.add(name)
            if tally.best != before:
                if before is not None:
                    del self._by_label[fold(before)][id(cluster)]
                _put(self._by_label, fold(tally.best or ""), cluster)

    def _in_order(self, bucket: dict[int, _Cluster] | None) -> list[_Cluster]:
        return sorted((bucket or {}).values(), key=lambda c: self._position[id(c)])

    def joins(self, name: str, entity_type: EntityType) -> _Cluster | None:
        """The first cluster holding this name with a compatible type, or a person's name one letter apart."""
        found = [c for c in (self._by_folded.get(fold(name)) or {}).values() if _compatible(c.type, entity_type)]
        if not found and entity_type in {"Organization", "Group"}:
            found = [c for c in (self._by_folded.get(_suffix_spelt_short(fold(name))) or {}).values()
                     if c.type == "Organization"]
        if entity_type == "Person":
            for variant in _person_variants(name):
                found.extend(c for (_, known), c in (self._people_by_variant.get(variant) or {}).items()
                             if c.type == "Person" and _similar_people(name, known))
        return min(found, key=lambda c: self._position[id(c)], default=None)

    def headed(self, name: str, entity_type: EntityType) -> _Cluster | None:
        """The one earlier organisation whose name is ``name`` and "of" a place or field ("Reserve Bank" after
        "Reserve Bank of Australia"), or ``name`` with one word's plural or -ing ending changed; None when
        there is none or several."""
        found = [c for c in self._in_order(self._by_head_of.get(fold(name))) if _compatible(c.type, entity_type)]
        if len(found) != 1 and len(fold(name).split()) >= 2:
            found = [c for c in self._in_order(self._by_stems.get(_stems(fold(name).split())))
                     if _compatible(c.type, entity_type)]
        return found[0] if len(found) == 1 else None

    def legal_name(self, name: str, after: int) -> _Cluster | None:
        """The one organisation named before offset ``after`` whose legal name is ``name`` and a legal suffix, or
        begins with ``name`` ("Apollo", "Pacific Western" after "Apollo Computer Inc", "Pacific Western Airlines
        Corp"; a word that begins many names only for the firm that opens the article: "American" after "American
        Century Corp said"); None when there is none or several ("Pacific Western" after "Pacific Western Airlines
        Corp" and its "Pacific Western Airlines Ltd unit")."""
        key = fold(name)
        for bucket in (self._by_legal_core.get(key), self._by_legal_prefix.get(key), self._lead_by_first_word.get(key)):
            found = [c for c in self._in_order(bucket)
                     if c.type == "Organization" and min(m.span.start for m in c.mentions) < after]
            if found:
                return found[0] if len(found) == 1 else None
        return None

    def firm_named(self, name: str) -> _Cluster | None:
        """The one organisation named so far as ``name`` and a legal suffix ("Owens-Illinois" of "Owens-Illinois
        Inc"); None when there is none or several."""
        found = [c for c in self._in_order(self._by_suffixed_name.get(" ".join(name_words(name, "Organization"))))
                 if c.type == "Organization"]
        return found[0] if len(found) == 1 else None

    def shortened(self, word: str) -> list[_Cluster]:
        """The clusters, in order, with a name ``word`` alone can stand for (see :func:`_short_for`)."""
        return self._in_order(self._by_short_word.get(word))

    def with_initials(self, word: str) -> list[_Cluster]:
        """The organisations, in order, with a name whose initials are ``word``."""
        return self._in_order(self._by_initials.get(word))

    def labelled(self, word: str) -> list[_Cluster]:
        """The clusters, in order, whose label folds to ``word``."""
        return self._in_order(self._by_label.get(word))


class _LabelTally:
    """The running value of :attr:`_Cluster.label` of a cluster without a canonical name, kept as names come."""

    def __init__(self) -> None:
        self.longest = 0
        self.counts: dict[str, int] = {}
        self.first_seen: dict[str, int] = {}
        self.seen = 0
        self.best: str | None = None

    def add(self, name: str) -> None:
        self.first_seen.setdefault(name, self.seen)
        self.seen += 1
        length = len(name.split())
        if length > self.longest or self.best is None:
            self.longest, self.counts, self.best = length, {}, None
        if length < self.longest:
            return
        self.counts[name] = self.counts.get(name, 0) + 1
        # only this name's count grew: it is the new label or the old one still is
        if self.best is None or (self.counts[name], -self.first_seen[name]) > \
                (self.counts[self.best], -self.first_seen[self.best]):
            self.best = name


#: country names, folded
_COUNTRY_WORDS = frozenset(fold(country) for country in COUNTRIES)
#: folded place words that make a firm's name a unit's ("Texaco Canada Inc", "Honda America"): its first words
#: name the parent, not it
_UNIT_PLACE_WORDS = _COUNTRY_WORDS | {*DEMONYMS, *WORLD_REGIONS, "america", "usa", "us", "uk", "brasil", "deutschland",
                                      "italia", "espana", "nederland"}
#: words a name's first words never end on ("Volkswagen do [Brasil]", "Bank of [Montreal]")
_LINKING_WORDS = {"of", "and", "&", "the", "for", "de", "do", "da", "du", "des", "von", "van"}


#: a founder's initials that begin a firm's name: "R.J." of "R.J. Reynolds Tobacco Co"
_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}")


def _legal_short_forms(core: list[str]) -> list[str]:
    """The first words of a firm's legal name (``core``: its folded words without the suffix) that stand for it
    later in the article: "apollo" for "Apollo Computer Inc", "national fuel" for "National Fuel Gas Co". None when
    the words after them name a place other than by "of" (a unit: "Texaco Canada Inc" is not "Texaco"), nor a
    first word that begins many names ("General", "National"), nor words that end on "of" or "and"."""
    forms = []
    for length in range(1, len(core)):
        prefix, rest = core[:length], core[length:]
        if prefix[-1] in _LINKING_WORDS or (length == 1 and prefix[0] in GENERIC_FIRST_WORDS):
            continue
        if any(word in UNIT_WORDS or (i == 0 or rest[i - 1] != "of")
               and (word in _UNIT_PLACE_WORDS or " ".join(rest[i:i + 2]) in _UNIT_PLACE_WORDS)
               for i, word in enumerate(rest)):
            continue  # "Texaco Canada Inc", "Citicorp International Ltd": a unit, its first words the parent's
        forms.append(" ".join(prefix))
    return forms


def _stems(words: list[str]) -> tuple[str, ...]:
    """Words without a plural "s" or an "-ing": "disasters" and "disaster", "broadcasting" and "broadcast"."""
    return tuple(w[:-3] if w.endswith("ing") and len(w) > 5 else w[:-1] if w.endswith("s") and len(w) > 3 else w
                 for w in words)


def _put(index: _Buckets[_K], key: _K, cluster: _Cluster) -> None:
    index.setdefault(key, {}).setdefault(id(cluster), cluster)


def _person_variants(name: str) -> list[tuple[tuple[str, ...], tuple[str, ...], str]]:
    """Keys that two spellings share whenever :func:`_similar_people` holds for them: the same words around
    one word that is equal after deleting at most one letter from each. A superset: callers check."""
    words = tuple(fold(name).replace("-", " ").split())
    if len(words) < 2:
        return []
    keys = []
    for position in range(1, len(words)):
        word = words[position]
        before, after = words[:position], words[position + 1:]
        keys.append((before, after, word))
        keys.extend((before, after, word[:i] + word[i + 1:]) for i in range(len(word)))
    return keys


def _us_places(named: list[Mention], text: str, places: Gazetteer | None) -> dict[Mention, str]:
    """The names of US places wire copy writes with their state ("Salem, Ore."): each state its AP abbreviation
    names, and a town so placed, wherever its article names it, as "Salem, Oregon" (a bare "Salem" is a city in
    India, Massachusetts and Oregon), unless its name alone is that state's well-known city ("Houston, Texas":
    Houston). ``named`` in text order; no town is placed without the gazetteer, nor one placed in two states."""
    towns: dict[str, str | None] = {}
    for first, second in zip(named, named[1:]):
        state = us_state(second.span.text) if second.type == "Place" else None
        if places is None or state is None or first.type != "Place" \
                or text[first.span.end:second.span.start].strip() != ",":
            continue
        town = clean(first.span.text)
        folded = fold(town)
        if us_state(town) or folded in _COUNTRY_WORDS or folded in WORLD_REGIONS or folded in CANONICAL_NAMES \
                or text[second.span.end:second.span.end + 5].lstrip(" ,").startswith(("and ", "or ")):
            continue  # "Ohio, Texas and Oklahoma": a list of states; "Washington, D.C." has its own name
        if places.well_known_city(town, state):
            continue
        placed = f"{town}, {state}"
        towns[folded] = placed if towns.get(folded, placed) == placed else None
    renamed = {}
    for mention in named:
        if mention.type != "Place":
            continue
        name = towns.get(fold(clean(mention.span.text))) or US_STATE_ABBREVIATIONS.get(mention.span.text)
        if name:
            renamed[mention] = name
    return renamed


def _defined_acronyms(named: list[Mention], text: str) -> dict[Mention, Mention]:
    """The acronyms an article defines, each with the long name it stands for: one upper-case word right after an
    organisation's name of two words or more, in brackets or between commas ("The Brazilian Coffee Institute, IBC,
    is", "Petroleos de Venezuela (PDVSA)"), its letters the name's initials in any order (a name in another language
    orders them its own way: IBC for the Instituto Brasileiro do Cafe). ``named`` in text order."""
    defined: dict[Mention, Mention] = {}
    for long, short in zip(named, named[1:]):
        word = short.span.text
        between = text[long.span.end : short.span.start]
        closing = text[short.span.end : short.span.end + 1]
        if long.type != "Organization" or short.type not in {"Organization", "Place", "Person"} \
                or not (word.isalpha() and word.isupper() and 2 <= len(word) <= 6) \
                or not (between == " (" and closing == ")" or between == ", " and closing == ","):
            continue
        words = [w for w in fold(long.span.text).replace("-", " ").split() if w[:1].isalpha()]
        letters = sorted(word.casefold())
        if len(words) >= 2 and any(sorted(form) == letters for form in
                                   (*firm_initials(long.span.text), "".join(w[0] for w in words))):
            defined[short] = long
    return defined


def _the_korea(mentions: list[Mention]) -> str | None:
    """South Korea, when an article names it in full and never names North Korea: there "Korea" and "Korean" are the
    South ("Korean trade minister Rha Woong-Bae" in a story about South Korea). Not the other way round: a story
    about the North still calls the South's firms and ministers "Korean" ("Korean chipmaker Samsung")."""
    written = {fold(mention.span.text) for mention in mentions}
    south = any(name.startswith("south korea") for name in written)
    north = any(name.startswith("north korea") for name in written)
    return "South Korea" if south and not north else None


def _cluster_named(mentions: Iterable[Mention], renamed: dict[Mention, str] | None = None,
                   places: Gazetteer | None = None, defined: dict[Mention, Mention] | None = None) -> list[_Cluster]:
    """Group named mentions into clusters, in one pass with indexed lookups (linear in the mentions).
    ``renamed``: the canonical names of some mentions (see :func:`_us_places`); ``places``: the gazetteer that
    keeps a place it knows apart from a longer name it begins (see :func:`_merge_place_fragments`)."""
    index = _ClusterIndex()
    by_canonical: dict[tuple[str, str], _Cluster] = {}
    singles: list[tuple[Mention, str, EntityType]] = []
    mentions = list(mentions)
    korea = _the_korea(mentions)
    for mention in mentions:
        name = clean(mention.span.text)
        entity_type, canonical = _canonical(mention, name)
        if renamed and mention in renamed:
            canonical = renamed[mention]
        if korea and (canonical == "Korea" or not canonical and entity_type == "Place" and fold(name) == "korea"):
            canonical = korea
        if entity_type == "Person":
            name = strip_titles(name)
        if entity_type == "Place" and not canonical and places is not None and len(name.split()) == 1 \
                and name[:1].isupper() and not places.known_place(name) \
                and len(people := [c for c in index.shortened(fold(name)) if c.type == "Person"]) == 1:
            # a one-word "place" no gazetteer knows that is the surname of the one person the article has named in
            # full is that person ("talks with Moi" after "Kenyan President Daniel Arap Moi", "Gros" after "Francisco
            # Gros"): the NER's GPE for a bare surname
            index.add(people[0], mention, name)
            continue
        if entity_type == "Place" and not canonical and places is not None and name[:1].isupper() \
                and not places.known_place(name) and (firm := index.firm_named(name)) is not None:
            # a "place" no gazetteer knows that the article has named as a firm, with its legal suffix ("Owens-Illinois
            # said" after "Owens-Illinois Inc said"): the NER's GPE for the firm's short name, not a town of that name
            index.add(firm, mention, name)
            continue
        if canonical:
            key = ("canon", fold(canonical))
            cluster = by_canonical.get(key)
            if cluster is None:
                cluster = by_canonical[key] = index.create(_Cluster([], [], entity_type, canonical))
            index.add(cluster, mention, name)
        elif len(name_words(name, entity_type)) >= 2 or entity_type not in {"Person", "Organization"}:
            joined = index.joins(name, entity_type)
            if joined is None and entity_type == "Organization":
                joined = index.headed(name, entity_type) or index.legal_name(name, mention.span.start)
            if joined is not None:
                index.add(joined, mention, name)
            else:
                index.add(index.create(_Cluster([], [], entity_type)), mention, name)
        else:
            singles.append((mention, name, entity_type))
    # single words join the one cluster whose full name contains them ("Trump", "Kim", "Amnesty")
    long_forms = {m: c for c in index.clusters for m in c.mentions} if defined else {}
    for mention, name, entity_type in singles:
        if defined and mention in defined and (spelt_out := long_forms.get(defined[mention])) is not None:
            index.add(spelt_out, mention, name)  # "The Brazilian Coffee Institute, IBC,": the article says so
            continue
        word = fold(name)
        # NER often tags a bare surname as ORG ("urged Trump"): a person's name wins
        matches = [c for c in index.shortened(word)
                   if c.type == entity_type or (c.type == "Person" and entity_type == "Organization")]
        acronym = [c for c in index.with_initials(word) if c.type == "Organization"]
        target = matches[0] if len(matches) == 1 else acronym[0] if len(acronym) == 1 else None
        if len(acronym) == 1 and name.isupper() and len(name) > 1 and acronym[0] not in matches:
            target = acronym[0]  # "BHP acquired Utah": the initials of "The Broken Hill Pty Co Ltd", not "BHP
            # Petroleum International", a unit named after them
        if target is None and entity_type == "Organization" and not matches:
            target = index.legal_name(name, mention.span.start)
        if target is None:
            same = [c for c in index.labelled(word) if _compatible(c.type, entity_type)]
            target = same[0] if same else None
        if target is None:
            target = index.create(_Cluster([], [], entity_type))
        index.add(target, mention, name)
    clusters = index.clusters
    _merge_place_fragments(clusters, places)
    return [c for c in clusters if c.mentions]




#: a legal suffix written out, and as the wire shortens it
_SUFFIX_SPELLINGS = {"company": "co", "corporation": "corp", "incorporated": "inc", "limited": "ltd"}


def _suffix_spelt_short(folded: str) -> str:
    """A folded firm's name with its last word, a legal suffix written out, as the wire shortens it: "tribune company"
    -> "tribune co" (one firm, whichever way a sentence writes it)."""
    words = folded.split()
    if len(words) < 2 or words[-1] not in _SUFFIX_SPELLINGS:
        return folded
    return " ".join([*words[:-1], _SUFFIX_SPELLINGS[words[-1]]])


def _short_for(word: str, name: list[str], entity_type: EntityType) -> bool:
    """Whether one word can stand for a full name: a person's first or last word ("Trump", "Kim"),
    an organisation's first word ("Amnesty"), unless that word begins many names ("United")."""
    if len(name) < 2:
        return name == [word]
    if entity_type == "Person":
        return word in (name[0], name[-1])
    # "Amnesty" for "Amnesty International", "Yukos" for "Yukos Oil Company"; never "Sony" for "Sony Music"
    rest = name[1:]
    if "of" in rest[1:]:
        rest = rest[: rest.index("of", 1)]  # "Cato" for "Cato Institute of Washington": the words before its place
    return word == name[0] and word not in GENERIC_FIRST_WORDS and all(w in ORGANISATION_WORDS for w in rest) \
        and not names_a_unit(name)


#: the words after a company's first word that make the first word stand for it ("Nippon" for "Nippon Steel")
_FIRM_WORDS = ORGANISATION_WORDS - {"fc", "united", "city", "council", "association", "party", "watch", "institute",
                                    "institution", "foundation"} | {"iron"}


def _compatible(a: EntityType, b: EntityType) -> bool:
    return a == b or {a, b} <= {"Organization", "Group"}


def _merge_place_fragments(clusters: list[_Cluster], known: Gazetteer | None = None) -> None:
    """"the North" in an article about North Korea is North Korea; a place ``known`` knows by its own name stays
    itself ("Miami" beside "Miami Beach")."""
    places = [c for c in clusters if c.type == "Place"]
    # the places with a name of two words or more, by its first word (a fragment has one-word names only,
    # and only gives one-word names away, so this stays true while fragments merge)
    owners_by_word: dict[str, dict[int, _Cluster]] = {}
    for place in places:
        for name in place.names:
            words = fold(name).split()
            if len(words) > 1:
                owners_by_word.setdefault(words[0], {})[id(place)] = place
    # a company whose first word the NER took for a place: "Japan's Nippon" after "Japan's Nippon Steel",
    # "China's Baoshan" after "Baoshan Iron and Steel Co." (never a club: "Birmingham" of "Birmingham City")
    firms_by_word: dict[str, dict[int, _Cluster]] = {}
    for firm in clusters:
        if firm.type == "Organization" and not firm.canonical:
            for name in firm.names:
                words = fold(name).split()
                if len(words) > 1 and words[0] not in GENERIC_FIRST_WORDS \
                        and all(w in _FIRM_WORDS for w in words[1:]):
                    firms_by_word.setdefault(words[0], {})[id(firm)] = firm
    for fragment in places:
        if len(fragment.names) and all(len(fold(n).split()) == 1 for n in fragment.names) and not fragment.canonical:
            word = fold(fragment.names[0])
            owners = [c for c in (owners_by_word.get(word) or {}).values() if c is not fragment]
            if known is not None and known.known_place(fragment.names[0]):
                owners = []  # "a vice president of AmeriFirst Securities Corporation in Miami" beside "Miami Beach"
            if not owners:
                owners = list((firms_by_word.get(word) or {}).values())
            if len(owners) == 1:
                owners[0].mentions.extend(fragment.mentions)
                owners[0].names.extend(fragment.names)
                fragment.mentions.clear()
                fragment.names.clear()


def resolve(article: Article, mentions: Iterable[Mention], relations: Iterable[Relation], *,
            known: FullNames | None = None, places: Gazetteer | None = None, team_sport: bool = False) -> ResolvedArticle:
    """Group the mentions of one article into entities and key every mention.

    ``known`` holds full names from other articles: a person or organisation the
    article names only by one word ("Trump") takes the one known full name it
    stands for, and so the same key as in those articles. ``places`` (the offline
    gazetteer, kg/rdf/link.py) tells a city from a country: a city's name the
    article uses for a side ("Benitez's Liverpool", "beat Birmingham") is that
    side, an organisation labelled "Liverpool (team)", not the city's node. In
    news of a ``team_sport`` (``Extraction.team_sport``) so is a city the NER calls an organisation
    ("Liverpool and Millwall have been charged") or whose president, chairman or
    director the article names ("Madrid president Florentino Perez").

    Guarantees: every mention given (and every mention a relation uses) maps to
    exactly one entity; keys depend only on type and canonical name (named
    things) or on the article id too (descriptions, quotes), and on ``known``,
    never on hash seeds.
    """
    relations = list(relations)
    every = list(mentions)
    for relation in relations:
        for argument in (relation.subject, relation.object, relation.place):
            if isinstance(argument, Mention):
                every.append(argument)
    every = sorted(set(every), key=lambda m: (m.span.start, m.span.end, m.type))
    named = [m for m in every if m.ner_label and m.ner_label != UNRESOLVED and (
        m.type in _NAMED_TYPES or m.type == "Group" or m.type == "Document")]
    entities: dict[str, Entity] = {}
    key_of: dict[Mention, str] = {}
    role_holders = {r.subject for r in relations if r.kind == "Role" and r.subject.type == "Person"}
    # the name heading a team sheet ("Saracens: Bartholomeusz; Castaignede, Sorrell ..."): a side, never a person
    sheet_sides = {r.object for r in relations if r.extractor == "roles.teamsheet.v1" and isinstance(r.object, Mention)}
    firms = _firms_before_titles(article.text, relations)
    body_words = {fold(m.span.text) for m in _shown_as_bodies(relations)}
    clusters = _cluster_named(named, _us_places(named, article.text, places), places,
                              _defined_acronyms(named, article.text))
    # the names the article uses for a side: every cluster of such a name is the side ("Chelsea host Birmingham",
    # "Birmingham manager Steve Bruce"), whatever type the NER gave each
    sides = _sides(relations, team_sport) if places is not None else set()
    side_names = {fold(c.label) for c in clusters if sides.intersection(c.mentions)
                  or team_sport and c.type == "Organization" and not c.canonical}
    own_labels = {fold(c.label) for c in clusters if c.type == "Organization"}
    own_first_words = {label.split()[0] for label in own_labels if len(label.split()) > 1}
    for cluster in clusters:
        types = Counter(m.type for m in cluster.mentions)
        entity_type = cluster.type
        label = cluster.label
        full_name_person = types.get("Person") and any(
            len(fold(n).split()) > 1 for n, m in zip(cluster.names, cluster.mentions) if m.type == "Person")
        words = fold(label).split()
        if len(words) > 1 and (words[-1] in STRONG_ORGANISATION_CUES or team_sport and words[-1] in CLUB_ENDINGS):
            entity_type = "Organization"  # "Manchester United", "Jefferies & Co Inc", whatever the NER said; in news
            # of a team sport "Nottingham Forest", "Plymouth Argyle" (elsewhere "the Black Forest" is a region)
        elif entity_type == "Person" and sheet_sides.intersection(cluster.mentions):
            entity_type = "Organization"  # the NER reads a plural club name as a man ("Saracens", "Wasps")
        elif entity_type != "Place" and (full_name_person or any(m in role_holders for m in cluster.mentions)):
            # a full name the NER calls a person ("Mark Papermaster", though "Papermaster" alone was read as
            # an organisation three times), or a name under a title ("Italy coach John Kirwan"): a person
            entity_type = "Person"
        elif entity_type == "Person" and len(words) == 1 and firms.intersection(cluster.mentions):
            entity_type = "Organization"  # "Yukos spokesman Mike Lake": a firm, though the NER read every "Yukos" as a
            # person (a person's own spokesman is "Beckham's spokesman"; a full name or a title of its own keeps one)
        elif not cluster.canonical:
            voters = cluster.mentions
            if entity_type == "Organization" and any(
                    len(without_legal_suffixes(name.split())) < len(name.split()) for name in cluster.names):
                # a firm named with its legal suffix is no place, however often the NER read its short name as one
                # ("Nippon Kokan KK", then "Nippon Kokan" twice as a GPE: see _cluster_named)
                voters = [m for m in voters if m.type != "Place"]
            entity_type = _voted_type(entity_type, label, voters)
        shown_as_a_body = len(words) == 1 and words[0] in body_words
        if entity_type == "Person" and shown_as_a_body and not any(m in role_holders for m in cluster.mentions):
            entity_type = "Organization"  # "Valve said" in an article whose "Valve spokesman Doug Lombardi" speaks for
            # a firm: the NER's man of the same one word is the firm, not another article's man ("Crosby Valve")
        if entity_type == "Person" and label.endswith("s") and all(
                article.text[max(0, m.span.start - 4):m.span.start].lower() == "the " for m in cluster.mentions):
            entity_type = "Organization"  # "founded by the Beatles": a band's plural name, no person's
        # a surname takes the full name other articles gave, but not on a team-sport page: its team sheets name
        # dozens of bare surnames, and the store's one Hunt or Poole is another sport's or another club's man; nor
        # does an organisation called by one word there, whose one-word names are mostly clubs' (the store's one "Leeds
        # United" is not the rugby club, its "Chelsea Industries Inc" no club at all; a sponsor loses its full name)
        if known is not None and not cluster.canonical and not (team_sport and entity_type in {"Person",
                                                                                              "Organization"}):
            full = known.full_name(entity_type, label)
            another_firm = full is not None and entity_type == "Organization" and len(words) == 1 \
                and words[0] in own_first_words and fold(full) not in own_labels
            if another_firm:
                full = None  # not "Shell" in an article about Shell Canada Ltd: the store's Shell Oil Co is another
                # firm of the word (the store's "Heineken NV" is the article's own, and stays)
            elif full is None and entity_type == "Organization" and not team_sport \
                    and not shown_as_a_body \
                    and (person := known.full_name("Person", label)) \
                    and known.full_name(FIRM_FIRST_WORD, label) is None:
                entity_type, full = "Person", person  # NER often takes a bare surname for an organisation; not a
                # body the article shows as one ("Valve spokesman Doug Lombardi", "Sony's PlayStation 3") nor the first
                # word of a firm the store knows ("Sony" for Sony Corp, whatever man "Bridgend Sony" another made)
            label = full or label  # the name other articles gave in full
        if places is not None and entity_type == "Organization" and len(words) > 1 and words[0] == "new" \
                and not places.known_place(label) and places.known_place(label.split(" ", 1)[1]) \
                and all(_title_after(article.text, m.span.end) for m in cluster.mentions):
            label = label.split(" ", 1)[1]  # "New Southampton manager Harry Redknapp": the new holder of a title at a
            # body named after a place the gazetteer knows (New York, New Zealand, New England are places of their own)
        if team_sport and len(words) == 1 and words[0] in CLUB_ENDINGS and not cluster.canonical:
            # "United boss Sir Alex Ferguson" in a report that names Manchester United: the one club of the article
            # whose name ends so (none, or two: the word stays itself)
            clubs = {c.label for c in clusters if c is not cluster and c.type not in {"Place", "Event"}
                     and len(fold(c.label).split()) > 1 and fold(c.label).split()[-1] == words[0]}
            if len(clubs) == 1:
                entity_type, label = "Organization", clubs.pop()
        if places is not None and fold(cluster.label) in side_names and not cluster.canonical \
                and places.known_place(label) and not places.known_country(label):
            # a club called by its city ("Steve Bruce's Birmingham"): another thing than the city, so another node;
            # the club's full name when the article gives it ("Real Madrid midfielder", "the Madrid president" of
            # an article that names Real Madrid)
            entity_type, label = "Organization", _club_name(article.text, cluster, label, clusters)
        elif places is not None and entity_type == "Organization" and places.known_country(label):
            entity_type = "Place"  # "Slovakia's Daniela Hantuchova", read as an organisation: a country (its side too)
        if entity_type == "Organization" and not cluster.canonical:
            label = _state_s_own(article.text, cluster, label)
        key = entity_key(entity_type, label)
        entity = entities.setdefault(key, Entity(key, label, entity_type))
        for mention, name in zip(cluster.mentions, cluster.names):
            entity.mentions.append(mention)
            for alias in {clean(mention.span.text), name}:
                if alias and alias != entity.label:
                    entity.aliases.add(alias)
            key_of[mention] = key
    # a phrase the NER missed ("Human Rights Watch published ...") is still that entity
    named_by_fold = {fold(n): key for key, e in sorted(entities.items()) for n in (e.label, *sorted(e.aliases))}
    for mention in every:
        if mention in key_of:
            continue
        name = clean(mention.span.text)
        if mention.type in {"Thing", "Group"} and fold(name) in named_by_fold:
            key_of[mention] = named_by_fold[fold(name)]
            entities[key_of[mention]].mentions.append(mention)
            continue
        if mention.type == "Quote":
            key = entity_key("Quote", str(mention.span.start), scope=article.id)
            label = _shorten(mention.span.text)
        else:
            key = entity_key(mention.type, name, scope=article.id)
            label = name
        entity = entities.setdefault(key, Entity(key, label, mention.type))
        entity.mentions.append(mention)
        key_of[mention] = key
    _mark_generic(entities, relations, key_of)
    relations = [_placed_by_type(r, entities[key_of[r.subject]].type) for r in relations]
    if places is not None:
        relations = [_nationality(r, entities[key_of[r.object]].label, places, team_sport)
                     if r.predicate in {"livesIn", "playedFor"} and isinstance(r.object, Mention) else r
                     for r in relations]
        relations = _firms_of_countries(relations, entities, key_of, places)
        _firms_at(article.text, relations, entities, key_of, places)
    relations = _without_implied_nationalities(relations, key_of)
    resolved = ResolvedArticle(article, entities, key_of, relations)
    resolved.relations.extend(_credit_organisations(resolved))
    return resolved


#: the last words of a unit's name, which says whose only beside its owner's: "[US Sprint's] Southwest Division"
_UNIT_NAME_ENDS = {"division", "divisions", "unit"}
#: a state's name, then its possessive, right before a name or its modifiers: "Japan's [Export-Import Bank]", "US
#: Sprint's Dallas-based [Southwest Division]"
_STATE_POSSESSIVE = re.compile(r"([A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,2})['\u2019]s (?:[\w-]+-based |[a-z][\w-]* ){0,2}$")


def _state_s_own(text: str, cluster: _Cluster, label: str) -> str:
    """The label of a body whose name every state's body of its kind shares, with the one state the article gives it
    as owner ("Japan's Export-Import Bank", "Malaysia's Cocoa Growers' Council", "Georgia's Public Service
    Commission"), and of a unit with the one owner of any kind it gives ("US Sprint's Southwest Division"): the name
    alone is no one body. Any other label as it is, and this one when the article gives none or several owners."""
    words = fold(label).split()
    unit = len(words) > 1 and words[-1] in _UNIT_NAME_ENDS  # "US Sprint's Southwest Division": any owner's
    if not words or not unit and not all(word in STATE_BODY_WORDS for word in words):
        return label
    owners = set()
    for mention in cluster.mentions:
        found = _STATE_POSSESSIVE.search(text[max(0, mention.span.start - 50) : mention.span.start])
        if found is None:
            continue
        written = found.group(1)
        if unit or country_named(written) or us_state(written):
            owners.add(written)
    return f"{owners.pop()}'s {label}" if len(owners) == 1 else label


def _firms_before_titles(text: str, relations: list[Relation]) -> set[Mention]:
    """The one-word names the NER read as people that stand right before a company officer's title whose holder
    is another ("Yukos spokesman Mike Lake", "Glaxo chief executive Jean-Pierre Garnier"): the firm's."""
    firms: set[Mention] = set()
    for relation in relations:
        title = relation.attribute("roleTitle")
        named = relation.object
        if relation.kind != "Role" or not isinstance(named, Mention) or named.type != "Person" \
                or title.lower() not in CORPORATE_TITLES or len(named.span.text.split()) != 1:
            continue
        if text[named.span.end : named.span.end + len(title) + 1].lower() == " " + title.lower():
            firms.add(named)
    return firms


def _shown_as_bodies(relations: list[Relation]) -> set[Mention]:
    """The organisations' mentions the article's relations show as bodies, whatever their names look like elsewhere:
    one a person works for, leads or speaks for ("Valve spokesman Doug Lombardi"; "Blair's spokesman" speaks for a
    man the NER calls one), one that owns a product ("Sony's PSP")."""
    bodies: set[Mention] = set()
    for relation in relations:
        if not isinstance(relation.object, Mention):
            continue
        if relation.predicate in {"worksFor", "leaderOf", "spokespersonFor"} and relation.subject.type == "Person" \
                and relation.object.type == "Organization":
            bodies.add(relation.object)
        elif relation.predicate == "owns" and relation.object.type == "Product" \
                and relation.subject.type == "Organization":
            bodies.add(relation.subject)
    return bodies


#: where a thing of each type is: a place lies in a place, a body is based there, a person lives there
_PLACED_PREDICATES = {"Place": "locatedIn", "Organization": "basedIn", "Person": "livesIn"}
#: the words that place a thing without saying what it is: "X, Utah", "X of Voorburg", "Los Angeles' X"
_PLACING_WORDS = {",", "of", "in", "at", "from", "'s", "\u2019s", "'"}


def _placed_by_type(relation: Relation, subject_type: str) -> Relation:
    """A location read before the vote on its subject's type, its predicate chosen again by the voted type: "Altamont
    Bluebell Field, Utah" (a field, read as a firm) lies in Utah; a firm the NER read as a person is based there."""
    if relation.extractor != "places.v1" or relation.predicate not in _PLACED_PREDICATES.values() \
            or subject_type == "Person" or relation.surface not in _PLACING_WORDS:
        return relation  # (a "firm" or "place" voted a person is no resident: "Brazil's Dauster" is its delegate; a
        # nationality's noun says what the thing is: "Australian winemaker Southcorp" is a firm, whatever the vote)
    predicate = _PLACED_PREDICATES.get(subject_type, relation.predicate)
    return relation if predicate == relation.predicate else replace(relation, predicate=predicate)


#: words of places' names: "Italy's Lombardy region" is a place the gazetteer does not know, no firm
_PLACE_WORDS = PLACE_CUES | {"region", "province", "county", "district", "state", "territory", "valley", "island",
                             "islands", "river", "lake", "city", "town", "village", "coast", "mountains", "bay", "sea",
                             "delta", "peninsula", "field", "oilfield", "port", "border", "capital", "north", "south",
                             "east", "west"}


def _firms_of_countries(relations: list[Relation], entities: dict[str, Entity], key_of: dict[Mention, str],
                        places: Gazetteer) -> list[Relation]:
    """"France's Ubisoft", "Japan's Nintendo", read by the NER as places: a "place" no gazetteer knows that a
    country's possessive names is one of its firms (its towns and regions are places the gazetteer knows); its
    type becomes an organisation and the possessive its seat."""
    def unknown_place(entity: Entity) -> bool:
        return entity.type == "Place" and not places.known_place(entity.label) \
            and not _PLACE_WORDS & set(fold(entity.label).split())

    firms = {key_of[r.subject] for r in relations
             if r.predicate == "locatedIn" and r.surface == "'s" and isinstance(r.object, Mention)
             and places.known_country(entities[key_of[r.object]].label) and unknown_place(entities[key_of[r.subject]])}
    for key in firms:
        entities[key].type = "Organization"
    return [replace(r, predicate="basedIn") if r.predicate == "locatedIn" and key_of[r.subject] in firms else r
            for r in relations]


def _firms_at(text: str, relations: list[Relation], entities: dict[str, Entity], key_of: dict[Mention, str],
              places: Gazetteer) -> None:
    """"Paul King, principal security consultant at Cisco", with Cisco read by the NER as a place: a "place" no
    gazetteer knows that someone's title is held "at" is the firm he works for (a place the gazetteer knows, "an
    analyst at Moscow", stays a place, and the role an open statement)."""
    for relation in relations:
        if relation.extractor != "roles.v1" or relation.predicate not in {"worksFor", "leaderOf"} \
                or not isinstance(relation.object, Mention) \
                or text[max(0, relation.object.span.start - 3) : relation.object.span.start] != "at ":
            continue
        entity = entities[key_of[relation.object]]
        if entity.type == "Place" and not places.known_place(entity.label):
            entity.type = "Organization"


#: the roles that a state's own people hold for it: "French finance minister Herve Gaymard" works for France
_STATE_ROLES = {"worksFor", "leaderOf", "spokespersonFor"}


def _without_implied_nationalities(relations: list[Relation], key_of: dict[Mention, str]) -> list[Relation]:
    """The relations but a citizenship the person's own role for the same country says already: "Russian president
    Vladimir Putin" leads Russia, "Russian oil official Sergei Oganesyan" works for it; the nationality word before
    the title names the state served, and a reader takes the role from it, not a second fact (every tuning gold
    records the role alone). A citizenship beside a role hedged, negated or past ("former French president") stays,
    and beside a team's ("Spanish captain Jordi Arrese", "Agassi's Australian coach Darren Cahill"): the side is no
    country, and the coach of a player may be any country's."""
    served = {(key_of[r.subject], key_of[r.object]) for r in relations
              if r.predicate in _STATE_ROLES and isinstance(r.object, Mention)
              and not (r.negated or r.hedged or r.modality or leads_a_team(r.attribute("roleTitle")))}
    return [r for r in relations if r.predicate != "citizenOf" or not isinstance(r.object, Mention)
            or (key_of[r.subject], key_of[r.object]) not in served]


def _nationality(relation: Relation, place: str, places: Gazetteer, team_sport: bool) -> Relation:
    """A person "of" or "from" a country is its national ("Conchita Martinez of Spain", "Patty Schnyder from
    Switzerland"), which says nothing of where they live; "Jim Smith of Houston" lives in Houston. Outside team
    sports a country's player is its national too ("Slovakia's Karol Beck" in tennis, where the NER calls Slovakia
    an organisation): there is no side to play for."""
    if not places.known_country(place):
        return relation
    capped = relation.attribute("roleTitle").lower().split()[-1:] == ["international"] \
        or relation.surface.lower().startswith("represent")  # "Riley, representing England": he ran for it
    if relation.predicate == "livesIn" and relation.surface.lower() in {"of", "from"} or \
            relation.predicate == "playedFor" and not team_sport and not capped:
        return replace(relation, predicate="citizenOf")  # (an "Irish international" has run for Ireland)
    return relation


#: what the label of a side called by its city's name adds to the name: "Liverpool (team)"
TEAM_SUFFIX = " (team)"
#: words before a city's name that make it a club's ("Real Madrid", "Sporting Lisbon"), which the NER leaves out
_CLUB_PREFIXES = ("Real", "Atletico", "Sporting", "Dynamo", "Dinamo", "Inter", "Racing", "Olympique", "Borussia")
#: words of a broadcaster's name, which may end with a city as a club's does: "BBC Newcastle", "Radio Clyde"
_BROADCASTER_WORDS = {"bbc", "itv", "sky", "radio", "tv", "television", "fm"}
#: the last words of clubs' names as written ("Wednesday" of "Sheffield Wednesday")
_CLUB_ENDINGS_WRITTEN = {word.title() for word in CLUB_ENDINGS}


def _title_after(text: str, end: int) -> bool:
    """Whether a person's title is the next word after character ``end``: "New Southampton manager Harry
    Redknapp", "Sheffield Wednesday manager Paul Sturrock"."""
    after = text[end:end + 30].split()
    return bool(after) and after[0].lower() in PERSON_TITLES


def _club_name(text: str, cluster: _Cluster, city: str, clusters: list[_Cluster]) -> str:
    """The name of the side an article calls by its city: the city with the prefix the NER left out, or the one
    organisation of the article whose name ends with the city, or else the city marked as a side."""
    for mention in cluster.mentions:
        before = text[max(0, mention.span.start - 12):mention.span.start].split()
        if before and before[-1] in _CLUB_PREFIXES:
            return f"{before[-1]} {city}"
        after = text[mention.span.end:mention.span.end + 12].split()
        if after and after[0] in _CLUB_ENDINGS_WRITTEN \
                and _title_after(text, text.index(after[0], mention.span.end) + len(after[0])):
            # "Sheffield Wednesday manager Paul Sturrock": the NER read a weekday; a title after the word says it is
            # the club's ("Chelsea host Newcastle Wednesday" is a fixture's day)
            return f"{city} {after[0]}"
    longer = {c.label for c in clusters if c is not cluster and c.type == "Organization"
              and fold(c.label).endswith(" " + fold(city)) and not _BROADCASTER_WORDS & set(fold(c.label).split())}
    return longer.pop() if len(longer) == 1 else f"{city}{TEAM_SUFFIX}"


#: the titles that make their body a side in any news
_TEAM_TITLES = TEAM_LEADER_TITLES | {"assistant manager", "caretaker manager", "team manager", "player-manager"}


def _sides(relations: list[Relation], team_sport: bool = False) -> set[Mention]:
    """The mentions an article uses for a side: those a player plays for, a coach or captain leads (in news of a
    team sport, anyone with a title), that beat or lost to another ("Liverpool" in "Benitez's Liverpool"; a country's
    side stays the country's node)."""
    found: set[Mention] = set()
    for relation in relations:
        if not isinstance(relation.object, Mention):
            continue
        title = relation.attribute("roleTitle").lower()
        # (outside sport news only a bare team title: "Liverpool manager Rafa Benitez", not "a senior project
        # manager at Nokia", whose town's name is no side's)
        if relation.predicate == "playedFor" or relation.kind == "Role" and relation.predicate in {
                "leaderOf", "worksFor", "memberOf"} and (team_sport or leads_a_team(title) and title in _TEAM_TITLES):
            found.add(relation.object)
        elif relation.predicate == "defeated" and relation.subject.type != "Person":
            found.update((relation.subject, relation.object))
    return found


#: numbers written as words: no name of anything on their own
_NUMBER_WORDS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                 "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty",
                 "forty", "fifty", "hundred", "thousand", "million", "billion", "dozen"}
#: a number with a unit written as one word: "0.04secs", "7.64secs", "45%" (a name such as "3M" has capitals)
_MEASURE = re.compile(r"^[\d.,]+(?:[a-z]+|%)?$")


def _mark_generic(entities: dict[str, Entity], relations: list[Relation], key_of: dict[Mention, str]) -> None:
    """Flag the descriptions that name no actor or thing: they mint no node.

    Kept as nodes: named things, quotes, collective actors ("human rights groups",
    "protesters", "the police"), and documents the article ties to a publisher or
    releaser and a date ("a 2014 U.N. report"). Everything else ("mails", "shelves",
    "difficulty", "45%", an unresolved "he") is generic.
    """
    # an unnamed document is identified by who issued it *and* when ("a 2014 U.N. report", "a report Human
    # Rights Watch released last year"); "a recent study by X" or "IMF's report" names no one document
    dated = {key_of[r.subject] for r in relations if r.predicate == "datePublished"}
    dated |= {key_of[r.object] for r in relations if r.predicate == "released" and r.time is not None
              and isinstance(r.object, Mention)}
    issued = {key_of[r.subject] for r in relations if r.predicate == "publisher"}
    issued |= {key_of[r.object] for r in relations
               if r.predicate == "released" and isinstance(r.object, Mention) and r.subject.ner_label
               and r.subject.ner_label != UNRESOLVED}
    anchored_documents = dated & issued
    for key, entity in entities.items():
        if _MEASURE.match(entity.label) or fold(entity.label) in _NUMBER_WORDS:
            entity.generic = True  # "ran 0.04secs slower", "[Ocean's] Twelve": a measure or a number taken for a name
            continue
        if key.count("/") == 1 or entity.type == "Quote":
            continue  # a named entity, or a quote
        if entity.type == "Group":
            entity.generic = not is_collective_actor(entity.label)
        elif entity.type == "Document":
            # a statement named by common words alone ("an official statement" Boeing issued on a date) is what it
            # said, kept as the quote; a report so named is a document a reader can look up ("another report that
            # Human Rights Watch released last year")
            entity.generic = key not in anchored_documents or entity.label.split()[-1:] == ["statement"] \
                and not any(ch.isupper() or ch.isdigit() for ch in entity.label)
        else:
            entity.generic = True


def _shorten(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "\u2026"


def _credit_organisations(resolved: ResolvedArticle) -> list[Relation]:
    """A spokesman's criticism is also his organisation's (Amnesty criticized Trump)."""
    speaks_for: dict[str, list[tuple[Mention, str]]] = {}
    for relation in resolved.relations:
        if relation.predicate in _SPEAKS_FOR and isinstance(relation.object, Mention) \
                and resolved.entity(relation.object).type == "Organization":
            speaks_for.setdefault(resolved.key_of[relation.subject], []).append((relation.object, relation.predicate))
    credited: list[Relation] = []
    for relation in resolved.relations:
        if relation.predicate not in _CARRIED_BY_ORGANISATION:
            continue
        for organisation, role in speaks_for.get(resolved.key_of[relation.subject], []):
            if relation.extractor not in _SAID_IN_ROLE and role != "spokespersonFor":
                continue
            if isinstance(relation.object, Mention) and resolved.key_of[organisation] == resolved.key_of[relation.object]:
                continue
            credited.append(Relation(
                subject=organisation, predicate=relation.predicate, object=relation.object,
                sentence=relation.sentence, extractor=AFFILIATION,
                confidence=round(relation.confidence * 0.9, 3), surface=relation.surface,
                kind=relation.kind, attributes=relation.attributes,
                phrases=(organisation.span, *relation.phrases[1:]), trigger=relation.trigger,
            ))
    return credited
