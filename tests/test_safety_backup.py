"""Automatic rotating backups, `annotator backup` / `restore`, and owner-only files."""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from annotator.cli.main import main
from annotator.config import SavedSettings, data_dir
from annotator.db import repo
from annotator.interchange import ArticleRecord, EventRecord
from annotator.safety import backup as bk
from annotator.safety.on_open import open_checked


def _make_db(path: Path, n_events: int = 1) -> None:
    db = open_checked(str(path))
    with db.session() as session:
        article, _ = repo.add_article(session, ArticleRecord(text=f"Article {path.name} {n_events}"))
        for i in range(n_events):
            repo.add_event(session, article.id or 0, EventRecord(values={"i": i}, annotator="ana"))
        session.commit()
    db.dispose()


def _events(path: Path) -> int:
    con = sqlite3.connect(str(path))
    try:
        return con.execute("SELECT count(*) FROM event").fetchone()[0]
    finally:
        con.close()


def _age(info: bk.BackupInfo, hours: float) -> Path:
    """Rename a backup so that its timestamp lies ``hours`` in the past."""
    older = info.created - timedelta(hours=hours)
    target = info.path.with_name(info.path.name.replace(info.created.strftime(bk.STAMP_FORMAT),
                                                        older.strftime(bk.STAMP_FORMAT)))
    info.path.rename(target)
    return target


def test_backup_is_a_private_consistent_copy(db_path: Path) -> None:
    _make_db(db_path, 3)
    out = bk.create_backup(db_path)
    assert out.parent == data_dir() / "backups" / db_path.stem
    assert oct(out.stat().st_mode & 0o777) == "0o600"
    assert oct(out.parent.stat().st_mode & 0o777) == "0o700"
    assert _events(out) == 3 and bk.quick_check(out) == "ok"
    assert not Path(f"{out}-wal").exists()  # one self-contained file
    assert [b.path for b in bk.list_backups(db_path)] == [out]


def test_backup_while_another_connection_writes(db_path: Path) -> None:
    """The online backup API copies a committed snapshot even while a write transaction is open."""
    _make_db(db_path, 2)
    writer = sqlite3.connect(str(db_path), isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("DELETE FROM evidence")
    writer.execute("DELETE FROM event")
    try:
        out = bk.create_backup(db_path)
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    assert _events(out) == 2


def test_open_takes_a_backup_when_due_and_rotates(db_path: Path) -> None:
    SavedSettings(backups_keep=2, backup_interval_hours=24).save()
    db = open_checked(str(db_path))
    assert db.backup is None  # a brand-new database has nothing to protect yet
    db.dispose()
    assert bk.list_backups(db_path) == []
    first = open_checked(str(db_path))  # the second open of an existing file: first backup
    assert first.backup is not None and first.backup.exists()
    first.dispose()
    _make_db(db_path)
    again = open_checked(str(db_path))
    assert again.backup is None  # not due: the last one is younger than the interval
    again.dispose()
    for _ in range(3):
        _age(bk.list_backups(db_path)[0], 30)  # pretend the newest is older than a day
        reopened = open_checked(str(db_path))
        assert reopened.backup is not None
        reopened.dispose()
    assert len(bk.list_backups(db_path)) == 2  # keep the newest 2


def test_interval_and_disabled(db_path: Path) -> None:
    _make_db(db_path)
    assert bk.backup_due(db_path, 24)
    bk.create_backup(db_path)
    assert not bk.backup_due(db_path, 24)
    later = datetime.now(UTC) + timedelta(hours=25)
    assert bk.backup_due(db_path, 24, now=later.timestamp())
    assert not bk.backup_due(db_path, 0)
    assert bk.maybe_backup(db_path, SavedSettings(backups_keep=0)) is None


def test_failed_automatic_backup_does_not_stop_work(db_path: Path) -> None:
    _make_db(db_path)
    (data_dir() / "backups").mkdir(parents=True, exist_ok=True)
    (data_dir() / "backups" / db_path.stem).write_text("not a folder")
    db = open_checked(str(db_path))
    assert db.backup is None and db.warnings and "backup failed" in db.warnings[0]
    db.dispose()


def test_cli_backup_out_and_list(db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _make_db(db_path, 2)
    out = tmp_path / "copy.sqlite3"
    assert main(["--db", str(db_path), "backup", "--out", str(out)]) == 0
    assert _events(out) == 2 and oct(out.stat().st_mode & 0o777) == "0o600"
    assert main(["--db", str(db_path), "backup"]) == 0
    assert main(["--db", str(db_path), "backup", "--list"]) == 0
    assert str(data_dir() / "backups" / db_path.stem) in capsys.readouterr().out


def test_damaged_database_cli_error_and_restore(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _make_db(db_path, 2)
    good = bk.create_backup(db_path)
    _make_db(db_path, 5)  # work after the backup, then the file is damaged
    with open(db_path, "r+b") as f:
        f.seek(0)
        f.write(b"\0" * 4096)
    capsys.readouterr()
    assert main(["--db", str(db_path), "stats"]) == 2
    err = " ".join(capsys.readouterr().err.split())
    assert str(db_path) in err and "damaged" in err and "annotator" in err and "restore" in err
    assert good.name in err

    assert main(["--db", str(db_path), "restore"]) == 0
    out = capsys.readouterr().out
    assert "restored" in out and "kept as" in out
    assert _events(db_path) == 2 and oct(db_path.stat().st_mode & 0o777) == "0o600"
    kept = [b for b in bk.list_backups(db_path) if b.kind == "before-restore"]
    assert len(kept) == 1 and kept[0].path.read_bytes()[:4096] == b"\0" * 4096  # the damaged file, kept
    assert main(["--db", str(db_path), "stats"]) == 0


def test_restore_named_backup_keeps_current(db_path: Path) -> None:
    _make_db(db_path, 1)
    one = bk.create_backup(db_path)
    _make_db(db_path, 4)
    result = bk.restore(db_path, one)
    assert _events(db_path) == 1
    assert result.previous_copy is not None and _events(result.previous_copy) == 5
    # The restore is itself undoable: restore the copy it kept.
    bk.restore(db_path, result.previous_copy)
    assert _events(db_path) == 5


def test_restore_refuses_a_bad_backup(db_path: Path, tmp_path: Path) -> None:
    _make_db(db_path, 1)
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"nonsense" * 512)
    with pytest.raises(bk.BackupError, match="integrity"):
        bk.restore(db_path, bad)
    assert _events(db_path) == 1
    with pytest.raises(bk.BackupError, match="No backups"):
        bk.restore(tmp_path / "never-backed-up.sqlite3")


def test_backup_of_postgres_is_refused_politely(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", "postgresql://nobody@127.0.0.1:9/none", "backup"]) == 2
    assert "pg_dump" in capsys.readouterr().err


def test_umask_does_not_widen_backup(db_path: Path) -> None:
    _make_db(db_path)
    old = os.umask(0)
    try:
        out = bk.create_backup(db_path)
    finally:
        os.umask(old)
    assert oct(out.stat().st_mode & 0o777) == "0o600"


def test_interrupted_backup_leftovers_are_cleaned(db_path: Path) -> None:
    _make_db(db_path)
    folder = bk.backups_dir(db_path)
    stale = folder / f".{db_path.stem}-20200101T000000000000Z.sqlite3.partial"
    fresh = folder / f".{db_path.stem}-20990101T000000000000Z.sqlite3.partial"
    for leftover in (stale, fresh):
        leftover.write_bytes(b"half a copy")
    os.utime(stale, (0, 0))
    assert bk.list_backups(db_path) == []  # never counted as backups
    removed = bk.rotate(db_path, 3)
    assert stale in removed and not stale.exists()
    assert fresh.exists()  # may belong to a backup running right now
