"""Whole articles with their events as interchange records (the reference the exporters match)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from sqlmodel import Session, select

from annotator.db.events import events_for_article
from annotator.db.models import Article
from annotator.interchange import ArticleRecord, EventRecord
from annotator.status import FINISHED_STATUSES


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
    statuses: Iterable[str] | None = FINISHED_STATUSES,
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
