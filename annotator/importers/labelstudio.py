"""Label Studio JSON exports: a list of tasks, each with ``data`` and ``annotations``.

Each task's text is ``data.text`` (or the only string in ``data``); ``data.title``, ``url``,
``source``, ``published`` and ``id`` are used when present. Each annotation (one per annotator) is
read on its own: its ``labels`` results are spans, its ``relation`` results link them (``direction``
``right`` = from -> to, ``left`` = to -> from, ``bi`` either way), and its events are by the
annotator who completed it (``completed_by``: an e-mail when the export has one, else the user id).
Both are mapped onto events through the schema (:mod:`annotator.importers.mapping`). Cancelled
annotations, predictions and results of other kinds (``choices``, ``textarea``) are reported.

Positions: the file is one JSON array; tasks are decoded one at a time with
``json.JSONDecoder.raw_decode`` so each problem names the line where its task starts. The file is
read whole (capped at ``ImportOptions.max_text_bytes``), as Label Studio writes it.
"""

from __future__ import annotations

import json
from typing import Any

from annotator.importers.base import ImportOptions, RecordStream
from annotator.importers.cleaning import title_of
from annotator.importers.jsonlines import converted
from annotator.importers.mapping import ForeignRelation, ForeignSpan, LabelMap, build_events
from annotator.importers.streams import InputFile
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


def record_from_task(task: Any, line: int, options: ImportOptions) -> tuple[ArticleRecord, list]:
    if not isinstance(task, dict) or not isinstance(task.get("data"), dict):
        raise ValueError("a Label Studio task is an object with 'data'")
    data = task["data"]
    text = _text(data)
    labels = LabelMap(options.schema or load_schema("acled"))
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


def read_labelstudio_json(file: InputFile, options: ImportOptions) -> RecordStream:
    source = str(file)
    if file.size > options.max_text_bytes:
        yield 1, RecordError(source, 1, f"file is {file.size} bytes, more than {options.max_text_bytes}")
        return
    with file.open() as handle:
        raw = handle.read()
    try:
        content = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        yield 1, RecordError(source, 1, f"not valid UTF-8 (byte {exc.start})")
        return
    decoder = json.JSONDecoder()
    position = len(content) - len(content.lstrip(_WHITESPACE))
    if not content.startswith("[", position):
        yield 1, RecordError(source, 1, "a Label Studio export is a JSON list of tasks ('[' ...)")
        return
    position += 1
    line = 1 + content.count("\n", 0, position)
    counted = position
    while True:
        while position < len(content) and content[position] in _WHITESPACE + ",":
            position += 1
        if position >= len(content) or content[position] == "]":
            return
        line += content.count("\n", counted, position)
        counted = position
        try:
            task, position = decoder.raw_decode(content, position)
        except json.JSONDecodeError as exc:
            yield exc.lineno, RecordError(source, exc.lineno, f"not valid JSON: {exc.msg} (column {exc.colno})")
            return
        try:
            result = record_from_task(task, line, options)
        except (ValueError, TypeError) as exc:
            yield line, RecordError(source, line, str(exc))
            continue
        yield from converted(source, line, result)
