"""A location typed in the form fills the event's empty place fields from the gazetteer, off the
GUI thread, as one undo step; an ambiguous name is left to the analyst with a word in the status bar."""

from __future__ import annotations

import threading

import shiboken6
from PySide6.QtCore import Qt

from annotator.db import repo
from annotator.interchange import EventRecord
from annotator.nlp import place_lookup

CTRL = Qt.KeyboardModifier.ControlModifier


def type_location(qtbot, window, name: str) -> None:
    """Type a place in the location field and press Enter; wait for the lookup's answer."""
    location = window.form.editors["location"]
    location.setFocus()
    qtbot.keyClicks(location, name)
    with qtbot.waitSignal(window.location_filler.finished, timeout=30000):
        qtbot.keyClick(location, Qt.Key.Key_Return)


def test_a_typed_town_fills_the_empty_place_fields_off_the_gui_thread(qtbot, make_window, monkeypatch) -> None:
    threads = []
    real = place_lookup.fill_from_location
    monkeypatch.setattr(place_lookup, "fill_from_location",
                        lambda *a, **k: threads.append(threading.current_thread()) or real(*a, **k))
    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_E, CTRL)
    qtbot.waitUntil(lambda: window.editor.current is not None)
    state = window.editor.current
    admin1 = window.form.editors["admin1"]
    admin1.setFocus()
    qtbot.keyClicks(admin1, "Menaka")  # the analyst's own value: kept

    type_location(qtbot, window, "Tessit")
    assert threads and threads[0] is not threading.main_thread()
    values = state.values
    assert (values["location"], values["country"], values["admin1"], values["geo_precision"]) == (
        "Tessit", "Mali", "Menaka", 1)
    assert round(values["latitude"], 1) == 15.2 and round(values["longitude"], 1) == -0.3
    assert window.form.editors["country"].text() == "Mali"
    assert window.form.editors["latitude"].text().startswith("15.2")
    assert state.field_origin["country"] == "typed"
    assert "filled from the gazetteer" in window.statusBar().currentMessage()

    window.editor.undo_stack.undo()  # one step takes the filled fields back, the typed town stays
    assert state.values["country"] == "" and state.values["location"] == "Tessit"


def test_an_ambiguous_name_prefers_the_articles_country_else_asks(qtbot, make_window, db) -> None:
    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_E, CTRL)
    qtbot.waitUntil(lambda: window.editor.current is not None)
    state = window.editor.current
    # "Gao": a town in Mali and one in Burkina Faso; the first demo article names both peoples.
    type_location(qtbot, window, "Gao")
    assert state.values["country"] == "" and state.values["latitude"] in (None, "")
    message = window.statusBar().currentMessage()
    assert "2 countries" in message and "Country" in message

    # Once the article's country is known (a colleague's event names it), Gao is Mali's.
    with db.session() as session:
        repo.add_event(session, window.editor.article.id, EventRecord(
            values={"event_type": "Battles", "country": "Mali"}, status="confirmed"), annotator="bea")
        session.commit()
    window.editor.reload()
    qtbot.waitUntil(lambda: any(not s.own for s in window.editor.states))
    mine = next(s for s in window.editor.states if s.own and s.values.get("location") == "Gao")
    window.editor.select(mine)
    window.location_filler.fill(mine)
    qtbot.waitUntil(lambda: mine.values["country"] == "Mali", timeout=30000)
    assert mine.values["admin1"] == "Gao"


def test_words_assigned_to_the_location_fill_the_place_too(qtbot, make_window) -> None:
    window = make_window()
    text = window.editor.article.text
    start = text.index("Gao")  # the first demo article ends "...the main road to Gao."
    window.text_view.select_offsets(start, start + 3)
    window.text_view.setFocus()
    with qtbot.waitSignal(window.location_filler.finished, timeout=30000):
        qtbot.keyClick(window.text_view, Qt.Key.Key_6)  # the location key: a new event with Gao
    state = window.editor.current
    assert state.values["location"] == "Gao"
    # Its text names Malians and Burkinabe once each: no country settles "Gao", so the analyst is told.
    assert state.values["country"] == "" and "Country" in window.statusBar().currentMessage()


def test_an_answer_for_a_place_retyped_meanwhile_is_dropped(qtbot, make_window) -> None:
    window = make_window()
    state = window.editor.add_event()
    window.editor.set_field(state, "location", "Tessit")
    with qtbot.waitSignal(window.location_filler.finished, timeout=30000):
        window.location_filler.fill(state)
        window.editor.set_field(state, "location", "Kessa")  # before the answer can arrive
    assert state.values["country"] == "" and state.values["latitude"] in (None, "")


def test_a_lookup_answering_after_the_window_closed_is_dropped(qtbot, db, acled, monkeypatch) -> None:
    # The first lookup builds the gazetteer (seconds): the analyst may close the window meanwhile.
    from annotator.ui.main_window import MainWindow
    from annotator.ui.workers import running_tasks

    release = threading.Event()
    real = place_lookup.fill_from_location
    monkeypatch.setattr(place_lookup, "fill_from_location", lambda *a, **k: release.wait(10) and real(*a, **k))
    window = MainWindow(db, acled, "tester", suggestions=False)  # not qtbot's: this test frees it
    window.show()
    qtbot.waitUntil(lambda: window.editor.article is not None, timeout=15000)
    qtbot.keyClick(window, Qt.Key.Key_E, CTRL)
    qtbot.waitUntil(lambda: window.editor.current is not None)
    location = window.form.editors["location"]
    location.setFocus()
    qtbot.keyClicks(location, "Tessit")
    qtbot.keyClick(location, Qt.Key.Key_Return)
    assert running_tasks() >= 1
    window.close()
    window.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(window), timeout=5000)
    release.set()
    qtbot.waitUntil(lambda: running_tasks() == 0, timeout=30000)  # answered into nothing, no error
