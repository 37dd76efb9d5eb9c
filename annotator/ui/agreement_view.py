"""The agreement report in the window: the CLI's numbers, a pair heat map and per-field bars.

The charts are two small QPainter widgets (no plotting dependency). The table of articles is
sorted by disagreement; double-clicking a row emits ``open_article(article_id)`` so the main
window can open it (for instance in the review dialog).

Layout: the heat map, the pairs table beside it and the field bars share one row on top; the
article and event-type tables fill the tabs below. A splitter divides the two, and until someone
drags it, it follows the report: the tables get room for their rows (up to ``TABLE_ROWS_WANTED``),
the charts the rest, never less than their minimum.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import (
    QDeadlineTimer,
    QEvent,
    QObject,
    QRectF,
    QSize,
    Qt,
    QThread,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QPainter, QPen, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from annotator.db import repo
from annotator.db.engine import Database
from annotator.review.agreement import AgreementReport, compute_agreement
from annotator.review.queries import coder_names
from annotator.schema import Schema
from annotator.ui.workers import run_task

# Krippendorff's guidance: >= 0.800 reliable, >= 0.667 tentative conclusions only.
GOOD, TENTATIVE = 0.8, 0.667
PAIR_METRICS = {"Cohen's kappa": "kappa", "Event F1": "event_f1", "Evidence F1": "evidence_f1"}
TABLE_ROWS_WANTED = 10  # rows of the lower tables the splitter makes room for, when they have them
TABLE_ROWS_MIN = 3  # and at least, however little the report holds


def fmt(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.2f}"


def quality_color(value: float | None) -> QColor:
    if value is None:
        return QColor("#d0d0d0")
    if value >= GOOD:
        return QColor("#4caf50")
    if value >= TENTATIVE:
        return QColor("#ffb300")
    return QColor("#e57373")


def heat_color(value: float | None) -> QColor:
    """White (0 or below) to deep blue (1); grey when undefined."""
    if value is None:
        return QColor("#e0e0e0")
    t = max(0.0, min(1.0, value))
    return QColor(int(255 - 200 * t), int(255 - 150 * t), int(255 - 40 * t))


class PairHeatMap(QWidget):
    """A square grid: one cell per pair of annotators, coloured and labelled by a metric."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.names: list[str] = []
        self.values: dict[tuple[str, str], float | None] = {}
        self.title = ""
        self.setMinimumSize(220, 200)

    def set_data(self, names: Sequence[str], values: dict[tuple[str, str], float | None], title: str) -> None:
        self.names = list(names)
        self.values = dict(values)
        self.title = title
        self.update()

    def value(self, a: str, b: str) -> float | None:
        return self.values.get((a, b), self.values.get((b, a)))

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(320, 280)

    def paintEvent(self, _event) -> None:  # noqa: N802, ANN001 (Qt override)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        metrics = painter.fontMetrics()
        painter.drawText(QRectF(0, 4, self.width(), metrics.height()), Qt.AlignmentFlag.AlignHCenter, self.title)
        n = len(self.names)
        if n < 2:
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, "Needs two annotators")
            return
        label_w = max(metrics.horizontalAdvance(name) for name in self.names) + 10
        top = metrics.height() * 2 + 8
        size = max(10.0, min((self.width() - label_w - 10) / n, (self.height() - top - 6) / n))
        label_w += max(0.0, (self.width() - label_w - 10 - n * size) / 2)  # centre the grid
        for i, name in enumerate(self.names):
            y = top + i * size
            painter.setPen(self.palette().text().color())
            painter.drawText(QRectF(0, y, label_w - 6, size), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, name)
            painter.drawText(
                QRectF(label_w + i * size, top - metrics.height() - 4, size, metrics.height()),
                Qt.AlignmentFlag.AlignCenter, name,
            )
            for j, other in enumerate(self.names):
                cell = QRectF(label_w + j * size, y, size - 2, size - 2)
                if i == j:
                    painter.fillRect(cell, QColor("#f5f5f5"))
                    continue
                value = self.value(name, other)
                color = heat_color(value)
                painter.fillRect(cell, color)
                painter.setPen(QColor("white") if color.lightness() < 140 else QColor("black"))
                painter.drawText(cell, Qt.AlignmentFlag.AlignCenter, fmt(value))
        painter.end()


class FieldBars(QWidget):
    """Horizontal bars: alpha per field on a -0.2..1 scale, with the 0.667 and 0.8 guides."""

    LOW = -0.2
    MIN_HEIGHT, MAX_MIN_HEIGHT = 220, 300  # readable rows for a schema of ~16 fields; more get thinner

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.values: list[tuple[str, float | None]] = []
        self.setMinimumSize(320, self.MIN_HEIGHT)

    def set_data(self, values: Sequence[tuple[str, float | None]]) -> None:
        self.values = list(values)
        # Tall enough for a label per row: squeezed below the text height, the names overlapped.
        readable = (self.fontMetrics().height() + 2) * len(self.values) + 40
        self.setMinimumHeight(max(self.MIN_HEIGHT, min(readable, self.MAX_MIN_HEIGHT)))
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(380, 22 * len(self.values) + 40)

    def _x(self, value: float, left: float, width: float) -> float:
        clamped = max(self.LOW, min(1.0, value))
        return left + (clamped - self.LOW) / (1.0 - self.LOW) * width

    def paintEvent(self, _event) -> None:  # noqa: N802, ANN001 (Qt override)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        if not self.values:
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, "No coded events")
            return
        metrics = painter.fontMetrics()
        label_w = max(metrics.horizontalAdvance(name) for name, _ in self.values) + 10
        value_w = metrics.horizontalAdvance("-0.00") + 10
        left, top = float(label_w), 20.0
        width = max(40.0, self.width() - label_w - value_w - 8)
        row_h = max(12.0, min(24.0, (self.height() - top - 20) / len(self.values)))
        painter.setPen(self.palette().text().color())
        painter.drawText(QRectF(left, 0, width, 18), Qt.AlignmentFlag.AlignHCenter, "Krippendorff's alpha per field")
        for guide, label in ((0.0, "0"), (TENTATIVE, ".667"), (GOOD, ".8"), (1.0, "1")):
            x = self._x(guide, left, width)
            painter.setPen(QPen(QColor("#9e9e9e"), 1, Qt.PenStyle.DashLine))
            painter.drawLine(int(x), int(top), int(x), int(top + row_h * len(self.values)))
            painter.setPen(QColor("#616161"))
            painter.drawText(QRectF(x - 20, top + row_h * len(self.values) + 2, 40, 16), Qt.AlignmentFlag.AlignHCenter, label)
        zero = self._x(0.0, left, width)
        for i, (name, value) in enumerate(self.values):
            y = top + i * row_h
            painter.setPen(self.palette().text().color())
            painter.drawText(QRectF(0, y, label_w - 6, row_h), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, name)
            if value is not None:
                x = self._x(value, left, width)
                bar = QRectF(min(zero, x), y + 3, abs(x - zero), row_h - 6)
                painter.fillRect(bar, quality_color(value))
            painter.setPen(self.palette().text().color() if value is not None else QColor("#9e9e9e"))
            painter.drawText(
                QRectF(left + width + 4, y, value_w, row_h), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, fmt(value)
            )
        painter.end()


class AgreementDialog(QDialog):
    """The agreement report for the whole database (optionally some annotators only)."""

    open_article = Signal(int)
    computed = Signal()  # a new report is shown

    ARTICLE_COLUMNS = ("id", "title", "annotators", "events", "differ", "disagreement", "alpha")
    TYPE_COLUMNS = ("event type", "events", "coded by all", "type differs", "fields compared",
                    "differ", "agree", "alpha")

    def __init__(self, db: Database, schema: Schema, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.schema = schema
        self.report: AgreementReport | None = None
        self.panes_moved = False  # the user dragged the splitter: leave the sizes to them
        # One timer, connected to a bound method, so that a fit still pending never keeps a closed
        # dialog alive (a singleShot callable would) and several requests make one fit.
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self.fit_panes)
        self._generation = 0
        self._shown_generation = -1
        self.setWindowTitle("Agreement between annotators")
        self.resize(1100, 760)
        self._build()
        self.refresh()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        controls = QHBoxLayout()
        controls.addWidget(QLabel("Annotators:"))
        self.annotator_boxes: dict[str, QCheckBox] = {}  # filled by the first computation
        self._boxes = QHBoxLayout()
        controls.addLayout(self._boxes)
        controls.addSpacing(16)
        controls.addWidget(QLabel("Articles:"))
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText("all coded articles; type words to filter")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.returnPressed.connect(self.refresh)
        controls.addWidget(self.search_edit, 1)
        controls.addWidget(QLabel("Heat map:"))
        self.metric_combo = QComboBox()
        self.metric_combo.addItems(list(PAIR_METRICS))
        self.metric_combo.currentIndexChanged.connect(self._show_heatmap)  # no lambda holding self
        controls.addWidget(self.metric_combo)
        refresh = QPushButton("Recompute")
        refresh.setAutoDefault(False)
        refresh.clicked.connect(self.refresh)
        controls.addWidget(refresh)
        layout.addLayout(controls)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)

        # One row of charts: the pairs table beside its heat map rather than under it, so the
        # row is only as tall as the charts and the tables below keep the height.
        pair_box = QGroupBox("Pairs of annotators")
        pair_layout = QHBoxLayout(pair_box)
        self.heatmap = PairHeatMap()
        pair_layout.addWidget(self.heatmap, 1)
        self.pairs_table = _read_only_table(
            ["pair", "articles", "kappa", "event F1", "evidence F1", "only A", "only B"]
        )
        self.pairs_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.pairs_table.setSizeAdjustPolicy(QAbstractItemView.SizeAdjustPolicy.AdjustToContents)
        # As wide as its columns: the heat map, whose grid is square anyway, gives way first.
        self.pairs_table.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)
        pair_layout.addWidget(self.pairs_table)
        field_box = QGroupBox("Fields")
        field_layout = QVBoxLayout(field_box)
        self.bars = FieldBars()
        field_layout.addWidget(self.bars)
        self.top = QWidget()
        charts = QHBoxLayout(self.top)
        charts.setContentsMargins(0, 0, 0, 0)
        charts.addWidget(pair_box, 1)
        charts.addWidget(field_box, 1)

        self.articles_table = _read_only_table(self.ARTICLE_COLUMNS)
        self.articles_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.articles_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.articles_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.articles_table.cellDoubleClicked.connect(self._article_activated)
        self.types_table = _read_only_table(self.TYPE_COLUMNS)
        self.types_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.types_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # A caption over each table instead of a group box in the tab: the same words, less frame.
        self.lower_tabs = QTabWidget()
        self.lower_tabs.addTab(
            _captioned(self.articles_table, "Articles, most disagreement first (double-click to open)"),
            "Articles",
        )
        self.lower_tabs.addTab(
            _captioned(self.types_table, "Event types: agreement on the events of each type (all their fields)"),
            "Event types",
        )
        self.lower_tabs.currentChanged.connect(self._fit_panes_later)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.top)
        self.splitter.addWidget(self.lower_tabs)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 0)  # a taller window gives its height to the tables
        self.splitter.setStretchFactor(1, 1)
        self.splitter.splitterMoved.connect(self._panes_moved_by_hand)
        self.splitter.installEventFilter(self)
        layout.addWidget(self.splitter, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    # --- pane sizes ----------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        self._fit_panes_later()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        # The splitter's height changes with the window and with the summary above it (one line
        # while computing, several with notes): each change is a new fit.
        if watched is self.splitter and event.type() == QEvent.Type.Resize:
            self._fit_panes_later()
        return super().eventFilter(watched, event)

    def _panes_moved_by_hand(self, _pos: int, _index: int) -> None:
        self.panes_moved = True

    def _fit_panes_later(self) -> None:
        """Fit once the layout has placed everything (the next turn of the event loop)."""
        self._fit_timer.start()

    def fit_panes(self) -> None:
        """Give the lower tables room for their rows, up to TABLE_ROWS_WANTED; charts get the rest.

        The charts keep at least their minimum height, so on a small window the tables get what
        is left; once the user has dragged the splitter their sizes are theirs.
        """
        if self.panes_moved or not self.isVisible():
            return
        total = sum(self.splitter.sizes())
        table = self.lower_tabs.currentWidget().findChild(QTableWidget)
        if total <= 0 or table is None:
            return
        rows = max(self.articles_table.rowCount(), self.types_table.rowCount())
        wanted_rows = max(TABLE_ROWS_MIN, min(rows, TABLE_ROWS_WANTED))
        chrome = self.lower_tabs.height() - table.viewport().height()  # tab bar, caption, header
        row_height = table.verticalHeader().defaultSectionSize()
        lower = chrome + wanted_rows * row_height + 2
        lower = max(min(lower, total - self.top.minimumSizeHint().height()), self.lower_tabs.minimumSizeHint().height())
        if self.splitter.sizes()[1] != lower:
            self.splitter.setSizes([total - lower, lower])

    # --- the report ------------------------------------------------------------------------------

    def selected_annotators(self) -> list[str] | None:
        """The checked annotators; None (everyone) before the names have been read."""
        if not self.annotator_boxes:
            return None
        return [name for name, box in self.annotator_boxes.items() if box.isChecked()]

    def _add_annotator_boxes(self, names: list[str]) -> None:
        for name in names:
            box = QCheckBox(name)
            box.setChecked(True)
            box.toggled.connect(self.refresh)
            self.annotator_boxes[name] = box
            self._boxes.addWidget(box)

    def refresh(self) -> None:
        """Recompute the report for the checked annotators, in the thread pool.

        A batch of thousands of articles takes seconds; the window stays responsive, and a result
        for a selection that has changed meanwhile is dropped.
        """
        self._generation += 1
        generation = self._generation
        annotators = self.selected_annotators()
        search = self.search_edit.text().strip()
        db, schema = self.db, self.schema
        self.summary.setText("Computing agreement\u2026")

        def work(_report: object) -> tuple[AgreementReport, list[str]]:
            with db.session() as session:
                ids = None
                if search:  # the same full-text search as the article list
                    ids = sorted(int(row[0]) for row in session.exec(repo.search_article_ids_query(session, search)).all())
                names = coder_names(session) if annotators is None else []
                return compute_agreement(session, schema, annotators=annotators, article_ids=ids), names

        def done(result: tuple[AgreementReport, list[str]]) -> None:
            if generation != self._generation:
                return
            try:
                self.report, names = result
                if names and not self.annotator_boxes:
                    self._add_annotator_boxes(names)
                self._show()
                self.computed.emit()
            except RuntimeError:  # the dialog was closed meanwhile
                pass

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                self.summary.setText(f"Could not compute agreement: {exc}")

        run_task(work, done, failed)

    def wait_until_computed(self, timeout_ms: int = 60_000) -> bool:
        """Block (processing events) until the current computation is shown; for scripts."""
        deadline = QDeadlineTimer(timeout_ms)
        generation = self._generation
        while not deadline.hasExpired():
            QApplication.processEvents()
            if self._shown_generation == generation:
                return True
            QThread.msleep(10)
        return False

    def _show(self) -> None:
        report = self.report
        if report is None:
            return
        self._shown_generation = self._generation
        event_row = next((f for f in report.fields if f.field == "event"), None)
        multi = sum(1 for a in report.articles if not a.single_coded)
        found = (
            f"{event_row.units - event_row.disagreements} of {event_row.units} "
            f"({event_row.agreement:.0%}; alpha {fmt(event_row.alpha)})"
            if event_row is not None and event_row.units and event_row.agreement is not None else "n/a"
        )
        self.summary.setText(
            f"<b>Overall alpha {fmt(report.overall_alpha)}</b> &nbsp; events found by every coder: "
            f"{found} &nbsp; {len(report.articles)} coded articles, "
            f"{multi} coded by two or more. Alpha: green \u2265 0.8, amber \u2265 0.667, red below."
            + "".join(f"<br>{html.escape(note)}" for note in report.notes())
        )
        self.bars.set_data([(f.field, f.alpha) for f in report.fields])
        self._show_heatmap()
        self.pairs_table.setRowCount(len(report.pairs))
        for row, p in enumerate(report.pairs):
            cells = [f"{p.a} / {p.b}", str(p.articles), fmt(p.kappa), fmt(p.event_f1),
                     fmt(p.evidence_f1), str(p.only_a), str(p.only_b)]
            for col, text in enumerate(cells):
                self.pairs_table.setItem(row, col, QTableWidgetItem(text))
        self.articles_table.setRowCount(len(report.articles))
        for row, a in enumerate(report.articles):
            who = ", ".join(a.annotators) + (" (single-coded)" if a.single_coded else "")
            cells = [str(a.article_id), a.title, who, str(a.events), str(a.disagreements),
                     f"{a.disagreement_rate:.0%}", fmt(a.alpha)]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, a.article_id)
                if col in (0, 3, 4, 5, 6):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if col == 5 and a.disagreement_rate > 0:
                    shade = int(255 - 120 * min(1.0, a.disagreement_rate))
                    item.setBackground(QColor(255, shade, shade))
                if a.single_coded:
                    item.setForeground(QColor("#888"))
                self.articles_table.setItem(row, col, item)

        self._show_types(report)
        self._fit_panes_later()

    def _show_types(self, report: AgreementReport) -> None:
        self.types_table.setRowCount(len(report.types))
        for row, t in enumerate(report.types):
            agree = "n/a" if t.agreement is None else f"{t.agreement:.0%}"
            cells = [t.event_type, str(t.events), str(t.matched), str(t.type_differs), str(t.units),
                     str(t.disagreements), agree, fmt(t.alpha)]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if col == len(cells) - 1:
                    item.setBackground(quality_color(t.alpha).lighter(150))
                self.types_table.setItem(row, col, item)

    def _show_heatmap(self) -> None:
        if self.report is None:
            return
        label = self.metric_combo.currentText()
        attr = PAIR_METRICS[label]
        values = {(p.a, p.b): getattr(p, attr) for p in self.report.pairs}
        self.heatmap.set_data(self.report.annotators, values, label)

    def article_id_at(self, row: int) -> int | None:
        item = self.articles_table.item(row, 0)
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _article_activated(self, row: int, _col: int) -> None:
        article_id = self.article_id_at(row)
        if article_id is not None:
            self.open_article.emit(int(article_id))


def _read_only_table(columns: tuple[str, ...] | list[str]) -> QTableWidget:
    """A table of figures to read, with its column headers and no row numbers.

    Rows as tall as the text plus a margin, as in the article list, rather than the style's
    default, which on some styles is twice the text and halves the rows a window shows.
    """
    table = QTableWidget(0, len(columns))
    table.setHorizontalHeaderLabels(list(columns))
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    return table


def _captioned(table: QTableWidget, caption: str) -> QWidget:
    """A tab's page: a one-line caption over its table."""
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.setContentsMargins(4, 4, 4, 4)
    layout.setSpacing(2)
    layout.addWidget(QLabel(caption))
    layout.addWidget(table, 1)
    return page
