"""An article is done only when every event on it is finished: a suggestion nobody reviewed
keeps it in progress, in the stored status and so in the list, its filter, the start-up shell's
quick read and ``annotator stats``."""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from pathlib import Path

import pytest

from annotator.cli.main import main
from annotator.db import repo
from annotator.db.engine import open_database
from annotator.db.quickread import read_first_view
from annotator.interchange import ArticleRecord, EventRecord
from annotator.status import ArticleStatus, EventStatus, article_status_of


@pytest.mark.parametrize(
    ("events", "expected"),
    [
        ((), ArticleStatus.NEW),
        ((EventStatus.SUGGESTED,), ArticleStatus.NEW),
        ((EventStatus.DRAFT,), ArticleStatus.IN_PROGRESS),
        ((EventStatus.CONFIRMED, EventStatus.GOLD), ArticleStatus.DONE),
        ((EventStatus.CONFIRMED, EventStatus.SUGGESTED), ArticleStatus.IN_PROGRESS),
        ((EventStatus.CONFIRMED, EventStatus.DRAFT, EventStatus.SUGGESTED), ArticleStatus.IN_PROGRESS),
    ],
)
def test_the_rule(events: tuple[str, ...], expected: ArticleStatus) -> None:
    assert article_status_of(events) == expected


def _confirmed_with_a_pending_suggestion(db_path: Path) -> tuple[int, int]:
    """Article 1: the analyst's event confirmed, a suggestion left; article 2: fully confirmed."""
    db = open_database(str(db_path))
    try:
        with db.session() as session:
            ids = []
            for n in (1, 2):
                article, _ = repo.add_article(session, ArticleRecord(title=f"A{n}", text=f"Text {n}."))
                repo.add_event(session, article.id or 0, EventRecord(
                    values={"event_type": "Riots"}, status=EventStatus.CONFIRMED), annotator="bea")
                ids.append(article.id or 0)
            suggestion = repo.add_event(session, ids[0], EventRecord(
                values={"event_type": "Protests"}, status=EventStatus.SUGGESTED), annotator="bea")
            session.commit()
            return ids[0], suggestion.id
    finally:
        db.dispose()


def test_pending_suggestion_keeps_the_article_out_of_done_everywhere(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pending, _ = _confirmed_with_a_pending_suggestion(db_path)
    db = open_database(str(db_path))
    try:
        with db.session() as session:
            rows = repo.list_articles(session)
            assert [(r.id, r.status) for r in rows] == [(pending, "in_progress"), (pending + 1, "done")]
            assert [r.id for r in repo.list_articles(session, status="done")] == [pending + 1]
            assert repo.count_filtered_articles(session, status="done") == 1
            assert repo.stats(session).articles_by_status == {"in_progress": 1, "done": 1}
    finally:
        db.dispose()
    quick = read_first_view(str(db_path), page_size=10)
    assert quick is not None
    assert [r._asdict() for r in quick.rows] == [dataclasses.asdict(r) for r in rows]
    assert main(["--db", str(db_path), "stats", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["articles_by_status"] == {"in_progress": 1, "done": 1}


def test_reviewing_the_last_suggestion_makes_the_article_done(db_path: Path) -> None:
    pending, suggestion_id = _confirmed_with_a_pending_suggestion(db_path)
    db = open_database(str(db_path))
    try:
        with db.session() as session:
            event = repo.get_event(session, suggestion_id)
            repo.save_event(session, suggestion_id, event.version, status=EventStatus.CONFIRMED)
            session.commit()
            assert repo.get_article(session, pending).status == ArticleStatus.DONE
    finally:
        db.dispose()


def test_migration_puts_statuses_stored_under_the_old_rule_right(db_path: Path) -> None:
    pending, _ = _confirmed_with_a_pending_suggestion(db_path)
    con = sqlite3.connect(db_path)
    with con:  # as the old rule stored it, one revision back
        con.execute("UPDATE article SET status = 'done'")
        con.execute("UPDATE alembic_version SET version_num = '0004'")
    con.close()
    db = open_database(str(db_path))
    try:
        with db.session() as session:
            assert [(r.id, r.status) for r in repo.list_articles(session)] == [
                (pending, "in_progress"), (pending + 1, "done")]
    finally:
        db.dispose()
