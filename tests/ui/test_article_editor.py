"""The window's controller on its own: an ArticleEditor over a real database thread, no window.

Assigning words, confirming, undo and saving are what an analyst relies on; these tests reach them
without building the panes, menus or the suggestion service.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QObject

from annotator.db import repo
from annotator.db.engine import Database
from annotator.interchange import ArticleRecord
from annotator.schema import Schema
from annotator.ui.editor import ArticleEditor
from annotator.ui.workers import DbThread

TEXT = (
    "Gunmen killed a dozen villagers in Dalo on Sunday. No one was hurt in Kessa, where dozens "
    "of soldiers gathered last week."
)

PUBLISHED = date(2024, 6, 10)


@pytest.fixture
def editor(qtbot, db: Database, acled: Schema) -> Iterator[ArticleEditor]:
    with db.session() as session:
        record = ArticleRecord(text=TEXT, id="ed-1", title="Dalo", published=PUBLISHED)
        article, _ = repo.add_article(session, record)
        session.commit()
        article_id = article.id or 0
    host = QObject()  # owns the thread and the editor, so Qt frees them before Python exits
    thread = DbThread(db, host)
    ed = ArticleEditor(thread, acled, "tester", parent=host)
    with qtbot.waitSignal(ed.article_loaded, timeout=10_000):
        ed.open_article(article_id)
    yield ed
    ed.finish()
    thread.stop()
    host.deleteLater()
    qtbot.wait(0)


def _span(words: str) -> tuple[int, int]:
    start = TEXT.index(words)
    return start, start + len(words)


def _saved(qtbot, editor: ArticleEditor, db: Database) -> list[repo.StoredEvent]:
    editor.flush()
    qtbot.waitUntil(lambda: editor.db_thread.pending == 0 and not any(s.dirty for s in editor.own_states()))
    with db.session() as session:
        return repo.events_for_article(session, editor.article.id, annotator="tester")


def test_assigned_counts_follow_the_core(qtbot, editor: ArticleEditor) -> None:
    state = editor.add_event()
    assert editor.assign_span(state, "fatalities", *_span("a dozen"))
    assert state.values["fatalities"] == 12
    editor.clear_field(state, "fatalities")
    assert editor.assign_span(state, "fatalities", *_span("No one"))
    assert state.values["fatalities"] == 0


def test_a_vague_count_stays_empty_and_says_why(qtbot, editor: ArticleEditor) -> None:
    state = editor.add_event()
    with qtbot.waitSignal(editor.message) as said:
        assert editor.assign_span(state, "fatalities", *_span("dozens"))
    assert state.values["fatalities"] is None
    assert said.args == ["Fatalities: 'dozens' gives no number"]
    assert [s.text for s in state.spans("fatalities")] == ["dozens"]  # the words stay as evidence


def test_a_date_brings_its_precision(qtbot, editor: ArticleEditor) -> None:
    state = editor.add_event()
    editor.assign_span(state, "event_date", *_span("last week"))
    assert (state.values["event_date"], state.values["time_precision"]) == ("2024-06-03", 2)


def test_confirm_refuses_what_the_schema_refuses_and_saves_when_valid(qtbot, editor: ArticleEditor, db: Database) -> None:
    state = editor.add_event()
    editor.set_field(state, "event_date", "Sunday")
    problems = editor.confirm(state)
    assert problems[0].startswith("Event type, Sub-event type missing")
    assert "Date: 'Sunday' is not a date (YYYY-MM-DD)" in problems
    assert state.status == "draft"
    editor.set_field(state, "event_type", "Battles")
    editor.set_field(state, "sub_event_type", "Armed clash")
    editor.set_field(state, "event_date", "2024-06-09")
    assert editor.confirm(state) == []
    saved = _saved(qtbot, editor, db)
    assert [(e.status, e.values["sub_event_type"]) for e in saved] == [("confirmed", "Armed clash")]


def test_undo_and_redo_an_assignment_and_the_save_follows(qtbot, editor: ArticleEditor, db: Database) -> None:
    state = editor.add_event()
    editor.assign_span(state, "location", *_span("Dalo"))
    assert state.values["location"] == "Dalo"
    editor.undo_stack.undo()
    assert state.values["location"] == "" and state.evidence == []
    editor.undo_stack.redo()
    saved = _saved(qtbot, editor, db)
    assert saved[0].values["location"] == "Dalo"
    assert [(s.field, s.text) for s in saved[0].evidence] == [("location", "Dalo")]


def test_reopening_the_article_shows_the_saved_events(qtbot, editor: ArticleEditor, db: Database) -> None:
    state = editor.add_event()
    editor.set_field(state, "notes", "kept")
    _saved(qtbot, editor, db)
    with qtbot.waitSignal(editor.article_loaded, timeout=10_000):
        editor.reload()
    assert [s.values["notes"] for s in editor.own_states()] == ["kept"]
    assert editor.current is editor.own_states()[0]


def test_confirming_teaches_the_actor_words_as_an_alias(qtbot, editor: ArticleEditor, db: Database) -> None:
    state = editor.add_event()
    for name, value in (("event_type", "Violence against civilians"), ("sub_event_type", "Attack"),
                        ("event_date", "2024-06-09")):
        editor.set_field(state, name, value)
    editor.assign_span(state, "actor1", *_span("Gunmen"))
    editor.set_field(state, "actor1", "Unidentified Armed Group (Mali)")
    assert editor.confirm(state) == []
    _saved(qtbot, editor, db)
    with db.session() as session:
        assert ("Gunmen", "Unidentified Armed Group (Mali)") in repo.actor_aliases(session)
    # The window's resolver knows it at once: the next selection of these words fills the actor.
    other = editor.add_event()
    editor.assign_span(other, "actor1", *_span("Gunmen"))
    assert other.values["actor1"] == "Unidentified Armed Group (Mali)"


def test_suggestions_are_stored_once_and_accepting_makes_a_draft(qtbot, editor: ArticleEditor, db: Database) -> None:
    from annotator.interchange import EventRecord

    record = EventRecord(values={"event_type": "Battles", "location": "Dalo"})
    with qtbot.waitSignal(editor.events_changed):
        editor.store_suggestions(editor.article.id, [record])
    [state] = editor.own_states()
    assert state.status == "suggested" and state.is_pending("location")
    editor.accept_all(state)
    assert state.status == "draft" and state.field_origin["location"] == "accepted"
    editor.store_suggestions(editor.article.id, [record])  # the analyst has events now: not stored
    saved = _saved(qtbot, editor, db)
    assert [(e.status, e.values["location"]) for e in saved] == [("draft", "Dalo")]


def test_deleting_an_event_removes_it_from_the_database(qtbot, editor: ArticleEditor, db: Database) -> None:
    first = editor.add_event()
    second = editor.add_event()
    editor.set_field(second, "notes", "second")
    assert len(_saved(qtbot, editor, db)) == 2
    editor.delete_event(first)
    assert editor.own_states() == [second]
    assert [e.values["notes"] for e in _saved(qtbot, editor, db)] == ["second"]


def test_the_key_pressed_again_on_its_evidence_reads_it_or_says_why(qtbot, editor: ArticleEditor) -> None:
    # A suggestion made before the publication date was known: "on Sunday" is the date's
    # evidence, the date empty. Pressing the date key on those words again dates the event.
    state = editor.add_event()
    assert editor.assign_span(state, "event_date", *_span("on Sunday"))
    editor.set_field(state, "event_date", "")
    assert editor.assign_span(state, "event_date", *_span("on Sunday"))
    assert (state.values["event_date"], state.values["time_precision"]) == ("2024-06-09", 1)
    assert len(state.spans("event_date")) == 1
    # Once it holds a value, the same key says so instead of doing nothing silently.
    with qtbot.waitSignal(editor.message) as said:
        assert not editor.assign_span(state, "event_date", *_span("on Sunday"))
    assert said.args == ["“on Sunday” is already evidence for Date."]
    editor.assign_span(state, "fatalities", *_span("dozens"))
    with qtbot.waitSignal(editor.message) as said:
        assert not editor.assign_span(state, "fatalities", *_span("dozens"))
    assert said.args == ["Fatalities: “dozens” is its evidence already; 'dozens' gives no number."]
