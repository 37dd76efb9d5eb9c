"""doccano JSONL exports: sequence labelling (``label``) and relation extraction (``entities``).

Two shapes, one per line, both read:

- ``{"text": ..., "label": [[start, end, "LABEL"], ...]}`` (``labels`` in older versions);
- ``{"text": ..., "entities": [{"id", "label", "start_offset", "end_offset"}],
  "relations": [{"id", "from_id", "to_id", "type"}]}``.

Spans and relations are mapped onto events through the schema (:mod:`annotator.importers.mapping`).
Document-level labels (text classification: ``"label": ["Battles"]``) are not spans; they are
reported, not silently dropped. Chosen with ``--format doccano``, or found in ``.jsonl`` files by
:func:`looks_like_doccano`.
"""

from __future__ import annotations

from typing import Any

from annotator.importers.base import ImportOptions, RecordStream
from annotator.importers.cleaning import title_of
from annotator.importers.jsonlines import Converted, read_json_records
from annotator.importers.mapping import ForeignRelation, ForeignSpan, build_events, label_map
from annotator.importers.streams import InputFile
from annotator.interchange import ArticleRecord, parse_date, text_of
from annotator.schema import load_schema


def looks_like_doccano(obj: Any) -> bool:
    if not isinstance(obj, dict) or "events" in obj or "spans" in obj:
        return False
    return any(isinstance(obj.get(key), list) for key in ("entities", "label", "labels"))


def _int(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def record_from_doccano(obj: Any, options: ImportOptions, line: int = 0) -> Converted:
    text = text_of(obj)
    problems: list[tuple[int, str]] = []
    spans: list[ForeignSpan] = []
    relations: list[ForeignRelation] = []
    categories: list[str] = []
    for key in ("label", "labels"):
        for i, item in enumerate(obj.get(key) or []):
            if isinstance(item, str):
                categories.append(item)
            elif (isinstance(item, list) and len(item) == 3 and _int(item[0]) is not None
                  and _int(item[1]) is not None and isinstance(item[2], str)):
                spans.append(ForeignSpan(f"{key}[{i}]", item[0], item[1], item[2], line))
            else:
                problems.append((line, f"{key}[{i}] is neither [start, end, label] nor a label; not imported"))
    for i, item in enumerate(obj.get("entities") or []):
        if not isinstance(item, dict) or _int(item.get("start_offset")) is None \
                or _int(item.get("end_offset")) is None or not isinstance(item.get("label"), str):
            problems.append((line, f"entities[{i}] needs start_offset, end_offset and label; not imported"))
            continue
        spans.append(ForeignSpan(str(item.get("id", f"entities[{i}]")), item["start_offset"],
                                 item["end_offset"], item["label"], line))
    for i, item in enumerate(obj.get("relations") or []):
        if not isinstance(item, dict) or not isinstance(item.get("type"), str):
            problems.append((line, f"relations[{i}] needs from_id, to_id and type; not imported"))
            continue
        relations.append(ForeignRelation(str(item.get("from_id")), str(item.get("to_id")), item["type"], line))
    if categories:
        problems.append((line, f"document labels {categories} are categories of the whole text, not "
                               "spans: not imported (Annotator needs the words that say it)"))
    labels = label_map(options.schema or load_schema("acled"))
    annotator = obj.get("user") if isinstance(obj.get("user"), str) else None
    events, found = build_events(text, spans, relations, labels, annotator=annotator)
    meta = obj.get("meta") if isinstance(obj.get("meta"), dict) else {}
    ext_id = obj.get("id", meta.get("id"))
    record = ArticleRecord(
        text=text,
        id=str(ext_id) if isinstance(ext_id, (str, int)) and not isinstance(ext_id, bool) else None,
        title=str(obj.get("title") or meta.get("title") or title_of(text)),
        source=obj.get("source") if isinstance(obj.get("source"), str) else None,
        url=obj.get("url") if isinstance(obj.get("url"), str) else None,
        published=parse_date(obj.get("published") or meta.get("published")),
        events=events,
    )
    return record, problems + [(p.line, p.message) for p in found]


def read_doccano_jsonl(file: InputFile, options: ImportOptions) -> RecordStream:
    yield from read_json_records(file, options, record_from_doccano)
