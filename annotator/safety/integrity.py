"""Is the database healthy? A quick check on open, and what to offer when it is not.

``check_database(url)`` is what the window and the CLI call before opening a database: on SQLite
it runs ``PRAGMA quick_check`` (reads every page once, much cheaper than integrity_check) and, for
a damaged file, reports the problem together with the backups that could replace it. A PostgreSQL
server looks after its own pages, so there the check is that we can connect.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.engine import make_url

from annotator.config import db_url_from
from annotator.safety.backup import BackupInfo, list_backups, quick_check


@dataclass
class IntegrityReport:
    """The verdict on one database: ``ok``, else ``problem`` and the ``backups`` to restore from."""

    url: str
    path: Path | None
    ok: bool
    problem: str | None = None
    backups: list[BackupInfo] = field(default_factory=list)

    @property
    def target(self) -> str:
        if self.path is not None:
            return str(self.path)
        return make_url(self.url).render_as_string(hide_password=True)

    def message(self) -> str:
        """One clear paragraph for a dialog or the terminal: which file, what is wrong, what to do."""
        if self.ok:
            return f"{self.target}: ok"
        lines = [f"The database {self.target} is damaged: {self.problem}."]
        if self.backups:
            latest = self.backups[0]
            lines.append(
                f"The latest backup is {latest.path.name} ({latest.created:%Y-%m-%d %H:%M} UTC). "
                f"Restore it with `annotator --db {self.target} restore` (the damaged file is kept "
                f"as a copy), or pick another with `annotator restore BACKUP`."
            )
        else:
            lines.append("There is no backup of it; keep the file and ask for help before changing it.")
        return " ".join(lines)


def sqlite_path(url: str) -> Path | None:
    url = db_url_from(url)
    if not url.startswith("sqlite"):
        return None
    database = make_url(url).database
    return Path(database) if database and database != ":memory:" else None


def check_sqlite_file(path: Path, url: str) -> IntegrityReport:
    if not path.exists() or path.stat().st_size == 0:
        return IntegrityReport(url=url, path=path, ok=True)  # a new database: nothing to check yet
    verdict = quick_check(path)
    if verdict == "ok":
        return IntegrityReport(url=url, path=path, ok=True)
    backups = [b for b in list_backups(path) if b.kind == "backup"] + [
        b for b in list_backups(path) if b.kind != "backup"
    ]
    return IntegrityReport(url=url, path=path, ok=False, problem=verdict, backups=backups)


def check_database(url: str) -> IntegrityReport:
    """Check the database at ``url`` (a path or URL) without changing it."""
    url = db_url_from(url)
    path = sqlite_path(url)
    if path is not None:
        return check_sqlite_file(path, url)
    if url.startswith("sqlite"):
        return IntegrityReport(url=url, path=None, ok=True)  # in-memory
    from sqlalchemy import create_engine, text  # noqa: PLC0415

    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except Exception as exc:  # driver errors differ; all mean "cannot use this server now"
        return IntegrityReport(url=url, path=None, ok=False, problem=f"cannot connect ({exc.__class__.__name__}: {exc})")
    finally:
        engine.dispose()
    return IntegrityReport(url=url, path=None, ok=True)
