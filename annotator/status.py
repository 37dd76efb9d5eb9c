"""The statuses of events and articles, named once for the database, the formats and the window."""

from __future__ import annotations

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
