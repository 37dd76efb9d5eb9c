"""Articles: adding (deduplicated by content), reading, the list pages with filters, and status."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Integer, column, func, text, update
from sqlmodel import Session, col, select

from annotator.db.errors import NotFoundError
from annotator.db.models import Annotator, Article, Event
from annotator.interchange import ArticleRecord
from annotator.status import article_status_of


def content_hash(text_: str) -> str:
    """Identity of an article: the same text is the same article whatever its id or file."""
    return hashlib.sha256(text_.encode("utf-8")).hexdigest()


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


def other_article_with_ext_id(session: Session, ext_id: str, article_id: int) -> int | None:
    """Another stored article carrying this external id (so, another text), or None."""
    return session.exec(
        select(Article.id).where(Article.ext_id == ext_id, Article.id != article_id).limit(1)
    ).first()


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


def search_hits(article_text: str, user_text: str) -> list[tuple[int, int]]:
    """Where the words of a search stand in an article, as the full-text search matched them.

    Each word counts where a word of the text is that word (case aside), the last one also as
    the start of a longer word (``fts_query`` matches it as a prefix: "Pal" finds "Palmyra", which
    is then marked whole). Offsets in text order, so the window can mark them and show the first.
    """
    words = [w.casefold() for w in user_text.split() if any(c.isalnum() for c in w)]
    if not words:
        return []
    folded = article_text.casefold()
    if len(folded) != len(article_text):  # a few letters fold to two ("ß"): compare per character
        folded = "".join(c.casefold()[:1] or c for c in article_text)
    hits = []
    for i, word in enumerate(words):
        prefix = i == len(words) - 1
        start = folded.find(word)
        while start != -1:
            end = start + len(word)
            starts_word = start == 0 or not folded[start - 1].isalnum()
            if starts_word and (prefix or end == len(folded) or not folded[end].isalnum()):
                while end < len(folded) and folded[end].isalnum():
                    end += 1
                hits.append((start, end))
            start = folded.find(word, start + 1)
    return sorted(set(hits))


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
    """Store the article's status as ``article_status_of`` its events says (the one rule)."""
    statuses = session.exec(select(Event.status).where(Event.article_id == article_id)).all()
    status = article_status_of(statuses)
    session.exec(update(Article).where(Article.id == article_id).values(status=status))  # type: ignore[call-overload]
    return status


def set_published(session: Session, article_id: int, published: date | None) -> Article:
    """Give an article the publication date its file lacked (a .txt has none); the caller commits."""
    article = get_article(session, article_id)
    article.published = published
    session.add(article)
    return article


def find_article_ref(session: Session, ref: str) -> Article:
    """The article a user names on the command line: its number, else its id from the file."""
    if ref.isdigit() and (article := session.get(Article, int(ref))) is not None:
        return article
    found = session.exec(select(Article).where(Article.ext_id == ref).order_by(col(Article.id))).all()
    if len(found) == 1:
        return found[0]
    if found:
        numbers = ", ".join(str(a.id) for a in found)
        raise NotFoundError(f"{len(found)} articles have the id {ref!r} (numbers {numbers}): give the number")
    raise NotFoundError(f"no article {ref!r} (give its number or its id, e.g. the file name without suffix)")
