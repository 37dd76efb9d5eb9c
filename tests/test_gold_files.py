"""The gold files the suggester is measured on are what the evaluation needs: valid, exact offsets,
schema-valid values.

``tests/data/heldout_gold/``, ``heldout_gold_2/``, ``heldout_gold_3/`` and ``heldout_gold_4/`` were
each coded blind to measure how the suggester generalises (README, "Suggestions and evaluation"; the first is now read
as development material); ``tests/data/dev_gold/``, ``dev_gold_2/`` and ``dev_gold_3/`` are development
material read freely (the third was written blind, like the held-out files). A wrong offset or a value
the schema refuses would make a figure measure the file instead of the suggester, or mislead whoever
tunes against it. Every test runs on every file; their counts differ where the files do.
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
FIRST = DATA / "heldout_gold"
SECOND = DATA / "heldout_gold_2"
THIRD = DATA / "heldout_gold_3"
FOURTH = DATA / "heldout_gold_4"
DEV = DATA / "dev_gold"
DEV2 = DATA / "dev_gold_2"
DEV3 = DATA / "dev_gold_3"

# What each file holds: reports, reports without events, the most events in one report, and the
# least number of countries.
COUNTS = {
    FIRST.name: {"reports": 24, "empty": 4, "most": 2, "countries": 12},
    SECOND.name: {"reports": 24, "empty": 4, "most": 2, "countries": 14},
    THIRD.name: {"reports": 24, "empty": 4, "most": 2, "countries": 14},
    FOURTH.name: {"reports": 24, "empty": 4, "most": 2, "countries": 20},
    DEV.name: {"reports": 30, "empty": 5, "most": 3, "countries": 16},
    DEV2.name: {"reports": 30, "empty": 5, "most": 3, "countries": 16},
    DEV3.name: {"reports": 30, "empty": 5, "most": 3, "countries": 23},
}


@pytest.fixture(params=[FIRST, SECOND, THIRD, FOURTH, DEV, DEV2, DEV3], ids=lambda here: here.name)
def here(request: pytest.FixtureRequest) -> Path:
    return request.param


def read_gold(here: Path, acled: Schema) -> list[ArticleRecord]:
    read = [record for _number, record in read_jsonl(here / "articles.jsonl", acled)]
    problems = [str(r) for r in read if not isinstance(r, ArticleRecord)]
    assert problems == []
    return read  # type: ignore[return-value]


@pytest.fixture
def records(here: Path, acled: Schema) -> list[ArticleRecord]:
    return read_gold(here, acled)


def test_file_holds_its_reports_some_without_events(here: Path, records: list[ArticleRecord]) -> None:
    counts = COUNTS[here.name]
    assert len(records) == counts["reports"]
    assert len({r.id for r in records}) == counts["reports"]
    assert sum(1 for r in records if not r.events) == counts["empty"]
    assert all(1 <= len(r.events) <= counts["most"] for r in records if r.events)


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


def test_event_dates_fall_on_or_before_publication(records: list[ArticleRecord]) -> None:
    for record in records:
        for event in record.events:
            assert record.published is not None
            assert date.fromisoformat(event.values["event_date"]) <= record.published, record.id


def test_reports_come_from_enough_countries(here: Path, records: list[ArticleRecord]) -> None:
    countries = {e.values["country"] for r in records for e in r.events}
    assert len(countries) >= COUNTS[here.name]["countries"]


def test_second_file_is_new_ground(acled: Schema) -> None:
    """The second file is held out from the first too: about 24 events, at least 15 sub-event
    types, and at least 8 countries the first file's events never name."""
    first = {e.values["country"] for r in read_gold(FIRST, acled) for e in r.events}
    second = read_gold(SECOND, acled)
    events = [e for r in second for e in r.events]
    assert len(events) == 24
    assert len({e.values["sub_event_type"] for e in events}) >= 15
    assert len({e.values["country"] for e in events} - first) >= 8
    assert {r.id for r in second}.isdisjoint({r.id for r in read_gold(FIRST, acled)})


def test_protesters_and_rioters_are_actor_1(records: list[ArticleRecord]) -> None:
    for record in records:
        for event in record.events:
            kind = event.values["event_type"]
            if kind in ("Protests", "Riots"):
                prefix = "Protesters (" if kind == "Protests" else "Rioters ("
                assert event.values["actor1"].startswith(prefix), record.id


def test_development_file_is_varied_and_new_ground(acled: Schema) -> None:
    """37 events of at least 16 sub-event types, in other countries and with other ids than the
    first held-out file (the blind second one is not read for this)."""
    first = read_gold(FIRST, acled)
    dev = read_gold(DEV, acled)
    events = [e for r in dev for e in r.events]
    assert len(events) == 37 and any(len(r.events) == 3 for r in dev)
    assert len({e.values["sub_event_type"] for e in events}) >= 16
    first_countries = {e.values["country"] for r in first for e in r.events}
    assert {e.values["country"] for e in events}.isdisjoint(first_countries)
    assert {r.id for r in dev}.isdisjoint({r.id for r in first})


def test_file_is_what_the_generator_writes(here: Path) -> None:
    spec = importlib.util.spec_from_file_location(f"{here.name}_make_articles", here / "make_articles.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    gold = here / "articles.jsonl"
    written = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert written == module.build()
