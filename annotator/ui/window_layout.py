"""The window's layout: article list | header and text | events and form, the status bar, the banner.

Built by functions that fill a MainWindow's attributes, so ``main_window`` holds only the wiring.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from annotator.ui.article_list import ArticleListPane
from annotator.ui.event_form import EventForm
from annotator.ui.events_panel import EventsPanel
from annotator.ui.evidence_painter import EvidencePainter
from annotator.ui.pane_sizes import PANE_SIZES
from annotator.ui.text_view import ArticleTextView

if TYPE_CHECKING:
    from annotator.ui.article_list import FirstPage
    from annotator.ui.main_window import MainWindow


class ErrorBanner(QFrame):
    """A clear, non-modal message above the panes (save failures), with a retry button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("errorBanner")
        self.setStyleSheet(
            "#errorBanner { background: #fdecea; border: 1px solid #e57373; border-radius: 4px; }"
            "QLabel { color: #8e1b10; }"
        )
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.retry = QPushButton("Retry now", self)
        self.dismiss = QPushButton("Dismiss", self)
        self.dismiss.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.retry)
        layout.addWidget(self.dismiss)
        self.hide()

    def show_message(self, text: str) -> None:
        self.label.setText(text)
        self.show()


# Events the list shows before it scrolls. Two analysts and the suggester easily give an article
# seven or more; a list of four rows (as it was) hid most of them behind a scroll bar.
EVENT_ROWS_SHOWN = 7


def events_pane_height(panel: EventsPanel) -> int:
    """The events pane's first height (the splitter remembers the analyst's own): the list's
    rows and the buttons under it, from the font in use (rows elide: no horizontal scroll bar)."""
    row = panel.list.fontMetrics().lineSpacing() + 4
    return (EVENT_ROWS_SHOWN + 2) * row + 8  # two rows' worth for the buttons


def build_panes(window: MainWindow, first_page: FirstPage | None = None) -> None:
    window.list_pane = ArticleListPane(window.db_thread, window, first_page=first_page)
    window.text_view = ArticleTextView(window)
    window.text_view.set_menu_fields([(s.name, s.label, s.shortcut) for s in window.schema.span_fields()])
    window.painter = EvidencePainter(window.text_view, window.schema)
    window.article_header = QLabel(window)
    window.article_header.setObjectName("articleHeader")
    # One line each for title and source/date, elided: a header that re-wraps on every
    # switch would re-layout the whole window.
    window.article_header.setWordWrap(False)
    window.article_header.setMinimumWidth(10)
    window.article_header.setTextFormat(Qt.TextFormat.PlainText)
    window.article_header.setStyleSheet("font-weight: bold; padding: 6px 4px 0 14px; color: #333;")
    text_host = QWidget(window)
    text_layout = QVBoxLayout(text_host)
    text_layout.setContentsMargins(0, 0, 0, 0)
    text_layout.addWidget(window.article_header)
    text_layout.addWidget(window.text_view, 1)

    actor_field = next((f.name for f in window.schema.fields if f.type == "actor"), None)
    window.events_panel = EventsPanel(window.schema.field_names, actor_field, window)
    window.form = EventForm(window.schema, window)
    scroll = QScrollArea(window)
    scroll.setWidgetResizable(True)
    scroll.setWidget(window.form)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    window.right_splitter = QSplitter(Qt.Orientation.Vertical, window)
    window.right_splitter.setObjectName("rightSplitter")
    window.right_splitter.addWidget(window.events_panel)
    window.right_splitter.addWidget(scroll)
    window.right_splitter.setStretchFactor(1, 3)
    window.right_splitter.setSizes([events_pane_height(window.events_panel), 540])

    window.splitter = QSplitter(Qt.Orientation.Horizontal, window)
    window.splitter.setObjectName("mainSplitter")
    window.splitter.addWidget(window.list_pane)
    window.splitter.addWidget(text_host)
    window.splitter.addWidget(window.right_splitter)
    window.splitter.setStretchFactor(1, 1)
    window.splitter.setSizes(list(PANE_SIZES))  # the form wide enough for a sub-event type
    for i in range(3):
        window.splitter.setCollapsible(i, False)

    window.banner = ErrorBanner(window)
    window.banner.retry.clicked.connect(window.retry_save)
    central = QWidget(window)
    layout = QVBoxLayout(central)
    layout.setContentsMargins(4, 4, 4, 0)
    layout.addWidget(window.banner)
    layout.addWidget(window.splitter, 1)
    window.setCentralWidget(central)


def build_status_bar(window: MainWindow) -> None:
    bar = window.statusBar()
    window.progress_label = QLabel(window)
    window.progress_label.setObjectName("doneCount")
    window.analyst_label = QLabel(f"Analyst: {window.analyst}", window)
    window.model_label = QLabel(window.suggester.description, window)
    window.model_label.setObjectName("modelStatus")
    window.save_label = QLabel("", window)
    window.busy = QProgressBar(window)
    window.busy.setRange(0, 0)
    window.busy.setMaximumWidth(110)
    window.busy.setMaximumHeight(14)
    window.busy.setTextVisible(False)
    window.busy.hide()
    window.busy_timer = QTimer(window)
    window.busy_timer.setSingleShot(True)
    window.busy_timer.setInterval(300)
    window.busy_timer.timeout.connect(window.update_busy)
    window.review_offer = QPushButton(window)
    window.review_offer.setObjectName("reviewOffer")
    window.review_offer.setFlat(True)
    window.review_offer.setToolTip("Compare the analysts' events on this article (Review > Review article, Ctrl+R)")
    window.review_offer.clicked.connect(window.dialogs.review_from_offer)
    window.review_offer.hide()
    bar.addWidget(window.progress_label)
    bar.addWidget(window.save_label)
    bar.addWidget(window.review_offer)
    bar.addPermanentWidget(window.busy)
    bar.addPermanentWidget(window.model_label)
    bar.addPermanentWidget(window.analyst_label)
