"""Builds gold_fixture.jsonl: two demo articles coded by hand, offsets computed from phrases.

Run it after changing the demo texts; tests read the JSONL it writes (same format as gold files).
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEMO = HERE.parent.parent / "resources" / "demo" / "demo.jsonl"


def span(text: str, field: str, phrase: str, occurrence: int = 1) -> dict:
    start = -1
    for _ in range(occurrence):
        start = text.index(phrase, start + 1)
    return {"field": field, "start": start, "end": start + len(phrase), "text": phrase}


def event(text: str, values: dict, spans: list[tuple], annotator: str = "gold") -> dict:
    base = {
        "event_type": "", "sub_event_type": "", "event_date": "", "time_precision": None,
        "actor1": "", "assoc_actor_1": "", "actor2": "", "assoc_actor_2": "", "country": "",
        "admin1": "", "location": "", "latitude": None, "longitude": None, "geo_precision": None,
        "fatalities": None, "notes": "",
    }
    base.update(values)
    base["annotator"] = annotator
    base["status"] = "confirmed"
    base["evidence"] = [span(text, *s) for s in spans]
    return base


def main() -> None:
    demo = {d["id"]: d for d in map(json.loads, DEMO.read_text(encoding="utf-8").splitlines())}
    kessa = dict(demo["demo-kessa-offensive"])
    t = kessa["text"]
    kessa["events"] = [
        event(t, {
            "event_type": "Battles", "sub_event_type": "Government regains territory",
            "event_date": "2024-05-12", "time_precision": 1,
            "actor1": "Military Forces of Mali", "assoc_actor_1": "Military Forces of Burkina Faso",
            "actor2": "JNIM: Group for Support of Islam and Muslims", "country": "Mali",
            "location": "Kessa", "geo_precision": 1, "fatalities": 12,
            "notes": "Malian troops backed by Burkinabe forces recaptured Kessa from JNIM.",
        }, [
            ("trigger", "recaptured the border town"), ("actor1", "Malian troops"),
            ("assoc_actor_1", "Burkinabe forces"),
            ("actor2", "Jama'at Nusrat al-Islam wal-Muslimin"), ("location", "Kessa", 2),
            ("event_date", "on Sunday"), ("fatalities", "At least 12 soldiers were killed"),
        ]),
        event(t, {
            "event_type": "Battles", "sub_event_type": "Non-state actor overtakes territory",
            "event_date": "2024-03-15", "time_precision": 3,
            "actor1": "JNIM: Group for Support of Islam and Muslims", "actor2": "Military Forces of Mali",
            "country": "Mali", "location": "Kessa", "geo_precision": 1,
        }, [("trigger", "seized the town"), ("actor1", "The militants"), ("event_date", "March 2024")]),
    ]
    idlib = dict(demo["demo-aleppo-strikes"])
    t = idlib["text"]
    idlib["events"] = [
        event(t, {
            "event_type": "Explosions/Remote violence", "sub_event_type": "Air/drone strike",
            "event_date": "2023-11-07", "time_precision": 1, "actor1": "Military Forces of Russia",
            "actor2": "Civilians (Syria)", "country": "Syria", "admin1": "Idlib", "location": "Idlib",
            "geo_precision": 2, "fatalities": 9, "notes": "Russian warplanes bombarded villages near Idlib.",
        }, [
            ("trigger", "bombarded villages"), ("actor1", "Russian warplanes"), ("location", "Idlib", 2),
            ("event_date", "on Tuesday"), ("fatalities", "killing nine civilians"),
        ]),
        event(t, {
            "event_type": "Explosions/Remote violence", "sub_event_type": "Shelling/artillery/missile attack",
            "event_date": "2023-11-07", "time_precision": 1, "actor1": "Military Forces of Syria",
            "actor2": "Hayat Tahrir al-Sham", "country": "Syria", "admin1": "Idlib", "location": "Idlib",
            "geo_precision": 2,
        }, [("trigger", "shelled positions"), ("actor1", "Syrian government forces"),
            ("actor2", "Hayat Tahrir al-Sham")]),
    ]
    with (HERE / "gold_fixture.jsonl").open("w", encoding="utf-8") as handle:
        for record in (kessa, idlib):
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
