"""Shared by the gold fixtures' ``make_articles.py`` scripts: articles written as Annotator JSONL
with evidence offsets found in the text, so no offset is ever typed by hand."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

# Every ACLED field of an event, empty: a fixture's events override what they code.
EMPTY = {
    "event_type": "", "sub_event_type": "", "event_date": "", "time_precision": None, "actor1": "",
    "assoc_actor_1": "", "actor2": "", "assoc_actor_2": "", "country": "", "admin1": "",
    "location": "", "latitude": None, "longitude": None, "geo_precision": None, "fatalities": None,
    "notes": "",
}

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


def build_articles(articles: Iterable[Article], source: str, *, anywhere: bool = False) -> list[dict[str, Any]]:
    """Annotator JSONL records: the first line is the title; evidence comes from the body."""
    out = []
    for ext_id, published, text, events in articles:
        title = text.split("\n", 1)[0]
        body = text.index("\n\n") + 2
        records = []
        for values, evidence in events:
            spans = [evidence_span(text, field, words, body, anywhere=anywhere) for field, words in evidence]
            records.append({**values, "annotator": "gold", "status": "gold", "evidence": spans})
        out.append({"id": ext_id, "title": title, "source": source,
                    "url": None, "published": published, "text": text, "events": records})
    return out


def write_articles(path: Path, records: list[dict[str, Any]]) -> None:
    lines = [json.dumps(a, ensure_ascii=False) for a in records]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines)} articles to {path}")
