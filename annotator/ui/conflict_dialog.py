"""When a save meets a newer version: show both values side by side and let the analyst choose.

``repo.save_event`` refuses a save based on an old version (``ConflictError`` carrying the stored
event). The window then calls :func:`resolve_conflict`; nothing is overwritten silently. Only the
fields that differ are listed, each with a "mine" / "theirs" choice (mine preselected, since it is
what the analyst just typed). The result is the merged values to save on top of the stored version,
or None when the analyst cancels (their edit stays in the form, unsaved).
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator.db.repo import StoredEvent

MINE, THEIRS = "mine", "theirs"
_MISSING = object()


def _show(value: Any) -> str:
    if value is _MISSING or value is None or value == "":
        return "(empty)"
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


class ConflictDialog(QDialog):
    """The side-by-side table; ``merged()`` is the result of the current choices."""

    def __init__(self, parent: QWidget | None, mine: dict[str, Any], theirs: StoredEvent | None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        self.setWindowTitle("This event was changed elsewhere")
        self.mine = dict(mine)
        self.theirs = theirs
        base = dict(theirs.values) if theirs is not None else {}
        keys = list(dict.fromkeys([*self.mine, *base]))
        self.fields = [k for k in keys if self.mine.get(k, _MISSING) != base.get(k, _MISSING)]
        self._groups: dict[str, QButtonGroup] = {}

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self._explanation(len(keys) - len(self.fields))))
        self.table = QTableWidget(len(self.fields), 4, self)
        self.table.setObjectName("conflictTable")
        self.table.setHorizontalHeaderLabels(["Field", "Mine (unsaved)", "Theirs (saved)", "Keep"])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for row, name in enumerate(self.fields):
            self.table.setItem(row, 0, QTableWidgetItem(name))
            self.table.setItem(row, 1, QTableWidgetItem(_show(self.mine.get(name, _MISSING))))
            self.table.setItem(row, 2, QTableWidgetItem(_show(base.get(name, _MISSING))))
            self.table.setCellWidget(row, 3, self._choice(name))
        self.table.resizeRowsToContents()
        layout.addWidget(self.table)

        quick = QHBoxLayout()
        # Bound methods, not lambdas: a lambda holding ``self`` on a child's signal keeps the
        # dialog alive after it closes, and at exit PySide then deleted the button twice
        # ("QObject: shared QObject was deleted directly").
        all_mine = QPushButton("Keep all &mine", self)
        all_mine.clicked.connect(self.keep_all_mine)
        all_theirs = QPushButton("Keep all &theirs", self)
        all_theirs.clicked.connect(self.keep_all_theirs)
        quick.addWidget(all_mine)
        quick.addWidget(all_theirs)
        quick.addStretch(1)
        layout.addLayout(quick)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        save = buttons.addButton("Save my choices", QDialogButtonBox.ButtonRole.AcceptRole)
        save.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(760, 200 + 36 * len(self.fields))

    def _explanation(self, same: int) -> str:
        if self.theirs is None:
            return ("This event was deleted elsewhere while you edited it. Save to keep your version "
                    "as a new event, or cancel to let it go.")
        return (
            f"{self.theirs.annotator or 'Someone'} saved this event (now version {self.theirs.version}) "
            f"while you were editing it. Choose, field by field, which value to keep"
            + (f" ({same} other fields are the same in both)." if same else ".")
        )

    def _choice(self, name: str) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(4, 0, 4, 0)
        group = QButtonGroup(box)
        for side, label in ((MINE, "mine"), (THEIRS, "theirs")):
            button = QRadioButton(label)
            button.setObjectName(f"{name}:{side}")
            button.setProperty("side", side)
            group.addButton(button)
            row.addWidget(button)
            if side == MINE:
                button.setChecked(True)
        row.setAlignment(Qt.AlignmentFlag.AlignLeft)
        self._groups[name] = group
        return box

    def choice(self, name: str) -> str:
        checked = self._groups[name].checkedButton()
        return str(checked.property("side")) if checked is not None else MINE

    def choose(self, name: str, side: str) -> None:
        for button in self._groups[name].buttons():
            if button.property("side") == side:
                button.setChecked(True)

    def keep_all_mine(self) -> None:
        self.choose_all(MINE)

    def keep_all_theirs(self) -> None:
        self.choose_all(THEIRS)

    def choose_all(self, side: str) -> None:
        for name in self.fields:
            self.choose(name, side)

    def merged(self) -> dict[str, Any]:
        """Their saved values with the fields where the analyst kept theirs, else mine."""
        result = dict(self.theirs.values) if self.theirs is not None else {}
        for name in self.fields:
            source = self.mine if self.choice(name) == MINE else (self.theirs.values if self.theirs else {})
            if name in source:
                result[name] = source[name]
            else:
                result.pop(name, None)
        # Keep mine's key order where possible, so the form reads the same.
        order = list(dict.fromkeys([*self.mine, *result]))
        return {k: result[k] for k in order if k in result}


def resolve_conflict(parent: QWidget | None, mine: dict[str, Any], theirs: StoredEvent | None) -> dict[str, Any] | None:
    """Ask the analyst; the values to save on top of ``theirs.version``, or None if cancelled."""
    dialog = ConflictDialog(parent, mine, theirs)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.merged()
    finally:
        dialog.deleteLater()  # not a hidden child of the window for the rest of the session
