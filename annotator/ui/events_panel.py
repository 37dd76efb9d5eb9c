"""The list of the open article's events with buttons to add, duplicate, delete and reorder."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QAction, QBrush, QColor, QFont, QKeySequence, QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from annotator.status import EventStatus
from annotator.ui.event_state import EventState

STATUS_MARKS = {
    EventStatus.SUGGESTED: "◇", EventStatus.DRAFT: "○", EventStatus.CONFIRMED: "●", EventStatus.GOLD: "★",
}

# What a row paints: the event's label, and whose event it is (empty for the analyst's own).
LABEL_ROLE = Qt.ItemDataRole.UserRole + 1
ANNOTATOR_ROLE = Qt.ItemDataRole.UserRole + 2
NAME_SHARE = 0.4  # at most this share of a row for the annotator's name
NAME_GAP = 8
NAME_MARGIN = 4  # off the list's frame


class EventRowDelegate(QStyledItemDelegate):
    """One row: the label elided to the list's width and, for another analyst's event, their name
    right-aligned beside it. Appended to the label, the name was the first thing cut off, and
    seeing who coded an event took horizontal scrolling."""

    def layout(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> tuple[QRect, QRect]:
        """(label rect, name rect) of a row, within the visible width of the list."""
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        view = opt.widget
        rect = QRect(opt.rect)
        if view is not None and hasattr(view, "viewport"):
            rect.setRight(min(rect.right(), view.viewport().rect().right()))
        opt.rect = rect
        style = view.style() if view is not None else QApplication.style()
        text = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, view)
        who = index.data(ANNOTATOR_ROLE) or ""
        if not who:
            return text, QRect(text.right() + 1, text.top(), 0, text.height())
        right = text.right() - NAME_MARGIN
        width = min(opt.fontMetrics.horizontalAdvance(who) + 2, int(text.width() * NAME_SHARE))
        name = QRect(right - width + 1, text.top(), width, text.height())
        label = QRect(text.left(), text.top(), max(0, name.left() - NAME_GAP - text.left()), text.height())
        return label, name

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        label_rect, name_rect = self.layout(option, index)
        view = opt.widget
        style = view.style() if view is not None else QApplication.style()
        opt.text = ""  # the background, selection and focus frame only; the texts follow
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, view)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        group = QPalette.ColorGroup.Normal if opt.state & QStyle.StateFlag.State_Enabled else QPalette.ColorGroup.Disabled
        colour = opt.palette.color(group, QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        painter.save()
        painter.setFont(opt.font)
        painter.setPen(colour)
        metrics = opt.fontMetrics
        align = Qt.AlignmentFlag.AlignVCenter
        label = index.data(LABEL_ROLE) or index.data(Qt.ItemDataRole.DisplayRole) or ""
        painter.drawText(label_rect, align | Qt.AlignmentFlag.AlignLeft,
                         metrics.elidedText(label, Qt.TextElideMode.ElideRight, label_rect.width()))
        who = index.data(ANNOTATOR_ROLE) or ""
        if who:
            painter.drawText(name_rect, align | Qt.AlignmentFlag.AlignRight,
                             metrics.elidedText(who, Qt.TextElideMode.ElideMiddle, name_rect.width()))
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:  # noqa: N802
        hint = super().sizeHint(option, index)
        return QSize(1, hint.height())  # as wide as the list, never wider: the texts elide


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
        self.list.setItemDelegate(EventRowDelegate(self.list))
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
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
        label = f"{mark} {index}. {state.label(self._field_names, self._actor_field)}"
        who = "" if state.own else state.annotator
        # The item's own text stays whole (keyboard search, screen readers); the delegate paints
        # the label and the name apart, and the tool tip shows both in full.
        item.setText(f"{label}  ({who})" if who else label)
        item.setData(LABEL_ROLE, label)
        item.setData(ANNOTATOR_ROLE, who)
        item.setToolTip(f"{label}\n{state.status} — {state.annotator}")
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
