"""Edges that depend on the passage around their sentence: who a bare title speaks for, which sport the article is
about, a city that is a club, a name the NER cut from a company's, an event still to come.

Each text is a passage of a real BBC article (the article's number in the docstring), none of them in a gold set or a
judged sample; each test states the edge a careful reader signs, or the one they would not.
"""

from __future__ import annotations

import pytest

from tests.resolve.test_trust_names import _strict_layers

pytestmark = pytest.mark.model


def test_a_spokeswoman_speaks_for_the_body_her_passage_names(nlp) -> None:  # type: ignore[no-untyped-def]
    """bbc-tech-029: an article about Microsoft, but the spokeswoman quoted after "trade body Intellect" is
    Intellect's: a bare title takes the article's company only when the passage names no other body."""
    text = ("The war of words between Microsoft and the open source movement heated up this week as Linux founder "
            "Linus Torvalds led an attack on software patents. Linux is a freely-available alternative to Microsoft's "
            "Windows. Some panel members are worried that Microsoft would issue a series of patent lawsuits in the "
            "future. Microsoft did not want to comment directly, referring the issue instead to trade body Intellect, "
            "of which it is a member. \"As far as Intellect is concerned, open source and patents have co-existed for "
            "many years without problems,\" said spokeswoman Jill Sutherland.")
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[0] == "Jill Sutherland" and t[1] == "spokespersonFor"}


def test_a_chief_executive_named_after_the_company_leads_it(nlp) -> None:  # type: ignore[no-untyped-def]
    """bbc-business-128: "chief executive Geoff Dixon" in an article about Qantas leads Qantas (the bare title of a
    company's officer still takes the article's company)."""
    text = ("Australian airline Qantas has posted a record fiscal first-half profit thanks to cost-cutting measures. "
            "Qantas shares fell almost 3%, however, after it warned that earnings growth would slow in the second "
            "half. Sales will dip by at least A$30m after the Indian ocean tsunami devastated many holiday "
            "destinations, Qantas said. \"The tsunami affected travel patterns in ways that we were a bit surprised "
            "about,\" chief executive Geoff Dixon explained.")
    direct, _ = _strict_layers(nlp, text)
    assert ("Geoff Dixon", "leaderOf", "Qantas") in direct


def test_a_quote_that_says_someone_failed_to_do_something_criticises_no_one(nlp) -> None:  # type: ignore[no-untyped-def]
    """bbc-sport-140: a Uefa delegate reporting that Chelsea failed to turn up states a fact, not a criticism."""
    text = ("\"To react the way Chelsea have is pathetic. Mourinho lied with the line-ups, and now this,\" Ten Cate "
            "said. Uefa has said its own tunnel representative witnessed nothing unusual out of the ordinary during the "
            "half-time break. Indeed, it is the Londoners who could be on the receiving end of any punishment after "
            "failing to turn up for the compulsory press conference after the defeat.\n\nUefa delegate Thomas "
            "Giordano added: \"The only unusual thing that happened as far as we are concerned is that Chelsea failed "
            "to present themselves in the press conference.\"")
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[1] == "criticized"}


def test_the_uk_chancellor_is_a_minister_not_the_head_of_state(nlp) -> None:  # type: ignore[no-untyped-def]
    """bbc-business-034: Britain's chancellor runs the Treasury; Germany's leads the country."""
    text = "A tie-up, seen as Rover's last chance to save its Longbridge plant, has been pushed by UK Chancellor Gordon Brown."
    direct, _ = _strict_layers(nlp, text)
    assert ("Gordon Brown", "leaderOf", "United Kingdom") not in direct
    assert ("Gordon Brown", "worksFor", "United Kingdom") in direct


def test_a_tight_head_prop_heads_nothing(nlp) -> None:  # type: ignore[no-untyped-def]
    """bbc-sport-285: "tight-head" is a rugby position, one word with its prefix, not the title "head"."""
    text = ("Bath prop Matt Stevens is the only remaining tight-head in England's training squad and could be involved "
            "against Ireland.")
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[0] == "Matt Stevens" and t[1] == "leaderOf"}


def test_a_film_maker_is_a_person_with_a_nationality(nlp) -> None:  # type: ignore[no-untyped-def]
    """bbc-entertainment-029: "Dutch film-maker Theo Van Gogh" is Dutch; a "film-maker" is no firm based anywhere."""
    text = ("The festival was also due to screen murdered Dutch film-maker Theo Van Gogh's film about the treatment of "
            "woman under Islam, but it was withdrawn due to safety fears.")
    direct, _ = _strict_layers(nlp, text)
    assert ("Theo Van Gogh", "citizenOf", "Netherlands") in direct
    assert not {t for t in direct if t[1] == "basedIn"}


def test_a_meeting_due_to_take_place_has_not_happened(nlp) -> None:  # type: ignore[no-untyped-def]
    """bbc-business-359: the meeting is scheduled; "met" would state it as done."""
    text = ("The meeting between Fiat boss Sergio Marchionne and GM's Rick Wagoner is due to take place at 1330 GMT in "
            "Zurich, according to the Reuters news agency.")
    direct, opened = _strict_layers(nlp, text)
    assert ("Sergio Marchionne", "met", "Rick Wagoner") not in direct
    assert opened[("Sergio Marchionne", "met", "Rick Wagoner")] == "hedged: scheduled"
    assert ("Sergio Marchionne", "leaderOf", "Fiat") in direct


def test_a_company_named_by_its_first_word_is_no_place(nlp) -> None:  # type: ignore[no-untyped-def]
    """bbc-business-140: "Japan's Nippon" after "Japan's Nippon Steel" is the steel maker, not a place in Japan."""
    text = ("Shares in Germany's ThyssenKrupp, the UK's Corus and France's Arcleor fell while Japan's Nippon Steel slid "
            "after it agreed to pay 72% more for iron ore. Analysts had expected Japan's Nippon to agree to a price "
            "rise of between 40% and 50%.")
    direct, _ = _strict_layers(nlp, text)
    assert ("Nippon Steel", "basedIn", "Japan") in direct
    assert not {t for t in direct if t[1] == "locatedIn"}


#: bbc-sport-211, sentences of a football article (Arsenal's Edu, linked with Real Madrid, Barcelona and Valencia)
FOOTBALL = ("Arsenal's Brazilian midfielder Edu has hit out at the club for stalling over offering him a new contract. "
            "Edu's deal expires next summer and he has been linked with Spanish trio Real Madrid, Barcelona and "
            "Valencia. Edu is now able to begin negotiations with other clubs because Fifa regulations allow players "
            "to start talks six months before their contracts expire. Edu said: \"I've just heard stories from the "
            "news that the Madrid president Florentino Perez, the Valencia people, as well as Barcelona are "
            "interested.\"")


def test_in_football_news_a_city_with_a_president_is_a_club(nlp) -> None:  # type: ignore[no-untyped-def]
    """bbc-sport-211: "the Madrid president" leads a club, not the city of Madrid: the club the article names,
    Real Madrid."""
    direct, _ = _strict_layers(nlp, FOOTBALL)
    assert ("Florentino Perez", "leaderOf", "Madrid") not in direct
    assert ("Florentino Perez", "leaderOf", "Real Madrid") in direct  # the club the article names, one node


def test_in_athletics_news_a_country_s_runner_is_its_national(nlp) -> None:  # type: ignore[no-untyped-def]
    """bbc-sport-066: an athletics review (a relay team and an Olympic squad are words of team sports too):
    "Morocco's Hicham El Guerrouj" is Moroccan; he plays for no side."""
    text = ("Britain's men's 4x100m relay team also did their bit by taking a shock gold. The 4x100m team grabbed some "
            "last-gasp glory for the British men's Olympic squad after a poor start to the Games. Holmes had started the "
            "year in disappointing style, falling over in the final of 1500m at the World Indoor Championships where "
            "she was favourite. Russian pole vaulter "
            "Yelena Isinbayeva provided some light relief by smashing the world record seven times on her way to the "
            "World Indoor and Olympic titles. Morocco's Hicham El Guerrouj also delighted fans by racing to a historic "
            "Olympic double in the 1500m and 5,000m.")
    direct, _ = _strict_layers(nlp, text)
    assert ("Hicham El Guerrouj", "citizenOf", "Morocco") in direct
    assert ("Hicham El Guerrouj", "playedFor", "Morocco") not in direct


def test_in_rugby_news_a_country_s_player_plays_for_its_side(nlp) -> None:  # type: ignore[no-untyped-def]
    """bbc-sport-288: a try, a referee, a wing and a turnover: rugby, where "England's Josh Lewsey" plays for
    England."""
    text = ("England's Josh Lewsey has claimed he was denied a late try in his side's Six Nations loss to Ireland. The "
            "Wasps wing insisted he grounded the ball when he was bundled over the line and said referee Jonathan "
            "Kaplan had made a wrong decision. \"It certainly wasn't a turnover. I was driven over and I put the ball "
            "on the ground.\"")
    direct, _ = _strict_layers(nlp, text)
    assert ("Josh Lewsey", "playedFor", "England") in direct


@pytest.mark.parametrize("phrase,acts", [("human rights groups", True), ("protesters", True), ("striking workers", True),
                                         ("critics", False), ("analysts", False), ("many economists", False),
                                         ("opponents", False)])
def test_who_holds_a_view_is_no_collective_actor(phrase: str, acts: bool) -> None:
    """"Critics accused the minister": whoever holds a view names nobody a reader could look up; "protesters
    attacked the embassy" names a crowd that acted."""
    from kg.resolve import is_collective_actor

    assert is_collective_actor(phrase) is acts


# -- error types of judged set 11 (bench/judged/judgements-11.jsonl), read after its figure was reported

def test_a_second_name_with_its_own_club_keeps_it(nlp) -> None:  # type: ignore[no-untyped-def]
    """bbc-sport-253 and bbc-sport-356: the possessive before the first name is not the second's when the second
    has words of its own ("Nacho Novo of Rangers", "Leicester youngster Harry Ellis")."""
    text = ("Celtic's Henri Camara and Nacho Novo of Rangers have both been suspended for offences missed by the "
            "referee in a recent Old Firm game.\n\nBoth were given automatic one-match bans and 12 additional "
            "disciplinary points for their actions. Novo was found guilty of stamping on Celtic's Stephen Pearson. "
            "Both players will miss this weekend's games when Celtic host Dundee United and Rangers visit Kilmarnock "
            "unless they decide to appeal.")
    direct, _ = _strict_layers(nlp, text)
    assert ("Nacho Novo", "playedFor", "Celtic") not in direct
    assert ("Nacho Novo", "playedFor", "Rangers") in direct
    assert ("Henri Camara", "playedFor", "Celtic") in direct
    assert not {t for t in direct if t[1] == "visited"}  # "Rangers visit Kilmarnock": a fixture, no visit


def test_can_win_is_no_win(nlp) -> None:  # type: ignore[no-untyped-def]
    """bbc-sport-327: "France can still win the Six Nations" is a possibility."""
    text = "But Sella added: \"People forget that France can still win the Six Nations and they'll be focused on that."
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[1] == "won"}


def test_a_country_in_a_show_s_name_is_no_nationality(nlp) -> None:  # type: ignore[no-untyped-def]
    """bbc-entertainment-253: "Little Britain" is a comedy show; its stars' nationality is not stated."""
    text = ("Little Britain comedy duo Matt Lucas and David Walliams presented the best song prize to Robbie Williams "
            "dressed as his former Take That colleagues Gary Barlow and Howard Donald, leading him to quip he was "
            "\"always the talented man of the band\".")
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[1] == "citizenOf"}


def test_a_daily_is_a_newspaper_and_a_film_maker_a_person(nlp) -> None:  # type: ignore[no-untyped-def]
    """bbc-tech-208: "the Swiss daily Le Matin" is a paper based in Switzerland; "the Dutch film maker Theo van Gogh"
    was Dutch."""
    text = ("Only last week, the world media highlighted the killing of the Dutch film maker Theo van Gogh, notorious "
            "after making a controversial film about Islamic culture.\n\n- A flight from Switzerland to the Dominican "
            "Republic which turned around after someone took a picture of a piece of metal falling from the plane as it "
            "took off from Zurich (reported by the Swiss daily Le Matin).")
    direct, _ = _strict_layers(nlp, text)
    assert ("Theo van Gogh", "citizenOf", "Netherlands") in direct
    assert ("Le Matin", "basedIn", "Switzerland") in direct
    assert ("Le Matin", "citizenOf", "Switzerland") not in direct


# -- error types of judged set 12 (bench/judged/judgements-12.jsonl), read after its figure was reported

def test_a_meeting_of_a_body_somewhere_is_no_seat(nlp) -> None:  # type: ignore[no-untyped-def]
    """bbc-tech-033: the WSIS met in Geneva; it is no body based there."""
    text = "On Tuesday, a meeting of the WSIS in Geneva agreed to the creation of a Digital Solitary Fund."
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[1] == "basedIn"}


def test_a_secretary_of_a_department_heads_it(nlp) -> None:  # type: ignore[no-untyped-def]
    """bbc-business-097: the US Treasury Secretary leads the Treasury."""
    text = ("The US dollar's slide against the euro and yen has halted after US Treasury Secretary John Snow said a "
            "strong dollar was \"in America's interest\".")
    direct, _ = _strict_layers(nlp, text)
    assert ("John Snow", "leaderOf", "US Treasury") in direct


def test_a_title_beside_another_man_s_name_is_his(nlp) -> None:  # type: ignore[no-untyped-def]
    """bbc-business-181: India's petroleum minister is Mr Aiyar, not the Russian minister named after him."""
    text = ("Russian news agencies reported that India's petroleum minister Mr Aiyar and Russian energy minister "
            "Viktor Khristenko would discuss the future of Yugansk at a meeting on Tuesday.")
    direct, _ = _strict_layers(nlp, text)
    assert ("Viktor Khristenko", "worksFor", "India") not in direct


def test_backing_a_side_to_win_is_a_forecast(nlp) -> None:  # type: ignore[no-untyped-def]
    """bbc-sport-329: "backed New Zealand to win the series" predicts; it supports nobody."""
    text = ("But Umaga, in England for Saturday's IRB Rugby Aid match, also backed New Zealand to win the three-Test "
            "series against the Lions.")
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[1] in {"supported", "won"}}


def test_beating_team_mates_to_an_award_is_no_defeat(nlp) -> None:  # type: ignore[no-untyped-def]
    """bbc-sport-369: a vote for the sevens award, in sport news too."""
    text = ("The flanker topped a list which included Ireland star Gordon D'Arcy and Australian sensation Matt Giteau. "
            "Jake White claimed the coaching award while his side held off Grand Slam winners France to take the team "
            "award. England player Simon Amor beat team-mate Ben Gollings and Argentine Lucio Lopez Fleming to win the "
            "sevens award.")
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[1] == "defeated" and t[0] == "Simon Amor"}


def test_where_someone_grew_up_is_not_where_he_lives(nlp) -> None:  # type: ignore[no-untyped-def]
    """bbc-tech-110: Adam Curry grew up in the Netherlands."""
    text = ("It is called \"podcasting\" and its strongest proponent is former MTV host and VJ (video jockey) Adam "
            "Curry. Mr Curry is American, but he grew up in the Netherlands where he hosted illegal, pirate radio "
            "shows in the Dutch capital.")
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[1] == "livesIn"}


def test_a_generic_first_word_takes_no_known_full_name() -> None:
    """bbc-tech-110: "The World", a radio show, is not the World Bank another article named."""
    from kg.resolve import NameIndex

    known = NameIndex()
    known.add("Organization", "World Bank")
    known.add("Organization", "Amnesty International")
    assert known.full_name("Organization", "World") is None
    assert known.full_name("Organization", "Amnesty") == "Amnesty International"


# -- error types of judged set 13 (bench/judged/judgements-13.jsonl), read after its figure was reported

def test_where_a_deed_was_done_is_no_seat(nlp) -> None:  # type: ignore[no-untyped-def]
    """bbc-entertainment-143: the single was bought in Edinburgh; Band Aid 20 is based nowhere by this sentence."""
    text = "Prime Minister Tony Blair purchased two copies of the charity single Band Aid 20 in Edinburgh on Friday."
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[1] == "basedIn"}


def test_a_medallist_is_a_person_based_nowhere(nlp) -> None:  # type: ignore[no-untyped-def]
    """bbc-sport-032: the NER takes Carolina Kluft for an organisation; "medallist" says she is a person, so no
    firm's seat is claimed for her."""
    text = ("Britain's 800m and 1500m champion Kelly Holmes is taking part in the 1000m. Swedish heptathlon gold "
            "medallist Carolina Kluft will contest the 60m hurdles.")
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[1] == "basedIn"}


def test_a_court_of_appeals_is_no_node_without_its_place(nlp) -> None:  # type: ignore[no-untyped-def]
    """bbc-business-291: "Court of Appeals" names a kind of court, which every state has; the node would join them."""
    text = ("The three-judge panel in the District of Columbia's Court of Appeals ruled on Friday that the US "
            "government could not sue the firms under the anti-racketeering laws.")
    direct, opened = _strict_layers(nlp, text)
    assert ("Court of Appeals", "basedIn", "District of Columbia") not in direct
    assert opened[("Court of Appeals", "basedIn", "District of Columbia")] == "ambiguous subject 'Court of Appeals'"


#: bbc-sport-415: the source lost the closing mark of "…week-out." and Dusty Hare's quote has a cue of its own
RUGBY_QUOTES = ("England will have to take on Ireland in the Six Nations without captain and goal-kicker Jonny "
                "Wilkinson, according to his Newcastle boss Rob Andrew.\n\n\"They've probably got two of the best English kickers in the Premiership in Hodgson and Barkley,\" "
                "added Andrew, a former England fly-half and goal-kicker.\n\n\"They're both pretty good kickers. "
                "Charlie is a good kicker week-in, week-out. \"But it's all about pressure and unfortunately England "
                "are just not handling the pressure at the moment.\" Andrew also blamed England's poor run of recent "
                "results on a lack of leadership in the side following several high-profile retirements and "
                "injuries. Meanwhile, former England full-back Dusty Hare put England's mistakes down to a lack of "
                "mental toughness.\n\n\"Jonny Wilkinson has proved himself a cool customer with around an 80% kicking "
                "success rate,\" Hare told BBC Radio Five Live. \"But natural-born toughness comes into it as well as "
                "all the practice you do.\"")


def test_a_quote_the_source_left_open_does_not_swallow_the_narration(nlp) -> None:  # type: ignore[no-untyped-def]
    """A mark that opens a sentence inside an open quote ends the quote before it: the narration after the next
    closing mark ("Andrew also blamed …") is no one's quote."""
    direct, _ = _strict_layers(nlp, RUGBY_QUOTES)
    quoted = {t[2] for t in direct if t[1] == "said"}
    assert any(q.startswith("But it's all about pressure") for q in quoted)
    assert not any(q.startswith("Andrew also blamed") for q in quoted)


def test_a_quote_with_a_cue_of_its_own_continues_no_earlier_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    """"…," Hare told BBC Radio: the NER knows no Hare, but the quote is his, not the last speaker's (Andrew's),
    and neither is the paragraph that continues it."""
    direct, _ = _strict_layers(nlp, RUGBY_QUOTES)
    andrew = {t[2] for t in direct if t[1] == "said" and t[0] in {"Andrew", "Rob Andrew"}}
    assert andrew and not any(q.startswith(("Jonny Wilkinson has proved", "But natural-born")) for q in andrew)


#: bbc-sport-430, a tennis round-up: scores after names, players "of" and "from" their countries
TENNIS = ("Daniela Hantuchova moved into the quarter-finals of the Dubai Open, after beating Elene Likhotseva of Russia "
          "7-5 6-4, and now faces Serena Williams.\n\nAustralian Open champion Williams survived an early scare to beat "
          "Russia's Elena Bovina 1-6 6-1 6-4. World number one Lindsay Davenport and Anastasia Myskina also "
          "progressed. Davenport defeated China's Jie Zheng 6-2 7-5, while French Open champion "
          "Myskina sailed through after her opponent Marion Bartoli retired hurt. American Davenport will now face "
          "fellow former Wimbledon champion, Conchita Martinez of Spain, who ousted seventh-seeded Nathalie Dechy of "
          "France 6-1 6-2. Myskina will face eighth-seed Patty Schnyder from Switzerland, who defeated China's Li Na "
          "6-3 7-6 (10-8). The other quarter final pits wild card Sania Mirza of India against Jelena Jankovic of "
          "Serbia and Montenegro, who both won on Tuesday.\n\nBefore her meeting with Martinez, Davenport believes "
          "there is some room for improvement in her game. \"I started well and finished well, but played some so-so "
          "games in the middle,\" she said.")


def test_a_score_is_no_part_of_a_player_s_name(nlp) -> None:  # type: ignore[no-untyped-def]
    """The NER reads "Jie Zheng 6-2 7-5" as one name: the node is Jie Zheng."""
    direct, _ = _strict_layers(nlp, TENNIS)
    assert ("Jie Zheng", "citizenOf", "China") in direct
    assert not {t for t in direct if any(ch.isdigit() for ch in t[0] + t[2])}


def test_a_player_of_a_country_is_its_national(nlp) -> None:  # type: ignore[no-untyped-def]
    """"Conchita Martinez of Spain", "Patty Schnyder from Switzerland": whom they play for, not where they live."""
    direct, _ = _strict_layers(nlp, TENNIS)
    assert {("Conchita Martinez", "citizenOf", "Spain"), ("Patty Schnyder", "citizenOf", "Switzerland")} <= direct
    assert not {t for t in direct if t[1] == "livesIn"}


def test_a_country_beats_no_player(nlp) -> None:  # type: ignore[no-untyped-def]
    """"Patty Schnyder from Switzerland, who defeated China's Li Na": the parse hangs the clause on the country;
    a contest between a place and a person is no reading a careful reader takes."""
    direct, opened = _strict_layers(nlp, TENNIS)
    assert ("Switzerland", "defeated", "Li Na") not in direct
    assert opened[("Switzerland", "defeated", "Li Na")].startswith("sense check")


def test_in_sport_news_a_country_s_player_lies_in_no_country(nlp) -> None:  # type: ignore[no-untyped-def]
    """bbc-sport-422: "Thailand's Paradorn Srichaphan" is Thai, whatever the NER takes him for."""
    text = ("Marat Safin suffered a shock loss to unseeded Nicolas Kiefer in round one of the Dubai Tennis "
            "Championships.\n\nPlaying his first match since winning the Australian Open, Safin showed some good "
            "touches but was beaten 7-6 (7-2) 6-4 by the in-form Kiefer. The German got on top in the first-set "
            "tie-break, striking a sweet forehand to win the first point against serve. And he maintained the momentum "
            "early in the second set, breaking the Russian with the help of an inspired volley. Spain's Feliciano Lopez lined up a second round clash with Andre "
            "Agassi by beating Thailand's Paradorn Srichaphan. Lopez, who lost in three sets to Roger Federer in last "
            "year's final, won 6-2 3-6 6-3.")
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[1] in {"locatedIn", "basedIn"}}


def test_beating_a_rival_to_a_deal_is_no_defeat(nlp) -> None:  # type: ignore[no-untyped-def]
    """bbc-business-409: a bank that "beat Standard Chartered to buy Koram bank" got there first."""
    text = ("The South Korean bank will also make up 22% of the group's total assets. The move, a year after Citigroup "
            "beat Standard Chartered to buy Koram bank, would be the South Korean financial sector's biggest foreign "
            "takeover.")
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[1] == "defeated"}


def test_a_title_after_a_name_the_parse_left_alone_is_that_name_s(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-704, about NYMEX: "Thomas McKiernan, McKiernan and Co chairman" chairs his own firm; the bare
    title takes no company from the rest of the article when a name stands right before it."""
    text = ("The New York Mercantile Exchange set April one for the debut of a new procedure in the energy complex "
            "that will increase the use of energy futures worldwide.\n\nOn April one, NYMEX will allow oil traders "
            "that do not hold a futures position to initiate, after the exchange closes, a transaction that can "
            "subsequently be hedged in the futures market, according to an exchange spokeswoman.\n\n\"This will "
            "change the way oil is transacted in the real world,\" said said Thomas McKiernan, McKiernan and Co "
            "chairman.\n\nForeign traders will be able to hedge trades against NYMEX prices before the exchange "
            "opens and negotiate prices at a differential to NYMEX prices, McKiernan explained.")
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[0] == "Thomas McKiernan" and t[1] == "leaderOf"}


def test_a_chairman_of_a_centre_at_a_university_chairs_the_centre(nlp) -> None:  # type: ignore[no-untyped-def]
    """bbc-business-403: the title's own "of" names what he chairs; "at" names its parent."""
    text = ("\"Directors very rarely pay,\" said Charles Elson, chairman of the Center for Corporate Governance at the "
            "University of Delaware.")
    direct, _ = _strict_layers(nlp, text)
    assert ("Charles Elson", "leaderOf", "Center for Corporate Governance") in direct
    assert ("Charles Elson", "leaderOf", "University of Delaware") not in direct


def test_a_firm_whose_name_ends_in_s_keeps_it(nlp) -> None:  # type: ignore[no-untyped-def]
    """bbc-business-452: "giant McDonald's," is the name, "McDonald's sales" its possessive: the node is
    McDonald's, not a Mr McDonald."""
    text = ("Charlie Bell, the straight-talking former head of fast-food giant McDonald's, has died of cancer aged 44. "
            "A popular go-getter, he is credited with helping revive McDonald's sales.")
    _, opened = _strict_layers(nlp, text)
    assert ("Charlie Bell", "leaderOf", "McDonald's") in opened  # a former role: open, but of the right firm


def test_a_state_s_officer_is_not_the_city_s(nlp) -> None:  # type: ignore[no-untyped-def]
    """bbc-business-401: New York's attorney general serves the state; kg's "New York" is the city."""
    text = ("New York Attorney General Elliot Spitzer said senior vice president Robert Stearns had pleaded guilty to "
            "scheming to defraud.")
    direct, opened = _strict_layers(nlp, text)
    assert ("Elliot Spitzer", "worksFor", "New York") not in direct
    assert "city or the state" in opened[("Elliot Spitzer", "worksFor", "New York")]


def test_a_name_missing_its_first_capital_is_cut_short(nlp) -> None:  # type: ignore[no-untyped-def]
    """bbc-sport-432: the NER drops "All" of "All England Club"; "England Club" is no club's name. And "the American"
    who speaks is Lindsay Davenport, not her country."""
    text = ("World number one Lindsay Davenport has criticised Wimbledon over the issue of equal prize money for "
            "women.\n\nReacting to a disputed comment by All England Club chairman Tim Phillips, the American said: "
            "\"I think it is highly insulting if prize money is taken away.\"")
    direct, opened = _strict_layers(nlp, text)
    assert ("Tim Phillips", "leaderOf", "England Club") not in direct
    assert opened[("Tim Phillips", "leaderOf", "England Club")].startswith("object name cut short")
    assert not {t for t in direct if t[0] == "United States"}


def test_taking_a_rival_s_ranking_is_no_succession(nlp) -> None:  # type: ignore[no-untyped-def]
    """bbc-sport-441: "Hewitt replaces Andy Roddick as world number two" is a ranking, no post."""
    text = ("Williams won her first Grand Slam title since 2003 with victory over Lindsay Davenport, the world number "
            "one. Men's champion Marat Safin remains fourth in the ATP rankings while beaten finalist Lleyton Hewitt "
            "replaces Andy Roddick as world number two.")
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[1] == "replaced"}


def test_in_sport_news_a_nationality_before_a_name_is_a_player_s(nlp) -> None:  # type: ignore[no-untyped-def]
    """bbc-sport-447, the whole article (a shorter passage spares the NER its mistake): "she beat Hungarian Petra
    Mandula" names a player the NER calls an organisation; no firm is based in Hungary here."""
    text = ("Sania Mirza, the first Indian woman to reach the third round of a Grand Slam tennis event, has lost "
            "to women's favourite Serena Williams.\n\nThe 18-year-old Mirza, who got a wild card entry into the Aus"
            "tralian Open in Melbourne, lost to Williams 1-6,4-6 in the third round. Williams took just 56 minute"
            "s to defeat Mirza and sail into the fourth round. The only other Indian woman to win a match at a Gr"
            "and Slam is Nirupama Vaidyanathan. Vaidyanathan made it to the second round of the Australian Open i"
            "n 1998.\n\nPlaying the biggest match of her life, Mirza made little impact on Williams in the early st"
            "ages of the game. But the teenager showed more confidence in the second set and engaged the seventh-"
            "seeded Williams in some well contested rallies. Mirza, a junior Wimbledon doubles title winner, beca"
            "me the first Indian woman to reach the third round of a grand slam tennis event when she beat Hungar"
            "ian Petra Mandula on Wednesday. \"I'm really excited. I was confident but I didn't think it was going"
            " to be that easy,\" Mirza said after her second round win. \"My aim was to win a round here. When I di"
            "d that I was so relieved, there was no pressure.\" Tennis is not a particularly popular sport in Indi"
            "a, but a number of Indians watched the live telecast of the match between Mirza and Williams. Mirza,"
            " who lives in the southern Indian city of Hyderabad known for producing a host of top Indian cricket"
            "ers, turned professional two years ago. She says she was considered too small when she went for her "
            "first tennis classes as a six-year-old girl. \"Then finally [the coach] called my parents up and said"
            " 'the way she hits the ball, I've never seen a six-year-old hit a ball like that',\" Mirza told the A"
            "ssociated Press.")
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[1] == "basedIn"}


def test_a_pronoun_after_a_pronoun_is_the_first_one_s(nlp) -> None:  # type: ignore[no-untyped-def]
    """bbc-entertainment-190: "He went on to … appear in several films, including 1947's Nicholas Nickleby. He married
    actress Betty Astell": the second "he" continues the first, whoever the NER read in between (a film title it
    calls a person); kg keeps the marriage open rather than marry Betty Astell to a film."""
    text = ("One of the last comedians of old-time variety era, Fletcher made his first TV appearance in 1937. A year "
            "after BBC Television began, he was seen reciting humorous poems, appearing in a revue, Tele-Ho, and "
            "playing the Emperor of Morocco in the first televised pantomime, Dick Whittington. He went on to become a "
            "regular voice on radio, have a string of TV shows in the 1950s and appear in several films, including "
            "1947's Nicholas Nickleby. He married actress Betty Astell in 1941 and in the 1950s and 60s, they produced "
            "pantos and summer shows, discovering new stars including Harry Secombe.")
    direct, opened = _strict_layers(nlp, text)
    assert not {t for t in direct if t[1] == "married"}
    assert ("He", "married", "Betty Astell") in opened



def test_a_manager_s_praise_told_in_narration_is_his_own(nlp) -> None:  # type: ignore[no-untyped-def]
    """bbc-sport-236: "Benitez hailed Gerrard": the manager's deed, not Liverpool's (a stance is the organisation's
    when its spokesman takes it, or when it is said in role, in a quote)."""
    text = ("Liverpool manager Rafael Benitez said their qualification for the next stage of the Champions League"
            " was \"one of the proudest nights of my career.\"\n\nThe Reds beat Olympiakos 3-1 with a late Steven Ger"
            "rard strike and Benitez said: \"It was a really great night. \"The players ran hard all the time and y"
            "ou see how much it means to the fans. \"We knew before the game that it was very important for the cl"
            "ub to gain these extra finances. For Liverpool, this result is very, very important.\" Benitez hailed"
            " Gerrard for his match-winning strike four minutes from time and also the Anfield crowd for sticking"
            " by their side after they had fallen a goal behind at the interval.")
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[1] == "praised" and t[0] != "Rafael Benitez"}


def test_a_squad_change_is_no_succession(nlp) -> None:  # type: ignore[no-untyped-def]
    """bbc-sport-383: "Phil Greening, who replaces the retired Mark Regan" in a squad takes no post (and the parse
    even gives him Mark Cueto to replace)."""
    text = ("Wasps scrum-half Matt Dawson has been recalled to England's training squad ahead of the RBS Six Nati"
            "ons and been reinstated in the Elite Player Squad.\n\nCoach Andy Robinson dropped Dawson for the autum"
            "n Tests after he missed training to film 'A Question of Sport.' \"I always said I would consider brin"
            "ging Matt back if I felt he was playing well,\" Robinson said. \"He merits his return on current form."
            "\" Newcastle's 18-year-old centre Mathew Tait is also in the training squad. \"It's obviously an honou"
            "r to be asked to train with England,\" said Tait, who has burst into contention recently. \"I look for"
            "ward to going down and doing the sessions, but the most important thing at the moment is Sunday's ga"
            "me against Newport, so I'm not looking any further than that.\" Robinson has invited 42 players to at"
            "tend a three-day session in Leeds next week, in which his squad will train in part with the Leeds Rh"
            "inos rugby league squad.\n\nWith Mike Tindall ruled out of the opening two matches and Will Greenwood "
            "sidelined for the entire Six Nations, Tait is one of six or seven contenders for the two centre bert"
            "hs. Stuart Abbott, Jamie Noon, Ollie Smith, Olly Barkley and Henry Paul - who retains his place desp"
            "ite his early substitution against Australia - are also in the mix. Ben Cohen could also be consider"
            "ed after switching from the wing for his club Northampton recently. Prop Phil Vickery and lock Simon"
            " Shaw both return to the squad after missing the autumn Tests through injury, while Wasps wing Tom V"
            "oyce is recalled. The group also includes Bath flanker Andy Beattie and Leicester hooker George Chut"
            "er. \"Beattie has matured greatly as a player these past two seasons,\" Robinson said. Jonny Wilkinson"
            ", Tindall and Martin Corry have all been included despite their unavailability for the opening two m"
            "atches against Wales and France.\n\nThe revised 56-man elite squad includes Wasps hooker Phil Greening"
            ", who replaces the retired Mark Regan, and Sale wing Mark Cueto.")
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[1] == "replaced"}


@pytest.mark.xfail(strict=True, reason="in sport news 'replaced' needs 'as <post>' to be a succession: a manager who "
                                       "replaced another without it is kept open with the substitutions")
def test_a_manager_who_replaced_another_succeeded_him(nlp) -> None:  # type: ignore[no-untyped-def]
    """bbc-sport-233: Steve Wigley "replaced Paul Sturrock just two games into the season" as Southampton's manager."""
    text = ("Southampton are set to unveil Harry Redknapp as their new manager at a news conference at 1500 GMT o"
            "n Wednesday.\n\nThe former Portsmouth boss replaces Steve Wigley, who has been relieved of first-team "
            "duties after just one win in 14 league games in charge. Redknapp, 57, quit his Fratton Park position"
            " on 24 November and vowed: \"I will not go down the road - no chance.\" Pompey coach Kevin Bond is poi"
            "sed to join Redknapp, who will be Saints' third boss of the season. Redknapp's first game in charge "
            "will be at home to Middlesbrough on Saturday. Portsmouth chairman Milan Mandaric said he was \"disapp"
            "ointed\" by the news and claimed Redknapp had been in talks with Southampton for \"some time\".\n\n\"It wo"
            "uld appear that negotiations over this have been going on for some time,\" Mandaric said on Portsmout"
            "h's official website. \"I am surprised and a little shocked that the chairman of Southampton has not "
            "picked up the phone and kept me informed.\" According to Mandaric, Redknapp vowed he would not join t"
            "heir South coast rivals when he left Portsmouth. \"I said to Harry 'I hope you don't go to Southampto"
            "n', and he told me 'absolutely not',\" he said. \"I'm wouldn't say I'm bitter, disgusted or angry, jus"
            "t disappointed, but it's Harry's life and it's his decision.\" Redknapp became a cult hero after lead"
            "ing Portsmouth into the Premiership for the first time, and then masterminding their survival in the"
            "ir debut season. But he left the club claiming he needed a break from football, though many believed"
            " he was upset with Mandaric's decision to bring in Velimir Zajec as executive director.\n\nSouthampton"
            " chairman Rupert Lowe was desperate to give former academy director Wigley, who replaced Paul Sturro"
            "ck just two games into the season, every chance to succeed at St Mary's.")
    direct, _ = _strict_layers(nlp, text)
    assert ("Steve Wigley", "replaced", "Paul Sturrock") in direct


def test_a_tennis_player_s_country_is_her_nationality(nlp) -> None:  # type: ignore[no-untyped-def]
    """bbc-sport-446 (the whole report): "Slovakia's Daniela Hantuchova" is Slovak; the NER calls Slovakia an
    organisation, but a country is a place, and tennis has no side to play for."""
    text = ("Top seed Lindsay Davenport booked her place in the last 16 of the Australian Open with a convincing "
            "6-2 6-4 win over Nicole Vaidisova of the Czech Republic.\n\nThe American had too much power for her 15"
            "-year-old opponent, breaking twice in the first set and once in the second. The German-born Vaidisov"
            "a rallied well at times but was unable to find a way back after falling behind 3-2 in the opening se"
            "t. Davenport, who closed out with an ace, plays Karolina Sprem in the next round. \"I was fully expec"
            "ting a tough opponent and was able to play well enough to get through it,\" said Davenport. \"I think "
            "she hits some great shots. She made some errors but probably some inexperience played a role in that"
            ". But she's so young and obviously has a big game and has many, many years to improve on that.\" Spre"
            "m, the Croatian 13th seed, saw off Russia's Elena Likhovtseva 6-3 6-2. Former world number one\n\npowe"
            "red her way into the fourth round with a straight sets win over Anna Smashnova. The 27th seed from I"
            "srael stuck with Williams until 3-3 in the first set before it became one-way traffic.\n\nThe American"
            " made 26 unforced errors but was still good enough to romp through the contest in exactly an hour. S"
            "he reeled off nine straight games to finish a 6-3 6-0 winner.\n\nremains on course to become the first"
            " Australian to win her home title since Chris O'Neil in 1978. The 10th seed equalled her best perfor"
            "mance at a Grand Slam event when she beat unseeded Russian Nadia Petrova 6-3 6-2 to reach the fourth"
            " round. After a tough first set, Molik grew in confidence and won in just 56 minutes. She will now m"
            "eet Venus Williams. \"Bring it on,\" said the 23-year-old. \"I played pretty well and it was nice to ge"
            "t through in straight sets.\" \"We were destined to meet, I guess,\" Williams said referring to her mat"
            "ch with Molik. \"It will be a huge match for her in Australia. I can tell she's probably very motivat"
            "ed by that so I need to get out there and play well.\"\n\nbeat Slovakia's Daniela Hantuchova in a rolle"
            "rcoaster match. Dementieva came through 7-5 5-7 6-4, becoming the seventh Russian woman to reach the"
            " last 16 in Melbourne. The match lasted almost three hours and featured 13 service breaks, including"
            " three in the final set when Dementieva held her nerve to seal the win. She now faces\n\nafter the Swi"
            "ss 12th seed beat American Abigail Spears 7-6 6-3. French Open champion\n\nreceived a free ride into t"
            "he last 16 after Lisa Raymond was forced to withdraw. Raymond, the 25th seeded American, was ruled o"
            "ut after sustaining a left abdominal muscle tear in the doubles. Myskina, the third seed, now plays "
            "France's\n\nwho beat Francesca Schiavone of Italy 6-3 6-3. \"I'm extremely disappointed because I could"
            "n't have asked to play better in my first two matches,\" Raymond said.")
    direct, _ = _strict_layers(nlp, text)
    assert ("Daniela Hantuchova", "citizenOf", "Slovakia") in direct
    assert not {t for t in direct if t[1] == "playedFor"}



def test_a_name_after_mr_is_a_person_s(nlp) -> None:  # type: ignore[no-untyped-def]
    """bbc-business-199: the NER reads "Mr Saakashvili" as a place; after "Mr" it is a man, the article's Mikhail
    Saakashvili, and the urging is his (before, a place "Saakashvili" urged the parliament)."""
    text = ("Georgia is offering a one-off 'tax amnesty' to people who hid their earnings under the regime of for"
            "mer president Eduard Shevardnadze.\n\nThe country's new president, Mikhail Saakashvili, has said that "
            "anyone now willing to disclose their wealth will only have to pay 1% in income tax. The measure is d"
            "esigned to legitimise previously hidden economic activity and boost Georgia's flagging economy. Geor"
            "gia's black market is estimated to be twice the size of its legal economy.\n\nMr Saakashvili, elected "
            "president in January after Mr Shevardnadze was toppled, has urged the Georgian Parliament to approve"
            " the amnesty as soon as possible.")
    direct, _ = _strict_layers(nlp, text)
    assert ("Mikhail Saakashvili", "urged", "Georgian Parliament") in direct
    assert ("Saakashvili", "urged", "Georgian Parliament") not in direct


def test_a_dam_lies_in_a_country_it_is_based_nowhere(nlp) -> None:  # type: ignore[no-untyped-def]
    """bbc-business-174: "China's Three Gorges Dam" is a structure, no organisation with a seat."""
    text = ("Yangtze Electric Power, the operator of China's Three Gorges Dam, has said its profits more than dou"
            "bled in 2004.")
    direct, _ = _strict_layers(nlp, text)
    assert ("Three Gorges Dam", "basedIn", "China") not in direct


def test_beating_rivals_at_an_awards_ceremony_is_no_defeat(nlp) -> None:  # type: ignore[no-untyped-def]
    """bbc-entertainment-125: "Casey beat Brian McFadden and Damien Rice" to an award the passage names a sentence
    before."""
    text = ("Snow Patrol were the big winners in Ireland's top music honours, the Meteor Awards, picking up accol"
            "ades for best Irish band and album on Thursday.\n\nThe Belfast-born, Glasgow-based band collected the "
            "prizes at the ceremony at Dublin's Point Theatre. Westlife won the award for best Irish pop act, vot"
            "ed for by the public, beating former member Brian McFadden. Franz Ferdinand picked up best internati"
            "onal band and album while Paddy Casey collected best Irish male. Singer-songwriter Casey beat Brian "
            "McFadden and Damien Rice.")
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[1] == "defeated"}


def test_a_name_the_ner_missed_competes_for_a_pronoun(nlp) -> None:  # type: ignore[no-untyped-def]
    """bbc-entertainment-325: "a liaison for Bening - she married Beatty": the NER missed "Bening", so the only
    person it knows in the window is the role she played, Virginia Hill; "she" stays unresolved."""
    text = ("However the high-profile performance enabled Bening to capture roles in a number of big budget Holly"
            "wood productions, co-starring with some of Hollywood's greatest players, including Robert De Niro an"
            "d Harrison Ford. But it was her role opposite Warren Beatty in 1991 gangster flick Bugsy which had t"
            "he greatest impact. Bening played Virginia Hill, another role which won her high critical acclaim, b"
            "ut the film only picked up two of a staggering 12 Oscar nominations.\n\nBugsy was the start of a very "
            "significant liaison for Bening - she married Beatty, with whom she had a child as the couple promote"
            "d the film in Europe.")
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[1] == "married"}


def test_a_number_in_a_title_is_no_thing_owned(nlp) -> None:  # type: ignore[no-untyped-def]
    """bbc-entertainment-088: "Ocean's Twelve" is a film; Ocean owns no "Twelve"."""
    text = ("Ocean's Twelve, the crime caper sequel starring George Clooney, Brad Pitt and Julia Roberts, has gon"
            "e straight to number one in the US box office chart.")
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[1] == "owns"}



def test_a_professor_s_title_is_no_part_of_his_name(nlp) -> None:  # type: ignore[no-untyped-def]
    """bbc-tech-199: "Prof Reddy" is Raj Reddy, named in full before; "Prof" is no first name."""
    text = ("Two-thirds of the world's population, 4 billion people, live on $2,000 a year or less.\n\nYou might th"
            "ink that the last thing on their minds would be getting a television set or a computer. But that's n"
            "ot the case. Many people in the developing world give up one of their daily meals so they can afford"
            " to buy a TV. And now, an Indian-born computer engineer thinks he's come up with a way to give them "
            "cheap access to the internet. Carnegie Mellon Professor Raj Reddy has spent the bulk of his professi"
            "onal career trying to find ways to make technology accessible to poor people. The first step is to f"
            "igure out why poor people would want a personal computer and Professor Reddy thinks he has a pretty "
            "good idea of why they might. \"I come from a village,\" says Prof Reddy, \"I know what the population i"
            "s like, many of them are illiterate, and many of them have other concerns.\" \"There, nobody will use "
            "it for the conventional uses of a PC, word processing and Powerpoint,\" he said. \"So it's clear to me"
            " that if people wanted to use PCs in a village - it has to usable by illiterate people and it must b"
            "e primarily for entertainment, education, telemedicine, and access to expert advice.\"\n\nProf Reddy al"
            "so thinks that tying it into some kind of aid package was the wrong approach. After all, he asked --"
            " what aid group could possibly give expensive computers to 250 million less fortunate Indians, let a"
            "lone the billions of poor people around the world?\n\nInstead, Prof Reddy decided to think of those 25"
            "0 million Indians as a potential market. The problem then becomes one of making the product compelli"
            "ng enough. \"It must be so compelling that you would give up your third meal in order to have this,\" "
            "Prof Reddy says. \"People do this today with television sets. If you go to India, and many other coun"
            "tries, they will first go get a television set before they worry about one more meal. Why? Because p"
            "ersonalized entertainment has become very important.\" This hatched a completely new idea. He calls i"
            "t a PCtvt - A personal computer, television and telephone all in one that runs on a normal desktop m"
            "achine. Literate users can surf through the applications with a keyboard and mouse but illiterate us"
            "ers can use what looks like a television remote control.\n\nOn the screen, pictures - not words - desi"
            "gnate applications like TV, voice mail, and video e-mail. This dependence on graphics, video and aud"
            "io means that a computer for an illiterate person needs 100 times more power and more memory than on"
            "e for a PhD. Prassana Rambathla, one of Prof Reddy's graduate students, says that \"when you're talki"
            "ng illiterate you're talking audio and video, and that demands exponentially high bandwidth.' \"It ca"
            "n't choke at any point in time, and it has to withstand anything no matter what you're pressing.\" \"T"
            "he major part is making it foolproof, very tough, so that it never breaks,\" he says. The Carnegie Me"
            "llon team says this project is only possible because PCs are now so much cheaper and have built-in a"
            "udio and video hardware and software. Limited trials of the PCtvt are due to start this month in the"
            " Indian state of Andhra Pradesh.\n\nAlthough Andhra Pradesh has a fairly good infrastructure but work "
            "has to be done to ensure reliable connections to the net. Prof Reddy has teamed up with Eric Brewer "
            "at the University of California at Berkeley.")
    direct, _ = _strict_layers(nlp, text)
    assert ("Raj Reddy", "partneredWith", "Eric Brewer") in direct
    assert not {t for t in direct if t[0].startswith("Prof")}


def test_a_programme_cut_to_world_names_nothing(nlp) -> None:  # type: ignore[no-untyped-def]
    """bbc-tech-090: Clark Boyd works for the programme "The World"; its name cut to "World" is no employer."""
    text = ("Clark Boyd is technology correspondent for The World, a BBC World Service and WGBH-Boston co-product"
            "ion.")
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[2] == "World"}


def test_two_bodies_in_one_name_are_no_node(nlp) -> None:  # type: ignore[no-untyped-def]
    """bbc-tech-165: the NER reads "New York State Department of Health and State University of New York" as one
    organisation; no one body of that name is based in Albany."""
    text = ("The research team, from New York State Department of Health and State University of New York in Alba"
            "ny, said the research was another step towards people controlling wheelchairs or other electronic de"
            "vices by thought.")
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if " and " in t[0]}


def test_british_and_irish_lions_is_one_name(nlp) -> None:  # type: ignore[no-untyped-def]
    """bbc-sport-387: the NER cuts "British and Irish Lions" to "Irish Lions"; the coach leads no such side."""
    text = ("British and Irish Lions coach Clive Woodward says he is unlikely to select any players not involved "
            "in next year's RBS Six Nations Championship.")
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[2] == "Irish Lions"}



def test_real_before_a_city_is_part_of_the_club_s_name(nlp) -> None:  # type: ignore[no-untyped-def]
    """bbc-sport-275: the NER leaves "Real" out of "Real Madrid midfielder David Beckham"."""
    text = ("Real Madrid midfielder David Beckham has no plans to become a manager when his playing career is ove"
            "r.\n\n\"I am not interested in being a coach but I would like to have football schools,\" the England ca"
            "ptain said on television station Canal Plus. \"I have wanted to do that since I went to the Bobby Cha"
            "rlton school. I'm going to open one in London and one in LA. \"My second passion is charity work - I "
            "am an ambassador for Unicef and it gives me great pride.\" But Beckham revealed that his immediate pr"
            "iority was winning the Spanish league title with Real Madrid.")
    direct, _ = _strict_layers(nlp, text)
    assert ("David Beckham", "playedFor", "Real Madrid") in direct



def test_a_nationality_before_a_minister_s_portfolio_is_his(nlp) -> None:  # type: ignore[no-untyped-def]
    """bbc-business-387: "German Economy minister Wolfgang Clement" is Germany's; a nationality before a capitalised
    word begins another name ("French Open champion") only when the word is no portfolio or title. His role says his
    nationality: no second edge says it again (the tuning golds record the role alone: "Russian oil official Sergei
    Oganesyan" works for Russia, dev/bbc-business-077)."""
    text = ("\"I don't expect a strong and lasting turnaround until 2006,\" German Economy minister Wolfgang Clemen"
            "t said.")
    direct, _ = _strict_layers(nlp, text)
    assert {t for t in direct if t[0] == "Wolfgang Clement" and t[1] != "said"} == \
        {("Wolfgang Clement", "worksFor", "Germany")}
    text = ("\"The two companies [Rosneft and CNPC] have agreed on the pre-payment for long-term deliveries,\" said "
            "Russian oil official Sergei Oganesyan.")
    direct, _ = _strict_layers(nlp, text)
    assert {t for t in direct if t[0] == "Sergei Oganesyan" and t[1] != "said"} == \
        {("Sergei Oganesyan", "worksFor", "Russia")}
    text = ("British actress Imelda Staunton won the CFCA best actress for the gritty abortion drama Vera Drake, "
            "adding to a growing list of awards she has won for her performance in the Mike Leigh film.")
    direct, _ = _strict_layers(nlp, text)
    assert ("Imelda Staunton", "citizenOf", "United Kingdom") in direct  # no role: her nationality is its own fact
    text = ("Some reports claim Federer initially wanted Andre Agassi's Australian coach Darren Cahill, before Agassi "
            "confirmed he would play on in 2005.")
    direct, _ = _strict_layers(nlp, text)
    assert ("Darren Cahill", "citizenOf", "Australia") in direct  # a player's coach: no state's role


def test_a_law_is_a_document(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-2305: "The Vaccine Act was signed into law": a named law is a document, whatever the NER calls
    it, and so based nowhere."""
    from kg.extract import extract
    from kg.rdf.link import GAZETTEER
    from kg.resolve import resolve
    from kg.types import Article

    text = ("The Reagan administration soon will propose a program of no-fault compensation for people injured by"
            " childhood vaccines, a senior Treasury Department counsel told the House select revenue measures sub"
            "committee.\n\n\"Within the next few weeks, we expect to propose a program that will provide equitable, "
            "no-fault compensation to injured persons, and predictable (and hence insurable) liabilities for vacc"
            "ine manufacturers,\" Dennis Ross, tax legislative counsel for treasury, said in prepared testimony.\n\n"
            "The Vaccine Act was signed into law last year but did not include a funding mechanism for its compen"
            "sation program.")
    extraction = extract(nlp(text))
    resolved = resolve(Article("t", text), extraction.mentions, extraction.relations, places=GAZETTEER)
    assert {e.type for e in resolved.entities.values() if e.label == "Vaccine Act"} == {"Document"}



def test_a_country_s_firm_the_ner_took_for_a_place_is_a_firm(nlp) -> None:  # type: ignore[no-untyped-def]
    """bbc-business-313: "Turkey's Everasia is reported ... to have won a contract": a "place" no gazetteer knows,
    named by a country's possessive, is one of its firms, based there ("Italy's Lombardy region" stays a place)."""
    text = ("Shares in Irish oil company Petrel Resources have lost more than 50% of their value on a report that"
            " the firm has failed to win a contract in Iraq.\n\nReuters news agency reported that Iraq's Oil Minist"
            "ry has awarded the first post-war oilfield contracts to a Canadian and a Turkish company. By 1700 GM"
            "T, Petrel's shares fell from 97p ($1.87) to 44p ($0.85). Petrel said that it has not received any in"
            "formation from Iraqi authorities to confirm or deny the report.\n\nIraq is seeking to award contracts "
            "for three projects, valued at $500m (\u00a3258.5m). Turkey's Everasia is reported by Reuters to have won "
            "a contract to develop the Khurmala Dome field in the north of the country.")
    direct, _ = _strict_layers(nlp, text)
    assert ("Everasia", "basedIn", "Turkey") in direct
    assert ("Everasia", "locatedIn", "Turkey") not in direct


def test_a_body_that_does_something_in_a_country_is_not_based_there(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-12718: "technical projects by the FAO in Brazil" are in Brazil; the FAO's seat is not."""
    text = ("An estimated 500 million people, or about 10 pct of the world's population, are living in critical "
            "condition, starving, Food and Agricultural Organisation (FAO) director Edouard Saouma said.\n\nDuring his "
            "stay at the federal capital, Saouma said he signed three accords for development of technical projects "
            "by the FAO in Brazil, the largest of which calls for a 57 mln dlrs investment for irrigation of areas in "
            "the drought- stricken Brazilian northeast.")
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[1] == "basedIn"}
    assert ("Edouard Saouma", "worksFor", "Food and Agricultural Organisation") in direct


def test_a_town_the_ner_took_for_a_firm_locates_the_firm_before_it(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-19849: "KHIC America Corp, of Rutheford, New Jersey": the firm is based in New Jersey; the town
    (typed an organisation by the NER) is no firm based there."""
    text = ("According to the court papers, Equitable was owed a total of 468,859 dlrs.\n\nThe list of unsecured "
            "creditors was headed by KHIC America Corp, of Rutheford, New Jersey, which was owed 663,950 dlrs.")
    direct, _ = _strict_layers(nlp, text)
    assert ("KHIC America Corp", "basedIn", "New Jersey") in direct
    assert not {t for t in direct if t[0] == "Rutheford"}


def test_of_america_ends_a_company_s_name(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-15370: "Hospital Corp of America" is the company's name (kg cut it to "Hospital Corp", based in
    the United States); "Monier Ltd of Australia" stays a company and its country."""
    text = ("Hospital Corp of America said it received a letter today from an investor group offering to buy the "
            "company for 47 dlrs a share.\n\nHospital Corp of America said the letter was sent by Charles Miller and "
            "Richard Ragsdale, two former officers of <Republic Health Corp>, and Richard Scott, a partner in a Dallas "
            "law firm.")
    direct, _ = _strict_layers(nlp, text)
    assert {t[0] for t in direct if t[1] == "said"} == {"Hospital Corp of America"}
    assert not {t for t in direct if t[0] == "Hospital Corp"}


def test_the_city_a_region_s_name_precedes_lies_in_the_region(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-6397: "the western Kyushu city of Miyazaki" (the NER's "Kyushu city") does not lie in
    Miyazaki."""
    text = ("A man died in Miyazaki prefecture when his truck overturned, and another was seriously hurt when his "
            "roof caved in, police said.\n\nA police spokesman in the western Kyushu city of Miyazaki, one of the "
            "worst hit areas, said walls cracked all over town.")
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[1] == "locatedIn" and t[2] == "Miyazaki"}


def test_a_member_of_parliament_for_a_constituency_is_no_member_of_it(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-10646: "member of parliament for Simonstown": Simonstown is his seat, not a body he is in."""
    text = ("South Africa's Environmental Affairs Minister John Wiley died today in an apparent suicide attempt, "
            "police said.\n\nWiley, 60, had been member of parliament for Simonstown, near Cape Town, since 1966, "
            "representing several parties.")
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[1] == "memberOf"}
    assert ("John Wiley", "worksFor", "South Africa") in direct


def test_a_bank_s_branch_in_a_city_is_not_its_seat(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-3495: "The Bank of Nova Scotia, Nassau branch" says where the branch is."""
    text = ("The Bank of Nova Scotia, Nassau branch, is issuing a 50 mln New Zealand dlr eurobond due April 14, 1989 "
            "carrying a 18-1/4 pct coupon and priced at 101 pct, lead manager Morgan Stanley International said.")
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[1] == "basedIn"}


def test_an_attorney_for_a_company_works_for_his_firm_not_his_client(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-19223: "Richard Wiener, attorney for Apex at Cadwalader Wickersham and Taft" represents Apex."""
    text = ("Apex Oil, primarily a trading company, charged that several companies, including Belcher, and NYMEX "
            "conspired to force it to deliver heating oil it had sold on the mercantile exchange.\n\nRichard Wiener, "
            "attorney for Apex at Cadwalader Wickersham and Taft, said the company has not yet decided whether to "
            "pursue its case against Belcher Oil.")
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[0] == "Richard Wiener" and t[2] in {"Apex", "Apex Oil"}}


@pytest.mark.parametrize(("text", "edge"), [
    pytest.param("Trading bank staff in Wellington and Auckland voted to accept a 7.9 pct pay rise, ending any threat of "
                 "strike action, the Bank Officers Union said.\n\nUnion president Angela Foulkes told Reuters that "
                 "Wellington and Auckland staff are still unhappy with the offer.",
                 ("Angela Foulkes", "leaderOf", "Bank Officers Union"), id="reuters21578-5173"),
    pytest.param("Up to 70 pct of the 240 finance companies operating in Sweden are likely to be squeezed out over the "
                 "next few years by the deregulation of financial markets, the Association of Swedish Finance Companies "
                 "said.\n\nAssociation chairman Arne Ogren told a news conference that a major restructuring of the "
                 "sector was inevitable.",
                 ("Arne Ogren", "leaderOf", "Association of Swedish Finance Companies"), id="reuters21578-14100"),
])
def test_a_title_after_the_head_word_of_a_body_named_before_is_its(nlp, text: str, edge: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    """"Union president Angela Foulkes" after "the Bank Officers Union": the one body the article named with that
    head word."""
    direct, _ = _strict_layers(nlp, text)
    assert edge in direct


def test_a_title_after_the_end_of_a_name_the_ner_missed_takes_no_body(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-20028: "Salomon Brothers (Asia) Ltd economist Ron Napier": "Ltd" ends a name the NER missed, not
    the "Sumitomo Bank Ltd" named before."""
    text = ("\"U.S. Interest rates are coming down so there is a feeling that interest rates have hit their ceiling,\" "
            "said Toshiaki Kakimoto, Sumitomo Bank Ltd chief economist.\n\n\"If the low levels hold, those who "
            "were keeping consumption high because of unrealised gains could curb consumption,\" said Salomon "
            "Brothers (Asia) Ltd economist Ron Napier.")
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[0] == "Ron Napier" and t[1] != "said"}


def test_senators_of_states_represent_them(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-19425: "Senators Jake Garn of Utah, Richard Shelby of Alabama": the states they sit for, which
    a careful reader does not sign as where they live (as "Ambassador Stefan Johannesson of Iceland")."""
    text = ("Senators Jake Garn of Utah, Richard Shelby of Alabama and John Heinz of Pennslvania said they might seek "
            "an amendment to a major trade bill being considered by the Senate this summer.")
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[1] == "livesIn"}


def test_an_acronym_the_ner_missed_before_a_title_is_the_body_it_found_before(nlp) -> None:  # type: ignore[no-untyped-def]
    """bbc-business-227: the NER finds "TUC" twice, then misses it in "TUC General Secretary Brendan Barber"."""
    text = ("The Trades Union Congress (TUC) is calling on the government to stem job losses in manufacturing firms by "
            "reviewing the help it gives companies.\n\nThe TUC said in its submission before the Budget that action is "
            "needed because of 105,000 jobs lost from the sector over the last year. It calls for better pensions, "
            "child care provision and decent wages. The 36-page submission also urges the government to examine "
            "support other European countries provide to industry. TUC General Secretary Brendan Barber called for \"a "
            "commitment to policies that will make a real difference to the lives of working people.\"")
    direct, _ = _strict_layers(nlp, text)
    assert {t for t in direct if t[0] == "Brendan Barber" and t[1] in {"worksFor", "leaderOf"}} \
        == {("Brendan Barber", "worksFor", "Trades Union Congress")}


def test_a_party_s_leader_in_a_chamber_does_not_lead_the_chamber(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-178: "Senate Republican leader Robert Dole" leads his party's senators, not the Senate."""
    text = ("Senate Republican leader Robert Dole, a key Reagan ally, told reporters the report disclosed \"colossal "
            "blunders\" and said people who had not served the president well should step aside, but he did not "
            "specify who should go.")
    direct, kept_open = _strict_layers(nlp, text)
    assert not {t for t in direct | set(kept_open) if t[0] == "Robert Dole" and t[1] == "leaderOf"}


def test_a_federal_reserve_governor_sits_on_its_board(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-2805: a Fed "governor" is one of the Board's members; its chairman leads it."""
    text = ("Federal Reserve Board Governor Robert Heller said the U.S. legal and regulatory framework of the U.S "
            "financial system needs a complete overhaul so American banks can be more competitive in international "
            "markets.")
    direct, _ = _strict_layers(nlp, text)
    assert ("Robert Heller", "memberOf", "Federal Reserve Board") in direct
    assert ("Robert Heller", "leaderOf", "Federal Reserve Board") not in direct


def test_company_suffixes_alone_and_an_of_name_s_possessive_are_no_names(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-21: the NER cuts "Bear Stearns and Co Inc" into "Bear Stearns" and "Co Inc", one name again;
    reuters21578-2697: "The Bank of France's
    'open market' policy" is the bank's policy (only one-word firms such as "McDonald's" end in "'s")."""
    from kg.extract.context import DocContext

    cut = DocContext(nlp("Hughes/Conserdyne Corp, a unit of <Hughes Capital Corp> said it made Bear Stearns and Co "
                         "Inc <BSC> its exclusive investment banker to develop and market financing for the design and "
                         "installation of its micro-utility systems for municipalities."))
    assert "Bear Stearns and Co Inc" in {m.span.text for m in cut.mentions}  # the NER's "Co Inc" joins its name
    bank = DocContext(nlp("The Bank of France's \"open market\" policy to regulate the money markets since December "
                          "has been based on a floor and ceiling of rates within the limits of its intervention and "
                          "seven day repurchase rates."))
    assert "Bank of France" in {m.span.text for m in bank.mentions}
    assert not [m for m in bank.mentions if m.span.text.endswith("'s")]


def test_a_name_ending_in_a_legal_suffix_is_a_firm_whatever_the_ner_said(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-19749: the NER reads "Adam Opel AG" as a person (a German "citizen"); "AG" makes it a firm, based
    in Germany, whose chairman "Opel chairman Horst Herke" leads; reuters21578-3518: "A.S." is a suffix too."""
    text = ("General Motors Corp's German subsidiary Adam Opel AG had a first half profit after three years of losses, "
            "the trade paper Automotive News said.\n\nThe paper quoted Opel chairman Horst Herke as saying the unit "
            "will earn at least 100 mln marks in 1987 after losing 141.5 mln marks in 1986.")
    direct, _ = _strict_layers(nlp, text)
    assert ("Adam Opel AG", "basedIn", "Germany") in direct
    assert ("Adam Opel AG", "citizenOf", "Germany") not in direct
    assert ("Horst Herke", "leaderOf", "Adam Opel AG") in direct
    direct, _ = _strict_layers(nlp, "A Turkish-West German joint venture, Turk Henkel A.S., Issued the first commercial "
                                    "paper in Turkey through private Yapi ve Kredi Bankasi A.S., Bank officials said.")
    assert not {t for t in direct if t[1] == "citizenOf"}


def test_senators_named_in_a_list_after_their_title_represent_their_states(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-17023: "Senators" (plural) covers the whole list: Rudman and Hollings are no residents either."""
    text = ("That law, named after Republican Senators Phil Gramm of Texas, Warren Rudman of New Hampshire and Democrat "
            "Ernest Hollings of South Carolina, calls for a balanced budget by 1991 through a series of set deficit "
            "targets that Congress must meet.")
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[1] == "livesIn"}


def test_what_a_relative_clause_says_of_its_noun_is_not_the_speaker_s_criticism(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-21563: "Iran, which the Americans blame for ..." is Iran blamed, not Reagan blaming it."""
    text = ("In Washington, President Ronald Reagan said he had decided on a response to Iran, which the Americans blame "
            "for two missile attacks on U.S.-related tankers in Kuwaiti waters last week, but declined to say what the "
            "response was.")
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[1] == "criticized"}


def test_a_firm_in_a_city_that_speaks_is_its_office_there(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-3883: "Merrill Lynch in London said": its London office, not its seat (New York)."""
    text = ("Merrill Lynch in London said any further amplification on the SEC charge against its executive Nahum "
            "Vaskevitch would have to come from the firms's New York office.")
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[1] == "basedIn"}


def test_talks_a_clause_only_opens_the_way_for_have_not_happened(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-5801: "it would open the way for summit talks between A and B": talks to come, if ever."""
    text = ("The letter, released to the media by a government spokesman, said if the proposed meeting took place it "
            "would open the way for summit talks between South Korean President Chun Doo Hwan and North Korean leader "
            "Kim Il-sung.")
    direct, kept_open = _strict_layers(nlp, text)
    assert not {t for t in direct if t[1] == "talkedWith"}
    assert ("Chun Doo Hwan", "talkedWith", "Kim Il-sung") in kept_open


def test_a_nationality_before_a_firm_s_name_is_the_firm_s(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-10131: "American Honda president Tetsuo Chino" heads Honda's U.S. arm; he is no U.S. citizen."""
    text = ("Honda's U.S. output would have to be adjusted to meet changing U.S. demand, the spokesman said. He quoted "
            "American Honda president Tetsuo Chino as saying, \"Honda will not increase U.S. imports beyond the current "
            "level even if voluntary export restrictions on Japanese cars are lifted.\"")
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[0] == "Tetsuo Chino" and t[1] == "citizenOf"}


def test_a_word_of_tenure_is_no_part_of_a_state_s_name(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-10304: the NER takes "Outgoing United States" for one name."""
    text = ("Outgoing United States Ambassador Stephen Bosworth told a news conference he did not think the Philippines "
            "would follow Brazil's example and suspend interest payments on foreign loans from commercial banks.")
    direct, _ = _strict_layers(nlp, text)
    assert ("Stephen Bosworth", "worksFor", "United States") in direct


@pytest.mark.parametrize(("text", "name"), [
    ("The use of forbearance for well-managed institutions was endorsed at the hearing by Texas Savings and Loan "
     "Commissioner L.L. Bowman, the Federal Home Loan Bank of Dallas and the Texas Savings and Loan League.",
     "Federal Home Loan Bank of Dallas"),  # reuters21578-1115
    ("Clones not resistant to the disease are the Rubber Research Institute of Sri Lanka clone 103, Indonesia's PPN "
     "2058, 2444, 2447 and PR 265 and Malaysia's RRIM 725, he said.", "Rubber Research Institute of Sri Lanka"),  # 3438
])
def test_an_institution_many_places_have_is_named_with_its_place(nlp, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    """A bank or institute of which every district or country has one keeps its place in its name (a judge reads
    "Federal Home Loan Bank" alone as a name cut short; "Rubber Research Institute" merged Malaysia's with Sri Lanka's)."""
    from kg.extract.context import DocContext

    assert name in {m.span.text for m in DocContext(nlp(text)).mentions}
    direct, _ = _strict_layers(nlp, text)
    head = name.partition(" of ")[0]
    assert not {t for t in direct if t[1] == "basedIn" and t[0].startswith(head) and t[2] not in name}


def test_a_portfolio_s_chief_works_for_the_body_he_does_not_lead_it(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-17282: the EC's "external trade chief" is a commissioner, not the Community's leader."""
    text = ("Japan's 1987 car export restraint to the European Community (EC) is not enough, EC external trade chief "
            "Willy de Clercq said.")
    direct, _ = _strict_layers(nlp, text)
    assert ("Willy de Clercq", "worksFor", "European Community") in direct
    assert ("Willy de Clercq", "leaderOf", "European Community") not in direct


def test_the_capital_is_no_place_s_name_and_brackets_are_no_part_of_one(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-3862: "east of the Capital, Lima" locates no place called "Capital"; reuters21578-8067: Reuters'
    angle brackets round a company's name are no part of it."""
    direct, _ = _strict_layers(nlp, "Crews hoped to restore traffic to the line later today after clearing the damaged "
                                    "train and repairing the tracks at Chacapalca, 225 km east of the Capital, Lima.")
    assert not {t for t in direct if t[0] == "Capital"}
    direct, _ = _strict_layers(nlp, "<China Sports Service Corp> of China and <Seylla Corp> of Hong Kong signed an "
                                    "agreement to borrow five billion yen from an international syndicate of banks led "
                                    "by the Bank of China, the New China News Agency said.")
    assert {("China Sports Service Corp", "basedIn", "China"), ("Seylla Corp", "basedIn", "Hong Kong")} <= direct


def test_a_longer_name_keeps_no_possessive_and_a_ticker_is_no_name(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-10335: "Alcan Australia's are primarily held ..." names the firm Alcan Australia (only a one-word
    name such as "Sotheby's" ends in "'s"); reuters21578-17361: "Nova <NVA.A.T>" is Nova and its ticker symbol."""
    text = ("Both are 70 pct owned by Canada's Alcan Aluminium Ltd <AL> which will take the share swap option, Alcan "
            "Australia deputy chairman Jeremy Davis said in a statement. The remainder of Alcan New Zealand's totalled "
            "issued 21.84 mln shares are broadly held while Alcan Australia's are primarily held by institutions.")
    direct, _ = _strict_layers(nlp, text)
    assert ("Jeremy Davis", "worksFor", "Alcan Australia") in direct
    direct, _ = _strict_layers(nlp, "Pan-Alberta is owned by Nova <NVA.A.T> and Alberta Energy Co, the company added.")
    assert not {t for t in direct if "NVA" in t[0]}


def test_an_envoy_s_nationality_is_no_seat_of_the_body_he_is_sent_to(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-1093: "Syrian U.N. charge d'affaires X": Syria sent him; the U.N. is based in no Syria."""
    text = ("In a letter to Secretary General Javier Perez de Cuellar, published here today, Syrian U.N. charge "
            "d'affaires Abdul Mou'men Al-Atassi said: \"These measures threaten to create a slump in citrus production, "
            "which constitutes the primary source of income in the Gaza Strip.\"")
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[1] == "basedIn"}


def test_a_field_read_as_a_firm_lies_in_its_state(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-12165: an oil field is a place: it lies in Utah, it is based nowhere."""
    text = ("In addition, the spokesman said the company had put into production an oil well in the Altamont Bluebell "
            "Field, Utah. The well is producing 300 barrels a day, he said.")
    direct, _ = _strict_layers(nlp, text)
    assert ("Altamont Bluebell Field", "locatedIn", "Utah") in direct
    assert ("Altamont Bluebell Field", "basedIn", "Utah") not in direct


def test_a_conjunct_that_begins_the_next_clause_is_no_co_agent(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-12328: "RCA was acquired by General Electric and ABC was merged into Capital Cities": ABC
    acquired nothing; reuters21578-17261: a subject's last conjunct still shares its verb."""
    text = ("Laurence Tisch became the largest shareholder in CBS, NBC's former parent RCA was acquired by General "
            "Electric and ABC was merged into Capital Cities Broadcasting.")
    direct, _ = _strict_layers(nlp, text)
    assert {t for t in direct if t[1] == "acquired"} == {("General Electric", "acquired", "RCA")}
    direct, _ = _strict_layers(nlp, "Developing countries and the United States have criticised Japan for failing to "
                                    "use its trade surplus to help poor countries.")
    assert ("United States", "criticized", "Japan") in direct


def test_a_name_in_quotes_locates_nothing(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-8124: the membership name "Taipei, China" is a name, not Taipei's place."""
    text = ("Taiwan, one of the founders of the 47-member ADB, boycotted the annual meeting last year to protest against "
            "a decision to change its membership name to \"Taipei, China\" after the admission of Peking.")
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[1] == "locatedIn"}


def test_a_place_no_gazetteer_knows_that_someone_works_at_is_a_firm(nlp) -> None:  # type: ignore[no-untyped-def]
    """bbc-business-190: "an economist at Natexis Banques Populaires", a bank the NER took for a place; a place the
    gazetteer knows stays a place, and "an analyst at Moscow" says where, not for whom (a made-up counterpart)."""
    text = ("Analysts warned that France still was facing challenges and was unlikely to keep expanding at its current "
            "pace.\n\n\"France still has a strong economic growth,\" said Marc Toutai, an economist at Natexis Banques "
            "Populaires. \"But, if we check the figures in detail, there's a problem.\"")
    direct, _ = _strict_layers(nlp, text)
    assert ("Marc Toutai", "worksFor", "Natexis Banques Populaires") in direct
    direct, kept_open = _strict_layers(nlp, "Sergei Ivanov, an analyst at Moscow, said prices would rise.")
    assert not {t for t in direct if t[1] == "worksFor"}


def test_the_short_name_of_the_one_club_named_before_is_that_club(nlp) -> None:  # type: ignore[no-untyped-def]
    """bbc-sport-150: "Forest manager Gary Megson" after "Nottingham Forest side" and "the win over Forest": both
    names are one club's, which he leads."""
    text = ("Tottenham manager Martin Jol acclaimed his players for their patience in their 3-0 FA Cup fifth-round "
            "victory over a determined Nottingham Forest side.\n\nHe conceded the win over Forest, which included goals "
            "from Noe Pamarot and Mido, was not pretty to watch. Forest manager Gary Megson conceded his team did not "
            "deserve anything after a poor performance.")
    direct, _ = _strict_layers(nlp, text)
    assert ("Gary Megson", "leaderOf", "Nottingham Forest") in direct


def test_a_club_the_ner_reads_as_a_person_is_a_club_in_sport_news(nlp) -> None:  # type: ignore[no-untyped-def]
    """bbc-sport-122: the NER reads "Nottingham Forest" as a person; in news of a team sport a name ending in a club's
    word ("Forest", "Rovers", "Argyle") is a club."""
    from kg.extract import extract
    from kg.rdf.link import GAZETTEER
    from kg.resolve import resolve
    from kg.types import Article

    import json

    from tests.conftest import shared_data

    corpus = shared_data("data", "bbc_news", "bbc_news.jsonl")
    assert corpus is not None
    with corpus.open(encoding="utf-8") as lines:  # the whole article: it is a team sport's ("Premiership team")
        text = next(json.loads(line)["text"] for line in lines if '"bbc-sport-122"' in line)
    extraction = extract(nlp(text))
    resolved = resolve(Article("bbc-sport-122", text), extraction.mentions, extraction.relations, places=GAZETTEER,
                       team_sport=extraction.team_sport)
    assert {e.type for e in resolved.entities.values() if e.label == "Nottingham Forest"} == {"Organization"}


def test_a_quoted_stance_verb_s_subject_is_the_critic_not_the_target(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-19684: diplomats reporting that "Washington has accused" Iran do not criticise Washington."""
    text = ("Western diplomats said Iran, which Washington has accused of being behind state-sponsored terrorism, had no "
            "demonstrable capacity to carry out attacks.")
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[1] == "criticized"}


def test_a_manager_at_a_firm_in_a_town_s_name_makes_no_side_of_it(nlp) -> None:  # type: ignore[no-untyped-def]
    """bbc-tech-305 (dev gold's article; the label only): "a senior project manager at Nokia" made Nokia, a Finnish
    town's name, "Nokia (team)" outside sport news."""
    text = ("Finnish handset giant Nokia has been working on a technology called Visual Radio. One problem is that the "
            "name Visual Radio leads people to think of television but Reidar Wasenius, a senior project manager at "
            "Nokia, was adamant that it was not.")
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if "(team)" in t[0] or "(team)" in t[2]}


def test_a_visit_dated_after_the_article_has_not_happened(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-8107 (22 March 1987): "Mikulic visits West Germany next week": a visit to come."""
    import datetime as dt

    text = ("Yugoslavia, whose economic crisis is under close scrutiny by foreign creditors, will not follow Brazil by "
            "suspending repayments on its large foreign debt, Prime Minister Branko Mikulic was quoted as saying.\n\n"
            "Mikulic visits West Germany next week, and debt is expected to figure high on the agenda of his talks with "
            "Chancellor Helmut Kohl.")
    direct, kept_open = _strict_layers(nlp, text, anchor=dt.date(1987, 3, 22))
    assert not {t for t in direct if t[1] == "visited"}
    assert {reason for t, reason in kept_open.items() if t[1] == "visited"} == {"hedged: future"}


def test_a_nationality_s_adjective_is_no_state_met(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-17282: "after meeting U.S., Japanese, and Canadian trade ministers": he met ministers, not Japan."""
    text = ("Japan's 1987 car export restraint to the European Community (EC) is not enough, EC external trade chief "
            "Willy de Clercq said.\n\nThere are also strong signs Japanese exporters are diverting cars to the EC after "
            "the dollar's fall against the yen made their U.S. market unprofitable, he told reporters after meeting "
            "U.S., Japanese, and Canadian trade ministers.")
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[2] in {"Japan", "Canada"}}


def test_an_aide_in_a_city_is_no_seat_of_whom_he_serves(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-19241: "an adviser to Maxwell in New York said": the adviser is in New York."""
    text = ("An increase in Reed shares in London today was attributed by brokers to rumors of Harcourt's interest and "
            "also to rumors that Maxwell might be a buyer. But an adviser to Maxwell in New York said \"there's no basis "
            "to think that it's us.\"")
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[2] == "New York"}


def test_an_institution_s_possessive_is_no_part_of_its_name(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-7712: "director of the Chicago Mercantile Exchange's, CME's, executive committee"."""
    text = ("Japan will liberalize rules restricting their financial institutions' ability to trade foreign financial "
            "futures contracts within the next two years, Leo Melamed, director of the Chicago Mercantile Exchange's, "
            "CME's, executive committee, said.")
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[2].endswith("'s")}


def test_a_bare_title_takes_no_company_when_the_lead_speaker_is_another(nlp) -> None:  # type: ignore[no-untyped-def]
    """reuters21578-17099: the lead's speaker, Texas Commerce Bancshares, is who "the company" and its chairman
    are; Chemical, named more often, is the other party to the merger, so the chairman leads neither for sure."""
    text = ("Texas Commerce Bancshares Inc said its shareholders approved the merger of the bank with Chemical New York "
            "Corp <CHL>, moving a step closer towards creating the nation's fourth largest bank.\n\nThe merger is still "
            "subject to approval by Chemical's shareholders, who will vote on the deal at the company's annual meeting "
            "on April 28.\n\nChairman and chief executive officer Ben Love said all regulatory hurdles to the merger "
            "have been cleared. Pending approval of Chemical's shareholders, the merger should be closed by May one, he "
            "added.")
    direct, _ = _strict_layers(nlp, text)
    assert not {t for t in direct if t[0] == "Ben Love" and t[1] != "said"}
