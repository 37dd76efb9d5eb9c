"""What an open article looks like in the database now, cheaply: to notice changes made elsewhere.

A window keeps the article it shows in memory; the CLI (``annotator published``, ``annotator
adjudicate``) or another window may change it meanwhile. :func:`article_stamp` reads only the
header columns and the events' (id, version) pairs, so a window can ask on every regain of focus
and read the events themselves only when they differ from what it holds.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlmodel import Session, col, select

from annotator.db.errors import NotFoundError
from annotator.db.models import Annotator, Article, Event


@dataclass(frozen=True)
class ArticleStamp:
    title: str
    source: str | None
    published: date | None
    status: str
    events: frozenset[tuple[int, int]]  # (event id, version) of the events the viewer sees


def article_stamp(session: Session, article_id: int, *, annotator: str | None = None) -> ArticleStamp:
    """The article's header and its events' versions (only ``annotator``'s when given: blind mode)."""
    row = session.exec(
        select(Article.title, Article.source, Article.published, Article.status).where(Article.id == article_id)
    ).first()
    if row is None:
        raise NotFoundError(f"no article {article_id}")
    stmt = select(Event.id, Event.version).where(Event.article_id == article_id)
    if annotator is not None:
        stmt = stmt.join(Annotator, col(Annotator.id) == col(Event.annotator_id)).where(Annotator.name == annotator)
    events = frozenset((int(i), int(v)) for i, v in session.exec(stmt).all())
    title, source, published, status = row
    return ArticleStamp(title, source, published, status, events)
