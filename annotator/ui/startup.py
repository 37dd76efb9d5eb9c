"""Starting the window: a shell on screen at once, the database opened in a worker thread.

Importing the database layer (SQLAlchemy, SQLModel, the repository and the window's modules)
takes about a second, longer than Qt itself. So the GUI thread imports only Qt and
``annotator.config``, shows :class:`StartupShell` (the window's frame with "Opening database…"
and a busy bar, at the window's saved size and place) and a worker thread imports the rest,
loads the schema, opens the database (without the whole-file integrity check, which the window
runs in a worker after showing) and reads the article count and first page, so the SQLite pages
the list needs are cached. Its result comes back by a queued signal; the GUI thread then builds
the :class:`~annotator.ui.main_window.MainWindow` in the shell's place.

This module must stay cheap to import: no SQLAlchemy, no annotator.db at module level, and not
even ``PySide6.QtCore.Qt`` (building that namespace's enums takes ~40 ms). The worker starts once
the shell has painted, so its imports do not compete with the first frame for the GIL.
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

if TYPE_CHECKING:
    from annotator.db.engine import Database
    from annotator.schema import Schema
    from annotator.ui.main_window import MainWindow

SETTINGS_FILE = "window.ini"
FIRST_FRAME_WAIT_MS = 250
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
    """The window's frame while the database opens: same menus, size and place, a busy list."""

    painted = Signal()  # once, after the first frame

    def __init__(self, url: str, analyst: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"Annotator — {describe_url(url)} — {analyst}")
        for title in MENU_TITLES:
            self.menuBar().addMenu(title).setEnabled(False)
        list_pane = QWidget(self)
        search = QLineEdit(list_pane)
        search.setPlaceholderText("Search articles (Ctrl+F)")
        search.setEnabled(False)
        self.message = QLabel("Opening database…", list_pane)
        self.message.setObjectName("openingDatabase")
        self.busy = QProgressBar(list_pane)
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(14)
        layout = QVBoxLayout(list_pane)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(search)
        layout.addStretch(1)
        centred = QHBoxLayout()  # stretches either side: Qt.AlignmentFlag would cost its import
        centred.addStretch(1)
        centred.addWidget(self.message)
        centred.addStretch(1)
        layout.addLayout(centred)
        layout.addWidget(self.busy)
        layout.addStretch(2)
        # The window's three panes in its default proportions. A layout, not a QSplitter: the
        # splitter's first use builds the Qt enums (~30 ms), more than the whole shell otherwise.
        central = QWidget(self)
        panes = QHBoxLayout(central)
        panes.setContentsMargins(4, 4, 4, 0)
        panes.addWidget(list_pane, 450)
        panes.addWidget(QWidget(central), 530)
        panes.addWidget(QWidget(central), 460)
        self.setCentralWidget(central)
        settings = window_settings()
        self.statusBar().showMessage(f"Opening {describe_url(url)}…")
        geometry = settings.value("geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)

    _painted = False

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.painted.emit()

    def show_failure(self, text: str) -> None:
        self.busy.hide()
        self.message.setText(text)


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


@dataclass
class Opened:
    """What the worker hands to the GUI thread."""

    db: Database
    schema: Schema


def open_in_background(url: str, schema_name: str | None) -> Opened:
    """Runs in the worker thread: the heavy imports, the schema, the database, its first page."""
    from annotator.db import repo  # noqa: PLC0415
    from annotator.db.engine import open_database  # noqa: PLC0415
    from annotator.schema import load_schema  # noqa: PLC0415
    from annotator.ui import main_window  # noqa: F401, PLC0415  (its modules import SQLAlchemy)
    from annotator.ui.article_list import PAGE_SIZE  # noqa: PLC0415

    schema = load_schema(schema_name)
    try:
        db = open_database(url)
        try:
            with db.session() as session:
                repo.count_filtered_articles(session)
                repo.list_articles(session, offset=0, limit=PAGE_SIZE)
        except Exception:
            db.dispose()
            raise
    except Exception as exc:
        _raise_if_damaged(url, exc)
        raise
    return Opened(db, schema)


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

    def __init__(
        self, url: str, schema_name: str | None, analyst: str, model: str = "",
        parent: QObject | None = None, **window_kwargs: Any,
    ) -> None:
        super().__init__(parent)
        self.url, self.schema_name, self.analyst, self.model = url, schema_name, analyst, model
        self.window_kwargs = window_kwargs
        self.shell: StartupShell | None = None
        self.window: MainWindow | None = None
        # Emitted by the worker thread: Qt queues them to this (GUI-thread) object.
        self._opened.connect(self._build_window)
        self._open_failed.connect(self._on_failed)

    def start(self) -> StartupShell:
        self.shell = StartupShell(self.url, self.analyst)
        started = [False]

        def start_worker() -> None:
            if not started[0]:
                started[0] = True
                threading.Thread(target=self._work, name="annotator-open", daemon=True).start()

        # After the first frame (or soon anyway, should the shell never paint: minimised).
        self.shell.painted.connect(lambda: QTimer.singleShot(0, start_worker))
        QTimer.singleShot(FIRST_FRAME_WAIT_MS, start_worker)
        self.shell.show()
        return self.shell

    def _work(self) -> None:
        try:
            opened = open_in_background(self.url, self.schema_name)
        except BaseException as exc:  # shown by the GUI thread
            exc.__annotator_trace__ = traceback.format_exc()  # type: ignore[attr-defined]
            self._open_failed.emit(exc)
        else:
            self._opened.emit(opened)

    def _build_window(self, opened: Opened) -> None:
        from annotator.ui.main_window import MainWindow  # noqa: PLC0415  (imported by the worker)

        try:
            window = MainWindow(
                opened.db, opened.schema, self.analyst, model_name=self.model, safety_checks=True,
                **self.window_kwargs,
            )
        except Exception as exc:  # a database error while reading the first rows: say so
            opened.db.dispose()
            self._on_failed(exc)
            return
        window.reopen_requested.connect(self._reopen)
        shell = self.shell
        if shell is not None:
            window.setGeometry(shell.geometry())
        window.show()
        if shell is not None:
            shell.close()
            shell.deleteLater()
            self.shell = None
        self.window = window
        self.window_ready.emit(window)

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
