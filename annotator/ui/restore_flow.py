"""The window's safety flow: the check on open in a worker, and restoring the latest backup.

The check is :func:`annotator.safety.on_open` (the CLI runs the same one before it opens a file).
A damaged file is named in the banner and a dialog offers its latest backup; restoring closes the
database, replaces the file and asks the launcher to open the window again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox

from annotator.safety.backup import BackupError, restore
from annotator.safety.integrity import IntegrityReport
from annotator.safety.on_open import OpenCheck, on_open
from annotator.ui.startup import ask_restore
from annotator.ui.workers import run_task

if TYPE_CHECKING:
    from annotator.ui.main_window import MainWindow


class SafetyFlow:
    """Runs the check for a window and offers the restore; keeps what it found for the tests."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.result: OpenCheck | None = None
        self.damaged_box: QMessageBox | None = None

    def run_checks(self) -> None:
        """Integrity check and the automatic backup, in a worker: on a large database they take
        seconds, and the analyst should not wait for a check that almost always passes."""
        window, url = self.window, self.window.db.url
        if window.db.path is None:
            return
        gate = window.db_thread.gate
        gate.hold()  # nothing is committed before the check has passed (reads go on)

        def done(result: OpenCheck) -> None:
            if not result.ok and result.report is not None:
                gate.refuse(result.report.message())
            else:
                gate.allow()
            if window.closing:
                return
            if not result.ok and result.report is not None:
                window.show_error(result.report.message())
                self.offer_restore(result.report)
            elif result.warning:
                window.statusBar().showMessage(f"Warning: {result.warning}", 10000)
            elif result.backup is not None:
                window.statusBar().showMessage(f"Database checked; backup saved to {result.backup}", 6000)
            self.result = result

        def failed(exc: BaseException) -> None:
            gate.allow()  # the check could not run (not a damaged file): as before it existed
            window.statusBar().showMessage(f"Integrity check failed to run: {exc}", 10000)

        run_task(lambda _report: on_open(url), done, failed)

    def offer_restore(self, report: IntegrityReport) -> QMessageBox:
        """The file failed its integrity check: name it and offer its latest backup (or quit)."""
        window = self.window
        self.damaged_box = ask_restore(window, report, lambda: self.restore_latest_backup(report), window.close)
        return self.damaged_box

    def restore_latest_backup(self, report: IntegrityReport) -> bool:
        """Close the database, replace the file with its latest backup, ask to be reopened."""
        window = self.window
        path = window.db.path
        if path is None or not report.backups:
            return False
        window.editor.finish()
        window.closing = True
        window.db_thread.stop()
        window.db.dispose()
        try:
            restore(path, report.backups[0].path)
        except (BackupError, OSError) as exc:
            QMessageBox.critical(window, "Annotator — restore failed", f"Could not restore {path}: {exc}")
            window.close()
            return False
        # Reopen first, so the application always has a window (closing the last one quits).
        window.reopen_requested.emit()
        window.close()
        return True
