"""Undo/redo of form and span edits, autosave across close and reopen, remembered window state."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def test_undo_and_redo_a_typed_field_edit(qtbot, make_window) -> None:
    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_E, CTRL)
    qtbot.waitUntil(lambda: window.editor.current is not None)
    actor = window.form.editors["actor1"]
    assert isinstance(actor, QLineEdit)
    actor.setFocus()
    qtbot.keyClicks(actor, "Police")
    assert window.editor.current.values["actor1"] == "Police"
    # Ctrl+Z in the line edit goes to the window's undo stack (one step for the whole word).
    qtbot.keyClick(actor, Qt.Key.Key_Z, CTRL)
    assert window.editor.current.values["actor1"] == ""
    assert actor.text() == ""
    qtbot.keyClick(actor, Qt.Key.Key_Z, CTRL_SHIFT)
    assert window.editor.current.values["actor1"] == "Police"
    assert actor.text() == "Police"


def test_undo_and_redo_a_span_assignment(qtbot, make_window) -> None:
    window = make_window()
    text = window.editor.article.text
    words = text.split()[1]
    start = text.index(words)
    window.text_view.setFocus()
    window.text_view.select_offsets(start, start + len(words))
    qtbot.keyClick(window.text_view, Qt.Key.Key_6)  # location; creates the event
    state = window.editor.current
    assert state is not None
    assert [(s.field, s.start, s.end) for s in state.evidence] == [("location", start, start + len(words))]
    assert state.values["location"] == words
    assert window.text_view.extra_ranges() == [(start, start + len(words))]

    qtbot.keyClick(window.text_view, Qt.Key.Key_Z, CTRL)
    assert state.evidence == []
    assert state.values["location"] == ""
    assert window.text_view.extra_ranges() == []
    assert window.form.editors["location"].text() == ""

    qtbot.keyClick(window.text_view, Qt.Key.Key_Z, CTRL_SHIFT)
    assert [(s.field, s.start) for s in state.evidence] == [("location", start)]
    assert window.form.editors["location"].text() == words


def test_a_field_holds_several_spans_and_clicking_it_shows_them(qtbot, make_window) -> None:
    window = make_window()
    text = window.editor.article.text
    first = text.index("Kessa")
    second = text.index("Kessa", first + 1)
    for start in (first, second):
        window.text_view.select_offsets(start, start + 5)
        qtbot.keyClick(window.text_view, Qt.Key.Key_6)
    state = window.editor.current
    assert sorted(s.start for s in state.spans("location")) == [first, second]
    assert window.form.evidence_buttons["location"].text().endswith("2")
    # The evidence button selects each span in turn.
    window.form.evidence_buttons["location"].click()
    assert window.text_view.selection_offsets() == (first, first + 5)
    window.form.evidence_buttons["location"].click()
    assert window.text_view.selection_offsets() == (second, second + 5)
    # Focusing the field paints its spans strongly.
    window.form.editors["location"].setFocus()
    qtbot.waitUntil(lambda: window.focused_field == "location")


def test_closing_and_reopening_shows_the_same_event(qtbot, make_window, db) -> None:
    window = make_window()
    article = window.editor.article.id
    qtbot.keyClick(window, Qt.Key.Key_E, CTRL)
    qtbot.waitUntil(lambda: window.editor.current is not None)
    notes = window.form.editors["actor1"]
    notes.setFocus()
    qtbot.keyClicks(notes, "Residents")
    # Close at once: nothing may be lost even before the autosave timer fires.
    window.close()

    again = make_window()
    qtbot.waitUntil(lambda: again.editor.article is not None and again.editor.article.id == article)
    qtbot.waitUntil(lambda: again.editor.current is not None)
    assert again.editor.current.values["actor1"] == "Residents"
    assert again.form.editors["actor1"].text() == "Residents"


def test_edits_are_saved_within_a_second_without_closing(qtbot, make_window, db, stored_events) -> None:
    window = make_window()
    article = window.editor.article.id
    qtbot.keyClick(window, Qt.Key.Key_E, CTRL)
    qtbot.waitUntil(lambda: window.editor.current is not None)
    window.editor.set_field(window.editor.current, "notes", "kept")
    qtbot.waitUntil(lambda: [e.values.get("notes") for e in stored_events(db, article)] == ["kept"], timeout=3000)


def test_window_state_and_last_article_are_remembered(qtbot, make_window) -> None:
    window = make_window()
    second = window.list_pane.model.article_id(2)
    window.open_article(second)
    qtbot.waitUntil(lambda: window.editor.article.id == second)
    window.resize(761, 555)
    window.splitter.setSizes([150, 300, 240])
    sizes = window.splitter.sizes()
    window.act_blind.trigger()
    window.close()

    again = make_window()
    qtbot.waitUntil(lambda: again.editor.article.id == second)
    assert (again.width(), again.height()) == (761, 555)
    assert again.splitter.sizes() == sizes
    assert again.act_blind.isChecked()
    assert again.editor.blind


def test_sub_type_choices_follow_the_type(qtbot, make_window) -> None:
    window = make_window()
    state = window.editor.add_event()
    sub = window.form.editors["sub_event_type"]
    assert sub.count() == 1  # only the empty choice until a type is picked
    window.editor.set_field(state, "event_type", "Battles")
    battles = {sub.itemData(i) for i in range(1, sub.count())}
    assert battles == {c.value for c in window.schema.field("sub_event_type").choices_for("Battles")}
    window.editor.set_field(state, "sub_event_type", "Armed clash")
    # A new type clears a sub-type that does not belong to it (one undo step restores both).
    window.editor.set_field(state, "event_type", "Protests", merge=False)
    assert state.values["sub_event_type"] == ""
    assert "Peaceful protest" in {sub.itemData(i) for i in range(sub.count())}
    window.editor.undo_stack.undo()
    assert (state.values["event_type"], state.values["sub_event_type"]) == ("Battles", "Armed clash")


def test_sigterm_closes_the_window_and_saves(qtbot, make_window, db, stored_events) -> None:
    import os
    import signal

    from annotator.ui.app import close_on_signals

    previous = {sig: signal.getsignal(sig) for sig in (signal.SIGTERM, signal.SIGINT)}
    window = make_window()
    article = window.editor.article.id
    try:
        close_on_signals(window)
        state = window.editor.add_event()
        window.editor.set_field(state, "notes", "typed just before logout")
        os.kill(os.getpid(), signal.SIGTERM)
        qtbot.waitUntil(lambda: not window.isVisible(), timeout=5000)
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    assert [e.values["notes"] for e in stored_events(db, article)] == ["typed just before logout"]


def test_numbers_can_be_typed_as_people_type_them(qtbot, make_window) -> None:
    window = make_window()
    state = window.editor.add_event()
    latitude = window.form.editors["latitude"]
    latitude.setFocus()
    qtbot.keyClicks(latitude, "-12.5")
    assert latitude.text() == "-12.5"
    assert state.values["latitude"] == -12.5
    fatalities = window.form.editors["fatalities"]
    fatalities.setFocus()
    qtbot.keyClicks(fatalities, "40")
    assert state.values["fatalities"] == 40
    # Undo still updates the widget being edited.
    qtbot.keyClick(fatalities, Qt.Key.Key_Z, CTRL)
    assert fatalities.text() == "" and state.values["fatalities"] is None


def test_undo_shows_the_event_it_changes(qtbot, make_window) -> None:
    window = make_window()
    first = window.editor.add_event()
    window.editor.set_field(first, "notes", "one")
    second = window.editor.add_event()
    assert window.editor.current is second
    window.editor.undo_stack.undo()  # the notes edit of the first event
    assert first.values["notes"] == ""
    assert window.editor.current is first
    assert window.form.state is first
