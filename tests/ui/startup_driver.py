"""Starts the window the way ``annotator gui`` does and reports what was on screen, as JSON.

``python tests/ui/startup_driver.py DB``: an import hook notes, when SQLAlchemy or SQLModel is
first imported, whether the shell had already painted its first rows and text; the shell's view
is recorded when it paints, the window's once its first article is shown. Run in a process of
its own because the test process has the ORM imported long before.
"""

from __future__ import annotations

import json
import os
import sys
from importlib.abc import MetaPathFinder
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["ANNOTATOR_NO_SUGGEST"] = "1"

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from annotator.ui import startup  # noqa: E402

ORM = ("sqlalchemy", "sqlmodel")


def table(model: Any, view: Any, rows: int) -> dict[str, Any]:
    """Every cell of the first ``rows`` rows in every role the list uses, headers, selection."""
    from PySide6.QtCore import Qt  # noqa: PLC0415

    roles = {
        "display": Qt.ItemDataRole.DisplayRole, "tooltip": Qt.ItemDataRole.ToolTipRole,
        "alignment": Qt.ItemDataRole.TextAlignmentRole, "foreground": Qt.ItemDataRole.ForegroundRole,
        "user": Qt.ItemDataRole.UserRole,
    }

    def plain(value: Any) -> Any:
        return value.name() if hasattr(value, "name") and callable(value.name) else value

    cells = [
        [{name: plain(model.data(model.index(r, c), role)) for name, role in roles.items()}
         for c in range(model.columnCount())]
        for r in range(rows)
    ]
    headers = [model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
               for c in range(model.columnCount())]
    selected = [i.row() for i in view.selectionModel().selectedRows()]
    return {"cells": cells, "headers": headers, "selected": selected}


def main() -> int:
    app = QApplication(sys.argv[:1])
    # Under test: the order (rows painted, then the ORM imported), not the safety valve for a
    # shell that never paints, which a slow test machine might otherwise reach first.
    startup.FIRST_FRAME_WAIT_MS = 60_000
    report: dict[str, Any] = {}
    launcher = startup.Launcher(sys.argv[1], "acled", "tester", suggestions=False)

    class NoteOrmImport(MetaPathFinder):
        def find_spec(self, name: str, path: Any = None, target: Any = None) -> None:
            if name in ORM and "painted_before_orm" not in report:
                shell = launcher.shell
                report["painted_before_orm"] = bool(shell is not None and shell.first_view_shown)
            return None  # the usual finders import it

    sys.meta_path.insert(0, NoteOrmImport())
    shell = launcher.start()

    def shell_painted() -> None:
        assert shell.table is not None and shell.text is not None and shell.header is not None
        rows = shell.table.model().rowCount()
        report["shell"] = {
            "count": shell.count_label.text(), **table(shell.table.model(), shell.table, rows),
            "text": shell.text.toPlainText(), "header": shell.header.text(), "title": shell.header.toolTip(),
        }

    def window_shown() -> None:
        window = launcher.window
        if window is None or window.editor.article is None or window.db_thread.pending:
            return
        rows = len(report.get("shell", {}).get("cells", []))
        pane = window.list_pane
        report["window"] = {
            "count": pane.count_label.text(), **table(pane.model, pane.table, rows),
            "text": window.text_view.toPlainText(), "header": window.article_header.text(),
            "title": window.article_header.toolTip(),
        }
        window.close()
        app.quit()

    shell.first_view_painted.connect(shell_painted)
    poll = QTimer()
    poll.timeout.connect(window_shown)
    poll.start(20)
    QTimer.singleShot(60_000, app.quit)
    app.exec()
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
