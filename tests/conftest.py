"""Shared fixtures: every test gets its own data/config directories and database."""

from __future__ import annotations

import contextlib
import os
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from annotator.db.engine import Database, open_database
from annotator.schema import Schema, load_schema

if TYPE_CHECKING:
    from annotator.nlp.pipeline import LoadedPipeline

DATA = Path(__file__).parent / "data"


@pytest.fixture(autouse=True)
def isolated_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Never touch the user's real settings or database from a test."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("ANNOTATOR_DATA_DIR", str(home / "data"))
    monkeypatch.setenv("ANNOTATOR_CONFIG_DIR", str(home / "config"))
    monkeypatch.setenv("ANNOTATOR_ANALYST", "tester")
    monkeypatch.delenv("ANNOTATOR_DB", raising=False)
    monkeypatch.delenv("ANNOTATOR_MODEL", raising=False)
    return home


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "test.sqlite3"


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    database = open_database(str(db_path))
    yield database
    database.dispose()


@pytest.fixture
def acled() -> Schema:
    return load_schema("acled")


@pytest.fixture(scope="session")
def loaded() -> LoadedPipeline:
    """The default pipeline, loaded once for the whole run (the suggester tests share it)."""
    from annotator.nlp.pipeline import load_pipeline  # noqa: PLC0415 (spaCy only where needed)

    return load_pipeline()


@pytest.fixture
def data_dir() -> Path:
    return DATA


def pg_url() -> str | None:
    return os.environ.get("ANNOTATOR_TEST_PG_URL") or None


# --- the same tests on SQLite and PostgreSQL ------------------------------------------------------

PG_SKIP_REASON = (
    "ANNOTATOR_TEST_PG_URL is not set (scripts/start-test-postgres.sh found no PostgreSQL server)"
)


@contextlib.contextmanager
def fresh_pg_database(prefix: str = "annotator_t") -> Iterator[str]:
    """A new, empty PostgreSQL database for one test, dropped afterwards; yields its URL.

    The name carries the process id and a random part, so xdist workers never collide.
    """
    admin_url = pg_url()
    if admin_url is None:
        pytest.skip(PG_SKIP_REASON)
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    from annotator.config import db_url_from

    name = f"{prefix}_{os.getpid()}_{uuid.uuid4().hex[:10]}"
    admin = create_engine(db_url_from(admin_url), isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        yield make_url(db_url_from(admin_url)).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def any_db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """The URL of a fresh, not yet opened database: a SQLite file, or a new PostgreSQL database."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'any.sqlite3'}"
        return
    with fresh_pg_database() as url:
        yield url


@pytest.fixture
def any_db(any_db_url: str) -> Iterator[Database]:
    """An open, migrated database, once on SQLite and once on PostgreSQL (skipped without a server)."""
    database = open_database(any_db_url)
    yield database
    database.dispose()


@pytest.fixture
def new_pg_database() -> Callable[..., contextlib.AbstractContextManager[str]]:
    """``with new_pg_database("prefix") as url:`` a fresh PostgreSQL database (skips without a server)."""
    return fresh_pg_database
