"""JSON Lines decoding shared by the Annotator and Prodigy readers.

Lines are read as bytes with a length cap (``ImportOptions.max_line_bytes``) and decoded one by
one, so one line in a wrong encoding, one truncated line or one enormous line is rejected on its
own while the lines around it go in.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from annotator.importers.base import ImportOptions, RecordStream
from annotator.importers.streams import InputFile
from annotator.interchange import ArticleRecord, RecordError, iter_jsonl_lines

Convert = Callable[[Any, ImportOptions], ArticleRecord]


def iter_json_lines(file: InputFile, options: ImportOptions) -> Iterator[tuple[int, Any | RecordError]]:
    """(line number, decoded JSON value or RecordError) for each non-blank line."""
    source = str(file)
    with file.open() as handle:
        yield from iter_jsonl_lines(handle, source, options.max_line_bytes)


def read_json_records(file: InputFile, options: ImportOptions, convert: Convert) -> RecordStream:
    """Decode each line and turn it into a record; every failure names the file and line."""
    source = str(file)
    for number, obj in iter_json_lines(file, options):
        if isinstance(obj, RecordError):
            yield number, obj
            continue
        try:
            yield number, convert(obj, options)
        except (ValueError, TypeError) as exc:
            yield number, RecordError(source, number, str(exc))
        except RecursionError:
            yield number, RecordError(source, number, "JSON nested too deeply")
