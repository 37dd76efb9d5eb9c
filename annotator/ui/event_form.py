"""The event form, generated from the active schema: one row per field, in schema order.

Each row shows the field's label (with its colour and the key that assigns selected words to it),
an editor that fits its type, how many evidence spans support it, and for a suggested value a
marker and an accept button. The form only displays an EventState and reports what the analyst
did; the editor applies it.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt, Signal
from PySide6.QtGui import QDoubleValidator, QIntValidator, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from annotator.schema import FieldSpec, Schema
from annotator.status import EventStatus
from annotator.ui.event_state import EventState
from annotator.ui.text_view import field_color

FORM_STYLE = """
QLineEdit[pending="true"], QComboBox[pending="true"], QPlainTextEdit[pending="true"] {
    font-style: italic; background: #e8f0fe; color: #1a4d8f; border: 1px dashed #5b8bd9;
}
QLineEdit[readOnly="true"], QPlainTextEdit[readOnly="true"] { background: #efefef; color: #555; }
QLabel#pendingMarker { color: #1a4d8f; font-style: italic; }
QLabel#eventStatus { font-weight: bold; padding: 4px 6px; border-radius: 4px; }
"""

STATUS_STYLES = {
    EventStatus.SUGGESTED: ("Suggested — Ctrl+Shift+A accepts all", "#e8f0fe", "#1a4d8f"),
    EventStatus.DRAFT: ("Draft — Ctrl+Enter confirms", "#fff3e0", "#e65100"),
    EventStatus.CONFIRMED: ("Confirmed ✓", "#e8f5e9", "#2e7d32"),
    EventStatus.GOLD: ("Gold (adjudicated)", "#fffde7", "#8d6e00"),
}


class _KeyFilter(QObject):
    """Lets the window's undo/redo shortcuts win over a line edit's own undo, and reports focus."""

    def __init__(self, form: EventForm) -> None:
        super().__init__(form)
        self._form = form

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and (
                event.matches(QKeySequence.StandardKey.Undo)
                or event.matches(QKeySequence.StandardKey.Redo)
            )
        ):
            event.ignore()
            return True
        if event.type() == QEvent.Type.FocusIn:
            name = watched.property("fieldName")
            if name:
                self._form.field_focused.emit(str(name))
        return False


class EventForm(QWidget):
    field_edited = Signal(str, object)  # name, value
    field_focused = Signal(str)
    accept_requested = Signal(str)
    clear_requested = Signal(str)
    evidence_requested = Signal(str)
    location_entered = Signal(object)  # EventState: a place name was typed in its location field

    def __init__(self, schema: Schema, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.schema = schema
        self.state: EventState | None = None
        self.setStyleSheet(FORM_STYLE)
        self.editors: dict[str, QWidget] = {}
        self.labels: dict[str, QLabel] = {}
        self.evidence_buttons: dict[str, QToolButton] = {}
        self.accept_buttons: dict[str, QToolButton] = {}
        self.clear_buttons: dict[str, QToolButton] = {}
        self.completions: dict[str, QStringListModel] = {
            "actor": QStringListModel(self), "place": QStringListModel(self),
        }
        self._filter = _KeyFilter(self)
        self._updating = False
        self._source: str | None = None

        self.status_label = QLabel(self)
        self.status_label.setObjectName("eventStatus")
        self.empty_label = QLabel("No event selected. Ctrl+E adds one.", self)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setStyleSheet("color: #777;")

        self.grid_host = QWidget(self)
        grid = QGridLayout(self.grid_host)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(4)
        grid.setColumnStretch(1, 1)
        colours = {spec.name: i for i, spec in enumerate(schema.span_fields())}
        skip = {f.precision_field for f in schema.fields if f.precision_field}
        row = 0
        for spec in (*schema.fields, *schema.evidence_fields):
            if spec.name in skip:
                continue
            self._add_row(grid, row, spec, colours.get(spec.name))
            row += 1

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.status_label)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.grid_host)
        layout.addStretch(1)
        self.set_state(None)

    # --- building -------------------------------------------------------------------------------

    def _label_html(self, spec: FieldSpec, colour_index: int | None) -> str:
        text = html.escape(spec.label)
        if spec.required:
            text += " *"
        if colour_index is not None:
            swatch = field_color(colour_index).name()
            text = f"<span style='background:{swatch}'>&nbsp;&nbsp;</span>&nbsp;{text}"
        if spec.shortcut:
            text += (
                f"&nbsp;<span style='background:#e4e4e4; color:#444; font-weight:bold;'>"
                f"&nbsp;{spec.shortcut}&nbsp;</span>"
            )
        return text

    def _add_row(self, grid: QGridLayout, row: int, spec: FieldSpec, colour: int | None) -> None:
        label = QLabel(self._label_html(spec, colour), self.grid_host)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setToolTip(
            f"{spec.label}: select words in the article and press {spec.shortcut}"
            if spec.shortcut else spec.label
        )
        self.labels[spec.name] = label
        editor = self._make_editor(spec) if spec.has_value else None
        if editor is not None:
            label.setBuddy(editor)
            editor.setProperty("fieldName", spec.name)
            editor.installEventFilter(self._filter)
            editor.setObjectName(f"field_{spec.name}")
            self.editors[spec.name] = editor
            if spec.precision_field:
                precision = self._make_precision(spec.precision_field)
                box = QWidget(self.grid_host)
                h = QHBoxLayout(box)
                h.setContentsMargins(0, 0, 0, 0)
                h.addWidget(editor, 3)
                h.addWidget(precision, 2)
                editor_widget: QWidget = box
            else:
                editor_widget = editor
        else:
            editor_widget = QLabel("evidence only", self.grid_host)
            editor_widget.setStyleSheet("color: #777;")
        grid.addWidget(label, row, 0)
        grid.addWidget(editor_widget, row, 1)
        if spec.span:
            evidence = QToolButton(self.grid_host)
            evidence.setAutoRaise(True)
            evidence.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            evidence.setToolTip("Show the words supporting this field")
            evidence.clicked.connect(lambda _=False, n=spec.name: self.evidence_requested.emit(n))
            self.evidence_buttons[spec.name] = evidence
            grid.addWidget(evidence, row, 2)
        accept = QToolButton(self.grid_host)
        accept.setText("✓")
        accept.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        accept.setToolTip(
            f"Accept the suggested value (Ctrl+Shift+{spec.shortcut})" if spec.shortcut
            else "Accept the suggested value"
        )
        accept.clicked.connect(lambda _=False, n=spec.name: self.accept_requested.emit(n))
        self.accept_buttons[spec.name] = accept
        grid.addWidget(accept, row, 3)
        clear = QToolButton(self.grid_host)
        clear.setText("✕")
        clear.setAutoRaise(True)
        clear.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        clear.setToolTip("Clear this field and its evidence")
        clear.clicked.connect(lambda _=False, n=spec.name: self.clear_requested.emit(n))
        self.clear_buttons[spec.name] = clear
        grid.addWidget(clear, row, 4)

    def _make_precision(self, name: str) -> QComboBox:
        spec = self.schema.field(name)
        combo = self._make_editor(spec)
        assert isinstance(combo, QComboBox)
        combo.setProperty("fieldName", name)
        combo.installEventFilter(self._filter)
        combo.setObjectName(f"field_{name}")
        combo.setToolTip(spec.label)
        self.editors[name] = combo
        return combo

    def _make_editor(self, spec: FieldSpec) -> QWidget:
        name = spec.name
        if spec.choices or spec.depends_on:
            combo = QComboBox(self.grid_host)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(6)
            self._fill_combo(combo, spec.choices_for(None) if not spec.depends_on else ())
            combo.activated.connect(lambda _i, c=combo, n=name: self._emit(n, c.currentData()))
            return combo
        if spec.multiline:
            edit = QPlainTextEdit(self.grid_host)
            edit.setTabChangesFocus(True)
            edit.setMaximumHeight(self.fontMetrics().height() * 5)
            edit.textChanged.connect(lambda e=edit, n=name: self._emit(n, e.toPlainText()))
            return edit
        line = QLineEdit(self.grid_host)
        line.setClearButtonEnabled(False)
        if spec.type == "integer":
            low = int(spec.minimum) if spec.minimum is not None else -(2**31)
            high = int(spec.maximum) if spec.maximum is not None else 2**31 - 1
            line.setValidator(QIntValidator(low, high, line))
            line.textEdited.connect(lambda t, n=name: self._emit(n, int(t) if t.strip().lstrip("-").isdigit() else None))
        elif spec.type == "number":
            low = spec.minimum if spec.minimum is not None else -1e12
            high = spec.maximum if spec.maximum is not None else 1e12
            validator = QDoubleValidator(low, high, 6, line)
            validator.setNotation(QDoubleValidator.Notation.StandardNotation)
            line.setValidator(validator)
            line.textEdited.connect(lambda t, n=name: self._emit(n, _float_or_none(t)))
        else:
            if spec.type == "date":
                line.setPlaceholderText("YYYY-MM-DD")
            if spec.type in self.completions:
                completer = QCompleter(self.completions[spec.type], line)
                completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
                completer.setFilterMode(Qt.MatchFlag.MatchContains)
                line.setCompleter(completer)
                completer.activated.connect(lambda t, n=name: self._emit(n, t))
            line.textEdited.connect(lambda t, n=name: self._emit(n, t))
            if self.schema.suggest is not None and name == self.schema.suggest.place.get("location"):
                line.textEdited.connect(lambda _t: line.setProperty("typed", True))
                line.editingFinished.connect(lambda e=line: self._location_finished(e))
        return line

    @staticmethod
    def _fill_combo(combo: QComboBox, choices: Any) -> None:
        combo.blockSignals(True)
        combo.clear()
        combo.addItem("", None)
        for choice in choices:
            combo.addItem(choice.label, choice.value)
        combo.blockSignals(False)

    def set_completions(self, kind: str, values: list[str]) -> None:
        if kind in self.completions:
            self.completions[kind].setStringList(sorted(set(values), key=str.lower))

    # --- showing a state --------------------------------------------------------------------------

    def _emit(self, name: str, value: Any) -> None:
        if not self._updating and self.state is not None:
            # The widget the analyst is typing in keeps its text as typed ("-", "12."): only the
            # other widgets are refreshed from the new value.
            self._source = name
            try:
                self.field_edited.emit(name, value)
            finally:
                self._source = None

    def _location_finished(self, editor: QLineEdit) -> None:
        """Enter, Tab or a click elsewhere after typing a place: the window may fill the rest."""
        if not editor.property("typed"):
            return  # focus passing through, or a value shown rather than typed
        editor.setProperty("typed", False)
        if self.state is not None and self.state.own and editor.text().strip():
            self.location_entered.emit(self.state)

    def set_state(self, state: EventState | None) -> None:
        for editor in self.editors.values():
            editor.setProperty("typed", False)  # typing in one event asks nothing of the next
        self.state = state
        self.empty_label.setVisible(state is None)
        self.grid_host.setVisible(state is not None)
        self.status_label.setVisible(state is not None)
        if state is not None:
            self.refresh()

    def refresh(self) -> None:
        """Show the current state's values, origins and evidence counts (no signals)."""
        state = self.state
        if state is None:
            return
        self._updating = True
        try:
            text, bg, fg = STATUS_STYLES.get(state.status, (state.status, "#eee", "#333"))
            if not state.own:
                text = f"{state.annotator}'s event ({state.status}) — read only"
                bg, fg = "#eeeeee", "#555555"
            self.status_label.setText(text)
            self.status_label.setStyleSheet(f"background:{bg}; color:{fg};")
            for name, editor in self.editors.items():
                spec = self.schema.field(name)
                value = state.values.get(name, spec.empty_value)
                if isinstance(editor, QComboBox):
                    if spec.depends_on:
                        parent = state.values.get(spec.depends_on)
                        if editor.property("filledFor") != str(parent):  # refill only on change
                            self._fill_combo(editor, spec.choices_for(parent))
                            editor.setProperty("filledFor", str(parent))
                    index = editor.findData(value) if value not in (None, "") else 0
                    if index < 0:  # a value the schema does not list (imported): show it anyway
                        editor.addItem(str(value), value)
                        editor.setProperty("filledFor", None)  # refill next time
                        index = editor.count() - 1
                    if editor.currentIndex() != index:
                        editor.setCurrentIndex(index)
                elif isinstance(editor, QPlainTextEdit) and name != self._source:
                    if editor.toPlainText() != (value or ""):
                        editor.setPlainText(str(value or ""))
                elif isinstance(editor, QLineEdit) and name != self._source:
                    shown = "" if value in (None, "") else str(value)
                    if editor.text() != shown:
                        editor.setText(shown)
                        # Show the start of a long name unless the analyst is typing in it.
                        editor.setCursorPosition(len(shown) if editor.hasFocus() else 0)
                _set_readonly(editor, not state.own)
                pending = state.is_pending(name)
                if bool(editor.property("pending")) != pending:
                    editor.setProperty("pending", pending)
                    editor.style().unpolish(editor)
                    editor.style().polish(editor)
                tip = "Suggested value — accept with ✓ or Ctrl+Shift+key, or edit it" if pending else ""
                if editor.toolTip() != tip:
                    editor.setToolTip(tip)
            for name, button in self.accept_buttons.items():
                button.setVisible(state.own and state.is_pending(name))
            for name, button in self.clear_buttons.items():
                filled = state.values.get(name) not in (None, "") or bool(state.spans(name))
                button.setVisible(state.own and filled)
            for name, button in self.evidence_buttons.items():
                n = len(state.spans(name))
                label = f"◉ {n}" if n else ""
                if button.text() != label:
                    button.setText(label)
                    button.setEnabled(n > 0)
        finally:
            self._updating = False

    def focus_field(self, name: str) -> None:
        editor = self.editors.get(name)
        if editor is not None:
            editor.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def first_editor(self) -> QWidget | None:
        return self.editors.get(self.schema.fields[0].name)


def _set_readonly(editor: QWidget, readonly: bool) -> None:
    """Someone else's event: text stays selectable (to copy a value) but looks greyed like the
    disabled lists, so that nobody types into a field that silently refuses the keys."""
    if isinstance(editor, (QLineEdit, QPlainTextEdit)):
        if editor.isReadOnly() != readonly:
            editor.setReadOnly(readonly)
            editor.style().unpolish(editor)  # the style sheet keys on readOnly
            editor.style().polish(editor)
    else:
        editor.setEnabled(not readonly)


def _float_or_none(text: str) -> float | None:
    try:
        return float(text.replace(",", "."))
    except ValueError:
        return None


def separator(parent: QWidget) -> QFrame:
    line = QFrame(parent)
    line.setFrameShape(QFrame.Shape.HLine)
    line.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    return line
