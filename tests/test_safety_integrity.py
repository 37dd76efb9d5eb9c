"""The quick integrity check on open: a clear verdict, the problem, and the backups to offer."""

from __future__ import annotations

from pathlib import Path

import pytest
from dbdamage import damage_middle, make_db

from annotator.cli.main import main
from annotator.db.engine import DamagedDatabaseError
from annotator.safety.backup import create_backup
from annotator.safety.integrity import check_database
from annotator.safety.on_open import open_checked


def test_healthy_and_new_databases_are_ok(db_path: Path, tmp_path: Path) -> None:
    assert check_database(str(tmp_path / "does-not-exist.sqlite3")).ok
    make_db(db_path)
    report = check_database(str(db_path))
    assert report.ok and report.problem is None and report.path == db_path


def test_damaged_pages_are_found_with_backups_listed(db_path: Path) -> None:
    make_db(db_path)
    backup = create_backup(db_path)
    damage_middle(db_path)
    report = check_database(str(db_path))
    assert not report.ok and report.problem
    assert [b.path for b in report.backups] == [backup]
    message = report.message()
    assert str(db_path) in message and "annotator" in message and "restore" in message
    with pytest.raises(DamagedDatabaseError) as caught:
        open_checked(str(db_path))
    assert caught.value.report.backups[0].path == backup


def test_not_a_database_without_backups(tmp_path: Path) -> None:
    bogus = tmp_path / "notes.sqlite3"
    bogus.write_bytes(b"just some notes, not a database" * 200)
    report = check_database(str(bogus))
    assert not report.ok and "not a database" in report.problem and report.backups == []
    assert "no backup" in report.message()


def test_cli_check(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    make_db(db_path)
    assert main(["--db", str(db_path), "check"]) == 0
    assert "ok" in capsys.readouterr().out
    damage_middle(db_path)
    assert main(["--db", str(db_path), "check"]) == 1
    assert "damaged" in capsys.readouterr().err


@pytest.mark.postgres
def test_postgres_check(new_pg_database) -> None:  # noqa: ANN001  (a conftest factory)
    with new_pg_database() as url:
        assert check_database(url).ok
    assert not check_database("postgresql://nobody@127.0.0.1:9/none").ok
