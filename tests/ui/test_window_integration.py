"""The window with the other areas: agreement report jumps, database warnings, the desktop name."""

from __future__ import annotations

import argparse
import signal
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from annotator.db.engine import open_database


def test_agreement_report_jump_selects_the_article_and_offers_review(qtbot, make_window, monkeypatch) -> None:
    import annotator.ui.review_view as review_view

    window = make_window()
    window.act_agreement.trigger()
    dialog = window.agreement_dialog
    assert dialog is not None and dialog.isVisible() and not dialog.isModal()
    target = window.list_pane.model.article_id(4)
    assert target is not None and target != window.editor.article.id
    dialog.open_article.emit(target)
    qtbot.waitUntil(lambda: window.editor.article.id == target)
    current = window.list_pane.table.currentIndex()
    assert window.list_pane.model.article_id(current.row()) == target
    assert dialog.isVisible()  # the report stays open for the next jump
    assert window.review_offer.isVisible() and str(target) in window.review_offer.text()
    reviewed = []
    monkeypatch.setattr(
        review_view, "ReviewDialog",
        lambda db_, schema, article_id, reviewer, parent: reviewed.append(article_id)
        or type("D", (), {"exec": lambda self: 0})(),
    )
    window.review_offer.click()
    assert reviewed == [target] and not window.review_offer.isVisible()
    dialog.close()


def test_database_warnings_show_in_the_status_bar(qtbot, make_window, db) -> None:
    db.warnings.append("automatic backup failed: no space left on device")
    window = make_window(load_demo_if_empty=False, wait_article=False)
    qtbot.waitUntil(lambda: "no space left" in window.statusBar().currentMessage())
    assert "automatic backup failed" in window.statusBar().currentMessage()


def test_gui_command_sets_the_desktop_name_and_opens_the_window(qtbot, tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    from annotator.ui import app as app_module
    from annotator.ui.main_window import MainWindow

    open_database(str(tmp_path / "gui.sqlite3")).dispose()
    # run() installs process-wide handlers for the real app; give them back after the test.
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    saved = {sig: signal.getsignal(sig) for sig in (signal.SIGTERM, signal.SIGINT)}
    monkeypatch.setattr(QApplication, "exec", lambda self: 0)
    args = argparse.Namespace(db=str(tmp_path / "gui.sqlite3"), analyst=None, schema=None, model=None)
    try:
        assert app_module.run(args) == 0
        assert QApplication.instance().desktopFileName() == "io.github.annotator.Annotator"

        def shown() -> list[MainWindow]:
            return [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]

        qtbot.waitUntil(lambda: len(shown()) == 1, timeout=30000)
        window = shown()[0]
        qtbot.waitUntil(lambda: window.editor.article is not None, timeout=30000)  # the demo corpus
        window.close()
    finally:
        for sig, handler in saved.items():
            signal.signal(sig, handler)
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible():
                widget.close()
