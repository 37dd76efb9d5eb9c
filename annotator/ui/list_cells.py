"""What the article list shows in each cell, shared by the window's list and the start-up shell.

The shell paints the first page before SQLAlchemy is imported, so it cannot use the window's
model (``article_list`` reads through ``db.repo``); both read their cells from here, which needs
nothing but Qt and the status names, so the first frame and the window show the same rows.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from annotator.status import ArticleStatus

COLUMNS = ("title", "source", "published", "status", "events", "annotators")
HEADERS = ("Title", "Source", "Published", "Status", "Events", "Annotators")
STATUS_LABELS = {ArticleStatus.NEW: "new", ArticleStatus.IN_PROGRESS: "in progress", ArticleStatus.DONE: "done"}
STATUS_COLORS = {ArticleStatus.NEW: "#757575", ArticleStatus.IN_PROGRESS: "#e65100", ArticleStatus.DONE: "#2e7d32"}
_TEXT_ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)


def cell(row: Any, column_index: int, role: int) -> Any:
    """One cell of an article row (``ArticleRow`` or the quick read's ``QuickRow``) in ``role``."""
    column = COLUMNS[column_index]
    if role in _TEXT_ROLES:
        if column == "published":
            return row.published.isoformat() if row.published else ""
        if column == "status":
            return STATUS_LABELS.get(row.status, row.status)
        if column == "title":
            return row.title or f"(untitled #{row.id})"
        value = getattr(row, column)
        return "" if value is None else value
    if role == Qt.ItemDataRole.ForegroundRole and column == "status":
        return QColor(STATUS_COLORS.get(row.status, "#000000"))
    if role == Qt.ItemDataRole.TextAlignmentRole and column == "events":
        return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if role == Qt.ItemDataRole.UserRole:
        return row.id
    return None


def header(section: int, orientation: Qt.Orientation, role: int) -> Any:
    if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(HEADERS):
        return HEADERS[section]
    return None


class ArticleRowsModel(QAbstractTableModel):
    """The article list's table over ``_rows``: the shell's fixed first page and the window's
    fetched pages answer Qt with the same cells."""

    _rows: list[Any]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        return cell(self._rows[index.row()], index.column(), role)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        return header(section, orientation, role)
