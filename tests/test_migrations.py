"""A database made by an old version upgrades on open with its data intact, and the models match
the migrated layout."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect
from sqlmodel import SQLModel

import annotator.db.models  # noqa: F401 - registers the tables on SQLModel.metadata
from annotator.db import repo
from annotator.db.engine import current_revision, head_revision, open_database
from annotator.db.models import Event
from annotator.importers import run_import

OLD_DB = Path(__file__).parent / "data" / "db_v0001.sqlite3"


@pytest.fixture
def old_copy(tmp_path: Path) -> Path:
    target = tmp_path / "old.sqlite3"
    shutil.copyfile(OLD_DB, target)
    return target


def test_fixture_is_at_revision_0001(old_copy: Path) -> None:
    con = sqlite3.connect(old_copy)
    try:
        assert con.execute("SELECT version_num FROM alembic_version").fetchall() == [("0001",)]
        columns = {row[1] for row in con.execute("PRAGMA table_info(event)")}
        assert "extra" not in columns  # so the upgrade below really adds it
    finally:
        con.close()


def test_old_database_upgrades_with_data_intact(old_copy: Path, tmp_path: Path) -> None:
    db = open_database(str(old_copy))
    try:
        assert current_revision(db.engine) == head_revision() != "0001"
        assert "extra" in {c["name"] for c in inspect(db.engine).get_columns("event")}
        with db.session() as session:
            rows = repo.list_articles(session)
            assert [r.title for r in rows] == ["Militia ambush convoy near Tessit", "Farmers protest fuel prices in Segou"]
            first = repo.get_article(session, rows[0].id)
            assert first.text.endswith("killing four drivers, a local official said.")
            assert (first.ext_id, first.source, str(first.published), first.status) == (
                "old-1", "Old Wire", "2021-06-07", "in_progress")
            (event,) = repo.events_for_article(session, rows[0].id)
            assert event.values["location"] == "Tessit" and event.values["fatalities"] == 4
            assert (event.annotator, event.status, event.version) == ("old-analyst", "confirmed", 3)
            assert [(s.field, first.text[s.start : s.end]) for s in event.evidence] == [("trigger", "Gunmen ambushed")]
            assert session.get(Event, event.id).extra == {}  # the new column, filled for old rows
            # Full-text search (added by 0002) finds articles stored before it existed.
            assert [r.title for r in repo.list_articles(session, search="diesel")] == [
                "Farmers protest fuel prices in Segou"]
            assert [r.title for r in repo.list_articles(session, search="Tessit")] == [
                "Militia ambush convoy near Tessit"]
        # Old articles keep their identity: importing the same text again adds nothing.
        again = tmp_path / "again.txt"
        again.write_text(first.text, encoding="utf-8")
        report = run_import(db, [again])
        assert (report.imported, report.duplicates) == (0, 1)
    finally:
        db.dispose()


@pytest.mark.parametrize("start", ["empty", "revision 0001"])
def test_models_match_the_migrated_schema(start: str, db_path: Path, old_copy: Path) -> None:
    """Autogenerate finds no table, column or index differences between the models and head.

    The FTS5 tables (article_fts and its shadow tables) are made by raw SQL in migration 0002
    and are not models, so they are left out of the comparison; nothing else is ignored.
    """
    db = open_database(str(db_path if start == "empty" else old_copy))
    try:
        with db.engine.connect() as conn:
            context = MigrationContext.configure(
                conn,
                opts={
                    "compare_type": True,
                    "include_name": lambda name, kind, _parent: not (
                        kind == "table" and (name or "").startswith("article_fts")
                    ),
                },
            )
            diffs = compare_metadata(context, SQLModel.metadata)
    finally:
        db.dispose()
    assert diffs == []
