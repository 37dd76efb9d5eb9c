"""Rotating backups of a SQLite database, taken with SQLite's online backup API.

Why the backup API and not a file copy: it copies a consistent snapshot page by page while other
connections keep reading and writing (WAL included), so a backup is never half of one commit and
half of another. Backups live in ``data_dir()/backups/<db-stem>/`` with UTC timestamps in their
names, are created owner-only (0600) like the database, are verified with ``quick_check`` before
they count, and only the newest ``keep`` automatic ones are kept. A restore first keeps a copy of the
current file (even a damaged one) next to the backups, so a restore can itself be undone.
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from annotator.config import SavedSettings, data_dir

SUFFIX = ".sqlite3"
STAMP_FORMAT = "%Y%m%dT%H%M%S%fZ"
_STAMP_RE = re.compile(r"-(?P<kind>before-restore-)?(?P<stamp>\d{8}T\d{12}Z)(?:-\d+)?\.sqlite3$")


class BackupError(RuntimeError):
    """A backup or restore could not be made; the message says which file and why."""


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: datetime
    size: int
    kind: str  # "backup" (automatic or `annotator backup`) or "before-restore" (kept by a restore)

    def describe(self) -> str:
        when = self.created.strftime("%Y-%m-%d %H:%M:%S UTC")
        extra = " (copy kept before a restore)" if self.kind == "before-restore" else ""
        return f"{self.path}  {when}  {self.size / 1024:.0f} KiB{extra}"


def backups_dir(db_path: Path) -> Path:
    """``data_dir()/backups/<db-stem>/``, created owner-only."""
    path = data_dir() / "backups" / Path(db_path).stem
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def _stamp(now: datetime | None = None) -> str:
    return (now or datetime.now(UTC)).strftime(STAMP_FORMAT)


def _unique(path: Path) -> Path:
    n = 1
    candidate = path
    while candidate.exists():
        candidate = path.with_name(f"{path.stem}-{n}{path.suffix}")
        n += 1
    return candidate


def list_backups(db_path: Path, *, include_before_restore: bool = True) -> list[BackupInfo]:
    """Backups of this database, newest first (cheap: a directory listing and stat calls)."""
    folder = data_dir() / "backups" / Path(db_path).stem
    if not folder.is_dir():
        return []
    out: list[BackupInfo] = []
    for entry in folder.iterdir():
        match = _STAMP_RE.search(entry.name)
        if not match or not entry.name.startswith(Path(db_path).stem + "-") or not entry.is_file():
            continue
        kind = "before-restore" if match.group("kind") else "backup"
        if kind == "before-restore" and not include_before_restore:
            continue
        created = datetime.strptime(match.group("stamp"), STAMP_FORMAT).replace(tzinfo=UTC)
        out.append(BackupInfo(entry, created, entry.stat().st_size, kind))
    out.sort(key=lambda b: (b.created, b.path.name), reverse=True)
    return out


def latest_backup(db_path: Path) -> BackupInfo | None:
    found = list_backups(db_path, include_before_restore=False)
    return found[0] if found else None


def _create_private(path: Path) -> None:
    fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
    os.close(fd)
    os.chmod(path, 0o600)


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def quick_check(path: Path) -> str:
    """"ok", or what SQLite's quick_check (or opening the file) says is wrong."""
    try:
        con = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=rw", uri=True, timeout=10)
        try:
            rows = con.execute("PRAGMA quick_check").fetchall()
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        return str(exc)
    messages = [str(r[0]) for r in rows]
    return "ok" if messages == ["ok"] else "; ".join(messages[:5])


def create_backup(db_path: Path, out: Path | None = None) -> Path:
    """Copy a consistent snapshot of ``db_path`` to ``out`` (default: a new timestamped backup).

    The copy is written to a temporary name, switched to rollback-journal mode (so the backup is
    one self-contained file), checked, fsynced and only then renamed into place.
    """
    db_path = Path(db_path)
    if not db_path.is_file():
        raise BackupError(f"Cannot back up {db_path}: no such file")
    target = Path(out) if out is not None else _unique(backups_dir(db_path) / f"{db_path.stem}-{_stamp()}{SUFFIX}")
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.partial")
    _create_private(tmp)
    try:
        source = sqlite3.connect(str(db_path), timeout=30)
        try:
            dest = sqlite3.connect(str(tmp))
            try:
                source.backup(dest, pages=1024)
                dest.execute("PRAGMA journal_mode=DELETE")
                dest.commit()
            finally:
                dest.close()
        finally:
            source.close()
        verdict = quick_check(tmp)
        if verdict != "ok":
            raise BackupError(f"The backup of {db_path} failed its check ({verdict}); is the database damaged?")
        _fsync(tmp)
        os.replace(tmp, target)
    except sqlite3.DatabaseError as exc:
        raise BackupError(f"Cannot back up {db_path}: {exc}") from exc
    finally:
        if tmp.exists():
            tmp.unlink()
    os.chmod(target, 0o600)
    return target


def rotate(db_path: Path, keep: int) -> list[Path]:
    """Delete all but the newest ``keep`` backups (copies kept before a restore are never deleted).

    Also removes half-written ``.partial`` files older than an hour, left by a backup that was
    interrupted (the app killed mid-copy); they never counted as backups.
    """
    removed: list[Path] = []
    for partial in backups_dir(db_path).glob(".*.partial"):
        if time.time() - partial.stat().st_mtime > 3600:
            partial.unlink(missing_ok=True)
            removed.append(partial)
    for info in list_backups(db_path, include_before_restore=False)[max(keep, 1):]:
        info.path.unlink(missing_ok=True)
        removed.append(info.path)
    return removed


def backup_due(db_path: Path, interval_hours: float, now: float | None = None) -> bool:
    """True when the newest backup is older than the interval (or there is none)."""
    if interval_hours <= 0:
        return False
    latest = latest_backup(db_path)
    if latest is None:
        return True
    age = (now if now is not None else time.time()) - latest.created.timestamp()
    return age >= interval_hours * 3600


def maybe_backup(db_path: Path, settings: SavedSettings | None = None) -> Path | None:
    """Take an automatic backup if one is due (settings backups_keep / backup_interval_hours)."""
    settings = settings or SavedSettings.load()
    if settings.backups_keep <= 0 or not backup_due(db_path, settings.backup_interval_hours):
        return None
    path = create_backup(db_path)
    rotate(db_path, settings.backups_keep)
    return path


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    previous_copy: Path | None


def _copy_current(db_path: Path) -> Path | None:
    """Keep the current file (and its -wal, which may hold recent commits) before replacing it."""
    if not db_path.exists():
        return None
    copy = _unique(backups_dir(db_path) / f"{db_path.stem}-before-restore-{_stamp()}{SUFFIX}")
    _create_private(copy)
    if quick_check(db_path) == "ok":
        try:
            create_backup(db_path, copy)
            return copy
        except BackupError:
            pass
    # Damaged: copy the bytes as they are, WAL alongside, for whoever tries to rescue them.
    shutil.copyfile(db_path, copy)
    for suffix in ("-wal",):
        side = Path(f"{db_path}{suffix}")
        if side.exists():
            side_copy = Path(f"{copy}{suffix}")
            _create_private(side_copy)
            shutil.copyfile(side, side_copy)
    return copy


def restore(db_path: Path, backup: Path | None = None) -> RestoreResult:
    """Replace ``db_path`` with ``backup`` (default: the latest backup), keeping a copy first.

    Close the window and other programs using the database first: a restore replaces the file.
    """
    db_path = Path(db_path)
    if backup is None:
        latest = latest_backup(db_path)
        if latest is None:
            raise BackupError(f"No backups of {db_path} in {backups_dir(db_path)}")
        backup = latest.path
    backup = Path(backup)
    if not backup.is_file():
        raise BackupError(f"Cannot restore from {backup}: no such file")
    verdict = quick_check(backup)
    if verdict != "ok":
        raise BackupError(f"Cannot restore from {backup}: it fails its integrity check ({verdict})")
    previous = _copy_current(db_path)
    db_path.parent.mkdir(parents=True, exist_ok=True)
    tmp = db_path.with_name(f".{db_path.name}.restoring")
    _create_private(tmp)
    try:
        shutil.copyfile(backup, tmp)
        _fsync(tmp)
        for suffix in ("-wal", "-shm", "-journal"):
            Path(f"{db_path}{suffix}").unlink(missing_ok=True)
        os.replace(tmp, db_path)
    finally:
        tmp.unlink(missing_ok=True)
    os.chmod(db_path, 0o600)
    return RestoreResult(restored_from=backup, previous_copy=previous)
