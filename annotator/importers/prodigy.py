"""Prodigy JSONL: tasks with ``text``, ``meta``, and ``spans`` and ``relations`` when annotated.

Chosen with ``--format prodigy``; in a ``.jsonl`` file a line is also read this way when it looks
like a Prodigy task (see :func:`looks_like_prodigy`). The text is stored as given, like Annotator
JSONL; the title is ``meta.title`` or else the first non-empty line of the text.

Annotations: a task written by Annotator's Prodigy export carries its ``events`` in Annotator form,
which are read exactly. Any other task's ``spans`` and ``relations`` are mapped onto events through
the schema (:mod:`annotator.importers.mapping`); a relation's ends are its ``head_span`` and
``child_span`` when given, else the span ending at (or holding) its ``head``/``child`` token.
Tasks answered ``reject`` or ``ignore`` bring their text but not their annotations, and say so.
"""

from __future__ import annotations

from typing import Any

from annotator.importers.base import ImportOptions, RecordStream
from annotator.importers.cleaning import title_of
from annotator.importers.jsonlines import Converted, read_json_records
from annotator.importers.mapping import ForeignRelation, ForeignSpan, build_events, label_map
from annotator.importers.streams import InputFile
from annotator.interchange import ArticleRecord, event_from_json, parse_date, text_of
from annotator.schema import load_schema

META_KEYS = ("title", "url", "source", "published", "id")
PRODIGY_KEYS = ("spans", "tokens", "relations", "_input_hash", "_task_hash", "answer")


def looks_like_prodigy(obj: Any) -> bool:
    """A Prodigy task: Prodigy's own keys, or a ``meta`` object without Annotator's keys."""
    if not isinstance(obj, dict):
        return False
    if any(key in obj for key in PRODIGY_KEYS):
        return True
    return "meta" in obj and "events" not in obj and "title" not in obj


def _meta_str(meta: dict[str, Any], key: str) -> str | None:
    value = meta.get(key)
    if value is None or value == "":
        return None
    if not isinstance(value, (str, int)) or isinstance(value, bool):
        raise ValueError(f"meta.{key} must be a string, got {type(value).__name__}")
    return str(value)


def _int(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _span(raw: Any, key: str, line: int) -> ForeignSpan | None:
    if not isinstance(raw, dict):
        return None
    start, end, label = _int(raw.get("start")), _int(raw.get("end")), raw.get("label")
    if start is None or end is None or not isinstance(label, str) or not label:
        return None
    text = raw.get("text") if isinstance(raw.get("text"), str) else None
    return ForeignSpan(key, start, end, label, line, text)


def _end_of(token: Any, spans: list[tuple[dict[str, Any], ForeignSpan]]) -> ForeignSpan | None:
    """The span a relation end's token belongs to: the one ending there, else the only one holding it."""
    if _int(token) is None:
        return None
    ending = [s for raw, s in spans if raw.get("token_end") == token]
    if len(ending) == 1:
        return ending[0]
    holding = [s for raw, s in spans
               if _int(raw.get("token_start")) is not None and raw["token_start"] <= token <= raw.get("token_end", -1)]
    return holding[0] if len(holding) == 1 else None


def annotations_of(obj: dict[str, Any], text: str, line: int, options: ImportOptions) -> Converted:
    """Events from a task's spans and relations, and the problems met (see the module docstring)."""
    problems: list[tuple[int, str]] = []
    spans_raw = obj.get("spans") or []
    relations_raw = obj.get("relations") or []
    if not isinstance(spans_raw, list) or not isinstance(relations_raw, list):
        raise ValueError("'spans' and 'relations' must be lists")
    answer = obj.get("answer", "accept")
    if answer != "accept":
        if spans_raw or relations_raw:
            problems.append((line, f"answer is {answer!r}: its {len(spans_raw)} spans and "
                                   f"{len(relations_raw)} relations were not imported"))
        return [], problems
    spans: list[tuple[dict[str, Any], ForeignSpan]] = []
    by_offsets: dict[tuple[int, int, str], ForeignSpan] = {}
    for i, raw in enumerate(spans_raw):
        span = _span(raw, f"spans[{i}]", line)
        if span is None:
            problems.append((line, f"spans[{i}] needs whole-number start and end and a label; not imported"))
            continue
        spans.append((raw, span))
        by_offsets.setdefault((span.start, span.end, span.label), span)
    relations: list[ForeignRelation] = []
    for i, raw in enumerate(relations_raw):
        if not isinstance(raw, dict) or not isinstance(raw.get("label"), str):
            problems.append((line, f"relations[{i}] is not an object with a label; not imported"))
            continue
        ends: list[ForeignSpan | None] = []
        for end in ("head", "child"):
            given = _span(raw.get(f"{end}_span"), f"relations[{i}].{end}_span", line)
            if given is not None:
                found = by_offsets.get((given.start, given.end, given.label))
                if found is None:
                    by_offsets[(given.start, given.end, given.label)] = found = given
                    spans.append((raw[f"{end}_span"], given))
                ends.append(found)
            else:
                ends.append(_end_of(raw.get(end), spans))
        head, child = ends
        if head is None or child is None:
            problems.append((line, f"relations[{i}] ({raw['label']}): no span found for its "
                                   f"{'head' if head is None else 'child'}; not imported"))
            continue
        relations.append(ForeignRelation(head.key, child.key, raw["label"], line))
    annotator = obj.get("_annotator_id") if isinstance(obj.get("_annotator_id"), str) else None
    labels = label_map(options.schema or load_schema("acled"))
    events, found = build_events(text, [s for _raw, s in spans], relations, labels, annotator=annotator)
    return events, problems + [(p.line, p.message) for p in found]


def record_from_prodigy(obj: Any, options: ImportOptions | None = None, line: int = 0) -> Converted:
    """Validate one Prodigy task; ValueError says what is wrong with it as a whole."""
    options = options or ImportOptions()
    text = text_of(obj)
    meta = obj.get("meta") or {}
    if not isinstance(meta, dict):
        raise ValueError("'meta' must be an object")
    published = meta.get("published", meta.get("date"))
    record = ArticleRecord(
        text=text,
        id=_meta_str(meta, "id"),
        title=_meta_str(meta, "title") or title_of(text),
        source=_meta_str(meta, "source"),
        url=_meta_str(meta, "url"),
        published=parse_date(published),
    )
    if isinstance(obj.get("events"), list):  # written by Annotator: the events themselves
        record.events = [event_from_json(e, text, i, options.schema) for i, e in enumerate(obj["events"])]
        return record, []
    events, problems = annotations_of(obj, text, line, options)
    record.events = events
    return record, problems


def read_prodigy_jsonl(file: InputFile, options: ImportOptions) -> RecordStream:
    yield from read_json_records(file, options, record_from_prodigy)
