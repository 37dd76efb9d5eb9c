"""Regenerate cases.jsonl: hand-written articles with the events an analyst would code.

The texts are the project's own. Evidence offsets are computed here from the quoted words, so
they are right by construction: ``python tests/data/nlp_gold/make_cases.py``.
"""

from __future__ import annotations

import json
from pathlib import Path

EMPTY = {
    "event_type": "", "sub_event_type": "", "event_date": "", "time_precision": None, "actor1": "",
    "assoc_actor_1": "", "actor2": "", "assoc_actor_2": "", "country": "", "admin1": "",
    "location": "", "latitude": None, "longitude": None, "geo_precision": None, "fatalities": None,
    "notes": "",
}

CASES = [
    {
        "id": "case-gao-retaken",
        "published": "2023-06-11",
        "text": (
            "Malian army retakes Gao\n\n"
            "Malian troops backed by Russian forces recaptured the northern town of Gao from Islamic "
            "State fighters on Saturday, the army said.\n\n"
            "The militants had seized Gao in March 2023 after days of fighting with the army.\n\n"
            "Residents said the town was calm."
        ),
        "events": [
            ({"event_type": "Battles", "sub_event_type": "Government regains territory",
              "event_date": "2023-06-10", "time_precision": 1, "actor1": "Military Forces of Mali",
              "assoc_actor_1": "Military Forces of Russia", "actor2": "Islamic State",
              "country": "Mali", "admin1": "Gao", "location": "Gao", "latitude": 16.27167,
              "longitude": -0.04472, "geo_precision": 1},
             [("trigger", "recaptured"), ("actor1", "Malian troops"), ("assoc_actor_1", "Russian forces"),
              ("actor2", "Islamic State fighters"), ("location", "Gao from"), ("event_date", "on Saturday")]),
            ({"event_type": "Battles", "sub_event_type": "Non-state actor overtakes territory",
              "event_date": "2023-03-01", "time_precision": 3, "actor1": "Islamic State",
              "actor2": "Military Forces of Mali", "country": "Mali", "admin1": "Gao", "location": "Gao",
              "latitude": 16.27167, "longitude": -0.04472, "geo_precision": 1},
             [("trigger", "had seized"), ("event_date", "March 2023")]),
        ],
    },
    {
        "id": "case-nairobi-protest",
        "published": "2024-02-14",
        "text": (
            "Police disperse protesters in Nairobi\n\n"
            "Kenyan police fired tear gas to disperse hundreds of protesters in Nairobi on Tuesday as "
            "anger over new taxes grew.\n\n"
            "Organisers said they would return next week."
        ),
        "events": [
            ({"event_type": "Protests", "sub_event_type": "Protest with intervention",
              "event_date": "2024-02-13", "time_precision": 1, "actor1": "Protesters (Kenya)",
              "actor2": "Police Forces of Kenya", "country": "Kenya", "admin1": "Nairobi Area",
              "location": "Nairobi", "latitude": -1.28333, "longitude": 36.81667, "geo_precision": 1},
             [("trigger", "tear gas"), ("actor2", "Kenyan police"), ("actor1", "protesters in"),
              ("location", "Nairobi on"), ("event_date", "on Tuesday")]),
        ],
    },
    {
        "id": "case-baidoa-attack",
        "published": "2022-09-08",
        "text": (
            "Al-Shabaab fighters attacked an army base in Baidoa yesterday, killing at least 9 soldiers, "
            "a Somali military official said.\n\nThe group often targets bases in the region."
        ),
        "events": [
            ({"event_type": "Battles", "sub_event_type": "Armed clash", "event_date": "2022-09-07",
              "time_precision": 1, "actor1": "Al Shabaab", "actor2": "Military Forces of Somalia",
              "country": "Somalia", "admin1": "Bay", "location": "Baidoa", "latitude": 3.11383,
              "longitude": 43.6498, "geo_precision": 1, "fatalities": 9},
             [("trigger", "attacked"), ("actor1", "Al-Shabaab fighters"), ("location", "Baidoa"),
              ("event_date", "yesterday"), ("fatalities", "killing at least 9 soldiers")]),
        ],
    },
    {
        "id": "case-maiduguri-strike",
        "published": "2021-11-20",
        "text": (
            "Nigerian jets bombed Boko Haram positions near Maiduguri last week, killing dozens of "
            "militants, the air force said on Saturday."
        ),
        "events": [
            ({"event_type": "Explosions/Remote violence", "sub_event_type": "Air/drone strike",
              "event_date": "2021-11-13", "time_precision": 2, "actor1": "Military Forces of Nigeria",
              "actor2": "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad", "country": "Nigeria",
              "admin1": "Borno", "location": "Maiduguri", "latitude": 11.84692, "longitude": 13.15712,
              "geo_precision": 2},
             [("trigger", "bombed"), ("actor1", "Nigerian jets"), ("actor2", "Boko Haram"),
              ("location", "Maiduguri"), ("event_date", "last week")]),
        ],
    },
]


def build() -> list[dict]:
    out = []
    for case in CASES:
        text = case["text"]
        events = []
        for values, spans in case["events"]:
            event = {**EMPTY, **values, "annotator": "gold", "status": "gold", "evidence": []}
            for field, words in spans:
                start = text.index(words)
                end = start + len(words.split(" ")[0]) if words.endswith((" from", " in", " on")) else start + len(words)
                event["evidence"].append({"field": field, "start": start, "end": end, "text": text[start:end]})
            events.append(event)
        out.append({"id": case["id"], "title": text.split("\n")[0], "source": "Annotator test fixture",
                    "url": None, "published": case["published"], "text": text, "events": events})
    return out


if __name__ == "__main__":
    path = Path(__file__).with_name("cases.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as handle:
        for article in build():
            handle.write(json.dumps(article, ensure_ascii=False) + "\n")
    print(f"wrote {path}")
