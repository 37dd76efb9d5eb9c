"""The queries the app needs, as plain functions over a SQLModel session: one import for callers.

The functions live in modules by subject (``articles``, ``events``, ``event_edits``,
``annotators``, ``vocabulary``, ``stats``, ``article_records``, ``retry``, ``errors``); this
module re-exports them, so ``repo.get_article(session, ...)`` reads the same everywhere. The
window, the CLI, importers, exporters and review all go through here; none of them writes SQL.
"""

from __future__ import annotations

from annotator.db.annotators import (
    analyst_for_session,
    annotator_names,
    connection_role,
    get_or_create_annotator,
    new_batch,
    role_is_bound_by_rls,
)
from annotator.db.article_records import article_record, iter_article_records
from annotator.db.articles import (
    SORTABLE,
    ArticleRow,
    add_article,
    content_hash,
    count_articles,
    count_filtered_articles,
    find_article_by_hash,
    find_article_ref,
    fts_query,
    get_article,
    list_articles,
    other_article_with_ext_id,
    refresh_article_status,
    search_article_ids_query,
    search_hits,
    set_article_status,
    set_published,
)
from annotator.db.errors import ConflictError, NotAllowedError, NotFoundError, current_version
from annotator.db.event_edits import EventEdit, commit_edit, edit_of, learn_aliases, save_edit
from annotator.db.events import (
    StoredEvent,
    add_event,
    delete_event,
    events_for_article,
    get_event,
    has_identical_event,
    reorder_events,
    save_event,
    split_values,
)
from annotator.db.retry import is_retryable, transact, with_retry
from annotator.db.stats import Stats, stats
from annotator.db.vocabulary import actor_aliases, learn_actor_alias, used_values
from annotator.interchange import ArticleRecord, EventRecord, EvidenceSpan

__all__ = [
    "SORTABLE", "ArticleRecord", "ArticleRow", "ConflictError", "EventEdit", "EventRecord",
    "EvidenceSpan", "NotAllowedError", "NotFoundError", "Stats", "StoredEvent", "actor_aliases",
    "add_article", "add_event", "analyst_for_session", "annotator_names", "article_record",
    "commit_edit", "connection_role", "content_hash", "count_articles", "count_filtered_articles",
    "current_version", "delete_event", "edit_of", "events_for_article", "find_article_by_hash", "find_article_ref", "other_article_with_ext_id", "fts_query",
    "get_article", "get_event", "get_or_create_annotator", "has_identical_event", "is_retryable",
    "iter_article_records", "learn_actor_alias", "learn_aliases", "list_articles", "new_batch",
    "refresh_article_status", "reorder_events", "role_is_bound_by_rls", "save_edit", "save_event",
    "search_article_ids_query", "search_hits", "set_article_status", "set_published", "split_values", "stats", "transact",
    "used_values", "with_retry",
]
