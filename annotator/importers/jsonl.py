"""Annotator JSONL reader: texts are stored exactly as given, since evidence offsets refer to them."""

from __future__ import annotations

from pathlib import Path

from annotator.importers.base import ImportOptions, RecordStream
from annotator.interchange import read_jsonl


def read_annotator_jsonl(path: Path, options: ImportOptions) -> RecordStream:
    yield from read_jsonl(path, options.schema)
