"""Start the Qt application: ask who the analyst is (once), open the database, show the window."""

from __future__ import annotations

import argparse
import signal
import sys
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox, QWidget

from annotator.config import (
    SavedSettings,
    analyst_is_configured,
    login_name,
    resolve_analyst,
    resolve_db_url,
    resolve_model,
    resolve_schema,
)

DESKTOP_FILE_NAME = "io.github.annotator.Annotator"

if TYPE_CHECKING:
    from annotator.db.engine import Database
    from annotator.schema import Schema
    from annotator.ui.main_window import MainWindow


def ask_analyst(explicit: str | None) -> str | None:
    """The analyst's name: given (flag, env, settings), or asked once and saved; None = cancelled."""
    if analyst_is_configured(explicit):
        return resolve_analyst(explicit)
    name, ok = QInputDialog.getText(
        None, "Annotator — who are you?",
        "Your name as an analyst (stored with every event you code):",
        text=login_name(),
    )
    if not ok or not name.strip():
        return None
    settings = SavedSettings.load()
    settings.analyst = name.strip()
    settings.save()
    return settings.analyst


def open_window(url: str, schema: Schema, analyst: str, model: str, **kwargs: Any) -> tuple[Database, MainWindow]:
    """Open the database and build the window, the way every start does (the benchmark too).

    The integrity check and the automatic backup read the whole file, which takes seconds on a
    large database: the window runs them in a worker right after it is shown.
    """
    from annotator.db.engine import open_database  # noqa: PLC0415
    from annotator.ui.main_window import MainWindow  # noqa: PLC0415

    db = open_database(url)
    window = MainWindow(db, schema, analyst, model_name=model, safety_checks=True, **kwargs)
    return db, window


def show_unexpected_errors(parent: QWidget | None = None) -> None:
    """An unexpected error in the window becomes a short message, not a traceback on screen.

    The details still go to stderr for bug reports; the window keeps running and the analyst's
    saved work is untouched (every edit is saved by the database thread on its own).
    """
    previous = sys.excepthook

    def hook(kind: type[BaseException], exc: BaseException, tb: Any) -> None:
        previous(kind, exc, tb)
        if issubclass(kind, KeyboardInterrupt):
            return
        QMessageBox.critical(
            parent, "Annotator — unexpected error",
            f"Something went wrong: {type(exc).__name__}: {exc}\n\nYour saved work is safe. "
            "Details were written to the terminal; please include them in a bug report.",
        )

    sys.excepthook = hook


def close_on_signals(window: QWidget) -> QTimer:
    """SIGTERM (logout, kill) and SIGINT (Ctrl+C in the terminal) close the window properly,
    so pending edits are saved as on File > Quit. Python only runs signal handlers between
    bytecodes, so a timer gives it a moment while Qt's loop is waiting."""

    def close(_signum: int, _frame: object) -> None:
        QTimer.singleShot(0, window.close)

    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, close)
    tick = QTimer(window)
    tick.timeout.connect(lambda: None)
    tick.start(250)
    return tick


def run(args: argparse.Namespace) -> int:
    """The window on screen first, the database opened behind it (see annotator.ui.startup)."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Annotator")
    app.setOrganizationName("annotator")
    # Matches the installed .desktop file, so Wayland docks show the right icon and name.
    app.setDesktopFileName(DESKTOP_FILE_NAME)
    try:
        from annotator.ui.about import app_icon  # noqa: PLC0415

        app.setWindowIcon(app_icon())
    except Exception:  # the icon is cosmetic
        pass

    analyst = ask_analyst(getattr(args, "analyst", None))
    if analyst is None:
        return 1
    from annotator.ui.startup import Launcher  # noqa: PLC0415

    launcher = Launcher(
        resolve_db_url(getattr(args, "db", None)), resolve_schema(getattr(args, "schema", None)),
        analyst, resolve_model(getattr(args, "model", None)),
    )
    opened: list[Database] = []
    first = [True]

    def ready(window: MainWindow) -> None:
        opened.append(window.db)
        close_on_signals(window)
        show_unexpected_errors(window)
        if not first[0]:
            return
        first[0] = False
        try:
            from annotator.ui.first_run import show_first_run_hint  # noqa: PLC0415
        except ImportError:
            pass
        else:
            show_first_run_hint(window)

    def failed(title: str, message: str) -> None:
        if message:
            QMessageBox.critical(launcher.shell, title, message)
        app.exit(2)

    launcher.window_ready.connect(ready)
    launcher.failed.connect(failed)
    launcher.start()
    code = app.exec()
    for db in opened:
        db.dispose()
    return code


def window_parser() -> argparse.ArgumentParser:
    """``annotator-gui``'s options: the global options of ``annotator`` that the window uses."""
    parser = argparse.ArgumentParser(prog="annotator-gui", description="Open the annotation window.")
    parser.add_argument("--db", metavar="PATH_OR_URL", help="database file or URL (default: as `annotator`)")
    parser.add_argument("--analyst", metavar="NAME", help="your name (asked once when not configured)")
    parser.add_argument("--schema", metavar="NAME_OR_FILE", help="event schema (acled, plover or a YAML file)")
    parser.add_argument("--model", metavar="NAME", help="spaCy pipeline for suggestions")
    return parser


def main(argv: list[str] | None = None) -> int:
    """The ``annotator-gui`` entry point: straight to the window (``annotator gui`` does the same)."""
    return run(window_parser().parse_args(sys.argv[1:] if argv is None else argv))
