"""SQLModel tables: the one place the database layout is described in Python.

The layout itself is created and changed only by the Alembic migrations in ``migrations/``; these
classes must match the latest migration (a test compares them).
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import JSON, Column, ForeignKey, Integer, UniqueConstraint
from sqlmodel import Field, SQLModel

from annotator.status import ArticleStatus, EventStatus

FIELD_ORIGINS = ("accepted", "edited", "typed")


def utcnow() -> datetime:
    return datetime.now(UTC)


class Annotator(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(index=True, unique=True)
    created: datetime = Field(default_factory=utcnow)


class ImportBatch(SQLModel, table=True):
    __tablename__ = "import_batch"

    id: int | None = Field(default=None, primary_key=True)
    source: str
    created: datetime = Field(default_factory=utcnow)
    annotator_id: int | None = Field(default=None, foreign_key="annotator.id")
    imported: int = 0
    duplicates: int = 0
    rejected: int = 0


class Article(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    ext_id: str | None = Field(default=None, index=True)
    title: str = ""
    text: str
    source: str | None = None
    url: str | None = None
    published: date | None = None
    content_hash: str = Field(index=True, unique=True)
    batch_id: int | None = Field(default=None, foreign_key="import_batch.id")
    status: str = Field(default=ArticleStatus.NEW, index=True)
    created: datetime = Field(default_factory=utcnow)


class Event(SQLModel, table=True):
    """One annotator's coding of one event. ``values`` holds the schema's fields as JSON."""

    id: int | None = Field(default=None, primary_key=True)
    article_id: int = Field(
        sa_column=Column(Integer, ForeignKey("article.id", ondelete="CASCADE"), index=True, nullable=False)
    )
    annotator_id: int = Field(foreign_key="annotator.id", index=True)
    schema_name: str = "acled"
    values: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    status: str = Field(default=EventStatus.DRAFT, index=True)
    confidence: float | None = None
    position: int = 0
    # Per field: how its value came to be ("accepted" from a suggestion, "edited", "typed").
    field_origin: dict[str, str] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    # Adjudication: the events this gold event was built from, and the reviewer's comment.
    source_event_ids: list[int] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    comment: str = ""
    # Extra keys found on import that the schema does not know; written back on export.
    extra: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    created: datetime = Field(default_factory=utcnow)
    updated: datetime = Field(default_factory=utcnow)
    version: int = 1


class Evidence(SQLModel, table=True):
    """Words of the article that support one field of one event (Python str offsets)."""

    __table_args__ = (UniqueConstraint("event_id", "field", "start", "end", name="uq_evidence_span"),)

    id: int | None = Field(default=None, primary_key=True)
    event_id: int = Field(
        sa_column=Column(Integer, ForeignKey("event.id", ondelete="CASCADE"), index=True, nullable=False)
    )
    field: str
    start: int
    end: int
    text: str


class ActorAlias(SQLModel, table=True):
    """Names analysts typed and confirmed for an actor, learned for later suggestions."""

    __tablename__ = "actor_alias"
    __table_args__ = (UniqueConstraint("alias", "canonical", name="uq_actor_alias"),)

    id: int | None = Field(default=None, primary_key=True)
    alias: str = Field(index=True)
    canonical: str
    created: datetime = Field(default_factory=utcnow)


# Tables of what the suggester learns (issue 11) live in their own module; importing it here
# registers them with the rest, so every metadata user (tests, autogenerate) sees one layout.
from annotator.db import learned as _learned  # noqa: E402, F401
