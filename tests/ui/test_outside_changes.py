"""A window that is open while the CLI (or another window) changes its article shows the change
when it regains focus: the publication date in the header and the events as stored now."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from annotator.cli.main import main
from annotator.db import repo
from annotator.interchange import ArticleRecord, EventRecord, EvidenceSpan
from annotator.status import EventStatus

TEXT = "Gunmen raided the market of Kessa on Saturday, residents said."
WORDS = "on Saturday"


def _article(db) -> int:
    start = TEXT.index(WORDS)
    with db.session() as session:
        article, _ = repo.add_article(session, ArticleRecord(id="kessa", title="Kessa raid", text=TEXT))
        repo.add_event(session, article.id or 0, EventRecord(
            values={"event_type": "Riots"}, status=EventStatus.DRAFT,
            evidence=[EvidenceSpan("event_date", start, start + len(WORDS), WORDS)]), annotator="tester")
        session.commit()
        return article.id or 0


def _regain_focus(window, monkeypatch) -> None:
    monkeypatch.setattr(window, "isActiveWindow", lambda: True)  # offscreen has no window manager
    QApplication.sendEvent(window, QEvent(QEvent.Type.ActivationChange))


def test_a_date_given_from_the_cli_shows_on_regaining_focus(
    qtbot, make_window, db, db_path: Path, monkeypatch
) -> None:
    aid = _article(db)
    window = make_window()
    qtbot.waitUntil(lambda: window.editor.current is not None)
    first = window.editor.current
    assert "2021-06-07" not in window.article_header.text()
    assert main(["--db", str(db_path), "--analyst", "tester", "published", str(aid), "2021-06-07"]) == 0
    assert "2021-06-07" not in window.article_header.text()  # nothing watches the file meanwhile
    _regain_focus(window, monkeypatch)
    qtbot.waitUntil(lambda: "2021-06-07" in window.article_header.text(), timeout=5000)
    assert window.editor.article.published == date(2021, 6, 7)
    # The CLI dated the draft: the window shows the stored event, still the current one.
    qtbot.waitUntil(lambda: window.editor.current.values.get("event_date") == "2021-06-05", timeout=5000)
    assert window.editor.current.id == first.id
    assert window.editor.current.version == first.version + 1
    assert window.form.editors["event_date"].text() == "2021-06-05"


def test_an_event_added_elsewhere_appears_and_an_unchanged_article_is_left_alone(
    qtbot, make_window, db, monkeypatch
) -> None:
    aid = _article(db)
    window = make_window()
    qtbot.waitUntil(lambda: window.editor.current is not None)
    states = list(window.editor.states)
    _regain_focus(window, monkeypatch)  # nothing changed: the same event objects, undo kept
    qtbot.waitUntil(lambda: window.db_thread.pending == 0, timeout=5000)
    assert window.editor.states == states and all(a is b for a, b in zip(window.editor.states, states, strict=True))
    with db.session() as session:  # a colleague's window adds an event
        repo.add_event(session, aid, EventRecord(values={"event_type": "Protests"}, status=EventStatus.DRAFT),
                       annotator="bea")
        session.commit()
    _regain_focus(window, monkeypatch)
    qtbot.waitUntil(lambda: len(window.editor.states) == 2, timeout=5000)
    assert sorted(s.annotator for s in window.editor.states) == ["bea", "tester"]
    assert window.editor.current.annotator == "tester"
