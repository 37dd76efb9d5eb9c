"""Round 4 of the suggester: protests as ACLED codes them, negated and denied acts, counted dates,
the report's own date, and force against protesters.

Each sentence is our own wire-style writing; each test would fail without the rule it names.
"""

from __future__ import annotations

from datetime import date

import pytest

from annotator.interchange import EventRecord
from annotator.nlp.dates import find_dates
from annotator.nlp.numbers import find_fatalities
from annotator.nlp.pipeline import LoadedPipeline
from annotator.nlp.suggest import suggest_events
from annotator.schema import Schema, SchemaError, load_schema, parse_schema

PUBLISHED = date(2025, 3, 5)  # a Wednesday


def only(loaded: LoadedPipeline, acled: Schema, text: str) -> EventRecord:
    events = suggest_events(loaded, text, PUBLISHED, acled)
    assert len(events) == 1, [(e.values["sub_event_type"], e.values["actor1"]) for e in events]
    return events[0]


def cited(event: EventRecord, field: str) -> list[str]:
    return [e.text for e in event.evidence if e.field == field]


# --- Protests: Protesters (X) always, and who they are as the associate ------------------------


def test_marching_teachers_are_protesters_with_their_identity(loaded: LoadedPipeline, acled: Schema) -> None:
    event = only(loaded, acled, "Teachers rally in Cusco\n\nCUSCO (AP) - Hundreds of teachers marched through "
                 "Cusco on Monday to demand higher pay.")
    v = event.values
    assert (v["sub_event_type"], v["actor1"], v["assoc_actor_1"]) == (
        "Peaceful protest", "Protesters (Peru)", "Teachers (Peru)")
    assert "teachers" in " ".join(cited(event, "assoc_actor_1"))


def test_troops_marching_into_a_village_do_not_protest(loaded: LoadedPipeline, acled: Schema) -> None:
    events = suggest_events(loaded, "Soldiers marched into the village of Ruhengeri on Friday.", PUBLISHED, acled,
                            threshold=0.0)
    assert all(e.values["event_type"] != "Protests" for e in events)


def test_the_month_march_is_no_trigger(loaded: LoadedPipeline, acled: Schema) -> None:
    events = suggest_events(loaded, "The finance ministry published its budget on March 3 in Nairobi.", PUBLISHED,
                            acled, threshold=0.0)
    assert events == []


def test_a_rally_nobody_is_named_for_is_still_the_protesters(loaded: LoadedPipeline, acled: Schema) -> None:
    event = only(loaded, acled, "A rally against the new tax drew thousands to the centre of Accra on Tuesday.")
    assert (event.values["sub_event_type"], event.values["actor1"]) == ("Peaceful protest", "Protesters (Ghana)")


def test_a_partys_supporters_are_protesters_with_the_party_as_associate(
    loaded: LoadedPipeline, acled: Schema,
) -> None:
    event = only(loaded, acled, "Thousands of PTI supporters rallied in Lahore on Sunday to demand new elections.")
    assert (event.values["actor1"], event.values["assoc_actor_1"]) == ("Protesters (Pakistan)", "PTI")


def test_rioting_workers_are_rioters_with_a_labour_group_associate(loaded: LoadedPipeline, acled: Schema) -> None:
    event = only(loaded, acled, "Factory workers demanding unpaid wages set fire to a warehouse and hurled stones at "
                 "police in Chittagong on Monday.")
    v = event.values
    assert (v["event_type"], v["actor1"], v["assoc_actor_1"]) == (
        "Riots", "Rioters (Bangladesh)", "Labour Group (Bangladesh)")


def test_security_forces_firing_on_protesters_is_excessive_force(loaded: LoadedPipeline, acled: Schema) -> None:
    event = only(loaded, acled, "Security forces opened fire on protesters in Kassala on Monday, killing four "
                 "people, a medical group said.")
    v = event.values
    assert (v["sub_event_type"], v["actor1"], v["fatalities"]) == (
        "Excessive force against protesters", "Protesters (Sudan)", 4)
    assert v["actor2"] in ("Military Forces of Sudan", "Police Forces of Sudan")


# --- Acts that did not happen ---------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "The rebels said they did not attack the convoy near Bunia on Sunday.",
    "Police said no arrests were made after the meeting in Kano on Monday.",
    "Troops did not capture the town of Kidal on Tuesday, the ministry said.",
])
def test_a_negated_act_is_no_event(loaded: LoadedPipeline, acled: Schema, text: str) -> None:
    events = suggest_events(loaded, text, PUBLISHED, acled, threshold=0.0)
    assert [e.values["sub_event_type"] for e in events] == []


def test_no_arrests_after_an_attack_add_no_second_suggestion(loaded: LoadedPipeline, acled: Schema) -> None:
    events = suggest_events(loaded, "Gunmen shot dead a trader in Kano on Monday, police said. No arrests have "
                            "been made.", PUBLISHED, acled, threshold=0.0)
    assert [e.values["sub_event_type"] for e in events] == ["Attack"]


def test_a_denied_act_falls_below_the_threshold(loaded: LoadedPipeline, acled: Schema) -> None:
    text = "The army denied on Monday that its soldiers had shelled the village of Kiwanja."
    assert suggest_events(loaded, text, PUBLISHED, acled) == []
    assert suggest_events(loaded, text, PUBLISHED, acled, threshold=0.0) != []  # kept, only less sure


def test_plover_keeps_negated_acts(loaded: LoadedPipeline) -> None:
    """In PLOVER "will not accept" is a rejection: the schema says negated acts count."""
    plover = load_schema("plover")
    assert plover.suggest is not None and plover.suggest.negated_acts
    events = suggest_events(loaded, "Syria said it would not accept more refugees from Iraq.", PUBLISHED, plover,
                            threshold=0.0)
    assert events


def test_negated_acts_is_read_from_the_schema() -> None:
    schema = parse_schema(
        "name: t\nfields:\n  - {name: a, type: actor}\nsuggest:\n  roles: {agent: a}\n  negated_acts: true\n"
    )
    assert schema.suggest is not None and schema.suggest.negated_acts


def test_identities_must_be_rules_with_nouns() -> None:
    with pytest.raises(SchemaError, match=r"suggest\.identities\[0\]\.nouns"):
        parse_schema("name: t\nfields:\n  - {name: a, type: actor}\nsuggest:\n  roles: {agent: a}\n"
                     "  identities:\n    - {name: 'Students ({country})', nouns: []}\n")


# --- Dates counted from another date, and the report's own date ---------------------------------


@pytest.mark.parametrize(("text", "words", "expected"), [
    ("Crowds gathered on Saturday. Police dispersed them the next day.", "the next day", date(2025, 3, 2)),
    ("Talks opened on 3 February 2025. Two days later they collapsed.", "Two days later", date(2025, 2, 5)),
    ("Talks opened on 3 February 2025. The previous day, shots were fired.", "The previous day", date(2025, 2, 2)),
    ("Rebels pulled out of the town on Tuesday, a day after seizing it.", "a day after", date(2025, 3, 3)),
])
def test_days_are_counted_from_the_date_told_before(text: str, words: str, expected: date) -> None:
    found = {d.text: d.value for d in find_dates(text, PUBLISHED)}
    assert found[words] == expected


def test_counted_days_without_an_anchor_are_no_date() -> None:
    assert find_dates("The next day, the talks collapsed.", PUBLISHED) == []
    # "N days after" counts only from a date of its own sentence.
    assert [d.text for d in find_dates("It began on Monday. Troops left two days after the talks.", PUBLISHED)] == [
        "on Monday"]


def test_a_counted_date_never_passes_publication() -> None:
    found = find_dates("The march was on Tuesday and police broke it up the following day.", PUBLISHED)
    assert max(d.value for d in found if d.value) == PUBLISHED


def test_a_dispersal_the_next_day_is_dated_the_next_day(loaded: LoadedPipeline, acled: Schema) -> None:
    events = suggest_events(loaded, "Hundreds of opposition supporters gathered in Dakar on Saturday to protest the "
                            "delay of the election. Police dispersed them with tear gas the next day.", PUBLISHED, acled)
    dispersal = next(e for e in events if e.values["sub_event_type"] == "Protest with intervention")
    assert dispersal.values["event_date"] == "2025-03-02"
    assert cited(dispersal, "event_date") == ["the next day"]


def test_a_day_after_dates_the_act_it_introduces_only(loaded: LoadedPipeline, acled: Schema) -> None:
    events = suggest_events(loaded, "Rebel fighters pulled back from the town of Sake on Tuesday, a day after "
                            "seizing it from government troops.", PUBLISHED, acled, threshold=0.0)
    by_type = {e.values["sub_event_type"]: e.values["event_date"] for e in events}
    assert by_type.get("Non-violent transfer of territory") == "2025-03-04"
    assert by_type.get("Non-state actor overtakes territory") == "2025-03-03"


def test_the_date_of_the_report_gives_way_to_the_date_of_the_act(loaded: LoadedPipeline, acled: Schema) -> None:
    event = only(loaded, acled, "The army said on Monday it had killed 20 militants in clashes near Diffa over "
                 "the weekend.")
    assert (event.values["event_date"], event.values["time_precision"]) == ("2025-03-01", 2)
    assert cited(event, "event_date") == ["over the weekend"]


def test_a_toll_told_on_the_report_day_joins_the_attack(loaded: LoadedPipeline, acled: Schema) -> None:
    event = only(loaded, acled, "Islamist militants attacked an army base near Tillaberi late on Sunday. The defence "
                 "ministry said on Tuesday that seven soldiers were killed in the attack.")
    assert (event.values["event_date"], event.values["fatalities"]) == ("2025-03-02", 7)


def test_only_the_report_date_is_kept_and_said_to_be_one(loaded: LoadedPipeline, acled: Schema) -> None:
    event = only(loaded, acled, "Gunmen attacked a checkpoint near Tahoua, killing three soldiers, the defence "
                 "ministry said on Tuesday.")
    assert event.values["event_date"] == "2025-03-04"
    assert "when it was reported" in event.values["notes"]


def test_storming_a_police_station_is_a_clash_not_a_takeover(loaded: LoadedPipeline, acled: Schema) -> None:
    event = only(loaded, acled, "Armed men stormed a police station in Menaka late on Friday and killed two "
                 "officers, the army said.")
    assert (event.values["sub_event_type"], event.values["actor2"]) == ("Armed clash", "Police Forces of Mali")


def test_a_state_named_before_the_date_is_no_reporting_verb(loaded: LoadedPipeline, acled: Schema) -> None:
    event = only(loaded, acled, "Youths clashed with cattle guards near Rumbek in Lakes state on Friday.")
    assert event.values["event_date"] == "2025-02-28"
    assert "when it was reported" not in event.values["notes"]


# --- Places: a town one is near, accents wire copy drops, districts and outskirts ------------------


def test_near_a_name_shared_by_a_town_and_its_region_is_the_town(loaded: LoadedPipeline, acled: Schema) -> None:
    event = only(loaded, acled, "Islamist militants attacked an army base near Tillaberi, killing seven soldiers.")
    v = event.values
    assert (v["location"], v["admin1"], v["geo_precision"]) == ("Tillaberi", "Tillaberi", 2)
    assert v["latitude"] is not None


def test_a_name_without_its_accents_is_the_towns_own_name() -> None:
    from annotator.nlp.gazetteer import _unaccented, get_gazetteer  # noqa: PLC0415

    assert _unaccented("Tillabéri") == "Tillaberi" and _unaccented("Goma") == "Goma"
    gaz = get_gazetteer()
    town = next(p for p in gaz.by_name["Tillaberi"] if p.kind == "city")
    region = next(p for p in gaz.by_name["Tillaberi"] if p.kind == "admin1")
    from collections import Counter  # noqa: PLC0415

    context = Counter({town.country_code: 1})
    assert gaz._score("Tillaberi", town, context, "", spot=True) > gaz._score("Tillaberi", region, context, "", spot=True)


@pytest.mark.parametrize(("words", "precision"), [
    ("on the outskirts of Katsina", 2), ("in Katsina", 1), ("near Katsina", 2),
])
def test_around_a_town_is_geo_precision_two(loaded: LoadedPipeline, acled: Schema, words: str, precision: int) -> None:
    event = only(loaded, acled, f"Gunmen killed four farmers {words} on Monday, police said.")
    assert (event.values["location"], event.values["geo_precision"]) == ("Katsina", precision)


def test_a_mob_beating_a_man_to_death_is_mob_violence_with_one_dead(loaded: LoadedPipeline, acled: Schema) -> None:
    event = only(loaded, acled, "A man was beaten to death by a mob in Hazaribagh district on Sunday, police said.")
    v = event.values
    assert (v["sub_event_type"], v["actor1"], v["actor2"], v["fatalities"], v["geo_precision"]) == (
        "Mob violence", "Rioters (India)", "Civilians (India)", 1, 2)


# --- One incident told in a headline and a lead; tolls of both sides; names after a dateline -----


def test_a_headline_kept_for_an_incident_takes_the_date_its_lead_tells(loaded: LoadedPipeline, acled: Schema) -> None:
    event = only(loaded, acled, "Insurgents attack army camp in northern Burkina\n\nOUAGADOUGOU (Reuters) - Fighters "
                 "from the Islamic State Sahel Province attacked a military camp in Djibo on Sunday, sparking hours of "
                 "fighting in which nine soldiers and about 15 assailants were killed, two security sources said.")
    v = event.values
    assert (v["event_date"], v["time_precision"], v["fatalities"]) == ("2025-03-02", 1, 24)
    assert v["actor1"] == "Islamic State (Sahel)"
    assert "publication date" not in v["notes"]


def test_a_name_never_runs_back_into_the_dateline(loaded: LoadedPipeline, acled: Schema) -> None:
    event = only(loaded, acled, "NIAMEY (Reuters) - Fighters from the ISWAP attacked a gendarmerie post in Diffa on "
                 "Sunday, the ministry said.")
    assert all("Reuters" not in e.text for e in event.evidence if e.field == "actor1")


def test_a_date_told_of_another_time_is_not_taken(loaded: LoadedPipeline, acled: Schema) -> None:
    """A withdrawal dated only by the report does not take "May 2015", when the town fell once."""
    events = suggest_events(loaded, "Jihadists withdraw from Tillia\n\nFighters who seized Tillia in May 2015 "
                            "withdrew from the town, residents said.", PUBLISHED, acled, threshold=0.0)
    withdrawal = next(e for e in events if e.values["sub_event_type"] == "Non-violent transfer of territory")
    assert withdrawal.values["event_date"] != "2015-05-15"


def test_an_acronym_in_brackets_stays_in_the_name(loaded: LoadedPipeline) -> None:
    plover = load_schema("plover")
    events = suggest_events(loaded, "The Kenya Union of Teachers (KUT) officials demanded support from parliament.",
                            PUBLISHED, plover, threshold=0.0)
    assert events and "Kenya Union of Teachers" in events[0].values["actor"]


# --- Parts of one incident ------------------------------------------------------------------------


def test_the_side_that_pulled_out_is_the_side_a_takeover_acts_on(loaded: LoadedPipeline, acled: Schema) -> None:
    event = only(loaded, acled, "Rebels seize Congo town\n\nGOMA (Reuters) - CODECO fighters took control of the "
                 "town of Bunia on Saturday after Congolese troops and allied militias pulled out, residents said.")
    v = event.values
    assert v["sub_event_type"] == "Non-state actor overtakes territory"
    assert v["actor2"] == "Military Forces of the Democratic Republic of Congo"
    assert v["assoc_actor_1"] == ""  # the militias helped the troops, not the rebels


def test_a_march_after_a_looting_is_no_side_of_it(loaded: LoadedPipeline, acled: Schema) -> None:
    events = suggest_events(loaded, "Traders marched in Juba on Friday after soldiers looted shops in the market.",
                            PUBLISHED, acled, threshold=0.0)
    protest = next(e for e in events if e.values["event_type"] == "Protests")
    assert protest.values["actor2"] == ""


def test_a_killing_that_follows_from_a_bombing_joins_it_across_the_region(
    loaded: LoadedPipeline, acled: Schema,
) -> None:
    event = only(loaded, acled, "A military jet bombed a school near Monywa in the Sagaing region on Wednesday, "
                 "killing at least seven people, residents said.")
    v = event.values
    assert (v["sub_event_type"], v["location"], v["fatalities"]) == ("Air/drone strike", "Monywa", 7)


def test_the_police_response_to_a_riot_is_the_riot(loaded: LoadedPipeline, acled: Schema) -> None:
    event = only(loaded, acled, "Factory workers hurled stones at police in Chittagong on Monday. Officers fired "
                 "rubber bullets and tear gas, and one worker was killed, a police official said.")
    v = event.values
    assert (v["event_type"], v["actor2"], v["fatalities"]) == ("Riots", "Police Forces of Bangladesh", 1)


def test_unnamed_detentions_after_an_incident_follow_from_it(loaded: LoadedPipeline, acled: Schema) -> None:
    event = only(loaded, acled, "A man was beaten to death by a mob in Hazaribagh district on Sunday after he was "
                 "accused of theft. Three people have been detained, police said.")
    assert event.values["sub_event_type"] == "Mob violence"


def test_shells_fired_by_a_side_are_its_shelling(loaded: LoadedPipeline, acled: Schema) -> None:
    event = only(loaded, acled, "Two people died on Monday when mortar shells fired by government forces landed on "
                 "homes in Saraqib, rescuers said.")
    assert (event.values["sub_event_type"], event.values["actor1"]) == (
        "Shelling/artillery/missile attack", "Military Forces of Syria")


def test_struck_is_a_form_of_strike(loaded: LoadedPipeline, acled: Schema) -> None:
    event = only(loaded, acled, "Syrian government warplanes struck a market in Saraqib on Monday.")
    assert (event.values["sub_event_type"], event.values["actor1"]) == ("Air/drone strike", "Military Forces of Syria")


def test_a_suicide_bomber_who_struck_made_no_air_strike(loaded: LoadedPipeline, acled: Schema) -> None:
    event = only(loaded, acled, "A suicide bomber struck a crowded market in Kirkuk on Friday, killing 12 shoppers.")
    assert event.values["sub_event_type"] == "Suicide bomb"


def test_a_paragraphs_date_carries_to_its_next_sentence(loaded: LoadedPipeline, acled: Schema) -> None:
    events = suggest_events(loaded, "Warplanes struck a market in Saraqib on Monday, killing six civilians. "
                            "Separately, two people died when shells fired by government forces hit Binnish.",
                            PUBLISHED, acled)
    shelling = next(e for e in events if e.values["sub_event_type"] == "Shelling/artillery/missile attack")
    assert shelling.values["event_date"] == "2025-03-03"
    assert "carried from an earlier sentence" in shelling.values["notes"]


def test_a_date_does_not_carry_across_a_paragraph(loaded: LoadedPipeline, acled: Schema) -> None:
    events = suggest_events(loaded, "Warplanes struck a market in Saraqib on Monday.\n\nGunmen later ambushed an "
                            "army convoy near Binnish.", PUBLISHED, acled, threshold=0.0)
    ambush = next(e for e in events if "ambushed" in {s.text for s in e.evidence if s.field == "trigger"})
    assert ambush.values["event_date"] == PUBLISHED.isoformat()


def test_a_dateline_city_is_never_an_actor(loaded: LoadedPipeline, acled: Schema) -> None:
    events = suggest_events(loaded, "JAKARTA (AP) — Indonesia and Australia signed a ceasefire agreement in Jakarta "
                            "on Thursday.", PUBLISHED, acled, threshold=0.0)
    assert all(e.values["actor1"] != "JAKARTA" for e in events)


def test_a_name_does_not_run_over_a_line_break() -> None:
    from annotator.nlp.place_patterns import find_named_places  # noqa: PLC0415

    names = [p.name for p in find_named_places("M23 rebels seize the town of Rutshuru\n\nGOMA (Reuters) - M23 ...")]
    assert names == ["Rutshuru"]


def test_live_fire_on_protesters_is_aimed_at_them_not_done_with_them(loaded: LoadedPipeline, acled: Schema) -> None:
    event = only(loaded, acled, "Police opened fire with live ammunition on protesters in Kisumu on Tuesday, "
                 "killing two, witnesses said.")
    v = event.values
    assert (v["sub_event_type"], v["actor1"], v["actor2"], v["assoc_actor_1"]) == (
        "Excessive force against protesters", "Protesters (Kenya)", "Police Forces of Kenya", "")


def test_whoever_claims_the_blast_set_it_off_and_what_it_tore_through_was_hit(
    loaded: LoadedPipeline, acled: Schema,
) -> None:
    event = only(loaded, acled, "Roadside bomb kills four Somali soldiers\n\nA roadside bomb tore through a Somali "
                 "army truck near Balcad on Monday, killing four soldiers, an officer said. Al Shabaab, the al "
                 "Qaeda-linked group, claimed responsibility for the blast.")
    v = event.values
    assert (v["actor1"], v["actor2"], v["fatalities"]) == ("Al Shabaab", "Military Forces of Somalia", 4)


def test_a_claim_is_found_three_heads_above_the_trigger(loaded: LoadedPipeline) -> None:
    from annotator.nlp.roles import get_role_matcher  # noqa: PLC0415

    doc = loaded.nlp("Boko Haram claimed responsibility for the bombing on Friday.")
    bombing = next(t.i for t in doc if t.text == "bombing")
    hits = get_role_matcher(doc.vocab, ["bombing"]).hits(doc, {bombing})
    assert any(h.role == "agent" and doc[h.arg].text == "Haram" for h in hits.get(bombing, []))


@pytest.mark.parametrize("text", [
    "The two sides signed a ceasefire in Bangui on Thursday, raising hopes of an end to fighting in the north.",
    "Troops were deployed to Bangui on Thursday to prevent clashes between rival militias.",
])
def test_what_is_to_be_ended_or_prevented_is_no_incident(loaded: LoadedPipeline, acled: Schema, text: str) -> None:
    events = suggest_events(loaded, text, PUBLISHED, acled)
    assert all(e.values["event_type"] != "Battles" for e in events)


def test_members_of_a_named_gang_are_the_gang(loaded: LoadedPipeline, acled: Schema) -> None:
    event = only(loaded, acled, "At least six women were raped by members of the 400 Mawozo gang in "
                 "Croix-des-Bouquets on Saturday.")
    assert event.values["actor1"] == "400 Mawozo"
    arrest = only(loaded, acled, "Police arrested a regional leader of the Los Lobos gang in Guayaquil on Wednesday.")
    assert arrest.values["actor2"] == "Los Lobos"


def test_rebels_of_a_named_front_are_the_front_without_its_relative_clause(
    loaded: LoadedPipeline, acled: Schema,
) -> None:
    event = only(loaded, acled, "The army said on Wednesday that it had recaptured a base near Yei from rebels of "
                 "the National Salvation Front (NAS), who had overrun it on Saturday.")
    assert event.values["actor2"] in ("National Salvation Front", "NAS: National Salvation Front")


def test_angry_youths_who_riot_are_rioters_and_their_looting_is_the_riot(
    loaded: LoadedPipeline, acled: Schema,
) -> None:
    event = only(loaded, acled, "Angry youths set fire to the town hall and looted two shops in Moundou on Monday.")
    assert (event.values["sub_event_type"], event.values["actor1"]) == ("Violent demonstration", "Rioters (Chad)")


def test_a_protest_that_turns_into_a_riot_names_rioters(loaded: LoadedPipeline, acled: Schema) -> None:
    event = only(loaded, acled, "Thousands of protesters marched in Kathmandu on Friday. Later they hurled stones at "
                 "police and torched two vehicles near the parliament.")
    assert (event.values["event_type"], event.values["actor1"]) == ("Riots", "Rioters (Nepal)")


def test_fighters_from_a_group_named_after_its_patron_are_that_group(loaded: LoadedPipeline, acled: Schema) -> None:
    event = only(loaded, acled, "Hundreds of fighters from the al Qaeda-linked JNIM attacked an army base in Djibo on "
                 "Sunday.")
    assert event.values["actor1"] == "JNIM: Group for Support of Islam and Muslims"


def test_people_of_a_group_who_were_killed_are_no_fallback_agent(loaded: LoadedPipeline, acled: Schema) -> None:
    events = suggest_events(loaded, "Twelve soldiers and auxiliaries of the Volunteers for the Defense of the Homeland "
                            "(VDP) were killed in Djibo on Sunday.", PUBLISHED, acled, threshold=0.0)
    assert all("Volunteers" not in e.values["actor1"] for e in events)


def test_a_lorry_that_struck_a_landmine_made_no_air_strike(loaded: LoadedPipeline, acled: Schema) -> None:
    event = only(loaded, acled, "A lorry carrying food struck a landmine outside Dori on Monday, killing three "
                 "drivers, an official said.")
    assert event.values["sub_event_type"] == "Remote explosive/landmine/IED"


def test_overnight_is_the_night_that_began_the_day_before() -> None:
    (found,) = find_dates("Rival groups fought overnight in Zawiya.", PUBLISHED)
    assert (found.value, found.precision) == (date(2025, 3, 4), 1)


def test_an_overnight_mention_and_the_days_own_are_one_incident(loaded: LoadedPipeline, acled: Schema) -> None:
    event = only(loaded, acled, "Syrian troops recaptured the town of Qaryatain on Wednesday, state media said. The "
                 "army had recaptured the town overnight after heavy fighting, a monitor said.")
    assert event.values["event_date"] == "2025-03-05"


# --- Who the report says did it -------------------------------------------------------------------


def test_the_group_the_authorities_blame_is_the_bombers(loaded: LoadedPipeline, acled: Schema) -> None:
    event = only(loaded, acled, "Suicide bomber kills five in Cameroon\n\nA girl detonated explosives at a market in "
                 "Kolofata on Saturday, killing five people, the governor said. Authorities blamed Boko Haram, "
                 "though no group had claimed the bombing by Monday.")
    v = event.values
    assert (v["sub_event_type"], v["actor1"], v["event_date"]) == (
        "Suicide bomb", "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad", "2025-03-01")
    assert "Boko Haram" in cited(event, "actor1")


def test_a_group_that_claims_the_attack_named_by_its_town_carried_it_out(
    loaded: LoadedPipeline, acled: Schema,
) -> None:
    event = only(loaded, acled, "Gunmen attacked a police post in Kandi on Sunday, killing two officers. JNIM "
                 "claimed the Kandi attack the next day.")
    assert event.values["actor1"] == "JNIM: Group for Support of Islam and Muslims"


def test_a_blame_far_from_the_incident_names_no_one(loaded: LoadedPipeline, acled: Schema) -> None:
    text = ("Gunmen attacked a police post in Kandi on Sunday, killing two officers.\n\nThe president met "
            "governors on Tuesday.\n\nHe said the budget would rise.\n\nIn 2019, officials blamed JNIM for a raid.")
    event = suggest_events(loaded, text, PUBLISHED, acled)[0]
    assert event.values["actor1"] == "Unidentified Armed Group (Benin)"


def test_no_group_is_nobody(loaded: LoadedPipeline) -> None:
    from annotator.nlp.mentions import actor_phrase  # noqa: PLC0415

    doc = loaded.nlp("No group has claimed the attack.")
    assert actor_phrase(doc[1], [], [], []) is None


def test_rival_groups_are_both_sides_of_their_clash(loaded: LoadedPipeline, acled: Schema) -> None:
    event = only(loaded, acled, "A child was killed by a stray bullet when rival armed groups battled overnight in "
                 "Zawiya, residents said.")
    v = event.values
    assert (v["actor1"], v["actor2"], v["fatalities"], v["event_date"]) == (
        "Unidentified Armed Group (Libya)", "Unidentified Armed Group (Libya)", 1, "2025-03-04")


def test_unnamed_insurgents_are_an_unidentified_armed_group(loaded: LoadedPipeline, acled: Schema) -> None:
    event = only(loaded, acled, "Suspected insurgents threw a grenade into a ranger outpost in Narathiwat on "
                 "Wednesday night, wounding four rangers, police said.")
    assert event.values["actor1"] == "Unidentified Armed Group (Thailand)"


def test_what_a_crowd_protests_against_is_no_actor(loaded: LoadedPipeline, acled: Schema) -> None:
    event = only(loaded, acled, "Hundreds of residents of Aden took to the streets on Monday, chanting against the "
                 "government over power cuts.")
    assert (event.values["sub_event_type"], event.values["actor2"]) == ("Peaceful protest", "")


def test_striking_teachers_are_no_air_strike(loaded: LoadedPipeline, acled: Schema) -> None:
    event = only(loaded, acled, "Police tear-gas striking teachers in Puno\n\nLIMA (AP) - Police fired tear gas on "
                 "Tuesday to clear hundreds of striking teachers who had blocked a highway outside Puno.")
    assert (event.values["sub_event_type"], event.values["actor2"]) == (
        "Protest with intervention", "Police Forces of Peru")


def test_a_verb_in_ing_with_its_object_is_still_an_act(loaded: LoadedPipeline, acled: Schema) -> None:
    events = suggest_events(loaded, "Troops have been battling insurgents near Djibo since Sunday.", PUBLISHED, acled,
                            threshold=0.0)
    assert any(e.values["sub_event_type"] == "Armed clash" for e in events)


# --- Death counts ---------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "dead"), [
    # killed "to death"
    ("A man was beaten to death.", [1]), ("Two women were hacked to death in Beni.", [2]),
    ("At least three traders had been stabbed to death.", [3]),
    # both sides' dead add up; a vague second count adds none
    ("Nine soldiers and about 15 assailants were killed.", [24]),
    ("Five soldiers and dozens of militants were killed.", [5]),
    ("Dozens of soldiers and five militants were killed.", [5]),
    # "a" or "one" counts one only when the verb says it was done to them
    ("A child was killed by a stray bullet.", [1]), ("A gunman killed five people.", [5]),
    ("One soldier was killed and two were wounded.", [1]),
])
def test_death_counts(text: str, dead: list[int]) -> None:
    assert [f.value for f in find_fatalities(text)] == dead
