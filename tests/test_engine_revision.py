"""Opening an up-to-date database reads its revision with plain SQL and never imports Alembic."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from annotator.db.engine import LATEST_REVISION, current_revision, head_revision, open_database


def test_latest_revision_constant_is_alembics_head() -> None:
    # Adding a migration without bumping LATEST_REVISION would skip it on every open: fail here.
    assert head_revision() == LATEST_REVISION


def test_current_revision_with_plain_sql(db_path: Path) -> None:
    db = open_database(str(db_path))
    try:
        assert current_revision(db.engine) == LATEST_REVISION
    finally:
        db.dispose()


def test_open_without_alembic_when_up_to_date(db_path: Path) -> None:
    open_database(str(db_path)).dispose()  # creates and migrates (imports Alembic)
    probe = (
        "import sys; from annotator.db.engine import open_database, current_revision; "
        f"db = open_database({str(db_path)!r}); "
        "print(current_revision(db.engine), any(m == 'alembic' or m.startswith('alembic.') for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout.split()
    assert out == [LATEST_REVISION, "False"]


def test_new_database_still_migrates(tmp_path: Path) -> None:
    probe = (
        "import sys; from annotator.db.engine import open_database, current_revision; "
        f"db = open_database({str(tmp_path / 'new.sqlite3')!r}); "
        "print(current_revision(db.engine), 'alembic' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout.split()
    assert out == [LATEST_REVISION, "True"]
