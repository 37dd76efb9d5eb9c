"""Annotator JSONL reader: texts are stored exactly as given, since evidence offsets refer to them.

A line that looks like Prodigy output (a ``meta`` object, and neither ``events`` nor ``title``) is
read as Prodigy (see :mod:`annotator.importers.prodigy`).
"""

from __future__ import annotations

from typing import Any

from annotator.importers.base import ImportOptions, RecordStream
from annotator.importers.jsonlines import read_json_records
from annotator.importers.prodigy import looks_like_prodigy, record_from_prodigy
from annotator.importers.streams import InputFile
from annotator.interchange import ArticleRecord, article_from_json


def annotator_or_prodigy(obj: Any, options: ImportOptions) -> ArticleRecord:
    if looks_like_prodigy(obj):
        return record_from_prodigy(obj, options)
    return article_from_json(obj, options.schema)


def read_annotator_jsonl(file: InputFile, options: ImportOptions) -> RecordStream:
    yield from read_json_records(file, options, annotator_or_prodigy)
