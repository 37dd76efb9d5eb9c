"""The keyboard alone codes a demo article end to end, and the database holds the result."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def select_words(window, words: str, occurrence: int = 0) -> tuple[int, int]:
    """Select words in the article text via the text cursor; returns their Python offsets."""
    text = window.editor.article.text
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(words, start + 1)
    window.text_view.select_offsets(start, start + len(words))
    return start, start + len(words)


def test_keyboard_codes_a_demo_article(qtbot, make_window, db, article_id, stored_events) -> None:
    window = make_window()
    kessa = article_id(db, "demo-kessa-offensive")
    if window.editor.article.id != kessa:
        window.open_article(kessa)
        qtbot.waitUntil(lambda: window.editor.article.id == kessa)
    text = window.editor.article.text
    # The actor dictionary loads in the background at startup.
    qtbot.waitUntil(lambda: window.editor.resolver.dictionary_ready, timeout=60000)

    # Add an event: the form's first field gets the focus.
    qtbot.keyClick(window, Qt.Key.Key_E, CTRL)
    qtbot.waitUntil(lambda: window.editor.current is not None)
    event_type = window.form.editors["event_type"]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is event_type)
    qtbot.keyClicks(event_type, "Battles")
    assert window.editor.current.values["event_type"] == "Battles"
    qtbot.keyClick(event_type, Qt.Key.Key_Tab)
    sub = window.form.editors["sub_event_type"]
    assert QApplication.focusWidget() is sub
    qtbot.keyClicks(sub, "Gov")
    assert window.editor.current.values["sub_event_type"] == "Government regains territory"

    # Go to the text and assign selected words with the field keys.
    qtbot.keyClick(window, Qt.Key.Key_2, CTRL)
    assert QApplication.focusWidget() is window.text_view
    spans = {}
    for words, key, field in (
        ("Malian troops", Qt.Key.Key_2, "actor1"),
        ("Jama'at Nusrat al-Islam wal-Muslimin fighters", Qt.Key.Key_4, "actor2"),
        ("Kessa", Qt.Key.Key_6, "location"),
        ("on Sunday", Qt.Key.Key_7, "event_date"),
        ("At least 12 soldiers", Qt.Key.Key_8, "fatalities"),
    ):
        spans[field] = select_words(window, words, occurrence=1 if words == "Kessa" else 0)
        qtbot.keyClick(window.text_view, key)
    values = window.editor.current.values
    # Actor words map through the actor dictionary; "on Sunday" resolves against the publication date.
    assert values["actor1"] == "Military Forces of Mali"
    assert values["actor2"]
    assert values["location"] == "Kessa"
    assert values["fatalities"] == 12
    assert values["event_date"] == "2024-05-12"
    assert values["time_precision"] == 1

    # Confirm, then move on to the next article.
    qtbot.keyClick(window.text_view, Qt.Key.Key_Return, CTRL)
    assert window.editor.current.status == "confirmed"
    qtbot.keyClick(window.text_view, Qt.Key.Key_Right, ALT)
    qtbot.waitUntil(lambda: window.editor.article.id != kessa)
    qtbot.waitUntil(lambda: window.db_thread.pending == 0)

    events = stored_events(db, kessa)
    assert len(events) == 1
    event = events[0]
    assert event.status == "confirmed"
    assert event.values["event_type"] == "Battles"
    assert event.values["sub_event_type"] == "Government regains territory"
    assert event.values["fatalities"] == 12
    stored = {(s.field, s.start, s.end) for s in event.evidence}
    for field, (start, end) in spans.items():
        start += len(text[start:end]) - len(text[start:end].lstrip())
        assert (field, start, end) in stored
    for span in event.evidence:
        assert text[span.start : span.end] == span.text
    assert event.field_origin["event_type"] == "typed"
    # Confirming taught the actor words as an alias of the chosen actor, and the place (issue 11).
    from annotator.db import learned, repo

    with db.session() as session:
        assert ("Malian troops", "Military Forces of Mali") in repo.actor_aliases(session)
        assert [p.location for p in learned.learned_places(session)] == ["Kessa"]
    # The article is done, and the list and status bar say so.
    row = window.list_pane.model.row_of(kessa)
    qtbot.waitUntil(lambda: window.list_pane.model.row_data(row).status == "done")
    assert window.progress_label.text().startswith("1 of 6 articles done")
