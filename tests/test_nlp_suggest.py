"""Suggested events: type, roles, place, date, fatalities, evidence, ranking, batch API."""

from __future__ import annotations

from datetime import date

import pytest

from annotator.interchange import EventRecord
from annotator.nlp.suggest import entity_spans, suggest_events, suggest_many
from annotator.schema import Schema

ARTICLE = (
    "Malian army retakes Gao\n\n"
    "Malian troops backed by Russian forces recaptured the northern town of Gao from Islamic State "
    "fighters on Saturday, the army said.\n\n"
    "The militants had seized Gao in March 2023 after days of fighting.\n\n"
    "Residents said the town was calm."
)
PUBLISHED = date(2023, 6, 11)  # a Sunday


def _check_record(event: EventRecord, text: str, schema: Schema) -> None:
    assert event.status == "suggested"
    assert event.confidence is not None and 0 < event.confidence <= 1
    assert set(event.values) == set(schema.field_names)
    assert schema.validate_values(event.values) == []
    known = schema.evidence_field_names()
    for span in event.evidence:
        assert span.field in known
        assert 0 <= span.start < span.end <= len(text)
        assert text[span.start : span.end] == span.text
    assert any(span.field == "trigger" for span in event.evidence)


def _evidence(event: EventRecord) -> dict[str, str]:
    """Each field's first evidence span: the words of the mention that stands for the incident
    (merged mentions add their own words after it)."""
    out: dict[str, str] = {}
    for span in event.evidence:
        out.setdefault(span.field, span.text)
    return out


def test_main_event_comes_first_with_every_field_and_its_words(loaded, acled) -> None:
    events = suggest_events(loaded, ARTICLE, PUBLISHED, acled)
    for event in events:
        _check_record(event, ARTICLE, acled)
    top = events[0]
    v = top.values
    assert (v["event_type"], v["sub_event_type"]) == ("Battles", "Government regains territory")
    assert (v["event_date"], v["time_precision"]) == ("2023-06-10", 1)
    assert v["actor1"] == "Military Forces of Mali"
    assert v["assoc_actor_1"] == "Military Forces of Russia"
    assert v["actor2"] == "Islamic State"
    assert (v["location"], v["admin1"], v["country"], v["geo_precision"]) == ("Gao", "Gao", "Mali", 1)
    assert v["latitude"] == pytest.approx(16.27, abs=0.01) and v["longitude"] == pytest.approx(-0.04, abs=0.01)
    ev = _evidence(top)
    assert ev["trigger"] == "recaptured"
    assert ev["actor1"] == "Malian troops"
    assert ev["assoc_actor_1"] == "Russian forces"
    assert ev["actor2"].startswith("Islamic State")
    assert ev["location"] == "Gao"
    assert ev["event_date"] == "on Saturday"
    # The earlier takeover is suggested too, as a non-state event dated to its month.
    takeover = [e for e in events if e.values["sub_event_type"] == "Non-state actor overtakes territory"]
    assert takeover and takeover[0].values["event_date"] == "2023-03-15"
    assert takeover[0].values["time_precision"] == 3
    assert top.confidence >= max(e.confidence for e in events)


def test_agent_type_picks_state_or_non_state_sub_event(loaded, acled) -> None:
    text = "Islamic State militants recaptured the town of Palmyra on Friday, Syrian officials said."
    top = suggest_events(loaded, text, date(2016, 12, 11), acled)[0]
    assert top.values["sub_event_type"] == "Non-state actor overtakes territory"
    assert top.values["actor1"] == "Islamic State"
    assert (top.values["location"], top.values["country"]) == ("Palmyra", "Syria")


def test_clash_with_names_the_second_actor_and_fatalities(loaded, acled) -> None:
    text = "Somali soldiers clashed with al-Shabaab fighters near Baidoa on Monday, killing at least 7 people."
    top = suggest_events(loaded, text, date(2022, 9, 8), acled)[0]
    v = top.values
    assert v["sub_event_type"] == "Armed clash"
    assert v["actor1"] == "Military Forces of Somalia"
    assert v["actor2"] == "Al Shabaab"
    assert v["fatalities"] == 7
    assert _evidence(top)["fatalities"] == "killing at least 7 people"
    assert v["location"] == "Baidoa" and v["geo_precision"] == 2  # "near" a town
    assert v["event_date"] == "2022-09-05"


def test_vague_fatalities_and_missing_publication_date_leave_notes(loaded, acled) -> None:
    text = "Nigerian jets bombed Boko Haram positions near Maiduguri on Tuesday, killing dozens of militants."
    top = suggest_events(loaded, text, None, acled)[0]
    v = top.values
    assert v["sub_event_type"] == "Air/drone strike"
    assert v["event_date"] == "" and v["time_precision"] is None
    assert "no published date" in v["notes"]
    assert v["fatalities"] is None and "no number" in v["notes"]


def test_suggest_many_matches_one_by_one(loaded, acled) -> None:
    items = [
        (ARTICLE, PUBLISHED),
        ("Kenyan police fired tear gas to disperse protesters in Nairobi on Tuesday.", date(2024, 2, 14)),
    ]
    batch = [[e.to_json() for e in events] for events in suggest_many(loaded, items, acled)]
    single = [[e.to_json() for e in suggest_events(loaded, t, p, acled)] for t, p in items]
    assert batch == single
    assert batch[1][0]["sub_event_type"] == "Protest with intervention"


def test_max_events_caps_the_list(loaded, acled) -> None:
    assert len(suggest_events(loaded, ARTICLE, PUBLISHED, acled, max_events=1)) == 1


def test_entity_spans_for_the_underlay(loaded) -> None:
    spans = entity_spans(ARTICLE, loaded)
    labels = {(ARTICLE[s:e], label) for s, e, label in spans}
    assert ("Malian troops", "ACTOR") in labels
    assert ("Gao", "PLACE") in labels
    assert ("on Saturday", "DATE") in labels
    ordered = sorted(spans)
    assert all(a[1] <= b[0] for a, b in zip(ordered, ordered[1:], strict=False))
    doc = loaded.nlp(ARTICLE)
    assert entity_spans(doc) == spans


def test_protest_events_code_protesters_as_actor1(loaded, acled) -> None:
    text = "Kenyan police fired tear gas to disperse hundreds of protesters in Nairobi on Tuesday."
    events = suggest_events(loaded, text, date(2024, 2, 14), acled)
    top = events[0]
    assert top.values["sub_event_type"] == "Protest with intervention"
    assert top.values["actor1"] == "Protesters (Kenya)"
    assert top.values["actor2"] == "Police Forces of Kenya"
    ev = _evidence(top)
    assert ev["actor1"] == "protesters" and ev["actor2"] == "Kenyan police"
    # "riot police" names an actor, not a riot.
    assert all(e.values["event_type"] != "Riots" for e in events)


def test_unarmed_actors_do_not_make_armed_clashes(loaded, acled) -> None:
    text = "Rioters clashed with police in Nairobi on Monday and set fire to a police station."
    events = suggest_events(loaded, text, date(2024, 2, 14), acled)
    assert events
    assert all(e.values["sub_event_type"] != "Armed clash" for e in events)
    assert events[0].values["sub_event_type"] == "Violent demonstration"


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        ("Two bombings claimed by al-Shabaab killed 14 people at a bus station in Mogadishu on Friday.",
         "Remote explosive/landmine/IED"),
        ("A bomb blast killed six shoppers at a market in Peshawar on Monday.", "Remote explosive/landmine/IED"),
        ("Government warplanes bombed rebel positions near Idlib on Tuesday, killing nine fighters.",
         "Air/drone strike"),
    ],
)
def test_who_bombs_decides_between_an_air_raid_and_an_explosive(loaded, acled, text: str, sub_event_type: str) -> None:
    """``lemma_agents``: a state's bombing comes from the air; an armed group's, or an unnamed
    bomber's, is a planted or thrown explosive."""
    top = suggest_events(loaded, text, date(2024, 3, 10), acled)[0]
    assert top.values["sub_event_type"] == sub_event_type


@pytest.mark.parametrize(
    ("text", "sub_event_type", "actor1", "actor2"),
    [
        # A nationality qualifying the act names the state's forces; its people stay people.
        ("An Israeli air strike on a house in Khan Younis killed three people on Sunday.",
         "Air/drone strike", "Military Forces of Israel", "Civilians (Palestine)"),
        # Killing the other side's fighters is a battle, not violence against civilians.
        ("Nigerian troops killed 30 Boko Haram fighters during a raid on their hideout in Borno State on Thursday.",
         "Armed clash", "Military Forces of Nigeria", "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"),
        ("Gunmen shot dead two soldiers at a checkpoint near Gao on Monday.",
         "Armed clash", "Unidentified Armed Group (Mali)", "Military Forces of Mali"),
        # Seizing people is an abduction, not a takeover of territory.
        ("Kidnappers seized 20 students from a school in Kaduna on Monday.",
         "Abduction/forced disappearance", "Kidnappers", "Civilians (Nigeria)"),
        # Arrested by an unnamed hand: an arrest; by an armed group: an abduction.
        ("Several demonstrators were arrested in Nairobi on Tuesday.", "Arrests", "", "Protesters (Kenya)"),
        ("Al Shabaab militants arrested two aid workers in Baidoa on Tuesday.",
         "Abduction/forced disappearance", "Al Shabaab", "Civilians (Somalia)"),
    ],
)
def test_who_is_hit_and_who_acts_decide_the_sub_event_type(
    loaded, acled, text: str, sub_event_type: str, actor1: str, actor2: str
) -> None:
    top = suggest_events(loaded, text, date(2024, 3, 10), acled)[0]
    assert (top.values["sub_event_type"], top.values["actor1"], top.values["actor2"]) == (sub_event_type, actor1, actor2)


def test_the_iraqi_people_acting_are_not_the_iraqi_army(loaded, acled) -> None:
    text = "Iraqis clashed with militants near Kirkuk on Monday."
    top = suggest_events(loaded, text, date(2024, 3, 10), acled, threshold=0.0)[0]
    assert top.values["actor1"] == "Iraqis"


@pytest.mark.parametrize(
    "text",
    [
        # What is fought is no armed side.
        "Kenya's central bank raised its benchmark interest rate on Tuesday, saying it wanted to fight "
        "persistent inflation and support the shilling.",
        # What may happen is no incident.
        "The UN envoy for Sudan called on both sides to return to talks, warning that continued fighting "
        "could push the country into a wider war.",
        "Al Ahly beat Zamalek 2-1 in the Cairo derby on Friday, with a late goal sealing the win.",
    ],
)
def test_reports_of_no_incident_get_no_suggestion(loaded, acled, text: str) -> None:
    assert suggest_events(loaded, text, date(2024, 3, 10), acled) == []


def test_an_act_announced_with_would_is_still_suggested(loaded, acled) -> None:
    text = ("Rebel fighters announced on Monday they would hand over several villages near Raqqa to the "
            "government as part of a deal.")
    events = suggest_events(loaded, text, date(2024, 3, 10), acled)
    assert events and events[0].values["sub_event_type"] == "Non-violent transfer of territory"


def test_a_crowd_storming_a_building_riots_and_takes_no_territory(loaded, acled) -> None:
    text = "Hundreds of protesters stormed the parliament building in Tobruk on Friday, angered by power cuts."
    events = suggest_events(loaded, text, date(2024, 3, 10), acled, threshold=0.0)
    assert events and events[0].values["sub_event_type"] == "Violent demonstration"
    assert all(e.values["sub_event_type"] != "Non-state actor overtakes territory" for e in events)


def test_similar_attacks_in_the_past_are_no_incident_of_this_report(loaded, acled) -> None:
    text = ("A suicide bomber blew himself up inside a mosque in the northern city of Kunduz during Friday "
            "prayers, killing at least nine worshippers. No group claimed responsibility, but Islamic State "
            "has carried out similar attacks in the past.")
    events = suggest_events(loaded, text, date(2024, 3, 10), acled)
    assert [e.values["sub_event_type"] for e in events] == ["Suicide bomb"]


@pytest.mark.parametrize(
    ("text", "sub_event_type", "actor1"),
    [
        ("Unknown assailants set fire to a Catholic church in the town of Djibo in northern Burkina Faso "
         "on Sunday, residents said.", "Looting/property destruction", "Unidentified Armed Group (Burkina Faso)"),
        ("Angry residents set fire to a police station in the town of Djibo on Sunday after a "
         "shopkeeper was shot.", "Violent demonstration", "Rioters (Burkina Faso)"),
        ("Ukraine's air force said it shot down 24 of 30 Russian drones launched overnight at the Kyiv "
         "region.", "Disrupted weapons use", "Military Forces of Ukraine"),
    ],
)
def test_armed_arson_destroys_property_a_crowds_riots(loaded, acled, text: str, sub_event_type: str, actor1: str) -> None:
    top = suggest_events(loaded, text, date(2024, 3, 10), acled)[0]
    assert (top.values["sub_event_type"], top.values["actor1"]) == (sub_event_type, actor1)


def test_rebels_kept_as_written_are_an_armed_side_and_one_clash(loaded, acled) -> None:
    text = ("Philippine troops killed five communist rebels in a clash in the province of Negros Oriental "
            "on Saturday, the military said.")
    events = suggest_events(loaded, text, date(2024, 3, 10), acled, threshold=0.0)
    assert len(events) == 1
    v = events[0].values
    assert (v["sub_event_type"], v["actor1"], v["actor2"]) == (
        "Armed clash", "Military Forces of the Philippines", "communist rebels")


def test_a_towns_own_name_beats_another_towns_alternate_spelling(loaded, acled) -> None:
    """ "Puno" is Puno, Peru; Pune in India is also spelt so, but is not ten times larger."""
    text = "Hundreds of villagers blocked a highway near Puno on Wednesday to protest against a mining project."
    v = suggest_events(loaded, text, date(2024, 3, 10), acled)[0].values
    assert (v["location"], v["country"], v["actor1"]) == ("Puno", "Peru", "Protesters (Peru)")


@pytest.mark.parametrize(
    ("text", "location", "country"),
    [
        # Bonn is also written "Boni"; the nationality says which Boni, and the gazetteer has no
        # Malian one, so it is the village the text names, in Mali, without coordinates.
        ("A landmine explosion killed six civilians travelling in a minibus near the Malian town of Boni "
         "on Thursday, the United Nations mission said.", "Boni", "Mali"),
        ("Heavy shelling by government forces on the rebel-held town of Kafr Nabl in Idlib province "
         "killed seven people on Wednesday, a war monitor said.", "Kafr Nabl", "Syria"),
    ],
)
def test_where_the_words_put_a_town(loaded, acled, text: str, location: str, country: str) -> None:
    v = suggest_events(loaded, text, date(2024, 3, 10), acled)[0].values
    assert (v["location"], v["country"]) == (location, country)
    assert v["actor1"] != "Heavy"


def test_a_nationality_before_the_settlement_word_is_the_towns_country() -> None:
    from annotator.nlp.place_patterns import find_named_places

    found = find_named_places("It exploded near the Malian town of Boni and the village of Douentza.")
    assert [(p.name, p.qualifier) for p in found] == [("Boni", "Malian"), ("Douentza", "")]
