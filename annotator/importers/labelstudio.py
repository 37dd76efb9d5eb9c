"""Label Studio JSON exports: a list of tasks, each with ``data`` and ``annotations``.

(JSON-MIN exports, ``{"text", "label": [{"start", "end", "labels"}], "annotator"}`` per task, are
read too, as a task with one annotation.)

Each task's text is ``data.text`` (or the only string in ``data``); ``data.title``, ``url``,
``source``, ``published`` and ``id`` are used when present. Each annotation (one per annotator) is
read on its own: its ``labels`` results are spans, its ``relation`` results link them (``direction``
``right`` = from -> to, ``left`` = to -> from, ``bi`` either way), and its events are by the
annotator who completed it (``completed_by``: an e-mail when the export has one, else the user id).
Both are mapped onto events through the schema (:mod:`annotator.importers.mapping`). Cancelled
annotations, predictions and results of other kinds (``choices``, ``textarea``) are reported.

Positions: the file is one JSON array; it is read in chunks and its tasks decoded one at a time
with ``json.JSONDecoder.raw_decode``, so memory holds one task (capped at
``ImportOptions.max_line_bytes``) and each problem names the line where its task starts. Invalid
JSON stops the reading there (a JSON array cannot be resynchronised), after the tasks before it.
"""

from __future__ import annotations

import codecs
import json
from typing import Any

from annotator.importers.base import ImportOptions, RecordStream
from annotator.importers.cleaning import title_of
from annotator.importers.jsonlines import converted
from annotator.importers.mapping import (
    ForeignRelation,
    ForeignSpan,
    LabelMap,
    build_events,
    label_map,
)
from annotator.importers.streams import CHUNK, InputFile
from annotator.interchange import ArticleRecord, RecordError, parse_date
from annotator.schema import load_schema

_WHITESPACE = " \t\r\n"


def _text(data: dict[str, Any]) -> str:
    text = data.get("text")
    if not isinstance(text, str):
        strings = [v for v in data.values() if isinstance(v, str) and v.strip()]
        if len(strings) != 1:
            raise ValueError(f"task data has no 'text' (keys: {sorted(data)})")
        text = strings[0]
    if not text.strip():
        raise ValueError("task text is empty")
    if "\x00" in text:
        raise ValueError("task text contains a NUL character")
    return text


def _who(annotation: dict[str, Any]) -> str | None:
    who = annotation.get("completed_by")
    if isinstance(who, dict):
        who = who.get("email") or who.get("username") or who.get("id")
    if isinstance(who, bool) or who is None:
        return None
    return who if isinstance(who, str) else f"label-studio-user-{who}"


def _utf16_to_python(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Offsets counted in UTF-16 code units (JavaScript's string length) -> Python offsets."""
    units = 0
    found: dict[int, int] = {}
    for index, char in enumerate(text):
        if units in (start, end):
            found[units] = index
        units += 2 if ord(char) > 0xFFFF else 1
    if units in (start, end):
        found[units] = len(text)
    return (found[start], found[end]) if start in found and end in found else None


def annotation_events(text: str, annotation: dict[str, Any], line: int, labels: LabelMap) -> tuple[list, list]:
    problems: list[tuple[int, str]] = []
    spans: list[ForeignSpan] = []
    relations: list[ForeignRelation] = []
    for i, result in enumerate(annotation.get("result") or []):
        kind = result.get("type") if isinstance(result, dict) else None
        if kind == "labels":
            value = result.get("value") or {}
            start, end, names = value.get("start"), value.get("end"), value.get("labels") or []
            if not isinstance(start, int) or not isinstance(end, int) or not names:
                problems.append((line, f"result {result.get('id', i)}: labels without start, end or label; not imported"))
                continue
            given = value.get("text") if isinstance(value.get("text"), str) else None
            if given is not None and text[start:end] != given:
                moved = _utf16_to_python(text, start, end)
                if moved is not None and text[moved[0]:moved[1]] == given:
                    start, end = moved
            for n, name in enumerate(names):
                key = str(result.get("id", i)) if n == 0 else f"{result.get('id', i)}#{n}"
                spans.append(ForeignSpan(key, start, end, str(name), line, given))
        elif kind == "relation":
            names = result.get("labels") or [""]
            head, child = str(result.get("from_id")), str(result.get("to_id"))
            if result.get("direction") == "left":
                head, child = child, head
            for name in names:
                relations.append(ForeignRelation(head, child, str(name), line, result.get("direction") != "bi"))
        else:
            problems.append((line, f"result {result.get('id', i) if isinstance(result, dict) else i} of type "
                                   f"{kind!r} is not a span or a relation; not imported"))
    events, found = build_events(text, spans, relations, labels, annotator=_who(annotation))
    return events, problems + [(p.line, p.message) for p in found]


def _from_min(task: dict[str, Any]) -> dict[str, Any]:
    """A JSON-MIN task (``{"text", "label": [{"start", "end", "text", "labels"}], "annotator"}``)
    in the shape of the full export, so one reader serves both."""
    result = []
    for key, value in task.items():
        if isinstance(value, list) and value and all(isinstance(v, dict) and "labels" in v for v in value):
            result += [{"id": f"{key}[{i}]", "type": "labels", "value": v} for i, v in enumerate(value)]
    annotation = {"id": task.get("annotation_id"), "completed_by": task.get("annotator"), "result": result}
    data = {k: v for k, v in task.items() if not isinstance(v, list)}
    return {"id": task.get("id"), "data": data, "annotations": [annotation]}


def record_from_task(task: Any, line: int, options: ImportOptions) -> tuple[ArticleRecord, list]:
    if isinstance(task, dict) and "data" not in task and isinstance(task.get("text"), str):
        task = _from_min(task)
    if not isinstance(task, dict) or not isinstance(task.get("data"), dict):
        raise ValueError("a Label Studio task is an object with 'data' (or, from JSON-MIN, 'text')")
    data = task["data"]
    text = _text(data)
    labels = label_map(options.schema or load_schema("acled"))
    events: list = []
    problems: list[tuple[int, str]] = []
    for annotation in task.get("annotations") or []:
        if not isinstance(annotation, dict):
            continue
        if annotation.get("was_cancelled"):
            problems.append((line, f"annotation {annotation.get('id')} was cancelled (skipped); not imported"))
            continue
        found, trouble = annotation_events(text, annotation, line, labels)
        events += found
        problems += trouble
    if task.get("predictions"):
        problems.append((line, f"{len(task['predictions'])} predictions (a model's, not an analyst's); not imported"))
    ext_id = data.get("id", task.get("id"))
    published = data.get("published") or data.get("date")
    record = ArticleRecord(
        text=text,
        id=str(ext_id) if isinstance(ext_id, (str, int)) and not isinstance(ext_id, bool) else None,
        title=str(data.get("title") or title_of(text)),
        source=data.get("source") if isinstance(data.get("source"), str) else None,
        url=data.get("url") if isinstance(data.get("url"), str) else None,
        published=parse_date(published) if isinstance(published, str) else None,
        events=events,
    )
    return record, problems


class _Tasks:
    """The tasks of a JSON array read in chunks: memory holds one task (capped), not the file."""

    def __init__(self, handle: Any, limit: int) -> None:
        self.handle = handle
        self.limit = limit
        self.decoder = codecs.getincrementaldecoder("utf-8-sig")()
        self.buffer = ""
        self.eof = False
        self.line = 1  # the line of buffer[0]

    def more(self) -> bool:
        if self.eof:
            return False
        chunk = self.handle.read(CHUNK)
        self.eof = not chunk
        self.buffer += self.decoder.decode(chunk, final=self.eof)
        return True

    def skip(self, chars: str) -> str | None:
        """Skip ``chars``; the next character, or None at the end of the file."""
        while True:
            stripped = self.buffer.lstrip(chars)
            self.consume(len(self.buffer) - len(stripped))
            if self.buffer:
                return self.buffer[0]
            if not self.more():
                return None

    def consume(self, n: int) -> None:
        self.line += self.buffer.count("\n", 0, n)
        self.buffer = self.buffer[n:]

    def task(self) -> Any:
        """The next JSON value; more is read while it is incomplete, up to the cap."""
        decoder = json.JSONDecoder()
        while True:
            try:
                value, end = decoder.raw_decode(self.buffer)
            except json.JSONDecodeError:
                if len(self.buffer) > self.limit:
                    raise ValueError(f"a task longer than {self.limit} characters") from None
                if self.more():
                    continue
                raise
            self.consume(end)
            return value


def read_labelstudio_json(file: InputFile, options: ImportOptions) -> RecordStream:
    source = str(file)
    with file.open() as handle:
        tasks = _Tasks(handle, options.max_line_bytes)
        try:
            if tasks.skip(_WHITESPACE) != "[":
                yield 1, RecordError(source, 1, "a Label Studio export is a JSON list of tasks ('[' ...)")
                return
            tasks.consume(1)
            while True:
                following = tasks.skip(_WHITESPACE + ",")
                if following in (None, "]"):
                    return
                line = tasks.line
                try:
                    task = tasks.task()
                except json.JSONDecodeError as exc:
                    where = line + exc.lineno - 1
                    yield where, RecordError(source, where, f"not valid JSON: {exc.msg}; the rest of the file is not read")
                    return
                except (ValueError, RecursionError) as exc:
                    yield line, RecordError(source, line, f"{exc}; the rest of the file is not read")
                    return
                try:
                    result = record_from_task(task, line, options)
                except (ValueError, TypeError) as exc:
                    yield line, RecordError(source, line, str(exc))
                    continue
                yield from converted(source, line, result)
        except UnicodeDecodeError as exc:
            where = tasks.line
            yield where, RecordError(source, where, f"not valid UTF-8 (byte {exc.start} of a chunk); the rest "
                                     "of the file is not read")
