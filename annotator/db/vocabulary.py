"""What analysts have written before: learned actor aliases and values used for completion."""

from __future__ import annotations

from collections.abc import Iterable

from sqlmodel import Session, col, select

from annotator.db.models import ActorAlias, Event


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
