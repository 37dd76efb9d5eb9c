"""Edit > Publication date…: an article imported from .txt gets its date in the window, the header
shows it, and the analyst's event whose date words could not be read without it is dated."""

from __future__ import annotations

from datetime import date

import pytest

from annotator.db import repo
from annotator.interchange import ArticleRecord, EventRecord, EvidenceSpan
from annotator.status import EventStatus
from annotator.ui import published_flow
from annotator.ui.quick_view import NO_PUBLISHED_DATE

TEXT = "Gunmen raided the market of Kessa on Saturday, residents said."


def test_giving_the_date_dates_the_open_event(qtbot, make_window, db, stored_events) -> None:
    words = "on Saturday"
    start = TEXT.index(words)
    with db.session() as session:
        article, _ = repo.add_article(session, ArticleRecord(id="kessa", title="Kessa raid", text=TEXT))
        for _ in range(2):  # two undated events: the analyst stays on the first one
            repo.add_event(session, article.id or 0, EventRecord(
                values={"event_type": "Riots", "notes": "Raid. [date left empty: no published date]"},
                status=EventStatus.DRAFT,
                evidence=[EvidenceSpan("event_date", start, start + len(words), words)]), annotator="tester")
        session.commit()
        aid = article.id or 0
    window = make_window()
    qtbot.waitUntil(lambda: window.editor.current is not None)
    first = window.editor.current
    assert NO_PUBLISHED_DATE in window.article_header.text()  # the analyst is told what is missing

    published_flow.set_publication_date(window, aid, date(2021, 6, 7))
    qtbot.waitUntil(lambda: window.editor.current.values.get("event_date") == "2021-06-05", timeout=5000)
    assert "2021-06-07" in window.article_header.text()
    assert window.form.editors["event_date"].text() == "2021-06-05"
    assert window.editor.current.values["notes"] == "Raid."  # the suggester's "left empty" no longer true
    assert window.editor.current is first
    assert "2 events dated" in window.statusBar().currentMessage()
    # Saved like any edit, and undoable as one step.
    qtbot.waitUntil(lambda: stored_events(db, aid)[0].values.get("event_date") == "2021-06-05", timeout=5000)
    window.editor.undo_stack.undo()
    window.editor.undo_stack.undo()
    assert window.editor.current.values.get("event_date") in (None, "")
    with db.session() as session:
        assert repo.get_article(session, aid).published == date(2021, 6, 7)


def test_a_mistyped_date_is_refused_with_the_format() -> None:
    assert published_flow.parse_published(" 2021-06-07 ") == date(2021, 6, 7)
    assert published_flow.parse_published("") is None
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        published_flow.parse_published("7 June")


def _article_with_an_undated_suggestion(db) -> int:  # noqa: ANN001
    """The Kessa article with one suggestion whose date words ("on Saturday") had no date to count from."""
    words = "on Saturday"
    start = TEXT.index(words)
    with db.session() as session:
        article, _ = repo.add_article(session, ArticleRecord(id="kessa", title="Kessa raid", text=TEXT))
        repo.add_event(session, article.id or 0, EventRecord(
            values={"event_type": "Riots"}, status=EventStatus.SUGGESTED,
            evidence=[EvidenceSpan("event_date", start, start + len(words), words)]), annotator="tester")
        session.commit()
        return article.id or 0


def test_untouched_suggestions_are_made_again_with_the_date(qtbot, make_window, db, stored_events) -> None:
    aid = _article_with_an_undated_suggestion(db)
    window = make_window()
    qtbot.waitUntil(lambda: window.editor.current is not None)
    asked: list[date | None] = []

    def suggest(article_id: int, text: str, published: date | None) -> bool:  # the model, answering at once
        asked.append(published)
        record = EventRecord(values={"event_type": "Riots", "event_date": str(published)})
        window.suggester.suggested.emit(article_id, [record])
        return True

    window.suggester.loaded = object()  # suggestions on
    window.suggester.request = suggest
    published_flow.set_publication_date(window, aid, date(2021, 6, 7))
    qtbot.waitUntil(lambda: asked == [date(2021, 6, 7)], timeout=5000)
    qtbot.waitUntil(lambda: [e.values.get("event_date") for e in stored_events(db, aid)] == ["2021-06-07"],
                    timeout=5000)
    assert "2021-06-07" in window.article_header.text()


def test_touched_suggestions_are_dated_not_replaced(qtbot, make_window, db, stored_events) -> None:
    aid = _article_with_an_undated_suggestion(db)
    window = make_window()
    qtbot.waitUntil(lambda: window.editor.current is not None)
    window.editor.accept_field(window.editor.current, "event_type")  # the analyst has looked at it
    window.suggester.loaded = object()
    window.suggester.request = lambda *a: pytest.fail("touched suggestions must not be replaced")
    published_flow.set_publication_date(window, aid, date(2021, 6, 7))
    qtbot.waitUntil(lambda: [e.values.get("event_date") for e in stored_events(db, aid)] == ["2021-06-05"],
                    timeout=5000)
    assert stored_events(db, aid)[0].field_origin.get("event_type") == "accepted"
