"""The article list: a lazily fetched table model, and the pane with its filters and search box.

The model asks the database for one page of rows at a time (``canFetchMore``/``fetchMore``), so
a database of 100,000 articles opens as fast as one of ten: only the count and the first page are
read. Filters and sorting are done by the database (``repo.list_articles``), never in Python.
Every read goes through the window's database thread (``DbJobs``), never the GUI thread: rows
arrive by callback, and a reload outdates pages still on their way.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from annotator.db import repo
from annotator.status import ARTICLE_STATUSES, ArticleStatus
from annotator.ui.list_cells import COLUMNS, STATUS_LABELS, ArticleRowsModel
from annotator.ui.workers import DbJobs

PAGE_SIZE = 200

# Columns the database can sort by; the others keep insertion (id) order.
SORT_KEYS = {0: "title", 1: "source", 2: "published", 3: "status"}

AnyIndex = QModelIndex | QPersistentModelIndex
FirstPage = tuple[int, list[repo.ArticleRow]]  # (rows matching, first page)


@dataclass(frozen=True)
class ListFilter:
    status: str | None = None
    annotator: str | None = None
    search: str | None = None
    sort: str = "id"
    descending: bool = False


class ArticleListModel(ArticleRowsModel):
    """Rows of ``repo.ArticleRow`` fetched page by page from the database."""

    loaded = Signal()  # the count and first page of a (re)load are in

    def __init__(
        self, jobs: DbJobs, page_size: int = PAGE_SIZE, parent: Any = None,
        first_page: FirstPage | None = None,
    ) -> None:
        """``first_page``: the count and first page of the unfiltered list, read by the start-up
        worker; shown at once instead of queueing the same read (the list never flashes empty)."""
        super().__init__(parent)
        self._jobs = jobs
        self.page_size = page_size
        self._filter = ListFilter()
        self._rows: list[repo.ArticleRow] = []
        self._total = 0
        self._row_of: dict[int, int] = {}
        self._generation = 0  # bumped by every reload: pages of an older one are dropped
        self._fetching = False
        self._after_fetch: list[Callable[[], None]] = []
        self.is_loaded = False
        if first_page is None:
            self.reload()
        else:
            self._total, self._rows = first_page
            self._row_of = {r.id: i for i, r in enumerate(self._rows)}
            self.is_loaded = True

    # --- loading ------------------------------------------------------------------------------

    @property
    def filter(self) -> ListFilter:
        return self._filter

    @property
    def total(self) -> int:
        """Rows matching the filter in the database (loaded or not)."""
        return self._total

    def set_filter(self, new: ListFilter) -> None:
        if new != self._filter:
            self._filter = new
            self.reload()

    def reload(self, then: Callable[[], None] | None = None) -> None:
        """Forget loaded rows and read the count and the first page again (then call ``then``)."""
        self._generation += 1
        generation, f, size = self._generation, self._filter, self.page_size
        self._fetching = False
        self._after_fetch.clear()

        def read(session: Any) -> tuple[int, list[repo.ArticleRow]]:
            total = repo.count_filtered_articles(
                session, status=f.status, annotator=f.annotator, search=f.search
            )
            return total, _page(session, f, 0, size)

        def show(result: tuple[int, list[repo.ArticleRow]]) -> None:
            if generation != self._generation:
                return
            self.beginResetModel()
            self._total, self._rows = result
            self._row_of = {r.id: i for i, r in enumerate(self._rows)}
            self.endResetModel()
            self.is_loaded = True
            self.loaded.emit()
            if then is not None:
                then()

        self._jobs.submit(read, show)

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: N802, B008
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: N802, B008
        if parent.isValid() or self._fetching:
            return
        self._fetching = True
        generation, f, size, offset = self._generation, self._filter, self.page_size, len(self._rows)

        def add(page: list[repo.ArticleRow]) -> None:
            if generation != self._generation:
                return
            self._fetching = False
            if not page:
                self._total = len(self._rows)  # rows were deleted meanwhile
            else:
                first = len(self._rows)
                self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
                self._rows.extend(page)
                for i, row in enumerate(page, start=first):
                    self._row_of[row.id] = i
                self.endInsertRows()
            self._run_after_fetch()

        def failed(_exc: BaseException) -> None:
            self._fetching = False
            self._total = len(self._rows)  # stop asking; the next reload tries again
            self._run_after_fetch()

        self._jobs.submit(lambda session: _page(session, f, offset, size), add, failed)

    def fetch_more_then(self, callback: Callable[[], None]) -> None:
        """Fetch the next page and call ``callback`` once it is in (or nothing more came)."""
        self._after_fetch.append(callback)
        self.fetchMore()

    def _run_after_fetch(self) -> None:
        waiting, self._after_fetch = self._after_fetch, []
        for callback in waiting:
            callback()

    def refresh_article(self, article_id: int, status: str | None = None) -> None:
        """Re-read one row (after its events changed) without resetting the view."""
        if article_id not in self._row_of:
            return

        def read(session: Any) -> tuple[str, int, str, date | None]:
            article = repo.get_article(session, article_id)
            events = repo.events_for_article(session, article_id)
            names = ", ".join(sorted({e.annotator for e in events}))
            return article.status, len(events), names, article.published

        def show(result: tuple[str, int, str, date | None]) -> None:
            row = self._row_of.get(article_id)
            if row is None:
                return
            stored_status, events, names, published = result
            self._rows[row] = replace(
                self._rows[row], status=status or stored_status, events=events, annotators=names,
                published=published,
            )
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

        self._jobs.submit(read, show)

    # --- access -------------------------------------------------------------------------------

    def article_id(self, row: int) -> int | None:
        return self._rows[row].id if 0 <= row < len(self._rows) else None

    def row_of(self, article_id: int) -> int | None:
        return self._row_of.get(article_id)

    def row_data(self, row: int) -> repo.ArticleRow:
        return self._rows[row]

    def loaded_ids(self) -> list[int]:
        return [r.id for r in self._rows]

    # --- Qt model API (rows, columns, cells and headers: ArticleRowsModel) -----------------------

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_KEYS.get(column, "id")
        self.set_filter(
            replace(self._filter, sort=key, descending=order == Qt.SortOrder.DescendingOrder)
        )


class ArticleListPane(QWidget):
    """Filters (status, annotator), a full-text search box and the lazily loaded table."""

    article_activated = Signal(int)
    search_changed = Signal(str)  # the words the list is now searched for ("" for none)

    def __init__(
        self, jobs: DbJobs, parent: QWidget | None = None, first_page: FirstPage | None = None
    ) -> None:
        super().__init__(parent)
        self.model = ArticleListModel(jobs, parent=self, first_page=first_page)
        self._jobs = jobs

        self.search = QLineEdit(self)
        self.search.setPlaceholderText("Search articles (Ctrl+F)")
        self.search.setClearButtonEnabled(True)
        self.search.setObjectName("articleSearch")
        self.status_filter = QComboBox(self)
        self.status_filter.addItem("All statuses", None)
        for status in ARTICLE_STATUSES:
            self.status_filter.addItem(STATUS_LABELS[status].capitalize(), status)
        self.annotator_filter = QComboBox(self)
        # Its names arrive after the first show (from the database thread): sized then, the
        # default policy cut "All annotators" to "All annot". Both combos follow their items.
        for combo in (self.status_filter, self.annotator_filter):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.refresh_annotators()
        self.count_label = QLabel(self)
        self.count_label.setObjectName("articleCount")

        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # No sort indicator at first: rows in database order, and enabling sorting re-reads nothing.
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        # The title matters most: it keeps a readable width and the other columns scroll.
        for column in range(len(COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.resizeSection(0, 180)
        header.resizeSection(1, 84)
        header.resizeSection(2, 86)
        header.resizeSection(3, 84)
        header.resizeSection(4, 48)
        header.resizeSection(5, 84)
        self.table.selectionModel().currentRowChanged.connect(self._on_current)

        filters = QHBoxLayout()
        filters.addWidget(self.status_filter)
        filters.addWidget(self.annotator_filter)
        filters.addWidget(self.count_label, 1, Qt.AlignmentFlag.AlignRight)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(self.table)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._search_timer.timeout.connect(self._apply_filter)
        self.search.textChanged.connect(self._search_timer.start)
        self.status_filter.currentIndexChanged.connect(self._apply_filter)
        self.annotator_filter.currentIndexChanged.connect(self._apply_filter)
        self.model.modelReset.connect(self._update_count)
        self._update_count()
        self._selecting = False

    def refresh_annotators(self) -> None:
        self._jobs.submit(repo.annotator_names, self._show_annotators)

    def _show_annotators(self, names: list[str]) -> None:
        current = self.annotator_filter.currentData()
        self.annotator_filter.blockSignals(True)
        self.annotator_filter.clear()
        self.annotator_filter.addItem("All annotators", None)
        for name in names:
            self.annotator_filter.addItem(name, name)
        index = self.annotator_filter.findData(current)
        self.annotator_filter.setCurrentIndex(max(index, 0))
        self.annotator_filter.blockSignals(False)

    def _apply_filter(self) -> None:
        search = self.search.text().strip() or None
        changed = search != self.model.filter.search
        self.model.set_filter(
            replace(
                self.model.filter,
                status=self.status_filter.currentData(),
                annotator=self.annotator_filter.currentData(),
                search=search,
            )
        )
        if changed:
            self.search_changed.emit(search or "")

    def _update_count(self) -> None:
        n = self.model.total
        self.count_label.setText(f"{n:,} article{'s' if n != 1 else ''}")

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._selecting or not current.isValid():
            return
        article_id = self.model.article_id(current.row())
        if article_id is not None:
            self.article_activated.emit(article_id)

    def select_article(self, article_id: int) -> bool:
        """Make article_id the current row without emitting article_activated (False if not listed)."""
        row = self.model.row_of(article_id)
        if row is None:
            return False
        self._selecting = True
        try:
            index = self.model.index(row, 0)
            self.table.selectionModel().setCurrentIndex(
                index,
                self.table.selectionModel().SelectionFlag.ClearAndSelect
                | self.table.selectionModel().SelectionFlag.Rows,
            )
            self.table.scrollTo(index)
        finally:
            self._selecting = False
        return True

    def neighbour(
        self, article_id: int | None, step: int, then: Callable[[int | None], None], unfinished: bool = False
    ) -> None:
        """Call ``then`` with the article ``step`` rows away (fetching more rows when needed)."""
        row = self.model.row_of(article_id) if article_id is not None else None
        start = -1 if row is None and step > 0 else (row if row is not None else self.model.rowCount())

        def look(row: int) -> None:
            while True:
                row += step
                if row >= self.model.rowCount() and self.model.canFetchMore():
                    self.model.fetch_more_then(lambda at=row - step: look(at))
                    return
                if not 0 <= row < self.model.rowCount():
                    then(None)
                    return
                if not unfinished or self.model.row_data(row).status != ArticleStatus.DONE:
                    then(self.model.article_id(row))
                    return

        look(start)


def read_first_page(session: Any, size: int = PAGE_SIZE) -> FirstPage:
    """The unfiltered list's count and first page, as a new model reads them (for a worker)."""
    f = ListFilter()
    total = repo.count_filtered_articles(session, status=f.status, annotator=f.annotator, search=f.search)
    return total, _page(session, f, 0, size)


def _page(session: Any, f: ListFilter, offset: int, limit: int) -> list[repo.ArticleRow]:
    return repo.list_articles(
        session, offset=offset, limit=limit, status=f.status, annotator=f.annotator,
        search=f.search, sort=f.sort, descending=f.descending,
    )
