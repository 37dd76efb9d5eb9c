"""Builds the review fixtures: invented articles double- and triple-coded by ana, bea and cid.

two_annotators.jsonl: ana and bea. Article "doro": both code a clash (dates at day vs week
precision, actor 1 named differently, fatalities 4 vs 5) and only ana codes an arrest (a missing event); "kati": both code a
protest with different sub-types; "gao-kidnap": coded by ana only. The Doro text has a character
outside the BMP (U+1D54F) before the evidence, so Qt (UTF-16) positions differ from Python's.

three_annotators.jsonl: ana, bea and cid. "sevare": an air strike all three code (cid at week
precision, other actor and fatalities), a landmine blast cid misses, and looting only cid codes;
"mopti-riot": a riot with two sub-types and one missing fatality count.

The texts are written for these tests. Offsets are computed from phrases; run this file after
changing a text.
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent


def span(text: str, field: str, phrase: str, occurrence: int = 1) -> dict:
    start = -1
    for _ in range(occurrence):
        start = text.index(phrase, start + 1)
    return {"field": field, "start": start, "end": start + len(phrase), "text": phrase}


def event(text: str, annotator: str, values: dict, spans: list[tuple]) -> dict:
    base = {
        "event_type": "", "sub_event_type": "", "event_date": "", "time_precision": None,
        "actor1": "", "assoc_actor_1": "", "actor2": "", "assoc_actor_2": "", "country": "Mali",
        "admin1": "", "location": "", "latitude": None, "longitude": None, "geo_precision": None,
        "fatalities": None, "notes": "",
    }
    base.update(values)
    base["annotator"] = annotator
    base["status"] = "confirmed"
    base["evidence"] = [span(text, *s) for s in spans]
    return base


def article(ident: str, title: str, published: str, text: str, events: list[dict]) -> dict:
    return {"id": ident, "title": title, "source": "Fixture Wire", "url": None,
            "published": published, "text": text, "events": events}


DORO = (
    "Fighting near Doro leaves fighters dead\n\n"
    "Residents shared videos of the smoke on \U0001d54f before officials spoke. Soldiers clashed with "
    "gunmen of the Sahel Liberation Front near the village of Doro on Tuesday, killing four "
    "fighters, a local official said. One more body was found later.\n\n"
    "Separately, police arrested six traders in Menaka in early June on suspicion of smuggling fuel."
)
KATI = (
    "Students march in Kati\n\n"
    "Hundreds of students marched through Kati on Monday to demand the reopening of the university. "
    "Police fired tear gas to disperse the crowd near the town hall."
)
GAO = (
    "Traders abducted on the Gao road\n\n"
    "Unidentified gunmen abducted three traders on the road between Gao and Ansongo on Friday, "
    "relatives said."
)
SEVARE = (
    "Strike and blast near Sevare\n\n"
    "A drone strike hit a motorcycle convoy outside Sevare on Tuesday, killing seven militants, the "
    "army said; a hospital source counted nine dead. Two days later, a landmine exploded under a "
    "minibus on the road to Sevare, killing two passengers; a third died in hospital. Shops in "
    "the town centre were looted overnight."
)
MOPTI = (
    "Riot in Mopti after arrest\n\n"
    "Young men burned tyres and threw stones at a police station in Mopti on Sunday after the arrest "
    "of a local preacher. One rioter was killed, according to his family."
)


def two_annotators() -> list[dict]:
    clash = {"event_type": "Battles", "sub_event_type": "Armed clash",
             "actor1": "Military Forces of Mali", "actor2": "Sahel Liberation Front",
             "location": "Doro", "geo_precision": 1}
    doro = [
        event(DORO, "ana", {**clash, "event_date": "2024-06-04", "time_precision": 1, "fatalities": 4},
              [("trigger", "clashed"), ("actor1", "Soldiers"), ("actor2", "Sahel Liberation Front"),
               ("location", "Doro", 2), ("event_date", "on Tuesday"), ("fatalities", "killing four")]),
        event(DORO, "ana", {"event_type": "Strategic developments", "sub_event_type": "Arrests",
                            "event_date": "2024-06-01", "time_precision": 3,
                            "actor1": "Police Forces of Mali", "location": "Menaka", "fatalities": 0},
              [("trigger", "arrested"), ("actor1", "police"), ("location", "Menaka"),
               ("event_date", "in early June")]),
        event(DORO, "bea", {**clash, "actor1": "Military Forces of Mali (2021-)",
                            "event_date": "2024-06-03", "time_precision": 2, "fatalities": 5},
              [("trigger", "clashed with gunmen"), ("actor1", "Soldiers"),
               ("actor2", "gunmen of the Sahel Liberation Front"), ("location", "Doro", 2),
               ("fatalities", "killing four fighters")]),
    ]
    protest = {"event_type": "Protests", "actor1": "Protesters (Mali)", "location": "Kati",
               "event_date": "2024-06-10", "time_precision": 1, "fatalities": 0}
    kati = [
        event(KATI, "ana", {**protest, "sub_event_type": "Peaceful protest"},
              [("trigger", "marched"), ("actor1", "Hundreds of students"), ("location", "Kati", 2)]),
        event(KATI, "bea", {**protest, "sub_event_type": "Protest with intervention",
                            "actor2": "Police Forces of Mali"},
              [("trigger", "marched through Kati"), ("actor1", "students"), ("actor2", "Police"),
               ("location", "Kati", 2)]),
    ]
    gao = [
        event(GAO, "ana", {"event_type": "Violence against civilians",
                           "sub_event_type": "Abduction/forced disappearance",
                           "event_date": "2024-06-07", "time_precision": 1,
                           "actor1": "Unidentified Armed Group (Mali)", "actor2": "Civilians (Mali)",
                           "location": "Gao", "fatalities": 0},
              [("trigger", "abducted"), ("actor1", "Unidentified gunmen")]),
    ]
    return [
        article("doro", "Fighting near Doro", "2024-06-05", DORO, doro),
        article("kati", "Students march in Kati", "2024-06-11", KATI, kati),
        article("gao-kidnap", "Traders abducted", "2024-06-08", GAO, gao),
    ]


def three_annotators() -> list[dict]:
    strike = {"event_type": "Explosions/Remote violence", "sub_event_type": "Air/drone strike",
              "location": "Sevare", "event_date": "2024-07-02", "time_precision": 1}
    mine = {"event_type": "Explosions/Remote violence",
            "sub_event_type": "Remote explosive/landmine/IED", "location": "Sevare",
            "event_date": "2024-07-04", "time_precision": 1, "actor2": "Civilians (Mali)"}
    sevare = [
        event(SEVARE, "ana", {**strike, "actor1": "Military Forces of Mali", "fatalities": 7},
              [("trigger", "drone strike"), ("fatalities", "killing seven militants")]),
        event(SEVARE, "ana", {**mine, "fatalities": 2},
              [("trigger", "landmine exploded"), ("fatalities", "killing two passengers")]),
        event(SEVARE, "bea", {**strike, "actor1": "Military Forces of Mali", "fatalities": 7},
              [("trigger", "drone strike hit"), ("fatalities", "killing seven")]),
        event(SEVARE, "bea", {**mine, "fatalities": 3},
              [("trigger", "landmine exploded"), ("fatalities", "a third died")]),
        event(SEVARE, "cid", {**strike, "actor1": "Wagner Group", "fatalities": 9,
                              "event_date": "2024-07-01", "time_precision": 2},
              [("trigger", "drone strike"), ("fatalities", "nine dead")]),
        event(SEVARE, "cid", {"event_type": "Strategic developments",
                              "sub_event_type": "Looting/property destruction",
                              "location": "Sevare", "event_date": "2024-07-02", "time_precision": 1,
                              "fatalities": 0},
              [("trigger", "looted")]),
    ]
    riot = {"event_type": "Riots", "actor1": "Rioters (Mali)", "actor2": "Police Forces of Mali",
            "location": "Mopti", "event_date": "2024-07-07", "time_precision": 1}
    mopti = [
        event(MOPTI, "ana", {**riot, "sub_event_type": "Violent demonstration", "fatalities": 1},
              [("trigger", "burned tyres")]),
        event(MOPTI, "bea", {**riot, "sub_event_type": "Mob violence", "fatalities": 1},
              [("trigger", "burned tyres and threw stones")]),
        event(MOPTI, "cid", {**riot, "sub_event_type": "Violent demonstration"},
              [("trigger", "threw stones")]),
    ]
    return [
        article("sevare", "Strike and blast near Sevare", "2024-07-06", SEVARE, sevare),
        article("mopti-riot", "Riot in Mopti", "2024-07-08", MOPTI, mopti),
    ]


def write(name: str, records: list[dict]) -> None:
    lines = [json.dumps(r, ensure_ascii=False) for r in records]
    (HERE / name).write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> None:
    write("two_annotators.jsonl", two_annotators())
    write("three_annotators.jsonl", three_annotators())


if __name__ == "__main__":
    main()
