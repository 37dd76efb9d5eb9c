"""Confirming an event with no date works, and the status bar says its exports will have none."""

from __future__ import annotations

from PySide6.QtCore import Qt

CTRL = Qt.KeyboardModifier.ControlModifier


def test_confirming_without_a_date_says_so(qtbot, make_window) -> None:
    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_E, CTRL)
    qtbot.waitUntil(lambda: window.editor.current is not None)
    state = window.editor.current
    window.editor.set_field(state, "event_type", "Riots")
    window.editor.set_field(state, "sub_event_type", "Mob violence")
    window.commands.confirm_event()
    assert state.status == "confirmed"
    message = window.statusBar().currentMessage()
    assert message.startswith("Event confirmed, with no Date: exports will have none")
    window.editor.reopen(state)
    window.editor.set_field(state, "event_date", "2024-06-03")
    window.commands.confirm_event()
    assert window.statusBar().currentMessage() == "Event confirmed."
