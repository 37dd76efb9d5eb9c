"""The statuses of events and articles, named once for the database, the formats and the window."""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum


class EventStatus(StrEnum):
    SUGGESTED = "suggested"  # made by the model, not yet looked at
    DRAFT = "draft"  # the analyst's, being coded
    CONFIRMED = "confirmed"  # the analyst vouches for it
    GOLD = "gold"  # adjudicated by a reviewer


class ArticleStatus(StrEnum):
    NEW = "new"
    IN_PROGRESS = "in_progress"
    DONE = "done"


EVENT_STATUSES: tuple[str, ...] = tuple(s.value for s in EventStatus)
ARTICLE_STATUSES: tuple[str, ...] = tuple(s.value for s in ArticleStatus)
# Events that count as finished work: an article whose events all are is done.
FINISHED_STATUSES: tuple[str, ...] = (EventStatus.CONFIRMED.value, EventStatus.GOLD.value)
# A coder's own work, what review compares and what makes an article double-coded: gold events
# (the reviewer's output) and unreviewed machine suggestions are neither.
CODED_STATUSES: tuple[str, ...] = (EventStatus.DRAFT.value, EventStatus.CONFIRMED.value)


def article_status_of(event_statuses: Iterable[str]) -> ArticleStatus:
    """The one rule for an article's status, from the statuses of all its events.

    new: no event of an analyst yet (suggestions alone are no work done); done: every event is
    confirmed or gold, so a suggestion nobody has reviewed keeps the article in progress;
    in progress otherwise. ``Article.status`` stores it (``repo.refresh_article_status``), so
    the window's list, its filters, the start-up shell and ``annotator stats`` all read this.
    """
    statuses = list(event_statuses)
    if all(s == EventStatus.SUGGESTED for s in statuses):
        return ArticleStatus.NEW
    if all(s in FINISHED_STATUSES for s in statuses):
        return ArticleStatus.DONE
    return ArticleStatus.IN_PROGRESS
