"""Menus, title, status bar, blind mode, import, other helpers' dialogs and the analyst prompt."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QKeySequence

from annotator.config import SavedSettings
from annotator.db import repo
from annotator.interchange import EventRecord
from annotator.ui.shortcuts import ShortcutsDialog, shortcut_rows


def test_title_and_status_bar_name_database_and_analyst(qtbot, make_window, db) -> None:
    window = make_window()
    title = window.windowTitle()
    assert title.startswith("Annotator")
    assert db.describe() in title and "tester" in title
    assert window.analyst_label.text() == "Analyst: tester"
    qtbot.waitUntil(lambda: window.progress_label.text() == "0 of 6 articles done")


def test_shortcuts_dialog_lists_every_bound_key(qtbot, make_window) -> None:
    window = make_window()
    dialog = ShortcutsDialog(window.actions(), window.schema, window)
    qtbot.addWidget(dialog)
    listed = {dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())}
    for action in window.actions():
        for seq in action.shortcuts():
            key = seq.toString(QKeySequence.SequenceFormat.NativeText)
            assert any(key in row.split(" / ") for row in listed), key
    for spec in window.schema.span_fields():
        if spec.shortcut:
            assert str(spec.shortcut) in listed
    assert len(shortcut_rows(window.actions(), window.schema)) == dialog.table.rowCount()


def test_blind_mode_hides_other_analysts_events(qtbot, make_window, db) -> None:
    window = make_window()
    article = window.editor.article.id
    with db.session() as session:
        repo.add_event(session, article, EventRecord(values={"event_type": "Riots"}, annotator="bea"), annotator="bea")
        session.commit()
    window.editor.reload()
    qtbot.waitUntil(lambda: len(window.editor.states) == 1)
    other = window.editor.states[0]
    assert not other.own and window.form.status_label.text().startswith("bea's event")
    assert not window.form.editors["event_type"].isEnabled()  # read only

    window.act_blind.trigger()
    qtbot.waitUntil(lambda: window.editor.states == [] and window.editor.article is not None)
    assert window.settings.value("blind_mode", type=bool)


def test_import_menu_runs_in_a_worker_and_refreshes_the_list(qtbot, make_window, tmp_path: Path) -> None:
    window = make_window()
    source = tmp_path / "more.jsonl"
    source.write_text(
        json.dumps({"id": "x1", "title": "Imported article", "text": "Brand new words about Gao."}) + "\n",
        encoding="utf-8",
    )
    window.import_paths([str(source)])
    qtbot.waitUntil(lambda: window.list_pane.model.total == 7, timeout=10_000)
    assert "1 imported" in window.statusBar().currentMessage()


class FakeAgreement(QObject):
    open_article = Signal(int)
    made: list = []

    def __init__(self, db, schema, parent) -> None:
        super().__init__(parent)
        FakeAgreement.made.append((db, schema, parent))

    def setModal(self, modal: bool) -> None:  # noqa: N802 (Qt API)
        self.modal = modal

    def show(self) -> None:  # the window shows the report non-modally
        self.open_article.emit(self.target)

    def close(self) -> None:
        pass


def test_review_menu_dialogs_get_the_window_context(qtbot, make_window, db, monkeypatch) -> None:
    import annotator.ui.agreement_view as agreement_view
    import annotator.ui.export_dialog as export_dialog
    import annotator.ui.review_view as review_view

    window = make_window()
    assert window.act_export.isEnabled() and window.act_review.isEnabled() and window.act_agreement.isEnabled()
    opened = []
    monkeypatch.setattr(
        review_view, "ReviewDialog",
        lambda db_, schema, article_id, reviewer, parent: opened.append(("review", article_id, reviewer))
        or type("D", (), {"exec": lambda self: 0})(),
    )
    monkeypatch.setattr(
        export_dialog, "ExportDialog",
        lambda db_, schema, parent: opened.append(("export", db_ is db)) or type("D", (), {"exec": lambda self: 0})(),
    )
    window.act_review.trigger()
    window.act_export.trigger()
    assert opened == [("review", window.editor.article.id, "tester"), ("export", True)]

    target = window.list_pane.model.article_id(3)
    FakeAgreement.target = target
    monkeypatch.setattr(agreement_view, "AgreementDialog", FakeAgreement)
    window.act_agreement.trigger()
    qtbot.waitUntil(lambda: window.editor.article.id == target)


def test_first_start_asks_for_the_analyst_and_remembers(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    from annotator.ui import app

    monkeypatch.delenv("ANNOTATOR_ANALYST", raising=False)
    asked = []

    def get_text(*args, **kwargs):
        asked.append(kwargs.get("text"))
        return "  Ana Analyst ", True

    monkeypatch.setattr(app.QInputDialog, "getText", get_text)
    assert app.ask_analyst(None) == "Ana Analyst"
    assert asked and asked[0]  # prefilled with the login name
    assert SavedSettings.load().analyst == "Ana Analyst"
    # Next start: no question.
    asked.clear()
    assert app.ask_analyst(None) == "Ana Analyst"
    assert asked == []
    assert app.ask_analyst("Bob") == "Bob"


def test_integrity_check_and_backup_run_after_the_window_shows(qtbot, make_window, db) -> None:
    window = make_window(safety_checks=True)
    qtbot.waitUntil(lambda: window.safety_result is not None, timeout=20_000)
    report, backup, warning = window.safety_result
    assert report.ok and warning is None
    assert backup is not None and backup.exists()  # the first open of the day takes a backup
    assert not window.banner.isVisible()


def test_app_start_opens_the_database_and_window(qtbot, monkeypatch, tmp_path: Path, acled) -> None:
    from annotator.ui.app import open_window

    db, window = open_window(str(tmp_path / "fresh.sqlite3"), acled, "tester", "", suggestions=False)
    qtbot.addWidget(window)
    try:
        window.show()
        # An empty database opens on the demo corpus, imported in a worker.
        qtbot.waitUntil(lambda: window.editor.article is not None, timeout=15_000)
        assert window.list_pane.model.total == 6
        window.close()
    finally:
        db.dispose()


def test_the_form_follows_another_schema(qtbot, db) -> None:
    from PySide6.QtCore import Qt

    from annotator.schema import load_schema
    from annotator.ui.main_window import MainWindow

    plover = load_schema("plover")
    window = MainWindow(db, plover, "tester", suggestions=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.editor.article is not None, timeout=15_000)
    assert set(window.form.editors) >= {"event", "mode", "actor", "recipient", "dead"}
    assert "actor1" not in window.form.editors
    text = window.editor.article.text
    start = text.index("Kessa") if "Kessa" in text else 0
    window.text_view.select_offsets(start, start + 5)
    qtbot.keyClick(window.text_view, Qt.Key.Key_4)  # location in PLOVER
    state = window.editor.current
    assert [(s.field, s.start) for s in state.evidence] == [("location", start)]
    assert state.values["location"] == text[start : start + 5]
    window.editor.set_field(state, "actor", "Police Forces")
    assert "Police Forces" in window.events_panel.list.item(0).text()
    window.close()


def test_unexpected_errors_become_a_message(qtbot, monkeypatch) -> None:
    import sys

    from PySide6.QtWidgets import QMessageBox

    from annotator.ui import app

    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: shown.append(a[2]))
    monkeypatch.setattr(sys, "excepthook", lambda *a: None)
    app.show_unexpected_errors(None)
    try:
        raise ValueError("boom")
    except ValueError as exc:
        sys.excepthook(ValueError, exc, exc.__traceback__)
    assert shown and "ValueError: boom" in shown[0] and "Traceback" not in shown[0]


def test_gui_entry_point_goes_straight_to_the_window(monkeypatch) -> None:
    from annotator.ui import app

    calls = []
    monkeypatch.setattr(app, "run", lambda args: calls.append(vars(args)) or 0)
    assert app.main(["--db", "team.sqlite3", "--schema", "plover"]) == 0
    assert calls == [{"db": "team.sqlite3", "analyst": None, "schema": "plover", "model": None}]


def test_the_events_list_shows_seven_events_before_it_scrolls(qtbot, make_window) -> None:
    """A first start gives the events list room for a team's events, not four rows."""
    from annotator.ui.window_layout import EVENT_ROWS_SHOWN

    window = make_window()
    events = window.events_panel.list
    events.addItem("1. Battles / Armed clash — Military Forces")  # a row to measure
    try:
        qtbot.waitUntil(lambda: events.sizeHintForRow(0) > 0)
        assert events.viewport().height() >= EVENT_ROWS_SHOWN * events.sizeHintForRow(0)
    finally:
        events.takeItem(events.count() - 1)


def test_another_analysts_fields_look_read_only(qtbot, make_window, db) -> None:
    """Their text fields refuse typing, so they are greyed like the disabled lists beside them."""
    window = make_window()
    actor = window.form.editors["actor1"]

    def background() -> tuple[int, int, int]:
        actor.repaint()
        colour = actor.grab().toImage().pixelColor(actor.width() - 6, actor.height() // 2)
        return colour.red(), colour.green(), colour.blue()

    window.act_new.trigger()
    qtbot.waitUntil(lambda: window.editor.current is not None and window.editor.current.own)
    own = background()
    article = window.editor.article.id
    with db.session() as session:
        repo.add_event(session, article, EventRecord(values={"actor1": "Army"}, annotator="bea"), annotator="bea")
        session.commit()
    window.editor.reload()
    qtbot.waitUntil(lambda: any(not s.own for s in window.editor.states))
    window.editor.select(next(s for s in window.editor.states if not s.own))
    qtbot.waitUntil(lambda: actor.isReadOnly())
    assert background() != own
