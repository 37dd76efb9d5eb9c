"""The list of the open article's events with buttons to add, duplicate, delete and reorder."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QBrush, QColor, QFont, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from annotator.status import EventStatus
from annotator.ui.event_state import EventState

STATUS_MARKS = {
    EventStatus.SUGGESTED: "◇", EventStatus.DRAFT: "○", EventStatus.CONFIRMED: "●", EventStatus.GOLD: "★",
}


class EventsPanel(QWidget):
    state_selected = Signal(object)

    def __init__(
        self, field_names: list[str], actor_field: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._field_names = field_names
        self._actor_field = actor_field
        self._states: list[EventState] = []
        self._updating = False
        self.list = QListWidget(self)
        self.list.setObjectName("eventList")
        self.list.currentRowChanged.connect(self._on_row)
        self.buttons = QHBoxLayout()
        self.buttons.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 0)
        layout.addWidget(self.list)
        layout.addLayout(self.buttons)

    def add_button(self, action: QAction, text: str) -> None:
        """A compact button for one of the window's actions (same shortcut and enabled state)."""
        button = QToolButton(self)
        button.setText(text)
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        button.setToolTip(f"{action.text().replace('&', '')} ({keys})" if keys else action.text())
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setEnabled(action.isEnabled())
        button.clicked.connect(action.trigger)
        action.enabledChanged.connect(button.setEnabled)
        self.buttons.addWidget(button)

    def finish_buttons(self) -> None:
        self.buttons.addStretch(1)

    def set_states(self, states: list[EventState], current: EventState | None) -> None:
        self._updating = True
        try:
            self._states = list(states)
            # Reuse the items: clearing a QListWidget costs tens of milliseconds per switch.
            while self.list.count() > len(self._states):
                self.list.takeItem(self.list.count() - 1)
            while self.list.count() < len(self._states):
                QListWidgetItem(self.list)
            for row, state in enumerate(self._states):
                self._paint(self.list.item(row), state)
            if current in self._states:
                self.list.setCurrentRow(self._states.index(current))
        finally:
            self._updating = False

    def update_state(self, state: EventState) -> None:
        if state in self._states:
            self._paint(self.list.item(self._states.index(state)), state)

    def set_current(self, state: EventState | None) -> None:
        self._updating = True
        try:
            self.list.setCurrentRow(self._states.index(state) if state in self._states else -1)
        finally:
            self._updating = False

    def _paint(self, item: QListWidgetItem, state: EventState) -> None:
        index = self._states.index(state) + 1
        mark = STATUS_MARKS.get(state.status, "?")
        text = f"{mark} {index}. {state.label(self._field_names, self._actor_field)}"
        if not state.own:
            text += f"  ({state.annotator})"
        item.setText(text)
        item.setToolTip(f"{state.status} — {state.annotator}")
        if state.status == EventStatus.SUGGESTED or item.font().italic():
            font = QFont(item.font())
            font.setItalic(state.status == EventStatus.SUGGESTED)
            item.setFont(font)
        if not state.own:
            item.setForeground(QBrush(QColor("#777777")))
        elif state.status == EventStatus.SUGGESTED:
            item.setForeground(QBrush(QColor("#1a4d8f")))
        elif state.status == EventStatus.CONFIRMED:
            item.setForeground(QBrush(QColor("#2e7d32")))

    def _on_row(self, row: int) -> None:
        if not self._updating and 0 <= row < len(self._states):
            self.state_selected.emit(self._states[row])
