"""A list search marks its words in the article text and shows the first, so the analyst does not
have to read the whole article for the word they searched."""

from __future__ import annotations

from annotator.ui.text_view import ArticleTextView


def test_searched_words_are_marked_in_the_open_article(qtbot, make_window) -> None:
    window = make_window()
    window.list_pane.search.setText("market")  # two demo articles mention a market
    qtbot.waitUntil(lambda: window.list_pane.model.total == 2, timeout=5000)
    first = window.list_pane.model.article_id(1)
    window.open_article(first)
    qtbot.waitUntil(lambda: window.editor.article is not None and window.editor.article.id == first, timeout=5000)
    text = window.editor.article.text
    qtbot.waitUntil(lambda: bool(window.text_view.search_hits()), timeout=5000)
    assert [text[a:b].casefold() for a, b in window.text_view.search_hits()] == ["market"]
    # Clearing the search clears the marks.
    window.list_pane.search.clear()
    qtbot.waitUntil(lambda: not window.text_view.search_hits(), timeout=5000)


def test_marks_do_not_count_as_evidence(qtbot) -> None:
    view = ArticleTextView()
    qtbot.addWidget(view)
    view.set_article_text("Gunmen raided the market.")
    view.set_search_hits([(18, 24)])
    assert view.extra_ranges() == []  # only evidence is read back as evidence


def test_the_open_article_stays_selected_when_the_list_is_read_again(qtbot, make_window) -> None:
    # After an import or a search the list is read again; the row of the article on screen must
    # still be the current one, or the analyst loses their place in the list.
    window = make_window()
    second = window.list_pane.model.article_id(1)
    window.open_article(second)
    qtbot.waitUntil(lambda: window.editor.article.id == second, timeout=5000)
    with qtbot.waitSignal(window.list_pane.model.loaded, timeout=5000):
        window.list_pane.model.reload()
    assert window.list_pane.table.currentIndex().row() == 1
    assert window.list_pane.table.selectionModel().isRowSelected(1)
