"""Attach a colleague's database file: copy in its articles and events, never changing either side.

The other file is only ever read. It is snapshotted with SQLite's backup API into a temporary copy
(opened ``mode=ro``; when no ``-wal`` file exists nobody has it open in WAL mode, so it is opened
``immutable=1`` as well, which creates no ``-wal``/``-shm`` files beside it). The copy is upgraded
to the current layout like any database, so an older colleague's file attaches too.

Articles are matched by content hash (the same text is the same article, whatever its id); events
keep their annotator names; an event the same annotator already has here (same values, status and
evidence, ``repo.has_identical_event``) is skipped, and nothing local is updated or deleted. Gold
events keep their provenance: their source ids are rewritten to the local copies of their sources.
"""

from __future__ import annotations

import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path

from sqlmodel import select

from annotator.db import repo
from annotator.db.engine import Database, DatabaseError
from annotator.db.models import Article
from annotator.interchange import ArticleRecord, EventRecord
from annotator.review.queries import identical_event_id
from annotator.safety.on_open import open_checked
from annotator.schema import Schema


class AttachError(RuntimeError):
    """The other database cannot be attached; the message says why."""


@dataclass
class AttachReport:
    source: str
    articles_added: int = 0
    articles_matched: int = 0
    events_added: int = 0
    events_skipped: int = 0

    def summary(self) -> str:
        return (
            f"attached {self.source}: {self.articles_added} new articles, {self.articles_matched} "
            f"already here; {self.events_added} events added, {self.events_skipped} already present"
        )


def snapshot_readonly(path: Path, dest: Path) -> None:
    """Copy a SQLite file to ``dest`` through a read-only connection (the source is not written)."""
    wal = path.with_name(path.name + "-wal")
    flags = "mode=ro" if wal.exists() else "mode=ro&immutable=1"
    uri = f"{path.resolve().as_uri().replace('file://', 'file:', 1)}?{flags}"
    try:
        source = sqlite3.connect(uri, uri=True)
    except sqlite3.Error as exc:
        raise AttachError(f"cannot open {path} read-only: {exc}") from exc
    target = sqlite3.connect(dest)
    try:
        source.backup(target)
    except sqlite3.DatabaseError as exc:
        raise AttachError(f"{path} is not a readable SQLite database: {exc}") from exc
    finally:
        target.close()
        source.close()


def attach_database(
    db: Database,
    other: str | Path,
    *,
    analyst: str | None = None,
    schema: Schema | None = None,
) -> AttachReport:
    """Copy another analyst's articles and events into ``db`` (see the module docstring)."""
    path = Path(other)
    if not path.is_file():
        raise AttachError(f"no database file {path}")
    if db.path is not None and db.path.exists() and path.resolve() == db.path.resolve():
        raise AttachError(f"{path} is the open database itself")
    report = AttachReport(source=str(path))
    field_names = schema.field_names if schema else None
    with tempfile.TemporaryDirectory(prefix="annotator-attach-") as tmp:
        copy = Path(tmp) / "snapshot.sqlite3"
        snapshot_readonly(path, copy)
        try:
            # No automatic backup of a throw-away snapshot; the integrity check still runs.
            theirs = open_checked(f"sqlite:///{copy}", backup=False)
        except DatabaseError as exc:
            raise AttachError(f"cannot read {path}: {exc}") from exc
        try:
            with theirs.session() as src, db.session() as dst:
                batch = repo.new_batch(dst, f"attach:{path}", analyst)
                id_map: dict[int, int] = {}
                for article in src.exec(select(Article).order_by(Article.id)).all():
                    with dst.begin_nested():
                        _attach_article(src, dst, article, batch.id, id_map, field_names, report)
                batch.imported = report.articles_added
                batch.duplicates = report.articles_matched
                dst.add(batch)
                dst.commit()
        finally:
            theirs.dispose()
    return report


def _attach_article(
    src, dst, article: Article, batch_id: int | None, id_map: dict[int, int],  # type: ignore[no-untyped-def]
    field_names: list[str] | None, report: AttachReport,
) -> None:
    record = ArticleRecord(
        text=article.text, id=article.ext_id, title=article.title, source=article.source,
        url=article.url, published=article.published,
    )
    local, created = repo.add_article(dst, record, batch_id)
    report.articles_added += int(created)
    report.articles_matched += int(not created)
    local_id = local.id or 0
    # Oldest first, so an adjudicated event's sources are mapped before the event itself.
    for event in sorted(repo.events_for_article(src, article.id or 0), key=lambda e: e.id):
        incoming = EventRecord(
            values=dict(event.values), evidence=list(event.evidence), annotator=event.annotator,
            status=event.status, confidence=event.confidence, schema=event.schema,
            comment=event.comment,
        )
        if not created and repo.has_identical_event(dst, local_id, incoming, event.annotator):
            report.events_skipped += 1
            found = identical_event_id(dst, local_id, incoming, event.annotator)
            if found is not None:
                id_map[event.id] = found
            continue
        stored = repo.add_event(
            dst, local_id, incoming, annotator=event.annotator, schema_fields=field_names,
            field_origin=event.field_origin,
            source_event_ids=[id_map[s] for s in (event.source_event_ids or []) if s in id_map],
        )
        id_map[event.id] = stored.id
        report.events_added += 1
