"""Round 5 of the suggester: headlines read as headlines, incidents told apart, crowds and mobs,
background that is no incident, and places the words point at.

Each sentence is our own wire-style writing; each test would fail without the rule it names.
"""

from __future__ import annotations

from collections import Counter
from datetime import date

from annotator.interchange import EventRecord
from annotator.nlp.actors import fill_country
from annotator.nlp.gazetteer import get_gazetteer
from annotator.nlp.mentions import actor_entities, actor_phrase
from annotator.nlp.pipeline import LoadedPipeline
from annotator.nlp.suggest import suggest_events
from annotator.schema import Schema, load_schema

PUBLISHED = date(2025, 3, 5)  # a Wednesday


def suggest(loaded: LoadedPipeline, acled: Schema, text: str, threshold: float | None = None) -> list[EventRecord]:
    return suggest_events(loaded, text, PUBLISHED, acled, threshold=threshold)


def only(loaded: LoadedPipeline, acled: Schema, text: str) -> EventRecord:
    events = suggest(loaded, acled, text)
    assert len(events) == 1, [(e.values["sub_event_type"], e.values["actor1"], e.values["location"]) for e in events]
    return events[0]


def cited(event: EventRecord, field: str) -> list[str]:
    return [e.text for e in event.evidence if e.field == field]


# --- Places ------------------------------------------------------------------------------------


def test_a_headline_region_gives_way_to_the_leads_town_after_the_lead_retypes_it(
    loaded: LoadedPipeline, acled: Schema
) -> None:
    """The headline's "kills" stands first; the lead's "struck" makes it an air strike and
    brings its trigger: the town of the lead must still replace the headline's region."""
    event = only(loaded, acled, "Israeli drone strike kills three militants in south Lebanon\n\nBEIRUT (Reuters) - An "
                 "Israeli drone struck a motorcycle near the port city of Sidon on Monday, killing three members "
                 "of Hezbollah, security sources said.")
    v = event.values
    assert (v["sub_event_type"], v["location"], v["country"]) == ("Air/drone strike", "Sidon", "Lebanon")
    assert v["geo_precision"] == 2  # "near the port city of": near, whatever words say which kind of place


def test_near_reaches_past_the_words_for_the_kind_of_place(loaded: LoadedPipeline, acled: Schema) -> None:
    near = only(loaded, acled, "Gunmen ambushed a bus on a road near the northern town of Gusau on Tuesday, "
                "killing four farmers, police said.")
    inside = only(loaded, acled, "Gunmen ambushed a bus on a road in the northern town of Gusau on Tuesday, "
                  "killing four farmers, police said.")
    assert (near.values["location"], near.values["geo_precision"]) == ("Gusau", 2)
    assert (inside.values["location"], inside.values["geo_precision"]) == ("Gusau", 1)


def test_the_port_city_of_x_is_the_town_the_gazetteer_knows_abroad(loaded: LoadedPipeline, acled: Schema) -> None:
    """Only "Israeli" says a country; "the port city of Sidon" is Lebanon's Sidon, not a new
    place in Israel."""
    event = only(loaded, acled, "An Israeli drone struck a car near the port city of Sidon on Monday, killing two "
                 "members of Hezbollah, Israeli security sources said.")
    v = event.values
    assert (v["location"], v["country"], v["geo_precision"]) == ("Sidon", "Lebanon", 2)
    assert v["latitude"] is not None


def test_a_town_abroad_is_kept_when_another_town_of_the_story_is_in_its_country() -> None:
    """Nationality words say Russia; Kharkiv says the story is in Ukraine, so Sumy is Ukraine's."""
    gaz = get_gazetteer()
    text = "Russian drones hit Kharkiv and Sumy"
    mentions = [(text.index("Kharkiv"), text.index("Kharkiv") + 7, "Kharkiv"),
                (text.index("Sumy"), text.index("Sumy") + 4, "Sumy")]
    russian = Counter({"RU": 3})
    both = {r.text: r.place.country for r in gaz.resolve(mentions, russian, cued={mentions[1][0]})}
    alone = {r.text: r.place.country for r in gaz.resolve(mentions[1:], russian, cued={mentions[1][0]})}
    assert both == {"Kharkiv": "Ukraine", "Sumy": "Ukraine"}
    assert alone == {}  # alone, a town abroad in a story of another country stays unresolved


def test_the_city_of_x_is_the_town_not_the_region_of_its_name(loaded: LoadedPipeline, acled: Schema) -> None:
    event = only(loaded, acled, "Russian drones hit a power station in the city of Mykolaiv on Tuesday, the regional "
                 "administration said.")
    v = event.values
    assert (v["sub_event_type"], v["actor1"], v["location"], v["country"]) == (
        "Air/drone strike", "Military Forces of Russia", "Mykolaiv", "Ukraine")
    assert v["latitude"] is not None


# --- Who: never a weapon or a town, and the article ACLED writes -------------------------------


def test_a_weapon_is_not_who_acted_but_says_whose_it_is(loaded: LoadedPipeline) -> None:
    headline = loaded.nlp("Grenade wounds four soldiers in Cotabato")  # the parser: a PERSON named Grenade
    assert actor_phrase(headline[0], [], [], []) is None
    assert "Grenade" not in [e.text for e in actor_entities(headline)]
    doc = loaded.nlp("Russian missiles hit Odesa.")
    owner = actor_phrase(doc[1], [], [], [])
    assert owner is not None and owner.span.text == "Russian"


def test_bare_drones_take_the_nationality_of_the_arms_named_before_them(loaded: LoadedPipeline, acled: Schema) -> None:
    """ "Russian missiles hit Odesa, drones strike Mykolaiv": whose drones, and two towns are two
    incidents even in one headline."""
    events = suggest(loaded, acled, "Russian missiles hit Odesa, drones strike Mykolaiv overnight\n\nKYIV (Reuters) - "
                     "Two Russian missiles hit the port of Odesa on Tuesday, killing three people, the governor said. "
                     "Russian drones also hit a power station in the city of Mykolaiv overnight, the regional "
                     "administration said.")
    by_town = {e.values["location"]: e.values for e in events}
    assert set(by_town) == {"Odesa", "Mykolaiv"}
    assert by_town["Mykolaiv"]["sub_event_type"] == "Air/drone strike"
    assert by_town["Mykolaiv"]["actor1"] == by_town["Odesa"]["actor1"] == "Military Forces of Russia"


def test_forces_of_a_country_take_the_article_acled_gives_them() -> None:
    assert fill_country("Military Forces of {country}", "Philippines") == "Military Forces of the Philippines"
    assert fill_country("Military Forces of {country}", "Democratic Republic of the Congo") == (
        "Military Forces of the Democratic Republic of Congo")
    assert fill_country("Civilians ({country})", "Democratic Republic of the Congo") == (
        "Civilians (Democratic Republic of Congo)")
    assert fill_country("Civilians ({country})", "Palestinian Territory") == "Civilians (Palestine)"
    assert fill_country("Police Forces of {country}", "Kenya") == "Police Forces of Kenya"


def test_a_headline_passive_acts_on_its_subject(loaded: LoadedPipeline, acled: Schema) -> None:
    """ "Farmers attacked in Kaduna": a headline drops the passive's auxiliary; its subject was
    acted on, and "by X" says who acted."""
    farmers = suggest(loaded, acled, "Farmers attacked in Kaduna\n\nThe attack happened on Sunday, police said.")
    assert [(e.values["actor1"], e.values["actor2"]) for e in farmers] == [
        ("Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)")  # nobody named: unclaimed
    ]
    mob = only(loaded, acled, "Man beaten to death by mob in Kaduna\n\nThe man was accused of theft, police said.")
    assert (mob.values["sub_event_type"], mob.values["actor1"]) == ("Mob violence", "Rioters (Nigeria)")


def test_men_who_burn_a_bus_depot_are_an_unidentified_armed_group(loaded: LoadedPipeline, acled: Schema) -> None:
    event = only(loaded, acled, "Unknown men set fire to a bus depot in Kisumu on Monday, police said.")
    assert (event.values["sub_event_type"], event.values["actor1"]) == (
        "Looting/property destruction", "Unidentified Armed Group (Kenya)")


# --- Crowds and mobs ---------------------------------------------------------------------------


def test_villagers_who_attack_people_are_a_mob(loaded: LoadedPipeline, acled: Schema) -> None:
    event = only(loaded, acled, "Angry villagers attacked two men suspected of cattle theft in Gulu on Sunday, "
                 "police said.")
    v = event.values
    assert (v["sub_event_type"], v["actor1"], v["actor2"]) == (
        "Mob violence", "Rioters (Uganda)", "Civilians (Uganda)")
    assert v["event_date"] == "2025-03-02"  # "suspected of theft ... on Sunday" says who, not when


def test_a_crowd_that_beats_a_man_is_a_mob(loaded: LoadedPipeline, acled: Schema) -> None:
    event = only(loaded, acled, "A crowd beat a suspected thief to death in the market of Mbale on Monday.")
    assert (event.values["sub_event_type"], event.values["actor1"]) == ("Mob violence", "Rioters (Uganda)")


def test_protesters_who_attack_the_police_riot(loaded: LoadedPipeline, acled: Schema) -> None:
    event = only(loaded, acled, "Protesters attacked police officers with stones in Kisumu on Monday.")
    v = event.values
    assert (v["sub_event_type"], v["actor1"], v["actor2"]) == (
        "Violent demonstration", "Rioters (Kenya)", "Police Forces of Kenya")


def test_gunmen_who_attack_are_no_mob_and_an_unknown_brigade_no_rioters(loaded: LoadedPipeline, acled: Schema) -> None:
    gunmen = only(loaded, acled, "Gunmen attacked villagers in Kaduna state on Sunday, killing five, police said.")
    assert gunmen.values["event_type"] == "Violence against civilians"
    brigade = only(loaded, acled, "Fighters of the Mountain Lions Brigade attacked soldiers near Beni on Monday.")
    assert (brigade.values["sub_event_type"], brigade.values["actor1"]) == ("Armed clash", "Mountain Lions Brigade")


def test_attacking_a_village_is_attacking_its_people(loaded: LoadedPipeline, acled: Schema) -> None:
    village = only(loaded, acled, "Gunmen attacked a village in Kaduna state on Sunday, police said.")
    assert (village.values["sub_event_type"], village.values["actor2"]) == ("Attack", "Civilians (Nigeria)")
    assert cited(village, "actor2") == ["a village"]
    base = only(loaded, acled, "Gunmen attacked an army base in Kaduna state on Sunday, police said.")
    assert base.values["sub_event_type"] == "Armed clash"


def test_a_scare_quoted_label_does_not_turn_a_protest_into_a_riot(loaded: LoadedPipeline, acled: Schema) -> None:
    event = only(loaded, acled, 'Police fired tear gas at marchers in Isfahan on Monday; state television called '
                 'them "rioters".')
    assert (event.values["sub_event_type"], event.values["actor1"]) == (
        "Protest with intervention", "Protesters (Iran)")


def test_the_scare_quoted_word_alone_is_no_incident(loaded: LoadedPipeline, acled: Schema) -> None:
    events = suggest(loaded, acled, 'State media blamed "rioters" in Isfahan on Monday.', threshold=0.0)
    assert all(e.confidence < 0.5 for e in events)


# --- One incident or two -----------------------------------------------------------------------


STRIKES = ("An Israeli drone struck a car near the port city of Sidon on Monday, killing two members of Hezbollah, "
           "security sources said. {cue}Israeli artillery shelled the outskirts of Tyre the same afternoon, setting "
           "fields on fire.")


def test_separately_tells_another_incident(loaded: LoadedPipeline, acled: Schema) -> None:
    apart = suggest(loaded, acled, STRIKES.format(cue="Separately, "))
    assert sorted((e.values["sub_event_type"], e.values["location"]) for e in apart) == [
        ("Air/drone strike", "Sidon"), ("Shelling/artillery/missile attack", "Tyre")]
    tyre = next(e for e in apart if e.values["location"] == "Tyre")
    assert (tyre.values["country"], tyre.values["geo_precision"], tyre.values["fatalities"]) == ("Lebanon", 2, None)


def test_the_cue_parts_even_the_same_side_at_the_same_town(loaded: LoadedPipeline, acled: Schema) -> None:
    same_town = STRIKES.replace("outskirts of Tyre", "outskirts of Sidon")
    assert len(suggest(loaded, acled, same_town.format(cue=""))) == 1
    assert len(suggest(loaded, acled, same_town.format(cue="In a separate incident, "))) == 2


# --- Background: tallies and court cases -------------------------------------------------------


def test_a_tally_since_a_year_is_no_incident(loaded: LoadedPipeline, acled: Schema) -> None:
    for text in ("More than 3,000 people have been killed since the conflict began in 2017, the United Nations says.",
                 "More than 3,000 people have been killed since 2017 in the conflict."):
        assert suggest(loaded, acled, text) == [], text
    # "since Sunday" may still be this week's incident.
    recent = suggest(loaded, acled, "Five people have been killed since Sunday in clashes between herders and "
                     "farmers in Benue, police said.")
    assert len(recent) == 1


def test_what_a_court_jails_someone_for_is_no_new_incident(loaded: LoadedPipeline, acled: Schema) -> None:
    text = "A court in Nairobi on Monday jailed a police officer for shooting dead a hawker during protests in Kisumu."
    assert suggest(loaded, acled, text) == []


# --- Part 2: interventions, new words, courts, gangs, the sound of fighting --------------------


def test_arrests_of_the_crowd_at_its_protest_are_its_intervention(loaded: LoadedPipeline, acled: Schema) -> None:
    """The schema's ``interventions``: the police's arrests of the marchers are the protest's
    intervention, one event, whichever mention scored higher."""
    one = only(loaded, acled, "Riot police fired tear gas and detained about forty supporters of the opposition party "
               "who tried to march on the electoral commission in Lusaka on Tuesday, police said.")
    assert (one.values["sub_event_type"], one.values["actor1"], one.values["actor2"]) == (
        "Protest with intervention", "Protesters (Zambia)", "Police Forces of Zambia")
    later = only(loaded, acled, "Hundreds of nurses marched through Accra on Monday to demand unpaid wages. Police "
                 "arrested twelve of them outside the health ministry.")
    assert (later.values["sub_event_type"], later.values["actor2"]) == (
        "Protest with intervention", "Police Forces of Ghana")


def test_an_arrest_elsewhere_is_not_the_protests(loaded: LoadedPipeline, acled: Schema) -> None:
    events = suggest(loaded, acled, "Hundreds of nurses marched through Accra on Monday to demand unpaid wages. Police "
                     "arrested a suspected armed robber in Kumasi on Monday.")
    assert sorted(e.values["sub_event_type"] for e in events) == ["Arrests", "Peaceful protest"]


def test_a_camp_set_up_is_a_base_established(loaded: LoadedPipeline, acled: Schema) -> None:
    event = only(loaded, acled, "Around fifty gunmen set up a camp in a forest near Birnin Gwari on Friday, "
                 "villagers said.")
    v = event.values
    assert (v["sub_event_type"], v["actor1"], v["location"], v["geo_precision"]) == (
        "Headquarters or base established", "Unidentified Armed Group (Nigeria)", "Birnin Gwari", 2)


def test_laying_down_arms_changes_the_group(loaded: LoadedPipeline, acled: Schema) -> None:
    event = only(loaded, acled, "About 300 former rebels laid down their arms at a ceremony in Bangassou on Saturday, "
                 "the United Nations mission said.")
    assert (event.values["sub_event_type"], event.values["location"]) == ("Change to group/activity", "Bangassou")


def test_what_a_court_sentences_for_is_background_however_far_the_parser_hangs_it(
    loaded: LoadedPipeline, acled: Schema
) -> None:
    """However "for" hangs ("in jail for beating", "sentenced ... for shooting dead"), what it is
    for is an old case, even with a victim and a place of its own."""
    for text in ("A magistrate in Lilongwe on Tuesday sentenced two soldiers to ten years in jail for beating a trader "
                 "to death at a checkpoint last year.",
                 "A Zambian court on Monday sentenced a former police officer to fifteen years in prison for shooting "
                 "dead a street trader during protests in Lusaka in 2021."):
        assert suggest(loaded, acled, text) == [], text


def test_gang_members_are_an_armed_group_and_burning_is_no_riot(loaded: LoadedPipeline, acled: Schema) -> None:
    event = only(loaded, acled, "Gang members set fire to a police station in Cap-Haitien on Monday, officials said.")
    assert (event.values["sub_event_type"], event.values["actor1"]) == (
        "Looting/property destruction", "Unidentified Armed Group (Haiti)")


def test_explosions_heard_in_a_fight_do_not_make_it_a_bombing(loaded: LoadedPipeline, acled: Schema) -> None:
    fight = only(loaded, acled, "Rebels and soldiers fought overnight in the town of Bunia, residents said, with "
                 "gunfire and explosions heard until dawn.")
    assert fight.values["sub_event_type"] == "Armed clash"
    blast = only(loaded, acled, "A blast tore through a market in Gondar on Monday, killing six people, police said.")
    assert blast.values["sub_event_type"] == "Remote explosive/landmine/IED"


# --- Part 3: nature, intentions, headline courts, lethal force at a protest ------------------


def test_what_a_storm_or_a_flood_kills_is_no_event(loaded: LoadedPipeline, acled: Schema) -> None:
    for text in ("A tropical storm battered the coast of Mozambique over the weekend, killing nine people and "
                 "destroying hundreds of homes near Beira, officials said.",
                 "Floods killed twelve people in the Kenyan town of Garissa on Sunday, the Red Cross said."):
        assert suggest(loaded, acled, text, threshold=0.3) == [], text
    gunmen = only(loaded, acled, "Gunmen killed twelve people in the Kenyan town of Garissa on Sunday, the Red Cross "
                  "said.")
    assert gunmen.values["fatalities"] == 12


def test_what_someone_vows_or_threatens_to_do_is_not_done(loaded: LoadedPipeline, acled: Schema) -> None:
    assert suggest(loaded, acled, "Rebels threatened on Monday to attack Goma if talks failed.") == []
    assert suggest(loaded, acled, "The two presidents vowed on Monday in Nairobi to fight terrorism together.",
                   threshold=0.3) == []


def test_plover_keeps_threats_as_events(loaded: LoadedPipeline) -> None:
    """``suggest.intended_acts``: in PLOVER a threat or a promise is the event."""
    plover = load_schema("plover")
    events = suggest_events(loaded, "Rebels threatened on Monday to attack Goma if talks failed.", PUBLISHED, plover)
    assert events and events[0].values["actor"]


def test_a_title_case_headline_court_case_is_no_incident(loaded: LoadedPipeline, acled: Schema) -> None:
    text = ("Court Jails Soldier for Killing Trader in Gulu\n\nGULU, Uganda (AP) - A military court in Gulu on Tuesday "
            "sentenced a soldier to life in prison over the death of a trader last year.")
    assert suggest(loaded, acled, text) == []


def test_police_killing_in_the_crowd_of_a_protest_is_excessive_force(loaded: LoadedPipeline, acled: Schema) -> None:
    event = only(loaded, acled, "Hundreds of opposition supporters gathered in Conakry on Wednesday to demand "
                 "elections. Police fired tear gas and then live ammunition into the crowd, killing two young men, "
                 "witnesses said.")
    v = event.values
    assert (v["sub_event_type"], v["actor1"], v["actor2"], v["fatalities"]) == (
        "Excessive force against protesters", "Protesters (Guinea)", "Police Forces of Guinea", 2)


# --- Part 4: unopposed takeovers, weapons found, goods seized, accidents, stoned police ---------


def test_a_takeover_told_as_unopposed_is_a_non_violent_transfer(loaded: LoadedPipeline, acled: Schema) -> None:
    """The schema's ``unopposed``: "no fighting" in the trigger's sentence or the next; the
    withdrawal "overnight" before "on Sunday" is the same change of hands."""
    quiet = only(loaded, acled, "Rebels took control of the town of Rutshuru on Sunday after government troops "
                 "withdrew overnight, residents said. There was no fighting in the town itself, they said.")
    assert (quiet.values["event_type"], quiet.values["sub_event_type"], quiet.values["actor1"]) == (
        "Strategic developments", "Non-violent transfer of territory", "Rebels")
    fought = suggest(loaded, acled, "Rebels took control of the town of Rutshuru on Sunday after heavy fighting with "
                     "government troops, residents said.")
    assert [e.values["sub_event_type"] for e in fought] == ["Non-state actor overtakes territory"]


def test_weapons_found_or_goods_seized_are_no_attack_and_no_takeover(loaded: LoadedPipeline, acled: Schema) -> None:
    for text in ("The navy found twelve hand grenades and two mines buried on a beach near Trincomalee on Monday, "
                 "officials said.",
                 "Customs officers seized 120 kilograms of cocaine in Guayaquil on Monday."):
        assert all(e.values["event_type"] not in ("Explosions/Remote violence", "Battles")
                   for e in suggest(loaded, acled, text, threshold=0.3)), text


def test_a_road_accident_kills_no_one_but_the_crowd_that_stones_police_riots(
    loaded: LoadedPipeline, acled: Schema
) -> None:
    event = only(loaded, acled, "A motorcyclist was killed in a road accident in Gbarnga on Friday, and an angry "
                 "crowd stoned police officers and set the depot ablaze.")
    v = event.values
    assert (v["sub_event_type"], v["actor1"], v["actor2"]) == (
        "Violent demonstration", "Rioters (Liberia)", "Police Forces of Liberia")


def test_a_title_case_headline_word_is_no_town_unless_the_report_names_it(
    loaded: LoadedPipeline, acled: Schema
) -> None:
    """ "Two Young Men Killed ...": "Young" is a town in Uruguay; the report never names it."""
    events = suggest(loaded, acled, "Two Young Men Killed as Security Forces Fire on Opposition March\n\nCONAKRY "
                     "(Reuters) - Security forces fired live ammunition at opposition supporters marching in Conakry on "
                     "Wednesday, killing two young men, witnesses said.")
    assert {e.values["country"] for e in events} == {"Guinea"}
    named_again = only(loaded, acled, "Gunmen Kill Five in Attack on Village Near Gusau\n\nGunmen killed five "
                       "villagers near Gusau on Tuesday, police said.")
    assert named_again.values["location"] == "Gusau"
