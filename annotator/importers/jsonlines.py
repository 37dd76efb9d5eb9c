"""JSON Lines decoding shared by the Annotator, Prodigy and doccano readers.

Lines are read as bytes with a length cap (``ImportOptions.max_line_bytes``) and decoded one by
one, so one line in a wrong encoding, one truncated line or one enormous line is rejected on its
own while the lines around it go in.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from annotator.importers.base import ImportOptions, RecordStream, Unmapped
from annotator.importers.streams import InputFile
from annotator.interchange import ArticleRecord, RecordError, iter_jsonl_lines

# A record, and (line, message) for each part of it that was read but not imported.
Converted = tuple[ArticleRecord, list[tuple[int, str]]]
Convert = Callable[[Any, ImportOptions, int], "ArticleRecord | Converted"]


def iter_json_lines(file: InputFile, options: ImportOptions) -> Iterator[tuple[int, Any | RecordError]]:
    """(line number, decoded JSON value or RecordError) for each non-blank line."""
    source = str(file)
    with file.open() as handle:
        yield from iter_jsonl_lines(handle, source, options.max_line_bytes)


def converted(source: str, number: int, result: ArticleRecord | Converted) -> RecordStream:
    """The record, then what of it was not imported, each naming the file and line."""
    record, problems = result if isinstance(result, tuple) else (result, [])
    yield number, record
    for line, message in problems:
        yield line, Unmapped(source, line, message)


def read_json_records(file: InputFile, options: ImportOptions, convert: Convert) -> RecordStream:
    """Decode each line and turn it into a record; every failure names the file and line."""
    source = str(file)
    for number, obj in iter_json_lines(file, options):
        if isinstance(obj, RecordError):
            yield number, obj
            continue
        try:
            result = convert(obj, options, number)
        except (ValueError, TypeError) as exc:
            yield number, RecordError(source, number, str(exc))
            continue
        except RecursionError:
            yield number, RecordError(source, number, "JSON nested too deeply")
            continue
        yield from converted(source, number, result)
