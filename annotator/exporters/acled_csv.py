"""CSV export: one row per event with ACLED's column names and order, for ACLED-style scripts.

Columns are ACLED's (``ACLED_COLUMNS``), empty where a value is unknown, then any field of the
schema ACLED does not have, then ``article_id``, ``annotator``, ``status`` and ``evidence`` (the
evidence spans as a JSON list, so nothing coded is lost). UTF-8 without a BOM, RFC 4180 quoting,
CRLF line ends.

Spreadsheet formula injection: a text cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or
a carriage return would be run as a formula by Excel or LibreOffice, so it is written with a
leading apostrophe (``'=cmd``). Numbers are never changed: numeric columns (latitude, longitude,
fatalities, codes ...) keep ``-12.5`` as it is, because a value that parses as a number cannot be
a formula.
"""

from __future__ import annotations

import csv
import json
import re
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from annotator.db.engine import Database
from annotator.exporters import acled_codes
from annotator.exporters.base import (
    ExportedArticle,
    ExportedEvent,
    ExportFilters,
    ExportResult,
    ProgressCallback,
    atomic_output,
    iter_export_articles,
)
from annotator.schema import Schema, load_schema

ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
    "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
    "fatalities", "tags", "timestamp",
)
TRAILING_COLUMNS = ("article_id", "annotator", "status", "evidence")
NUMERIC_COLUMNS = frozenset({
    "year", "time_precision", "inter1", "inter2", "interaction", "iso", "latitude", "longitude",
    "geo_precision", "fatalities", "timestamp",
})
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")


def neutralise(value: str, numeric: bool = False) -> str:
    """The cell text a spreadsheet shows as typed, never evaluates (see the module docstring)."""
    if value.startswith(FORMULA_STARTS) and not (numeric and _NUMBER.fullmatch(value)):
        return "'" + value
    return value


def cell(value: Any, numeric: bool = False) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if not isinstance(value, str):
        value = json.dumps(value, ensure_ascii=False, sort_keys=True)
    return neutralise(value, numeric)


def columns_for(schema: Schema) -> list[str]:
    extra = [name for name in schema.field_names if name not in ACLED_COLUMNS]
    return [*ACLED_COLUMNS, *extra, *TRAILING_COLUMNS]


def _timestamp(moment: datetime | None) -> int | None:
    if moment is None:
        return None
    if moment.tzinfo is None:  # stored as naive UTC
        moment = moment.replace(tzinfo=UTC)
    return int(moment.timestamp())


_PLAIN = frozenset({type(None), int, float})


def event_row(
    article: ExportedArticle, event: ExportedEvent, columns: list[str], numeric: list[bool] | None = None
) -> list[Any]:
    """One CSV row: the event's own values where it has them, ACLED's derived codes otherwise.

    None and numbers are left to the csv writer (None is written empty); only cells that need it
    go through :func:`cell`. This loop runs once per event, so it avoids per-cell calls.
    """
    v = event.values
    inter1 = acled_codes.inter_code(v.get("actor1") or "")
    inter2 = acled_codes.inter_code(v.get("actor2") or "")
    iso, iso3 = acled_codes.country_codes(v.get("country") or "")
    day = str(v.get("event_date") or "")
    derived: dict[str, Any] = {
        "event_id_cnty": f"{iso3 or 'ANN'}{event.db_id}",
        "year": int(day[:4]) if day[:4].isdigit() else None,
        "disorder_type": acled_codes.disorder_type(v.get("event_type") or "", v.get("sub_event_type") or ""),
        "inter1": inter1,
        "inter2": inter2,
        "interaction": acled_codes.interaction(inter1, inter2, bool((v.get("actor2") or "").strip())),
        "civilian_targeting": acled_codes.civilian_targeting(inter2),
        "iso": iso,
        "source": article.source,
        "timestamp": _timestamp(event.updated),
    }
    trailing = {
        "article_id": article.id,
        "annotator": event.annotator,
        "status": event.status,
        "evidence": json.dumps([s.to_json() for s in event.evidence], ensure_ascii=False),
    }
    get = v.get
    raw = [
        trailing[name] if name in trailing else (
            value if (value := get(name)) not in (None, "") else derived.get(name, value)
        )
        for name in columns
    ]
    if numeric is None:
        numeric = [name in NUMERIC_COLUMNS for name in columns]
    return [
        x if x.__class__ in _PLAIN or (x.__class__ is str and not x.startswith(FORMULA_STARTS))
        else cell(x, num)
        for x, num in zip(raw, numeric, strict=True)
    ]


def export_csv(
    db: Database,
    out: Path,
    filters: ExportFilters,
    progress: ProgressCallback | None = None,
    schema: Schema | None = None,
    **_ignored: object,
) -> ExportResult:
    schema = schema or load_schema("acled")
    columns = columns_for(schema)
    numeric = [name in NUMERIC_COLUMNS for name in columns]
    articles = events = 0
    with atomic_output(out, newline="") as handle:
        writer = csv.writer(handle, lineterminator="\r\n")
        writer.writerow(columns)
        for article in iter_export_articles(db, filters, progress, skip_empty=True):
            articles += 1
            for event in article.events:
                writer.writerow(event_row(article, event, columns, numeric))
                events += 1
    return ExportResult(Path(out), articles, events)
