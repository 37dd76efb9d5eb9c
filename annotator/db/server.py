"""Preparing a PostgreSQL team server: migrations, analyst and reviewer roles, and their grants.

Run once by an administrator (``annotator server-init``) and again after an upgrade that adds
tables. Each analyst connects with their own login role; migration 0003's row-level security then
lets every role read all events but write only the events whose annotator name is their role name.
Reviewers (members of ``annotator_reviewer``) may also write gold events. Analysts get no UPDATE or
DELETE on the annotator table, so nobody can take over another's events by renaming.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import text
from sqlalchemy.engine import Connection

from annotator.db.engine import DatabaseError, open_database

ANALYST_GROUP = "annotator_analyst"
REVIEWER_GROUP = "annotator_reviewer"
ROLE_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_.\-]{0,62}$")

# What every analyst may do, table by table (row-level security narrows event and evidence).
TABLE_GRANTS = {
    "alembic_version": "SELECT",
    "annotator": "SELECT, INSERT",
    "import_batch": "SELECT, INSERT, UPDATE",
    "article": "SELECT, INSERT, UPDATE",
    "event": "SELECT, INSERT, UPDATE, DELETE",
    "evidence": "SELECT, INSERT, UPDATE, DELETE",
    "actor_alias": "SELECT, INSERT",
    # What the suggester learns from confirmations is shared by the team (issue 11).
    "learned_place": "SELECT, INSERT, UPDATE",
    "learned_trigger": "SELECT, INSERT, UPDATE",
    "learned_model": "SELECT, INSERT, UPDATE, DELETE",
}


@dataclass
class ServerInitReport:
    database: str
    created_roles: list[str] = field(default_factory=list)
    existing_roles: list[str] = field(default_factory=list)
    analysts: list[str] = field(default_factory=list)
    reviewers: list[str] = field(default_factory=list)

    def summary(self) -> str:
        lines = [f"Prepared {self.database} (migrations applied, row-level security on events)."]
        if self.created_roles:
            lines.append(f"Created roles: {', '.join(self.created_roles)}.")
        if self.existing_roles:
            lines.append(f"Roles already there (grants refreshed): {', '.join(self.existing_roles)}.")
        if self.analysts:
            lines.append(f"Analysts: {', '.join(self.analysts)}.")
        if self.reviewers:
            lines.append(f"Reviewers (may also write gold events): {', '.join(self.reviewers)}.")
        lines.append(
            "Give each role a password (ALTER ROLE name PASSWORD '...') or another pg_hba.conf method; "
            "analysts then use --db postgresql://NAME@HOST/DB."
        )
        return "\n".join(lines)


def _quote(conn: Connection, name: str) -> str:
    if not ROLE_NAME.match(name):
        raise ValueError(f"not a usable role name: {name!r} (letters, digits, _ . -; max 63)")
    return conn.dialect.identifier_preparer.quote_identifier(name)


def _role_exists(conn: Connection, name: str) -> bool:
    return conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name}).first() is not None


def _ensure_role(conn: Connection, name: str, *, login: bool, report: ServerInitReport) -> None:
    if _role_exists(conn, name):
        report.existing_roles.append(name)
        return
    # Roles are cluster-wide: another server-init may create the same one at this moment.
    conn.execute(
        text(
            f"DO $$ BEGIN CREATE ROLE {_quote(conn, name)} {'LOGIN' if login else 'NOLOGIN'}; "
            "EXCEPTION WHEN duplicate_object THEN NULL; END $$"
        )
    )
    report.created_roles.append(name)


def init_server(url: str, analysts: Sequence[str], reviewers: Sequence[str] = ()) -> ServerInitReport:
    """Migrate the database at ``url`` and create/grant the roles; idempotent."""
    db = open_database(url)
    if db.dialect != "postgresql":
        db.dispose()
        raise DatabaseError("server-init prepares a PostgreSQL server; give --db postgresql://admin@host/db")
    report = ServerInitReport(database=db.describe())
    try:
        with db.engine.begin() as conn:
            database = conn.execute(text("SELECT current_database()")).scalar_one()
            for group in (ANALYST_GROUP, REVIEWER_GROUP):
                _ensure_role(conn, group, login=False, report=report)
            analyst_group = _quote(conn, ANALYST_GROUP)
            conn.execute(text(f"GRANT CONNECT ON DATABASE {_quote(conn, database)} TO {analyst_group}"))
            conn.execute(text(f"GRANT USAGE ON SCHEMA public TO {analyst_group}"))
            conn.execute(text(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {analyst_group}"))
            for table, privileges in TABLE_GRANTS.items():
                conn.execute(text(f"GRANT {privileges} ON {table} TO {analyst_group}"))
            conn.execute(text(f"GRANT {analyst_group} TO {_quote(conn, REVIEWER_GROUP)}"))
            for name in analysts:
                _ensure_role(conn, name, login=True, report=report)
                conn.execute(text(f"GRANT {analyst_group} TO {_quote(conn, name)}"))
                report.analysts.append(name)
            for name in reviewers:
                _ensure_role(conn, name, login=True, report=report)
                conn.execute(text(f"GRANT {_quote(conn, REVIEWER_GROUP)} TO {_quote(conn, name)}"))
                report.reviewers.append(name)
            # Annotator rows named after the roles, so ownership lines up from the first event.
            for name in [*analysts, *reviewers]:
                conn.execute(
                    text(
                        "INSERT INTO annotator (name, created) SELECT CAST(:n AS varchar), now() "
                        "WHERE NOT EXISTS (SELECT 1 FROM annotator WHERE name = :n)"
                    ),
                    {"n": name},
                )
    except DatabaseError:
        raise
    except Exception as exc:  # driver errors (e.g. not allowed to create roles) become one message
        raise DatabaseError(f"server-init on {db.describe()} failed: {exc}") from exc
    finally:
        db.dispose()
    return report
