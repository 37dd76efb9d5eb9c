"""What every exporter shares: the filters, atomic writes, and the stream of articles to write."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import IO

from annotator.db import repo
from annotator.db.engine import Database
from annotator.interchange import ArticleRecord

DEFAULT_STATUSES = ("confirmed", "gold")


@dataclass
class ExportFilters:
    statuses: tuple[str, ...] = DEFAULT_STATUSES
    annotators: tuple[str, ...] = ()
    since: date | None = None
    until: date | None = None
    event_types: tuple[str, ...] = ()
    type_field: str = "event_type"
    date_field: str = "event_date"

    def keeps_event_values(self, values: dict) -> bool:
        if self.event_types and values.get(self.type_field) not in self.event_types:
            return False
        if self.since or self.until:
            raw = values.get(self.date_field)
            try:
                day = date.fromisoformat(str(raw)[:10]) if raw else None
            except ValueError:
                day = None
            if day is None:
                return False
            if self.since and day < self.since:
                return False
            if self.until and day > self.until:
                return False
        return True


@dataclass
class ExportResult:
    path: Path
    articles: int
    events: int


ProgressCallback = Callable[[int, int], None]  # (articles done, articles total)


def filtered_articles(
    db: Database, filters: ExportFilters, progress: ProgressCallback | None = None
) -> Iterator[ArticleRecord]:
    """Every article in id order, with only the events that pass the filters."""
    with db.session() as session:
        total = repo.count_articles(session)
        for done, record in enumerate(
            repo.iter_article_records(
                session, statuses=filters.statuses, annotators=filters.annotators or None
            ),
            start=1,
        ):
            record.events = [e for e in record.events if filters.keeps_event_values(e.values)]
            yield record
            if progress is not None:
                progress(done, total)


@contextmanager
def atomic_output(path: Path, mode: str = "w", newline: str | None = None) -> Iterator[IO]:
    """Write to a temporary file beside ``path`` and rename it into place only on success."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        encoding = None if "b" in mode else "utf-8"
        with os.fdopen(fd, mode, encoding=encoding, newline=newline) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
