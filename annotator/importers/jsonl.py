"""Annotator JSONL reader: texts are stored exactly as given, since evidence offsets refer to them.

A ``.jsonl`` line from another tool is read as that tool's format: Prodigy tasks (Prodigy's keys,
or ``meta`` without ``events``/``title``; :mod:`annotator.importers.prodigy`) and doccano lines
(``label``/``entities`` lists; :mod:`annotator.importers.doccano`), so their annotations are
mapped, never dropped.
"""

from __future__ import annotations

from typing import Any

from annotator.importers.base import ImportOptions, RecordStream
from annotator.importers.doccano import looks_like_doccano, record_from_doccano
from annotator.importers.jsonlines import Converted, read_json_records
from annotator.importers.prodigy import looks_like_prodigy, record_from_prodigy
from annotator.importers.streams import InputFile
from annotator.interchange import ArticleRecord, article_from_json


def annotator_or_other(obj: Any, options: ImportOptions, line: int = 0) -> ArticleRecord | Converted:
    if looks_like_doccano(obj):
        return record_from_doccano(obj, options, line)
    if looks_like_prodigy(obj):
        return record_from_prodigy(obj, options, line)
    return article_from_json(obj, options.schema)


def read_annotator_jsonl(file: InputFile, options: ImportOptions) -> RecordStream:
    yield from read_json_records(file, options, annotator_or_other)
