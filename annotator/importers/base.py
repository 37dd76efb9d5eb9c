"""The import pipeline shared by every input format: readers yield records, one loop stores them.

A reader turns a file (an :class:`InputFile`, which also counts the bytes read for the progress bar)
into ``(line, ArticleRecord | RecordError)`` pairs and never raises for a bad record, so good
records go in while bad ones are reported with file and line. Each record is stored
in its own savepoint: a failure rolls back that record only, never what was stored before.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlmodel import Session

from annotator.db import repo
from annotator.db.engine import Database
from annotator.importers.streams import InputFile
from annotator.interchange import MAX_LINE_BYTES, ArticleRecord, RecordError
from annotator.schema import Schema
from annotator.status import EventStatus


@dataclass
class Unmapped:
    """Part of a record that was read but has no place in Annotator (an unknown label, a span no
    event holds): the record goes in without it, and the report names file and line."""

    source: str
    line: int | None
    message: str


RecordStream = Iterator[tuple[int, "ArticleRecord | RecordError | Unmapped"]]
# A reader takes the file (path-like, with ``open()`` counting bytes) and the run's options.
Reader = Callable[[InputFile, "ImportOptions"], RecordStream]
# One article's text (a .txt or .html file, a CSV field) larger than this is rejected, not read.
MAX_TEXT_BYTES = 32 * 1024 * 1024


@dataclass
class ImportOptions:
    """Choices that apply to one import run (CSV column names, the format when not guessable)."""

    format: str | None = None
    text_column: str = "text"
    title_column: str = "title"
    url_column: str = "url"
    published_column: str = "published"
    source_column: str = "source"
    schema: Schema | None = None
    # Filled in where a record lacks them (plain .txt files carry no date or outlet): relative
    # dates such as "on Sunday" can only be resolved against a publication date.
    default_published: date | None = None
    default_source: str | None = None
    # Given to events that carry no status / no annotator (gold files often have neither, other
    # tools never do); the report counts them. None for the annotator: whoever runs the import.
    default_status: str = EventStatus.DRAFT
    default_annotator: str | None = None
    # Limits that keep memory bounded on hostile input (tests lower them).
    max_line_bytes: int = MAX_LINE_BYTES
    max_text_bytes: int = MAX_TEXT_BYTES


@dataclass
class Rejection:
    """A record (or file) that was not imported: the file, the line (1-based), and why.

    ``line`` is None only when the file could not be read at all (missing, unknown format);
    problems with a whole readable file (empty, binary) are reported at the line they were found.
    """

    source: str
    line: int | None
    message: str

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}" if self.line is not None else self.source
        return f"{where}: {self.message}"


@dataclass
class ImportReport:
    imported: int = 0
    duplicates: int = 0
    events_added: int = 0
    events_skipped: int = 0
    rejected: list[Rejection] = field(default_factory=list)
    files: int = 0
    # Annotations read but not imported (their record went in without them), file and line each.
    unmapped: list[Rejection] = field(default_factory=list)
    # Events that named no status / no annotator, and what they were given instead.
    status_assumed: int = 0
    annotator_assumed: int = 0
    default_status: str = EventStatus.DRAFT
    default_annotator: str = ""
    # New articles whose id names a stored article of another text (file and line each): the
    # same report imported from a .txt (cleaned of page debris) and from JSONL (kept verbatim)
    # is two articles, and an analyst should hear it rather than find two rows in the list.
    same_id: list[Rejection] = field(default_factory=list)
    # New articles stored without a publication date (every .txt): their "on Sunday" cannot be
    # dated until one is given, which the analyst should hear when importing, not when coding.
    undated: int = 0

    @property
    def rejected_count(self) -> int:
        return len(self.rejected)

    def merge(self, other: ImportReport) -> None:
        self.imported += other.imported
        self.duplicates += other.duplicates
        self.events_added += other.events_added
        self.events_skipped += other.events_skipped
        self.rejected.extend(other.rejected)
        self.files += other.files
        self.unmapped.extend(other.unmapped)
        self.same_id.extend(other.same_id)
        self.undated += other.undated
        self.status_assumed += other.status_assumed
        self.annotator_assumed += other.annotator_assumed
        self.default_status = other.default_status
        self.default_annotator = other.default_annotator or self.default_annotator

    def summary(self) -> str:
        text = (
            f"{self.imported} imported, {self.duplicates} duplicate, {self.rejected_count} rejected"
            f" ({self.events_added} events added, {self.events_skipped} already present)"
        )
        said = self.assumptions()
        if said:
            text += "; " + ", ".join(said)
        if self.unmapped:
            text += f"; {len(self.unmapped)} annotations not mapped"
        if self.same_id:
            text += (f"; {len(self.same_id)} new {'article has' if len(self.same_id) == 1 else 'articles have'}"
                     " the id of a stored article whose text differs")
        if self.undated:
            text += (f"; {self.undated} new {'article has' if self.undated == 1 else 'articles have'} no "
                     "publication date, so dates such as 'on Sunday' stay empty until one is given")
        return text

    def assumptions(self) -> list[str]:
        """What the import filled in for events that did not say, in words for the user."""
        said = []
        if self.status_assumed:
            said.append(f"{_events(self.status_assumed)} without a status stored as {self.default_status!r}")
        if self.annotator_assumed:
            said.append(f"{_events(self.annotator_assumed)} without an annotator stored as by "
                        f"{self.default_annotator!r}")
        return said


def _events(count: int) -> str:
    return f"{count} event" if count == 1 else f"{count} events"


@dataclass
class ImportProgress:
    """Reported after each record: which file, how far into it (bytes), and the running report.

    ``run_done_bytes``/``run_total_bytes`` cover every file of the run, for one overall bar.
    """

    path: Path
    done_bytes: int
    total_bytes: int
    report: ImportReport
    run_done_bytes: int = 0
    run_total_bytes: int = 0


ProgressCallback = Callable[[ImportProgress], None]


# How long an import may keep the write lock before committing, so that saves from the window
# (which wait up to the busy timeout) never stall behind a long import.
MAX_WRITE_HOLD_S = 0.5


def _begin_write(session: Session) -> float:
    """Open the chunk's transaction explicitly on SQLite.

    Python's sqlite3 driver starts a transaction only before INSERT/UPDATE/DELETE, so a SAVEPOINT
    issued first becomes its own transaction and every record would commit (and fsync) alone.
    BEGIN IMMEDIATE takes the write lock up front, waiting on the busy timeout instead of failing
    later when a read would have to be upgraded to a write.
    """
    connection = session.connection()
    if connection.dialect.name == "sqlite":
        raw = connection.connection.dbapi_connection
        if raw is not None and not raw.in_transaction:
            connection.exec_driver_sql("BEGIN IMMEDIATE")
    return time.monotonic()


def store_records(
    db: Database,
    records: Iterable[tuple[int, ArticleRecord | RecordError | Unmapped]],
    *,
    source: str,
    analyst: str | None,
    schema: Schema | None,
    on_record: Callable[[ImportReport], None] | None = None,
    commit_every: int = 200,
) -> ImportReport:
    """Store a stream of records; events attach to existing articles matched by content hash."""
    report = ImportReport(files=1)
    field_names = schema.field_names if schema else None
    with db.session() as session:
        batch = repo.new_batch(session, source, analyst)
        session.commit()
        pending = 0
        opened = 0.0
        for line, record in records:
            if isinstance(record, RecordError):
                report.rejected.append(Rejection(record.source, record.line, record.message))
            elif isinstance(record, Unmapped):
                report.unmapped.append(Rejection(record.source, record.line, record.message))
            else:
                if pending == 0:
                    opened = _begin_write(session)
                try:
                    with session.begin_nested():
                        article, created = repo.add_article(session, record, batch.id)
                        twin = (
                            repo.other_article_with_ext_id(session, record.id, article.id or 0)
                            if created and record.id else None
                        )
                        added = skipped = 0
                        for event in record.events:
                            who = event.annotator or analyst or "unknown"
                            if not created and repo.has_identical_event(session, article.id or 0, event, who):
                                skipped += 1
                                continue
                            repo.add_event(
                                session, article.id or 0, event, annotator=who, schema_fields=field_names
                            )
                            added += 1
                    report.imported += int(created)
                    report.undated += int(created and article.published is None)
                    if twin is not None:
                        report.same_id.append(Rejection(source, line, (
                            f"id {record.id!r} is already article #{twin}, whose text differs (a .txt "
                            "import drops page debris, JSONL keeps the text as it is): stored as a new article"
                        )))
                    report.duplicates += int(not created)
                    report.events_added += added
                    report.events_skipped += skipped
                    pending += 1
                except Exception as exc:  # one bad record must not stop the others
                    report.rejected.append(Rejection(source, line, f"not stored: {exc}"))
            if pending and (pending >= commit_every or time.monotonic() - opened > MAX_WRITE_HOLD_S):
                session.commit()
                pending = 0
            if on_record is not None:
                on_record(report)
        batch.imported = report.imported
        batch.duplicates = report.duplicates
        batch.rejected = report.rejected_count
        session.add(batch)
        session.commit()
    return report
