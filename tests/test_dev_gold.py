"""The development gold file is checked as the held-out ones are: valid, exact offsets, schema-valid.

``tests/data/dev_gold/articles.jsonl`` is development material the suggester's authors may read and
probe freely (its generator's docstring says who coded it and how); unlike the held-out files it
measures nothing blind. A wrong offset or a value the schema refuses would still mislead whoever
tunes against it, so it gets the same checks as ``tests/test_heldout_gold.py`` plus its own counts.
"""

from __future__ import annotations

import importlib.util
import json
from datetime import date
from pathlib import Path

import pytest

from annotator.interchange import ArticleRecord, read_jsonl
from annotator.schema import Schema

DATA = Path(__file__).parent / "data"
HERE = DATA / "dev_gold"
FIRST_HELDOUT = DATA / "heldout_gold"

REPORTS = 30
EMPTY = 5
EVENTS = 37
SUB_EVENT_TYPES = 16  # at least
COUNTRIES = 16  # at least


def read_gold(here: Path, acled: Schema) -> list[ArticleRecord]:
    read = [record for _number, record in read_jsonl(here / "articles.jsonl", acled)]
    problems = [str(r) for r in read if not isinstance(r, ArticleRecord)]
    assert problems == []
    return read  # type: ignore[return-value]


@pytest.fixture
def records(acled: Schema) -> list[ArticleRecord]:
    return read_gold(HERE, acled)


def test_file_holds_30_reports_five_without_events(records: list[ArticleRecord]) -> None:
    assert len(records) == REPORTS
    assert sum(1 for r in records if not r.events) == EMPTY
    assert all(1 <= len(r.events) <= 3 for r in records if r.events)
    assert sum(len(r.events) for r in records) == EVENTS
    assert any(len(r.events) == 3 for r in records)
    assert len({r.id for r in records}) == REPORTS


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
            for role in ("actor2", "assoc_actor_1", "assoc_actor_2"):
                assert (role in fields) == bool(event.values[role]), (record.id, role)
            assert ("fatalities" in fields) == (event.values["fatalities"] is not None), record.id


def test_protesters_and_rioters_are_actor_1(records: list[ArticleRecord]) -> None:
    for record in records:
        for event in record.events:
            kind = event.values["event_type"]
            if kind in ("Protests", "Riots"):
                prefix = "Protesters (" if kind == "Protests" else "Rioters ("
                assert event.values["actor1"].startswith(prefix), record.id


def test_event_dates_fall_on_or_before_publication(records: list[ArticleRecord]) -> None:
    for record in records:
        for event in record.events:
            assert record.published is not None
            assert date.fromisoformat(event.values["event_date"]) <= record.published, record.id


def test_reports_are_varied_enough(records: list[ArticleRecord]) -> None:
    events = [e for r in records for e in r.events]
    assert len({e.values["sub_event_type"] for e in events}) >= SUB_EVENT_TYPES
    assert len({e.values["country"] for e in events}) >= COUNTRIES


def test_file_is_new_ground_next_to_the_first_heldout_file(records: list[ArticleRecord], acled: Schema) -> None:
    """Other countries and other ids than the first held-out file (the blind second one is not read)."""
    first = read_gold(FIRST_HELDOUT, acled)
    first_countries = {e.values["country"] for r in first for e in r.events}
    assert {e.values["country"] for r in records for e in r.events}.isdisjoint(first_countries)
    assert {r.id for r in records}.isdisjoint({r.id for r in first})


def test_file_is_what_the_generator_writes() -> None:
    spec = importlib.util.spec_from_file_location("dev_gold_make_articles", HERE / "make_articles.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    gold = HERE / "articles.jsonl"
    written = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert written == module.build()
