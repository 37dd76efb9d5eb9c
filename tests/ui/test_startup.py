"""Start-up: the shell is on screen before the database layer is even imported; the database
opens in a worker; a damaged file offers its latest backup, restores it and reopens."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from dbdamage import damage_middle, make_db
from PySide6.QtWidgets import QApplication, QMessageBox

from annotator.db import repo
from annotator.db.engine import open_database
from annotator.safety.backup import create_backup
from annotator.safety.integrity import check_database


def _close(*windows: object) -> None:
    for window in windows:
        if window is not None and window.isVisible():  # type: ignore[attr-defined]
            window.close()  # type: ignore[attr-defined]


def test_gui_thread_modules_do_not_import_the_database_layer() -> None:
    # What `annotator gui` imports before the shell is shown: Qt and annotator.config only.
    probe = (
        "import sys, annotator.cli.main, annotator.ui.app, annotator.ui.startup; "
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'sqlalchemy', 'sqlmodel', 'alembic'}))"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_annotator_command_opens_the_window_without_the_commands(monkeypatch) -> None:
    from annotator.cli import main as cli
    from annotator.ui import app

    calls = []
    monkeypatch.setattr(app, "run", lambda args: calls.append(vars(args)) or 0)
    assert cli.main(["--db", "team.sqlite3", "--analyst", "ana", "gui"]) == 0
    assert cli.main([]) == 0
    assert [c["db"] for c in calls] == ["team.sqlite3", None] and calls[0]["analyst"] == "ana"
    assert cli.window_args(["--db", "x", "stats"]) is None and cli.window_args(["gui", "--help"]) is None


def test_shell_shows_the_first_rows_and_article_then_the_window_the_same(qtbot, db_path: Path, monkeypatch) -> None:
    from annotator.ui import startup
    from annotator.ui.startup import Launcher

    monkeypatch.setattr(startup, "FIRST_READ_WAIT_MS", 30_000)  # in time even on a busy machine
    make_db(db_path, 5)
    launcher = Launcher(str(db_path), "acled", "tester", suggestions=False, restore_last=False)
    shell = launcher.start()
    qtbot.addWidget(shell)
    # Read with plain sqlite3 while the shell was built: in its very first frame.
    assert shell.isVisible() and not shell.placeholder.isVisible() and shell.table is not None
    assert shell.table.model().rowCount() == 5 and shell.count_label.text() == "5 articles"
    assert shell.text is not None and shell.text.toPlainText().startswith("Article number 0 ")
    assert str(db_path) in shell.windowTitle()
    with qtbot.waitSignal(launcher.window_ready, timeout=30000) as ready:
        pass
    window = ready.args[0]
    try:
        assert window is launcher.window and window.isVisible() and not shell.isVisible()
        assert window.list_pane.model.rowCount() == 5
        assert window.text_view.toPlainText().startswith("Article number 0 ")  # no empty pane meanwhile
        qtbot.waitUntil(lambda: window.editor.article is not None, timeout=15000)
        assert window.editor.article.title == "Article 0"
    finally:
        _close(window)


@pytest.mark.parametrize("restore_last", [True, False])
def test_article_chosen_in_the_shell_is_shown_and_the_window_opens_it(
    qtbot, db_path: Path, monkeypatch, restore_last: bool,
) -> None:
    from annotator.ui import startup

    monkeypatch.setattr(startup, "FIRST_READ_WAIT_MS", 30_000)
    make_db(db_path, 5)
    launcher = startup.Launcher(str(db_path), "acled", "tester", suggestions=False, restore_last=restore_last)
    shell = launcher.start()
    qtbot.addWidget(shell)
    assert shell.table is not None and shell.text is not None
    shell.table.selectRow(2)  # before the window is ready: the list already answers
    assert shell.text.toPlainText().startswith("Article number 2 ") and shell.picked_article == 3
    with qtbot.waitSignal(launcher.window_ready, timeout=30000) as ready:
        pass
    window = ready.args[0]
    shown: list[int] = []
    window.article_shown.connect(shown.append)
    try:
        # Shown with the shell's text already in place: no empty pane while it loads its own.
        assert window.text_view.toPlainText() == shell.text.toPlainText()
        qtbot.waitUntil(lambda: window.editor.article is not None and window.editor.article.id == 3, timeout=15000)
        assert window.text_view.toPlainText().startswith("Article number 2 ")
        assert window.list_pane.table.currentIndex().row() == 2
        if restore_last:  # it goes straight to the chosen article (saved as the last one)
            assert shown == [3]
    finally:
        _close(window)


def test_rows_and_text_painted_before_the_orm_is_imported_then_the_window_shows_the_same(
    db_path: Path, isolated_dirs: Path,
) -> None:
    from test_quickread import make_varied_db

    from annotator.ui.startup import window_settings

    make_varied_db(db_path)
    settings = window_settings()
    settings.setValue("last_article", 4)  # the window reopens the article it showed last
    settings.sync()
    driver = Path(__file__).with_name("startup_driver.py")
    out = subprocess.run(
        [sys.executable, str(driver), str(db_path)], capture_output=True, text=True, check=True, timeout=120,
    ).stdout
    report = json.loads(out.splitlines()[-1])
    # The import hook notes, at the ORM's first import, whether the rows and text were painted
    # (first_view_shown is set as they are). A snapshot of sys.modules taken in a slot of the
    # same "painted" signal would race the worker, which that signal releases to import the ORM.
    assert report["painted_before_orm"] is True
    shell, window = report["shell"], report["window"]
    assert len(shell["cells"]) == 12 and shell["count"] == "12 articles" and shell["selected"] == [3]
    assert shell["cells"][3][0]["display"] == "(untitled #4)" and shell["text"].startswith("Text of article 3.")
    assert {c[3]["display"] for c in shell["cells"]} == {"new", "in progress", "done"}
    assert shell == window


def test_database_needing_migration_shows_the_frame_then_migrates(qtbot, tmp_path: Path) -> None:
    from annotator.db.engine import LATEST_REVISION
    from annotator.ui.startup import Launcher

    old = tmp_path / "old.sqlite3"
    shutil.copyfile(Path(__file__).parent.parent / "data" / "db_v0001.sqlite3", old)
    launcher = Launcher(str(old), "acled", "tester", suggestions=False, restore_last=False,
                        load_demo_if_empty=False)
    shell = launcher.start()
    qtbot.addWidget(shell)
    # No quick read of a file the window must migrate first: the frame says it is opening.
    assert shell.isVisible() and shell.message.text() == "Opening database…" and shell.busy.isVisible()
    assert shell.table is None
    with qtbot.waitSignal(launcher.window_ready, timeout=30000) as ready:
        pass
    window = ready.args[0]
    try:
        assert shell.first_view is None
        with sqlite3.connect(old) as conn:
            assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [(LATEST_REVISION,)]
        assert window.list_pane.model.rowCount() > 0
    finally:
        _close(window)


def test_unopenable_database_reports_instead_of_a_window(qtbot, tmp_path: Path) -> None:
    from annotator.ui.startup import Launcher

    launcher = Launcher(str(tmp_path / "no-such-dir-file"), "no-such-schema", "tester", suggestions=False)
    shell = launcher.start()
    qtbot.addWidget(shell)
    with qtbot.waitSignal(launcher.failed, timeout=30000) as failed:
        pass
    assert failed.args[0] == "Annotator — schema" and "no-such-schema" in failed.args[1]
    assert launcher.window is None and not shell.busy.isVisible()


def _damaged_box() -> QMessageBox | None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox) and widget.objectName() == "damagedDatabase" and widget.isVisible():
            return widget
    return None


def test_damaged_database_offers_the_latest_backup_and_reopens(qtbot, db_path: Path) -> None:
    from annotator.ui.startup import Launcher

    make_db(db_path, 200)
    backup = create_backup(db_path)
    damage_middle(db_path)
    assert not check_database(str(db_path)).ok

    launcher = Launcher(str(db_path), "acled", "tester", suggestions=False, restore_last=False,
                        load_demo_if_empty=False)
    shell = launcher.start()
    qtbot.addWidget(shell)
    # Whether the damage stops the first page (the launcher asks) or only the window's integrity
    # check finds it (the window asks), the same dialog names the file and offers the backup.
    qtbot.waitUntil(lambda: _damaged_box() is not None, timeout=60000)
    box = _damaged_box()
    assert box is not None and str(db_path) in box.text() and backup.name in box.informativeText()
    first_window = launcher.window
    box.restore_button.click()  # type: ignore[attr-defined]

    qtbot.waitUntil(lambda: launcher.window is not None and launcher.window is not first_window, timeout=30000)
    window = launcher.window
    try:
        qtbot.waitUntil(lambda: window.safety_result is not None, timeout=60000)
        assert window.safety_result[0].ok
        assert check_database(str(db_path)).ok
        assert window.list_pane.model.total == 200
        assert _damaged_box() is None
    finally:
        _close(window, first_window)


def test_window_check_finds_damage_restores_and_asks_to_reopen(qtbot, make_window, db_path: Path) -> None:
    make_db(db_path, 200)
    backup = create_backup(db_path)
    database = open_database(str(db_path))
    window = make_window(database, load_demo_if_empty=False, restore_last=False)
    qtbot.waitUntil(lambda: window.db_thread.pending == 0)
    with sqlite3.connect(db_path) as conn:  # the window's writes so far into the file, WAL emptied
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    damage_middle(db_path)  # damaged under the open window: its background check finds it
    window.run_safety_checks()
    qtbot.waitUntil(lambda: window.damaged_box is not None and window.damaged_box.isVisible(), timeout=60000)
    box = window.damaged_box
    assert str(db_path) in box.text() and backup.name in box.informativeText()
    assert window.banner.isVisible()  # the problem stays on screen after the dialog too
    with qtbot.waitSignal(window.reopen_requested, timeout=30000):
        box.restore_button.click()
    assert not window.isVisible()
    assert check_database(str(db_path)).ok
    reopened = open_database(str(db_path))
    with reopened.session() as session:
        assert repo.count_articles(session) == 200
    reopened.dispose()


def test_shell_title_names_the_database_without_a_password() -> None:
    from annotator.ui.startup import describe_url

    assert describe_url("/home/ana/annotator.sqlite3") == "/home/ana/annotator.sqlite3"
    assert describe_url("sqlite:////home/ana/annotator.sqlite3") == "/home/ana/annotator.sqlite3"
    assert describe_url("postgresql://ana:s3cret@db.example.org:5432/team") == "postgresql://db.example.org:5432/team"


def test_damaged_database_quit_leaves_the_file_alone(qtbot, db_path: Path) -> None:
    from annotator.ui.startup import Launcher

    make_db(db_path, 200)
    create_backup(db_path)
    damage_middle(db_path)
    damaged = db_path.read_bytes()
    launcher = Launcher(str(db_path), "acled", "tester", suggestions=False, restore_last=False,
                        load_demo_if_empty=False)
    failures = []
    launcher.failed.connect(lambda title, message: failures.append((title, message)))
    qtbot.addWidget(launcher.start())
    qtbot.waitUntil(lambda: _damaged_box() is not None, timeout=60000)
    _damaged_box().quit_button.click()  # type: ignore[union-attr]
    if launcher.window is None:  # found while opening: the launcher gives up without a second box
        qtbot.waitUntil(lambda: bool(failures))
        assert failures == [("Annotator — database", "")]
    else:  # found by the window's check: the window closes
        qtbot.waitUntil(lambda: not launcher.window.isVisible())
    assert db_path.read_bytes() == damaged


def test_window_builds_its_actor_dictionary_without_spacy_or_the_gazetteer() -> None:
    # With suggestions off nothing in the window needs spaCy (importing it would cost ~0.8 s and
    # ~80 MB) nor the village-level gazetteer (~240 MB): the actor dictionary needs only the
    # country tables (benchmarks/startup.py prints the window's peak memory).
    probe = (
        "import sys; from annotator.nlp.normalise import ValueResolver; "
        "from annotator.nlp import gazetteer; "
        "names = ValueResolver({}).load_dictionary(); print(len(names) > 100, 'spacy' in sys.modules, "
        "gazetteer._gazetteer_cached.cache_info().currsize, 'Military Forces of Mali' in names)"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["True", "False", "0", "True"]


def test_shell_lists_and_text_are_set_up_as_the_windows(make_window) -> None:
    from annotator.ui import article_list, quick_view, startup

    assert startup.FIRST_PAGE_ROWS == article_list.PAGE_SIZE
    window = make_window()
    header = window.list_pane.table.horizontalHeader()
    assert [header.sectionSize(c) for c in range(5)] == list(quick_view.COLUMN_WIDTHS[:5])
    assert window.article_header.styleSheet() == quick_view.HEADER_STYLE
    table = quick_view.FirstPageTable([], window)
    assert table.verticalHeader().defaultSectionSize() == window.list_pane.table.verticalHeader().defaultSectionSize()
    assert table.alternatingRowColors() == window.list_pane.table.alternatingRowColors()


def test_postgresql_gets_the_frame_and_the_usual_open(qtbot) -> None:
    from annotator.ui.startup import Launcher

    # Nothing listens on port 1: the usual path reports it; there is no quick read to show.
    launcher = Launcher("postgresql://ana@127.0.0.1:1/team", "acled", "tester", suggestions=False)
    shell = launcher.start()
    qtbot.addWidget(shell)
    assert shell.message.text() == "Opening database…" and shell.table is None
    with qtbot.waitSignal(launcher.failed, timeout=30000) as failed:
        pass
    assert failed.args[0] == "Annotator — database" and "127.0.0.1" in failed.args[1]
    assert shell.first_view is None and launcher.window is None
