"""Several events per article (add, duplicate, delete, reorder), navigation, completion, underlay."""

from __future__ import annotations

from PySide6.QtCore import Qt

from annotator.db import repo
from annotator.interchange import EventRecord

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
CTRL_ALT = CTRL | ALT


def test_add_duplicate_reorder_delete_are_stored(qtbot, make_window, db, stored_events) -> None:
    window = make_window()
    article = window.editor.article.id
    qtbot.keyClick(window, Qt.Key.Key_E, CTRL)
    qtbot.waitUntil(lambda: window.editor.current is not None)
    first = window.editor.current
    window.editor.set_field(first, "event_type", "Riots")
    qtbot.keyClick(window, Qt.Key.Key_D, CTRL)  # duplicate
    second = window.editor.current
    assert second is not first and second.values["event_type"] == "Riots"
    window.editor.set_field(second, "notes", "copy")
    assert window.events_panel.list.count() == 2

    qtbot.keyClick(window, Qt.Key.Key_Up, CTRL_ALT)  # move the copy first
    assert window.editor.states == [second, first]
    window.editor.finish()
    qtbot.waitUntil(lambda: window.db_thread.pending == 0)
    assert [e.values.get("notes") for e in stored_events(db, article)] == ["copy", ""]

    qtbot.keyClick(window, Qt.Key.Key_Delete, CTRL)
    assert window.editor.states == [first]
    window.editor.finish()
    qtbot.waitUntil(lambda: window.db_thread.pending == 0)
    assert [e.id for e in stored_events(db, article)] == [first.id]

    # Alt+Down / Alt+Up move between events.
    qtbot.keyClick(window, Qt.Key.Key_E, CTRL)
    qtbot.waitUntil(lambda: len(window.editor.states) == 2)
    qtbot.keyClick(window, Qt.Key.Key_Up, ALT)
    assert window.editor.current is first


def test_next_previous_and_next_unfinished_article(qtbot, make_window, db) -> None:
    window = make_window()
    model = window.list_pane.model
    ids = [model.article_id(r) for r in range(model.rowCount())]
    assert window.editor.article.id == ids[0]
    with db.session() as session:  # the second article is done already
        record = EventRecord(values={"event_type": "Riots"}, annotator="tester", status="confirmed")
        repo.add_event(session, ids[1], record, annotator="tester")
        session.commit()
    with qtbot.waitSignal(model.loaded):
        model.reload()
    qtbot.keyClick(window, Qt.Key.Key_PageDown, CTRL | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: window.editor.article.id == ids[2])
    qtbot.keyClick(window, Qt.Key.Key_Left, ALT)
    qtbot.waitUntil(lambda: window.editor.article.id == ids[1])
    qtbot.keyClick(window, Qt.Key.Key_Right, ALT)
    qtbot.waitUntil(lambda: window.editor.article.id == ids[2])
    # The list follows the open article.
    assert window.list_pane.table.currentIndex().row() == 2


def test_actor_and_place_fields_complete_from_dictionary_and_used_values(qtbot, make_window, db) -> None:
    window = make_window()
    state = window.editor.add_event()
    window.editor.set_field(state, "actor1", "Zenith Brigade")
    window.editor.set_field(state, "location", "Oldtown Crossing")
    window.editor.flush()
    qtbot.waitUntil(lambda: not state.dirty)
    window.step_article(1)  # completions are refreshed after saves, when the next article opens
    qtbot.waitUntil(lambda: window.editor.resolver.dictionary_ready, timeout=60_000)
    qtbot.waitUntil(lambda: len(window.form.completions["actor"].stringList()) > 10)
    actors = window.form.completions["actor"].stringList()
    assert "Zenith Brigade" in actors and "Military Forces of Mali" in actors
    assert "Oldtown Crossing" in window.form.completions["place"].stringList()
    completer = window.form.editors["actor2"].completer()
    assert completer is not None and completer.model() is window.form.completions["actor"]


def test_entity_underlay_toggles(qtbot, make_window) -> None:
    window = make_window(suggestions=True, model_name="no_such_model_xyz")  # quick rule-based pipeline
    qtbot.waitUntil(lambda: window.suggester.is_ready, timeout=60_000)
    assert window.text_view._underlay == []
    window.act_underlay.trigger()
    qtbot.waitUntil(lambda: len(window.text_view._underlay) > 0, timeout=30_000)
    text = window.editor.article.text
    for hl in window.text_view._underlay:
        assert 0 <= hl.start < hl.end <= len(text) and hl.underline_only
    # A suggested place is drawn in the location field's colour, as its evidence would be.
    from annotator.nlp.suggest import entity_spans

    places = [s for s in entity_spans(text, window.suggester.loaded) if s.label == "PLACE"]
    assert places
    colour = {(h.start, h.end): h.color.name() for h in window.text_view._underlay}
    assert {colour[(p.start, p.end)] for p in places} == {window.painter.field_colour("location").name()}
    window.act_underlay.trigger()
    assert window.text_view._underlay == []


def test_switching_event_clears_the_text_selection(qtbot, make_window) -> None:
    window = make_window()
    view, events = window.text_view, window.events_panel.list
    qtbot.keyClick(window, Qt.Key.Key_E, CTRL)
    qtbot.keyClick(window, Qt.Key.Key_E, CTRL)
    qtbot.waitUntil(lambda: len(window.editor.states) == 2)
    first, second = window.editor.states
    assert window.editor.current is second

    view.select_offsets(0, 5)
    qtbot.keyClick(window, Qt.Key.Key_Up, ALT)  # to the previous event by key
    assert window.editor.current is first
    assert not view.textCursor().hasSelection() and view.selection_offsets() is None

    view.select_offsets(0, 5)
    events.setCurrentRow(1)  # to the other event by clicking in the list
    assert window.editor.current is second
    assert not view.textCursor().hasSelection()

    # A new event keeps the selection: select words, Ctrl+E, then a field key assigns them to it.
    view.select_offsets(0, 5)
    start, end = selected = view.selection_offsets()
    qtbot.keyClick(window, Qt.Key.Key_E, CTRL)
    third = window.editor.current
    assert third not in (first, second) and view.selection_offsets() == selected
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_6)  # the location key
    assert [(s.field, s.start, s.end) for s in third.evidence] == [("location", start, end)]


def test_who_coded_each_event_shows_without_horizontal_scrolling(qtbot, make_window, db) -> None:
    """At the default window size, a colleague's long name and a long label both fit the row."""
    from PySide6.QtWidgets import QStyleOptionViewItem

    window = make_window()
    article = window.editor.article.id
    long_name = "Margarethe Vandersloot"
    with db.session() as session:
        repo.add_event(session, article, EventRecord(values={
            "event_type": "Violence against civilians", "actor1": "Unidentified Armed Group (Mali)",
            "location": "Tessit"}, status="confirmed"), annotator=long_name)
        session.commit()
    window.editor.reload()
    events = window.events_panel.list
    qtbot.waitUntil(lambda: any(not s.own for s in window.editor.states))
    qtbot.wait(1)
    row = next(i for i, s in enumerate(window.editor.states) if not s.own)
    index = events.model().index(row, 0)
    delegate = events.itemDelegateForIndex(index)
    option = QStyleOptionViewItem()
    option.initFrom(events)
    option.rect = events.visualRect(index)
    label_rect, name_rect = delegate.layout(option, index)
    visible = events.viewport().rect()

    assert not events.horizontalScrollBar().isVisible()
    assert visible.contains(name_rect) and visible.contains(label_rect)
    assert name_rect.width() >= events.fontMetrics().horizontalAdvance(long_name)  # whole, not elided
    assert label_rect.right() < name_rect.left()  # side by side, never over each other
    assert long_name in events.item(row).toolTip() and long_name in events.item(row).text()
