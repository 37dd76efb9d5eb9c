"""Events and their evidence: reading, adding, version-checked saving, deleting, ordering.

Saving checks the version the editor started from, so two windows (or a window and the CLI) never
silently overwrite each other: a stale save raises :class:`ConflictError` carrying the stored event.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, text, update
from sqlmodel import Session, col, select

from annotator.db.annotators import get_or_create_annotator
from annotator.db.articles import get_article, refresh_article_status
from annotator.db.errors import ConflictError, NotAllowedError, NotFoundError
from annotator.db.models import Annotator, Event, Evidence, utcnow
from annotator.interchange import EventRecord, EvidenceSpan


@dataclass
class StoredEvent(EventRecord):
    """An event record as stored, with its identity and version for safe saving."""

    id: int = 0
    article_id: int = 0
    version: int = 1
    position: int = 0
    field_origin: dict[str, str] | None = None
    source_event_ids: list[int] | None = None


def _evidence_rows(session: Session, event_ids: Sequence[int]) -> dict[int, list[EvidenceSpan]]:
    out: dict[int, list[EvidenceSpan]] = {i: [] for i in event_ids}
    if not event_ids:
        return out
    rows = session.exec(
        select(Evidence).where(col(Evidence.event_id).in_(event_ids)).order_by(Evidence.id)
    ).all()
    for row in rows:
        out[row.event_id].append(EvidenceSpan(row.field, row.start, row.end, row.text))
    return out


def _to_stored(event: Event, annotator: str, evidence: list[EvidenceSpan]) -> StoredEvent:
    values = dict(event.values)
    values.update({k: v for k, v in (event.extra or {}).items() if k not in values})
    return StoredEvent(
        values=values,
        evidence=evidence,
        annotator=annotator,
        status=event.status,
        confidence=event.confidence,
        schema=event.schema_name,
        comment=event.comment,
        sources=list(event.source_event_ids or []),
        id=event.id or 0,
        article_id=event.article_id,
        version=event.version,
        position=event.position,
        field_origin=dict(event.field_origin or {}),
        source_event_ids=list(event.source_event_ids or []),
    )


def events_for_article(
    session: Session,
    article_id: int,
    *,
    annotator: str | None = None,
    statuses: Iterable[str] | None = None,
) -> list[StoredEvent]:
    stmt = (
        select(Event, Annotator.name)
        .join(Annotator, Annotator.id == Event.annotator_id)
        .where(Event.article_id == article_id)
    )
    if annotator:
        stmt = stmt.where(Annotator.name == annotator)
    if statuses is not None:
        stmt = stmt.where(col(Event.status).in_(list(statuses)))
    rows = session.exec(stmt.order_by(Event.position, Event.id)).all()
    evidence = _evidence_rows(session, [e.id for e, _ in rows if e.id is not None])
    return [_to_stored(e, name, evidence[e.id or 0]) for e, name in rows]


def get_event(session: Session, event_id: int) -> StoredEvent:
    row = session.exec(
        select(Event, Annotator.name)
        .join(Annotator, Annotator.id == Event.annotator_id)
        .where(Event.id == event_id)
    ).first()
    if row is None:
        raise NotFoundError(f"no event {event_id}")
    event, name = row
    return _to_stored(event, name, _evidence_rows(session, [event_id])[event_id])


def _replace_evidence(session: Session, event_id: int, spans: Iterable[EvidenceSpan]) -> None:
    session.exec(text("DELETE FROM evidence WHERE event_id = :e").bindparams(e=event_id))  # type: ignore[call-overload]
    seen: set[tuple[str, int, int]] = set()
    for span in spans:
        key = (span.field, span.start, span.end)
        if key in seen:
            continue
        seen.add(key)
        session.add(Evidence(event_id=event_id, field=span.field, start=span.start, end=span.end, text=span.text))


def _check_spans(article_text: str, spans: Iterable[EvidenceSpan]) -> None:
    for span in spans:
        if not 0 <= span.start < span.end <= len(article_text):
            raise ValueError(f"evidence {span.field} {span.start}-{span.end} is outside the article")
        if article_text[span.start : span.end] != span.text:
            raise ValueError(
                f"evidence {span.field} text {span.text!r} does not match the article at "
                f"{span.start}-{span.end}"
            )


def split_values(values: dict[str, Any], schema_fields: Iterable[str] | None) -> tuple[dict, dict]:
    if schema_fields is None:
        return dict(values), {}
    known = set(schema_fields)
    return (
        {k: v for k, v in values.items() if k in known},
        {k: v for k, v in values.items() if k not in known},
    )


def add_event(
    session: Session,
    article_id: int,
    record: EventRecord,
    *,
    annotator: str | None = None,
    schema_fields: Iterable[str] | None = None,
    field_origin: dict[str, str] | None = None,
    source_event_ids: list[int] | None = None,
    position: int | None = None,
) -> StoredEvent:
    """Store a new event (with its evidence) for an article and update the article's status."""
    article = get_article(session, article_id)
    _check_spans(article.text, record.evidence)
    who = get_or_create_annotator(session, annotator or record.annotator or "unknown")
    if position is None:
        position = session.exec(
            select(func.coalesce(func.max(Event.position) + 1, 0)).where(Event.article_id == article_id)
        ).one()
    values, extra = split_values(record.values, schema_fields)
    event = Event(
        article_id=article_id,
        annotator_id=who.id or 0,
        schema_name=record.schema or "acled",
        values=values,
        extra=extra,
        status=record.status,
        confidence=record.confidence,
        position=position,
        field_origin=field_origin or {},
        source_event_ids=source_event_ids or [int(s) for s in record.sources if isinstance(s, int)],
        comment=record.comment,
    )
    session.add(event)
    session.flush()
    _replace_evidence(session, event.id or 0, record.evidence)
    session.flush()
    refresh_article_status(session, article_id)
    return _to_stored(event, who.name, list(record.evidence))


def save_event(
    session: Session,
    event_id: int,
    expected_version: int,
    *,
    values: dict[str, Any] | None = None,
    evidence: Iterable[EvidenceSpan] | None = None,
    status: str | None = None,
    field_origin: dict[str, str] | None = None,
    comment: str | None = None,
    position: int | None = None,
    source_event_ids: Sequence[int] | None = None,
    annotator: str | None = None,
) -> StoredEvent:
    """Update an event only if it is still at ``expected_version``; bump the version.

    The check and the write are one UPDATE ... WHERE version = :expected, so it holds across
    processes and on PostgreSQL as well as SQLite. ``annotator`` hands the event to someone else
    (a gold event re-adjudicated by another reviewer is theirs: they decided it last).
    """
    changes: dict[str, Any] = {"updated": utcnow(), "version": Event.version + 1}
    if values is not None:
        changes["values"] = values
    if status is not None:
        changes["status"] = status
    if field_origin is not None:
        changes["field_origin"] = field_origin
    if comment is not None:
        changes["comment"] = comment
    if position is not None:
        changes["position"] = position
    if source_event_ids is not None:
        changes["source_event_ids"] = list(source_event_ids)
    if annotator is not None:
        changes["annotator_id"] = get_or_create_annotator(session, annotator).id
    # UPDATE ... RETURNING: the version check, the write and the article id in one round trip.
    updated_row = session.exec(  # type: ignore[call-overload]
        update(Event)
        .where(Event.id == event_id, Event.version == expected_version)
        .values(**changes)
        .returning(Event.article_id)
    ).first()
    if updated_row is None:
        session.rollback()
        try:
            current: StoredEvent | None = get_event(session, event_id)
        except NotFoundError:
            current = None
        if current is not None and current.version == expected_version:
            # Visible, same version, yet not updated: the server's row-level security said no.
            raise NotAllowedError(
                f"Event {event_id} belongs to {current.annotator}; only they can change it"
            )
        raise ConflictError(event_id, expected_version, current)
    article_id = updated_row[0]
    if evidence is not None:
        spans = list(evidence)
        _check_spans(get_article(session, article_id).text, spans)
        _replace_evidence(session, event_id, spans)
    session.flush()
    refresh_article_status(session, article_id)
    return get_event(session, event_id)


def delete_event(session: Session, event_id: int, expected_version: int | None = None) -> None:
    """Delete an event and its evidence; with ``expected_version``, only if it is still that version.

    The version check and the delete are one statement, so a concurrent save cannot slip between
    them; a row the server refuses to delete (another annotator's, on PostgreSQL) raises
    :class:`NotAllowedError`.
    """
    event = session.get(Event, event_id)
    if event is None:
        return
    article_id = event.article_id
    if expected_version is not None and event.version != expected_version:
        raise ConflictError(event_id, expected_version, get_event(session, event_id))
    stmt = "DELETE FROM event WHERE id = :e" + (" AND version = :v" if expected_version is not None else "")
    params: dict[str, Any] = {"e": event_id}
    if expected_version is not None:
        params["v"] = expected_version
    session.exec(text("DELETE FROM evidence WHERE event_id = :e").bindparams(e=event_id))  # type: ignore[call-overload]
    result = session.exec(text(stmt).bindparams(**params))  # type: ignore[call-overload]
    if result.rowcount != 1:
        session.rollback()
        try:
            current: StoredEvent | None = get_event(session, event_id)
        except NotFoundError:
            return  # deleted meanwhile: the outcome the caller wanted
        if expected_version is not None and current is not None and current.version != expected_version:
            raise ConflictError(event_id, expected_version, current)
        raise NotAllowedError(f"Event {event_id} belongs to {current.annotator if current else '?'}; "
                              "only they can delete it")
    session.expunge(event)
    session.flush()
    refresh_article_status(session, article_id)


def reorder_events(session: Session, article_id: int, ordered_ids: Sequence[int]) -> None:
    for position, event_id in enumerate(ordered_ids):
        session.exec(  # type: ignore[call-overload]
            update(Event).where(Event.id == event_id, Event.article_id == article_id).values(position=position)
        )


def has_identical_event(session: Session, article_id: int, record: EventRecord, annotator: str) -> bool:
    """True when this annotator already has an event with the same values and evidence here."""
    wanted_spans = sorted((s.field, s.start, s.end) for s in record.evidence)
    for existing in events_for_article(session, article_id, annotator=annotator):
        if existing.values == record.values and existing.status == record.status and wanted_spans == sorted(
            (s.field, s.start, s.end) for s in existing.evidence
        ):
            return True
    return False
