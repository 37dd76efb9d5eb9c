"""Two writers on one database never lose an update; "database is locked" is waited out.

The two-process test runs on SQLite and, when a test server is available, on PostgreSQL.
"""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import create_engine
from sqlalchemy.exc import OperationalError
from sqlmodel import Session

from annotator.db import repo
from annotator.db.engine import Database, open_database
from annotator.interchange import ArticleRecord, EventRecord

WORKER = Path(__file__).parent / "concurrency_worker.py"
ATTEMPTS_EACH = 500


def _seed_events(db: Database, n: int = 2) -> list[int]:
    with db.session() as session:
        article, _ = repo.add_article(session, ArticleRecord(text="Two analysts edit the same events."))
        ids = [
            repo.add_event(
                session, article.id or 0, EventRecord(values={"counter": 0}, annotator="tester")
            ).id
            for _ in range(n)
        ]
        session.commit()
    return ids


def test_two_processes_never_lose_an_update(any_db_url: str, tmp_path: Path) -> None:
    db = open_database(any_db_url)
    ids = _seed_events(db)
    go = tmp_path / "go"
    workers = [
        subprocess.Popen(
            [sys.executable, str(WORKER), any_db_url, str(go), str(ATTEMPTS_EACH), str(seed), *map(str, ids)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for seed in (1, 2)
    ]
    time.sleep(0.5)
    go.touch()
    results = []
    try:
        for proc in workers:
            out, err = proc.communicate(timeout=300)
            assert proc.returncode == 0, err[-3000:]
            results.append(json.loads(out))
    finally:
        for proc in workers:  # never leave a worker behind, whatever failed
            if proc.poll() is None:
                proc.kill()
                proc.communicate()
    with db.session() as session:
        events = [repo.get_event(session, i) for i in ids]
    db.dispose()

    for r in results:  # every attempt either saved or was reported as a conflict
        assert r["successes"] + r["conflicts"] == r["attempts"] == ATTEMPTS_EACH
    successes = sum(r["successes"] for r in results)
    assert sum(e.values["counter"] for e in events) == successes  # no lost update
    assert all(e.version == e.values["counter"] + 1 for e in events)  # one version per save
    assert sum(r["conflicts"] for r in results) > 0  # the two really raced


@pytest.fixture
def locked_sqlite(tmp_path: Path):
    """A database, a session factory that does not wait for locks, and a lock holder."""
    path = tmp_path / "locked.sqlite3"
    db = open_database(str(path))
    ids = _seed_events(db, 1)
    db.dispose()
    impatient = create_engine(f"sqlite:///{path}", connect_args={"timeout": 0})
    yield path, ids[0], lambda: Session(impatient, expire_on_commit=False)
    impatient.dispose()


def _hold_write_lock(path: Path, seconds: float) -> threading.Event:
    import sqlite3

    holder = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    held = threading.Event()

    def release() -> None:
        time.sleep(seconds)
        holder.execute("COMMIT")
        holder.close()
        held.set()

    threading.Thread(target=release, daemon=True).start()
    return held


def _edit(factory, event_id: int, values: dict) -> repo.EventEdit:
    with factory() as session:
        return repo.edit_of(repo.get_event(session, event_id), values=values)


def test_locked_database_is_retried_not_a_crash(locked_sqlite) -> None:
    path, event_id, factory = locked_sqlite
    released = _hold_write_lock(path, 0.4)
    with factory() as session, pytest.raises(OperationalError, match="locked"):
        repo.save_event(session, event_id, 1, values={"counter": 1})  # the lock is real
    saved = repo.commit_edit(factory, _edit(factory, event_id, {"counter": 1}), timeout=20)
    assert released.is_set()  # it only got through once the other writer let go
    assert saved.version == 2 and saved.values == {"counter": 1}


def test_retry_gives_up_after_its_timeout(locked_sqlite) -> None:
    path, event_id, factory = locked_sqlite
    edit = _edit(factory, event_id, {"counter": 1})
    released = _hold_write_lock(path, 1.0)
    with pytest.raises(OperationalError, match="locked"):
        repo.commit_edit(factory, edit, timeout=0.2)
    assert not released.is_set()
    released.wait(10)


def test_conflicts_are_not_retried(db: Database) -> None:
    ids = _seed_events(db, 1)
    repo.commit_edit(db.session, _edit(db.session, ids[0], {"counter": 1}))
    calls = []

    def stale(session: Session) -> repo.StoredEvent:
        calls.append(1)
        return repo.save_event(session, ids[0], 1, values={"counter": 99})

    with pytest.raises(repo.ConflictError) as caught:
        repo.transact(db.session, stale)
    assert calls == [1]
    assert caught.value.current is not None and caught.value.current.values == {"counter": 1}
