"""The first look at a SQLite database, read with the standard library while the ORM loads.

Importing SQLAlchemy, SQLModel and the window's modules takes most of a second; reading the first
page of the article list and one article's text takes a few milliseconds. So the start-up shell
reads those here, with plain ``sqlite3`` on a read-only (``mode=ro``) connection that can never
write, and shows them at once; the window built on the ORM replaces them a moment later.

This module must not import SQLAlchemy, SQLModel or Alembic (a test checks). It answers only
when its answer equals what the ORM path would show: an existing SQLite file already at the
latest migration, with articles. Anything else (PostgreSQL, a new or empty file, a file needing
a migration, a file SQLite cannot read) gives ``None``, and the window starts the usual way,
which migrates, reports damage and so on. The queries mirror ``repo.list_articles`` with the
list's default filter (every article, by id) and ``repo.get_article``; a test compares both.
"""

from __future__ import annotations

import re
import sqlite3
from datetime import date
from functools import cache
from pathlib import Path
from typing import NamedTuple

from annotator.config import db_url_from

MIGRATIONS = Path(__file__).resolve().parent / "migrations" / "versions"
_REVISION_LINE = re.compile(r"^(revision|down_revision)\b[^=\n]*=(.*)$", re.MULTILINE)


@cache
def latest_revision() -> str:
    """The newest migration, read from the migration scripts' ``revision``/``down_revision`` lines
    without importing Alembic ("" when they do not form one chain: then nothing is read here).
    A test checks it equals ``annotator.db.engine.LATEST_REVISION`` and hence Alembic's head."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for script in MIGRATIONS.glob("*.py"):
        for key, value in _REVISION_LINE.findall(script.read_text(encoding="utf-8")):
            names = set(re.findall(r"[\"'](\w+)[\"']", value))
            (revisions if key == "revision" else parents).update(names)
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else ""


# NamedTuples, not dataclasses: a frozen dataclass costs ~0.7 ms to define (it compiles its
# methods), and these are defined on the way to the first frame.
class QuickRow(NamedTuple):
    """One article list row; the same fields as ``repo.ArticleRow`` (a test keeps them equal)."""

    id: int
    title: str
    source: str | None
    published: date | None
    status: str
    events: int
    annotators: str


class QuickArticle(NamedTuple):
    """The article the window will open first: what its text pane and header show."""

    id: int
    title: str
    text: str
    source: str | None
    published: date | None
    status: str


class FirstView(NamedTuple):
    """What the window shows first: the article count, the list's first page, one article."""

    total: int
    rows: list[QuickRow]
    article: QuickArticle | None


def sqlite_file(url: str) -> Path | None:
    """The file behind a plain ``sqlite:///path`` URL or path (None for anything else)."""
    url = db_url_from(url)
    for prefix in ("sqlite:///", "sqlite+pysqlite:///"):
        if url.startswith(prefix):
            database = url[len(prefix):]
            # Options in the URL (?mode=..., ?uri=true) are SQLAlchemy's business: not here.
            if not database or "?" in database or database == ":memory:":
                return None
            return Path(database)
    return None


def _date(value: object) -> date | None:
    """SQLAlchemy stores a Date on SQLite as 'YYYY-MM-DD' text; read it back the same way."""
    if value is None or value == "":
        return None
    return date.fromisoformat(str(value))


def _rows(conn: sqlite3.Connection, limit: int) -> list[QuickRow]:
    """``repo.list_articles(offset=0, limit=limit)``: by id, with event counts and annotators."""
    found = conn.execute(
        "SELECT id, title, source, published, status FROM article ORDER BY id LIMIT ?", (limit,)
    ).fetchall()
    ids = [r[0] for r in found]
    counts: dict[int, tuple[int, list[str]]] = {i: (0, []) for i in ids}
    if ids:
        marks = ",".join("?" * len(ids))
        stats = conn.execute(
            "SELECT event.article_id, annotator.name, count(*) FROM event "
            "JOIN annotator ON annotator.id = event.annotator_id "
            f"WHERE event.article_id IN ({marks}) GROUP BY event.article_id, annotator.name",
            ids,
        ).fetchall()
        for article_id, name, n in stats:
            total, names = counts[article_id]
            counts[article_id] = (total + n, [*names, name])
    return [
        QuickRow(
            id=r[0], title=r[1], source=r[2], published=_date(r[3]), status=r[4],
            events=counts[r[0]][0], annotators=", ".join(sorted(counts[r[0]][1])),
        )
        for r in found
    ]


def _article(conn: sqlite3.Connection, article_id: int) -> QuickArticle | None:
    row = conn.execute(
        "SELECT id, title, text, source, published, status FROM article WHERE id = ?", (article_id,)
    ).fetchone()
    if row is None:
        return None
    return QuickArticle(row[0], row[1], row[2], row[3], _date(row[4]), row[5])


def _open_read_only(url: str) -> sqlite3.Connection | None:
    """A read-only connection to the database's existing, non-empty file at the latest revision."""
    path = sqlite_file(url)
    if path is None or not path.is_file() or path.stat().st_size == 0:
        return None
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=1.0)
    except sqlite3.Error:
        return None
    try:
        versions = conn.execute("SELECT version_num FROM alembic_version").fetchall()
    except sqlite3.Error:
        versions = []
    if [v[0] for v in versions] != [latest_revision()]:
        conn.close()
        return None  # the window migrates it first (or says what is wrong with it)
    return conn


def read_first_view(url: str, page_size: int, article_id: int | None = None) -> FirstView | None:
    """The count, the first ``page_size`` rows and article ``article_id`` (default: the first row).

    None when the fast path cannot promise the ORM path's answer (see the module docstring). An
    ``article_id`` that does not exist gives ``article=None``: the window cannot open it either.
    """
    conn = _open_read_only(url)
    if conn is None:
        return None
    try:
        total = conn.execute("SELECT count(*) FROM article").fetchone()[0]
        if not total:
            return None  # an empty database: the window offers the demo corpus
        rows = _rows(conn, page_size)
        if not rows:
            return None
        wanted = article_id if article_id is not None else rows[0].id
        return FirstView(total, rows, _article(conn, wanted))
    except (sqlite3.Error, ValueError):
        return None  # unreadable, damaged or unexpected: the usual path says what is wrong
    finally:
        conn.close()


def read_article(url: str, article_id: int) -> QuickArticle | None:
    """One article, for the shell's list before the window is ready (None if it cannot tell)."""
    conn = _open_read_only(url)
    if conn is None:
        return None
    try:
        return _article(conn, article_id)
    except (sqlite3.Error, ValueError):
        return None
    finally:
        conn.close()
