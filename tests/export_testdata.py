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


CRLF_TEXT = (
    "Rebels take river town\r\n\r\n"
    "Fighters of the Upper Nile Front captured the town of Wendo on Tuesday after a day of clashes "
    "with the army, killing 7 soldiers.\r\n"
    "Local officials in Wendo said 4 civilians were also hurt.\r\n"
)


def _crlf_span(field: str, phrase: str) -> dict[str, Any]:
    start = CRLF_TEXT.index(phrase)
    return {"field": field, "start": start, "end": start + len(phrase), "text": phrase}


def crlf_article() -> dict[str, Any]:
    """Windows line ends, a trigger that contains its location, and unknown fatalities."""
    return {
        "id": "crlf-wendo", "title": "Rebels take river town", "source": "Test Wire", "url": None,
        "published": "2024-06-05", "text": CRLF_TEXT, "events": [
            _event({
                "event_type": "Battles", "sub_event_type": "Non-state actor overtakes territory",
                "event_date": "2024-06-04", "time_precision": 1, "actor1": "Upper Nile Front",
                "actor2": "Military Forces of South Sudan (2011-)", "country": "South Sudan",
                "location": "Wendo", "fatalities": 7,
            }, [
                _crlf_span("trigger", "captured the town of Wendo"),
                _crlf_span("actor1", "Fighters of the Upper Nile Front"),
                _crlf_span("location", "Wendo"), _crlf_span("actor2", "the army"),
                _crlf_span("fatalities", "killing 7 soldiers"), _crlf_span("event_date", "on Tuesday"),
            ], "ana", "gold"),
            _event({
                "event_type": "Violence against civilians", "sub_event_type": "Attack",
                "event_date": "2024-06-04", "country": "South Sudan", "location": "Wendo", "fatalities": None,
            }, [_crlf_span("trigger", "hurt"), _crlf_span("actor2", "4 civilians")], "bea", "confirmed"),
        ],
    }


def shared_consumers() -> Path | None:
    """``../shared/consumers`` beside the checkout (or the worktree), when it is there."""
    here = Path(__file__).resolve()
    for candidate in (here.parents[2] / "shared" / "consumers", here.parents[1].parent / "shared" / "consumers"):
        if (candidate / "brat_check.py").is_file():
            return candidate
    return None


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
