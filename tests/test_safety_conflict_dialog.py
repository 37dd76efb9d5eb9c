"""The conflict dialog shows both versions side by side and merges per-field choices."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QLabel

from annotator.db import repo
from annotator.db.engine import Database
from annotator.interchange import ArticleRecord, EventRecord
from annotator.ui import conflict_dialog as cd


def _conflict(db: Database) -> tuple[dict, repo.StoredEvent]:
    """A real ConflictError: two editors start from version 1, the other one saves first."""
    with db.session() as session:
        article, _ = repo.add_article(session, ArticleRecord(text="Two editors, one event."))
        event = repo.add_event(session, article.id or 0, EventRecord(
            values={"event_type": "Battles", "fatalities": 3, "actor1": "Army", "notes": "x"}, annotator="bea"))
        session.commit()
        repo.save_event(session, event.id, 1, values={**event.values, "fatalities": 5, "actor1": "Army of Mali"})
        session.commit()
    mine = {**event.values, "fatalities": 4, "notes": "my note", "actor2": "Rebels"}
    with db.session() as session, pytest.raises(repo.ConflictError) as caught:
        repo.save_event(session, event.id, 1, values=mine)
    assert caught.value.current is not None
    return mine, caught.value.current


def _cells(dialog: cd.ConflictDialog) -> list[tuple[str, str, str]]:
    t = dialog.table
    return [tuple(t.item(r, c).text() for c in range(3)) for r in range(t.rowCount())]


def test_shows_only_differing_fields_side_by_side(qtbot, db: Database) -> None:
    mine, theirs = _conflict(db)
    dialog = cd.ConflictDialog(None, mine, theirs)
    qtbot.addWidget(dialog)
    assert _cells(dialog) == [
        ("fatalities", "4", "5"),
        ("actor1", "Army", "Army of Mali"),
        ("notes", "my note", "x"),
        ("actor2", "Rebels", "(empty)"),
    ]
    texts = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "bea saved this event (now version 2)" in texts
    assert dialog.merged() == mine  # mine is preselected


def test_per_field_choice_merges(qtbot, db: Database) -> None:
    mine, theirs = _conflict(db)
    dialog = cd.ConflictDialog(None, mine, theirs)
    qtbot.addWidget(dialog)
    dialog.choose("fatalities", cd.THEIRS)
    dialog.choose("actor2", cd.THEIRS)  # theirs has no actor2: the key goes
    merged = dialog.merged()
    assert merged == {"event_type": "Battles", "fatalities": 5, "actor1": "Army", "notes": "my note"}
    # The merge saves cleanly on top of the stored version.
    with db.session() as session:
        saved = repo.save_event(session, theirs.id, theirs.version, values=merged)
        session.commit()
    assert saved.values == merged and saved.version == theirs.version + 1
    dialog.choose_all(cd.THEIRS)
    assert dialog.merged() == theirs.values


def test_resolve_conflict_returns_choice_or_none(qtbot, db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    mine, theirs = _conflict(db)
    monkeypatch.setattr(cd.ConflictDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    assert cd.resolve_conflict(None, mine, theirs) == mine
    monkeypatch.setattr(cd.ConflictDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    assert cd.resolve_conflict(None, mine, theirs) is None


def test_deleted_elsewhere(qtbot) -> None:
    dialog = cd.ConflictDialog(None, {"event_type": "Riots"}, None)
    qtbot.addWidget(dialog)
    assert _cells(dialog) == [("event_type", "Riots", "(empty)")]
    assert dialog.merged() == {"event_type": "Riots"}


def test_a_dropped_dialog_is_freed_and_its_buttons_still_work(qtbot, db: Database) -> None:
    """No lambda on a child's signal holds the dialog: once dropped it goes (it used to stay
    until exit, where PySide deleted its "Keep all" button twice: "QObject: shared QObject was
    deleted directly", the warning at the end of the suite)."""
    import gc
    import weakref

    from PySide6.QtWidgets import QPushButton

    mine, theirs = _conflict(db)
    dialog = cd.ConflictDialog(None, mine, theirs)
    keep_theirs = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Keep all &theirs")
    keep_theirs.click()
    assert dialog.merged() == theirs.values
    gone = weakref.ref(dialog)
    del dialog, keep_theirs
    gc.collect()
    assert gone() is None


def test_resolve_conflict_leaves_no_dialog_behind(qtbot, db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QWidget

    mine, theirs = _conflict(db)
    window = QWidget()
    qtbot.addWidget(window)
    monkeypatch.setattr(cd.ConflictDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    assert cd.resolve_conflict(window, mine, theirs) == mine
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert window.findChildren(cd.ConflictDialog) == []
