"""Window fixtures: a MainWindow on the test's own database, demo corpus loaded, no model."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from annotator.db import repo
from annotator.db.engine import Database
from annotator.schema import Schema


@pytest.fixture(autouse=True)
def no_suggestions(monkeypatch: pytest.MonkeyPatch) -> None:
    """UI tests do not load spaCy unless a test asks for suggestions explicitly."""
    monkeypatch.setenv("ANNOTATOR_NO_SUGGEST", "1")


@pytest.fixture
def make_window(qtbot, db: Database, acled: Schema) -> Iterator[Callable[..., object]]:
    """Open a window on ``db``; waits until the demo corpus is in and an article is shown."""
    from annotator.ui.main_window import MainWindow

    windows = []

    def make(database: Database | None = None, *, wait_article: bool = True, **kwargs: object) -> MainWindow:
        window = MainWindow(database or db, acled, "tester", suggestions=kwargs.pop("suggestions", False), **kwargs)
        windows.append(window)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        if wait_article:
            qtbot.waitUntil(lambda: window.editor.article is not None, timeout=15000)
        return window

    yield make
    from PySide6.QtWidgets import QMessageBox

    # A test that leaves an unsaved edit must not hang on the "close anyway?" question.
    original = QMessageBox.warning
    QMessageBox.warning = lambda *a, **k: QMessageBox.StandardButton.Close  # type: ignore[method-assign]
    try:
        for window in windows:
            if window.isVisible():
                window.close()
    finally:
        QMessageBox.warning = original  # type: ignore[method-assign]


@pytest.fixture
def article_id() -> Callable[[Database, str], int]:
    return article_id_by_ext


@pytest.fixture
def stored_events() -> Callable[..., list[repo.StoredEvent]]:
    return own_events


def article_id_by_ext(database: Database, ext_id: str) -> int:
    from sqlmodel import select

    from annotator.db.models import Article

    with database.session() as session:
        article = session.exec(select(Article).where(Article.ext_id == ext_id)).one()
        return article.id or 0


def own_events(database: Database, article_id: int, analyst: str = "tester") -> list[repo.StoredEvent]:
    with database.session() as session:
        return repo.events_for_article(session, article_id, annotator=analyst)
