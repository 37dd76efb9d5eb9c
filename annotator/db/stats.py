"""Counts for ``annotator stats`` and the about box: articles and events by status, annotator, origin."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func
from sqlmodel import Session, select

from annotator.db.models import Annotator, Article, Event


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
