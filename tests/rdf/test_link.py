

def test_a_place_written_without_its_accents_is_known() -> None:
    """Wire copy writes "Sao Paulo", "Zurich", "Bogota"; GeoNames "São Paulo", "Zürich", "Bogotá"."""
    from kg.rdf.link import known_place, link_place

    assert known_place("Sao Paulo") and known_place("Zurich")
    link = link_place("Bogota")
    assert link is not None and link.name == "Bogotá"
