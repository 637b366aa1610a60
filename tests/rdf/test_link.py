

def test_a_place_written_without_its_accents_is_known() -> None:
    """Wire copy writes "Sao Paulo", "Zurich", "Bogota"; GeoNames "São Paulo", "Zürich", "Bogotá"."""
    from kg.rdf.link import known_place, link_place

    assert known_place("Sao Paulo") and known_place("Zurich")
    link = link_place("Bogota")
    assert link is not None and link.name == "Bogotá"


def test_a_state_that_is_no_more_is_a_country_with_no_link() -> None:
    """A news archive's countries: "West Germany", "the Soviet Union" and "Yugoslavia" in Reuters of 1987 are
    nationalities and seats the sense checks accept (kg:citizenOf, kg:basedIn), with no GeoNames identity."""
    from kg.rdf.link import known_country, known_place, link_place

    for name in ("West Germany", "Soviet Union", "USSR", "Yugoslavia", "Zaire"):
        assert known_country(name) and known_place(name)
        assert link_place(name) is None
    assert not known_country("West Bank") and not known_country("Dusseldorf")
