"""The held-out gold file is what the evaluation needs: valid, exact offsets, schema-valid values.

``tests/data/heldout_gold/articles.jsonl`` was coded blind to measure how the suggester generalises
(README, "Suggestions and evaluation"); a wrong offset or a value the schema refuses would make that
figure measure the file instead of the suggester.
"""

from __future__ import annotations

import importlib.util
import json
from datetime import date
from pathlib import Path

import pytest

from annotator.interchange import ArticleRecord, read_jsonl
from annotator.schema import Schema

HERE = Path(__file__).parent / "data" / "heldout_gold"
GOLD = HERE / "articles.jsonl"


@pytest.fixture
def records(acled: Schema) -> list[ArticleRecord]:
    read = [record for _number, record in read_jsonl(GOLD, acled)]
    problems = [str(r) for r in read if not isinstance(r, ArticleRecord)]
    assert problems == []
    return read  # type: ignore[return-value]


def test_file_holds_24_reports_four_without_events(records: list[ArticleRecord]) -> None:
    assert len(records) == 24
    assert sum(1 for r in records if not r.events) == 4
    assert all(1 <= len(r.events) <= 2 for r in records if r.events)


def test_every_evidence_span_quotes_the_text(records: list[ArticleRecord]) -> None:
    for record in records:
        body = record.text.index("\n\n") + 2
        for event in record.events:
            for span in event.evidence:
                assert record.text[span.start : span.end] == span.text, (record.id, span)
                assert span.start >= body, (record.id, span)  # the body, not the headline


def test_every_event_passes_the_schema_as_gold(records: list[ArticleRecord], acled: Schema) -> None:
    for record in records:
        for event in record.events:
            assert set(event.values) == set(acled.field_names), record.id
            assert acled.confirm_problems(event.values) == [], record.id
            assert event.status == "gold" and event.annotator == "gold"
            for name in ("actor1", "country", "admin1", "location", "event_date"):
                assert event.values[name], (record.id, name)
            for name in ("latitude", "longitude", "geo_precision", "time_precision"):
                assert event.values[name] is not None, (record.id, name)


def test_evidence_covers_trigger_roles_place_date_and_deaths(records: list[ArticleRecord]) -> None:
    for record in records:
        for event in record.events:
            fields = {span.field for span in event.evidence}
            assert {"trigger", "actor1", "location", "event_date"} <= fields, record.id
            for role in ("actor2", "assoc_actor_1"):
                assert (role in fields) == bool(event.values[role]), (record.id, role)
            assert ("fatalities" in fields) == (event.values["fatalities"] is not None), record.id


def test_event_dates_fall_on_or_before_publication(records: list[ArticleRecord]) -> None:
    for record in records:
        for event in record.events:
            assert record.published is not None
            assert date.fromisoformat(event.values["event_date"]) <= record.published, record.id


def test_reports_come_from_at_least_twelve_countries(records: list[ArticleRecord]) -> None:
    countries = {e.values["country"] for r in records for e in r.events}
    assert len(countries) >= 12


def test_file_is_what_the_generator_writes() -> None:
    spec = importlib.util.spec_from_file_location("heldout_make_articles", HERE / "make_articles.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    written = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert written == module.build()
