"""Suggest for the articles stored in a database, as the window does one article at a time.

``annotator suggest --stored`` runs it headless: the articles the analyst has not started are
read in chunks, suggested with what the database has learned (aliases, places, trigger words, the
event-type classifier) through ``nlp.pipe``, and stored as the analyst's suggested events by the
same rule the window uses (:func:`annotator.db.suggested.store_suggestions`), one transaction per
chunk so an interrupted run keeps what it finished.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from annotator.db import repo
from annotator.db.suggested import articles_to_suggest, store_suggestions
from annotator.nlp.knowledge import load_knowledge
from annotator.schema import Schema

CHUNK = 64


@dataclass
class StoredRun:
    articles: int = 0  # articles suggested for
    events: int = 0  # suggested events stored
    skipped: int = 0  # articles the analyst started meanwhile


def suggest_stored(
    db: Any,
    loaded: Any,
    schema: Schema,
    analyst: str,
    *,
    article_ids: Sequence[int] | None = None,
    max_events: int = 5,
    threshold: float | None = None,
    progress: Callable[[int], None] | None = None,
) -> StoredRun:
    """Suggest for every stored article ``analyst`` has no events on (or only ``article_ids``)."""
    from annotator.nlp.suggest import suggest_many  # noqa: PLC0415 (spaCy is heavy)

    with db.session() as session:
        todo = articles_to_suggest(session, analyst, article_ids)
        knowledge = load_knowledge(session, schema)
        aliases = repo.actor_aliases(session)
    run = StoredRun()
    for start in range(0, len(todo), CHUNK):
        chunk = todo[start : start + CHUNK]
        results = suggest_many(
            loaded, ((text, published) for _, text, published in chunk), schema, aliases=aliases,
            max_events=max_events, threshold=threshold, learned=knowledge,
        )
        with db.session() as session:
            for (article_id, _, _), records in zip(chunk, results, strict=True):
                stored = store_suggestions(session, article_id, records, analyst, schema)
                run.articles += 1
                run.events += len(stored)
                run.skipped += not stored and bool(records)
            session.commit()
        if progress is not None:
            progress(run.articles)
    return run
