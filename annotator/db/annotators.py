"""Who is working: annotator rows, PostgreSQL roles and row-level security, import batches."""

from __future__ import annotations

from sqlalchemy import text
from sqlmodel import Session, select

from annotator.db.models import Annotator, ImportBatch


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


def new_batch(session: Session, source: str, annotator: str | None) -> ImportBatch:
    who = get_or_create_annotator(session, annotator) if annotator else None
    batch = ImportBatch(source=source, annotator_id=who.id if who else None)
    session.add(batch)
    session.flush()
    return batch
