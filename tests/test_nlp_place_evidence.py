"""Where an event happened, as the text says it: named camps, regions written "X Province",
repeated names, sites, and countries that speak rather than host (issue 11, item 4).

Sentences are our own; the places are real.
"""

from __future__ import annotations

from datetime import date

import pytest

from annotator.nlp.components import PLACES_KEY
from annotator.nlp.gazetteer import get_gazetteer
from annotator.nlp.pipeline import LoadedPipeline
from annotator.nlp.place_patterns import find_named_places
from annotator.nlp.suggest import suggest_events
from annotator.schema import Schema

PUBLISHED = date(2024, 5, 14)


def test_camps_are_places_the_text_names() -> None:
    found = [(p.name, p.kind) for p in find_named_places(
        "Rockets hit Camp Liberty at dawn. Families fled to Dadaab refugee camp, then to Fort Portal."
    )]
    assert found == [("Camp Liberty", "camp"), ("Dadaab", "refugee camp"), ("Fort Portal", "fort")]


def test_a_place_named_once_as_a_place_is_the_same_place_later(loaded: LoadedPipeline) -> None:
    doc = loaded.nlp(
        "Rebels seized the village of Wuro Bantam on Sunday. Residents of Wuro Bantam fled south, "
        "and aid workers said Wuro Bantam was empty by nightfall."
    )
    keys = {span.kb_id_ for span in doc.spans[PLACES_KEY] if span.text == "Wuro Bantam"}
    spans = [span for span in doc.spans[PLACES_KEY] if span.text == "Wuro Bantam"]
    assert len(spans) == 3 and len(keys) == 1


@pytest.mark.parametrize(
    ("phrase", "admin1", "country"),
    [("Diyala Province", "Diyala", "Iraq"), ("Borno State", "Borno", "Nigeria"),
     ("Kandahar", "Kandahar", "Afghanistan"), ("Unity State", "Unity", "South Sudan")],
)
def test_regions_as_news_writes_them(phrase: str, admin1: str, country: str) -> None:
    # Diyala and Kandahar were missing from the admin1 names; "X Province" / "X State" is the region.
    place = next(p for p in get_gazetteer().by_name[phrase] if p.kind == "admin1")
    assert (place.admin1, place.country) == (admin1, country)


def test_admin1_names_are_the_short_ones_analysts_code() -> None:
    names = {p.admin1 for p in get_gazetteer().by_name["Baghdad"]}
    assert "Baghdad" in names and "Mayorality of Baghdad" not in names


def test_a_region_with_its_word_is_the_event_admin1(loaded: LoadedPipeline, acled: Schema) -> None:
    (event, *_) = suggest_events(
        loaded, "A car bomb exploded at a checkpoint in Diyala Province on Monday, killing four soldiers.",
        PUBLISHED, acled,
    )
    assert (event.values["admin1"], event.values["country"], event.values["geo_precision"]) == ("Diyala", "Iraq", 3)
    assert any(e.field == "admin1" and e.text == "Diyala Province" for e in event.evidence)


def test_a_camp_attack_is_located_in_the_camp_and_the_story_country(loaded: LoadedPipeline, acled: Schema) -> None:
    # The speaking country ("The United States condemns") is not where it happened.
    text = (
        "The United States condemns the rocket attack on Camp Liberty that killed five residents. "
        "We urge the Government of Iraq to protect the camp and to find those responsible. "
        "Iraqi officials said the camp lies near Baghdad International Airport in Iraq."
    )
    events = suggest_events(loaded, text, PUBLISHED, acled)
    assert events
    first = events[0].values
    assert (first["location"], first["country"]) == ("Camp Liberty", "Iraq")
    assert all(e.values["country"] != "United States" for e in events)
    cited = {(e.start, e.text) for e in events[0].evidence if e.field == "location"}
    assert (text.index("Camp Liberty"), "Camp Liberty") in cited


def test_the_site_of_an_attack_is_location_evidence(loaded: LoadedPipeline, acled: Schema) -> None:
    text = "A suicide bomber struck a crowded market in Kirkuk on Friday, killing 12 shoppers."
    (event, *_) = suggest_events(loaded, text, PUBLISHED, acled)
    cited = [e.text for e in event.evidence if e.field == "location"]
    assert event.values["location"] == "Kirkuk"
    assert "Kirkuk" in cited and any("market" in c for c in cited)


def test_a_liberation_names_the_event_and_its_place(loaded: LoadedPipeline, acled: Schema) -> None:
    text = "Iraqi forces announced the liberation of Ramadi on Sunday after weeks of fighting."
    events = suggest_events(loaded, text, PUBLISHED, acled, threshold=0.0)
    taken = [e.values for e in events if e.values["sub_event_type"] == "Government regains territory"]
    assert taken and taken[0]["location"] == "Ramadi" and taken[0]["country"] == "Iraq"


def test_a_trigger_word_inside_an_organisation_name_is_no_event(loaded: LoadedPipeline, acled: Schema) -> None:
    text = "Secretary Blinken will host defence ministers of the Global Coalition to Counter ISIL in Washington on Thursday."
    triggers = [e.text for ev in suggest_events(loaded, text, PUBLISHED, acled, threshold=0.0)
                for e in ev.evidence if e.field == "trigger"]
    assert "Counter" not in triggers
    # The same word outside a name is a trigger.
    plain = "Kurdish fighters moved to counter ISIL near Kirkuk on Thursday."
    assert any(
        e.text == "counter" for ev in suggest_events(loaded, plain, PUBLISHED, acled, threshold=0.0)
        for e in ev.evidence if e.field == "trigger"
    )


def test_who_claimed_an_attack_is_not_an_object_of_the_verb_above_it(loaded: LoadedPipeline, acled: Schema) -> None:
    text = (
        "The United Nations condemned the bombing in Kirkuk, which was claimed by Ansar al-Sunna and "
        "targeted worshippers inside a mosque."
    )
    events = suggest_events(loaded, text, PUBLISHED, acled, threshold=0.0)
    agents = {e.values["actor1"] for e in events}
    assert any("Ansar al-Sunna" in a for a in agents)
    assert "United Nations" not in agents


def test_where_is_cited_from_the_sentences_that_tell_the_incident(loaded: LoadedPipeline, acled: Schema) -> None:
    # The town comes up again and again in a report; its event cites the words of its own
    # sentence, not every mention (a brat event with a dozen Location arguments helps nobody).
    text = (
        "Malian troops recaptured the town of Kessa from rebels on Sunday.\n\n"
        "Kessa had been held by the rebels since March. Traders in Kessa said the market reopened, "
        "and aid workers said Kessa was calm on Monday. Kessa lies on the road to Gao."
    )
    (event, *_) = suggest_events(loaded, text, PUBLISHED, acled)
    assert event.values["sub_event_type"] == "Government regains territory"
    places = [e for e in event.evidence if e.field in ("location", "admin1", "country")]
    first_sentence_end = text.index("\n")
    assert places and all(e.start < first_sentence_end for e in places)
    assert [e.text for e in places if e.field == "location"] == ["Kessa"]


def test_the_suggesters_remarks_leave_the_notes_when_the_event_is_confirmed(
    loaded: LoadedPipeline, acled: Schema, tmp_path
) -> None:
    from annotator.db.engine import open_database  # noqa: PLC0415
    from annotator.db.event_edits import EventEdit, save_edit  # noqa: PLC0415
    from annotator.db.repo import add_article  # noqa: PLC0415
    from annotator.interchange import ArticleRecord  # noqa: PLC0415

    text = "Malian troops recaptured Kessa on Sunday.\n\nGunmen later ambushed an army convoy."
    events = suggest_events(loaded, text, PUBLISHED, acled, threshold=0.0)
    noted = next(e for e in events if "[suggester: " in e.values["notes"])
    db = open_database(str(tmp_path / "notes.sqlite3"))
    try:
        with db.session() as session:
            article, _ = add_article(session, ArticleRecord(text=text, id="n1"))
            suggested = save_edit(session, EventEdit.in_schema(
                acled, article_id=article.id or 0, annotator="ana", values=dict(noted.values),
                evidence=tuple(noted.evidence), status="suggested"))
            confirmed = save_edit(session, EventEdit.in_schema(
                acled, article_id=article.id or 0, annotator="ana", values=dict(noted.values),
                evidence=tuple(noted.evidence), status="confirmed"))
            session.commit()
        assert "[suggester: " in suggested.values["notes"]
        assert "[suggester: " not in confirmed.values["notes"] and confirmed.values["notes"]
    finally:
        db.dispose()


def test_a_known_name_glued_to_an_unknown_one_is_not_that_place(loaded: LoadedPipeline, acled: Schema) -> None:
    # Pakur is a town in India; the South Sudanese village Pakur Dit is not it.
    text = "Gunmen attacked villagers in Pakur Dit in South Sudan on Saturday, killing four people."
    doc = loaded.nlp(text)
    assert not [s.text for s in doc.spans[PLACES_KEY] if s.text == "Pakur"]
    (event, *_) = suggest_events(loaded, text, PUBLISHED, acled)
    assert event.values["country"] == "South Sudan"
    # A headline in title case says nothing by its capitals: "Kirkuk" stays Kirkuk there.
    headline = loaded.nlp("Car Bomb Hits Kirkuk Market")
    assert "Kirkuk" in [s.text for s in headline.spans[PLACES_KEY]]


def test_a_foreign_town_unnamed_as_a_place_is_not_the_story_country(loaded: LoadedPipeline, acled: Schema) -> None:
    # "Agar" is a town in India; here it names a section of cattle guards in a South Sudan story.
    text = "Agar cattle guards attacked villagers in Wunkur in South Sudan on Wednesday, killing five people."
    (event, *_) = suggest_events(loaded, text, PUBLISHED, acled)
    assert event.values["country"] == "South Sudan" and event.values["location"] != "Agar"


def test_lower_case_state_after_a_name_is_the_region(loaded: LoadedPipeline) -> None:
    doc = loaded.nlp("Youths clashed with cattle guards near Wunkur in Lakes state on Friday.")
    places = {s.text: get_gazetteer().places[s.kb_id_] for s in doc.spans[PLACES_KEY]}
    assert (places["Lakes"].kind, places["Lakes"].country) == ("admin1", "South Sudan")


def test_the_place_component_needs_no_sentence_boundaries() -> None:
    # A bare tokenizer pipeline (as the gazetteer benchmark runs it) has no sentences.
    import spacy  # noqa: PLC0415

    nlp = spacy.blank("en")
    nlp.add_pipe("annotator_places")
    doc = nlp("Gunmen attacked Pakur Dit near Kirkuk on Monday.")
    assert [s.text for s in doc.spans[PLACES_KEY]] == ["Kirkuk"]
