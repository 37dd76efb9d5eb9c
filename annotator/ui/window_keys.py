"""The window's own keys win over a text field's editing keys, except the ones for editing text.

On Linux desktops Qt gives line edits the emacs-style keys of its X11 key scheme: Ctrl+E moves to
the end of the line and Ctrl+U deletes to its start. A line edit claims those keys before the
window's shortcuts see them, so with the cursor in the search box (where the window starts) or in
a form field, "New event" (Ctrl+E) and "Show entity suggestions" (Ctrl+U) did nothing at all.
This filter, installed on the window's text fields, hands the field's claim back whenever the
key belongs to one of the window's enabled actions. Copy, cut, paste, select all, undo and redo
stay with the field: those are for the words being typed.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QWidget

# What a text field keeps even when the window binds the same key.
FIELD_KEYS = (
    QKeySequence.StandardKey.Copy,
    QKeySequence.StandardKey.Cut,
    QKeySequence.StandardKey.Paste,
    QKeySequence.StandardKey.SelectAll,
    QKeySequence.StandardKey.Undo,
    QKeySequence.StandardKey.Redo,
)


def window_action_for(widget: QWidget, event: QKeyEvent) -> bool:
    """Whether the key is an enabled shortcut of the widget's window (and not a text-editing key)."""
    if any(event.matches(key) for key in FIELD_KEYS):
        return False
    pressed = QKeySequence(event.keyCombination())
    for action in widget.window().actions():
        if action.isEnabled() and any(
            seq.matches(pressed) == QKeySequence.SequenceMatch.ExactMatch for seq in action.shortcuts()
        ):
            return True
    return False


class WindowKeysWin(QObject):
    """Event filter: a field's claim on a key (ShortcutOverride) is dropped for the window's keys."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and isinstance(watched, QWidget)
            and window_action_for(watched, event)
        ):
            event.ignore()  # not claimed: the shortcut map triggers the window's action
            return True
        return False


def let_window_keys_win(owner: QObject, fields: Iterable[QWidget]) -> WindowKeysWin:
    """Install one filter (owned by ``owner``) on every given text field."""
    keys = WindowKeysWin(owner)
    for field in fields:
        field.installEventFilter(keys)
    return keys
