"""Gazetteer and toponym resolution: Palmyra in Syria vs Palmyra in New York, admin1 names."""

from __future__ import annotations

import pytest

from annotator.nlp.components import PLACES_KEY
from annotator.nlp.gazetteer import get_gazetteer
from annotator.nlp.pipeline import LoadedPipeline


def _places(loaded: LoadedPipeline, text: str) -> dict[str, object]:
    gaz = get_gazetteer()
    doc = loaded.nlp(text)
    return {span.text: gaz.places[span.kb_id_] for span in doc.spans[PLACES_KEY]}


def test_palmyra_in_a_syria_story_is_tadmur_in_homs(loaded: LoadedPipeline) -> None:
    places = _places(loaded, "Syrian soldiers patrolled Palmyra after weeks of fighting in the desert.")
    palmyra = places["Palmyra"]
    assert (palmyra.country_code, palmyra.country, palmyra.admin1) == ("SY", "Syria", "Homs")
    assert palmyra.latitude == pytest.approx(34.56, abs=0.01)
    assert palmyra.longitude == pytest.approx(38.28, abs=0.01)


def test_palmyra_in_a_us_story_is_not_syria(loaded: LoadedPipeline) -> None:
    places = _places(loaded, "Palmyra, New York, held its summer fair, drawing visitors from across the United States.")
    assert places["Palmyra"].country_code == "US"


def test_person_names_are_not_places_but_mislabelled_towns_are(loaded: LoadedPipeline) -> None:
    text = "Vladimir Putin spoke after troops entered Palmyra, a Syrian town."
    doc = loaded.nlp(text)
    # The small English model calls this Palmyra a PERSON; the gazetteer component finds it anyway.
    assert any(e.text == "Palmyra" and e.label_ == "PERSON" for e in doc.ents)
    places = _places(loaded, text)
    assert "Vladimir" not in places  # a Russian city, but here the first name of a PERSON
    assert "Palmyra" in places


def test_admin1_names_and_country_words() -> None:
    gaz = get_gazetteer()
    homs = [p for p in gaz.by_name["Homs"] if p.kind == "city"][0]
    assert homs.admin1 == "Homs" and homs.country == "Syria"
    assert any(p.kind == "admin1" and p.country_code == "NG" for p in gaz.by_name["Borno"])
    assert gaz.country_code("Syrian") == "SY"
    assert gaz.country_code("Kenyans") == "KE"
    assert gaz.country_code("DRC") == "CD"
    assert gaz.country_code("Atlantis") is None


def test_unknown_small_town_is_not_moved_to_another_country(loaded: LoadedPipeline) -> None:
    # The gazetteer only has Palma de Mallorca (Spain); in a Mozambique story that is wrong.
    text = ("Mozambican troops patrolled Palma on Friday. Mozambique's army said the area was calm, "
            "and aid reached Pemba, Mozambique.")
    places = _places(loaded, text)
    assert "Palma" not in places
    assert places["Pemba"].country_code == "MZ"
