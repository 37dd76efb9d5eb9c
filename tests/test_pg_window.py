"""The window works on the team server: code an event offscreen and find it stored on PostgreSQL."""

from __future__ import annotations

import pytest

from annotator.db import repo
from annotator.db.engine import open_database
from annotator.interchange import ArticleRecord
from annotator.schema import Schema

pytestmark = pytest.mark.postgres


def test_window_codes_and_confirms_on_postgres(qtbot, new_pg_database, acled: Schema,  # noqa: ANN001
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ANNOTATOR_NO_SUGGEST", "1")
    from annotator.ui.main_window import MainWindow  # noqa: PLC0415

    text = "Soldiers clashed with militants near Boni on Monday."
    with new_pg_database("annotator_window") as url:
        db = open_database(url)
        with db.session() as session:
            article, _ = repo.add_article(session, ArticleRecord(text=text, title="Boni"))
            session.commit()
        window = MainWindow(db, acled, "tester", suggestions=False, load_demo_if_empty=False, restore_last=False)
        qtbot.addWidget(window)
        window.show()
        editor = window.editor
        editor.open_article(article.id or 0)
        qtbot.waitUntil(lambda: editor.article is not None and editor.article.id == article.id, timeout=20000)
        state = editor.add_event()
        assert state is not None
        sub_type = acled.field("sub_event_type").choices_for("Battles")[0].value
        editor.set_field(state, "event_type", "Battles")
        editor.set_field(state, "sub_event_type", sub_type)
        assert editor.assign_span(state, "actor1", 0, len("Soldiers"))
        assert editor.confirm(state) == []
        editor.flush()
        qtbot.waitUntil(lambda: state.id is not None and state.saved_gen >= state.edit_gen
                        and window.db_thread.pending == 0, timeout=20000)
        with db.session() as session:
            stored = repo.get_event(session, state.id)
        assert stored.status == "confirmed" and stored.annotator == "tester"
        assert stored.values["sub_event_type"] == sub_type
        assert [(s.field, s.text) for s in stored.evidence] == [("actor1", "Soldiers")]
        window.close()
        window.db_thread.stop()
        db.dispose()
