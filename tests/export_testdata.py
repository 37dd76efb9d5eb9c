"""Test data for the exporter tests: the gold fixture plus one article with every awkward case.

The awkward article has a character outside the BMP, a span across a line break, overlapping
spans, a span shared by two events, an event without a trigger, cells that a spreadsheet would
run as formulas, negative coordinates, an extra key the schema does not know, and events of every
status by two annotators on different dates.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from annotator.cli.main import main

DATA = Path(__file__).parent / "data"
GOLD = DATA / "gold_fixture.jsonl"

AWKWARD_TEXT = (
    "Clashes in the south \U0001F525 leave villages empty\n\n"
    "Police fired on protesters in Nampula on Friday, killing three people, witnesses said.\n"
    "Rioters torched the market of Nampula\nCity the next day.\n\n"
    "Residents of Ribaue said unidentified gunmen abducted two teachers on Saturday."
)


def _span(field: str, phrase: str, occurrence: int = 1) -> dict[str, Any]:
    start = -1
    for _ in range(occurrence):
        start = AWKWARD_TEXT.index(phrase, start + 1)
    return {"field": field, "start": start, "end": start + len(phrase), "text": phrase}


def _event(values: dict[str, Any], spans: list[dict], annotator: str, status: str) -> dict[str, Any]:
    base: dict[str, Any] = {
        "event_type": "", "sub_event_type": "", "event_date": "", "time_precision": None,
        "actor1": "", "assoc_actor_1": "", "actor2": "", "assoc_actor_2": "", "country": "",
        "admin1": "", "location": "", "latitude": None, "longitude": None, "geo_precision": None,
        "fatalities": None, "notes": "",
    }
    base.update(values)
    base["annotator"] = annotator
    base["status"] = status
    base["evidence"] = spans
    return base


def awkward_article() -> dict[str, Any]:
    events = [
        _event({
            "event_type": "Protests", "sub_event_type": "Excessive force against protesters",
            "event_date": "2024-02-09", "time_precision": 1, "actor1": "Police Forces of Mozambique",
            "actor2": "Protesters (Mozambique)", "country": "Mozambique", "admin1": "Nampula",
            "location": "Nampula", "latitude": -15.1165, "longitude": 39.2666, "geo_precision": 1,
            "fatalities": 3, "notes": "=HYPERLINK(\"http://evil.example\",\"click\")",
            "source_scale": "National",
        }, [
            _span("trigger", "fired on protesters"), _span("actor1", "Police"),
            _span("actor2", "protesters"), _span("location", "Nampula"),
            _span("event_date", "on Friday"), _span("fatalities", "killing three people"),
        ], "ana", "confirmed"),
        _event({
            "event_type": "Riots", "sub_event_type": "Violent demonstration",
            "event_date": "2024-02-10", "time_precision": 1, "actor1": "-Rioters (Mozambique)",
            "actor2": "@market traders", "country": "Mozambique", "location": "+Nampula City",
            "latitude": -15.2, "longitude": -45.25, "geo_precision": 2,
            "notes": "\tTab-led note\r\nsecond line",
        }, [
            _span("trigger", "torched the market"), _span("actor1", "Rioters"),
            _span("location", "Nampula\nCity"),
        ], "bea", "gold"),
        _event({
            "event_type": "Violence against civilians", "sub_event_type": "Abduction/forced disappearance",
            "event_date": "2024-02-10", "time_precision": 1, "actor1": "Ribaue Night Riders",
            "actor2": "Civilians (Mozambique)", "country": "Mozambique", "location": "Ribaue",
            "fatalities": 0,
        }, [
            _span("actor1", "unidentified gunmen"), _span("actor2", "two teachers"),
            _span("location", "Ribaue"),
        ], "ana", "confirmed"),
        _event({
            "event_type": "Protests", "sub_event_type": "Peaceful protest", "event_date": "2024-01-15",
            "actor1": "Protesters (Mozambique)", "country": "Mozambique",
        }, [_span("trigger", "protesters"), _span("location", "Nampula")], "bea", "draft"),
        _event({
            "event_type": "Battles", "sub_event_type": "Armed clash", "event_date": "2024-03-01",
        }, [_span("trigger", "Clashes")], "ana", "suggested"),
    ]
    return {
        "id": "awkward/article #1", "title": "Clashes in the south", "source": "=Test Wire",
        "url": None, "published": "2024-02-11", "text": AWKWARD_TEXT, "events": events,
    }


def gold_records() -> list[dict[str, Any]]:
    return [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]


def all_records() -> list[dict[str, Any]]:
    return [*gold_records(), awkward_article()]


def load_records(db_path: Path, records: list[dict[str, Any]], tmp: Path) -> None:
    """Import records into a database through the CLI, as a user would."""
    source = tmp / "input.jsonl"
    source.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8"
    )
    assert main(["--db", str(db_path), "import", str(source), "--quiet"]) == 0


def events_with_status(records: list[dict[str, Any]], statuses: tuple[str, ...]) -> list[tuple[dict, dict]]:
    """(article, event) pairs an export with these statuses must contain."""
    return [(r, e) for r in records for e in r["events"] if e["status"] in statuses]
