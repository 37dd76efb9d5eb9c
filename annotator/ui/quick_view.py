"""The start-up shell's first view: the article list's first page and the first article's text.

They come from :mod:`annotator.db.quickread` (standard-library ``sqlite3``), before the ORM and
the window's modules are imported, and are shown read-only until the window replaces the shell.
They must look exactly like the window's list and text pane, so the switch is seamless: this
module repeats the list's columns, labels and colours (importing ``annotator.ui.article_list``
would import SQLAlchemy) and tests compare every cell with the window's model.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QByteArray,
    QSettings,
    Qt,
    Signal,
)
from PySide6.QtGui import QFontMetrics, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QWidget,
)

from annotator.db.quickread import QuickArticle, QuickRow
from annotator.ui.list_cells import ArticleRowsModel
from annotator.ui.pane_sizes import PANE_SIZES
from annotator.ui.text_view import ArticleTextView

if TYPE_CHECKING:  # the shell must not import the database layer the editor needs
    from annotator.ui.editor import OpenArticle

COLUMN_WIDTHS = (180, 84, 86, 84, 48, 84)
HEADER_STYLE = "font-weight: bold; padding: 6px 4px 0 14px; color: #333;"



def count_text(total: int) -> str:
    return f"{total:,} article{'s' if total != 1 else ''}"


def window_splitter(parent: QWidget, panes: Sequence[QWidget], settings: QSettings) -> QSplitter:
    """The window's main splitter: its panes at their default or saved sizes (key "splitter")."""
    splitter = QSplitter(Qt.Orientation.Horizontal, parent)
    for pane in panes:
        splitter.addWidget(pane)
    splitter.setStretchFactor(1, 1)
    splitter.setSizes(list(PANE_SIZES))
    for i in range(len(panes)):
        splitter.setCollapsible(i, False)
    state = settings.value("splitter")
    if isinstance(state, QByteArray) and not state.isEmpty():
        splitter.restoreState(state)
    return splitter


def filters_row(parent: QWidget, count_label: QLabel) -> QHBoxLayout:
    """The list's filters as the window lays them out, disabled until the window takes over."""
    row = QHBoxLayout()
    for text in ("All statuses", "All annotators"):
        combo = QComboBox(parent)
        combo.addItem(text)
        combo.setEnabled(False)
        row.addWidget(combo)
    row.addWidget(count_label, 1, Qt.AlignmentFlag.AlignRight)
    return row


NO_PUBLISHED_DATE = "no publication date (Edit > Publication date…)"


def header_text(article: QuickArticle | OpenArticle, metrics: QFontMetrics, width: int) -> str:
    """The text pane's header: the title elided to the pane, then source · date.

    Without a publication date "on Sunday" cannot be dated, so the header says where to give it.
    """
    published = article.published.isoformat() if article.published else NO_PUBLISHED_DATE
    meta = " · ".join(p for p in (article.source or "", published) if p)
    title = metrics.elidedText(article.title, Qt.TextElideMode.ElideRight, max(width - 30, 200))
    return f"{title}\n{meta}"


class FirstPageModel(ArticleRowsModel):
    """The first page of the article list, fixed: no fetching, sorting or filtering yet."""

    def __init__(self, rows: list[QuickRow], parent: Any = None) -> None:
        super().__init__(parent)
        self._rows = rows

    @property
    def rows(self) -> list[QuickRow]:
        return self._rows


class FirstPageTable(QTableView):
    """The list's table as the window sets it up; says when it has painted its rows."""

    rows_painted = Signal()

    def __init__(self, rows: list[QuickRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstPage")
        self.first_page = FirstPageModel(rows, self)
        self.setModel(self.first_page)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        header = self.horizontalHeader()
        for column, width in enumerate(COLUMN_WIDTHS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        header.setStretchLastSection(True)
        self.painted = False

    def select_article(self, article_id: int) -> None:
        for row, quick in enumerate(self.first_page.rows):
            if quick.id == article_id:
                self.selectRow(row)
                return

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        super().paintEvent(event)
        if not self.painted and self.first_page.rows:
            self.painted = True
            self.rows_painted.emit()


class FirstText(ArticleTextView):
    """The window's text pane, read-only, showing the first article; says when it has painted."""

    text_painted = Signal()
    resized = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.painted = False

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self.resized.emit()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        super().paintEvent(event)
        if not self.painted and self.toPlainText():
            self.painted = True
            self.text_painted.emit()


def article_header(parent: QWidget) -> QLabel:
    """The label above the text, styled as the window's."""
    label = QLabel(parent)
    label.setObjectName("articleHeader")
    label.setWordWrap(False)
    label.setMinimumWidth(10)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setStyleSheet(HEADER_STYLE)
    return label
