"""Decoding a whole text file strictly, naming the line of the first problem.

Used by the .txt reader. UTF-8 (with or without a byte-order mark) and UTF-16 with a byte-order
mark are accepted; anything else is rejected with the line and byte offset of the first bad byte
rather than guessed at, because a mis-decoded article ("Ã©" for "é") would be annotated and
exported wrong without anyone noticing.
"""

from __future__ import annotations

import io

from annotator.importers.streams import (
    UTF16_BOMS,
    InputFile,
    LineTooLong,
    binary_evidence,
    iter_lines,
)
from annotator.interchange import RecordError

UTF8_BOM = b"\xef\xbb\xbf"


def _read_utf16(file: InputFile, handle: io.BufferedReader) -> str | RecordError:
    parts: list[str] = []
    reader = io.TextIOWrapper(handle, encoding="utf-16", errors="strict", newline="")
    number = 0
    try:
        for number, line in enumerate(reader, start=1):  # noqa: B007 - number is read after the loop
            if "\x00" in line:
                return RecordError(str(file), number, "binary content (NUL character), not text")
            parts.append(line)
    except UnicodeDecodeError as exc:
        return RecordError(str(file), number + 1, f"not valid UTF-16 ({exc.reason})")
    finally:
        reader.detach()
    return "".join(parts)


def read_text(file: InputFile, limit: int) -> str | RecordError:
    """The whole file as text, or a RecordError naming the line of the first problem."""
    source = str(file)
    if file.size > limit:
        return RecordError(source, 1, f"file is {file.size} bytes; articles over {limit} bytes are not read")
    nul_line = binary_evidence(file.path)
    if nul_line is not None:
        return RecordError(source, nul_line, "binary file (NUL byte), not text")
    parts: list[str] = []
    offset = 0
    with file.open() as handle:
        if handle.peek(2)[:2] in UTF16_BOMS:
            return _read_utf16(file, handle)
        for number, raw in iter_lines(handle, limit):
            if isinstance(raw, LineTooLong):  # cannot happen below the size limit; kept for safety
                return RecordError(source, number, f"line is longer than {limit} bytes")
            if number == 1 and raw.startswith(UTF8_BOM):
                raw = raw[len(UTF8_BOM) :]
                offset += len(UTF8_BOM)
            if b"\x00" in raw:
                return RecordError(source, number, "binary content (NUL byte), not text")
            try:
                parts.append(raw.decode("utf-8"))
            except UnicodeDecodeError as exc:
                return RecordError(
                    source, number,
                    f"not valid UTF-8 (byte offset {offset + exc.start}); save the file as UTF-8",
                )
            offset += len(raw)
    return "".join(parts)
