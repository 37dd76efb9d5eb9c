"""Blind coding: what an annotator may see of an article's events.

In blind mode an annotator sees only their own events (no colleague's codings, no gold), so that
double coding stays independent until review; otherwise every event is visible.
"""

from __future__ import annotations

from sqlmodel import Session

from annotator.db import repo


def visible_events(
    session: Session, article_id: int, viewer: str, blind: bool
) -> list[repo.StoredEvent]:
    if blind:
        return repo.events_for_article(session, article_id, annotator=viewer)
    return repo.events_for_article(session, article_id)
