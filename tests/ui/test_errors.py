"""Failed saves and conflicts: a clear message, never a traceback, and the edit kept for retry."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import Qt
from sqlalchemy.exc import OperationalError

from annotator.db import repo
from annotator.ui import conflict_dialog

CTRL = Qt.KeyboardModifier.ControlModifier


def new_saved_event(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_E, CTRL)
    qtbot.waitUntil(lambda: window.editor.current is not None and window.editor.current.id is not None)
    return window.editor.current


def test_locked_database_shows_a_message_and_keeps_the_edit(
    qtbot, make_window, db, stored_events, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window()
    article = window.editor.article.id
    state = new_saved_event(qtbot, window)
    from annotator.db import event_edits  # the one save path the window's writer uses

    real_save = event_edits.save_event

    def locked(*args, **kwargs):
        raise OperationalError("UPDATE event", {}, sqlite3.OperationalError("database is locked"))

    monkeypatch.setattr(event_edits, "save_event", locked)
    window.editor.set_field(state, "notes", "precious words")
    qtbot.waitUntil(lambda: window.banner.isVisible(), timeout=5000)
    assert "locked" in window.banner.label.text()
    assert "Traceback" not in window.banner.label.text()
    assert state.dirty and state.values["notes"] == "precious words"
    assert window.form.editors["notes"].toPlainText() == "precious words"

    # The database is free again: Retry saves the kept edit.
    monkeypatch.setattr(event_edits, "save_event", real_save)
    window.banner.retry.click()
    qtbot.waitUntil(lambda: not state.dirty, timeout=5000)
    assert [e.values["notes"] for e in stored_events(db, article)] == ["precious words"]
    assert not window.banner.isVisible()


def test_conflict_asks_and_saves_the_chosen_values(
    qtbot, make_window, db, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window()
    state = new_saved_event(qtbot, window)
    # Someone else changes the same event meanwhile.
    with db.session() as session:
        theirs = repo.save_event(session, state.id, state.version, values={**state.values, "notes": "theirs"})
        session.commit()
    calls = []

    def resolve_conflict(parent, mine, stored):
        calls.append((mine, stored))
        return {**mine, "notes": "merged"}

    monkeypatch.setattr(conflict_dialog, "resolve_conflict", resolve_conflict)

    window.editor.set_field(state, "actor1", "Mine")
    qtbot.waitUntil(lambda: bool(calls), timeout=5000)
    mine, stored = calls[0]
    assert mine["actor1"] == "Mine"
    assert stored.values["notes"] == "theirs" and stored.version == theirs.version
    qtbot.waitUntil(lambda: not state.dirty, timeout=5000)
    with db.session() as session:
        saved = repo.get_event(session, state.id)
    assert saved.values["notes"] == "merged" and saved.values["actor1"] == "Mine"
    assert saved.version == theirs.version + 1


def test_cancelled_conflict_keeps_the_edit_unsaved(qtbot, make_window, db, monkeypatch) -> None:
    window = make_window()
    state = new_saved_event(qtbot, window)
    with db.session() as session:
        repo.save_event(session, state.id, state.version, values={**state.values, "notes": "theirs"})
        session.commit()
    monkeypatch.setattr(conflict_dialog, "resolve_conflict", lambda parent, mine, theirs: None)
    window.editor.set_field(state, "actor1", "Mine")
    qtbot.waitUntil(lambda: window.banner.isVisible(), timeout=5000)
    assert "changed elsewhere" in window.banner.label.text()
    assert state.dirty and state.values["actor1"] == "Mine"
    with db.session() as session:
        assert repo.get_event(session, state.id).values["notes"] == "theirs"
    # Closing with an unsaved edit warns instead of losing it silently.
    from PySide6.QtWidgets import QMessageBox

    warned = []
    monkeypatch.setattr(
        QMessageBox, "warning",
        lambda *a, **k: warned.append(a) or QMessageBox.StandardButton.Cancel,
    )
    window.close()
    assert warned and window.isVisible()
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Close)
    window.close()
    assert not window.isVisible()


def test_confirm_refuses_an_incomplete_event_with_a_reason(qtbot, make_window) -> None:
    window = make_window()
    state = new_saved_event(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_Return, CTRL)
    assert state.status == "draft"
    assert "Event type" in window.statusBar().currentMessage()


def test_confirm_refuses_a_date_that_is_not_a_date(qtbot, make_window) -> None:
    window = make_window()
    state = window.editor.add_event()
    window.editor.set_field(state, "event_type", "Riots")
    window.editor.set_field(state, "sub_event_type", "Mob violence")
    window.editor.set_field(state, "event_date", "last Sunday-ish")
    assert any("not a date" in p for p in window.editor.confirm(state))
    assert state.status == "draft"
    window.editor.set_field(state, "event_date", "2024-05-12")
    assert window.editor.confirm(state) == []
    assert state.status == "confirmed"
