"""The article list model: Qt's model contract, lazy pages on 100,000 articles, filters and sort."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from annotator.db import repo
from annotator.db.engine import Database, open_database
from annotator.importers import run_import
from annotator.interchange import ArticleRecord, EventRecord
from annotator.paths import resource
from annotator.ui.article_list import PAGE_SIZE, ArticleListModel, ListFilter
from annotator.ui.workers import InlineJobs


def bulk_articles(path: Path, n: int) -> Database:
    """A migrated database with n short articles, inserted with raw executemany (seconds, not minutes)."""
    open_database(str(path)).dispose()
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA synchronous=OFF")
        # The per-row full-text trigger is what makes bulk inserts slow; these rows need no search.
        (trigger,) = conn.execute(
            "SELECT sql FROM sqlite_master WHERE type='trigger' AND name='article_fts_ai'"
        ).fetchone()
        conn.execute("DROP TRIGGER article_fts_ai")
        conn.executemany(
            "INSERT INTO article(title, text, content_hash, status, created, published, source) "
            "VALUES (?, ?, ?, ?, '2024-01-01 00:00:00', ?, 'Bench Wire')",
            (
                (f"Article {i:06d}", f"Body of article {i}.", f"hash-{i}",
                 ("new", "in_progress", "done")[i % 3], f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}")
                for i in range(n)
            ),
        )
        conn.execute(trigger)
        conn.commit()
    finally:
        conn.close()
    return open_database(str(path))


@pytest.fixture
def demo_db(db: Database) -> Database:
    run_import(db, [str(resource("demo", "demo.jsonl"))], analyst="tester")
    return db


def test_model_passes_qt_model_tester(qtmodeltester, demo_db: Database) -> None:
    model = ArticleListModel(InlineJobs(demo_db), page_size=4)
    assert model.rowCount() == 4 and model.canFetchMore()
    qtmodeltester.check(model, force_py=True)  # fetches the second page itself
    assert model.rowCount() == 6 and not model.canFetchMore()
    by_title = ArticleListModel(InlineJobs(demo_db), page_size=4)
    by_title.sort(0, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(by_title, force_py=True)
    titles = [by_title.data(by_title.index(r, 0)) for r in range(by_title.rowCount())]
    assert titles == sorted(titles, reverse=True)


def test_hundred_thousand_articles_open_with_one_page(qtbot, tmp_path: Path, acled) -> None:
    from annotator.ui.main_window import MainWindow

    big = bulk_articles(tmp_path / "big.sqlite3", 100_000)
    try:
        window = MainWindow(big, acled, "tester", suggestions=False)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: window.editor.article is not None)
        model = window.list_pane.model
        # The first rows are on screen, but only one page was read from the database.
        assert model.total == 100_000
        assert model.rowCount() == PAGE_SIZE
        assert model.data(model.index(0, 0)) == "Article 000000"
        qtbot.waitUntil(lambda: window.progress_label.text() == "33,333 of 100,000 articles done")
        assert window.list_pane.count_label.text() == "100,000 articles"
        # Scrolling to the end of what is loaded fetches the next page only.
        window.list_pane.table.scrollToBottom()
        qtbot.waitUntil(lambda: model.rowCount() == 2 * PAGE_SIZE)
        # Sorting happens in the database: the last title comes first, still one page.
        window.list_pane.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        qtbot.waitUntil(lambda: model.data(model.index(0, 0)) == "Article 099999")
        assert model.rowCount() == PAGE_SIZE
        window.close()
    finally:
        big.dispose()


def test_filters_search_and_sort(qtbot, demo_db: Database) -> None:
    from annotator.ui.article_list import ArticleListPane

    with demo_db.session() as session:
        first = repo.list_articles(session, limit=1)[0]
        record = EventRecord(values={"event_type": "Protests"}, annotator="bea", status="confirmed")
        repo.add_event(session, first.id, record, annotator="bea")
        session.commit()

    pane = ArticleListPane(InlineJobs(demo_db))
    qtbot.addWidget(pane)
    model = pane.model
    assert model.total == 6

    pane.status_filter.setCurrentIndex(pane.status_filter.findData("done"))
    assert model.total == 1 and model.article_id(0) == first.id
    pane.status_filter.setCurrentIndex(0)

    pane.refresh_annotators()
    pane.annotator_filter.setCurrentIndex(pane.annotator_filter.findData("bea"))
    assert [model.article_id(r) for r in range(model.rowCount())] == [first.id]
    assert model.data(model.index(0, 5)) == "bea"
    assert model.data(model.index(0, 4)) == 1
    pane.annotator_filter.setCurrentIndex(0)

    pane.search.setText("Nairobi")  # full-text index, debounced
    qtbot.waitUntil(lambda: model.total == 1)
    assert "Nairobi" in model.data(model.index(0, 0))
    pane.search.clear()
    qtbot.waitUntil(lambda: model.total == 6)

    model.sort(2, Qt.SortOrder.AscendingOrder)  # published
    dates = [model.data(model.index(r, 2)) for r in range(model.rowCount())]
    assert dates == sorted(dates)
    assert model.filter == ListFilter(sort="published")


def test_large_database_rows_come_in_pages_only(tmp_path: Path) -> None:
    db = bulk_articles(tmp_path / "pages.sqlite3", 1000)
    try:
        model = ArticleListModel(InlineJobs(db), page_size=100)
        assert model.rowCount() == 100
        while model.canFetchMore():
            model.fetchMore()
        assert model.rowCount() == 1000
        assert len(set(model.loaded_ids())) == 1000
    finally:
        db.dispose()


def test_new_rows_from_an_import_show_after_reload(demo_db: Database) -> None:
    model = ArticleListModel(InlineJobs(demo_db))
    with demo_db.session() as session:
        repo.add_article(session, ArticleRecord(text="A brand new article.", title="Brand new"))
        session.commit()
    model.reload()
    assert model.total == 7


def test_filter_combos_show_their_longest_item(qtbot, make_window, db) -> None:
    """The annotator names come after the first show; the combo must still fit the longest one."""
    from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox

    window = make_window()
    with db.session() as session:
        article = repo.list_articles(session)[0].id
        repo.add_event(session, article, EventRecord(values={"event_type": "Riots"}), annotator="Margarethe Vandersloot")
        session.commit()
    pane = window.list_pane
    pane.refresh_annotators()
    qtbot.waitUntil(lambda: pane.annotator_filter.findText("Margarethe Vandersloot") >= 0)
    qtbot.wait(1)  # the layout settles

    def text_room(combo: QComboBox) -> int:
        option = QStyleOptionComboBox()
        combo.initStyleOption(option)
        return combo.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
        ).width()

    for combo in (pane.status_filter, pane.annotator_filter):
        widest = max(combo.fontMetrics().horizontalAdvance(combo.itemText(i)) for i in range(combo.count()))
        assert text_room(combo) >= widest, [combo.itemText(i) for i in range(combo.count())]


def test_stored_suggestions_take_a_done_article_out_of_done_in_the_list(qtbot, make_window, db) -> None:
    window = make_window()
    article = window.editor.article.id
    with db.session() as session:  # a colleague finished the article
        repo.add_event(session, article, EventRecord(values={"event_type": "Riots"}, status="confirmed"),
                       annotator="bea")
        session.commit()
    model = window.list_pane.model
    with qtbot.waitSignal(model.loaded):
        model.reload()
    row = model.row_of(article)
    assert model.row_data(row).status == "done"
    window.editor.reload()
    qtbot.waitUntil(lambda: len(window.editor.states) == 1)

    window.editor.store_suggestions(article, [EventRecord(values={"event_type": "Battles"})])
    qtbot.waitUntil(lambda: model.row_data(row).status == "in_progress" and model.row_data(row).events == 2)
    assert model.data(model.index(row, 3)) == "in progress"
    assert window.progress_label.text().startswith("0 of")
