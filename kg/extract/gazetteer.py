"""Names that spelling alone cannot resolve: acronyms, short forms, demonyms.

Kept small and explicit on purpose: every entry is a name news writers use
for a well-known organisation or country. Keys are compared after
:func:`kg.resolve.names.fold` (case-folded, dots and "the" removed).

Layer: extract, over the registry; must not import kg.resolve or any layer above it (never the store
or the command line).
"""

from __future__ import annotations

#: folded short form -> canonical name
CANONICAL_NAMES: dict[str, str] = {
    "us": "United States", "usa": "United States", "america": "United States",
    "united states of america": "United States", "uk": "United Kingdom", "britain": "United Kingdom",
    "great britain": "United Kingdom", "un": "United Nations", "eu": "European Union",
    "nato": "NATO", "dprk": "North Korea", "uae": "United Arab Emirates",
    "ussr": "Soviet Union", "imf": "International Monetary Fund",
    "wto": "World Trade Organization", "opec": "OPEC", "fbi": "FBI", "cia": "CIA",
    "ecb": "European Central Bank", "dc": "Washington, D.C.", "nyc": "New York City",
    # party words of titles and nationalities ("Labour leader", "GOP senator", "the Tories")
    "labour": "Labour Party", "conservative": "Conservative Party", "tory": "Conservative Party", "tories": "Conservative Party",
    "gop": "Republican Party", "republican": "Republican Party", "republicans": "Republican Party",
    "democrat": "Democratic Party", "democrats": "Democratic Party", "democratic": "Democratic Party",
    "lib dem": "Liberal Democrats",
    "lib dems": "Liberal Democrats", "liberal democrat": "Liberal Democrats", "liberal democrats": "Liberal Democrats", "snp": "Scottish National Party",
    "ukip": "UK Independence Party", "plaid cymru": "Plaid Cymru",
    # the committee of the U.S. House that wire copy names without the word ("House Ways and Means chairman")
    "ways and means": "House Ways and Means Committee", "house ways and means": "House Ways and Means Committee",
    "ways and means committee": "House Ways and Means Committee",
}
# Acronyms with more than one common reading ("AI" is Amnesty International or artificial
# intelligence, "ICC" a court or the cricket council, "EC", "WHO", "HRW", "GAO", "ROK", "PRC") are
# not listed: they expand only when the article itself names the long form (kg/resolve: initials).

#: folded demonym -> the state it denotes ("North Korean officials" -> North Korea)
DEMONYMS: dict[str, str] = {
    "american": "United States", "british": "United Kingdom", "english": "England", "chinese": "China",
    "japanese": "Japan", "korean": "Korea", "north korean": "North Korea", "south korean": "South Korea",
    "russian": "Russia", "soviet": "Soviet Union", "french": "France", "german": "Germany",
    "italian": "Italy", "spanish": "Spain", "indian": "India", "pakistani": "Pakistan",
    "iranian": "Iran", "iraqi": "Iraq", "syrian": "Syria", "israeli": "Israel", "palestinian": "Palestine",
    "egyptian": "Egypt", "turkish": "Turkey", "saudi": "Saudi Arabia", "canadian": "Canada",
    "mexican": "Mexico", "brazilian": "Brazil", "argentine": "Argentina", "australian": "Australia",
    "ukrainian": "Ukraine", "polish": "Poland", "dutch": "Netherlands", "belgian": "Belgium",
    "swiss": "Switzerland", "swedish": "Sweden", "norwegian": "Norway", "danish": "Denmark",
    "finnish": "Finland", "irish": "Ireland", "greek": "Greece", "portuguese": "Portugal",
    "vietnamese": "Vietnam", "thai": "Thailand", "indonesian": "Indonesia", "filipino": "Philippines",
    "malaysian": "Malaysia", "singaporean": "Singapore", "afghan": "Afghanistan", "nigerian": "Nigeria",
    "kenyan": "Kenya", "south african": "South Africa", "ethiopian": "Ethiopia", "cuban": "Cuba",
    "venezuelan": "Venezuela", "colombian": "Colombia", "chilean": "Chile", "peruvian": "Peru",
    "austrian": "Austria", "hungarian": "Hungary", "czech": "Czech Republic", "romanian": "Romania",
    "serbian": "Serbia", "taiwanese": "Taiwan", "lebanese": "Lebanon", "jordanian": "Jordan",
    "libyan": "Libya", "sudanese": "Sudan", "qatari": "Qatar", "yemeni": "Yemen", "european": "Europe",
    "west german": "West Germany", "east german": "East Germany", "scottish": "Scotland", "welsh": "Wales",
    "scots": "Scotland", "briton": "United Kingdom", "britons": "United Kingdom", "kuwaiti": "Kuwait",
    "emirati": "United Arab Emirates", "bahraini": "Bahrain", "omani": "Oman", "algerian": "Algeria",
    "moroccan": "Morocco", "tunisian": "Tunisia", "ghanaian": "Ghana", "zimbabwean": "Zimbabwe",
    "ugandan": "Uganda", "tanzanian": "Tanzania", "zambian": "Zambia", "angolan": "Angola", "congolese": "Congo",
    "senegalese": "Senegal", "ivorian": "Ivory Coast", "cameroonian": "Cameroon", "bangladeshi": "Bangladesh",
    "sri lankan": "Sri Lanka", "nepalese": "Nepal", "burmese": "Myanmar", "cambodian": "Cambodia",
    "mongolian": "Mongolia", "kazakh": "Kazakhstan", "uzbek": "Uzbekistan", "georgian": "Georgia",
    "armenian": "Armenia", "azerbaijani": "Azerbaijan", "belarusian": "Belarus", "lithuanian": "Lithuania",
    "latvian": "Latvia", "estonian": "Estonia", "slovak": "Slovakia", "slovenian": "Slovenia",
    "croatian": "Croatia", "bosnian": "Bosnia and Herzegovina", "bulgarian": "Bulgaria", "albanian": "Albania",
    "cypriot": "Cyprus", "maltese": "Malta", "icelandic": "Iceland", "luxembourg": "Luxembourg",
    "new zealand": "New Zealand", "kiwi": "New Zealand", "jamaican": "Jamaica", "ecuadorian": "Ecuador",
    "bolivian": "Bolivia", "paraguayan": "Paraguay", "uruguayan": "Uruguay", "dominican": "Dominican Republic",
    "haitian": "Haiti", "panamanian": "Panama", "costa rican": "Costa Rica", "guatemalan": "Guatemala",
    "honduran": "Honduras", "nicaraguan": "Nicaragua", "salvadoran": "El Salvador", "kyrgyz": "Kyrgyzstan",
    "yugoslav": "Yugoslavia", "czechoslovak": "Czechoslovakia", "zairean": "Zaire", "zairian": "Zaire",
    "liberian": "Liberia", "gabonese": "Gabon", "malawian": "Malawi", "mozambican": "Mozambique",
    "philippine": "Philippines", "tajik": "Tajikistan", "turkmen": "Turkmenistan", "chechen": "Chechnya", "kurdish": "Kurdistan",
}

#: country names: the states the demonyms and short forms above stand for (continents and regions left out)
COUNTRIES: frozenset[str] = frozenset(
    name for name in (*DEMONYMS.values(), *CANONICAL_NAMES.values())
    if name not in {"Europe", "Korea", "Kurdistan", "Chechnya", "Palestine", "European Union", "United Nations",
                    "NATO", "International Monetary Fund", "World Trade Organization", "OPEC", "FBI", "CIA",
                    "European Central Bank", "Washington, D.C.", "New York City", "Labour Party",
                    "Conservative Party", "Republican Party", "Democratic Party", "Liberal Democrats",
                    "Scottish National Party", "UK Independence Party", "Plaid Cymru",
                    "House Ways and Means Committee"})

#: the nations of the United Kingdom, folded: countries to news (national sides, nationalities) though no state
UK_NATIONS = frozenset({"england", "scotland", "wales", "northern ireland"})

#: continents and world regions: an organisation operates "in Europe", its seat is a country or a city
WORLD_REGIONS = {"europe", "asia", "africa", "north america", "south america", "latin america", "central america",
                 "middle east", "the middle east", "far east", "oceania", "antarctica", "scandinavia", "the americas",
                 "asia pacific", "asia-pacific", "eastern europe", "western europe", "southeast asia", "south east asia",
                 "east asia", "the gulf", "gulf", "balkans", "the balkans", "caribbean", "the caribbean"}

#: US states as wire copy writes them after a town ("Paramus, N.J.", "Salem, Ore."): AP abbreviations -> the state
US_STATE_ABBREVIATIONS: dict[str, str] = {
    "Ala.": "Alabama", "Ariz.": "Arizona", "Ark.": "Arkansas", "Calif.": "California", "Colo.": "Colorado",
    "Conn.": "Connecticut", "Del.": "Delaware", "Fla.": "Florida", "Ga.": "Georgia", "Ill.": "Illinois",
    "Ind.": "Indiana", "Kan.": "Kansas", "Kans.": "Kansas", "Ky.": "Kentucky", "La.": "Louisiana", "Md.": "Maryland",
    "Mass.": "Massachusetts", "Mich.": "Michigan", "Minn.": "Minnesota", "Miss.": "Mississippi", "Mo.": "Missouri",
    "Mont.": "Montana", "Neb.": "Nebraska", "Nebr.": "Nebraska", "Nev.": "Nevada", "N.H.": "New Hampshire",
    "N.J.": "New Jersey", "N.M.": "New Mexico", "N.Y.": "New York", "N.C.": "North Carolina", "N.D.": "North Dakota",
    "Okla.": "Oklahoma", "Ore.": "Oregon", "Oreg.": "Oregon", "Pa.": "Pennsylvania", "R.I.": "Rhode Island",
    "S.C.": "South Carolina", "S.D.": "South Dakota", "Tenn.": "Tennessee", "Tex.": "Texas", "Vt.": "Vermont",
    "Va.": "Virginia", "Wash.": "Washington", "W.Va.": "West Virginia", "W. Va.": "West Virginia", "Wis.": "Wisconsin",
    "Wisc.": "Wisconsin", "Wyo.": "Wyoming",
}

#: the fifty states by name
US_STATES: frozenset[str] = frozenset({*US_STATE_ABBREVIATIONS.values(), "Alaska", "Hawaii", "Idaho", "Iowa", "Maine",
                                       "Ohio", "Utah"})


def country_named(written: str) -> str | None:
    """The country a name as written is, by its name or a short form ("Japan", "the U.S." -> "United States",
    "Britain" -> "United Kingdom"), or None."""
    written = written.strip().removeprefix("the ").strip()
    name = CANONICAL_NAMES.get(" ".join(written.casefold().replace(".", "").split()), written)
    return name if name in COUNTRIES else None


def us_state(written: str) -> str | None:
    """The US state a place's name as written is, by name or AP abbreviation ("Ore." or, its dot read as the
    sentence's, "Ore"), or None."""
    if written in US_STATES:
        return written
    return US_STATE_ABBREVIATIONS.get(written) or US_STATE_ABBREVIATIONS.get(written + ".")
