"""Opening a database: engine, SQLite pragmas on every connection, migrations to the latest layout.

A database made by an older version of the app is upgraded on open (Alembic), so analysts never run
a migration by hand. SQLite files are created readable by their owner only. The integrity check
and the automatic backup that come before opening live in :mod:`annotator.safety.on_open` (safety
is built on this layer, not the other way round); they raise :class:`DamagedDatabaseError`.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from sqlalchemy import event, text
from sqlalchemy.engine import Engine, make_url
from sqlmodel import Session, create_engine

from annotator.config import db_url_from

if TYPE_CHECKING:
    from alembic.config import Config

SQLITE_BUSY_TIMEOUT_MS = 10_000

# The newest migration in annotator/db/migrations/versions. Opening a database already at this
# revision needs no Alembic import (~0.3 s of the window's start); a test checks that this
# equals Alembic's head, so a new migration cannot be added without bumping it.
LATEST_REVISION = "0005"


class DatabaseError(RuntimeError):
    """The database cannot be opened or upgraded; the message says which and why."""


class DamageReport(Protocol):
    """What a failed integrity check reports (annotator.safety.integrity.IntegrityReport)."""

    def message(self) -> str: ...


class DamagedDatabaseError(DatabaseError):
    """The SQLite file fails its integrity check; ``report`` lists the backups to restore from."""

    def __init__(self, report: DamageReport) -> None:
        super().__init__(report.message())
        self.report = report


def _alembic_config() -> Config:
    from alembic.config import Config  # noqa: PLC0415  (only when migrating)

    cfg = Config()
    cfg.set_main_option("script_location", "annotator.db:migrations")
    return cfg


def head_revision() -> str:
    """The head according to Alembic's scripts (imports Alembic; see LATEST_REVISION)."""
    from alembic.script import ScriptDirectory  # noqa: PLC0415

    return ScriptDirectory.from_config(_alembic_config()).get_current_head() or ""


def _set_sqlite_pragmas(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode=WAL")
    # FULL keeps a commit durable across power loss even in WAL mode: annotations are months of work.
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.close()


def _prepare_sqlite_file(url: str) -> Path | None:
    path_str = make_url(url).database
    if not path_str or path_str == ":memory:":
        return None
    path = Path(path_str)
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists():
        # Create it owner-only before SQLite does; the -wal and -shm files inherit this mode.
        fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
        os.close(fd)
    return path


def make_engine(url: str) -> Engine:
    url = db_url_from(url)
    if url.startswith("sqlite"):
        _prepare_sqlite_file(url)
        engine = create_engine(
            url,
            connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
        )
        event.listen(engine, "connect", _set_sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True)


def current_revision(engine: Engine) -> str | None:
    """The revision stored in the database (None for an empty one), read with plain SQL."""
    with engine.connect() as conn:
        if not engine.dialect.has_table(conn, "alembic_version"):
            return None
        versions = [row[0] for row in conn.execute(text("SELECT version_num FROM alembic_version"))]
    # Alembic keeps one row per branch head; this project has one branch.
    return versions[0] if len(versions) == 1 else None


def upgrade(engine: Engine, revision: str = "head") -> None:
    from alembic import command  # noqa: PLC0415  (only when migrating)

    cfg = _alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)


@dataclass
class Database:
    """An open, migrated database. Sessions come from here; nothing else creates engines."""

    url: str
    engine: Engine
    # The automatic backup taken on open (None when none was due), and problems worth a warning.
    backup: Path | None = None
    warnings: list[str] = field(default_factory=list)

    def session(self) -> Session:
        return Session(self.engine, expire_on_commit=False)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @property
    def path(self) -> Path | None:
        if self.dialect != "sqlite":
            return None
        db = make_url(self.url).database
        return Path(db) if db and db != ":memory:" else None

    def describe(self) -> str:
        """Where the data is, for titles and messages (never shows a password)."""
        if self.path is not None:
            return str(self.path)
        return make_url(self.url).render_as_string(hide_password=True)

    def dispose(self) -> None:
        self.engine.dispose()


def open_database(url: str, *, migrate: bool = True) -> Database:
    """Open (creating if needed) and upgrade a database to the latest layout.

    No integrity check or backup here: front ends call ``annotator.safety.on_open`` for those.
    """
    url = db_url_from(url)
    try:
        engine = make_engine(url)
        # Plain SQL first: Alembic is imported only when an upgrade is needed.
        if migrate and current_revision(engine) != LATEST_REVISION:
            upgrade(engine)
    except DatabaseError:
        raise
    except Exception as exc:  # sqlalchemy/alembic/driver errors become one clear message
        raise DatabaseError(f"Cannot open database {make_url(url).render_as_string(hide_password=True)}: {exc}") from exc
    return Database(url=url, engine=engine)

