"""Importing files from the window: pick them, run ``run_import`` in a pool worker, report back.

The window shows the progress and the summary; this module owns the worker and its throttling,
so the import runs the same core code as ``annotator import``.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from annotator.db.engine import Database
from annotator.schema import Schema
from annotator.ui.workers import run_task

FILE_TYPES = "Articles (*.jsonl *.ndjson *.txt *.csv *.html *.htm *.ann *.json);;All files (*)"
PROGRESS_EVERY_S = 0.2


def choose_import_files(parent: QWidget) -> list[str]:
    paths, _ = QFileDialog.getOpenFileNames(parent, "Import articles", str(Path.home()), FILE_TYPES)
    return paths


class ImportRunner(QObject):
    """Runs imports in the pool; ``progress`` says how far, ``finished``/``failed`` how it ended."""

    progress = Signal(str)
    finished = Signal(object, bool)  # ImportReport, whether it was the demo corpus
    failed = Signal(str)

    def __init__(self, db: Database, schema: Schema, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.schema = schema
        self.running = 0

    def run(self, paths: list[str], analyst: str, *, demo: bool = False) -> None:
        from annotator.importers import ImportOptions, run_import  # noqa: PLC0415 (on first use)

        db, schema = self.db, self.schema

        def work(report: Any) -> Any:
            last = [0.0]

            def progress(p: Any) -> None:
                now = time.monotonic()
                if now - last[0] > PROGRESS_EVERY_S:
                    last[0] = now
                    report(p)

            return run_import(db, paths, analyst=analyst, options=ImportOptions(schema=schema), progress=progress)

        def done(report: Any) -> None:
            self.running -= 1
            self.finished.emit(report, demo)

        def failed(exc: BaseException) -> None:
            self.running -= 1
            self.failed.emit(f"Import failed: {exc}")

        def on_progress(p: Any) -> None:
            self.progress.emit(f"Importing {Path(p.path).name}: {p.report.imported} imported…")

        self.running += 1
        run_task(work, done, failed, on_progress)
