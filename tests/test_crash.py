"""kill -9 at random moments never loses or damages a committed event (SQLite, WAL, synchronous=FULL).

The "app" is ``tests/crashdriver.py``: it does the window's core writes (add a draft,
autosave it while typing, confirm, re-edit) and prints PENDING before and ACK after each commit.
We SIGKILL it after a random number of acknowledgements plus a random few milliseconds, then
check that the database passes its integrity check and holds every acknowledged state (or the one
pending state that may have landed just before the kill).
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from crashdriver import event_state

from annotator.db import repo
from annotator.db.engine import open_database
from annotator.safety.backup import quick_check
from annotator.safety.integrity import check_database

CORE_DRIVER = Path(__file__).parent / "crashdriver.py"
WINDOW_DRIVER = Path(__file__).parent / "window_crash_driver.py"
CYCLE_TIMEOUT = 120.0


class CrashServer:
    """The driver's fork server: each cycle is a fresh child process that we SIGKILL."""

    def __init__(self, db_path: Path, command: list[str] | None = None) -> None:
        command = command or [str(CORE_DRIVER), str(db_path), "--fork-server"]
        self.proc = subprocess.Popen(
            [sys.executable, *command],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            bufsize=1,
        )

    def _line(self) -> str:
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()
        assert line, f"crash driver died: {self.proc.stderr.read() if self.proc.stderr else ''}"
        return line

    def kill_after(self, seed: int, acks_wanted: int, extra_delay: float) -> list[tuple[str, dict]]:
        """Run one child, SIGKILL it after ``acks_wanted`` ACKs + ``extra_delay`` s; its lines."""
        assert self.proc.stdin is not None
        self.proc.stdin.write(f"run {seed}\n")
        self.proc.stdin.flush()
        tag, pid = self._line().split()
        assert tag == "CHILD"
        # A watchdog: a stuck child must fail the test, never hang the suite.
        watchdog = threading.Timer(CYCLE_TIMEOUT, self._kill_all, args=(int(pid),))
        watchdog.start()
        try:
            return self._cycle(pid, acks_wanted, extra_delay)
        finally:
            watchdog.cancel()

    def _kill_all(self, pid: int) -> None:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
        self.proc.kill()

    def _cycle(self, pid: str, acks_wanted: int, extra_delay: float) -> list[tuple[str, dict]]:
        lines: list[tuple[str, dict]] = []
        acks = 0
        killed = False
        while True:
            if acks >= acks_wanted and not killed:
                time.sleep(extra_delay)
                os.kill(int(pid), signal.SIGKILL)
                killed = True
            line = self._line()
            if line.startswith("EXITED"):
                assert line.split() == ["EXITED", pid, str(-signal.SIGKILL)], f"child ended by itself: {line}"
                return lines
            if line.endswith("\n"):  # a line cut by the kill was never acknowledged
                tag, payload = line.split(" ", 1)
                lines.append((tag, json.loads(payload)))
                acks += tag == "ACK"

    def close(self) -> None:
        self.proc.communicate(input="", timeout=30)


def _crash_many_times(tmp_path: Path, kills: int, seed: int, window: bool = False, most_acks: int = 25) -> int:
    rng = random.Random(seed)
    db_path = tmp_path / "crash.sqlite3"
    acked: dict[int, dict] = {}
    pending: dict[int, dict] = {}
    checked = 0
    server = CrashServer(db_path, [str(WINDOW_DRIVER), str(db_path)] if window else None)
    try:
        for cycle in range(kills):
            checked += _one_cycle(server, db_path, rng, cycle, acked, pending, most_acks)
    finally:
        server.close()
    assert quick_check(db_path) == "ok"
    assert any(s["status"] == "confirmed" for s in acked.values()), "no event was ever confirmed"
    return checked


def _one_cycle(
    server: CrashServer,
    db_path: Path,
    rng: random.Random,
    cycle: int,
    acked: dict[int, dict],
    pending: dict[int, dict],
    most_acks: int,
) -> int:
    """Run and kill one child, then check integrity and every promised state; returns #checked."""
    checked = 0
    for tag, state in server.kill_after(rng.randrange(1 << 30), rng.randint(1, most_acks), rng.random() * 0.03):
        if tag == "PENDING":
            pending[state["id"]] = state
        else:
            acked[state["id"]] = state
            pending.pop(state["id"], None)
    report = check_database(str(db_path))
    assert report.ok, f"after kill {cycle + 1}: {report.message()}"
    db = open_database(str(db_path))
    try:
        with db.session() as session:
            for event_id, promised in acked.items():
                stored = event_state(repo.get_event(session, event_id))
                maybe = pending.get(event_id)
                assert stored in (promised, maybe), (
                    f"after kill {cycle + 1}, event {event_id}: stored {stored}, promised {promised}"
                )
                if stored != promised:  # the pending save landed just before the kill
                    acked[event_id] = stored
                checked += 1
            pending.clear()
    finally:
        db.dispose()
    return checked


def test_confirmed_events_survive_sigkill(tmp_path: Path) -> None:
    """8 kills at random points: every acknowledged draft and confirmation is intact."""
    checked = _crash_many_times(tmp_path, kills=8, seed=7)
    assert checked >= 8


@pytest.mark.slow
def test_confirmed_events_survive_60_sigkills(tmp_path: Path) -> None:
    checked = _crash_many_times(tmp_path, kills=60, seed=2024)
    assert checked >= 60


def test_window_edits_survive_sigkill(tmp_path: Path) -> None:
    """The real window (offscreen, its single writer thread and autosave flush) killed 3 times."""
    checked = _crash_many_times(tmp_path, kills=3, seed=11, window=True, most_acks=12)
    assert checked >= 3


@pytest.mark.slow
def test_window_edits_survive_10_sigkills(tmp_path: Path) -> None:
    checked = _crash_many_times(tmp_path, kills=10, seed=12, window=True, most_acks=12)
    assert checked >= 10


def test_wal_and_shm_files_are_owner_only(tmp_path: Path) -> None:
    """The database and the -wal/-shm SQLite creates beside it are readable by the owner only."""
    old = os.umask(0o022)
    try:
        db = open_database(str(tmp_path / "private.sqlite3"))
        with db.session() as session:  # keep a connection open so -wal and -shm exist
            repo.get_or_create_annotator(session, "ana")
            session.commit()
            paths = [tmp_path / "private.sqlite3", tmp_path / "private.sqlite3-wal", tmp_path / "private.sqlite3-shm"]
            present = [p for p in paths if p.exists()]
            assert len(present) == 3, present
            modes = {p.name: oct(p.stat().st_mode & 0o777) for p in present}
        db.dispose()
    finally:
        os.umask(old)
    assert set(modes.values()) == {"0o600"}, modes
