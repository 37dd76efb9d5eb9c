"""Read queries that review needs beyond ``repo``: who coded which article, grouped by annotator.

Review compares the *coders'* work, so gold events (the reviewer's output) and unconfirmed machine
suggestions are left out of the comparison by default.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import update
from sqlmodel import Session, col, select

from annotator.db import repo
from annotator.db.models import Annotator, Event
from annotator.interchange import EventRecord

CODED_STATUSES: tuple[str, ...] = ("draft", "confirmed")


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
    return repo.events_for_article(session, article_id, statuses=["gold"])


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
