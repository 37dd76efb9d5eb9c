"""Suggestions in the window: they arrive without blocking, look different, and are accepted,
edited or rejected field by field, with the origin of every value recorded."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def test_suggested_events_are_stored_shown_and_accepted(qtbot, make_window, db, article_id, stored_events) -> None:
    window = make_window(suggestions=True)
    kessa = article_id(db, "demo-kessa-offensive")
    if window.editor.article.id != kessa:
        window.open_article(kessa)
    qtbot.waitUntil(lambda: window.suggester.is_ready, timeout=120_000)
    assert window.model_label.text().startswith("Model: ")
    qtbot.waitUntil(
        lambda: window.editor.article.id == kessa
        and any(s.status == "suggested" for s in window.editor.states),
        timeout=60_000,
    )
    state = window.editor.current
    assert state.status == "suggested" and state.own
    # Stored as this analyst's suggestions.
    assert {e.status for e in stored_events(db, kessa)} == {"suggested"}

    # Suggested values look different and offer an accept button.
    actor = window.form.editors["actor1"]
    assert state.values["actor1"]
    assert actor.property("pending") is True
    assert not window.form.accept_buttons["actor1"].isHidden()

    # Accept one field with Ctrl+Shift+its key.
    qtbot.keyClick(window.text_view, Qt.Key.Key_2, CTRL_SHIFT)
    assert state.field_origin["actor1"] == "accepted"
    assert actor.property("pending") is False
    assert window.form.accept_buttons["actor1"].isHidden()

    # Edit another suggested value: its origin is "edited".
    location = window.form.editors["location"]
    assert isinstance(location, QLineEdit)
    location.setFocus()
    location.selectAll()
    qtbot.keyClicks(location, "Kessa")
    assert state.field_origin["location"] == "edited"

    # Accept the rest, confirm, and the database has the origins.
    qtbot.keyClick(window.text_view, Qt.Key.Key_A, CTRL_SHIFT)
    assert state.status == "draft"
    assert state.field_origin["event_type"] == "accepted"
    qtbot.keyClick(window.text_view, Qt.Key.Key_Return, CTRL)
    assert state.status == "confirmed"

    # Reject another suggestion: it is deleted.
    others = [s for s in window.editor.states if s.status == "suggested"]
    if others:
        window.editor.select(others[0])
        qtbot.keyClick(window.text_view, Qt.Key.Key_Delete, CTRL_SHIFT)
        assert others[0] not in window.editor.states
    window.editor.finish()
    stored = stored_events(db, kessa)
    confirmed = [e for e in stored if e.status == "confirmed"]
    assert len(confirmed) == 1
    origin = confirmed[0].field_origin
    assert origin["actor1"] == "accepted" and origin["location"] == "edited"
    assert confirmed[0].values["location"] == "Kessa"
    assert len(stored) == len(window.editor.states)


def test_fallback_model_is_named_in_the_status_bar(qtbot, make_window) -> None:
    window = make_window(suggestions=True, model_name="no_such_model_xyz")
    qtbot.waitUntil(lambda: not window.suggester.loading and window.suggester.is_ready, timeout=60_000)
    assert "fallback" in window.model_label.text()
    assert "no_such_model_xyz" in window.model_label.text()


def test_missing_nlp_module_gives_a_clear_status(qtbot, make_window, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "annotator.nlp.suggest", None)  # import fails
    window = make_window(suggestions=True)
    qtbot.waitUntil(lambda: window.suggester.error is not None, timeout=60_000)
    assert window.model_label.text().startswith("Model: suggestions unavailable")
    # The window still works without suggestions.
    qtbot.keyClick(window, Qt.Key.Key_E, CTRL)
    qtbot.waitUntil(lambda: window.editor.current is not None)


def test_no_suggestions_when_the_analyst_already_has_events(qtbot, make_window, db, stored_events) -> None:
    window = make_window(suggestions=False)
    article = window.editor.article.id
    qtbot.keyClick(window, Qt.Key.Key_E, CTRL)
    qtbot.waitUntil(lambda: window.editor.current is not None)
    from annotator.interchange import EventRecord

    window.editor.store_suggestions(article, [EventRecord(values={"event_type": "Riots"})])
    window.editor.finish()
    qtbot.waitUntil(lambda: window.db_thread.pending == 0)
    assert [e.status for e in stored_events(db, article)] == ["draft"]


class _RecordingSuggester:
    """Stands in for the loaded pipeline: records what the window asks for."""

    is_ready = True

    def __init__(self) -> None:
        self.asked: list[int] = []

    def request(self, article_id: int, _text: str, _published: object) -> bool:
        self.asked.append(article_id)
        return True

    def request_entities(self, _article_id: int, _text: str) -> bool:
        return True


def test_a_reviewer_can_open_articles_without_storing_suggestions(qtbot, make_window) -> None:
    window = make_window(suggestions=False)
    recorder = _RecordingSuggester()
    window.suggester = recorder
    article = window.editor.article.id
    window._request_suggestions()
    assert recorder.asked == [article]  # on by default: the analyst's usual start
    assert window.act_auto_suggest in window.menuBar().actions()[2].menu().actions()  # Suggestions menu
    window.act_auto_suggest.trigger()  # off
    assert not window.act_auto_suggest.isChecked()
    assert window.settings.value("auto_suggest", type=bool) is False
    window._request_suggestions()
    assert recorder.asked == [article]  # opening an article asks nothing of the suggester
    window.act_auto_suggest.trigger()  # on again: the open article gets its suggestions
    assert recorder.asked == [article, article]
