"""Nothing is committed before the integrity check on open has passed (issue 14's guarantee).

The check runs in a worker after the window shows (seconds on a large file); the analyst may
start editing at once. A save made meanwhile must wait at its commit, and be refused if the file
is found damaged, so the edit stays pending instead of landing in a file about to be restored.
"""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QMessageBox
from sqlmodel import func, select

from annotator.db.models import Event
from annotator.safety import on_open as on_open_module
from annotator.safety.integrity import IntegrityReport
from annotator.ui import restore_flow


def _stored_events(db) -> int:  # noqa: ANN001
    with db.session() as session:
        return session.exec(select(func.count()).select_from(Event)).one()


def _gated_check(monkeypatch, result=None):  # noqa: ANN001, ANN202
    """Make the window's check on open wait for ``release`` (then answer ``result`` or run it)."""
    release, started = threading.Event(), threading.Event()

    def slow_check(url: str) -> on_open_module.OpenCheck:
        started.set()
        release.wait(30)
        return result if result is not None else on_open_module.on_open(url)

    monkeypatch.setattr(restore_flow, "on_open", slow_check)
    return release, started


def test_a_save_before_the_check_has_passed_waits_for_it(qtbot, monkeypatch, make_window, db) -> None:
    release, started = _gated_check(monkeypatch)
    window = make_window(safety_checks=True)
    assert started.wait(10)
    before = _stored_events(db)
    state = window.editor.add_event()
    window.editor.flush()
    qtbot.wait(400)  # the writer thread has long reached the commit
    assert window.db_thread.gate.holding
    assert _stored_events(db) == before, "an event was committed before the check on open passed"
    assert state.id is None
    release.set()
    qtbot.waitUntil(lambda: state.id is not None and window.db_thread.pending == 0, timeout=20_000)
    assert _stored_events(db) == before + 1
    assert not window.db_thread.gate.holding


def test_a_damaged_file_refuses_the_waiting_save_and_keeps_the_edit(qtbot, monkeypatch, make_window, db) -> None:
    report = IntegrityReport(url=db.url, path=db.path, ok=False, problem="database disk image is malformed")
    release, started = _gated_check(monkeypatch, on_open_module.OpenCheck(report))
    monkeypatch.setattr(restore_flow.SafetyFlow, "offer_restore", lambda self, report: None)
    window = make_window(safety_checks=True)
    assert started.wait(10)
    before = _stored_events(db)
    failures: list[str] = []
    window.editor.save_failed.connect(failures.append)
    state = window.editor.add_event()
    window.editor.flush()
    release.set()
    qtbot.waitUntil(lambda: bool(failures), timeout=20_000)
    assert "malformed" in failures[0]
    assert _stored_events(db) == before and state.id is None
    assert state.saved_gen < state.edit_gen  # still pending: kept for a retry after the restore
    # Closing asks whether to lose that edit: answer as the analyst would, here.
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Close)
    window.close()
