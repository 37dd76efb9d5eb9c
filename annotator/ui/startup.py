"""Starting the window: rows and text on screen at once, the database opened in a worker thread.

Importing the database layer (SQLAlchemy, SQLModel, the repository and the window's modules)
takes most of a second, longer than Qt itself, while reading the article list's first page
takes milliseconds. So the GUI thread imports only Qt, ``annotator.config`` and the stdlib-only
``quickread`` and shows :class:`StartupShell`, the window's frame at its saved size and place.
A worker thread first
reads the article count, the first page and the article the window will open with the standard
library (:mod:`annotator.db.quickread`, read-only); the shell shows them, read-only, in the
first frame when they are in time (they nearly always are), else as soon as they come. Only once
they are painted does the worker import the rest, load the schema and open the database (no
whole-file integrity check here: the window runs it in a worker once shown) and read the first
page again through the ORM. The GUI thread then builds the
:class:`~annotator.ui.main_window.MainWindow` in the shell's place, showing the same rows, the
shell's article text until its own load of it is in, and the article chosen in the shell.

The quick read answers only for an SQLite file at the latest migration: for PostgreSQL, a new
file or one that needs migrating, the shell says "Opening database…" and the window migrates
and opens it as before; a damaged file gets its dialog from the worker or the window's check.

This module must stay cheap to import: no SQLAlchemy, no annotator.db beyond ``quickread``.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QObject, QSettings, QTimer, Signal
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from annotator.config import config_dir
from annotator.db.quickread import (
    FirstView,
    QuickArticle,
    read_article,
    read_first_view,
    sqlite_file,
)
from annotator.ui.pane_sizes import PANE_SIZES

if TYPE_CHECKING:
    from annotator.db.engine import Database
    from annotator.schema import Schema
    from annotator.ui.article_list import FirstPage
    from annotator.ui.main_window import MainWindow
    from annotator.ui.quick_view import FirstPageTable, FirstText

SETTINGS_FILE = "window.ini"
FIRST_FRAME_WAIT_MS = 250
# How long the GUI thread waits for the quick read before showing the shell without rows: it
# takes a few ms on a warm file, so the first frame nearly always has them.
FIRST_READ_WAIT_MS = 60
FIRST_PAGE_ROWS = 200  # the article list's page (annotator.ui.article_list.PAGE_SIZE; tested)
MENU_TITLES = ("&File", "&Edit", "&Suggestions", "&Go", "&Review", "&Help")


def window_settings() -> QSettings:
    """Window state lives beside settings.json, so ANNOTATOR_CONFIG_DIR isolates tests too."""
    return QSettings(str(config_dir() / SETTINGS_FILE), QSettings.Format.IniFormat)


def describe_url(url: str) -> str:
    """Where the data is, for the shell's title, without importing SQLAlchemy (no passwords)."""
    if "://" not in url:  # a plain file path
        return url
    if url.startswith("sqlite"):
        return url.split("///", 1)[-1] or url
    scheme, _, rest = url.partition("://")
    host = rest.rsplit("@", 1)[-1]
    return f"{scheme}://{host}"


class StartupShell(QMainWindow):
    """The window's frame while the database opens: same menus, size and place, then (when the
    quick read answers) the article list's first page and the first article, read-only."""

    painted = Signal()  # once, after the first frame
    first_view_painted = Signal()  # once, when the first rows (and the article's text) are on screen

    def __init__(self, url: str, analyst: str, parent: QWidget | None = None, *, splitter: bool = False) -> None:
        """``splitter``: lay the panes out in a QSplitter at the window's saved sizes, so the
        rows and text sit exactly where the window will show them (costs Qt's enums, ~20 ms:
        worth it only when the first view is coming, and then imported anyway)."""
        super().__init__(parent)
        self.url = url
        self.setWindowTitle(f"Annotator — {describe_url(url)} — {analyst}")
        for title in MENU_TITLES:
            self.menuBar().addMenu(title).setEnabled(False)
        list_pane = QWidget(self)
        search = QLineEdit(list_pane)
        search.setPlaceholderText("Search articles (Ctrl+F)")
        search.setEnabled(False)
        # "Opening database…" and a busy bar, centred, until the first rows come.
        self.placeholder = QWidget(list_pane)
        self.message = QLabel("Opening database…", self.placeholder)
        self.message.setObjectName("openingDatabase")
        self.busy = QProgressBar(self.placeholder)
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(14)
        waiting = QVBoxLayout(self.placeholder)
        waiting.setContentsMargins(0, 0, 0, 0)
        waiting.addStretch(1)
        centred = QHBoxLayout()  # stretches either side: Qt.AlignmentFlag would cost its import
        centred.addStretch(1)
        centred.addWidget(self.message)
        centred.addStretch(1)
        waiting.addLayout(centred)
        waiting.addWidget(self.busy)
        waiting.addStretch(2)
        self.list_layout = QVBoxLayout(list_pane)
        self.list_layout.setContentsMargins(4, 4, 4, 4)
        self.list_layout.addWidget(search)
        self.list_layout.addWidget(self.placeholder, 1)
        settings = window_settings()
        central = QWidget(self)
        panes = QHBoxLayout(central)
        panes.setContentsMargins(4, 4, 4, 0)
        self.text_pane = QWidget(central)
        if splitter:
            from annotator.ui.quick_view import window_splitter  # noqa: PLC0415

            panes.addWidget(window_splitter(central, (list_pane, self.text_pane, QWidget(central)), settings))
        else:
            # The window's three panes in its default proportions. A layout, not a QSplitter:
            # the splitter's first use builds the Qt enums (~20 ms), more than the shell itself.
            for pane, size in zip((list_pane, self.text_pane, QWidget(central)), PANE_SIZES, strict=True):
                panes.addWidget(pane, size)
        self.setCentralWidget(central)
        self.statusBar().showMessage(f"Opening {describe_url(url)}…")
        geometry = settings.value("geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        self.first_view: FirstView | None = None
        self.table: FirstPageTable | None = None
        self.text: FirstText | None = None
        self.header: QLabel | None = None
        self.count_label: QLabel | None = None
        self.small_busy: QProgressBar | None = None

    was_painted = False

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        super().paintEvent(event)
        if not self.was_painted:
            self.was_painted = True
            self.painted.emit()

    def show_first_view(self, view: FirstView) -> None:
        """The count, the first page and the article the window opens first, read-only."""
        from annotator.ui.quick_view import (  # noqa: PLC0415  (Qt's enums: only when there are rows)
            FirstPageTable,
            FirstText,
            article_header,
            count_text,
            filters_row,
        )

        if self.first_view is not None:
            return
        self.first_view = view
        self.placeholder.hide()
        self.count_label = QLabel(count_text(view.total), self)
        self.count_label.setObjectName("articleCount")
        self.list_layout.addLayout(filters_row(self, self.count_label))
        self.table = FirstPageTable(view.rows, self)
        self.list_layout.addWidget(self.table, 1)
        self.table.rows_painted.connect(self._view_painted)
        self.header = article_header(self.text_pane)
        self.text = FirstText(self.text_pane)
        self.text.text_painted.connect(self._view_painted)
        text_layout = QVBoxLayout(self.text_pane)
        text_layout.setContentsMargins(0, 0, 0, 0)
        text_layout.addWidget(self.header)
        text_layout.addWidget(self.text, 1)
        self.text.resized.connect(self._update_header)  # elided to the pane's width, once laid out
        if view.article is not None:
            self._show_article(view.article)
            self.table.select_article(view.article.id)
        # Reading another article before the window is ready: plain sqlite3 again (one row by
        # its key, a fraction of a millisecond); the window then opens the one chosen last.
        self.table.selectionModel().currentRowChanged.connect(self._row_chosen)
        self.small_busy = QProgressBar(self)
        self.small_busy.setRange(0, 0)
        self.small_busy.setTextVisible(False)
        self.small_busy.setMaximumSize(110, 14)
        self.statusBar().addPermanentWidget(self.small_busy)

    article: QuickArticle | None = None  # the one on screen
    picked_article: int | None = None  # chosen in the shell's list: the window opens it

    def _show_article(self, article: QuickArticle) -> None:
        assert self.text is not None and self.header is not None
        self.article = article
        self.text.set_article_text(article.text)
        self.header.setToolTip(article.title)
        self._update_header()

    def _update_header(self) -> None:
        from annotator.ui.quick_view import header_text  # noqa: PLC0415  (imported already)

        if self.article is not None and self.header is not None and self.text is not None:
            self.header.setText(header_text(self.article, self.header.fontMetrics(), self.text.width()))

    def _row_chosen(self, current: Any, _previous: Any) -> None:
        if self.table is None or not current.isValid():
            return
        article_id = self.table.first_page.rows[current.row()].id
        article = read_article(self.url, article_id)
        if article is not None:
            self.picked_article = article_id
            self._show_article(article)

    _first_view_shown = False

    @property
    def first_view_shown(self) -> bool:
        """The first rows and the first article's text have been painted."""
        return self._first_view_shown

    def _view_painted(self) -> None:
        if self._first_view_shown or self.table is None or not self.table.painted:
            return
        if self.first_view is not None and self.first_view.article is not None and not (
            self.text is not None and self.text.painted
        ):
            return
        self._first_view_shown = True
        self.first_view_painted.emit()

    def show_failure(self, text: str) -> None:
        """Opening failed: say why in the list's place (rows read before are not to be trusted)."""
        self.busy.hide()
        self.message.setText(text)
        for widget in (self.table, self.text, self.header, self.small_busy):
            if widget is not None:
                widget.hide()
        self.placeholder.show()


def ask_restore(
    parent: QWidget | None, report: Any, restore: Callable[[], object], quit_: Callable[[], object]
) -> QMessageBox:
    """The damaged-database dialog: which file, what is wrong, and its latest backup to restore.

    ``report`` is an annotator.safety.integrity.IntegrityReport. Window-modal but not blocking
    (``open``): the choice calls ``restore`` or ``quit_``."""
    box = QMessageBox(parent)
    box.setObjectName("damagedDatabase")
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle("Annotator — database damaged")
    box.setText(f"The database {report.target} is damaged.")
    details = [f"Problem: {report.problem}."]
    restore_button = None
    if report.backups:
        latest = report.backups[0]
        details.append(
            f"The latest backup is {latest.path.name}, from {latest.created:%Y-%m-%d %H:%M} UTC. "
            "Restoring it replaces the damaged file (which is kept as a copy beside the backups) "
            "and reopens the database; edits made after that backup are not in it."
        )
        restore_button = box.addButton("Restore latest backup and reopen", QMessageBox.ButtonRole.AcceptRole)
    else:
        details.append("There is no backup of it. Keep the file and ask for help before changing it.")
    box.setInformativeText("\n\n".join(details))
    quit_button = box.addButton("Quit", QMessageBox.ButtonRole.RejectRole)
    box.setEscapeButton(quit_button)
    box.restore_button = restore_button  # type: ignore[attr-defined]  (tests click it)
    box.quit_button = quit_button  # type: ignore[attr-defined]

    def chosen(button: object) -> None:
        if restore_button is not None and button is restore_button:
            restore()
        else:
            quit_()

    box.buttonClicked.connect(chosen)
    box.open()
    return box


class QuickRead:
    """The worker's quick read, handed to the GUI thread: ``view`` is set before ``done``."""

    def __init__(self) -> None:
        self.view: FirstView | None = None
        self.done = threading.Event()


@dataclass
class Opened:
    """What the worker hands to the GUI thread."""

    db: Database
    schema: Schema
    first_page: FirstPage  # the list's count and first page, read here so it never shows empty


def open_in_background(url: str, schema_name: str | None) -> Opened:
    """Runs in the worker thread: the heavy imports, the schema, the database, its first page."""
    from annotator.db.engine import open_database  # noqa: PLC0415
    from annotator.schema import load_schema  # noqa: PLC0415
    from annotator.ui import main_window  # noqa: F401, PLC0415  (its modules import SQLAlchemy)
    from annotator.ui.article_list import read_first_page  # noqa: PLC0415

    schema = load_schema(schema_name)
    try:
        db = open_database(url)
        try:
            with db.session() as session:
                first_page = read_first_page(session)
        except Exception:
            db.dispose()
            raise
    except Exception as exc:
        _raise_if_damaged(url, exc)
        raise
    return Opened(db, schema, first_page)


def _raise_if_damaged(url: str, exc: Exception) -> None:
    """Opening failed: if the SQLite file fails its integrity check, say so (with its backups)."""
    from annotator.config import db_url_from  # noqa: PLC0415
    from annotator.db.engine import DamagedDatabaseError  # noqa: PLC0415
    from annotator.safety.integrity import check_sqlite_file, sqlite_path  # noqa: PLC0415

    if isinstance(exc, DamagedDatabaseError):
        return
    url = db_url_from(url)
    path = sqlite_path(url)
    if path is None or not path.is_file():
        return
    report = check_sqlite_file(path, url)
    if not report.ok:
        raise DamagedDatabaseError(report) from exc


class Launcher(QObject):
    """Shows the shell, opens the database in a thread, then builds and shows the window.

    ``window_ready`` carries the shown MainWindow; ``failed`` a title and a message (the shell
    shows it too; empty when the analyst chose to quit in the damaged-database dialog). A window whose database was restored from a backup asks to be reopened,
    which starts the same sequence again.
    """

    window_ready = Signal(object)
    failed = Signal(str, str)
    _opened = Signal(object)
    _open_failed = Signal(object)
    _first_read = Signal(int, object)  # generation, FirstView | None

    def __init__(
        self, url: str, schema_name: str | None, analyst: str, model: str = "",
        parent: QObject | None = None, **window_kwargs: Any,
    ) -> None:
        super().__init__(parent)
        self.url, self.schema_name, self.analyst, self.model = url, schema_name, analyst, model
        self.window_kwargs = window_kwargs
        self.shell: StartupShell | None = None
        self.window: MainWindow | None = None
        self._generation = 0  # one per start(): a restore starts again with a new shell
        self._release = threading.Event()
        # Emitted by the worker thread: Qt queues them to this (GUI-thread) object.
        self._opened.connect(self._build_window)
        self._open_failed.connect(self._on_failed)
        self._first_read.connect(self._on_first_read)

    def start(self) -> StartupShell:
        """The worker reads the first rows while the shell is built; they are shown in its first
        frame when they are in time. The worker imports the ORM only once they are painted."""
        self._generation += 1
        quick = QuickRead()
        self._release = release = threading.Event()
        worker = threading.Thread(
            target=self._work, args=(self._generation, self._first_article(), quick, release),
            name="annotator-open", daemon=True,
        )
        worker.start()
        coming = sqlite_file(self.url) is not None  # else there is no quick read to show
        if coming:
            # The first view's widgets import Qt's enums (~20 ms): meanwhile the read finishes.
            import annotator.ui.quick_view  # noqa: F401, PLC0415
        shell = self.shell = StartupShell(self.url, self.analyst, splitter=coming)
        if quick.done.wait(FIRST_READ_WAIT_MS / 1000) and quick.view is not None:
            shell.show_first_view(quick.view)

        def painted() -> None:
            if quick.done.is_set() and (quick.view is None or shell.first_view_shown):
                release.set()

        shell.painted.connect(painted)
        shell.first_view_painted.connect(release.set)
        # Soon anyway, should the shell never paint (minimised) or the rows be slow to come.
        QTimer.singleShot(FIRST_FRAME_WAIT_MS, release.set)
        shell.show()
        return shell

    @property
    def restore_last(self) -> bool:
        """Whether the window reopens the last article (MainWindow's default: yes)."""
        return bool(self.window_kwargs.get("restore_last", True))

    def _first_article(self) -> int | None:
        """The article the window will open first (its last one), or None for the first row."""
        if not self.restore_last:
            return None
        last = window_settings().value("last_article", None)
        try:
            return int(last) if last is not None else None
        except (TypeError, ValueError):
            return None

    def _on_first_read(self, generation: int, view: FirstView | None) -> None:
        shell = self.shell
        if generation != self._generation or shell is None:
            return
        if view is not None:
            shell.show_first_view(view)  # it came after the first frame (else: already shown)
        elif shell.was_painted:
            self._release.set()

    def _work(self, generation: int, article_id: int | None, quick: QuickRead, release: threading.Event) -> None:
        try:
            quick.view = read_first_view(self.url, FIRST_PAGE_ROWS, article_id)
        except Exception:  # the fast path is optional: the usual path below reports any problem
            quick.view = None
        quick.done.set()
        self._first_read.emit(generation, quick.view)
        # The GUI thread paints the rows first; the imports below would compete with it for the GIL.
        release.wait(FIRST_FRAME_WAIT_MS / 1000 * 4)
        try:
            opened = open_in_background(self.url, self.schema_name)
        except BaseException as exc:  # shown by the GUI thread
            exc.__annotator_trace__ = traceback.format_exc()  # type: ignore[attr-defined]
            self._open_failed.emit(exc)
        else:
            self._opened.emit(opened)

    def _build_window(self, opened: Opened) -> None:
        from annotator.ui.main_window import MainWindow  # noqa: PLC0415  (imported by the worker)

        picked = self.shell.picked_article if self.shell is not None else None
        if picked is not None and self.restore_last:
            # The window opens the article the analyst last chose, as on any start.
            window_settings().setValue("last_article", picked)
        try:
            window = MainWindow(
                opened.db, opened.schema, self.analyst, model_name=self.model, safety_checks=True,
                first_page=opened.first_page, first_article=picked, **self.window_kwargs,
            )
        except Exception as exc:  # a database error while reading the first rows: say so
            opened.db.dispose()
            self._on_failed(exc)
            return
        window.reopen_requested.connect(self._reopen)
        shell = self.shell
        if shell is not None:
            window.setGeometry(shell.geometry())
            self._carry_over(shell, window)
        window.show()
        if shell is not None:
            shell.close()
            shell.deleteLater()
            self.shell = None
        self.window = window
        self.window_ready.emit(window)

    def _carry_over(self, shell: StartupShell, window: MainWindow) -> None:
        """The window takes over what the shell shows, before it is shown itself: the article's
        text and header (the window's own load of it, with its events, follows in a few ms; its
        pane would otherwise flash empty), and the list's scrolling (queued, after the window's
        own first article; the article chosen in the shell the window opens itself)."""
        if shell.article is not None and shell.header is not None:
            window.text_view.set_article_text(shell.article.text)
            window.article_header.setText(shell.header.text())
            window.article_header.setToolTip(shell.header.toolTip())
        # The window opens the chosen article itself (``first_article``, see _build_window).
        scrolled = shell.table.verticalScrollBar().value() if shell.table is not None else 0
        if scrolled:
            QTimer.singleShot(0, lambda: window.list_pane.table.verticalScrollBar().setValue(scrolled))

    damaged_box: QMessageBox | None = None

    def _on_failed(self, exc: BaseException) -> None:
        from annotator.db.engine import DamagedDatabaseError, DatabaseError  # noqa: PLC0415
        from annotator.schema import SchemaError  # noqa: PLC0415

        if isinstance(exc, DamagedDatabaseError):
            report = exc.report
            if self.shell is not None:
                self.shell.show_failure(report.message())
            self.damaged_box = ask_restore(
                self.shell, report, lambda: self._restore(report),
                lambda: self.failed.emit("Annotator — database", ""),  # quit: already told
            )
            return
        if isinstance(exc, SchemaError):
            title = "Annotator — schema"
        elif isinstance(exc, DatabaseError):
            title = "Annotator — database"
        else:
            title = "Annotator — cannot start"
        if self.shell is not None:
            self.shell.show_failure(str(exc))
        self.failed.emit(title, str(exc))

    def _restore(self, report: Any) -> None:
        """Nothing has the file open (opening failed): replace it with its latest backup, reopen."""
        from annotator.safety.backup import BackupError, restore  # noqa: PLC0415

        try:
            restore(report.path, report.backups[0].path)
        except (BackupError, OSError) as exc:
            self.failed.emit("Annotator — restore failed", f"Could not restore {report.path}: {exc}")
            return
        old = self.shell
        self.start()
        if old is not None:
            old.close()
            old.deleteLater()

    def _reopen(self) -> None:
        old = self.window
        self.window = None
        if old is not None:
            old.deleteLater()
        self.start()
