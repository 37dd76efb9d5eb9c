"""The ORM-free first read: the same rows and article as the repository, or no answer at all."""

from __future__ import annotations

import dataclasses
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

from annotator.db import repo
from annotator.db.engine import LATEST_REVISION, open_database
from annotator.db.quickread import QuickRow, read_first_view, sqlite_file
from annotator.interchange import ArticleRecord, EventRecord

OLD_DB = Path(__file__).parent / "data" / "db_v0001.sqlite3"


def make_varied_db(path: Path, n: int = 12) -> None:
    """Articles with and without titles, sources and dates; events by two analysts; statuses."""
    db = open_database(str(path))
    with db.session() as session:
        for i in range(n):
            article, _ = repo.add_article(session, ArticleRecord(
                title="" if i == 3 else f"Article {i}", text=f"Text of article {i}.\r\nSecond line ✓ 😀",
                source=None if i % 4 == 1 else f"Source {i % 3}",
                published=None if i % 5 == 2 else date(2024, 1 + i % 12, 1 + i),
            ))
            for analyst in ("bea", "al")[: i % 3]:
                repo.add_event(session, article.id or 0, EventRecord(values={"event_type": "Riots"}), annotator=analyst)
        session.commit()
        if n > 5:
            repo.set_article_status(session, 5, "done")
            session.commit()
    db.dispose()


def test_first_page_and_article_equal_the_repositorys(db_path: Path) -> None:
    make_varied_db(db_path)
    before = db_path.read_bytes()
    view = read_first_view(str(db_path), page_size=10, article_id=4)
    assert view is not None
    db = open_database(str(db_path))
    try:
        with db.session() as session:
            assert view.total == repo.count_filtered_articles(session) == 12
            orm_rows = repo.list_articles(session, offset=0, limit=10)
            article = repo.get_article(session, 4)
    finally:
        db.dispose()
    assert [r._asdict() for r in view.rows] == [dataclasses.asdict(r) for r in orm_rows]
    assert {r.status for r in view.rows} == {"new", "in_progress", "done"} and view.rows[3].title == ""
    assert view.article is not None
    assert (view.article.id, view.article.title, view.article.text, view.article.source,
            view.article.published, view.article.status) == (
        article.id, article.title, article.text, article.source, article.published, article.status)
    assert db_path.read_bytes() == before  # read-only: not a byte written


def test_quick_rows_have_the_article_list_row_fields() -> None:
    assert list(QuickRow._fields) == [f.name for f in dataclasses.fields(repo.ArticleRow)]


def test_default_article_is_the_first_row_and_a_missing_one_is_none(db_path: Path) -> None:
    make_varied_db(db_path, 3)
    first = read_first_view(str(db_path), page_size=200)
    assert first is not None and first.article is not None and first.article.id == first.rows[0].id == 1
    assert len(first.rows) == 3
    missing = read_first_view(str(db_path), page_size=200, article_id=999)
    assert missing is not None and missing.article is None


def test_no_answer_where_the_orm_path_must_decide(tmp_path: Path) -> None:
    old = tmp_path / "old.sqlite3"
    shutil.copyfile(OLD_DB, old)
    empty = tmp_path / "empty.sqlite3"
    open_database(str(empty)).dispose()
    garbage = tmp_path / "garbage.sqlite3"
    garbage.write_bytes(b"not a database" * 100)
    for url in (
        str(old),  # needs a migration: the window migrates first
        str(empty),  # no articles: the window offers the demo corpus
        str(garbage),  # unreadable: the window reports it
        str(tmp_path / "missing.sqlite3"),  # created by the window
        "postgresql://ana@db.example.org/team",
        "sqlite://",
    ):
        assert read_first_view(url, page_size=200) is None, url
    assert old.read_bytes() == OLD_DB.read_bytes()


def test_sqlite_file_from_paths_and_urls(tmp_path: Path) -> None:
    assert sqlite_file(str(tmp_path / "a.sqlite3")) == (tmp_path / "a.sqlite3").resolve()
    assert sqlite_file(f"sqlite:///{tmp_path}/a.sqlite3") == tmp_path / "a.sqlite3"
    assert sqlite_file("sqlite:///:memory:") is None
    assert sqlite_file("sqlite:////x.db?mode=ro") is None
    assert sqlite_file("postgresql://h/db") is None


def test_quickread_imports_no_orm_and_agrees_on_the_revision() -> None:
    probe = (
        "import sys, annotator.db.quickread as q; "
        "print(q.latest_revision(), sorted({m.split('.')[0] for m in sys.modules} & {'sqlalchemy', 'sqlmodel', 'alembic'}))"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    assert out.split() == [LATEST_REVISION, "[]"]


def test_latest_revision_follows_a_new_migration(tmp_path: Path, monkeypatch) -> None:
    from annotator.db import quickread

    for script in quickread.MIGRATIONS.glob("*.py"):
        shutil.copyfile(script, tmp_path / script.name)
    (tmp_path / "9999_next.py").write_text(
        f'revision: str = "9999"\ndown_revision: str | None = "{LATEST_REVISION}"\n', encoding="utf-8"
    )
    monkeypatch.setattr(quickread, "MIGRATIONS", tmp_path)
    quickread.latest_revision.cache_clear()
    try:
        assert quickread.latest_revision() == "9999"
    finally:
        quickread.latest_revision.cache_clear()
