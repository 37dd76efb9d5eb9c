"""The window on a real X11 display (Xvfb), pressing its keys the way an analyst does.

``python tests/x11_keys_driver.py DB`` opens the window on DB (the demo corpus when empty) with
Qt's xcb platform, so line edits get the Linux key scheme (Ctrl+E = end of line, Ctrl+U = delete
to line start) that Qt's offscreen platform does not have. It presses Ctrl+E in the search box
and Ctrl+U in a form field, through Qt's shortcut map as a real key press goes, and prints one
JSON line saying what each key did. ``tests/ui/test_window_keys.py`` runs it.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget


def wait_for(app: QApplication, done: Callable[[], bool], timeout: float = 15.0) -> bool:
    deadline = time.monotonic() + timeout
    while not done():
        if time.monotonic() > deadline:
            return False
        app.processEvents()
        time.sleep(0.01)
    return True


def focus(app: QApplication, widget: QWidget) -> bool:
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    return wait_for(app, widget.hasFocus, 5.0)


def main(db_path: str) -> int:
    app = QApplication([sys.argv[0]])
    from annotator.db.engine import open_database
    from annotator.schema import load_schema
    from annotator.ui.main_window import MainWindow

    db = open_database(db_path)
    window = MainWindow(db, load_schema("acled"), "tester", suggestions=False)
    window.show()
    window.activateWindow()
    ready = wait_for(app, lambda: window.editor.article is not None and window.isActiveWindow())
    result: dict[str, object] = {"platform": app.platformName(), "ready": ready}
    if ready:
        search = window.list_pane.search
        result["search_focused"] = focus(app, search)
        before = len(window.editor.states)
        QTest.keyClick(search, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
        result["ctrl_e_in_search_added"] = wait_for(app, lambda: len(window.editor.states) == before + 1, 5.0)

        actor = window.form.editors["actor1"]
        result["actor_focused"] = focus(app, actor)
        underlay = window.act_underlay.isChecked()
        QTest.keyClick(actor, Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier)
        app.processEvents()
        result["ctrl_u_in_field_toggled"] = window.act_underlay.isChecked() != underlay

        QTest.keyClicks(actor, "Army")
        QTest.keyClick(actor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)  # the field's own
        result["ctrl_a_selects_field_text"] = actor.selectedText() == "Army"
    window.close()
    db.dispose()
    print(json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
