"""One suggestion per incident, and the confidence threshold the analyst sets (setting, flag)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from annotator.cli.main import main
from annotator.config import (
    DEFAULT_SUGGEST_THRESHOLD,
    ENV_SUGGEST_THRESHOLD,
    SavedSettings,
    resolve_suggest_threshold,
)
from annotator.nlp.grouping import same_actor
from annotator.nlp.pipeline import LoadedPipeline
from annotator.nlp.suggest import suggest_events
from annotator.schema import Schema

# One incident told four times over (retook, the recapture, fighting, a quoted "regained"), with
# shelling by the same troops and the militants' withdrawal as parts of it.
ONE_INCIDENT = (
    "Kenyan troops retake border town from al-Shabaab\n\n"
    "Kenyan troops backed by Somali forces recaptured the town of Mandera from al-Shabaab militants "
    "on Tuesday, the army said.\n\n"
    "The recapture followed two days of fighting on the outskirts of the town. Residents said the "
    "militants had pulled out overnight after the army shelled their positions.\n\n"
    '"We have regained full control," a military spokesman told reporters in Nairobi.\n'
)
# Two incidents: different actors, places and days.
TWO_INCIDENTS = (
    "Police dispersed students protesting against fee increases in Lagos on Monday with tear gas.\n\n"
    "In a separate incident, gunmen attacked a police station in Kano on Saturday, killing two officers.\n"
)
PUBLISHED = date(2024, 3, 6)


def test_a_single_incident_report_gets_one_suggestion(loaded: LoadedPipeline, acled: Schema) -> None:
    events = suggest_events(loaded, ONE_INCIDENT, PUBLISHED, acled)
    assert len(events) == 1
    event = events[0]
    assert (event.values["sub_event_type"], event.values["actor1"], event.values["actor2"]) == (
        "Government regains territory", "Military Forces of Kenya", "Al Shabaab",
    )
    assert event.values["assoc_actor_1"] == "Military Forces of Somalia"
    assert event.values["location"] == "Mandera"
    # Every mention of the town is cited as evidence for where.
    cited = [e.text for e in event.evidence if e.field == "location"]
    assert cited.count("Mandera") >= 1


def test_the_threshold_is_what_keeps_weaker_candidates_out(loaded: LoadedPipeline, acled: Schema) -> None:
    everything = suggest_events(loaded, ONE_INCIDENT, PUBLISHED, acled, threshold=0.0)
    assert len(everything) >= 1
    assert all(e.confidence is not None for e in everything)
    strict = suggest_events(loaded, ONE_INCIDENT, PUBLISHED, acled, threshold=0.99)
    assert strict == []
    # Mentions of one incident are merged whatever the threshold: no two share type, place and day.
    keys = {(e.values["event_type"], e.values["location"], e.values["event_date"], e.values["actor1"])
            for e in everything}
    assert len(keys) == len(everything)


def test_separate_incidents_stay_separate(loaded: LoadedPipeline, acled: Schema) -> None:
    events = suggest_events(loaded, TWO_INCIDENTS, PUBLISHED, acled)
    places = {e.values["location"] for e in events}
    assert {"Lagos", "Kano"} <= places


def test_threshold_setting_order(monkeypatch: pytest.MonkeyPatch) -> None:
    assert resolve_suggest_threshold() == DEFAULT_SUGGEST_THRESHOLD
    SavedSettings(suggest_threshold=0.3).save()
    assert resolve_suggest_threshold() == 0.3
    monkeypatch.setenv(ENV_SUGGEST_THRESHOLD, "0.8")
    assert resolve_suggest_threshold() == 0.8
    assert resolve_suggest_threshold(0.1) == 0.1
    monkeypatch.setenv(ENV_SUGGEST_THRESHOLD, "lots")  # nonsense is ignored, not fatal
    assert resolve_suggest_threshold() == 0.3


def test_suggest_flag_sets_the_threshold(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "a", "title": "", "text": ONE_INCIDENT, "published": "2024-03-06"}) + "\n",
                   encoding="utf-8")
    counts = {}
    for threshold in ("0", "0.99"):
        out = tmp_path / f"out-{threshold}.jsonl"
        assert main(["suggest", str(src), "--out", str(out), "--quiet", "--threshold", threshold]) == 0
        counts[threshold] = len(json.loads(out.read_text(encoding="utf-8"))["events"])
    assert counts["0.99"] == 0 < counts["0"]
    with pytest.raises(SystemExit):
        main(["suggest", str(src), "--out", str(tmp_path / "x.jsonl"), "--threshold", "1.5"])
    assert "outside 0-1" in capsys.readouterr().err


TERRITORY = (
    "Malian army retakes Kidal\n\n"
    "Malian troops retook the town of Kidal from Tuareg rebels on Friday, the army said.\n\n"
    "The rebels had seized Kidal in March 2023 after heavy fighting.\n\n"
    "Separately, militiamen loyal to the government agreed on Thursday to hand over several villages "
    "to the army.\n"
)


def test_territory_changes_hands_and_unnamed_villages_stay_unnamed(loaded: LoadedPipeline, acled: Schema) -> None:
    events = suggest_events(loaded, TERRITORY, date(2024, 5, 4), acled, threshold=0.0)
    by_type = {e.values["sub_event_type"]: e for e in events}
    seized = by_type["Non-state actor overtakes territory"]
    # Who lost Kidal in 2023 is who retook it: the text leaves it implicit.
    assert seized.values["actor2"] == "Military Forces of Mali"
    cited = {e.text for e in seized.evidence if e.field == "actor2"}
    assert "Malian troops" in cited and cited <= {"Malian troops", "Malian army"}  # the retaking side's words
    assert seized.values["event_date"] == "2023-03-15" and seized.values["time_precision"] == 3
    handover = by_type["Non-violent transfer of territory"]
    assert (handover.values["location"], handover.values["country"]) == ("", "Mali")
    assert handover.values["geo_precision"] is None
    assert all(e.values["actor1"] != "Kidal" for e in events)  # a town is where, not who


def test_triggers_of_one_clause_are_one_incident(loaded: LoadedPipeline, acled: Schema) -> None:
    # "bomber", "struck" and "killing" hang together in the parse: one incident, not three.
    text = "A suicide bomber struck a crowded market in Kirkuk on Friday, killing 12 shoppers."
    events = suggest_events(loaded, text, PUBLISHED, acled, threshold=0.0)
    assert len(events) == 1
    cited = [e.text for e in events[0].evidence if e.field == "location"]
    assert "Kirkuk" in cited and "a crowded market" in cited
    assert events[0].values["fatalities"] == 12
    # ACLED: a bombing that kills civilians is Explosions/Remote violence; both words are cited.
    assert (events[0].values["event_type"], events[0].values["sub_event_type"]) == (
        "Explosions/Remote violence", "Suicide bomb")
    assert {e.text for e in events[0].evidence if e.field == "trigger"} >= {"suicide bomber", "killing"}
    assert events[0].values["actor1"] == "Unidentified Armed Group (Iraq)"


def test_an_attack_on_civilians_is_not_a_battle(loaded: LoadedPipeline, acled: Schema) -> None:
    # ACLED: a battle has two armed sides; armed men attacking villagers is violence against civilians.
    text = "Cattle raiders attacked villagers near Tonj in South Sudan on Thursday, killing six people."
    types = [e.values["sub_event_type"] for e in suggest_events(loaded, text, PUBLISHED, acled, threshold=0.0)]
    assert types and types[0] == "Attack" and "Armed clash" not in types
    # "raiders" is an agent noun: the phrase acts even though no dictionary knows it.
    assert suggest_events(loaded, text, PUBLISHED, acled)[0].values["actor1"] == "Cattle raiders"
    clash = "Soldiers attacked rebel positions near Tonj on Thursday."
    assert suggest_events(loaded, clash, PUBLISHED, acled)[0].values["sub_event_type"] == "Armed clash"


def test_a_headline_and_its_lead_naming_the_sides_shorter_are_one_incident(loaded: LoadedPipeline, acled: Schema) -> None:
    # The headline says "Agar guards", the lead "Agar cattle guards" (our learning-curve fixture's
    # beat-02): one side, one clash, and both mentions' words are its evidence.
    text = (
        "Pakam youths and Agar guards clash\n\n"
        "Pakam youths clashed with Agar cattle guards near Wunkur in Lakes state on Friday. "
        "Three fighters were killed, a county commissioner said."
    )
    events = suggest_events(loaded, text, PUBLISHED, acled)
    assert [e.values["sub_event_type"] for e in events] == ["Armed clash"]
    assert events[0].values["actor2"] == "Agar cattle guards"
    assert {e.text for e in events[0].evidence if e.field == "actor2"} == {"Agar guards", "Agar cattle guards"}


def test_names_sharing_their_words_are_one_side() -> None:
    assert same_actor("Agar guards", "Agar cattle guards") and same_actor("", "Islamic State")
    assert not same_actor("Military Forces of Syria", "Military Forces of Russia")
    assert not same_actor("Civilians (Syria)", "Civilians (Iraq)")


def test_a_town_of_the_country_the_parse_ties_is_the_place(loaded: LoadedPipeline, acled: Schema) -> None:
    # The parse may hang "in South Sudan" on the verb and "near Tonj" on the guards.
    text = (
        "Nuer youths and Dinka guards clash\n\n"
        "Nuer youths clashed with Dinka cattle guards near Tonj in South Sudan on Friday."
    )
    top = suggest_events(loaded, text, PUBLISHED, acled)[0]
    assert (top.values["location"], top.values["country"]) == ("Tonj", "South Sudan")


def test_a_labour_strike_is_a_protest_not_an_air_strike(loaded: LoadedPipeline, acled: Schema) -> None:
    text = "Thousands of nurses went on strike in Kisumu on Monday to demand unpaid wages, their union said."
    types = [e.values["sub_event_type"] for e in suggest_events(loaded, text, PUBLISHED, acled, threshold=0.0)]
    assert types and types[0] == "Peaceful protest" and "Air/drone strike" not in types


def test_killing_protesters_is_excessive_force_and_one_event(loaded: LoadedPipeline, acled: Schema) -> None:
    text = ("Security forces killed 23 protesters in Khartoum on Saturday as crowds demonstrated "
            "against the military government, medics said.")
    events = suggest_events(loaded, text, PUBLISHED, acled)
    assert len(events) == 1
    v = events[0].values
    assert (v["sub_event_type"], v["actor1"], v["fatalities"]) == (
        "Excessive force against protesters", "Protesters (Sudan)", 23)
    # The single verbs need protesters as the target: killing farmers is no such event.
    other = "Soldiers killed two farmers near Kassala on Saturday, residents said."
    assert all(e.values["sub_event_type"] != "Excessive force against protesters"
               for e in suggest_events(loaded, other, PUBLISHED, acled, threshold=0.0))


def test_storming_a_hotel_is_an_attack_not_a_takeover(loaded: LoadedPipeline, acled: Schema) -> None:
    text = "Al-Shabaab militants stormed a hotel in Mogadishu on Friday night, killing at least 10 people."
    types = [e.values["sub_event_type"] for e in suggest_events(loaded, text, PUBLISHED, acled, threshold=0.0)]
    assert types and types[0] == "Attack" and "Non-state actor overtakes territory" not in types
    town = "Al-Shabaab militants stormed the town of Bulo Burde on Friday night."
    assert suggest_events(loaded, town, PUBLISHED, acled)[0].values["sub_event_type"] == "Non-state actor overtakes territory"


MALI_REPORT = """Jihadists kill 15 soldiers in central Mali

Suspected jihadists attacked an army post in the village of Boni in central Mali's Mopti region on Tuesday, killing 15 soldiers and wounding eight, the army said in a statement.

The attackers arrived on motorcycles at dawn and set fire to several vehicles before leaving, a local official said.

The army said it had killed about 20 assailants during the fighting.
"""


def test_an_attack_told_from_both_sides_is_one_clash_and_its_arson_no_riot(loaded: LoadedPipeline, acled: Schema) -> None:
    events = suggest_events(loaded, MALI_REPORT, date(2024, 5, 15), acled)
    clashes = [e for e in events if e.values["sub_event_type"] == "Armed clash"]
    assert len(clashes) == 1  # "attacked" by the jihadists and "the fighting" by the army
    v = clashes[0].values
    # Who was killed in "attacked an army post, killing 15 soldiers" is the target.
    assert (v["actor2"], v["location"], v["fatalities"]) == ("Military Forces of Mali", "Boni", 15)
    # Armed attackers setting fire to vehicles is part of their attack, not a riot.
    assert all(e.values["event_type"] != "Riots" for e in events)


def test_a_demonstration_the_police_broke_up_is_one_intervention(loaded: LoadedPipeline, acled: Schema) -> None:
    text = ("Hundreds of farmers blocked highways near Lyon on Monday to protest against low prices, "
            "and police used tear gas to clear them.")
    events = suggest_events(loaded, text, PUBLISHED, acled)
    assert len(events) == 1
    v = events[0].values
    assert (v["sub_event_type"], v["actor1"], v["actor2"]) == (
        "Protest with intervention", "Protesters (France)", "Police Forces of France")


def test_fighters_from_a_named_group_are_that_group_and_a_count_is_not_a_name(loaded: LoadedPipeline, acled: Schema) -> None:
    text = "Fighters from the M23 rebel group captured the town of Rubaya on Tuesday after clashes with the army."
    events = suggest_events(loaded, text, PUBLISHED, acled)
    assert events[0].values["actor1"].startswith("M23")
    arrests = suggest_events(loaded, "Police arrested 40 opposition supporters in Harare on Thursday.", PUBLISHED, acled)
    assert arrests[0].values["actor2"] == "opposition supporters"


BURKINA_WIRE = """Violence flares across Burkina Faso

OUAGADOUGOU, May 14 (Reuters) - Gunmen killed at least 12 civilians in an attack on the village of Tawori in eastern Burkina Faso on Sunday, residents said.

In a separate incident on Monday, a roadside bomb hit a military convoy near Djibo in the north, killing five soldiers, the army said.

Burkina Faso has been battling insurgents linked to al Qaeda and Islamic State since 2015."""


def test_a_wire_story_dateline_dates_and_names_no_event(loaded: LoadedPipeline, acled: Schema) -> None:
    from annotator.nlp.dates import datelines, find_dates  # noqa: PLC0415

    assert [BURKINA_WIRE[a:b] for a, b in datelines(BURKINA_WIRE)] == ["OUAGADOUGOU, May 14 (Reuters) -"]
    assert "May 14" not in [d.text for d in find_dates(BURKINA_WIRE, date(2024, 5, 14))]
    events = suggest_events(loaded, BURKINA_WIRE, date(2024, 5, 14), acled)
    attack = events[0].values
    # "killed ... in an attack on the village": one incident, on Sunday, not on the dateline's day.
    assert (attack["sub_event_type"], attack["event_date"], attack["location"]) == ("Attack", "2024-05-12", "Tawori")
    assert all("Reuters" not in str(e.values[f]) for e in events for f in ("actor1", "actor2"))
    assert sum(e.values["location"] == "Tawori" for e in events if e.values["sub_event_type"] != "Armed clash") == 1
    bomb = next(e.values for e in events if e.values["sub_event_type"] == "Remote explosive/landmine/IED")
    assert bomb["actor2"] == "Military Forces of Burkina Faso"  # "a military convoy"


def test_an_ongoing_war_ranks_below_the_incidents(loaded: LoadedPipeline, acled: Schema) -> None:
    ranked = suggest_events(loaded, BURKINA_WIRE, date(2024, 5, 14), acled, threshold=0.0)
    battling = [e for e in ranked if any(x.text == "battling" for x in e.evidence if x.field == "trigger")]
    assert battling and battling[0].confidence < min(e.confidence for e in ranked[:2])


def test_an_agreement_signed_by_two_parties_is_one_event_between_them(loaded: LoadedPipeline, acled: Schema) -> None:
    text = "The government and the ELN rebels signed a ceasefire agreement in Havana on Friday."
    events = suggest_events(loaded, text, PUBLISHED, acled)
    assert len(events) == 1
    v = events[0].values
    assert v["sub_event_type"] == "Agreement" and v["actor1"] and v["actor2"].startswith("ELN")
    shot = suggest_events(loaded, "Gunmen shot dead a local councillor in Kirkuk on Thursday.", PUBLISHED, acled)
    # A person by office is someone: the words are cited, the value is ACLED's civilians.
    assert shot[0].values["actor2"] == "Civilians (Iraq)"
    assert [e.text for e in shot[0].evidence if e.field == "actor2"] == ["local councillor"]


def test_a_toll_told_later_is_the_incidents_count_not_an_event(loaded: LoadedPipeline, acled: Schema) -> None:
    text = ("Thousands of protesters marched through Mombasa on Tuesday against new taxes. Police fired "
            "tear gas to disperse the crowd near the port.\n\nRights groups said at least three people were killed.")
    events = suggest_events(loaded, text, PUBLISHED, acled)
    assert [e.values["sub_event_type"] for e in events] == ["Protest with intervention"]
    assert events[0].values["fatalities"] == 3


def test_a_headline_tells_the_leads_incident(loaded: LoadedPipeline, acled: Schema) -> None:
    text = ("Army retakes market town of Dori from rebels\n\nBurkinabe troops recaptured the town of Dori "
            "from JNIM fighters on Sunday, the army said.")
    events = suggest_events(loaded, text, PUBLISHED, acled)
    assert [e.values["sub_event_type"] for e in events] == ["Government regains territory"]
    assert events[0].values["actor1"] == "Military Forces of Burkina Faso"


def test_a_non_state_group_detaining_people_abducts_them(loaded: LoadedPipeline, acled: Schema) -> None:
    taliban = suggest_events(loaded, "Taliban fighters detained four journalists in Kandahar on Monday.", PUBLISHED, acled)
    assert taliban[0].values["sub_event_type"] == "Abduction/forced disappearance"
    police = suggest_events(loaded, "Kenyan police detained four journalists in Nairobi on Monday.", PUBLISHED, acled)
    assert police[0].values["sub_event_type"] == "Arrests"


def test_what_a_protest_calls_for_is_not_what_happened(loaded: LoadedPipeline, acled: Schema) -> None:
    # "to call for an end to revenge attacks" hangs under "rallied": a purpose, not an act, so the
    # rally is not merged into (and renamed as) the attacks it wants ended.
    text = "Women rallied in Yirol in South Sudan on Friday to call for an end to revenge attacks between cattle camps."
    events = suggest_events(loaded, text, PUBLISHED, acled, threshold=0.0)
    rally = next(e for e in events if any(x.text == "rallied" for x in e.evidence if x.field == "trigger"))
    assert rally.values["sub_event_type"] == "Peaceful protest"
    assert not any(x.text == "attacks" for x in rally.evidence if x.field == "trigger")


def test_an_unidentified_side_is_one_with_the_side_another_mention_names(
    loaded: LoadedPipeline, acled: Schema
) -> None:
    """The army's "killed 20 assailants" and the jihadists' attack are one clash told from each
    side ("assailants" are named Unidentified Armed Group); and where one mention says
    "militants" and another names the group, the named group is the value."""
    clashes = [e for e in suggest_events(loaded, MALI_REPORT, date(2024, 5, 15), acled)
               if e.values["sub_event_type"] == "Armed clash"]
    assert len(clashes) == 1
    text = ("Malian army kills 12 JNIM fighters near Gao\n\n"
            "Malian soldiers killed 12 militants in an ambush near Gao on Monday, the army said.")
    events = suggest_events(loaded, text, date(2024, 3, 10), acled)
    assert len(events) == 1
    v = events[0].values
    assert (v["sub_event_type"], v["actor1"]) == ("Armed clash", "Military Forces of Mali")
    assert v["actor2"].startswith("JNIM")
    assert {"JNIM fighters", "militants"} <= {e.text for e in events[0].evidence if e.field == "actor2"}


def test_only_an_unidentified_side_may_be_any_other_side(acled: Schema) -> None:
    spec = acled.suggest
    assert spec is not None
    assert spec.may_be_one_side("Unidentified Armed Group (Mali)", "Suspected jihadists")
    assert spec.may_be_one_side("Islamic State", "Unidentified Armed Group (Syria)")
    # Soldiers or civilians are not an unidentified armed group, nor two named groups one side.
    assert not spec.may_be_one_side("Unidentified Armed Group (Mali)", "Military Forces of Mali")
    assert not spec.may_be_one_side("Civilians (Mali)", "Unidentified Armed Group (Mali)")
    assert not spec.may_be_one_side("Islamic State", "Al Shabaab")


CAR_BOMB = (
    "Car bomb kills five soldiers in Somalia\n\n"
    "A car bomb exploded near a military base in the Somali town of Afgooye on Wednesday, killing five "
    "soldiers and wounding eight others, a military officer said. Al Shabaab claimed responsibility for "
    "the attack in a statement on its radio station."
)
DRONE = (
    "Drone strike hits militant hideout in North Waziristan\n\n"
    "A suspected US drone strike killed four militants in a compound near Miranshah in Pakistan's North "
    "Waziristan district on Friday, security officials said."
)
TEAR_GAS = (
    "Police fire tear gas at protesters in Nairobi\n\n"
    "Kenyan police fired tear gas on Tuesday to disperse hundreds of protesters who had gathered outside "
    "parliament in Nairobi. Several demonstrators were arrested, witnesses said."
)


def test_the_attack_a_group_claims_is_the_incident_told_above(loaded: LoadedPipeline, acled: Schema) -> None:
    """ "claimed responsibility for the attack": a definite noun with no date, place or victim of
    its own points back, and says who did it. "the Somali town of" names where, not who."""
    events = suggest_events(loaded, CAR_BOMB, date(2024, 3, 10), acled)
    assert len(events) == 1
    v = events[0].values
    assert (v["sub_event_type"], v["actor1"], v["actor2"], v["location"]) == (
        "Remote explosive/landmine/IED", "Al Shabaab", "Military Forces of Somalia", "Afgooye")


def test_a_headline_naming_the_region_tells_the_leads_incident(loaded: LoadedPipeline, acled: Schema) -> None:
    events = suggest_events(loaded, DRONE, date(2024, 3, 10), acled)
    assert len(events) == 1
    v = events[0].values
    assert (v["actor1"], v["location"]) == ("Military Forces of the United States", "Miranshah")


def test_arrests_of_the_protesters_are_part_of_the_intervention(loaded: LoadedPipeline, acled: Schema) -> None:
    events = suggest_events(loaded, TEAR_GAS, date(2024, 3, 10), acled)
    assert [e.values["sub_event_type"] for e in events] == ["Protest with intervention"]
    assert events[0].values["actor2"] == "Police Forces of Kenya"


POLICE_STATION = (
    "Militants attack police in Balochistan, kill six\n\n"
    "QUETTA, Pakistan (AP) - Militants armed with rifles and grenades attacked a police station in the "
    "town of Turbat in southwestern Balochistan province late on Tuesday, killing six policemen, "
    "officials said. Security forces killed three of the attackers in a gunfight that lasted several "
    "hours. The Balochistan Liberation Army said it carried out the attack."
)


def test_an_attack_on_police_answered_by_security_forces_is_one_clash(loaded: LoadedPipeline, acled: Schema) -> None:
    """The headline's "kill six" is the lead's incident in another word; "security forces"
    replying to an attack on the police are the same state's side."""
    events = suggest_events(loaded, POLICE_STATION, date(2024, 3, 10), acled)
    assert len(events) == 1
    v = events[0].values
    assert (v["sub_event_type"], v["actor1"], v["actor2"], v["location"]) == (
        "Armed clash", "Balochistan Liberation Army", "Police Forces of Pakistan", "Turbat")


def test_one_state_and_its_forces(acled: Schema) -> None:
    spec = acled.suggest
    assert spec is not None
    assert spec.one_state("Police Forces of Pakistan", "Military Forces of Pakistan")
    assert not spec.one_state("Police Forces of Pakistan", "Military Forces of India")
    assert not spec.one_state("Civilians (Pakistan)", "Military Forces of Pakistan")


def test_a_crowd_clashing_with_police_with_stones_is_a_riot(loaded: LoadedPipeline, acled: Schema) -> None:
    text = ("Thousands of opposition supporters clashed with police in Dhaka on Saturday, throwing stones "
            "and setting fire to buses, as they demanded the resignation of the prime minister.")
    top = suggest_events(loaded, text, date(2024, 3, 10), acled)[0]
    assert (top.values["event_type"], top.values["sub_event_type"]) == ("Riots", "Violent demonstration")


def test_teachers_on_strike_are_protesters(loaded: LoadedPipeline, acled: Schema) -> None:
    text = ("Thousands of teachers in Nigeria's Kano State went on strike on Monday to demand the payment "
            "of three months of unpaid salaries, union leaders said.")
    top = suggest_events(loaded, text, date(2024, 3, 10), acled)[0]
    assert (top.values["sub_event_type"], top.values["actor1"]) == ("Peaceful protest", "Protesters (Nigeria)")


def test_a_headline_kept_for_an_incident_takes_the_town_its_lead_names(loaded: LoadedPipeline, acled: Schema) -> None:
    text = ("Mob lynches two men accused of theft in Guatemala\n\n"
            "A mob beat and burned to death two men accused of stealing a motorcycle in the town of "
            "San Juan Sacatepequez on Saturday, police said.")
    events = suggest_events(loaded, text, date(2024, 3, 10), acled)
    assert len(events) == 1
    v = events[0].values
    assert (v["sub_event_type"], v["country"], v["location"]) == ("Mob violence", "Guatemala", "San Juan Sacatepequez")
    assert v["latitude"] is not None
    assert v["event_date"] == "2024-03-09"  # the lead's "on Saturday": "burned to death" is kept now
    evidence = {(e.field, e.text) for e in events[0].evidence}
    assert ("location", "San Juan Sacatepequez") in evidence


def test_a_merged_mention_never_makes_a_side_act_on_itself(loaded: LoadedPipeline, acled: Schema) -> None:
    """Merging fills the kept mention's empty roles from the other's, except with the value of
    another of its roles: "IS attacked ..." merged with a mention whose target is IS."""
    from annotator.nlp.candidates import Candidate
    from annotator.nlp.grouping import _absorb
    from annotator.nlp.triggers import get_trigger_index

    doc = loaded.nlp("Islamic State fighters attacked the town. Iraqis confronted Islamic State in the town.")
    rule = next(r for m in get_trigger_index(acled).find(doc) for r in m.rules if r.sub_event_type == "Armed clash")
    attack, confront = doc[3:4], doc[9:10]

    def candidate(trigger, agent: str, target: str) -> Candidate:
        values = acled.empty_values() | {"event_type": "Battles", "sub_event_type": "Armed clash",
                                         "actor1": agent, "actor2": target}
        return Candidate(rule, trigger, trigger.sent.start, values, [], 0.9)

    kept = candidate(attack, "Islamic State", "")
    _absorb(kept, candidate(confront, "Iraqis", "Islamic State"), acled.suggest, acled)
    assert kept.values["actor2"] == ""
    other_kept = candidate(attack, "Islamic State", "")
    _absorb(other_kept, candidate(confront, "Iraqis", "Civilians (Iraq)"), acled.suggest, acled)
    assert other_kept.values["actor2"] == "Civilians (Iraq)"


RSF_REPORT = (
    "Sudan's RSF seizes key town in North Darfur after days of fighting\n\n"
    "KHARTOUM, June 3 (Reuters) - Sudan's paramilitary Rapid Support Forces (RSF) said on Monday they had "
    "taken control of the town of Mellit in North Darfur after several days of heavy fighting with the "
    "army and allied armed groups.\n\n"
    "The United States and Saudi Arabia have tried to mediate between the two sides, but talks in Jeddah "
    "collapsed last year."
)


def test_the_dateline_city_does_not_speak_and_the_mediators_town_is_not_the_storys(
    loaded: LoadedPipeline, acled: Schema
) -> None:
    """ "they" after "KHARTOUM, June 3 (Reuters) - Sudan's RSF said" are the RSF, not the
    dateline's city; Sudan and Saudi Arabia named as often, the story's country is the one its
    headline names first."""
    top = suggest_events(loaded, RSF_REPORT, date(2024, 6, 3), acled)[0]
    v = top.values
    assert (v["sub_event_type"], v["actor1"], v["location"], v["country"]) == (
        "Non-state actor overtakes territory", "Rapid Support Forces", "Mellit", "Sudan")


def test_clashes_that_killed_people_are_a_clash_with_that_toll(loaded: LoadedPipeline, acled: Schema) -> None:
    text = ("Clashes erupted between rival militias in the Libyan capital Tripoli on Tuesday night, killing "
            "at least 12 people, the health ministry said.")
    events = suggest_events(loaded, text, date(2024, 3, 10), acled)
    assert len(events) == 1
    v = events[0].values
    assert (v["sub_event_type"], v["actor2"], v["location"], v["fatalities"]) == (
        "Armed clash", "rival militias", "Tripoli", 12)


def test_a_groups_habit_is_no_incident_and_gives_the_bombing_no_author(loaded: LoadedPipeline, acled: Schema) -> None:
    text = ("At least eight people were killed when a bomb exploded at a crowded bus station in the "
            "northeastern Nigerian city of Maiduguri on Saturday, police said. No group claimed "
            "responsibility, but Boko Haram has frequently targeted the city.")
    events = suggest_events(loaded, text, date(2024, 3, 10), acled)
    assert len(events) == 1
    v = events[0].values
    # Not Boko Haram: nobody claimed it, so the unidentified side the schema names (unclaimed).
    assert (v["sub_event_type"], v["actor1"], v["actor2"], v["fatalities"]) == (
        "Remote explosive/landmine/IED", "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)", 8)


def test_the_dead_are_nobodys_fallback_agent(loaded: LoadedPipeline, acled: Schema) -> None:
    text = ("Two Indian soldiers and three militants were killed in a gunfight in the Kupwara district of "
            "Indian-administered Kashmir on Wednesday, the army said.")
    v = suggest_events(loaded, text, date(2024, 3, 10), acled)[0].values
    assert (v["sub_event_type"], v["actor1"]) == ("Armed clash", "")
