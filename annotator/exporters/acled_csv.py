"""CSV export: one row per event with ACLED's column names and order, for ACLED-style scripts.

Columns are ACLED's (``ACLED_COLUMNS``), empty where a value is unknown, then any field of the
schema ACLED does not have, then ``article_id``, ``annotator``, ``status`` and ``evidence`` (the
evidence spans as a JSON list, so nothing coded is lost). UTF-8 without a BOM, RFC 4180 quoting,
CRLF line ends.

``fatalities`` is always an integer, as in ACLED's own files (scripts read it with ``int``
dtypes): an event whose fatalities are unknown gets 0, and "fatalities unknown" is added to its
``notes`` so the difference from a coded 0 stays visible.

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
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from annotator.db.engine import Database
from annotator.exporters import acled_codes
from annotator.exporters.base import (
    ExportedArticle,
    ExportedEvent,
    ExportFilters,
    ExportResult,
    ExportTally,
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
UNKNOWN_FATALITIES = "fatalities unknown"
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


_EPOCH = datetime(1970, 1, 1)
_EPOCH_UTC = _EPOCH.replace(tzinfo=UTC)
_SECOND = timedelta(seconds=1)
_quote = json.encoder.encode_basestring  # a JSON string literal, non-ASCII kept (C speed-up)


def evidence_json(spans: list[Any]) -> str:
    """The evidence column: what ``json.dumps([span.to_json() ...], ensure_ascii=False)`` gives,
    formatted directly (json.dumps with options builds a new encoder per call: a sixth of the
    CSV export's time)."""
    return "[" + ", ".join(
        f'{{"field": {_quote(s.field)}, "start": {s.start}, "end": {s.end}, "text": {_quote(s.text)}}}'
        for s in spans
    ) + "]"


def _timestamp(moment: datetime | None) -> int | None:
    """Unix time of a stored moment (naive values are UTC, as the database stores them)."""
    if moment is None:
        return None
    return (moment - (_EPOCH if moment.tzinfo is None else _EPOCH_UTC)) // _SECOND


_PLAIN = frozenset({type(None), int, float})
# Columns filled from the article, the event's identity or other fields when the event has no value.
DERIVED = ("event_id_cnty", "year", "disorder_type", "inter1", "inter2", "interaction",
           "civilian_targeting", "iso", "source", "timestamp")


class RowMaker:
    """Builds CSV rows for one column layout; the per-event work is a few list comprehensions.

    None and numbers are left to the csv writer (None is written empty); only the rare cells that
    need it (formula-like text, booleans, nested values) go through :func:`cell`.
    """

    def __init__(self, columns: list[str]) -> None:
        self.columns = columns
        self.numeric = [name in NUMERIC_COLUMNS for name in columns]
        self.value_columns = columns[: len(columns) - len(TRAILING_COLUMNS)]
        self.derived_at = [(columns.index(name), n) for n, name in enumerate(DERIVED) if name in columns]
        self.fatalities_at = columns.index("fatalities") if "fatalities" in columns else None
        self.notes_at = columns.index("notes") if "notes" in columns else None
        self.unknown_fatalities = 0

    def derived(self, article: ExportedArticle, event: ExportedEvent) -> tuple[Any, ...]:
        get = event.values.get
        actor2 = get("actor2") or ""
        inter1 = acled_codes.inter_code(get("actor1") or "")
        inter2 = acled_codes.inter_code(actor2)
        iso, iso3 = acled_codes.country_codes(get("country") or "")
        day = str(get("event_date") or "")
        return (
            f"{iso3 or 'ANN'}{event.db_id}",
            int(day[:4]) if day[:4].isdigit() else None,
            acled_codes.disorder_type(get("event_type") or "", get("sub_event_type") or ""),
            inter1,
            inter2,
            acled_codes.interaction(inter1, inter2, bool(actor2.strip())),
            acled_codes.civilian_targeting(inter2),
            iso,
            article.source,
            _timestamp(event.updated),
        )

    def row(self, article: ExportedArticle, event: ExportedEvent) -> list[Any]:
        """The event's own values where it has them, ACLED's derived codes otherwise."""
        get = event.values.get
        row = [get(name) for name in self.value_columns]
        derived = self.derived(article, event)
        for index, n in self.derived_at:
            if row[index] is None or row[index] == "":
                row[index] = derived[n]
        at = self.fatalities_at
        if at is not None and not (row[at].__class__ is int and row[at] >= 0):
            given = row[at]
            if given.__class__ is str and given.strip().isdigit():
                row[at] = int(given)
            else:  # unknown, or not a count (a value kept from an import the schema refused)
                row[at] = 0
                self.unknown_fatalities += 1
                said = UNKNOWN_FATALITIES if given in (None, "") else f"{UNKNOWN_FATALITIES}: {given!r}"
                if self.notes_at is not None:
                    notes = str(row[self.notes_at] or "")
                    row[self.notes_at] = f"{notes} ({said})" if notes else said.capitalize()
        row += (
            article.id,
            event.annotator,
            event.status,
            evidence_json(event.evidence),
        )
        return [
            x if x.__class__ in _PLAIN or (x.__class__ is str and not x.startswith(FORMULA_STARTS))
            else cell(x, num)
            for x, num in zip(row, self.numeric, strict=True)
        ]


def event_row(article: ExportedArticle, event: ExportedEvent, columns: list[str]) -> list[Any]:
    """One CSV row (for callers with a single event; exports reuse one :class:`RowMaker`)."""
    return RowMaker(columns).row(article, event)


def export_csv(
    db: Database,
    out: Path,
    filters: ExportFilters,
    progress: ProgressCallback | None = None,
    tally: ExportTally | None = None,
    schema: Schema | None = None,
    **_ignored: object,
) -> ExportResult:
    schema = schema or load_schema("acled")
    columns = columns_for(schema)
    maker = RowMaker(columns)
    articles = events = 0
    with atomic_output(out, newline="") as handle:
        writer = csv.writer(handle, lineterminator="\r\n")
        writer.writerow(columns)
        for article in iter_export_articles(db, filters, progress, skip_empty=True, tally=tally):
            articles += 1
            writer.writerows([maker.row(article, event) for event in article.events])
            events += len(article.events)
    notes = []
    if maker.unknown_fatalities:
        notes.append(f"{maker.unknown_fatalities} events with unknown fatalities: written as 0, with "
                     f"'{UNKNOWN_FATALITIES}' in their notes")
    return ExportResult(Path(out), articles, events, notes)
