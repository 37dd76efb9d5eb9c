"""Annotator JSONL: the one interchange format between importers, suggesters, review and exporters.

One article per line::

    {"id", "title", "source", "url", "published", "text",
     "events": [{<schema fields>..., "annotator", "status", ["confidence"], "evidence": [
         {"field", "start", "end", "text"}]}]}

Offsets are Python ``str`` indices (code points) into ``text``, and ``text[start:end]`` must equal
the span's ``text``. Reading streams line by line, so a file of any size is read in constant memory;
each bad line becomes a :class:`RecordError` naming the file and line while good lines go on.
The JSON Schema of a line is ``resources/interchange.schema.json``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import IO, Any

from annotator.schema import Schema
from annotator.status import EVENT_STATUSES, EventStatus

ARTICLE_KEYS = ("id", "title", "source", "url", "published", "text", "events")
EVENT_META_KEYS = ("annotator", "status", "confidence", "evidence", "schema", "comment", "sources")
MAX_LINE_BYTES = 64 * 1024 * 1024


@dataclass
class EvidenceSpan:
    field: str
    start: int
    end: int
    text: str

    def to_json(self) -> dict[str, Any]:
        return {"field": self.field, "start": self.start, "end": self.end, "text": self.text}


@dataclass
class EventRecord:
    """An event as it travels between parts: field values plus evidence and who coded it."""

    values: dict[str, Any]
    evidence: list[EvidenceSpan] = field(default_factory=list)
    annotator: str = ""
    status: str = EventStatus.DRAFT
    confidence: float | None = None
    schema: str | None = None
    comment: str = ""
    sources: list[Any] = field(default_factory=list)
    # Which of "status" and "annotator" the input did not give: the import fills them with the
    # run's defaults and says so, instead of silently storing drafts by whoever ran it.
    unset: frozenset[str] = field(default=frozenset(), compare=False, repr=False)

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = dict(self.values)
        out["annotator"] = self.annotator
        out["status"] = self.status
        if self.confidence is not None:
            out["confidence"] = self.confidence
        if self.schema:
            out["schema"] = self.schema
        if self.comment:
            out["comment"] = self.comment
        if self.sources:
            out["sources"] = self.sources
        out["evidence"] = [span.to_json() for span in self.evidence]
        return out


@dataclass
class ArticleRecord:
    text: str
    id: str | None = None
    title: str = ""
    source: str | None = None
    url: str | None = None
    published: date | None = None
    events: list[EventRecord] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "source": self.source,
            "url": self.url,
            "published": self.published.isoformat() if self.published else None,
            "text": self.text,
            "events": [e.to_json() for e in self.events],
        }


class RecordError(ValueError):
    """One input record is unusable; carries the file and line so the report can name them."""

    def __init__(self, source: str, line: int | None, message: str) -> None:
        where = f"{source}:{line}" if line is not None else source
        super().__init__(f"{where}: {message}")
        self.source = source
        self.line = line
        self.message = message


def parse_date(value: Any) -> date | None:
    if value in (None, ""):
        return None
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        raise ValueError(f"published must be a date string YYYY-MM-DD, got {value!r}")
    try:
        return date.fromisoformat(value[:10])
    except ValueError as exc:
        raise ValueError(f"published is not a date (YYYY-MM-DD): {value!r}") from exc


def _opt_str(obj: dict[str, Any], key: str) -> str | None:
    value = obj.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValueError(f"{key!r} must be a string, got {type(value).__name__}")
    return value


def evidence_from_json(raw: Any, text: str, index: int) -> EvidenceSpan:
    where = f"evidence[{index}]"
    if not isinstance(raw, dict):
        raise ValueError(f"{where} must be an object")
    for key in ("field", "start", "end"):
        if key not in raw:
            raise ValueError(f"{where} has no {key!r}")
    start, end, fname = raw["start"], raw["end"], raw["field"]
    if not isinstance(fname, str) or not fname:
        raise ValueError(f"{where}.field must be a non-empty string")
    if not all(isinstance(v, int) and not isinstance(v, bool) for v in (start, end)):
        raise ValueError(f"{where}: start and end must be whole numbers")
    if not 0 <= start < end <= len(text):
        raise ValueError(
            f"{where} ({fname}) span {start}-{end} is outside the text (length {len(text)}) or empty"
        )
    span_text = text[start:end]
    given = raw.get("text")
    if given is not None and given != span_text:
        raise ValueError(
            f"{where} ({fname}) text {given!r} does not match the article text at {start}-{end} "
            f"({span_text!r})"
        )
    return EvidenceSpan(fname, start, end, span_text)


def event_from_json(
    raw: Any, text: str, index: int, schema: Schema | None = None
) -> EventRecord:
    where = f"events[{index}]"
    if not isinstance(raw, dict):
        raise ValueError(f"{where} must be an object")
    status = raw.get("status", EventStatus.DRAFT)
    if status not in EVENT_STATUSES:
        raise ValueError(f"{where}.status {status!r} is not one of {list(EVENT_STATUSES)}")
    annotator = raw.get("annotator", "")
    if not isinstance(annotator, str):
        raise ValueError(f"{where}.annotator must be a string")
    confidence = raw.get("confidence")
    if confidence is not None and (
        not isinstance(confidence, (int, float)) or isinstance(confidence, bool)
    ):
        raise ValueError(f"{where}.confidence must be a number")
    evidence_raw = raw.get("evidence", [])
    if not isinstance(evidence_raw, list):
        raise ValueError(f"{where}.evidence must be a list")
    try:
        evidence = [evidence_from_json(span, text, i) for i, span in enumerate(evidence_raw)]
    except ValueError as exc:
        raise ValueError(f"{where}.{exc}") from exc
    values = {k: v for k, v in raw.items() if k not in EVENT_META_KEYS}
    if schema is not None:
        problems = schema.validate_values(values)
        if problems:
            raise ValueError(f"{where}: " + "; ".join(problems))
        known = schema.evidence_field_names() | set(schema.field_names)
        for span in evidence:
            if span.field not in known:
                raise ValueError(f"{where}: evidence for unknown field {span.field!r}")
    return EventRecord(
        values=values,
        evidence=evidence,
        annotator=annotator,
        status=status,
        confidence=float(confidence) if confidence is not None else None,
        schema=raw.get("schema") if isinstance(raw.get("schema"), str) else None,
        comment=raw.get("comment") if isinstance(raw.get("comment"), str) else "",
        sources=raw.get("sources") if isinstance(raw.get("sources"), list) else [],
        unset=frozenset(
            ({"status"} if "status" not in raw else set()) | ({"annotator"} if not annotator else set())
        ),
    )


def text_of(raw: Any) -> str:
    """The article text of a decoded JSON line (any JSON input format), or ValueError saying why not."""
    if not isinstance(raw, dict):
        raise ValueError(f"expected a JSON object, got {type(raw).__name__}")
    text = raw.get("text")
    if not isinstance(text, str):
        raise ValueError("'text' is missing or not a string")
    if not text.strip():
        raise ValueError("'text' is empty")
    if "\x00" in text:
        raise ValueError("'text' contains a NUL character")
    return text


def article_from_json(raw: Any, schema: Schema | None = None) -> ArticleRecord:
    """Validate one decoded line; ValueError says what is wrong (without file and line)."""
    text = text_of(raw)
    ext_id = raw.get("id")
    if ext_id is not None and not isinstance(ext_id, (str, int)):
        raise ValueError("'id' must be a string or number")
    events_raw = raw.get("events", [])
    if events_raw is None:
        events_raw = []
    if not isinstance(events_raw, list):
        raise ValueError("'events' must be a list")
    return ArticleRecord(
        text=text,
        id=str(ext_id) if ext_id is not None else None,
        title=_opt_str(raw, "title") or "",
        source=_opt_str(raw, "source"),
        url=_opt_str(raw, "url"),
        published=parse_date(raw.get("published")),
        events=[event_from_json(e, text, i, schema) for i, e in enumerate(events_raw)],
    )


LINE_CHUNK = 1 << 16


class LineTooLong:
    """Marker for a line longer than the cap; its bytes were skipped, not kept."""

    def __init__(self, length: int) -> None:
        self.length = length


def iter_lines(handle: IO[bytes], limit: int) -> Iterator[tuple[int, bytes | LineTooLong]]:
    """(line number, bytes with their newline) for each line; over-long lines become markers.

    ``readline(limit + 1)`` never holds more than ``limit + 1`` bytes, and the rest of an over-long
    line is skipped in chunks, so memory stays bounded whatever the file holds.
    """
    number = 0
    while True:
        line = handle.readline(limit + 1)
        if not line:
            return
        number += 1
        if len(line) <= limit:
            yield number, line
            continue
        length = len(line)
        while not line.endswith(b"\n"):
            line = handle.readline(LINE_CHUNK)
            if not line:
                break
            length += len(line)
        yield number, LineTooLong(length)


def iter_jsonl_lines(
    handle: IO[bytes], source: str, max_line_bytes: int = MAX_LINE_BYTES
) -> Iterator[tuple[int, Any | RecordError]]:
    """Decode a JSONL byte stream line by line: (line number, object or RecordError).

    Blank lines are skipped. Lines are read as bytes with a length cap, so one line in a wrong
    encoding, one truncated line or one enormous line is reported on its own (in bounded memory)
    while the lines around it go on.
    """
    for number, raw in iter_lines(handle, max_line_bytes):
        if isinstance(raw, LineTooLong):
            yield number, RecordError(
                source, number, f"line is {raw.length} bytes, longer than {max_line_bytes}"
            )
            continue
        if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        if not raw.strip():
            continue
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            yield number, RecordError(source, number, f"not valid UTF-8 (byte {exc.start} of the line)")
            continue
        try:
            yield number, json.loads(line)
        except json.JSONDecodeError as exc:
            yield number, RecordError(source, number, f"not valid JSON: {exc.msg} (column {exc.colno})")
        except RecursionError:
            yield number, RecordError(source, number, "JSON nested too deeply")
        except ValueError as exc:  # e.g. an integer with more digits than Python allows
            yield number, RecordError(source, number, f"not valid JSON: {exc}")


def read_jsonl(
    path: str | Path, schema: Schema | None = None
) -> Iterator[tuple[int, ArticleRecord | RecordError]]:
    """Stream Annotator JSONL records from a file: (line number, record or error)."""
    source = str(path)
    with open(path, "rb") as handle:
        for number, obj in iter_jsonl_lines(handle, source):
            if isinstance(obj, RecordError):
                yield number, obj
                continue
            try:
                yield number, article_from_json(obj, schema)
            except (ValueError, TypeError) as exc:
                yield number, RecordError(source, number, str(exc))


def dumps_article(record: ArticleRecord) -> str:
    """One line of Annotator JSONL (UTF-8 kept as is, like the gold files)."""
    return json.dumps(record.to_json(), ensure_ascii=False)


def write_jsonl(records: Iterable[ArticleRecord], handle: IO[str]) -> int:
    count = 0
    for record in records:
        handle.write(dumps_article(record))
        handle.write("\n")
        count += 1
    return count
