"""Saving one event as the analyst (or reviewer) left it: the one unit of work every writer uses.

The window's writer thread, ``annotator adjudicate`` and the crash test all save through
:func:`save_edit`: a new event is added, an existing one is saved on top of the version the edit
started from (a stale one raises ConflictError), and a confirmed event teaches the words of its
actor evidence as aliases of the actor. :func:`commit_edit` is the same in its own transaction,
retried while another process holds the lock.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from sqlmodel import Session

from annotator.db.events import StoredEvent, add_event, save_event
from annotator.db.learned import learn_from_event
from annotator.db.retry import transact
from annotator.db.vocabulary import learn_actor_alias
from annotator.interchange import EventRecord, EvidenceSpan
from annotator.schema import Schema
from annotator.schema_roles import without_suggester_note
from annotator.status import EventStatus


@dataclass(frozen=True)
class EventEdit:
    """An event's content to store: new when ``event_id`` is None, else on top of ``version``."""

    article_id: int
    annotator: str
    values: dict[str, Any]
    evidence: Sequence[EvidenceSpan] = ()
    status: str = EventStatus.DRAFT
    field_origin: dict[str, str] | None = None
    event_id: int | None = None
    version: int = 1
    confidence: float | None = None
    comment: str | None = None
    source_event_ids: Sequence[int] | None = None
    schema_name: str = "acled"
    # The schema's fields (others are kept apart as extras) and its actor fields (alias learning).
    schema_fields: tuple[str, ...] | None = None
    actor_fields: tuple[str, ...] = field(default=())

    @classmethod
    def in_schema(cls, schema: Schema, **content: Any) -> EventEdit:
        return cls(
            schema_name=schema.name,
            schema_fields=tuple(schema.field_names),
            actor_fields=tuple(f.name for f in schema.fields if f.type == "actor"),
            **content,
        )


def edit_of(stored: StoredEvent, **changes: Any) -> EventEdit:
    """A stored event's whole content as an edit on top of its version, with ``changes`` applied."""
    edit = EventEdit(
        article_id=stored.article_id, annotator=stored.annotator, values=dict(stored.values),
        evidence=tuple(stored.evidence), status=stored.status, field_origin=stored.field_origin,
        event_id=stored.id, version=stored.version, confidence=stored.confidence,
        comment=stored.comment, source_event_ids=stored.source_event_ids, schema_name=stored.schema,
    )
    return replace(edit, **changes)


def save_edit(session: Session, edit: EventEdit) -> StoredEvent:
    """Store the edit in ``session`` (see the module docstring); the caller commits."""
    evidence = list(edit.evidence)
    if edit.status in (EventStatus.CONFIRMED, EventStatus.GOLD):
        # The suggester's remarks on its guesses were for checking; the record keeps the analyst's.
        cleaned = {k: without_suggester_note(v) if isinstance(v, str) else v for k, v in edit.values.items()}
        if cleaned != edit.values:
            edit = replace(edit, values=cleaned)
    if edit.event_id is None:
        record = EventRecord(
            values=dict(edit.values), evidence=evidence, annotator=edit.annotator, status=edit.status,
            confidence=edit.confidence, schema=edit.schema_name, comment=edit.comment or "",
        )
        stored = add_event(
            session, edit.article_id, record, annotator=edit.annotator,
            schema_fields=edit.schema_fields, field_origin=edit.field_origin,
            source_event_ids=list(edit.source_event_ids or []),
        )
    else:
        stored = save_event(
            session, edit.event_id, edit.version, values=dict(edit.values), evidence=evidence,
            status=edit.status, field_origin=edit.field_origin, comment=edit.comment,
            source_event_ids=edit.source_event_ids,
            # Gold is the decision of whoever adjudicated last; other events stay their coder's.
            annotator=edit.annotator if edit.status == EventStatus.GOLD else None,
        )
    if edit.status in (EventStatus.CONFIRMED, EventStatus.GOLD):
        learn_from_confirmed(session, edit)
    return stored


def learn_from_confirmed(session: Session, edit: EventEdit) -> None:
    """What a confirmation teaches: actor aliases, the place, the trigger words."""
    learn_aliases(session, edit)
    learn_from_event(session, edit.values, edit.evidence)


def learn_aliases(session: Session, edit: EventEdit) -> None:
    """Confirmed actor fields teach their evidence words as aliases of the value."""
    for name in edit.actor_fields:
        value = edit.values.get(name)
        if not isinstance(value, str) or not value:
            continue
        for span in edit.evidence:
            if span.field == name:
                learn_actor_alias(session, span.text, value)


def commit_edit(
    session_factory: Callable[[], Session], edit: EventEdit, *, timeout: float = 30.0
) -> StoredEvent:
    """:func:`save_edit` in its own committed transaction, retried while the database is locked."""
    return transact(session_factory, lambda session: save_edit(session, edit), timeout=timeout)
