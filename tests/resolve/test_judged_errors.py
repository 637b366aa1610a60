"""Errors the blind judges found in judged sets 17 to 27 (bench/judged/), each fixed and kept fixed.

These sentences come from articles of judged samples that have been judged already: no later set draws them
(bench/judged/sample.py skips every record an earlier set drew), so fixing them tunes no measurement to come.
Each test states the edge the judge's note says a careful reader would sign, or the one they would not.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest

from kg.extract.context import name_flaw
from tests.resolve.test_trust_names import _strict_layers

pytestmark = pytest.mark.model


def test_a_place_after_a_comma_belongs_to_the_name_it_follows(nlp) -> None:  # type: ignore[no-untyped-def]
    """set 18, reuters21578-17413: "of Tokyo" is the parent's (the parse hangs it on the subject, the U.S. unit)."""
    text = ("Daiwa Securities America Inc, wholly owned by Daiwa Securities Co Ltd, of Tokyo, received approval to "
            "acquire a seat on the Toronto Stock Exchange for 361,000 Canadian dlrs, the exchange said.")
    direct, _ = _strict_layers(nlp, text)
    assert ("Daiwa Securities America Inc", "basedIn", "Tokyo") not in direct
    assert ("Daiwa Securities Co Ltd", "basedIn", "Tokyo") in direct


def test_a_place_after_the_second_of_two_firms_is_the_second_s(nlp) -> None:  # type: ignore[no-untyped-def]
    """set 18, reuters21578-17438: "between Sony Corp and Prudential Life Assurance of the U.S.": Prudential's."""
    text = ("Equitable Life Insurance Co Ltd, American Life Insurance Co Ltd and Sony Prudential Life Insurance Co, which "
            "is a joint venture between Sony Corp and Prudential Life Assurance of the U.S., Are the three U.S. Insurers "
            "offering variable life here.")
    direct, _ = _strict_layers(nlp, text)
    assert ("Sony Corp", "basedIn", "United States") not in direct


def test_a_portfolio_word_before_minister_is_no_body(nlp) -> None:  # type: ignore[no-untyped-def]
    """set 18, reuters21578-10311: "Postal Minister Shunjiro Karasawa" works for no body called "Postal"."""
    text = ("In a letter sent yesterday, Postal Minister Shunjiro Karasawa told U.S. Commerce Secretary Malcolm Baldrige "
            "that the ministry does not object to foreign participation by those U.S. Firms that have expressed "
            "interest.")
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[2] == "Postal"}


def test_bare_negotiators_say_not_whose_they_are(nlp) -> None:  # type: ignore[no-untyped-def]
    """set 18, reuters21578-10530: "negotiators had already held extensive talks with the Japanese": whose?"""
    text = ("They said Reagan could also delay invoking sanctions for a week or two, giving Japan a final opportunity to "
            "end the dumping practice, but added that negotiators had already held extensive talks with the Japanese "
            "to no avail.")
    direct, kept_open = _strict_layers(nlp, text)
    assert not {t for t in direct if t[0] == "negotiators"}
    assert ("negotiators", "talkedWith", "Japan") in kept_open


def test_a_unit_noun_inside_a_name_in_a_list_makes_no_parent(nlp) -> None:  # type: ignore[no-untyped-def]
    """set 18, reuters21578-15031: a list of sellers, not "X, the Guard Services Division of Y" (X's parent); and
    "of Hackensack" is the company it follows, not the list's first."""
    text = ("It said it acquired guard service companies C.S.C. Security Gaurd Service of Paramus, N.J., from Cartel "
            "Security Consultants Inc, the Guard Services Division of Security Services of America of Wayne, N.J., "
            "Capital Investigations and Protective Agency of Hackensack, N.J., and Meyer Detective Agency Inc of "
            "National Park, N.J.")
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[1] == "subsidiaryOf"}
    assert {t for t in direct if t[2] == "Hackensack"} <= {
        ("Capital Investigations and Protective Agency", "basedIn", "Hackensack")}


def test_a_company_read_as_a_person_is_based_where_it_is_of(nlp) -> None:  # type: ignore[no-untyped-def]
    """set 18, reuters21578-14896: "Mafina BV of Voorburg" is a firm (its "BV"), based there, not living there."""
    text = ("Mafina BV of Voorburg, a subsidiary of Petrofina SA <PETB.BR>, is issuing a minimum 200 mln franc seven "
            "year bond with warrants, paying two pct, lead manager Credit Suisse said.")
    direct, _ = _strict_layers(nlp, text)
    assert ("Mafina BV", "basedIn", "Voorburg") in direct
    assert not {t for t in direct if t[1] == "livesIn"}


def test_the_president_of_a_body_s_committee_works_for_the_body(nlp) -> None:  # type: ignore[no-untyped-def]
    """set 17, reuters21578-19377: he chairs "an Organization of American States special committee", not the OAS."""
    text = ("Mario Rodriguez Montero, president of an Organization of American States special committee on trade, said he "
            "was aware of the large U.S. trade deficit, but added \"the region should not be the one affected by the "
            "trade bills.\"")
    direct, _ = _strict_layers(nlp, text)
    assert ("Mario Rodriguez Montero", "leaderOf", "Organization of American States") not in direct


def test_the_chairman_of_the_x_union_leads_x(nlp) -> None:  # type: ignore[no-untyped-def]
    """set 18, reuters21578-9975: "the newly-elected chairman of the IG Metall union" leads IG Metall."""
    text = ("In addition, the newly-elected chairman of the IG Metall union, Franz Steinkuehler, was more radical and "
            "determined than his predecessor Hans Meyer and may be set for a longer battle to achieve the best possible "
            "settlement for his membership.")
    direct, _ = _strict_layers(nlp, text)
    assert ("Franz Steinkuehler", "leaderOf", "IG Metall") in direct


def test_a_managing_director_of_a_firm_works_for_it(nlp) -> None:  # type: ignore[no-untyped-def]
    """set 17, reuters21578-3716: "a managing director of Merrill Lynch" is one of its officers: worksFor."""
    text = ("Merrill Lynch said it has been cooperating with a Securities and Exchange Commission investigation of the "
            "matter for several months. The SEC charged Nahum Vaskevitch, a managing director of Merrill Lynch, Pierce, "
            "Fenner and Smith Ltd, with profiting from inside information about 12 companies involved in mergers.")
    direct, _ = _strict_layers(nlp, text)
    assert ("Nahum Vaskevitch", "worksFor", "Merrill Lynch, Pierce, Fenner and Smith Ltd") in direct
    assert not {t for t in direct if t[0] == "Nahum Vaskevitch" and t[1] == "memberOf"}


def test_talks_a_team_lays_the_groundwork_for_have_not_happened(nlp) -> None:  # type: ignore[no-untyped-def]
    """set 17, reuters21578-14820: "laying the groundwork for talks between Kuroda and Smith": to come."""
    text = ("Ministry of International Trade and Industry (MITI) Vice Minister Makoto Kuroda leaves for Washington today "
            "with data he hopes will refute U.S. Charges Japan has violated a pact on microchip trade.\n\nA three-man "
            "Japanese trade team is already in Washington laying the groundwork for talks between Kuroda and Deputy U.S. "
            "Trade Representative Michael Smith aimed at persuading the U.S. Not to impose tariffs on certain Japanese "
            "products.")
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[1] == "talkedWith"}


def test_an_annual_report_s_year_is_the_year_it_covers(nlp) -> None:  # type: ignore[no-untyped-def]
    """set 17, reuters21578-17242: "the Bundesbank's 1986 annual report" came out in 1987."""
    text = ("The Bundesbank's 1986 annual report said the government's choice of measures to compensate for any cut in "
            "tax income was a key political task.")
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[1] == "datePublished"}


def test_company_suffixes_alone_are_no_firm_bought(nlp) -> None:  # type: ignore[no-untyped-def]
    """set 17, reuters21578-3555: "Chase bought <Laurie Milbank and Co>" bought no firm called "Co"."""
    text = ("Citicorp <CCI.N> and Chase Manhattan Corp <CMB.N> have already entered the Japanese securities market by "
            "acquiring U.K. Securities houses already operating in Japan. Citicorp took over <Vickers de Costa Ltd> and "
            "Chase bought <Laurie Milbank and Co>.")
    direct, _ = _strict_layers(nlp, text)
    assert {t for t in direct if t[1] == "acquired"} == {("Citicorp", "acquired", "Vickers de Costa Ltd")}


@pytest.mark.parametrize(("text", "predicate"), [
    # set 19, reuters21578-19653: figures compared, no contest won
    ("However, Eurostat said the EC was still beaten by Japan, where prices were provisionally estimated to have "
     "fallen.", "defeated"),
    # set 19, reuters21578-14938: an audit "of" a firm is about it, not by it (and then no date makes it a document)
    ("California regulators said they were seeking disciplinary action against the accounting firm KMG Main Hurdman "
     "as the result of a 1985 audit of Technical Equities Corp., an investment firm that filed for bankruptcy last "
     "year.", "publisher"),
    # set 19, reuters21578-6052: "International" alone names no body
    ("International spokesman Pasi Natri told Reuters: \"we are willing to liberalise the economy as much as "
     "possible.\"", "spokespersonFor"),
    # set 19, reuters21578-19530: a sum of money read as a person
    ("The union body has been campaigning for a minimum monthly wage of 277 Zimbabwean dlrs (165 U.S. Dlrs).",
     "citizenOf"),
    # set 19, reuters21578-5670: offices in seven states, no seat
    ("The offices being sold operate under the name of City Consumer Serices Inc in Arizona, Colorado, Illinois, "
     "Maryland, New Mexico, Oregon and Virginia.", "basedIn"),
    # set 19, reuters21578-19387: the association is Dutch, its chairman's nationality is not stated
    ("Dutch coffee trade association chairman Frits van Horick said in Amsterdam the new formula is based on six year "
     "moving averages.", "citizenOf"),
])
def test_set_19_edges_a_reader_would_not_sign(nlp, text: str, predicate: str) -> None:  # type: ignore[no-untyped-def]
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[1] == predicate}


def test_a_sentence_end_the_parser_missed_links_no_nationality(nlp) -> None:  # type: ignore[no-untyped-def]
    """set 19, reuters21578-7667: "his Chinese counterpart Zhou Nan. Valerio said" made the Portuguese ambassador
    Chinese."""
    text = ("Portuguese Ambassador to China Octavio Valerio said there would be no formal talks over the weekend, but "
            "chief Portuguese negotiator Rui Medina said earlier he would have contacts later today with his Chinese "
            "counterpart Zhou Nan. Valerio said the next formal talks would be Monday.")
    direct, _ = _strict_layers(nlp, text)
    assert ("Octavio Valerio", "citizenOf", "China") not in direct


def test_a_firm_s_short_name_is_no_town(nlp) -> None:  # type: ignore[no-untyped-def]
    """set 19, reuters21578-10246: "S.G. Warburg and Co Inc" (split by the NER in two), then "Liro of Warburg"."""
    text = ("\"The Fed is sitting fairly pretty now. There's no real reason for it to change policy,\" said Joseph Liro "
            "of S.G. Warburg and Co Inc.\n\nThe Fed's absence may be explained by the lack of any pressing need for it "
            "to supply reserves, said Liro of Warburg.")
    direct, _ = _strict_layers(nlp, text)
    assert ("Joseph Liro", "worksFor", "S.G. Warburg and Co Inc.") in direct
    assert not {t for t in direct if t[1] == "livesIn"}


@pytest.mark.parametrize("text", [
    "Premier Industrial Corp said it named Robert Warren to the new post of vice chairman and William Hamilton "
    "president, succeeding Warren.",  # set 19, reuters21578-1278: "[Premier] Industrial Corp"
    pytest.param("Fruit of the Loom Inc said it agreed to sell its General Battery Corp subsidiary to Exide Corp for "
                 "about 145 mln dlrs in cash.",  # set 19, reuters21578-8224: "[Fruit of the] Loom Inc"
                 marks=pytest.mark.xfail(strict=True, reason="the parser tags 'Fruit' a common noun, which may begin "
                                         "a sentence before any firm's name ('Shares of the X Inc')")),
    "Paul Feretti, an analyst with New Orleans-based Howard, Weil, Labouisse, Friedrichs, Inc, said he was not "
    "surprised at market rumors that Tenneco might be the target of a takeover attempt.",  # "Howard, Weil[, ...]"
    "NV Philips Gloeilampenfabrieken <PGLO.AS> shares are due to start trading on the New York Stock Exchange on April "
    "14, Philips chairman Cor van der Klugt told the annual shareholders meeting.",  # set 19: "Cor van [der Klugt]"
    "\"The decision is economically irresponsible and industrially naive,\" said Bryan Noakes, director-general of "
    "the Confederation of Australian Industry's industrial council.",  # set 19: its council's head, not its own
])
def test_names_the_ner_cut_make_no_edge(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    """Set 19's cut names ("Industrial Corp", "Loom Inc", "Howard, Weil", "Cor van") end no edge; nor does a unit's
    head lead the body that owns the unit."""
    direct, _ = _strict_layers(nlp, text)
    cut = {"Industrial Corp", "Loom Inc", "Howard, Weil", "Cor van"}
    assert not {t for t in direct if t[0] in cut or t[2] in cut}
    assert ("Bryan Noakes", "leaderOf", "Confederation of Australian Industry") not in direct


@pytest.mark.parametrize(("text", "predicate"), [
    # set 20, reuters21578-19392: "Volkswagen [do Brasil]" is the Brazilian unit, not Volkswagen AG
    ("Wolfgang Sauer, president of Volkswagen do Brasil, said the government had created a crisis of confidence.",
     "leaderOf"),
    # set 20, reuters21578-7818: a money supply measure
    ("Canadian narrowly-defined money supply M-1 fell 1.16 billion dlrs to 32.94 billion dlrs in week ended March 11, "
     "Bank of Canada said.", "basedIn"),
    # set 20, reuters21578-3839: "First Boston" of "First Boston Inc": one name, no parent
    ("First Boston, the Swiss affiliate of First Boston Inc, said it raised its stake in the company to 11,262,307 "
     "shares, or 35.5 pct of the total, from 10,262,307 shares, or 32.8 pct.", "subsidiaryOf"),
    # set 20, reuters21578-17334: an agreement has parties, no publisher; no node without one
    ("The suit challenged the 1982 agreement by Nabisco to lease both of its high fructose corn syrup, HFCS, plants to "
     "ADM.", "datePublished"),
    # set 20, reuters21578-15470: a capital standing for its state
    ("Bonn's finance minister Gerhard Stoltenberg argues that major currency shifts needed to remedy the huge imbalance "
     "between West Germany and Japan's trade surpluses and America's trade deficit have already taken place.",
     "worksFor"),
    # set 20, reuters21578-1579: "Central America, U.S. officials said": no pair of places
    ("The State department, a major player in setting U.S. coffee policy, may then face conflicting pressures, "
     "particularly from politically-sensitive U.S. allies in Central America, U.S. officials said.", "locatedIn"),
])
def test_set_20_edges_a_reader_would_not_sign(nlp, text: str, predicate: str) -> None:  # type: ignore[no-untyped-def]
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[1] == predicate}


def test_a_firm_that_charges_another_violated_a_deal_accuses_it(nlp) -> None:  # type: ignore[no-untyped-def]
    """set 20, reuters21578-8258: "Emerson Electric charged AM General violated an agreement": a claim, no criminal
    charge ("charged X with" a crime, or "was charged")."""
    text = ("The arbitration proceeding was called after Emerson Electric charged AM General violated an agreement "
            "covering the development of certain components in the contract.")
    direct, kept_open = _strict_layers(nlp, text)
    assert not {t for t in set(direct) | set(kept_open) if t[1] == "charged"}


@pytest.mark.parametrize(("text", "expected"), [
    # set 20, reuters21578-19707: "Apollo" after "Apollo Computer Inc"
    ("Apollo Computer Inc said it introduced a new family of computer workstations. Apollo said its new workstation "
     "family, the Domain Series 4000 Personal Super Workstations, includes the first color workstation priced under "
     "19,000 dlrs. Apollo chief executive Thomas A. Vanderslice said the company would keep cutting prices.",
     ("Thomas A. Vanderslice", "leaderOf", "Apollo Computer Inc")),
    # set 18, reuters21578-10095: "Quantech" after "Quantech Electronics Corp"
    ("Quantech Electronics Corp said it is investigating available means of raising additional funds needed to finance "
     "continuing operations. Quantech said it has received waivers from Marine Midland Banks Inc through May 26. "
     "Quantech chairman Henry Ginsburg will guarantee the loan.",
     ("Henry Ginsburg", "leaderOf", "Quantech Electronics Corp")),
    # set 18, reuters21578-1558: two words, "National Fuel", after "National Fuel Gas Co"
    ("National Fuel Gas Co said it has proposed a plan of reorganization for Argo Petroleum Corp. The proposal calls "
     "for National Fuel's Seneca Resources Corp subsidiary to receive 75 pct of Argo's principal producing and "
     "undeveloped oil and gas assets.",
     ("Seneca Resources Corp", "subsidiaryOf", "National Fuel Gas Co")),
])
def test_a_firm_named_in_full_then_by_its_first_words_is_one_firm(nlp, text: str,  # type: ignore[no-untyped-def]
                                                                   expected: tuple[str, str, str]) -> None:
    """Judges called "Apollo", "Quantech", "National Fuel" names cut short: the article named each in full first."""
    direct, _ = _strict_layers(nlp, text)
    assert expected in direct


@pytest.mark.parametrize(("name", "short_forms"), [
    ("Apollo Computer Inc", ["apollo"]),
    ("National Fuel Gas Co", ["national fuel"]),  # "National" alone begins many names
    ("Commonwealth Bank of Australia Ltd", ["commonwealth", "commonwealth bank"]),  # "of" a place is in the name
    ("Texaco Canada Inc", []),  # a unit: a later "Texaco" may be the parent
    ("Volkswagen do Brasil SA", []),
    ("Daiwa Securities America Inc", []),  # "Daiwa" as often means the parent, Daiwa Securities Co Ltd
])
def test_the_first_words_that_may_stand_for_a_legal_name(name: str, short_forms: list[str]) -> None:
    """Names from Reuters articles: which first words of a firm's legal name stand for it later in its article
    (one firm only: a second firm with the same first words makes them stand for neither)."""
    from kg.extract.context import without_legal_suffixes
    from kg.resolve import _legal_short_forms
    from kg.resolve.names import fold

    assert _legal_short_forms(without_legal_suffixes(fold(name).split())) == short_forms


@pytest.mark.parametrize(("text", "expected", "not_expected"), [
    # set 16, reuters21578-15961: "Salem" alone is a city in India, Massachusetts and Oregon
    ("National Heritage Inc said it acquired the assets of Chartham Management Corp of Salem, Ore.\n\nTerms were not "
     "disclosed.\n\nThe assets acquired will be used to form a new divisional office serving the northwest, the "
     "nursing home operator said.\n\nThe newly acquired Salem operation has management responsibility for about 2,500 "
     "beds in 28 nursing homes in seven states.", ("Chartham Management Corp", "basedIn", "Salem, Oregon"), ("Chartham Management Corp", "basedIn",
                                                                             "Salem")),
    # set 21, reuters21578-19124: "Parker" alone is ambiguous
    ("The sucessor organization is a federal savings and loan association which will be managed under contract by "
     "Sunwood Management Corp. of Parker, Colo.", ("Parker, Colorado", "locatedIn", "Colorado"),
     ("Sunwood Management Corp.", "basedIn", "Parker")),
    # reuters21578-3547: Fort Worth is Texas's well-known city: its name alone is clear
    ("An investment group led by Robert M. Bass, one of the Bass brothers of Fort Worth, Texas, has been reported as "
     "owning about 25 pct of Taft stock.", ("Fort Worth", "locatedIn", "Texas"), ("Fort Worth, Texas", "locatedIn",
                                                                                  "Texas")),
])
def test_a_town_wire_copy_places_in_a_state_is_named_with_it(nlp, text: str, expected: tuple[str, str, str],  # type: ignore[no-untyped-def]
                                                             not_expected: tuple[str, str, str]) -> None:
    """Judges called "Salem", "Parker" and "Franklin" ambiguous: the node of a town the article places in a state
    with an AP abbreviation is "Town, State" (and the state has its name), unless the bare name is the state's
    well-known city."""
    from kg.rdf.link import GAZETTEER

    direct, _ = _strict_layers(nlp, text)
    assert expected in direct
    assert not_expected not in direct
    assert GAZETTEER.known_place(expected[2])


@pytest.mark.parametrize("text", [
    # set 20, reuters21578-3389: a grade of crude oil
    "Conoco said the increase brings its price for the U.S. benchmark crude West Texas Intermediate to 17.50 dlrs a "
    "barrel, up one dlr.",
    # set 16, reuters21578-9046: "American Honda" is the firm's U.S. arm; Honda is not based there
    "On a company by company basis, sales of U.S. made cars from the March 11 to 20 period were--GM 105,438, down "
    "14.8 pct, Ford 67,672, up 15.2 pct, Chrysler 30,909, down 3.6 pct, American Motors 790, down 6.2 pct, American "
    "Honda 10,520, up 9.5 pct.",
])
def test_a_nationality_bases_no_thing_and_no_bare_name_that_never_acts(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[1] == "basedIn"}


def test_a_nationality_before_a_body_s_noun_still_bases_it(nlp) -> None:  # type: ignore[no-untyped-def]
    """bbc-business-435 (a tuning article): "Australian brewer Fosters", "Australian winemaker Southcorp"."""
    text = ("Australian brewer Fosters has bought a large stake in Australian winemaker Southcorp, sparking rumours of a "
            "possible takeover.")
    direct, _ = _strict_layers(nlp, text)
    assert {("Fosters", "basedIn", "Australia"), ("Southcorp", "basedIn", "Australia")} <= direct


@pytest.mark.parametrize(("text", "expected"), [
    # set 21, reuters21578-8024
    ("\"This has been one of the few times that the consensus has been right,\" said Jim Creber, trader at Miller, "
     "Tabak, Hirsch and Co.", ("Jim Creber", "worksFor", "Miller, Tabak, Hirsch and Co.")),
    # set 19, reuters21578-3864
    ("Paul Feretti, an analyst with New Orleans-based Howard, Weil, Labouisse, Friedrichs, Inc, said he was not "
     "surprised at market rumors that Tenneco might be the target of a takeover attempt.",
     ("Paul Feretti", "worksFor", "Howard, Weil, Labouisse, Friedrichs, Inc")),
    # set 22, reuters21578-3682
    ("Merrill Lynch, Pierce, Fenner and Smith is a subsidiary of Merrill Lynch and Co Inc <MER>. The SEC charged Nahum "
     "Vaskevitch, a managing director of Merrill Lynch, Pierce, Fenner and Smith Ltd, with profiting from inside "
     "information.", ("Nahum Vaskevitch", "worksFor", "Merrill Lynch, Pierce, Fenner and Smith Ltd")),
])
def test_a_firm_named_after_its_partners_is_one_name(nlp, text: str,  # type: ignore[no-untyped-def]
                                                    expected: tuple[str, str, str]) -> None:
    """Judges called "Miller, Tabak", "Howard, Weil" and "Merrill Lynch" names cut short: the NER cuts at commas."""
    direct, _ = _strict_layers(nlp, text)
    assert expected in direct


def test_a_list_of_firms_is_no_partners_name(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-2031: firms in a list, each with its own suffix, stay apart."""
    from kg.extract import extract

    text = ("The arranger is LLoyds Merchant Bank Ltd and dealers are LLoyds, Samuel Montagu and Co Ltd, Morgan Grenfell "
            "and Co Ltd and S.G. Warburg and Co Ltd.")
    names = {m.span.text for m in extract(nlp(text)).mentions if m.type == "Organization"}
    assert not {n for n in names if "Montagu" in n and "Grenfell" in n}
    assert not {n for n in names if n.count(",") and "Lloyds" in n.title()}


@pytest.mark.xfail(strict=True, reason="a body's last words stand for it only when they are distinctive: 'Seaway "
                   "Authority' of 'St Lawrence Seaway Authority' is, but set 23's judges found 'the Appeal Court in "
                   "Luxembourg' (the EC's) joined to the 'Business Appeal Court' of The Hague, so no tail joins")
def test_a_body_named_in_full_then_by_its_last_words_is_one_body(nlp) -> None:  # type: ignore[no-untyped-def]
    """set 22, reuters21578-8009: "Seaway Authority" after "Canada's St Lawrence Seaway Authority" (the judge called
    the short label cut)."""
    text = ("The waterway is expected to lose 9-10 mln Canadian dlrs this year, said William Blair, an executive member "
            "of Canada's St Lawrence Seaway Authority.\n\n\"We haven't had a strike on the seaway for years...a "
            "prolonged strike would have a disasterous effect,\" Seaway Authority spokeswoman Gay Hemsley said.")
    direct, _ = _strict_layers(nlp, text)
    assert ("Gay Hemsley", "spokespersonFor", "St Lawrence Seaway Authority") in direct


def test_a_court_named_by_the_last_words_of_another_is_not_that_court(nlp) -> None:  # type: ignore[no-untyped-def]
    """set 23, reuters21578-9907: "the Appeal Court in Luxembourg" (the EC's) is not the Business Appeal Court."""
    text = ("The Business Appeal Court in The Hague ruled on the case last week.\n\nThe Het Comite spokesman said it was "
            "very likely it would refer questions to the Appeal Court in Luxembourg, and \"as a result it could easily "
            "be another nine to 12 months\" before a final decision.")
    direct, _ = _strict_layers(nlp, text)
    assert ("Business Appeal Court", "basedIn", "Luxembourg") not in direct


@pytest.mark.parametrize(("text", "parent_label"), [
    # set 23, reuters21578-15272 with a line of another article: "Citicorp" is no "Citicorp International Ltd"
    ("Citicorp International Ltd arranged the loan. SAMBA is 40 pct owned by Citicorp of the U.S. And the balance is "
     "held by Saudi shareholders.", "Citicorp"),
])
def test_a_firm_s_first_word_is_not_its_international_unit(nlp, text: str,  # type: ignore[no-untyped-def]
                                                           parent_label: str) -> None:
    direct, _ = _strict_layers(nlp, text)
    assert ("Citicorp International Ltd", "basedIn", "United States") not in direct


def test_the_store_s_names_give_no_unit_for_a_parent_s_first_word() -> None:
    """The cross-article index: "Citicorp" of one article takes no "Citicorp International Ltd" of another."""
    from kg.resolve.crossdoc import NameIndex

    names = NameIndex()
    names.add_all([("Organization", "Citicorp International Ltd"), ("Organization", "Amnesty International")])
    assert names.full_name("Organization", "Citicorp") is None
    assert names.full_name("Organization", "Amnesty") == "Amnesty International"


def test_a_firm_s_national_agent_has_no_nationality_from_it(nlp) -> None:  # type: ignore[no-untyped-def]
    """set 22, reuters21578-8085: "Ariadne's Philippine agent" acts for the firm in the Philippines."""
    text = ("\"Judge's offer of 3.8 billion pesos is about five pct of the Philippines' yearly budget,\" Ariadne's "
            "Philippine agent Domingo Panganiban was quoted as telling reporters yesterday.")
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[0] == "Domingo Panganiban" and t[1] == "citizenOf"}


def test_a_headquarters_building_lies_in_its_city(nlp) -> None:  # type: ignore[no-untyped-def]
    """set 22, reuters21578-8060: "U.N. Headquarters" is a site, not a body based somewhere."""
    text = "The new pact will be open for signature at U.N. Headquarters in New York from May 1 to December 31 this year."
    direct, _ = _strict_layers(nlp, text)
    assert ("U.N. Headquarters", "locatedIn", "New York") in direct
    assert not {t for t in direct if t[1] == "basedIn"}


def test_talks_scheduled_for_later_days_have_not_happened(nlp) -> None:  # type: ignore[no-untyped-def]
    """set 24, reuters21578-17305: "two rounds of talks between President Reagan and Nakasone, scheduled for Thursday
    and Friday" are talks to come (wrong, the judges said, as an edge)."""
    text = ("Prime Minister Yasuhiro Nakasone, beleaguered by political turmoil at home, sets out Wednesday on a tough "
            "mission to Washington aimed at defusing the most serious U.S.-Japanese trade tension in recent memory.\n\n"
            "Two rounds of talks between President Ronald Reagan and Nakasone, scheduled for Thursday and Friday, come "
            "on the heels of the imposition by the United States of punitive tariffs on Japanese goods for the first "
            "time since World War Two.")
    direct, kept_open = _strict_layers(nlp, text)
    assert not {t for t in direct if t[1] == "talkedWith"}
    assert kept_open[("Ronald Reagan", "talkedWith", "Yasuhiro Nakasone")] == "hedged: scheduled"


def test_a_title_someone_was_is_a_past_role(nlp) -> None:  # type: ignore[no-untyped-def]
    """set 24, reuters21578-19407: "Lewis was chief executive of the old Continental Bank of Canada" (partly: a past
    role given as present); his successor's appointment names him in full."""
    text = ("Lloyds Bank Canada, a unit of Lloyds Bank PLC said it appointed David Drake chief executive replacing David "
            "Lewis, who will remain as vice-chairman, effective June 30.\n\nLewis was chief executive of the old "
            "Continental Bank of Canada, which sold 90 pct of its assets to Lloyds Bank last November.")
    direct, kept_open = _strict_layers(nlp, text)
    assert ("David Lewis", "leaderOf", "Continental Bank of Canada") not in direct
    assert kept_open[("David Lewis", "leaderOf", "Continental Bank of Canada")] == "former role"


def test_a_share_owned_is_no_ownership_of_the_firm(nlp) -> None:  # type: ignore[no-untyped-def]
    """set 24, reuters21578-3491: "QPL is already owned 48.3 pct by HWT" (partly: a minority stake is no ownership)."""
    direct, _ = _strict_layers(nlp, "Queensland Press Ltd is already owned 48.3 pct by Herald and Weekly Times Ltd.")
    assert not {t for t in direct if t[1] == "owns"}
    direct, _ = _strict_layers(nlp, "Queensland Press Ltd is wholly owned by Herald and Weekly Times Ltd.")
    assert ("Herald and Weekly Times Ltd.", "owns", "Queensland Press Ltd") in direct


def test_two_firms_the_ner_joined_make_no_node(nlp) -> None:  # type: ignore[no-untyped-def]
    """set 24, reuters21578-14863: "Hoechst Celanese Corporation and Trade Mountain Pipe Line Company Ltd" read as one
    name (wrong: two firms, and only the second is of Vancouver)."""
    text = ("The partners in the study are Neste Oy, Celanese Canada Inc, Hoechst Celanese Corporation and Trade Mountain "
            "Pipe Line Company Ltd, of Vancouver, B.C.")
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if " and " in t[0]}


def test_initials_on_both_sides_of_and_are_one_firm_s_name(nlp) -> None:  # type: ignore[no-untyped-def]
    """set 24, reuters21578-12655: "coffee analyst at E.D. and F. Man" works for E.D. and F. Man, not for "E.D."."""
    text = ("Arthur Cherry, coffee analyst at E.D. and F. Man, expressed doubts the price spiral would continue much "
            "below current levels.")
    direct, kept_open = _strict_layers(nlp, text)
    assert not {t for t in direct if t[1] == "worksFor"}
    assert kept_open[("Arthur Cherry", "worksFor", "E.D.")] == "object name cut short 'E.D.'"


def test_an_airline_called_by_its_first_word_is_the_airline(nlp) -> None:  # type: ignore[no-untyped-def]
    """set 24, reuters21578-7930: "Ronald Allen, Delta's president" after "Delta Air Lines" leads Delta Air Lines
    (partly as "Delta": a name cut short)."""
    text = ("Delta Air Lines said a court order requiring Western Air Lines to arbitrate with two of its unions will not "
            "delay the April 1 merger between the two airlines.\n\n\"Nevertheless, the court order could cause "
            "significant personnel problems,\" Ronald Allen, Delta's president, said.")
    direct, _ = _strict_layers(nlp, text)
    assert ("Ronald Allen", "leaderOf", "Delta Air Lines") in direct


# -- set 25 (bench/judged/judgements-25.jsonl), read after its figure was reported


@pytest.mark.parametrize("text", [
    pytest.param('"We see a tough, tough short-term market, both as to price and volume," said Michael Phelps, vice '
                 "president of <Westcoast Transmission Co Ltd>, a major Canadian natural gas carrier.", id="carrier"),
    pytest.param("Current chairman Eishiro Saito, who is also chairman of the Federation of Economic Organisations "
                 "(Keidanren), a leading Japanese business organisation, will act as honorary chairman and advisor, "
                 "they added.", id="organisation"),
])
def test_a_body_s_nationality_is_not_its_officer_s(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-17410, -17262: the nationality describes the body the apposition names, parsed onto the man."""
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[1] == "citizenOf"}


@pytest.mark.parametrize("text", [
    pytest.param("Britain's Public Sector Borrowing Requirement (PSBR) showed a provisional net repayment of 300 mln "
                 "stg in February, compared with an unrevised 3.7 billion stg repayment in January, the Treasury said.",
                 id="measure"),
    pytest.param("When signs first emerged last Friday that OPEC was contemplating cutting the planned fourth quarter "
                 "ceiling, spot prices of the most widely traded crude oil, Britain's Brent Blend, surged 30-40 cents a "
                 "barrel.", id="crude"),
    pytest.param("Its gas will be fed into the Statpipe line, which gathers gas from Norway's Statfjord, Gullfaks and "
                 "Oseberg fields.", id="fields"),
])
def test_a_country_s_thing_is_based_nowhere(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-5846, -19588, -21541: a measure, a crude oil and oil fields the NER took for bodies."""
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[1] == "basedIn"}
    direct, _ = _strict_layers(nlp, "Japan's Toyota Motor Corp said its profits rose.")
    assert ("Toyota Motor Corp", "basedIn", "Japan") in direct


def test_a_participle_after_a_list_has_no_certain_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-17347: Campeau owns Allied Stores, not Federated, the buyer named first; after "The United States
    and France, backed by the IMF" the participle is both's: which names it describes is open."""
    text = ("Federated Department Stores Inc and Allied Stores, currently wholly owned by Robert Campeau, said they have "
            "entered into a definitive stock purchase agreement for the sale of Allied's Blocks Inc unit to Federated "
            "for 55 mln dlrs.")
    direct, _ = _strict_layers(nlp, text)
    assert ("Robert Campeau", "owns", "Federated Department Stores Inc") not in direct


def test_nobody_owns_a_city(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-8076: "a farm outside Sao Paulo owned by ... Matias Machline" (the farm is his)."""
    text = ("Over an informal barbecue at a farm outside Sao Paulo owned by millionaire entrepreneur Matias Machline, "
            "Sarney met more than 20 businessmen for discussion on Brazil's economic crisis.")
    direct, kept_open = _strict_layers(nlp, text)
    assert not {t for t in direct if t[1] == "owns"}
    assert kept_open[("Matias Machline", "owns", "Sao Paulo")] == "sense check: nobody owns the place 'Sao Paulo'"


def test_a_relative_clause_after_an_apposition_has_no_certain_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-5868: "Henk Heidweiler, a top aide to ... Desi Bouterse, who visited the Netherlands": the aide
    did (the judges' reading); the parse hangs "who" on Bouterse."""
    text = ("He told Reuters that Billiton presented the demands to Henk Heidweiler, a top aide to Surinam military "
            "leader Desi Bouterse, who visited the Netherlands last week for talks.")
    direct, _ = _strict_layers(nlp, text)
    assert ("Desi Bouterse", "visited", "Netherlands") not in direct


@pytest.mark.parametrize(("text", "expected", "reason"), [
    pytest.param("Norway will extend its 7.5 pct cutback in planned North Sea oil output in support of OPEC from July "
                 "15 until the end of this year, Oil Ministry spokesman Egil Helle told Reuters.",
                 ("Egil Helle", "spokespersonFor", "Oil Ministry"), "ambiguous object 'Oil Ministry'", id="ministry"),
    pytest.param("Reagan told reporters yesterday he was ordering a high-level review of security at the U.S. Embassy "
                 "in Moscow following a sex-and-spy scandal there.",
                 ("U.S. Embassy", "locatedIn", "Moscow"), "ambiguous subject 'U.S. Embassy'", id="embassy"),
])
def test_a_body_every_state_has_is_no_node_without_its_state(nlp, text: str,  # type: ignore[no-untyped-def]
                                                              expected: tuple[str, str, str], reason: str) -> None:
    """reuters21578-19509 (set 25) and -14914 (set 24): whose ministry, whose embassy in Moscow?"""
    direct, kept_open = _strict_layers(nlp, text)
    assert expected not in direct
    assert kept_open[expected] == reason


def test_a_lower_house_is_no_node_without_its_state(nlp) -> None:  # type: ignore[no-untyped-def]
    """set 24, reuters21578-17040: "Japan's Lower House" (partly: every parliament has one)."""
    text = ("Japan's Lower House passed the 1987 budget after the ruling Liberal Democratic Party agreed to a mediation "
            "proposal that could kill its plan to introduce a controversial sales tax.")
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if "Lower House" in t}


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("According to Kuwaiti oil minister Sheikh Ali al-Khalifa al-Sabah, actual OPEC production in the "
                 "fourth quarter could be well above the official ceiling at nearly 18 mln bpd.",
                 ("Sheikh Ali al-Khalifa al-Sabah", "worksFor", "Kuwait"), id="demonym-read-as-place"),
    pytest.param("House Ways and Means chairman Dan Rostenkowski said he questioned whether a U.S. tax on securities "
                 "transactions would be appropriate.",
                 ("Dan Rostenkowski", "leaderOf", "House Ways and Means Committee"), id="committee"),
    pytest.param("Ta Chung Hua Rubber Factory of Shanghai will raise a 30 to 35 mln U.S. Dlr loan to expand and "
                 "modernise its plant, arranger CCIC Finance Ltd said.",
                 ("Ta Chung Hua Rubber Factory", "basedIn", "Shanghai"), id="factory"),
    pytest.param('"To the Fed, the combination of a falling dollar and rising commodity prices look suspiciously like '
                 'the traces of expectations of accelerating inflation," said Denis Karnosky, analyst at Carroll, '
                 "McEntee and McGinley Inc.",
                 ("Denis Karnosky", "worksFor", "Carroll, McEntee and McGinley Inc."), id="partners-name"),
])
def test_set_25_names_made_whole(nlp, text: str, expected: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-19588, -8207, -15409, -12337: "Kuwaiti" (a place to the NER) is Kuwait; "Ways and Means" is the
    House committee; a factory is a body; a partners' name with "McEntee" is one name."""
    direct, _ = _strict_layers(nlp, text)
    assert expected in direct


def test_a_sale_under_way_is_not_done(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-17347: "Allied said it is selling Blocks" (closing in June)."""
    direct, kept_open = _strict_layers(nlp, "Allied Stores said it is selling Blocks Inc, which operates 10 department "
                                            "stores under that name in Indiana and Ohio.")
    assert not {t for t in direct if t[1] == "sold"}
    assert kept_open[("Allied Stores", "sold", "Blocks Inc")] == "hedged: under way"


# -- set 26 (bench/judged/judgements-26.jsonl), read after its figure was reported


def test_a_bare_chairman_is_no_party_s(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-15369: in an article about Labour's reforms, "Chairman Alan Gibbs" chairs a state forestry
    corporation; a party is no company whose bare titles its article names."""
    text = ("New Zealand's ruling Labour Party government has just completed its three-year economic reform which threw "
            "thousands of people out of work, yet its popularity has risen, a recent poll shows.\n\nAn Eyewitness/Heylen "
            "Poll showed Labour had the support of 50 pct of voters compared with the opposition National Party's 46 "
            "pct.\n\nThe latest survey confounded those who proclaimed Labour's days were numbered because of perceived "
            "insensitivity to its traditional backers, the workers, political analysts said.\n\nChairman Alan Gibbs said "
            "in a speech the forest service had been losing 100 mln dlrs annually.")
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[0] == "Alan Gibbs" and t[1] != "said"}


def test_a_name_in_single_quotes_is_no_location(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-16965: "change Taiwan's name to 'Taipei, China'" places Taipei nowhere."""
    direct, _ = _strict_layers(nlp, "\"The bank's board agreed to change Taiwan's name to 'Taipei, China',\" Fujioka "
                                    "said.")
    assert not {t for t in direct if t[1] == "locatedIn"}


def test_a_town_before_a_firm_s_noun_is_the_firm_s(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-10317: "Stuart McKibbin of Melbourne broker A.C. Goode" (the broker is of Melbourne)."""
    text = ("Stuart McKibbin of Melbourne broker <A.C. Goode and Co Ltd> said CSR had till now been overlooked by many "
            "of the offshore investors now heavily buying Australian gold and resource stocks.")
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[1] == "livesIn"}


def test_the_president_of_a_body_s_conference_works_for_the_body(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-19128: "OPEC conference president Rilwanu Lukman" presides over OPEC's conference (partly, as
    OPEC's leader)."""
    text = ("OPEC conference president Rilwanu Lukman said he expects next week's ministerial meeting in Vienna to be "
            "brief and calm and that OPEC's current price and production agreement may only need a slight review.")
    direct, _ = _strict_layers(nlp, text)
    assert ("Rilwanu Lukman", "leaderOf", "OPEC") not in direct
    assert ("Rilwanu Lukman", "worksFor", "OPEC") in direct
    # bbc-sport-226: a noun that says what kind of title it is names no unit ("caretaker boss" leads the club)
    direct, _ = _strict_layers(nlp, "He has been out of the game since being sacked at Spurs in September 2003 and "
                                    "worked alongside Wolves caretaker boss Stuart Gray at Southampton.")
    assert ("Stuart Gray", "leaderOf", "Wolves") in direct


def test_a_name_cut_before_a_portfolio_s_title_is_cut(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-10902 (set 18's article): "Nicaraguan External Trade Minister": "Nicaraguan External" is no body."""
    from kg.extract import extract

    extraction = extract(nlp("At a recent meeting in Managua, Nicaraguan External Trade Minister Alejandro Martinez "
                             "Cuenca said the talks failed."))
    assert {m.span.text: m.flaw for m in extraction.mentions}["Nicaraguan External"] == "cut short: Trade"


# -- set 27 (bench/judged/judgements-27.jsonl), read after its figure was reported


def test_a_ship_flies_a_flag_and_holds_no_citizenship(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-19594: "the Norwegian ship Mia Margrethe" (the NER reads the ship's name as a person's)."""
    text = ("The 224,607 tonne Norwegian ship Mia Margrethe and the Liberian-registered Stena Concordia, 273,616 tonnes, "
            "both came under fire off the Saudi Arabian coastline.")
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[1] == "citizenOf"}


def test_a_chief_whose_dismissal_the_sentence_tells_leads_no_more(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-3488: "following the dismissal of Communist Party chief Hu Yaobang": a past role."""
    text = ("The banker said officials have stressed repeatedly over the past six weeks that China's foreign borrowing "
            "will not be affected by a drive against \"bourgeois liberalism,\" a phrase meaning Western political "
            "ideas, following the dismissal of Communist Party chief Hu Yaobang on January 16.")
    direct, kept_open = _strict_layers(nlp, text)
    assert not {t for t in direct if t[0] == "Hu Yaobang"}
    assert kept_open[("Hu Yaobang", "leaderOf", "Communist Party")] == "former role"


def test_the_chairman_of_a_party_s_council_does_not_lead_the_party(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-17070: "LDP executive council chairman Shintaro Abe" chairs the council (the party's: he works
    for it), not the party."""
    text = ("Watanabe said he doubted the next prime minister would be any of the three so-called \"New Leaders,\" LDP "
            "secretary general Noboru Takeshita, LDP executive council chairman Shintaro Abe, and Finance Minister "
            "Kiichi Miyazawa.")
    direct, _ = _strict_layers(nlp, text)
    assert ("Shintaro Abe", "leaderOf", "LDP") not in direct
    assert ("Shintaro Abe", "worksFor", "LDP") in direct


def test_a_reserve_bank_is_no_node_without_its_state(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-8064: "Zimbabwe's Reserve Bank": every Commonwealth state has one, so its node is named with its
    state (from the sixteenth pass on; before, the edge stayed open); the Federal Reserve is one."""
    direct, kept_open = _strict_layers(nlp, "Zimbabwe's Reserve Bank, the nation's central bank, has denied the "
                                            "Zimbabwe dollar would be devalued.")
    assert not {t for t in [*direct, *kept_open] if t[0] == "Reserve Bank"}
    assert ("Zimbabwe's Reserve Bank", "basedIn", "Zimbabwe") in direct
    direct, _ = _strict_layers(nlp, "Federal Reserve chairman Alan Greenspan said rates would rise.")
    assert ("Alan Greenspan", "leaderOf", "Federal Reserve") in direct


# -- set 28 (bench/judged/judgements-28.jsonl), read after its figure was reported


def test_a_visit_a_when_clause_puts_in_this_week_is_to_come(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-13637: "will be explained ... this week when Finance Minister Kiichi Miyazawa visits Washington"."""
    text = ("The guidelines will be explained to the U.S. this week when Finance Minister Kiichi Miyazawa visits "
            "Washington for the meetings with the IMF and G-7 ministers, Ito added.")
    direct, kept_open = _strict_layers(nlp, text)
    assert not {t for t in direct if t[1] == "visited"}
    assert kept_open[("Kiichi Miyazawa", "visited", "Washington")] == "hedged: future"


def test_an_assistant_managing_director_does_not_lead(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-11781: "Yothin Aree, assistant managing director of Bangkok First Investment and Trust Ltd"."""
    text = ("Yothin Aree, assistant managing director of Bangkok First Investment and Trust Ltd (BFIT) echoed most "
            "analysts in saying that, barring dramatic increases in oil prices and world interest rates, the market "
            "will sustain its rally.")
    direct, _ = _strict_layers(nlp, text)
    assert ("Yothin Aree", "leaderOf", "Bangkok First Investment and Trust Ltd") not in direct
    assert ("Yothin Aree", "worksFor", "Bangkok First Investment and Trust Ltd") in direct


def test_the_town_of_a_firm_one_is_partner_in_is_not_his_employer(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-4510: "a partner in the Washington law firm of Butler and Binion"."""
    text = ("Halbert, Charles M. Bruce and James O. Burke were also named directors, expanding the board to five, "
            "Summit added.\n\nThe company said Burke is president and chief executive of <Allied Comprehensive Health "
            "Inc>, Abilene, while Bruce is a partner in the Washington law firm of Butler and Binion.")
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[2] == "Washington"}


def test_an_owner_s_nationality_is_not_its_unit_s(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-5398: "The Italian firm's Spanish subsidiary, Ferruzzi Espana SA" is Spanish."""
    text = ("The Italian firm's Spanish subsidiary, Ferruzzi Espana SA, took the majority equity stake, with the "
            "remaining 33 pct retained by GUADALCO.")
    direct, _ = _strict_layers(nlp, text)
    assert ("Ferruzzi Espana SA", "basedIn", "Italy") not in direct
    assert ("Ferruzzi Espana SA", "basedIn", "Spain") in direct


def test_an_affiliate_is_no_subsidiary(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-18811: "Xerox Corp's affiliate Rank Xerox Ltd" (Rank Xerox was half Rank's)."""
    text = ("Xerox Corp's affiliate Rank Xerox Ltd said it signed a definitive agreement to sell its Rank Xerox South "
            "Africa Pty Ltd affiliate to Altron Group <ALRN.O>, for undisclosed terms.")
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[1] == "subsidiaryOf"}


def test_a_prime_minister_designate_leads_nothing_yet(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-4854: "Italian Prime Minister designate Giulio Andreotti" is still forming a government."""
    text = ("Italian Prime Minister designate Giulio Andreotti expressed cautious optimism about his chances of forming "
            "a government, amid concern by industrialists that a lengthy political crisis could cause economic damage.")
    direct, kept_open = _strict_layers(nlp, text)
    assert ("Giulio Andreotti", "leaderOf", "Italy") not in direct
    assert kept_open[("Giulio Andreotti", "leaderOf", "Italy")] == "hedged: future role"


@pytest.mark.parametrize(("text", "name"), [
    # reuters21578-16290: the NER stops at the Italian "per"
    ("Italy's state-owned Ente Nazionale per l'Energia Elettrica (ENEL) is issuing a 15 billion yen eurobond due May "
     "27, 1994 paying 4-3/4 pct and priced at 101-7/8 pct, joint-lead bookrunner IBJ International Ltd said.",
     "Ente Nazionale"),
    # reuters21578-13588: and starts after the German "und"
    ("In chemicals BASF lost 5.70 to 276.10, but its mostly owned subsidiary Kali und Salz firmed 2.50 to 213.50, "
     "despite news last week it swung into a loss in 1986.", "Salz"),
    # reuters21578-893: a title's words ("Under-Secretary of State for Economic Affairs") name no body
    ("The U.S. Wants Japan to eliminate import controls on agricultural products within three years, visiting U.S. "
     "Under-Secretary of State for Economic Affairs Allen Wallis told Eishiro Saito, Chairman of the Federation of "
     "Economic Organisations (Keidanren).", "State for Economic Affairs"),
    # reuters21578-14649: free on board is no body
    ("Based on that price, dealers said refined corn oil, FOB, New York, was nominally 27.15 cents a lb.", "FOB"),
])
def test_set_28_names_that_name_nothing_make_no_edge(nlp, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if name in (t[0], t[2])}


# -- set 29 (bench/judged/judgements-29.jsonl), read after its figure was reported


def test_a_nationality_before_a_market_is_the_market_s(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-19042: "Japanese LSI market": a kind of chip, no body based in Japan."""
    text = "Mitsui expects last year's 10 billion yen Japanese LSI market to grow quickly."
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[0] == "LSI"}


def test_a_title_s_department_is_not_the_employer(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-2597: "ATT's Vice-President of Marketing Services" works for ATT."""
    text = ("Lawrence Garfinkel, ATT's Vice-President of Marketing Services, said, \"With this filing, we're "
            "suggesting that regulators replace a blanket approach to regulating ATT with a more finely tuned, "
            "targeted approach.\"")
    direct, _ = _strict_layers(nlp, text)
    assert ("Lawrence Garfinkel", "worksFor", "Marketing Services") not in direct
    assert ("Lawrence Garfinkel", "worksFor", "ATT") in direct


def test_a_producers_spokesman_is_not_the_council_s(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-7071: "Ghanaian delegate and producer spokesman Mama Mohammed" in an article about the ICCO."""
    text = ("Hopes mounted for an agreement on cocoa buffer stock rules at an International Cocoa Organization, ICCO, "
            "council meeting which opened here today, delegates said.\n\nBoth producer and consumer ICCO members said "
            "after the opening session that prospects for an agreement on the cocoa market support mechanism were "
            "improving.\n\n\"The chances are very good as of now of getting buffer stock rules by the end of next "
            "week,\" Ghanaian delegate and producer spokesman Mama Mohammed told journalists.\n\nConsumer spokesman "
            "Peter Baron called the tone of the negotiations \"optimistic and realistic.\"\n\nThe ICCO council failed "
            "to agree on buffer stock rules when a new International Cocoa Agreement came into force in January.")
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[1] == "spokespersonFor"}  # (nor is the consumers' the council's)


def test_a_man_with_whom_heading_a_body_is_supposed_does_not_lead_it(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-18159: "with Greenspan heading the Fed, I'm afraid ...": Greenspan was only nominated."""
    text = ("Bieber, whose union has 1.1 mln members, said that with Greenspan heading the Fed, \"I'm afraid it means "
            "a continuation of the same policies we've been on, which I don't think are the right policies.\"")
    direct, kept_open = _strict_layers(nlp, text)
    assert not {t for t in direct if t[1] == "leaderOf"}
    assert kept_open[("Greenspan", "leaderOf", "Fed")] == "hedged: circumstance"


def test_one_leaving_a_post_has_not_left_it_yet(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-18159: "Paul Volcker is leaving as chairman of the Federal Reserve Board"."""
    text = ("United Automobile Workers union president Owen Bieber said he was pleased Paul Volcker is leaving as "
            "chairman of the Federal Reserve Board but not encouraged at Alan Greenspan's nomination to succeed him.")
    direct, kept_open = _strict_layers(nlp, text)
    assert not {t for t in direct if t[1] == "resignedFrom"}
    assert kept_open[("Paul Volcker", "resignedFrom", "Federal Reserve Board")] == "hedged: future"


@pytest.mark.parametrize(("text", "wrong", "right"), [
    # reuters21578-826: the Swedish maker and its U.S. distributor share a name
    ("The drug will be made by Kabivitrum of Stockholm, Sweden and distributed here under the trade name Cyklokapron "
     "by Kabivitrum Inc of Alameda, Calif.", ("Kabivitrum Inc", "basedIn", "Stockholm"),
     ("Kabivitrum Inc", "basedIn", "Alameda, California")),
    # reuters21578-16389: "Prudential Insurance Co of Canada" is not the American company named before
    ("Bache Securities Inc, 80 pct-owned by Prudential-Bache Securities Inc, a unit of Prudential Insurance Co of "
     "America, said it would change its name.\n\nMcGough said the move would allow it access to its U.S. parent's "
     "134 billion U.S. dlrs of capital and products offered by Prudential Insurance Co of Canada, also owned by "
     "Bache's U.S. parent.", ("Prudential Insurance Co of America", "basedIn", "Canada"), None),
])
def test_a_seat_of_one_firm_is_not_another_s_of_its_name(nlp, text: str,  # type: ignore[no-untyped-def]
                                                          wrong: tuple[str, str, str],
                                                          right: tuple[str, str, str] | None) -> None:
    direct, _ = _strict_layers(nlp, text)
    assert wrong not in direct
    assert right is None or right in direct


def test_a_party_s_premier_governs_the_state_as_a_member(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-21508 (beside the judged triple): "The state's CDU premier, Uwe Barschel" is in the party."""
    text = ("Stoltenberg had to leave monetary talks in Washington last month early to sort out a row in the northern "
            "state of Schleswig-Holstein, where he heads the ruling CDU party.\n\nThe state's CDU premier, Uwe "
            "Barschel, had to resign after allegations of a \"dirty tricks\" election campaign.")
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[1] == "leaderOf"}  # (nor does Stoltenberg lead the national party)
    assert ("Uwe Barschel", "memberOf", "CDU party") in direct


@pytest.mark.parametrize(("text", "name"), [
    # reuters21578-11532: the NER stops before the Portuguese "do"
    ("Widespread rain interfered with summer crop harvesting in Brazil's Rio Grande do Sul and southern Mato Grosso "
     "do Sul in the week ended March 28, the Joint Agricultural weather Facility said.", "Rio Grande"),
    # reuters21578-21475: oilfields in a list, the first one taken for a body
    ("The shipping sources said Iran's Sassan, Rostam and Rakhsh offshore oilfields were attacked at 0700 local "
     "(0300 GMT) by a wave of jet fighter bombers.", "Sassan"),
])
def test_set_29_names_that_name_no_body_make_no_edge(nlp, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if name in (t[0], t[2])}


# -- set 30 (bench/judged/judgements-30.jsonl), read after its figure was reported


def test_a_dateline_is_no_title_s_body(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-13366: "DHAKA - President Hossain Mohammad Ershad": the dateline, not what he leads."""
    text = ("DHAKA - President Hossain Mohammad Ershad said the army could be called out to tackle the current food "
            "shortage, but he dismissed fears of an impending famine.")
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[2] == "DHAKA"}


def test_a_liner_s_name_is_no_body(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-2958: "the liner Empress of Ireland" is a ship."""
    text = ("The second biggest loss of life in peacetime was in 1914 when 1,014 people drowned when the liner Empress "
            "of Ireland collided with a freighter on the St Lawrence river in Canada.")
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[2] == "Ireland"}


def test_a_poll_named_by_its_day_is_no_document(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-14030: "Today's MORI poll showed ...": a description, no named work."""
    text = ("In The Times of London, a MORI poll gave the Tories a 92 seat majority. It was the sixth poll to show the "
            "ruling party with a big lead over the opposition Labour Party and the fast-improving centrist Alliance."
            "\n\nToday's MORI poll showed an Alliance gain of eight points over the past month in around 100 key "
            "marginal seats where the outcome of the next election is likely to be decided.")
    direct, _ = _strict_layers(nlp, text, dt.date(1987, 4, 7))
    assert not {t for t in direct if "poll" in t[0]}


def test_a_city_is_not_a_longer_city_it_begins(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-20571: "AmeriFirst Securities Corporation in Miami" beside a "Miami Beach broker"."""
    text = ("\"I don't know of any demographic studies, but we certainly have the highest number of elderly active "
            "investors,\" said Marshall Moore, a vice president of AmeriFirst Securities Corporation in Miami.\n\nMiami "
            "Beach broker George Fox, most of whose clients are over 60, worries that many are not taking the "
            "situation seriously enough.")
    direct, _ = _strict_layers(nlp, text)
    assert ("AmeriFirst Securities Corporation", "basedIn", "Miami Beach") not in direct
    assert ("AmeriFirst Securities Corporation", "basedIn", "Miami") in direct


def test_the_president_of_a_firm_named_beside_its_noun_leads_it(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-5302: "David Goodstein, president of the consulting firm Interconsult Inc." (judged worksFor,
    too weak, in the article's build; alone the sentence leads there already: this test keeps it so)."""
    text = ("\"IBM's announcement will give tremendous stimulation to the development of the desktop publishing "
            "market,\" said David Goodstein, president of the consulting firm Interconsult Inc.")
    direct, _ = _strict_layers(nlp, text)
    assert ("David Goodstein", "leaderOf", "Interconsult Inc.") in direct


# -- set 31 (bench/judged/judgements-31.jsonl), read after its figure was reported


def test_an_entry_of_a_list_of_sums_is_no_place(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-16939: "Brunei 3.8 billion" is a loss in a list, not a place in China."""
    text = "Iran also lost about six billion dlrs, Brunei 3.8 billion, China three billion and Malaysia 0.8 billion."
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[1] == "locatedIn"}


def test_a_city_is_not_inside_its_own_full_name(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-4503: "from his Washington, D.C. headquarters": one place."""
    text = ("Iowa Beef Processors Inc is lifting a lockout at its Dakota City, Nebraska processing plant and plans to "
            "resume operations March 16, United Food and Commercial Workers Union spokesman Allen Zack said by phone "
            "from his Washington, D.C. headquarters.")
    direct, kept_open = _strict_layers(nlp, text)
    assert ("Washington", "locatedIn", "Washington, D.C.") not in direct
    assert ("Dakota City, Nebraska", "locatedIn", "Nebraska") in direct


def test_an_alliance_of_some_of_two_parties_members_is_no_partnership(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-18328: "an alliance of liberal Democrats and conservative Republicans"."""
    text = ("The bill passed 305-102 -- winning a necessary two-thirds of those voting -- despite a last-minute revolt by "
            "an alliance of liberal Democrats and conservative Republicans who sought to defeat it as a signal that a "
            "growing number of legislators oppose President Reagan's policies in the region.")
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[1] == "partneredWith"}


def test_a_relative_clause_after_a_place_ending_an_event_s_phrase_has_no_certain_subject(  # type: ignore[no-untyped-def]
        nlp) -> None:
    """reuters21578-18328: "the Iraqi missile attack on the U.S. frigate Stark in the Gulf, which killed 37 Americans"."""
    text = ("The legislation was passed in the wake of the May 17th Iraqi missile attack on the U.S. frigate Stark in "
            "the Gulf, which killed 37 Americans, and Reagan's decision to protect 11 Kuwaiti oil tankers by putting "
            "them under U.S. flags -- effectively making them American ships.")
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[1] == "killed"}


def test_a_date_inside_a_firm_s_name_makes_no_edge(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-16477: the NER's "Celanese Corp on Feb 27"."""
    text = ("Hoechst, which acquired Celanese Corp on Feb 27, said it plans to offer 200 mln dlrs of notes due 1997 and "
            "300 mln dlrs of debentures due 2017 to repay part of the debt incurred in the takeover.")
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if "Feb 27" in t[2]}


def test_a_body_s_spokesman_is_not_its_council_s(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-18835: "GATT spokesman David Woods", the article naming "the ruling GATT Council" too."""
    text = ("EC ambassador Tran Van-Thinh made the formal charge to the surveillance body of the General Agreement on "
            "Tariffs and Trade (GATT), GATT spokesman David Woods told reporters.\n\nThe ruling GATT Council yesterday "
            "adopted a dispute panel's report and ruled that the U.S. Superfund tax on oil imports breached trade "
            "rules.")
    direct, _ = _strict_layers(nlp, text)
    assert ("David Woods", "spokespersonFor", "GATT Council") not in direct


def test_a_former_state_s_demonym_is_its_name(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-14331: "Yugoslav Finance Minister Svetozar Rikanovic" works for Yugoslavia."""
    text = ("It said Yugoslav Finance Minister Svetozar Rikanovic yesterday met World Bank and International Monetary "
            "Fund officials in Washington.")
    direct, _ = _strict_layers(nlp, text)
    assert ("Svetozar Rikanovic", "worksFor", "Yugoslavia") in direct


@pytest.mark.parametrize(("text", "committee"), [
    # reuters21578-16018: the Senate's
    ("Roy Denmam, head of the EC delegation here, issued the warning in a letter to Senator Lloyd Bentsen, chairman of "
     "the Finance Committee. A copy of the letter was provided Reuters.", "Finance Committee"),
    # reuters21578-7467: the House's
    ("Rep. William Gray (D-Pa.), the Budget Committee chairman, decided earlier this week to use current government "
     "spending levels as a starting point for the panel's deliberations.", "Budget Committee"),
])
def test_a_portfolio_s_committee_is_no_node_without_its_chamber(nlp, text: str,  # type: ignore[no-untyped-def]
                                                                  committee: str) -> None:
    direct, kept_open = _strict_layers(nlp, text)
    assert not {t for t in direct if t[2] == committee}
    assert any(t[2] == committee and reason.startswith("ambiguous") for t, reason in kept_open.items())


# -- set 32 (bench/judged/judgements-32.jsonl), read after its figure was reported


def test_a_firm_s_first_word_is_the_article_s_firm_not_the_store_s(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-6714: "Shell also said its Shell Canadian Tankers Ltd unit" in an article about Shell Canada Ltd,
    with "Shell Oil Co" known from another article."""
    from kg.extract import extract
    from kg.rdf.link import GAZETTEER
    from kg.resolve import NameIndex, resolve
    from kg.types import Article

    text = ("Shell Canada Ltd said its Shell Canada Products Ltd unit will sell three tankers, effective April one, 1987, "
            "to <Socanav Inc>.\n\nShell also said its Shell Canadian Tankers Ltd unit will lay off 13 employees and that "
            "Socanav will offer jobs to 41 employees.")
    known = NameIndex()
    known.add("Organization", "Shell Oil Co")
    extraction = extract(nlp(text))
    resolved = resolve(Article("t", text), extraction.mentions, extraction.relations, known=known, places=GAZETTEER)
    parents = {resolved.entity(r.object).label for r in resolved.relations if r.predicate == "subsidiaryOf"}
    assert "Shell Oil Co" not in parents


def test_a_surname_the_ner_took_for_a_place_is_the_man_named_in_full(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-458: "Funaro and Gros last week visited Washington" after "central bank president Francisco
    Gros" (the NER's GPE "Gros")."""
    text = ("Funaro, accompanied by central bank president Francisco Gros, is on the first leg of a tour of European "
            "capitals in an attempt to explain to governments Brazil's indefinite suspension of interest payments "
            "earlier this month.\n\nFunaro and Gros last week visited Washington as part of their trip to enlist "
            "support from governments for its attempts to change the means by which developing countries finance "
            "growth.")
    direct, _ = _strict_layers(nlp, text)
    assert ("Gros", "visited", "Washington") not in direct
    assert ("Francisco Gros", "visited", "Washington") in direct


def test_a_spokesman_whose_words_name_another_body_first_is_not_the_article_s(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-2833: "Dome ... sees Encor as a strategic investment ..., spokesman David Annesley said"."""
    text = ("Dome Petroleum Ltd is under pressure from one of its largest creditors, <Canadian Imperial Bank of "
            "Commerce>, to sell its 42 pct stake in <Encor Energy Corp Ltd>, energy industry analysts said.\n\nDome has "
            "pledged its 42.5 mln Encor shares as security for part of its debt to Commerce Bank, estimated last year "
            "at 947 mln Canadian dlrs, and the bank wants Dome to sell the stock to pay down debt, analysts said.\n\n"
            "\"The Commerce has been slowly but surely moving Encor in the direction that might make it a saleable "
            "asset,\" said one analyst who asked not to be named.\n\nDome earlier said it was not considering selling "
            "Encor Energy, but reaffirmed the company's 23.3 pct interest in Canadian gold producer Dome Mines Ltd <DM> "
            "is up for sale \"at the right price.\"\n\nDome, now negotiating a plan to restructure more than 6.10 "
            "billion dlrs in debt, sees Encor as a strategic investment that it does not intend to sell, spokesman "
            "David Annesley said.")
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[0] == "David Annesley" and t[2].startswith("Encor")}


def test_an_auditor_s_opinion_on_a_year_s_accounts_dates_and_publishes_nothing(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-6671: "an unqualified opinion on 1986 financial statements from auditor Arthur Andersen and Co"."""
    text = ("Publicker Industries Inc said its will receive an unqualified opinion on 1986 financial statements from "
            "auditor Arthur Andersen and Co and the opinion on its 1985 statements will be changed to unqualified from "
            "qualified.")
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[1] in {"publisher", "datePublished"}}


def test_the_president_of_a_party_named_before_party_leads_it(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-319: "Lal Krishna Advani, president of the opposition Bharatiya Janata party"."""
    text = ("Lal Krishna Advani, president of the opposition Bharatiya Janata party, said Gandhi's failure to mention "
            "specific measures to cut non-development expenses will push up prices.")
    direct, _ = _strict_layers(nlp, text)
    assert ("Lal Krishna Advani", "worksFor", "Bharatiya Janata") not in direct
    assert ("Lal Krishna Advani", "leaderOf", "Bharatiya Janata") in direct


def test_a_business_sold_to_a_buyer_is_no_one_name(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-16555: the NER's "Winchester Little Cigar Business to Tobacco Exporters International USA Ltd"."""
    text = ("RJR Nabisco Inc's RJ Reynolds Tobacco USA unit said it reached a definitive agreement to sell Winchester "
            "Little Cigar Business to Tobacco Exporters International USA Ltd of Atlanta, the U.S. subsidiary of "
            "Rothman's International PLC.")
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[1] != "said" and (" to " in t[0] or " to " in t[2])}  # (a quote's words
    # may say "to")


# -- set 33 (bench/judged/judgements-33.jsonl), read after its figure was reported


def test_a_parent_s_seat_in_an_apposition_is_not_its_unit_s(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-11311: "Accor North American Corp, a wholly-owned subsidiary of <Accor S.A.>, a Paris-based firm"."""
    text = ("The hotels are to be built in the U.S. and Canada, the company said. Compris said it signed the pact with "
            "Accor North American Corp, a wholly-owned subsidiary of <Accor S.A.>, a Paris-based firm.")
    direct, _ = _strict_layers(nlp, text)
    assert ("Accor North American Corp", "basedIn", "Paris") not in direct


def test_a_country_s_measure_is_based_nowhere(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-7062: "Japan's rice PSE was 68.8 pct", "Japan's PSE averaged 95.8 pct": a subsidy measure."""
    text = ("For wheat Japan's PSE averaged 95.8 pct, the EC 28.1 and the U.S. 17.2. Japan's rice PSE was 68.8 pct "
            "compared to the EC 13.6 and the U.S. 5.4 pct, the OECD calculations show.")
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[0] == "PSE"}



def test_a_conjunct_shares_its_head_s_will(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-473: "Penhale will control and manage Multi-Step Manufacturing, following the transactions"."""
    text = ("Multi-Step also said it will pay 900,000 dlrs to cancel 711,192 of its own shares, which will be acquired "
            "from Michael Penhale and his benficiaries. Penhale will control and manage Multi-Step Manufacturing, "
            "following the transactions.")
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[1] == "leaderOf"}


def test_it_stands_for_no_person(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-9436: "Another move Herrington said he will press anew, even though it had been rejected earlier by
    the White House": the move, not Herrington."""
    text = ("Energy Secretary John Herrington has proposed several ways to boost U.S. oil production, but he said all "
            "would cost the Treasury money and will come under close White House scrutiny before action is taken.\n\n"
            "Herrington said he understood the Reagan's reluctance to amend the newly enacted tax code to fund some of "
            "these proposals, but added he hoped his department's energy/security study would make a strong case for "
            "the need to help the struggling domestic oil industry.\n\nAnother move Herrington said he will press anew, "
            "even though it had been rejected earlier by the White House, is to raise the fill-rate for the Strategic "
            "Petroleum Reserve to 100,000 barrels a day from its planned 1988 rate of 35,000.")
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[1] == "rejected"}


# -- set 34 (bench/judged/judgements-34.jsonl), read after its figure was reported


def test_a_plural_title_before_one_name_titles_nobody(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-18131: "talks here between Japanese and British officials Lawson told reporters" (no comma)."""
    text = ("Chancellor of the Exchequer Nigel Lawson said satisfactory progress has been made in talks with Japan.\n\n"
            "Following weekend talks here between Japanese and British officials Lawson told reporters \"we have "
            "achieved our objective.\"")
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[0] == "Nigel Lawson" and t[2] == "Japan"}


def test_a_country_s_portfolio_cut_by_the_ner_is_no_body(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-18131: the NER's "U.K. Corporate" of "U.K. Corporate Affairs Minister Michael Howard"."""
    text = ("During a visit to Tokyo in April, U.K. Corporate Affairs Minister Michael Howard presented Japanese "
            "officials with what he called a non-negotiable timetable for granting the three British securities "
            "companies TSE membership.")
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if "Corporate" in t[2]}


def test_a_bearing_from_a_place_is_no_place(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-21149: the NER's "Gulf east" of "the Rashadat oil platforms in the Gulf east of Qatar"."""
    text = ("A broadcast monitored in Nicosia said several civilian personnel on the Rashadat oil platforms in the "
            "Gulf east of Qatar were injured when U.S. Warships bombarded them this afternoon.")
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[0].startswith("Gulf")}


def test_a_chamber_of_commerce_without_its_place_is_no_node(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-21120: "Head of the Chamber of Commerce's Money and Credit section, Hellmuth Klauhs": whose?"""
    text = ("Head of the Chamber of Commerce's Money and Credit section, Hellmuth Klauhs, said the government should "
            "guarantee any company debts arising from the planned restructuring of the public sector.")
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[0] == "Hellmuth Klauhs" and "Chamber" in t[2]}


def test_a_body_s_nationality_is_not_its_spokesman_s(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-11361: "Dutch labour federation FNV spokesman Frank Koolen" (the parse's "federation" a name)."""
    text = ("Du Pont De Nemours Nederland BV, a unit of U.S. Chemical firm E.I. Du Pont De Nemours and Co <DD.N>, "
            "plans to dismiss 140 of its workforce, Dutch labour federation FNV spokesman Frank Koolen said.")
    direct, _ = _strict_layers(nlp, text)
    assert ("Frank Koolen", "citizenOf", "Netherlands") not in direct
    assert ("Frank Koolen", "spokespersonFor", "FNV") in direct


@pytest.mark.parametrize(("text", "town"), [
    # reuters21578-4769 (set 33); the parse hangs "at" on the verb
    ("The Finnish metal and mining group Outokumpu Oy said it will close its nickel refinery at Harjavalta in "
     "central Finland for six weeks in July and August this year due to current low prices on the nickel market.",
     "Harjavalta"),
    # reuters21578-18411 (set 28)
    ("Noranda Inc said contract talks that resumed today were continuing with about 1,600 unionized workers at its "
     "63 pct-owned Brunswick Mining and Smelter Corp lead-zinc mine and lead smelter at Bathurst, New Brunswick.",
     "Bathurst"),
    # reuters21578-829 (set 30)
    ("The exchange said delivery will be F.O.B from the seller's pipeline, storage, or fractionation facility in "
     "Mont Belvieu, Texas, which has a direct pipeline access to the Texas Eastern Transmission Pipeline.",
     "Mont Belvieu"),
])
def test_the_town_of_a_plant_is_based_nowhere(nlp, text: str, town: str) -> None:  # type: ignore[no-untyped-def]
    """A town the NER took for a firm, where a plant stands, is no firm based in the region after it."""
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[0] == town and t[1] == "basedIn"}


def test_a_valley_lies_in_its_state(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-8914 (set 33): "oil from the San Joaquin Valley in California": land, no firm."""
    text = ("Construction has also started this week on a 43-mile, 16-inch diameter gathering line to deliver 75,000 "
            "to 100,000 barrels a day of oil from the San Joaquin Valley in California.")
    direct, _ = _strict_layers(nlp, text)
    assert ("San Joaquin Valley", "basedIn", "California") not in direct
    assert ("San Joaquin Valley", "locatedIn", "California") in direct


@pytest.mark.parametrize("text", [
    # reuters21578-21368 (set 34)
    "Kremlin leader Mikhail Gorbachev has described machine-builing as a sector whose rapid modernization is "
    "essential if the Soviet Union is to compete effectively on world markets.",
    # reuters21578-16730 (set 30)
    "Chief of Staff Howard Baker noted Reagan's invitation to Kremlin chief Mikhail Gorbachev to visit the United "
    "States, made at their first summit in Geneva in 1985.",
])
def test_a_kremlin_leader_leads_no_building(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    """"Kremlin leader": the state governed from the Kremlin, no organisation of that name."""
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[2] == "Kremlin"}


# -- set 35 (bench/judged/judgements-35.jsonl), read after its figure was reported


def test_a_description_s_apposition_names_what_it_describes(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-2759: "The company, Lake Resources Inc, was established by North": not the last body named."""
    text = ("Reagan has said he was not told of the diversion of funds, which was uncovered by the White House. The "
            "company, Lake Resources Inc, was established by North and his ally, retired Air Force major General "
            "Richard Secord, and had a Swiss bank account.")
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[2] == "White House"}
    assert ("Richard Secord", "founded", "Lake Resources Inc") in direct


def test_a_title_s_body_before_a_split_prefix_is_its_own(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-16128: "Deutsche Bank AG co-chairman F. Wilhelm Christians" (the parser splits "co-") is no
    chairman of the Bundesbank, the body the article names most."""
    text = ("Liberalization got underway in May 1985 when foreign banks received Bundesbank permission to lead-manage "
            "mark eurobonds. The Bundesbank has said more steps will follow. Bundesbank officials declined comment.\n\n"
            "Deutsche Bank AG co-chairman F. Wilhelm Christians called last week for an enlargement of current capital "
            "market instruments to include instruments already standard abroad.")
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[0] == "F. Wilhelm Christians" and t[2] == "Bundesbank"}


def test_a_city_before_a_branch_is_no_unit(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-7609: "Berliner Bank has suspended the three managers of its Stuttgart branch"."""
    text = ("Berliner Bank has suspended the three managers of its Stuttgart branch and is continuing an investigation "
            "into the case, in which state prosecutors are also participating.")
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[0] == "Stuttgart"}


def test_an_object_s_apposition_before_a_verb_is_that_verb_s_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-4570: "a letter to NYSE President Robert Birnbaum, SEC Director of Market Regulation cited"."""
    text = ("But in a March 12 letter to NYSE President Robert Birnbaum, SEC Director of Market Regulation cited "
            "problems in the experimental procedure during the Dec 19 expiration Friday.")
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[0] == "Robert Birnbaum" and "Securities" in t[2] or t[2] == "SEC"}


def test_a_subject_s_apposition_before_said_is_still_his(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-2895, a guard of the rule above: "Louis Gasper, Ginnie Mae executive vice president said"."""
    text = ("The Government National Mortgage Association has decided not to raise its guarantee fee on mortgage "
            "securities, Louis Gasper, Ginnie Mae executive vice president said.\n\nGinnie Mae, which guarantees "
            "securities backed by Federal Housing Administration and Veterans Administration mortgages, had planned to "
            "raise the fee March one from six basis points to 10 basis points.")
    direct, _ = _strict_layers(nlp, text)
    assert {t for t in direct if t[0] == "Louis Gasper" and t[1] == "worksFor"}


def test_a_town_written_with_its_state_s_abbreviation_is_no_firm(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-18982: "a newly chartered subsidiary of (Citizens Bancshares Co) of Chillicothe, Mo."."""
    text = ("The FDIC said First Midwest's 25.1 mln dlrs in deposits are being assumed by the First Bank of "
            "Maryville, a newly chartered subsidiary of (Citizens Bancshares Co) of Chillicothe, Mo.")
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if "Chillicothe" in (t[0], t[2])}
    assert ("First Bank of Maryville", "subsidiaryOf", "Citizens Bancshares Co") in direct


def test_a_wire_s_bracketed_name_is_a_company(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-14086: "<Westland Helicopter> of England", which the NER took for a person."""
    text = ("General Electric Co said that EH Industries, a joint effort between <Westland Helicopter> of England and "
            "the <Augusta Group> of Italy, rolled out the first prototype EH 101 helicopter in Yeovil, England.")
    direct, _ = _strict_layers(nlp, text)
    assert ("Westland Helicopter", "citizenOf", "England") not in direct
    assert ("Westland Helicopter", "basedIn", "England") in direct


def test_an_agreement_is_based_nowhere(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-5258: "agreement on basic elements of a new International Natural Rubber Agreement in Geneva"."""
    text = ("A more hopeful sign of cooperation was agreement on basic elements of a new International Natural Rubber "
            "Agreement in Geneva at the weekend.")
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[1] == "basedIn"}


def test_a_name_that_begins_with_a_company_suffix_is_none(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-21273: the NER's "Co, Nutrasweet" of "Monsanto acquired G.D. Searle and Co, Nutrasweet's maker"."""
    text = "Monsanto acquired G.D. Searle and Co, Nutrasweet's maker in 1986."
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[2].startswith("Co,")}


def test_the_chairman_of_a_body_s_board_leads_it(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-4441: "Chairman of the FCA board, Frank Naylor"."""
    text = ("The Farm Credit Administration said the system lost money again. Chairman of the FCA board, Frank Naylor, "
            "urged that Congress begin to consider legislation rescuing the system by Easter.")
    direct, _ = _strict_layers(nlp, text)
    assert ("Frank Naylor", "leaderOf", "Farm Credit Administration") in direct
    assert ("Frank Naylor", "worksFor", "Farm Credit Administration") not in direct


def test_talks_with_a_body_s_head_are_with_him(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-348: "talks ... with ... and International Monetary Fund (IMF) head Michel Camdessus"."""
    text = ("\"I'm quite optimistic about carrying out a serious and quick negotiation,\" Treasury Secretary Mario "
            "Brodersohn said on return from talks in New York with leading U.S. and world financial officials.\n\n"
            "Brodersohn held talks in New York with U.S. Treasury Secretary James Baker, Federal Reserve chief Paul "
            "Volcker and International Monetary Fund (IMF) head Michel Camdessus.")
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[1] == "talkedWith" and t[2] == "International Monetary Fund"}
    assert {t for t in direct if t[1] == "talkedWith" and t[2] == "Michel Camdessus"}


def test_an_infinitive_left_loose_by_the_parse_states_no_deed(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-3242: "Dart Group ... competed against Kohlberg, Kravis to acquire Safeway Stores INc"."""
    text = ("Last year, Dart Group, owner of Auto Trak INc and Crown Books, competed against Kohlberg, Kravis to "
            "acquire Safeway Stores INc.\n\nThe company later reached an accord under which it would buy 20 pct of the "
            "company after Kohlberg Kravis completed its leveraged buyout of the company.")
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[1] == "acquired" and t[2].startswith("Safeway")}


@pytest.mark.parametrize(("text", "vague"), [
    # reuters21578-16153
    ("In separate talks with Finance Minister Kiichi Miyazawa, the U.S. Group also urged Japan to give U.S. Financial "
     "institutions a bigger role in the underwriting of long-term Japanese government bonds, a Finance Ministry "
     "spokesman said.", "U.S. Group"),
    # reuters21578-9076
    ("In the Commons, Liberal member Lloyd Axworthy branded the ruling as just another \"trade harrassment\" from "
     "the U.S. and criticized Clark's assurances the country's interests would be protected.", "Liberal"),
])
def test_a_delegation_or_a_party_s_adjective_is_no_node(nlp, text: str, vague: str) -> None:  # type: ignore[no-untyped-def]
    """A country's "Group" (whose members?) and a party's adjective alone (which country's party?)."""
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if vague in (t[0], t[2])}


# -- set 36 (bench/judged/judgements-36.jsonl), read after its figure was reported, and the twelfth pass's hand check


def test_a_charge_is_the_accuser_s_claim(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-18231: "despite Iranian charges that Kuwait is supporting Iraq in the gulf war"."""
    text = ("He said Kuwait, which is turning 11 oil tankers over to U.S. firms to fly the American flag and be "
            "protected by the U.S. warships, is not considered a belligerent despite Iranian charges that Kuwait is "
            "supporting Iraq in the gulf war.")
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[1] == "supported"}


@pytest.mark.parametrize(("text", "pair"), [
    # reuters21578-16205 (set 36)
    ("On Monday, its five branches in Oregon will open as branches of Williamsburg, which has 287 mln dlrs in assets "
     "and 19 offices in Oregon, Washington state and Utah.", ("Oregon", "Washington")),
    # reuters21578-7037 (the hand check): the list's next name after its "the"
    ("Bennett said West Germany, Britain, the Netherlands, Denmark and Portugal oppose the tax, but Italy and Belgium "
     "seem to have taken a hardline view on the issue.", ("West Germany", "United Kingdom")),
])
def test_a_list_of_states_locates_none_in_another(nlp, text: str,  # type: ignore[no-untyped-def]
                                                   pair: tuple[str, str]) -> None:
    direct, _ = _strict_layers(nlp, text)
    assert (pair[0], "locatedIn", pair[1]) not in direct


def test_a_firm_in_a_country_talked_of_is_its_business_there(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-11557: "Shell in South Africa has been discussed at every meeting of shareholders"."""
    text = ("\"In fact, Shell in South Africa has been discussed at every meeting of shareholders for more than 10 "
            "years,\" Steneker said.")
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[1] == "basedIn"}


def test_a_name_written_comma_of_a_state_is_no_town(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-14754: "Johnston, of Louisiana, and fellow Democrat William Proxmire of Wisconsin"."""
    text = ("Johnston, of Louisiana, and fellow Democrat William Proxmire of Wisconsin, whose staff prepared the "
            "report, accused the administration of covertly seeking early deployment as a political ploy.")
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[0] == "Johnston" and t[1] == "locatedIn"}


def test_a_party_s_members_urged_are_not_the_party(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-11950: "Miller urged the Republicans to hold firm against a tax hike"."""
    text = ("Budget director James Miller addressed House Republicans on Tuesday. Miller urged the Republicans to hold "
            "firm against a tax hike to reduce the estimated 174 billion dlr deficit for the 1988 financial year.")
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[1] == "urged" and t[2] == "Republican Party"}


def test_a_press_secretary_speaks_for_his_body(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-20881: "U.N. press secretary Francois Giuliani said"."""
    text = ("U.N. press secretary Francois Giuliani said the Secretary General had no comment on the attack, which "
            "followed his appeal last Friday for restraint in the crisis.")
    direct, _ = _strict_layers(nlp, text)
    assert ("Francois Giuliani", "spokespersonFor", "United Nations") in direct
    assert ("Francois Giuliani", "worksFor", "United Nations") not in direct


def test_a_name_cut_at_its_bracket_is_no_node(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-12026: the NER's "Finance Ltd" of "GMAC (Australia) Finance Ltd issued a 50 mln ... bond"."""
    text = ("Also launched was a five-year zero coupon bond with a total redemption amount of 19 billion yen for Rural "
            "Banking and Finance Corp of New Zealand. It was priced at 81.22 pct and lead managed by Nomura "
            "International.\n\nIn the Australian dollar sector, GMAC (Australia) Finance Ltd issued a 50 mln "
            "Australian dlr bond.")
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[0] == "Finance Ltd"}


# -- set 37 (bench/judged/judgements-37.jsonl), read after its figure was reported


@pytest.mark.parametrize(("text", "holder"), [
    # reuters21578-7457
    ("Transportation Secretary Elizabeth Dole proposed to allow the use of daytime running lights as a measure to "
     "improve safety on the highways.", "Elizabeth Dole"),
    # reuters21578-951
    ("Agrarian Reform Secretary Heherson Alvarez said recently the government planned to distribute 9.7 mln hectares "
     "of land to impoverished farmworkers under a revised land reform programme.", "Heherson Alvarez"),
])
def test_a_portfolio_before_secretary_is_no_employer(nlp, text: str,  # type: ignore[no-untyped-def]
                                                     holder: str) -> None:
    """"Transportation", "Reform": a fragment of the title, no body (whose department?)."""
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[0] == holder and t[1] == "worksFor"}


@pytest.mark.parametrize(("text", "cut"), [
    # reuters21578-21277
    ("\"He has just declared all bets are off in terms of currency cooperation,\" Chris Johns, currency analyst at "
     "UBS-Phillips and Drew in London said.", "UBS-Phillips"),
    # reuters21578-6928
    ("<General Partners>, controlled by privately-held Wagner and Brown and by AFG Industries Inc, said plans to sell "
     "GenCorp Inc's aerospace and soft drink bottling divisions if it succeeds in acquiring the company.\n\nIn a "
     "filing with the Securities and Exchange Commission, General Partners said proceeds from the sale of GenCorp's "
     "aerospace division would help it repay some of the debt it would incur in the 100 dlr a share cash tender "
     "offer.", "Wagner"),
    # reuters21578-18395
    ("In a parallel move the British Biscuit, Cake, Chocolate and Confectionery Alliance has written to U.K. "
     "Chancellor of the Exchequer Nigel Lawson urging him to oppose the levy.", "British Biscuit"),
    ("In a parallel move the British Biscuit, Cake, Chocolate and Confectionery Alliance has written to U.K. "
     "Chancellor of the Exchequer Nigel Lawson urging him to oppose the levy.",
     "Cake, Chocolate and Confectionery Alliance"),
])
def test_a_firm_s_name_cut_at_and_or_a_comma_is_no_node(nlp, text: str, cut: str) -> None:  # type: ignore[no-untyped-def]
    """The NER ends a partners' firm at "and" before a surname it takes for a person, and splits a body's name that
    lists its trades at its first comma."""
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if cut in (t[0], t[2])}


def test_a_surname_named_in_full_elsewhere_is_no_firm_s(nlp) -> None:  # type: ignore[no-untyped-def]
    """"Apple and Jobs" names the firm and the man the article names in full: Apple's name is whole (the rule before
    this guard would cut it)."""
    doc = nlp("Steve Jobs left the board in 1985. The suit names Apple and Jobs as defendants.")
    apple = next(e for e in doc.ents if e.text == "Apple")
    assert next(e for e in doc.ents if e.text == "Jobs").label_ == "PERSON"
    assert name_flaw(apple) == ""


@pytest.mark.parametrize(("text", "vague"), [
    # reuters21578-13606
    ("The Soviet Communist Party has criticised the country's Grain Products Ministry for failing to ensure proper "
     "grain storage, turning out poor quality bread and keeping unsatisfactory books, Pravda said.",
     "Grain Products Ministry"),
    # reuters21578-11648
    ("Banner Industries Inc said a judge of the U.S. District Court in Chicago ruled that Banner must resolve its "
     "pension fund dispute in arbitration rather than in federal court.", "U.S. District Court"),
    # reuters21578-871
    ("The two discussed Washington's scandal over U.S. Arms sales to Iran and China's political situation after the "
     "fall of Communist Party leader Hu Yaobang.", "Communist Party"),
    # reuters21578-11672
    ("The contract is for five years and was awarded to the company's Missiles Systems Division at Andover, Mass.",
     "Missiles Systems Division"),
])
def test_a_body_whose_name_says_not_whose_is_no_node(nlp, text: str, vague: str) -> None:  # type: ignore[no-untyped-def]
    """A ministry without its state, one of many district courts, a party of one name in many states, a unit
    without its owner's name."""
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if vague in (t[0], t[2])}


def test_a_developer_with_a_person_s_name_is_a_person(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-570: "Texas developer James Sowell" is a man, based nowhere as a firm."""
    text = ("Last week, Texas developer James Sowell told the SEC he sold his entire 823,387-share stake in the "
            "company.")
    direct, _ = _strict_layers(nlp, text)
    assert ("James Sowell", "basedIn", "Texas") not in direct


def test_a_leader_after_his_fall_leads_no_more(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-871: "after the fall of ... leader Hu Yaobang": the role ended."""
    text = ("The two discussed China's political situation after the fall of Chinese Communist Party leader Hu "
            "Yaobang.")
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[0] == "Hu Yaobang" and t[1] == "leaderOf"}


# -- set 38 (bench/judged/judgements-38.jsonl), read after its figure was reported, and set 36's partly ones


def test_a_name_with_a_nickname_s_quote_is_no_node(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-13652: the NER's "Bobby" Junger" of "Burkhard "Bobby" Junger"."""
    text = ("He told Reuters that Burkhard \"Bobby\" Junger was arrested yesterday for suspected embezzlement.\n\n"
            "VW fired Junger in March, after news emerged of the suspected foreign exchange swindle.")
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if '"' in t[0] + t[2]}


def test_two_islands_are_no_one_place(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-4739: "New Zealand's North and South Islands"."""
    text = ("There will be no loading or unloading involving harbour board workers and the Cook Strait ferries, which "
            "provide a vital link between New Zealand's North and South Islands, will not run, he added.")
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if "North and South" in t[0]}


def test_a_committee_on_a_portfolio_says_not_whose(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-14412: "chairman of the Ontario Parliament's Select Committee on Economic Affairs"."""
    text = ("At a meeting of the Northeast-Midwest Coalition, an organization of U.S. legislators, David Cooke, chairman "
            "of the Ontario Parliament's Select Committee on Economic Affairs, said the exemption would help trade "
            "relations.")
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[2] == "Select Committee on Economic Affairs"}


def test_a_unit_the_ner_took_for_a_person_is_a_firm(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-11344: "its French unit European Sugar (France)" is based in France, no citizen of it."""
    text = ("Gruppo Ferruzzi is studying a project which could result in a public share offer of up to 49 pct of its "
            "French unit European Sugar (France) and could raise around 400 mln dlrs, Ferruzzi chairman Raul Gardini "
            "said.")
    direct, _ = _strict_layers(nlp, text)
    assert ("European Sugar", "citizenOf", "France") not in direct
    assert ("European Sugar", "basedIn", "France") in direct


def test_a_person_named_after_a_unit_stays_a_person(nlp) -> None:  # type: ignore[no-untyped-def]
    """A guard, kept by the rule before it (it passes on the build before the rule), reuters21578-5954 (sets 11-27):
    "the Dutch Economics Ministry's foreign affairs division Frans Engering said", then "Engering noted"."""
    text = ("Already strained relations between the U.S. And the European Community (EC) are likely to get worse before "
            "they get better, director general of the Dutch Economics Ministry's foreign affairs division Frans "
            "Engering said.\n\nNot only is the US Congress clearly very determined to get the American balance of "
            "payments into better shape, but the risks of brinkmanship are all the greater because the EC has its own "
            "constraints in meeting outside pressure, Engering noted.")
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[0] == "Frans Engering" and t[1] == "subsidiaryOf"}


def test_a_party_s_officer_is_its_member(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-16774: "LDP executive council chairman Shintaro Abe", the party named in full before."""
    text = ("Japan's Liberal Democratic Party (LDP) has drawn up a detailed plan calling for large tax cuts, the head "
            "of the committee working out the plan, Junichiro Koizumi, said.\n\nLDP executive council chairman "
            "Shintaro Abe will explain the plan to U.S. Officials when he visits the U.S.")
    direct, _ = _strict_layers(nlp, text)
    assert ("Shintaro Abe", "memberOf", "Liberal Democratic Party") in direct
    assert ("Shintaro Abe", "worksFor", "Liberal Democratic Party") not in direct


def test_a_committee_the_ner_took_for_a_law_is_a_body(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-3246 (set 36): "the Shadow Open Market Committee" (a law to the NER), then "the SOMC"."""
    text = ("The Federal Reserve should slow money growth, the Shadow Open Market Committee said in its semi-annual "
            "policy statement.\n\nTo avoid another costly inflation and disinflation, the SOMC urged the Fed to "
            "\"abandon its inflationary policy\".")
    direct, _ = _strict_layers(nlp, text)
    assert {t for t in direct if t[0] == "Shadow Open Market Committee" and t[1] == "urged"}
    assert not {t for t in direct if t[0] == "SOMC"}


@pytest.mark.parametrize(("text", "edge"), [
    # reuters21578-18359 (set 36): "managing" a noun to the parse, read as a unit between the name and the title
    ("Volcker's expertise will be all the more sorely missed because International Monetary Fund managing director "
     "Michel Camdessus is new to his job and Barber Conable is finding it hard to make a mark as World Bank "
     "president, bankers said.", ("Michel Camdessus", "leaderOf", "International Monetary Fund")),
    # reuters21578-6941 (set 36)
    ("Tom Kay, administrator of the USDA's Foreign Agricultural Service said yesterday the requirement that more food "
     "aid shipments be carried on U.S. vessels has been difficult to meet.",
     ("Tom Kay", "leaderOf", "Foreign Agricultural Service")),
])
def test_a_managing_director_or_an_administrator_heads_the_body(nlp, text: str,  # type: ignore[no-untyped-def]
                                                                 edge: tuple[str, str, str]) -> None:
    direct, _ = _strict_layers(nlp, text)
    assert edge in direct
    assert (edge[0], "worksFor", edge[2]) not in direct


def test_some_officials_name_no_one(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-16852 (set 35): "U.S. officials have urged Japan": some of them, unnamed; kept open."""
    text = ("U.S. officials have urged Japan and West Germany to stimulate economic growth in their countries -- a move "
            "that could boost U.S. exports and relieve trade protectionist pressures in the United States.")
    direct, kept_open = _strict_layers(nlp, text)
    assert not {t for t in direct if t[0] == "U.S. officials"}
    assert {t for t in kept_open if t[0] == "U.S. officials" and t[1] == "urged"}


def test_a_body_s_own_directors_are_its_board(nlp) -> None:  # type: ignore[no-untyped-def]
    """A guard, kept by the rule before it (it passes on the build before the rule), bbc-business-202: a firm's
    directors are its board, no unnamed country's officials."""
    text = "MCI's directors have backed Verizon, despite it tabling less money."
    direct, _ = _strict_layers(nlp, text)
    assert ("MCI's directors", "supported", "Verizon") in direct


# -- set 39 (bench/judged/judgements-39.jsonl), read after its figure was reported


@pytest.mark.parametrize(("text", "pair"), [
    # reuters21578-925: the second "place" is the title's country
    ("In a speech today in the northeast city of Dalian, U.S. Secretary of State George Shultz said his country "
     "welcomed China's interest in participating in GATT.", ("Dalian", "United States")),
    # reuters21578-5185: a list whose next place comes after the second's own words
    ("NMC acting general manager John Rubibira said Tanzania has only 56,000 tonnes of silo storage capacity, "
     "concentrated in Dar es Salaam, Arusha in the north and Iringa in central Tanzania.", ("Dar es Salaam", "Arusha")),
])
def test_a_place_before_a_comma_lies_not_in_the_next_place(nlp, text: str,  # type: ignore[no-untyped-def]
                                                            pair: tuple[str, str]) -> None:
    direct, _ = _strict_layers(nlp, text)
    assert (pair[0], "locatedIn", pair[1]) not in direct


def test_a_town_written_with_its_state_before_a_noun_is_no_firm(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-5119: "a half interest in a Corpus Christi, Texas refinery"."""
    text = ("Petroleos de Venezuela, S.A. said it will sign a contract March 17 to buy a half interest in a Corpus "
            "Christi, Texas refinery and related operations.")
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[0] == "Corpus Christi" and t[1] == "basedIn"}


def test_a_country_s_building_is_no_node(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-14419: "until he was certain the new U.S. Building in Moscow was secure"."""
    text = ("WASHINGTON - President Reagan said neither the United States nor the Soviet Union would occupy new "
            "embassies in each other's capitals until he was certain the new U.S. Building in Moscow was secure.")
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[0] == "U.S. Building"}


def test_a_body_s_first_word_stands_for_its_name_with_a_place(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-18992: "Cato chairman William Niskanen" after "The Cato Institute of Washington"."""
    text = ("The Cato Institute of Washington and the Fraser Institute of Vancouver said removing the remaining tariffs "
            "on cross border trade would benefit both countries.\n\nBut Cato chairman William Niskanen added \"the two "
            "nations' generally harmonious trade relations are probably not sustainable without a new agreement.\"")
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[2] == "Cato"}
    assert {t for t in direct if t[0] == "William Niskanen" and t[1] == "leaderOf" and t[2].startswith("Cato Institute")}


def test_a_town_s_pair_before_an_occupation_stays_a_pair(nlp) -> None:  # type: ignore[no-untyped-def]
    """A guard, kept by the rule before it (it passes on the build before the rule), reuters21578-15992 (sets 28-35):
    the title's country is a capitalised title's ("U.S. Secretary of State"), not an occupation's."""
    text = "Shamrock is an investment partnership controlled by Far Hills, N.J. lawyer Natalie Koether."
    direct, _ = _strict_layers(nlp, text)
    assert ("Far Hills, New Jersey", "locatedIn", "New Jersey") in direct


def test_the_chairman_of_an_association_s_committee_is_its_member(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-252: "Robert Bretz, chairman of the NAPM's business survey committee" (a body of members)."""
    text = ("Economy continued to expand in February, the National Association of Purchasing Management (NAPM) said in "
            "a report.\n\nRobert Bretz, chairman of the NAPM's business survey committee, said: \"The economy "
            "continued to expand in February, but at a more subdued rate than in January.\"")
    direct, _ = _strict_layers(nlp, text)
    assert ("Robert Bretz", "memberOf", "National Association of Purchasing Management") in direct
    assert ("Robert Bretz", "worksFor", "National Association of Purchasing Management") not in direct


# -- set 40 (bench/judged/judgements-40.jsonl), read after its figure was reported


def test_a_place_before_an_occupation_after_be_employs_no_one(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-16370: "Kahn is a Miami insurance executive and investor"."""
    text = ("Albert Kahn bought 500,000 shares of the company last month.\n\nKahn is a Miami insurance executive and "
            "investor.")
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[1] == "worksFor" and t[2] == "Miami"}


def test_a_title_s_employer_after_it_beats_the_field_before_it(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-3149: "Judy Weissman, FCOJ analyst with Shearson Lehman Bros." (the commodity she follows)."""
    text = "\"They'll temper it,\" said Judy Weissman, FCOJ analyst with Shearson Lehman Bros."
    direct, _ = _strict_layers(nlp, text)
    assert ("Judy Weissman", "worksFor", "FCOJ") not in direct
    assert ("Judy Weissman", "worksFor", "Shearson Lehman Bros.") in direct


def test_a_place_after_a_firm_s_ticker_is_the_firm_s(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-356: "interests in Husky Oil Ltd <HYO.TO> of Canada and Pearson Plc <PSON.L> of Britain"."""
    text = ("Its major assets are the Hong Kong Hilton Hotel, property development, and interests in Husky Oil Ltd "
            "<HYO.TO> of Canada and Pearson Plc <PSON.L> of Britain.")
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[0] == "Hong Kong Hilton Hotel"}
    assert ("Husky Oil Ltd", "basedIn", "Canada") in direct


def test_two_names_joined_by_by_are_no_name(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-9637: the NER's "Sourthern Pacific by SFSP" (the article's own typo kept)."""
    text = ("\"This offer disproves the constant derogation of the Sourthern Pacific by SFSP management, best exemplified "
            "by SFSP Chief Executive John Schmidt's comment in ICC hearings that the Southern Pacific was 'bankrupt,'\" "
            "said Rowland.")
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[2].startswith("Sourthern Pacific by")}


# -- set 41 (bench/judged/judgements-41.jsonl), read after its figure was reported


def test_a_firm_the_parse_hangs_on_the_title_s_first_word_is_its_employer(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-11177 (the article of set 41's "Esso's chairman"): "CSR chief executive Bryan Kelman", where the
    parse makes "CSR" a modifier of "chief", not of "executive"."""
    text = ("\"The Esso proposal to purchase all the Delhi interest will be more beneficial to our shareholders than "
            "proceeding with the float,\" CSR chief executive Bryan Kelman said in the statement.")
    direct, _ = _strict_layers(nlp, text)
    assert ("Bryan Kelman", "leaderOf", "CSR") in direct


def test_a_portfolio_before_minister_is_no_employer(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-18776: "Development Supervision Minister Ali Wardhana" worked for "Development Supervision"."""
    text = ("Indonesia expects the recent years' rise in its debt service ratio to peak at the current level of 41 pct, "
            "Development Supervision Minister Ali Wardhana told journalists.")
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[0] == "Ali Wardhana" and t[2] == "Development Supervision"}


def test_the_chairman_of_a_party_s_council_after_its_initials_is_its_member(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-16780: "Ruling Liberal Democratic Party (LDP) executive council chairman Shintaro Abe" led the
    LDP (the initials' bracket hid the council; the wire's capitalised "Ruling" hid the initials' name)."""
    text = ("Japan's plan to stimulate its economy will inject about 5,000 billion yen into the economy and should be "
            "appreciated by the U.S., Ruling Liberal Democratic Party (LDP) executive council chairman Shintaro Abe "
            "told reporters.")
    direct, _ = _strict_layers(nlp, text)
    assert ("Shintaro Abe", "leaderOf", "LDP") not in direct
    assert ("Shintaro Abe", "memberOf", "LDP") in direct


def test_the_executive_director_of_a_non_profit_body_heads_it(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-4871: "Jeffrey Levi, executive director of the National Gay and Lesbian Task Force" (worksFor)."""
    text = ("Jeffrey Levi, executive director of the National Gay and Lesbian Task Force, which is actively in AIDS "
            "policy and funding issues, cited the drug Suramin from Bayer AG <BAYRY>, which had shown early promise as "
            "an AIDS treatment.")
    direct, _ = _strict_layers(nlp, text)
    assert ("Jeffrey Levi", "leaderOf", "National Gay and Lesbian Task Force") in direct


def test_the_executive_director_of_a_bank_works_for_it(nlp) -> None:  # type: ignore[no-untyped-def]
    """A guard, kept by the rule before it (it passes on the build before the rule), set 35's reuters21578 line
    judged correct: a firm's executive directors sit on its board."""
    text = ("\"If they keep rates as they are, what's to stop it (going higher),\" said John Cox, executive director of "
            "EBC Amro Bank Ltd, a major operator on the Euromarkets.")
    direct, _ = _strict_layers(nlp, text)
    assert ("John Cox", "worksFor", "EBC Amro Bank Ltd") in direct


def test_a_grade_measured_in_tonnes_is_based_nowhere(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-19069: "plans to buy 240,000 tonnes of Basra Light from Iraq" put the crude grade in Iraq."""
    text = ("Officials said plans to buy 240,000 tonnes of Basra Light from Iraq have not been finalised yet because "
            "of several constraints.")
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[0] == "Basra Light"}


def test_a_speaker_who_says_someone_violated_a_law_accuses_him(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-16906: "The SEC said Thompson violated reporting and anti-fraud provisions" (criticized)."""
    text = ("The SEC said Thompson violated reporting and anti-fraud provisions of federal securities laws in late 1982 "
            "by issuing misleading press releases.")
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[1] == "criticized"}
    assert {t for t in direct if t[1] == "accused" and t[2] == "Thompson"}


def test_a_firm_s_name_after_a_nationality_and_and_is_cut(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-932: "a subsidiary of British and Commonwealth Shipping Plc" (the NER's "Commonwealth Shipping
    Plc")."""
    text = ("KLM Royal Dutch Airlines <KLM.A> said it agreed to take a 15 pct stake in Air U.K. Ltd, a subsidiary of "
            "British and Commonwealth Shipping Plc <BCOM.L>, in a transaction worth around two mln stg.")
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[2] == "Commonwealth Shipping Plc"}


def test_its_is_unsure_between_a_firm_and_a_new_company_named_after_it(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-730: "ICI ... a new U.S. drug company, ICI Pharma, which, with its Stuart Pharmaceuticals unit"
    (ICI's unit, which the resolver gave ICI Pharma, taking "ICI" for its short name)."""
    text = ("ICI today announced the formation of a new U.S. drug company, ICI Pharma, which, with its Stuart "
            "Pharmaceuticals unit, it said will double its current pharmaceutical sales to 1.1 billion dlrs by 1990.")
    direct, _ = _strict_layers(nlp, text)
    assert ("Stuart Pharmaceuticals", "subsidiaryOf", "ICI Pharma") not in direct


def test_a_firm_s_first_word_read_as_a_noun_at_the_sentence_start_is_its_name(nlp) -> None:  # type: ignore[no-untyped-def]
    """A guard of the round's apposed unit (it passes on the build before the round, which read no subsidiary there),
    reuters21578-21466 (an article of set 41's draw): "Cable and Wireless Plc said its subsidiary" (the parser's
    common noun "Cable", the NER's "Wireless Plc")."""
    text = ("Cable and Wireless Plc <CAWL.L> said its subsidiary <Hong Kong Telephone Co Ltd> would cease to be a "
            "listed company, following the restructuring.")
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[2] == "Wireless Plc"}


def test_a_deputy_of_a_head_the_parse_splits_works_for_the_body(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-15417 (an article of sets 11-27, found in the round's diff): "CCF deputy director-general Rene de
    la Serre", whose "deputy" the parse hangs on "director"."""
    text = ("\"The privatisation will be a way of attracting extra clients,\" CCF deputy director-general Rene de la "
            "Serre told Reuters.")
    direct, _ = _strict_layers(nlp, text)
    assert ("Rene de la Serre", "worksFor", "CCF") in direct
    assert ("Rene de la Serre", "leaderOf", "CCF") not in direct


def test_a_party_s_secretary_general_is_its_member(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-17070 (an article of sets 11-27, found in the round's diff): "LDP secretary general Noboru
    Takeshita", the party's second, not its head."""
    text = ("Watanabe said he doubted the next prime minister would be any of the three so-called \"New Leaders,\" LDP "
            "secretary general Noboru Takeshita, LDP executive council chairman Shintaro Abe or Finance Minister "
            "Kiichi Miyazawa. The ruling Liberal Democratic Party (LDP) met.")
    direct, _ = _strict_layers(nlp, text)
    assert ("Noboru Takeshita", "leaderOf", "Liberal Democratic Party") not in direct
    assert ("Noboru Takeshita", "memberOf", "Liberal Democratic Party") in direct


def test_a_unit_s_place_between_the_owner_and_the_title_is_no_employer(nlp) -> None:  # type: ignore[no-untyped-def]
    """A guard, kept by the rule before it (it passes on the build before the round), reuters21578-14873: "Citibank's
    Oslo treasury head Bjoern Sejerstad" (the round's first draft read the firm's name in the title's own words and
    gave him Oslo)."""
    text = "Citibank's Oslo treasury head Bjoern Sejerstad told Reuters, Citibank lost money."
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[0] == "Bjoern Sejerstad" and t[2] == "Oslo"}


def test_a_name_ending_on_an_adjective_of_a_lower_case_noun_is_cut(nlp) -> None:  # type: ignore[no-untyped-def]
    """A guard (it passes on the build before the round, which read no employer there), reuters21578-12404: "U.S.
    Environmental protection agency officer Bill Long", the NER's "U.S. Environmental"."""
    text = ("\"By the end of this year, we should have an international protocol in place we can all be proud of,\" "
            "U.S. Environmental protection agency officer Bill Long said.")
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[2] == "U.S. Environmental"}


def test_a_firm_s_mixed_case_first_word_is_part_of_its_name(nlp) -> None:  # type: ignore[no-untyped-def]
    """A guard of the round's apposed unit (it passes on the build before the round, which read no subsidiary there),
    reuters21578-12488 (an article of sets 11-27): "its wholly-owned Luxembourg subsidiary WestLB International SA",
    the NER's "International SA"."""
    text = ("Westdeutsche Landesbank Girozentrale <WELG.F> said its wholly-owned Luxembourg subsidiary WestLB "
            "International SA posted a decline in 1986 net profit.")
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[0] == "International SA"}


def test_a_public_service_commission_says_not_whose(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-3062: "a pledge ... to Georgia's Public Service Commission" made a node "Public Service
    Commission", one every state has (the judges wanted the state in its name)."""
    text = ("However, because of a pledge the made last year to Georgia's Public Service Commission, the increased cost "
            "will not be included in the utility's retail electric rates.")
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[0] == "Public Service Commission"}


# -- set 40's partly ones, read again for the fourteenth pass's round 2


def test_an_interim_chief_executive_heads_the_firm(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-16661 (set 40): "Core-Mark's interim chief executive Anthony Regensburg" (worksFor, too weak)."""
    text = ("Core-Mark's interim chief executive Anthony Regensburg said the sudden earnings deterioration in late "
            "fourth quarter \"took everyone by surprise.\"")
    direct, _ = _strict_layers(nlp, text)
    assert ("Anthony Regensburg", "leaderOf", "Core-Mark") in direct


# -- set 42 (bench/judged/judgements-42.jsonl), read after its figure was reported


def test_a_factive_verb_s_future_makes_its_deed_a_plan(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-7539: "Krung Thai Bank Ltd will start taking over state-owned Sayam Bank Ltd" (acquired)."""
    text = ("The state-owned Krung Thai Bank Ltd will start taking over state-owned Sayam Bank Ltd and complete the "
            "process in a year, Finance Minister Suthee Singhasaneh told a press conference.")
    direct, kept_open = _strict_layers(nlp, text)
    assert not {t for t in direct if t[1] == "acquired"}
    assert ("Krung Thai Bank Ltd", "acquired", "Sayam Bank Ltd") in kept_open


def test_then_after_the_name_makes_a_past_role(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-4668: "John Poindexter, then head of the National Security Council (NSC)" (leaderOf, present)."""
    text = ("Wallison said John Poindexter, then head of the National Security Council (NSC), kept him from probing the "
            "scandal for weeks after it was first made public last November, the Times reported.")
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[0] == "John Poindexter" and t[1] == "leaderOf"}


def test_a_wire_bracketed_name_with_of_america_is_one_name(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-6956: "TDK's subsidiary <TDK Corp of America>" put TDK Corp in the United States."""
    text = ("It targets first-year sales of 30 to 40 mln dlrs which will be marketed by TDK's subsidiary <TDK Corp of "
            "America>.")
    direct, _ = _strict_layers(nlp, text)
    assert ("TDK Corp", "basedIn", "United States") not in direct


def test_they_after_two_joined_names_is_unsure(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-19534: "Britain and Denmark ... have led the opposition to the measure. They are supported by West
    Germany and the Netherlands" (supported "European Community", the organisation named near)."""
    text = ("Britain and Denmark, which assumes the EC presidency on June 30, have led the opposition to the measure. "
            "They are supported by West Germany and the Netherlands and, to a lesser extent, Spain.")
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[1] == "supported"}


def test_a_document_named_by_common_words_alone_is_no_node(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-19043: "Boeing issued an official statement on September 6, 1985" (released "official
    statement", dated and issued, but named by no word a reader could look up)."""
    text = ("The Boeing Co said it had found faulty repairs. Boeing issued an official statement on September 6, "
            "1985, saying the 1978 repairs it had carried out were faulty.")
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[1] == "released"}


def test_a_name_joined_to_a_man_under_a_plural_title_is_a_man(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-16254: "Prime Ministers Zhao Ziyang of China and Anibal Cavaco Silva of Portugal" (the NER's
    organisation, based in Portugal)."""
    text = ("Prime Ministers Zhao Ziyang of China and Anibal Cavaco Silva of Portugal signed an agreement to end more "
            "than four centuries of Portuguese rule over the territory of Macao and return it to Chinese control in "
            "1999.")
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[0] == "Anibal Cavaco Silva" and t[1] == "basedIn"}


def test_a_title_s_first_word_ends_no_employer_s_name(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-9227: "Interior Permanent Secretary Pisarn Mulasartsathorn" worked for "Interior Permanent"."""
    text = ("A severe drought has affected 170,560 hectares of farmlands in six eastern and northeastern provinces, "
            "Interior Permanent Secretary Pisarn Mulasartsathorn said.")
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[2] == "Interior Permanent"}


@pytest.mark.parametrize(("text", "expected"), [
    ("<Siemens AG's> U.S. subsidiary, Siemens Public Switching Systems Inc said two existing plants have been "
     "selected.", ("Siemens Public Switching Systems Inc", "subsidiaryOf", "Siemens AG")),  # reuters21578-819
    ("The state-owned Industrial Development Bank of India (IDBI) has given <Morgan Guaranty Ltd, Hong Kong> the "
     "mandate to arrange a 10 billion yen loan.", ("Morgan Guaranty Ltd", "basedIn", "Hong Kong")),  # -18515
])
def test_a_possessive_or_a_town_inside_the_wire_s_brackets_cuts_no_name(nlp, text: str,  # type: ignore[no-untyped-def]
                                                                         expected: tuple[str, str, str]) -> None:
    """Guards of the round's bracket rule (they pass on the build before the round; its first draft cut both names),
    sets 28-35: a name the wire brackets with its possessive or its town is whole."""
    direct, _ = _strict_layers(nlp, text)
    assert expected in direct


# -- set 43 (bench/judged/judgements-43.jsonl), read after its figure was reported


def test_initials_of_a_firm_s_name_skip_its_legal_suffix(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-11180: "POB chairman Robin Congreve" after "Post Office Bank Ltd (POB)" led "POB"."""
    text = ("The new state-owned Post Office Bank Ltd (POB) will receive 135 mln dlrs from the government to boost its "
            "assets.\n\nIt was announced in a joint statement by Finance Minister Roger Douglas, Postmaster General "
            "Jonathan Hunt and POB chairman Robin Congreve.")
    direct, _ = _strict_layers(nlp, text)
    assert ("Robin Congreve", "leaderOf", "Post Office Bank Ltd") in direct


def test_a_country_s_market_is_no_body(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-7540: "counterfeits ... aimed at the U.S. Market and fakes from Spain" (basedIn Spain)."""
    text = ("Reebok has also found counterfeits from Taiwan and the Philippines aimed at the U.S. Market and fakes from "
            "Spain targetted at European markets, he said.")
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[0] == "U.S. Market"}


def test_a_former_subsidiary_is_none(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-4760: "VW's former office equipment subsidiary Triumph-Adler AG" (subsidiaryOf, as present)."""
    text = ("VW said Adalbert Sedlmair, formerly finance director at VW's former office equipment subsidiary "
            "Triumph-Adler AG, would temporarily take over responsibility of the financial transfer department.")
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[1] == "subsidiaryOf"}


def test_an_apposition_after_another_name_describes_that_name(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-9819: "Siemens was the only supplier ... to the Bundespost, the German federal post office"
    (Siemens based in Germany, by the parse's apposition)."""
    text = ("For years Siemens was the only supplier of public switching stations to the Bundespost, the German federal "
            "post office.")
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[0] == "Siemens" and t[1] == "basedIn"}


def test_a_member_of_a_firm_s_board_works_for_it(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-961: "Max Baumann, a member of the Contraves board" (memberOf, meant for parties and groups)."""
    text = ("Max Baumann, a member of the Contraves board, told Reuters his company was awaiting judgement in the case "
            "before a Zurich court \"quite calmly.\"")
    direct, _ = _strict_layers(nlp, text)
    assert ("Max Baumann", "worksFor", "Contraves") in direct
    assert ("Max Baumann", "memberOf", "Contraves") not in direct


def test_two_firms_the_ner_joined_at_a_comma_are_no_name(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-11294: "AVA filed suit against Dixons, Cyclops Corp, Allegheny Corp and others"."""
    text = ("AVA filed suit against Dixons, Cyclops Corp, Allegheny Corp and others in connection with Dixons' recent "
            "tender offer for Cyclops on March 20.")
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[2] == "Dixons, Cyclops Corp"}


def test_a_unit_s_head_at_a_body_works_for_it(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-9722: "Tahashi Kumakiri, Foreign Department head at the Japan Non-life Insurance Association"."""
    text = ("\"Overseas firms are now very alert to earthquake insurance risks,\" said Tahashi Kumakiri, Foreign "
            "Department head at the Japan Non-life Insurance Association.")
    direct, _ = _strict_layers(nlp, text)
    assert ("Tahashi Kumakiri", "leaderOf", "Japan Non-life Insurance Association") not in direct
    assert ("Tahashi Kumakiri", "worksFor", "Japan Non-life Insurance Association") in direct


def test_a_body_s_minister_heads_it(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-312: "Economic Planning Board Minister Kim Mahn-je" (worksFor, too weak)."""
    text = ("South Korea plans to take steps to keep its 1987 current account surplus below five billion dlrs, "
            "Economic Planning Board Minister Kim Mahn-je said.")
    direct, _ = _strict_layers(nlp, text)
    assert ("Kim Mahn-je", "leaderOf", "Economic Planning Board") in direct


def test_a_party_s_plural_says_not_which_party(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-18449: "the Socialists, led by former Prime Minister Bettino Craxi" (leaderOf "Socialists")."""
    text = ("Final returns show the Socialists, led by former Prime Minister Bettino Craxi, increasing their vote to "
            "14.3 pct from 11.4 in 1983, while the Communists dropped more than three points to 26.6 pct.")
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[2] == "Socialists"}


def test_initials_with_a_firm_s_legal_suffix_still_join_it(nlp) -> None:  # type: ignore[no-untyped-def]
    """A guard of the round's initials (it passes on the build before the round; the round's first draft read
    initials only without the suffix and split "NBC" from "National Broadcasting Co"), reuters21578-19007."""
    text = ("The National Broadcasting Co said it would cut jobs. \"The union will have to decide what action it thinks "
            "is appropriate,\" said Day Krolik, NBC's vice president for labor relations.")
    direct, _ = _strict_layers(nlp, text)
    assert ("Day Krolik", "worksFor", "National Broadcasting Co") in direct


def test_a_member_of_a_board_named_as_a_body_stays_its_member(nlp) -> None:  # type: ignore[no-untyped-def]
    """A guard of the round's firm's board (it passes on the build before the round; the round's first draft had him
    work for it), reuters21578-15246: "Robert Heller, a member of the Federal Reserve Board", one of its governors."""
    text = ("Robert Heller, a member of the Federal Reserve Board, said he expects \"more modest levels\" of growth in "
            "the money supply this year.")
    direct, _ = _strict_layers(nlp, text)
    assert ("Robert Heller", "memberOf", "Federal Reserve Board") in direct


def test_a_reflexive_object_leaves_no_other(nlp) -> None:  # type: ignore[no-untyped-def]
    """A guard found in the round's diff (it passes on the build before the round, where "RHM" joined no name; the
    round's initials made it an edge), reuters21578-10318: "<Avana Group Plc>, defending itself against a bid from
    Ranks Hovis McDougall Plc <RHML.L>, RHM" defended RHM."""
    text = ("<Avana Group Plc>, defending itself against a bid from Ranks Hovis McDougall Plc <RHML.L>, RHM, forecast "
            "a 3.4 mln stg rise in profits in the 1986/87 year.")
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[1] == "defended"}


# -- set 44 (bench/judged/judgements-44.jsonl), read after its figure was reported


def test_a_name_ends_on_no_joining_word(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-288: "Paris-based Union de Banques Arabes et Francaises (UBAF)", the NER's "... Arabes et"."""
    text = ("The 500 mln dlr credit, under the lead management of Paris-based Union de Banques Arabes et Francaises "
            "(UBAF), has a five-year maturity and a margin of one percentage point over London Interbank Offered Rate.")
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[0] == "Union de Banques Arabes et"}


def test_a_place_of_two_bodies_meetings_is_neither_s_seat(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-9673: "the half-yearly International Monetary Fund and World Bank meetings in two weeks time in
    Washington" based the IMF in Washington (the parse hangs the place on the first name)."""
    text = ("Delegates agreed to shelve discussion of IADB reforms until the half-yearly International Monetary Fund and "
            "World Bank meetings in two weeks time in Washington at which a decision will be urgently sought.")
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[1] == "basedIn"}


def test_an_office_s_director_heads_it(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-4727: "Rudolph Penner, Director of the Congressional Budget Office" (worksFor, too weak)."""
    text = ("By contrast, Rudolph Penner, Director of the Congressional Budget Office, said the budget process has "
            "broken down and the deficit will remain close to 200 billion dlrs for fiscal 1987.")
    direct, _ = _strict_layers(nlp, text)
    assert ("Rudolph Penner", "leaderOf", "Congressional Budget Office") in direct


# -- set 45 (bench/judged/judgements-45.jsonl), read after its figure was reported


def test_a_quoted_question_charges_no_one(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-19028: the economist asks whether the Fed abandons its position, and answers "No"."""
    text = ('"M-1 has hit an air pocket of weakness," said Bill Sullivan of Dean Witter Reynolds Inc.\n\n"Does this '
            'mean that the Fed abandons its current open market position? No," Sullivan said.')
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[1] == "criticized"}
    assert {t[2] for t in direct if t[:2] == ("Bill Sullivan", "worksFor")} == {"Dean Witter Reynolds Inc."}


def test_a_capitalised_bombing_is_a_deed_not_a_body(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-11249: "the U.S. Bombing of the Libya", which the NER took for an organisation, based in Libya."""
    text = ("A decline in U.S. Transatlantic traffic following terrorist attacks in Europe, the U.S. Bombing of the "
            "Libya, the Chernobyl disaster and a slump in the oil industry which affected Middle East traffic were the "
            "main causes of the loss, Thomson said.")
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[0] == "U.S. Bombing"}


def test_a_firm_s_initials_are_the_firm_not_a_unit_named_after_them(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-5203: "BHP" is The Broken Hill Pty Co Ltd (its initials before "Co Ltd"), not "BHP Petroleum
    International", the unit whose name begins with them."""
    text = ("The Broken Hill Pty Co Ltd <BRKN.S> said it will merge its BHP Minerals division and <Utah International "
            "Inc> into a single business unit under a common management structure.\n\n<BHP Petroleum (Americas) Inc>, "
            "formerly part of Utah International, will become a subsidiary of BHP's renamed <BHP Petroleum "
            "International>, now <BHP Petroleum Pty Ltd>, the company said.\n\nBHP acquired Utah from General "
            "Electric Co <GE> in 1984.")
    direct, _ = _strict_layers(nlp, text)
    assert ("Broken Hill Pty Co Ltd", "acquired", "Utah International Inc") in direct
    assert not {t for t in direct if t[0] == "BHP Petroleum International" and t[1] == "acquired"}


def test_a_firm_s_name_split_at_and_is_no_node(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-11215 (set 45, partly): "Kleinwort and Benson Ltd's securities analyst", which the NER cut into
    "Kleinwort" and "Benson Ltd": Tasker worked for "Kleinwort"."""
    text = ('"Last year was a bumper year that will live in the annals of the market," said Kleinwort and Benson '
            "Ltd's securities analyst, Peter Tasker.")
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if "Kleinwort" in (t[0], t[2]) or "Benson Ltd" in (t[0], t[2])}


def test_a_firm_s_first_word_at_the_sentence_start_is_its_name_s(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-11404 (set 45, partly): "Pratt and Whitney, a unit of United Technologies Corp", of which the NER
    named "Whitney" alone."""
    text = ("Pratt and Whitney, a unit of United Technologies Corp, said a Swissair order for PW4000 turbofan engines "
            "could be worth more than 470 mln dlrs.")
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[0] == "Whitney"}


# -- set 46 (bench/judged/judgements-46.jsonl), read after its figure was reported


def test_a_deed_in_a_time_clause_under_would_is_supposed(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-17983: the takeover of Dome is pending; the offering "would not take place until at least one
    year after Amoco acquired Dome"."""
    text = ("The public stock offering Amoco Canada plans if it succeeds in its 5.2 billion-dlr takeover of Dome "
            "Petroleum Ltd <DMP> will be worth more than one billion Canadian dlrs, a published report said.\n\nThe "
            "initial offering would not take place until at least one year after Amoco acquired Dome, to allow the two "
            "operations to merge.")
    direct, opened = _strict_layers(nlp, text)
    assert not {t for t in direct if t[1] == "acquired"}
    assert {t for t in opened if t[1] == "acquired"}


def test_a_name_a_hyphen_joins_to_a_capital_goes_on(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-3992: "New York-LaGuardia, New York-J.F. Kennedy": two airports in a list, no place in a state."""
    text = ("Dropped from the final plan were the Minneapolis-St. Paul, New York-LaGuardia, New York-J.F. Kennedy, "
            "San Francisco, St. Louis and Washington-Dulles airports.")
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[1] == "locatedIn"}


def test_a_daily_the_ner_took_for_a_man_is_a_paper(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-1904: "The Japanese daily Asahi Shimbun" is based in Japan; it is no citizen."""
    text = ("The Japanese daily Asahi Shimbun said today that IBJ and three other banks plan to abandon a total of 16 "
            "billion yen in loans to Japan Line and a group of creditor banks plans to buy seven billion yen of new "
            "Japan Line shares.")
    direct, _ = _strict_layers(nlp, text)
    assert ("Asahi Shimbun", "basedIn", "Japan") in direct
    assert not {t for t in direct if t[1] == "citizenOf"}


def test_a_plural_two_places_share_names_neither(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-20250: "San Diego and Orange Counties in California" gave "Orange Counties" a node."""
    text = ("Mexico has decided to close its border to imports of fresh fruit from San Diego and Orange Counties in "
            "California, the U.S. Agriculture Department's officer in Mexico City said in a field report.")
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[0] == "Orange Counties"}


def test_a_unit_its_owner_sold_is_no_subsidiary(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-6217: "In May 1985, Allegheny sold its Pepsi-Cola Bottling Co unit to Pepsico Inc"."""
    text = ("Allegheny Beverage Corp said it has been approached by a group interested in acquiring its foodservice "
            "unit, Service America Corp.\n\nIn May 1985, Allegheny sold its Pepsi-Cola Bottling Co unit to Pepsico Inc "
            "<PEP> for 160 mln dlrs.")
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[0] == "Pepsi-Cola Bottling Co" and t[1] == "subsidiaryOf"}


def test_the_lead_firm_s_first_word_stands_for_it(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-4308: "American Century Corp said ..." then "American's chairman John Kerr": the firm, not a
    node called "American"."""
    text = ("American Century Corp said it was granted an injunction against Merrill Lynch and certain affiliates "
            "barring them from taking or selling any of the collateral for a 12 mln dlr line of credit extended by "
            "Merrill.\n\nUnder the order, Merrill Lynch is barred from taking or selling the collateral, namely 32 pct "
            "of the outstanding American Century shares plus real estate interests, for the credit line extended to "
            "<G.H. Stool>, American's chairman John Kerr and Robert Feldman, a director with American.")
    direct, _ = _strict_layers(nlp, text)
    assert ("John Kerr", "leaderOf", "American Century Corp") in direct
    assert not {t for t in direct if "American" in (t[0], t[2])}


def test_a_firm_s_name_without_its_founder_s_initials_is_the_firm(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-17657: "Reynolds is a subsidiary of RJR Nabisco Inc." after "R.J. Reynolds Tobacco Co"."""
    text = ("Federal law enforcement authorities said they began a criminal investigation of R.J. Reynolds Tobacco Co "
            "after the company imported herbicide-tainted tobacco and then exported tainted cigarettes to Japan.\n\n"
            "Reynolds is a subsidiary of RJR Nabisco Inc. of Winston-Salem, N.C.")
    direct, _ = _strict_layers(nlp, text)
    assert ("R.J. Reynolds Tobacco Co", "subsidiaryOf", "RJR Nabisco Inc.") in direct


@pytest.mark.parametrize("text,unit", [
    pytest.param(  # reuters21578-17782
        "Allied-Signal Inc said it completed the sale of its MPB Corp unit to Bearing Acquisition Corp for 145 mln "
        "dlrs plus assumption of certain MPB liabilities.", "MPB Corp", id="completed-the-sale-of"),
    pytest.param(  # reuters21578-12159
        "BankAmerica Corp said it completed the sale of its Consumer Trust Services division to Well Fargo and Co "
        "<WFC>, a transaction that will result in a second quarter pre-tax gain of more than 75 mln dlrs.",
        "Consumer Trust Services", id="sale-of-a-division"),
    pytest.param(  # reuters21578-3400
        "Conagra Inc said it completed the merger of its Sea-Alaska Products Co unit and <Trident Seafoods Corp.>",
        "Sea-Alaska Products Co", id="merger-of-a-unit"),
])
def test_a_unit_in_its_sale_or_merger_is_no_subsidiary(nlp, text: str,  # type: ignore[no-untyped-def]
                                                       unit: str) -> None:
    """The edge diff of stop 39: once "its" was read inside "the sale of its ... unit" (a phrase holding a pronoun is
    not what the pronoun stands for), units leaving their owners became subsidiaries. A unit named as what a sale or
    a merger is of is on its way out, done or planned: no edge (guards: before, "its" there stayed unresolved)."""
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[0] == unit and t[1] == "subsidiaryOf"}


@pytest.mark.parametrize("text,expected", [
    pytest.param(  # reuters21578-2297: "its X division" is X
        "Ducommun Inc said it sold its Airdrome Parts Co division to a group of investors headed by Airdrome's "
        "management for a cash price of 12 mln dlrs.", ("Ducommun Inc", "sold", "Airdrome Parts Co"), id="division"),
    pytest.param(  # reuters21578-4697: after "before selling" the sale is done
        "Two years ago, before selling its Ormet Corp subsidiary in the United States to local management and staff, "
        "Alusuisse had an annual capacity of 800,000 tonnes.", ("Alusuisse", "sold", "Ormet Corp"), id="subsidiary"),
])
def test_the_owner_s_unit_noun_stands_for_the_unit_it_names(nlp, text: str,  # type: ignore[no-untyped-def]
                                                            expected: tuple[str, str, str]) -> None:
    """A unit noun under its owner's possessive names the unit before it (DocContext.argument): "sold its Airdrome
    Parts Co division" sold Airdrome Parts Co, where the object had been the generic phrase."""
    direct, _ = _strict_layers(nlp, text)
    assert expected in direct


@pytest.mark.parametrize("text,wrong", [
    pytest.param(  # reuters21578-3444: "Fujitsu subsidiary" is a subsidiary of Fujitsu, which the appositive names
        "The Oregon plant, owned by Fujitsu subsidiary, <Fujitsu America Inc>, now makes magnetic computer discs and "
        "will soon make printers.", ("Fujitsu", "owns", "Fujitsu America Inc"), id="no-possessive"),
    pytest.param(  # reuters21578-16603: two units of Chase, not Chase
        "Spencer Cos Inc said it sued two Chase Manhattan Corp units for forcing Spencer and its subsidiaries to seek "
        "protection from creditors under Chapter 11 of the U.S. Bankruptcy Code.",
        ("Spencer Cos Inc", "sued", "Chase Manhattan Corp"), id="plural-units"),
])
def test_a_name_before_a_unit_noun_without_a_possessive_is_the_owner_s(nlp, text: str,  # type: ignore[no-untyped-def]
                                                                       wrong: tuple[str, str, str]) -> None:
    """Guards of the rule above, from its first draft's edge diff: without the owner's possessive, or for units in
    the plural, the name before the noun is the owner's, so the noun does not stand for it."""
    direct, _ = _strict_layers(nlp, text)
    assert wrong not in direct


def test_a_unit_s_sales_are_its_revenue_not_its_sale(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-375: "Combined sales of Imperial's existing Stuart Pharmaceuticals unit": a unit still owned
    (a guard for the rule above: "sales" in the plural is revenue)."""
    text = ("Combined sales of Imperial's existing Stuart Pharmaceuticals unit and the new ICI Pharma are projected to "
            "be 1.1 billion dlrs in 1990, the company said.")
    direct, _ = _strict_layers(nlp, text)
    assert ("Stuart Pharmaceuticals", "subsidiaryOf", "Imperial") in direct


def test_a_kind_of_unit_before_the_noun_is_no_unit_s_name(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-11188: "its DTC unit Orion Royal Pacific Ltd": the name after the noun is the unit's; "DTC" (a
    deposit-taking company) says what kind of unit it is."""
    text = ("Royal Canada has surrendered the licence of its DTC unit Orion Royal Pacific Ltd, though it still has "
            "some assets and uses the name, said Vincent Fan, bank chief executive here.")
    direct, _ = _strict_layers(nlp, text)
    expected = {("Orion Royal Pacific Ltd", "subsidiaryOf", "Royal Canada")}
    assert {t for t in direct if t[1] == "subsidiaryOf"} == expected


def test_a_unit_its_owner_agreed_to_sell_is_still_its_own(nlp) -> None:  # type: ignore[no-untyped-def]
    """Guard for the sold-unit rule (passes before it too): reuters21578-9443, "agreed to sell its Linotype Group
    unit": a sale not yet done."""
    text = ("Allied-Signal Inc said it agreed to sell its Linotype Group unit to <Commerzbank AG> of West Germany for "
            "an undisclosed amount.")
    direct, _ = _strict_layers(nlp, text)
    assert ("Linotype Group", "subsidiaryOf", "Allied-Signal Inc") in direct


# -- set 47 (bench/judged/judgements-47.jsonl), read after its figure was reported


def test_a_treaty_the_ner_took_for_a_body_is_based_nowhere(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-1942: "the EC's founding Treaty of Rome" based the NER's organisation "Treaty" in Rome."""
    text = "The issue is being made to mark the 30th anniversary of the EC's founding Treaty of Rome this month."
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[1] == "basedIn"}


def test_a_title_the_ner_took_for_a_name_is_no_man(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-10617: "Kurt Viermetz, Worldwide Treasurer of <Morgan Guaranty Trust Co>": Viermetz works there;
    no man called "Worldwide Treasurer" does."""
    text = ("Kurt Viermetz, Worldwide Treasurer of <Morgan Guaranty Trust Co>, told Arab currency traders meeting here "
            "that the steady depreciation of the dollar had not gone far enough to rein in U.S. Deficits on a lasting "
            "basis.")
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[0] == "Worldwide Treasurer"}
    assert ("Kurt Viermetz", "worksFor", "Morgan Guaranty Trust Co") in direct


def test_a_name_the_wire_brackets_whole_is_cut_at_no_first_word(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-12940: "Sweden's <OK Petroleum AB>", of which the NER named "Petroleum AB"."""
    text = ("But BP said the unit, in which Sweden's <OK Petroleum AB> has a 22 pct stake, had performed well both "
            "technically and financially up to and including the first quarter of 1987.")
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[0] == "Petroleum AB"}


def test_a_count_of_people_names_no_one(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-1864: "Eagleye and two other former employees filed a suit against TRW": the two are no party."""
    text = ("Eagleye and two other former employees filed a suit against TRW last year charging the company with "
            "overcharging the government.")
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[0] == "two other former employees"}


def test_a_body_s_kind_before_of_stands_for_no_body_of_another_article() -> None:
    """reuters21578-15543: "Bank President Barber Conable" (the World Bank's) took "Bank of Communications Ltd", the
    one full name another article of the build began with "Bank"."""
    from kg.resolve.crossdoc import NameIndex

    names = NameIndex()
    names.add("Organization", "Bank of Communications Ltd")
    names.add("Organization", "Amnesty International")
    assert names.full_name("Organization", "Bank") is None
    assert names.full_name("Organization", "Amnesty") == "Amnesty International"


# -- set 48 (bench/judged/judgements-48.jsonl), read after its figure was reported


def test_an_infinitive_with_its_own_subject_states_no_deed(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-19940: senators "urged the White House to name ... Kalo Hineman to replace outgoing Chairman Susan
    Phillips": a nomination urged, no replacement made."""
    text = ("Two leading Senate Republicans have urged the White House to name Commodity Futures Trading Commission "
            "(CFTC) Commissioner Kalo Hineman to replace outgoing Chairman Susan Phillips, congressional sources said.")
    direct, kept_open = _strict_layers(nlp, text)
    assert ("Kalo Hineman", "replaced", "Susan Phillips") not in direct
    assert kept_open[("Kalo Hineman", "replaced", "Susan Phillips")] == "hedged: to"


def test_a_state_whose_name_ends_in_union_lies_in_no_city_after_it(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-12778: "from China and the Soviet Union, London trade house E.D.And F. Man said": no body of the
    Soviet Union based in London, no state in a city."""
    text = ("The recent fall in world sugar prices, due to increased producer pricing sales and evidence of export "
            "availability, has encouraged renewed buying interest from China and the Soviet Union, London trade house "
            "E.D.And F. Man said.")
    direct, kept_open = _strict_layers(nlp, text)
    assert not {t for t in [*direct, *kept_open] if t[0] == "Soviet Union" and t[2] == "London"}


def test_the_soviet_union_is_a_place_wherever_it_stands() -> None:
    """The type vote reads a union's word at the end of "Soviet Union": a state is a place first."""
    from kg.resolve import _voted_type

    assert _voted_type("Organization", "Soviet Union", []) == "Place"
    assert _voted_type("Place", "European Union", []) == "Organization"


def test_partners_after_initials_with_the_suffix_on_the_last_are_one_firm(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-12965: "Symbion's financial advisor, L.F. Rothschild, Unterberg, Towbin Inc": a firm, no man who
    works for Symbion."""
    from kg.extract import extract

    text = ("In a filing with the Securities and Exchange Commission, Warburg Pincus said one of its top executives, "
            "Rodman Moorhead, who is also a Symbion director, met April 1 with Symbion's financial advisor, L.F. "
            "Rothschild, Unterberg, Towbin Inc.")
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[1] == "worksFor" and "Rothschild" in t[0]}
    names = {m.span.text: m.type for m in extract(nlp(text)).mentions}
    assert names.get("L.F. Rothschild, Unterberg, Towbin Inc.") == "Organization"


def test_a_partners_name_ends_at_its_capitalised_suffix(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-6665 (set 30): "Kidder, Peabody and Co as advisers": "as" is no Norwegian "AS"."""
    from kg.extract import extract

    text = "It has retained First Boston Corp and Kidder, Peabody and Co as advisers."
    names = {m.span.text for m in extract(nlp(text)).mentions}
    assert "Kidder, Peabody and Co" in names
    assert not {name for name in names if name.endswith(" as")}


def test_a_german_bank_s_name_is_whole_across_fuer(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-15763: "Bank fuer Gemeinwirtschaft AG", of which the NER made "Bank" and "Gemeinwirtschaft AG"."""
    text = ("A further cut in West German taxes to overcome the current weakness of the domestic economy has been "
            "called for by Thomas Wegscheider, management board chairman of Bank fuer Gemeinwirtschaft AG.")
    direct, _ = _strict_layers(nlp, text)
    assert ("Thomas Wegscheider", "leaderOf", "Bank fuer Gemeinwirtschaft AG") in direct
    assert not {t for t in direct if t[2] == "Gemeinwirtschaft AG"}


def test_a_firm_named_with_its_state_is_one_name(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-10909: "Domino of California Inc, a Los Angeles garment maker": no firm called "California
    Inc"."""
    text = ("Brandman, chairman of Domino of California Inc, a Los Angeles garment maker, said he bought the stake for "
            "3.1 mln dlrs for investment purposes.")
    direct, _ = _strict_layers(nlp, text)
    assert ("Domino of California Inc", "basedIn", "Los Angeles") in direct
    assert not {t for t in direct if t[0] == "California Inc"}


def test_a_unit_s_nationality_after_its_suffix_is_no_part_of_its_name(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-15533: "its Senetek A/S Danish subsidiary": Senetek A/S is the unit; "Danish" says where."""
    text = ("Senetek PLC said its Senetek A/S Danish subsidiary has signed a letter of intent to market <Diagnostic "
            "Biotechnology Co Pt Ltd> of Singapore's AIDS antibody tests to the health care industries in Britain and "
            "the Scandinavian countries.")
    direct, _ = _strict_layers(nlp, text)
    assert ("Senetek A/S", "subsidiaryOf", "Senetek PLC") in direct
    assert not {t for t in direct if t[0] == "Senetek A/S Danish"}


def test_local_officials_name_no_one(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-10798: "Local officials also said GM violated contract provisions": a union local's, unnamed."""
    text = ("Local officials also said GM violated contract provisions on health and safety issues, work rules, "
            "seniority and job classifications.")
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[0] == "Local officials"}


def test_a_unit_combined_with_another_firm_is_its_owner_s_no_more(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-8526: "Cooper Development combined its Cooper Biomedical Inc unit and its Cooper Laboratories
    subsidiary with Technicon Instruments Corp": neither is a subsidiary of Cooper Development now."""
    text = ("The restatement was made because of change in the method of accounting for a combination of several "
            "company-controlled concerns that resulted in a 53.5 mln dlr charge, Cooper Development said.\n\n"
            "Last August Cooper Development combined its Cooper Biomedical Inc unit and its Cooper Laboratories "
            "subsidiary with Technicon Instruments Corp, a company acquired from Revlon Inc <REV>, a Cooper spokesman "
            "said.")
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[1] == "subsidiaryOf"}


def test_an_american_firm_s_managing_director_works_for_it(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-1879: "Robert Gerard, managing director of Morgan Stanley and Co": a rank of a Wall Street firm's
    officers, not its head."""
    text = ("Robert Gerard, managing director of Morgan Stanley and Co, told reporters his group, which mainly "
            "represents investment banking firms, supported committee members who want the Federal Reserve Board to "
            "postpone action on applications by three bank holding companies seeking new powers.")
    direct, _ = _strict_layers(nlp, text)
    assert ("Robert Gerard", "worksFor", "Morgan Stanley and Co") in direct
    assert ("Robert Gerard", "leaderOf", "Morgan Stanley and Co") not in direct


def test_two_firms_the_ner_joined_by_with_are_no_name(nlp) -> None:  # type: ignore[no-untyped-def]
    """Guard for the apposition on a name's last word (passes before it too): reuters21578-9047, "a merger of Resorts
    with RI Acquisition Co Inc, a newly formed Delaware corporation", one NER name: no firm of that name based in
    Delaware (the sixteenth pass's first draft made one)."""
    text = ("Resorts said the offer from KSZ calls for a merger of Resorts with RI Acquisition Co Inc, a newly formed "
            "Delaware corporation.")
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[1] == "basedIn"}


# -- set 49 (bench/judged/judgements-49.jsonl), read after its figure was reported


def test_an_office_is_not_of_the_country_its_holder_deals_with(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-12737 and -12828: "Agriculture Minister Mutsuki Kato said he will meet U.S. Agriculture Secretary
    Richard Lyng" (Japan's minister, the U.S. the other's); "Finance Minister Gerhard Stoltenberg said he will advise
    Brazil" (West Germany's)."""
    text = ("Agriculture Minister Mutsuki Kato said he will meet U.S. Agriculture Secretary Richard Lyng here on April "
            "17 and 20 to discuss bilateral farm trade issues. Lyng will visit Tokyo from April 16 to 27.\n\nKato told "
            "reporters after a cabinet meeting all topics ofconcern to the U.S. Will be discussed, such as trade in "
            "beef and oranges and import controls on farm products.")
    direct, _ = _strict_layers(nlp, text)
    assert ("Mutsuki Kato", "worksFor", "United States") not in direct
    assert ("Richard Lyng", "worksFor", "United States") in direct
    text = ("Finance Minister Gerhard Stoltenberg said he will advise Brazil to take up discussions with its "
            "commercial bank creditors when he is in Washington for the International Monetary Fund (IMF) meeting next "
            "week.\n\nStoltenberg noted that Brazil had agreed in January to work together with the banks but said "
            "this pledge had not yet been fulfilled.\n\nAfter Brazil imposed a moratorium on interest payments on 68 "
            "billion dlrs worth of debt in February, Brazilian Finance Minister Dilson Funaro sought to involve "
            "foreign governments in rescheduling talks.")
    direct, _ = _strict_layers(nlp, text)
    assert ("Gerhard Stoltenberg", "worksFor", "Brazil") not in direct
    assert ("Dilson Funaro", "worksFor", "Brazil") in direct


def test_a_party_s_council_chairman_is_its_member(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-12737: "Shintaro Abe, the ruling Liberal Democratic Party's executive council chairman": he
    chairs a council of the party, which another man leads."""
    text = ("He said Shintaro Abe, the ruling Liberal Democratic Party's executive council chairman, would propose "
            "some unspecified measures in response to demands to ease import controls on U.S. Farm products.")
    direct, _ = _strict_layers(nlp, text)
    assert ("Shintaro Abe", "leaderOf", "Liberal Democratic Party") not in direct
    assert ("Shintaro Abe", "memberOf", "Liberal Democratic Party") in direct


def test_a_place_that_ends_a_body_s_name_before_a_title_is_the_body_s(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-6436: "National Union of Seafarers in India president Leo Barnes" leads the union, not India; and
    "The Shipping Corporation of India" is one name, no "Shipping Corporation" based in India."""
    text = ("The Shipping Corporation of India (SCI) has asked its ships to avoid the port until the dispute is over, "
            "National Union of Seafarers in India president Leo Barnes said.")
    direct, _ = _strict_layers(nlp, text)
    assert ("Leo Barnes", "leaderOf", "India") not in direct
    assert ("Leo Barnes", "leaderOf", "National Union of Seafarers") in direct
    assert not {t for t in direct if t[0] == "Shipping Corporation"}


def test_of_america_s_ends_a_firm_s_name(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-17818: "Hospital Corp of America's ... debt": the firm's name and its possessive, no "Hospital
    Corp" based in the United States."""
    text = ("Moody's Investors Service Inc said it put Hospital Corp of America's nearly three billion dlrs of "
            "long-term debt under review with uncertain direction.")
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[0] == "Hospital Corp"}


def test_a_border_between_two_places_puts_neither_in_the_other(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-3998: "near the Siberia, Kazakhstan boarder": no Siberia in Kazakhstan."""
    text = "The Soviet test took place near the Siberia, Kazakhstan boarder, according to Swedish monitors."
    direct, _ = _strict_layers(nlp, text)
    assert ("Siberia", "locatedIn", "Kazakhstan") not in direct


def test_a_place_where_a_deed_was_done_to_a_firm_is_no_seat(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-4104: "an advantage denied to SAS in the United States": SAS is Scandinavian."""
    text = ("SAS has long held that regulations allowing U.S. Airlines' connecting flights from international to "
            "regional airports within Scandinavia have given these companies an advantage denied to SAS in the United "
            "States.")
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[1] == "basedIn"}


def test_a_unit_s_initials_leave_out_its_country_s_letters(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-10740: "<Nissan Motor Manufacturing Corp USA> (NMMC)" then "NMMC in Smyrna, Tennessee": the
    article's abbreviation stands for the unit it spelt out."""
    text = ("<Nissan Mexicana SA de CV> will supply all engines for manual transmission \"Sentra\" cars produced by "
            "Nissan Motor's wholly-owned subsidiary <Nissan Motor Manufacturing Corp USA> (NMMC), a Nissan "
            "spokeswoman said.\n\nNMMC in Smyrna, Tennessee, which has produced Sentras since March 1985, made 65,000 "
            "cars.")
    direct, _ = _strict_layers(nlp, text)
    assert ("Nissan Motor Manufacturing Corp USA", "basedIn", "Smyrna, Tennessee") in direct
    assert not {t for t in direct if t[0] == "NMMC"}


def test_a_firm_s_ticker_after_its_suffix_is_no_part_of_its_name(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-10890: "Punta Gorda Isles Inc PGA said", then "Alfred Johns, PGI's chairman": the firm's initials,
    once its name is read without the ticker the wire left unbracketed."""
    text = ("Punta Gorda Isles Inc PGA said it completed the sale of 1,875,000 shares of its Class A cumulative "
            "convertible preferred stock for 7,500,000 dlrs in cash at four dlrs per share.\n\nIn connection with the "
            "sale, Punta Gorda said it converted 500,000 dlr of debt owed to a corporation controlled by Alfred Johns, "
            "PGI's chairman, into 125,000 shares of the preferred stock.")
    direct, _ = _strict_layers(nlp, text)
    assert ("Alfred Johns", "leaderOf", "Punta Gorda Isles Inc") in direct


def test_a_firm_s_suffix_written_out_is_the_same_firm(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-20285: "Tribune Co said ...", "Tribune President Stanton Cook", "Tribune company's earnings": one
    firm, so "Tribune" is its short name."""
    text = ("Tribune Co said a pre-tax charge of 16.7 mln dlrs or 11 cts a share in employee severance costs at the "
            "New York Daily News led to a 73 pct decline in the company's 1987 third-quarter earnings.\n\nAfter "
            "adjusting for these extraordinary items, Tribune President Stanton Cook said 1987 year-end should be "
            "strong.\n\n\"Overall, we expect Tribune company's earnings before non-recurring factors to show solid "
            "gains,\" Cook said.")
    direct, _ = _strict_layers(nlp, text)
    assert ("Stanton Cook", "leaderOf", "Tribune Co") in direct


def test_a_territory_and_a_plant_lie_in_their_places(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-12987 (set 47) and -6726 (set 36): "Canada's Northwest Territories", "its Mayo Plant in Person
    County, N.C.": places, based nowhere."""
    text = ("Its other mining interests include gold exploration prospects on 13,000 acres in Inyo County, Calif., and "
            "500,000 acres in Canada's Northwest Territories.")
    direct, _ = _strict_layers(nlp, text)
    assert ("Northwest Territories", "locatedIn", "Canada") in direct
    text = ("Carolina Power and Light Co said its board has decided to cancel coal-fired Mayo Unit Two, the second "
            "unit planned for its Mayo Plant in Person County, N.C.")
    direct, _ = _strict_layers(nlp, text)
    assert ("Mayo Plant", "locatedIn", "Person County, North Carolina") in direct
    assert not {t for t in direct if t[1] == "basedIn"}


@pytest.mark.parametrize(("text", "body", "state"), [
    ("Last month, Japan's Export-Import Bank agreed a 900 mln dlr loan to meet Indonesia's share of 21 World Bank "
     "projects which would otherwise have been scrapped or postponed.", "Japan's Export-Import Bank", "Japan"),
    ("Ng Siew Kee, the chairman of Malaysia's Cocoa Growers' Council, said Malaysia should expand its sales to Asia "
     "and the United States if it did not produce a type suitable for Western Europe.",
     "Malaysia's Cocoa Growers' Council", "Malaysia"),
    ("It also reflected a negative 314 mln franc position with France's Exchange Stabilisation Fund after "
     "intervention purchases of 10.6 billion francs during May.", "France's Exchange Stabilisation Fund", "France"),
])
def test_a_body_every_state_has_is_named_with_its_state(nlp, text: str, body: str,  # type: ignore[no-untyped-def]
                                                        state: str) -> None:
    """Sets 45 and 48 (reuters21578-1906, -20005, -18527): "Export Import Bank", "Cocoa Growers' Council" and
    "Exchange Stabilisation Fund" alone name every state's; the article's is the one its possessive names."""
    direct, _ = _strict_layers(nlp, text)
    assert (body, "basedIn", state) in direct
    assert not {t for t in direct if t[0] == body.split("'s ", 1)[1]}


# -- set 50 (bench/judged/judgements-50.jsonl), read after its figure was reported


def test_a_body_the_ner_missed_before_a_title_is_no_country_s(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-13080: "A Malaysian Oil Palm Growers Council official, Borge Bek-Nielsen": the council employs
    him, not Malaysia."""
    text = ("A Malaysian Oil Palm Growers Council official, Borge Bek-Nielsen, has said studies have shown that palm "
            "oil is cholesterol-free, low in saturated fats, has anti-cancer properties and prevents blood clotting "
            "and blocking of arteries in humans.")
    direct, _ = _strict_layers(nlp, text)
    assert ("Borge Bek-Nielsen", "worksFor", "Malaysia") not in direct


def test_a_founder_and_sons_is_one_firm(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-15813: "arranged by N.M. Rothschild and Sons Ltd and Bank of Tokyo International Ltd": two banks,
    no man who works for the second."""
    from kg.extract import extract

    text = ("The first transaction, a 120 mln stg credit, will be arranged by N.M. Rothschild and Sons Ltd and Bank of "
            "Tokyo International Ltd on behalf of a special purpose Greycoat subsidiary yet to be incorporated.")
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[1] == "worksFor"}
    assert "N.M. Rothschild and Sons Ltd" in {m.span.text for m in extract(nlp(text)).mentions}


def test_a_possessive_the_ner_kept_is_no_part_of_a_name(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-19903: "Henley Group Inc's M.W. Kellogg Co subsidiary": the parent is Henley Group Inc."""
    text = ("Henley Group Inc's M.W. Kellogg Co subsidiary said it in consortium with <Inelectra> received a contract "
            "from Corpoven S.A., a Venezuelan-owned domestic oil company, to revamp and expand its El Palito Refinery.")
    direct, _ = _strict_layers(nlp, text)
    assert ("M.W. Kellogg Co", "subsidiaryOf", "Henley Group Inc") in direct


def test_a_ruler_the_ner_took_for_a_building_is_based_nowhere(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-17963: "Saudi Arabia's King Fahd said": a man, no body based in Saudi Arabia."""
    text = ("Saudi Arabia's King Fahd said last month that he wanted oil prices to remain stable for the next two "
            "years.")
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[1] == "basedIn"}


def test_a_unit_noun_after_the_second_of_two_firms_is_the_second_s(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-4054: "<Tonen Sekiyukagaku KK> and <Exxon Chemical Co>, a petrochemical division of Exxon Corp":
    Exxon Chemical is the division, Tonen no unit of Exxon."""
    text = ("<Tonen Sekiyukagaku KK> and <Exxon Chemical Co>, a petrochemical division of Exxon Corp <XON>, said they "
            "agreed to accelerate a study to set up an equally-owned joint venture to make waterwhite resin in Japan.")
    direct, _ = _strict_layers(nlp, text)
    assert ("Tonen Sekiyukagaku KK", "subsidiaryOf", "Exxon Corp") not in direct


def test_a_title_in_quotes_is_no_body_with_a_seat(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-6338: 'the Tourist Bureau prepared a pamphlet, "Economical Travel in Japan."'"""
    text = ("To help combat \"endaka\" and the slump in tourism, the Tourist Bureau prepared a pamphlet, \"Economical "
            "Travel in Japan.\"")
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[1] == "basedIn"}


def test_a_city_standing_for_its_state_is_no_party(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-1951: "Wallis urged Tokyo to stimulate domestic demand": Japan's government, not the city."""
    text = ("Forecasting sluggish economic growth in Japan this year, Allen Wallis urged Tokyo to stimulate domestic "
            "demand to help reduce its trade surplus, which hit a record 83 billion dlrs in 1986.")
    direct, kept_open = _strict_layers(nlp, text)
    assert ("Allen Wallis", "urged", "Tokyo") not in direct
    assert kept_open[("Allen Wallis", "urged", "Tokyo")].startswith("sense check")


def test_a_tie_formerly_held_is_no_standing_edge(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-12806: "Gould ... formerly headed Donaldson, Lufkin and Jenrette Securities Corp"."""
    text = ("Under Secretary of the Treasury George Gould said the proposal was sound.\n\nBefore joining the Treasury "
            "in November 1985, Gould was a partner at the Wall Steet firm of Wertheim and Co and formerly headed "
            "Donaldson, Lufkin and Jenrette Securities Corp.")
    direct, kept_open = _strict_layers(nlp, text)
    assert not {t for t in direct if t[1] == "leaderOf" and "Donaldson" in t[2]}


def test_a_unit_s_head_works_for_its_owner(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-8569: "David M. Holland, president of US Sprint's Dallas-based Southwest Division": he heads the
    division, named with its owner, and works for US Sprint."""
    text = ("David M. Holland, president of US Sprint's Dallas-based Southwest Division, told Reuters in an interview "
            "that he did not know what it would report for the first quarter.")
    direct, _ = _strict_layers(nlp, text)
    assert ("David M. Holland", "leaderOf", "US Sprint") not in direct
    assert ("David M. Holland", "worksFor", "US Sprint") in direct
    assert ("US Sprint's Southwest Division", "basedIn", "Dallas") in direct


def test_belgium_s_banking_commission_is_named_with_its_state(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-12777: "Belgium's Banking Commission has yet to approve arrangements"."""
    text = ("He declined to say at what price the new shares will be offered when they are floated between May 5 and "
            "15, saying Belgium's Banking Commission has yet to approve arrangements.")
    direct, _ = _strict_layers(nlp, text)
    assert ("Belgium's Banking Commission", "basedIn", "Belgium") in direct


def test_one_of_several_owners_is_no_owner(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-10918: "H.C. Holdings Inc, owned by Branford Castle Inc, a merchant banker, members of its
    management and certain of its shareholders": Branford Castle owns part of it."""
    text = ("Orange Julius International Inc said it entered into a definitive agreement to sell Orange Julius of "
            "America and Orange Julius Canada Limited to H.C. Holdings Inc, owned by Branford Castle Inc, a merchant "
            "banker, members of its management and certain of its shareholders.")
    direct, _ = _strict_layers(nlp, text)
    assert ("Branford Castle Inc", "owns", "H.C. Holdings Inc") not in direct


def test_a_river_lies_in_no_town_on_its_banks(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-17813: "crosses the Red River in Fargo, Texas": where the pipeline crosses it."""
    text = ("One other small pipeline that Total also closed has a capacity of 3,000 to 4,000 bpd and crosses the Red "
            "River in Fargo, Texas, Zollinger said.")
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[0] == "Red River"}


def test_plural_units_after_two_firms_are_both_s(nlp) -> None:  # type: ignore[no-untyped-def]
    """Guard for the unit noun after the second of two firms (passes before it too): reuters21578-15275, "Hudson Bay
    Gold Inc and Farley Gold Inc, both wholly owned units of Inspiration"; and reuters21578-17318, one owner whose
    apposition names another firm's "P and O" ("owned by Townsend Thoresen, part of P and O's subsidiary")."""
    text = ("Mingold currently manages Hudson Bay Gold Inc and Farley Gold Inc, both wholly owned units of Inspiration "
            "Resources Corp.")
    direct, _ = _strict_layers(nlp, text)
    assert ("Hudson Bay Gold Inc", "subsidiaryOf", "Inspiration Resources Corp.") in direct
    text = ("The ferry, the Herald of Free Enterprise, is owned by Townsend Thoresen, part of P and O's <PORL.L> "
            "subsidiary European Ferries Group.")
    direct, _ = _strict_layers(nlp, text)
    assert ("Townsend Thoresen", "owns", "Herald of Free Enterprise") in direct


# -- set 51 (bench/judged/judgements-51.jsonl), read after its figure was reported


def test_an_occupation_the_ner_took_for_a_name_is_no_man(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-17966: "Robin Marshall, chief U.K. Economist at Chase Manhattan Securities"."""
    text = ("And has signalled some worry about broad money (growth),\" said Robin Marshall, chief U.K. Economist at "
            "Chase Manhattan Securities.")
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[0] == "U.K. Economist"}
    assert ("Robin Marshall", "worksFor", "Chase Manhattan Securities") in direct


def test_a_fired_aide_holds_the_post_no_more(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-1908: "fired National Security Council (NSC) aide Oliver North"."""
    text = ("Senator Bill Bradley (Democrat) of New Jersey said the administration would \"remain under a cloud\" "
            "until several key figures in the scandal, including fired National Security Council (NSC) aide Oliver "
            "North and his boss Adm. John Poindexter, have told \"the whole truth.\"")
    direct, kept_open = _strict_layers(nlp, text)
    assert ("Oliver North", "worksFor", "National Security Council") not in direct
    assert kept_open[("Oliver North", "worksFor", "National Security Council")] == "former role"


def test_founders_founded_what_they_work_for_no_more(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-6392: "former French President Valery Giscard d'Estaing, founders of the EMS"."""
    text = ("Stoltenberg was speaking at a meeting of the Committee for a Currency Union in Europe, whose key members "
            "are former West German Chancellor Helmut Schmidt and former French President Valery Giscard d'Estaing, "
            "founders of the EMS.")
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[1] == "worksFor"}
    assert ("Valery Giscard d'Estaing", "founded", "EMS") in direct


def test_a_tanker_named_after_its_article_lies_nowhere(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-20101: "the American-flag tanker the Sea Isle City in Kuwaiti waters": a ship, no town."""
    text = ("Washington has said the attack was in response to a missile strike against the American-flag tanker the "
            "Sea Isle City in Kuwaiti waters on Friday.")
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[0] == "Sea Isle City"}


def test_a_wall_street_firm_s_managing_director_by_its_short_name(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-4007: "Ronald Gallatin, managing director at Shearson", after "Shearson Lehman Brothers Inc" (the
    article's first and fifth paragraphs)."""
    text = ("In a novel type of financing, Texas Instruments Inc marketed a three-part, 225 mln dlr issue of "
            "convertible money market preferred stock through Shearson Lehman Brothers Inc as sole manager.\n\nRonald "
            "Gallatin, "
            "managing director at Shearson, said that \"demand for the offering was unbelievable, especially for the "
            "first tranche.\"")
    direct, _ = _strict_layers(nlp, text)
    assert ("Ronald Gallatin", "leaderOf", "Shearson Lehman Brothers Inc") not in direct
    assert ("Ronald Gallatin", "worksFor", "Shearson Lehman Brothers Inc") in direct


# -- set 52 (bench/judged/judgements-52.jsonl), read after its figure was reported


def test_a_spokesman_for_a_firm_s_outside_firm_speaks_for_that_firm(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-19983: "Jim Ahtes, a spokesman for GE Credit's outside public relations firm, Manning, Selvage and
    Lee Inc": the PR firm's spokesman, not GE Credit's."""
    text = ("Jim Ahtes, a spokesman for GE Credit's outside public relations firm, Manning, Selvage and Lee Inc, "
            "emphasized that the terms of the acquisition had not yet been approved.")
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[1] == "spokespersonFor" and t[2] == "GE Credit"}


def test_an_ex_chairman_split_at_the_hyphen_holds_the_post_no_more(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-15794 (its first, third and fifth paragraphs): "the company's action against him and ex-chairman
    Ernest Saunders" ("ex", "-" and "chairman" three tokens to the parse)."""
    text = ("Guinness Plc <GUIN.L> director Thomas Ward told a High Court hearing that the company's action against "
            "him and ex-chairman Ernest Saunders sought to give the impression of an international hunt for Ward's "
            "5.2 mln stg fee in connection with the Distillers Co Plc <DIST.L> takeover, the Press Association news "
            "agency reported.\n\nWard said Guinness had made a transparent attempt to belittle his services, the PA "
            "reported.\n\nFailure would have cost Guinness between 25 mln stg and 100 mln stg, he added.")
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[0] == "Ernest Saunders" and t[1] in {"leaderOf", "worksFor"}}
    assert ("Thomas Ward", "worksFor", "Guinness Plc") in direct


def test_a_party_s_chairman_is_its_member(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-20075: "Conservative Party chairman Norman Tebbit" runs the party's office; its leader is
    another."""
    text = ("Conservative Party chairman Norman Tebbit, who plans to give up the post an a date yet to be set, is "
            "joining Blue Arrow Plc <BAWL.L> as a non-executive director, Blue Arrow said.")
    direct, _ = _strict_layers(nlp, text)
    assert ("Norman Tebbit", "leaderOf", "Conservative Party") not in direct
    assert ("Norman Tebbit", "memberOf", "Conservative Party") in direct


def test_a_party_s_chairman_leads_it_outside_britain_and_america(nlp) -> None:  # type: ignore[no-untyped-def]
    """A guard, which passes on the build before (reuters21578-8307): the Japan Socialist Party's chairwoman is its
    leader."""
    text = ("Takako Doi, Chairwoman of the Japan Socialist Party, said in a speech in central Tokyo where shop-owners "
            "are opposing the tax \"The elections are a plebiscite against the sales tax.\"")
    direct, _ = _strict_layers(nlp, text)
    assert ("Takako Doi", "leaderOf", "Japan Socialist Party") in direct


def test_a_japanese_firm_s_managing_director_works_for_it(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-1911: "Koichi Kimura, managing director of Daiwa Securities Co Ltd": one of several senior
    ranks under the president."""
    text = ("Issues doubled to more than 150 in 1986 from the previous year, boosting Euroyen offerings to more than "
            "nine pct of the total Eurobond market, Koichi Kimura, managing director of Daiwa Securities Co Ltd, said "
            "recently.")
    direct, _ = _strict_layers(nlp, text)
    assert ("Koichi Kimura", "leaderOf", "Daiwa Securities Co Ltd") not in direct
    assert ("Koichi Kimura", "worksFor", "Daiwa Securities Co Ltd") in direct


def test_one_of_the_owners_of_an_equally_owned_firm_is_no_owner(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-6367: "equally owned by the Malaysian government, Malaysian Airline System <MAIM.SI> and <United
    Motor Works Bhd>" (the parse hangs the third owner on the ticker)."""
    text = ("Aerospace Industries is equally owned by the Malaysian government, Malaysian Airline System <MAIM.SI> "
            "and <United Motor Works Bhd>.")
    direct, kept_open = _strict_layers(nlp, text)
    assert not {t for t in direct if t[1] == "owns"}
    assert ("Malaysian Airline System", "own", "Aerospace Industries") in kept_open


# -- set 53 (bench/judged/judgements-53.jsonl: TimeBank and AQUAINT news), read after its figure was reported


def test_a_speech_verb_opening_the_sentence_is_no_part_of_a_body_s_name(nlp) -> None:  # type: ignore[no-untyped-def]
    """timeml-AP900816-0139: "Replied State Department deputy spokesman Richard Boucher", the NER's "Replied State
    Department"."""
    text = ("Replied State Department deputy spokesman Richard Boucher, ``We haven't really analyzed the statement in "
            "detail but it appears to be just another example of his outlandish rhetoric and his attempts to distort "
            "the truth.''")
    direct, kept_open = _strict_layers(nlp, text)
    assert not {t for t in direct if "Replied" in t[2]}
    assert not {t for t in kept_open if "Replied" in t[2]}


def test_a_british_office_s_minister_works_for_it(nlp) -> None:  # type: ignore[no-untyped-def]
    """timeml-AP900816-0139: "British Foreign Office minister William Waldegrave", one of its junior ministers."""
    text = ("Iraq said the roundup was to protect them from unspecified threats; British Foreign Office minister "
            "William Waldegrave called the order ``grave and sinister.''")
    direct, _ = _strict_layers(nlp, text)
    assert ("William Waldegrave", "leaderOf", "British Foreign Office") not in direct
    assert ("William Waldegrave", "worksFor", "British Foreign Office") in direct


def test_a_place_naming_another_body_s_affiliate_employs_no_one(nlp) -> None:  # type: ignore[no-untyped-def]
    """timeml-NYT19981026.0446: "the executive director of the New York State affiliate of Naral"."""
    text = ("The advertisement, said Kelli Conlin, the executive director of the New York State affiliate of Naral, is "
            "intended to spotlight D'Amato's vote against the 1994 Freedom of Access to Clinic Entrances Act, which "
            "Schumer sponsored.")
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[0] == "Kelli Conlin" and t[1] in {"worksFor", "leaderOf"}}


def test_a_firm_s_division_of_another_firm_employs(nlp) -> None:  # type: ignore[no-untyped-def]
    """A guard, which passes on the build before (reuters21578-3242): a firm's name before a unit's noun is the unit's,
    his employer ("analyst with Conner Ballan division of Edward Viner and Co")."""
    text = ("Jerry Ballan, analyst with Conner Ballan division of Edward Viner and Co, said, \"They <Dart> has been "
            "rumored to be buying some other supermarkets as well, such as Stop and Shop.\"")
    direct, _ = _strict_layers(nlp, text)
    assert ("Jerry Ballan", "worksFor", "Conner Ballan") in direct


def test_a_chairman_of_a_body_the_ner_missed_is_not_the_article_s_firm_s(nlp) -> None:  # type: ignore[no-untyped-def]
    """timeml-wsj_0583 (its first, second and fifth paragraphs): "Polly Peck's chairman, Asil Nadir" in an article
    about Sansui (the NER missed "Polly Peck" there)."""
    text = ("Polly Peck International Inc.'s agreement to acquire 51% of Sansui Electric Co. proves that foreign "
            "companies can acquire Japanese companies -- if the alternative for the Japanese company is extinction."
            "\n\nPolly Peck, a fast-growing British conglomerate, will pay 15.6 billion yen ($110 million) for 39 "
            "million new shares of Sansui, a well-known maker of high-fidelity audio equipment that failed to adjust "
            "to changing market conditions. Japanese government officials, eager to rebut foreign criticism of "
            "Japanese investments overseas, hailed the transaction as proof foreigners can make similar investments "
            "in Japan. Polly Peck's chairman, Asil Nadir, echoed the official Japanese view of the accord, which was "
            "announced Friday.\n\nStatistics on acquisitions by foreigners vary in detail, because unlike Sansui, "
            "which is listed on the Tokyo and Osaka stock exchanges, most of the Japanese companies acquired by "
            "foreigners are privately held. But by all accounts foreign companies have bought only a relative handful "
            "of Japanese companies this year, while Japanese companies have acquired hundreds of foreign companies.")
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[0] == "Asil Nadir" and "Sansui" in t[2]}


def test_a_reporter_s_sign_off_says_not_where_his_broadcaster_is(nlp) -> None:  # type: ignore[no-untyped-def]
    """timeml-CNN19980227.2130.0067: "pierre thomas, CNN, Washington.", the transcript's last line."""
    text = ("Publicly, they are unwilling to make any sweeping assertion. The reason, they remember Richard Jewell. "
            "pierre thomas, CNN, Washington.\n")
    direct, _ = _strict_layers(nlp, text)
    assert ("CNN", "basedIn", "Washington") not in direct


def test_a_correspondent_s_beat_is_no_part_of_his_employer(nlp) -> None:  # type: ignore[no-untyped-def]
    """timeml-VOA19980303.1600.0917: "VOA West Africa Correspondent Purnell Murdock"."""
    text = ("Meanwhile, as VOA West Africa Correspondent Purnell Murdock reports, General Abacha's supporters began a "
            "two day rally in the capital, Abuja, to urge him to compete in this year's election.")
    direct, _ = _strict_layers(nlp, text)
    assert ("Purnell Murdock", "worksFor", "VOA West Africa") not in direct


def test_a_name_a_hyphen_joins_to_a_particle_is_cut_short(nlp) -> None:  # type: ignore[no-untyped-def]
    """timeml-XIE19980808.0049: "Dar-es-Salaam, Tanzania", the NER's "Salaam"."""
    text = ("The Friday explosions at U.S. embassies in Nairobi, Kenya, and Dar-es-Salaam, Tanzania, killed at least "
            "110 people, and the number injured topped 2,200.")
    direct, _ = _strict_layers(nlp, text)
    assert ("Salaam", "locatedIn", "Tanzania") not in direct


@pytest.mark.parametrize("text", [
    # timeml-NYT19980907.0112
    "The bombed-out Embassy in Nairobi is expected to be demolished after the FBI has finished gathering evidence.",
    # timeml-APW19980810.0907
    "The following are the latest figures as of Monday for the dead and injured in the bombings of the U.S. Embassies "
    "in Nairobi, Kenya, and Dar es Salaam, Tanzania."])
def test_an_embassy_without_its_state_or_in_two_towns_is_none(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[0] in {"Embassy", "U.S. Embassies"}}


# -- set 54 (bench/judged/judgements-54.jsonl: TimeBank and AQUAINT news), read after its figure was reported


def test_a_present_tense_meeting_on_a_weekday_is_to_come(nlp) -> None:  # type: ignore[no-untyped-def]
    """timeml-VOA19980501.1800.0355 (Friday 1 May 1998): "He and Palestinian leader Yasser Arafat meet separately
    Monday with US Secretary of State Madeleine Albright"."""
    text = ("Israeli Prime Minister Benjamin Netanyahu says considerable gaps remain between Israeli and Palestinian "
            "positions before next week's talks in London. He and Palestinian leader Yasser Arafat meet separately "
            "Monday with US Secretary of State Madeleine Albright.")
    direct, kept_open = _strict_layers(nlp, text, anchor=dt.date(1998, 5, 1))
    assert not {t for t in direct if t[1] == "met"}
    assert kept_open[("Yasser Arafat", "met", "Madeleine Albright")] == "hedged: future"


def test_an_accused_killer_is_accused_by_no_one_the_sentence_names(nlp) -> None:  # type: ignore[no-untyped-def]
    """timeml-APW19990607.0041: "anti-abortion activist and accused doctor killer James Charles Kopp", which the parse
    joins to "put" as a verb."""
    text = ("The FBI put alleged terrorist mastermind Osama Bin Laden and anti-abortion activist and accused doctor "
            "killer James Charles Kopp on the bureau's list of the Ten Most Wanted fugitives Monday.")
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[1] == "accused"}


def test_a_tie_in_the_past_perfect_is_no_standing_edge(nlp) -> None:  # type: ignore[no-untyped-def]
    """timeml-APW19980219.0476 (its first six sentences): "Howes had been working for the Britain-based Mines
    Advisory Group when he was abducted" (presumed killed)."""
    text = ("O'SMACH, Cambodia (AP)_ The top commander of a Cambodian resistance force said Thursday he has sent a "
            "team to recover the remains of a British mine removal expert kidnapped and presumed killed by Khmer Rouge "
            "guerrillas almost two years ago. Gen. Nhek Bunchhay, a loyalist of ousted Cambodian Prime Minister Prince "
            "Norodom Ranariddh, said in an interview with The Associated Press at his hilltop headquarters that he "
            "hopes to recover the remains of Christopher Howes within the next two weeks. Howes had been working for "
            "the Britain-based Mines Advisory Group when he was abducted with his Cambodian interpreter Houn Hourth in "
            "March 1996. There were many conflicting accounts of his fate. Howes' team was clearing mines 17 "
            "kilometers (10 miles) from Angkor Wat, the fabled 11th century temple that is Cambodia's main tourist "
            "attraction, when it was attacked. In January this year, British police officers who had been searching "
            "for Howes concluded he had probably been killed soon after being captured.")
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[1] == "worksFor"}
    assert ("Mines Advisory Group", "basedIn", "United Kingdom") in direct


def test_an_exile_group_is_based_in_no_country_it_left(nlp) -> None:  # type: ignore[no-untyped-def]
    """timeml-NYT20000601.0442: "Brothers to the Rescue, a Cuban exile group that frequently rescues Cuban refugees
    from the Straits of Florida"."""
    text = ("Jose Basulto, founder of Brothers to the Rescue, a Cuban exile group that frequently rescues Cuban "
            "refugees from the Straits of Florida, called the latest ruling ``outrageous.''")
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[2] == "Cuba"}
    assert ("Straits", "locatedIn", "Florida") not in direct


def test_a_firm_the_ner_took_for_a_man_is_the_firm_its_suffix_names(nlp) -> None:  # type: ignore[no-untyped-def]
    """timeml-wsj_0570 (its first, third and fifth paragraphs): "John M. McNamara, chief financial officer of Milton
    Roy" after "Milton Roy Corp.", in an article about Crane Co.'s stake in it."""
    text = ("Crane Co. said it holds an 8.9% stake in Milton Roy Corp., an analytical-instruments maker, and may seek "
            "control of the company.\n\nIn the filing, Crane said that in the past it considered seeking control of "
            "Milton Roy, of St. Petersburg, Fla., through a merger or tender offer and that it expects to continue to "
            "evaluate an acquisition from time to time.\n\nJohn M. McNamara, chief financial officer of Milton Roy, "
            "said the company has no comment on Crane's filing.")
    direct, _ = _strict_layers(nlp, text)
    assert ("John M. McNamara", "worksFor", "Crane Co.") not in direct
    assert ("John M. McNamara", "worksFor", "Milton Roy Corp.") in direct
    assert not {t for t in direct if t[1] == "livesIn"}


def test_the_group_s_chairman_after_another_body_is_not_the_article_s(nlp) -> None:  # type: ignore[no-untyped-def]
    """A guard, which passes on the build before (reuters21578-17192): "A spokesman of Cheung Kong (Holdings) Ltd told
    Reuters the group's chairman Li Ka-shing ..." in an article about Kumagai Gumi (a first draft of this round, which
    made "Kumagai Gumi (Hong Kong)" a firm, gave him Kumagai Gumi)."""
    text = ("A subsidiary of the Japanese construction group Kumagai Gumi Co Ltd <KUMT.TOK> is seeking to float its "
            "shares on the Hong Kong Stock Exchange, merchant banking sources said.\n\nThey said <Kumagai Gumi (Hong "
            "Kong) Ltd> has appointed <Canadian Eastern Finance Ltd>, <Sun Hung Kai International Ltd> and <Wardley "
            "Ltd> as arrangers for the flotation.\n\nA spokesman of Cheung Kong (Holdings) Ltd <CKGH.HKG> told Reuters "
            "the group's chairman Li Ka-shing also will take a 10-15 pct stake in Kumagai Gumi (Hong Kong).")
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[0] == "Li Ka-shing" and "Kumagai" in t[2]}


def test_a_partial_owner_is_no_owner(nlp) -> None:  # type: ignore[no-untyped-def]
    """A guard (reuters21578-14537): "Orley SHipping is partially owned by Common Brothers PLC"."""
    text = ("Orley SHipping is partially owned by Common Brothers PLC, a U.K. maritime firm which owns 60 pct of "
            "Bermuda Star's shares and arranged debt financing for the ship's purchase.")
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[1] == "owns"}


# -- set 55 (bench/judged/judgements-55.jsonl: TimeBank and AQUAINT news), read after its figure was reported


def test_a_title_after_another_s_name_in_apposition_is_his(nlp) -> None:  # type: ignore[no-untyped-def]
    """timeml-NYT19990505.0443: "Erie County District Attorney Frank Clark, Bernard Tolbert, the special FBI agent in
    charge of the Buffalo office"."""
    text = ("Erie County District Attorney Frank Clark, Bernard Tolbert, the special FBI agent in charge of the "
            "Buffalo office, and other investigators will also be there.")
    direct, _ = _strict_layers(nlp, text)
    assert ("Frank Clark", "worksFor", "FBI") not in direct


def test_an_astronaut_the_ner_took_for_a_body_is_based_nowhere(nlp) -> None:  # type: ignore[no-untyped-def]
    """timeml-APW19980418.0210: "Hungarian astronaut Bertalan Farkas", the NER's organisation."""
    text = ("Tired of being sidelined, Hungarian astronaut Bertalan Farkas is leaving for the United States to start a "
            "new career, he said Saturday.")
    direct, _ = _strict_layers(nlp, text)
    assert ("Bertalan Farkas", "basedIn", "Hungary") not in direct


def test_a_reporter_s_sign_off_for_a_broadcaster_places_it_nowhere(nlp) -> None:  # type: ignore[no-untyped-def]
    """timeml-VOA19980305.1800.2603: "Lisa Schlein for VOA News, Geneva.", the report's last line."""
    text = ("The U.N. commission says the figures are the highest in years. Lisa Schlein for VOA News, Geneva.\n")
    direct, _ = _strict_layers(nlp, text)
    assert ("VOA News", "basedIn", "Geneva") not in direct


def test_a_country_where_another_is_gives_no_office(nlp) -> None:  # type: ignore[no-untyped-def]
    """timeml-NYT20000330.0406 (its second and third paragraphs): "Attorney General Janet Reno, President Clinton and
    others who want to send the child back to his father in Cuba"."""
    text = ("Even miles away from sign-waving demonstrators who keep vigil outside the tiny house in Little Havana "
            "where Elian Gonzalez lives with his great-uncle, talk about the standoff between Elian's Miami relatives and "
            "Immigration and Naturalization Service officials pours hot and quick from coffee stands on Calle Ocho and "
            "any other place Cuban Americans gather.\n\nIn rapid-fire Spanish, so fast that even people who learned "
            "the language in other Hispanic cultures can have trouble keeping up, they villify Attorney General Janet "
            "Reno, President Clinton and others who want to send the child back to his father in Cuba. And they "
            "question _ or ridicule _ news that the boy's father is planning to come here to retrieve his son.")
    direct, _ = _strict_layers(nlp, text)
    assert ("Janet Reno", "worksFor", "Cuba") not in direct


# -- set 57 (bench/judged/judgements-57.jsonl: Reuters lines from 2, 7 ... 97), read after its figure was reported


def test_initials_the_ner_missed_before_a_title_name_its_body(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-20382: "He told Reuters IBC President Jorio Dauster", where the NER missed "IBC"."""
    text = ("He told Reuters IBC President Jorio Dauster has confirmed acceptance of National Coffee Policy Council "
            "(CNPC) proposals to establish individual export quotas based 65 pct on export performance, 25 pct on "
            "stocks and 10 pct by auction.")
    direct, _ = _strict_layers(nlp, text)
    assert ("Jorio Dauster", "leaderOf", "Reuters") not in direct


def test_talking_to_a_news_agency_is_an_interview_not_talks(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-2242: "Kaczurba was talking to Reuters about the effect on the economy of U.S. Sanctions"."""
    text = ("Deputy Foreign Trade Minister Janusz Kaczurba told Reuters that Poland would have to diverge from "
            "traditional Communist bloc centrally-planned economic policies. Kaczurba was talking to Reuters about the "
            "effect on the economy of U.S. Sanctions imposed in 1982 in response to the suppression of the Solidarity "
            "trade union under martial law.")
    direct, opened = _strict_layers(nlp, text)
    assert ("Janusz Kaczurba", "talkedWith", "Reuters") not in direct
    assert ("Janusz Kaczurba", "talk_to", "Reuters") in opened


def test_the_president_of_a_firm_s_employees_union_is_not_its_employee(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-8769: "plaintiff Paula Paug, the president of Pacific Bank's Employees Union"."""
    text = ("Gonzalez said his office ordered the charges filed after hearing submissions by Fernandez and plaintiff "
            "Paula Paug, the president of Pacific Bank's Employees Union.")
    direct, _ = _strict_layers(nlp, text)
    assert ("Paula Paug", "worksFor", "Pacific Bank") not in direct


def test_a_client_s_attorney_works_for_his_law_firm_not_the_client(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-10981: "according to Gibson Gayle, a Texaco attorney with the Houston firm of Fulbright and
    Jaworski"."""
    text = ("In support of its argument, Texaco's motion emphasized a recent case before the U.S. Court of Appeals for "
            "the Seventh Circuit in Chicago in Skycom Corp v. Telstar Corp as \"unequivocal confirmation that the Texas "
            "Court's opinion is wrong,\" according to Gibson Gayle, a Texaco attorney with the Houston firm of "
            "Fulbright and Jaworski.")
    direct, _ = _strict_layers(nlp, text)
    assert ("Gibson Gayle", "worksFor", "Texaco") not in direct


def test_a_body_s_lawyer_whose_firm_goes_unnamed_works_for_it(nlp) -> None:  # type: ignore[no-untyped-def]
    """A guard: bbc-tech-355 (tuning lines) "said EFF lawyer Kurt Opsahl", the foundation's own lawyer; the sentence
    names no firm of his."""
    text = ("\"Anyone who reports on companies or the trade press should be concerned about this ruling,\" said EFF "
            "lawyer Kurt Opsahl.")
    direct, _ = _strict_layers(nlp, text)
    assert ("Kurt Opsahl", "worksFor", "EFF") in direct


# -- set 58 (bench/judged/judgements-58.jsonl: Reuters lines from 3, 8 ... 98), read after its figure was reported


def test_a_nationality_the_ner_took_for_a_body_before_a_title_is_its_country(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-18087: "Ugandan President Yoweri Museveni", where the NER read "Ugandan" as an organisation."""
    text = ("If the talks go well, Ugandan President Yoweri Museveni is likely to have a meeting with Kenyan leader "
            "Daniel arap Moi when he pays a two-day visit to Nairobi to attend U.N ceremonies on Friday and Saturday, "
            "they added.")
    direct, _ = _strict_layers(nlp, text)
    assert ("Yoweri Museveni", "leaderOf", "Ugandan") not in direct
    assert ("Yoweri Museveni", "leaderOf", "Uganda") in direct


def test_a_post_held_in_the_past_perfect_is_a_former_one(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-15974: "David Greenberg had been president and chairman of Rocky Mount until May 1986"."""
    text = ("David Greenberg had been president and chairman of Rocky Mount until May 1986 when he resigned at the "
            "board's request.")
    direct, opened = _strict_layers(nlp, text)
    assert ("David Greenberg", "leaderOf", "Rocky Mount") not in direct
    assert opened.get(("David Greenberg", "leaderOf", "Rocky Mount")) == "former role"


def test_a_unit_in_the_past_perfect_is_one_no_more(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-8782: "Fireman's Fund had been a wholly owned subsidiary of American Express and now is less than
    30 pct owned by the finanancial services giant" (the source's spelling)."""
    text = ("Fireman's Fund Corp said it would cooperate. Fireman's Fund had been a wholly owned subsidiary of "
            "American Express and now is less than 30 pct owned by the finanancial services giant.")
    direct, _ = _strict_layers(nlp, text)
    assert not any(p == "subsidiaryOf" for _, p, _ in direct)


def test_a_name_cut_inside_its_brackets_labels_no_node(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-8839: "Morgan (Stanley), First Boston, Salomon (Brothers), Merrill (Lynch)", then "Samuel Liss, a
    brokerage industry analyst with Salomon Brothers": the firm's label is its whole name."""
    text = ("\"Morgan (Stanley), First Boston, Salomon (Brothers), Merrill (Lynch). Those would be the firms more likely "
            "to consider hooking up with a Japanese firm,\" said Larry Eckenfelder.\n\n\"Obviously, there are regulatory "
            "barriers toward exercising management control,\" said Samuel Liss, a brokerage industry analyst with "
            "Salomon Brothers.")
    direct, _ = _strict_layers(nlp, text)
    assert ("Samuel Liss", "worksFor", "Salomon Brothers") in direct
    assert not any("(" in s + o for s, p, o in direct if p != "said")  # (the quote keeps its words)


# -- set 59 (bench/judged/judgements-59.jsonl: Reuters lines from 5, 10 ... 95), read after its figure was reported


@pytest.mark.parametrize("text", [
    # reuters21578-11025: the pair describes the refinery after it
    "The company recently purchased a 50 pct stake in the Corpus Christi, Texas refinery of Champlin Petroleum Co, a "
    "subsidiary of Union Pacific Corp <UNP>.",
    # reuters21578-4367: the state between commas
    "Union Pacific Corp said it will enter a 50-50 partnership with Petroles de Venezuela, PDVSA, to own and operate "
    "Union Pacific's 160,000 barrel-per-day Corpus Christi, Texas, oil refinery.",
])
def test_a_town_the_ner_took_for_a_firm_before_its_state_is_the_town(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    """"Corpus Christi", which the NER reads as an organisation, written with its state before the plant it describes,
    is a city in Texas (not a body based there), named without the state: the only city of its name."""
    direct, _ = _strict_layers(nlp, text)
    assert ("Corpus Christi", "basedIn", "Texas") not in direct
    assert ("Corpus Christi", "locatedIn", "Texas") in direct


def test_two_towns_of_one_market_make_no_town(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-10998 (the round's diff): "the Portland/Salem, Ore. area", which the NER reads as a firm, is the
    market of two towns: no node "Portland/Salem" in Oregon (the firm the NER saw is based nowhere either)."""
    text = ("Home Shopping NEtwork Inc said its Silver King Broadcasting Co INc unit entered a definitive contract to buy "
            "the broadcasting assets of TV station KWVT, Channel 22 in the Portland/Salem, Ore. area for undisclosed "
            "terms.")
    direct, _ = _strict_layers(nlp, text)
    assert not any("/" in s and p in {"locatedIn", "basedIn"} for s, p, _ in direct)


def test_an_acronym_the_article_defines_is_its_long_name(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-10959: "The Brazilian Coffee Institute, IBC, is expected ...", then "IBC President Jorio Dauster":
    the article defines the acronym (the Portuguese name's initials), so the president leads the Institute."""
    text = ("The Brazilian Coffee Institute, IBC, is expected to maintain its previous pricing system when it reopens "
            "export registrations, probably later this week, exporters said.\n\nThey said IBC President Jorio Dauster "
            "is likely to leave the basic formula for the minimum registration price unchanged.")
    direct, _ = _strict_layers(nlp, text)
    assert ("Jorio Dauster", "leaderOf", "IBC") not in direct
    assert ("Jorio Dauster", "leaderOf", "Brazilian Coffee Institute") in direct


# -- set 60 (bench/judged/judgements-60.jsonl: Reuters lines from 109, 112, 117 and 124 by 25 and from 1 and 4 by 5),
# read after its figure was reported


def test_a_firm_named_with_two_legal_suffixes_is_one_firm(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-2248: "Aluminum Co of Canada Ltd, a unit of Alcan Aluminium Ltd": no firm "Aluminum Co" of a
    town "Canada Ltd"; the parse hangs the unit on the name's last word."""
    text = ("Aluminum Co of Canada Ltd, a unit of Alcan Aluminium Ltd, said it began an offer of 400,000 shares of a new "
            "series of preferred stock after its board approved the final prospectus.")
    direct, _ = _strict_layers(nlp, text)
    assert ("Canada Ltd", "subsidiaryOf", "Alcan Aluminium Ltd") not in direct
    assert ("Aluminum Co of Canada Ltd", "subsidiaryOf", "Alcan Aluminium Ltd") in direct


@pytest.mark.xfail(strict=True, reason="the seed gold takes 'Human Rights Watch released a report' as a fact: a "
                   "document named by common words, dated and issued, stays a node (labelled 'report') until kg labels "
                   "it by its issuer and date")
def test_a_document_named_by_common_words_alone_is_no_node_of_the_graph(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-9715: "Garcia and Mexican President Miguel de la Madrid issued a joint declaration yesterday": a
    dated document of a named issuer, but "joint declaration" names no one document a reader could find."""
    text = ("Peruvian President Alan Garcia said his government was not trying to convince other nations to follow its "
            "decision.\n\nDespite their different approaches to debt, Garcia and Mexican President Miguel de la Madrid "
            "issued a joint declaration yesterday calling the foreign debt problem an \"expression of the present "
            "unjust international economic order.\"")
    direct, opened = _strict_layers(nlp, text, anchor=dt.date(1987, 3, 26))
    assert not any(o == "joint declaration" for _, _, o in direct)
    assert opened.get(("Alan Garcia", "released", "joint declaration"), "").startswith("unnamed object")


def test_missionaries_of_a_nationality_do_not_base_their_order(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-16789: "The Canadian missionaries, the Sacred Heart Brothers, had bought the land": the brothers
    are Canadians; where their order is based the sentence does not say."""
    text = ("The Canadian missionaries, the Sacred Heart Brothers, had bought the land from the state during the "
            "government of dictator Jean Claude Duvalier and had planted sugar cane on it, the source said.")
    direct, _ = _strict_layers(nlp, text)
    assert ("Sacred Heart Brothers", "basedIn", "Canada") not in direct


# -- set 61 (bench/judged/judgements-61.jsonl: Reuters lines from 1004, 1005, 1009, 1024, 1638, 1641, 1643 and 1646
# by 25), read after its figure was reported


@pytest.mark.xfail(strict=True, reason="the seed gold takes 'Human Rights Watch released a report' as a fact: a "
                   "document named by common words, dated and issued, stays a node (labelled 'report') until kg labels "
                   "it by its issuer and date")
def test_a_document_named_by_its_month_and_common_words_is_no_node(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-8114: "according to the March survey of industrial trends by Westpac Banking Corp": "March
    survey" names no one document, though dated and issued."""
    text = ("A majority of Australian manufacturers expect a deterioration in the business climate, according to the "
            "March survey of industrial trends by Westpac Banking Corp and the Confederation of Australian Industry.")
    direct, opened = _strict_layers(nlp, text, anchor=dt.date(1987, 3, 24))
    assert not any(s == "March survey" for s, _, _ in direct)
    assert opened.get(("March survey", "publisher", "Westpac Banking Corp"), "").startswith("unnamed subject")


# -- the dev gold's misses (bench/entitygold/dev/), session 34


#: reuters21578-17047 (a dev gold article, filed "TOKYO, April 24"): its first, fourth, fifth and sixth paragraphs
_FROM_TOKYO = ("Finance Minister Kiichi Miyazawa said Japan has no plans to take new emergency measures to support "
               "the dollar, other than foreign exchange intervention.\n\nWith the continued fall of the dollar against "
               "the yen, 0speculation had arisen in currency markets here that Japan might take new measures to support "
               "the U.S. Currency, such as curbing capital outflows.\n\nMiyazawa said that yesterday's news of a 4.3 "
               "pct rise in U.S. Gnp in the first quarter had been expected. Although the growth looks robust on the "
               "surface, the figures in reality are not that good, he said.\n\nHe said the ruling Liberal Democratic "
               "Party (LDP) is expected to come up with a final set of recommendations of ways to stimulate the "
               "Japanese economy before Prime Minister Yasuhiro Nakasone leaves for Washington next week.")


def test_a_story_about_two_countries_settles_no_bare_office_whatever_its_dateline(nlp) -> None:  # type: ignore[no-untyped-def]
    """Japan is named three times and the U.S. twice: no country is the article's, so the bare "Finance Minister"
    gets none, filed from Tokyo too. A dateline settling such a tie was tried and dropped: a story split between two
    countries is where a visiting minister is named bare ("Agriculture Secretary Richard Lyng" in Tokyo)."""
    for dateline in (None, "TOKYO, April 24", "WASHINGTON, April 24"):
        direct, _ = _strict_layers(nlp, _FROM_TOKYO, dateline=dateline)
        assert not {t for t in direct if t[0] == "Kiichi Miyazawa" and t[1] != "said"}, dateline


#: reuters21578-19164, filed "KHARTOUM, June 19": its first three paragraphs
_FROM_KHARTOUM = ("Sudan has set aside 781.6 mln dlrs to service foreign debts in 1987/88, according to budget plans "
                  "presented to parliament.\n\nThis compares with 200 mln dlrs earmarked for debt repayment in the year "
                  "ending June 30. Sudan has a foreign debt totalling 10.6 billion dlrs.\n\nFinance Minister Beshir "
                  "Omar, presenting plans to parliament last night, put the budget deficit at 2.88 billion pounds, "
                  "against 2.85 billion in 1986/87.")


def test_a_story_filed_from_the_country_it_is_about_names_its_offices_bare(nlp) -> None:  # type: ignore[no-untyped-def]
    """The minister's sentence names no country; the story is about Sudan and filed from Khartoum."""
    direct, _ = _strict_layers(nlp, _FROM_KHARTOUM)
    assert not {t for t in direct if t[0] == "Beshir Omar"}  # no dateline: no guess
    direct, _ = _strict_layers(nlp, _FROM_KHARTOUM, dateline="KHARTOUM, June 19")
    assert ("Beshir Omar", "worksFor", "Sudan") in direct
    direct, _ = _strict_layers(nlp, _FROM_KHARTOUM, dateline="NAIROBI, June 19")  # filed from abroad: no guess
    assert not {t for t in direct if t[0] == "Beshir Omar"}


def test_visitors_in_a_story_about_two_countries_get_no_country(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-17358, filed from Tokyo: "Agriculture Secretary Richard Lyng ... in talks here" is American; the
    story names Japan and the U.S. about as often, so its home country settles no bare office."""
    text = ("The Reagan administration is expected to face tough resistance from Japan and from some entrenched U.S. "
            "interests, if it hopes to succeed in forcing Japan to end beef and citrus import controls by April, 1988, "
            "U.S. and Japanese officials said.\n\nAgriculture Secretary Richard Lyng and Trade Representative Clayton "
            "Yeutter took a hardline stance on beef and citrus in talks here last week, insisting that the quotas be "
            "abandoned by April, 1988.\n\nBut that stance will be difficult to maintain because Japan will resist the "
            "pressure fiercely and because some U.S. suppliers of those commodities have an interest in maintaining "
            "the quotas, U.S. and Japanese officials told Reuters.\n\nTwice in the past, the United States has "
            "negotiated with Japan on beef and citrus import quotas -- during the Tokyo round of multilateral trade "
            "negotiations in 1978, and in bilateral talks in 1984.")
    direct, _ = _strict_layers(nlp, text, dateline="TOKYO, April 28")
    assert not {t for t in direct if t[0] in {"Richard Lyng", "Clayton Yeutter"} and t[2] == "Japan"}


def test_an_american_state_s_attorney_general_is_not_the_union_s(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-14749, filed from Dallas about Texas's budget: "Attorney General Jim Mattox has ruled that the
    Legislature may carry over ..." is the state's attorney general, not the United States': in a federation the
    dateline settles no bare office."""
    from tests.conftest import shared_data

    corpus = shared_data("data", "reuters21578", "reuters21578.jsonl")
    assert corpus is not None
    with corpus.open(encoding="utf-8") as f:
        record = next(r for r in map(json.loads, f) if r["id"] == "reuters21578-14749")
    direct, _ = _strict_layers(nlp, record["text"], dateline=record["dateline"])
    assert not {t for t in direct if t[0] == "Jim Mattox"}


def test_a_province_s_minister_is_not_the_federation_s(nlp) -> None:  # type: ignore[no-untyped-def]
    """A reviewer's story of Reuters' shape, filed from Toronto: Ontario's industry minister, named bare, is no
    minister of Canada, however often the story names Canada."""
    text = ("Ontario's budget deficit will fall to 1.5 billion dlrs next year, the provincial government said.\n\n"
            "Canada's economy is growing strongly and Canadian interest rates have fallen, it said.\n\n"
            "Industry Minister Hugh O'Neil said the province would sell its stake in Suncor Inc.")
    direct, _ = _strict_layers(nlp, text, dateline="TORONTO, March 3")
    assert not {t for t in direct if t[0] == "Hugh O'Neil" and t[2] == "Canada"}


def test_a_chief_minister_is_a_state_s(nlp) -> None:  # type: ignore[no-untyped-def]
    """"Chief Minister" heads a state's government (Malaysia's, India's), no office of the country's."""
    text = ("Malaysia's timber exports rose sharply last year, Malaysian officials said.\n\nMalaysia expects more "
            "growth.\n\nChief Minister Joseph Pairin Kitingan said the state would raise timber royalties.")
    direct, _ = _strict_layers(nlp, text, dateline="KOTA KINABALU, March 3")
    assert not {t for t in direct if t[0] == "Joseph Pairin Kitingan" and t[2] == "Malaysia"}


def test_korea_is_the_one_korea_the_article_names(nlp) -> None:  # type: ignore[no-untyped-def]
    """set 62 (a tuning round), reuters21578-3512: "Korean trade minister Rha Woong-Bae" in a story about South Korea
    (judged partly right as "Korea"); an article naming both Koreas leaves "Korea" as it is."""
    south = ("South Korea will further open its market to help cut its trade surplus with the U.S., officials said. "
             "The spokesman said Korean trade minister Rha Woong-Bae's stand in Washington yesterday against pressure "
             "from industrial nations to revalue the won underlined the government's determination to stand firm.")
    direct, _ = _strict_layers(nlp, south)
    assert ("Rha Woong-Bae", "worksFor", "South Korea") in direct
    assert not {t for t in direct if t[2] == "Korea"}
    both = south.replace("officials said.", "officials said, as North Korea protested.")
    direct, _ = _strict_layers(nlp, both)
    assert not {t for t in direct if t[2] in {"South Korea", "North Korea"} and t[0] == "Rha Woong-Bae"}
    # the review's case: a story about the North still calls the South's ministers and firms "Korean"
    north = ("North Korea's nuclear test rattled markets on Tuesday. Korean Finance Minister Bahk Jae-wan said the "
             "government would act to calm them.")
    direct, _ = _strict_layers(nlp, north)
    assert not {t for t in direct if t[2] == "North Korea" and t[0] == "Bahk Jae-wan"}, sorted(direct)


def test_a_word_the_ner_took_for_a_people_s_begins_the_firm_s_name(nlp) -> None:  # type: ignore[no-untyped-def]
    """set 62 (a tuning round), reuters21578-6156: "Scrimgeour Vickers economist Richard Holt", the NER's NORP
    "Scrimgeour" before its ORG "Vickers" (judged partly right as "Vickers", another firm's name)."""
    text = ("The main worry from today's speech is the outlook for inflation, given the signs of relaxed monetary "
            "policy contained in it, Scrimgeour Vickers economist Richard Holt said.")
    direct, _ = _strict_layers(nlp, text)
    assert ("Richard Holt", "worksFor", "Scrimgeour Vickers") in direct
    assert not {t for t in direct if t[2] == "Vickers"}
    # the review's case: a creed before a body, no title after them, stays the creed's word
    direct, _ = _strict_layers(nlp, "Hassan Nasrallah, the leader of Lebanon's Shia Hezbollah movement, said the "
                                    "group would not disarm.")
    assert not {t for t in direct if "Shia" in t[2]}, sorted(direct)


# -- the hand check of stop 45 (Reuters lines 18,261-18,280, read after the stop's figures)


_OWENS_ILLINOIS = (  # reuters21578-20618, whole: the NER reads the second "Owens-Illinois" as a place (GPE)
    "Owens-Illinois Inc said its subsidiary's 60 dlr a share cash tender offer for all the outstanding common shares "
    "of Brockway Inc has been extended to midnight October 30.\n\nThe offer had been scheduled to expire at midnight "
    "October 21.\n\nOwens-Illinois said that as of Oct 19, 1,598,789 common shares, or about 13 pct of the "
    "outstanding shares of Brockway have been tendered.\n\nIt said it and Brockway are preparing responses to the "
    "previously announced request for additional information from the Federal Trade Commission under the "
    "Hart-Scott-Rodino Act.\n\nThe Owens-Illinois subsidiary, which began the tender offer on September 23, will not "
    "be able to buy Brockway's common shares until 10 days following Owens-Illinois compliance with the FTC request "
    "or other conditions.")


def test_a_firm_s_short_name_the_ner_took_for_a_place_is_the_firm(nlp) -> None:  # type: ignore[no-untyped-def]
    """"Owens-Illinois said" after "Owens-Illinois Inc said": the firm speaks, no place of that name."""
    direct, _ = _strict_layers(nlp, _OWENS_ILLINOIS)
    said = {t for t in direct if t[1] == "said"}
    assert {t[0] for t in said} == {"Owens-Illinois Inc"}
    assert len(said) == 2  # both of its sentences, the one the NER read as a place's too
    assert not {t for t in direct if "Owens-Illinois" in (t[0], t[2]) or t[1] == "locatedIn"}


def test_it_near_a_firm_read_as_a_place_has_two_firms_to_stand_for(nlp) -> None:  # type: ignore[no-untyped-def]
    """"It said it and Brockway are preparing ...": "It" is Owens-Illinois (named as a "place" the sentence before),
    never Brockway, the one firm the NER named there; unsure, kg names no speaker."""
    direct, _ = _strict_layers(nlp, _OWENS_ILLINOIS)
    assert not {t for t in direct if t[0].startswith("Brockway")}
    assert not {t for t in direct if "preparing responses" in t[2]}


def test_a_region_named_by_its_land_is_a_place_in_its_state(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-20653: "the sale area off Alaska's North Slope" (the NER's organisation): a region that lies in
    Alaska, no body based there."""
    text = ("Outer Continental Shelf oil and gas lease sale number 97 in the Beaufort Sea, tentatively schedualed for "
            "January 1988 has been postponed, the U.S. Department of Interior said.\n\nAlan Powers, chief of the "
            "Minerals Maanagement Service for the department, said the delay is to have more time to study the "
            "effects of drilling noise on whale migrations.\n\nPowers said the state has asked for additional noise "
            "data for the sale area off Alaska's North Slope. A new date has not been set, but it will likely be no "
            "sooner than next March, Powers said.")
    direct, _ = _strict_layers(nlp, text)
    assert ("North Slope", "basedIn", "Alaska") not in direct
    assert ("North Slope", "locatedIn", "Alaska") in direct


@pytest.mark.parametrize(("text", "name", "kind"), [
    # reuters21578-10080: a region, the NER's organisation
    ("Analysts also said the company has other interests in the Alaskan North Slope.", "Alaskan North Slope", "Place"),
    # reuters21578-7959: a ship named after a sea stays a ship
    ("Regency Cruises Inc said it agreed to sell a 40 pct interest in the corporation that owns the M/V Regent Sea "
     "cruise ship for 2.1 mln dlrs to Monmouth International SA, which owns the other 60 pct.", "M/V Regent Sea", None),
])
def test_a_name_ending_in_land_or_water_is_a_place_unless_a_ship_s(  # type: ignore[no-untyped-def]
        nlp, text: str, name: str, kind: str | None) -> None:
    from kg.extract import extract
    from kg.rdf.link import GAZETTEER
    from kg.resolve import resolve
    from kg.types import Article

    extraction = extract(nlp(text))
    resolved = resolve(Article("t", text), extraction.mentions, extraction.relations, places=GAZETTEER)
    types = {entity.label: entity.type for entity in resolved.entities.values()}
    assert name in types
    assert types[name] == kind if kind is not None else types[name] != "Place"


def test_a_post_under_another_man_s_term_is_a_former_role(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-20614 (1987): "Charles Schultze, chairman of the president's Council of Economic Advisers under
    Jimmy Carter" (the article goes on: "Schultze, now with the Brookings Institution")."""
    text = ("Charles Schultze, chairman of the president's Council of Economic Advisers under Jimmy Carter, said in an "
            "interview that \"the safeguards should be adequate to avoid a repeat of 1929 to 1933.\"")
    direct, kept_open = _strict_layers(nlp, text)
    assert not {t for t in direct if t[0] == "Charles Schultze" and t[1] != "said"}
    assert kept_open.get(("Charles Schultze", "leaderOf", "Council of Economic Advisers")) == "former role"


_OLIN = (  # reuters21578-20710, whole: the parser cuts "du Pont de Nemours Co." off its sentence
    "Olin Corp said construction was completed on a 150 mln dlrs chlor/alkali plant it owns jointly with EI du Pont "
    "de Nemours Co.\n\nThe company said the plant, which is located in Niagara Falls, New York, will begin operations "
    "in December.\n\nThe plant, which has a 660-ton per day capacity, will be operated by du Pont, the company said.")


def test_the_company_that_speaks_is_none_its_clause_names(nlp) -> None:  # type: ignore[no-untyped-def]
    """"… will be operated by du Pont, the company said": Olin says so, not du Pont; and "The company said" after a
    sentence naming Olin and du Pont (cut in two by the parser) is unsure."""
    direct, _ = _strict_layers(nlp, _OLIN)
    said = {t for t in direct if t[1] == "said"}
    assert said and {t[0] for t in said} <= {"Olin Corp"}


def test_he_who_says_a_clause_is_not_the_man_it_names(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-342: "a well-thought-out bill introduced by Democratic Senator Lloyd Bentsen, he said": the
    Japanese official of the sentence before says so, not Bentsen."""
    text = ("Japan seems particularly peeved at being singled in a draft trade bill before the Senate as a nation "
            "following adverserial trade practices. \"It condemns Japan without due process,\" one Japanese official "
            "said.\n\nThat reference spoils what is otherwise a well-thought-out bill introduced by Democratic Senator "
            "Lloyd Bentsen, he said.")
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[0] == "Lloyd Bentsen" and t[1] == "said"}


@pytest.mark.xfail(strict=True, reason="a firm that names itself in the clause it reports ('the outstanding stock "
                   "of Circuit Systems, it said') is left unsure, like a speaker the clause names as a party")
def test_a_firm_may_name_itself_in_what_it_says(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-199: "Ionic holders will own about 74 pct of the outstanding stock of Circuit Systems, it said"."""
    text = ("Circuit Systems Inc said it has bought all of the stock of (Ionic Industries Inc) in exchange for "
            "3,677,272 shares of its common.\n\nFollowing the exchange there will be 4,969,643 shares of Circuit "
            "Systems stock outstanding. Ionic holders will own about 74 pct of the outstanding stock of Circuit "
            "Systems, it said.")
    direct, _ = _strict_layers(nlp, text)
    assert {t for t in direct if t[0] == "Circuit Systems Inc" and t[1] == "said" and t[2].startswith("Ionic")}
