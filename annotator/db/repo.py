"""The queries the app needs, as plain functions over a SQLModel session.

The window, the CLI, importers, exporters and review all go through here; none of them writes SQL.
Saving an event checks its version, so that two windows (or a window and the CLI) never silently
overwrite each other: a stale save raises :class:`ConflictError` carrying the stored event.
"""

from __future__ import annotations

import hashlib
import random
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, TypeVar

from sqlalchemy import Integer, column, func, text, update
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlmodel import Session, col, select

from annotator.db.models import (
    ActorAlias,
    Annotator,
    Article,
    Event,
    Evidence,
    ImportBatch,
    utcnow,
)
from annotator.interchange import ArticleRecord, EventRecord, EvidenceSpan


class ConflictError(RuntimeError):
    """A save was based on an old version of the event; ``current`` is what is stored now."""

    def __init__(self, event_id: int, expected_version: int, current: EventRecord | None) -> None:
        super().__init__(
            f"Event {event_id} was changed elsewhere (you edited version {expected_version}, "
            f"the database has version {current_version(current)})"
        )
        self.event_id = event_id
        self.expected_version = expected_version
        self.current = current


class NotFoundError(LookupError):
    pass


class NotAllowedError(PermissionError):
    """The server refused the change: the event belongs to another annotator (row-level security)."""


T = TypeVar("T")

# Lock contention that goes away when retried: SQLite's "database is locked/busy" (after its own
# busy_timeout, or at once when a read snapshot cannot be upgraded to a write), PostgreSQL's
# serialization failures and deadlocks (SQLSTATE 40001, 40P01).
_RETRYABLE_SQLSTATES = {"40001", "40P01", "55P03"}


def is_retryable(exc: BaseException) -> bool:
    if isinstance(exc, OperationalError | DBAPIError):
        message = str(getattr(exc, "orig", exc)).lower()
        if "database is locked" in message or "database is busy" in message or "database table is locked" in message:
            return True
        sqlstate = getattr(getattr(exc, "orig", None), "sqlstate", None)
        return sqlstate in _RETRYABLE_SQLSTATES
    return False


def with_retry(
    work: Callable[[], T],
    *,
    timeout: float = 30.0,
    first_delay: float = 0.02,
    max_delay: float = 1.0,
    sleep: Callable[[float], None] = time.sleep,
    clock: Callable[[], float] = time.monotonic,
) -> T:
    """Run ``work`` again (exponential backoff with jitter) while the database is locked.

    ``work`` must be a whole transaction (open a session, write, commit) so that a retry starts
    clean. Gives up after ``timeout`` seconds and re-raises the last error; anything that is not
    lock contention (a ConflictError included) is raised at once.
    """
    deadline = clock() + timeout
    delay = first_delay
    while True:
        try:
            return work()
        except Exception as exc:
            if not is_retryable(exc) or clock() + delay > deadline:
                raise
        sleep(delay * (0.5 + random.random()))
        delay = min(delay * 2, max_delay)


def transact(session_factory: Callable[[], Session], work: Callable[[Session], T], *, timeout: float = 30.0) -> T:
    """``work(session)`` in its own session, committed, retried while the database is locked."""

    def once() -> T:
        with session_factory() as session:
            result = work(session)
            session.commit()
            return result

    return with_retry(once, timeout=timeout)


def commit_add_event(
    session_factory: Callable[[], Session], article_id: int, record: EventRecord, *, timeout: float = 30.0, **kwargs: Any
) -> StoredEvent:
    """:func:`add_event` in its own committed transaction, retried while the database is locked."""
    return transact(session_factory, lambda s: add_event(s, article_id, record, **kwargs), timeout=timeout)


def commit_save_event(
    session_factory: Callable[[], Session],
    event_id: int,
    expected_version: int,
    *,
    timeout: float = 30.0,
    **changes: Any,
) -> StoredEvent:
    """:func:`save_event` committed and retried while locked; a stale version still raises ConflictError."""
    return transact(session_factory, lambda s: save_event(s, event_id, expected_version, **changes), timeout=timeout)


def commit_delete_event(
    session_factory: Callable[[], Session], event_id: int, expected_version: int | None = None, *, timeout: float = 30.0
) -> None:
    transact(session_factory, lambda s: delete_event(s, event_id, expected_version), timeout=timeout)


def current_version(record: EventRecord | None) -> str:
    return "none (deleted)" if record is None else str(getattr(record, "version", "?"))


def content_hash(text_: str) -> str:
    """Identity of an article: the same text is the same article whatever its id or file."""
    return hashlib.sha256(text_.encode("utf-8")).hexdigest()


# --- annotators ------------------------------------------------------------------------------


def connection_role(session: Session) -> str | None:
    """The PostgreSQL role this session is connected as (``current_user``); None on SQLite."""
    if session.get_bind().dialect.name != "postgresql":
        return None
    return session.exec(text("SELECT current_user")).one()[0]  # type: ignore[call-overload]


def role_is_bound_by_rls(session: Session) -> bool:
    """True for a PostgreSQL role that row-level security restricts (not superuser/owner/bypassrls)."""
    if session.get_bind().dialect.name != "postgresql":
        return False
    row = session.exec(  # type: ignore[call-overload]
        text(
            "SELECT r.rolsuper OR r.rolbypassrls OR coalesce(t.tableowner = current_user, false) "
            "FROM pg_roles r LEFT JOIN pg_tables t ON t.tablename = 'event' AND t.schemaname = current_schema() "
            "WHERE r.rolname = current_user"
        )
    ).first()
    return not (row is not None and row[0])


def analyst_for_session(session: Session, configured: str) -> str:
    """Who the analyst is on this connection.

    On PostgreSQL an analyst's events are owned by their database role, so a role bound by
    row-level security always works under its own name (``current_user``), whatever name was
    configured; an administrator (superuser or owner) keeps the configured name. On SQLite it is
    the configured name.
    """
    if role_is_bound_by_rls(session):
        return connection_role(session) or configured
    return configured


def get_or_create_annotator(session: Session, name: str | None = None) -> Annotator:
    """The annotator row for ``name`` (default on PostgreSQL: the connecting role), created if new."""
    if name is None:
        name = connection_role(session) or "unknown"
    found = session.exec(select(Annotator).where(Annotator.name == name)).first()
    if found is not None:
        return found
    annotator = Annotator(name=name)
    session.add(annotator)
    session.flush()
    return annotator


def annotator_names(session: Session) -> list[str]:
    return list(session.exec(select(Annotator.name).order_by(Annotator.name)).all())


# --- articles --------------------------------------------------------------------------------


def find_article_by_hash(session: Session, digest: str) -> Article | None:
    return session.exec(select(Article).where(Article.content_hash == digest)).first()


def add_article(
    session: Session, record: ArticleRecord, batch_id: int | None = None
) -> tuple[Article, bool]:
    """Insert the article unless the same text is stored; returns (article, created)."""
    digest = content_hash(record.text)
    existing = find_article_by_hash(session, digest)
    if existing is not None:
        return existing, False
    article = Article(
        ext_id=record.id,
        title=record.title or "",
        text=record.text,
        source=record.source,
        url=record.url,
        published=record.published,
        content_hash=digest,
        batch_id=batch_id,
    )
    session.add(article)
    session.flush()
    return article, True


def get_article(session: Session, article_id: int) -> Article:
    article = session.get(Article, article_id)
    if article is None:
        raise NotFoundError(f"no article {article_id}")
    return article


def count_articles(session: Session) -> int:
    return session.exec(select(func.count()).select_from(Article)).one()


@dataclass(frozen=True)
class ArticleRow:
    """One row of the article list: what the list shows, without the text."""

    id: int
    title: str
    source: str | None
    published: date | None
    status: str
    events: int
    annotators: str


SORTABLE = {
    "id": Article.id,
    "title": Article.title,
    "source": Article.source,
    "published": Article.published,
    "status": Article.status,
}


def _article_filter(
    stmt: Any,
    session: Session,
    *,
    status: str | None = None,
    annotator: str | None = None,
    search: str | None = None,
) -> Any:
    if status:
        stmt = stmt.where(Article.status == status)
    if annotator:
        sub = (
            select(Event.article_id)
            .join(Annotator, Annotator.id == Event.annotator_id)
            .where(Annotator.name == annotator)
        )
        stmt = stmt.where(col(Article.id).in_(sub))
    if search and search.strip():
        stmt = stmt.where(col(Article.id).in_(search_article_ids_query(session, search)))
    return stmt


def fts_query(user_text: str) -> str:
    """Turn what a user typed into a safe FTS5 query: each word quoted, prefix match on the last."""
    words = [w.replace('"', '""') for w in user_text.split() if w.strip()]
    if not words:
        return '""'
    quoted = [f'"{w}"' for w in words]
    quoted[-1] += "*"
    return " ".join(quoted)


def search_article_ids_query(session: Session, user_text: str) -> Any:
    if session.get_bind().dialect.name == "sqlite":
        return text("SELECT rowid FROM article_fts WHERE article_fts MATCH :q").bindparams(
            q=fts_query(user_text)
        ).columns(column("rowid", Integer))
    # PostgreSQL: the GIN index over to_tsvector('simple', title || text) from migration 0002.
    return text(
        "SELECT id FROM article WHERE to_tsvector('simple', coalesce(title, '') || ' ' || text) "
        "@@ plainto_tsquery('simple', :q)"
    ).bindparams(q=user_text).columns(column("id", Integer))


def count_filtered_articles(
    session: Session, *, status: str | None = None, annotator: str | None = None, search: str | None = None
) -> int:
    stmt = _article_filter(
        select(func.count()).select_from(Article), session, status=status, annotator=annotator, search=search
    )
    return session.exec(stmt).one()


def list_articles(
    session: Session,
    *,
    offset: int = 0,
    limit: int = 200,
    status: str | None = None,
    annotator: str | None = None,
    search: str | None = None,
    sort: str = "id",
    descending: bool = False,
) -> list[ArticleRow]:
    """A page of article rows with event and annotator counts, for lazy list views."""
    order = SORTABLE.get(sort, Article.id)
    stmt = select(
        Article.id, Article.title, Article.source, Article.published, Article.status
    )
    stmt = _article_filter(stmt, session, status=status, annotator=annotator, search=search)
    stmt = stmt.order_by(order.desc() if descending else order.asc(), Article.id).offset(offset).limit(limit)
    rows = session.exec(stmt).all()
    ids = [r[0] for r in rows]
    counts: dict[int, tuple[int, list[str]]] = {i: (0, []) for i in ids}
    if ids:
        stats = session.exec(
            select(Event.article_id, Annotator.name, func.count())
            .join(Annotator, Annotator.id == Event.annotator_id)
            .where(col(Event.article_id).in_(ids))
            .group_by(Event.article_id, Annotator.name)
        ).all()
        for article_id, name, n in stats:
            total, names = counts[article_id]
            counts[article_id] = (total + n, [*names, name])
    return [
        ArticleRow(
            id=r[0], title=r[1], source=r[2], published=r[3], status=r[4],
            events=counts[r[0]][0], annotators=", ".join(sorted(counts[r[0]][1])),
        )
        for r in rows
    ]


def set_article_status(session: Session, article_id: int, status: str) -> None:
    article = get_article(session, article_id)
    article.status = status
    session.add(article)


def refresh_article_status(session: Session, article_id: int) -> str:
    """new: no events; done: every (non-suggested) event confirmed or gold; in_progress otherwise."""
    statuses = session.exec(
        select(Event.status).where(Event.article_id == article_id, Event.status != "suggested")
    ).all()
    if not statuses:
        status = "new"
    elif all(s in ("confirmed", "gold") for s in statuses):
        status = "done"
    else:
        status = "in_progress"
    session.exec(update(Article).where(Article.id == article_id).values(status=status))  # type: ignore[call-overload]
    return status


# --- events ----------------------------------------------------------------------------------


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
) -> StoredEvent:
    """Update an event only if it is still at ``expected_version``; bump the version.

    The check and the write are one UPDATE ... WHERE version = :expected, so it holds across
    processes and on PostgreSQL as well as SQLite.
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


# --- batches, aliases, stats -------------------------------------------------------------------


def new_batch(session: Session, source: str, annotator: str | None) -> ImportBatch:
    who = get_or_create_annotator(session, annotator) if annotator else None
    batch = ImportBatch(source=source, annotator_id=who.id if who else None)
    session.add(batch)
    session.flush()
    return batch


def learn_actor_alias(session: Session, alias: str, canonical: str) -> None:
    alias = alias.strip()
    if not alias or alias.lower() == canonical.lower():
        return
    exists = session.exec(
        select(ActorAlias).where(ActorAlias.alias == alias, ActorAlias.canonical == canonical)
    ).first()
    if exists is None:
        session.add(ActorAlias(alias=alias, canonical=canonical))


def actor_aliases(session: Session) -> list[tuple[str, str]]:
    return [(a.alias, a.canonical) for a in session.exec(select(ActorAlias)).all()]


def used_values(session: Session, field_names: Iterable[str], limit: int = 5000) -> list[str]:
    """Distinct values already used for some fields (actor and place completion)."""
    names = set(field_names)
    seen: set[str] = set()
    rows = session.exec(select(Event.values).order_by(col(Event.id).desc()).limit(limit)).all()
    for values in rows:
        for name in names:
            value = values.get(name) if isinstance(values, dict) else None
            if isinstance(value, str) and value.strip():
                seen.add(value.strip())
    return sorted(seen)


@dataclass
class Stats:
    articles: int
    articles_by_status: dict[str, int]
    events: int
    events_by_status: dict[str, int]
    events_by_annotator: dict[str, int]
    field_origin: dict[str, dict[str, int]]


def stats(session: Session) -> Stats:
    by_status = dict(session.exec(select(Article.status, func.count()).group_by(Article.status)).all())
    ev_status = dict(session.exec(select(Event.status, func.count()).group_by(Event.status)).all())
    ev_annot = dict(
        session.exec(
            select(Annotator.name, func.count())
            .join(Event, Event.annotator_id == Annotator.id)
            .group_by(Annotator.name)
        ).all()
    )
    origins: dict[str, dict[str, int]] = {}
    for field_origin in session.exec(select(Event.field_origin)).all():
        for fname, origin in (field_origin or {}).items():
            origins.setdefault(fname, {}).setdefault(origin, 0)
            origins[fname][origin] += 1
    return Stats(
        articles=sum(by_status.values()),
        articles_by_status=by_status,
        events=sum(ev_status.values()),
        events_by_status=ev_status,
        events_by_annotator=ev_annot,
        field_origin=origins,
    )


# --- whole articles for export / interchange ----------------------------------------------------


def article_record(session: Session, article: Article, statuses: Iterable[str] | None, annotators: Iterable[str] | None = None) -> ArticleRecord:
    wanted_annotators = set(annotators) if annotators else None
    events = [
        e
        for e in events_for_article(session, article.id or 0, statuses=statuses)
        if wanted_annotators is None or e.annotator in wanted_annotators
    ]
    return ArticleRecord(
        text=article.text,
        id=article.ext_id if article.ext_id is not None else f"article-{article.id}",
        title=article.title,
        source=article.source,
        url=article.url,
        published=article.published,
        events=[
            EventRecord(
                values=e.values,
                evidence=e.evidence,
                annotator=e.annotator,
                status=e.status,
                confidence=e.confidence,
                comment=e.comment,
                sources=e.sources,
            )
            for e in events
        ],
    )


def iter_article_records(
    session: Session,
    *,
    statuses: Iterable[str] | None = ("confirmed", "gold"),
    annotators: Iterable[str] | None = None,
    batch_size: int = 500,
) -> Iterator[ArticleRecord]:
    """Every article in id order with its events of the given statuses, fetched in pages."""
    statuses = list(statuses) if statuses is not None else None
    last_id = 0
    while True:
        page = session.exec(
            select(Article).where(Article.id > last_id).order_by(Article.id).limit(batch_size)
        ).all()
        if not page:
            return
        for article in page:
            yield article_record(session, article, statuses, annotators)
        last_id = page[-1].id or last_id
