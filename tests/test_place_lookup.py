"""A location typed by hand fills the empty country, admin1, coordinates and precision from the
gazetteer; what the analyst typed stays, and a name several places share is not guessed."""

from __future__ import annotations

import pytest

from annotator.nlp.gazetteer import get_gazetteer
from annotator.nlp.place_lookup import article_country, fill_from_location, places_named
from annotator.schema import Schema


@pytest.fixture(scope="module")
def gaz():
    return get_gazetteer()


@pytest.fixture
def fields(acled: Schema) -> dict[str, str]:
    assert acled.suggest is not None
    return dict(acled.suggest.place)


def test_a_known_town_fills_every_empty_place_field(gaz, fields) -> None:
    fill = fill_from_location({"location": "Tessit", "country": "", "admin1": None}, fields, gazetteer=gaz)
    assert fill.note == "" and fill.place is not None and fill.place.country_code == "ML"
    assert fill.values["country"] == "Mali" and fill.values["admin1"] == "Gao"
    assert fill.values["latitude"] == pytest.approx(15.2, abs=0.1)
    assert fill.values["longitude"] == pytest.approx(-0.3, abs=0.1)
    assert fill.values["geo_precision"] == 1


def test_what_the_analyst_typed_is_never_overwritten(gaz, fields) -> None:
    typed = {"location": "Tessit", "admin1": "Menaka", "latitude": 15.5, "geo_precision": 2}
    fill = fill_from_location(typed, fields, gazetteer=gaz)
    assert fill.values == {"country": "Mali"}  # coordinates go as a pair: the typed latitude keeps both


def test_spelling_case_and_accents_are_forgiven(gaz) -> None:
    assert places_named("  ségou ", gaz)[0].country_code == "ML"
    assert places_named("tessit", gaz)[0].name == "Tessit"
    # As a location, "Gao" is the town rather than the region of the same name.
    assert places_named("Gao", gaz)[0].kind == "city"


def test_an_ambiguous_name_takes_the_articles_country_or_is_left_with_a_note(gaz, fields) -> None:
    unknown = fill_from_location({"location": "Gao"}, fields, gazetteer=gaz)
    assert unknown.values == {} and unknown.place is None
    assert "Mali" in unknown.note and "Burkina Faso" in unknown.note and "Country" in unknown.note

    by_text = fill_from_location(
        {"location": "Gao"}, fields, gazetteer=gaz, article_text="Malian troops entered Gao, in Mali, at dawn."
    )
    assert by_text.values["country"] == "Mali" and by_text.values["admin1"] == "Gao"
    by_other_events = fill_from_location(
        {"location": "Gao"}, fields, gazetteer=gaz, other_countries=["Burkina Faso", "Burkina Faso", "Mali"]
    )
    assert by_other_events.values["admin1"] == "Centre-Ouest"
    # The event's own country decides outright, over the article's.
    own = fill_from_location({"location": "Gao", "country": "Burkina Faso"}, fields, gazetteer=gaz,
                             article_text="Mali, Mali, Mali")
    assert own.values["admin1"] == "Centre-Ouest" and "country" not in own.values


def test_a_far_more_populous_place_needs_no_country(gaz, fields) -> None:
    assert fill_from_location({"location": "Paris"}, fields, gazetteer=gaz).values["country"] == "France"


def test_unknown_names_and_wrong_countries_fill_nothing_and_say_so(gaz, fields) -> None:
    missing = fill_from_location({"location": "Qwxzy Village"}, fields, gazetteer=gaz)
    assert missing.values == {} and "not in the gazetteer" in missing.note
    elsewhere = fill_from_location({"location": "Paris", "country": "Mali"}, fields, gazetteer=gaz)
    assert elsewhere.values == {} and "Mali" in elsewhere.note
    assert fill_from_location({"location": ""}, fields, gazetteer=gaz).values == {}


def test_article_country_needs_a_clear_majority(gaz) -> None:
    assert article_country("Malian troops and Burkinabe forces met in Mali.", gaz) == "ML"
    assert article_country("Malian troops and Burkinabe forces met.", gaz) is None
    assert article_country("", gaz) is None


def test_cli_locate_prints_what_the_window_would_fill(capsys: pytest.CaptureFixture[str], tmp_path) -> None:
    import json

    from annotator.cli.main import main

    assert main(["locate", "Tessit"]) == 0
    assert json.loads(capsys.readouterr().out)["values"]["admin1"] == "Gao"
    assert main(["locate", "Gao"]) == 1  # shared by two countries: nothing filled, the note says so
    assert "2 countries" in json.loads(capsys.readouterr().out)["note"]
    article = tmp_path / "article.txt"
    article.write_text("Malian soldiers patrolled Gao, Mali.", encoding="utf-8")
    assert main(["locate", "Gao", "--text", str(article)]) == 0
    assert json.loads(capsys.readouterr().out)["values"]["country"] == "Mali"
