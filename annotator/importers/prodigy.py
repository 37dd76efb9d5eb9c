"""Prodigy-style JSONL: ``{"text": ..., "meta": {"title", "url", "source", "published", "id"}}``.

Chosen with ``--format prodigy``; in a ``.jsonl`` file a line is also read this way when it has a
``meta`` object and neither ``events`` nor ``title`` (an Annotator line always has ``events`` or
``title`` when it came from our exporter). The text is stored as given, like Annotator JSONL;
Prodigy's own annotations (``spans``, ``label``...) are not imported, and the title is
``meta.title`` or else the first non-empty line of the text.
"""

from __future__ import annotations

from typing import Any

from annotator.importers.base import ImportOptions, RecordStream
from annotator.importers.cleaning import title_of
from annotator.importers.jsonlines import read_json_records
from annotator.importers.streams import InputFile
from annotator.interchange import ArticleRecord, parse_date, text_of

META_KEYS = ("title", "url", "source", "published", "id")


def looks_like_prodigy(obj: Any) -> bool:
    return isinstance(obj, dict) and "meta" in obj and "events" not in obj and "title" not in obj


def _meta_str(meta: dict[str, Any], key: str) -> str | None:
    value = meta.get(key)
    if value is None or value == "":
        return None
    if not isinstance(value, (str, int)) or isinstance(value, bool):
        raise ValueError(f"meta.{key} must be a string, got {type(value).__name__}")
    return str(value)


def record_from_prodigy(obj: Any, options: ImportOptions | None = None) -> ArticleRecord:
    """Validate one Prodigy task; ValueError says what is wrong."""
    text = text_of(obj)
    meta = obj.get("meta") or {}
    if not isinstance(meta, dict):
        raise ValueError("'meta' must be an object")
    published = meta.get("published", meta.get("date"))
    return ArticleRecord(
        text=text,
        id=_meta_str(meta, "id"),
        title=_meta_str(meta, "title") or title_of(text),
        source=_meta_str(meta, "source"),
        url=_meta_str(meta, "url"),
        published=parse_date(published),
    )


def read_prodigy_jsonl(file: InputFile, options: ImportOptions) -> RecordStream:
    yield from read_json_records(file, options, record_from_prodigy)
