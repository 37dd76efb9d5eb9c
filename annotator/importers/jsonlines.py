"""JSON Lines decoding shared by the Annotator and Prodigy readers.

Lines are read as bytes with a length cap (``ImportOptions.max_line_bytes``) and decoded one by
one, so one line in a wrong encoding, one truncated line or one enormous line is rejected on its
own while the lines around it go in.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Any

from annotator.importers.base import ImportOptions, RecordStream
from annotator.importers.streams import InputFile, LineTooLong, iter_lines
from annotator.interchange import ArticleRecord, RecordError

Convert = Callable[[Any, ImportOptions], ArticleRecord]


def iter_json_lines(file: InputFile, options: ImportOptions) -> Iterator[tuple[int, Any | RecordError]]:
    """(line number, decoded JSON value or RecordError) for each non-blank line."""
    source = str(file)
    with file.open() as handle:
        for number, raw in iter_lines(handle, options.max_line_bytes):
            if isinstance(raw, LineTooLong):
                yield number, RecordError(
                    source, number, f"line is {raw.length} bytes, longer than {options.max_line_bytes}"
                )
                continue
            if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]
            if not raw.strip():
                continue
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                yield number, RecordError(source, number, f"not valid UTF-8 (byte {exc.start} of the line)")
                continue
            try:
                yield number, json.loads(line)
            except json.JSONDecodeError as exc:
                yield number, RecordError(source, number, f"not valid JSON: {exc.msg} (column {exc.colno})")
            except RecursionError:
                yield number, RecordError(source, number, "JSON nested too deeply")
            except ValueError as exc:  # e.g. an integer with more digits than Python allows
                yield number, RecordError(source, number, f"not valid JSON: {exc}")


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
