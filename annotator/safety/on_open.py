"""The check every front end runs when it opens a database: integrity first, then a backup if due.

``annotator`` commands call :func:`open_checked` before they touch the file (a damaged one raises
:class:`DamagedDatabaseError` naming the backups to restore from). The window opens the database
at once and calls :func:`on_open` in a worker right after it shows, since reading a large file
takes seconds; it shows the same report. Only an existing, non-empty SQLite file is checked: a
PostgreSQL server looks after its own pages and backups.
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from annotator.config import db_url_from
from annotator.db.engine import DamagedDatabaseError, Database, open_database
from annotator.safety.backup import BackupError, maybe_backup
from annotator.safety.integrity import IntegrityReport, check_sqlite_file, sqlite_path


class OpenCheck(NamedTuple):
    """The integrity report (None: nothing was checked), the backup taken, and a warning."""

    report: IntegrityReport | None
    backup: Path | None = None
    warning: str | None = None

    @property
    def ok(self) -> bool:
        return self.report is None or self.report.ok


def on_open(url: str, *, check: bool = True, backup: bool = True) -> OpenCheck:
    """Integrity check, then the automatic backup when one is due (never of a damaged file)."""
    url = db_url_from(url)
    path = sqlite_path(url)
    if path is None or not path.is_file() or path.stat().st_size == 0:
        return OpenCheck(None)
    report = check_sqlite_file(path, url) if check else None
    if (report is not None and not report.ok) or not backup:
        return OpenCheck(report)
    try:
        return OpenCheck(report, maybe_backup(path))
    except (BackupError, OSError) as exc:
        # A failed backup (disk full, read-only backup folder) must not stop the analyst working.
        return OpenCheck(report, None, f"automatic backup failed: {exc}")


def open_checked(url: str, *, migrate: bool = True, check: bool = True, backup: bool = True) -> Database:
    """:func:`on_open`, then open (and upgrade) the database; a damaged file raises."""
    result = on_open(url, check=check, backup=backup)
    if not result.ok and result.report is not None:
        raise DamagedDatabaseError(result.report)
    database = open_database(url, migrate=migrate)
    database.backup = result.backup
    if result.warning:
        database.warnings.append(result.warning)
    return database
