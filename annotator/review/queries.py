"""Read queries that review needs beyond ``repo``: who coded which article, grouped by annotator.

Review compares the *coders'* work, so gold events (the reviewer's output) and unconfirmed machine
suggestions are left out of the comparison by default.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import update
from sqlmodel import Session, col, select

from annotator.db import repo
from annotator.db.models import Annotator, Article, Event, Evidence
from annotator.interchange import EventRecord, EvidenceSpan
from annotator.status import CODED_STATUSES, EventStatus


def coded_article_ids(
    session: Session,
    *,
    annotators: Sequence[str] | None = None,
    statuses: Iterable[str] = CODED_STATUSES,
) -> list[int]:
    """Ids of articles that have at least one coded event (by one of ``annotators`` if given)."""
    stmt = (
        select(Event.article_id)
        .join(Annotator, Annotator.id == Event.annotator_id)
        .where(col(Event.status).in_(list(statuses)))
        .distinct()
        .order_by(Event.article_id)
    )
    if annotators:
        stmt = stmt.where(col(Annotator.name).in_(list(annotators)))
    return list(session.exec(stmt).all())


def events_by_annotator(
    session: Session,
    article_id: int,
    *,
    annotators: Sequence[str] | None = None,
    statuses: Iterable[str] = CODED_STATUSES,
) -> dict[str, list[repo.StoredEvent]]:
    """One article's coded events grouped by annotator name (names sorted, events in form order)."""
    wanted = set(annotators) if annotators else None
    grouped: dict[str, list[repo.StoredEvent]] = {}
    for event in repo.events_for_article(session, article_id, statuses=list(statuses)):
        if wanted is not None and event.annotator not in wanted:
            continue
        grouped.setdefault(event.annotator, []).append(event)
    return dict(sorted(grouped.items()))


def gold_events(session: Session, article_id: int) -> list[repo.StoredEvent]:
    """The adjudicated events of an article."""
    return repo.events_for_article(session, article_id, statuses=[EventStatus.GOLD])


def identical_event_id(
    session: Session, article_id: int, record: EventRecord, annotator: str
) -> int | None:
    """The id of this annotator's event equal to ``record`` (values, status, spans), if any.

    The same test as ``repo.has_identical_event``, but returning which event, so that an attach can
    point a gold event's sources at the local copy of an event it skipped.
    """
    wanted = sorted((s.field, s.start, s.end) for s in record.evidence)
    for existing in repo.events_for_article(session, article_id, annotator=annotator):
        if (
            existing.values == record.values
            and existing.status == record.status
            and sorted((s.field, s.start, s.end) for s in existing.evidence) == wanted
        ):
            return existing.id
    return None


def latest_gold_from(session: Session, article_id: int, version_ids: Iterable[int]) -> repo.StoredEvent | None:
    """The newest gold event of the article built from any of these versions (re-adjudication)."""
    wanted = set(version_ids)
    found = [g for g in gold_events(session, article_id) if wanted & set(g.source_event_ids or [])]
    return max(found, key=lambda g: g.id) if found else None


def set_source_event_ids(session: Session, event_id: int, source_ids: Sequence[int]) -> None:
    """Point a gold event at the versions it now comes from (``repo.save_event`` keeps them)."""
    session.exec(  # type: ignore[call-overload]
        update(Event).where(col(Event.id) == event_id).values(source_event_ids=list(source_ids))
    )


def coded_events_bulk(
    session: Session,
    article_ids: Sequence[int],
    *,
    annotators: Sequence[str] | None = None,
    statuses: Iterable[str] = CODED_STATUSES,
    chunk: int = 500,
) -> dict[int, tuple[str, dict[str, list[repo.StoredEvent]]]]:
    """For many articles at once: {article id: (title, events grouped by annotator)}.

    Two queries per ``chunk`` articles instead of three per article, so a batch report over
    thousands of articles is not dominated by round trips. Articles without coded events are
    included with an empty grouping.
    """
    statuses = list(statuses)
    out: dict[int, tuple[str, dict[str, list[repo.StoredEvent]]]] = {}
    for i in range(0, len(article_ids), chunk):
        ids = list(article_ids[i : i + chunk])
        for article_id, title in session.exec(
            select(Article.id, Article.title).where(col(Article.id).in_(ids))
        ).all():
            out[article_id] = (title, {})
        stmt = (
            select(Event, Annotator.name)
            .join(Annotator, Annotator.id == Event.annotator_id)
            .where(col(Event.article_id).in_(ids), col(Event.status).in_(statuses))
            .order_by(Event.article_id, Event.position, Event.id)
        )
        if annotators:
            stmt = stmt.where(col(Annotator.name).in_(list(annotators)))
        rows = session.exec(stmt).all()
        spans: dict[int, list[EvidenceSpan]] = {}
        event_ids = [e.id for e, _ in rows]
        for j in range(0, len(event_ids), chunk):
            # Plain columns, not ORM objects: a batch has tens of thousands of spans.
            for event_id, fname, start, end, span_text in session.exec(
                select(Evidence.event_id, Evidence.field, Evidence.start, Evidence.end, Evidence.text)
                .where(col(Evidence.event_id).in_(event_ids[j : j + chunk]))
                .order_by(Evidence.id)
            ).all():
                spans.setdefault(event_id, []).append(EvidenceSpan(fname, start, end, span_text))
        for event, name in rows:
            values = dict(event.values)
            values.update({k: v for k, v in (event.extra or {}).items() if k not in values})
            stored = repo.StoredEvent(
                values=values, evidence=spans.get(event.id or 0, []), annotator=name,
                status=event.status, confidence=event.confidence, schema=event.schema_name,
                comment=event.comment, sources=list(event.source_event_ids or []),
                id=event.id or 0, article_id=event.article_id, version=event.version,
                position=event.position, field_origin=dict(event.field_origin or {}),
                source_event_ids=list(event.source_event_ids or []),
            )
            out.setdefault(event.article_id, ("", {}))[1].setdefault(name, []).append(stored)
    return {k: (title, dict(sorted(grouped.items()))) for k, (title, grouped) in out.items()}


def coder_names(session: Session, statuses: Iterable[str] = CODED_STATUSES) -> list[str]:
    """Annotators with at least one coded event (not everyone who ever imported a file)."""
    stmt = (
        select(Annotator.name)
        .join(Event, Event.annotator_id == Annotator.id)
        .where(col(Event.status).in_(list(statuses)))
        .distinct()
        .order_by(Annotator.name)
    )
    return list(session.exec(stmt).all())
