"""Noticing, when the window regains focus, what the CLI or another window changed in the open article.

The window holds the open article in memory; ``annotator published`` (a publication date, events
dated or suggested again), ``annotator adjudicate`` or a second window change the database behind
it. Nothing in the app watches the database file, so on each activation the window asks the
database thread (after the saves already queued, never on the GUI thread) for the article's stamp
(:func:`annotator.db.freshness.article_stamp`: header columns and event versions only), reads the
events themselves only when those differ from what the editor holds, and shows them — unless the
analyst edited meanwhile, in which case the usual version check on save reports any clash.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from sqlmodel import Session

from annotator.db import repo
from annotator.db.freshness import ArticleStamp, article_stamp
from annotator.review.visibility import visible_events
from annotator.ui.event_state import EventState

if TYPE_CHECKING:
    from annotator.ui.editor import ArticleEditor


@dataclass
class OutsideRead:
    stamp: ArticleStamp
    events: list[repo.StoredEvent] | None  # None: the same events and versions as the editor's


def _known(states: list[EventState]) -> frozenset[tuple[int, int]]:
    out = set()
    for state in states:
        with state.lock:  # the database thread updates id and version under it after a save
            if state.id and not state.deleted:
                out.add((state.id, state.version))
    return frozenset(out)


def refresh_open_article(editor: ArticleEditor) -> None:
    """Read the open article's stamp in the database thread; show a changed header or events."""
    article = editor.article
    if article is None:
        return
    editor.flush()  # the analyst's pending edits are saved first, so they are not "outside" changes
    token, article_id, viewer, blind = editor.load_token, article.id, editor.analyst, editor.blind
    states = list(editor.states)

    def read(session: Session) -> OutsideRead:
        stamp = article_stamp(session, article_id, annotator=viewer if blind else None)
        changed = stamp.events != _known(states)
        return OutsideRead(stamp, visible_events(session, article_id, viewer, blind) if changed else None)

    def show(result: OutsideRead) -> None:
        current = editor.article
        if token != editor.load_token or current is None or current.id != article_id:
            return  # another article was opened meanwhile
        stamp = result.stamp
        header = replace(current, title=stamp.title, source=stamp.source, published=stamp.published,
                         status=stamp.status)
        if header != current:
            editor.article = header
            editor.article_refreshed.emit(header)
        untouched = editor.states == states and not any(s.own and s.dirty for s in editor.states)
        if result.events is not None and untouched:
            editor.show_events(result.events)
            editor.message.emit("This article's events were changed elsewhere: shown as stored now.")

    editor.db_thread.submit(read, show, lambda _exc: None)  # a failed check changes nothing shown
