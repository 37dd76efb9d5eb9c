"""Storing suggestions on an article: the one rule the window and ``annotator suggest --stored`` share.

An analyst who already has events on an article has started coding it; suggestions arriving then
(the window's background worker was slower than the analyst, or a batch run goes over the
database again) would pile up beside their work, so nothing is stored.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import date

from sqlalchemy import exists
from sqlmodel import Session, col, select

from annotator.db.events import StoredEvent, add_event, events_for_article
from annotator.db.models import Annotator, Article, Event
from annotator.interchange import EventRecord
from annotator.schema import Schema
from annotator.status import EventStatus


def store_suggestions(
    session: Session, article_id: int, records: Iterable[EventRecord], analyst: str, schema: Schema
) -> list[StoredEvent]:
    """Add ``records`` as the analyst's suggested events, unless they have events there already."""
    if events_for_article(session, article_id, annotator=analyst):
        return []
    out = []
    for record in records:
        record = replace(record, status=EventStatus.SUGGESTED, annotator=analyst, schema=schema.name)
        out.append(add_event(session, article_id, record, annotator=analyst, schema_fields=schema.field_names))
    return out


def articles_to_suggest(
    session: Session, analyst: str, article_ids: Sequence[int] | None = None
) -> list[tuple[int, str, date | None]]:
    """(id, text, published) of the articles on which ``analyst`` has no events yet, by id."""
    theirs = (
        select(Event.id)
        .join(Annotator, col(Annotator.id) == col(Event.annotator_id))
        .where(col(Event.article_id) == col(Article.id), col(Annotator.name) == analyst)
    )
    query = select(Article.id, Article.text, Article.published).where(~exists(theirs)).order_by(col(Article.id))
    if article_ids is not None:
        query = query.where(col(Article.id).in_(list(article_ids)))
    return [(int(i), t, p) for i, t, p in session.exec(query).all()]
