"""Who does what to whom: each dependency pattern, each naming rule, open-vocabulary actors.

Sentences are written for these tests (tests/data/role_sentences.yaml), one per pattern of
resources/role_patterns.yaml; a pattern added without a sentence fails the first test.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
import yaml

from annotator.nlp.mentions import Mention, name_actor
from annotator.nlp.pipeline import LoadedPipeline
from annotator.nlp.roles import (
    RoleMatcher,
    RolePattern,
    TreePatterns,
    get_role_matcher,
    role_resources,
)
from annotator.nlp.suggest import suggest_events
from annotator.nlp.triggers import get_trigger_index
from annotator.schema import Schema, SchemaError, load_schema, parse_schema

CASES = yaml.safe_load((Path(__file__).parent / "data" / "role_sentences.yaml").read_text(encoding="utf-8"))


def test_every_role_pattern_has_a_sentence() -> None:
    assert {p.name for p in role_resources()[0]} == set(CASES)


@pytest.mark.parametrize("name", sorted(CASES))
def test_role_pattern_finds_its_argument(loaded: LoadedPipeline, name: str) -> None:
    case = CASES[name]
    doc = loaded.nlp(case["text"])
    matcher = get_role_matcher(loaded.nlp.vocab, [case["trigger"].lower()], places_act=True)
    hits = [h for found in matcher.hits(doc).values() for h in found]
    assert doc[hits[0].trigger].text == case["trigger"] if hits else False
    assert (name, case["arg"]) in {(h.pattern, doc[h.arg].text) for h in hits}


def _mention(loaded: LoadedPipeline, text: str, phrase: str) -> Mention:
    doc = loaded.nlp(text)
    start = text.index(phrase)
    span = doc.char_span(start, start + len(phrase))
    assert span is not None
    return Mention(span, span.text, known=False)


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        ("Angry protestors blocked the road.", "Angry protestors", "Protesters (Kenya)"),
        ("Looters emptied the shops overnight.", "Looters", "Rioters (Kenya)"),
        ("Pilgrims were wounded in the blast.", "Pilgrims", "Civilians (Kenya)"),
        ("Armed assailants stormed the market.", "Armed assailants", "Unidentified Armed Group (Kenya)"),
        # A nationality in the phrase names the state, whatever the event's country.
        ("Ugandan soldiers crossed the river.", "Ugandan soldiers", "Military Forces of Uganda"),
        ("Tanzanian policemen arrested the suspects.", "Tanzanian policemen", "Police Forces of Tanzania"),
        ("A Catholic priest was kidnapped on Sunday.", "A Catholic priest", "Civilians (Kenya)"),
        ("The crowd marched to parliament.", "The crowd", "Protesters (Kenya)"),
        ("A suicide bomber blew himself up.", "A suicide bomber", "Unidentified Armed Group (Kenya)"),
    ],
)
def test_naming_rules_of_the_acled_schema(
    loaded: LoadedPipeline, acled: Schema, text: str, phrase: str, expected: str
) -> None:
    value, inter = name_actor(_mention(loaded, text, phrase), acled.suggest, "Kenya")
    assert value == expected
    assert inter > 0


def test_names_without_a_rule_or_a_country_stay_as_written(loaded: LoadedPipeline, acled: Schema) -> None:
    opposition = _mention(loaded, "Syrian opposition forces entered the town.", "Syrian opposition forces")
    assert name_actor(opposition, acled.suggest, "Syria") == ("Syrian opposition forces", 0)
    backed = _mention(loaded, "US-backed fighters entered the town.", "US-backed fighters")
    assert name_actor(backed, acled.suggest, "Syria")[0] == "Unidentified Armed Group (Syria)"
    troops = _mention(loaded, "Troops entered the town.", "Troops")
    assert name_actor(troops, acled.suggest, "")[0] == "Troops"  # no country: the words


def test_any_noun_phrase_can_act_and_its_words_are_the_evidence(loaded: LoadedPipeline, acled: Schema) -> None:
    text = "Fighters of the Mountain Lions Brigade attacked soldiers near Beni on Monday, killing four."
    event = suggest_events(loaded, text, date(2024, 5, 8), acled, threshold=0.0)[0]
    # Fighters of a named group: ACLED codes the group (round 4), and its name is the evidence.
    assert event.values["actor1"] == "Mountain Lions Brigade"
    cited = {e.field: e.text for e in event.evidence}
    assert cited["actor1"] == "Mountain Lions Brigade"
    assert event.values["actor2"].startswith("Military Forces of")
    assert cited["actor2"] == "soldiers"


def test_the_plover_schema_gets_category_actor_and_recipient(loaded: LoadedPipeline) -> None:
    plover = load_schema("plover")
    text = "Kenya urged Uganda on Tuesday to withdraw its troops from the disputed island."
    event = suggest_events(loaded, text, date(2024, 5, 8), plover, threshold=0.0)[0]
    assert (event.values["event"], event.values["actor"], event.values["recipient"]) == ("REQUEST", "Kenya", "Uganda")
    assert set(event.values) == set(plover.field_names)
    assert plover.validate_values(event.values) == []


USER_SCHEMA = """
name: incidents
fields:
  - {name: kind, type: choice, choices: [violence, protest]}
  - {name: perpetrator, type: actor, span: true}
  - {name: victim, type: actor, span: true}
  - {name: town, type: place, span: true}
  - {name: day, type: date, span: true}
  - {name: killed, type: integer, span: true, role: FATALITIES}
trigger_label_field: kind
date_field: day
triggers:
  violence: {lemmas: [attack, ambush]}
  protest: {lemmas: [protest, march]}
"""


def test_a_users_schema_without_a_suggest_section_is_served_by_field_types(loaded: LoadedPipeline) -> None:
    schema = parse_schema(USER_SCHEMA, "incidents.yaml")
    assert schema.suggest is not None
    assert dict(schema.suggest.roles) == {"agent": "perpetrator", "target": "victim"}
    text = "Bandits ambushed a bus near Garissa on Sunday, killing three passengers."
    event = suggest_events(loaded, text, date(2024, 5, 8), schema, threshold=0.0)[0]
    assert event.values["kind"] == "violence"
    assert event.values["perpetrator"] == "Bandits"
    assert event.values["day"] == "2024-05-05"
    assert event.values["killed"] == 3


def test_a_suggest_section_naming_a_missing_field_is_an_error() -> None:
    bad = USER_SCHEMA + "suggest:\n  roles: {agent: attacker}\n"
    with pytest.raises(SchemaError) as err:
        parse_schema(bad, "incidents.yaml")
    assert "incidents.yaml: suggest.roles.agent" in str(err.value)


def test_type_precedence_must_list_types() -> None:
    bad = USER_SCHEMA + "suggest:\n  type_precedence: {violence: 1}\n"
    with pytest.raises(SchemaError) as err:
        parse_schema(bad, "incidents.yaml")
    assert "incidents.yaml: suggest.type_precedence" in str(err.value)
    ranks = load_schema("acled").suggest.type_precedence
    assert ranks[0] == {"Explosions/Remote violence"} and ranks[1] == {"Riots"}
    assert ranks[2] == {"Excessive force against protesters"} and "Armed clash" in ranks[3]


def test_pattern_word_lists_hold_only_words() -> None:
    """YAML reads a bare `on` as true; a list with a boolean would silently never match."""
    for pattern in role_resources()[0]:
        for node in pattern.nodes:
            for value in (node.get("RIGHT_ATTRS") or {}).values():
                words = value.get("IN") or value.get("NOT_IN") or [] if isinstance(value, dict) else []
                assert all(isinstance(w, str) for w in words), pattern.name


def test_times_are_not_actors_but_counts_lead_to_them(loaded: LoadedPipeline, acled: Schema) -> None:
    text = "Police opened fire on hundreds of protesters in Mombasa on Monday."
    doc = loaded.nlp(text)
    hits = get_role_matcher(loaded.nlp.vocab, ["fire"]).hits(doc)
    assert "hundreds" in {doc[h.arg].text for found in hits.values() for h in found}  # "on" matches
    event = suggest_events(loaded, "Gunmen attacked the convoy on Monday.", date(2024, 5, 8), acled, threshold=0.0)[0]
    assert "Monday" not in event.values["actor2"]


def _texts_of_our_own() -> list[str]:
    """The pattern sentences and the learning-curve reports (all written for these tests)."""
    gold = Path(__file__).parent / "data" / "learning_gold" / "articles.jsonl"
    reports = [json.loads(line)["text"] for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [case["text"] for case in CASES.values()] + reports


@pytest.mark.parametrize("schema_name", ["acled", "plover"])
def test_the_parse_walk_finds_exactly_what_the_dependency_matcher_finds(
    loaded: LoadedPipeline, schema_name: str
) -> None:
    """Roles are matched by walking the parse from each trigger (fast); spaCy's DependencyMatcher
    over the same clauses is the reference: same hits, same order, for clauses and whole docs."""
    index = get_trigger_index(load_schema(schema_name))
    compared = 0
    for places_act in (False, True):
        matcher = get_role_matcher(loaded.nlp.vocab, index.words, places_act)
        assert matcher.walk is not None  # every bundled pattern is walkable
        reference = RoleMatcher(loaded.nlp.vocab, index.words, places_act)
        reference.walk = None  # the DependencyMatcher path
        for doc in loaded.nlp.pipe(_texts_of_our_own()):
            anchors = {i for m in index.find(doc) for i in range(m.span.start, m.span.end)}
            for triggers in (anchors, None):
                expected = reference.hits(doc, triggers)
                assert matcher.hits(doc, triggers) == expected, doc.text[:80]
                compared += sum(len(found) for found in expected.values())
    assert compared > 500


def test_patterns_the_walk_cannot_follow_go_to_the_dependency_matcher(loaded: LoadedPipeline) -> None:
    pattern = RolePattern(
        "right_sibling", "target", 1,
        ({"RIGHT_ID": "trigger", "RIGHT_ATTRS": {}},
         {"LEFT_ID": "trigger", "REL_OP": ".", "RIGHT_ID": "arg", "RIGHT_ATTRS": {}}),
    )
    assert TreePatterns.compile(loaded.nlp.vocab, [(pattern, 1, list(pattern.nodes))]) is None
    doc = loaded.nlp("Rebels attacked the convoy near the bridge.")
    matcher = RoleMatcher(loaded.nlp.vocab, ["attacked"])
    matcher.walk = None
    assert any(h.pattern == "object" and doc[h.arg].text == "convoy" for h in matcher.hits(doc)[1])


@pytest.mark.parametrize(
    ("text", "trigger", "agent"),
    [
        ("The air force helped the militia to recapture the airport.", "recapture", "militia"),
        ("The general led the brigade to attack the rebel camp.", "attack", "brigade"),
        ("The ministry sent commandos to storm the compound.", "storm", "commandos"),
        ("The coalition supports local forces in their campaign to retake the town.", "retake", "forces"),
    ],
)
def test_helping_leading_and_sending_verbs_let_their_object_act(
    loaded: LoadedPipeline, text: str, trigger: str, agent: str
) -> None:
    """Whoever is helped, led or sent to do something does it; the helper does not."""
    doc = loaded.nlp(text)
    matcher = get_role_matcher(loaded.nlp.vocab, [trigger], places_act=True)
    hits = [h for found in matcher.hits(doc).values() for h in found if h.role == "agent"]
    best = min(hits, key=lambda h: h.priority)
    assert doc[best.arg].text == agent


def test_a_trigger_coordinated_with_a_plain_verb_takes_that_verbs_agent(loaded: LoadedPipeline) -> None:
    """ "to degrade and defeat X": "degrade" is no trigger, but whoever it has also defeats X."""
    text = "The president will lead the regional alliance to weaken and defeat the rebels in the north."
    top = suggest_events(loaded, text, date(2024, 3, 10), load_schema("acled"))[0]
    assert top.values["actor1"].endswith("alliance")
    assert top.values["actor2"]
    assert top.values["actor1"] != "president"


def test_to_the_government_says_to_whom_and_the_government_is_its_forces(loaded: LoadedPipeline) -> None:
    """ "to the government" is no place phrase ("to Baghdad" is); ACLED names a government that
    fights or takes over territory by its forces."""
    text = ("Fighters of the Kurdish-led alliance announced they would cede several villages near Manbij "
            "to the government as part of a deal brokered by Russia to avoid conflict with Turkey.")
    top = suggest_events(loaded, text, date(2024, 3, 10), load_schema("acled"))[0]
    assert (top.values["sub_event_type"], top.values["actor2"]) == (
        "Non-violent transfer of territory", "Military Forces of Syria")


@pytest.mark.parametrize(
    ("rule", "key"),
    [
        ("{lemmas: [attack], lemma_agents: {soldiers: [attack]}}", "lemma_agents"),
        ("{lemmas: [attack], lemma_agents: {state: attack}}", "lemma_agents"),
        ("{lemmas: [attack], lemma_targets: {attack: armed}}", "lemma_targets"),
        ("{lemmas: [attack], lemma_targets: {attack: [one]}}", "lemma_targets"),
    ],
)
def test_malformed_per_word_trigger_rules_are_named_when_the_schema_loads(rule: str, key: str) -> None:
    bad = USER_SCHEMA.replace("violence: {lemmas: [attack, ambush]}", f"violence: {rule}")
    with pytest.raises(SchemaError) as err:
        parse_schema(bad, "incidents.yaml")
    assert f"incidents.yaml: triggers.violence.{key}" in str(err.value)
    good = USER_SCHEMA.replace(
        "violence: {lemmas: [attack, ambush]}",
        "violence: {lemmas: [attack], lemma_agents: {state: [attack]}, lemma_targets: {attack: [1, 2]}}",
    )
    assert parse_schema(good, "incidents.yaml").triggers["violence"]["lemma_targets"] == {"attack": [1, 2]}
