"""Shared by the gold fixtures' ``make_articles.py`` scripts: articles written as Annotator JSONL
with evidence offsets found in the text, so no offset is ever typed by hand."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from datetime import date, timedelta
from pathlib import Path
from typing import Any

# Every ACLED field of an event, empty: a fixture's events override what they code.
EMPTY = {
    "event_type": "", "sub_event_type": "", "event_date": "", "time_precision": None, "actor1": "",
    "assoc_actor_1": "", "actor2": "", "assoc_actor_2": "", "country": "", "admin1": "",
    "location": "", "latitude": None, "longitude": None, "geo_precision": None, "fatalities": None,
    "notes": "",
}

# ACLED (event type, sub-event type) pairs, named as the held-out generators code them.
CLASH = ("Battles", "Armed clash")
REGAINS = ("Battles", "Government regains territory")
OVERTAKES = ("Battles", "Non-state actor overtakes territory")
CHEMICAL = ("Explosions/Remote violence", "Chemical weapon")
AIR = ("Explosions/Remote violence", "Air/drone strike")
SUICIDE = ("Explosions/Remote violence", "Suicide bomb")
SHELLING = ("Explosions/Remote violence", "Shelling/artillery/missile attack")
IED = ("Explosions/Remote violence", "Remote explosive/landmine/IED")
GRENADE = ("Explosions/Remote violence", "Grenade")
SEXUAL = ("Violence against civilians", "Sexual violence")
ATTACK = ("Violence against civilians", "Attack")
ABDUCTION = ("Violence against civilians", "Abduction/forced disappearance")
PEACEFUL = ("Protests", "Peaceful protest")
INTERVENTION = ("Protests", "Protest with intervention")
EXCESSIVE = ("Protests", "Excessive force against protesters")
VIOLENT_DEMO = ("Riots", "Violent demonstration")
MOB = ("Riots", "Mob violence")
ARRESTS = ("Strategic developments", "Arrests")
AGREEMENT = ("Strategic developments", "Agreement")
CHANGE = ("Strategic developments", "Change to group/activity")
DISRUPTED = ("Strategic developments", "Disrupted weapons use")
BASE = ("Strategic developments", "Headquarters or base established")
LOOTING = ("Strategic developments", "Looting/property destruction")
TRANSFER = ("Strategic developments", "Non-violent transfer of territory")

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def day(published: str, weekday: str, shift: int = 0) -> str:
    """The last ``weekday`` on or before ``published``, moved by ``shift`` days."""
    pub = date.fromisoformat(published)
    back = (pub.weekday() - WEEKDAYS.index(weekday)) % 7
    return (pub - timedelta(days=back - shift)).isoformat()


def event(
    kind: tuple[str, str], when: str, actor1: str, actor2: str, place: tuple[str, str, str, float, float],
    evidence: list[tuple[str, str]], *, fatalities: int | None = None, geo: int = 1, precision: int = 1,
    assoc1: str = "", assoc2: str = "",
) -> tuple[dict[str, Any], list[tuple[str, str]]]:
    """One gold ACLED event: ``place`` is (country, admin1, location, latitude, longitude)."""
    country, admin1, location, lat, lon = place
    values = dict(EMPTY)
    values.update({
        "event_type": kind[0], "sub_event_type": kind[1], "event_date": when, "time_precision": precision,
        "actor1": actor1, "assoc_actor_1": assoc1, "actor2": actor2, "assoc_actor_2": assoc2,
        "country": country, "admin1": admin1, "location": location, "latitude": lat, "longitude": lon,
        "geo_precision": geo, "fatalities": fatalities,
    })
    return values, evidence


# (id, published, text, [(values, [(field, words), ...]), ...])
Article = tuple[str, str, str, list[tuple[dict[str, Any], list[tuple[str, str]]]]]


def evidence_span(text: str, field: str, words: str, after: int, *, anywhere: bool = False) -> dict[str, Any]:
    """The first occurrence of ``words`` from ``after`` on (the body); ``anywhere`` also looks
    before it (the headline) when the body lacks them."""
    start = text.find(words, after)
    if start < 0 and anywhere:
        start = text.find(words)
    if start < 0:
        raise ValueError(f"{words!r} not in {text!r}")
    span = {"field": field, "start": start, "end": start + len(words), "text": words}
    assert text[span["start"] : span["end"]] == words
    return span


def build_articles(
    articles: Iterable[Article], source: str, *, anywhere: bool = False,
    sources: Mapping[str, str] | None = None, urls: Mapping[str, str] | str | None = None,
) -> list[dict[str, Any]]:
    """Annotator JSONL records: the first line is the title; evidence comes from the body.

    ``sources`` gives some reports their own source (else ``source``); ``urls`` their url, by id
    or as one pattern with ``{id}`` (else none)."""
    out = []
    for ext_id, published, text, events in articles:
        title = text.split("\n", 1)[0]
        body = text.index("\n\n") + 2
        records = []
        for values, evidence in events:
            spans = [evidence_span(text, field, words, body, anywhere=anywhere) for field, words in evidence]
            records.append({**values, "annotator": "gold", "status": "gold", "evidence": spans})
        url = urls.format(id=ext_id) if isinstance(urls, str) else (urls or {}).get(ext_id)
        out.append({"id": ext_id, "title": title, "source": (sources or {}).get(ext_id, source),
                    "url": url, "published": published, "text": text, "events": records})
    return out


def write_articles(path: Path, records: list[dict[str, Any]]) -> None:
    lines = [json.dumps(a, ensure_ascii=False) for a in records]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines)} articles to {path}")
