"""CSV with a header row: one row is one article.

Columns are found by name (``text``, ``title``, ``url``, ``published``, ``source``, optional
``id``), renamed with the ``--*-column`` options. Rows are streamed with the csv module, so quoted
fields may hold newlines. Each physical line is decoded on its own: a row whose bytes are not UTF-8
is rejected naming that line, and the rows after it still go in. Rejections name the line where
the row starts. The text is cleaned like a .txt file; the title is the title column, or else the
first line of the text.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from datetime import date

from annotator.importers.base import ImportOptions, RecordStream
from annotator.importers.cleaning import clean_text, title_of
from annotator.importers.streams import InputFile, LineTooLong, iter_lines
from annotator.interchange import ArticleRecord, RecordError, parse_date

# Languages tried for non-ISO dates; trying all ~200 of dateparser's takes seconds per bad value.
DATE_LANGUAGES = ["en", "fr", "es", "pt", "ar", "ru", "uk", "de", "tr", "it"]


class _Lines:
    """Feeds decoded physical lines to csv.reader and remembers which lines were bad."""

    def __init__(self, file: InputFile, limit: int) -> None:
        self._file = file
        self._limit = limit
        self.count = 0
        self.problems: dict[int, str] = {}

    def __iter__(self) -> Iterator[str]:
        with self._file.open() as handle:
            for number, raw in iter_lines(handle, self._limit):
                self.count = number
                if isinstance(raw, LineTooLong):
                    self.problems[number] = f"line is {raw.length} bytes, longer than {self._limit}"
                    yield "\n"
                    continue
                if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
                    raw = raw[3:]
                if b"\x00" in raw:
                    self.problems.setdefault(number, "binary content (NUL byte)")
                try:
                    yield raw.decode("utf-8")
                except UnicodeDecodeError as exc:
                    self.problems.setdefault(
                        number, f"not valid UTF-8 (byte {exc.start} of the line); save the CSV as UTF-8"
                    )
                    # Keep the parser in step (quotes, separators) without trusting the bad bytes.
                    yield raw.decode("utf-8", errors="surrogateescape")


def parse_published(value: str) -> date | None:
    """ISO dates (and timestamps) directly; other explicit dates ("2 March 2017") via dateparser."""
    value = value.strip()
    try:
        return parse_date(value)
    except ValueError:
        pass
    import dateparser  # slow to import; only needed for non-ISO dates

    parsed = dateparser.parse(value, languages=DATE_LANGUAGES, settings={"REQUIRE_PARTS": ["day", "month", "year"]})
    if parsed is None:
        raise ValueError(f"published is not a date: {value!r}")
    return parsed.date()


def _rows(lines: _Lines, source: str) -> Iterator[tuple[int, int, list[str] | RecordError]]:
    """(first line, last line, fields or RecordError) for each row."""
    reader = csv.reader(lines, strict=False)
    while True:
        start = lines.count + 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield start, lines.count, RecordError(source, start, f"not valid CSV: {exc}")
            continue
        yield start, lines.count, row


def read_csv(file: InputFile, options: ImportOptions) -> RecordStream:
    source = str(file)
    csv.field_size_limit(max(csv.field_size_limit(), options.max_text_bytes))
    lines = _Lines(file, options.max_text_bytes)
    columns: dict[str, int] | None = None
    for start, end, row in _rows(lines, source):
        problem = next((lines.problems[n] for n in range(start, end + 1) if n in lines.problems), None)
        if problem is not None:
            yield start, RecordError(source, start, problem)
            if columns is None:
                return  # without a readable header no row can be understood
            continue
        if isinstance(row, RecordError):
            yield start, row
            continue
        if not row or not any(cell.strip() for cell in row):
            continue
        if columns is None:
            columns = {name.strip().lower(): i for i, name in reversed(list(enumerate(row)))}
            if options.text_column.lower() not in columns:
                yield start, RecordError(
                    source, start,
                    f"no {options.text_column!r} column in the header ({', '.join(row)}); "
                    "name the text column with --text-column",
                )
                return
            continue
        yield start, _record(row, columns, options, source, start)


def _record(
    row: list[str], columns: dict[str, int], options: ImportOptions, source: str, line: int
) -> ArticleRecord | RecordError:
    def cell(name: str) -> str:
        index = columns.get(name.lower())
        return row[index].strip() if index is not None and index < len(row) else ""

    raw_text = cell(options.text_column)
    if not raw_text:
        return RecordError(source, line, f"row has no text (column {options.text_column!r} is missing or empty)")
    if len(raw_text) > options.max_text_bytes:
        return RecordError(source, line, f"text is longer than {options.max_text_bytes} characters")
    text = clean_text(raw_text)
    if not text:
        return RecordError(source, line, "row has no article text after removing page debris")
    try:
        published = parse_published(cell(options.published_column)) if cell(options.published_column) else None
    except ValueError as exc:
        return RecordError(source, line, f"{exc} (column {options.published_column!r})")
    title = clean_text(cell(options.title_column))
    return ArticleRecord(
        text=text,
        id=cell("id") or None,
        title=title_of(title) if title else title_of(text),
        source=cell(options.source_column) or None,
        url=cell(options.url_column) or None,
        published=published,
    )
