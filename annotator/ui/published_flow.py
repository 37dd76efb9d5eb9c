"""Edit > Publication date…: give the open article the date its file lacked.

The date is stored by the database thread (``importers.published.store_publication_date``, as
``annotator published`` does); the editor then dates the
analyst's undated events from their date words, as ``annotator published`` does, as undoable edits
saved like any other. Suggestions nobody has touched yet are made again instead, with the date.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QInputDialog, QLineEdit

if TYPE_CHECKING:
    from annotator.ui.main_window import MainWindow


def parse_published(text: str) -> date | None:
    """YYYY-MM-DD, or nothing for "unknown"; ValueError names what was wrong."""
    text = text.strip()
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValueError(f"“{text}” is not a date: write it as YYYY-MM-DD, e.g. 2016-03-27") from None


def ask_publication_date(window: MainWindow) -> None:
    article = window.editor.article
    if article is None:
        return
    current = article.published.isoformat() if article.published else ""
    text, ok = QInputDialog.getText(
        window, "Publication date",
        f"When was “{article.title[:60]}” published? (YYYY-MM-DD; empty if unknown)\n"
        "Relative dates (“on Sunday”, “last December”) are counted from it.",
        QLineEdit.EchoMode.Normal, current,
    )
    if not ok:
        return
    try:
        published = parse_published(text)
    except ValueError as exc:
        window.statusBar().showMessage(str(exc), 8000)
        return
    set_publication_date(window, article.id, published)


def set_publication_date(window: MainWindow, article_id: int, published: date | None) -> None:
    """Store it, then date the open article's events and show the date in the header and list.

    When the analyst has only untouched suggestions there (and suggestions are on), they are made
    again with the date instead: the suggester dates them, and finds events it left out undated.
    """
    from annotator.importers.published import store_publication_date  # noqa: PLC0415

    editor = window.editor
    editor.flush()  # pending edits are saved first (the queue is in order), so they count as touched
    analyst = editor.analyst
    resuggest = window.suggester.is_ready and editor.article is not None and editor.article.id == article_id

    def store(session: Any) -> int:
        dropped = store_publication_date(session, article_id, published, analyst, resuggest=resuggest)
        session.commit()
        return dropped

    def stored(dropped: int) -> None:
        shown = published.isoformat() if published else "unknown"
        window.list_pane.model.refresh_article(article_id)
        if dropped and editor.article is not None and editor.article.id == article_id:
            editor.reload()  # no events of the analyst's left: the window asks for suggestions again
            window.statusBar().showMessage(f"Publication date: {shown}; suggesting again with it…", 8000)
            return
        dated = 0
        if editor.article is not None and editor.article.id == article_id:
            dated = editor.set_published(published)
            window.show_article_header(editor.article)
        window.statusBar().showMessage(
            f"Publication date: {shown}; {dated} event{'s' if dated != 1 else ''} dated from their date words.",
            8000,
        )

    def failed(exc: BaseException) -> None:
        window.statusBar().showMessage(f"Could not store the publication date: {exc}", 8000)

    window.db_thread.submit(store, stored, failed)
